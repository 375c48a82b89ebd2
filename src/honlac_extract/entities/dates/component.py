"""DATE candidates: calendar expressions normalised to inclusive ISO intervals.

The grammar (:mod:`.grammar`) finds the expressions, :mod:`.normalise` turns them into
intervals, and this module adds the two judgements that need context:

* **Years inside names** ("World Drug Report 2017", "the 1961 Convention", "Strategy 2014-2016",
  "the 2015 edition", "resolution 2253 (2015)") are kept with ``in_name: true`` so a consumer can
  tell a title from an event date. The test is positional, not a list of names: a year after a
  temporal word ("in", "since", "and"...) is a date; one followed by a capitalised word or a
  document noun ("edition", "session"), preceded by a capitalised name word, or used
  attributively after a determiner ("the 2017 training event") is part of a name.
* **Years from context** for a day or month written without one ("In May and June"), flagged
  ``inferred_year: true``. The year is taken, in order, from: a following month- or day-precision
  date in the same sentence ("in February and Cuba in June 2017"); else the nearest preceding
  single-year date of the paragraph (the running time reference: "During the first half of 2017,
  ... In May and June"); else the only year the paragraph mentions. Otherwise the expression is
  left out: the note's own year is NOT used, because notes report on the months before their
  issue date and "in November" in a July note usually means the previous year.
* **Coordination**: "12 and 19 March 2019, respectively" and "on 12 and 19 March" (days that do
  not touch) are two dates; "on 12 and 13 March", "between 12 and 19 March" one period.
* **Periods read apart**: "between 2021 and the first quarter of 2022", "from June 2017 to the
  end of 2018" join into one period (openers and connectors in ``data/dates.json``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from ...resources import data_json
from ..spans import add_candidate, candidates, doc_text
from . import normalise as cal
from .grammar import DateMatch, date_matcher, kind_of, vocabulary, words

Interval = tuple[str, str]
YearFill = Callable[[int], Interval | None]

SOURCE = "rule:dates"
_PREV_WORD = re.compile(r"(\S+)\s+$")
_NEXT_WORD = re.compile(r"^\s+(\S+)")
_IDENTIFIER_BEFORE = re.compile(r"\d[\w./-]*\s*\($")
_SENTENCE_END = re.compile(r"[.;!?]\s+(?=[A-Z(\"“])|\n")
_TRAILING_PUNCT = re.compile(r"^[\"'“”‘’(]+|[\"'“”‘’),;:.]+$")
_CLAUSE_AFTER = re.compile(r"[^.;:\n]{0,160}")
_RESPECTIVELY_AFTER = re.compile(r"\b(?:and|respectively)\b")
_RESPECTIVELY_BEFORE = re.compile(r"\brespectively,?\s+(?:(?:in|on|during)\s+)?$")
_ANY_YEAR = 2001  # a common year: adjacency of yearless dates ("12 and 13 March")


@dataclass
class Found:
    """One matched expression before the paragraph-level judgements."""

    start: int
    end: int
    kind: str
    interval: Interval | None
    precision: str
    fill: YearFill | None = None  # set when the year must come from context
    in_name: bool = False

    @property
    def single_year(self) -> int | None:
        """The year of an interval lying within one calendar year."""
        if self.interval and self.interval[0][:4] == self.interval[1][:4]:
            return int(self.interval[0][:4])
        return None


@cache
def _months() -> dict[str, int]:
    return {name.casefold(): number for name, number in vocabulary()["months"].items()}


@cache
def _wordset(key: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in vocabulary()[key])


@cache
def _units() -> frozenset[str]:
    units: dict[str, str] = data_json("quantities.json")["units"]
    return frozenset(u.casefold() for u in units)


def _month(text: str | None) -> int:
    return _months().get((text or "").casefold(), 0)


def _day(text: str | None) -> int:
    digits = "".join(ch for ch in (text or "") if ch.isdigit())
    return int(digits) if digits else 0


def _word(text: str) -> str:
    return str(_TRAILING_PUNCT.sub("", text))


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether the year (or year pair) at ``text[start:end]`` belongs to a name or title."""
    before, after = text[max(0, start - 60) : start], text[end : end + 60]
    if _IDENTIFIER_BEFORE.search(before) and after.startswith(")"):
        return True  # "resolution 2253 (2015)"
    prev = _PREV_WORD.search(before)
    prev_raw = prev.group(1) if prev else ""
    prev_word = _word(prev_raw)
    if prev_raw.endswith((",", ";", ":")) or prev_word.casefold() in _wordset("temporal_words"):
        return False
    nxt = _NEXT_WORD.search(after)
    next_word = _word(nxt.group(1)) if nxt and nxt.group(1)[:1].isalnum() else ""
    if next_word and next_word[0].isupper() and not _month(next_word):
        return True  # "1961 Convention", "2030 Agenda", "2017 LE TrainNet"
    if next_word.casefold() in _wordset("name_nouns_after"):
        return True  # "2015 edition", "2016 special session"
    if prev_word[:1].isupper() and not _month(prev_word) and prev_word == prev_raw:
        return True  # "World Drug Report 2017", "Strategy 2014-2016"
    if prev_word.casefold() in _wordset("name_prefix_words"):
        return True
    if prev_word.casefold() in _wordset("determiners") and next_word[:1].islower():
        return next_word.casefold() not in _wordset("attributive_time_nouns")
    return False


