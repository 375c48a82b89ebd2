"""honlac-extract: structured, source-grounded data from UNODC HONLEA Secretariat notes.

The public names are loaded on first use (PEP 562): importing spaCy takes most of a second,
which ``import honlac_extract`` (for the models, say) and the commands that need no pipeline
(``schema``, ``table``) do not pay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lazy import lazy_getattr

if TYPE_CHECKING:
    from .api import extract, extract_file
    from .batch import extract_many
    from .entities.pipeline import load_pipeline
    from .errors import InputError
    from .models import Entity, Footnote, Metadata, Note, Paragraph, Section, Subsection

_HOMES = {
    "Entity": ".models",
    "Footnote": ".models",
    "InputError": ".errors",
    "Metadata": ".models",
    "Note": ".models",
    "Paragraph": ".models",
    "Section": ".models",
    "Subsection": ".models",
    "extract": ".api",
    "extract_file": ".api",
    "extract_many": ".batch",
    "load_pipeline": ".entities.pipeline",
}
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

__getattr__ = lazy_getattr(__name__, _HOMES, globals())


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])
