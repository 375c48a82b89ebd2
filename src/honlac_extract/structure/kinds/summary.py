"""A report's summary: the unnumbered paragraphs under its "Summary" line, before the body.

Reports of the Secretary-General and of the Secretariat print "Summary" under the document
type line, then a few unnumbered paragraphs, then the first section heading or numbered
paragraph. They are paragraphs -1, -2, ... of kind "summary": the report's own words, not
masthead. A blank line after a sentence end separates two of them; a page break (furniture
between the pieces) inside one keeps it whole.
"""

from __future__ import annotations

from ...conditioning import Mask, Span
from .blocks import paragraph_blocks
from .rules import body_rules


def summary_blocks(text: str, mask: Mask, body_start: int, language: str) -> list[list[Span]]:
    """The paragraphs between a "Summary" line and ``body_start`` (pieces of each)."""
    compiled = body_rules(language)
    heading = compiled.summary_heading.search(text, 0, body_start)
    if heading is None:
        return []
    return paragraph_blocks(text, mask, heading.end(), body_start, compiled)
