"""Builder-side reading of a fixture note's logical content from its .txt form.

The fixture .txt files are PDF-to-text output with damage (glued ``**bold**`` headings, page
furniture, footnote blocks inside paragraphs). To lay a note out again as a PDF or DOCX the
builders need its clean logical parts; this small parser recovers them from the fixtures
without using the library under test, so a round trip through PDF is a real check.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Kind = Literal["header", "section", "subheading", "paragraph", "body", "item", "lines", "annex"]
"""``body``: an unnumbered paragraph of running prose (a letter's, a resolution's opening line
and preambular clauses); ``item``: a lettered sub-paragraph "(a) ..."; ``lines``: a block whose
line breaks are the document's (a signature, a resolution's adoption trailer); ``annex``: an
annex heading."""

_LINK = re.compile(r"\[([^\]]+)\]\(#\)")
_BOLD = re.compile(r"\*\*(?!\s)(.+?)(?<!\s)\*\*", re.S)
_SYMBOL = re.compile(r"^\s*((?:UNODC|UNDCP)/[A-Z]+/\S+)\s*$")
_GLUED_SYMBOL = re.compile(r"^((?:UNODC|UNDCP)/\S+) (\S.*)$")
_JOB = re.compile(r"\bV\.(\d\d)-(\d{5})\b")
_FURNITURE = (
    re.compile(r"^\s*V\.\d\d-\d{5}(\s+\(E\))?(\s+\d{6}){0,2}\s*$"),  # job number line
    re.compile(r"^\s*\*\d{7}\*\s*$"),  # barcode
    re.compile(r"^\s*\d{1,3}\s{3,}V\.\d\d-\d{5}\s*$"),  # even-page footer
    re.compile(r"^\s*V\.\d\d-\d{5}\s{3,}\d{1,3}\s*$"),  # odd-page footer
    re.compile(r"^\s*_{3,}\s*$"),  # footnote separator rule
    re.compile(r"^\s*\d{1,3}\s*$"),  # a lone page number
)
_FOOTNOTE = re.compile(r"^([*∗]{1,3}|\d{1,2})\s+(?=\S)(?!\d*\.)(.*)$")
_SECTION = re.compile(r"^([IVX]+)\.\s+(.+)$")
_NUMBERED = re.compile(r"^(\d{1,3})\.\s+(.+)$")
_MASTHEAD = re.compile(r"^United Nations\s{3,}(\S+)\s*$")
_FLAT_MASTHEAD = re.compile(
    r"^United Nations (\S+) (Distr\.: \w+) (\d{1,2} [A-Z][a-z]+ \d{4}) (Original: \w+\**) (.*)$"
)
_FLAT_BREAKS = (
    r" (?=[A-Z][a-z]+, \d{1,2}-\d{1,2} [A-Z][a-z]+ \d{4})",  # venue, dates
    r" (?=Item \d+ of the provisional agenda)",
    r"(?<=provisional agenda\*\*) ",
    r" (?=(?:Note by the Secretariat|Report of the [A-Z]))",
    r"(?<=Note by the Secretariat) ",
    r"(?<=[.:;a-z]) (?=[IVX]+\. [A-Z])",
    r"(?<=[a-z.]) (?=\d{1,3}\. [A-Z])",
)
_BLOCK_BREAKS = (2, 3, 4, 5, 6)
"""Which of ``_FLAT_BREAKS`` end a block (the others end a line of a front-matter block)."""
_OPENING = re.compile(r"^The [A-Z][A-Za-z ]+,$")
_CLAUSE = re.compile(
    r"^((?:Also|Further|Deeply|Strongly) [a-z]+|[A-Z][a-z]+(?: with (?:appreciation|concern))?)"
    r"(?= )(?<!^The)"
)
"""The italic opening of a resolution's clause: "Recalling", "Noting with appreciation",
"Also requests" (the opening line, "The Commission ...,", is roman)."""
_ITEM = re.compile(r"^(\([a-z]\))\s+(.+)$", re.S)
_TRAILER = re.compile(r"^\d+(?:st|nd|rd|th) (?:plenary )?meeting\n")
_TOP_RIGHT = re.compile(r"^(\d{1,2} [A-Z][a-z]+ \d{4}|Original: .+|Distr\.: .+)$")


@dataclass
class Masthead:
    """The Organization's masthead: "United Nations" and the symbol over a rule, the organs at
    the left and the Distr./date/Original column at the right."""

    symbol: str
    organs: list[str]
    column: list[str]


@dataclass
class Block:
    """One laid-out unit: a header block, a heading or a numbered paragraph."""

    kind: Kind
    text: str
    number: str | None = None
    bold: bool = False
    top_right: bool = False
    refs: list[str] = field(default_factory=list)
    indented: bool = False
    """A resolution's operative paragraph: its number at the first-line indent, its text run
    back to the margin (not a Secretariat note's hanging number)."""


@dataclass
class LogicalNote:
    """What a builder lays out: header blocks, body blocks, footnotes and the furniture facts."""

    name: str
    symbol: str | None
    job_number: str
    blocks: list[Block]
    footnotes: list[tuple[str, str]]
    job_printed: bool = True
    """False when the fixture prints no job number (the builders then print none on page 1)."""
    masthead: Masthead | None = None
    """The UN masthead the builders print on page 1 (``symbol`` is then its running header)."""

    @property
    def paragraphs(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "paragraph"]

    @property
    def referenced(self) -> set[str]:
        """Footnote marks some block refers to (Word cannot hold a footnote without one)."""
        return {ref for block in self.blocks for ref in block.refs}


def _pieces(block: str) -> list[tuple[str, bool]]:
    """Split a block at glued ``**bold**`` spans and glued section headings."""
    out: list[tuple[str, bool]] = []
    position = 0
    for match in _BOLD.finditer(block):
        out.append((block[position : match.start()], False))
        out.append((match.group(1), True))
        position = match.end()
    out.append((block[position:], False))
    split: list[tuple[str, bool]] = []
    for text, bold in out:
        # "... in 2018.III. Border control\nPanama": a heading glued to a sentence end.
        for part in re.split(r"(?<=[a-z0-9]\.)(?=[IVX]+\.\s)", text):
            for line_group in _split_heading_lines(part):
                if line_group.strip():
                    split.append((line_group.strip(), bold))
    return split


def _split_heading_lines(text: str) -> list[str]:
    """A section heading line followed by a subheading line in one block is two pieces."""
    lines = text.split("\n")
    if len(lines) > 1 and _SECTION.match(lines[0].strip()):
        return [lines[0], "\n".join(lines[1:])]
    return [text]


def _refs(text: str) -> list[str]:
    found = re.findall(r"(?<=[A-Za-z0-9.,])(?<!\s[.,])([*∗]{1,3})(?=\s|$)", text)
    found += re.findall(r"(?<=[a-z][,.])(\d)(?=\s)", text)
    found += re.findall(r"(?<=[a-z])(\d)$", text, re.M)  # "... Twenty-fifth Meeting1"
    return found


def parse_fixture(path: Path) -> LogicalNote:
    """Recover the logical note from a fixture .txt (seed or damage fixture)."""
    raw = _LINK.sub(r"\1", path.read_text(encoding="utf-8"))
    masthead, raw = _masthead(raw)
    symbol: str | None = masthead.symbol if masthead else None
    job = _JOB.search(raw)
    lines: list[str] = []
    footnotes: list[tuple[str, str]] = []
    under_rule = False
    for line in raw.split("\n"):
        line = re.sub(r"^_{3,}(?=[^_\s])", "", line)  # a rule glued to a footnote
        line = re.sub(r"^(\*\d{7}\*)(?=\S)", "", line)  # a barcode glued to a header
        header = _SYMBOL.match(line) or _GLUED_SYMBOL.match(line)
        if header:  # a running header, alone or glued to the next heading
            symbol = symbol or header.group(1)
            line = header.group(2) if header.re is _GLUED_SYMBOL else ""
            if not line:
                continue
        if re.match(r"^\s*_{3,}", line):  # the footnote separator: footnotes follow
            under_rule = True
            line = re.sub(r"^\s*_{3,}", "", line)
            if not line.strip():
                continue
        if not line.strip():
            under_rule = False
        note = _FOOTNOTE.match(line.strip())
        if note and (under_rule or note.group(1)[0] in "*∗"):
            footnotes.append((note.group(1), note.group(2).strip()))
            continue
        if any(p.match(line) for p in _FURNITURE):
            lines.append("")
            continue
        lines.append(line)
    blocks: list[Block] = []
    in_body = prose = resolution = False
    for raw_block in re.split(r"\n\s*\n", "\n".join(lines)):
        for text, bold in _pieces(raw_block):
            if not in_body and text.startswith("I. "):
                in_body = True
            if not in_body and _OPENING.match(text):  # a resolution's opening line
                in_body = prose = resolution = True
            if in_body:  # a stray bold marker left at a heading's end
                text = re.sub(r"\*\*$", "", text).strip()
            _add(blocks, text, bold, in_body, prose)
            if resolution and blocks[-1].kind == "paragraph":
                blocks[-1].indented = True
            if resolution and blocks[-1].kind in ("paragraph", "body"):
                blocks[-1].text = _CLAUSE.sub(r"*\1*", blocks[-1].text, count=1)
            if not in_body and text.startswith("Letter dated "):  # a letter's body follows
                in_body = prose = True
            if not in_body and text.startswith("The meeting was called to order"):
                in_body = True  # a record's statements follow
    digest = hashlib.sha256(path.name.encode()).hexdigest()
    job_number = job.group(0) if job else f"V.17-{int(digest[:8], 16) % 90000 + 10000:05d}"
    return LogicalNote(path.stem, symbol, job_number, blocks, footnotes, job is not None, masthead)


def _masthead(raw: str) -> tuple[Masthead | None, str]:
    """The masthead of a fixture that prints one, and the text after it.

    In column form ("United Nations   A/78/512-S/2023/733", organs at the left, the Distr./date/
    Original column at the right) it ends with the "Original:" line; a flattened note (run into
    one line) is cut at its masthead fields and front-matter lines, and its blocks restored."""
    lines = raw.split("\n")
    if flat := _FLAT_MASTHEAD.match(raw.strip()):
        symbol, *fields, rest = flat.groups()
        for index, pattern in enumerate(_FLAT_BREAKS):
            rest = re.sub(pattern, "\n\n" if index in _BLOCK_BREAKS else "\n", rest)
        return Masthead(symbol, [], fields), rest + "\n"
    top = _MASTHEAD.match(lines[0])
    if not top:
        return None, raw
    organs: list[str] = []
    column: list[str] = []
    for index, line in enumerate(lines[1:], start=1):
        left, _, right = (part.strip() for part in re.split(r"(\s{3,})", line.strip() + "   ")[:3])
        if line.startswith(" "):
            left, right = "", line.strip()
        if left:
            organs.append(left)
        if right:
            column.append(right)
        if right.startswith("Original:"):
            return Masthead(top.group(1), organs, column), "\n".join(lines[index + 1 :])
    return None, raw


def _add(blocks: list[Block], text: str, bold: bool, in_body: bool, prose: bool) -> None:
    """Classify one piece, re-joining a paragraph continued after a page break; ``prose``: the
    body of a letter or resolution, whose unnumbered paragraphs are prose, not headings."""
    flat = " ".join(line.strip() for line in text.split("\n"))
    if not in_body:
        title = bool(re.match(r"^(\d+/\d+\. |Letter dated )", flat))  # printed bold
        blocks.append(
            Block("header", text, bold=bold or title, top_right=bool(_TOP_RIGHT.match(flat)))
        )
        blocks[-1].refs = _refs(flat)
        return
    if prose and (item := _ITEM.match(flat)):
        blocks.append(Block("item", item.group(2), number=item.group(1)))
        return
    if prose and (_TRAILER.match(text) or text.startswith("(Signed)")):
        blocks.append(Block("lines", text))
        return
    if prose and text.startswith("Annex"):
        blocks.append(Block("annex", text, bold=True))
        return
    if prose and not _NUMBERED.match(flat) and re.search(r"[.,;:]$", flat):
        blocks.append(Block("body", flat))
        return
    if section := _SECTION.match(flat):
        blocks.append(Block("section", section.group(2), number=section.group(1), bold=True))
        return
    if numbered := _NUMBERED.match(flat):
        blocks.append(Block("paragraph", numbered.group(2), number=numbered.group(1)))
        blocks[-1].refs = _refs(flat)
        return
    last = blocks[-1] if blocks else None
    if last and last.kind == "paragraph" and not re.search(r"[.:;]$", last.text):
        last.text = f"{last.text} {flat}"
        last.refs = _refs(last.text)
        return
    blocks.append(Block("subheading", flat, bold=True))
