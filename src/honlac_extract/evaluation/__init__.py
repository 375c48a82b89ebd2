"""Evaluation against gold annotations: the project's accuracy yardstick.

``evaluate(gold_paths)`` runs the extractor on each gold file's input text (or reads saved
predictions) and compares entities, metadata and structure as docs/annotation-guidelines.md
describes, returning an :class:`EvaluationReport` with every miss and false positive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_getattr

if TYPE_CHECKING:
    from .gold import SCORED_LABELS, GoldEntity, GoldError, GoldFile, load_gold
    from .harness import EvaluationError, evaluate, score_notes
    from .report import (
        EntityError,
        EvaluationReport,
        Figure,
        Score,
        StructureError,
        StructureFigures,
    )

# The names are loaded on first use (PEP 562), so that the command line, which imports this
# package to register ``evaluate``, does not build the report models for ``convert``.
_HOMES = {
    **dict.fromkeys(["SCORED_LABELS", "GoldEntity", "GoldError", "GoldFile", "load_gold"], ".gold"),
    **dict.fromkeys(["EvaluationError", "evaluate", "score_notes"], ".harness"),
    **dict.fromkeys(
        [
            "EntityError",
            "EvaluationReport",
            "Figure",
            "Score",
            "StructureError",
            "StructureFigures",
        ],
        ".report",
    ),
}

__all__ = [
    "SCORED_LABELS",
    "EntityError",
    "EvaluationError",
    "EvaluationReport",
    "Figure",
    "GoldEntity",
    "GoldError",
    "GoldFile",
    "Score",
    "StructureError",
    "StructureFigures",
    "evaluate",
    "load_gold",
    "score_notes",
]

__getattr__ = lazy_getattr(__name__, _HOMES, globals())
