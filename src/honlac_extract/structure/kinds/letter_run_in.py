"""A letter whose line breaks are lost (flattened or re-wrapped text).

Without blank lines, a letter's title ends at its addressee as UN letters print it ("...
addressed to the Secretary-General"), and its paragraphs are told apart only where a
sentence end is followed by one of the formulaic openings of a letter paragraph ("I should
be grateful if ..."); other paragraph breaks cannot be seen and the paragraphs stay joined.
The signature block runs from "(Signed)" to the next stop (an annex heading) or the end.
"""

from __future__ import annotations

from ...conditioning import Span
from ..pieces import Joined, trimmed
from .rules import body_rules

_TITLE_MAX = 400  # characters from the title's "from" to the addressee's end
_SIGNATURE_MAX = 200  # characters of a run-in signature block (name and title lines)


def run_in_body_start(text: str, title_end: int, end: int) -> int | None:
    """Where the body starts after the addressee (and a salutation), or None when no known
    addressee follows the title."""
    compiled = body_rules()
    addressee = compiled.addressee_run_in.search(text, title_end, min(title_end + _TITLE_MAX, end))
    if addressee is None:
        return None
    position = addressee.end()
    salutation = compiled.salutation_run_in.match(text, position, end)
    return salutation.end() if salutation is not None else position


def run_in_blocks(text: str, pieces: list[Span]) -> list[list[Span]]:
    """The pieces cut into paragraphs at each formulaic letter paragraph opening."""
    joined = Joined(text, pieces)
    cuts = [m.end() for m in body_rules().letter_paragraph_opening.finditer(joined.text)]
    blocks = []
    rest = pieces
    for cut in reversed(cuts):
        rest, block = Joined(text, rest).cut(cut)
        blocks.append(trimmed(block, text))
    blocks.append(trimmed(rest, text))
    return [block for block in reversed(blocks) if block]


def run_in_signature(text: str, pieces: list[Span]) -> list[Span]:
    """The signature block's pieces, cut at a word end within ``_SIGNATURE_MAX`` characters."""
    taken: list[Span] = []
    room = _SIGNATURE_MAX
    for start, end in pieces:
        if end - start > room:
            cut = text.rfind(" ", start, start + room + 1)
            if cut > start:
                taken.append((start, cut))
            break
        taken.append((start, end))
        room -= end - start + 1
    return trimmed(taken, text)
