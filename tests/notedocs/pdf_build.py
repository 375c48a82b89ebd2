"""Lay a logical note out as a UN-style A4 PDF with reportlab (test-only).

The layout imitates a published Secretariat note: symbol top right of page 1, job number and
barcode at the foot of page 1, running header (symbol) and page number on later pages,
footnotes in smaller type under a short rule, numbered paragraphs with a hanging indent and
paragraphs that run over page breaks. A note whose fixture prints the Organization's masthead
(a resolution, a letter, a report of a subsidiary body) gets it on page 1: "United Nations"
and the symbol in large type over a rule, the organs in large bold type at the left, the
Distr./date/Original column at the right. A letter's paragraphs and a resolution's clauses
are unnumbered or numbered at the first-line indent, lettered items indented, the signature
block right of the middle, an annex on a page of its own.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.code39 import Standard39
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from .logical import Block, LogicalNote, Masthead

WIDTH, HEIGHT = A4
LEFT, RIGHT = 72.0, WIDTH - 72.0
FOOTER_Y = 40.0
FOOTNOTE_AREA = 96.0
"""Height kept free above the footer on every page for footnotes."""

BODY = ParagraphStyle(
    "body",
    fontName="Times-Roman",
    fontSize=10,
    leading=12,
    alignment=TA_JUSTIFY,
    leftIndent=28,
    bulletIndent=0,
    bulletFontName="Times-Roman",
    bulletFontSize=10,
    spaceAfter=6,
)
HEADER = ParagraphStyle("header", fontName="Times-Roman", fontSize=10, leading=12, spaceAfter=10)
HEADER_BOLD = ParagraphStyle(
    "header-bold", parent=HEADER, fontName="Times-Bold", fontSize=12, leading=14
)
TOP_RIGHT = ParagraphStyle("top-right", parent=HEADER, leftIndent=330, spaceAfter=8)
SECTION = ParagraphStyle(
    "section",
    fontName="Times-Bold",
    fontSize=11,
    leading=13,
    leftIndent=28,
    bulletIndent=0,
    bulletFontName="Times-Bold",
    bulletFontSize=11,
    spaceBefore=10,
    spaceAfter=8,
)
SUBHEADING = ParagraphStyle(
    "subheading",
    fontName="Times-Bold",
    fontSize=10,
    leading=12,
    leftIndent=28,
    spaceBefore=4,
    spaceAfter=6,
)
FOOTNOTE = ParagraphStyle(
    "footnote",
    fontName="Times-Roman",
    fontSize=8,
    leading=9.5,
    leftIndent=28,
    bulletIndent=14,
    bulletFontName="Times-Roman",
    bulletFontSize=8,
    spaceAfter=1,
)

PROSE = ParagraphStyle("prose", parent=BODY, leftIndent=28, firstLineIndent=28)
"""A letter's paragraphs and a resolution's opening line and preambular clauses: unnumbered,
justified, the first line indented."""
OPERATIVE = ParagraphStyle("operative", parent=PROSE)
"""A resolution's operative paragraph: the number at the first-line indent."""
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=84, bulletIndent=56)
LINES = ParagraphStyle("lines", parent=HEADER, leftIndent=28, spaceBefore=6)
SIGNATURE = ParagraphStyle("signature", parent=LINES, leftIndent=180, spaceBefore=12)
"""A letter's signature block, set to the right of the page's middle."""
ANNEX = ParagraphStyle("annex", parent=HEADER_BOLD, spaceBefore=18)
CELL = ParagraphStyle("cell", parent=HEADER, spaceAfter=0)
COLUMN = 380.0
"""Left edge of the masthead's Distr./date/Original column."""

FOOTNOTE_SYMBOL = ParagraphStyle("footnote-symbol", parent=FOOTNOTE, bulletFontName="Symbol")


