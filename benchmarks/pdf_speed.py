"""Reading speed of the seed note as PDF and DOCX beside the .txt path (issue 6).

Run: ``.venv/bin/python benchmarks/pdf_speed.py [--runs N]``. Builds the seed as PDF and DOCX
(tests/notedocs) in a temporary folder, then times, as the median of N runs after a warm-up:
reading alone (``read_document``: bytes to the text offsets index) and the whole
``extract_file`` (reading, structure, entities), for each format, with the ratio to .txt.

Then the PDF reader beside pypdfium2's own plain text extraction of the same pages (open,
every page's text page and ``get_text_range``): CPU time, rounds alternating the two, the
median of each and the median of the per-round ratios (the issue's bar: within 3x). ``--pdf``
adds PDF files of your own (e.g. real notes) to that comparison.
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

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from honlac_extract import extract_file  # noqa: E402
from honlac_extract.readers import read_document  # noqa: E402
from honlac_extract.readers.pdf import read_pdf  # noqa: E402
from notedocs import NOTES, build_docx, build_pdf, parse_fixture  # noqa: E402


def _median(action: Callable[[], object], runs: int) -> float:
    action()  # warm-up: imports, pipeline load, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def plain_text(data: bytes) -> int:
    """pypdfium2's plain text of every page: the floor any reader of the text layer pays."""
    document = pdfium.PdfDocument(data)
    characters = 0
    for page in document:
        textpage = page.get_textpage()
        characters += len(textpage.get_text_range())
        textpage.close()
        page.close()
    document.close()
    return characters


def against_plain(data: bytes, rounds: int) -> tuple[float, float, float]:
    """Median CPU seconds of ``read_pdf`` and of :func:`plain_text`, and the median of the
    per-round ratios; each round times both, alternating which goes first."""
    read_pdf(data, "bench.pdf")
    plain_text(data)
    ours, plain, ratios = [], [], []
    for round_ in range(rounds):
        timed = {}
        order = ("ours", "plain") if round_ % 2 == 0 else ("plain", "ours")
        for name in order:
            start = time.process_time()
            if name == "ours":
                read_pdf(data, "bench.pdf")
            else:
                plain_text(data)
            timed[name] = time.process_time() - start
        ours.append(timed["ours"])
        plain.append(timed["plain"])
        ratios.append(timed["ours"] / timed["plain"])
    return statistics.median(ours), statistics.median(plain), statistics.median(ratios)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=15, help="rounds against plain text")
    parser.add_argument("--pdf", type=Path, nargs="*", default=[], help="more PDFs to compare")
    arguments = parser.parse_args()
    runs = arguments.runs
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
        compared = [("seed (built)", paths["pdf"].read_bytes())]
        compared += [(path.name, path.read_bytes()) for path in arguments.pdf]
        plain = [
            (name, len(pdfium.PdfDocument(data)), against_plain(data, arguments.rounds))
            for name, data in compared
        ]
    print(f"python {platform.python_version()} on {platform.machine()}, median of {runs} runs")
    print(f"{'format':<6} {'bytes':>8} {'read ms':>9} {'x txt':>7} {'extract ms':>11} {'x txt':>7}")
    for key in paths:
        print(
            f"{key:<6} {sizes[key]:8d} {read[key] * 1000:9.1f} {read[key] / read['txt']:7.1f} "
            f"{full[key] * 1000:11.1f} {full[key] / full['txt']:7.2f}"
        )
    print(f"\nPDF reader vs pypdfium2 plain text, CPU ms, median of {arguments.rounds} rounds")
    print(f"{'file':<34} {'pages':>5} {'read_pdf':>9} {'plain':>7} {'ratio':>6}")
    for name, pages, (ours, text, ratio) in plain:
        print(f"{name[:34]:<34} {pages:5d} {ours * 1000:9.1f} {text * 1000:7.1f} {ratio:6.2f}")


if __name__ == "__main__":
    main()
