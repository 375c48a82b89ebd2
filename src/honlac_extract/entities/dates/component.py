"""DATE candidates: calendar expressions normalised to inclusive ISO intervals.

The grammar (:mod:`.grammar`) finds the expressions, :mod:`.normalise` turns them into
intervals, and this module adds the judgements that need context. Every language (``nlp.lang``:
"en", "es", "fr") runs the same code on its own words (:mod:`.vocab`, :mod:`.lexicon`).

* **Years inside names** ("World Drug Report 2017", "the 1961 Convention", "Strategy 2014-2016",
  "the 2015 edition", "resolution 2253 (2015)") are kept with ``in_name: true`` so a consumer can
  tell a title from an event date (positional tests, see :mod:`.names`).
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

from spacy.language import Language
from spacy.tokens import Doc

from ..batching import Batched
from ..spans import add_candidate, candidates, doc_text
from . import normalise as cal
from .grammar import DateMatch, date_matcher, kind_of, vocabulary
from .lexicon import Lexicon, lexicon, sentence_end
from .names import PREV_WORD, identifier_before, in_name, unit_follows
from .vocab import fold, language_of

Interval = tuple[str, str]
YearFill = Callable[[int], Interval | None]

SOURCE = "rule:dates"
_SENTENCE_END = re.compile(sentence_end())  # English; each language's is in its Lexicon
_CLAUSE_AFTER = re.compile(r"[^.;:\n]{0,160}")
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


def _day(text: str | None) -> int:
    digits = "".join(ch for ch in (text or "") if ch.isdigit())
    return int(digits) if digits else 0


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


def _day_range(
    lex: Lexicon, m: DateMatch, start: int, end: int, kind: str, text: str
) -> list[Found]:
    d1, d2 = _day(m.group("d1")), _day(m.group("d2"))
    m1 = lex.month(m.group("m1"))
    m2 = lex.month(m.group("m2")) if kind == "daysx" else m1
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
    if _separate(lex, m, text, (start, end), (fill_first, fill_second), y2):
        first_end = m.end("y1") if y1 is not None else m.end("m1" if kind == "daysx" else "d1")
        return [
            _dated(start, first_end, "day", fill_first, y2, "day"),
            _dated(m.start("d2"), end, "day", fill_second, y2, "day"),
        ]
    return [_dated(start, end, kind, fill, y2, "range")]


def _month_range(lex: Lexicon, m: DateMatch, start: int, end: int, text: str) -> list[Found]:
    m1, m2 = lex.month(m.group("m1")), lex.month(m.group("m2"))
    y1 = int(m.text("y1")) if m.group("y1") else None
    y2 = int(m.text("y2")) if m.group("y2") else None
    if m.group("pre") is None and lex.is_and(m.group("conn")) and y1 is not None:
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
    if _separate(lex, m, text, (start, end), (fill_first, fill_second), y2):
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
    lex: Lexicon,
    m: DateMatch,
    text: str,
    span: tuple[int, int],
    fills: tuple[YearFill, YearFill],
    year: int | None,
) -> bool:
    """Whether "X and Y <Month>" names two dates rather than one period.

    Only a plain "and" coordinates ("between 12 and 19 March", "from 12 to 19 March" and
    "12-19 March" are periods). The coordination names two dates when "respectively" spreads
    them over two things ("held on 12 and 19 March 2019, respectively") or when the two do not
    touch ("on 12 and 19 March", "in May and July"): their union is then no interval.
    "On 12 and 13 March", "in May and June" stay one period, as the guidelines annotate them.
    """
    if m.group("pre") is not None or not lex.is_and(m.group("conn")):
        return False
    if _respective(lex, text, *span):
        return True
    sample = year if year is not None else _ANY_YEAR
    one, two = fills[0](sample), fills[1](sample)
    return one is not None and two is not None and not cal.adjacent(one[1], two[0])


def _respective(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether "respectively" sits beside the date in its clause.

    After it with no other "and" in between ("held on 12 and 19 March 2019, respectively"; not
    "on 12 and 13 March, 20 and 30 officers were trained in Lima and Quito, respectively",
    where it belongs to the other coordination), or right before it ("respectively, in 2018").
    """
    if lex.respectively_before.search(text, max(0, start - 24), start):
        return True
    clause = _CLAUSE_AFTER.match(text, end)
    word = lex.respectively_after.search(clause.group()) if clause else None
    return word is not None and lex.has("respectively", word.group())


def _pair(lex: Lexicon, m: DateMatch, start: int, end: int, kind: str, text: str) -> Found | None:
    first = int(m.text("y1"))
    last = cal.second_year(first, m.text("y2s"))
    if last is None or (kind == "pair" and identifier_before(lex, text, start)):
        return None
    found = _fixed(start, end, kind, cal.years(first, last), "years")
    if kind == "pair" and m.group("trig") is None:
        found.in_name = in_name(lex, text, start, end)
    return found


