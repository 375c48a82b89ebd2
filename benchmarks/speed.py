"""Speed benchmark: the whole pipeline beside spaCy's blank English tokenizer, plus throughput.

Usage: .venv/bin/python benchmarks/speed.py [--runs 20] [--batch 200] [--json OUT]

Prints, from one run on this machine:
- the median time per note of ``honlac_extract.extract`` on the seed note, beside
  ``spacy.blank("en")`` tokenising the same text, and their ratio (the project's budget is ~3x);
- notes per second over a batch of copies of fixtures/notes/*.txt with 1 and 2 worker processes
  (``ProcessPoolExecutor`` calling ``extract_file``; workers are warmed up before timing);
- peak resident memory (ru_maxrss) of this process and of the largest worker.
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import json
import multiprocessing
import platform
import pstats
import resource
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version
from pathlib import Path

import spacy

import honlac_extract
from honlac_extract import extract, extract_file

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "notes" / "honlac-27-note.txt"


def median_seconds(
    work: Callable[[], object], runs: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    """Median time of ``runs`` calls after one untimed warm-up call.

    ``time.process_time`` as ``clock`` gives CPU time, which other jobs on a shared machine
    disturb far less than wall time.
    """
    work()
    times = []
    for _ in range(runs):
        start = clock()
        work()
        times.append(clock() - start)
    return statistics.median(times)


def stage_profile(text: str, runs: int = 3) -> list[tuple[str, float]]:
    """Milliseconds per note of the pipeline's stages, from cProfile (overhead inflates them).

    Stages: the structure parser, each spaCy component's ``__call__``, entity extraction as a
    whole and the linking of mentions: where a slow pipeline spends its time.
    """
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(runs):
        extract(text)
    profile.disable()
    stages = []
    for (filename, line, function), row in pstats.Stats(profile).stats.items():  # type: ignore[attr-defined]
        if "honlac_extract" not in filename:
            continue
        module = filename.split("honlac_extract")[-1].lstrip("/\\")
        top = function in ("extract", "parse_structure", "extract_entities", "link_entities")
        component = function == "__call__" and module.startswith("entities")
        if (top and module.count("/") <= 1) or component:
            stages.append((f"{module}:{line} {function}", row[3] * 1000 / runs))
    return sorted(stages, key=lambda stage: -stage[1])


def _extract_one(path: str) -> int:
    return len(extract_file(path).entities)


def _warm(_: int) -> int:
    return _extract_one(str(SEED))


def throughput(paths: list[Path], workers: int) -> float:
    """Notes per second extracting ``paths`` with ``workers`` fresh (spawned) processes."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        list(pool.map(_warm, range(workers * 2)))
        start = time.perf_counter()
        list(pool.map(_extract_one, map(str, paths), chunksize=4))
        elapsed = time.perf_counter() - start
    return len(paths) / elapsed


def batch_copies(folder: Path, size: int) -> list[Path]:
    """``size`` copies of the fixture notes (cycled) in ``folder``."""
    sources = sorted((ROOT / "fixtures" / "notes").glob("*.txt"))
    paths = []
    for index, source in zip(range(size), itertools.cycle(sources), strict=False):
        target = folder / f"{index:04d}-{source.name}"
        shutil.copyfile(source, target)
        paths.append(target)
    return paths


def _rss_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="timed runs per median")
    parser.add_argument("--batch", type=int, default=200, help="notes in the throughput batch")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    arguments = parser.parse_args()

    text = SEED.read_text(encoding="utf-8")
    blank = spacy.blank("en")
    ours = median_seconds(lambda: extract(text), arguments.runs)
    tokenise = median_seconds(lambda: blank(text), arguments.runs)
    ours_cpu = median_seconds(lambda: extract(text), arguments.runs, time.process_time)
    tokenise_cpu = median_seconds(lambda: blank(text), arguments.runs, time.process_time)
    note = extract(text)
    stages = stage_profile(text)
    with tempfile.TemporaryDirectory() as folder:
        paths = batch_copies(Path(folder), arguments.batch)
        one = throughput(paths, 1)
        two = throughput(paths, 2)
    figures = {
        "python": platform.python_version(),
        "spacy": version("spacy"),
        "honlac_extract": honlac_extract.__version__,
        "cpus": multiprocessing.cpu_count(),
        "seed_chars": len(text),
        "seed_paragraphs": len(note.paragraphs),
        "seed_entities": len(note.entities),
        "pipeline_ms": ours * 1000,
        "blank_tokenizer_ms": tokenise * 1000,
        "ratio": ours / tokenise,
        "pipeline_cpu_ms": ours_cpu * 1000,
        "blank_tokenizer_cpu_ms": tokenise_cpu * 1000,
        "cpu_ratio": ours_cpu / tokenise_cpu,
        "batch": arguments.batch,
        "notes_per_s_1_worker": one,
        "notes_per_s_2_workers": two,
        "peak_rss_main_mib": _rss_mib(resource.RUSAGE_SELF),
        "peak_rss_worker_mib": _rss_mib(resource.RUSAGE_CHILDREN),
        "stages_ms_profiled": dict(stages),
    }
    print(
        f"seed note: {len(text)} characters, {len(note.paragraphs)} paragraphs, "
        f"{len(note.entities)} entities; median of {arguments.runs} runs"
    )
    print(f"{'':<34} {'honlac-extract':>15} {'spacy.blank(en)':>16} {'ratio':>7}")
    print(
        f"{'time per note (ms)':<34} {ours * 1000:15.2f} {tokenise * 1000:16.2f} "
        f"{ours / tokenise:7.2f}"
    )
    print(
        f"{'CPU time per note (ms)':<34} {ours_cpu * 1000:15.2f} {tokenise_cpu * 1000:16.2f} "
        f"{ours_cpu / tokenise_cpu:7.2f}"
    )
    print(f"{'notes/s, 1 worker, batch of ' + str(arguments.batch):<34} {one:15.1f}")
    print(f"{'notes/s, 2 workers':<34} {two:15.1f} {'':>16} {two / one:7.2f}")
    print(f"{'peak RSS (MiB), main process':<34} {figures['peak_rss_main_mib']:15.1f}")
    print(f"{'peak RSS (MiB), largest worker':<34} {figures['peak_rss_worker_mib']:15.1f}")
    print("stages of one seed note under cProfile (ms, cumulative, profiler overhead included):")
    for name, milliseconds in stages:
        print(f"  {milliseconds:9.1f}  {name}")
    if arguments.json is not None:
        arguments.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
