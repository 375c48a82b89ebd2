"""The note's reporting period: the date a fact takes when its sentence gives none.

A Secretariat note reports on what happened since the previous meeting, which its first
paragraph names ("focusing on developments since the Twenty-sixth Meeting ..., held in Santiago
from 3 to 7 October 2016"): the period runs from the start of the first DATE after the cue
word of the first paragraph to the note's issue date. Without that date, from 1 January of the
year before the issue; without an issue date there is no period.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ...models import Entity, Metadata, Paragraph
from .lexicon import facts_data


@cache
def _cue(language: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(facts_data(language)['reporting_period_cue'])}\b", re.I)


def reporting_period(
    text: str, metadata: Metadata, paragraphs: Sequence[Paragraph], entities: Sequence[Entity]
) -> tuple[str, str] | None:
    """(start, end) ISO dates of the reporting period, or None without an issue date."""
    issued = metadata.date
    if not issued or len(issued) < 10 or not issued[:4].isdigit():
        return None
    start = f"{int(issued[:4]) - 1:04d}-01-01"
    if paragraphs and paragraphs[0].spans:
        low, high = paragraphs[0].spans[0][0], paragraphs[0].spans[-1][1]
        cue = _cue(metadata.language or "en").search(text, low, high)
        if cue is not None:
            for entity in entities:
                if (
                    entity.label == "DATE"
                    and cue.end() <= entity.start < high
                    and entity.start_date
                    and not entity.in_name
                ):
                    if entity.start_date <= issued:
                        start = entity.start_date
                    break
    return start, issued
