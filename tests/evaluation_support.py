"""Builders shared by the evaluation tests: hand-made entities and notes, and gold-derived notes."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import honlac_extract.api
from honlac_extract.evaluation import GoldEntity, GoldFile
from honlac_extract.models import Entity, Metadata, Note, Paragraph, Section, Source, Subsection

_counter = iter(range(1, 1_000_000))


def entity(label: str, text: str, paragraph: int | None = 1, **fields: Any) -> Entity:
    """A predicted mention (offsets are arbitrary: the harness never reads note text)."""
    start = next(_counter)
    return Entity(
        id=f"e{start}",
        label=label,
        text=text,
        start=start,
        end=start + len(text),
        paragraph=paragraph,
        source="test",
        **fields,
    )


def note(entities: list[Entity], **parts: Any) -> Note:
    """A predicted note holding ``entities`` (and optional structure parts)."""
    parts.setdefault("metadata", Metadata())
    return Note(source=Source(sha256="0"), text="", entities=entities, **parts)


def gold(*entities: dict[str, Any], **parts: Any) -> GoldFile:
    """A gold file of hand-written entity dicts (``p`` defaults to 1)."""
    items = [GoldEntity.model_validate({"p": 1, **e}) for e in entities]
    return GoldFile(file="t.txt", entities=items, **parts)


def oracle_entity(item: GoldEntity, paragraph: int | None) -> Entity:
    """The prediction a perfect extractor would make for one gold item."""
    text = item.describe()
    if item.label == "COUNTRY":
        return entity("COUNTRY", text, paragraph, iso3=item.iso3)
    if item.label == "DATE":
        return entity("DATE", text, paragraph, start_date=item.start, end_date=item.end)
    if item.label == "QUANTITY":
        return entity("QUANTITY", text, paragraph, value=item.values[0], unit=item.unit)
    return entity(item.label, item.name or text, paragraph, name=item.name)


def oracle_note(source: GoldFile, drop: frozenset[str] = frozenset()) -> Note:
    """A note that agrees with the gold everywhere, less the entities of the ``drop`` labels."""
    paragraphs = [
        Paragraph(number=p.n, text=f"{p.first or 'x'} middle words {p.last or 'y'}", spans=[])
        for p in source.paragraphs
    ]
    sections = [
        Section(
            number=number,
            ordinal=index,
            title=title,
            start=0,
            end=0,
            subsections=[
                Subsection(title=sub, start=0, end=0)
                for n, sub in source.subheadings
                if n == number
            ],
        )
        for index, (number, title) in enumerate(source.sections, start=1)
    ]
    entities = [oracle_entity(e, e.p) for e in source.entities if e.label not in drop]
    return Note(
        source=Source(sha256="0"),
        text="",
        metadata=Metadata.model_validate(source.metadata),
        sections=sections,
        subsections=[
            Subsection(title=sub, start=0, end=0) for n, sub in source.subheadings if not n
        ],
        paragraphs=paragraphs,
        entities=entities,
    )


_REAL_EXTRACT_FILE = honlac_extract.api.extract_file  # before any test monkeypatches it


@cache
def _extracted(path: Path) -> Note:
    return _REAL_EXTRACT_FILE(path)


def real_note(path: str | Path) -> Note:
    """The real extractor's note of ``path``, extracted once per test session (it is slow)."""
    return _extracted(Path(path).resolve())
