"""The evaluation report: figures plus every error, as frozen Pydantic records.

The report is what ``--json`` writes, so it lists each miss and false positive by file,
paragraph, label and text: a figure that moves can then be explained one error at a time.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Level = Literal["paragraph", "document"]
Source = Literal["extractor", "predictions"]


class ReportRecord(BaseModel):
    """Base of the report records: immutable, strict about unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


class Score(ReportRecord):
    """Counts and precision/recall/F1 of one label (or of all, micro-averaged).

    A match counts for the gold item's label (so a PROGRAMME found as AGENCY through
    ``alt_label`` is a PROGRAMME true positive). Ratios with an empty denominator are 0.
    """

    label: str
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, label: str, tp: int, fp: int, fn: int) -> Score:
        """The score of the given counts."""
        precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        f1 = _ratio(2 * tp, 2 * tp + fp + fn)
        return cls(label=label, tp=tp, fp=fp, fn=fn, precision=precision, recall=recall, f1=f1)


class Figure(ReportRecord):
    """``correct`` of ``total`` gold items found; ``predicted``: how many the extractor gave.

    For metadata ``predicted`` counts the gold's fields the extractor filled (non-null); for
    boundaries it equals ``total`` (each check is made whether or not the paragraph was found).
    """

    correct: int
    total: int
    predicted: int
    rate: float

    @classmethod
    def of(cls, correct: int, total: int, predicted: int) -> Figure:
        """The figure of the given counts."""
        return cls(correct=correct, total=total, predicted=predicted, rate=_ratio(correct, total))

    def __add__(self, other: Figure) -> Figure:
        return Figure.of(
            self.correct + other.correct, self.total + other.total, self.predicted + other.predicted
        )


class StructureFigures(ReportRecord):
    """How much of the gold structure was found.

    ``boundaries`` counts the non-null ``first``/``last`` checks (two per fully checked paragraph).
    """

    metadata: Figure
    sections: Figure
    subheadings: Figure
    paragraph_numbers: Figure
    boundaries: Figure
    # lettered sub-section lines ("A. Recommendations adopted by ..."), only where the gold
    # lists them (its ``subsection_groups`` key)
    groups: Figure = Figure(correct=0, total=0, predicted=0, rate=0.0)

    @classmethod
    def empty(cls) -> StructureFigures:
        """The figures of no file at all."""
        zero = Figure.of(0, 0, 0)
        return cls(
            metadata=zero,
            sections=zero,
            subheadings=zero,
            paragraph_numbers=zero,
            boundaries=zero,
            groups=zero,
        )

    def __add__(self, other: StructureFigures) -> StructureFigures:
        return StructureFigures(
            metadata=self.metadata + other.metadata,
            sections=self.sections + other.sections,
            subheadings=self.subheadings + other.subheadings,
            paragraph_numbers=self.paragraph_numbers + other.paragraph_numbers,
            boundaries=self.boundaries + other.boundaries,
            groups=self.groups + other.groups,
        )


class EntityError(ReportRecord):
    """A gold item not found (``miss``) or a predicted item not in the gold (``false_positive``)."""

    kind: Literal["miss", "false_positive"]
    file: str
    paragraph: int | None
    label: str
    text: str


class StructureError(ReportRecord):
    """A structure check that failed: what the gold says and what was predicted."""

    file: str
    kind: Literal["metadata", "section", "subheading", "group", "paragraph", "first", "last"]
    key: str
    gold: str | None
    predicted: str | None


class FileScores(ReportRecord):
    """The figures of one gold file."""

    file: str
    gold: str
    labels: list[Score]
    micro: Score
    structure: StructureFigures


class EvaluationReport(ReportRecord):
    """The whole evaluation: figures over all gold files, per file, and every error."""

    level: Level
    source: Source
    gold_files: list[str]
    labels: list[Score]
    micro: Score
    structure: StructureFigures
    files: list[FileScores] = Field(default_factory=list)
    misses: list[EntityError] = Field(default_factory=list)
    false_positives: list[EntityError] = Field(default_factory=list)
    structure_errors: list[StructureError] = Field(default_factory=list)
    # per slot, then the whole fact (label "fact"); empty when no gold file annotates facts
    facts: list[Score] = Field(default_factory=list)

    def label(self, name: str) -> Score:
        """The score of one label (``"micro"`` for the micro average)."""
        if name == "micro":
            return self.micro
        for score in self.labels:
            if score.label == name:
                return score
        raise KeyError(name)
