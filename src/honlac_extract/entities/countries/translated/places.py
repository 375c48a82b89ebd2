"""Spanish and French names of cities and regions, normalised to the English names.

A city's country, kind and homonyms come from the English ``data/locations.tsv`` row its
canonical name points to, so "Viena" and "Vienne" are the same LOCATION as "Vienna". Region
words that one language writes in lower case and titles capitalise (``adjective_words``:
"África Occidental" / "África occidental", "Asie centrale" / "Asie Centrale") are added in
both cases, and every form with its first letter capitalised ("golfe de Guinée").
"""

from __future__ import annotations

from ..gazetteer import Place, rows
from .rules import LanguageRules, language_rows
from .table import EXPLICIT, FormTable, capitalised


def _english_cities() -> dict[str, Place]:
    cities: dict[str, Place] = {}
    for row in rows("locations.tsv"):
        also = tuple(row[3].split("|")) if len(row) > 3 and row[3] else ()
        cities.setdefault(row[0], Place("LOCATION", row[1], row[0], also=also))
    return cities


def _case_variant(form: str, adjectives: frozenset[str]) -> str:
    """``form`` with the first letter of each adjective word in the other case."""
    words = form.split(" ")
    for index, word in enumerate(words):
        if index and word.lower() in adjectives:
            first = word[:1]
            words[index] = (first.lower() if first.isupper() else first.upper()) + word[1:]
    return " ".join(words)


def add_places(table: FormTable, language: str, rules: LanguageRules) -> None:
    """LOCATION rows of ``locations.tsv`` and REGION rows of ``regions.tsv``."""
    cities = _english_cities()
    for written, english in (row[:2] for row in language_rows(language, "locations.tsv")):
        place = cities[english]
        for form in dict.fromkeys((written, capitalised(written))):
            table.add(form, EXPLICIT, place)
    for written, canonical in (row[:2] for row in language_rows(language, "regions.tsv")):
        place = Place("REGION", "", canonical)
        variant = _case_variant(written, rules.adjective_words)
        for form in dict.fromkeys((written, variant, capitalised(written), capitalised(variant))):
            table.add(form, EXPLICIT, place)
