"""Long forms the Schwartz–Hearst rule misses: sentence-case names led by their head noun, and
programme acronyms whose last letter stands for a programme word the long form leaves out."""

from __future__ import annotations

from functools import cache

from ....resources import data_json
from ...acronyms import is_acronym
from ..data import KnownBody, fold
from ..found import Found
from ..view import WordView
from ..words import Word
from .spelled import spelled


def head_first(view: WordView, short: str, open_index: int) -> Found | None:
    """A long form led by a head noun, in sentence case ("Office central de répression du
    trafic illicite des stupéfiants (OCRTIS)"): the shortest run of words right before the
    parenthesis, led by a capitalised head noun, whose word initials spell the acronym."""
    words = view.words
    letters = [c.lower() for c in short if c.isalnum()]
    if not is_acronym(short) or not 2 <= len(letters) <= 10:
        return None
    heads = view.p.agency_heads | view.p.spanish_heads
    limit = min(len(letters) + 5, 2 * len(letters))
    first = open_index - 1
    while first >= 0 and open_index - first <= limit and words[first].text[:1].isalpha():
        if (
            words[first].cap
            and words[first].lower in heads
            and _initials_spell(letters, words[first:open_index])
        ):
            made = Found(first, open_index, "AGENCY", "pattern:head", head=words[first].lower)
            made.head_at = first
            return made
        first -= 1
    return None


def elided_head(
    view: WordView, by_key: dict[str, KnownBody], short: str, open_index: int
) -> Found | None:
    """ "the Global Maritime Crime (GMCP)": the acronym's last letter is the initial of a
    programme word the long form leaves out; the rest of the letters spell the long form.
    The letter alone does not make a programme: the other letters must spell the words
    right before the parenthesis (at least two), as for any Schwartz–Hearst long form."""
    kind = _elided_letters().get(short[-1:])
    if kind is None or len(short) < 3 or not is_acronym(short[:-1]):
        return None
    made = spelled(view, short[:-1], open_index, [], elided=True)
    if made is None:
        return None
    made.label, made.kind, made.head = "PROGRAMME", kind, kind
    known = by_key.get(fold(short))
    if known is not None and known.label == "PROGRAMME":
        made.name, made.kind = known.name, known.kind
    return made


@cache
def _elided_letters() -> dict[str, str]:
    """Acronym letter -> kind of the programme word a long form may leave out ("GMCP")."""
    table: dict[str, str] = data_json("organisation_patterns.json")["elided_programme_letters"]
    return table


def _initials_spell(letters: list[str], words: list[Word]) -> bool:
    """Whether the initials of ``words`` spell ``letters`` in order, the first word's first."""
    if not words or words[0].lower[:1] != letters[0]:
        return False
    position = 1
    for word in words[1:]:
        if position < len(letters) and word.lower[:1] == letters[position]:
            position += 1
    return position == len(letters)