def markup(text: str, refs: list[str]) -> str:
    """Escape text for reportlab; ``*italic*`` to italic, footnote references to superscript."""
    out = escape(text).replace("∗", '<font face="Symbol">∗</font>')  # asteriskmath, as in UN PDFs
    out = re.sub(r"(?<![*\w])\*(?=\w)(.+?)(?<=\w)\*(?![*\w])", r"<i>\1</i>", out)
    for ref in sorted(set(refs), key=len, reverse=True):
        if ref.isdigit():
            out = re.sub(
                rf"(?<=[a-z][,.]){ref}(?=\s)|(?<=[a-z]){ref}$",
                f"<super>{ref}</super>",
                out,
                flags=re.M,
            )
        else:
            pattern = rf"(?<=[A-Za-z0-9.,]){re.escape(ref)}(?=\s|$|<)"
            out = re.sub(pattern, f"<super>{escape(ref)}</super>", out)
    return out.replace("\n", "<br/>")


class FootnoteAnchor(Flowable):  # type: ignore[misc]
    """Zero-size marker: records the page on which the next block (and its references) lands."""

    def __init__(self, markers: list[str], pages: dict[int, list[str]]) -> None:
        super().__init__()
        self.markers = markers
        self.pages = pages

    def wrap(self, *args: Any) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.pages.setdefault(self.canv.getPageNumber(), []).extend(self.markers)


def _footnote_style(marker: str) -> ParagraphStyle:
    """U+2217 marks are the Symbol font's asteriskmath, as UN PDFs set them."""
    return FOOTNOTE_SYMBOL if "∗" in marker else FOOTNOTE


def _barcode_digits(job: str) -> str:
    match = re.search(r"V\.(\d\d)-(\d{5})", job)
    return f"{match.group(1)}{match.group(2)}" if match else "0000000"


def _masthead_height(masthead: Masthead) -> float:
    """Where the masthead's lower rule lies below the page top."""
    return 100 + 22 * max(len(masthead.organs), 1) + 13 * max(len(masthead.column) - 2, 0) + 10


def draw_masthead(canvas: Canvas, masthead: Masthead) -> None:
    """Page 1 as the Organization prints it: "United Nations" at the left and the symbol in
    large type at the right over a rule, the organs in large bold type at the left, the
    Distr./date/Original column at the right ("Original:" after a blank line), a rule."""
    canvas.setFont("Helvetica", 10)
    canvas.drawString(LEFT, HEIGHT - 60, "United Nations")
    canvas.setFont("Helvetica-Bold", 17)
    canvas.drawRightString(RIGHT, HEIGHT - 62, masthead.symbol)
    canvas.setLineWidth(1.2)
    canvas.line(LEFT, HEIGHT - 72, RIGHT, HEIGHT - 72)
    y = HEIGHT - 100
    canvas.setFont("Helvetica-Bold", 16)
    for index, organ in enumerate(masthead.organs):
        canvas.drawString(LEFT, y - 22 * index, organ)
    canvas.setFont("Times-Roman", 10)
    line_y = y
    for line in masthead.column:
        if line.startswith("Original:"):
            line_y -= 13
        canvas.drawString(COLUMN, line_y, line)
        line_y -= 13
    rule = HEIGHT - _masthead_height(masthead)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, rule, RIGHT, rule)


