"""The DATE vocabulary of each language, read from data files.

English reads ``data/dates.json``; Spanish and French ``data/languages/<lang>/dates.json``, with the
same keys, so that one grammar and one set of judgements serve every language. A language without
data is read as English (an unknown ``nlp.lang`` must not make the pipeline raise).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

import regex

from ...resources import data_json

LANGUAGES = ("en", "es", "fr")
APOSTROPHES = "['’]"


def language_of(code: str) -> str:
    """The language whose data a pipeline of ``nlp.lang == code`` reads."""
    return code if code in LANGUAGES else "en"


@cache
def vocabulary(language: str = "en") -> dict[str, Any]:
    """The parsed DATE data of ``language``."""
    code = language_of(language)
    name = "dates.json" if code == "en" else f"languages/{code}/dates.json"
    data: dict[str, Any] = data_json(name)
    return data


def words(items: Iterable[str]) -> str:
    """An alternation of words/phrases, longest first, inner spaces matching any white space."""
    ordered = sorted(set(items), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", " ").replace(" ", r"\s+") for w in ordered)


def phrases(items: Iterable[str]) -> str:
    """:func:`words`, an apostrophe in a word matching the straight and the typographic one."""
    return words(item.replace("’", "'") for item in items).replace("'", APOSTROPHES)


def fold(text: str) -> str:
    """The form words are compared in: case-folded, one apostrophe, single spaces."""
    return " ".join(text.casefold().replace("’", "'").split())


@cache
def month_names(language: str, bare: bool = False) -> dict[str, int]:
    """Month name -> number as the grammar matches them (case-sensitive).

    The names as written in the data; with ``capitalised_months`` also their capitalised and
    upper-case forms ("Octubre" in a title, "OCTUBRE" in a heading), except for a month named
    alone (``bare``): "en Mayo" may be a name.
    """
    vocab = vocabulary(language)
    names: dict[str, int] = dict(vocab["months"])
    if vocab.get("capitalised_months") and not bare:
        written = list(names.items())
        names.update({name[:1].upper() + name[1:]: number for name, number in written})
        names.update({name.upper(): number for name, number in written})
    return names


def opener_words(language: str) -> list[str]:
    """The words before an anchor where a DATE may start (see anchored.py).

    A word with an apostrophe ("l'", "jusqu'en") also opens at its part before the apostrophe:
    the anchored scanner reads "l'exercice" as the words "l" and "exercice".
    """
    vocab = vocabulary(language)
    the_words = [
        *(phrase.split()[0] for phrase in vocab["period_nouns"]),
        *vocab["halves"],
        *vocab["quarters"],
    ]
    openers = [
        *vocab["opening_words"],
        *vocab["month_prepositions"],
        *vocab["span_triggers"],
        *vocab["range_from"],
        *the_words,
        *(f"{det} {word}" for det in vocab["opener_determiners"] for word in the_words),
    ]
    elided = [word.replace("’", "'").split("'")[0] for word in openers if "'" in word]
    return [*openers, *(word for word in elided if word)]
