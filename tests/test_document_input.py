"""Reading PDF and Word notes: format detection, clear errors, furniture, footnotes, pages.

The fixture notes are laid out as UN-style PDF and DOCX files by tests/notedocs (built once per
module into a temporary folder; nothing is downloaded or kept in git). These tests exercise the
readers alone; tests/test_format_equivalence.py runs the whole pipeline.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen.canvas import Canvas

from honlac_extract import extract_file
from honlac_extract.cli import main
from honlac_extract.errors import InputError
from honlac_extract.models import Entity, Footnote, Metadata, Note, Paragraph, Source
from honlac_extract.readers import apply_layout, detect_format, read_document
from honlac_extract.readers.layout import TextBuilder
from honlac_extract.readers.numbering import Level, Numbering
from notedocs import LAID_OUT, NOTES, build_all, build_docx, parse_fixture

ITALIC = re.compile(r"(?<![*\w])\*(?=\w)(.+?)(?<=\w)\*(?![*\w])")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    return build_all(tmp_path_factory.mktemp("notedocs"))


def _expected_blocks(name: str) -> list[str]:
    """The note's logical blocks as a .txt note prints them (italics are type, not '*')."""
    note = parse_fixture(NOTES / f"{name}.txt")
    texts = [ITALIC.sub(r"\1", b.text) for b in note.blocks]
    blocks = [
        f"{b.number} {t}" if b.kind == "item" else f"{b.number}. {t}" if b.number else t
        for b, t in zip(note.blocks, texts, strict=True)
    ]
    if note.masthead:  # printed in the masthead, compared apart
        return blocks
    return ([note.symbol] if note.symbol else []) + blocks


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
# damage-contents is left out: each contents line ("I.  Introduction . . . 2") starts with a
# section number at the margin and so reads back as a block of its own (the equivalence test
# shows the structure parser still skips the contents list).
@pytest.mark.parametrize("name", [n for n in LAID_OUT if n != "damage-contents"])
def test_blocks_read_back_as_laid_out(
    built: dict[tuple[str, str], Path], name: str, fmt: str
) -> None:
    """Every header block, heading and paragraph comes back whole and in order; footnotes
    come back as footnotes; furniture is gone."""
    document = read_document(built[(name, fmt)])
    assert document.format == fmt and document.layout is not None
    note = parse_fixture(NOTES / f"{name}.txt")
    footnotes = [(f.marker, f.text) for f in document.layout.footnotes]
    laid_out = [f for f in note.footnotes if fmt == "pdf" or f[0] in note.referenced]
    assert footnotes == laid_out
    for footnote in document.layout.footnotes:
        assert document.text[footnote.start : footnote.end] == footnote.text
    notes = {f"{marker} {text}" for marker, text in note.footnotes}
    blocks = [b.strip() for b in document.text.split("\n\n") if b.strip() not in notes]
    expected = _expected_blocks(name)
    if note.masthead:  # the masthead's fields, read in the order their positions give
        masthead, blocks = blocks[: -len(expected)], blocks[-len(expected) :]
        printed = ["United Nations", note.masthead.symbol, *note.masthead.organs]
        assert sorted(" ".join(masthead).split()) == sorted(
            " ".join(printed + note.masthead.column).split()
        )
    # a block the note writes as one line is flowed: the layout wraps it where it must (the
    # PDF reader keeps an unnumbered block's lines, since a heading's may be the document's)
    assert len(blocks) == len(expected)
    pairs = zip(blocks, expected, strict=True)
    flowed = [_spaced(b) if "\n" in e else " ".join(b.split()) for b, e in pairs]
    assert flowed == list(map(_spaced, expected))


def _spaced(block: str) -> str:
    """A block with runs of spaces (and no-break spaces) as one space: the .txt aligns header
    columns with spaces, a PDF by position; pdfium reads a no-break space as a space."""
    return "\n".join(" ".join(line.split()) for line in block.split("\n"))


def test_pdf_furniture_is_in_the_file_but_not_in_the_text(
    built: dict[tuple[str, str], Path],
) -> None:
    path = built[("damage-page-break", "pdf")]
    raw = pdfium.PdfDocument(path)
    page_two = raw[1].get_textpage().get_text_range()
    raw.close()
    assert "UNODC/HONLAC/28/3" in page_two and "V.18-04512" in page_two  # header and footer
    text = read_document(path).text
    assert text.count("UNODC/HONLAC/28/3") == 1  # the page-1 symbol only
    assert text.startswith("UNODC/HONLAC/28/3\n\n")
    assert "V.18-04512" not in text and "*1804512*" not in text
    assert not re.search(r"^\d+$", text, re.M)  # no page-number lines


