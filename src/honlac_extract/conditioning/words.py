"""A language's words that rules share: ordinals, month names, language and region names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .ordinals import OrdinalGrammar, alternation, ordinal_grammar, unaccented


@dataclass(frozen=True)
class LanguageWords:
    """Word tables of one language and the regex alternations built from them."""

    ordinals: OrdinalGrammar
    months: tuple[str, ...]
    month_numbers: dict[str, int]
    month_pattern: str
    language_names: dict[str, str]
    language_pattern: str
    region_names: dict[str, str]

    def month_number(self, month: str) -> int:
        """1-12 for a month name as printed (any case, with or without accents)."""
        return self.month_numbers[unaccented(month.lower())]

    def language_name(self, word: str) -> str:
        """The English name of a language as printed ("inglés" -> "English")."""
        return self.language_names.get(unaccented(word.lower()), word)

    def region_name(self, printed: str) -> str:
        """The region as the English notes name it ("América Latina y el Caribe" -> "Latin
        America and the Caribbean")."""
        return self.region_names.get(printed, printed)


def _forms(entry: str | list[str]) -> list[str]:
    return [entry] if isinstance(entry, str) else entry


def _month_pattern(months: list[str | list[str]], ignore_case: bool) -> str:
    forms = [f for m in months for f in _forms(m)]
    forms += [unaccented(f) for f in forms if unaccented(f) != f]
    pattern = alternation(list(dict.fromkeys(forms)))
    return f"(?i:{pattern})" if ignore_case else pattern


def region_entries(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(printed name, body, English name) of each region, and each again without accents
    ("Africa" in a Spanish note that lost the accent of "África")."""
    entries: list[tuple[str, str, str]] = []
    for entry in data["regions"]:
        literal = " ".join(entry["literal"].split())
        for form in dict.fromkeys([literal, unaccented(literal)]):
            entries.append((form, entry["body"], entry.get("region", literal)))
    return entries


def language_words(data: dict[str, Any]) -> LanguageWords:
    """The tables of a language's structure rules data (``ordinals``, ``months``, ...)."""
    months: list[str | list[str]] = data["months"]
    numbers: dict[str, int] = {}
    for number, entry in enumerate(months, start=1):
        for form in _forms(entry):
            numbers.setdefault(unaccented(form.lower()), number)
    names: dict[str, str] = data.get("language_names", {})
    spoken = [*names, *(unaccented(k) for k in names)]
    regions = {literal: region for literal, _, region in region_entries(data)}
    return LanguageWords(
        ordinals=ordinal_grammar(data["ordinals"]),
        months=tuple(_forms(m)[0] for m in months),
        month_numbers=numbers,
        month_pattern=_month_pattern(months, bool(data.get("months_ignore_case"))),
        language_names={unaccented(k.lower()): v for k, v in names.items()},
        language_pattern=f"(?i:{alternation(spoken)})" if names else "(?!)",
        region_names=regions,
    )
