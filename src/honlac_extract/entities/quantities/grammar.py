"""The QUANTITY grammar: one compiled pattern for amounts, ranges and changes, and number parsing.

The pattern only finds the numeric core (qualifier, currency, number or range, unit); what is
counted (the item) and whether the number is an identifier are judged by
:mod:`.component` from the words around it. Vocabulary lives in ``data/quantities.json`` and,
per language, ``data/languages/<lang>/quantities.json`` (see :mod:`.lexicon`): the pattern and
the parser are built per language from the same keys ("5.000" and "12,5" in Spanish).
Every quantifier repeats a single class or a fixed word list, and repetitions are bounded,
so matching is linear.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

import regex

from ..anchored import DIGITS, AnchoredMatcher, class_first_pattern, word_branch
from ..dates.grammar import words
from .lexicon import canonical, vocabulary

MAX_VALUE = 1e15


@cache
def unit_table(language: str = "en") -> dict[str, str]:
    """Unit variant (case-folded, single-spaced) -> normalised unit."""
    vocab = vocabulary(language)
    table = {" ".join(k.casefold().split()): v for k, v in vocab["units"].items()}
    table.update({k.casefold(): v for k, v in vocab["currency_prefixes"].items()})
    return table


def first_letters(folded: Collection[str], exact: Collection[str] = ()) -> str:
    """A lookahead for the first characters of an alternation of ``folded`` (matched ignoring
    case) and ``exact`` words: a pure pre-check, so a position no word can start at fails at
    once instead of trying every branch (``re`` tries each case-insensitive branch in turn;
    "1234 officials" tried the fifty units four times, 3.5 of a match's 3.6 us). "" where a
    word is empty (the alternation then matches anywhere)."""
    if not (folded or exact) or not all(folded) or not all(exact):
        return ""
    branches = []
    if folded:
        branches.append(f"(?i:[{re.escape(''.join(sorted({w[0] for w in folded})))}])")
    if exact:
        branches.append(f"[{re.escape(''.join(sorted({w[0] for w in exact})))}]")
    return f"(?={'|'.join(branches)})"


def _units_pattern(language: str) -> str:
    vocab = vocabulary(language)
    exact = set(vocab["case_sensitive_units"])
    folded = [u for u in vocab["units"] if u not in exact]
    guard = first_letters(folded, exact)
    return rf"{guard}(?:(?i:{words(folded)})|{words(exact)})(?:(?<=%)|(?!\w))"


def _digits_pattern(language: str) -> str:
    """Digits with the language's thousands mark ("17,764" / "5.000") or spaces ("3 700"),
    then its decimal mark ("41.3" / "12,5")."""
    number_format = vocabulary(language)["number_format"]
    mark, decimal = re.escape(number_format["thousands"]), re.escape(number_format["decimal"])
    spaces = number_format.get("group_spaces", " \u00a0\u202f")  # and U+2009 in French
    short = number_format.get("short_decimal")  # "1.5 millones": a dot that groups no thousands
    decimals = rf"{decimal}\d{{1,6}}" + (rf"|{re.escape(short)}\d{{1,2}}(?!\d)" if short else "")
    return (
        rf"(?:\d{{1,3}}(?:{mark}\d{{3}}){{1,4}}(?!\d)"
        rf"|\d{{1,3}}(?:[{spaces}]\d{{3}}){{1,4}}(?![\d{mark}])|\d{{1,15}})"
        rf"(?:{decimals})?(?!\d)"
    )


def _number_pattern(language: str) -> str:
    vocab = vocabulary(language)
    digits = _digits_pattern(language)
    scales = words(vocab["multipliers"])
    number_words = words([*vocab["number_words"], *vocab["multipliers"]])
    word_number = (
        rf"(?:{words(vocab['a_numbers'])}"
        rf"|(?:{number_words})(?:{_word_gap(language)}(?:{number_words}))"
        rf"{{0,{int(vocab['number_word_span'])}}})"
        r"(?![\w-])"
    )
    return rf"(?:{digits}(?:\s+(?i:{scales})(?!\w))?|(?i:{word_number}))"


def _word_gap(language: str) -> str:
    """Between number words: a space or hyphen, with a joiner ("one hundred and five"); where the
    data names the words a joiner follows ("treinta y cinco"), only after those."""
    vocab = vocabulary(language)
    joiners = words(vocab["number_joiners"])
    after = vocab.get("joiner_after")
    if not after:
        return rf"[\s-]+(?:(?:{joiners})\s+)?"
    behind = "|".join(f"(?<={re.escape(word)})" for word in sorted(after))
    return rf"(?:(?:{behind})\s+(?:{joiners})\s+|[\s-]+)"


def _unit_linker(language: str) -> str:
    """ "1,5 millones de dólares": the "de" a scale word takes before its unit (none in English)."""
    vocab = vocabulary(language)
    if not vocab.get("scale_of"):
        return ""
    elisions = vocab.get("of_elisions", ())
    elided = f"|(?:{words(elisions)})" if elisions else ""
    return rf"(?:(?<=[^\W\d_])\s+(?:(?:{words(vocab['of_words'])})\s+{elided}))?"


def _qualifier_gap(language: str) -> str:
    """White space after a qualifier, or none after an elided one ("jusqu'à 500")."""
    elided = any(q.endswith(("'", "’")) for q in vocabulary(language)["qualifiers"])
    return r"(?:\s+|(?<=['’]))" if elided else r"\s+"


def _pattern(language: str = "en") -> str:
    """One path with optional parts (qualifier, from/between, currency, second number, units):
    no alternative is re-tried from the start, so a failed attempt is cheap."""
    vocab = vocabulary(language)
    num = _number_pattern(language)
    units = _units_pattern(language)
    unit = rf"\s*{_unit_linker(language)}"
    currency = words(vocab["currency_prefixes"])
    articles = vocab.get("range_articles")
    article = rf"(?:(?i:{words(articles)})\s+)?" if articles else ""  # "entre el 40 y el 55"
    return (
        r"(?<![\w.,/$€£%&@–-])"
        rf"(?:{first_letters(vocab['qualifiers'])}"
        rf"(?P<qual>(?i:{words(vocab['qualifiers'])})){_qualifier_gap(language)})?"
        rf"(?:(?P<pre>(?i:{words(vocab['range_openers'])}))\s+{article})?"
        rf"(?:(?P<cur>{currency})\s?)?"
        rf"(?P<n1>{num})"
        rf"(?:{unit}(?P<unit1>{units}))?"
        rf"(?:(?P<conn>\s*[-–]\s*|\s+(?i:{words(vocab['range_connectors'])})\s+){article}"
        rf"(?:(?:{currency})\s?)?(?P<n2>{num}))?"
        rf"(?:{unit}(?P<unit>{units}))?"
        r"(?![\w/@]|[.,]\d|[-–]\w)"
    )


@cache
def quantity_pattern(language: str = "en") -> re.Pattern[str]:
    """The compiled QUANTITY grammar of ``language`` (compiled once per process)."""
    return re.compile(_pattern(language))


def kind_of(match: re.Match[str], language: str = "en") -> str:
    """The form of a match: "change" (from X to Y), "between", "dash", "to" (X to/or Y), "single"
    (or "invalid": "X and Y" without "between")."""
    n2, conn, pre = match.group("n2", "conn", "pre")
    return kind_from(n2, canonical(language, "range_connectors", conn), pre_word(language, pre))


def pre_word(language: str, pre: str | None) -> str:
    """The English range opener ("from", "between") of a matched one ("entre", "de"), or ""."""
    return canonical(language, "range_openers", pre)


def kind_from(n2: str | None, conn: str | None, pre: str | None) -> str:
    """:func:`kind_of` from the groups it reads, with English words (a caller holding them
    skips the look-ups; :func:`canonical` gives a language's range words in English)."""
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


def _english_digits(folded: str, language: str) -> str:
    """ "12 500,5" / "5.000" written as English digits ("12500.5", "5000") for the parser."""
    number_format = vocabulary(language)["number_format"]
    if number_format["decimal"] == ".":
        return folded
    mark = re.escape(number_format["thousands"])
    folded = re.sub(rf"(?<=\d)(?:{mark}|\s)(?=\d{{3}}(?!\d))", "", folded)
    return re.sub(rf"(?<=\d){re.escape(number_format['decimal'])}(?=\d)", ".", folded)


def parse_number(text: str, language: str = "en") -> float | None:
    """The value of "17,764", "12 500", "1.2 million", "two", "twenty-five", "a dozen" (and of
    "5.000", "1,5 millones", "veinte", "trois cents" in Spanish and French)."""
    if text.isascii() and text.isdigit():  # most numbers: what the general path gives, sooner
        value = float(text)
        return value if value <= MAX_VALUE else None
    vocab = vocabulary(language)
    folded = " ".join(text.casefold().split())
    if folded in vocab["a_numbers"]:
        return float(vocab["a_numbers"][folded])
    parts = _SPLIT.split(_english_digits(folded, language))
    if parts and parts[0][:1].isdigit():
        head = parts[0].replace(",", "")
        rest = parts[1:]
        while rest and rest[0].isdigit():  # space-separated thousands
            head += rest.pop(0)
        value = float(head)
        for part in rest:
            value *= vocab["multipliers"].get(part, 1)
    else:
        words_value = _words_value(parts, language)
        if words_value is None:
            return None
        value = words_value
    return value if 0 <= value <= MAX_VALUE else None


def _compounds(parts: list[str], numbers: dict[str, float]) -> list[str]:
    """Hyphen-split number words with the data's hyphenated words rejoined ("quatre-vingt-dix":
    "quatre-vingt" is 80, not 4 + 20)."""
    merged: list[str] = []
    for part in parts:
        if merged and f"{merged[-1]}-{part}" in numbers:
            merged[-1] = f"{merged[-1]}-{part}"
        else:
            merged.append(part)
    return merged


def _words_value(parts: list[str], language: str) -> float | None:
    """The value of number words ("twenty-five", "one hundred and five", "dos mil millones")."""
    vocab = vocabulary(language)
    numbers, scales = vocab["number_words"], vocab["multipliers"]
    joined_after = vocab.get("joiner_after") or scales  # "treinta y cinco" / "hundred and five"
    total, current = 0.0, 0.0
    previous = ""
    for part in _compounds(parts, numbers):
        if part in vocab["number_joiners"]:
            if previous not in joined_after:
                return None  # "two and three" is two numbers, not one
            continue
        previous = part
        if part in numbers:
            current += numbers[part]
        elif part in scales:
            scale = scales[part]
            if vocab.get("stacked_scales") and scale >= 1000 and total and not current:
                total *= scale  # "mil millones": a thousand millions
                continue
            current = max(current, 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        else:
            return None
    return total + current


@cache
def quantity_matcher(language: str = "en") -> AnchoredMatcher:
    """The QUANTITY grammar tried only near digits and number words (see anchored.py)."""
    vocab = vocabulary(language)
    number_words = [*vocab["number_words"], *vocab["multipliers"]]
    known = set(number_words)
    # "a dozen", "une dizaine": a phrase with no number word is anchored on its last word
    number_words += [p.split()[-1] for p in vocab["a_numbers"] if known.isdisjoint(p.split())]
    number_words += [word.capitalize() for word in number_words]
    anchors = re.compile(class_first_pattern([(DIGITS, ""), word_branch(number_words)]))
    openers = [
        *vocab["range_openers"],
        *vocab["qualifiers"],
        *vocab["currency_prefixes"],
        *vocab["a_numbers"],
    ]
    openers += [
        regex.split("['’]", opener)[0] for opener in openers if regex.search("['’]", opener)
    ]
    return AnchoredMatcher(quantity_pattern(language), anchors, openers, reach=30)
