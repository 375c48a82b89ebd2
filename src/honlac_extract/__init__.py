"""honlac-extract: structured, source-grounded data from UNODC HONLEA Secretariat notes."""

from __future__ import annotations

from .api import extract, extract_file
from .batch import extract_many
from .entities.pipeline import load_pipeline
from .errors import InputError
from .models import Entity, Footnote, Metadata, Note, Paragraph, Section, Subsection

__all__ = [
    "Entity",
    "Footnote",
    "InputError",
    "Metadata",
    "Note",
    "Paragraph",
    "Section",
    "Subsection",
    "extract",
    "extract_file",
    "extract_many",
    "load_pipeline",
]
__version__ = "0.1.0"
