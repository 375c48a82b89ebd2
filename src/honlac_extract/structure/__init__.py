"""Structure: split conditioned note text into header metadata, sections, paragraphs, footnotes."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..models import Footnote, Metadata, Paragraph, Section


@dataclass(frozen=True)
class Structure:
    """What the structure stage found; offsets index the text it was given."""

    metadata: Metadata
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_structure(text: str) -> Structure:
    """Parse ``text`` (line endings already ``\\n``) into its structure (placeholder)."""
    return Structure(metadata=Metadata())
