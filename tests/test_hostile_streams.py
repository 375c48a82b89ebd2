"""Standard streams the command was started without (``<&-``, ``>&-``): one line, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from batch_support import SMALL

SOURCE = str(Path(__file__).resolve().parents[1] / "src")


def _run(arguments: list[str], closed: int, stdin: int | None = None) -> tuple[int, str]:
    """Run the command with file descriptor ``closed`` shut from its start; stderr captured."""
    process = subprocess.run(
        [sys.executable, "-m", "honlac_extract.cli", *arguments],
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": SOURCE},
        preexec_fn=lambda: os.close(closed),  # after the redirections, before Python starts
        timeout=120,
        check=False,
    )
    return process.returncode, process.stderr.decode("utf-8", "replace")


@pytest.mark.skipif(os.name != "posix", reason="closing a standard descriptor: POSIX")
@pytest.mark.parametrize(
    ("arguments", "closed", "code", "message"),
    [
        (["convert", "-"], 0, 1, "cannot read standard input (standard input is closed)"),
        (["convert", "-"], 1, 3, "cannot write the output: standard output is closed"),
        (["schema"], 1, 3, "cannot write the output: standard output is closed"),
        (["convert", str(SMALL), "-o", "-", "--format", "jsonl", "-j", "1"], 1, 3, "closed"),
    ],
)
def test_a_closed_standard_stream_is_one_line(
    arguments: list[str], closed: int, code: int, message: str
) -> None:
    stdin = None
    if closed != 0 and arguments[-1] == "-":
        stdin = os.open(SMALL, os.O_RDONLY)
    returned, err = _run(arguments, closed, stdin)
    assert returned == code, err
    assert "Traceback" not in err and message in err
    assert len([line for line in err.splitlines() if not line.startswith("[")]) == 1, err