def test_pdf_paragraphs_run_over_page_breaks_and_are_rejoined(
    built: dict[tuple[str, str], Path],
) -> None:
    document = read_document(built[("honlac-27-note", "pdf")])
    assert document.layout is not None
    pages = document.layout.pages
    assert max(pages) == 9 and pages[0] == 1
    numbered = [m for m in re.finditer(r"^(\d+)\. .*$", document.text, re.M)]
    spanning = [m.group(1) for m in numbered if pages[m.start()] != pages[m.end() - 1]]
    assert len(numbered) == 71
    assert len(spanning) >= 2  # pages 2 and 5 end inside a paragraph


def test_pdf_boxes_lie_on_the_page_and_footnotes_below_the_body(
    built: dict[tuple[str, str], Path],
) -> None:
    document = read_document(built[("damage-furniture", "pdf")])
    layout = document.layout
    assert layout is not None
    first = document.text.index("1. The present note")
    box = layout.bbox(first, first + 20)
    assert box is not None
    x0, top, x1, bottom = box
    assert 60 < x0 < x1 < 595 and 0 < top < bottom < 842
    assert [f.marker for f in layout.footnotes] == ["*", "**", "1", "2"]
    in_notes = {i for f in layout.footnotes for i in range(f.start, f.end)}
    for footnote in layout.footnotes:
        note_box = layout.bbox(footnote.start, footnote.end)
        assert note_box is not None and note_box[1] > 842 * 0.75  # at the page foot
        page = layout.page(footnote.start)
        body_bottoms = [
            box[3]
            for i, box in enumerate(layout.boxes)
            if box is not None and layout.pages[i] == page and i not in in_notes
        ]
        assert max(body_bottoms) < note_box[1]  # below all body text of its page


def test_docx_pages_come_from_rendered_page_breaks(built: dict[tuple[str, str], Path]) -> None:
    document = read_document(built[("honlac-27-note", "docx")])
    assert document.layout is not None
    pages = document.layout.pages
    assert pages[0] == 1 and max(pages) > 5
    numbered = [m for m in re.finditer(r"^(\d+)\. .*$", document.text, re.M)]
    starts = [pages[m.start()] for m in numbered]
    assert starts == sorted(starts) and starts[-1] == max(pages)
    assert any(pages[m.start()] != pages[m.end() - 1] for m in numbered)  # a break inside
    assert all(box is None for box in document.layout.boxes)  # Word has no fixed boxes


# Format detection and clear errors


def test_format_is_chosen_by_content_not_name(
    built: dict[tuple[str, str], Path], tmp_path: Path
) -> None:
    pdf = built[("damage-page-break", "pdf")].read_bytes()
    docx = built[("damage-page-break", "docx")].read_bytes()
    assert detect_format(pdf, "x") == "pdf"
    assert detect_format(docx, "x") == "docx"
    assert detect_format(b"6 July 2017\n\n1. Text.", "x") == "txt"
    unnamed = tmp_path / "note-without-extension"
    unnamed.write_bytes(pdf)
    assert read_document(unnamed).format == "pdf"
    other = tmp_path / "note.bin"
    other.write_bytes(docx)
    assert read_document(other).format == "docx"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("text.pdf", "text", "named .pdf but the content is not a PDF or Word file"),
        ("pdf.txt", "pdf", "named .txt but the content is a PDF"),
        ("docx.pdf", "docx", "named .pdf but the content is a Word .docx"),
        ("text.docx", "text", "named .docx but the content is not a PDF or Word file"),
    ],
)
def test_mislabelled_files_get_a_clear_error(
    built: dict[tuple[str, str], Path], tmp_path: Path, name: str, content: str, message: str
) -> None:
    data = {
        "text": (NOTES / "damage-page-break.txt").read_bytes(),
        "pdf": built[("damage-page-break", "pdf")].read_bytes(),
        "docx": built[("damage-page-break", "docx")].read_bytes(),
    }[content]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        read_document(path)
    assert caught.value.path == str(path)


