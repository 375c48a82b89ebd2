"""Definitions whose long form has no head noun: a programme word beside it makes it a
programme ("the interregional programme Strengthening ... (CRIMJUST)", "Security Cooperation
in Panama (SECOPA) project")."""

from __future__ import annotations

from ...acronyms import is_acronym, letters_match
from ..found import MAX_LONG_FORM, STOPS, Found
from ..view import WordView
from ..words import squash

_INNER = frozenset({"of", "for", "on", "in", "and", "against", "to"})
"""Lower-case words a headless long form may hold between capitalised words."""


def headless(view: WordView, short: str, open_index: int, close: int) -> Found | None:
    """The programme the definition at ``open_index`` names, or None."""
    if not is_acronym(view.words[open_index + 1].text):
        return None
    after = _after_programme_word(view, short, open_index, close)
    if after is not None:
        return after
    word_after = view.words[close + 1].text if close + 1 < view.n else ""
    trailing = view.p.trailing_programme_words.get(word_after)
    if trailing is None:
        return None
    return _before_programme_word(view, short, open_index, close, trailing)


def _after_programme_word(view: WordView, short: str, open_index: int, close: int) -> Found | None:
    """ "the programme Strengthening ... (CRIMJUST)": a title after a programme word."""
    words, p = view.words, view.p
    start = open_index
    while start > 0 and open_index - start < MAX_LONG_FORM:
        previous = words[start - 1]
        if previous.text in STOPS:
            break
        if previous.text in p.trailing_programme_words and start < open_index:
            if view.nameword(start):
                made = Found(start, close + 1, "PROGRAMME", "pattern:acronym-definition")
                made.kind = p.trailing_programme_words[previous.text]
                text = view.span_text(start, open_index)
                made.name, made.acronym, made.protected = squash(text), short, True
                return made
            break
        start -= 1
    return None


def _before_programme_word(
    view: WordView, short: str, open_index: int, close: int, kind: str
) -> Found | None:
    """ "Security Cooperation in Panama (SECOPA) project": the title spells the acronym."""
    words = view.words
    start = open_index
    while start > 0 and (
        view.nameword(start - 1) or (words[start - 1].text in _INNER and view.nameword(start - 2))
    ):
        start -= 1
    while start < open_index and not (
        view.nameword(start) and words[start].lower[:1] == short[:1].lower()
    ):
        start += 1
    if start >= open_index or words[start].lower in view.p.function_words:
        return None
    text = view.span_text(start, open_index)
    if letters_match(short, text) != 0:
        return None
    made = Found(start, close + 2, "PROGRAMME", "pattern:acronym-definition", kind=kind)
    made.name, made.acronym, made.protected = squash(text), short, True
    return made
