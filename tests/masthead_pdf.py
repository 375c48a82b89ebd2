"""Test-only builder of PDFs with a UN masthead laid out as the Organization prints it.

Page 1: "United Nations" at the top left and the symbol in large type at the top right over a
rule; the organ(s) in large bold type at the left with "Distr.: General", the issue date and
"Original: ..." in a right-hand column; then session and agenda lines, the agenda item's
title, the bold title and document-type line, the body, and the job number at the foot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

WIDTH, HEIGHT = A4
LEFT, RIGHT = 72.0, WIDTH - 72.0
COLUMN = 380.0


@dataclass(frozen=True)
class Masthead:
    """What a builder prints: masthead column lines, left-hand front matter and body lines."""

    symbol: str
    organs: list[str]
    column: list[str]
    front: list[tuple[str, bool]] = field(default_factory=list)  # (line, bold)
    body: list[str] = field(default_factory=list)
    job: str | None = None
    symbol_on_first_page: bool = True
    later_pages: int = 0  # pages with the symbol as running header and a line of body text


def build_masthead_pdf(masthead: Masthead, path: Path) -> Path:
    """Write ``masthead`` as a one-page PDF at ``path`` and return the path."""
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(LEFT, HEIGHT - 60, "United Nations")
    canvas.setFont("Helvetica-Bold", 17)
    if masthead.symbol_on_first_page:
        canvas.drawRightString(RIGHT, HEIGHT - 62, masthead.symbol)
    canvas.setLineWidth(1.2)
    canvas.line(LEFT, HEIGHT - 72, RIGHT, HEIGHT - 72)
    y = HEIGHT - 100
    canvas.setFont("Helvetica-Bold", 16)
    for index, organ in enumerate(masthead.organs):
        canvas.drawString(LEFT, y - 22 * index, organ)
    canvas.setFont("Times-Roman", 10)
    for index, line in enumerate(masthead.column):
        canvas.drawString(COLUMN, y - 13 * index, line)
    y -= 22 * max(len(masthead.organs), 1) + 13 * max(len(masthead.column) - 2, 0) + 20
    canvas.setLineWidth(0.5)
    canvas.line(LEFT, y + 10, RIGHT, y + 10)
    y -= 14
    for line, bold in masthead.front:
        if not line:
            y -= 10
            continue
        canvas.setFont("Times-Bold" if bold else "Times-Roman", 12 if bold else 10)
        canvas.drawString(LEFT, y, line)
        y -= 15 if bold else 12
    y -= 12
    canvas.setFont("Times-Roman", 10)
    for line in masthead.body:
        if not line:
            y -= 8
            continue
        canvas.drawString(LEFT + 20, y, line)
        y -= 12
    if masthead.job:
        canvas.setFont("Times-Roman", 8)
        canvas.drawString(LEFT, 30, masthead.job)
    canvas.showPage()
    for page in range(2, masthead.later_pages + 2):
        canvas.setFont("Times-Bold", 9)
        canvas.drawString(LEFT, HEIGHT - 48, masthead.symbol)
        canvas.line(LEFT, HEIGHT - 54, RIGHT, HEIGHT - 54)
        canvas.setFont("Times-Roman", 10)
        canvas.drawString(LEFT + 20, HEIGHT - 100, f"The debate went on (page {page}).")
        canvas.showPage()
    canvas.save()
    return path
