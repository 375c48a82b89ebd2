"""Speed per language: time per MB of ``extract`` on Spanish and French notes beside the seed.

Usage: .venv/bin/python benchmarks/languages.py [--rounds 15] [NOTE ...]

Issue 14 asks a Spanish note to run within 1.2x of the English seed's time per MB. Every round
extracts each note once (CPU time, the notes alternated, pipelines warm: each language's is
built before timing), and the table gives per note the median seconds, seconds per MB and the
median of the per-round ratios of its time per MB to the seed's. Without arguments it times the
fixture notes whose names start with ``es-``/``fr-`` (in ``fixtures/notes`` and
``fixtures/lang-dev/notes``), the parallel pair ``pair-en``/``pair-es`` and the seed's Spanish
translation ``fixtures/parallel/honlac-27-nota-es.txt`` (the same note in two languages: the
fairest comparison, since notes differ in entities per KB).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from honlac_extract import extract

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "notes" / "honlac-27-note.txt"
FOLDERS = (
    ROOT / "fixtures" / "notes",
    ROOT / "fixtures" / "lang-dev" / "notes",
    ROOT / "fixtures" / "parallel",
)


def default_notes() -> list[Path]:
    return sorted(
        {
            p
            for folder in FOLDERS
            for pattern in ("es-*.txt", "fr-*.txt", "pair-*.txt", "honlac-*-nota-es.txt")
            for p in folder.glob(pattern)
        }
    )


def cpu_seconds(text: str) -> float:
    start = time.process_time()
    extract(text)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notes", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    paths = [SEED, *(args.notes or default_notes())]
    texts = {p: p.read_text(encoding="utf-8") for p in paths}
    megabytes = {p: len(t.encode("utf-8")) / 1e6 for p, t in texts.items()}
    languages = {p: extract(t).metadata.language for p, t in texts.items()}  # warms each pipeline
    times: dict[Path, list[float]] = {p: [] for p in paths}
    ratios: dict[Path, list[float]] = {p: [] for p in paths}
    for _ in range(args.rounds):
        for p in paths:
            times[p].append(cpu_seconds(texts[p]))
        seed_per_mb = times[SEED][-1] / megabytes[SEED]
        for p in paths:
            ratios[p].append(times[p][-1] / megabytes[p] / seed_per_mb)
    print(f"{'note':34} {'lang':>4} {'KB':>7} {'s/note':>8} {'s/MB':>7} {'x seed/MB':>9}")
    for p in paths:
        median = statistics.median(times[p])
        print(
            f"{p.name:34} {languages[p] or '-':>4} {megabytes[p] * 1000:7.1f} {median:8.4f} "
            f"{median / megabytes[p]:7.2f} {statistics.median(ratios[p]):9.2f}"
        )


if __name__ == "__main__":
    main()
