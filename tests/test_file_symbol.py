"""The symbol a file's name gives fills or corrects the text's only behind a UN masthead."""

from __future__ import annotations

import pytest

from honlac_extract.models import Metadata
from honlac_extract.structure.masthead.file_symbol import file_name_symbols, with_file_symbol

MASTHEAD = {"organs": ["General Assembly"], "distribution": "General"}


@pytest.mark.parametrize(
    ("name", "symbols"),
    [
        ("ODS_A_45_189=S_21225.pdf", ["A/45/189", "S/21225"]),
        ("A_RES_73_3-EN.pdf", ["A/RES/73/3"]),
        ("ODS_A_C.4_SR.985.pdf", ["A/C.4/SR.985"]),
        ("folder/S_PV.8422_unextractor.pdf", ["S/PV.8422"]),
        ("UNODC_HONLAC_27_3.txt", ["UNODC/HONLAC/27/3"]),
        ("honlac-27-note.txt", []),
        ("Note_2019.pdf", []),
        ("report.pdf", []),
    ],
)
def test_a_file_name_spells_a_symbol_or_none(name: str, symbols: list[str]) -> None:
    assert file_name_symbols(name) == symbols


def test_a_symbol_with_misread_digits_is_corrected_with_a_warning() -> None:
    metadata = Metadata(symbol="A/45/109-S/21225", symbols=["A/45/109", "S/21225"], **MASTHEAD)
    fixed, warning = with_file_symbol(metadata, "ODS_A_45_189=S_21225.pdf")
    assert (fixed.symbol, fixed.symbols) == ("A/45/189-S/21225", ["A/45/189", "S/21225"])
    assert warning is not None and "A/45/109-S/21225" in warning


def test_a_missing_symbol_is_filled_and_gives_the_kind() -> None:
    metadata = Metadata(session="Quatorzieme session", title="SOMMAIRE")
    fixed, warning = with_file_symbol(metadata, "ODS_A_C.4_SR.985.pdf")
    assert (fixed.symbol, fixed.kind, fixed.title) == ("A/C.4/SR.985", "summary_record", None)
    assert warning is not None


def test_another_printed_symbol_or_no_masthead_changes_nothing() -> None:
    printed = Metadata(symbol="A/45/777", symbols=["A/45/777"], **MASTHEAD)
    assert with_file_symbol(printed, "ODS_A_45_189=S_21225.pdf") == (printed, None)
    bare = Metadata()
    assert with_file_symbol(bare, "ODS_A_45_189=S_21225.pdf") == (bare, None)
