"""The UN masthead of any series: symbols, fields, front matter and kind, read from text laid
out as the PDF reader lays it out (masthead lines kept as lines, blank lines between blocks)."""

from __future__ import annotations

from pathlib import Path

from honlac_extract import extract, extract_file
from honlac_extract.evaluation.fields import score_fields
from honlac_extract.models import Metadata
from honlac_extract.outputs.review import render
from honlac_extract.outputs.tables import METADATA_COLUMNS, note_row
from honlac_extract.structure.masthead import held_in, read_masthead
from honlac_extract.structure.masthead.rules import masthead_rules
from honlac_extract.structure.masthead.symbols import line_symbols
from masthead_pdf import Masthead, build_masthead_pdf

REPORT = """United Nations S/2013/220*

Security Council Distr.: General

12 April 2013

Original: English

Report of the Secretary-General on the situation in the

Central African Republic

I. Introduction

1. The present report is submitted pursuant to resolution 2088 (2013) of
24 January 2013, by which the Council requested a report by 30 April 2013.

* Reissued for technical reasons on 19 April 2013.

13-29411 (E) 150413
"""

LETTER = """United Nations A/71/512-S/2016/855

General Assembly
Security Council

Distr.: General
11 October 2016

Original: English

General Assembly Security Council
Seventy-first session Seventy-first year
Agenda item 41
The situation in the occupied territories of Azerbaijan

Letter dated 7 October 2016 from the Permanent Representative of
Azerbaijan to the United Nations addressed to the Secretary-General

I have the honour to transmit herewith the statement of the Ministry of Foreign
Affairs of 5 October 2016 (see annex).
"""

RESOLUTION = """United Nations A/RES/72/198

General Assembly Distr.: General
10 January 2018

Seventy-second session
Agenda item 107

Resolution adopted by the General Assembly
on 19 December 2017

[on the report of the Third Committee (A/72/438)]

72/198. International cooperation to address and counter the world
drug problem

The General Assembly,

Reaffirming its resolution 71/211 of 19 December 2016,

1. Reaffirms the commitment to the goals of the outcome document;
"""

VERBATIM = """United Nations A/72/PV.73

General Assembly
Seventy-second session

73rd plenary meeting
Tuesday, 19 December 2017, 10 a.m.
New York

President: Mr. Lajčák . . . . . . . . . . . . . . . . . . . . . . . . . . . . (Slovakia)

The meeting was called to order at 10.05 a.m.
"""


def test_symbol_grammar_of_other_series_and_joint_symbols() -> None:
    rules = masthead_rules()
    assert line_symbols("United Nations A/45/155–S/21174", rules).symbols == [
        "A/45/155",
        "S/21174",
    ]
    for symbol in ("UNODC/SUBCOM/55/CRP.1", "E/CN.7/2013/CRP.2", "A/RES/73/7", "A/79/PV.29"):
        assert line_symbols(f"United Nations {symbol}", rules).symbols == [symbol]
    starred = line_symbols("S/2012/197***", rules)
    assert (starred.symbols, starred.reissue) == (["S/2012/197"], "***")


def test_report_masthead_title_and_kind() -> None:
    metadata = extract(REPORT).metadata
    assert metadata.symbol == "S/2013/220"
    assert metadata.reissue == "*"
    assert metadata.organ == "Security Council"
    assert metadata.distribution == "General"
    assert metadata.date == "2013-04-12"
    assert metadata.original_language == "English"
    assert metadata.title == (
        "Report of the Secretary-General on the situation in the Central African Republic"
    )
    assert metadata.kind == "report_of_secretary_general"
    assert (metadata.job_number, metadata.job_language) == ("13-29411", "E")


def test_stacked_organs_joint_symbol_agenda_title_and_letter_title() -> None:
    metadata = extract(LETTER).metadata
    assert metadata.symbol == "A/71/512-S/2016/855"
    assert metadata.symbols == ["A/71/512", "S/2016/855"]
    assert metadata.organs == ["General Assembly", "Security Council"]
    assert metadata.session == "Seventy-first session"
    assert metadata.agenda_items == ["41"]
    assert metadata.agenda_item_title == "The situation in the occupied territories of Azerbaijan"
    assert metadata.title == (
        "Letter dated 7 October 2016 from the Permanent Representative of Azerbaijan to the "
        "United Nations addressed to the Secretary-General"
    )
    assert metadata.date == "2016-10-11"
    assert metadata.kind == "letter"


def test_resolution_title_without_its_number_and_document_type_line() -> None:
    metadata = extract(RESOLUTION).metadata
    assert metadata.symbol == "A/RES/72/198"
    assert metadata.symbols == ["A/RES/72/198"]  # not the bracketed report's A/72/438
    assert (
        metadata.document_type == "Resolution adopted by the General Assembly on 19 December 2017"
    )
    assert metadata.title == (
        "International cooperation to address and counter the world drug problem"
    )
    assert metadata.date == "2018-01-10"
    assert metadata.agenda_items == ["107"]
    assert metadata.kind == "resolution"


def test_verbatim_record_meeting_date_is_not_an_issue_date() -> None:
    metadata = extract(VERBATIM).metadata
    assert metadata.kind == "verbatim_record"
    assert metadata.date is None
    assert metadata.meeting_start == metadata.meeting_end == "2017-12-19"
    assert metadata.meeting_number == 73
    assert metadata.title is None


def test_meeting_report_venue_and_dates_from_held_in() -> None:
    assert held_in(
        "Report of the Eighth Meeting of Heads of National Drug Law Enforcement Agencies, "
        "Europe, held in Vienna from 16 to 18 June 2009"
    ) == ("Vienna", "2009-06-16", "2009-06-18")
    assert held_in(
        "Report on the meeting held in Port of Spain from 28 September to 2 October 2015"
    ) == ("Port of Spain", "2015-09-28", "2015-10-02")


