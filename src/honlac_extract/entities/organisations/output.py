"""From kept names to spans: a second name apposed to a first is the same body, and each name
is aligned to spaCy's tokens."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from ..spans import context
from .data import KnownBody
from .fields import fields_for
from .found import Found
from .geography import Geography, geographic_fields
from .view import WordView
from .words import Word

Results = list[tuple[Span, str, dict[str, Any]]]
_APPOSITION = ("in", "its", "capacity", "as")


def apposed(view: WordView, item: Found, ending: dict[tuple[int, str], Found]) -> Found | None:
    """The body ``item`` is an apposition of ("X, in its capacity as the Y" -> X);
    ``ending`` maps (last word, label) to the first kept name ending there."""
    index = item.first - 1 if view.text_is(item.first - 1, "the") else item.first
    start = index - len(_APPOSITION)
    if start < 1 or view.words[index - 1].lower != _APPOSITION[-1]:  # cheap test first
        return None
    if tuple(w.lower for w in view.words[start:index]) != _APPOSITION:
        return None
    end = start - 1 if view.text_is(start - 1, ",") else start
    return ending.get((end, item.label))


def aligned(doc: Doc, words: list[Word], item: Found) -> Span | None:
    """The token span of ``item``: exact when the tokenizer agrees with the word split, else
    the longest exact prefix (a footnote mark glued to ")" leaves "(ACR)4" out), else the
    smallest enclosing span."""
    start = words[item.first].start
    for last in range(item.last, max(item.first, item.last - 6), -1):
        inside = [w.text for w in words[item.first : last]]
        if inside.count("(") != inside.count(")"):
            continue
        span = doc.char_span(start, words[last - 1].end)
        if span is not None:
            return span
    return doc.char_span(start, words[item.last - 1].end, alignment_mode="expand")


def to_results(
    doc: Doc, view: WordView, kept: list[Found], geo: Geography, by_key: dict[str, KnownBody]
) -> Results:
    """(span, label, fields) of every kept name: fields, geography, appositions, tokens."""
    subject = context(doc).get("subject_countries") or []
    results = []
    named: dict[int, dict[str, Any]] = {}
    places = {**geo.demonyms, **geo.countries}  # merged once: per item it was quadratic
    ending: dict[tuple[int, str], Found] = {}  # (last word, label) -> first such name
    for item in kept:
        ending.setdefault((item.last, item.label), item)
    for item in kept:
        fields = fields_for(view, item, subject)
        geographic_fields(item, fields, places, geo.regions, by_key)
        named[item.first] = fields
        earlier = apposed(view, item, ending)
        if earlier is not None and earlier.first in named:
            # "the Pan American Health Organization, in its capacity as the Regional
            # Office for the Americas of WHO": the second name is the same body
            for key in ("name", "acronym", "kind"):
                fields[key] = named[earlier.first].get(key)
        span = aligned(doc, view.words, item)
        if span is not None:
            results.append((span, item.label, fields))
    return results
