"""The DATE grammar: one compiled pattern whose alternatives are the calendar forms of the notes.

One pattern scanned once over the paragraph is far cheaper than a Matcher per form. Each
alternative starts with an empty marker group ``k_<kind>`` so the caller knows which form matched;
the ``regex`` module lets alternatives share group names (``d1``, ``m1``, ``y1``...). Every
quantifier is applied to a single character class or a fixed word list, so matching is linear.
Vocabulary (month names, half/quarter words, period nouns) comes from ``data/dates.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

import regex

from ...resources import data_json
from ..anchored import AnchoredMatcher, class_first_pattern, word_branch

KINDS = (
    "daysx",
    "days",
    "mdays",
    "period",
    "period2",
    "half",
    "quarter",
    "qshort",
    "years",
    "months",
    "mdy",
    "day",
    "month",
    "pair",
    "year",
    "bare",
)


@cache
def vocabulary() -> dict[str, Any]:
    """The parsed ``data/dates.json``."""
    data: dict[str, Any] = data_json("dates.json")
    return data


def words(items: Iterable[str]) -> str:
    """An alternation of words/phrases, longest first, inner spaces matching any white space."""
    ordered = sorted(set(items), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", " ").replace(" ", r"\s+") for w in ordered)


def _pattern() -> str:
    vocab = vocabulary()
    month = rf"(?:{words(vocab['months'])})(?!\w|-(?!\d))"  # "September-2 October": a range
    d = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    y = r"(?:19|20)\d\d(?!\d)"
    y2s = r"(?:(?:19|20)\d\d|\d\d)(?!\d)"
    dash = r"\s*[-–]\s*"
    to = rf"\s+(?i:{words(vocab['range_to'])})\s+"
    conn = rf"(?P<conn>{dash}|{to}|\s+and\s+)"
    pre = r"(?:(?P<pre>(?i:from|between))\s+)?"
    prep = rf"(?:(?P<prep>(?i:{words(vocab['month_prepositions'])}))\s+)"
    bare_prep = rf"(?:{prep}|(?P<prep>(?i:from|between))\s+)"
    trig = rf"(?:(?P<trig>(?i:{words(vocab['span_triggers'])}))\s+)?"
    det = r"(?:(?i:the|its|this|that|their)\s+)?"
    period = rf"(?i:{words(vocab['period_nouns'])})"
    halves = rf"(?P<half>(?i:{words(vocab['halves'])}))"
    half_nouns = rf"(?i:{words(vocab['half_nouns'])})"
    quarters = rf"(?P<quarter>(?i:{words(vocab['quarters'])}))"
    of_year = r"\s+of\s+(?:the\s+year\s+)?"
    m1, m2 = f"(?P<m1>{month})", f"(?P<m2>{month})"
    d1, d2 = f"(?P<d1>{d})", f"(?P<d2>{d})"
    y1, y2 = f"(?P<y1>{y})", f"(?P<y2>{y})"
    pair = rf"(?P<y1>{y})\s*(?P<sep>[-–/])\s*(?P<y2s>{y2s})"
    alternatives = {
        "daysx": rf"{pre}{d1}\s+{m1}(?:,?\s+{y1})?{conn}{d2}\s+{m2}(?:,?\s+{y2})?",
        "days": rf"{pre}{d1}{conn}{d2}\s+{m1}(?:,?\s+{y2})?",
        "mdays": rf"{m1}\s+{d1}{dash}{d2},?\s+{y2}",
        "period": rf"{det}{period}\s+{pair}",
        "period2": rf"{det}{pair}\s+{period}",
        "half": rf"{det}{halves}\s+{half_nouns}{of_year}{y1}",
        "quarter": rf"{det}{quarters}\s+quarter{of_year}{y1}",
        "qshort": rf"Q(?P<qn>[1-4])\s+{y1}",
        "years": rf"(?P<pre>(?i:from|between))\s+{y1}(?:{to}|\s+and\s+){y2}",
        "months": rf"{prep}?{pre}{m1}(?:,?\s+{y1})?{conn}{m2}(?:,?\s+{y2})?",
        "mdy": rf"{trig}{m1}\s+{d1},\s+{y1}",
        "day": rf"{trig}{d1}\s+{m1}(?:,?\s+{y1})?",
        "month": rf"{trig}(?:mid-)?{m1},?\s+{y1}",
        "pair": rf"{trig}{pair}",
        "year": rf"{trig}(?:(?i:mid-|early\s+|late\s+))?{y1}",
        "bare": rf"{bare_prep}(?:mid-)?{m1}(?!,?\s+\d|\s+{month})",
    }
    assert tuple(alternatives) == KINDS
    body = "|".join(f"(?P<k_{kind}>{_own_names(alternatives[kind], kind)})" for kind in KINDS)
    return rf"(?<![\w.,/$€£%&@–-])(?:{body})(?![\w%/@]|[.,]\d|[-–]\d)"


_GROUP = re.compile(r"\(\?P<(\w+)>")


def _own_names(alternative: str, kind: str) -> str:
    """Rename the alternative's groups "d1" -> "d1__<kind>__<n>": the standard ``re`` module
    (several times faster here than ``regex``) wants unique group names."""
    seen: dict[str, int] = {}

    def rename(match: re.Match[str]) -> str:
        name = match.group(1)
        seen[name] = seen.get(name, 0) + 1
        return f"(?P<{name}__{kind}__{seen[name]}>"

    return _GROUP.sub(rename, alternative)


@cache
def date_pattern() -> re.Pattern[str]:
    """The compiled DATE grammar (compiled once per process)."""
    return re.compile(_pattern())


@cache
def _group_table() -> dict[tuple[str, str], tuple[int, ...]]:
    table: dict[tuple[str, str], list[int]] = {}
    for name, index in date_pattern().groupindex.items():
        if "__" in name:
            base, kind, _ = name.split("__")
            table.setdefault((kind, base), []).append(index)
    return {key: tuple(sorted(indices)) for key, indices in table.items()}


class DateMatch:
    """A match of the DATE grammar read by the group names its alternatives share."""

    def __init__(self, match: re.Match[str]) -> None:
        self.match = match
        self.kind = (match.lastgroup or "k_year")[2:]
        self._table = _group_table()

    def _index(self, name: str) -> int | None:
        for index in self._table.get((self.kind, name), ()):
            if self.match.start(index) >= 0:
                return index
        return None

    def group(self, name: str | None = None) -> str | None:
        """The text of group ``name`` (of the match when None); None if it did not take part."""
        if name is None:
            return self.match.group(0)
        index = self._index(name)
        return None if index is None else self.match.group(index)

    def text(self, name: str) -> str:
        """The text of group ``name``, "" if it did not take part."""
        return self.group(name) or ""

    def start(self, name: str | None = None) -> int:
        """Start offset of group ``name`` (of the match when None); -1 if it did not take part."""
        if name is None:
            return self.match.start()
        index = self._index(name)
        return -1 if index is None else self.match.start(index)

    def end(self, name: str | None = None) -> int:
        """End offset of group ``name`` (of the match when None); -1 if it did not take part."""
        if name is None:
            return self.match.end()
        index = self._index(name)
        return -1 if index is None else self.match.end(index)


def kind_of(match: DateMatch) -> str:
    """Which alternative of :func:`date_pattern` produced ``match``."""
    return match.kind


@cache
def date_matcher() -> AnchoredMatcher:
    """The DATE grammar tried only near years, month names and "Q1".."Q4" (see anchored.py)."""
    vocab = vocabulary()
    branches = [("12", r"[09]\d\d(?!\d)"), ("Q", r"[1-4]\b"), word_branch(vocab["months"])]
    anchors = re.compile(class_first_pattern(branches))
    the_words = [
        *(phrase.split()[0] for phrase in vocab["period_nouns"]),
        *vocab["halves"],
        *vocab["quarters"],
    ]
    openers = [
        *vocab["opening_words"],
        *vocab["month_prepositions"],
        *vocab["span_triggers"],
        *the_words,
        *(f"the {word}" for word in the_words),
    ]
    return AnchoredMatcher(date_pattern(), anchors, openers, reach=32)
