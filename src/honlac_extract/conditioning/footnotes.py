"""Footnote blocks at page feet: "*", "**", "∗" and numbered footnotes.

A star footnote starts at a marker that stands alone before its text (a reference marker is
glued to the word it follows). A numbered footnote is only believed right after a separator
or another footnote, where a number cannot be the start of a sentence. On a normal line a
footnote runs to the end of its line (and onto the next lines until a sentence ends); in a
flattened note, where the line is the whole page, it ends at its first sentence end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .mask import Mask
from .rules import Rules, iter_sentence_ends

_LINE_MODE_MAX = 400
_FLAT_MAX = 600
_SPACE = re.compile(r"\s*")


@dataclass(frozen=True)
class FootnoteBlock:
    """A footnote: its marker, and where marker and text start and end."""

    marker: str
    start: int
    text_start: int
    end: int


def _first_sentence_end(text: str, start: int, end: int) -> int | None:
    return next(iter_sentence_ends(text, start, end), None)


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _next_thing_ends(text: str, position: int, rules: Rules, furniture: Mask) -> bool:
    """Whether another footnote, a separator or furniture follows ``position``."""
    while position < len(text) and text[position] in " \t\u00a0":
        position += 1
    if position >= len(text) or furniture.contains(position):
        return True
    marker = rules.footnote_marker.match(text, position) or rules.numbered_footnote_marker.match(
        text, position
    )
    return marker is not None and rules.footnote_text_start.match(text, marker.end()) is not None


def _line_mode_end(text: str, text_start: int, line_end: int, rules: Rules, furniture: Mask) -> int:
    """End of a footnote that opens its line: the line's end, or the first sentence end that
    another footnote or furniture follows on the same line; a line without a final sentence
    end continues on the next line (up to its first sentence end)."""
    for sentence in iter_sentence_ends(text, text_start, line_end):
        if sentence < _rstrip_end(text, text_start, line_end) and _next_thing_ends(
            text, sentence, rules, furniture
        ):
            return sentence
    end = _rstrip_end(text, text_start, line_end)
    while end < len(text) and not rules.sentence_end.search(text[max(end - 3, 0) : end] + " "):
        next_start = end
        while next_start < len(text) and text[next_start] in " \t\u00a0":
            next_start += 1
        if next_start >= len(text) or text[next_start] != "\n":
            break
        next_start += 1
        limit = min(next_start + _LINE_MODE_MAX + 1, len(text))
        newline = text.find("\n", next_start, limit)
        next_end = limit if newline < 0 else newline
        line = text[next_start:next_end]
        first = next_start + len(line) - len(line.lstrip())
        if (
            not line.strip()
            or next_end - next_start > _LINE_MODE_MAX
            or furniture.contains(first)
            or rules.footnote_marker.match(text, first)
        ):
            break
        found = _first_sentence_end(text, next_start, next_end)
        if found is not None:
            return found
        end = _rstrip_end(text, next_start, next_end)
    return end


def _end_of(text: str, marker: int, text_start: int, rules: Rules, furniture: Mask) -> int:
    """Where a footnote whose marker is at ``marker`` and text at ``text_start`` ends.

    A marker that opens its line (after a separator at most) runs to the end of the line
    (see :func:`_line_mode_end`); a marker in the middle of a line (a flattened note) ends at
    its first sentence end.
    """
    limit = min(text_start + _LINE_MODE_MAX + 1, len(text))
    newline = text.find("\n", text_start, limit)
    line_end = limit if newline < 0 else newline
    window = max(marker - _LINE_MODE_MAX, 0)
    line_start = text.rfind("\n", window, marker) + 1
    opens_line = (line_start > 0 or window == 0) and not text[line_start:marker].strip(" \t\u00a0_")
    if opens_line and (newline >= 0 or limit == len(text)):
        return _line_mode_end(text, text_start, line_end, rules, furniture)
    sentence = _first_sentence_end(text, text_start, min(text_start + _FLAT_MAX, len(text)))
    if sentence is not None:
        return sentence
    cut = text.rfind(" ", text_start, min(text_start + _FLAT_MAX // 2, len(text)))
    return cut if cut > text_start else line_end


def _at(
    text: str, position: int, numbered: bool, rules: Rules, furniture: Mask
) -> FootnoteBlock | None:
    """The footnote starting at ``position`` (after whitespace), if one does."""
    position = _SPACE.match(text, position).end()  # type: ignore[union-attr]
    if position >= len(text) or furniture.contains(position):
        return None
    match = rules.footnote_marker.match(text, position)
    if match is None and numbered:
        match = rules.numbered_footnote_marker.match(text, position)
    if match is None or not rules.footnote_text_start.match(text, match.end()):
        return None
    end = _end_of(text, match.start(), match.end(), rules, furniture)
    if end <= match.end():
        return None
    return FootnoteBlock(match.group(1), match.start(), match.end(), end)


def find_footnotes(
    text: str, rules: Rules, furniture: Mask, separators: list[int]
) -> list[FootnoteBlock]:
    """Every footnote block of ``text``; ``separators`` are the ends of separator lines."""
    starts: list[tuple[int, bool]] = [
        (m.start(), False)
        for m in rules.footnote_marker.finditer(text)
        if m.start() == 0 or text[m.start() - 1].isspace() or text[m.start() - 1] == "_"
    ]
    starts += [(end, True) for end in separators]
    starts.sort()
    blocks: list[FootnoteBlock] = []
    covered = -1
    for position, numbered in starts:
        if position < covered:
            continue
        block = _at(text, position, numbered, rules, furniture)
        while block is not None:
            blocks.append(block)
            covered = block.end
            block = _at(text, block.end, True, rules, furniture)
    return blocks
