"""Where a title after a programme word ends: a stop, or a comma that opens a new clause."""

from __future__ import annotations

from ..found import MAX_LONG_FORM, STOPS
from ..view import WordView

_SUBJECT_REACH = 9
"""Most words after a comma to the verb of a new clause (", the National Drug Law Enforcement
Agency seized")."""


def clause_end(view: WordView, start: int) -> int | None:
    """The end of the title starting at ``start``; None when it reaches "(" or runs on."""
    words = view.words
    index = start
    while index < view.n and index - start <= MAX_LONG_FORM:
        text = words[index].text
        if text in STOPS:
            return None if text == "(" else index
        if text == "," and _new_clause(view, index):
            return index
        index += 1
    return index if index >= view.n else None


def _new_clause(view: WordView, comma: int) -> bool:
    """Whether the comma at ``comma`` opens a new clause (", funded by", ", 40 officers were
    trained", ", the NDLEA trained 186 officers")."""
    words = view.words
    nxt = words[comma + 1].lower if comma + 1 < view.n else ""
    if nxt in view.p.clause_words or nxt.endswith(("ed", "ing")):
        return True
    for ahead in range(comma + 2, min(comma + _SUBJECT_REACH, view.n)):
        if words[ahead].text in STOPS or words[ahead].text == ",":
            break
        if words[ahead].lower in view.p.auxiliary_words and ahead < comma + 5:
            return True
        if _past_verb_after_name(view, ahead):
            return True
    return False


def _past_verb_after_name(view: WordView, index: int) -> bool:
    """A lower-case past form right after a capitalised word or acronym: the verb of a clause
    whose subject is a name (", the NDLEA trained", ", the Customs Service seized"); a title's
    own lower-case words follow connectors ("and related", "for improved")."""
    word = view.words[index]
    return (
        word.text.islower()
        and word.text.endswith("ed")
        and len(word.text) > 3
        and (view.nameword(index - 1) or view.words[index - 1].acronym)
    )
