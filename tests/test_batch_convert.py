"""``honlac-extract convert`` on folders: identical for any --jobs, resumable, safe names."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from batch_support import NOTES, copy_notes, tree
from honlac_extract.cli import main
from honlac_extract.models import Note
from honlac_extract.outputs.convert import (
    Outcome,
    Planned,
    Task,
    UsageError,
    _without_clashes,
    finish_one,
)
from honlac_extract.preparation import Prepared


def _inode(path: Path) -> int:
    return path.stat().st_ino


def test_any_number_of_jobs_gives_byte_identical_outputs(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    shutil.copytree(NOTES, notes / "fixtures")
    copy_notes(notes / "copies", 6)
    inputs = len(list(NOTES.glob("*.txt"))) + 6
    codes = []
    for jobs in ("1", "2"):
        codes.append(main(["convert", str(notes), "-o", str(tmp_path / jobs), "-j", jobs, "-q"]))
        lines = tmp_path / f"{jobs}.jsonl"
        copies = str(notes / "copies")  # a smaller set keeps the test fast
        assert main(["convert", copies, "-o", str(lines), "--format", "jsonl", "-j", jobs]) == 0
    one, two = tree(tmp_path / "1"), tree(tmp_path / "2")
    assert one == two  # the notes and errors.jsonl
    failed = one.pop("errors.jsonl").decode().count("\n")
    assert len(one) + failed == inputs
    assert codes == [1, 1] if failed else codes == [0, 0]
    assert (tmp_path / "1.jsonl").read_bytes() == (tmp_path / "2.jsonl").read_bytes()
    assert (tmp_path / "1.jsonl").read_text().count("\n") == 6
    first = Note.model_validate_json(one["copies/note-0000.json"])
    assert first.source.path == str(notes / "copies" / "note-0000.txt")


def test_second_run_skips_up_to_date_notes_and_force_redoes_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = copy_notes(tmp_path / "notes", 4)
    out = tmp_path / "out"
    assert main(["convert", str(tmp_path / "notes"), "-o", str(out), "-j", "1"]) == 0
    assert "4 notes: 4 converted, 0 skipped (up to date), 0 failed" in capsys.readouterr().err
    before = {p.name: _inode(p) for p in out.glob("*.json")}

    notes[1].write_text(notes[1].read_text(encoding="utf-8") + "Changed.\n", encoding="utf-8")
    (out / "note-0002.json").write_text('{"schema_version": "1", "source": {"sha', encoding="utf-8")
    assert main(["convert", str(tmp_path / "notes"), "-o", str(out), "-j", "2"]) == 0
    assert "4 notes: 2 converted, 2 skipped (up to date), 0 failed" in capsys.readouterr().err
    after = {p.name: _inode(p) for p in out.glob("*.json")}
    assert after["note-0000.json"] == before["note-0000.json"]
    assert after["note-0003.json"] == before["note-0003.json"]
    assert after["note-0001.json"] != before["note-0001.json"]
    redone = Note.model_validate_json((out / "note-0002.json").read_bytes())
    assert redone.text.endswith("Copy 2.\n")

    assert main(["convert", str(tmp_path / "notes"), "-o", str(out), "--force", "-j", "1"]) == 0
    assert "4 notes: 4 converted, 0 skipped (up to date), 0 failed" in capsys.readouterr().err
    assert all(_inode(out / name) != inode for name, inode in after.items())


def test_log_lines_when_not_a_terminal_and_quiet_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_notes(tmp_path / "notes", 2)
    out = tmp_path / "out"
    assert main(["convert", str(tmp_path / "notes"), "-o", str(out), "-j", "1"]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == (
        f"[1/2] converted {tmp_path / 'notes' / 'note-0000.txt'} -> {out / 'note-0000.json'}"
    )
    assert lines[1].startswith("[2/2] converted ")
    assert lines[-1].startswith("2 notes: 2 converted")
    assert main(["convert", str(tmp_path / "notes"), "-o", str(out), "-q", "--force"]) == 0
    assert capsys.readouterr().err == ""


def test_same_name_in_two_folders_mirrors_the_folders(tmp_path: Path) -> None:
    copy_notes(tmp_path / "in" / "2017", 1)
    copy_notes(tmp_path / "in" / "2018", 1)
    assert main(["convert", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q"]) == 0
    assert set(tree(tmp_path / "out")) == {
        "2017/note-0000.json",
        "2018/note-0000.json",
        "errors.jsonl",
    }


def test_two_inputs_for_one_output_are_refused_before_converting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = copy_notes(tmp_path / "a", 1)[0]
    second = copy_notes(tmp_path / "b", 1)[0]
    out = tmp_path / "out"
    assert main(["convert", str(first), str(second), "-o", str(out)]) == 2
    error = capsys.readouterr().err
    assert f"{first} and {second} would both be written to note-0000.json" in error
    assert not out.exists()
    upper = tmp_path / "a" / "NOTE-0000.TXT"
    upper.write_text("x", encoding="utf-8")
    assert main(["convert", str(tmp_path / "a"), "-o", str(out)]) == 2  # clash on any filesystem
    # The same file twice is not a clash.
    upper.unlink()
    assert main(["convert", str(tmp_path / "a"), str(first), "-o", str(out), "-q"]) == 0


def test_no_input_name_can_write_outside_the_output_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inside = tmp_path / "in" / "deep"
    copy_notes(inside / "sub", 1)
    (inside / "..txt").write_text((NOTES / "damage-page-break.txt").read_text(), encoding="utf-8")
    (inside / "-rf .txt").write_text("Some note text.\n", encoding="utf-8")
    out = tmp_path / "a" / "out"
    out.parent.mkdir()
    before = set(tmp_path.rglob("*"))
    arguments = [
        str(tmp_path / "in" / "deep" / ".." / "deep"),
        str(tmp_path / "in" / "deep" / "sub" / ".." / ".." / "deep" / "sub" / "note-0000.txt"),
    ]
    monkeypatch.chdir(tmp_path / "a")
    assert main(["convert", *arguments, "-o", "out", "-q"]) == 0
    created = set(tmp_path.rglob("*")) - before
    assert created  # something was written ...
    assert all(path.is_relative_to(out) or path == out for path in created)  # ... only in out
    assert set(tree(out)) == {
        "..json",
        "-rf .json",
        "sub/note-0000.json",
        "note-0000.json",
        "errors.jsonl",
    }


@pytest.mark.parametrize("relative", ["../x.json", "/etc/x.json", "a/../../x.json", "."])
def test_output_names_with_parent_or_absolute_parts_are_refused(relative: str) -> None:
    with pytest.raises(UsageError, match="cannot name an output"):
        _without_clashes([Planned(Path("x.txt"), Path(relative))])


def test_jsonl_to_stdout_keeps_input_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = copy_notes(tmp_path / "notes", 5)
    code = main(["convert", str(tmp_path / "notes"), "-o", "-", "--format", "jsonl", "-j", "2"])
    assert code == 0
    captured = capsys.readouterr()
    notes = [Note.model_validate_json(line) for line in captured.out.splitlines()]
    assert [note.source.path for note in notes] == [str(path) for path in paths]
    assert "5 notes: 5 converted" in captured.err


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy_notes(tmp_path / "notes", 1)
    (tmp_path / "empty").mkdir()
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["convert", str(tmp_path / "notes")]) == 2
    assert main(["convert", str(tmp_path / "empty"), "-o", str(tmp_path / "o")]) == 2
    assert main(["convert", str(tmp_path / "notes"), "-o", str(tmp_path / "file")]) == 2
    jsonl_into_folder = ["--format", "jsonl", "-o", str(tmp_path / "notes")]
    assert main(["convert", str(tmp_path / "notes"), *jsonl_into_folder]) == 2
    for jobs in ("0", "two"):
        with pytest.raises(SystemExit) as exit_:
            main(["convert", str(tmp_path / "notes"), "-o", str(tmp_path / "o"), "-j", jobs])
        assert exit_.value.code == 2
    errors = capsys.readouterr().err
    assert "-o OUT is required" in errors
    assert "no note files" in errors
    assert "is not a folder" in errors


def test_all_good_means_exit_0_and_an_empty_errors_file(tmp_path: Path) -> None:
    copy_notes(tmp_path / "notes", 2)
    out = tmp_path / "out"
    (out).mkdir()
    (out / "errors.jsonl").write_text('{"file": "stale"}\n', encoding="utf-8")
    assert main(["convert", str(tmp_path / "notes"), "-o", str(out), "-q"]) == 0
    assert (out / "errors.jsonl").read_text(encoding="utf-8") == ""
    assert json.loads((out / "note-0001.json").read_text(encoding="utf-8"))["source"]["sha256"]


def test_temporary_files_of_a_killed_run_are_removed_and_nothing_else(tmp_path: Path) -> None:
    copy_notes(tmp_path / "notes", 1)
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    stale = [out / ".note-0000.json.k2_x9q1z.tmp", out / "sub" / ".errors.jsonl.abcdefgh.tmp"]
    kept = [out / ".keep.tmp", out / "notes.json.tmp", out / "sub" / "mine.txt"]
    for path in stale + kept:
        path.write_text("half", encoding="utf-8")
    assert main(["convert", str(tmp_path / "notes"), "-o", str(out), "-q"]) == 0
    assert [path.exists() for path in stale] == [False, False]
    assert [path.exists() for path in kept] == [True, True, True]


def test_a_second_run_into_a_locked_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fcntl = pytest.importorskip("fcntl")
    copy_notes(tmp_path / "notes", 1)
    out = tmp_path / "out"
    out.mkdir()
    with (out / ".honlac-extract.lock").open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert main(["convert", str(tmp_path / "notes"), "-o", str(out)]) == 2
    assert f"another convert run is writing to {out}" in capsys.readouterr().err
    assert main(["convert", str(tmp_path / "notes"), "-o", str(out), "-q"]) == 0


PARENT = os.getpid()


def _die(task: Task, prepared: Prepared | Outcome) -> Outcome:
    if os.getpid() != PARENT:  # the first note runs in the parent: only workers die
        os._exit(3)  # a worker killed mid-note (out of memory, a crash in native code)
    return finish_one(task, prepared)


def test_notes_whose_worker_dies_each_fail_and_the_run_ends_with_a_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_notes(tmp_path / "notes", 3)
    monkeypatch.setattr("honlac_extract.outputs.convert.finish_one", _die)
    assert main(["convert", str(tmp_path / "notes"), "-o", str(tmp_path / "out"), "-j", "2"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "3 notes: 0 converted, 0 skipped (up to date), 3 failed" in err
    errors = (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["message"] for line in errors] == [
        "worker died (exit code 3) while reading it"
    ] * 3
