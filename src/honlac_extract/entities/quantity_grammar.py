"""The QUANTITY grammar: one compiled pattern for amounts, ranges and changes, and number parsing.

The pattern only finds the numeric core (qualifier, currency, number or range, unit); what is
counted (the item) and whether the number is an identifier are judged by
:mod:`.quantities` from the words around it. Vocabulary lives in ``data/quantities.json``.
Every quantifier repeats a single class or a fixed word list, and repetitions are bounded,
so matching is linear.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from ..resources import data_json
from .date_grammar import words

KINDS = ("change", "between", "dash", "to", "single")
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
        rf"(?:{words(vocab['a_numbers'])}|(?:{number_words})(?:[\s-]+(?:{number_words})){{0,3}})"
        r"(?![\w-])"
    )
    return rf"(?:{digits}(?:\s+(?i:{scales})(?!\w))?|(?i:{word_number}))"


def _pattern() -> str:
    vocab = vocabulary()
    num = _number_pattern()
    units = _units_pattern()
    n1, n2 = f"(?P<n1>{num})", f"(?P<n2>{num})"
    unit1 = rf"(?:\s*(?P<unit1>{units}))?"
    qual = rf"(?:(?P<qual>(?i:{words(vocab['qualifiers'])}))\s+)?"
    cur = rf"(?:(?P<cur>{words(vocab['currency_prefixes'])})\s?)?"
    alternatives = {
        "change": rf"(?P<pre>(?i:from))\s+{cur}{n1}{unit1}\s+(?i:to)\s+{n2}",
        "between": rf"(?P<pre>(?i:between))\s+{cur}{n1}{unit1}\s+and\s+{n2}",
        "dash": rf"{qual}{cur}{n1}\s*[-–]\s*{n2}",
        "to": rf"{qual}{cur}{n1}\s+(?:to|or)\s+{n2}",
        "single": rf"{qual}{cur}{n1}",
    }
    assert tuple(alternatives) == KINDS
    body = "|".join(f"(?P<k_{kind}>){alternatives[kind]}" for kind in KINDS)
    return (
        rf"(?<![\w.,/$€£%&@–-])(?:{body})(?:\s*(?P<unit>{units}))?"
        r"(?![\w/@]|[.,]\d|[-–]\w)"
    )


@cache
def quantity_pattern() -> regex.Pattern[str]:
    """The compiled QUANTITY grammar (compiled once per process)."""
    return regex.compile(_pattern())


def kind_of(match: regex.Match[str]) -> str:
    """Which alternative of :func:`quantity_pattern` produced ``match``."""
    for kind in KINDS:
        if match.group(f"k_{kind}") is not None:
            return kind
    return "single"


_SPLIT = regex.compile(r"[\s-]+")


def parse_number(text: str) -> float | None:
    """The value of "17,764", "12 500", "1.2 million", "two", "twenty-five", "a dozen"."""
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
        for part in parts:
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
