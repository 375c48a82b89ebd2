"""One language's QUANTITY vocabulary: its data file and the small patterns built from it.

English reads ``data/quantities.json``; Spanish and French read
``data/languages/<lang>/quantities.json`` with the same keys, so the grammar and the judgement
of items run unchanged on every language and only the words differ. A language without a file
(``spacy.blank("de")``) reads English's. Everything is built once per language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ...resources import data_json
from ..dates.grammar import words

LANGUAGES = ("en", "es", "fr")


def language_for(lang: str) -> str:
    """The language whose rules a pipeline of ``nlp.lang == lang`` uses."""
    return lang if lang in LANGUAGES else "en"


@cache
def vocabulary(language: str = "en") -> dict[str, Any]:
    """The parsed quantity data of ``language``."""
    name = "quantities.json" if language == "en" else f"languages/{language}/quantities.json"
    data: dict[str, Any] = data_json(name)
    return data


@cache
def wordset(language: str, key: str) -> frozenset[str]:
    """The case-folded words of ``key`` (an empty set where the language has none)."""
    return frozenset(w.casefold() for w in vocabulary(language).get(key, ()))


def head_first(language: str) -> bool:
    """Whether counted nouns come before their adjectives ("laboratorios clandestinos")."""
    return bool(vocabulary(language).get("head_first", False))


def canonical(language: str, key: str, word: str | None) -> str:
    """The English word of a range word ("entre" -> "between", "y" -> "and"); "" for None."""
    folded = " ".join((word or "").casefold().split())
    mapping: dict[str, str] = vocabulary(language).get(key, {})
    return mapping.get(folded, folded)


def _alternation(language: str, key: str) -> str:
    return words(vocabulary(language).get(key, ()))


@dataclass(frozen=True)
class Phrases:
    """The compiled word patterns the item and context rules use for one language."""

    list_filler: re.Pattern[str]
    clause_break: re.Pattern[str]
    leading_determiner: re.Pattern[str]
    subject_end: re.Pattern[str]
    of: re.Pattern[str]
    partitive: re.Pattern[str] | None
    scaled: re.Pattern[str]
    dated_gap: re.Pattern[str]
    dated_to: re.Pattern[str]
    scale_linker: re.Pattern[str] | None  # "1,5 millones de personas": "de" after a scale


def _of_pattern(language: str) -> str:
    elisions = vocabulary(language).get("of_elisions", ())
    elided = f"|(?:{words(elisions)})" if elisions else ""
    return rf"\s+(?:(?:{_alternation(language, 'of_words')})\s+{elided})"


@cache
def phrases(language: str) -> Phrases:
    """The patterns of ``language`` (compiled once)."""

    def w(key: str) -> str:
        return _alternation(language, key)

    partitive = vocabulary(language).get("partitive_determiners")
    of = re.compile(_of_pattern(language))
    return Phrases(
        list_filler=re.compile(rf"^(?:\d[\w./()-]*|{w('list_fillers')})$", re.IGNORECASE),
        clause_break=re.compile(rf"[.;:,()]|\b(?:{w('clause_break_words')})\s", re.IGNORECASE),
        leading_determiner=re.compile(rf"^(?:{w('leading_determiners')})\s+", re.IGNORECASE),
        subject_end=re.compile(rf"\s+(?:{w('subject_end_words')})\s", re.IGNORECASE),
        of=of,
        partitive=re.compile(rf"\s+(?:{w('of_words')})\s+(\w+)\s+") if partitive else None,
        scaled=re.compile(rf"\d\s+(?i:{w('scaled_words')})$"),
        dated_gap=re.compile(rf"\s+(?:{w('dated_gap_words')})\s+", re.IGNORECASE),
        dated_to=re.compile(rf"\s+(?:{w('dated_to_words')})\s+", re.IGNORECASE),
        scale_linker=of if vocabulary(language).get("scale_of") else None,
    )
