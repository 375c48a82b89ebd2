"""Start-up: CPU time of a one-note ``convert`` in a fresh process (issue 17, bar 0.6 s).

Run: ``.venv/bin/python benchmarks/startup.py [--rounds 7] [--old REV]``. Times
``python -m honlac_extract.cli convert <seed> -o <tmp>`` (user + system CPU of the child) in
three settings, alternating them round by round, and prints each one's median and range:

- ``cold``: the matcher cache in an empty folder (each round starts from none);
- ``warm``: the matcher cache filled by an earlier run;
- ``old``: the source of ``REV`` (default: the commit before the start-up work), extracted
  with ``git archive`` into a temporary folder and put first on ``PYTHONPATH``.

The cold and warm outputs must be byte-identical (the old revision's may differ by the other
changes made since).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "notes" / "honlac-27-note.txt"
OLD = "af48ead"
"""The commit before the start-up work (spaCy's CLI imported, the matcher tokenised)."""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def convert_cpu(env: dict[str, str], out: Path) -> float:
    """CPU seconds of one ``convert`` of the seed into ``out`` in a fresh interpreter."""
    command = [sys.executable, "-m", "honlac_extract.cli", "convert", str(SEED), "-o", str(out)]
    before = _children_cpu()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return _children_cpu() - before


def _old_source(revision: str, folder: Path) -> Path:
    """The ``src`` folder of ``revision``, extracted into ``folder``."""
    folder.mkdir(parents=True)
    archive = folder / "old.tar"
    with archive.open("wb") as out:
        subprocess.run(["git", "archive", revision, "src"], cwd=ROOT, stdout=out, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--old", default=OLD, help="git revision timed as 'old'")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        base = dict(os.environ)
        warm_cache = work / "warm-cache"
        settings = {
            "cold": base,
            "warm": {**base, "HONLAC_CACHE_DIR": str(warm_cache)},
            "old": {**base, "PYTHONPATH": str(_old_source(arguments.old, work / "old"))},
        }
        convert_cpu(settings["warm"], work / "fill")  # fills the warm cache
        times: dict[str, list[float]] = {name: [] for name in settings}
        last: dict[str, dict[str, bytes]] = {}
        for round_ in range(arguments.rounds):
            for name, env in settings.items():
                if name == "cold":
                    env = {**base, "HONLAC_CACHE_DIR": str(work / f"cold-{round_}")}
                out = work / f"out-{name}-{round_}"
                times[name].append(convert_cpu(env, out))
                last[name] = _outputs(out)
    print(f"one-note convert of {SEED.name}, CPU s (user + system), {arguments.rounds} rounds")
    for name, values in times.items():
        print(
            f"{name:<5} median {statistics.median(values):.3f}  "
            f"range {min(values):.3f}-{max(values):.3f}"
        )
    old = statistics.median(times["old"])
    for name in ("cold", "warm"):
        gain = old - statistics.median(times[name])
        print(f"{name} vs old: {gain:+.3f} s less ({gain / old:.0%})")
    identical = last["cold"] == last["warm"]
    print(f"cold and warm outputs byte-identical: {identical}")
    return 0 if identical else 1


if __name__ == "__main__":
    raise SystemExit(main())
