"""The walk over a paragraph's parentheses that hands each short form to the rules."""

from __future__ import annotations

from ...acronyms import capitals, is_acronym
from ..data import KnownBody
from ..found import Found
from ..view import WordView
from ..words import Word
from .define import define
from .head_last import head_last
from .headfirst import elided_head, head_first
from .headless import headless
from .reverse import reverse
from .spelled import spelled

_SHORT_REACH = 16
"""Most words from "(" to its ")" for a short form."""


class DefinitionRules:
    """Finds acronym definitions among pattern and list names."""

    def __init__(self, by_key: dict[str, KnownBody]) -> None:
        self.by_key = by_key

    def definitions(self, view: WordView, found: list[Found]) -> list[Found]:
        """Acronym definitions "Long Form (ACR)" and "Short (Long Form)"."""
        words = view.words
        extra: list[Found] = []
        ending: dict[int, list[Found]] = {}
        inside: dict[tuple[int, int], Found] = {}
        for item in found:
            ending.setdefault(item.last, []).append(item)
            inside.setdefault((item.first, item.last), item)
        for index, word in enumerate(words):
            if word.text != "(":
                continue
            reach = range(index + 2, min(index + _SHORT_REACH, view.n))
            close = next((i for i in reach if words[i].text == ")"), None)
            if close is None:
                continue
            long = inside.get((index + 1, close))
            if long is not None and close - index > 2:
                made = reverse(view, long, index, close)
                if made is not None:
                    extra.append(made)
                    continue
            short = view.text[words[index + 1].start : words[close - 1].end]
            if not _short_form(view, index + 1, close, short):
                continue
            short = _acronym_part(words, index + 1, close, short)
            self._defined(view, short, index, close, ending.get(index, []), extra)
        return extra

    def _defined(
        self,
        view: WordView,
        short: str,
        index: int,
        close: int,
        owners: list[Found],
        extra: list[Found],
    ) -> None:
        """The long form ``short`` defines: a spelled name, else the names ending before it,
        else a headless one beside a programme word."""
        made = spelled(view, short, index, owners)
        if made is None and not owners:
            made = head_first(view, short, index)
        if made is None and not owners:
            made = head_last(view, short, index, close)
        if made is None and not owners:
            made = elided_head(view, self.by_key, short, index)
        if made is not None:
            define(view, self.by_key, [made], short, index, close, extra)
            extra.append(made)
        elif owners:
            define(view, self.by_key, owners, short, index, close, extra)
        else:
            made = headless(view, short, index, close)
            if made is not None:
                extra.append(made)


def _short_form(view: WordView, first: int, end: int, short: str) -> bool:
    words = view.words
    if len(short) > 20 or not words[first].cap or short in view.p.not_acronyms:
        return False
    if any(not w.text[:1].isalnum() for w in words[first:end]):
        return False
    return is_acronym(words[first].text) or len(capitals(short)) >= 2 or end - first == 1


def _acronym_part(words: list[Word], first: int, end: int, short: str) -> str:
    """ "HARC team" -> "HARC": an acronym followed by lower-case words defines the acronym."""
    if end - first < 2 or not words[first].acronym:
        return short
    if all(words[i].text.islower() for i in range(first + 1, end)):
        return words[first].text
    return short
