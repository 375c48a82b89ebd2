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

from ...models import Entity
from ...resources import data_json
from .lexicon import Cue, item_activity

_RULES = data_json("facts.json")["linking"]
_PREPOSITIONS = "|".join(re.escape(w) for w in _RULES["chained_prepositions"])
_CHAINED = re.compile(rf"^\s*(?:{_PREPOSITIONS})\s*$", re.I)
_BREAKS = "|".join(re.escape(w) for w in _RULES["clause_breaks"])
_BREAK = re.compile(rf"(?<![\w-])(?:{_BREAKS})(?![\w-])", re.I)
_REPORTING = frozenset(_RULES["reporting_keys"])
_MEASURES = frozenset(_RULES["measure_keys"])
_CARRIERS = frozenset(_RULES["carrier_keys"])
_WINDOW = int(_RULES["carrier_window"])

Choice = tuple[str | None, Cue | None]


def _nearest(text: str, quantity: Entity, cues: Sequence[Cue]) -> Cue | None:
    before = [c for c in cues if c.end <= quantity.start]
    if before:
        return before[-1]
    after = [c for c in cues if c.start >= quantity.end]
    if after and not _BREAK.search(text, quantity.end, after[0].start):
        return after[0]
    return None


def _corrected(text: str, cue: Cue, cues: Sequence[Cue]) -> Cue:
    if cue.key in _REPORTING:
        measures = [c for c in cues if c.key in _MEASURES and c.end <= cue.start]
        if measures:
            return measures[-1]
    if cue.key in _CARRIERS:
        for other in cues:
            if other.key in _CARRIERS or other is cue:
                continue
            low, high = (other.end, cue.start) if other.end <= cue.start else (cue.end, other.start)
            if high >= low and len(text[low:high].split()) <= _WINDOW:
                return other
    return cue


def choose_activities(text: str, quantities: Sequence[Entity], cues: Sequence[Cue]) -> list[Choice]:
    """The (activity key, word) of each quantity of one sentence, in order."""
    choices: list[Choice] = []
    previous: Entity | None = None
    for quantity in quantities:
        outside = [c for c in cues if c.end <= quantity.start or c.start >= quantity.end]
        key = item_activity(quantity.item)
        choice: Choice
        if key is not None:
            choice = (key, None)
        elif (
            previous is not None
            and previous.end <= quantity.start
            and _CHAINED.match(text[previous.end : quantity.start])
            and choices[-1][0] is not None
        ):
            choice = choices[-1]
        else:
            cue = _nearest(text, quantity, outside)
            cue = None if cue is None else _corrected(text, cue, outside)
            choice = (None, None) if cue is None else (cue.key, cue)
        choices.append(choice)
        previous = quantity
    return choices
