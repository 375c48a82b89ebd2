"""Reading a note saved as Word .docx with python-docx.

Running headers and footers live in their own parts, so the body carries no page furniture;
only the first-page header is read, because UN notes print the symbol there. Footnotes come
from the footnotes part and are placed after the paragraph in which their page ends, as in a
PDF. Word records no fixed pages: a page is counted at each explicit page break and each
``w:lastRenderedPageBreak`` (where Word last broke the page when it saved the file), so a file
never saved by Word puts everything on page 1.
"""

from __future__ import annotations

import io
from itertools import groupby
from typing import Any

from docx import Document as open_docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

from ..errors import InputError
from ..reading import max_chars_setting, max_pages_setting
from .layout import Layout, Overflow, TextBuilder
from .numbering import Numbering, load_numbering

_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_RENDERED, _REF, _P = qn("w:lastRenderedPageBreak"), qn("w:footnoteReference"), qn("w:p")
_NO_HYPHEN, _BOX = qn("w:noBreakHyphen"), qn("w:txbxContent")
_PPR = qn("w:pPr")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _open(data: bytes, path: str) -> Any:
    try:
        return open_docx(io.BytesIO(data))
    except Exception as error:  # python-docx raises many types on a damaged package
        raise InputError(path, f"corrupt or unreadable Word file ({error})") from error


_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True)
"""No entity of a DOCTYPE is expanded (no billion laughs, no external file read into a note)."""


def _footnote_texts(document: Any) -> dict[str, str]:
    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES:
            root = etree.fromstring(rel.target_part.blob, _SAFE_XML)
            return {
                note.get(qn("w:id")): "".join(t.text or "" for t in note.iter(_T)).strip()
                for note in root.iter(qn("w:footnote"))
            }
    return {}


class _Reader:
    """Walks body paragraphs in order, counting pages and collecting footnote references."""

    def __init__(self, footnotes: dict[str, str], numbering: Numbering | None = None) -> None:
        self.footnotes = footnotes
        self.numbering = numbering
        self.builder = TextBuilder(limit=max_chars_setting(), max_page=max_pages_setting())
        self.page = 1
        self.auto = 0
        self.fresh_break = False
        self.pending: list[tuple[str, str, int]] = []
        self.page_ended = False

    def advance(self, rendered: bool) -> None:
        if rendered and self.fresh_break:
            return  # Word marks the page an explicit break already started
        self.page += 1
        self.builder.check(0, self.page)  # a file of page breaks alone must stop too
        self.fresh_break = not rendered
        self.page_ended = True

    def paragraph(self, element: Any) -> None:
        ppr = element.find(qn("w:pPr"))
        if ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None:
            self.advance(rendered=False)
        start_page = self.page
        pieces: list[tuple[str, int]] = []
        label = self.numbering.label(ppr) if self.numbering is not None else None
        if label:  # Word's automatic number, as the note prints it
            pieces.append((label, self.page))
        for node in _own_nodes(element):
            if node.tag == _T:
                pieces.append((node.text or "", self.page))
                self.fresh_break = False
            elif node.tag in (_TAB,):
                pieces.append((" ", self.page))
            elif node.tag == _NO_HYPHEN:
                pieces.append(("-", self.page))
            elif node.tag == _BR and node.get(qn("w:type")) == "page":
                self.advance(rendered=False)
            elif node.tag in (_BR, _CR):
                pieces.append(("\n", self.page))
            elif node.tag == _RENDERED:
                self.advance(rendered=True)
            elif node.tag == _REF:
                self._reference(node, pieces)
        pieces = _stripped(pieces)
        if pieces:
            if self.builder.length:
                self.builder.add("\n\n", start_page)
            self.builder.check(sum(len(piece) for piece, _ in pieces), self.page)
            for page, run in groupby(pieces, key=lambda item: item[1]):
                self.builder.add("".join(piece for piece, _ in run), page)
        if self.page_ended:
            self.flush()

    def _reference(self, node: Any, pieces: list[tuple[str, int]]) -> None:
        identifier = node.get(qn("w:id"))
        if node.get(qn("w:customMarkFollows")) in ("1", "true", "on"):
            marker = _following_mark(node)
        else:
            self.auto += 1
            marker = str(self.auto)
            _glue(pieces)
            pieces.append((marker, self.page))
        text = self.footnotes.get(identifier, "")
        if marker and text.startswith(marker):
            text = text[len(marker) :].strip()
        if text:
            self.pending.append((marker, text, self.page))

    def flush(self) -> None:
        for marker, text, note_page in self.pending:
            self.builder.add("\n\n", note_page)
            self.builder.add_footnote(marker, text, note_page, [None] * len(text))
        self.pending = []
        self.page_ended = False


