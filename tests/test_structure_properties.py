"""Properties of the structure parser on arbitrary and damaged text: it never raises, every
offset it returns indexes the text, and its regexes stay linear on long inputs."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from honlac_extract.structure import parse_structure, parse_structure_unguarded
from structure_support import SEED, check_offsets, note_text

SEED_TEXT = note_text(SEED)
PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        " ",
        "1. ",
        "12. The",
        "II. Title",
        "**",
        "* ",
        "∗∗ ",
        "_____",
        "_____1 ",
        "V.17-05251 (E)",
        "*1705251*",
        "UNODC/HONLAC/27/3",
        "(a) ",
        "; and (b) ",
        ". . . . 2",
        "Contents",
        "Item 6(a) of the provisional agenda",
        "Twenty-seventh Meeting of the Heads of National Drug Law Enforcement Agencies, Africa",
        "Vienna, 30 February-31 April 2019",
        "Note by the Secretariat",
        "Colombia",
        "\u00a0",
        "\u2013",
        "1. ((((",
    ]
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    check_offsets(text, parse_structure_unguarded(text))


@SETTINGS
@given(st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join))
def test_note_like_fragments(text: str) -> None:
    check_offsets(text, parse_structure_unguarded(text))


@SETTINGS
@given(st.integers(0, len(SEED_TEXT)), st.integers(0, len(SEED_TEXT)), PIECES)
def test_seed_with_a_cut_and_an_insertion(cut: int, at: int, piece: str) -> None:
    low, high = sorted((cut, at))
    text = SEED_TEXT[:low] + piece + SEED_TEXT[high:]
    check_offsets(text, parse_structure_unguarded(text))


def test_the_guarded_parser_never_raises_and_says_why() -> None:
    structure = parse_structure(None)  # type: ignore[arg-type]
    assert structure.paragraphs == []
    assert structure.warnings and structure.warnings[0].startswith("the structure could not")


def test_long_pathological_inputs_stay_fast() -> None:
    inputs = [
        "1. " * 20000,
        "I. " * 20000,
        "*" * 60000,
        ". " * 30000,
        "a" * 60000,
        "(a) " * 15000,
        "V.17-05251 " * 5000,
        "UNODC/HONLAC/" * 5000,
        "_" * 60000,
        "\n" * 60000,
        " 1" * 30000,
        "Aaaa " * 12000,
    ]
    for text in inputs:
        start = time.perf_counter()
        check_offsets(text, parse_structure_unguarded(text))
        assert time.perf_counter() - start < 2.0, text[:20]
