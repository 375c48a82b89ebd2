"""A table of written forms with source priorities, as the English gazetteer keeps one.

When one written form points to two places, the lower priority number wins; a tie between two
different places drops the form. Blocked forms of the language are never recorded.
"""

from __future__ import annotations

import unicodedata

from ..gazetteer import Place, spellings

EXPLICIT, ISO, DERIVED = 0, 1, 2


class FormTable:
    """Written form -> (priority, place or None for an unresolved clash)."""

    def __init__(self, blocked: frozenset[str], exceptions: frozenset[str]) -> None:
        self.blocked = blocked
        self.exceptions = exceptions  # accent-free respellings that are words of the language
        self.entries: dict[str, tuple[int, Place | None]] = {}

    def add(self, form: str, priority: int, place: Place) -> None:
        """Record ``form`` and its respellings: accent-free, curly quote, broken hyphen, and
        capitals without their accents only ("Etat plurinational de Bolivie", "Africa
        Occidental": capitals are often typed unaccented)."""
        capitals = _capitals_unaccented(form)
        variants = spellings(form) + (spellings(capitals) if capitals != form else [])
        for spelling in dict.fromkeys(variants):
            if spelling in self.blocked or (spelling != form and spelling in self.exceptions):
                continue
            known = self.entries.get(spelling)
            if known is None or priority < known[0]:
                self.entries[spelling] = (priority, place)
            elif priority == known[0] and known[1] != place:
                self.entries[spelling] = (priority, None)

    def final(self) -> dict[str, Place]:
        """The resolved forms, sorted (clashes dropped)."""
        return {form: place for form, (_, place) in sorted(self.entries.items()) if place}


def _capitals_unaccented(form: str) -> str:
    return "".join(unicodedata.normalize("NFKD", ch)[0] if ch.isupper() else ch for ch in form)


def capitalised(form: str) -> str:
    """``form`` with its first letter upper case ("golfe de Guinée" -> "Golfe de Guinée")."""
    return form[:1].upper() + form[1:]
