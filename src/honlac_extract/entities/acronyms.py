"""Acronym tests shared by the organisation patterns and note-level linking.

Kept apart because both stages must agree on what an acronym is and on when a short form
abbreviates a long one (the Schwartz–Hearst letter test).
"""

from __future__ import annotations

import regex

_ACRONYM = regex.compile(r"[A-Z][A-Z0-9&]*(?:-[A-Z0-9]+)?")
_ROMAN = regex.compile(r"[IVXLC]+")


def is_acronym(text: str) -> bool:
    """An all-capitals token of 2-10 letters/digits with at least two capitals ("FELCN", "I2ES")."""
    if not 2 <= len(text) <= 10 or _ACRONYM.fullmatch(text) is None:
        return False
    return sum(1 for char in text if char.isupper()) >= 2 and _ROMAN.fullmatch(text) is None


def letters_match(short: str, long: str) -> int | None:
    """Start offset in ``long`` of the shortest tail whose letters spell ``short`` in order.

    The Schwartz–Hearst test: every letter/digit of ``short`` occurs in ``long`` in order, the
    first one at a word start. None when ``long`` cannot be the long form of ``short``.
    """
    chars = [c.lower() for c in short if c.isalnum()]
    if not chars:
        return None
    position = len(long) - 1
    for index in range(len(chars) - 1, -1, -1):
        char = chars[index]
        while position >= 0:
            at_word_start = position == 0 or not long[position - 1].isalnum()
            if long[position].lower() == char and (index > 0 or at_word_start):
                break
            position -= 1
        if position < 0:
            return None
        position -= 1
    return position + 1


def capitals(text: str) -> str:
    """The capital letters of ``text`` ("LE TrainNet" -> "LETN")."""
    return "".join(char for char in text if char.isupper())