def _identifier_before(text: str, start: int) -> bool:
    """A year-shaped number after "No.", "article", "paragraph"... is an identifier."""
    prev = _PREV_WORD.search(text, max(0, start - 30), start)
    return prev is not None and prev.group(1).casefold() in _wordset("identifier_words_before")


def _unit_follows(text: str, end: int) -> bool:
    """A year-shaped number followed by a unit ("2000 tons", "2010 %") is a quantity."""
    after = text[end : end + 20]
    if after.lstrip().startswith("%"):
        return True
    nxt = _NEXT_WORD.search(after)
    return bool(nxt) and _word(nxt.group(1)).casefold() in _units() if nxt else False


def _span_start(match: DateMatch) -> int:
    """Start of the entity text: trigger words kept, plain prepositions left out."""
    for group in ("trig", "pre"):
        if match.start(group) >= 0:
            return int(match.start(group))
    if match.start("prep") >= 0:
        return int(match.start("m1"))
    return int(match.start())


def _fixed(start: int, end: int, kind: str, value: Interval | None, precision: str) -> Found:
    return Found(start, end, kind, value, precision)


def _yearless(start: int, end: int, kind: str, fill: YearFill, precision: str) -> Found:
    return Found(start, end, kind, None, precision, fill=fill)


def _day_range(m: DateMatch, start: int, end: int, kind: str, text: str) -> list[Found]:
    d1, d2 = _day(m.group("d1")), _day(m.group("d2"))
    m1 = _month(m.group("m1"))
    m2 = _month(m.group("m2")) if kind == "daysx" else m1
    y2 = int(m.text("y2")) if m.group("y2") else None
    y1 = int(m.text("y1")) if kind == "daysx" and m.group("y1") else None

    def first_year(year: int) -> int:
        return y1 if y1 is not None else (year - 1 if (m1, d1) > (m2, d2) else year)

    def fill(year: int) -> Interval | None:
        return cal.days(first_year(year), m1, d1, year, m2, d2)

    def fill_first(year: int) -> Interval | None:
        return cal.days(first_year(year), m1, d1, first_year(year), m1, d1)

    def fill_second(year: int) -> Interval | None:
        return cal.days(year, m2, d2, year, m2, d2)

    if y2 is None and y1 is not None:
        return []  # "30 August 2017 to 1 September": malformed
    if _separate(m, text, start, end, fill_first, fill_second, y2):
        first_end = m.end("y1") if y1 is not None else m.end("m1" if kind == "daysx" else "d1")
        return [
            _dated(start, first_end, "day", fill_first, y2, "day"),
            _dated(m.start("d2"), end, "day", fill_second, y2, "day"),
        ]
    return [_dated(start, end, kind, fill, y2, "range")]


def _month_range(m: DateMatch, start: int, end: int, text: str) -> list[Found]:
    m1, m2 = _month(m.group("m1")), _month(m.group("m2"))
    y1 = int(m.text("y1")) if m.group("y1") else None
    y2 = int(m.text("y2")) if m.group("y2") else None
    if m.group("pre") is None and (m.group("conn") or "").strip() == "and" and y1 is not None:
        # "May 2016 and June 2017": two dates, not a range
        first = _fixed(start, m.end("y1"), "month", cal.months(y1, m1, y1, m1), "month")
        if y2 is None:
            return [first]
        second = _fixed(m.start("m2"), end, "month", cal.months(y2, m2, y2, m2), "month")
        return [first, second]

    def first_year(year: int) -> int:
        return y1 if y1 is not None else (year - 1 if m1 > m2 else year)

    def fill(year: int) -> Interval | None:
        return cal.months(first_year(year), m1, year, m2)

    def fill_first(year: int) -> Interval | None:
        return cal.months(first_year(year), m1, first_year(year), m1)

    def fill_second(year: int) -> Interval | None:
        return cal.months(year, m2, year, m2)

    if y2 is None and y1 is not None:
        return []
    if _separate(m, text, start, end, fill_first, fill_second, y2):
        return [
            _dated(start, m.end("m1"), "month", fill_first, y2, "month"),
            _dated(m.start("m2"), end, "month", fill_second, y2, "month"),
        ]
    return [_dated(start, end, "months", fill, y2, "range")]


