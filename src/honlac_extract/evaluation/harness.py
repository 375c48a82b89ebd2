"""The evaluation: gold files in, an :class:`EvaluationReport` out.

Each gold file names its input text; the note is either extracted afresh (the default) or
read from a folder of predictions written by ``honlac-extract convert`` (``<stem>.json``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from pathlib import Path

from ..errors import InputError
from ..models import Entity, Note
from ..outputs.json_files import read_note_json
from .facts import count_facts, fact_scores
from .gold import SCORED_LABELS, GoldEntity, GoldFile, load_gold
from .matching import BucketResult, group_by_keys, match_bucket, predicted_items
from .normalise import name_key
from .report import (
    EntityError,
    EvaluationReport,
    FileScores,
    Level,
    Score,
    Source,
    StructureError,
    StructureFigures,
)
from .structure import compare_structure

Extractor = Callable[[Path], Note]


class EvaluationError(ValueError):
    """A gold file whose input text or prediction cannot be found or read."""


def input_path(gold_path: Path, gold: GoldFile, notes_dir: Path | None = None) -> Path:
    """A gold file's input text: in ``notes_dir``, else in ``notes/`` beside the gold folder."""
    folder = notes_dir if notes_dir is not None else gold_path.parent.parent / "notes"
    return folder / gold.file


def prediction_path(pred_dir: Path, gold: GoldFile) -> Path:
    """Where ``convert -o pred_dir`` writes the note of the gold's input: ``<stem>.json``."""
    return pred_dir / f"{Path(gold.file).stem}.json"


def _gold_keys(item: GoldEntity) -> list[Hashable]:
    if item.label == "COUNTRY":
        return [("iso3", (item.iso3 or "").upper())]
    if item.label == "DATE":
        return [("date", item.start, item.end)]
    if item.label == "QUANTITY":
        return [("qty", tuple(item.values), item.unit, name_key(item.text or ""))]
    # the main name only: aliases such as "Country Office" are shared by different offices
    return [("name", name_key(item.name or item.text or "").replace(" ", ""))]


def document_gold(items: Iterable[GoldEntity]) -> list[GoldEntity]:
    """The gold of a whole document: paragraph items of one label denoting the same thing merged.

    Copies are merged by main name (AGENCY, PROGRAMME), iso3, interval, or values and text. A
    merged item is optional only if every copy was; its names are the union of the copies'.
    """
    merged: list[GoldEntity] = []
    listed = list(items)
    for label in SCORED_LABELS:
        for group in group_by_keys([g for g in listed if g.label == label], _gold_keys):
            base = next((g for g in group if not g.optional), group[0])
            names = list(dict.fromkeys(n for g in [base, *group] for n in g.names()))
            alt = next((g.alt_label for g in [base, *group] if g.alt_label), None)
            merged.append(
                base.model_copy(
                    update={
                        "p": None,
                        "optional": all(g.optional for g in group),
                        "alt_label": alt,
                        "name": names[0] if names else base.name,
                        "aliases": names[1:],
                    }
                )
            )
    return merged


def _buckets(
    gold: GoldFile, note: Note, level: Level
) -> list[tuple[int | None, list[GoldEntity], list[Entity]]]:
    """(paragraph, gold items, predicted mentions) per bucket of the chosen level."""
    if level == "document":
        return [(None, document_gold(gold.entities), list(note.entities))]
    gold_by: dict[int, list[GoldEntity]] = {}
    for item in gold.entities:
        if item.p is not None:
            gold_by.setdefault(item.p, []).append(item)
    pred_by: dict[int, list[Entity]] = {}
    for entity in note.entities:
        if entity.paragraph is not None:
            pred_by.setdefault(entity.paragraph, []).append(entity)
    numbers = sorted(gold_by.keys() | pred_by.keys())
    return [(n, gold_by.get(n, []), pred_by.get(n, [])) for n in numbers]


def _count(results: Iterable[BucketResult]) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for result in results:
        for item, _ in result.matched:
            counts[item.label, "tp"] += 1
        for item in result.missed:
            counts[item.label, "fn"] += 1
        for predicted in result.false_positives:
            counts[predicted.label, "fp"] += 1
    return counts


