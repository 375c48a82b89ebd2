"""A paragraph's pieces without what a PDF-to-text conversion added to its running text.

Markdown emphasis (``*delta*-9-...``, ``*Manual ... Disorders*.``) is how a conversion wrote
italics; the published note has no asterisks there, so a paragraph read from the PDF or Word
file has none either. A no-break space (``3.1\\u00a0tons``) survives in a .txt or .docx but
not in most PDFs, whose fonts draw it with the space glyph. Both are cut out of the pieces
(the note text itself never changes): an emphasis marker leaves a gap that joins with
nothing, a no-break space one that joins with a space (see :func:`conditioning.joined`).
"""

from __future__ import annotations

import re

from ..conditioning import Span
from .pieces import trimmed

_STARS = re.compile(r"\*+")
_MAX_MARKER = 3  # "*", "**", "***"; longer runs are glue between headings, never emphasis
_NO_BREAK = re.compile("[\u00a0\u2007\u202f]+")


def _is_word(text: str, position: int) -> bool:
    return 0 <= position < len(text) and (text[position].isalnum() or text[position] == "_")


def emphasis_markers(text: str, pieces: list[Span]) -> list[Span]:
    """The paired emphasis markers in ``pieces``, in order.

    An opening marker stands before a word character and not after one; a closing marker
    after a word character and not before one; each opener pairs with the next closer of the
    same length in the paragraph, and the words between must hold a letter (so a barcode
    ``*1705251*`` never pairs). A lone marker (``English*``, ``agenda**``) is kept as text.
    """
    open_at: dict[int, Span] = {}
    found: list[Span] = []
    for start, end in pieces:
        for match in _STARS.finditer(text, start, end):
            length = match.end() - match.start()
            if length > _MAX_MARKER:
                continue
            before = _is_word(text, match.start() - 1)
            after = _is_word(text, match.end())
            if after and not before:
                open_at[length] = match.span()
            elif before and not after and length in open_at:
                opener = open_at.pop(length)
                if any(c.isalpha() for c in text[opener[1] : match.start()]):
                    found += [opener, match.span()]
    return sorted(found)


def _cut(text: str, pieces: list[Span], holes: list[Span]) -> list[Span]:
    """``pieces`` with every hole taken out, trimmed of white space, empty ones dropped."""
    out: list[Span] = []
    index = 0
    for start, end in pieces:
        cursor = start
        while index < len(holes) and holes[index][1] <= start:
            index += 1
        parts = []
        while index < len(holes) and holes[index][0] < end:
            parts.append((cursor, holes[index][0]))
            cursor = max(cursor, holes[index][1])
            index += 1
        parts.append((cursor, end))
        out += trimmed(parts, text)
    return out


def paragraph_pieces(text: str, pieces: list[Span]) -> list[Span]:
    """A paragraph's pieces with paired emphasis markers and no-break spaces cut out."""
    holes = emphasis_markers(text, pieces)
    for start, end in pieces:
        holes += [m.span() for m in _NO_BREAK.finditer(text, start, end)]
    return _cut(text, pieces, sorted(holes)) if holes else pieces
