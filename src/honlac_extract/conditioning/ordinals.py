"""Ordinal number words ("Twenty-seventh", "vigésima séptima", "quarante et unième") by grammar.

An ordinal is up to ``max_prefixes`` number words (tens, or a ten and a unit: "quatre-vingt",
"dix") each followed by a joiner, then one final ordinal word. The words of each language are
data (``structure_rules.json`` and ``languages/<lang>/structure_rules.json``); the grammar
composes 1-99 from them, so no list of 99 strings is kept. Variants are derived by rule: each
word without its accents (damaged text), and in Spanish the feminine ("vigésima") and the
stem a joined form elides before a vowel ("vigesim-octavo").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any


def alternation(words: list[str]) -> str:
    """A regex alternation of literal ``words``, longest first so none shadows a longer one."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def unaccented(word: str) -> str:
    """``word`` without combining accents ("vigésimo" -> "vigesimo")."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _variants(words: dict[str, int], endings: list[list[str]]) -> dict[str, int]:
    """``words`` with the forms derived by rule: other endings (gender), then no accents."""
    out = {word.lower(): value for word, value in words.items()}
    for word, value in list(out.items()):
        for old, new in endings:
            if word.endswith(old):
                out.setdefault(word[: -len(old)] + new, value)
    for word, value in list(out.items()):
        out.setdefault(unaccented(word), value)
    return out


@dataclass(frozen=True)
class OrdinalGrammar:
    """The ordinal words of one language and how they compose."""

    finals: dict[str, int]
    prefixes: dict[str, int]
    joiner: re.Pattern[str]
    max_prefixes: int
    pattern: str
    longest_first: tuple[str, ...] = ()  # the prefixes, longest first ("quatre-vingts")

    def value(self, words: str, depth: int | None = None) -> int | None:
        """The number of an ordinal such as "Twenty-seventh", "vigesimoséptima" or "27th"."""
        words = words.lower()
        if words[:1].isdigit():
            digits = re.match(r"\d+", words)
            return int(digits.group()) if digits else None
        if words in self.finals:
            return self.finals[words]
        depth = self.max_prefixes if depth is None else depth
        if depth <= 0:
            return None
        for prefix in self.longest_first:
            if not words.startswith(prefix):
                continue
            joiner = self.joiner.match(words, len(prefix))
            rest = self.value(words[joiner.end() :], depth - 1) if joiner else None
            if rest is not None:
                return self.prefixes[prefix] + rest
        return None


def ordinal_grammar(data: dict[str, Any]) -> OrdinalGrammar:
    """Build the grammar from a language's ``ordinals`` entry.

    English data has ``units``/``teens``/``tens`` and ``tens_prefixes`` (the seed's layout);
    other languages add ``joiner`` (a regex), ``max_prefixes``, ``numeric`` (the "27th" form),
    ``endings`` (derived forms) and ``elide_before_vowel``.
    """
    endings: list[list[str]] = data.get("endings", [])
    finals = _variants({**data["units"], **data["teens"], **data["tens"]}, endings)
    prefixes = _variants(data["tens_prefixes"], endings)
    if data.get("elide_before_vowel"):
        for word, value in list(prefixes.items()):
            if word[-1:] in "aeiou":
                prefixes.setdefault(word[:-1], value)
    joiner: str = data.get("joiner", "[-‐‑– ]")
    numeric: str = data.get("numeric", r"\d{1,3}(?:st|nd|rd|th)")
    max_prefixes = int(data.get("max_prefixes", 1))
    repeat = "?" if max_prefixes == 1 else f"{{0,{max_prefixes}}}"
    prefix = f"(?:(?:{alternation(list(prefixes))}){joiner}){repeat}"
    pattern = rf"(?i:\b{prefix}(?:{alternation(list(finals))})\b|\b{numeric}(?!\w))"
    if "numeric" not in data:  # English: exactly the seed's pattern
        pattern = rf"(?i:\b{prefix}(?:{alternation(list(finals))})\b|\b{numeric}\b)"
    longest = tuple(sorted(prefixes, key=lambda w: (-len(w), w)))
    return OrdinalGrammar(finals, prefixes, re.compile(joiner), max_prefixes, pattern, longest)
