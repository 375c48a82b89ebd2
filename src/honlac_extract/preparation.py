"""The first half of an extraction: the note read and its structure parsed, without spaCy.

Nothing here needs the entity pipeline (nor imports spaCy); a :class:`Prepared` is picklable,
and :func:`honlac_extract.api.complete` turns it into a :class:`~honlac_extract.models.Note`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from .models import Source
from .readers import Layout, read_document
from .reading import normalise_newlines, without_surrogates
from .structure import Structure, parse_structure
from .structure.masthead.file_symbol import with_file_symbol


@dataclass(frozen=True)
class Prepared:
    """A note read and parsed: everything the entity stage starts from."""

    text: str
    source: Source
    warnings: tuple[str, ...]
    structure: Structure
    layout: Layout | None = None


def prepare_text(text: str, source: str | None = None) -> Prepared:
    """Prepare note text; never raises for any text (``source`` labels it)."""
    text = without_surrogates(normalise_newlines(text))
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    warnings = () if text.strip() else ("the text is empty",)
    structure = _named(parse_structure(text), source)
    return Prepared(text, Source(path=source, sha256=sha, format="txt"), warnings, structure)


def prepare_file(path: str | Path) -> Prepared:
    """Read and prepare a note file; raises :class:`InputError` naming the file and problem."""
    read = read_document(path)  # format by content: text, PDF or Word
    source = Source(path=read.path, sha256=read.sha256, format=read.format)
    structure = _named(parse_structure(read.text), read.path)
    return Prepared(read.text, source, read.warnings, structure, read.layout)


def _named(structure: Structure, path: str | None) -> Structure:
    """``structure`` with the symbol its file name gives, where the text lacks or garbled it
    (see structure/masthead/file_symbol.py); a warning says so."""
    metadata, warning = with_file_symbol(structure.metadata, path)
    if warning is None:
        return structure
    return replace(structure, metadata=metadata, warnings=[*structure.warnings, warning])
