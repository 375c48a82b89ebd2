"""The head-first grammar's own words for Spanish and French (``romance`` section of
``data/languages/<lang>/organisations_grammar.json``), and the word tests built on them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from ..data import Patterns, _grammar, patterns
from ..view import WordView


@dataclass(frozen=True)
class RomanceWords:
    """Connectors, articles and adjectives of a language whose modifiers follow the head."""

    p: Patterns
    connectors: frozenset[str]
    coordinators: frozenset[str]
    seat_words: frozenset[str]
    seat_only_words: frozenset[str]
    place_nouns: frozenset[str]
    """Lower-case nouns of places that a programme's place joins ("et les pays voisins")."""
    compound_connectors: tuple[tuple[str, ...], ...]
    """Locutions that work as one connector ("en materia de", "en matière de")."""
    lowercase_connectors: frozenset[str]
    lowercase_segments: int
    long_form_connectors: frozenset[str]
    indefinite_articles: frozenset[str]
    adjectives: frozenset[str]
    adjective_suffixes: tuple[str, ...]
    participle_suffixes: tuple[str, ...]
    quotes_open: frozenset[str]
    quotes_close: frozenset[str]
    max_long_form: int
    programme_words: dict[str, str]
    long_form_breaks: frozenset[str]
    possessives: frozenset[str]
    infinitive_endings: tuple[str, ...]
    """Lower-case words a long form read back from its acronym never holds ("qui", "dans")."""

    def is_adjective(self, view: WordView, index: int, participles: bool = False) -> bool:
        """A lower-case adjective ("nationale", "aéroportuaire", "antinarcotiques"); with
        ``participles``, a past participle too (after a noun: "crime organisé")."""
        if not 0 <= index < view.n:
            return False
        text = view.words[index].text
        if not text.islower() or not text[:1].isalpha() or text in self.p.function_words:
            return False
        if text in self.adjectives:
            return True
        place = view.demonym_end(index)  # "turque", "nigériane": a demonym as adjective
        if place is not None and place[0] == index + 1:
            return True
        suffixes = self.adjective_suffixes + (self.participle_suffixes if participles else ())
        return len(text) > 4 and text.endswith(suffixes)

    def compound_end(self, view: WordView, index: int) -> int | None:
        """The index of the last word of a locution starting at ``index`` ("de" of "en
        materia de"), or None."""
        for words in self.compound_connectors:
            end = index + len(words)
            if end <= view.n and all(
                view.words[index + k].lower == word for k, word in enumerate(words)
            ):
                return end - 1
        return None

    def skip_articles(self, view: WordView, index: int) -> int:
        """The first word at or after ``index`` that is not an article or an elision mark."""
        while 0 <= index < view.n and (
            view.words[index].lower in self.p.articles or view.words[index].text in self.p.elisions
        ):
            index += 1
        return index

    def introducer(self, view: WordView, index: int) -> int:
        """The word before ``index`` once articles and elision marks are passed, or -1."""
        at = index - 1
        while at >= 0 and (
            view.words[at].text in self.p.elisions or view.words[at].lower in self.p.articles
        ):
            at -= 1
        return at


@cache
def romance_words(language: str) -> RomanceWords:
    """The words of ``language`` ("es" or "fr")."""
    raw = _grammar(language)["romance"]
    return RomanceWords(
        p=patterns(language),
        connectors=frozenset(raw["connectors"]),
        coordinators=frozenset(raw["coordinators"]),
        seat_words=frozenset(raw["seat_words"]),
        seat_only_words=frozenset(raw["seat_only_words"]),
        place_nouns=frozenset(raw["place_nouns"]),
        compound_connectors=tuple(tuple(c.split()) for c in raw["compound_connectors"]),
        lowercase_connectors=frozenset(raw["lowercase_connectors"]),
        lowercase_segments=int(raw["lowercase_segments"]),
        long_form_connectors=frozenset(raw["long_form_connectors"]),
        indefinite_articles=frozenset(raw["indefinite_articles"]),
        adjectives=frozenset(raw["adjectives"]),
        adjective_suffixes=tuple(raw["adjective_suffixes"]),
        participle_suffixes=tuple(raw["participle_suffixes"]),
        quotes_open=frozenset(raw["quotes_open"]),
        quotes_close=frozenset(raw["quotes_close"]),
        max_long_form=int(raw["max_long_form"]),
        programme_words=dict(raw["programme_words"]),
        long_form_breaks=frozenset(raw["long_form_breaks"]),
        possessives=frozenset(raw["possessives"]),
        infinitive_endings=tuple(raw["infinitive_endings"]),
    )


def initial(text: str) -> str:
    """The first letter of a word, lower case, accents removed ("États" -> "e")."""
    decomposed = unicodedata.normalize("NFKD", text[:1].lower())
    return decomposed[:1]


def initials_spell(letters: list[str], view: WordView, first: int, end: int) -> bool:
    """Whether the initials of words ``[first, end)`` spell ``letters`` in order, the first
    word's initial first (greedy: a subsequence test, accents ignored; each part of a
    hyphenated word has its initial)."""
    if first >= end or initial(view.words[first].text) != letters[0]:
        return False
    position = 1
    for index in range(first, end):
        parts = view.words[index].text.split("-")  # "anti-trafics": a, t
        for part in parts[1:] if index == first else parts:
            if position < len(letters) and part and initial(part) == letters[position]:
                position += 1
    return position == len(letters)
