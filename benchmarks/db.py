"""``db`` over 200 converted notes: the first load, and a re-run with nothing new.

The 13 fixture notes of ``fixtures/expected/`` are copied round-robin into 200 files, each
given its own ``source.sha256`` so that the database sees 200 distinct notes (about 15 of
them as long as the seed). Prints the seconds of each run and the row counts.

    .venv/bin/python benchmarks/db.py [--notes 200] [--seed]

``--seed`` copies only the seed (31 kB of text, 0.5 MB of JSON): the heavy case.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
import time
from pathlib import Path

from honlac_extract.outputs.database import build_database

ROOT = Path(__file__).resolve().parents[1]


def _collection(folder: Path, count: int, seed_only: bool) -> None:
    pattern = "honlac-27-note.json" if seed_only else "*.json"
    sources = sorted((ROOT / "fixtures" / "expected").glob(pattern))
    for index in range(count):
        data = json.loads(sources[index % len(sources)].read_text(encoding="utf-8"))
        data["source"]["sha256"] = hashlib.sha256(f"copy {index}".encode()).hexdigest()
        target = folder / f"note-{index:04d}.json"
        target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=200)
    parser.add_argument("--seed", action="store_true", help="copy only the (long) seed note")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        notes, database = Path(folder) / "out", Path(folder) / "honlea.duckdb"
        notes.mkdir()
        _collection(notes, arguments.notes, arguments.seed)
        size = sum(p.stat().st_size for p in notes.iterdir()) / 1e6
        started = time.perf_counter()
        first = build_database([notes], database)
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        again = build_database([notes], database)
        rerun = time.perf_counter() - started
        import duckdb

        with duckdb.connect(str(database), read_only=True) as connection:
            counts = {
                table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("notes", "paragraphs", "entities", "facts")
            }
    print(f"{arguments.notes} notes, {size:.1f} MB of JSON")
    print(f"first load: {loaded:.2f} s ({len(first.added)} added); rows {counts}")
    print(
        f"re-run, nothing new: {rerun:.3f} s "
        f"({again.unchanged} unchanged, {len(again.added)} added)"
    )


if __name__ == "__main__":
    main()
