"""Whether a year-shaped number is a date, part of a name, an identifier or an amount.

The test is positional, not a list of names: a year after a temporal word ("in", "en", "depuis")
is a date; one followed by a capitalised word or a document noun, preceded by a capitalised name
word, or used attributively after a determiner ("the 2017 training event") is part of a name.
Spanish and French put no year before a noun: there a year right after a lowercase word that is
not temporal is a title ("Rapport mondial sur les drogues 2017"), and one after "de" is a name
when the word before is a name word ("Convención de 1961", "la edición de 2015").
"""

from __future__ import annotations

import re

from .lexicon import Lexicon

PREV_WORD = re.compile(r"(\S+)\s+$")
NEXT_WORD = re.compile(r"^\s+(\S+)")
_IDENTIFIER_BEFORE = re.compile(r"\d[\w./-]*\s*\($")
_TRAILING_PUNCT = re.compile(r"^[\"'“”‘’(]+|[\"'“”‘’),;:.]+$")


def bare_word(text: str) -> str:
    """``text`` without the quotes, brackets and punctuation around it."""
    return str(_TRAILING_PUNCT.sub("", text))


def in_name(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Whether the year (or year pair) at ``text[start:end]`` belongs to a name or title."""
    before, after = text[max(0, start - 60) : start], text[end : end + 60]
    if _IDENTIFIER_BEFORE.search(before) and after.startswith(")"):
        return True  # "resolution 2253 (2015)"
    prev = PREV_WORD.search(before)
    prev_raw = prev.group(1) if prev else ""
    plain = bare_word(prev_raw) == prev_raw
    prev_word = lex.base(bare_word(prev_raw))  # "l'Agenda" -> "Agenda"
    if prev_raw.endswith((",", ";", ":")) or lex.has("temporal_words", prev_word):
        return False
    nxt = NEXT_WORD.search(after)
    next_word = bare_word(nxt.group(1)) if nxt and nxt.group(1)[:1].isalnum() else ""
    if next_word and next_word[0].isupper() and not lex.month(next_word):
        return True  # "1961 Convention", "2030 Agenda", "2017 LE TrainNet"
    if lex.has("name_nouns_after", next_word):
        return True  # "2015 edition", "2016 special session"
    if prev_word[:1].isupper() and not lex.month(prev_word) and plain:
        return True  # "World Drug Report 2017", "Strategy 2014-2016"
    if lex.has("name_prefix_words", prev_word):
        return True
    if lex.has("determiners", prev_word) and next_word[:1].islower():
        return not lex.has("attributive_time_nouns", next_word)
    if lex.appositive and prev is not None:
        return _appositive(lex, before[: prev.start()], prev_word)
    return False


def _appositive(lex: Lexicon, before: str, prev_word: str) -> bool:
    """Spanish/French: "drogues 2017" is a title; after "de", only a name word's year is."""
    if not prev_word[:1].islower():
        return False
    if not lex.has("of_words", prev_word):
        return not lex.month(prev_word)
    owner = PREV_WORD.search(before)
    raw = owner.group(1) if owner else ""
    word = lex.base(bare_word(raw))
    capitalised = word[:1].isupper() and bare_word(raw) == raw and not lex.month(word)
    return capitalised or lex.has("name_prefix_words", word)


def identifier_before(lex: Lexicon, text: str, start: int) -> bool:
    """A year-shaped number after "No.", "article", "paragraph"... is an identifier."""
    prev = PREV_WORD.search(text, max(0, start - 30), start)
    return prev is not None and lex.has("identifier_words_before", prev.group(1))


def unit_follows(lex: Lexicon, text: str, end: int) -> bool:
    """A year-shaped number followed by a unit ("2000 tons", "2010 %") is a quantity."""
    after = text[end : end + 20]
    if after.lstrip().startswith("%"):
        return True
    nxt = NEXT_WORD.search(after)
    return bool(nxt) and lex.has("units", bare_word(nxt.group(1))) if nxt else False
