"""Reading a note file of any supported format: text, PDF or Word (.docx).

The format is decided by the content (PDF ``%PDF-`` header, DOCX = ZIP holding
``word/document.xml``), never by the name alone. A file whose known extension (.txt, .pdf,
.docx) disagrees with its content is refused with an :class:`InputError` naming both, since a
mislabelled file usually means a mix-up upstream; a file with any other extension is read by
its content.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..errors import InputError, display_path
from ..reading import check_expansion, max_chars_setting, read_bytes, read_source
from .layout import Layout, apply_layout

Format = Literal["txt", "pdf", "docx"]

__all__ = ["Document", "Format", "Layout", "apply_layout", "detect_format", "read_document"]

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_KNOWN = {".txt": "txt", ".pdf": "pdf", ".docx": "docx"}


@dataclass(frozen=True)
class Document:
    """A read note file: the text offsets index, its format, and layout for PDF/DOCX."""

    path: str
    sha256: str
    text: str
    format: Format
    layout: Layout | None
    warnings: tuple[str, ...] = ()


def detect_format(data: bytes, path: str) -> Format:
    """The format of ``data`` by content; raises for binary formats that cannot be read."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(_OLE2):
        raise InputError(
            path,
            "an OLE2 file: a legacy Word .doc or an encrypted Office file; "
            "save it as an unencrypted .docx or PDF",
        )
    if data.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile as error:
            raise InputError(path, f"corrupt ZIP/Word file ({error})") from error
        if "word/document.xml" in names:
            return "docx"
        raise InputError(path, "a ZIP archive that is not a Word document (no word/document.xml)")
    return "txt"


def read_document(path: str | Path) -> Document:
    """Read ``path`` as a note of the format its content shows; raise :class:`InputError`.

    What the file expands to is bounded too (:func:`check_expansion`), and a Word file's parts
    are measured before they are parsed: a small ZIP can unpack to gigabytes of XML.
    """
    document = _read_document(str(path))
    check_expansion(document.path, document.text)
    return document


DOCX_XML_PER_CHAR = 64
"""Bytes of unpacked Word XML allowed per character of the text limit: a real note's
document.xml is 10 to 30 bytes per character of text, an empty paragraph about 10 bytes."""
DOCX_TAGS_PER_CHAR = 1
"""XML tags (opening, closing or empty, in every part) allowed per character of the text limit:
a real note's Word file has one tag per 3 to 10 characters of text; 40 million empty runs in a
400 KB file grew past 3.8 GB when parsed."""
MAX_PARAGRAPHS = 200_000
"""Paragraphs a Word file may hold: notes have hundreds; every one costs memory when parsed."""


def check_docx_size(data: bytes, path: str) -> None:
    """Refuse a .docx whose unpacked parts, XML elements or paragraphs are past the limits,
    before anything is parsed (a parsed element costs about 100 bytes of memory)."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    unpacked = sum(info.file_size for info in archive.infolist())
    limit = max_chars_setting() * DOCX_XML_PER_CHAR
    if unpacked > limit:
        raise InputError(
            path, f"unpacks to {unpacked} bytes, over the {limit}-byte limit (HONLAC_MAX_CHARS)"
        )
    paragraphs = tags = 0
    for info in archive.infolist():
        if info.filename.endswith((".xml", ".rels")):
            found, opened = _count_tags(archive, info.filename)
            tags += found
            if info.filename == "word/document.xml":
                paragraphs = opened
    most = max_chars_setting() * DOCX_TAGS_PER_CHAR
    if tags > most:
        raise InputError(
            path, f"holds {tags} XML tags, over the {most}-tag limit (HONLAC_MAX_CHARS)"
        )
    if paragraphs > MAX_PARAGRAPHS:
        raise InputError(
            path, f"holds {paragraphs} paragraphs, over the {MAX_PARAGRAPHS}-paragraph limit"
        )


def _count_tags(archive: zipfile.ZipFile, name: str) -> tuple[int, int]:
    """How many tags (``<``) a part holds, and how many paragraphs (``<w:p>``, ``<w:p ...``),
    counted while it is unpacked block by block."""
    tags = paragraphs = 0
    with archive.open(name) as stream:
        carry = b""
        for block in iter(lambda: stream.read(1 << 20), b""):
            tags += block.count(b"<")
            chunk = carry + block
            paragraphs += chunk.count(b"<w:p>") + chunk.count(b"<w:p ")
            carry = chunk[-5:]
            paragraphs -= carry.count(b"<w:p>") + carry.count(b"<w:p ")
        paragraphs += carry.count(b"<w:p>") + carry.count(b"<w:p ")
    return tags, paragraphs


def _read_document(path: str) -> Document:
    name = display_path(path)  # the path as the Note records it: printable, valid Unicode
    data = read_bytes(path)
    found = detect_format(data, name)
    named = _KNOWN.get(Path(name).suffix.lower())
    if named is not None and named != found:
        raise InputError(
            name, f"named .{named} but the content is {_describe(found)}; rename or re-export it"
        )
    sha = hashlib.sha256(data).hexdigest()
    if found == "pdf":
        from .pdf import read_pdf

        text, layout = read_pdf(data, name)
        return Document(name, sha, text, "pdf", layout)
    if found == "docx":
        from .docx import read_docx

        try:
            check_docx_size(data, name)
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            NotImplementedError,
            RuntimeError,
        ) as error:
            raise InputError(name, f"corrupt or unreadable Word file ({error})") from error
        text, layout = read_docx(data, name)
        return Document(name, sha, text, "docx", layout)
    source = read_source(path)
    warnings = () if source.encoding.startswith("utf") else (f"decoded as {source.encoding}",)
    return Document(name, source.sha256, source.text, "txt", None, warnings)


def _describe(found: Format) -> str:
    return {"txt": "not a PDF or Word file (text?)", "pdf": "a PDF", "docx": "a Word .docx"}[found]
