"""Footnote records from the footnote blocks conditioning found."""

from __future__ import annotations

from ..conditioning import FootnoteBlock
from ..models import Footnote


def footnote_records(text: str, blocks: list[FootnoteBlock]) -> list[Footnote]:
    """One :class:`Footnote` per block: ``start``/``end`` cover marker and text, ``text`` is
    the footnote's words without the marker (line breaks collapsed)."""
    return [
        Footnote(
            marker=block.marker,
            text=" ".join(text[block.text_start : block.end].split()),
            start=block.start,
            end=block.end,
        )
        for block in blocks
    ]
