"""Paragraph bodies: clean pieces, a sub-heading at their tail, lettered items."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..conditioning import Rules, Span, sentence_ends
from ..models import Item
from .headings import clean_heading, looks_like_heading
from .pieces import Joined, trimmed

_TRAILING = " \t\n\u00a0;,."
_CONJUNCTIONS = (" and", " or")
_TAIL_WINDOW = 300  # longer than any heading: earlier sentence ends cannot matter


@dataclass(frozen=True)
class Heading:
    """An unnumbered heading found in the text: its clean title and where it is."""

    title: str
    start: int
    end: int
    group: str | None = None  # a lettered sub-section line this heading opens under
    lettered: bool = False  # read at a lettered line: a new sub-section, none inherited


def _tail_start(
    text: str, joined: Joined, ends: list[int], rules: Rules, region_end: int
) -> int | None:
    """Where a sub-heading after the last sentence end starts, if it looks like one.

    A lettered heading ("A. Cocaine") keeps its letter, which a sentence end follows. On a
    printed line the heading must open its own line, unless it is glued to the full stop
    ("departments.Mexico") or the next number follows on the same line (a flattened note).
    """
    cut = ends[-1]
    letter = rules.lettered_heading.search(joined.text, max(cut - 3, 0), cut)
    if letter and len(ends) > 1:
        cut = letter.start() + (1 if joined.text[letter.start()].isspace() else 0)
    if not looks_like_heading(joined.text[cut:], rules):
        return None
    at_piece_start = cut in joined.starts
    glued = cut > 0 and not joined.text[cut - 1].isspace()
    same_line = "\n" not in text[joined.to_note(cut) : region_end]
    return cut if at_piece_start or glued or same_line else None


def split_tail(
    text: str, pieces: list[Span], rules: Rules, region_end: int
) -> tuple[list[Span], Heading | None]:
    """Split a sub-heading off the end of a paragraph's pieces.

    The sub-heading is what follows the last sentence end (see :func:`_tail_start`), or else
    the last block after a blank line (a paragraph whose last sentence was damaged), when it
    looks like a heading. A paragraph that ends with a sentence end has no sub-heading.
    """
    if not pieces:
        return pieces, None
    joined = Joined(text, pieces)
    tail = max(len(joined.text) - _TAIL_WINDOW, 0)
    ends = sentence_ends(joined.text, tail, len(joined.text), rules)
    if ends and ends[-1] >= len(joined.text):
        return pieces, None
    cut = _tail_start(text, joined, ends, rules, region_end) if ends else None
    if cut is None:
        cut = _glued_tail(joined.text, tail, rules)
    if cut is None:
        for index in range(len(pieces) - 1, 0, -1):
            if text.count("\n", pieces[index - 1][1], pieces[index][0]) >= 2:
                if looks_like_heading(joined.text[joined.starts[index] :], rules):
                    cut = joined.starts[index]
                break
    if cut is None:
        return pieces, None
    before, after = joined.cut(cut)
    before, after = trimmed(before, text), trimmed(after, text)
    if not before or not after:
        return pieces, None
    title = clean_heading(" ".join(text[s:e] for s, e in after))
    return before, Heading(title, after[0][0], after[-1][1])


_GLUED_STOP = re.compile(r"(?<=[a-z)\]])[.!?](?=[A-Z][a-z])")
"""A sentence end with the next word glued to it ("of Germany.Lao People's ..."): where a
sub-heading run into the paragraph's end starts."""


def _glued_tail(joined: str, tail: int, rules: Rules) -> int | None:
    """Where a sub-heading glued to the last sentence's full stop starts, or None."""
    stops = [match.end() for match in _GLUED_STOP.finditer(joined, tail)]
    if not stops or not looks_like_heading(joined[stops[-1] :], rules):
        return None
    return stops[-1]


def _item_end(joined: str, start: int, stop: int) -> int:
    """End of an item's own words in ``joined[start:stop]`` (separators dropped)."""
    end = stop
    while True:
        trimmed = joined[start:end].rstrip(_TRAILING)
        end = start + len(trimmed)
        for conjunction in _CONJUNCTIONS:
            if trimmed.endswith(conjunction):
                end -= len(conjunction)
                break
        else:
            return end


def find_items(text: str, pieces: list[Span], rules: Rules) -> list[Item]:
    """Lettered sub-items "(a) ...; (b) ..." of a paragraph, in sequence from (a).

    An item's ``text`` is exactly ``text[start:end]`` (like an entity), without the label and
    the separators ("; and") that follow it.
    """
    if not any(rules.item_first in text[s:e] for s, e in pieces):
        return []
    joined = Joined(text, pieces)
    labels: list[re.Match[str]] = []
    for match in rules.item_label.finditer(joined.text):
        if match.group(1) == chr(ord("a") + len(labels)):
            labels.append(match)
    if len(labels) < 2:
        return []
    items = []
    for index, match in enumerate(labels):
        start = match.end()
        while start < len(joined.text) and joined.text[start].isspace():
            start += 1
        if index + 1 < len(labels):
            stop = labels[index + 1].start()
        else:
            stop = len(joined.text)
            for end in sentence_ends(joined.text, start, len(joined.text), rules):
                rest = joined.text[end:].lstrip()
                if not rest or rest[0].isupper():
                    stop = end
                    break
        end = _item_end(joined.text, start, stop)
        if end <= start:
            continue
        note_start, note_end = joined.to_note(start), joined.to_note_end(end)
        items.append(
            Item(
                label=match.group(1), text=text[note_start:note_end], start=note_start, end=note_end
            )
        )
    return items
