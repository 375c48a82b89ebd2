"""Header fields on real UN PDFs (../shared/corpus/un-pdf), against the gold of
fixtures/un-pdf-gold; skipped when the corpus is not there (it is never copied here).

``seen`` files were read while the masthead rules were written; ``unseen`` ones were kept
apart and measured first blind (symbol 0.818, date 1.000, original language 1.000, kind
0.727, title 0.727, agenda items 0.818 on 11 files), then their errors were read and fixed,
so the floors below are in-sample figures for both folders. ``unseen2`` (9 files, mostly OCR'd
1990-91 letters and old verbatim records) was measured blind later: symbol 0.444, date 0.556,
original language 0.778, kind 0.333, title 0.400, agenda items 0.750; the agenda-line and
session fixes made after reading its errors raised title to 0.600 and agenda items to 1.000,
and reading a masthead without a symbol as a UN masthead raised date to 0.667. The OCR
rules (confusion classes for dates, languages, symbols and job numbers, stacked joint
symbols, split organ and meeting lines, the record's symbol box, letters known by their
opening) then gave symbol 0.778 and every other field 1.000 (in-sample); the two symbols
left are OCR'd digits only the PDF's running headers print right (readers/layout.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from honlac_extract import extract_file
from honlac_extract.evaluation.fields import FieldScores, score_fields

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path("/work/shared/corpus/un-pdf")
GOLD = ROOT / "fixtures" / "un-pdf-gold"
# (correct, total) measured per headline field; the French 1959 summary record of "unseen"
# (no English masthead, symbol only in a running header) is the one known failure there
FLOORS = {
    "seen": {
        "symbol": 9,
        "date": 9,
        "original_language": 9,
        "kind": 9,
        "title": 8,
        "agenda_items": 9,
    },
    "unseen": {
        "symbol": 10,
        "date": 11,
        "original_language": 11,
        "kind": 10,
        "title": 10,
        "agenda_items": 10,
    },
    "unseen2": {
        "symbol": 7,
        "date": 9,
        "original_language": 9,
        "kind": 9,
        "title": 5,
        "agenda_items": 8,
    },
}

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the un-pdf corpus is not here")


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request: pytest.FixtureRequest) -> tuple[str, FieldScores]:
    name: str = request.param
    return name, score_fields(GOLD / name, CORPUS, extract_file)


def test_every_gold_file_has_its_input(scored: tuple[str, FieldScores]) -> None:
    _, scores = scored
    assert scores.skipped == 0 and scores.scored > 0


def test_headline_fields_stay_at_their_measured_figures(scored: tuple[str, FieldScores]) -> None:
    name, scores = scored
    correct = {key: scores.counts[key][0] for key in FLOORS[name]}
    assert all(correct[key] >= floor for key, floor in FLOORS[name].items()), scores.errors


def test_other_masthead_fields_are_all_right(scored: tuple[str, FieldScores]) -> None:
    _, scores = scored
    others = ("distribution", "organ", "session", "job_number", "job_language", "meeting_start")
    assert [e for e in scores.errors if e.split(": ")[1] in others] == []
