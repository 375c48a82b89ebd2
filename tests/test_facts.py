"""Fact records: sentence splitting, grounding of every slot, and the linking rules on text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from honlac_extract import Note, extract, extract_file
from honlac_extract.outputs.json_files import note_to_json
from honlac_extract.records.facts import sentence_bounds

ROOT = Path(__file__).resolve().parents[1]
NOTES = sorted((ROOT / "fixtures" / "notes").glob("*.txt"))
SLOT_LABELS = {"quantity": "QUANTITY", "agency": "AGENCY", "programme": "PROGRAMME", "date": "DATE"}
HEADER = "Original: English\n\nNote by the Secretariat\n\n6 July 2017\n\nI. Introduction\n\n"


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_bounds(text)]


def test_sentences_end_at_full_stops_but_not_at_abbreviations_or_initials() -> None:
    text = "See No. 5 of the list, e.g. Peru. Mr. J. Smith spoke. Then 3 kits arrived! Next one."
    assert _sentences(text) == [
        "See No. 5 of the list, e.g. Peru.",
        "Mr. J. Smith spoke.",
        "Then 3 kits arrived!",
        "Next one.",
    ]


def test_a_full_stop_glued_to_the_next_sentence_still_ends_it() -> None:
    assert _sentences("The course ended.The officials returned. UNODC/HONLAC/27/1 says") == [
        "The course ended.",
        "The officials returned.",
        "UNODC/HONLAC/27/1 says",
    ]


def test_decimals_symbols_and_lower_case_continuations_do_not_split() -> None:
    text = "It rose by 6.1 per cent (see E/CN.7/2017/3. and resolution 61/11) in the area."
    assert _sentences(text) == [text]


@pytest.fixture(scope="module")
def notes() -> list[Note]:
    return [extract_file(path) for path in NOTES]


def _check_grounded(note: Note) -> None:
    by_id = {e.id: e for e in note.entities}
    for fact in note.facts:
        assert 0 <= fact.sentence_start < fact.sentence_end <= len(note.text)
        if fact.activity_text is not None:
            assert fact.activity_start is not None and fact.activity_end is not None
            assert note.text[fact.activity_start : fact.activity_end] == fact.activity_text
            assert fact.sentence_start <= fact.activity_start < fact.sentence_end
        for slot, label in SLOT_LABELS.items():
            ident = getattr(fact, slot)
            if ident is not None:
                entity = by_id[ident]
                assert entity.label == label
                assert fact.sentence_start <= entity.start and entity.end <= fact.sentence_end
        for ident in fact.countries:
            assert by_id[ident].label == "COUNTRY"
            assert by_id[ident].iso3 in fact.iso3
        assert fact.quantity is not None or fact.activity is not None
        assert (fact.date_source == "sentence") == (fact.date is not None)


def test_every_fact_slot_is_a_grounded_entity_of_its_sentence(notes: list[Note]) -> None:
    assert sum(len(note.facts) for note in notes) > 40
    for note in notes:
        _check_grounded(note)


def test_every_quantity_gives_exactly_one_fact(notes: list[Note]) -> None:
    for note in notes:
        quantities = [e.id for e in note.entities if e.label == "QUANTITY"]
        linked = [f.quantity for f in note.facts if f.quantity is not None]
        assert sorted(linked) == sorted(quantities)


def test_a_quantity_sentence_links_activity_actor_country_and_date() -> None:
    note = extract(
        HEADER + "1. In May 2017, UNODC trained 45 customs officers in Peru on risk profiling.\n"
    )
    (fact,) = note.facts
    by_id = {e.id: e for e in note.entities}
    assert fact.activity == "train" and fact.activity_text == "trained"
    assert fact.quantity is not None and by_id[fact.quantity].value == 45
    assert fact.agency is not None and by_id[fact.agency].acronym == "UNODC"
    assert fact.iso3 == ["PER"] and fact.country_source == "sentence"
    assert (fact.start_date, fact.end_date) == ("2017-05-01", "2017-05-31")


def test_a_sentence_without_date_or_country_falls_back_on_period_and_subject() -> None:
    note = extract(
        HEADER
        + "1. The present note covers developments since the last Meeting, held from "
        + "3 to 7 October 2016.\n\nII. Precursor control\n\nColombia\n\n"
        + "2. The police seized 300 kilograms of cocaine.\n"
    )
    (fact,) = [f for f in note.facts if f.paragraph == 2]
    assert fact.activity == "seize"
    assert fact.iso3 == ["COL"] and fact.country_source == "subject" and fact.countries == []
    assert fact.date_source == "reporting_period"
    assert (fact.start_date, fact.end_date) == ("2016-10-03", "2017-07-06")


def test_the_recipient_after_to_is_not_the_actor_and_no_number_assistance_is_a_fact() -> None:
    note = extract(
        HEADER + "1. UNODC provided technical assistance to the Ministry of Justice of Ecuador.\n"
    )
    (fact,) = note.facts
    by_id = {e.id: e for e in note.entities}
    assert fact.quantity is None and fact.activity == "assist"
    assert fact.agency is not None and by_id[fact.agency].acronym == "UNODC"
    assert fact.iso3 == ["ECU"]


def test_the_country_where_the_actor_sits_is_not_a_beneficiary() -> None:
    note = extract(
        HEADER + "1. The UNODC Regional Office for Central America and the Caribbean in Panama "
        "trained 13 judges.\n"
    )
    (fact,) = note.facts
    assert fact.iso3 == [] and fact.countries == []


SEED_LINES = [
    line for line in (ROOT / "fixtures/notes/honlac-27-note.txt").read_text().splitlines() if line
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(SEED_LINES), st.text(max_size=30)), max_size=12))
def test_facts_stay_grounded_and_deterministic_on_any_text(parts: list[str]) -> None:
    text = "\n\n".join(parts)
    note = extract(text)
    _check_grounded(note)
    assert note_to_json(extract(text)) == note_to_json(note)