def _scores(counts: Counter[tuple[str, str]]) -> tuple[list[Score], Score]:
    labels = [
        Score.of(label, counts[label, "tp"], counts[label, "fp"], counts[label, "fn"])
        for label in SCORED_LABELS
    ]
    micro = Score.of(
        "micro", sum(s.tp for s in labels), sum(s.fp for s in labels), sum(s.fn for s in labels)
    )
    return labels, micro


def _error_key(error: EntityError) -> tuple[str, int, str, str]:
    return error.file, -1 if error.paragraph is None else error.paragraph, error.label, error.text


def score_notes(
    cases: Sequence[tuple[str, GoldFile, Note]],
    level: Level = "paragraph",
    source: Source = "extractor",
) -> EvaluationReport:
    """Score notes against their gold; ``cases`` are (gold file name, gold, predicted note)."""
    total: Counter[tuple[str, str]] = Counter()
    fact_counts: Counter[tuple[str, str]] = Counter()
    files: list[FileScores] = []
    misses: list[EntityError] = []
    false_positives: list[EntityError] = []
    structure_errors: list[StructureError] = []
    structure: StructureFigures | None = None
    for name, gold, note in cases:
        results = []
        for paragraph, gold_items, mentions in _buckets(gold, note, level):
            result = match_bucket(gold_items, predicted_items(mentions, paragraph))
            results.append(result)
            misses += [
                EntityError(
                    kind="miss", file=name, paragraph=paragraph, label=g.label, text=g.describe()
                )
                for g in result.missed
            ]
            false_positives += [
                EntityError(
                    kind="false_positive",
                    file=name,
                    paragraph=paragraph,
                    label=p.label,
                    text=p.text,
                )
                for p in result.false_positives
            ]
        counts = _count(results)
        fact_counts += count_facts(gold, note)
        total += counts
        figures, errors = compare_structure(name, gold, note)
        structure_errors += errors
        structure = figures if structure is None else structure + figures
        labels, micro = _scores(counts)
        files.append(
            FileScores(file=name, gold=gold.file, labels=labels, micro=micro, structure=figures)
        )
    labels, micro = _scores(total)
    if structure is None:
        structure = StructureFigures.empty()
    return EvaluationReport(
        level=level,
        source=source,
        gold_files=[name for name, _, _ in cases],
        labels=labels,
        micro=micro,
        structure=structure,
        files=files,
        misses=sorted(misses, key=_error_key),
        false_positives=sorted(false_positives, key=_error_key),
        structure_errors=structure_errors,
        facts=fact_scores(fact_counts),
    )


def _predicted_note(
    gold_path: Path,
    gold: GoldFile,
    pred_dir: Path | None,
    notes_dir: Path | None,
    extractor: Extractor,
) -> Note:
    if pred_dir is not None:
        path = prediction_path(pred_dir, gold)
        try:
            return read_note_json(path)
        except InputError as error:
            raise EvaluationError(f"{gold_path}: cannot read prediction {error}") from error
    path = input_path(gold_path, gold, notes_dir)
    if not path.is_file():
        raise EvaluationError(f"{gold_path}: input text {path} not found")
    try:
        return extractor(path)
    except Exception as error:  # the library promises never to raise: name the culprit
        raise EvaluationError(f"{gold_path}: the extractor failed on {path}: {error!r}") from error


def evaluate(
    gold_paths: Iterable[str | Path],
    pred_dir: str | Path | None = None,
    *,
    notes_dir: str | Path | None = None,
    level: Level = "paragraph",
    extractor: Extractor | None = None,
) -> EvaluationReport:
    """Evaluate the extractor (or the predictions in ``pred_dir``) on gold files.

    ``level="document"`` ignores paragraphs: each side becomes one set per document, which is
    how generic tools without paragraph structure can be scored beside ours.
    """
    from .. import api  # here, not at the top: the CLI starts without importing spaCy

    run = extractor if extractor is not None else api.extract_file
    preds = Path(pred_dir) if pred_dir is not None else None
    notes = Path(notes_dir) if notes_dir is not None else None
    cases = []
    for raw in gold_paths:
        gold_path = Path(raw)
        gold = load_gold(gold_path)
        cases.append((str(gold_path), gold, _predicted_note(gold_path, gold, preds, notes, run)))
    return score_notes(cases, level, "predictions" if preds is not None else "extractor")