def build_pdf(note: LogicalNote, path: Path) -> Path:
    """Write ``note`` as a PDF at ``path`` and return the path."""
    footnotes = dict(note.footnotes)
    anchored: dict[int, list[str]] = {}
    job = note.job_number.removesuffix(" (E)")

    def draw_footnotes(canvas: Canvas, page: int) -> None:
        markers = [m for m in anchored.get(page, []) if m in footnotes]
        if not markers:
            return
        items = [
            Paragraph(markup(footnotes[m], []), _footnote_style(m), bulletText=m) for m in markers
        ]
        heights = [p.wrap(RIGHT - LEFT, HEIGHT)[1] + 1 for p in items]
        y = FOOTER_Y + 24 + sum(heights)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, y + 6, LEFT + 100, y + 6)
        for item, height in zip(items, heights, strict=True):
            y -= height
            item.drawOn(canvas, LEFT, y)

    def first_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        if note.masthead:
            draw_masthead(canvas, note.masthead)
        elif note.symbol:
            canvas.setFont("Helvetica-Bold", 15)
            canvas.drawRightString(RIGHT, HEIGHT - 52, note.symbol)
        canvas.setFont("Times-Roman", 8)
        if note.job_printed:
            canvas.drawString(LEFT, FOOTER_Y, f"{job} (E)")
            digits = _barcode_digits(job)
            canvas.setFont("Courier", 9)
            canvas.drawString(LEFT, FOOTER_Y - 14, f"*{digits}*")
            Standard39(digits, barHeight=14, barWidth=0.6).drawOn(canvas, LEFT + 80, FOOTER_Y - 18)
        canvas.restoreState()

    def later_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        page = canvas.getPageNumber()
        canvas.setFont("Times-Bold", 9)
        if note.symbol:
            if page % 2 == 0:
                canvas.drawString(LEFT, HEIGHT - 48, note.symbol)
            else:
                canvas.drawRightString(RIGHT, HEIGHT - 48, note.symbol)
        canvas.setLineWidth(0.3)
        canvas.line(LEFT, HEIGHT - 54, RIGHT, HEIGHT - 54)
        canvas.setFont("Times-Roman", 8)
        left, right = (str(page), job) if page % 2 == 0 else (job, str(page))
        canvas.drawString(LEFT, FOOTER_Y, left)
        canvas.drawRightString(RIGHT, FOOTER_Y, right)
        canvas.restoreState()

    def page_end(canvas: Canvas, doc: BaseDocTemplate) -> None:
        draw_footnotes(canvas, canvas.getPageNumber())

    frame = _frame(72.0)
    top = _masthead_height(note.masthead) + 16 if note.masthead else 72.0
    doc = BaseDocTemplate(
        str(path), pagesize=A4, title=note.name, author="fixture builder", invariant=1
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "first",
                [_frame(top)],
                onPage=first_page,
                onPageEnd=page_end,
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [frame], onPage=later_page, onPageEnd=page_end),
        ]
    )
    story: list[Flowable] = []
    unreferenced = [m for m, _ in note.footnotes if m not in note.referenced]
    for block in note.blocks:
        if block.kind in ("section", "subheading"):
            story.append(CondPageBreak(40))  # a heading keeps two lines below it
        if block.kind == "annex":
            story.append(PageBreak())  # an annex begins on a page of its own
        if block is note.blocks[-1] and unreferenced:  # a note whose reference the .txt lost
            story.append(FootnoteAnchor(unreferenced, anchored))
        if block.refs:
            story.append(FootnoteAnchor(block.refs, anchored))
        story.append(_flowable(block))
    doc.build(story)
    return path


def _frame(top: float) -> Frame:
    """The body frame, ``top`` points below the page top, footnote area kept free."""
    return Frame(
        LEFT,
        FOOTER_Y + FOOTNOTE_AREA,
        RIGHT - LEFT,
        HEIGHT - top - FOOTER_Y - FOOTNOTE_AREA,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def _flowable(block: Block) -> Flowable:
    text = markup(block.text, block.refs)
    if block.kind == "header" and re.search(r"\S {3,}\S", block.text):
        return _columns(block)
    if block.kind == "body":
        return Paragraph(text, PROSE)
    if block.kind == "item":
        return Paragraph(text, ITEM, bulletText=block.number)
    if block.kind == "lines":
        return Paragraph(text, SIGNATURE if block.text.startswith("(Signed)") else LINES)
    if block.kind == "annex":
        return Paragraph(text, ANNEX)
    if block.kind == "header":
        style = TOP_RIGHT if block.top_right else HEADER_BOLD if block.bold else HEADER
        return Paragraph(text, style)
    if block.kind == "section":
        return Paragraph(text, SECTION, bulletText=f"{block.number}.")
    if block.kind == "subheading":
        return Paragraph(text, SUBHEADING)
    if block.indented:
        return Paragraph(f"{block.number}.&nbsp;&nbsp;&nbsp;{text}", OPERATIVE)
    return Paragraph(text, BODY, bulletText=f"{block.number}.")


def _columns(block: Block) -> Table:
    """Front matter printed in two columns (a letter's "General Assembly ... Security
    Council" over "Seventy-eighth session ... Seventy-eighth year"), the right one at the
    masthead column."""
    rows = []
    for line in block.text.split("\n"):
        left, _, right = (re.split(r"(\s{3,})", line.strip()) + ["", ""])[:3]
        rows.append([Paragraph(escape(left), CELL), Paragraph(escape(right), CELL)])
    table = Table(rows, colWidths=[COLUMN - LEFT, RIGHT - COLUMN], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    table.spaceAfter = 10
    return table
