"""Head-first names of Spanish and French notes: the head noun comes first and its modifiers
follow ("Comisión Federal para la Protección contra Riesgos Sanitarios", "Police nationale de
Guinée-Bissau", "Office central de répression du trafic illicite des stupéfiants").

From a capitalised head noun the name takes, in order: the capitalised words of its run and
lower-case adjectives ("Agence nationale nigériane"); then connector phrases, a connector
("de", "para", "contra", "pour", ...) with its articles and a capitalised phrase, an acronym
("de la UNODC") or, in French, a lower-case noun phrase ("de lutte contre la drogue", at most
``lowercase_segments`` of them); "y"/"et" joins a capitalised non-head phrase ("y Vida sin
Drogas") but not a new body ("y la Comisión ..."); comma lists close with "y"/"et" ("el
Blanqueo de Dinero, el Producto del Delito y la Financiación del Terrorismo"). A country after
"de" is the body's country (an agency keeps it, a programme ends before it); a place after
"en"/"à" is an office's seat, and ends any other name before it. Each name is at most
``max_long_form`` words long, so the scan is linear.
"""

from __future__ import annotations

import re

from ..found import Found
from ..view import WordView
from .phrases import Extension, capital_phrase, comma_list, content_words
from .words import RomanceWords


def scan(view: WordView, r: RomanceWords) -> list[Found]:
    """A head-first name at every capitalised head noun, in text order."""
    found = []
    names = view.names  # most words are no name word: is_head only for those that are
    for index in [i for i, name in enumerate(names) if name]:
        if view.is_head(index):
            item = _name(view, r, index)
            if item is not None:
                found.append(item)
    return found


def _name(view: WordView, r: RomanceWords, head: int) -> Found | None:
    p = view.p
    base = view.base(head)
    if base in p.programme_heads:
        item = Found(head, head + 1, "PROGRAMME", "pattern:head", head=base)
        item.kind = p.programme_heads[base]
    else:
        item = Found(head, head + 1, "AGENCY", "pattern:head", head=base)
    item.head_at = head
    at = r.introducer(view, head)
    introduced = at < head - 1 or (at >= 0 and view.words[at].lower in r.connectors | r.possessives)
    ext = Extension(view, r, item, head + r.max_long_form, lowercase=introduced)
    ext.modifiers(view.run_end[head])
    ext.post_modifiers()
    item.last = ext.end
    if item.label == "PROGRAMME" and ext.name_end == ext.end:
        item.last = ext.end = ext.name_end = _years_after(view, ext.end)
    international = (
        w for w in content_words(ext, ext.modifiers_end, ext.name_end) if w in p.international_words
    )  # "Oficina de las Naciones Unidas ...", "Haut-Commissariat des Nations Unies ..."
    item.premods = (
        content_words(ext, item.first + 1, ext.modifiers_end)
        + tuple(international)
        + _acronyms(view, item)
    )
    if item.country is None and item.label == "AGENCY":
        item.country = _demonym(view, head + 1, ext.modifiers_end)
    item.short = _is_short(view, item, ext)
    if item.short and item.last == head + 1 and at == head - 1:
        return None  # a bare capitalised head without its article: a sentence's first word
    return item


def _acronyms(view: WordView, item: Found) -> tuple[str, ...]:
    """The acronyms a name holds, lower case ("de la UNODC": a UNODC office)."""
    return tuple(w.lower for w in view.words[item.first : item.last] if w.acronym)


def _demonym(view: WordView, first: int, end: int) -> str | None:
    """The country of a demonym or country among the head's own modifiers ("Policía Federal
    Argentina", "Agence nationale nigériane")."""
    for index in range(first, end):
        place = view.demonym_end(index) or view.country_end(index)
        if place is not None and place[0] <= end:
            return place[1]
    return None


def _years_after(view: WordView, end: int) -> int:
    """A programme's period closing its title ("Estrategia ... con Coca 2011-2015",
    "Plan Nacional 2017–2020"): the end after it. A single year is left alone (it may be
    the sentence's date)."""
    if end >= view.n or not _YEAR.fullmatch(view.words[end].text[:4]):
        return end
    if _PERIOD.fullmatch(view.words[end].text):
        return end + 1
    dash = view.text_is(end + 1, "-", "\u2013") and end + 2 < view.n
    if dash and _YEAR.fullmatch(view.words[end + 2].text):
        return end + 3
    return end


_YEAR = re.compile(r"(?:19|20)\d\d")
_PERIOD = re.compile(r"(?:19|20)\d\d[-\u2013](?:19|20)?\d\d")


def _is_short(view: WordView, item: Found, ext: Extension) -> bool:
    """Only generic words after the head ("la Oficina Regional", "el Programa"); a lone
    head that names a body on its own ("la Armada", "la Gendarmerie") is none."""
    if item.country or item.post is not None or item.in_at is not None:
        return False
    if item.last == item.first + 1 and item.head in view.p.standalone_heads and item.first:
        before = view.words[item.first - 1]
        if before.lower in view.p.articles or before.text in view.p.elisions:
            return False
    words = [view.words[i].lower for i in range(item.first + 1, item.last)]
    return all(w in view.p.generic_words for w in words)


__all__ = ["capital_phrase", "comma_list", "scan"]
