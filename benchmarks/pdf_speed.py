"""Reading speed of the seed note as PDF and DOCX beside the .txt path (issue 6).

Run: ``.venv/bin/python benchmarks/pdf_speed.py [--runs N]``. Builds the seed as PDF and DOCX
(tests/notedocs) in a temporary folder, then times, as the median of N runs after a warm-up:
reading alone (``read_document``: bytes to the text offsets index) and the whole
``extract_file`` (reading, structure, entities), for each format, with the ratio to .txt.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from honlac_extract import extract_file  # noqa: E402
from honlac_extract.readers import read_document  # noqa: E402
from notedocs import NOTES, build_docx, build_pdf, parse_fixture  # noqa: E402


def _median(action: Callable[[], object], runs: int) -> float:
    action()  # warm-up: imports, pipeline load, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    seed = NOTES / "honlac-27-note.txt"
    with tempfile.TemporaryDirectory() as folder:
        note = parse_fixture(seed)
        paths = {
            "txt": seed,
            "pdf": build_pdf(note, Path(folder) / "seed.pdf"),
            "docx": build_docx(note, Path(folder) / "seed.docx"),
        }
        read = {k: _median(lambda p=p: read_document(p), runs) for k, p in paths.items()}
        full = {k: _median(lambda p=p: extract_file(p), runs) for k, p in paths.items()}
        sizes = {k: p.stat().st_size for k, p in paths.items()}
    print(f"python {platform.python_version()} on {platform.machine()}, median of {runs} runs")
    print(f"{'format':<6} {'bytes':>8} {'read ms':>9} {'x txt':>7} {'extract ms':>11} {'x txt':>7}")
    for key in paths:
        print(
            f"{key:<6} {sizes[key]:8d} {read[key] * 1000:9.1f} {read[key] / read['txt']:7.1f} "
            f"{full[key] * 1000:11.1f} {full[key] / full['txt']:7.2f}"
        )


if __name__ == "__main__":
    main()
