"""French and Spanish name shapes inside English notes: a head followed by its modifiers
("Gendarmerie nationale", "Universidad Latina de Panamá")."""

from __future__ import annotations

from ..found import Found
from ..view import WordView


def romance_tail(view: WordView, found: Found) -> bool:
    """A head followed by a lower-case French/Spanish adjective goes on in that language
    ("Gendarmerie nationale", "Brigade centrale des stupéfiants"): the adjective, then
    "de/du/des [la]" + word pairs. True when the name took such a tail."""
    index = found.last
    if index != (found.head_at or 0) + 1 or not view.text_is(index, *view.p.romance_adjectives):
        return False
    index += 1
    while view.text_is(index, *view.p.romance_connectors):
        nxt = index + 1
        if view.text_is(nxt, "'", "’"):
            nxt += 1
        if view.text_is(nxt, "la", "l"):
            nxt += 1
        if not (0 <= nxt < view.n and view.words[nxt].text[:1].isalpha()):
            break
        index = nxt + 1
    found.last = index
    found.short = False
    return True


def spanish(view: WordView, start: int, end: int) -> Found:
    """A Spanish head-first name: the head's run, then connector + capitalised runs."""
    index = end
    while view.text_is(index, *view.p.spanish_connectors):
        nxt = index + 1
        while view.text_is(nxt, *view.p.spanish_connectors):
            nxt += 1
        if not view.nameword(nxt):
            break
        index = view.run_end[nxt]
    base = view.words[start].lower
    kind = "academic" if base in view.p.academic_heads else "national"
    return Found(start, index, "AGENCY", "pattern:head-first", head=base, kind=kind)
