"""Scoring facts against gold facts: per slot and whole-fact precision, recall and F1.

Within one paragraph a gold fact is paired with a predicted fact by its anchor: the QUANTITY
whose numbers include the gold ``values``, or, for a no-number fact, the same activity (in
order). For each slot a pair (or an unpaired fact) counts a true positive when both sides fill
it alike, a false positive when the prediction fills it otherwise, a false negative when the
gold fills it otherwise (a wrong value counts both). A whole fact is right when its anchor
pairs and every slot agrees, unfilled slots included.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence

from ..models import Entity, Fact, Note
from .gold import GoldFact, GoldFile
from .normalise import name_key
from .report import Score

SLOTS = ("activity", "agency", "country", "programme", "date")


def _names(gold: GoldFile, name: str | None) -> frozenset[str]:
    """The keys a gold body is known by: its name and the aliases the gold entities give it."""
    if not name:
        return frozenset()
    keys = {name_key(name)}
    for entity in gold.entities:
        if entity.name and name_key(entity.name) == name_key(name):
            keys.update(name_key(alias) for alias in entity.aliases)
    return frozenset(keys)


def _entity_names(entity: Entity | None) -> frozenset[str]:
    if entity is None:
        return frozenset()
    return frozenset(name_key(n) for n in (entity.name, entity.text, entity.acronym) if n)


def _numbers(entity: Entity | None) -> set[float]:
    if entity is None:
        return set()
    return {v for v in (entity.value, entity.value_max, entity.previous_value) if v is not None}


def _gold_slots(gold: GoldFile, item: GoldFact) -> dict[str, Hashable]:
    return {
        "activity": item.activity,
        "agency": _names(gold, item.agency) or None,
        "country": tuple(sorted(set(item.iso3))) or None,
        "programme": _names(gold, item.programme) or None,
        "date": (item.start, item.end) if item.start else None,
    }


def _predicted_slots(fact: Fact, by_id: dict[str, Entity]) -> dict[str, Hashable]:
    return {
        "activity": fact.activity,
        "agency": _entity_names(by_id.get(fact.agency or "")) or None,
        "country": tuple(sorted(set(fact.iso3))) or None,
        "programme": _entity_names(by_id.get(fact.programme or "")) or None,
        "date": (fact.start_date, fact.end_date) if fact.start_date else None,
    }


def _agree(slot: str, gold: Hashable, predicted: Hashable) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if slot in ("agency", "programme"):
        assert isinstance(gold, frozenset) and isinstance(predicted, frozenset)
        return bool(gold & predicted)
    return gold == predicted


def _pairs(
    golds: Sequence[GoldFact], facts: Sequence[Fact], by_id: dict[str, Entity]
) -> tuple[list[tuple[GoldFact, Fact]], list[GoldFact], list[Fact]]:
    left = list(facts)
    pairs, missed = [], []
    for item in golds:
        found = None
        for fact in left:
            numbers = _numbers(by_id.get(fact.quantity or ""))
            if item.values and set(item.values) & numbers:
                found = fact
                break
            if not item.values and fact.quantity is None and fact.activity == item.activity:
                found = fact
                break
        if found is None:
            missed.append(item)
        else:
            left.remove(found)
            pairs.append((item, found))
    return pairs, missed, left


def count_facts(gold: GoldFile, note: Note) -> Counter[tuple[str, str]]:
    """(slot or "fact", "tp"/"fp"/"fn") counts of one note; nothing when the gold has no facts."""
    counts: Counter[tuple[str, str]] = Counter()
    if gold.facts is None:
        return counts
    by_id = {e.id: e for e in note.entities}
    for number in sorted({g.p for g in gold.facts} | {f.paragraph or 0 for f in note.facts}):
        golds = [g for g in gold.facts if g.p == number]
        facts = [f for f in note.facts if (f.paragraph or 0) == number]
        pairs, missed, extra = _pairs(golds, facts, by_id)
        for item, fact in pairs:
            want, got = _gold_slots(gold, item), _predicted_slots(fact, by_id)
            agree = {slot: _agree(slot, want[slot], got[slot]) for slot in SLOTS}
            for slot in SLOTS:
                if not agree[slot]:
                    counts[slot, "fp"] += got[slot] is not None
                    counts[slot, "fn"] += want[slot] is not None
                elif want[slot] is not None:
                    counts[slot, "tp"] += 1
            counts["fact", "tp" if all(agree.values()) else "fp"] += 1
            counts["fact", "fn"] += not all(agree.values())
        for item in missed:
            counts["fact", "fn"] += 1
            for slot, value in _gold_slots(gold, item).items():
                counts[slot, "fn"] += value is not None
        for fact in extra:
            counts["fact", "fp"] += 1
            for slot, value in _predicted_slots(fact, by_id).items():
                counts[slot, "fp"] += value is not None
    return counts


def fact_scores(counts: Counter[tuple[str, str]]) -> list[Score]:
    """One score per slot, then the whole-fact score (label ``fact``); empty without gold facts."""
    if not any(counts.values()):
        return []
    return [
        Score.of(name, counts[name, "tp"], counts[name, "fp"], counts[name, "fn"])
        for name in (*SLOTS, "fact")
    ]
