"""The country matcher's patterns come from a user cache that never changes what is found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.matcher import PhraseMatcher

from honlac_extract.entities import matcher_cache
from honlac_extract.entities.countries.component import CountryComponent
from honlac_extract.entities.matcher_cache import cache_path, tokenised

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "notes" / "honlac-27-note.txt"
FORMS = ["Bolivia (Plurinational State of)", "Guinea-Bissau", "People\u2019s Republic", "St. Lucia"]
TEXT = (
    "Officials of the Plurinational State of Bolivia, Guinea-Bissau and Saint Lucia met in "
    "Guatemala City and in Manzanillo, Panama, with the Caribbean Community."
)


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("HONLAC_CACHE_DIR", str(folder))
    return folder


def _words(nlp: spacy.language.Language, form: str) -> list[str]:
    return [token.text for token in nlp.make_doc(form)]


def _found(nlp: spacy.language.Language) -> list[tuple[str, int, int]]:
    """Matches of the component's phrase matcher on the seed note and ``TEXT``."""
    component = CountryComponent(nlp)
    doc = nlp.make_doc(TEXT + "\n" + SEED.read_text(encoding="utf-8"))
    return sorted(
        (nlp.vocab.strings[key], start, end) for key, start, end in component.matcher(doc)
    )


def _found_without_cache(nlp: spacy.language.Language) -> list[tuple[str, int, int]]:
    """The same matches from patterns tokenised as Docs, as the matcher was built before."""
    component = CountryComponent(nlp)
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for form in component.gazetteer.forms:
        matcher.add(f"GEO|{form}", [nlp.make_doc(form)])
    for trigger in component.gazetteer.place_triggers:
        matcher.add(f"TRIGGER|{trigger}", [nlp.make_doc(trigger)])
    doc = nlp.make_doc(TEXT + "\n" + SEED.read_text(encoding="utf-8"))
    return sorted((nlp.vocab.strings[key], start, end) for key, start, end in matcher(doc))


def test_cached_words_are_the_tokenizers_and_are_stored(cache: Path) -> None:
    nlp = spacy.blank("en")
    table = tokenised("test", nlp, FORMS)
    assert {form: table[form] for form in FORMS} == {form: _words(nlp, form) for form in FORMS}
    stored = json.loads(cache_path("test", nlp).read_text(encoding="utf-8"))
    assert {form: stored[form] for form in FORMS} == {form: table[form] for form in FORMS}
    assert not list(cache.glob("*.tmp"))  # written by rename, nothing left behind


def test_matches_are_the_same_with_a_cold_a_warm_and_no_usable_cache(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = _found(spacy.blank("en"))
    assert list(cache.glob("countries-*.json"))
    warm = _found(spacy.blank("en"))
    for path in cache.glob("countries-*.json"):
        path.write_text("{not json", encoding="utf-8")
    corrupt = _found(spacy.blank("en"))
    assert json.loads(next(cache.glob("countries-*.json")).read_text(encoding="utf-8"))
    blocked = cache / "blocked"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("HONLAC_CACHE_DIR", str(blocked / "sub"))
    unwritable = _found(spacy.blank("en"))
    assert cold == warm == corrupt == unwritable == _found_without_cache(spacy.blank("en"))
    names = {name for name, _, _ in cold}
    assert {
        "GEO|Guinea-Bissau",
        "GEO|Plurinational State of Bolivia",
        "GEO|Guatemala City",
    } <= names


def test_a_data_change_names_another_file_and_new_forms_are_tokenised(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nlp = spacy.blank("en")
    before = cache_path("test", nlp)
    tokenised("test", nlp, FORMS[:2])
    monkeypatch.setattr(matcher_cache, "data_digest", lambda: "changed data files")
    after = cache_path("test", nlp)
    assert after != before
    table = tokenised("test", nlp, FORMS)
    assert table[FORMS[3]] == _words(nlp, FORMS[3])
    assert set(json.loads(after.read_text(encoding="utf-8"))) == set(FORMS)
    assert set(json.loads(before.read_text(encoding="utf-8"))) == set(FORMS[:2])


def test_a_stale_entry_for_a_form_is_not_trusted_over_a_missing_one(cache: Path) -> None:
    nlp = spacy.blank("en")
    path = cache_path("test", nlp)
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({FORMS[0]: "not a word list", FORMS[1]: [1, 2]}), encoding="utf-8")
    table = tokenised("test", nlp, FORMS[:2])
    assert [table[form] for form in FORMS[:2]] == [_words(nlp, form) for form in FORMS[:2]]
