"""The start-up: spaCy loaded once per process with the cyclic collector paused, and only
when a note needs it."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from batch_support import copy_notes
from honlac_extract.warmup import paused_gc


def test_the_collector_is_paused_in_the_block_and_restored_after() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():  # nested: the inner block must not switch it back on
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_back_on_after_an_error_in_the_block() -> None:
    try:
        with paused_gc():
            raise KeyError("boom")
    except KeyError:
        pass
    assert gc.isenabled()


_RUN = """
import gc, sys
from honlac_extract.cli import main
code = main(sys.argv[1:])
print(code, "spacy" in sys.modules, gc.isenabled())
"""


def _convert(notes: Path, out: Path) -> list[str]:
    command = [sys.executable, "-c", _RUN, "convert", str(notes), "-o", str(out), "-j", "1", "-q"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.split()


def test_spacy_is_loaded_only_when_a_note_needs_extracting(tmp_path: Path) -> None:
    copy_notes(tmp_path / "notes", 2)
    out = tmp_path / "out"
    assert _convert(tmp_path / "notes", out) == ["0", "True", "True"]
    assert len(list(out.glob("*.json"))) == 2
    # A second run finds both outputs up to date: nothing to extract, no spaCy to import.
    assert _convert(tmp_path / "notes", out) == ["0", "False", "True"]


def test_no_collection_runs_while_a_note_is_completed() -> None:
    """The entity and record stages allocate an object per token, span and entity and make no
    reference cycles: the collector walking the growing heap (a fifth of the time of a note of
    thousands of short paragraphs) is paused for the stage, and on again after it."""
    from honlac_extract.api import complete
    from honlac_extract.preparation import prepare_text

    text = "".join(f"{i}. UNODC trained {i} officials in Peru.\n" for i in range(1, 3000))
    prepared = prepare_text(text, None)
    collections: list[str] = []

    def record(phase: str, info: dict[str, int]) -> None:
        collections.append(phase)

    gc.callbacks.append(record)
    try:
        note = complete(prepared)
    finally:
        gc.callbacks.remove(record)
    assert len(note.paragraphs) == 2999 and len(note.entities) > 2999
    # none inside; switched on again, the collector catches up at once (young and full
    # generation): without the pause this note ran several hundred collections
    assert collections.count("start") <= 2
    assert gc.isenabled()


def test_a_note_leaves_no_cyclic_garbage_behind() -> None:
    """What makes pausing the collector for a note free: extracting one frees everything by
    reference counting (a cycle per paragraph would pile up until the note is done)."""
    from honlac_extract import extract

    text = "".join(f"{i}. UNODC trained {i} officials in Peru.\n" for i in range(1, 500))
    extract(text)
    gc.collect()
    gc.disable()
    try:
        extract(text)
        assert gc.collect() == 0
    finally:
        gc.enable()