def test_sentence_dates_and_sessions_do_not_fill_masthead_fields() -> None:
    masthead = read_masthead(
        "The Commission at its fifty-third session, held on 12 March 2010, took note.\n", 200
    )
    assert (masthead.session, masthead.date, masthead.symbols) == (None, None, [])


def test_running_header_symbol_is_evidence_when_the_masthead_has_none() -> None:
    text = (
        "Letter dated 1 May 1990\n\nBody text.\n\nS/21300\n\nEnglish\nPage 2\n\nMore.\n\nS/21300\n"
    )
    assert read_masthead(text, len(text)).symbol == "S/21300"


def test_any_text_gives_a_masthead_without_raising() -> None:
    for text in ("", "\n\n", "United Nations", "United Nations A/", "*" * 50, "1" * 5000):
        read_masthead(text, len(text))
        extract(text)


def _pdf_letter(tmp_path: Path) -> Path:
    masthead = Masthead(
        symbol="A/71/512–S/2016/855",
        organs=["General Assembly", "Security Council"],
        column=["Distr.: General", "11 October 2016", "", "Original: English"],
        front=[
            ("General Assembly Security Council", True),
            ("Seventy-first session Seventy-first year", True),
            ("Agenda item 41", False),
            ("The situation in the occupied territories of Azerbaijan", True),
            ("", False),
            ("Letter dated 7 October 2016 from the Permanent Representative of", True),
            ("Azerbaijan to the United Nations addressed to the Secretary-General", True),
        ],
        body=["I have the honour to transmit herewith the statement of the Ministry of Foreign"],
        job="16-17634 (E)    131016",
    )
    return build_masthead_pdf(masthead, tmp_path / "letter.pdf")


def test_pdf_with_a_un_masthead_layout_gives_the_masthead(tmp_path: Path) -> None:
    metadata = extract_file(_pdf_letter(tmp_path)).metadata
    assert metadata.symbols == ["A/71/512", "S/2016/855"]
    assert metadata.organs == ["General Assembly", "Security Council"]
    assert (metadata.distribution, metadata.date) == ("General", "2016-10-11")
    assert metadata.original_language == "English"
    assert metadata.session == "Seventy-first session"
    assert metadata.agenda_items == ["41"]
    assert metadata.agenda_item_title == "The situation in the occupied territories of Azerbaijan"
    assert metadata.title == (
        "Letter dated 7 October 2016 from the Permanent Representative of Azerbaijan to the "
        "United Nations addressed to the Secretary-General"
    )
    assert metadata.kind == "letter"
    assert (metadata.job_number, metadata.job_language) == ("16-17634", "E")


def _pdf_resolution(tmp_path: Path) -> Path:
    masthead = Masthead(
        symbol="A/RES/72/198",
        organs=["General Assembly"],
        column=["Distr.: General", "10 January 2018"],
        front=[
            ("Seventy-second session", True),
            ("Agenda item 107", False),
            ("", False),
            ("Resolution adopted by the General Assembly", True),
            ("on 19 December 2017", True),
            ("", False),
            ("[on the report of the Third Committee (A/72/438)]", False),
            ("", False),
            ("72/198. International cooperation to address and counter the world", True),
            ("drug problem", True),
        ],
        body=[
            "The General Assembly,",
            "",
            "Reaffirming its resolution 71/211 of 19 December 2016,",
        ],
    )
    return build_masthead_pdf(masthead, tmp_path / "resolution.pdf")


def test_pdf_resolution_masthead(tmp_path: Path) -> None:
    metadata = extract_file(_pdf_resolution(tmp_path)).metadata
    assert metadata.symbols == ["A/RES/72/198"]
    assert metadata.date == "2018-01-10"
    assert (
        metadata.document_type == "Resolution adopted by the General Assembly on 19 December 2017"
    )
    assert (
        metadata.title == "International cooperation to address and counter the world drug problem"
    )
    assert metadata.kind == "resolution"


def test_field_scores_on_the_kind_fixtures() -> None:
    root = Path(__file__).resolve().parents[1] / "fixtures"
    scores = score_fields(root / "gold", root / "notes", extract_file)
    assert scores.skipped == 0
    assert [e for e in scores.errors if e.startswith("kind-")] == []
    assert scores.counts["kind"][1] >= 3  # every fixture with a gold kind was scored


def test_pdf_running_header_symbol_is_evidence_when_page_one_has_none(tmp_path: Path) -> None:
    masthead = Masthead(
        symbol="A/48/PV.46",
        organs=["General Assembly"],
        column=[],
        front=[("Forty-eighth session", True), ("46th plenary meeting", True)],
        body=["President: Mr. Insanally (Guyana)"],
        symbol_on_first_page=False,
        later_pages=3,
    )
    metadata = extract_file(build_masthead_pdf(masthead, tmp_path / "pv.pdf")).metadata
    assert (metadata.symbol, metadata.symbols) == ("A/48/PV.46", ["A/48/PV.46"])
    assert metadata.kind == "verbatim_record"
    assert metadata.meeting_number == 46


def test_notes_table_and_review_page_show_the_masthead_fields() -> None:
    note = extract(LETTER)
    row = note_row("letter", note)
    assert row["symbols"] == "A/71/512; S/2016/855"
    assert (row["kind"], row["organ"], row["session"]) == (
        "letter",
        "General Assembly",
        "Seventy-first session",
    )
    assert set(METADATA_COLUMNS) == set(Metadata.model_fields)  # every field has its column
    page = render(note)
    assert "<dt>kind</dt><dd>letter</dd>" in page
    assert "<dt>organs</dt><dd>General Assembly; Security Council</dd>" in page
