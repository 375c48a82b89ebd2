"""Lay a logical note out as a UN-style Word document with python-docx (test-only).

A4, symbol top right in the first-page header, job number and barcode in the first-page footer,
running header (symbol) and page number on later pages, real Word footnotes (custom ``*``
marks and auto-numbered ones), numbered paragraphs with a hanging indent, and
``w:lastRenderedPageBreak`` marks where Word would have broken pages, some inside paragraphs.
A masthead is "United Nations" and the symbol (at a right tab) in the first-page header and a
two-column table (organs | Distr./date/Original) at the top of the body, as UN Word files
hold it.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from .logical import Block, LogicalNote, Masthead

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
CHARS_PER_PAGE = 3400
"""Rough page capacity used to place Word's last-rendered page breaks."""


def _footnotes_xml(entries: list[tuple[int, str, str, bool]]) -> bytes:
    parts = [
        f'<w:footnotes xmlns:w="{W}">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>",
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>",
    ]
    for number, marker, text, custom in entries:
        mark = f"<w:t>{marker}</w:t>" if custom else "<w:footnoteRef/>"
        parts.append(
            f'<w:footnote w:id="{number}"><w:p><w:pPr><w:ind w:left="1134" w:hanging="567"/>'
            f'</w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr>'
            f'{mark}</w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:tab/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">{_esc(text)}</w:t>'
            "</w:r></w:p></w:footnote>"
        )
    parts.append("</w:footnotes>")
    return "".join(parts).encode("utf-8")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_docx(note: LogicalNote, path: Path, *, auto_numbers: bool = False) -> Path:
    """Write ``note`` as a .docx at ``path`` and return the path; with ``auto_numbers`` the
    paragraph numbers are Word list numbering (style "List Number"), not typed text."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.different_first_page_header_footer = True
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(10)
    job = note.job_number.removesuffix(" (E)")
    digits = re.sub(r"\D", "", job)
    if note.masthead:
        _masthead(document, note.masthead)
        section.header.paragraphs[0].add_run(note.masthead.symbol).bold = True
    elif note.symbol:
        top = section.first_page_header.paragraphs[0]
        top.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        top.add_run(note.symbol).bold = True
        section.header.paragraphs[0].add_run(note.symbol).bold = True
    if note.job_printed:
        section.first_page_footer.paragraphs[0].add_run(f"{job} (E)")
        section.first_page_footer.add_paragraph().add_run(f"*{digits}*")
    footer = section.footer.paragraphs[0]
    footer.add_run(f"{job}\t")
    _page_field(footer)

    footnotes = dict(note.footnotes)
    entries: list[tuple[int, str, str, bool]] = []
    budget = CHARS_PER_PAGE // 2  # the first page carries the header
    for block in note.blocks:
        automatic = auto_numbers and block.kind == "paragraph"
        paragraph = document.add_paragraph(style="List Number" if automatic else None)
        _format(paragraph, block)
        text = re.sub(r"(?<![*\w])\*(?=\w)(.+?)(?<=\w)\*(?![*\w])", "\x01\\1\x01", block.text)
        if block.kind == "item":
            text = f"{block.number}\t{text}"
        elif block.number and not automatic:
            text = f"{block.number}.\t{text}"
        if block.kind == "header" and re.search(r"\S {3,}\S", text):  # two columns
            text = re.sub(r"(?<=\S) {3,}(?=\S)", "\t", text)
        pieces = _split_refs(text, [r for r in block.refs if r in footnotes])
        for piece, is_ref in pieces:
            if is_ref:
                number = len(entries) + 1
                # Word numbers footnotes itself; a mark that is not the next number is custom
                custom = piece != str(1 + sum(not e[3] for e in entries))
                entries.append((number, piece, footnotes[piece], custom))
                _reference(paragraph, number, piece, custom)
                continue
            for index, part in enumerate(piece.split("\x01")):
                budget = _add_text(paragraph, part, block.bold, index % 2 == 1, budget)
    if entries:
        _add_footnotes_part(document, entries)
    document.core_properties.title = note.name
    document.save(str(path))
    return path


def _masthead(document: object, masthead: Masthead) -> None:
    """The Organization's masthead as its Word files hold it: "United Nations" and the symbol
    (at a right tab) in the first-page header, then a two-column table with the organs at the
    left and the Distr./date/Original column at the right."""
    section = document.sections[0]  # type: ignore[attr-defined]
    top = section.first_page_header.paragraphs[0]
    top.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), WD_TAB_ALIGNMENT.RIGHT)
    top.add_run("United Nations\t")
    symbol = top.add_run(masthead.symbol)
    symbol.bold, symbol.font.size = True, Pt(17)
    table = document.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    organs, column = table.rows[0].cells
    organs.width, column.width = Cm(11.5), Cm(4.5)
    for index, organ in enumerate(masthead.organs or [""]):
        paragraph = organs.paragraphs[0] if index == 0 else organs.add_paragraph()
        run = paragraph.add_run(organ)
        run.bold, run.font.size = True, Pt(16)
    for index, line in enumerate(masthead.column):
        paragraph = column.paragraphs[0] if index == 0 else column.add_paragraph()
        if line.startswith("Original:"):
            paragraph.paragraph_format.space_before = Pt(12)
        paragraph.add_run(line)


def _format(paragraph: Paragraph, block: Block) -> None:
    form = paragraph.paragraph_format
    form.space_after = Pt(6)
    if block.kind == "body":
        form.left_indent = Cm(1.0)
        form.first_line_indent = Cm(1.0)
    elif block.kind == "item":
        form.left_indent = Cm(3.0)
        form.first_line_indent = Cm(-1.0)
        form.tab_stops.add_tab_stop(Cm(3.0))
    elif block.kind == "lines":  # a signature block right of the middle
        form.left_indent = Cm(6.5 if block.text.startswith("(Signed)") else 1.0)
    elif block.kind == "annex":
        form.page_break_before = True  # an annex begins on a page of its own
    elif block.indented:  # a resolution's operative paragraph: the number indented
        form.first_line_indent = Cm(2.0)
        form.tab_stops.add_tab_stop(Cm(3.0))
    elif block.kind in ("paragraph", "section"):
        form.left_indent = Cm(1.0)
        form.first_line_indent = Cm(-1.0)
        form.tab_stops.add_tab_stop(Cm(1.0))
    elif block.kind == "subheading":
        form.left_indent = Cm(1.0)
    elif block.top_right:
        form.left_indent = Cm(11.5)
    if block.kind == "section":
        form.keep_with_next = True


def _split_refs(text: str, refs: list[str]) -> list[tuple[str, bool]]:
    if not refs:
        return [(text, False)]
    alternatives = "|".join(
        rf"(?<=[a-z][,.]){re.escape(r)}(?=\s)|(?<=[a-z]){re.escape(r)}$"
        if r.isdigit()
        else rf"(?<=[A-Za-z0-9.,]){re.escape(r)}(?=\s|$)"
        for r in sorted(set(refs), key=len, reverse=True)
    )
    out: list[tuple[str, bool]] = []
    position = 0
    for match in re.finditer(alternatives, text, re.M):
        out.append((text[position : match.start()], False))
        out.append((match.group(0), True))
        position = match.end()
    out.append((text[position:], False))
    return [(t, r) for t, r in out if t]


def _add_text(paragraph: Paragraph, text: str, bold: bool, italic: bool, budget: int) -> int:
    """Add text as runs (lines split by breaks), inserting a last-rendered page break when
    the page budget runs out; returns the budget left."""
    for line_index, line in enumerate(text.split("\n")):
        if line_index:
            paragraph.add_run().add_break()
        words = line.split(" ")
        run_words: list[str] = []
        for word in words:
            budget -= len(word) + 1
            run_words.append(word)
            if budget <= 0:
                run = paragraph.add_run(" ".join(run_words) + " ")
                run.bold, run.italic = bold or None, italic or None
                marker = paragraph.add_run()
                marker.bold, marker.italic = bold or None, italic or None
                marker._r.append(
                    copy.deepcopy(parse_xml(f'<w:lastRenderedPageBreak xmlns:w="{W}"/>'))
                )
                run_words = []
                budget = CHARS_PER_PAGE
        if run_words:
            run = paragraph.add_run(" ".join(run_words))
            run.bold, run.italic = bold or None, italic or None
    return budget


def _reference(paragraph: Paragraph, number: int, marker: str, custom: bool) -> None:
    run = paragraph.add_run()
    rpr = run._r.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:vertAlign xmlns:w="{W}" w:val="superscript"/>'))
    ref = parse_xml(f'<w:footnoteReference xmlns:w="{W}" w:id="{number}"/>')
    if custom:
        ref.set(qn("w:customMarkFollows"), "1")
    run._r.append(ref)
    if custom:
        text = parse_xml(f'<w:t xmlns:w="{W}">{marker}</w:t>')
        run._r.append(text)


def _page_field(paragraph: Paragraph) -> None:
    for xml in (
        f'<w:r xmlns:w="{W}"><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r xmlns:w="{W}"><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        f'<w:r xmlns:w="{W}"><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def _add_footnotes_part(document: object, entries: list[tuple[int, str, str, bool]]) -> None:
    doc_part = document.part  # type: ignore[attr-defined]
    part = Part(
        PackURI("/word/footnotes.xml"), FOOTNOTES_TYPE, _footnotes_xml(entries), doc_part.package
    )
    doc_part.relate_to(part, RT.FOOTNOTES)
