"""The rule order for a Spanish or French paragraph (the English one is in :mod:`..finder`):
head-first names, listed bodies, acronym definitions, programme words, quoted titles, bare
acronyms. Names keep the note's wording (no English canonical form)."""

from __future__ import annotations

from ..cues import bare_acronyms, system_names
from ..data import KnownBody, fold
from ..found import Found
from ..listing import KnownNames, apply_known
from ..view import WordView
from ..words import squash
from . import cues
from .definitions import definitions
from .grammar import scan
from .titles import titled
from .words import RomanceWords


def collect(
    view: WordView, r: RomanceWords, known: KnownNames, by_key: dict[str, KnownBody]
) -> list[Found]:
    """Every candidate of the rules, overlaps unresolved."""
    found = [
        item
        for item in scan(view, r)
        if fold(view.span_text(item.first, item.last)) not in view.p.not_names
    ]
    found.extend(known.listed(view.words))
    apply_known(view, by_key, found)
    found = _listed_first(view, r, found)
    found.extend(cues.quoted(view, r))  # before definitions: '« Titre » (ACR)' defines ACR
    found.extend(definitions(view, r, by_key, found))
    found.extend(cues.identified(view, r, by_key))
    found.extend(titled(view, r, found))
    found.extend(bare_acronyms(view))
    found.extend(system_names(view, found))
    return found


def _listed_first(view: WordView, r: RomanceWords, found: list[Found]) -> list[Found]:
    """A listed body's full name coordinated with another name ("la Organización
    Internacional de Policía Criminal y Transparency International") is that body: a
    head-first name that runs on from it over "y"/"et" is dropped, the other name stays
    to the other rules."""
    listed_end = {f.first: f.last for f in found if f.source == "list" and not f.bare}
    kept = []
    for item in found:
        end = listed_end.get(item.first)
        if (
            item.source == "pattern:head"
            and end is not None
            and item.last > end
            and view.words[end].lower in r.coordinators
        ):
            continue
        kept.append(item)
    return kept


def name_as_written(view: WordView, kept: list[Found]) -> None:
    """A pattern name without a listed name is named by its words as written (after owners
    are trimmed off): the English canonical forms ("UNODC Country Office ...") do not apply.
    Then an abridged mention takes the name it abridges (:func:`abridged`)."""
    for item in kept:
        if item.name is None and not item.bare:
            item.name = squash(view.span_text(item.first, item.last))
    abridged(view, kept)


_ABRIDGED_MIN = 2
"""Fewest words of an abridged mention (one head noun alone is left to note-level linking)."""


def abridged(view: WordView, kept: list[Found]) -> None:
    """A pattern name that repeats the first words of an earlier name of the paragraph with
    the same head ("le Ministère public" after "le Ministère public du Panama", "le Bureau de
    pays" after "le Bureau de pays de l'ONUDC au Nigéria") is that body again: it takes the
    earlier name, acronym, kind and country (the most recent such name). Earlier names are
    indexed by their opening words (bounded by a name's length), so the pass is linear."""
    opening: dict[tuple[str, tuple[str, ...]], Found] = {}
    for item in kept:
        words = tuple(fold(w.text) for w in view.words[item.first : item.last])
        if not item.bare and item.source.startswith("pattern") and item.acronym is None:
            model = opening.get((item.label, words)) if len(words) >= _ABRIDGED_MIN else None
            if model is not None and model.last <= item.first:
                item.name, item.acronym, item.kind = model.name, model.acronym, model.kind
                item.country = model.country or item.country
        if not item.bare:
            for size in range(_ABRIDGED_MIN, len(words)):
                opening[(item.label, words[:size])] = item
