"""Calendar arithmetic for DATE candidates: expressions to inclusive ISO intervals.

Kept apart from the grammar so that impossible dates ("31 February 2017") are refused in one
place: every builder returns None instead of raising, and the component then writes nothing.
"""

from __future__ import annotations

import calendar
from datetime import date

Interval = tuple[str, str]

MIN_YEAR = 1000
MAX_YEAR = 2999


def _valid_year(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def day(year: int, month: int, day_of_month: int) -> date | None:
    """The calendar day, or None when it does not exist."""
    if not _valid_year(year) or not 1 <= month <= 12:
        return None
    if not 1 <= day_of_month <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day_of_month)


def month_bounds(year: int, month: int) -> tuple[date, date] | None:
    """First and last day of a month."""
    if not _valid_year(year) or not 1 <= month <= 12:
        return None
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def interval(start: date | None, end: date | None) -> Interval | None:
    """ISO pair of an interval; None when a bound is missing or the bounds are reversed."""
    if start is None or end is None or end < start:
        return None
    return start.isoformat(), end.isoformat()


def years(first: int, last: int) -> Interval | None:
    """1 January of ``first`` to 31 December of ``last``."""
    if not (_valid_year(first) and _valid_year(last)):
        return None
    return interval(date(first, 1, 1), date(last, 12, 31))


def months(year1: int, month1: int, year2: int, month2: int) -> Interval | None:
    """First day of one month to the last day of another."""
    first, last = month_bounds(year1, month1), month_bounds(year2, month2)
    if first is None or last is None:
        return None
    return interval(first[0], last[1])


def days(year1: int, month1: int, day1: int, year2: int, month2: int, day2: int) -> Interval | None:
    """One day to another, both inclusive."""
    return interval(day(year1, month1, day1), day(year2, month2, day2))


def half(year: int, which: int) -> Interval | None:
    """First (January-June) or second (July-December) half of a year."""
    return months(year, 1, year, 6) if which == 1 else months(year, 7, year, 12)


def quarter(year: int, which: int) -> Interval | None:
    """Quarter 1-4 of a year."""
    if not 1 <= which <= 4:
        return None
    return months(year, 3 * which - 2, year, 3 * which)


def second_year(first: int, written: str) -> int | None:
    """The end year of "2016-2017", "2017/18" or "1999-00"; None unless it follows ``first``."""
    if len(written) == 4:
        value = int(written)
    elif len(written) == 2:
        century = first - first % 100
        value = century + int(written)
        if value <= first:
            value += 100
    else:
        return None
    return value if first < value <= first + 100 else None


def adjacent(end: str, start: str) -> bool:
    """Whether the ISO day ``start`` is the day after ``end`` (two dates that make one period)."""
    return (date.fromisoformat(start) - date.fromisoformat(end)).days == 1
