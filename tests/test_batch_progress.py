"""Progress reporting: a bar on a terminal, plain lines otherwise, failures always."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from batch_support import copy_notes
from honlac_extract.cli import main
from honlac_extract.outputs.progress import Progress, choose_mode


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_mode_follows_the_stream_and_quiet() -> None:
    assert choose_mode(Terminal(), quiet=False) == "bar"
    assert choose_mode(io.StringIO(), quiet=False) == "log"
    assert choose_mode(Terminal(), quiet=True) == "quiet"


def test_quiet_still_prints_failures_and_counts_everything() -> None:
    stream = io.StringIO()
    progress = Progress(3, stream, "quiet")
    progress.report("converted", "a.txt", "out/a.json", ("odd header",))
    progress.report("skipped", "b.txt", "out/b.json", ())
    progress.report("failed", "c.txt", "InputError: empty file (no text)", ())
    progress.close()
    assert stream.getvalue() == "[3/3] failed c.txt: InputError: empty file (no text)\n"
    assert progress.summary() == (
        "3 notes: 1 converted (1 with warnings), 1 skipped (up to date), 1 failed"
    )


def test_a_terminal_gets_a_bar_and_the_failures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_notes(tmp_path / "notes", 3)
    (tmp_path / "notes" / "empty.txt").write_bytes(b"")
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["convert", str(tmp_path / "notes"), "-o", str(tmp_path / "out"), "-j", "1"]) == 1
    shown = terminal.getvalue()
    assert "\r" in shown and "4/4" in shown and "note/s" in shown  # tqdm redraws one line
    assert f"failed {tmp_path / 'notes' / 'empty.txt'}: InputError: empty file" in shown
    assert "converted " not in shown  # no per-note lines on a terminal, the bar says it
    assert shown.rstrip().endswith(
        f"4 notes: 3 converted, 0 skipped (up to date), 1 failed; "
        f"failures listed in {tmp_path / 'out' / 'errors.jsonl'}"
    )
