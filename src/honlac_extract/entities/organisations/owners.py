"""Owners named at the end of a longer name: the unit's parent body is a body too.

"The Drug Repression Bureau of the Internal Security Forces of Lebanon", "the Regional
Intelligence Liaison Office for Asia and the Pacific of WCO", "the Afghan Opiate Trade Project
of UNODC": the longer name wins the overlap, yet the body after its last "of [the]" is an
agency in its own right, which the analyst wants listed. This module gives it back:

* an agency's owner stays inside the agency's name (the chain says whose unit it is) and is
  also returned on its own;
* a programme's owner is not part of the programme's title ("Project of UNODC"), just as the
  programme grammar already leaves a trailing "of <Country>" out: the programme ends before
  "of".

An owner must be a body named in full: a listed body ("WCO", "the World Customs Organization")
or a pattern name with a post-modifier of its own ("Ministry of Interior of Iraq") or with words
before its head and its own country ("Internal Security Forces of Lebanon"); a bare or generic
head ("the National Police", "General Command of Gendarmerie", "Secretariat of the Navy of
<Country>") is the longer name's complement and stays inside it.
"""

from __future__ import annotations

from .data import Patterns
from .found import Found
from .resolve import ProtectedSpans
from .words import Word

_OWNER_SOURCES = frozenset({"list", "pattern:head"})


def _of_before(words: list[Word], first: int, p: Patterns) -> int | None:
    """Index of the "of" right before word ``first`` ("of X", "of the X"; "de la X",
    "de l'X", "del X"), or None."""
    at = first - 1
    if at >= 0 and words[at].text in p.elisions:
        at -= 1
    if at >= 0 and words[at].lower in p.articles:
        at -= 1
    return at if at >= 0 and words[at].lower in p.of_words else None


def _owner_candidate(item: Found) -> bool:
    """A listed body, or a pattern name that names a body in full on its own: a post-modifier
    of its own ("Ministry of Interior of Iraq"), or words before its head and its own country
    ("Internal Security Forces of Lebanon"). A bare head, with or without a country, is the
    longer name's complement ("General Command of Gendarmerie", "Secretariat of the Navy of
    <Country>": the country belongs to the whole name); a described parent without country
    ("of the Federal Highway Police") stays inside the unit's name, as the notes' gold leaves
    such parents optional at best."""
    if item.label != "AGENCY" or item.source not in _OWNER_SOURCES or item.bare:
        return False
    if item.source == "list":
        return True
    if item.short or item.head_at is None:
        return False
    if item.has_of or item.post is not None:
        return True
    return item.head_at > item.first and item.country is not None


def with_owners(
    words: list[Word],
    bodies: list[Found],
    kept: list[Found],
    p: Patterns,
    listed_whole: bool = False,
) -> list[Found]:
    """``kept`` plus the owners closing its names; programmes trimmed before their owner.
    ``listed_whole``: a listed agency's owner is part of its name ("Commission de l'Union
    africaine"), not a body of its own (Spanish and French notes)."""
    closing: dict[int, list[Found]] = {}
    for item in kept:
        if not item.bare and item.last - item.first > 2:
            closing.setdefault(item.last, []).append(item)
    if not closing:
        return kept
    chosen = {id(item) for item in kept}
    # an owner already kept as a name of its own ("of the Caribbean Community (CARICOM)")
    begun = {item.first for item in kept if item.label == "AGENCY"}
    owners: dict[tuple[int, int], Found] = {}
    trimmed: list[Found] = []
    for owner in bodies:
        if owner.last not in closing or id(owner) in chosen or owner.first in begun:
            continue
        if not _owner_candidate(owner):
            continue
        of = _of_before(words, owner.first, p)
        if of is None:
            continue
        for outer in closing[owner.last]:
            if outer.first >= of or (outer.head_at is not None and of <= outer.head_at):
                continue
            if listed_whole and outer.label == "AGENCY" and outer.source == "list":
                continue
            if outer.label == "PROGRAMME":
                if outer.source != "pattern:head":
                    continue  # listed titles keep their canonical form
                outer.last = of
                trimmed.append(outer)
            owners.setdefault((owner.first, owner.last), owner)
    if not owners:
        return kept
    if trimmed:  # "(GRIDS) Programme | of the Board": a trimmed head inside a definition goes
        kept = _outside_definitions(kept, trimmed)
    merged = [*kept, *owners.values()]
    merged.sort(key=lambda f: (f.first, f.last, f.label))
    return merged


def _outside_definitions(kept: list[Found], trimmed: list[Found]) -> list[Found]:
    """``kept`` without the ``trimmed`` programmes that now lie inside an acronym definition."""
    inside = ProtectedSpans([(f.first, f.last) for f in kept if f.protected])
    dropped = {id(f) for f in trimmed if inside.strictly_contains(f.first, f.last)}
    return [f for f in kept if id(f) not in dropped]