def _encrypted_pdf(path: Path, user_password: str) -> Path:
    canvas = Canvas(str(path), encrypt=StandardEncryption(user_password, ownerPassword="owner"))
    canvas.drawString(72, 700, "1. The present note reviews activities.")
    canvas.save()
    return path


def test_encrypted_pdf_gets_a_clear_error(tmp_path: Path) -> None:
    path = _encrypted_pdf(tmp_path / "locked.pdf", "secret")
    with pytest.raises(InputError, match="encrypted PDF"):
        read_document(path)


def test_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    path = _encrypted_pdf(tmp_path / "restricted.pdf", "")
    assert read_document(path).text == "1. The present note reviews activities.\n"


@pytest.mark.parametrize("cut", ["truncated", "garbage"])
def test_corrupt_pdf_gets_a_clear_error(
    built: dict[tuple[str, str], Path], tmp_path: Path, cut: str
) -> None:
    data = built[("honlac-27-note", "pdf")].read_bytes()
    path = tmp_path / "broken.pdf"
    path.write_bytes(data[: len(data) // 2] if cut == "truncated" else b"%PDF-1.4\n" + data[:9:-1])
    with pytest.raises(InputError, match="corrupt or unreadable PDF"):
        read_document(path)


def test_pdf_without_text_gets_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path))
    canvas.rect(100, 100, 300, 500, fill=1)
    canvas.save()
    with pytest.raises(InputError, match="no text layer"):
        read_document(path)


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_zip({"content.xml": b"<x/>"}), "ZIP archive that is not a Word document"),
        (_zip({"word/document.xml": b"<not xml"}), "corrupt or unreadable Word file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "legacy Word .doc or an encrypted"),
        (b"PK\x03\x04" + bytes(100), "corrupt ZIP/Word file"),
    ],
)
def test_broken_word_files_get_a_clear_error(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "note.docx"
    path.write_bytes(data)
    with pytest.raises(InputError, match=re.escape(message)):
        read_document(path)


def test_cli_converts_pdf_and_reports_a_mislabelled_file(
    built: dict[tuple[str, str], Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_text("1. Not a PDF at all.\n", encoding="utf-8")
    out = tmp_path / "out"
    pdf = built[("damage-page-break", "pdf")]
    code = main(["convert", str(pdf), str(fake), "-o", str(out), "-j", "1", "-q"])
    assert code == 1
    assert "named .pdf but the content is not a PDF" in capsys.readouterr().err
    written = json.loads((out / "damage-page-break.json").read_text(encoding="utf-8"))
    assert written["source"]["format"] == "pdf"
    assert all(p["page"] for p in written["paragraphs"])


def test_docx_text_box_is_read_once_as_its_own_block(tmp_path: Path) -> None:
    """Word saves a text box twice (DrawingML and a VML fallback) inside the anchoring
    paragraph: the reader takes it once, after that paragraph, never glued into it."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = "<w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent>"
    document = Document()
    paragraph = document.add_paragraph("1. The present note reviews activities.")
    paragraph._p.append(
        parse_xml(
            f'<w:r xmlns:w="{w}" xmlns:mc="{mc}"><mc:AlternateContent>'
            f'<mc:Choice Requires="wps"><w:drawing>{box}</w:drawing></mc:Choice>'
            f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    document.add_paragraph("2. A second paragraph.")
    path = tmp_path / "box.docx"
    document.save(str(path))
    text = read_document(path).text
    assert text == (
        "1. The present note reviews activities.\n\nBox text\n\n2. A second paragraph.\n"
    )


def test_docx_footnote_mark_is_glued_to_the_word_before_it(tmp_path: Path) -> None:
    """A text run ending with a space before the footnote reference (where the line or page
    was wrapped) still reads 'hectáreas,1 y': the mark is printed glued to what it follows."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = Document()
    paragraph = document.add_paragraph("22. En torno a 169.000 hectáreas, ")
    paragraph._p.append(parse_xml(f'<w:r xmlns:w="{w}"><w:lastRenderedPageBreak/></w:r>'))
    paragraph._p.append(parse_xml(f'<w:r xmlns:w="{w}"><w:footnoteReference w:id="2"/></w:r>'))
    paragraph.add_run(" y la producción.")
    path = tmp_path / "mark.docx"
    document.save(str(path))
    read = read_document(path)
    assert read.text == "22. En torno a 169.000 hectáreas,1 y la producción.\n"
    assert read.layout is not None and read.layout.page(read.text.index("1 y")) == 2


def test_docx_running_header_symbol_is_evidence_when_page_one_has_none(tmp_path: Path) -> None:
    """Word defines the running header once and prints it on every later page: its symbol is
    kept as furniture for pages 2 to 6, like the PDF reader's header band, and fills a
    masthead whose first page prints none."""
    document = Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].add_run("A/48/PV.46")
    for line in ("General Assembly", "Forty-eighth session", "46th plenary meeting"):
        document.add_paragraph(line)
    document.add_paragraph("President: Mr. Insanally (Guyana)")
    for page in range(3):
        document.add_paragraph(f"The meeting continued on page {page + 1}.")
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    path = tmp_path / "pv.docx"
    document.save(str(path))
    read = read_document(path)
    assert read.layout is not None
    assert read.layout.furniture.count("A/48/PV.46") == 3  # pages 2, 3 and 4
    assert "A/48/PV.46" not in read.text
    metadata = extract_file(path).metadata
    assert (metadata.symbol, metadata.symbols) == ("A/48/PV.46", ["A/48/PV.46"])
    assert metadata.kind == "verbatim_record"


def test_docx_automatic_paragraph_numbers_are_put_back(tmp_path: Path) -> None:
    """A Word note numbered by list numbering reads like one with typed numbers."""
    note = parse_fixture(NOTES / "damage-page-break.txt")
    typed = read_document(build_docx(note, tmp_path / "typed.docx")).text
    automatic = read_document(build_docx(note, tmp_path / "auto.docx", auto_numbers=True))
    raw = Document(str(tmp_path / "auto.docx"))
    assert not any(re.match(r"\d+\.", p.text) for p in raw.paragraphs)  # numbers not in text
    assert automatic.text == typed


def test_numbering_formats_levels_and_restarts() -> None:
    levels = {
        0: Level(1, "upperRoman", "%1.", "tab"),
        1: Level(1, "lowerLetter", "(%2)", "space"),
        2: Level(1, "bullet", "\uf0b7", "tab"),
    }
    numbering = Numbering(levels={"7": levels}, nums={"1": ("7", {}), "2": ("7", {0: 4})})
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def ppr(num: str, level: int) -> object:
        return parse_xml(
            f'<w:pPr xmlns:w="{w}"><w:numPr><w:ilvl w:val="{level}"/>'
            f'<w:numId w:val="{num}"/></w:numPr></w:pPr>'
        )

    labels = [
        numbering.label(ppr(n, lvl))
        for n, lvl in [
            ("1", 0),
            ("1", 1),
            ("1", 1),
            ("1", 0),
            ("1", 1),
            ("1", 2),
            ("2", 0),
            ("9", 0),
        ]
    ]
    assert labels == ["I. ", "(a) ", "(b) ", "II. ", "(a) ", None, "IV. ", None]


def test_pdf_hyphen_at_a_line_end_is_kept_and_the_lines_joined(tmp_path: Path) -> None:
    """pdfium marks a line-end hyphen as U+FFFE and runs the two lines together; the reader
    keeps the hyphen (UN compounds: money-laundering) and still sees two lines of one block."""
    path = tmp_path / "hyphen.pdf"
    canvas = Canvas(str(path))
    canvas.setFont("Times-Roman", 10)
    for y, line in [
        (700, "1. The fight against money-"),
        (688, "laundering continued in the"),
        (676, "region; cooperation was good."),
        (652, "2. A second paragraph."),
    ]:
        canvas.drawString(72, y, line)
    canvas.save()
    assert read_document(path).text == (
        "1. The fight against money-laundering continued in the region; cooperation was "
        "good.\n\n2. A second paragraph.\n"
    )


def test_apply_layout_sets_pages_boxes_and_fills_missing_footnotes() -> None:
    """Pages and boxes come from the offsets; footnotes found by position are used only when
    the structure stage found none."""
    builder = TextBuilder()
    builder.add("1. First.", 1, [(10.0, 20.0, 11.0, 30.0)] * 9)
    builder.add("\n\n", 1)
    builder.add_footnote("*", "A note.", 1, [(10.0, 800.0, 12.0, 808.0)] * 7)
    builder.add("\n\n", 2)
    builder.add("2. Second.", 2, [None, None, *[(5.0, 50.0, 6.0, 60.0)] * 8])
    text, layout = builder.build()
    assert text[layout.footnotes[0].start : layout.footnotes[0].end] == "A note."
    second = text.index("2.")
    paragraphs = [
        Paragraph(number=1, text="First.", spans=[(3, 9)]),
        Paragraph(number=2, text="Second.", spans=[(second + 3, second + 10)]),
    ]
    entity = Entity(
        id="e1", label="COUNTRY", text="Second", start=second + 3, end=second + 9, source="test"
    )
    note = Note(
        source=Source(sha256="0", format="pdf"),
        text=text,
        metadata=Metadata(),
        paragraphs=paragraphs,
        entities=[entity],
    )
    placed = apply_layout(note, layout)
    assert [(p.page, p.bbox) for p in placed.paragraphs] == [
        (1, (10.0, 20.0, 11.0, 30.0)),
        (2, (5.0, 50.0, 6.0, 60.0)),
    ]
    assert (placed.entities[0].page, placed.entities[0].bbox) == (2, (5.0, 50.0, 6.0, 60.0))
    assert placed.footnotes == layout.footnotes
    found = Footnote(marker="*", text="A note.", start=0, end=1)
    assert apply_layout(note.model_copy(update={"footnotes": [found]}), layout).footnotes == [found]


@pytest.mark.parametrize("rule", [True, False])
def test_pdf_footnotes_found_under_the_rule_or_by_smaller_type(tmp_path: Path, rule: bool) -> None:
    """A footnote is found under the short separator rule, or, without one, as smaller type
    at the page foot; either way it leaves the paragraph it interrupts whole."""
    path = tmp_path / "notes.pdf"
    canvas = Canvas(str(path))
    canvas.setFont("Times-Roman", 10)
    lines = ["1. The present note reviews the activities undertaken during the year in"]
    lines += ["support of cooperation among the law enforcement agencies of the region"] * 3
    for index, line in enumerate([*lines, "and beyond."]):
        canvas.drawString(72, 700 - 12 * index, line)
    if rule:
        canvas.line(72, 130, 172, 130)
    canvas.setFont("Times-Roman", 8)
    canvas.drawString(72, 118, "* Available only in English, French and Spanish.")
    canvas.drawString(72, 108, "** UNODC/HONLAC/27/1.")
    canvas.save()
    document = read_document(path)
    assert document.layout is not None
    assert [(f.marker, f.text) for f in document.layout.footnotes] == [
        ("*", "Available only in English, French and Spanish."),
        ("**", "UNODC/HONLAC/27/1."),
    ]
    assert document.text.startswith(" ".join([*lines, "and beyond."]) + "\n\n* Available")


@pytest.mark.parametrize("cut", [True, False])
def test_pdf_page_top_joins_a_cut_paragraph_but_not_a_finished_one(
    tmp_path: Path, cut: bool
) -> None:
    """A paragraph whose last line on the page runs to the margin was cut by the page break
    (even at a sentence end) and goes on; after a short last line the paragraph was finished
    and an unnumbered italic heading at the next page's top stays a block of its own."""
    path = tmp_path / "pages.pdf"
    canvas = Canvas(str(path))
    full = "support of cooperation among the law enforcement agencies of the whole region."
    lines = [f"1. {full}", full]  # justified lines: all as wide
    lines.append(full if cut else "and beyond.")
    canvas.setFont("Times-Roman", 10)
    for index, line in enumerate(lines):
        canvas.drawString(72, 700 - 12 * index, line)
    canvas.showPage()
    if cut:
        canvas.setFont("Times-Roman", 10)
        canvas.drawString(72, 760, "Training continued.")
    else:
        canvas.setFont("Times-Italic", 10)
        canvas.drawString(72, 760, "Regional activities")
    canvas.setFont("Times-Roman", 10)
    canvas.drawString(72, 736, "2. A second paragraph.")
    canvas.save()
    blocks = read_document(path).text.rstrip("\n").split("\n\n")
    if cut:
        assert blocks == [" ".join(lines) + " Training continued.", "2. A second paragraph."]
    else:
        assert blocks == [" ".join(lines), "Regional activities", "2. A second paragraph."]
