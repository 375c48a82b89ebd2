"""Normalisation of the strings the evaluation compares.

Kept apart from the matching so that the exact equivalences the guidelines grant (case,
white space, punctuation, a leading "the") are defined once and tested alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w]+")
_LEADING_THE = re.compile(r"^the ")

NAME_OVERLAP = 0.8
"""Token-set overlap (Jaccard: shared tokens / all tokens) at which two names are the same."""


def squash(text: str) -> str:
    """White space runs to one space, ends trimmed (case kept)."""
    return _SPACE.sub(" ", text).strip()


def unstarred(text: str) -> str:
    """Text without asterisks, white space squashed: the first/last words check.

    A gold annotated on a converted .txt keeps its markdown emphasis ("Disorders*."), which
    paragraph text drops; asterisks never decide where a paragraph starts or ends.
    """
    return squash(text.replace("*", ""))


def fold(text: str) -> str:
    """Case and white space normalised: the comparison of metadata and titles."""
    return squash(text).casefold()


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A name with case, punctuation and a leading "the" ignored ("The W.C.O." -> "w c o").

    Punctuation becomes a space so that hyphenated and spaced forms share tokens;
    :func:`same_name` also compares the keys without spaces ("w c o" = "wco").
    """
    text = unicodedata.normalize("NFKC", name).casefold().replace("_", " ")
    text = squash(_NOT_WORD.sub(" ", text))
    return _LEADING_THE.sub("", text)


def name_tokens(name: str) -> frozenset[str]:
    """The set of word tokens of a name (after :func:`name_key`)."""
    return frozenset(name_key(name).split())


def same_name(left: str, right: str) -> bool:
    """Whether two organisation/programme names denote the same thing for scoring."""
    left_key, right_key = name_key(left), name_key(right)
    if not left_key or not right_key:
        return False
    if left_key.replace(" ", "") == right_key.replace(" ", ""):
        return True
    left_tokens, right_tokens = frozenset(left_key.split()), frozenset(right_key.split())
    shared = len(left_tokens & right_tokens)
    return shared / len(left_tokens | right_tokens) >= NAME_OVERLAP
