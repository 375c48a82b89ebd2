"""What the pre-flight of forms (readers/pdf_preflight.py) costs on real PDFs.

Run: ``python benchmarks/pdf_preflight_cost.py [PDF ...]`` (default: the UN corpus at
/work/shared/corpus/un-pdf/, scans without a text layer left out). For each PDF, the median
CPU time of 7 runs of the pre-flight alone (the byte test, and pypdf's pass over pages and
forms where the file can hold forms; the cyclic collector paused, as ``read_pdf`` does) and of
the whole ``read_pdf`` (which includes it); prints the files where it costs over a millisecond
and the corpus total as a share of reading without it.
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

from honlac_extract.errors import InputError
from honlac_extract.readers import pdf_preflight
from honlac_extract.readers.pdf import read_pdf

CORPUS = Path("/work/shared/corpus/un-pdf")


def _median(action: Callable[[], object], runs: int = 7) -> float:
    action()
    times = []
    for _ in range(runs):
        gc.disable()
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
        gc.enable()
    return statistics.median(times)


def main() -> None:
    paths = [Path(arg) for arg in sys.argv[1:]] or sorted(CORPUS.glob("*.pdf"))
    spent = total = 0.0
    for path in paths:
        data = path.read_bytes()
        try:
            read_pdf(data, path.name)
        except InputError:
            continue  # a scan: no text layer
        pages = len(pdfium.PdfDocument(data))

        def preflight(data: bytes = data, pages: int = pages) -> None:
            checks = pdf_preflight.Preflight(data, pages)
            for index in range(pages):
                checks.check(index)

        alone = _median(preflight)
        whole = _median(lambda data=data, name=path.name: read_pdf(data, name))
        spent, total = spent + alone, total + whole
        if alone > 0.001:
            share = 100 * alone / (whole - alone)
            print(
                f"{path.name[:34]:<34} pre-flight {alone * 1000:6.1f} ms of read_pdf "
                f"{whole * 1000:7.1f} ms ({share:4.1f}%)"
            )
    print(
        f"all {len(paths)} PDFs: pre-flight {spent * 1000:.1f} ms, read_pdf {total * 1000:.1f} ms"
        f" -> {100 * spent / (total - spent):.2f}% over reading without it"
    )


if __name__ == "__main__":
    main()
