"""One-to-one matching of predicted entities against gold items, paragraph by paragraph.

Both sides are sets: predicted mentions of the same thing in one paragraph (Colombia named three
times) are first grouped into one predicted item, so repetition is neither rewarded nor
punished. Each gold item then takes at most one predicted item and vice versa, by a maximum
bipartite matching (Kuhn's augmenting paths) run in a fixed order: required gold items first,
so that an optional item never takes a prediction a required one needed, then optional ones.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from ..models import Entity
from .gold import SCORED_LABELS, GoldEntity
from .normalise import name_key, same_name

T = TypeVar("T")


@dataclass(frozen=True)
class Predicted:
    """One predicted item: the mentions of one label in one bucket that denote the same thing."""

    label: str
    paragraph: int | None
    mentions: tuple[Entity, ...]

    @property
    def text(self) -> str:
        """The first mention's text, for error lists."""
        return self.mentions[0].text


@dataclass
class BucketResult:
    """The outcome of matching one bucket (a paragraph, or the whole document)."""

    matched: list[tuple[GoldEntity, Predicted]] = field(default_factory=list)
    missed: list[GoldEntity] = field(default_factory=list)
    false_positives: list[Predicted] = field(default_factory=list)
    optional_hits: list[tuple[GoldEntity, Predicted]] = field(default_factory=list)


def _compact(text: str | None) -> str:
    return name_key(text).replace(" ", "") if text else ""


def _entity_keys(entity: Entity) -> list[Hashable]:
    """Keys under which two mentions of one label are the same predicted item."""
    if entity.label == "COUNTRY" and entity.iso3:
        return [("iso3", entity.iso3.upper())]
    if entity.label == "DATE" and (entity.start_date or entity.end_date):
        return [("date", entity.start_date, entity.end_date)]
    if entity.label == "QUANTITY" and entity.value is not None:
        item = _compact(entity.item) or _compact(entity.text)  # "5 workshops" vs "5 regions"
        return [("qty", entity.value, entity.value_max, entity.previous_value, entity.unit, item)]
    if entity.label in ("AGENCY", "PROGRAMME"):
        # the normalised name states identity; the surface text only when there is no name
        # (a short text such as "Country Office" would otherwise bridge different offices)
        forms = (entity.name or entity.text, entity.acronym)
        keys: list[Hashable] = [("name", key) for key in map(_compact, forms) if key]
        if entity.entity_id:
            keys.append(("id", entity.entity_id))
        if keys:
            return keys
    return [("text", _compact(entity.text) or entity.text)]


def group_by_keys(items: Sequence[T], keys_of: Callable[[T], Iterable[Hashable]]) -> list[list[T]]:
    """Union of the items sharing any key, groups in order of their first item (deterministic)."""
    parent = list(range(len(items)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    owner: dict[Hashable, int] = {}
    for index, item in enumerate(items):
        for key in keys_of(item):
            if key in owner:
                low, high = sorted((root(owner[key]), root(index)))
                parent[high] = low
            else:
                owner[key] = index
    groups: dict[int, list[T]] = {}
    for index, item in enumerate(items):
        groups.setdefault(root(index), []).append(item)
    return [groups[key] for key in sorted(groups)]


def predicted_items(entities: Iterable[Entity], paragraph: int | None) -> list[Predicted]:
    """Group one bucket's scored mentions into predicted items (per label, by shared keys)."""
    ordered = sorted(
        (e for e in entities if e.label in SCORED_LABELS), key=lambda e: (e.start, e.end, e.id)
    )
    items: list[Predicted] = []
    for label in SCORED_LABELS:
        mentions = [e for e in ordered if e.label == label]
        for group in group_by_keys(mentions, _entity_keys):
            items.append(Predicted(label, paragraph, tuple(group)))
    return items


def _close(number: float, candidates: Iterable[float | None]) -> bool:
    return any(c is not None and math.isclose(number, c, rel_tol=1e-9) for c in candidates)


def mention_matches(gold: GoldEntity, entity: Entity) -> bool:
    """Whether one predicted mention denotes the gold item, by the rule of the gold's label."""
    if entity.label not in (gold.label, gold.alt_label):
        return False
    if gold.label == "COUNTRY":
        return bool(gold.iso3 and entity.iso3 and gold.iso3.upper() == entity.iso3.upper())
    if gold.label == "DATE":
        return gold.start is not None and (gold.start, gold.end) == (
            entity.start_date,
            entity.end_date,
        )
    if gold.label == "QUANTITY":
        numbers = (entity.value, entity.value_max, entity.previous_value)
        return any(_close(value, numbers) for value in gold.values)
    forms = [f for f in (entity.name, entity.acronym, entity.text) if f]
    return any(same_name(name, form) for name in gold.names() for form in forms)


def item_matches(gold: GoldEntity, item: Predicted) -> bool:
    """Whether any mention of a predicted item denotes the gold item."""
    return any(mention_matches(gold, mention) for mention in item.mentions)


def match_bucket(gold: Sequence[GoldEntity], predicted: Sequence[Predicted]) -> BucketResult:
    """Maximum one-to-one matching of a bucket; required gold items are served first."""
    order = [g for g in gold if not g.optional] + [g for g in gold if g.optional]
    candidates = [[j for j, p in enumerate(predicted) if item_matches(g, p)] for g in order]
    owner: dict[int, int] = {}  # predicted index -> gold index in ``order``

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(order)):
        augment(i, set())
    taken = {i: j for j, i in owner.items()}
    result = BucketResult()
    for i, item in enumerate(order):
        if i in taken:
            pair = (item, predicted[taken[i]])
            (result.optional_hits if item.optional else result.matched).append(pair)
        elif not item.optional:
            result.missed.append(item)
    result.false_positives = [p for j, p in enumerate(predicted) if j not in owner]
    return result
