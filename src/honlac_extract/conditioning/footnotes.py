"""Footnote blocks at page feet: "*", "**", "∗" and numbered footnotes.

A star footnote starts at a marker that stands alone before its text (a reference marker is
glued to the word it follows). A number followed by a capitalised word is believed to open a
footnote right after a separator, at the start of a line after another footnote, or, anywhere
(a flattened note has neither lines nor, often, separators), when the body referenced that
number shortly before with a glued marker ("Meeting1", "recommendations.2") and it follows a
sentence end, furniture, a running header or another footnote (mid-sentence, "to 1 September"
is far likelier a date than a page break).
On a normal line a footnote runs to the end of its line (and onto the next lines until a
sentence ends); in a flattened note, where the line is the whole page, it runs to the first
sentence end that another footnote or furniture follows (never over a paragraph number or
section numeral), else to its first sentence end.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

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


@dataclass
class _References:
    """Glued footnote references in the body by number, and the numbers already used."""

    window: int
    by_number: dict[int, list[int]] = field(default_factory=dict)
    used: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, text: str, rules: Rules) -> _References:
        refs = cls(rules.footnote_reference_window)
        for match in rules.footnote_reference.finditer(text):
            refs.by_number.setdefault(int(match.group(1)), []).append(match.start())
        return refs

    def believes(self, number: int, position: int) -> bool:
        """Whether footnote ``number`` at ``position`` was referenced shortly before."""
        positions = self.by_number.get(number)
        if not positions or number in self.used:
            return False
        index = bisect_left(positions, position) - 1
        return index >= 0 and position - positions[index] <= self.window


def _after_break(text: str, position: int, rules: Rules, furniture: Mask) -> bool:
    """Whether a sentence end, furniture, a running header or the text start precedes
    ``position`` (white space between)."""
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or furniture.contains(end - 1):
        return True
    if end in iter_sentence_ends(text, max(end - 8, 0), end, rules):
        return True
    start = end
    while start > max(end - 80, 0) and not text[start - 1].isspace():
        start -= 1
    return rules.symbol.fullmatch(text[start:end].strip("*∗")) is not None


def _opens_line(text: str, position: int) -> bool:
    line_start = text.rfind("\n", max(position - _LINE_MODE_MAX, 0), position) + 1
    return line_start > 0 and not text[line_start:position].strip(" \t\u00a0_")


def _first_sentence_end(text: str, start: int, end: int, rules: Rules) -> int | None:
    return next(iter_sentence_ends(text, start, end, rules), None)


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _next_thing_ends(
    text: str, position: int, rules: Rules, furniture: Mask, refs: _References | None = None
) -> bool:
    """Whether another footnote, a separator or furniture follows ``position`` (with ``refs``,
    for a flattened footnote: a numbered footnote must be referenced, and the end of the text
    does not count, since a flattened page foot ends with furniture)."""
    while position < len(text) and text[position] in " \t\u00a0":
        position += 1
    if position >= len(text):
        return refs is None
    if furniture.contains(position):
        return True
    marker = rules.footnote_marker.match(text, position)
    if marker is None:
        marker = rules.numbered_footnote_marker.match(text, position)
        if (
            marker is not None
            and refs is not None
            and not refs.believes(int(marker.group(1)), position)
        ):
            return False
    return marker is not None and rules.footnote_text_start.match(text, marker.end()) is not None


def _numbered_element_follows(text: str, position: int, rules: Rules) -> bool:
    """Whether a paragraph number ("7. The") or section numeral ("IV. Title") follows."""
    position = _SPACE.match(text, position).end()  # type: ignore[union-attr]
    return bool(
        rules.paragraph_number.match(text, position) or rules.section_number.match(text, position)
    )


def _line_mode_end(text: str, text_start: int, line_end: int, rules: Rules, furniture: Mask) -> int:
    """End of a footnote that opens its line: the line's end, or the first sentence end that
    another footnote or furniture follows on the same line; a line without a final sentence
    end continues on the next line (up to its first sentence end)."""
    for sentence in iter_sentence_ends(text, text_start, line_end, rules):
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
        found = _first_sentence_end(text, next_start, next_end, rules)
        if found is not None:
            return found
        end = _rstrip_end(text, next_start, next_end)
    return end


def _end_of(
    text: str, marker: int, text_start: int, rules: Rules, furniture: Mask, refs: _References
) -> int:
    """Where a footnote whose marker is at ``marker`` and text at ``text_start`` ends.

    A marker that opens its line (after a separator at most) runs to the end of the line
    (see :func:`_line_mode_end`); a marker in the middle of a line (a flattened note) ends at
    the first sentence end that another footnote or furniture follows, else at its first.
    """
    limit = min(text_start + _LINE_MODE_MAX + 1, len(text))
    newline = text.find("\n", text_start, limit)
    line_end = limit if newline < 0 else newline
    window = max(marker - _LINE_MODE_MAX, 0)
    line_start = text.rfind("\n", window, marker) + 1
    opens_line = (line_start > 0 or window == 0) and not text[line_start:marker].strip(" \t\u00a0_")
    if opens_line and (newline >= 0 or limit == len(text)):
        return _line_mode_end(text, text_start, line_end, rules, furniture)
    first = None
    for sentence in iter_sentence_ends(
        text, text_start, min(text_start + _FLAT_MAX, len(text)), rules
    ):
        if _next_thing_ends(text, sentence, rules, furniture, refs):
            return sentence
        first = sentence if first is None else first
        if _numbered_element_follows(text, sentence, rules):
            break  # a footnote never runs over a numbered paragraph or section
    if first is not None:
        return first
    cut = text.rfind(" ", text_start, min(text_start + _FLAT_MAX // 2, len(text)))
    return cut if cut > text_start else line_end


def _at(
    text: str, position: int, numbered: str, rules: Rules, furniture: Mask, refs: _References
) -> FootnoteBlock | None:
    """The footnote starting at ``position`` (after whitespace), if one does.

    ``numbered`` says when a numbered marker is believed: "no", "yes" (after a separator),
    "chain" (after a footnote: at a line start or when referenced) or "referenced".
    """
    position = _SPACE.match(text, position).end()  # type: ignore[union-attr]
    if position >= len(text) or furniture.contains(position):
        return None
    match = rules.footnote_marker.match(text, position)
    if match is None and numbered != "no":
        match = rules.numbered_footnote_marker.match(text, position)
        if match is not None and numbered != "yes":
            number = int(match.group(1))
            believed = refs.believes(number, position) and (
                numbered == "chain" or _after_break(text, position, rules, furniture)
            )
            if not (believed or (numbered == "chain" and _opens_line(text, position))):
                return None
    if match is None or not rules.footnote_text_start.match(text, match.end()):
        return None
    end = _end_of(text, match.start(), match.end(), rules, furniture, refs)
    if end <= match.end():
        return None
    if match.group(1).isdigit():
        refs.used.add(int(match.group(1)))
    return FootnoteBlock(match.group(1), match.start(), match.end(), end)


def find_footnotes(
    text: str, rules: Rules, furniture: Mask, separators: list[int]
) -> list[FootnoteBlock]:
    """Every footnote block of ``text``; ``separators`` are the ends of separator lines."""
    refs = _References.of(text, rules)
    starts: list[tuple[int, str]] = [
        (m.start(), "no")
        for m in rules.footnote_marker.finditer(text)
        if m.start() == 0 or text[m.start() - 1].isspace() or text[m.start() - 1] == "_"
    ]
    starts += [(end, "yes") for end in separators]
    if refs.by_number:
        for match in rules.numbered_footnote_marker.finditer(text):
            start = match.start()
            if (start == 0 or text[start - 1].isspace()) and refs.believes(
                int(match.group(1)), start
            ):
                starts.append((start, "referenced"))
    starts.sort()
    blocks: list[FootnoteBlock] = []
    covered = -1
    for position, numbered in starts:
        if position < covered:
            continue
        block = _at(text, position, numbered, rules, furniture, refs)
        while block is not None:
            blocks.append(block)
            covered = block.end
            block = _at(text, block.end, "chain", rules, furniture, refs)
    return blocks
