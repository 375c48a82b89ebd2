"""Which activity a quantity measures, from the activity words of its sentence.

In order: the quantity's own item ("17 workshops" -> hold); the activity of the quantity it is
chained to by a preposition ("17 workshops in 14 cities"); the nearest activity word before it;
the nearest after it within the same clause ("269 professionals were trained"). Two
corrections follow (data/facts.json "linking"): a reporting verb gives way to a measure noun
earlier in the sentence ("seizures ... registered a decrease from ..."), and a carrier verb to
an activity noun right beside it ("Training was also provided to 1,000 facilitators").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ...models import Entity
from .lexicon import Cue, facts_data, item_activity


@dataclass(frozen=True)
class _Rules:
    """One language's linking words ("linking" of data/facts.json), compiled."""

    chained: re.Pattern[str]
    clause_break: re.Pattern[str]
    reporting: frozenset[str]
    measures: frozenset[str]
    carriers: frozenset[str]
    window: int


@cache
def _rules(language: str) -> _Rules:
    rules = facts_data(language)["linking"]
    prepositions = "|".join(re.escape(w) for w in rules["chained_prepositions"])
    breaks = "|".join(re.escape(w) for w in rules["clause_breaks"])
    return _Rules(
        re.compile(rf"^\s*(?:{prepositions})\s*$", re.I),
        re.compile(rf"(?<![\w-])(?:{breaks})(?![\w-])", re.I),
        frozenset(rules["reporting_keys"]),
        frozenset(rules["measure_keys"]),
        frozenset(rules["carrier_keys"]),
        int(rules["carrier_window"]),
    )


Choice = tuple[str | None, Cue | None]


def _nearest(text: str, quantity: Entity, cues: Sequence[Cue], rules: _Rules) -> Cue | None:
    before = [c for c in cues if c.end <= quantity.start]
    if before:
        return before[-1]
    after = [c for c in cues if c.start >= quantity.end]
    if after and not rules.clause_break.search(text, quantity.end, after[0].start):
        return after[0]
    return None


def _corrected(text: str, cue: Cue, cues: Sequence[Cue], rules: _Rules) -> Cue:
    if cue.key in rules.reporting:
        measures = [c for c in cues if c.key in rules.measures and c.end <= cue.start]
        if measures:
            return measures[-1]
    if cue.key in rules.carriers:
        for other in cues:
            if other.key in rules.carriers or other is cue:
                continue
            low, high = (other.end, cue.start) if other.end <= cue.start else (cue.end, other.start)
            if high >= low and len(text[low:high].split()) <= rules.window:
                return other
    return cue


def choose_activities(
    text: str, quantities: Sequence[Entity], cues: Sequence[Cue], language: str = "en"
) -> list[Choice]:
    """The (activity key, word) of each quantity of one sentence, in order."""
    rules = _rules(language)
    choices: list[Choice] = []
    previous: Entity | None = None
    for quantity in quantities:
        outside = [c for c in cues if c.end <= quantity.start or c.start >= quantity.end]
        key = item_activity(quantity.item, language)
        choice: Choice
        if key is not None:
            choice = (key, None)
        elif (
            previous is not None
            and previous.end <= quantity.start
            and rules.chained.match(text[previous.end : quantity.start])
            and choices[-1][0] is not None
        ):
            choice = choices[-1]
        else:
            cue = _nearest(text, quantity, outside, rules)
            cue = None if cue is None else _corrected(text, cue, outside, rules)
            choice = (None, None) if cue is None else (cue.key, cue)
        choices.append(choice)
        previous = quantity
    return choices
