"""Choosing each slot of a fact among the entities of its sentence.

Positions are ``Note.text`` offsets; ``anchor`` is where the activity word stands (or the
quantity when no activity word was found).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import Entity

_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:to|for|of|from|with|by|and|between|among|at|in|on|under|into|within|through)"
    r"(?:\s+(?:the|its|their|a|an))?\s*)$",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\bby(?:\s+(?:the|its))?\s*$", re.IGNORECASE)
_LOOK_BACK = 24


def _after_preposition(text: str, entity: Entity, pattern: re.Pattern[str]) -> bool:
    low = max(0, entity.start - _LOOK_BACK)
    # both patterns end in a word and white space: without a letter before the white space
    # (a paragraph's first agency, one after a number or a bracket) the regex, which tries
    # every position of the window, cannot match
    before = text[low : entity.start].rstrip()
    if not before or not before[-1].isalpha():
        return False
    return pattern.search(text, low, entity.start) is not None


def actor(text: str, agencies: Sequence[Entity], anchor: int) -> Entity | None:
    """The AGENCY doing the activity.

    The last agency before the activity word that is no prepositional complement ("to the
    Office of ...", "in cooperation with the ..."); failing that, the agent after "by" ("were
    trained by UNODC personnel"); failing that, none.
    """
    before = [
        a
        for a in agencies
        if a.end <= anchor and not _after_preposition(text, a, _PREPOSITION_BEFORE)
    ]
    if before:
        return before[-1]
    return next(
        (a for a in agencies if a.start >= anchor and _after_preposition(text, a, _BY_BEFORE)),
        None,
    )


def _inside(entity: Entity, container: Entity) -> bool:
    return container.start <= entity.start and entity.end <= container.end


def beneficiary_countries(
    countries: Sequence[Entity], agencies: Sequence[Entity], doer: Entity | None
) -> list[Entity]:
    """The countries of the sentence, less those saying where the actor or a UNODC office sits.

    "UNODC Regional Office ... in Panama continued to provide technical assistance to 13 Member
    States" names no beneficiary country; "the National Office ... of Peru" still names Peru.
    """
    if not countries:  # most sentences of a list of short lines
        return []
    offices = [a for a in agencies if a is doer or a.kind == "unodc_office"]
    return [c for c in countries if not any(_inside(c, office) for office in offices)]


def nearest(candidates: Sequence[Entity], anchor: int) -> Entity | None:
    """The candidate nearest before ``anchor``, else the nearest after it."""
    before = [c for c in candidates if c.end <= anchor]
    if before:
        return before[-1]
    after = [c for c in candidates if c.start >= anchor]
    if after:
        return after[0]
    return candidates[0] if candidates else None


def closest(candidates: Sequence[Entity], anchor: int) -> Entity | None:
    """The candidate whose span lies closest to ``anchor`` (the earlier one on a tie)."""
    best: Entity | None = None
    distance = -1
    for candidate in candidates:
        gap = max(candidate.start - anchor, anchor - candidate.end, 0)
        if best is None or gap < distance:
            best, distance = candidate, gap
    return best
