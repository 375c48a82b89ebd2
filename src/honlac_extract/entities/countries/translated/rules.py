"""The per-language rule file ``data/languages/<lang>/country_rules.json``, read once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ....resources import data_json, data_text


def data_path(language: str, name: str) -> str:
    """The data-relative path of a file of ``language``'s country data."""
    return f"languages/{language}/{name}"


def language_rows(language: str, name: str) -> list[list[str]]:
    """Non-comment, non-blank TSV rows of one of ``language``'s data files."""
    found = []
    for line in data_text(data_path(language, name)).splitlines():
        if line.strip() and not line.startswith("#"):
            found.append([cell.strip() for cell in line.split("\t")])
    return found


@dataclass(frozen=True)
class LanguageRules:
    """What ``country_rules.json`` of one language says (its ``_doc`` explains each list)."""

    raw: dict[str, Any]
    of_particles: tuple[str, ...]
    leading_articles: tuple[str, ...]
    blocked: frozenset[str]
    respelling_exceptions: frozenset[str]
    paradigms: dict[str, tuple[str, ...]]
    adjective_words: frozenset[str]

    def words(self, key: str) -> frozenset[str]:
        """One of the word lists of the file, as a set."""
        return frozenset(self.raw.get(key, ()))


@cache
def language_rules(language: str) -> LanguageRules | None:
    """The rules of ``language``, or None when it has no country data of its own."""
    try:
        raw: dict[str, Any] = data_json(data_path(language, "country_rules.json"))
    except (FileNotFoundError, NotADirectoryError, ValueError):
        return None
    return LanguageRules(
        raw=raw,
        of_particles=tuple(raw["of_particles"]),
        leading_articles=tuple(raw.get("leading_articles", ())),
        blocked=frozenset(raw.get("blocked_forms", ())),
        respelling_exceptions=frozenset(raw.get("respelling_exceptions", ())),
        paradigms={key: tuple(value) for key, value in raw["demonym_paradigms"].items()},
        adjective_words=frozenset(word.lower() for word in raw.get("adjective_words", ())),
    )
