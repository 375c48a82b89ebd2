"""Language detection: every English fixture reads as English, Spanish and French text as theirs,
and the note's language picks the pipeline's tokenizer."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from honlac_extract import extract
from honlac_extract.entities.pipeline import load_pipeline
from honlac_extract.languages import detect_language

ROOT = Path(__file__).resolve().parents[1]
ENGLISH_SETS = ("fixtures", "fixtures/heldout", "fixtures/heldout2", "fixtures/heldout3")
ENGLISH = sorted(
    p
    for folder in ENGLISH_SETS
    for p in (ROOT / folder / "notes").glob("*.txt")
    if not p.name.startswith(("es-", "fr-", "pair-es"))
)
FRENCH_PDF = Path("/work/shared/corpus/un-pdf/ODS_A_C.4_SR.985.pdf")

SPANISH = (
    "1. La Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) ha prestado "
    "asistencia técnica a los Estados de la región para el control de sus fronteras. "
    "2. En 2018 las autoridades del Perú incautaron 12,3 toneladas de cocaína en los puertos."
)
FRENCH = (
    "1. L'Office des Nations Unies contre la drogue et le crime (ONUDC) a fourni une assistance "
    "technique aux États de la région pour le contrôle de leurs frontières. "
    "2. En 2018, les autorités du Sénégal ont saisi 3 700 kilogrammes de résine de cannabis."
)


@pytest.mark.parametrize("path", ENGLISH, ids=lambda p: p.name)
def test_every_english_fixture_reads_as_english(path: Path) -> None:
    assert detect_language(path.read_text(encoding="utf-8")) == "en"


@pytest.mark.parametrize(("text", "language"), [(SPANISH, "es"), (FRENCH, "fr")])
def test_spanish_and_french_text_is_told_apart(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_an_english_quote_in_a_spanish_note_does_not_make_it_english() -> None:
    quoted = SPANISH + ' El informe "Report of the Secretariat on the situation" fue citado.'
    assert detect_language(quoted) == "es"


@pytest.mark.parametrize("text", ["", "1. 2. 3.", "UNODC/HONLAC/27/3", "V.17-05251 (E)"])
def test_too_few_words_give_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_the_note_records_its_language_and_is_read_with_its_tokenizer() -> None:
    assert extract(SPANISH).metadata.language == "es"
    assert extract(FRENCH).metadata.language == "fr"
    assert extract("").metadata.language is None
    assert load_pipeline(language="fr").lang == "fr"


@pytest.mark.skipif(not FRENCH_PDF.exists(), reason="the un-pdf corpus is not on this machine")
def test_a_real_french_un_document_reads_as_french() -> None:
    from honlac_extract.readers import read_document

    assert detect_language(read_document(FRENCH_PDF).text) == "fr"


@given(st.text(max_size=400))
def test_detection_never_raises(text: str) -> None:
    assert detect_language(text) in (None, "en", "es", "fr")
