"""The UN masthead of scanned documents: OCR confusions in dates, languages, symbols and job
numbers, stacked joint symbols, masthead lines a two-column layout splits, a verbatim
record's symbol box, letters known by their opening, and titles wrapped over a block break.

The texts are written in the style the PDF reader gives a 1990s scan (lines kept, blank lines
between blocks, OCR specks); none is copied from a real document.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from honlac_extract import extract
from honlac_extract.structure.masthead import read_masthead, running_header_symbols
from honlac_extract.structure.masthead.ocr import ocr_date
from honlac_extract.structure.masthead.rules import masthead_rules

ROOT = Path(__file__).resolve().parents[1]

SCANNED_LETTER = """UNITED
NATIONS

General Assembly Security Council Distr.

GENERAL

. . * %C.* *, . . A/44/207 -

s/20611

: I 4 Aprii 1989

ORIGINAL1 RUSSIAN I I' \\ ,I\\' \\ . . :

SECURITY COUNCIL
GENERAL ASSEMBLY
Forty-fourth year
Forty-fourth session
Items 12 and 40 of the

prelim'nary list*
QUESTION OF CYPRUS

I have been instructed by my Government to bring to your attention the following
statement on the situation in the region.

go-09876 2211a (E) / . . .
"""


def test_a_scanned_letter_masthead_reads_through_its_ocr_confusions() -> None:
    masthead = read_masthead(SCANNED_LETTER, len(SCANNED_LETTER))
    assert masthead.symbols == ["A/44/207", "S/20611"]
    assert masthead.date == "1989-04-14"
    assert masthead.original_language == "Russian"
    assert masthead.organs[0] == "General Assembly"  # the first symbol's series names it
    assert masthead.agenda_items == ["12", "40"]
    assert (masthead.job_number, masthead.job_language) == ("90-09876", "E")


def test_a_scanned_letter_without_its_title_is_a_letter_by_its_opening() -> None:
    metadata = extract(SCANNED_LETTER).metadata
    assert metadata.symbol == "A/44/207-S/20611"
    assert metadata.kind == "letter"
    assert metadata.organ == "General Assembly"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        (": I 4 Aprii 1989", "1989-04-14"),
        ("-25 March-1991", "1991-03-25"),
        ("3O Decernber l990", "1990-12-30"),
        ("29 AUGUST 1950", "1950-08-29"),
    ],
)
def test_ocr_date_lines(line: str, iso: str) -> None:
    assert ocr_date(line, masthead_rules().ocr) == iso


@pytest.mark.parametrize(
    "line",
    [
        "I 4 Apples 1989",
        "32 March 1991",
        "the 4 April 1989 meeting",
        "Items 4 April 1989",
        "4 April",
    ],
)
def test_ocr_dates_need_the_whole_shape_of_a_date(line: str) -> None:
    assert ocr_date(line, masthead_rules().ocr) is None


def test_a_stacked_joint_symbol_is_taken_from_a_line_of_ocr_debris() -> None:
    text = (
        "UNITED\nNATIONS\n\nGeneral Assembly Security Council Distr.\n\nGENERAL\n\n"
        "A/45/260 /\n\nulu Ld .4Y S/21280\n\n30 April 1990\n\nORIGINAL: ENGLISH\n"
    )
    masthead = read_masthead(text, len(text))
    assert masthead.symbols == ["A/45/260", "S/21280"]
    assert masthead.date == "1990-04-30"


def test_without_a_joint_dash_a_symbol_on_a_line_of_words_is_not_the_documents() -> None:
    text = (
        "UNITED\nNATIONS\n\nGeneral Assembly Distr.\n\nGENERAL\n\nA/45/260\n\n"
        "see also S/21280 below\n\n30 April 1990\n"
    )
    assert read_masthead(text, len(text)).symbols == ["A/45/260"]


OLD_VERBATIM = """United Nations

51st

GENERAL

PLENARY MEETING

Thursday, 4 November 1993

ASSEMBLY

at 10 a.m.

FORTY-EIGHTH SESSION

Official Records

NEW YORK

the work of the Organization in the field of development.

President: Mr. INSANALLY

(Guyana)

The meeting was called to order at 10.20 a.m.

AGENDA ITEM 20

REPORT OF THE ECONOMIC AND SOCIAL COUNCIL

This record is subject to correction.

Distr. GENERAL

A/48/PV.51

25 November 1993

ENGLISH