def _single(lex: Lexicon, m: DateMatch, kind: str, start: int, end: int, text: str) -> list[Found]:
    y1 = int(m.text("y1")) if m.group("y1") else None
    if kind == "half":
        vocab = vocabulary(lex.language)
        which = {**vocab["halves"], **vocab.get("half_phrases", {})}[fold(m.text("half"))]
        return [_fixed(start, end, kind, cal.half(y1 or 0, which), "half")]
    if kind in ("quarter", "qshort"):
        quarters = vocabulary(lex.language)["quarters"]
        q = quarters[m.text("quarter").casefold()] if kind == "quarter" else 0
        which = q or int(m.text("qn"))
        return [_fixed(start, end, "quarter", cal.quarter(y1 or 0, which), "quarter")]
    if kind in ("mdy", "day"):
        d1, m1 = _day(m.group("d1")), lex.month(m.group("m1"))

        def fill_day(year: int) -> Interval | None:
            return cal.days(year, m1, d1, year, m1, d1)

        if y1 is None:
            return [_yearless(start, end, "day", fill_day, "day")]
        return [_fixed(start, end, "day", fill_day(y1), "day")]
    if kind in ("month", "bare"):
        m1 = lex.month(m.group("m1"))

        def fill_month(year: int) -> Interval | None:
            return cal.months(year, m1, year, m1)

        if y1 is None:
            return [_yearless(start, end, "month", fill_month, "month")]
        return [_fixed(start, end, "month", fill_month(y1), "month")]
    # plain year
    if y1 is None or (
        m.group("trig") is None
        and (unit_follows(lex, text, end) or identifier_before(lex, text, start))
    ):
        return []
    found = _fixed(start, end, "year", cal.years(y1, y1), "year")
    if m.group("trig") is None and (m.group() or "")[:1].isdigit():
        found.in_name = in_name(lex, text, start, end)
    return [found]


def _interpret(lex: Lexicon, m: DateMatch, text: str) -> list[Found]:
    kind = kind_of(m)
    start, end = _span_start(m), int(m.end())
    if kind in ("daysx", "days", "mdays"):
        return _day_range(lex, m, start, end, kind, text)
    if kind == "months":
        return _month_range(lex, m, start, end, text)
    if kind == "years":
        first, last = int(m.text("y1")), int(m.text("y2"))
        if not _range_opener(lex, m, text):  # "a lo largo de 2010 y 2011": two years
            y2 = m.start("y2")
            return [
                _fixed(m.start("y1"), m.end("y1"), "year", cal.years(first, first), "year"),
                _fixed(y2, end, "year", cal.years(last, last), "year"),
            ]
        return [_fixed(start, end, kind, cal.years(first, last), "years")]
    if kind in ("period", "period2", "pair"):
        found = _pair(lex, m, start, end, kind, text)
        return [found] if found else []
    return _single(lex, m, kind, start, end, text)


def _range_opener(lex: Lexicon, m: DateMatch, text: str) -> bool:
    """Whether two years joined by "and" are one period: only after an opener that pairs
    with "and" ("between 2010 and 2011", "entre 2010 y 2011"; not "de 2010 y 2011")."""
    between = text[m.end("y1") : m.start("y2")]
    if not lex.is_and(between.strip()):
        return True
    connector = lex.joined.get(fold(m.text("pre")))
    return connector is not None and connector.fullmatch(between) is not None


def _sorted(values: list[int]) -> bool:
    return all(a <= b for a, b in zip(values, values[1:], strict=False))


def _infer_years(found: list[Found], text: str, ends_at: re.Pattern[str] = _SENTENCE_END) -> None:
    """Give yearless expressions the paragraph's year (see the module docstring).

    In linear-logarithmic time: the sentence ends, the anchors that may follow a date and the
    anchors that may precede it are each listed once, in text order, and bisected per date
    (a paragraph of thousands of yearless dates used to scan every end per date and anchor).
    """
    if not any(f.fill for f in found):
        return
    anchors = [f for f in found if f.fill is None and f.interval and not f.in_name]
    distinct = {year for f in anchors for year in (int(f.interval[0][:4]), int(f.interval[1][:4]))}  # type: ignore[index]
    ends = [m.start() for m in ends_at.finditer(text)]
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


def _join_periods(lex: Lexicon, found: list[Found], text: str) -> list[Found]:
    """ "between 2021 and the first quarter of 2022", "from June 2017 to the end of 2018": two
    dates the grammar read apart make one period, from the start of the first to the end of the
    second (as "between June 2016 and June 2017" does within the grammar)."""
    joined: list[Found] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        period = _period(lex, first, second, text) if second is not None else None
        if period is not None:
            joined.append(period)
            index += 2
        else:
            joined.append(first)
            index += 1
    return joined


def _period(lex: Lexicon, first: Found, second: Found, text: str) -> Found | None:
    if first.interval is None or second.interval is None or first.in_name or second.in_name:
        return None
    opener = PREV_WORD.search(text, max(0, first.start - 12), first.start)
    if opener is None:
        return None
    connector = lex.joined.get(fold(opener.group(1)))
    if connector is None or connector.fullmatch(text, first.end, second.start) is None:
        return None
    (start, end), (later_start, later_end) = first.interval, second.interval
    if later_start < start or later_end <= end:
        return None
    period = _fixed(opener.start(1), second.end, "joined", (start, later_end), "range")
    period.fill = first.fill or second.fill
    return period


def find_dates(text: str, language: str = "en") -> list[Found]:
    """Every DATE expression of ``text`` (written in ``language``) with its interval."""
    code = language_of(language)
    lex = lexicon(code)
    found: list[Found] = []
    for match in date_matcher(code).finditer(text):
        found.extend(_interpret(lex, DateMatch(match, code), text))
    if code == "en":  # the call tests/test_dates_scale.py replaces with the former scan
        _infer_years(found, text)
    else:
        _infer_years(found, text, lex.sentence_end)
    return _join_periods(lex, [f for f in found if f.interval is not None], text)


class DateComponent(Batched):
    """Writes DATE candidates with ``start_date``, ``end_date``, ``precision``, flags."""

    def __init__(self, language: str = "en") -> None:
        self.language = language_of(language)
        date_matcher(self.language)  # compile once, at pipeline construction

    def __call__(self, doc: Doc) -> Doc:
        candidates(doc)
        for found in find_dates(doc_text(doc), self.language):
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
    """Factory registered under a versioned name so saved pipelines stay loadable; the
    language's vocabulary is the one of ``nlp.lang`` (English when it has none)."""
    return DateComponent(nlp.lang or "en")
