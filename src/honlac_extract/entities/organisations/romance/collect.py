"""The rule order for a Spanish or French paragraph (the English one is in :mod:`..finder`):
head-first names, listed bodies, acronym definitions, programme words, quoted titles, bare
acronyms. Names keep the note's wording (no English canonical form)."""

from __future__ import annotations

from ..cues import bare_acronyms
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
    found.extend(definitions(view, r, by_key, found))
    found.extend(cues.identified(view, r, by_key))
    found.extend(titled(view, r, found))
    found.extend(cues.quoted(view, r))
    found.extend(bare_acronyms(view))
    return found


def name_as_written(view: WordView, kept: list[Found]) -> None:
    """A pattern name without a listed name is named by its words as written (after owners
    are trimmed off): the English canonical forms ("UNODC Country Office ...") do not apply."""
    for item in kept:
        if item.name is None and not item.bare:
            item.name = squash(view.span_text(item.first, item.last))
