"""Batch benchmark: ``honlac-extract convert`` on 200 notes with --jobs 1 and --jobs 2.

Usage: .venv/bin/python benchmarks/batch.py [--notes 200] [--jobs 2] [--repeat 1]

The folder holds copies of ``fixtures/notes/*.txt`` (cycled, so the mix of long and short notes
is the fixtures' mix). Each run is the real command in a fresh process, start-up included, as
a user would time it. The outputs of both runs must be byte-identical; the script says so and
exits 1 otherwise. The two settings alternate ``--repeat`` times and the best run of each is
kept, which filters out moments when other processes took the cores; the medians and the range
of the ratios of the alternating pairs are printed too, to show how much the runs varied. The
start-up (Python, spaCy import, pipeline load: timed on a one-note folder) is paid once by
either setting and cannot be parallelised, so the ratio without it is printed too. CPU seconds
of all the run's processes are printed too: on a busy machine the wall-clock ratio also measures the
other processes, while equal CPU totals show the parallel run wastes no work.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted((ROOT / "fixtures" / "notes").glob("*.txt"))


def make_folder(folder: Path, count: int, sources: list[Path] = FIXTURES) -> None:
    """``count`` note files copied from ``sources`` (the fixtures) in turn."""
    folder.mkdir(parents=True)
    for number in range(count):
        source = sources[number % len(sources)]
        shutil.copyfile(source, folder / f"{number:04d}-{source.name}")


def run(notes: Path, out: Path, jobs: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds (all processes) of one ``convert``, start-up included."""
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "honlac_extract.cli", "convert", str(notes)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([*command, "-o", str(out), "-j", str(jobs), "-q"], check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _spin(count: int) -> int:
    total = 0
    for number in range(count):
        total += number * number
    return total


def machine_ratio(count: int = 20_000_000) -> float:
    """The speed-up 2 processes get on pure Python work right now: the ceiling for ours.

    On a shared or virtual machine it is often well below 2; the batch ratio is only
    meaningful next to it.
    """
    started = time.perf_counter()
    _spin(count)
    _spin(count)
    serial = time.perf_counter() - started
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_spin, [count, count])
    return serial / (time.perf_counter() - started)


def files(folder: Path) -> dict[str, bytes]:
    """Every output file's bytes by name (the lock file aside)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".honlac-extract.lock"
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=2, help="the parallel setting (default 2)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument(
        "--fixture",
        help="copy only this fixture note (e.g. honlac-27-note, the one full-length real note) "
        "instead of all of them in turn: how the ratio depends on the work per note",
    )
    options = parser.parse_args()
    sources = FIXTURES
    if options.fixture:
        sources = [p for p in FIXTURES if p.stem == options.fixture]
        if not sources:
            parser.error(f"no fixture note named {options.fixture}")
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as scratch:
        notes = Path(scratch) / "notes"
        make_folder(notes, options.notes, sources)
        runs: dict[int, list[tuple[float, float]]] = {1: [], options.jobs: []}
        outputs: dict[int, dict[str, bytes]] = {}
        for _ in range(options.repeat):  # alternate, so both settings see the same conditions
            for jobs in runs:
                out = Path(scratch) / f"out-{jobs}"
                runs[jobs].append(run(notes, out, jobs))
                outputs[jobs] = files(out)
        times = {jobs: min(measured) for jobs, measured in runs.items()}
        ceiling = max(machine_ratio() for _ in range(options.repeat))
        one = Path(scratch) / "one"
        make_folder(one, 1)
        startup = min(run(one, Path(scratch) / "out-one", 1)[0] for _ in range(options.repeat))
    identical = outputs[1] == outputs[options.jobs]
    failed = outputs[1].get("errors.jsonl", b"").count(b"\n")
    print(f"notes: {options.notes} (copies of {len(sources)} fixtures), cores: {os.cpu_count()}")
    print(f"load average before: {load[0]:.2f} (other processes compete for the cores)")
    for jobs, (wall, cpu) in times.items():
        print(f"--jobs {jobs}: {wall:.2f} s wall, {cpu:.2f} s CPU (all processes)")
    print(f"ratio: {times[1][0] / times[options.jobs][0]:.2f}x")
    if options.repeat > 1:
        medians = {jobs: statistics.median(w for w, _ in runs[jobs]) for jobs in runs}
        pairs = [one[0] / other[0] for one, other in zip(runs[1], runs[options.jobs], strict=True)]
        parallel = medians[options.jobs]
        print(
            f"medians of {options.repeat} runs: --jobs 1 {medians[1]:.2f} s, --jobs "
            f"{options.jobs} {parallel:.2f} s, ratio {medians[1] / parallel:.2f}x; "
            f"ratios of the alternating pairs {min(pairs):.2f}-{max(pairs):.2f}x"
        )
    work = [times[jobs][0] - startup for jobs in (1, options.jobs)]
    print(f"start-up (one short note, --jobs 1): {startup:.2f} s")
    print(f"ratio without the start-up: {work[0] / work[1]:.2f}x")
    print(f"2-process ratio of pure Python spinning on this machine now: {ceiling:.2f}x")
    print(f"outputs byte-identical: {'yes' if identical else 'NO'} ({failed} failed notes)")
    return 0 if identical else 1


if __name__ == "__main__":
    raise SystemExit(main())
