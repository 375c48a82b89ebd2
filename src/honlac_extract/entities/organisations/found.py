"""One AGENCY/PROGRAMME candidate over words, and the limits the rules share."""

from __future__ import annotations

from dataclasses import dataclass

QUOTES_OPEN = frozenset({'"', "\u201c", "\u2018", "'"})
QUOTES_CLOSE = frozenset({'"', "\u201d", "\u2019", "'"})
STOPS = frozenset({".", ";", ":", "(", ")", "!", "?"})
MAX_LONG_FORM = 30
"""Longest long form (in words) an acronym or a programme word may introduce."""


@dataclass
class Found:
    """One AGENCY/PROGRAMME candidate over words ``[first, last)``."""

    first: int
    last: int
    label: str
    source: str
    head: str = ""
    kind: str | None = None
    name: str | None = None
    acronym: str | None = None
    country: str | None = None
    seat: str | None = None
    seat_city: bool = False
    """The seat is a city ("in Nairobi"): its country is the seat, the name keeps "in"."""
    premods: tuple[str, ...] = ()
    head_at: int | None = None
    has_of: bool = False
    protected: bool = False
    short: bool = False
    bare: bool = False
    in_at: int | None = None
    """Word index of the "in" before an office's place ("Country Office in Peru")."""
    post: str | None = None
    """The last connector whose phrase the name took ("for", "on", ...), None if none."""


def copy_found(item: Found) -> Found:
    """An independent copy of ``item``."""
    return Found(**{k: getattr(item, k) for k in item.__dataclass_fields__})
