"""The activity lexicon of data/facts.json as compiled patterns: surface form -> activity key.

One alternation per word list (longest forms first, word boundaries, any white space between
the words of a form), compiled once, so a sentence is scanned in one linear pass per list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from ...resources import data_json

_DATA = data_json("facts.json")


def _fold(form: str) -> str:
    return " ".join(form.lower().split())


def _alternation(forms: list[str]) -> re.Pattern[str]:
    ordered = sorted({_fold(f) for f in forms}, key=lambda f: (-len(f), f))
    body = "|".join(r"\s+".join(re.escape(w) for w in form.split()) for form in ordered)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _keys(table: Mapping[str, list[str]]) -> dict[str, str]:
    return {_fold(form): key for key, forms in sorted(table.items()) for form in forms}


@dataclass(frozen=True)
class Cue:
    """A lexicon word found in a text: its activity key and ``[start, end)`` in that text."""

    key: str
    start: int
    end: int


_ACTIVITY_KEYS = _keys(_DATA["activities"])
_ACTIVITY = _alternation(list(_ACTIVITY_KEYS))
_ITEM_KEYS = _keys(_DATA["item_nouns"])
_ITEM = _alternation(list(_ITEM_KEYS))
_ASSIST_VERB = _alternation(_DATA["assistance"]["verbs"])
_ASSIST_NOUN = _alternation(_DATA["assistance"]["nouns"])
ACTIVITY_KEYS: tuple[str, ...] = tuple(sorted({*_DATA["activities"], *_DATA["item_nouns"]}))
"""Every activity key the lexicon knows: the vocabulary of ``Fact.activity``."""
ASSIST_KEY = "assist"


def activity_cues(text: str, start: int = 0, end: int | None = None) -> Iterator[Cue]:
    """Every activity word of ``text[start:end]``, in order."""
    for match in _ACTIVITY.finditer(text, start, len(text) if end is None else end):
        yield Cue(_ACTIVITY_KEYS[_fold(match.group())], match.start(), match.end())


def item_activity(item: str | None) -> str | None:
    """The activity a quantity's item names by itself ("workshops" -> hold), else None."""
    if not item:
        return None
    match = _ITEM.search(item)
    return _ITEM_KEYS[_fold(match.group())] if match else None


def assistance_cue(text: str, start: int, end: int) -> Cue | None:
    """The "provided ... assistance" pattern in ``text[start:end]``: the verb's span, or None.

    The noun must follow the verb within five words ("provided legal and technical
    assistance", "continued to provide support").
    """
    for verb in _ASSIST_VERB.finditer(text, start, end):
        window = text[verb.end() : min(end, verb.end() + 60)]
        noun = _ASSIST_NOUN.search(window)
        if noun is not None and len(window[: noun.start()].split()) <= 4:
            return Cue(ASSIST_KEY, verb.start(), verb.end())
    return None
