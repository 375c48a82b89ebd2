"""Evaluation against gold annotations: the project's accuracy yardstick.

``evaluate(gold_paths)`` runs the extractor on each gold file's input text (or reads saved
predictions) and compares entities, metadata and structure as docs/annotation-guidelines.md
describes, returning an :class:`EvaluationReport` with every miss and false positive.
"""

from __future__ import annotations

from .gold import SCORED_LABELS, GoldEntity, GoldError, GoldFile, load_gold
from .harness import EvaluationError, evaluate, score_notes
from .report import EntityError, EvaluationReport, Figure, Score, StructureError, StructureFigures

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
