"""Header-field accuracy on UN documents: per field, for each gold folder given.

    .venv/bin/python benchmarks/masthead.py --notes /work/shared/corpus/un-pdf \
        fixtures/un-pdf-gold/seen fixtures/un-pdf-gold/unseen

Each gold file (the evaluation gold format, metadata only) names its input; the input is read
with the real pipeline (``extract_file``) and each gold metadata field is compared "exactly
after normalising case and white space" (honlac_extract.evaluation.fields).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from honlac_extract import extract_file
from honlac_extract.evaluation.fields import score_fields


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--notes", type=Path, required=True, help="folder of the input files")
    parser.add_argument("--errors", action="store_true", help="list every wrong field")
    arguments = parser.parse_args()
    for folder in arguments.folders:
        scores = score_fields(folder, arguments.notes, extract_file)
        print(f"{folder}: {scores.scored} file(s) scored, {scores.skipped} skipped (input absent)")
        for key in scores.fields():
            correct, total = scores.counts[key]
            print(f"  {key:<20} {correct:3d}/{total:<3d} {correct / total:6.3f}")
        if arguments.errors:
            print("\n".join(f"  {error}" for error in scores.errors))


if __name__ == "__main__":
    main()
