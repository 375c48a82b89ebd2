"""Comparison of a note's structure (metadata, headings, paragraphs) with the gold."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, Literal

from ..models import Note, Subsection
from .gold import GoldFile
from .normalise import fold, squash, unstarred
from .report import Figure, StructureError, StructureFigures

Kind = Literal["section", "subheading", "group"]
_SLACK = 80  # characters of line breaks and spaces a lettered line may gain in the text


def _canonical(value: Any) -> Any:
    """A metadata value compared "exactly after normalising case and white space"."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return tuple(_canonical(v) for v in value)
    if isinstance(value, bool):
        return str(value).casefold()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return fold(str(value))


def _shown(value: Any) -> str | None:
    return None if value is None else str(value)


def _metadata(file: str, gold: GoldFile, note: Note) -> tuple[Figure, list[StructureError]]:
    errors = []
    for key in sorted(gold.metadata):
        expected = gold.metadata[key]
        found = getattr(note.metadata, key, None)
        if _canonical(expected) != _canonical(found):
            errors.append(
                StructureError(
                    file=file,
                    kind="metadata",
                    key=key,
                    gold=_shown(expected),
                    predicted=_shown(found),
                )
            )
    total = len(gold.metadata)
    given = sum(1 for key in gold.metadata if getattr(note.metadata, key, None) not in (None, []))
    return Figure.of(total - len(errors), total, given), errors


def _headings(
    file: str, kind: Kind, gold: Sequence[tuple[str, str]], found: Sequence[tuple[str, str]]
) -> tuple[Figure, list[StructureError]]:
    """Multiset comparison of (section number, title) pairs."""

    def key(pair: tuple[str, str]) -> tuple[str, str]:
        return squash(pair[0]).upper(), fold(pair[1])

    expected, predicted = Counter(map(key, gold)), Counter(map(key, found))
    shown = {key(pair): squash(pair[1]) for pair in [*found, *gold]}  # titles as written
    errors = [
        StructureError(file=file, kind=kind, key=k[0], gold=shown[k], predicted=None)
        for k in sorted((expected - predicted).elements())
    ] + [
        StructureError(file=file, kind=kind, key=k[0], gold=None, predicted=shown[k])
        for k in sorted((predicted - expected).elements())
    ]
    correct = sum((expected & predicted).values())
    return Figure.of(correct, len(gold), len(found)), errors


def _paragraphs(
    file: str, gold: GoldFile, note: Note
) -> tuple[Figure, Figure, list[StructureError]]:
    """Paragraph numbers (as sets) and the first/last words of each gold paragraph (asterisks
    ignored on both sides, see :func:`unstarred`)."""
    texts: dict[int, str] = {}
    for paragraph in note.paragraphs:
        texts.setdefault(paragraph.number, unstarred(paragraph.text))
    expected = {p.n for p in gold.paragraphs}
    errors = [
        StructureError(file=file, kind="paragraph", key=str(n), gold=str(n), predicted=None)
        for n in sorted(expected - texts.keys())
    ] + [
        StructureError(file=file, kind="paragraph", key=str(n), gold=None, predicted=str(n))
        for n in sorted(texts.keys() - expected)
    ]
    numbers = Figure.of(len(expected & texts.keys()), len(expected), len(texts))
    checked = correct = 0
    for expected_paragraph in gold.paragraphs:
        text = texts.get(expected_paragraph.n)
        checks: tuple[tuple[Literal["first", "last"], str | None], ...] = (
            ("first", expected_paragraph.first),
            ("last", expected_paragraph.last),
        )
        for kind, words in checks:
            if words is None:
                continue
            checked += 1
            words = unstarred(words)
            ok = text is not None and (
                text.startswith(words) if kind == "first" else text.endswith(words)
            )
            if ok:
                correct += 1
                continue
            shown = None
            if text is not None:
                shown = text[: len(words) + 20] if kind == "first" else text[-len(words) - 20 :]
            errors.append(
                StructureError(
                    file=file,
                    kind=kind,
                    key=str(expected_paragraph.n),
                    gold=words,
                    predicted=shown,
                )
            )
    return numbers, Figure.of(correct, checked, checked), errors


def _is_group_line(text: str, sub: Subsection) -> bool:
    """Whether a sub-section is a lettered line with no heading under it: it starts with the
    line itself (a heading under the line starts after it). A gold that lists
    ``subsection_groups`` scores such a line there, not as a sub-heading (a gold without the
    key keeps the older reading: its words are a sub-heading)."""
    if sub.group is None:
        return False
    window = text[sub.start : min(sub.end, sub.start + 2 * len(sub.group) + _SLACK)]
    return squash(window).startswith(squash(sub.group))


def compare_structure(
    file: str, gold: GoldFile, note: Note
) -> tuple[StructureFigures, list[StructureError]]:
    """The structure figures of one note against its gold, and each failed check."""
    metadata, metadata_errors = _metadata(file, gold, note)
    sections, section_errors = _headings(
        file, "section", gold.sections, [(s.number, s.title) for s in note.sections]
    )
    found_subheadings = [("", sub.title) for sub in note.subsections] + [
        (s.number, sub.title)
        for s in note.sections
        for sub in s.subsections
        if gold.subsection_groups is None or not _is_group_line(note.text, sub)
    ]
    subheadings, subheading_errors = _headings(
        file, "subheading", gold.subheadings, found_subheadings
    )
    numbers, boundaries, paragraph_errors = _paragraphs(file, gold, note)
    groups, group_errors = Figure.of(0, 0, 0), list[StructureError]()
    if gold.subsection_groups is not None:
        found_groups = {(s.number, sub.group) for s in note.sections for sub in s.subsections}
        groups, group_errors = _headings(
            file,
            "group",
            gold.subsection_groups,
            sorted((n, g) for n, g in found_groups if g is not None),
        )
    figures = StructureFigures(
        metadata=metadata,
        sections=sections,
        subheadings=subheadings,
        paragraph_numbers=numbers,
        boundaries=boundaries,
        groups=groups,
    )
    errors = [*metadata_errors, *section_errors, *subheading_errors, *group_errors]
    return figures, [*errors, *paragraph_errors]
