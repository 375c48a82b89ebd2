"""``import spacy`` without its command-line package, which the pipeline never uses.

``spacy/__init__.py`` re-exports ``spacy.info`` from ``spacy.cli.info``, which imports all of
``spacy.cli`` (typer, click, weasel, the download and training commands): about 0.15 s of CPU
of a one-note ``convert`` whose pipeline needs none of it. While spaCy is imported, a stand-in
``spacy.cli.info`` module answers that import; it is removed right after, so a later
``import spacy.cli`` loads the real package, and ``spacy.info`` (the stand-in's function)
loads the real ``info`` when first called.
"""

from __future__ import annotations

import sys
import types
from typing import Any

_INFO = "spacy.cli.info"


def _info(*args: Any, **kwargs: Any) -> Any:
    """spaCy's ``info``, imported when asked for."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> None:
    """Import spaCy without ``spacy.cli``; nothing happens when spaCy is imported already."""
    if "spacy" in sys.modules or _INFO in sys.modules:
        return
    stand_in = types.ModuleType(_INFO, "Stand-in while spaCy is imported (honlac_extract).")
    stand_in.info = _info  # type: ignore[attr-defined]
    sys.modules[_INFO] = stand_in
    try:
        import spacy  # noqa: F401
    finally:
        if sys.modules.get(_INFO) is stand_in:
            del sys.modules[_INFO]
