"""Text and layout of PDFs read by this checkout against another's (the pre-flight of forms,
readers/pdf_preflight.py, must change no real PDF).

Run: ``python benchmarks/pdf_preflight_same.py OTHER_SRC [PDF or folder ...]`` (default: the
UN corpus at /work/shared/corpus/un-pdf/ and the fixture notes laid out as PDFs). Each PDF is
read in two fresh processes, one per source tree, and the SHA-256 of the repr of (text,
layout: pages, boxes, footnotes, furniture), or the error message, is compared; prints one
line per file and a summary.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/un-pdf")

_READ = """
import hashlib, json, sys
from honlac_extract.errors import InputError
from honlac_extract.readers import read_document
out = {}
for name in sys.argv[1:]:
    try:
        d = read_document(name)
        l = d.layout
        same = repr((d.text, list(l.pages), l.boxes, l.footnotes, l.furniture))
        out[name] = hashlib.sha256(same.encode("utf-8", "surrogatepass")).hexdigest()
    except InputError as error:
        out[name] = "error: " + str(error)
print(json.dumps(out))
"""


def _digests(src: Path, pdfs: list[Path]) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", _READ, *map(str, pdfs)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
    )
    result: dict[str, str] = json.loads(done.stdout)
    return result


def main() -> int:
    other = Path(sys.argv[1])
    given = [Path(arg) for arg in sys.argv[2:]]
    with tempfile.TemporaryDirectory() as folder:
        if not given:
            sys.path.insert(0, str(ROOT / "tests"))
            import notedocs

            built = notedocs.build_all(Path(folder))
            given = [CORPUS, *[path for (_, kind), path in built.items() if kind == "pdf"]]
        pdfs = sorted(p for g in given for p in ([g] if g.is_file() else g.glob("*.pdf")))
        ours, theirs = _digests(ROOT / "src", pdfs), _digests(other, pdfs)
    differ = [name for name in ours if ours[name] != theirs[name]]
    for name in ours:
        mark = "DIFFERS" if name in differ else "same"
        print(f"{mark:8s} {name} {ours[name][:70]}")
    print(f"{len(ours) - len(differ)} of {len(ours)} PDFs identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
