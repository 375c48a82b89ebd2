""" "Global Rapid Interdiction of Dangerous Substances (GRIDS) Programme": a title whose head
word comes after its acronym.

No head noun opens such a title, so the grammar finds no name before the parenthesis; the
capitalised programme word after ")" says it is a programme. Its long form is read back over
capitalised words and the function words of a title, from the first word whose capitals are
the acronym's, else from where its letters start to be spelled (the Schwartz-Hearst test), so
a sentence's capitalised words before it stay out; :func:`.define.trailing_word` then takes
the head word.
"""

from __future__ import annotations

from ...acronyms import capitals, letters_match
from ..found import Found
from ..view import WordView

_TITLE_MARKS = frozenset({":", ",", "’", "'", "-", "–"})
_MOST_WORDS = 20


def head_last(view: WordView, short: str, open_index: int, close: int) -> Found | None:
    """The long form before "(``short``)" when a capitalised programme word follows ")"."""
    after = close + 1
    if after >= view.n or not view.words[after].text[:1].isupper():
        return None
    kind = view.p.trailing_programme_words.get(view.words[after].lower)
    if kind is None:
        return None
    start = open_index
    while start > 0 and open_index - start < _MOST_WORDS:
        word = view.words[start - 1]
        if not (word.cap or word.lower in view.p.function_words or word.text in _TITLE_MARKS):
            break
        start -= 1
    while start < open_index and not view.words[start].cap:
        start += 1  # a title starts on a capitalised word
    if open_index - start < 2:
        return None
    first = _spelled_start(view, short, start, open_index)
    if first is None:
        return None
    made = Found(first, open_index, "PROGRAMME", "pattern:acronym-definition")
    made.kind = kind
    return made


def _spelled_start(view: WordView, short: str, start: int, open_index: int) -> int | None:
    """The first capitalised word from which the title's capitals are the acronym's
    ("Operational Partnerships to Interdict ... (OPIOIDS)"), else where its letters start to
    be spelled; None when they are not, or fewer than two words are left."""
    wanted = capitals(short)
    starts = [i for i in range(start, open_index - 1) if view.words[i].cap]
    for first in starts:
        if capitals(view.span_text(first, open_index)) == wanted:
            return first
    long = view.span_text(start, open_index)
    offset = letters_match(short, long)
    if offset is None:
        return None
    base = view.words[start].start
    return next((i for i in starts if view.words[i].start - base >= offset), None)
