"""The words around a number that say it is no quantity, or a count whose item is implicit.

* a number after an identifier word ("recommendation 32", "articles 3 and 4", "resolución
  61/11") is no quantity;
* "one" as a pronoun or in an idiom ("the one that", "on the one hand") counts nothing;
* "compared with 41 in 2017", "27 of them", "rose from 41 to 63", "15.9 million": a count whose
  item is left implicit (elliptical).

Every word list is the language's data (:mod:`.lexicon`).
"""

from __future__ import annotations

import re
from functools import cache

import regex

from .core import Core
from .items import token_at
from .lexicon import phrases, vocabulary, wordset

_WORD_AT_END = regex.compile(r"([\w.'’-]+)\W*$")


@cache
def _identifier_rules(language: str) -> tuple[frozenset[str], re.Pattern[str], tuple[str, ...]]:
    """The identifier words, list filler and elisions of ``language`` (asked once per number)."""
    elisions = tuple(vocabulary(language).get("identifier_elisions", ()))
    return wordset(language, "identifier_words"), phrases(language).list_filler, elisions


def after_identifier(text: str, start: int, language: str = "en") -> bool:
    """Whether the number at ``start`` continues an identifier ("resolutions 61/11 and 62/4")."""
    identifiers, filler, elisions = _identifier_rules(language)
    right = "0"  # the token after the one looked at: the number itself, at first
    for token in reversed(text[max(0, start - 60) : start].split()[-10:]):
        folded = token.casefold()
        if elisions and folded.startswith(elisions):
            folded = folded[2:]  # "l'article 17"
        if folded in identifiers or folded.rstrip(",;") in identifiers:
            return right[:1].isdigit()  # "articles 3, 4 and 5", not "resolutions and 2"
        if not filler.match(folded.rstrip(",;") or ","):
            return False
        right = folded
    return False


def one_excluded(core: Core, text: str, language: str = "en") -> bool:
    """ "one" as a pronoun or in idioms ("the one that", "on the one hand", "In one case,")."""
    if core.n1.casefold() not in wordset(language, "one_words") or core.n2:
        return False
    prev = _WORD_AT_END.search(text[max(0, core.start - 20) : core.start])
    nxt = token_at(text, core.end)
    before = prev.group(1).casefold() if prev else ""
    after = nxt.group(1).casefold() if nxt else ""
    if before in wordset(language, "one_excluded_before"):
        return True
    if after in wordset(language, "one_excluded_after"):
        return True
    anecdote_noun = after in wordset(language, "one_anecdote_nouns")
    return before == "in" and anecdote_noun and _anecdote(core, text, language)


def _anecdote(core: Core, text: str, language: str) -> bool:
    """ "in one case" opening a clause (after a stop, a comma or "that") or followed by a
    comma: an example, not a count."""
    opening = text[max(0, core.start - 40) : core.start].rstrip()[:-2].rstrip()  # before "in"
    if not opening or opening[-1] in ".;:,(":
        return True
    opener = _WORD_AT_END.search(opening)
    if opener and opener.group(1).casefold() in wordset(language, "one_anecdote_openers"):
        return True
    noun = token_at(text, core.end)
    return noun is not None and text[noun.end() : noun.end() + 1] == ","


@cache
def _cues(language: str, key: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Cue phrases of ``key`` as word tuples, grouped by their last word (one lookup per number)."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in vocabulary(language)[key]:
        words = tuple(phrase.casefold().split())
        grouped.setdefault(words[-1], []).append(words)
    return {last: tuple(group) for last, group in grouped.items()}


@cache
def _cues_after(language: str) -> frozenset[tuple[str, str]]:
    """Two-word cues after a bare number ("of them", "of which")."""
    cues = (tuple(p.casefold().split()) for p in vocabulary(language)["elliptic_after"])
    return frozenset((words[0], words[1]) for words in cues if len(words) == 2)


def elliptical(core: Core, text: str, language: str = "en") -> bool:
    """A count whose item is left implicit: "compared with 41 in 2017", "reached 121", "27 of
    them", "rose from 41 to 63", or any scaled number ("15.9 million")."""
    if phrases(language).scaled.search(core.n2 or core.n1):
        return True
    after = text[core.end : core.end + 15].casefold().split()
    after_cue = len(after) >= 2 and (after[0], after[1].rstrip(".,;:)")) in _cues_after(language)
    before = text[max(0, core.start - 30) : core.start].casefold().split()
    if core.n1[:1].isalpha() and not core.n2:  # "four of them", "contre quatre"; not "the one"
        return core.kind == "single" and (after_cue or _cue_before(before, language))
    if core.kind == "change":
        return bool(before) and before[-1] in wordset(language, "change_verbs")
    if core.kind != "single":
        return False
    return _cue_before(before, language) or after_cue


def _cue_before(before: list[str], language: str) -> bool:
    """Whether the words ``before`` a number end with a cue of an implicit item ("compared
    with", "contre", "frente a")."""
    cues_before = _cues(language, "elliptic_before")
    return bool(before) and any(
        before[-len(cue) :] == list(cue) for cue in cues_before.get(before[-1], ())
    )
