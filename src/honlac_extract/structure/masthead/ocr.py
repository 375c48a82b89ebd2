"""Masthead values through OCR confusions: a scanned masthead prints ": I 2 Aprii 1990" for
"12 April 1990" and "go-11348" for the job number "90-11348".

The confusions are character classes in ``data/masthead.json`` (``ocr``): letters read for
digits inside a number, and letter groups folded alike when a month name is compared. They are
only applied where the rest of the line already has the value's shape (day, month word, year
on a line of their own), so a word is never turned into a number anywhere else.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

from ...conditioning.ordinals import unaccented


@dataclass(frozen=True)
class OcrRules:
    """The compiled OCR confusion classes."""

    date_line: re.Pattern[str]
    digits: dict[int, str]
    folds: tuple[tuple[str, str], ...]
    months: dict[str, int]
    years: tuple[int, int]


def compile_ocr(data: dict[str, Any], months: dict[str, int]) -> OcrRules:
    """The rules of the ``ocr`` entry; ``months`` maps lower-case month names to 1-12."""
    folds = tuple((a, b) for a, b in data["letter_folds"])
    folded = {_fold(name, folds): number for name, number in months.items()}
    low, high = data["years"]
    return OcrRules(
        date_line=re.compile(data["date_line"]),
        digits=str.maketrans(data["digits"]),
        folds=folds,
        months=folded,
        years=(int(low), int(high)),
    )


def _fold(word: str, folds: tuple[tuple[str, str], ...]) -> str:
    word = unaccented(word.lower())
    for confused, same in folds:
        word = word.replace(confused, same)
    return word


def ocr_number(text: str, rules: OcrRules) -> str:
    """``text`` with letters read for digits ("I 2" -> "12", "go" -> "90"), spaces dropped."""
    return "".join(text.translate(rules.digits).split())


def ocr_date(text: str, rules: OcrRules) -> str | None:
    """ISO date of a line that prints a day, a month and a year and nothing else but OCR
    confusions and stray marks; None when any part is not a real date."""
    match = rules.date_line.fullmatch(text.strip())
    if not match:
        return None
    day, year = ocr_number(match.group("day"), rules), ocr_number(match.group("year"), rules)
    month = rules.months.get(_fold(match.group("month"), rules.folds))
    if month is None or not (day.isdigit() and year.isdigit()):
        return None
    if not rules.years[0] <= int(year) <= rules.years[1]:
        return None
    try:
        return datetime.date(int(year), month, int(day)).isoformat()
    except ValueError:
        return None
