"""The Spanish/French development fixtures (fixtures/lang-dev): their gold is well formed.

These notes and gold files are what the ES/FR rules are developed against, so a wrong boundary
word, a date interval written backwards or a mention placed in the wrong paragraph would
silently move every figure measured on them. The checks here are about the data only (the
extractor's accuracy on them is measured by ``honlac-extract evaluate fixtures/lang-dev/gold``;
the parallel EN/ES extraction test lives in fixtures/lang-dev/test_parallel_pair.py), plus the
language detector reading each note as the language its gold records.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from honlac_extract.evaluation import GoldEntity, GoldFile, load_gold
from honlac_extract.evaluation.normalise import squash
from honlac_extract.languages import detect_language

ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "lang-dev"
NOTES, GOLD = ROOT / "notes", ROOT / "gold"
STEMS = sorted(p.stem for p in GOLD.glob("*.json"))
UNITS = {"count", "kg", "t", "ha", "percent", "usd", "other"}
ISO3 = re.compile(r"[A-Z]{3}")
ACRONYM = re.compile(r"[A-Z][A-Z0-9]+")


def _gold(stem: str) -> GoldFile:
    return load_gold(GOLD / f"{stem}.json")


def _text(stem: str) -> str:
    """The note's text with white space squashed (hard wraps and flattened lines alike)."""
    return squash((NOTES / _gold(stem).file).read_text(encoding="utf-8"))


def _regions(stem: str) -> dict[int, str]:
    """Each gold paragraph's stretch of the note: from its first words to the next one's."""
    text, gold = _text(stem), _gold(stem)
    starts, at = [], 0
    for paragraph in gold.paragraphs:
        assert paragraph.first, f"{stem}: paragraph {paragraph.n} has no first words"
        found = text.find(f"{paragraph.n}. {paragraph.first}", at)
        assert found >= 0, f"{stem}: paragraph {paragraph.n} not found after offset {at}"
        starts.append(found)
        at = found + 1
    ends = [*starts[1:], len(text)]
    return {p.n: text[s:e] for p, s, e in zip(gold.paragraphs, starts, ends, strict=True)}


def test_fixture_set() -> None:
    """Every note has its gold and the set covers both languages and the parallel pair."""
    assert sorted(p.stem for p in NOTES.glob("*.txt")) == STEMS
    assert {"pair-en", "pair-es"} <= set(STEMS)
    assert {s.split("-")[0] for s in STEMS} == {"es", "fr", "pair"}


@pytest.mark.parametrize("stem", STEMS)
def test_gold_names_its_note_and_language(stem: str) -> None:
    gold = _gold(stem)
    assert gold.file == f"{stem}.txt"
    language = stem.split("-")[-1] if stem.startswith("pair-") else stem.split("-")[0]
    assert gold.metadata["language"] == language
    assert detect_language((NOTES / gold.file).read_text(encoding="utf-8")) == language


@pytest.mark.parametrize("stem", STEMS)
def test_paragraphs_are_numbered_in_order_and_found(stem: str) -> None:
    gold = _gold(stem)
    assert [p.n for p in gold.paragraphs] == list(range(1, len(gold.paragraphs) + 1))
    for n, region in _regions(stem).items():
        last = gold.paragraphs[n - 1].last
        assert last is None or last in region, f"{stem}: paragraph {n} last words {last!r}"


@pytest.mark.parametrize("stem", STEMS)
def test_every_mention_sits_in_its_paragraph(stem: str) -> None:
    regions = _regions(stem)
    for entity in _gold(stem).entities:
        assert entity.p in regions, entity
        assert entity.text and squash(entity.text) in regions[entity.p], entity


def _check_values(entity: GoldEntity) -> None:
    if entity.label == "COUNTRY":
        assert entity.iso3 and ISO3.fullmatch(entity.iso3), entity
    elif entity.label == "DATE":
        assert entity.start and entity.end, entity
        assert date.fromisoformat(entity.start) <= date.fromisoformat(entity.end), entity
    elif entity.label == "QUANTITY":
        assert entity.values and entity.unit in UNITS, entity
    else:
        assert entity.name and entity.name not in entity.aliases, entity


@pytest.mark.parametrize("stem", STEMS)
def test_values_are_well_formed(stem: str) -> None:
    for entity in _gold(stem).entities:
        _check_values(entity)


def _key(entity: GoldEntity) -> tuple[object, ...]:
    if entity.label == "COUNTRY":
        return ("COUNTRY", entity.iso3)
    if entity.label == "DATE":
        return ("DATE", entity.start, entity.end)
    if entity.label == "QUANTITY":
        return ("QUANTITY", tuple(entity.values), entity.unit)
    acronyms = sorted(n for n in entity.names() if ACRONYM.fullmatch(n))
    return (entity.label, entity.name, *acronyms)


@pytest.mark.parametrize("stem", STEMS)
def test_each_entity_is_annotated_once_per_paragraph(stem: str) -> None:
    keys = Counter((e.p, _key(e)) for e in _gold(stem).entities)
    assert [k for k, count in keys.items() if count > 1] == []


def _parallel_keys(gold: GoldFile, n: int) -> Counter[tuple[object, ...]]:
    """Language-free keys of a paragraph's required mentions (acronyms for bodies)."""
    keys: Counter[tuple[object, ...]] = Counter()
    for entity in gold.entities:
        if entity.p != n or entity.optional:
            continue
        key = _key(entity)
        if entity.label in ("AGENCY", "PROGRAMME"):
            key = (entity.label, *key[2:])
        keys[key] += 1
    return keys


def test_parallel_pair_gold_states_the_same_facts() -> None:
    """pair-en and pair-es are one note in two languages: same paragraphs, same keys."""
    english, spanish = _gold("pair-en"), _gold("pair-es")
    assert [p.n for p in english.paragraphs] == [p.n for p in spanish.paragraphs]
    for paragraph in english.paragraphs:
        n = paragraph.n
        assert _parallel_keys(english, n) == _parallel_keys(spanish, n), n
    same = {"symbol", "date", "meeting_number", "body", "meeting_start", "meeting_end"}
    for key in same | {"agenda_items", "kind", "distribution"}:
        assert english.metadata[key] == spanish.metadata[key], key
    assert len(english.sections) == len(spanish.sections)
    assert [s[0] for s in english.subheadings] == [s[0] for s in spanish.subheadings]
