"""Fact records: what a note's quantities measure, and where, when and by whom.

:func:`build_facts` splits each paragraph into sentences (``sentences``), finds the activity
words of data/facts.json (``lexicon``) and links each QUANTITY to its activity, actor AGENCY,
countries, PROGRAMME and DATE (``linking``, ``slots``), falling back on the paragraph's subject
countries and the note's reporting period (``period``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ...models import Entity, Fact, Metadata, Paragraph
from ..entities import PieceMap
from .linking import numbered, paragraph_facts
from .period import reporting_period
from .sentences import Sentence, paragraph_sentences, sentence_bounds

__all__ = ["Sentence", "build_facts", "paragraph_sentences", "reporting_period", "sentence_bounds"]


def build_facts(
    text: str,
    metadata: Metadata,
    paragraphs: Sequence[Paragraph],
    entities: Sequence[Entity],
    maps: Sequence[PieceMap] | None = None,
) -> list[Fact]:
    """The facts of a note, in order of their quantity (or activity word) in ``text``;
    ``maps`` are the paragraphs' :class:`PieceMap` when the caller has them."""
    period = reporting_period(text, metadata, paragraphs, entities)
    language = metadata.language or "en"
    by_paragraph: dict[int, list[Entity]] = {}
    for entity in entities:
        if entity.paragraph is not None:
            by_paragraph.setdefault(entity.paragraph, []).append(entity)
    found = []
    if maps is None:
        maps = [PieceMap(paragraph) for paragraph in paragraphs]
    for paragraph, pieces in zip(paragraphs, maps, strict=True):
        mentions = by_paragraph.get(paragraph.number, [])
        # one map per paragraph, for its sentences and its facts
        sentences = paragraph_sentences(paragraph, pieces)
        found += paragraph_facts(text, paragraph, sentences, mentions, period, language, pieces)
    return numbered(found)
