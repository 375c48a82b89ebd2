"""The DATE grammar: one compiled pattern whose alternatives are the calendar forms of the notes.

One pattern scanned once over the paragraph is far cheaper than a Matcher per form. Each
alternative starts with an empty marker group ``k_<kind>`` so the caller knows which form matched;
the ``regex`` module lets alternatives share group names (``d1``, ``m1``, ``y1``...). Every
quantifier is applied to a single character class or a fixed word list, so matching is linear.
Vocabulary (month names, half/quarter words, period nouns, the words that link a day, a month and
a year) comes from the language's data (see :mod:`.vocab`), so one grammar reads every language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

import regex

from ..anchored import AnchoredMatcher, class_first_pattern, word_branch
from .vocab import APOSTROPHES, month_names, opener_words, phrases, vocabulary, words

__all__ = ["KINDS", "DateMatch", "date_matcher", "date_pattern", "kind_of", "vocabulary", "words"]

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


def _word_group(name: str | None, items: Iterable[str]) -> str:
    """Words (case-insensitive) followed by white space, optionally captured as ``name``; a word
    ending in an apostrophe ("l'", "d'") is glued to the next word instead."""
    spaced = [w for w in items if not w.endswith(("'", "’"))]
    glued = [w[:-1] for w in items if w.endswith(("'", "’"))]
    parts = [
        f"{_capture(name, f'(?i:{phrases(group)})')}{after}"
        for group, after in ((spaced, r"\s+"), (glued, APOSTROPHES))
        if group
    ]
    return f"(?:{'|'.join(parts)})" if parts else "(?!)"


def _capture(name: str | None, body: str) -> str:
    return f"(?P<{name}>{body})" if name else body


def _link(spec: dict[str, Any]) -> str:
    """White space between day, month and year, with the language's words ("de") or comma."""
    if not spec["words"]:
        return r",?\s+" if spec["comma"] else r"\s+"
    linked = rf"\s+(?i:{phrases(spec['words'])})"
    return rf"(?:{linked})?\s+" if spec["optional"] else rf"{linked}\s+"


def _prefixes(items: Iterable[str], insensitive: bool) -> str:
    """Optional words before a month or year ("mid-", "early"): one ending in "-" is glued."""
    ordered = sorted(set(items), key=lambda w: (-len(w), w))
    alts = [regex.escape(w) if w.endswith("-") else rf"{words([w])}\s+" for w in ordered]
    if not alts:
        return ""
    body = "|".join(alts)
    return f"(?:(?i:{body}))?" if insensitive else f"(?:{body})?"


def _of_year(spec: dict[str, Any]) -> str:
    """ "of (the year)" between a half or quarter and its year."""
    of = rf"(?:{phrases(spec['of'])})\s+"
    year = rf"(?:(?:{phrases(spec['year'])})\s+)?"
    return rf"\s+(?:{of})?{year}" if spec["optional"] else rf"\s+{of}{year}"


def _half(vocab: dict[str, Any]) -> str:
    """ "first half", "segundo semestre"; or a whole phrase from the data ("six premiers mois",
    where the ordinal cannot combine freely: "premier mois" is no half)."""
    halves = rf"(?P<half>(?i:{phrases(vocab['halves'])}))\s+(?i:{phrases(vocab['half_nouns'])})"
    whole = vocab.get("half_phrases")
    return rf"(?:{halves}|(?P<half>(?i:{phrases(whole)})))" if whole else halves


