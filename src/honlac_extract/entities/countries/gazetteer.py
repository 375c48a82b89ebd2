"""The geographic gazetteer: every written form of a country, demonym, city and region.

Country names come from pycountry (ISO 3166 codes, short, official and common names) plus the
UN naming data shipped in ``data/`` (M49-style short names, other English forms, demonyms);
cities and regions come from ``data/locations.tsv`` and ``data/regions.tsv``. Written forms are
derived here once (inversions such as "Bolivia, Plurinational State of" -> "Plurinational
State of Bolivia" and "Bolivia (Plurinational State of)", accent-free and "St." forms), so the
component only has to hand them to a PhraseMatcher.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

import pycountry

from ...resources import data_json, data_text

# Source priorities: when one written form points to two countries, the lower number wins; a
# tie between different countries drops the form (e.g. a bare "Virgin Islands").
_EXPLICIT, _ISO, _DERIVED = 0, 1, 2

_INVERTED = re.compile(r"^(?P<head>[^,(]+), (?P<tail>.+ of(?: the)?)$")
_PARENTHESISED = re.compile(r"^(?P<head>[^(]+?) \((?P<tail>[^()]+)\)$")
_BROKEN_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_OF_FORM = re.compile(r"^(?P<tail>[A-Z][\w' -]* of(?: the)?) (?P<head>[A-Z][^,()]*)$")


@dataclass(frozen=True)
class Place:
    """What a written form denotes: its label and normalised fields."""

    label: str  # COUNTRY | LOCATION | REGION
    code: str  # iso3 of the country (of the city for LOCATION); "" for REGION
    name: str  # UN short name, canonical city or region name
    demonym: bool = False
    language: bool = False  # a demonym that is also a language name ("Spanish")
    also: tuple[str, ...] = ()  # LOCATION: other countries with a place of that name
    listed: bool = (
        True  # False for a place found by pattern (entities/countries/unlisted_places.py)
    )


@dataclass(frozen=True)
class PlaceWords:
    """Word lists of the unlisted-place patterns (entities/countries/unlisted_places.py)."""

    prepositions: frozenset[str]
    particles: frozenset[str]
    not_place_words: frozenset[str]


@dataclass(frozen=True)
class Gazetteer:
    """Written form -> place, plus the context-rule word lists."""

    forms: dict[str, Place]
    person_name_words: frozenset[str]
    blocking_previous: frozenset[str]
    language_blockers: frozenset[str]
    currency_words: frozenset[str]
    place_triggers: tuple[str, ...]
    place_words: PlaceWords
    # Spanish and French (see .translated): context rules read the words before a mention
    language: str = "en"
    adjectives_follow: bool = False
    given_name_words: frozenset[str] = frozenset()
    currency_links: frozenset[str] = frozenset()


def rows(name: str) -> list[list[str]]:
    """Non-comment, non-blank TSV rows of a data file."""
    found = []
    for line in data_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            found.append([cell.strip() for cell in line.split("\t")])
    return found


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def spellings(form: str) -> list[str]:
    """``form`` and its respellings: accent-free, "St." for "Saint", "&" for "and", and the
    damage the tokenizer would otherwise split differently ("People’s", "Guinea- Bissau").
    """
    out = [form]
    for variant in (
        _strip_accents(form),
        form.replace("Saint ", "St. "),
        form.replace("Saint ", "St "),
        form.replace(" and ", " & "),
    ):
        if variant not in out:
            out.append(variant)
    for variant in list(out):  # damage seen in converted notes: curly quotes, broken hyphens
        for damaged in (variant.replace("'", "\u2019"), _BROKEN_HYPHEN.sub("- ", variant)):
            if damaged not in out:
                out.append(damaged)
    return out


def _drop_article(text: str) -> str:
    return re.sub(r"^(?:the|The) ", "", text)


def _country_forms(name: str) -> list[tuple[str, int]]:
    """Forms derived from one ISO/UN name, each with its source priority."""
    forms: list[tuple[str, int]] = [(name, _ISO)]
    inverted = _INVERTED.match(name)
    if inverted:
        head, tail = inverted["head"], _drop_article(inverted["tail"])
        forms += [(f"{tail} {head}", _ISO), (f"{head} ({tail})", _ISO), (head, _DERIVED)]
    parenthesised = _PARENTHESISED.match(name)
    if parenthesised:
        head, tail = parenthesised["head"], parenthesised["tail"]
        forms.append((head, _DERIVED))
        if tail.endswith(" of") or tail.endswith(" of the"):
            forms.append((f"{_drop_article(tail)} {head}", _ISO))
    of_form = _OF_FORM.match(_drop_article(name))
    if of_form and " and " not in of_form["head"]:
        forms.append((f"{of_form['head']} ({of_form['tail']})", _DERIVED))
    return forms


def _add(
    table: dict[str, tuple[int, Place | None]], form: str, priority: int, place: Place
) -> None:
    """Record ``form``; an equal-priority clash between two different places drops it."""
    for spelling in spellings(form):
        if spelling != form and spelling in _respelling_exceptions():
            continue
        known = table.get(spelling)
        if known is None or priority < known[0]:
            table[spelling] = (priority, place)
        elif priority == known[0] and known[1] != place:
            table[spelling] = (priority, None)


@cache
def _respelling_exceptions() -> frozenset[str]:
    rules: dict[str, Any] = data_json("country_rules.json")
    return frozenset(rules["respelling_exceptions"])


def un_names() -> dict[str, str]:
    """iso3 -> UN short name (the ISO short name unless ``un_names.tsv`` overrides it)."""
    return _un_names()


@cache
def _un_names() -> dict[str, str]:
    names = {country.alpha_3: country.name for country in pycountry.countries}
    names.update({row[0]: row[1] for row in rows("un_names.tsv")})
    return names


def _countries(table: dict[str, tuple[int, Place | None]]) -> None:
    names = _un_names()
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        place = Place("COUNTRY", country.alpha_3, names[country.alpha_3])
        written = [names[country.alpha_3], country.name]
        written += [getattr(country, key, None) or "" for key in ("official_name", "common_name")]
        for name in written:
            if name:
                for form, priority in _country_forms(_drop_article(name)):
                    _add(table, form, priority, place)
    for variant, code in ((row[0], row[1]) for row in rows("country_variants.tsv")):
        _add(table, variant, _EXPLICIT, Place("COUNTRY", code, names[code]))
    for row in rows("demonyms.tsv"):
        demonym, code, language = row[0], row[1], row[2] == "1"
        place = Place("COUNTRY", code, names[code], demonym=True, language=language)
        _add(table, demonym, _DERIVED, place)
        if demonym.endswith(("an", "i")):
            _add(table, demonym + "s", _DERIVED, place)


def _final(table: dict[str, tuple[int, Place | None]]) -> dict[str, Place]:
    return {form: place for form, (_, place) in sorted(table.items()) if place is not None}


def gazetteer(language: str = "en") -> Gazetteer:
    """The gazetteer of ``language`` ("en", "es", "fr"), built once per process.

    A language without data of its own (``data/languages/<lang>/country_rules.json``) reads
    English names.
    """
    if language != "en":
        from .translated import translated_gazetteer  # noqa: PLC0415 (only when asked)

        found = translated_gazetteer(language)
        if found is not None:
            return found
    return _english()


@cache
def _english() -> Gazetteer:
    """The English gazetteer, from pycountry and the data files."""
    countries: dict[str, tuple[int, Place | None]] = {}
    _countries(countries)
    forms = _final(countries)
    places: dict[str, tuple[int, Place | None]] = {}
    for row in rows("locations.tsv"):
        also = tuple(row[3].split("|")) if len(row) > 3 and row[3] else ()
        _add(places, row[0], _EXPLICIT, Place("LOCATION", row[1], row[0], also=also))
    for written, canonical in (row[:2] for row in rows("regions.tsv")):
        _add(places, written, _EXPLICIT, Place("REGION", "", canonical))
    for form, place in _final(places).items():
        forms.setdefault(form, place)  # a country's own name never becomes a city or region
    rules: dict[str, Any] = data_json("country_rules.json")
    return Gazetteer(
        forms=forms,
        person_name_words=frozenset(rules["person_name_words"]),
        blocking_previous=frozenset(rules["blocking_previous"]),
        language_blockers=frozenset(rules["language_blockers"]),
        currency_words=frozenset(rules["currency_words"]),
        place_triggers=tuple(rules["unlisted_place_triggers"]),
        place_words=PlaceWords(
            prepositions=frozenset(rules["unlisted_place_prepositions"]),
            particles=frozenset(rules["unlisted_place_particles"]),
            not_place_words=frozenset(rules["not_place_words"]),
        ),
    )
