"""Adversarial inputs: time per MB of `extract` on pathological texts beside the seed's.

Every stage must run in time linear in its input, so no input may cost much more per megabyte
than a real note (the bar: 3x the seed's time per MB), and a longer note no more per megabyte
than a short one (the bar: the seed repeated 64 times within 1.3x of the seed's time per MB).

Run: ``.venv/bin/python benchmarks/adversarial.py [--scale F] [--repeat N]``. ``--scale 0.1``
makes every input ten times smaller for a quick look. Rounds alternate the seed and each input,
so a slow spell of the shared machine hits both; each keeps its best round (CPU time of this
process). "1st" is the ratio of the first round alone: it also pays for the input's new words
(spaCy adds every unseen string to its vocabulary once per process).
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from honlac_extract import extract

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "fixtures" / "notes" / "honlac-27-note.txt").read_text(encoding="utf-8")
MB = 1_000_000
LIMIT = 5 * 1024 * 1024  # the input limit of the command line (bytes)
_NUMBERED = re.compile(r"^(\d+)\. ", re.MULTILINE)


def _pseudo_words(count: int, seed: int) -> list[str]:
    """Distinct capitalised non-words ("Kabedu"): names no list knows."""
    rng = random.Random(seed)
    letters, vowels = "bcdfghjklmnprstvz", "aeiou"
    made: dict[str, None] = {}
    while len(made) < count:
        word = "".join(rng.choice(letters) + rng.choice(vowels) for _ in range(4))
        made[word.capitalize()] = None
    return list(made)


def _fit(text: str, size: int) -> str:
    """``text`` repeated or cut to ``size`` characters."""
    return (text * (size // max(1, len(text)) + 1))[:size]


def renumbered_seed(times: int) -> str:
    """The seed's header once and its body ``times`` times, paragraphs numbered on: a real
    note's structure at ``times`` its length."""
    body_start = _NUMBERED.search(SEED)
    assert body_start is not None
    header, body = SEED[: body_start.start()], SEED[body_start.start() :]
    count = len(_NUMBERED.findall(body))
    copies = []
    for copy in range(times):
        offset = copy * count
        copies.append(_NUMBERED.sub(lambda m, offset=offset: f"{int(m.group(1)) + offset}. ", body))
    return header + "\n\n".join(copies)


def agencies(count: int) -> str:
    """``count`` distinct national agencies of one country and head, one per paragraph."""
    words = _pseudo_words(2 * count, 7)
    return "\n\n".join(
        f"{n + 1}. The National Commission for {words[2 * n]} and {words[2 * n + 1]} of "
        f"Bolivia met the Ministry of {words[2 * n]} of Bolivia."
        for n in range(count)
    )


def definitions(size: int) -> str:
    """One paragraph of acronym definitions ("the National Kabedu Agency (NKA)")."""
    words = _pseudo_words(size // 40 + 1, 11)
    parts = [f"the National {w} Agency (N{w[:2].upper()}A)" for w in words]
    return "1. The " + _fit(", ".join(parts), size) + ".\n\n2. End."


def yearless_dates(size: int) -> str:
    """One paragraph of thousands of dates without a year and one year at the end."""
    line = "".join(f"On {1 + n % 28} March and {1 + n % 28} May officers met; " for n in range(50))
    return "1. " + _fit(line, size) + "In 2019."


def punctuation(size: int) -> str:
    """Runs of punctuation marks without spaces, one paragraph."""
    rng = random.Random(5)
    return "1. Text " + "".join(rng.choice("().-*[]/,;:'\"") for _ in range(size))


def mixed_lines(size: int) -> str:
    """Pathological lines of every kind, mixed, up to ``size`` characters."""
    rng = random.Random(13)
    kinds: list[Callable[[int], str]] = [
        lambda n: f"{n}. " * 40,
        lambda n: "(" * 3000,
        lambda n: "2.2.2.2." * 400,
        lambda n: f"{n}. The National Kabedu Agency (NKA{n}) and Ministry of Hodu (MH{n}),",
        lambda n: " ".join(("IV.", "IX.", "XII.", "Title")) * 20,
        lambda n: "**" * 500 + "*" * 501,
        lambda n: "[" * 800 + "]" * 800,
        lambda n: f"On {1 + n % 28} March and May " * 30,
        lambda n: "Ministry Office National Commission Bolivia Programme Of " * 30,
        lambda n: "".join(rng.choice("().-*[]/1a") for _ in range(2000)),
    ]
    lines, total, n = [], 0, 0
    while total < size:
        n += 1
        line = kinds[rng.randrange(len(kinds))](n)
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)[:size]


