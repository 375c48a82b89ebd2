"""Reading speed of the seed note as PDF and DOCX beside the .txt path (issue 6).

Run: ``.venv/bin/python benchmarks/pdf_speed.py [--runs N]``. Builds the seed as PDF and DOCX
(tests/notedocs) in a temporary folder, then times, as the median of N runs after a warm-up:
reading alone (``read_document``: bytes to the text offsets index) and the whole
``extract_file`` (reading, structure, entities), for each format, with the ratio to .txt.

Then the PDF reader beside pypdfium2's own plain text extraction of the same pages (open,
every page's text page and ``get_text_range``): CPU time, rounds alternating the two, the
median of each and the median of the per-round ratios (the issue's bar: within 3x). ``--pdf``
adds PDF files of your own (e.g. real notes) to that comparison. ``--old REV`` times the PDF
reader of a git revision too, in the same rounds (its package is unpacked from git into a
temporary folder under another name), for a before/after on the same machine load.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import io
import platform
import statistics
import subprocess
import sys
import tarfile
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


Reader = Callable[[bytes, str], object]


def old_reader(revision: str, folder: Path) -> Reader:
    """``read_pdf`` of the package at git ``revision``, unpacked into ``folder`` as
    ``honlac_old`` (its imports are relative, so it runs whole beside the current one)."""
    archive = subprocess.run(
        ["git", "archive", revision, "src/honlac_extract"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    (folder / "src" / "honlac_extract").rename(folder / "honlac_old")
    sys.path.insert(0, str(folder))
    reader: Reader = importlib.import_module("honlac_old.readers.pdf").read_pdf
    return reader


def against_plain(data: bytes, rounds: int, old: Reader | None) -> dict[str, float]:
    """Median CPU seconds of ``read_pdf`` (and of the ``old`` one) and of :func:`plain_text`,
    and the medians of the per-round ratios; each round times all, in a rotating order."""
    readers: dict[str, Callable[[], object]] = {
        "ours": lambda: read_pdf(data, "bench.pdf"),
        "plain": lambda: plain_text(data),
    }
    if old is not None:
        readers["old"] = lambda: old(data, "bench.pdf")
    for action in readers.values():
        action()
    names = list(readers)
    timed: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(rounds):
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            start = time.process_time()
            readers[name]()
            timed[name].append(time.process_time() - start)
    result = {name: statistics.median(times) for name, times in timed.items()}
    for name in names:
        ratios = [a / b for a, b in zip(timed[name], timed["plain"], strict=True)]
        result[f"{name}/plain"] = statistics.median(ratios)
    if old is not None:
        ratios = [a / b for a, b in zip(timed["ours"], timed["old"], strict=True)]
        result["ours/old"] = statistics.median(ratios)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=15, help="rounds against plain text")
    parser.add_argument("--pdf", type=Path, nargs="*", default=[], help="more PDFs to compare")
    parser.add_argument("--old", help="a git revision whose PDF reader is timed too")
    arguments = parser.parse_args()
    runs = arguments.runs
    seed = NOTES / "honlac-27-note.txt"
    with tempfile.TemporaryDirectory() as folder:
        old = old_reader(arguments.old, Path(folder) / "old") if arguments.old else None
        note = parse_fixture(seed)
        paths = {
            "txt": seed,
            "pdf": build_pdf(note, Path(folder) / "seed.pdf"),
            "docx": build_docx(note, Path(folder) / "seed.docx"),
        }
        read = {k: _median(functools.partial(read_document, p), runs) for k, p in paths.items()}
        full = {k: _median(functools.partial(extract_file, p), runs) for k, p in paths.items()}
        sizes = {k: p.stat().st_size for k, p in paths.items()}
        compared = [("seed (built)", paths["pdf"].read_bytes())]
        compared += [(path.name, path.read_bytes()) for path in arguments.pdf]
        plain = [
            (name, len(pdfium.PdfDocument(data)), against_plain(data, arguments.rounds, old))
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
    extra = f" {'old':>7} {'ratio':>6} {'new/old':>7}" if old else ""
    print(f"{'file':<34} {'pages':>5} {'read_pdf':>9} {'plain':>7} {'ratio':>6}{extra}")
    for name, pages, got in plain:
        row = f"{name[:34]:<34} {pages:5d} {got['ours'] * 1000:9.1f} {got['plain'] * 1000:7.1f}"
        row += f" {got['ours/plain']:6.2f}"
        if old:
            row += f" {got['old'] * 1000:7.1f} {got['old/plain']:6.2f} {got['ours/old']:7.2f}"
        print(row)


if __name__ == "__main__":
    main()
