"""Every document kind laid out as PDF and Word reads as its .txt fixture's golden (issue 12).

Each laid-out fixture (tests/notedocs LAID_OUT: Secretariat notes, conference room papers,
implementation notes, meeting reports with lettered sub-sections, a report of the Secretariat,
a resolution and a letter with its annex; those whose fixture prints the Organization's
masthead are built under it) is built as PDF, as DOCX with typed paragraph numbers and as
DOCX with Word list numbering, read with the project's reader and run through
``extract_file``; what a layout cannot change must equal fixtures/expected/<name>.json, the
golden of the .txt form.

Compared: all metadata fields; sections (number, ordinal, title) with their sub-sections (title,
group, paragraphs); every paragraph's number, kind, section, sub-section, annex, text and items;
footnotes (marker, text); the set of normalised entity values per paragraph.

Not compared, because they are inherent to the format: ``source`` (path, hash and format of
another file); ``text`` and every offset (``start``/``end``, ``spans``, item offsets): a PDF
reader lays out lines by position and drops furniture, Word has no hard line breaks, so the
same words sit at other offsets; ``page``/``bbox`` (a .txt has none). Paragraph texts are
compared as they are; an item's text and an entity's surface text with white space folded,
since they keep the raw text of their span, hard-wrapped in a .txt, wrapped elsewhere (or not
at all) in a PDF or Word file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from honlac_extract import extract_file
from honlac_extract.models import Note
from notedocs import LAID_OUT, NOTES, build_all, build_docx, parse_fixture

EXPECTED = Path(__file__).resolve().parents[1] / "fixtures" / "expected"
FORMATS = ("pdf", "docx", "docx-auto")
"""``docx-auto``: the Word file with its paragraph numbers as list numbering, not typed."""

XFAIL: dict[tuple[str, str], str] = {}
"""(name, format) cases failing for a reader bug outside this test's reach (readers/pdf*)."""


def _cases() -> list[Any]:
    cases = []
    for name in LAID_OUT:
        for fmt in FORMATS:
            marks = []
            if (name, fmt) in XFAIL:
                marks.append(pytest.mark.xfail(strict=True, reason=XFAIL[(name, fmt)]))
            cases.append(pytest.param(name, fmt, id=f"{name}.{fmt}", marks=marks))
    return cases


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("kinds")
    files = build_all(folder)
    for name in LAID_OUT:
        note = parse_fixture(NOTES / f"{name}.txt")
        path = folder / f"{name}-auto.docx"
        files[(name, "docx-auto")] = build_docx(note, path, auto_numbers=True)
    return files


def _golden(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
    return data


def _fold(text: str) -> str:
    return " ".join(text.split())


def _sections(sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sections without offsets: a layout moves text, it does not change the outline."""
    return [
        {
            "number": s["number"],
            "ordinal": s["ordinal"],
            "title": s["title"],
            "subsections": [
                {"title": u["title"], "group": u["group"], "paragraphs": u["paragraphs"]}
                for u in s["subsections"]
            ],
        }
        for s in sections
    ]


def _paragraphs(paragraphs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Paragraphs without spans, page and box; item texts with white space folded (an item
    keeps the raw text of its span, hard-wrapped in a .txt, one line in a PDF or Word)."""
    return [
        {
            "number": p["number"],
            "kind": p["kind"],
            "section": p["section"],
            "subsection": p["subsection"],
            "annex": p["annex"],
            "text": p["text"],
            "items": [(i["label"], _fold(i["text"])) for i in p["items"]],
        }
        for p in paragraphs
    ]


_ENTITY_EXCLUDED = {"id", "start", "end", "page", "bbox", "text"}
"""Offsets and placement differ by format; ``text`` is compared with white space folded."""


def _entities(entities: list[dict[str, Any]]) -> dict[Any, set[tuple[Any, ...]]]:
    """The set of normalised entity values per paragraph (label, name, ISO code, dates,
    quantities, ... and the surface text with a .txt's line breaks folded)."""
    out: dict[Any, set[tuple[Any, ...]]] = {}
    for entity in entities:
        fields = {k: v for k, v in entity.items() if k not in _ENTITY_EXCLUDED}
        fields["text"] = _fold(entity["text"])
        key = tuple(sorted((k, json.dumps(v, sort_keys=True)) for k, v in fields.items()))
        out.setdefault(entity["paragraph"], set()).add(key)
    return out


def _footnotes(name: str, fmt: str, footnotes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The golden's footnotes as a laid-out file can print them: the .txt writes a hyperlink
    as a markdown link ('[UNODC/HONLAC/27/1](#).'), a PDF or Word prints the link text; and a
    Word footnote exists only at its reference mark, so one whose mark the .txt lost (the
    PDF still prints it at the page foot) cannot be held by a .docx."""
    referenced = parse_fixture(NOTES / f"{name}.txt").referenced
    return [
        (f["marker"], re.sub(r"\[([^\]]+)\]\(#\)", r"\1", f["text"]))
        for f in footnotes
        if fmt == "pdf" or f["marker"] in referenced
    ]


def _dump(note: Note) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(note.model_dump_json())
    return data


def test_every_kind_is_laid_out() -> None:
    """Every fixture but the flattened one (a note run into one line, with no layout to
    recover) is built in both formats, and together they cover every document kind."""
    names = {p.stem for p in EXPECTED.glob("*.json")}
    assert names - set(LAID_OUT) == {"damage-flattened"}
    kinds = {_golden(n)["metadata"]["kind"] for n in LAID_OUT}
    assert kinds == {
        "note_by_secretariat",
        "conference_room_paper",
        "implementation_note",
        "meeting_report",
        "report_of_secretariat",
        "resolution",
        "letter",
        "summary_record",
    }


@pytest.mark.parametrize(("name", "fmt"), _cases())
def test_laid_out_kind_matches_its_golden(
    built: dict[tuple[str, str], Path], name: str, fmt: str
) -> None:
    golden = _golden(name)
    read = _dump(extract_file(built[(name, fmt)]))
    assert read["source"]["format"] == fmt.removesuffix("-auto")
    assert read["metadata"] == golden["metadata"]
    assert _sections(read["sections"]) == _sections(golden["sections"])
    assert _paragraphs(read["paragraphs"]) == _paragraphs(golden["paragraphs"])
    assert [(f["marker"], f["text"]) for f in read["footnotes"]] == _footnotes(
        name, fmt, golden["footnotes"]
    )
    assert _entities(read["entities"]) == _entities(golden["entities"])
