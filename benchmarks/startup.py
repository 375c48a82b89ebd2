"""Start-up: CPU time of a one-note ``convert`` in a fresh process (issue 17, bar 0.6 s).

Run: ``.venv/bin/python benchmarks/startup.py [--rounds 7] [--old REV]``. Times
``python -m honlac_extract.cli convert <seed> -o <tmp>`` (user + system CPU of the child) in
three settings, alternating them round by round, and prints each one's median and range:

- ``cold``: the matcher cache in an empty folder (each round starts from none);
- ``warm``: the matcher cache filled by an earlier run;
- ``old``: the source of ``REV`` (default: the commit before the start-up work), extracted
  with ``git archive`` into a temporary folder and put first on ``PYTHONPATH``.

- ``floor``: only ``import spacy`` and ``spacy.blank("en")`` (collector off, no clean-up at
  exit): what any one-note run on spaCy pays before a component or a note.

The cold and warm outputs must be byte-identical (the old revision's may differ by the other
changes made since). ``--bytecode`` runs every setting with Python's bytecode cache in a
temporary folder (``PYTHONPYCACHEPREFIX``, each setting run once first to fill it), as an
installed package runs; without it the environment decides (with ``PYTHONDONTWRITEBYTECODE``
set, as in the development sandbox, every module of ``src`` is compiled from source each run).
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


FLOOR = (
    "import gc, os; gc.disable()\n"
    "from honlac_extract.spacy_import import import_spacy\n"
    "import_spacy(); import spacy; spacy.blank('en'); os._exit(0)"
)
"""The ``floor`` setting's program: spaCy imported and a blank English pipeline built."""


def convert_cpu(env: dict[str, str], out: Path) -> float:
    """CPU seconds of one ``convert`` of the seed into ``out`` in a fresh interpreter."""
    command = [sys.executable, "-m", "honlac_extract.cli", "convert", str(SEED), "-o", str(out)]
    before = _children_cpu()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return _children_cpu() - before


def floor_cpu(env: dict[str, str]) -> float:
    """CPU seconds of :data:`FLOOR` in a fresh interpreter."""
    before = _children_cpu()
    subprocess.run([sys.executable, "-c", FLOOR], env=env, check=True, capture_output=True)
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


def _bytecode(env: dict[str, str], folder: Path) -> dict[str, str]:
    """``env`` with the bytecode cache written and read in ``folder``."""
    cached = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**cached, "PYTHONPYCACHEPREFIX": str(folder)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--old", default=OLD, help="git revision timed as 'old'")
    parser.add_argument("--bytecode", action="store_true", help="a bytecode cache, as installed")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        base = dict(os.environ)
        if arguments.bytecode:
            base = _bytecode(base, work / "pycache")
        warm_cache = work / "warm-cache"
        settings = {
            "cold": base,
            "warm": {**base, "HONLAC_CACHE_DIR": str(warm_cache)},
            "old": {**base, "PYTHONPATH": str(_old_source(arguments.old, work / "old"))},
            "floor": base,
        }
        convert_cpu(settings["warm"], work / "fill")  # fills the warm cache (and bytecode's)
        if arguments.bytecode:
            convert_cpu(settings["old"], work / "fill-old")
        times: dict[str, list[float]] = {name: [] for name in settings}
        last: dict[str, dict[str, bytes]] = {}
        for round_ in range(arguments.rounds):
            for name, env in settings.items():
                if name == "floor":
                    times[name].append(floor_cpu(env))
                    continue
                if name == "cold":
                    env = {**base, "HONLAC_CACHE_DIR": str(work / f"cold-{round_}")}
                out = work / f"out-{name}-{round_}"
                times[name].append(convert_cpu(env, out))
                last[name] = _outputs(out)
    cache = "bytecode cached" if arguments.bytecode else "bytecode as the environment says"
    print(f"one-note convert of {SEED.name}, CPU s (user + system), {arguments.rounds} rounds")
    print(f"({cache}; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} at the end)")
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
