"""Masthead lines the layout splits: a verbatim record prints "GENERAL" over "ASSEMBLY" and
"46th" over "PLENARY MEETING" in two columns, so the reader's lines interleave them with the
other column's ("46th", "GENERAL", "PLENARY MEETING", "Monday, ...", "ASSEMBLY").

Two short lines a few lines apart are joined when together, and only together, they make an
organ's name or a meeting line; the second is then dropped where it stood.
"""

from __future__ import annotations

from .lines import Line
from .rules import MastheadRules

REACH = 4
"""How many lines further down the second half of a split line may be."""
SHORT = 3
"""Words at most in each half."""


def _whole(text: str, rules: MastheadRules) -> bool:
    if rules.organ.fullmatch(text):
        return True
    meeting = rules.meeting_line.match(text)
    return meeting is not None and meeting.end() == len(text)


def joined_lines(lines: list[Line], rules: MastheadRules) -> list[Line]:
    """``lines`` with split organ names and meeting lines joined on their first half's line."""
    out = list(lines)
    used: set[int] = set()
    for index, line in enumerate(lines):
        if index in used or len(line.text.split()) > SHORT or _whole(line.text, rules):
            continue
        for other in range(index + 1, min(index + 1 + REACH, len(lines))):
            second = lines[other]
            if other in used or len(second.text.split()) > SHORT or _whole(second.text, rules):
                continue
            text = f"{line.text} {second.text}"
            if _whole(text, rules):
                out[index] = Line(text, line.start, second.end, line.block)
                used.add(other)
                break
    return [line for index, line in enumerate(out) if index not in used]
