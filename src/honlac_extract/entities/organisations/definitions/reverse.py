""" "Short (Long Form)": the capitals before the parenthesis spell the long form's initials."""

from __future__ import annotations

from ...acronyms import capitals
from ..found import Found, copy_found
from ..view import WordView
from ..words import squash


def reverse(view: WordView, long: Found, open_index: int, close: int) -> Found | None:
    """ "LE TrainNet (Law Enforcement Training Network)": ``long`` is the name inside."""
    words = view.words
    initials = "".join(words[i].text[0] for i in range(long.first, long.last) if view.nameword(i))
    for size in (1, 2, 3):
        first = open_index - size
        if first < 0 or not words[first].cap:
            continue
        short = view.span_text(first, open_index)
        if capitals(short) == initials.upper() and len(initials) >= 2:
            made = copy_found(long)
            made.first, made.last = first, close + 1
            made.name = made.name or squash(view.span_text(long.first, long.last))
            made.acronym = short
            made.protected = True
            made.source = "pattern:acronym-definition"
            return made
    return None
