"""Header-field accuracy on UN documents: per field, for each gold folder given.

    .venv/bin/python benchmarks/masthead.py --notes /work/shared/corpus/un-pdf \
        fixtures/un-pdf-gold/seen fixtures/un-pdf-gold/unseen

Each gold file (the evaluation gold format, metadata only) names its input; the input is read
with the real pipeline (``extract_file``) and each gold metadata field is compared "exactly
after normalising case and white space", as ``honlac-extract evaluate`` compares metadata.
Folders whose inputs are absent are reported as skipped.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path
from typing import Any

from honlac_extract import extract_file
from honlac_extract.evaluation.gold import load_gold
from honlac_extract.evaluation.normalise import fold

HEADLINE = ("symbol", "date", "original_language", "kind", "title", "agenda_items")


def canonical(value: Any) -> Any:
    """A metadata value after normalising case and white space (lists item by item)."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return tuple(canonical(v) for v in value)
    return fold(str(value))


def score_folder(folder: Path, notes: Path) -> tuple[dict[str, list[int]], list[str], int]:
    """{field: [correct, total]}, error lines, files skipped for a missing input."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors: list[str] = []
    skipped = 0
    for path in sorted(folder.glob("*.json")):
        gold = load_gold(path)
        source = notes / gold.file
        if not source.is_file():
            skipped += 1
            continue
        metadata = extract_file(source).metadata
        for key, expected in sorted(gold.metadata.items()):
            found = getattr(metadata, key)
            ok = canonical(expected) == canonical(found)
            counts[key][0] += ok
            counts[key][1] += 1
            if not ok:
                errors.append(f"  {gold.file}: {key}: gold {expected!r}, found {found!r}")
    return counts, errors, skipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--notes", type=Path, required=True, help="folder of the input files")
    parser.add_argument("--errors", action="store_true", help="list every wrong field")
    arguments = parser.parse_args()
    for folder in arguments.folders:
        counts, errors, skipped = score_folder(folder, arguments.notes)
        files = len(list(folder.glob("*.json")))
        print(f"{folder}: {files - skipped} file(s) scored, {skipped} skipped (input absent)")
        keys = [k for k in HEADLINE if k in counts] + sorted(set(counts) - set(HEADLINE))
        for key in keys:
            correct, total = counts[key]
            print(f"  {key:<20} {correct:3d}/{total:<3d} {correct / total:6.3f}")
        if arguments.errors:
            print("\n".join(errors))


if __name__ == "__main__":
    main()
