"""The QUANTITY grammar: one compiled pattern for amounts, ranges and changes, and number parsing.

The pattern only finds the numeric core (qualifier, currency, number or range, unit); what is
counted (the item) and whether the number is an identifier are judged by
:mod:`.quantities` from the words around it. Vocabulary lives in ``data/quantities.json``.
Every quantifier repeats a single class or a fixed word list, and repetitions are bounded,
so matching is linear.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import regex

from ...resources import data_json
from ..anchored import DIGITS, AnchoredMatcher, class_first_pattern, word_branch
from ..dates.grammar import words

MAX_VALUE = 1e15


@cache
def vocabulary() -> dict[str, Any]:
    """The parsed ``data/quantities.json``."""
    data: dict[str, Any] = data_json("quantities.json")
    return data


@cache
def unit_table() -> dict[str, str]:
    """Unit variant (case-folded, single-spaced) -> normalised unit."""
    vocab = vocabulary()
    table = {" ".join(k.casefold().split()): v for k, v in vocab["units"].items()}
    table.update({k.casefold(): v for k, v in vocab["currency_prefixes"].items()})
    return table


def _units_pattern() -> str:
    vocab = vocabulary()
    exact = set(vocab["case_sensitive_units"])
    folded = [u for u in vocab["units"] if u not in exact]
    return rf"(?:(?i:{words(folded)})|{words(exact)})(?:(?<=%)|(?!\w))"


def _number_pattern() -> str:
    vocab = vocabulary()
    digits = (
        r"(?:\d{1,3}(?:,\d{3}){1,4}(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}(?![\d,])|\d{1,15})"
        r"(?:\.\d{1,6})?(?!\d)"
    )
    scales = words(vocab["multipliers"])
    number_words = words([*vocab["number_words"], *vocab["multipliers"]])
    word_number = (
        rf"(?:{words(vocab['a_numbers'])}"
        rf"|(?:{number_words})(?:[\s-]+(?:and\s+)?(?:{number_words})){{0,3}})"
        r"(?![\w-])"
    )
    return rf"(?:{digits}(?:\s+(?i:{scales})(?!\w))?|(?i:{word_number}))"


def _pattern() -> str:
    """One path with optional parts (qualifier, from/between, currency, second number, units):
    no alternative is re-tried from the start, so a failed attempt is cheap."""
    vocab = vocabulary()
    num = _number_pattern()
    units = _units_pattern()
    currency = words(vocab["currency_prefixes"])
    return (
        r"(?<![\w.,/$€£%&@–-])"
        rf"(?:(?P<qual>(?i:{words(vocab['qualifiers'])}))\s+)?"
        r"(?:(?P<pre>(?i:from|between))\s+)?"
        rf"(?:(?P<cur>{currency})\s?)?"
        rf"(?P<n1>{num})"
        rf"(?:\s*(?P<unit1>{units}))?"
        rf"(?:(?P<conn>\s*[-–]\s*|\s+(?i:to|or|and)\s+)(?:(?:{currency})\s?)?(?P<n2>{num}))?"
        rf"(?:\s*(?P<unit>{units}))?"
        r"(?![\w/@]|[.,]\d|[-–]\w)"
    )


@cache
def quantity_pattern() -> re.Pattern[str]:
    """The compiled QUANTITY grammar (compiled once per process)."""
    return re.compile(_pattern())


def kind_of(match: re.Match[str]) -> str:
    """The form of a match: "change" (from X to Y), "between", "dash", "to" (X to/or Y), "single"
    (or "invalid": "X and Y" without "between")."""
    return kind_from(*match.group("n2", "conn", "pre"))


def kind_from(n2: str | None, conn: str | None, pre: str | None) -> str:
    """:func:`kind_of` from the groups it reads (a caller holding them skips the look-ups)."""
    if n2 is None:
        return "single"
    conn = (conn or "").strip().casefold()
    pre = (pre or "").casefold()
    if conn in ("-", "–"):
        return "dash"
    if pre == "from" and conn == "to":
        return "change"
    if pre == "between" and conn == "and":
        return "between"
    if not pre and conn in ("to", "or"):
        return "to"
    return "invalid"


_SPLIT = regex.compile(r"[\s-]+")


def parse_number(text: str) -> float | None:
    """The value of "17,764", "12 500", "1.2 million", "two", "twenty-five", "a dozen"."""
    if text.isascii() and text.isdigit():  # most numbers: what the general path gives, sooner
        value = float(text)
        return value if value <= MAX_VALUE else None
    vocab = vocabulary()
    folded = " ".join(text.casefold().split())
    if folded in vocab["a_numbers"]:
        return float(vocab["a_numbers"][folded])
    parts = _SPLIT.split(folded)
    if parts and parts[0][:1].isdigit():
        head = parts[0].replace(",", "")
        rest = parts[1:]
        while rest and rest[0].isdigit():  # space-separated thousands
            head += rest.pop(0)
        value = float(head)
        for part in rest:
            value *= vocab["multipliers"].get(part, 1)
    else:
        total, current = 0.0, 0.0
        previous = ""
        for part in parts:
            if part == "and":
                if previous not in vocab["multipliers"]:
                    return None  # "two and three" is two numbers, not one
                continue
            previous = part
            if part in vocab["number_words"]:
                current += vocab["number_words"][part]
            elif part in vocab["multipliers"]:
                scale = vocab["multipliers"][part]
                current = max(current, 1.0) * scale
                if scale >= 1000:
                    total, current = total + current, 0.0
            else:
                return None
        value = total + current
    return value if 0 <= value <= MAX_VALUE else None


@cache
def quantity_matcher() -> AnchoredMatcher:
    """The QUANTITY grammar tried only near digits and number words (see anchored.py)."""
    vocab = vocabulary()
    number_words = [*vocab["number_words"], *vocab["multipliers"], "dozen"]
    number_words += [word.capitalize() for word in number_words]
    anchors = re.compile(class_first_pattern([(DIGITS, ""), word_branch(number_words)]))
    openers = [
        "from",
        "between",
        *vocab["qualifiers"],
        *vocab["currency_prefixes"],
        *vocab["a_numbers"],
    ]
    return AnchoredMatcher(quantity_pattern(), anchors, openers, reach=30)
