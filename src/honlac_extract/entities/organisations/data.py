"""The data behind AGENCY/PROGRAMME recognition, read once from the package data files.

``organisation_patterns.json`` holds the word lists of the name grammar (head nouns, connectors,
generic words); ``organisations.json`` holds well-known international bodies and UNODC
programmes. National bodies are deliberately absent: they are found by pattern. Spanish and
French replace the grammar's language words (``data/languages/<lang>/organisations_grammar.json``)
and list the bodies by their names in that language before the English list
(``data/languages/<lang>/organisations.json``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import regex

from ...resources import data_json

_NOT_WORD = regex.compile(r"[^\w]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A comparison key: case, accents, punctuation and a leading "the" ignored."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    key = " ".join(_NOT_WORD.sub(" ", plain.casefold()).split())
    return key[4:] if key.startswith("the ") else key


@dataclass(frozen=True)
class KnownBody:
    """One entry of the list of well-known bodies and programmes."""

    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    label: str
    kind: str
    country: str | None = None
    language: str = "en"
    """The list the entry comes from: "en", or the note's language."""

    def forms(self) -> tuple[str, ...]:
        """Every written form: name, acronym and aliases."""
        return (self.name, *((self.acronym,) if self.acronym else ()), *self.aliases)


@dataclass(frozen=True)
class Patterns:
    """The word lists of the name grammar (all lower case)."""

    agency_heads: frozenset[str]
    programme_heads: dict[str, str]
    trailing_programme_words: dict[str, str]
    identifier_programme_words: dict[str, str]
    head_first: dict[str, str]
    strong_agency_heads: frozenset[str]
    lowercase_heads: frozenset[str]
    spanish_heads: frozenset[str]
    spanish_connectors: frozenset[str]
    post_connectors: frozenset[str]
    office_heads: frozenset[str]
    office_types: frozenset[str]
    generic_words: frozenset[str]
    function_words: frozenset[str]
    international_words: frozenset[str]
    academic_heads: frozenset[str]
    ngo_heads: frozenset[str]
    clause_words: frozenset[str]
    not_acronyms: frozenset[str]
    not_places: frozenset[str]
    standalone_heads: frozenset[str]
    compass_qualifiers: frozenset[str]
    not_head_first_followers: frozenset[str]
    not_names: frozenset[str]
    event_words: frozenset[str]
    participant_words: frozenset[str]
    not_body_heads: frozenset[str]
    title_cues: tuple[tuple[str, ...], ...]
    title_nouns: dict[str, str]
    auxiliary_words: frozenset[str]
    modifier_heads: frozenset[str]
    singular_s_words: frozenset[str]
    not_title_starts: frozenset[str]
    country_glue_heads: frozenset[str]
    romance_adjectives: frozenset[str]
    romance_connectors: frozenset[str]
    articles: frozenset[str] = frozenset({"the"})
    of_words: frozenset[str] = frozenset({"of"})
    elisions: frozenset[str] = frozenset()
    """Marks of an elided article before an owner ("de l'ONUDC"); none in English."""
    unodc_words: frozenset[str] = frozenset({"unodc"})


LANGUAGES = ("en", "es", "fr")


def language_of(code: str | None) -> str:
    """The language whose data a pipeline of ``nlp.lang == code`` reads (English if unknown)."""
    return code if code in LANGUAGES else "en"


def _grammar(language: str) -> dict[str, Any]:
    """The language's grammar file (``patterns`` and ``romance`` sections)."""
    raw: dict[str, Any] = data_json(f"languages/{language}/organisations_grammar.json")
    return raw


@cache
def patterns(language: str = "en") -> Patterns:
    """The name-grammar word lists of ``organisation_patterns.json``, with the language's own
    lists in place of the English ones for Spanish and French."""
    raw = data_json("organisation_patterns.json")
    extra: dict[str, frozenset[str]] = {}
    if language != "en":
        raw = {**raw, **_grammar(language)["patterns"]}
        extra = {
            key: frozenset(raw[key]) for key in ("articles", "of_words", "elisions", "unodc_words")
        }
    return Patterns(
        agency_heads=frozenset(raw["agency_heads"]),
        programme_heads=dict(raw["programme_heads"]),
        trailing_programme_words=dict(raw["trailing_programme_words"]),
        identifier_programme_words={
            **raw["trailing_programme_words"],
            **raw["identifier_programme_words"],
        },
        head_first=dict(raw["head_first"]),
        strong_agency_heads=frozenset(raw["strong_agency_heads"]),
        lowercase_heads=frozenset(raw["lowercase_heads"]),
        spanish_heads=frozenset(raw["spanish_heads"]),
        spanish_connectors=frozenset(raw["spanish_connectors"]),
        post_connectors=frozenset(raw["post_connectors"]),
        office_heads=frozenset(raw["office_heads"]),
        office_types=frozenset(raw["office_types"]),
        generic_words=frozenset(raw["generic_words"]),
        function_words=frozenset(raw["function_words"]),
        international_words=frozenset(raw["international_words"]),
        academic_heads=frozenset(raw["academic_heads"]),
        ngo_heads=frozenset(raw["ngo_heads"]),
        clause_words=frozenset(raw["clause_words"]),
        not_acronyms=frozenset(raw["not_acronyms"]),
        not_places=frozenset(raw["not_places"]),
        standalone_heads=frozenset(raw["standalone_heads"]),
        compass_qualifiers=frozenset(raw["compass_qualifiers"]),
        not_head_first_followers=frozenset(raw["not_head_first_followers"]),
        not_names=frozenset(raw["not_names"]),
        event_words=frozenset(raw["event_words"]),
        participant_words=frozenset(raw["participant_words"]),
        not_body_heads=frozenset(raw["not_body_heads"]),
        title_cues=tuple(tuple(cue.split()) for cue in raw["title_cues"]),
        title_nouns=dict(raw["title_nouns"]),
        auxiliary_words=frozenset(raw["auxiliary_words"]),
        modifier_heads=frozenset(raw["modifier_heads"]),
        singular_s_words=frozenset(raw["singular_s_words"]),
        not_title_starts=frozenset(raw["not_title_starts"]),
        country_glue_heads=frozenset(raw["country_glue_heads"]),
        romance_adjectives=frozenset(raw["romance_adjectives"]),
        romance_connectors=frozenset(raw["romance_connectors"]),
        **extra,
    )


def _bodies_of(name: str, language: str = "en") -> tuple[KnownBody, ...]:
    return tuple(
        KnownBody(
            name=entry["name"],
            acronym=entry.get("acronym"),
            aliases=tuple(entry.get("aliases", ())),
            label=entry["label"],
            kind=entry["kind"],
            country=entry.get("country"),
            language=language,
        )
        for entry in data_json(name)["entries"]
    )


@cache
def known_bodies(language: str = "en") -> tuple[KnownBody, ...]:
    """The entries of ``organisations.json`` in file order; for Spanish and French, the
    language's entries first (their names win a shared acronym or alias)."""
    english = _bodies_of("organisations.json")
    if language == "en":
        return english
    return _bodies_of(f"languages/{language}/organisations.json", language) + english


@cache
def known_by_key(language: str = "en") -> dict[str, KnownBody]:
    """Every folded written form of a known body -> the body (first entry wins)."""
    table: dict[str, KnownBody] = {}
    for body in known_bodies(language):
        for form in body.forms():
            table.setdefault(fold(form), body)
    return table
