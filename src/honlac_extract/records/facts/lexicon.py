"""The activity lexicon of data/facts.json as compiled patterns: surface form -> activity key.

Spanish and French notes read their own words (``data/languages/<lang>/facts.json``) for the
same English activity keys; the patterns are built once per language.

One alternation per word list (longest forms first, word boundaries, any white space between
the words of a form), compiled once, so a sentence is scanned in one linear pass per list.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, NamedTuple

from ...resources import data_json


@cache
def facts_data(language: str = "en") -> dict[str, Any]:
    """data/facts.json, with the words of ``data/languages/<lang>/facts.json`` for Spanish and
    French: a key there replaces English's, "linking" key by key; "item_nouns" add to English's
    (an item may be written in English: "talleres" reads "workshops")."""
    data: dict[str, Any] = dict(data_json("facts.json"))
    if language not in ("es", "fr"):
        return data
    own: dict[str, Any] = data_json(f"languages/{language}/facts.json")
    for key, value in own.items():
        if key == "linking":
            data[key] = {**data[key], **value}
        elif key == "item_nouns":
            data[key] = {
                k: [*data[key].get(k, []), *value.get(k, [])] for k in {*data[key], *value}
            }
        elif not key.startswith("_"):
            data[key] = value
    return data


def _fold(form: str) -> str:
    return " ".join(form.lower().split())


def _alternation(forms: list[str]) -> re.Pattern[str]:
    """One pattern for ``forms``, longest first, grouped by first letter: the engine tries
    only the forms that start with the letter at hand (a flat alternation of every form was
    most of the facts stage's time on Spanish and French notes, whose lexicons are larger)."""
    ordered = sorted({_fold(f) for f in forms}, key=lambda f: (-len(f), f))
    by_first: dict[str, list[str]] = {}
    for form in ordered:
        words = r"\s+".join(re.escape(w) for w in form.split())
        by_first.setdefault(form[0], []).append(words[len(re.escape(form[0])) :])
    body = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items())
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _keys(table: Mapping[str, list[str]]) -> dict[str, str]:
    return {_fold(form): key for key, forms in sorted(table.items()) for form in forms}


class Cue(NamedTuple):
    """A lexicon word found in a text: its activity key and ``[start, end)`` in that text (a
    named tuple: made twice per activity word of every sentence)."""

    key: str
    start: int
    end: int


@dataclass(frozen=True)
class _Lexicon:
    """One language's word lists, compiled."""

    activity_keys: dict[str, str]
    activity: re.Pattern[str]
    item_keys: dict[str, str]
    item: re.Pattern[str]
    assist_verb: re.Pattern[str]
    assist_noun: re.Pattern[str]


@cache
def _lexicon(language: str) -> _Lexicon:
    data = facts_data(language)
    activity_keys, item_keys = _keys(data["activities"]), _keys(data["item_nouns"])
    return _Lexicon(
        activity_keys,
        _alternation(list(activity_keys)),
        item_keys,
        _alternation(list(item_keys)),
        _alternation(data["assistance"]["verbs"]),
        _alternation(data["assistance"]["nouns"]),
    )


_DATA = facts_data()
ACTIVITY_KEYS: tuple[str, ...] = tuple(sorted({*_DATA["activities"], *_DATA["item_nouns"]}))
"""Every activity key the lexicon knows: the vocabulary of ``Fact.activity``."""
ASSIST_KEY = "assist"


def activity_words(
    text: str, start: int = 0, end: int | None = None, language: str = "en"
) -> list[tuple[str, int, int]]:
    """Every activity word of ``text[start:end]``, in order, as (activity key, start, end)
    (plain tuples, a list: the caller makes the :class:`Cue` of each, in ``Note.text``)."""
    lexicon = _lexicon(language)
    keys = lexicon.activity_keys
    return [
        (keys[_key_form(match.group())], match.start(), match.end())
        for match in lexicon.activity.finditer(text, start, len(text) if end is None else end)
    ]


@lru_cache(maxsize=4096)
def _key_form(surface: str) -> str:
    """:func:`_fold` of a matched activity word (remembered: a note repeats a few words)."""
    return _fold(surface)


@lru_cache(maxsize=4096)
def item_activity(item: str | None, language: str = "en") -> str | None:
    """The activity a quantity's item names by itself ("workshops" -> hold), else None
    (remembered: a note counts the same few items again and again)."""
    if not item:
        return None
    lexicon = _lexicon(language)
    match = lexicon.item.search(item)
    return lexicon.item_keys[_fold(match.group())] if match else None


def assistance_cue(text: str, start: int, end: int, language: str = "en") -> Cue | None:
    """The "provided ... assistance" pattern in ``text[start:end]``: the verb's span, or None.

    The noun must follow the verb within five words ("provided legal and technical
    assistance", "continued to provide support").
    """
    lexicon = _lexicon(language)
    for verb in lexicon.assist_verb.finditer(text, start, end):
        window = text[verb.end() : min(end, verb.end() + 60)]
        noun = lexicon.assist_noun.search(window)
        if noun is not None and len(window[: noun.start()].split()) <= 4:
            return Cue(ASSIST_KEY, verb.start(), verb.end())
    return None