def _stripped(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The paragraph's pieces without the spaces and line breaks at its two ends (in time
    linear in the pieces, and without a tuple per character: a paragraph may be huge)."""
    first = next((i for i, (piece, _) in enumerate(pieces) if piece.strip(" \n")), None)
    if first is None:
        return []
    last = next(i for i in range(len(pieces) - 1, -1, -1) if pieces[i][0].strip(" \n"))
    kept = pieces[first : last + 1]
    kept[0] = (kept[0][0].lstrip(" \n"), kept[0][1])
    kept[-1] = (kept[-1][0].rstrip(" \n"), kept[-1][1])
    return [piece for piece in kept if piece[0]]


def _glue(pieces: list[tuple[str, int]]) -> None:
    """Drop the spaces just before a footnote mark: a reference mark is printed glued to the
    word or punctuation it follows ('hectáreas,1 y'), and a file whose text run ends with a
    space before the reference run (as when a line or page was wrapped there) would otherwise
    read ', 1', a number standing alone in the sentence."""
    while pieces and pieces[-1][0][-1:] == " ":
        text, page = pieces.pop()
        if text.rstrip(" "):
            pieces.append((text.rstrip(" "), page))
            return


def _own_nodes(element: Any) -> list[Any]:
    """The paragraph's own text nodes: a text box inside it is a paragraph of its own (read
    separately), and a text box's VML fallback copy is not read at all."""
    tags = (_T, _TAB, _BR, _CR, _RENDERED, _REF, _NO_HYPHEN)
    # not the properties: w:pPr/w:tabs/w:tab is a tab stop, not a tab
    nodes = [node for child in element if child.tag != _PPR for node in child.iter(tags)]
    if element.find(f".//{_BOX}") is None and element.find(f".//{_FALLBACK}") is None:
        return nodes
    return [
        node
        for node in nodes
        if not any(a.tag in (_BOX, _FALLBACK) for a in _ancestors_within(node, element))
    ]


def _ancestors_within(node: Any, element: Any) -> list[Any]:
    found = []
    for ancestor in node.iterancestors():
        if ancestor is element:
            break
        found.append(ancestor)
    return found


def _following_mark(node: Any) -> str:
    """A custom footnote mark is the text that follows the reference in its run."""
    for sibling in node.itersiblings():
        if sibling.tag == _T:
            return str(sibling.text or "").strip()
    return ""


RUNNING_PAGES = 6
"""The running headers printed on pages 2 to this one are kept as furniture, as in a PDF."""


def _running_headers(document: Any, section: Any, pages: int) -> list[str]:
    """The header lines Word prints on pages 2 to RUNNING_PAGES (the default header, and the
    even-page one on even pages when the file sets different odd and even headers): a header
    is defined once but printed on every page, so its symbol repeats as it does in a PDF."""
    even = bool(document.settings.odd_and_even_pages_header_footer)
    lines: list[str] = []
    for page in range(2, min(pages, RUNNING_PAGES) + 1):
        header = section.even_page_header if even and page % 2 == 0 else section.header
        if not header.is_linked_to_previous:
            lines += [p.text for p in header.paragraphs if p.text.strip()]
    return lines


def read_docx(data: bytes, path: str) -> tuple[str, Layout]:
    """Extract a Word note's text laid out like a .txt note, with pages per offset.

    Raises :class:`InputError` for anything it cannot read, a damaged part as well as a
    document that expands past the character or page limit (see :mod:`..reading`)."""
    try:
        return _read_docx(data, path)
    except Overflow as error:
        raise InputError(path, str(error)) from error
    except (etree.LxmlError, KeyError, ValueError, IndexError, TypeError, AttributeError) as error:
        if isinstance(error, InputError):
            raise
        raise InputError(path, f"corrupt or unreadable Word file ({error})") from error


def _read_docx(data: bytes, path: str) -> tuple[str, Layout]:
    document = _open(data, path)
    reader = _Reader(_footnote_texts(document))
    numbering = load_numbering(document)
    section = document.sections[0] if document.sections else None
    if section is not None and section.different_first_page_header_footer:
        for paragraph in section.first_page_header.paragraphs:
            reader.paragraph(paragraph._p)
        reader.builder.furniture += [p.text for p in section.first_page_footer.paragraphs]
    reader.numbering = numbering  # the first-page header is not numbered
    for element in document.element.body.iter(_P):
        if not any(a.tag == _FALLBACK for a in element.iterancestors()):
            reader.paragraph(element)
    reader.flush()
    if not reader.builder.length:
        raise InputError(path, "Word file has no text")
    if section is not None:  # running headers: the symbol as evidence, as the PDF reader keeps
        reader.builder.furniture += _running_headers(document, section, reader.page)
    reader.builder.add("\n", reader.page)
    return reader.builder.build()
