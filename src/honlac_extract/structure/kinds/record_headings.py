"""A meeting record's agenda-item headings: "Agenda item 107: Crime prevention and criminal
justice (continued) (A/76/80 and A/76/117)".

A summary record prints the item under debate as a heading of its own (wrapped over a few
lines, alone between blank lines, no closing full stop) above the statements on it; it is a
sub-heading outside any Roman section, not a paragraph. The contents list repeats the same
lines one after another with no blank line between them, so it opens none.
"""

from __future__ import annotations

import re

from ...conditioning import Mask
from .rules import body_rules

_WRAPPED = 5  # continuation lines of a wrapped heading
_LINE = re.compile(r"[^\n]*")
_NUMBERED = re.compile(r"[ \t]*\d{1,3}\.[ \t]")
_BLANK_BEFORE = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*\Z")


def _block_end(text: str, line_end: int) -> int | None:
    """End of the heading whose first line ends at ``line_end`` with its wrapped lines, or
    None when no blank line (or the end of the text) closes it within ``_WRAPPED`` lines."""
    end = line_end
    for _ in range(_WRAPPED + 1):
        if end == len(text) or text.startswith("\n", end) and not _following(text, end):
            return end
        following = _LINE.match(text, end + 1)
        if following is None or body_rules().record_heading.match(following.group()):
            return None
        if _NUMBERED.match(following.group()):  # a statement's number: the heading ended
            return end
        end = following.end()
    return None


def _following(text: str, end: int) -> str:
    match = _LINE.match(text, end + 1)
    return match.group().strip() if match else ""


def record_headings(text: str, mask: Mask, language: str) -> dict[int, int]:
    """Start -> end of every agenda-item heading of a meeting record in ``text``."""
    found: dict[int, int] = {}
    for match in body_rules(language).record_heading.finditer(text):
        start = match.start("head")
        if mask.contains(start) or not _BLANK_BEFORE.search(text, max(0, start - 40), start):
            continue
        end = _block_end(text, match.end())
        if end is not None and not text[start:end].rstrip().endswith((".", ";")):
            found[start] = end
    return found
