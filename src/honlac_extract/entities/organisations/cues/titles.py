"""Titles announced by quotes or by "entitled", "called", "known as" after a programme noun
("a project entitled Safer Roads", 'the programme "Strong Families"')."""

from __future__ import annotations

from ..found import MAX_LONG_FORM, QUOTES_CLOSE, QUOTES_OPEN, STOPS, Found
from ..view import WordView
from ..words import squash
from .titled import TITLE_CONNECTORS

_CUE_REACH = 3
"""Most words between a programme noun and its title cue ("the project, known as")."""


def titles(view: WordView) -> list[Found]:
    """A title after a cue that follows a programme noun within ``_CUE_REACH`` words."""
    words, p = view.words, view.p
    made = []
    starts = {cue[0] for cue in p.title_cues}
    for index, word in enumerate(words):
        if word.lower not in starts:
            continue
        end = _cue_end(view, index)
        if end is None:
            continue
        nouns = [
            p.title_nouns.get(words[i].lower) for i in range(max(0, index - _CUE_REACH), index)
        ]
        kinds = [k for k in nouns if k]
        if not kinds:
            continue
        start = end + 1 if view.text_is(end, *QUOTES_OPEN) else end
        if not view.nameword(start) or words[start].lower in (
            p.function_words | p.not_title_starts
        ):
            continue
        stop = _title_stop(view, start, quoted=start > end)
        if stop is None:
            continue
        item = Found(start, stop, "PROGRAMME", "pattern:title", kind=kinds[-1])
        item.name = squash(view.span_text(start, stop))
        made.append(item)
    return made


def _cue_end(view: WordView, index: int) -> int | None:
    """The end of the title cue starting at word ``index``, or None."""
    for cue in view.p.title_cues:
        end = index + len(cue)
        if tuple(w.lower for w in view.words[index:end]) == cue:
            return end
    return None


def _title_stop(view: WordView, start: int, quoted: bool) -> int | None:
    """The end of a title: its closing quote, else the end of its capitalised words."""
    words = view.words
    if quoted:
        reach = range(start + 1, min(start + MAX_LONG_FORM, view.n))
        close = next(
            (i for i in reach if words[i].text in QUOTES_CLOSE or words[i].text in STOPS), None
        )
        if close is None or words[close].text not in QUOTES_CLOSE:
            return None
        return close
    stop = start
    while stop < view.n and (
        view.nameword(stop) or (words[stop].text in TITLE_CONNECTORS and view.nameword(stop + 1))
    ):
        stop += 1
    if stop - start < 2 and not view.nameword(start):
        return None
    return stop


def quoted(view: WordView) -> list[Found]:
    """A quoted capitalised name near a programme word ("Strong Families")."""
    words = view.words
    made = []
    for index, word in enumerate(words):
        if word.text not in QUOTES_OPEN or not view.nameword(index + 1):
            continue
        reach = range(index + 2, min(index + 10, view.n))
        close = next((i for i in reach if words[i].text in QUOTES_CLOSE), None)
        if close is None:
            continue
        if not all(view.nameword(i) or words[i].text.islower() for i in range(index + 1, close)):
            continue
        near = [
            view.p.trailing_programme_words.get(words[i].text)
            for i in (*range(max(0, index - 8), index), *range(close + 1, min(close + 5, view.n)))
        ]
        kinds = [k for k in near if k]
        if not kinds:
            continue
        item = Found(index + 1, close, "PROGRAMME", "pattern:quoted", kind=kinds[0])
        item.name = squash(view.span_text(index + 1, close))
        made.append(item)
    return made
