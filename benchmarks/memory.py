"""Peak memory per MB of input: the seed beside larger inputs, each in a fresh process.

Usage: .venv/bin/python benchmarks/memory.py [--sizes-kb 1024 5120]

Each measurement runs ``extract_file`` in a new interpreter that first loads the pipeline
(``warm``) and records its peak resident set (``ru_maxrss``); the figure reported is the peak
after the note minus the peak after warming, divided by the input's size. Inputs: the seed
note as it is, and the seed's text repeated up to each size (a long note of real paragraphs).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "notes" / "honlac-27-note.txt"

_CHILD = """
import json, resource, sys
from honlac_extract.warmup import warm
from honlac_extract import extract_file
warm()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
note = extract_file(sys.argv[1])
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"warm_kb": before, "peak_kb": after, "entities": len(note.entities)}))
"""


def measure(path: Path) -> dict[str, float]:
    """Peak memory of one ``extract_file`` of ``path`` in a fresh process (KiB and per MB)."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, check=True
    )
    figures = json.loads(done.stdout)
    megabytes = path.stat().st_size / 1e6
    grown_mb = (figures["peak_kb"] - figures["warm_kb"]) / 1024
    return {
        "input_mb": round(megabytes, 3),
        "warm_mb": round(figures["warm_kb"] / 1024, 1),
        "peak_mb": round(figures["peak_kb"] / 1024, 1),
        "grown_mb_per_input_mb": round(grown_mb / megabytes, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes-kb", type=int, nargs="*", default=[1024, 5000])
    arguments = parser.parse_args()
    seed = SEED.read_text(encoding="utf-8")
    rows = [("seed", measure(SEED))]
    with tempfile.TemporaryDirectory() as folder:
        for size in arguments.sizes_kb:
            path = Path(folder) / f"seed-x-{size}kb.txt"
            copies = max(1, size * 1000 // len(seed.encode("utf-8")))
            path.write_text(seed * copies, encoding="utf-8")
            rows.append((f"seed x{copies}", measure(path)))
    print(f"{'input':<14}{'MB':>8}{'warm MB':>9}{'peak MB':>9}{'grown MB per input MB':>23}")
    for name, row in rows:
        print(
            f"{name:<14}{row['input_mb']:>8}{row['warm_mb']:>9}{row['peak_mb']:>9}"
            f"{row['grown_mb_per_input_mb']:>23}"
        )


if __name__ == "__main__":
    main()