def _dated(
    start: int, end: int, kind: str, fill: YearFill, year: int | None, precision: str
) -> Found:
    """A fixed date when the text gives its year, else one that takes it from context."""
    if year is None:
        return _yearless(start, end, kind, fill, precision)
    return _fixed(start, end, kind, fill(year), precision)


def _separate(
    m: DateMatch,
    text: str,
    start: int,
    end: int,
    first: YearFill,
    second: YearFill,
    year: int | None,
) -> bool:
    """Whether "X and Y <Month>" names two dates rather than one period.

    Only a plain "and" coordinates ("between 12 and 19 March", "from 12 to 19 March" and
    "12-19 March" are periods). The coordination names two dates when "respectively" spreads
    them over two things ("held on 12 and 19 March 2019, respectively") or when the two do not
    touch ("on 12 and 19 March", "in May and July"): their union is then no interval.
    "On 12 and 13 March", "in May and June" stay one period, as the guidelines annotate them.
    """
    if m.group("pre") is not None or (m.group("conn") or "").strip() != "and":
        return False
    if _respective(text, start, end):
        return True
    sample = year if year is not None else _ANY_YEAR
    one, two = first(sample), second(sample)
    return one is not None and two is not None and not cal.adjacent(one[1], two[0])


def _respective(text: str, start: int, end: int) -> bool:
    """Whether "respectively" sits beside the date in its clause.

    After it with no other "and" in between ("held on 12 and 19 March 2019, respectively"; not
    "on 12 and 13 March, 20 and 30 officers were trained in Lima and Quito, respectively",
    where it belongs to the other coordination), or right before it ("respectively, in 2018").
    """
    if _RESPECTIVELY_BEFORE.search(text, max(0, start - 24), start):
        return True
    clause = _CLAUSE_AFTER.match(text, end)
    word = _RESPECTIVELY_AFTER.search(clause.group()) if clause else None
    return word is not None and word.group() == "respectively"


def _pair(m: DateMatch, start: int, end: int, kind: str, text: str) -> Found | None:
    first = int(m.text("y1"))
    last = cal.second_year(first, m.text("y2s"))
    if last is None or (kind == "pair" and _identifier_before(text, start)):
        return None
    found = _fixed(start, end, kind, cal.years(first, last), "years")
    if kind == "pair" and m.group("trig") is None:
        found.in_name = _in_name(text, start, end)
    return found


def _single(m: DateMatch, kind: str, start: int, end: int, text: str) -> list[Found]:
    y1 = int(m.text("y1")) if m.group("y1") else None
    if kind == "half":
        which = vocabulary()["halves"][m.text("half").casefold()]
        return [_fixed(start, end, kind, cal.half(y1 or 0, which), "half")]
    if kind in ("quarter", "qshort"):
        q = vocabulary()["quarters"][m.text("quarter").casefold()] if kind == "quarter" else 0
        which = q or int(m.text("qn"))
        return [_fixed(start, end, "quarter", cal.quarter(y1 or 0, which), "quarter")]
    if kind in ("mdy", "day"):
        d1, m1 = _day(m.group("d1")), _month(m.group("m1"))

        def fill_day(year: int) -> Interval | None:
            return cal.days(year, m1, d1, year, m1, d1)

        if y1 is None:
            return [_yearless(start, end, "day", fill_day, "day")]
        return [_fixed(start, end, "day", fill_day(y1), "day")]
    if kind in ("month", "bare"):
        m1 = _month(m.group("m1"))

        def fill_month(year: int) -> Interval | None:
            return cal.months(year, m1, year, m1)

        if y1 is None:
            return [_yearless(start, end, "month", fill_month, "month")]
        return [_fixed(start, end, "month", fill_month(y1), "month")]
    # plain year
    if y1 is None or (
        m.group("trig") is None and (_unit_follows(text, end) or _identifier_before(text, start))
    ):
        return []
    found = _fixed(start, end, "year", cal.years(y1, y1), "year")
    if m.group("trig") is None and (m.group() or "")[:1].isdigit():
        found.in_name = _in_name(text, start, end)
    return [found]


def _interpret(m: DateMatch, text: str) -> list[Found]:
    kind = kind_of(m)
    start, end = _span_start(m), int(m.end())
    if kind in ("daysx", "days", "mdays"):
        return _day_range(m, start, end, kind, text)
    if kind == "months":
        return _month_range(m, start, end, text)
    if kind == "years":
        first, last = int(m.text("y1")), int(m.text("y2"))
        return [_fixed(start, end, kind, cal.years(first, last), "years")]
    if kind in ("period", "period2", "pair"):
        found = _pair(m, start, end, kind, text)
        return [found] if found else []
    return _single(m, kind, start, end, text)


