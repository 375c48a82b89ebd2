"""A capitalised title right before a lower-case programme word ("the Safer Roads project")."""

from __future__ import annotations

from functools import cache

from ....resources import data_json
from ..found import MAX_LONG_FORM, Found
from ..view import WordView
from ..words import squash

TITLE_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "against", "in", "to", "&"})
"""Lower-case words a capitalised title may hold ("Response to Drugs and Related Crime")."""
_TITLE_OPENERS = ("the", "The", "its", "a", "an", "this")
"""Words before a title that a programme word follows ("the ... project")."""


def title_before(view: WordView, index: int, found: list[Found]) -> Found | None:
    """A capitalised title right before a lower-case programme word and after "the", "its"
    or "a" ("the Response to Drugs and Related Crime in Ghana project"); not a name the
    grammar already found with an agency head ("the Ministry of Health programme"), not a
    country ("the Colombia project")."""
    words, p = view.words, view.p
    last = index - 1
    parts = words[last].text.split("-")
    if not view.nameword(last) or words[last].acronym or (len(parts) > 1 and parts[-1].islower()):
        return None  # "the European Union-funded project": who funds it, not its title
    start = _title_start(view, index)
    opener = _funder_start(view, start) - 1  # "the Japan-funded Safer Roads project"
    if not view.text_is(opener, *_TITLE_OPENERS) or words[start].lower in (
        p.function_words | p.not_title_starts
    ):
        return None
    names = sum(1 for i in range(start, index) if view.nameword(i))
    if names < 2 or view.country_at(start, index):
        return None
    if any(
        f.first <= start and index <= f.last and f.label == "AGENCY" and f.source != "acronym:bare"
        for f in found
    ):
        return None
    item = Found(start, index + 1, "PROGRAMME", "pattern:programme-word")
    item.name = squash(view.span_text(start, index))
    return item


def _title_start(view: WordView, index: int) -> int:
    """First word of the capitalised title ending right before word ``index``."""
    start = index - 1
    while start > 0 and index - start <= MAX_LONG_FORM:
        previous = start - 1
        if view.nameword(previous) or (
            view.words[previous].text in TITLE_CONNECTORS
            and view.words[previous].text != "the"  # "Under the Safer ... project": an opener
            and view.nameword(previous - 1)
        ):
            start = previous
        else:
            break
    return start


@cache
def _participles() -> frozenset[str]:
    """Lower-case participles that glue a funder or owner onto a name ("Japan-funded")."""
    return frozenset(data_json("organisation_patterns.json")["attributive_participles"])


def _funder_start(view: WordView, start: int) -> int:
    """First word of a "<Name>-funded" modifier ending right before word ``start`` (``start``
    when there is none): the title's opener comes before the funder."""
    words = view.words
    at = start - 1
    if not (at >= 2 and words[at].text in _participles() and view.text_is(at - 1, "-", "\u2010")):
        return start
    first = at - 2
    if not (view.nameword(first) or words[first].acronym):
        return start
    while first > 0 and view.nameword(first - 1) and start - first < MAX_LONG_FORM:
        first -= 1
    return first
