"""Words: tokens re-joined across hyphens and slashes, possessives folded in.

The name grammar reads these rather than spaCy's tokens: one C-level regex pass is faster, and
list forms and text split alike whatever the spacing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ...resources import data_json
from ..acronyms import is_acronym

_PARTICIPLES = "|".join(
    sorted(
        data_json("organisation_patterns.json")["attributive_participles"], key=len, reverse=True
    )
)
_WORD = re.compile(
    rf"(\w+(?:[-/\u2010\u2011](?!(?:{_PARTICIPLES})\b)\w+)*|[^\w\s])"
    r"((?<=\w)['\u2019]s(?!\w)|(?<=s)['\u2019](?=[ \u00a0]+[A-Z]))?"
)
"""A word (parts joined by hyphens or slashes, then an optional possessive: "Prosecutor's",
or a plural one before a capitalised word: "Prosecutors' Office") or one mark (group 1 either
way; a possessive only follows a word). A hyphen before an attributive participle splits
("European Union-funded": the funder, then "-funded"), so a funder never glues onto the name
it qualifies. Linear: the separators inside a word are never word characters."""


class Word(NamedTuple):
    """A word of the text: tokens joined across hyphens and slashes ("Attorney-General",
    "HIV/AIDS"), a possessive "'s" folded in; a punctuation mark is a word of its own."""

    text: str
    lower: str
    start: int
    end: int
    cap: bool
    acronym: bool
    possessive: bool


_CLASSES: dict[str, tuple[str, bool, bool]] = {}
"""Word text -> (lower case, capitalised, acronym): a note repeats its words, and these cost
more than a look-up. Bounded by :data:`_MOST_CLASSES` (emptied when full: the values depend on
the text alone, so output never depends on what the table holds)."""
_MOST_CLASSES = 20_000


def _classes(word: str) -> tuple[str, bool, bool]:
    if len(_CLASSES) >= _MOST_CLASSES:
        _CLASSES.clear()
    cap = word[:1].isupper()
    acronym = cap and len(word) <= 10 and word.isupper() and is_acronym(word)
    classes = _CLASSES[word] = (word.lower(), cap, acronym)
    return classes


def words_of(text: str) -> list[Word]:
    """The words of ``text`` in order (one C-level regex pass: faster than reading tokens)."""
    words: list[Word] = []
    append = words.append
    known = _CLASSES.get
    make = tuple.__new__  # skips NamedTuple's keyword handling: this loop runs per word
    for match in _WORD.finditer(text):
        word, possessive = match.group(1, 2)
        start = match.start()
        lower, cap, acronym = known(word) or _classes(word)
        append(
            make(
                Word, (word, lower, start, start + len(word), cap, acronym, possessive is not None)
            )
        )
    return words


def squash(text: str) -> str:
    """White space runs to one space."""
    return " ".join(text.split())
