"""What a heading looks like, and where a glued heading starts.

Sub-headings carry no number, so they are recognised by shape: short, capitalised, with no
sentence end. When a flattened note runs a section title straight into a sub-heading
("Precursor control Colombia") the join is where a lower-case word is followed by a
capitalised one; a capital after a function word ("cooperation in Africa") is part of the
title, since a title never ends with "in" or "the". A sub-heading that is a country name
after a capitalised title ("West Africa Senegal") is found with the country gazetteer.
"""

from __future__ import annotations

import re
from functools import cache

from ..conditioning import Rules, rules
from ..entities.countries.gazetteer import gazetteer

_WORD = re.compile(r"\S+")
_INNER_SENTENCE_END = re.compile(r"[a-z)\]][.!?][)\]\"”’']*\s+\S")
_TRIM = " \t\n\u00a0*∗_"
_FOOTNOTE_REFERENCE = re.compile(r"(?<=[A-Za-z.,;:)])(?:\d{1,2}|[*∗]{1,3})$")


def clean_heading(text: str) -> str:
    """A heading's text: whitespace collapsed; stars, a letter ("A. ") and a trailing footnote
    reference dropped."""
    text = rules().heading_letter.sub("", " ".join(text.split()).strip(_TRIM))
    return _FOOTNOTE_REFERENCE.sub("", text).strip(_TRIM)


def looks_like_heading(text: str, rules: Rules) -> bool:
    """Whether ``text`` can be an unnumbered heading (a country, a short capitalised phrase)."""
    text = clean_heading(text)
    cued = rules.cued_heading.match(text) is not None  # "Recommendation 3: Governments ..."
    max_chars = rules.cued_heading_max_chars if cued else rules.heading_max_chars
    max_words = rules.cued_heading_max_words if cued else rules.heading_max_words
    if not text or len(text) > max_chars or len(text.split()) > max_words:
        return False
    first = text[0]
    if not (first.isupper() or (first in "(“\"‘'" and len(text) > 1 and text[1].isupper())):
        return False
    if text[-1] in ".,;:-–—" or _INNER_SENTENCE_END.search(text):
        return False
    return any(c.isalpha() for c in text)


def glued_split(text: str, rules: Rules, first_word: bool = False) -> int | None:
    """Offset in ``text`` where a second heading starts after a first one, or None.

    With ``first_word`` a one-word capitalised title ("Trends Regional overview") may end
    after its first word too.
    """
    previous: re.Match[str] | None = None
    for match in _WORD.finditer(text):
        word = match.group()
        if previous is not None:
            last = previous.group()
            bare = last.strip("()[],;:“”\"'‘’").lower()
            lower_start = last[0].islower() or (
                first_word and previous.start() == 0 and last[1:].islower()
            )
            if (
                word[0].isupper()
                and last[-1].islower()
                and lower_start
                and bare not in rules.function_words
                and not _place_goes_on(last, word, rules.language)
            ):
                return match.start()
        previous = match
    return None


@cache
def _place_openings(language: str) -> frozenset[str]:
    """The first two words, case-folded, of every place name the gazetteer knows whose second
    word is capitalised ("océan indien", "golfe persique")."""
    openings = set()
    for form in gazetteer(language).forms:
        words = form.split()
        if len(words) >= 2 and words[1][:1].isupper():
            openings.add(f"{words[0]} {words[1]}".casefold())
    return frozenset(openings)


def _place_goes_on(last: str, word: str, language: str) -> bool:
    """Whether a lower-case word and the capitalised one after it begin a place name ("l'océan
    Indien", "el mar Caribe"): no second heading starts there."""
    first = last.rsplit("'", 1)[-1].rsplit("’", 1)[-1]
    return f"{first} {word}".casefold() in _place_openings(language)


def name_end_split(text: str, rules: Rules) -> int | None:
    """Offset where a title starts right after one that ends in a name, or None.

    "... of the Commission Outcomes of the meetings": a capitalised word after a function word
    ("the Commission") or an ordinal ("the Twenty-sixth Meeting", "la Vingt-sixième Réunion")
    followed by a capitalised word that a lower-case word follows ("Outcomes of"). Names run
    on in capitals ("the United Nations Office"), so they do not match. Used only when
    :func:`glued_split` finds nothing.
    """
    words = list(_WORD.finditer(text))
    for index in range(1, len(words) - 2):
        before, name, start, after = (w.group() for w in words[index - 1 : index + 3])
        if (
            (before.lower() in rules.function_words or rules.words.ordinals.value(before))
            and name[0].isupper()
            and name[-1].isalpha()
            and start[0].isupper()
            and after[0].islower()
        ):
            return words[index + 1].start()
    return None


def country_split(text: str, rules: Rules) -> int | None:
    """Offset in ``text`` where a trailing country name starts after a title, or None.

    "West Africa Senegal", "Eastern and Southern Africa Ethiopia": the longest run of final
    words that the gazetteer knows as a country, when the title before it is left non-empty
    and does not end in a function word ("Cooperation with Colombia" stays whole).
    """
    forms = gazetteer(rules.language).forms  # the note's language: "Macédoine du Nord"
    words = list(_WORD.finditer(text))
    for index in range(1, len(words)):
        place = forms.get(clean_heading(text[words[index].start() :]))
        if place is None or place.label != "COUNTRY" or place.demonym:
            continue
        title = text[: words[index].start()].split()
        if title and title[-1].strip("*∗").lower() not in rules.function_words:
            return words[index].start()
        return None
    return None
