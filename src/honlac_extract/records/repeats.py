"""Names a note repeats: a programme or body found once is found wherever its name recurs.

The rules see one paragraph at a time and need a cue to find a name the lists do not know
("el programa de prevención escolar Juego del Buen Comportamiento", "the programme
Unplugged"); the note's later mentions of that name often have none ("Juego del Buen
Comportamiento llegó a 210 escuelas"). Once the note has named it, the name as written (its
"(ACR)" left out) is looked for in every paragraph, word for word and case for case, where no
other entity holds its words; each repeat takes the first mention's label and fields.

Linear in the note: names are indexed by their first word, and a paragraph's capitalised words
are looked up there (at most ``_PER_FIRST_WORD`` names per word, ``_MOST_NAMES`` per note).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import Any

import regex

from ..models import Paragraph

_LABELS = ("AGENCY", "PROGRAMME")
_PATTERN_SOURCES = ("pattern:",)
_TITLE_SOURCES = frozenset(
    {"pattern:described-programme", "pattern:quoted", "pattern:title", "pattern:programme-word"}
)
"""Rules that find a one-word name as a title ("Unplugged"), not as a head word."""
_ACRONYM_TAIL = re.compile(r"\s*\([^()]{1,20}\)\s*$")
_CAPITALISED = regex.compile(r"(?<!\w)\p{Lu}[\w'’-]*")
"""A capitalised word: where a repeated name can start (names start capitalised)."""
_MOST_NAMES = 500
_PER_FIRST_WORD = 20
_MIN_LETTERS = 4
_LONGEST = 160
_COPIED = ("label", "name", "acronym", "kind", "country", "section")

Ground = Callable[[int, int], tuple[int, int] | None]


def _named(found: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Name as written -> the first entity that names it (pattern-found bodies only)."""
    names: dict[str, dict[str, Any]] = {}
    for fields in sorted(found, key=lambda f: f["start"]):
        if fields["label"] not in _LABELS or not str(fields["source"]).startswith(_PATTERN_SOURCES):
            continue
        name = " ".join(_ACRONYM_TAIL.sub("", fields["text"]).split())
        words = name.split()
        if not words or not words[0][:1].isupper() or not _MIN_LETTERS <= len(name) <= _LONGEST:
            continue  # a name too long to be one (a run of capitalised words) is not sought
        if "short-form" in str(fields["source"]):
            continue  # "the Programme": the linking stage resolves it
        if len(words) == 1 and (
            name.isupper() or not name.isalpha() or fields["source"] not in _TITLE_SOURCES
        ):
            continue  # a bare acronym or a lone head word: not a name to repeat
        if name not in names and len(names) < _MOST_NAMES:
            names[name] = fields
    return names


def repeated_mentions(
    found: Sequence[dict[str, Any]],
    paragraphs: Sequence[Paragraph],
    grounds: Sequence[Ground],
    note_text: str,
) -> list[dict[str, Any]]:
    """New entities (fields as the records stage writes them) for the repeats of the names
    in ``found``; ``grounds`` maps each paragraph's offsets to ``note_text``."""
    names = _named(found)
    if not names:
        return []
    by_first: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        bucket = by_first.setdefault(name.split()[0], [])
        if len(bucket) < _PER_FIRST_WORD:
            bucket.append(name)
    taken = _Taken(sorted((f["start"], f["end"]) for f in found))
    made: list[dict[str, Any]] = []
    for paragraph, ground in zip(paragraphs, grounds, strict=True):
        text, free_from = paragraph.text, 0
        for word in _CAPITALISED.finditer(text):
            if word.start() < free_from:
                continue  # inside a repeat just found
            for name in by_first.get(word.group(), ()):
                if not _whole_at(text, word.start(), name):
                    continue
                offsets = ground(word.start(), word.start() + len(name))
                if offsets is None or taken.overlaps(*offsets):
                    continue
                made.append(_copy(names[name], paragraph, offsets, note_text))
                free_from = word.start() + len(name)
                break
    return made


class _Taken:
    """The spans of the entities found, for overlap tests in logarithmic time."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [start for start, _ in spans]
        self.ends_so_far: list[int] = []  # the furthest end among the spans up to each one
        furthest = -1
        for _, end in spans:
            furthest = max(furthest, end)
            self.ends_so_far.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span."""
        index = bisect_right(self.starts, start)
        if index and self.ends_so_far[index - 1] > start:
            return True  # a span starting at or before ``start`` reaches into it
        return index < len(self.starts) and self.starts[index] < end


def _whole_at(text: str, start: int, name: str) -> bool:
    """Whether ``name`` is written at ``start``, ending at a word boundary."""
    end = start + len(name)
    return text.startswith(name, start) and (end == len(text) or not text[end].isalnum())


def _copy(
    first: dict[str, Any], paragraph: Paragraph, offsets: tuple[int, int], note_text: str
) -> dict[str, Any]:
    start, end = offsets
    fields = {key: first[key] for key in _COPIED if key in first}
    fields.update(
        source="repeat",
        text=note_text[start:end],
        start=start,
        end=end,
        paragraph=paragraph.number,
        section=paragraph.section,
    )
    return fields
