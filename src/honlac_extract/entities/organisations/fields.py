"""The fields of a kept name: kind, country, canonical name and source."""

from __future__ import annotations

from typing import Any

from .data import Patterns
from .found import Found
from .view import WordView
from .words import squash


def fields_for(view: WordView, item: Found, subject: list[str]) -> dict[str, Any]:
    """name, acronym, kind, country (when known) and source of ``item``; ``subject``: the
    countries of the paragraph's sub-heading."""
    kind = item.kind
    if item.label == "AGENCY" and kind is None and not item.bare:
        kind = agency_kind(view.p, item)
    name = item.name
    if name is None and not item.bare:
        name = canonical(squash(view.span_text(item.first, item.last)), item, kind)
    country = item.country
    if kind == "unodc_office":
        country = country or item.seat
        if country is None and "country" in item.premods and len(subject) == 1:
            country = subject[0]  # "the Country Office" under a country sub-heading
    elif kind == "national":
        country = country or item.seat or (subject[0] if len(subject) == 1 else None)
    source = item.source
    if item.short and source.startswith("pattern"):
        source = "pattern:short-form"
        if _hosts_event(view, item):
            source = "pattern:short-form:host"
    fields: dict[str, Any] = {"name": name, "acronym": item.acronym, "kind": kind}
    if country:
        fields["country"] = country
    fields["source"] = source
    return fields


def _hosts_event(view: WordView, item: Found) -> bool:
    """ "the sixty-first session of the Commission": the short form names the body that
    holds the event (linking prefers an international body for it)."""
    words, at = view.words, item.first
    return (
        at >= 3
        and words[at - 1].lower == "the"
        and words[at - 2].lower == "of"
        and words[at - 3].lower.rsplit("-", 1)[-1] in view.p.event_words
    )


def agency_kind(p: Patterns, item: Found) -> str:
    """unodc_office | academic | ngo | international | national, from head and modifiers."""
    premods = set(item.premods)
    if premods & p.unodc_words or any(m.startswith("unodc-") for m in premods):
        return "unodc_office"
    office = item.head in p.office_heads and not item.has_of and premods <= p.office_types
    if office and (premods or item.seat or item.in_at is not None):
        return "unodc_office"
    if item.head in p.academic_heads:
        return "academic"
    if item.head in p.ngo_heads:
        return "ngo"
    if premods & p.international_words:
        return "international"
    return "national"


def canonical(name: str, item: Found, kind: str | None) -> str:
    """Office names in one form: singular head, "UNODC " before UNODC offices, "of" for a
    national body's country ("offices of the Attorney General in Panama")."""
    if name[:1].islower():
        head, _, rest = name.partition(" ")
        head = "Office" if head in ("office", "offices") else head[:1].upper() + head[1:]
        name = f"{head} {rest}".strip()
    if kind == "national" and " in " in name and item.seat and not item.seat_city:
        base, _, place = name.rpartition(" in ")
        name = f"{base} of {place}"
    elif kind == "unodc_office" and " for " in name and " in " in name:
        name = name.rpartition(" in ")[0]  # the seat of an office "for" a region
    if kind == "unodc_office" and not name.startswith("UNODC"):
        name = f"UNODC {name}"
    return name
