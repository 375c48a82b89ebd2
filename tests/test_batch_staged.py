"""Staged batches: the half of the work that needs no spaCy, run while spaCy loads.

``convert --jobs N`` prepares the first notes (reading, structure) in a process of its own
while the main process imports spaCy; that only helps if the command line really starts
without spaCy, and it must never change a result.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import wait

import pytest

import honlac_extract
from honlac_extract.batch import _EarlyPreparation, staged_map


def _square(item: int) -> tuple[int, int]:
    return item * item, os.getpid()


def _label(prepared: tuple[int, int]) -> str:
    return f"{prepared[0]}"


def test_the_command_line_and_the_package_start_without_spacy() -> None:
    code = (
        "import sys, honlac_extract, honlac_extract.cli; "
        "print(sorted(m for m in ('spacy', 'thinc') if m in sys.modules))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert shown.strip() == "[]"


@pytest.mark.parametrize("name", honlac_extract.__all__)
def test_every_public_name_is_loaded_on_first_use(name: str) -> None:
    value = getattr(honlac_extract, name)
    assert getattr(value, "__name__", name) == name
    assert name in dir(honlac_extract)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = honlac_extract.no_such_name  # type: ignore[attr-defined]


def test_the_preparing_process_returns_each_result_under_its_index() -> None:
    items = list(range(40))
    early = _EarlyPreparation(_square, items, 3)
    try:
        wait([future for _, future in early._chunks])
        ready = early.collect()
    finally:
        early.close()
    assert sorted(ready) == list(range(3, 40))
    assert all(ready[i][0] == i * i for i in ready)
    assert {pid for _, pid in ready.values()} - {os.getpid()}  # another process did it


def test_results_collected_at_once_are_right_however_many_are_ready() -> None:
    items = list(range(200))
    early = _EarlyPreparation(_square, items, 1)
    try:
        ready = early.collect()
    finally:
        early.close()
    assert set(ready) <= set(range(1, 200))
    assert all(ready[i][0] == i * i for i in ready)


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_staged_results_equal_the_plain_composition_in_input_order(jobs: int) -> None:
    items = list(range(30))
    assert list(staged_map(_square, _label, items, jobs)) == [str(i * i) for i in items]
