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

from bisect import bisect_right

from ...conditioning import Mask, Span
from .rules import body_rules

_PUNCTUATION = ".,;:"


def _words(text: str) -> list[str]:
    return [word.strip(_PUNCTUATION) for word in text.split()]


def annotation_headings(text: str, mask: Mask) -> dict[int, int]:
    """Start -> end of every numbered heading line that repeats the first words of an earlier
    numbered line with the same number (an agenda item's annotation heading)."""
    pattern = body_rules().annotation_heading
    earlier: dict[str, list[list[str]]] = {}
    found: dict[int, int] = {}
    for match in pattern.finditer(text):
        start = match.start("number")
        if mask.contains(start):
            continue
        number, words = match.group("number"), _words(match.group("title"))
        heading = not match.group("title").rstrip().endswith((".", ";", ":"))
        if heading and any(line[: len(words)] == words for line in earlier.get(number, [])):
            found[start] = match.end("title")
        else:
            earlier.setdefault(number, []).append(words)
    return found


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
        header = compiled.running_header
        pieces = [
            p for p in mask.pieces(end_of_line, end) if not header.fullmatch(text, p[0], p[1])
        ]
        for piece in pieces:
            if blocks and blocks[-1][-1][1] > end_of_line:
                previous = blocks[-1][-1]
                gap = text.count("\n", previous[1], piece[0]) >= 2
                if not (gap and compiled.block_end.search(text, previous[0], previous[1])):
                    blocks[-1].append(piece)
                    continue
            blocks.append([piece])
    return blocks
