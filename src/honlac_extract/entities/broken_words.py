"""Words a line end broke with a hyphen, read whole by the entity rules.

Hard-wrapped text (and text of justified pages) breaks words at line ends: "le Centre régio-"
/ "nal de coordination". The paragraph text joins its lines with a space ("régio- nal"), so no
rule and no list sees "régional". The entity rules read a copy in which each such break between
two lower-case letters is closed: to the whole word ("régional") when the note spells it whole
elsewhere, to the compound ("drug-trafficking") when it spells that, and otherwise as the
language's data says (data/line_end_hyphens.json: a soft hyphen in French and Spanish, a
compound in English, some prefixes always compound). Spans found in the copy map back to the
paragraph text, so an entity's text stays the note's own, with its hyphen and line break.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

import regex

from ..resources import data_json

_LETTERS = r"[\p{L}\p{M}'’]+"
_WORD = regex.compile(_LETTERS)
_HEAD = regex.compile(_LETTERS + "$")
_WORDS = regex.compile(rf"{_LETTERS}(?:-{_LETTERS})*")


class ClosedText:
    """A paragraph text with its broken words closed, and the way back to the paragraph."""

    def __init__(self, text: str, cuts: Sequence[tuple[int, int]] = ()) -> None:
        pieces, self.points, self.removed = [], [], []
        last, removed = 0, 0
        for at, width in cuts:  # (offset in the paragraph text, characters dropped there)
            pieces.append(text[last:at])
            self.points.append(at - removed)
            removed += width
            self.removed.append(removed)
            last = at + width
        pieces.append(text[last:])
        self.text = "".join(pieces)

    def start(self, position: int) -> int:
        """A span start in the copy as an offset of the paragraph text."""
        index = bisect_right(self.points, position)
        return position + (self.removed[index - 1] if index else 0)

    def end(self, position: int) -> int:
        """A span end in the copy as an offset of the paragraph text."""
        index = bisect_left(self.points, position)
        return position + (self.removed[index - 1] if index else 0)


def close_broken_words(
    text: str, joins: Sequence[int], language: str, note_words: Callable[[], frozenset[str]]
) -> ClosedText:
    """``text`` with the breaks at ``joins`` (offsets of the spaces that join its lines) closed;
    ``note_words`` gives the note's words, lower case (asked for only when a break is found)."""
    cuts: list[tuple[int, int]] = []
    for at in joins:
        if not _is_break(text, at):
            continue
        before = _HEAD.search(text, max(0, at - 41), at - 1)
        after = _WORD.match(text, at + 1)
        if before is None or after is None:
            continue
        head, tail = before.group().lower(), after.group().lower()
        compound = _compound(head, tail, language, note_words())
        cuts.append((at, 1) if compound else (at - 1, 2))
    return ClosedText(text, cuts)


def _is_break(text: str, at: int) -> bool:
    """A line join (a space at ``at``) after "<lower-case letter>-" and before a lower-case
    letter."""
    return (
        at >= 2
        and at + 1 < len(text)
        and text[at] == " "
        and text[at - 1] == "-"
        and text[at - 2].islower()
        and text[at + 1].islower()
    )


def _compound(head: str, tail: str, language: str, words: frozenset[str]) -> bool:
    """Whether the broken word keeps its hyphen: the note's own spelling first, then the data."""
    if f"{head}-{tail}" in words:
        return True
    if head + tail in words:
        return False
    table = data_json("line_end_hyphens.json")
    rules = table.get(language) or table["en"]
    return head in rules["compound_prefixes"] or rules["default"] == "compound"


def note_word_set(note_text: str) -> frozenset[str]:
    """The note's words, lower case, with hyphenated compounds also whole ("drug-related")."""
    compounds = {word.lower() for word in _WORDS.findall(note_text)}
    return frozenset(compounds | {part for word in compounds for part in word.split("-")})