def _pieces(language: str) -> dict[str, str]:
    """The building blocks of the alternatives, their words from the language's data."""
    vocab = vocabulary(language)
    names = words(month_names(language))
    # a hyphen ends a month only before a day ("September-2 October") or, where the data says
    # so, before another month ("octubre-noviembre de 2018"); else it is a compound word
    after = rf"\d|(?:{names})(?!\w)" if vocab.get("hyphenated_month_ranges") else r"\d"
    month = rf"(?:{names})(?!\w|-(?!{after}))"
    bare_month = rf"(?:{words(month_names(language, bare=True))})(?!\w|-(?!{after}))"
    d = rf"(?:3[01]|[12][0-9]|0?[1-9])(?:{words(vocab['day_suffixes'])})?(?!\d)"
    y = r"(?:19|20)\d\d(?!\d)"
    y2s = r"(?:(?:19|20)\d\d|\d\d)(?!\d)"
    dash = r"\s*[-–]\s*"
    to = rf"\s+(?i:{phrases(vocab['range_to'])})\s+"
    and_ = rf"\s+(?:{phrases(vocab['and_words'])})\s+"
    return {
        "month": month,
        "dash": dash,
        "to": to,
        "and_": and_,
        "conn": rf"(?P<conn>{dash}|{to}|{and_})",
        "pre": rf"{_word_group('pre', vocab['range_from'])}?",
        "pre_req": _word_group("pre", vocab["range_from"]),
        "prep": _word_group("prep", vocab["month_prepositions"]),
        "from_prep": _word_group("prep", vocab["range_from"]),  # "from May": span from "May"
        "trig": rf"{_word_group('trig', vocab['span_triggers'])}?",
        "det": rf"{_word_group(None, vocab['grammar_determiners'])}?",
        "period": rf"(?i:{phrases(vocab['period_nouns'])})",
        "half": _half(vocab),
        "quarters": rf"(?P<quarter>(?i:{phrases(vocab['quarters'])}))",
        "quarter_nouns": rf"(?:{phrases(vocab['quarter_nouns'])})",
        "of_year": _of_year(vocab["of_year"]),
        "dm": _link(vocab["day_month_link"]),
        "my": _link(vocab["month_year_link"]),
        "mprefix": _prefixes(vocab["month_prefixes"], insensitive=False),
        "yprefix": _prefixes(vocab["year_prefixes"], insensitive=True),
        "m1": f"(?P<m1>{month})",
        "m2": f"(?P<m2>{month})",
        "bare_m1": f"(?P<m1>{bare_month})",
        "d1": f"(?P<d1>{d})",
        "d2": f"(?P<d2>{d})",
        "y1": f"(?P<y1>{y})",
        "y2": f"(?P<y2>{y})",
        "pair": rf"(?P<y1>{y})\s*(?P<sep>[-–/])\s*(?P<y2s>{y2s})",
    }


def _templates() -> dict[str, str]:
    """Each form as a template over :func:`_pieces`."""
    return {
        "daysx": "{pre}{d1}{dm}{m1}(?:{my}{y1})?{conn}{d2}{dm}{m2}(?:{my}{y2})?",
        "days": "{pre}{d1}{conn}{d2}{dm}{m1}(?:{my}{y2})?",
        "mdays": r"{m1}\s+{d1}{dash}{d2},?\s+{y2}",
        "period": r"{det}{period}\s+{pair}",
        "period2": r"{det}{pair}\s+{period}",
        "half": r"{det}{half}{of_year}{y1}",
        "quarter": r"{det}{quarters}\s+{quarter_nouns}{of_year}{y1}",
        "qshort": r"Q(?P<qn>[1-4])\s+{y1}",
        "years": "{pre_req}{y1}(?:{to}|{and_}){y2}",
        "months": "{prep}?{pre}{m1}(?:{my}{y1})?{conn}{m2}(?:{my}{y2})?",
        "mdy": r"{trig}{m1}\s+{d1},\s+{y1}",
        "day": "{trig}{d1}{dm}{m1}(?:{my}{y1})?",
        "month": "{trig}{mprefix}{m1}{my}{y1}",
        "pair": "{trig}{pair}",
        "year": "{trig}{yprefix}{y1}",
        "bare": r"(?:{prep}|{from_prep}){mprefix}{bare_m1}(?!{my}\d|\s+{month})",
    }


def _pattern(language: str = "en") -> str:
    alternatives = _templates()
    assert tuple(alternatives) == KINDS
    pieces = _pieces(language)
    forms = [kind for kind in KINDS if kind in vocabulary(language)["forms"]]
    body = "|".join(
        f"(?P<k_{kind}>{_own_names(alternatives[kind].format(**pieces), kind)})" for kind in forms
    )
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
def date_pattern(language: str = "en") -> re.Pattern[str]:
    """The compiled DATE grammar of ``language`` (compiled once per process)."""
    return re.compile(_pattern(language))


@cache
def _group_table(language: str) -> dict[tuple[str, str], tuple[int, ...]]:
    table: dict[tuple[str, str], list[int]] = {}
    for name, index in date_pattern(language).groupindex.items():
        if "__" in name:
            base, kind, _ = name.split("__")
            table.setdefault((kind, base), []).append(index)
    return {key: tuple(sorted(indices)) for key, indices in table.items()}


class DateMatch:
    """A match of the DATE grammar read by the group names its alternatives share."""

    def __init__(self, match: re.Match[str], language: str = "en") -> None:
        self.match = match
        self.kind = (match.lastgroup or "k_year")[2:]
        self._table = _group_table(language)

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
def date_matcher(language: str = "en") -> AnchoredMatcher:
    """The DATE grammar tried only near years, month names and "Q1".."Q4" (see anchored.py)."""
    branches = [("12", r"[09]\d\d(?!\d)"), ("Q", r"[1-4]\b"), word_branch(month_names(language))]
    anchors = re.compile(class_first_pattern(branches))
    reach = int(vocabulary(language).get("opener_reach", 32))
    return AnchoredMatcher(date_pattern(language), anchors, opener_words(language), reach=reach)
