"""The words the DATE judgements read (names, coordination, sentences), per language.

Built once per language from :mod:`.vocab`: the paragraph-level judgements of the component
compare a word with these sets and never touch the data files themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...resources import data_json
from .vocab import fold, month_names, phrases, vocabulary, words


def sentence_end(extra: str = "") -> str:
    """A sentence end: a stop before a capital (``extra``: the language's other capitals)."""
    return rf"[.;!?]\s+(?=[A-Z(\"“{re.escape(extra)}])|\n"


@dataclass(frozen=True)
class Lexicon:
    """One language's word sets and the patterns built from them."""

    language: str
    months: dict[str, int]
    sets: dict[str, frozenset[str]]  # the data's word lists and "units", case-folded
    appositive: bool  # a year right after a lowercase word is a title ("drogues 2017")
    elided: tuple[str, ...]
    sentence_end: re.Pattern[str]
    respectively_after: re.Pattern[str]
    respectively_before: re.Pattern[str]
    joined: dict[str, re.Pattern[str]]

    def month(self, text: str | None) -> int:
        """The number of the month named ``text``, 0 if it names none."""
        return self.months.get(fold(text or ""), 0)

    def has(self, key: str, word: str) -> bool:
        """Whether ``word`` is one of the data's ``key`` words."""
        return fold(word) in self.sets[key]

    def is_and(self, connector: str | None) -> bool:
        """Whether a range connector is the coordinating "and" ("y", "et")."""
        return fold(connector or "") in self.sets["and_words"]

    def base(self, word: str) -> str:
        """``word`` without an elided article or preposition ("l'année" -> "année")."""
        folded = word.replace("’", "'")
        for prefix in self.elided:
            if folded.casefold().startswith(prefix) and len(folded) > len(prefix):
                return word[len(prefix) :]
        return word


_SET_KEYS = (
    "temporal_words",
    "determiners",
    "attributive_time_nouns",
    "name_nouns_after",
    "name_prefix_words",
    "identifier_words_before",
    "and_words",
    "respectively",
    "of_words",
)


@cache
def lexicon(language: str = "en") -> Lexicon:
    """The :class:`Lexicon` of ``language`` (built once per process)."""
    vocab = vocabulary(language)
    units: dict[str, str] = data_json("quantities.json")["units"]
    joined: dict[str, list[str]] = vocab["joined_periods"]
    coordinators = words([*vocab["and_words"], *vocab["respectively"]])
    return Lexicon(
        language=language,
        months={fold(name): number for name, number in month_names(language).items()},
        sets={
            **{key: frozenset(fold(w) for w in vocab.get(key, ())) for key in _SET_KEYS},
            "units": frozenset(fold(u) for u in [*units, *vocab.get("unit_words", ())]),
        },
        appositive=bool(vocab.get("appositive_year_is_name")),
        elided=tuple(fold(p) for p in vocab.get("elided_prefixes", ())),
        sentence_end=re.compile(sentence_end(vocab.get("sentence_start_extra", ""))),
        respectively_after=re.compile(rf"\b(?:{coordinators})\b"),
        respectively_before=re.compile(
            rf"\b(?:{words(vocab['respectively'])}),?\s+"
            rf"(?:(?:{words(vocab['respectively_preps'])})\s+)?$"
        ),
        joined={
            fold(opener): re.compile(rf"\s+(?i:{phrases(connectors)})\s+")
            for opener, connectors in joined.items()
        },
    )
