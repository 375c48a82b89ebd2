"""Header-field accuracy: each gold metadata field scored on its own (symbol, date, kind ...).

``honlac-extract evaluate`` gives one figure for all metadata fields; an analyst's first table
(symbol, date, body, kind, title) needs the figure of each. Values are compared "exactly
after normalising case and white space", as the evaluation compares metadata.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..models import Note
from .gold import load_gold
from .normalise import fold

HEADLINE = ("symbol", "date", "original_language", "kind", "title", "agenda_items")


def canonical(value: Any) -> Any:
    """A metadata value after normalising case and white space (lists item by item)."""
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return tuple(canonical(v) for v in value)
    return fold(str(value))


@dataclass
class FieldScores:
    """{field: [correct, total]} over the gold files scored, and every wrong field."""

    counts: dict[str, list[int]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    scored: int = 0
    skipped: int = 0

    def rate(self, key: str) -> float:
        correct, total = self.counts.get(key, [0, 0])
        return correct / total if total else 1.0

    def fields(self) -> list[str]:
        """Headline fields first, then the others in name order."""
        return [k for k in HEADLINE if k in self.counts] + sorted(set(self.counts) - set(HEADLINE))


def score_fields(folder: Path, inputs: Path, extractor: Callable[[Path], Note]) -> FieldScores:
    """Score every ``*.json`` gold file of ``folder``; gold whose input is absent is skipped."""
    scores = FieldScores()
    for path in sorted(folder.glob("*.json")):
        gold = load_gold(path)
        source = inputs / gold.file
        if not source.is_file():
            scores.skipped += 1
            continue
        scores.scored += 1
        metadata = extractor(source).metadata
        for key, expected in sorted(gold.metadata.items()):
            found = getattr(metadata, key)
            ok = canonical(expected) == canonical(found)
            counts = scores.counts.setdefault(key, [0, 0])
            counts[0] += ok
            counts[1] += 1
            if not ok:
                scores.errors.append(f"{gold.file}: {key}: gold {expected!r}, found {found!r}")
    return scores
