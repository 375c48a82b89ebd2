"""A paragraph's words with the word classes every rule asks about (name word, head noun,
capitalised run) and the places the country component found."""

from __future__ import annotations

from collections.abc import Callable

from .data import Patterns
from .words import Word

CountryAt = Callable[[int, int], str | None]
"""(first word, end word) -> iso3 when exactly those words name a country."""
PlaceEnd = Callable[[int], tuple[int, str] | None]
"""First word -> (end word, iso3) of a place starting there, or None."""


class WordView:
    """One document's words, read by the name grammar and the rules."""

    def __init__(
        self,
        text: str,
        words: list[Word],
        patterns: Patterns,
        country_at: CountryAt,
        country_end: PlaceEnd,
        city_end: PlaceEnd | None = None,
        demonym_end: PlaceEnd | None = None,
    ) -> None:
        self.text = text
        self.words = words
        self.p = patterns
        self.country_at = country_at
        self.country_end = country_end
        self.city_end = city_end or (lambda index: None)
        self.demonym_end = demonym_end or (lambda index: None)
        self.n = len(words)
        self.names = [word.cap and word.text[:1].isalpha() for word in words]
        """Per word, whether it can be part of a name (asked several times per word)."""
        self.run_end = _run_ends(self)

    def base(self, index: int) -> str:
        """The last hyphen part of a word, lower case ("Vice-Ministry" -> "ministry")."""
        return self.words[index].lower.rsplit("-", 1)[-1]

    def nameword(self, index: int) -> bool:
        """A capitalised word that can be part of a name."""
        return 0 <= index < self.n and self.names[index]

    def is_head(self, index: int) -> bool:
        """A capitalised head noun of an agency or programme name."""
        if not self.nameword(index):
            return False
        base = self.base(index)
        return base in self.p.agency_heads or base in self.p.programme_heads

    def text_is(self, index: int, *values: str) -> bool:
        """Whether word ``index`` exists and its text is one of ``values``."""
        return 0 <= index < self.n and self.words[index].text in values

    def has_acronym(self, start: int, end: int) -> bool:
        """Whether words ``[start, end)`` hold an acronym (the name of another body)."""
        return any(self.words[i].acronym for i in range(start, end))

    def joined(self, first: int, end: int) -> str:
        """The words ``[first, end)`` joined by single spaces."""
        return " ".join(self.words[i].text for i in range(first, end))

    def span_text(self, first: int, end: int) -> str:
        """The text from word ``first`` to word ``end - 1``, as written."""
        return self.text[self.words[first].start : self.words[end - 1].end]


def _run_ends(view: WordView) -> list[int]:
    """Per word, the end of the capitalised run it starts (a possessive ends a run unless
    a head follows: "Prosecutor's Office")."""
    ends = list(range(1, view.n + 1))
    names, words = view.names, view.words
    for index in range(view.n - 2, -1, -1):
        if (
            names[index]
            and names[index + 1]
            and (not words[index].possessive or view.is_head(index + 1))
        ):
            ends[index] = ends[index + 1]
    return ends
