"""Property tests: no text makes extraction raise, and every offset it returns is grounded."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grounding_support import joined_by_rule, within_spans
from honlac_extract import Note, extract
from honlac_extract.outputs.json_files import note_to_json

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "notes" / "honlac-27-note.txt"
SEED_LINES = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]

FRAGMENTS = st.sampled_from(
    [
        *SEED_LINES,
        "V.17-05251 (E)",
        "*1705251*",
        "UNODC/HONLAC/27/3",
        "__________________",
        "** UNODC/HONLAC/27/1.",
        "∗ Available only in English.",
        "I. Introduction ........ 2",
        "IV.",
        "12.",
        "(a)",
        "((((((",
        "1.2.3.4.5.6",
        "Bolivia (Plurinational State of",
        "from 8,602 to",
        "30 August to 1 September",
        "\u00a0",
        "\u2013",
    ]
)
NOTE_LIKE = st.lists(st.one_of(FRAGMENTS, st.text(max_size=40)), max_size=30).flatmap(
    lambda parts: st.sampled_from(["\n", " ", "\n\n", ""]).map(lambda sep: sep.join(parts))
)

PROPERTY_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def check_grounded(note: Note) -> None:
    """Every offset indexes ``note.text``; paragraphs in text order; entities in paragraphs."""
    text = note.text
    previous_end = -1
    for paragraph in note.paragraphs:
        assert paragraph.spans, paragraph
        assert joined_by_rule(text, paragraph.spans) == paragraph.text
        for start, end in paragraph.spans:
            assert 0 <= start <= end <= len(text)
            assert start >= previous_end
            previous_end = end
        for item in paragraph.items:
            assert text[item.start : item.end] == item.text
    spans: dict[int, list[list[tuple[int, int]]]] = {}
    for paragraph in note.paragraphs:  # a damaged note may repeat a number
        spans.setdefault(paragraph.number, []).append(paragraph.spans)
    for entity in note.entities:
        assert text[entity.start : entity.end] == entity.text
        if entity.paragraph is not None:
            assert any(
                within_spans(text, entity.start, entity.end, candidate)
                for candidate in spans[entity.paragraph]
            )
    for section in note.sections:
        assert 0 <= section.start <= section.end <= len(text)
    for footnote in note.footnotes:
        assert 0 <= footnote.start <= footnote.end <= len(text)


@PROPERTY_SETTINGS
@given(st.text(max_size=400))
def test_any_text_gives_a_grounded_note(text: str) -> None:
    check_grounded(extract(text))


@PROPERTY_SETTINGS
@given(NOTE_LIKE)
def test_note_like_text_gives_a_grounded_note(text: str) -> None:
    check_grounded(extract(text))


@settings(max_examples=15, deadline=None)
@given(NOTE_LIKE)
def test_the_same_text_gives_byte_identical_json(text: str) -> None:
    assert note_to_json(extract(text)) == note_to_json(extract(text))
