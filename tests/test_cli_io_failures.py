"""Output that cannot be written is one clear line naming the path and exit code 3, no
traceback, for every command that writes; the exit codes agree across commands."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from batch_support import SMALL, copy_notes
from honlac_extract.cli import build_parser, main
from honlac_extract.outputs.convert import EXIT_CODES


def _disk_full(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(args[-1]))


def _commands(notes: Path, out: Path) -> dict[str, list[str]]:
    return {
        "convert": ["convert", str(notes), "-o", str(out / "json"), "-j", "1", "-q"],
        "jsonl": ["convert", str(notes), "-o", str(out / "all.jsonl"), "--format", "jsonl"],
        "review": ["review", str(notes / "note-0000.txt"), "-o", str(out / "page.html")],
    }


@pytest.mark.parametrize("command", ["convert", "jsonl", "review"])
def test_a_full_disk_is_one_line_and_exit_3(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    notes = tmp_path / "notes"
    copy_notes(notes, 2, SMALL)
    monkeypatch.setattr(os, "replace", _disk_full)
    assert main(_commands(notes, tmp_path / "out")[command]) == 3
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith(f"honlac-extract {command.replace('jsonl', 'convert')}: cannot write ")
    assert str(tmp_path / "out") in last and "No space left on device" in last


def test_table_on_a_full_disk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes"
    copy_notes(notes, 1, SMALL)
    assert main(["convert", str(notes), "-o", str(tmp_path / "json"), "-j", "1", "-q"]) == 0
    monkeypatch.setattr(os, "replace", _disk_full)
    assert main(["table", str(tmp_path / "json"), "-o", str(tmp_path / "t"), "-q"]) == 3
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last.startswith(f"honlac-extract table: cannot write {tmp_path / 't'}")


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs /proc (Linux)")
@pytest.mark.parametrize("command", ["convert", "jsonl", "review", "table"])
def test_an_unwritable_place_in_a_real_process(tmp_path: Path, command: str) -> None:
    notes = tmp_path / "notes"
    copy_notes(notes, 1, SMALL)
    place = Path("/proc/self/no-such-folder")
    if command != "table":
        chosen = _commands(notes, place)[command]
    else:
        json_folder = tmp_path / "json"
        assert main(["convert", str(notes), "-o", str(json_folder), "-j", "1", "-q"]) == 0
        chosen = ["table", str(json_folder), "-o", str(place)]
    done = subprocess.run(
        [sys.executable, "-m", "honlac_extract.cli", *chosen],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("honlac-extract ")
    assert "cannot write /proc/self" in done.stderr


def test_missing_input_and_empty_folder_are_both_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    for command in ("convert", "table"):
        for path in (tmp_path / "missing", tmp_path / "empty"):
            assert main([command, str(path), "-o", str(tmp_path / f"out-{command}")]) == 2
            message = capsys.readouterr().err
            assert str(path) in message and "Traceback" not in message
        assert not (tmp_path / f"out-{command}").exists()  # nothing written for nothing
    assert main(["review", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "r.html")]) == 2
    assert "missing.txt: no such file" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_version_and_exit_code_table_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.startswith("honlac-extract 0.")
    shown = " ".join(build_parser().format_help().split())
    assert " ".join(EXIT_CODES.split()) in shown
    for code in ("0 done", "1 some notes failed", "2 usage error", "3 output cannot be written"):
        assert code in EXIT_CODES
    assert "130" in EXIT_CODES and "143" in EXIT_CODES


def test_docs_list_the_same_exit_codes() -> None:
    docs = (Path(__file__).resolve().parents[1] / "docs" / "batch.md").read_text(encoding="utf-8")
    for code in ("| 0 |", "| 1 |", "| 2 |", "| 3 |", "| 130 |", "| 143 |"):
        assert code in docs
