"""Page furniture: job numbers, barcodes, footnote separators, running headers, page numbers.

None of it is note text; every match becomes an excluded range. Page numbers are only
recognised where they cannot be prose: alone on a line, next to other furniture (in a
flattened note the page foot "2 V.01-82895" survives only as such a cluster) or right after
a footnote on its line (a flattened page foot without a job number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .mask import Span, merge
from .rules import Rules

_LAST_NUMBER = re.compile(r"(?<=[.!?])\s+\d{1,3}\s*$")
_WORD_BEFORE = re.compile(r"([\w(]+)\W*$")
_NEAR = 120
_PAD = " \t\u00a0"


def _glued(text: str, start: int) -> bool:
    """Whether the match at ``start`` continues a word (so is not furniture)."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "./-")


@dataclass(frozen=True)
class Furniture:
    """One piece of page furniture."""

    label: str
    start: int
    end: int


def fixed_furniture(text: str, rules: Rules) -> list[Furniture]:
    """Job numbers, barcodes, separators and the page numbers next to them or alone on a line."""
    found = [
        Furniture(rule.label, m.start(), m.end())
        for rule in rules.furniture
        for m in rule.pattern.finditer(text)
        if not _glued(text, m.start())
    ]
    last = _LAST_NUMBER.search(text, max(len(text) - 12, 0))
    if last:
        found.append(Furniture("page_number", last.start(), last.end()))
    return with_adjacent_page_numbers(text, found, rules)


@cache
def _adjacent(page: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns for a page number just before / just after other furniture.

    On the furniture's line ("2  V.18-04512", "V.18-04512  3") any number is the page's;
    across a line break only a number alone on its line (or, before the furniture, after a
    sentence end) is, since the line before or after is body text that may end or start
    with a number ("a total of 13", "13 Member States").
    """
    space = r"[ \t\u00a0]"
    opens = r"(?:^|(?<=\n)|(?<=[.!?;:)\]”\"’*∗][ \t\u00a0]))"
    before = re.compile(
        rf"(?:(?<=\s)(?:{page}){space}+|{opens}{space}*(?:{page}){space}*\n{space}*)$"
    )
    after = re.compile(
        rf"(?:{space}+(?:{page})(?=\s|$)(?!\s+[A-Z][a-z]+[ \u00a0]+\d{{4}})"
        rf"|{space}*\n{space}*(?:{page}){space}*(?=\n|$))"
    )
    return before, after


def with_adjacent_page_numbers(text: str, found: list[Furniture], rules: Rules) -> list[Furniture]:
    """Add bare 1-3 digit numbers next to job numbers, barcodes or headers (whitespace between).

    A number followed by a month and year is the day of a date, not a page number.
    """
    number_before, number_after = _adjacent(rules.page_number.pattern)
    out = list(found)
    for item in found:
        if item.label in ("separator", "page_number"):
            continue
        gap_start = item.start  # a page foot may pad number and job number with any spaces
        while gap_start > 0 and text[gap_start - 1] in _PAD:
            gap_start -= 1
        before = number_before.search(text, max(gap_start - _NEAR, 0), item.start)
        if before:
            out.append(Furniture("page_number", before.start(), before.end()))
        gap_end = item.end
        while gap_end < len(text) and text[gap_end] in _PAD:
            gap_end += 1
        after = number_after.match(text, item.end, min(gap_end + _NEAR, len(text)))
        if after:
            out.append(Furniture("page_number", after.start(), after.end()))
    unique = {(f.start, f.end, f.label): f for f in out}
    return [unique[key] for key in sorted(unique)]


@cache
def _after_footnote(page: str) -> re.Pattern[str]:
    return re.compile(rf"[ \t\u00a0]+(?:{page})(?=[ \t\u00a0]+[^\s\d]|[ \t\u00a0]*$)")


def page_numbers_after_footnotes(text: str, rules: Rules, ends: list[int]) -> list[Furniture]:
    """A bare number on the line of a footnote, right after it: the page foot of a flattened
    note whose job number is missing ("... subsidiary body. 2 Asia.")."""
    pattern = _after_footnote(rules.page_number.pattern)
    found = []
    for end in ends:
        match = pattern.match(text, end)
        if match:
            found.append(Furniture("page_number", match.start(), match.end()))
    return found


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all of its line (spaces aside): a page's running header
    even when the line before ends with "in" or "el" (a paragraph broken by the page)."""
    before = text[max(start - _NEAR, 0) : start]  # bounded: a flattened note is one line
    after = text[end : end + _NEAR]
    if "\n" in before:
        before = before[before.rfind("\n") + 1 :]
    elif start > _NEAR:
        return False
    return not before.strip(_PAD) and not after.split("\n", 1)[0].strip(_PAD)


def running_headers(
    text: str, rules: Rules, footnotes: list[Span]
) -> tuple[list[Furniture], list[str]]:
    """Document symbols printed as headers (not inside a footnote, not cited in a sentence).

    Returns the furniture and the symbols in order of appearance (the note's own symbol first).
    """
    spans = merge(footnotes)
    found: list[Furniture] = []
    symbols: list[str] = []
    index = 0
    for match in rules.symbol.finditer(text):
        start = match.start()
        if _glued(text, start):
            continue
        while index < len(spans) and spans[index][1] <= start:
            index += 1
        if index < len(spans) and spans[index][0] <= start:
            continue
        word = (
            None
            if _alone_on_line(text, start, match.end())
            else _WORD_BEFORE.search(text, max(start - 40, 0), start)
        )
        if word and (word.group(1).lower() in rules.symbol_prose_words or word.group(1) == "("):
            continue
        if start > 0 and text[start - 1] == "(":
            continue
        found.append(Furniture("running_header", start, match.end()))
        symbols.append(match.group())
    found += _repeated_symbol_lines(text, rules, spans, found)
    found.sort(key=lambda item: item.start)
    return with_adjacent_page_numbers(text, found, rules), symbols


def _repeated_symbol_lines(
    text: str, rules: Rules, footnotes: list[Span], found: list[Furniture]
) -> list[Furniture]:
    """Lines that are only a UN symbol of any series whose first symbol is printed earlier:
    the running header of a letter or report of the General Assembly or Security Council."""
    taken = [(item.start, item.end) for item in found]
    lines = []
    for match in rules.symbol_line.finditer(text):
        start, end = match.span("first")[0], match.end()
        while end > start and text[end - 1] in " \t":
            end -= 1
        if text.find(match.group("first"), 0, start) < 0:
            continue  # first printed here: the masthead, not a repeat
        inside = [s for s, e in footnotes if s <= start < e] + [
            s for s, e in taken if s < end and start < e
        ]
        if not inside:
            lines.append(Furniture("running_header", start, end))
    return lines