def inputs(scale: float) -> dict[str, str]:
    """The adversarial texts, sized by ``scale`` (1.0: about 1 MB each, two at 5 MiB)."""
    n = max(1000, int(MB * scale))
    full = max(1000, int(LIMIT * scale))
    return {
        "issue 13 combination": "1. " * (n // 5) + "(" * (n // 20) + "2.2.2.2." * (n // 20),
        "one paragraph of (": "1. Text " + "(" * n,
        "digits and dots": "1. " + _fit("1234567890.", n),
        "punctuation runs": punctuation(n),
        "stars and brackets": "1. " + _fit("**[(*)]**", n),
        "numbered lines": "".join(
            f"{i}. UNODC trained {i} officials.\n" for i in range(1, n // 30)
        ),
        "capitalised words": "1. "
        + _fit("Ministry Office National Commission Bolivia Programme Of ", n),
        "roman numerals": "\n".join(
            f"{r}. Title" for r in ("I", "II", "IV", "IX", "XII") * (n // 50)
        ),
        "capitals without comma": "1. 12 " + _fit("IV.", n),
        "acronym definitions": definitions(n),
        "16,000 agencies": agencies(max(10, int(16_000 * scale))),
        "yearless dates": yearless_dates(n),
        "mixed lines 5 MiB": mixed_lines(full),
        "seed x170 (5 MiB)": renumbered_seed(max(1, int(170 * scale))),
    }


def cpu_seconds(function: Callable[[], object]) -> float:
    began = time.process_time()
    function()
    return time.process_time() - began


def _commit() -> str:
    try:
        return subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        return "?"


def _size(text: str) -> float:
    return len(text.encode("utf-8")) / MB


def _table(texts: dict[str, str], repeat: int, bar: float, title: str) -> None:
    seed_mb = _size(SEED)
    seed_best = float("inf")
    best: dict[str, float] = {}
    first: dict[str, float] = {}
    for _ in range(max(1, repeat)):
        for name, text in texts.items():
            seed_time = min(cpu_seconds(lambda: extract(SEED)) for _ in range(3))
            seed_best = min(seed_best, seed_time)
            taken = cpu_seconds(lambda text=text: extract(text))
            best[name] = min(best.get(name, float("inf")), taken)
            first.setdefault(name, (taken / _size(text)) / (seed_time / seed_mb))
    seed_per_mb = seed_best / seed_mb
    print(f"\n{title} (bar: {bar}x the seed's s/MB)")
    print(f"{'input':<22} {'MB':>7} {'CPU s':>8} {'s/MB':>7} {'x seed':>7} {'1st':>6}")
    print(f"{'seed note':<22} {seed_mb:>7.3f} {seed_best:>8.3f} {seed_per_mb:>7.3f} {1:>7.2f}")
    for name, text in texts.items():
        size, taken = _size(text), best[name]
        ratio = taken / size / seed_per_mb
        flag = "" if ratio <= bar else "  OVER"
        print(
            f"{name:<22} {size:>7.3f} {taken:>8.3f} {taken / size:>7.3f} {ratio:>7.2f} "
            f"{first[name]:>6.2f}{flag}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; each keeps its best")
    parser.add_argument("--only", default="", help="run only inputs whose name holds this")
    arguments = parser.parse_args()
    extract(SEED)  # load the pipeline before timing
    print(f"commit {_commit()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    texts = {k: v for k, v in inputs(arguments.scale).items() if arguments.only in k}
    if texts:
        _table(texts, arguments.repeat, 3.0, "Adversarial inputs")
    if not arguments.only:
        lengths = {f"seed x{n}": renumbered_seed(n) for n in (1, 4, 16, 64)}
        _table(lengths, arguments.repeat, 1.3, "Seed renumbered, longer notes")


if __name__ == "__main__":
    main()
