"""Well-known bodies and programmes (``organisations.json``): matched in the text, and given
to a pattern name that is one of them (canonical name, acronym, label, kind)."""

from __future__ import annotations

from .data import KnownBody, fold
from .found import Found
from .view import WordView
from .words import Word, words_of


class KnownNames:
    """Every written form of the listed bodies, matched on our words by table look-ups.

    Forms and text are split alike by :func:`.words_of` (whatever the spacing: "UNODC\u00a0
    Laboratory", a name broken by a line end). A form of several words matches its words'
    lower case (and needs a capitalised first word), a one-word form the word as written.
    Only the words that begin some form are tried, each against the lengths of the forms
    beginning with it: no second Doc of the paragraph's words, no matcher call.
    """

    def __init__(self, bodies: tuple[KnownBody, ...]) -> None:
        self.bodies = bodies
        self.many: dict[tuple[str, ...], tuple[int, ...]] = {}  # lower words -> bodies
        self.one: dict[str, tuple[int, ...]] = {}  # word as written -> bodies
        lengths: dict[str, set[int]] = {}  # lower first word -> lengths of its forms
        claimed: dict[str, str] = {}  # folded form -> language of the first body with it
        for number, body in enumerate(bodies):
            for form in body.forms():
                if claimed.setdefault(fold(form), body.language) != body.language:
                    continue
                words = words_of(form)
                if len(words) > 1:
                    key = tuple(word.lower for word in words)
                    self.many[key] = _with(self.many.get(key, ()), number)
                    lengths.setdefault(key[0], set()).add(len(key))
                elif words:
                    self.one[words[0].text] = _with(self.one.get(words[0].text, ()), number)
        self.lengths = {first: tuple(sorted(n)) for first, n in lengths.items()}
        self.starts = frozenset(self.lengths) | frozenset(text.lower() for text in self.one)
        """Lower case of every word that may begin a form (a cheap filter per word)."""

    def listed(self, words: list[Word]) -> list[Found]:
        """Every listed form in the words (several-word forms capitalised): the forms of
        several words in text order (shorter first at one start), then the one-word forms."""
        starts = self.starts
        tried = [i for i, word in enumerate(words) if word.lower in starts]
        if not tried:
            return []
        found: list[Found] = []
        singles: list[Found] = []
        count = len(words)
        lowers = [word.lower for word in words]  # a key per form length tried: sliced, not rebuilt
        for first in tried:
            word = words[first]
            if word.cap:
                for length in self.lengths.get(word.lower, ()):
                    end = first + length
                    if end > count:
                        break
                    key = tuple(lowers[first:end])
                    for number in self.many.get(key, ()):
                        found.append(self._found(number, first, end))
            for number in self.one.get(word.text, ()):
                singles.append(self._found(number, first, first + 1))
        found.extend(singles)
        return found

    def _found(self, number: int, first: int, end: int) -> Found:
        body = self.bodies[number]
        item = Found(first, end, body.label, "list", kind=body.kind)
        item.name, item.acronym, item.country = body.name, body.acronym, body.country
        return item


def _with(numbers: tuple[int, ...], number: int) -> tuple[int, ...]:
    """``numbers`` and ``number``, once each, in order (a form listed twice for one body)."""
    return numbers if number in numbers else (*numbers, number)


def apply_known(view: WordView, by_key: dict[str, KnownBody], found: list[Found]) -> None:
    """A pattern name that is a known body takes the list's name, acronym, label, kind."""
    words = view.words
    for item in found:
        if item.source == "list":
            continue
        text = view.span_text(item.first, item.last)
        body = by_key.get(fold(text))
        if body is None and item.last - item.first > 1 and words[item.first].acronym:
            rest = text[words[item.first + 1].start - words[item.first].start :]
            body = by_key.get(fold(rest))
        if body is None:
            continue
        item.label, item.kind, item.name = body.label, body.kind, body.name
        item.country = body.country or item.country
        item.acronym = body.acronym
        item.source = "list"
        item.short = False
