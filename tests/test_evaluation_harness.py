"""The harness end to end on the fixture gold: a perfect note scores 1, a broken one is caught."""

from __future__ import annotations

from pathlib import Path

import pytest

import honlac_extract.api
from evaluation_support import oracle_note, real_note
from honlac_extract.evaluation import (
    SCORED_LABELS,
    EvaluationError,
    GoldError,
    evaluate,
    load_gold,
)
from honlac_extract.models import Note

ROOT = Path(__file__).resolve().parents[1]
GOLD = sorted((ROOT / "fixtures" / "gold").glob("*.json"))
SEED = ROOT / "fixtures" / "gold" / "honlac-27-note.json"


def _oracle_extractor(drop: frozenset[str] = frozenset()):  # type: ignore[no-untyped-def]
    """An extractor that answers each input with the oracle note of its gold file."""
    by_input = {load_gold(path).file: load_gold(path) for path in GOLD}

    def extract(path: Path) -> Note:
        return oracle_note(by_input[Path(path).name], drop)

    return extract


def test_every_fixture_gold_names_an_existing_input() -> None:
    assert GOLD, "no gold files in fixtures/gold"
    for path in GOLD:
        assert (ROOT / "fixtures" / "notes" / load_gold(path).file).is_file(), path


def test_a_note_agreeing_with_the_gold_scores_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(honlac_extract.api, "extract_file", _oracle_extractor())
    report = evaluate(GOLD)
    for label in SCORED_LABELS:
        assert report.label(label).f1 == 1.0, label
    assert report.misses == [] and report.false_positives == []
    structure = report.structure
    figures = [
        structure.metadata,
        structure.sections,
        structure.subheadings,
        structure.paragraph_numbers,
        structure.boundaries,
    ]
    assert all(f.rate == 1.0 for f in figures)
    assert report.structure_errors == []


def test_dropping_countries_is_reported_as_misses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        honlac_extract.api, "extract_file", _oracle_extractor(frozenset({"COUNTRY"}))
    )
    report = evaluate([SEED])
    country = report.label("COUNTRY")
    assert country.recall == 0.0 and country.tp == 0
    required = [e for e in load_gold(SEED).entities if e.label == "COUNTRY" and not e.optional]
    assert country.fn == len(required) > 0
    listed = [(m.paragraph, m.text) for m in report.misses if m.label == "COUNTRY"]
    assert sorted(listed) == sorted((e.p, e.describe()) for e in required)
    assert all(report.label(label).f1 == 1.0 for label in SCORED_LABELS if label != "COUNTRY")


def test_the_real_extractor_without_countries_loses_every_country(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(honlac_extract.api, "extract_file", real_note)
    intact = evaluate([SEED])

    def without_countries(path: Path) -> Note:
        note = real_note(path)
        kept = [e for e in note.entities if e.label != "COUNTRY"]
        return note.model_copy(update={"entities": kept})

    monkeypatch.setattr(honlac_extract.api, "extract_file", without_countries)
    broken = evaluate([SEED])
    required = [e for e in load_gold(SEED).entities if e.label == "COUNTRY" and not e.optional]
    assert broken.label("COUNTRY").recall == 0.0
    assert broken.label("COUNTRY").fn == len(required)
    assert len([m for m in broken.misses if m.label == "COUNTRY"]) == len(required)
    assert broken.label("COUNTRY").fn - intact.label("COUNTRY").fn == intact.label("COUNTRY").tp
    for label in SCORED_LABELS:
        if label != "COUNTRY":
            assert broken.label(label) == intact.label(label)


def test_predictions_are_read_from_a_folder(tmp_path: Path) -> None:
    note = _oracle_extractor(frozenset({"DATE"}))(Path("honlac-27-note.txt"))
    (tmp_path / "honlac-27-note.json").write_text(note.model_dump_json(), encoding="utf-8")
    report = evaluate([SEED], tmp_path)
    assert report.source == "predictions"
    assert report.label("COUNTRY").f1 == 1.0
    assert report.label("DATE").recall == 0.0


def test_input_is_found_in_the_notes_folder_or_an_explicit_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / "elsewhere").mkdir()
    gold = tmp_path / "gold" / "a.json"
    gold.write_text('{"file": "a.txt"}', encoding="utf-8")
    (tmp_path / "notes" / "a.txt").write_text("text", encoding="utf-8")
    seen: list[Path] = []
    real = honlac_extract.api.extract_file

    def recording(path: Path) -> Note:
        seen.append(path)
        return real(path)

    monkeypatch.setattr(honlac_extract.api, "extract_file", recording)
    evaluate([gold])
    with pytest.raises(EvaluationError, match="not found"):
        evaluate([gold], notes_dir=tmp_path / "elsewhere")
    (tmp_path / "elsewhere" / "a.txt").write_text("text", encoding="utf-8")
    evaluate([gold], notes_dir=tmp_path / "elsewhere")
    assert seen == [tmp_path / "notes" / "a.txt", tmp_path / "elsewhere" / "a.txt"]


def test_a_malformed_gold_file_is_refused_by_name(tmp_path: Path) -> None:
    gold = tmp_path / "bad.json"
    gold.write_text(
        '{"file": "a.txt", "entities": [{"p": 1, "label": "COUNTRY", "optinal": true}]}'
    )
    with pytest.raises(GoldError, match="bad.json"):
        evaluate([gold])


def test_a_note_agreeing_with_the_gold_scores_one_at_document_level(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(honlac_extract.api, "extract_file", _oracle_extractor())
    report = evaluate(GOLD, level="document")
    assert report.level == "document"
    assert [report.label(label).f1 for label in SCORED_LABELS] == [1.0] * len(SCORED_LABELS)
    paragraph_level = evaluate(GOLD)
    assert 0 < report.micro.tp < paragraph_level.micro.tp  # repeats across paragraphs merged


def test_an_extractor_failure_names_the_input(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(path: Path) -> Note:
        raise IndexError("list index out of range")

    monkeypatch.setattr(honlac_extract.api, "extract_file", failing)
    with pytest.raises(EvaluationError, match=r"honlac-27-note\.txt.*IndexError"):
        evaluate([SEED])
