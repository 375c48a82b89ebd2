"""Compare pypdfium2, pdfplumber and pypdf on the fixture PDFs: speed and text quality.

Run: ``.venv/bin/python benchmarks/pdf_libraries.py``. Builds the fixture PDFs (tests/notedocs)
into a temporary folder, extracts each with every library's plain-text call, and prints the
median time per document and the word-level similarity to the note's logical text.
"""

from __future__ import annotations

import difflib
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from notedocs.logical import parse_fixture  # noqa: E402
from notedocs.pdf_build import build_pdf  # noqa: E402

FIXTURES = ["honlac-27-note", "damage-page-break", "damage-furniture", "damage-glued-headings"]


def with_pypdfium2(path: Path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def with_pdfplumber(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def with_pypdf(path: Path) -> str:
    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


LIBRARIES: dict[str, Callable[[Path], str]] = {
    "pypdfium2": with_pypdfium2,
    "pdfplumber": with_pdfplumber,
    "pypdf": with_pypdf,
}


def expected_words(name: str) -> list[str]:
    note = parse_fixture(ROOT / "fixtures" / "notes" / f"{name}.txt")
    parts = [f"{b.number}. {b.text}" if b.number else b.text for b in note.blocks]
    text = " ".join(parts)
    text = re.sub(r"(?<![*\w])\*(?=\w)(.+?)(?<=\w)\*(?![*\w])", r"\1", text)  # italics
    return text.split()


CHECKS = ["English*", "agenda**", "São", "Panamá,", "—", "“Strong", "Policy’s", "Action,1"]
"""Tokens that need superscripts kept in place or non-ASCII characters decoded."""


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = {
            name: build_pdf(
                parse_fixture(ROOT / "fixtures" / "notes" / f"{name}.txt"),
                Path(folder) / f"{name}.pdf",
            )
            for name in FIXTURES
        }
        print(f"{'library':<11} {'seed ms':>8} {'all ms':>8} {'in order':>9} {'checks':>7}")
        for library, read in LIBRARIES.items():
            read(paths["honlac-27-note"])  # warm-up (imports)
            seed = statistics.median(_time(read, paths["honlac-27-note"]) for _ in range(5))
            total = sum(statistics.median(_time(read, p) for _ in range(3)) for p in paths.values())
            found = 0.0
            checks: set[str] = set()
            for name, path in paths.items():
                want = expected_words(name)
                got = read(path).split()
                matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
                found += sum(b.size for b in matcher.get_matching_blocks()) / len(want)
                checks |= {token for token in CHECKS if token in got}
            print(
                f"{library:<11} {seed * 1000:8.1f} {total * 1000:8.1f} "
                f"{found / len(paths):9.4f} {len(checks):3d}/{len(CHECKS)}"
            )


def _time(read: Callable[[Path], str], path: Path) -> float:
    start = time.perf_counter()
    read(path)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
