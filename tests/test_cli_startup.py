"""The command line's start-up: only the sub-command named is imported, and in the command's
own process what the start-up built is frozen for the cyclic collector (issue 17)."""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
from pathlib import Path

import pytest

from honlac_extract.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "notes" / "honlac-27-note.txt"
OTHER_COMMANDS = (
    "honlac_extract.evaluation.command",
    "honlac_extract.outputs.review",
    "honlac_extract.outputs.tables",
    "honlac_extract.outputs.database",
)


def _sub_parsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The parser of each sub-command ``parser`` has, by name, in the order of its help."""
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _printed(code: str, *arguments: str) -> str:
    """What ``code`` prints when run in a fresh interpreter (nothing imported yet)."""
    command = [sys.executable, "-c", code, *arguments]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def test_convert_imports_no_other_sub_command(tmp_path: Path) -> None:
    code = (
        "import sys; from honlac_extract.cli import main; code = main(sys.argv[1:]); "
        f"print(code, sorted(m for m in {OTHER_COMMANDS!r} if m in sys.modules))"
    )
    assert _printed(code, "convert", str(SEED), "-o", str(tmp_path), "-q") == "0 []"
    assert (tmp_path / "honlac-27-note.json").is_file()


@pytest.mark.parametrize("command", ["convert", "schema", "evaluate", "table", "review", "db"])
def test_a_sub_command_parser_alone_is_the_full_parsers_one(command: str) -> None:
    narrow = _sub_parsers(build_parser([command, "x"]))
    assert list(narrow) == [command]
    assert narrow[command].format_help() == _sub_parsers(build_parser())[command].format_help()


@pytest.mark.parametrize("argv", [["-h"], ["-h", "convert"], ["nonesuch"], []])
def test_anything_but_a_sub_command_first_gets_every_one(argv: list[str]) -> None:
    every = ["convert", "schema", "evaluate", "table", "review", "db"]
    assert list(_sub_parsers(build_parser(argv))) == every


def test_an_unknown_sub_command_is_named_with_every_choice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["nonesuch"])
    assert stopped.value.code == 2
    assert "invalid choice: 'nonesuch' (choose from 'convert', 'schema'" in capsys.readouterr().err


def test_version_is_looked_up_when_asked_for(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == "honlac-extract 0.1.0\n"


_COMMAND = """
import gc, sys
from honlac_extract.warmup import start_command
from honlac_extract.cli import main
walks = []
gc.callbacks.append(lambda phase, info: walks.append(phase) if phase == "start" else None)
if sys.argv[1] == "command":
    start_command()
code = main(sys.argv[2:])
print(code, gc.isenabled(), gc.get_freeze_count() > 100_000, len(walks))
"""


def test_the_command_freezes_its_start_up_and_collects_again(tmp_path: Path) -> None:
    """Without the freeze, the first collection after loading the pipeline walks every object
    spaCy and the components made (about 0.04 s), and dozens more walk the modules'."""
    arguments = ("convert", str(SEED), "-q", "-j", "1")
    lib = _printed(_COMMAND, "library", *arguments, "-o", str(tmp_path / "a")).split()
    command = _printed(_COMMAND, "command", *arguments, "-o", str(tmp_path / "b")).split()
    assert lib[:3] == ["0", "True", "False"]  # a library caller's process: nothing frozen
    assert command[:3] == ["0", "True", "True"]
    assert int(command[3]) * 3 < int(lib[3])
    first = (tmp_path / "a" / "honlac-27-note.json").read_bytes()
    assert first == (tmp_path / "b" / "honlac-27-note.json").read_bytes()


def test_main_in_this_process_freezes_nothing(tmp_path: Path) -> None:
    before = gc.get_freeze_count()
    assert main(["convert", str(SEED), "-o", str(tmp_path), "-q", "-j", "1"]) == 0
    assert gc.get_freeze_count() == before and gc.isenabled()
