"""The ``honlac-extract evaluate`` sub-command: the harness behind a table and an exit code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..outputs.json_files import write_atomic

if TYPE_CHECKING:  # the harness is imported when ``evaluate`` runs, not when the CLI starts
    from .harness import Extractor
    from .report import EvaluationReport, Figure


def format_table(report: EvaluationReport) -> str:
    """The report's figures as a plain-text table (P/R/F1 per label and micro, then structure)."""
    lines = [
        f"evaluation of {len(report.gold_files)} gold file(s), {report.level} level",
        f"{'label':<10} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}",
    ]
    for score in [*report.labels, report.micro]:
        lines.append(
            f"{score.label:<10} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} "
            f"{score.tp:5d} {score.fp:5d} {score.fn:5d}"
        )
    if report.facts:
        lines.append("")
        lines.append(f"{'fact slot':<10} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}")
        for score in report.facts:
            lines.append(
                f"{score.label:<10} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} "
                f"{score.tp:5d} {score.fp:5d} {score.fn:5d}"
            )
    lines.append("")
    lines.append(f"{'structure':<18} {'correct':>7} {'gold':>5} {'pred':>5} {'rate':>6}")
    figures: list[tuple[str, Figure]] = [
        ("metadata fields", report.structure.metadata),
        ("sections", report.structure.sections),
        ("sub-headings", report.structure.subheadings),
        ("paragraph numbers", report.structure.paragraph_numbers),
        ("boundaries", report.structure.boundaries),
    ]
    if report.structure.groups.total:
        figures.insert(3, ("sub-section groups", report.structure.groups))
    for name, figure in figures:
        lines.append(
            f"{name:<18} {figure.correct:7d} {figure.total:5d} {figure.predicted:5d} "
            f"{figure.rate:6.3f}"
        )
    lines.append("")
    lines.append(
        f"{len(report.misses)} misses, {len(report.false_positives)} false positives, "
        f"{len(report.structure_errors)} structure errors (--json lists them)"
    )
    return "\n".join(lines) + "\n"


def gold_files(arguments: list[str]) -> list[Path]:
    """Gold files named on the command line, and the ``*.json`` inside named folders (sorted)."""
    paths: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        paths += sorted(path.glob("*.json")) if path.is_dir() else [path]
    return paths


def _with_model(model: str | None) -> Extractor | None:
    """The extractor with a trained spaCy pipeline's proposals, or None for the default."""
    if model is None:
        return None
    from .. import api  # here, not at the top: the CLI starts without importing spaCy

    return lambda path: api.extract_file(path, model=model)


def format_files(report: EvaluationReport) -> str:
    """One line per gold file: micro P/R/F1 and its error counts (where to look first)."""
    lines = [f"{'file':<40} {'P':>6} {'R':>6} {'F1':>6} {'FP':>5} {'FN':>5}"]
    for scores in report.files:
        micro = scores.micro
        lines.append(
            f"{Path(scores.file).name:<40} {micro.precision:6.3f} {micro.recall:6.3f} "
            f"{micro.f1:6.3f} {micro.fp:5d} {micro.fn:5d}"
        )
    return "\n".join(lines) + "\n"


def run(arguments: argparse.Namespace) -> int:
    """Run the evaluation; 0 ok, 1 micro F1 under ``--fail-under``, 2 unreadable input."""
    from .gold import GoldError
    from .harness import EvaluationError, evaluate

    try:
        report = evaluate(
            gold_files(arguments.gold),
            arguments.pred,
            notes_dir=arguments.notes,
            level=arguments.level,
            extractor=_with_model(arguments.model),
        )
    except (GoldError, EvaluationError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(format_table(report))
    if arguments.per_file:
        sys.stdout.write("\n" + format_files(report))
    if arguments.json is not None:
        write_atomic(arguments.json, report.model_dump_json(indent=2) + "\n")
    if arguments.fail_under is not None and report.micro.f1 < arguments.fail_under:
        print(
            f"micro F1 {report.micro.f1:.3f} is under --fail-under {arguments.fail_under}",
            file=sys.stderr,
        )
        return 1
    return 0


def add_evaluate_command(commands: Any) -> None:
    """Register ``evaluate`` on the sub-command parsers of the main ``honlac-extract`` parser."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "evaluate", help="score the extractor (or saved predictions) against gold files"
    )
    parser.add_argument("gold", nargs="+", help="gold annotation files (JSON) or folders")
    parser.add_argument("--pred", help="folder of predicted notes (<stem>.json from convert)")
    parser.add_argument("--notes", help="folder of input texts (default: ../notes beside the gold)")
    parser.add_argument("--json", type=Path, help="write the full report (every error) here")
    parser.add_argument("--fail-under", type=float, help="exit 1 if micro F1 is below this")
    parser.add_argument("--per-file", action="store_true", help="also print one line per file")
    parser.add_argument(
        "--model", help="also use this installed trained spaCy pipeline's proposals (extract_file)"
    )
    parser.add_argument(
        "--level",
        choices=("paragraph", "document"),
        default="paragraph",
        help="compare entities per numbered paragraph (default) or per document",
    )
    parser.set_defaults(run=run)