93-87111 (E)
"""


def test_an_old_verbatim_record_joins_its_split_organ_and_meeting_lines() -> None:
    metadata = extract(OLD_VERBATIM).metadata
    assert metadata.organ == "General Assembly"
    assert metadata.meeting_number == 51
    assert metadata.meeting_start == "1993-11-04"
    assert metadata.session == "Forty-eighth session"


def test_a_verbatim_records_symbol_box_gives_the_symbol_and_the_record_has_no_title() -> None:
    metadata = extract(OLD_VERBATIM).metadata
    assert metadata.symbol == "A/48/PV.51"
    assert metadata.kind == "verbatim_record"
    assert metadata.title is None
    assert metadata.date is None  # the box's date is the record's issue, not a field here


def test_split_lines_are_joined_only_into_a_whole_name() -> None:
    text = "United Nations\n\nGENERAL\n\nCOMMITTEE\n\nASSEMBLY HALL\n\nS/2020/1\n"
    assert read_masthead(text, len(text)).organs == []


def test_a_1950_meeting_line_with_its_date_and_a_bilingual_emblem() -> None:
    text = (
        "UNITED NATIONS / }{ATIONS UNIES\n\nSECURITY COUNCIL\n\nOFFICIAL RECORDS\n\n"
        "FIFTH YEAR\n\n493rd MEETING: 31 AUGUST 1950\n\nTABLE OF CONTENTS\n\n"
        "1. Provisional agenda . . . . 1\n\nS/PV.493\n\nHeld at Lake Success, New York\n"
    )
    masthead = read_masthead(text, len(text))
    assert (masthead.meeting_number, masthead.meeting_date) == (493, "1950-08-31")
    assert masthead.symbol == "S/PV.493"
    assert masthead.title is None
    metadata = extract(text).metadata
    assert (metadata.symbol, metadata.kind, metadata.title) == ("S/PV.493", "verbatim_record", None)


@pytest.mark.parametrize(
    "title",
    ["I,e-tter dated 25 March 19Yl from the Charge d'affaires", "better dated 27 Aoril 1990 from"],
)
def test_an_ocrd_letter_title_is_a_letter(title: str) -> None:
    text = (
        "UNITED\nNATIONS\n\nGeneral Assembly Security Council Distr.\n\nGENERAL\n\n"
        f"A/45/984\n\nS/22383\n\n25 March 1991\n\nORIGINAL: ENGLISH\n\n{title}\n\n"
        "The situation continues to deteriorate at an alarming pace.\n"
    )
    assert extract(text).metadata.kind == "letter"


WRAPPED_LETTER = """United Nations A/54/101-S/1999/600

General Assembly
Security Council

Distr.: General
6 May 1999

Original: English

General Assembly
Fifty-fourth session
Item 40 of the preliminary list*
Question of Palestine

Letter dated 4 May 1999 from the Chairman of the Committee on the Exercise of the Inalienable

Rights of the Palestinian People addressed to the Secretary-General

I have the honour to transmit the statement of the Committee.
"""


def test_a_letter_title_goes_on_over_a_block_break_to_its_addressee() -> None:
    metadata = extract(WRAPPED_LETTER).metadata
    assert metadata.title == (
        "Letter dated 4 May 1999 from the Chairman of the Committee on the Exercise of the "
        "Inalienable Rights of the Palestinian People addressed to the Secretary-General"
    )
    assert metadata.agenda_item_title == "Question of Palestine"


def test_a_closed_letter_title_does_not_take_the_next_block() -> None:
    text = WRAPPED_LETTER.replace(
        "the Inalienable\n\nRights of the Palestinian People addressed to the Secretary-General",
        "the Inalienable Rights of the Palestinian People addressed to the Secretary-General\n\n"
        "Annex addressed to the President",
    )
    assert extract(text).metadata.title is not None
    assert "Annex" not in (extract(text).metadata.title or "")


def test_the_running_headers_settle_an_ocrd_digit_and_a_lost_joint_half() -> None:
    furniture = "\n".join(["A/45/984", "S/22383", "English", "Page 2", "A/45/984", "S/22383"])
    assert running_header_symbols(["A/45/904"], furniture) == ["A/45/984", "S/22383"]
    furniture = "\n".join(["A/45/189", "S/21225", "A/45/109", "S/21225", "A/45/189"])
    assert running_header_symbols(["A/45/109", "S/21225"], furniture) == ["A/45/189", "S/21225"]


def test_the_running_headers_do_not_replace_another_document() -> None:
    furniture = "\n".join(["A/45/777", "A/45/777", "A/46/904"])
    assert running_header_symbols(["A/45/904"], furniture) == ["A/45/904"]
    assert running_header_symbols(["A/45/904", "S/22383"], "S/22384\nS/22384") == [
        "A/45/904",
        "S/22384",
    ]


def test_the_masthead_benchmark_counts_a_scan_without_text_as_skipped(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from masthead import score_folder
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    notes, gold = tmp_path / "notes", tmp_path / "gold"
    notes.mkdir()
    gold.mkdir()
    canvas = Canvas(str(notes / "scan.pdf"))
    canvas.rect(100, 100, 300, 500, fill=1)
    canvas.save()
    (notes / "letter.txt").write_text(SCANNED_LETTER, encoding="utf-8")
    for name, symbol in (("scan.pdf", "A/1/1"), ("letter.txt", "A/44/207-S/20611")):
        record = {"file": name, "metadata": {"symbol": symbol}}
        (gold / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")
    scores, refused = score_folder(gold, notes)
    assert (scores.scored, scores.skipped) == (1, 1)
    assert scores.counts["symbol"] == [1, 1]
    assert len(refused) == 1 and "no text layer" in refused[0]
