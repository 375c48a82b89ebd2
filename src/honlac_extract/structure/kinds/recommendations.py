"""Numbered recommendation headings and run-in lettered lines, in a meeting report.

"3. Recommendation on precursor control" under "A. Recommendations adopted by the meeting"
numbers a recommendation, not a paragraph: it is a heading (the sub-heading of the paragraph
after it) and its number is kept out of the paragraph sequence. In flattened text the
lettered line runs straight into the recommendation heading after it ("A. Recommendations
adopted by the working group ... Recommendation 1: Container control 2. Governments ..."):
the recommendation heading is where the lettered line ends; so is the paragraph number after
a lettered line with no heading under it ("... States. B. Attendance 6. The Meeting ..."), and
a lettered line may follow a section title's last word ("II. Organization A. Opening 5. ...").
"""

from __future__ import annotations

from ...conditioning import Mask, Rules
from ..headings import looks_like_heading
from .rules import body_rules

_NUMBER_END = ". \t\n0123456789"
_BEFORE = 80  # characters before a heading read for the sentence end or blank line


def run_in_lettered(text: str, mask: Mask, rules: Rules) -> dict[int, int]:
    """Start -> end of every lettered line run into the recommendation heading or paragraph
    number after it."""
    found: dict[int, int] = {}
    for pattern in body_rules(rules.language).lettered_run_in:
        for match in pattern.finditer(text):
            start, end = match.start("head"), match.end("head")
            if not mask.contains(start) and looks_like_heading(text[start + 2 : end], rules):
                found.setdefault(start, end)
    return found


def recommendation_headings(
    text: str, mask: Mask, rules: Rules, lettered: dict[int, int]
) -> dict[int, int]:
    """Start -> end of every numbered recommendation heading outside masked text that follows
    a sentence end, a blank line or one of the ``lettered`` lines (start -> end)."""
    compiled = body_rules(rules.language)
    after_lettered = set(lettered.values())
    found: dict[int, int] = {}
    for pattern in compiled.recommendation_headings:
        for match in pattern.finditer(text):
            start, end = match.start("head"), match.end("head")
            if mask.contains(start) or start in found:
                continue
            before = text[max(start - _BEFORE, 0) : start]
            placed = compiled.heading_after.search(before) or (
                start - (len(before) - len(before.rstrip())) in after_lettered
            )
            title = text[start:end].lstrip(_NUMBER_END)
            if placed and looks_like_heading(title, rules):
                found[start] = end
    return found
