"""The contents list ("I. Introduction ...... 2") printed before the body: never the body."""

from __future__ import annotations

from .mask import Span
from .rules import Rules

_BACK = 160


def find_contents(text: str, rules: Rules) -> Span | None:
    """The span of the contents list: from its heading (or first entry) to its last page number.

    Entries are dot leaders followed by a page number; the list is the first run of entries
    each within ``contents_max_gap`` characters of the previous one, and needs two entries
    or a "Contents" heading.
    """
    entries: list[Span] = []
    for match in rules.contents_leader.finditer(text):
        page = rules.contents_page.match(text, match.end())
        if page is None or page.end() == match.end():
            continue
        if entries and match.start() - entries[-1][1] > rules.contents_max_gap:
            break
        entries.append((match.start(), page.end()))
    if not entries:
        return None
    first = entries[0][0]
    heading = None
    for candidate in rules.contents_heading.finditer(
        text, max(first - 4 * rules.contents_max_gap, 0), first
    ):
        heading = candidate
    if heading is None and len(entries) < 2:
        return None
    if heading is not None:
        start = heading.start()
    else:
        newline = text.rfind("\n", max(first - _BACK, 0), first)
        start = newline + 1 if newline >= 0 else max(first - _BACK, 0)
    return (start, entries[-1][1])
