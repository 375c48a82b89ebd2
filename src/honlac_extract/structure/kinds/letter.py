"""A letter's body: unnumbered paragraphs after its title, and the signature block apart.

Letters to the Secretary-General or the President of the Security Council number no
paragraphs: the body runs from the block after the title ("Letter dated ... addressed to
...", and a salutation if there is one) to the signature ("(Signed) Name" and the title lines
under it). A blank line ends a paragraph only after a sentence end, so a paragraph that a
page break cuts stays whole. Paragraphs are numbered by position, with kind "body"; the
signature block is one more record with kind "signature".
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ...conditioning import Mask, Rules, Span, joined
from ...models import Paragraph
from ..paragraphs import find_items
from .letter_run_in import run_in_blocks, run_in_body_start, run_in_signature
from .marks import BodyMarks, furniture_blanked
from .rules import body_rules

_BLANK = re.compile(r"\n[ \t\u00a0]*\n")
_TITLE_MAX = 400  # characters from "Letter dated" to "addressed to"
_SIGNATURE_LINES = 6  # the signature line and up to five title lines
_SIGNATURE_WIDTH = 70
_SHORT_LINE = 0.85
_REFLOWED = 1.5  # of a full line's width: a shorter line may end a paragraph


def _title_end(text: str, mask: Mask, language: str) -> int | None:
    """Where a letter's title ("Letter dated 3 May 2024 from") ends, or None when the text has
    no letter title (on its own line, or run in after white space in flattened text)."""
    compiled = body_rules(language)
    for pattern in (compiled.letter_title, compiled.letter_title_run_in):
        title = next((m for m in pattern.finditer(text) if not mask.contains(m.start())), None)
        if title is not None:
            return title.end()
    return _addressee_line(text, mask)


_ADDRESSEE_MAX = 4000  # characters into the text an untitled letter's addressee line may end
_LINE_THEN_BLANK = re.compile(r"[ \t\u00a0]*\n[ \t\u00a0]*\n")


def _addressee_line(text: str, mask: Mask) -> int | None:
    """Where the addressee that ends a letter's title starts ("... addressed to the
    Secretary-General" closing a line before a blank one), for a title whose first line the
    text lost; None when the text has none near its start."""
    pattern = body_rules().addressee_run_in
    for match in pattern.finditer(text, 0, _ADDRESSEE_MAX):
        if not mask.contains(match.start()) and _LINE_THEN_BLANK.match(text, match.end()):
            return match.start()
    return None


def _body_start(text: str, position: int, language: str) -> int | None:
    """Where the first paragraph after a printed letter's title (and salutation) starts.

    The title ends with the addressee line(s) after "addressed to" (the name may sit after a
    blank line in a double-spaced letter); without that phrase, at the first blank line.
    """
    compiled = body_rules(language)
    addressee = compiled.addressee.search(text, position, position + _TITLE_MAX)
    if addressee is not None:
        position = addressee.end()
    blank = _BLANK.search(text, position)
    if blank is None:
        return None
    salutation = compiled.salutation.match(text, blank.end())
    return salutation.end() if salutation is not None else blank.end()


def _double_spaced(text: str, pieces: list[Span]) -> bool:
    """Whether most lines are separated by a blank line (old typed letters)."""
    gaps = [text.count("\n", a[1], b[0]) >= 2 for a, b in zip(pieces, pieces[1:], strict=False)]
    return len(gaps) >= 4 and sum(gaps) * 4 >= len(gaps) * 3


def _blocks(text: str, pieces: list[Span]) -> list[list[Span]]:
    """Pieces grouped into paragraphs: a blank line after a sentence end starts a new one.

    In a double-spaced letter every line is followed by a blank line, so there the line
    before the break must also be short (a paragraph's last line rarely fills the width), or
    much longer than a line (the reader joined a paragraph's lines into one).
    """
    block_end = body_rules().block_end
    short, reflowed = 0, 0
    if _double_spaced(text, pieces):
        widths = sorted(b - a for a, b in pieces)
        full = widths[len(widths) * 3 // 4]
        short, reflowed = int(full * _SHORT_LINE), int(full * _REFLOWED)
    blocks: list[list[Span]] = []
    for piece in pieces:
        if blocks:
            previous = blocks[-1][-1]
            ends = text.count("\n", previous[1], piece[0]) >= 2 and block_end.search(
                text, previous[0], previous[1]
            )
            width = previous[1] - previous[0]
            if not ends or (short and short <= width < reflowed):
                blocks[-1].append(piece)
                continue
        blocks.append([piece])
    return blocks


def _signature(text: str, pieces: list[Span]) -> list[Span]:
    """The signature line and the short title lines under it (one blank line may separate
    them in a double-spaced letter); a line with a digit is furniture, not a title."""
    taken = pieces[:1]
    for piece in pieces[1:_SIGNATURE_LINES]:
        gap = text.count("\n", taken[-1][1], piece[0])
        line = text[piece[0] : piece[1]]
        if gap > 2 or len(line) > _SIGNATURE_WIDTH or any(c.isdigit() for c in line):
            break
        if not any(c.isalpha() for c in line):
            break
        taken.append(piece)
    return taken


def _record(text: str, number: int, kind: str, pieces: list[Span], rules: Rules) -> Paragraph:
    return Paragraph(
        number=number,
        text=joined(text, pieces),
        spans=pieces,
        items=find_items(text, pieces, rules),
        kind=kind,
    )


def _region(
    marks: BodyMarks, start: int, numbered: list[int] | None, length: int
) -> tuple[int, int]:
    """The end of a letter's own text starting at ``start`` (the first stop after it, or the
    first ``numbered`` paragraph start before that stop) and the index of that stop in
    ``marks.stops`` (-1 when a numbered paragraph ends it)."""
    index = bisect_right(marks.stops, start)
    end = marks.stops[index] if index < len(marks.stops) else length
    following = bisect_right(numbered or [], start)
    if numbered and following < len(numbered) and numbered[following] < end:
        return numbered[following], -1  # the letter's own text runs into numbers
    return end, index


def letter_blocks(
    text: str,
    mask: Mask,
    marks: BodyMarks,
    numbered: list[int] | None = None,
    language: str = "en",
) -> list[tuple[str, list[Span]]]:
    """The kind ("body", "signature") and pieces of each block of a letter's own text, or []
    if it is not a letter. The body ends at the first stop after it or at the first of the
    ``numbered`` paragraph starts (an annex with printed numbers), whichever comes first; a
    letter with no blank line in it (flattened text) is read by :mod:`.letter_run_in`."""
    position = _title_end(text, mask, language)
    if position is None:
        return []
    end, index = _region(marks, position, numbered, len(text))
    run_in = _BLANK.search(text, position, end) is None
    if run_in:
        start = run_in_body_start(text, position, end)
    else:
        start = _body_start(text, position, language)
    if start is None:
        return []
    if not run_in:
        end, index = _region(marks, start, numbered, len(text))
    header = body_rules().running_header
    pieces = [p for p in mask.pieces(start, end) if not header.fullmatch(text, p[0], p[1])]
    # line breaks counted on the visible text: furniture between two lines adds none
    visible = furniture_blanked(text, mask)
    found = run_in_blocks(text, pieces) if run_in else _blocks(visible, pieces)
    blocks = [("body", block) for block in found]
    if blocks and index >= 0 and end in marks.signatures:
        following_stop = marks.stops[index + 1] if index + 1 < len(marks.stops) else len(text)
        signature_pieces = mask.pieces(end, following_stop)
        signature = (
            run_in_signature(text, signature_pieces)
            if run_in
            else _signature(visible, signature_pieces)
        )
        if signature:
            blocks.append(("signature", signature))
    return blocks


def letter_paragraphs(text: str, mask: Mask, marks: BodyMarks, rules: Rules) -> list[Paragraph]:
    """The body paragraphs and signature block of a letter without printed paragraph numbers,
    numbered by position, or [] if it is not a letter."""
    return [
        _record(text, number, kind, pieces, rules)
        for number, (kind, pieces) in enumerate(
            letter_blocks(text, mask, marks, None, rules.language), start=1
        )
    ]
