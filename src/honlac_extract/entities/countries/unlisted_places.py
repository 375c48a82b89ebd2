"""Places no list holds, found by the way notes write them.

Future notes name towns and provinces that ``locations.tsv`` does not list. Two patterns are
reliable enough to trust:

* "in <Place>, <Country>" ("held in Tocumen, Panama"): the country is written, so it is known;
* "<trigger> <Place>" ("the city of Recife", "the department of Antioquia"): the country is the
  paragraph's subject when it has exactly one, else unknown.

A place is one to five capitalised words (Spanish/Portuguese particles allowed inside: "Santa
Cruz de la Sierra"), none of them already claimed by the gazetteer and none a month, weekday or
an organisation word ("in Operation Lionfish, Colombia" is not a place).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .gazetteer import Place, PlaceWords

_MAX_WORDS = 5


def _is_place_word(doc: Doc, index: int, words: PlaceWords) -> bool:
    token = doc[index]
    return (
        token.is_title
        and token.is_alpha
        and not token.is_stop
        and token.text not in words.not_place_words
    )


def before_country(
    doc: Doc, country_start: int, taken: bytearray, words: PlaceWords
) -> tuple[int, int] | None:
    """The place in "in <Place>, <Country>" whose country starts at ``country_start``."""
    comma = country_start - 1
    if comma < 2 or doc[comma].text != ",":
        return None
    index, count = comma - 1, 0
    while index >= 0 and count < _MAX_WORDS and not taken[index]:
        if _is_place_word(doc, index, words):
            count += 1
        elif not (count and doc[index].text in words.particles):
            break
        index -= 1
    if index < 0 or count == 0 or taken[index] or doc[index].lower_ not in words.prepositions:
        return None
    start = index + 1
    while start < comma and not _is_place_word(doc, start, words):
        start += 1  # a place starts with a capitalised word, not a particle
    return (start, comma) if start < comma else None


def after_trigger(
    doc: Doc, trigger_end: int, taken: bytearray, words: PlaceWords
) -> tuple[int, int] | None:
    """The place in "the city of <Place>" whose trigger ends at ``trigger_end``."""
    end, count = trigger_end, 0
    while end < len(doc) and count < _MAX_WORDS and not taken[end]:
        if _is_place_word(doc, end, words):
            count += 1
        elif not (count and doc[end].text in words.particles):
            break
        end += 1
    while end > trigger_end and not _is_place_word(doc, end - 1, words):
        end -= 1  # drop trailing particles
    if count == 0 or end == trigger_end or not _is_place_word(doc, trigger_end, words):
        return None
    return trigger_end, end


def unlisted_places(
    doc: Doc,
    kept: Sequence[tuple[int, int, Place]],
    triggers: Sequence[tuple[int, int]],
    taken: bytearray,
    words: PlaceWords,
    subject: str | None,
) -> list[tuple[int, int, Place]]:
    """LOCATION places found by pattern; marks their tokens in ``taken``."""
    found: list[tuple[int, int, Place]] = []
    for start, _, place in kept:
        if place.label == "COUNTRY" and not place.demonym:
            span = before_country(doc, start, taken, words)
            if span is not None:
                found.append(
                    (
                        *span,
                        Place("LOCATION", place.code, doc[span[0] : span[1]].text, listed=False),
                    )
                )
                taken[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
    for _, end in triggers:
        span = after_trigger(doc, end, taken, words)
        if span is not None:
            found.append(
                (*span, Place("LOCATION", subject or "", doc[span[0] : span[1]].text, listed=False))
            )
            taken[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
    return found
