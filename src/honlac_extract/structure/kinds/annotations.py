"""An annotated agenda: the numbered item list, then the annotations under item headings.

"1. Election of officers." ... "7. Adoption of the report." are the agenda's printed
paragraphs; the annotations section repeats each item as a heading ("1. Election of
officers", on a line of its own, no full stop) with unnumbered paragraphs under it. Such a
heading is a numbered line repeating the words an earlier numbered line of the same number
starts with: its number is not a paragraph's, and the paragraphs under it get -1, -2, ...
(kind "annotation"). A blank line ends one only after a sentence end, so a page break inside
an annotation keeps it whole.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ...conditioning import Mask, Span
from .blocks import paragraph_blocks
from .rules import body_rules

_PUNCTUATION = ".,;:"
_WRAPPED = 4  # continuation lines of a wrapped item or heading
_LINE = re.compile(r"[^\n]*")
_NUMBERED = re.compile(r"[ \t]*\d{1,2}\.[ \t]")
_BLANK = re.compile(r"\n[ \t]*\n")
_BLANK_BEFORE = re.compile(r"\n[ \t]*\n[ \t]*\Z")
_BEFORE = 12
_EARLIER = 8  # earlier lines kept per number (an item list prints each number once)


def _words(text: str) -> list[str]:
    return [word.strip(_PUNCTUATION) for word in text.split()]


def _block(text: str, start: int, line_end: int) -> tuple[int, bool]:
    """End of the numbered line at ``line_end`` with its wrapped continuation lines (up to
    ``_WRAPPED`` of them, none starting with a number) and whether a blank line (or the end
    of the text) follows it."""
    end = line_end
    for _ in range(_WRAPPED):
        following = _LINE.match(text, end + 1) if text.startswith("\n", end) else None
        if following is None or not following.group().strip():
            break
        if _NUMBERED.match(following.group()):
            return end, False
        end = following.end()
    after = text[end : end + 2]
    return end, after in ("", "\n") or bool(_BLANK.match(text, end))


def annotation_headings(text: str, mask: Mask) -> dict[int, int]:
    """Start -> end of every numbered heading (a line and its wrapped lines, alone between
    blank lines, no closing full stop) that repeats the first words of an earlier numbered
    line with the same number (an agenda item's annotation heading)."""
    pattern = body_rules().annotation_heading
    earlier: dict[str, list[list[str]]] = {}
    found: dict[int, int] = {}
    for match in pattern.finditer(text):
        start = match.start("number")
        if mask.contains(start):
            continue
        end, alone = _block(text, start, match.end("title"))
        title = text[match.start("title") : end]
        number, words = match.group("number"), _words(title)
        blank_before = match.start() == 0 or bool(
            _BLANK_BEFORE.search(text, max(match.start() - _BEFORE, 0), match.start())
        )
        heading = alone and blank_before and not title.rstrip().endswith((".", ";", ":"))
        if heading and any(line[: len(words)] == words for line in earlier.get(number, [])):
            found[start] = end
        elif len(earlier.setdefault(number, [])) < _EARLIER:
            earlier[number].append(words)
    return found


_FLAT_NUMBER = re.compile(r"(?<![\w.,/])(\d{1,2})\.[ \t\u00a0]+(?=[A-Z])")
_FLAT_WORDS = 60  # most words of one item of the list


def flat_annotation_headings(text: str, mask: Mask) -> dict[int, int]:
    """The annotation headings of a flattened agenda, where no line says where a heading
    ends: "... 1. Election of officers In accordance with ..." repeats all the words of the
    list's item 1 ("1. Election of officers."), without its full stop, and a capitalised
    word follows; the heading ends after the repeated words."""
    items: dict[str, list[str]] = {}
    found: dict[int, int] = {}
    for match in _FLAT_NUMBER.finditer(text):
        start = match.start(1)
        if mask.contains(start):
            continue
        number = match.group(1)
        words = list(re.finditer(r"\S+", text[match.end() : match.end() + 600]))[:_FLAT_WORDS]
        item = items.get(number)
        if item is None:
            full = _item_words(words)
            if full:
                items[number] = full
            continue
        repeated = _repeated(item, [w.group() for w in words])
        if repeated:
            found[start] = match.end() + words[repeated - 1].end()
    return found


def _repeated(item: list[str], words: list[str]) -> int:
    """How many of ``words`` repeat the item's words up to one of its clause ends ("working
    groups:", "officers."), unpunctuated and followed by a capitalised word; 0 if none."""
    count = 0
    while count < min(len(item), len(words) - 1) and words[count].rstrip(_PUNCTUATION) == item[
        count
    ].rstrip(_PUNCTUATION):
        count += 1
    if not count or words[count - 1][-1] in _PUNCTUATION or not words[count][:1].isupper():
        return 0
    return count if item[count - 1][-1] in ".:;" else 0


def _item_words(words: list[re.Match[str]]) -> list[str]:
    """The words of a list item up to the one closing it with a full stop, or [] when no
    full stop closes it within reach."""
    for index, word in enumerate(words):
        if word.group().endswith("."):
            return [w.group() for w in words[: index + 1]]
    return []


def annotation_blocks(
    text: str, mask: Mask, headings: dict[int, int], stops: list[int], numbered: list[int]
) -> list[list[Span]]:
    """The paragraphs under each annotation heading (of ``headings``, start -> end), up to the
    next heading, stop or numbered paragraph."""
    compiled = body_rules()
    starts = sorted(headings)
    limits = sorted({*starts, *stops, *numbered})
    blocks: list[list[Span]] = []
    for start in starts:
        end_of_line = headings[start]
        index = bisect_right(limits, end_of_line)
        end = limits[index] if index < len(limits) else len(text)
        blocks += paragraph_blocks(text, mask, end_of_line, end, compiled)
    return blocks