def _sorted(values: list[int]) -> bool:
    return all(a <= b for a, b in zip(values, values[1:], strict=False))


def _infer_years(found: list[Found], text: str) -> None:
    """Give yearless expressions the paragraph's year (see the module docstring).

    In linear-logarithmic time: the sentence ends, the anchors that may follow a date and the
    anchors that may precede it are each listed once, in text order, and bisected per date
    (a paragraph of thousands of yearless dates used to scan every end per date and anchor).
    """
    if not any(f.fill for f in found):
        return
    anchors = [f for f in found if f.fill is None and f.interval and not f.in_name]
    distinct = {year for f in anchors for year in (int(f.interval[0][:4]), int(f.interval[1][:4]))}  # type: ignore[index]
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    later = [a for a in anchors if a.precision in ("day", "month", "range") and a.single_year]
    earlier = [a for a in anchors if a.single_year]
    later_starts = [a.start for a in later]
    earlier_ends = [a.end for a in earlier]
    if not (_sorted(later_starts) and _sorted(earlier_ends)):  # the grammar finds them in order
        later.sort(key=lambda a: a.start)
        earlier.sort(key=lambda a: a.end)
        later_starts.sort()
        earlier_ends.sort()
    for item in found:
        if item.fill is None:
            continue
        year = None
        # the first anchor after the date, if no sentence ends between them
        first = bisect_left(later_starts, item.end)
        if first < len(later):
            end = bisect_left(ends, item.end)
            if end == len(ends) or ends[end] >= later[first].start:
                year = later[first].single_year
        if year is None:  # else the last anchor before it
            last = bisect_right(earlier_ends, item.start) - 1
            if last >= 0:
                year = earlier[last].single_year
        if year is None and len(distinct) == 1:
            year = next(iter(distinct))
        item.interval = item.fill(year) if year is not None else None


@cache
def _joined_openers() -> dict[str, re.Pattern[str]]:
    """Opener word -> the connectors it pairs with, as one anchored pattern per opener."""
    table: dict[str, list[str]] = vocabulary()["joined_periods"]
    return {
        opener: re.compile(rf"\s+(?i:{words(connectors)})\s+")
        for opener, connectors in table.items()
    }


def _join_periods(found: list[Found], text: str) -> list[Found]:
    """ "between 2021 and the first quarter of 2022", "from June 2017 to the end of 2018": two
    dates the grammar read apart make one period, from the start of the first to the end of the
    second (as "between June 2016 and June 2017" does within the grammar)."""
    joined: list[Found] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        period = _period(first, second, text) if second is not None else None
        if period is not None:
            joined.append(period)
            index += 2
        else:
            joined.append(first)
            index += 1
    return joined


def _period(first: Found, second: Found, text: str) -> Found | None:
    if first.interval is None or second.interval is None or first.in_name or second.in_name:
        return None
    opener = _PREV_WORD.search(text, max(0, first.start - 12), first.start)
    if opener is None:
        return None
    connector = _joined_openers().get(opener.group(1).casefold())
    if connector is None or connector.fullmatch(text, first.end, second.start) is None:
        return None
    (start, end), (later_start, later_end) = first.interval, second.interval
    if later_start < start or later_end <= end:
        return None
    period = _fixed(opener.start(1), second.end, "joined", (start, later_end), "range")
    period.fill = first.fill or second.fill
    return period


def find_dates(text: str) -> list[Found]:
    """Every DATE expression of ``text`` with its interval (None when it has none)."""
    found: list[Found] = []
    for match in date_matcher().finditer(text):
        found.extend(_interpret(DateMatch(match), text))
    _infer_years(found, text)
    return _join_periods([f for f in found if f.interval is not None], text)


class DateComponent:
    """Writes DATE candidates with ``start_date``, ``end_date``, ``precision``, flags."""

    def __init__(self) -> None:
        date_matcher()  # compile once, at pipeline construction

    def __call__(self, doc: Doc) -> Doc:
        candidates(doc)
        for found in find_dates(doc_text(doc)):
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is None or found.interval is None:
                continue
            add_candidate(
                doc,
                span,
                "DATE",
                f"{SOURCE}:{found.kind}",
                start_date=found.interval[0],
                end_date=found.interval[1],
                precision=found.precision,
                inferred_year=found.fill is not None,
                in_name=found.in_name,
            )
        return doc


@Language.factory("honlac_dates_v1")
def make_date_component(nlp: Language, name: str) -> DateComponent:
    """Factory registered under a versioned name so saved pipelines stay loadable."""
    return DateComponent()
