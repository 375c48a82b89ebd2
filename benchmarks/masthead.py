"""Header-field accuracy on UN documents: per field, for each gold folder given.

    .venv/bin/python benchmarks/masthead.py --notes /work/shared/corpus/un-pdf \
        fixtures/un-pdf-gold/seen fixtures/un-pdf-gold/unseen

Each gold file (the evaluation gold format, metadata only) names its input; the input is read
with the real pipeline (``extract_file``) and each gold metadata field is compared "exactly
after normalising case and white space" (honlac_extract.evaluation.fields). An input the
pipeline refuses (a scan with no text layer) is counted as skipped, with the reason printed.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from honlac_extract import extract_file
from honlac_extract.errors import InputError
from honlac_extract.evaluation.fields import FieldScores, score_fields
from honlac_extract.evaluation.gold import load_gold
from honlac_extract.models import Note


def score_folder(folder: Path, notes: Path) -> tuple[FieldScores, list[str]]:
    """Scores of ``folder``'s gold and the reasons of the inputs that could not be read.

    Each input is read once; only those read are linked into the folder handed to the scorer,
    so the scorer skips the others as absent."""
    read: dict[str, Note] = {}
    refused: list[str] = []
    with tempfile.TemporaryDirectory() as readable:
        for path in sorted(folder.glob("*.json")):
            name = load_gold(path).file
            source = notes / name
            if not source.is_file():
                continue
            try:
                read[name] = extract_file(source)
            except InputError as error:
                refused.append(f"skipped {error}")
                continue
            link = Path(readable) / name
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(source.resolve())
        root = Path(readable)
        scores = score_fields(folder, root, lambda p: read[p.relative_to(root).as_posix()])
    return scores, refused


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--notes", type=Path, required=True, help="folder of the input files")
    parser.add_argument("--errors", action="store_true", help="list every wrong field")
    arguments = parser.parse_args()
    for folder in arguments.folders:
        scores, refused = score_folder(folder, arguments.notes)
        print(
            f"{folder}: {scores.scored} file(s) scored, {scores.skipped} skipped "
            f"(input absent or unreadable)"
        )
        for reason in refused:
            print(f"  {reason}")
        for key in scores.fields():
            correct, total = scores.counts[key]
            print(f"  {key:<20} {correct:3d}/{total:<3d} {correct / total:6.3f}")
        if arguments.errors:
            print("\n".join(f"  {error}" for error in scores.errors))


if __name__ == "__main__":
    main()
