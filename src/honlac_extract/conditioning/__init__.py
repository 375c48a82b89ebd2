"""Text conditioning: find everything in a note that is not body text.

PDF conversion leaves page furniture (job numbers, barcodes, running headers, page numbers,
separators), footnote blocks in the middle of paragraphs, markup stars gluing headings
together and a contents list. Conditioning never edits the text (every offset must index
it); it returns a :class:`Conditioned` whose mask excludes all of that, so later stages cut
clean pieces out of the original string.
"""

from __future__ import annotations

from dataclasses import dataclass

from .contents import find_contents
from .footnotes import FootnoteBlock, find_footnotes
from .furniture import (
    Furniture,
    fixed_furniture,
    page_numbers_after_footnotes,
    running_headers,
)
from .mask import Mask, Span, joined, merge, separator
from .rules import Rules, rules, sentence_ends

__all__ = [
    "Conditioned",
    "FootnoteBlock",
    "Furniture",
    "Mask",
    "Rules",
    "Span",
    "condition",
    "joined",
    "merge",
    "rules",
    "sentence_ends",
    "separator",
]


@dataclass(frozen=True)
class Conditioned:
    """What is not body text, and the mask that hides it.

    ``mask`` hides furniture, footnotes, glue markers and the contents list; ``symbols`` are
    the document symbols printed as headers, in order of appearance.
    """

    text: str
    mask: Mask
    furniture: list[Furniture]
    footnotes: list[FootnoteBlock]
    glue: list[Span]
    contents: Span | None
    symbols: list[str]


def condition(text: str, language: str = "en") -> Conditioned:
    """Find the furniture, footnotes, glue markers and contents list of ``text`` (written in
    ``language``)."""
    compiled = rules(language)
    furniture = fixed_furniture(text, compiled)
    furniture_mask = Mask(text, [(f.start, f.end) for f in furniture])
    separators = [f.end for f in furniture if f.label == "separator"]
    footnotes = find_footnotes(text, compiled, furniture_mask, separators)
    headers, symbols = running_headers(text, compiled, [(b.start, b.end) for b in footnotes])
    headers += page_numbers_after_footnotes(text, compiled, [b.end for b in footnotes])
    furniture = sorted(
        {(f.start, f.end, f.label): f for f in [*furniture, *headers]}.values(),
        key=lambda f: (f.start, f.end, f.label),
    )
    glue = [m.span() for m in compiled.glue.finditer(text)]
    contents = find_contents(text, compiled)
    spans: list[Span] = [(f.start, f.end) for f in furniture]
    spans += [(b.start, b.end) for b in footnotes]
    spans += glue
    if contents is not None:
        spans.append(contents)
    return Conditioned(text, Mask(text, spans), furniture, footnotes, glue, contents, symbols)
