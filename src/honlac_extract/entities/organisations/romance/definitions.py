"""Acronym definitions in Spanish and French notes.

The acronym after a long form is often the English one ("la Oficina de las Naciones Unidas
contra la Droga y el Delito (UNODC)", "Organización Internacional de Policía Criminal
(INTERPOL)") or a syllabic one ("COFEPRIS", "DEVIDA"), so the letters are no evidence here:

* the head-first name ending right before "(ACR)" takes it (a nested name whose initials spell
  it wins over the longer one: "... de la Comunidad Andina (CAN)");
* with no such name, the long form is read backwards from "(" to its head noun, or a title
  after a programme word takes it (:mod:`.long_forms`).

A known acronym (ONUDC, OMA, JIFE ...) gives the listed body: its English acronym, so that it
links with English-named mentions, and its name in the note's language when the language's
list has it (else the long form as written). "(ACR) de/du <País>" gives the country.
"""

from __future__ import annotations

from ...acronyms import capitals, is_acronym
from ..data import KnownBody, fold
from ..definitions.finder import _acronym_part, _short_form
from ..found import STOPS, Found
from ..view import WordView
from ..words import squash
from .long_forms import backwards, complement, headless
from .words import RomanceWords, initials_spell

_SHORT_REACH = 16


def definitions(
    view: WordView, r: RomanceWords, by_key: dict[str, KnownBody], found: list[Found]
) -> list[Found]:
    """The candidates that acronym definitions make or extend (new ones returned)."""
    ending: dict[int, list[Found]] = {}
    for item in found:
        if not item.bare:
            ending.setdefault(item.last, []).append(item)
    extra: list[Found] = []
    for index, word in enumerate(view.words):
        if word.text != "(":
            continue
        reach = range(index + 2, min(index + _SHORT_REACH, view.n))
        close = next((i for i in reach if view.words[i].text == ")"), None)
        if close is None:
            continue
        short = view.text[view.words[index + 1].start : view.words[close - 1].end]
        if not _short_form(view, index + 1, close, short):
            continue
        short = _acronym_part(view.words, index + 1, close, short)
        if not _acronym_like(view, index + 1, short):
            continue
        owners = (
            ending.get(index, [])
            or _quoted(view, r, ending, index)
            or _subtitled(view, r, ending, index)
        )
        owners = owners + _cut_short(ending, owners, index)
        owner = _owner(view, r, short, owners)
        if owner is not None:
            _cut_before(view, r, owner, owners)
        else:
            owner = (
                backwards(view, r, short, index)
                or headless(view, r, short, index)
                or backwards(view, r, short, index, lowercase=True)
            )
            if owner is None:
                continue
            extra.append(owner)
        take(view, r, by_key, owner, short, close)
    return extra


def _cut_short(ending: dict[int, list[Found]], owners: list[Found], open_index: int) -> list[Found]:
    """Longer names that took a nested name's first words and stopped inside it (their word
    bound), extended to "(" ("Centre de renseignement criminel du Conseil de coopération du
    Golfe pour la lutte | contre les drogues (GCCCIC)"): the longest long form is theirs."""
    grown: list[Found] = []
    for nested in owners:
        for end in range(nested.first + 1, open_index):
            for outer in ending.get(end, []):
                if outer.first < nested.first and outer.label == nested.label:
                    outer.last = open_index
                    grown.append(outer)
    return grown


def _quoted(
    view: WordView, r: RomanceWords, ending: dict[int, list[Found]], open_index: int
) -> list[Found]:
    """A quoted title closed right before "(" ('programme « Renforcement ... » (CRIMJUST)'):
    the acronym is the title's."""
    close = open_index - 1
    if close < 0 or view.words[close].text not in r.quotes_close:
        return []
    titles = [item for item in ending.get(close, []) if item.source == "pattern:quoted"]
    return [item for item in titles if not _nested_title(view, r, item.first - 1)]


def _nested_title(view: WordView, r: RomanceWords, quote: int) -> bool:
    """A title after a programme word that is itself a complement ("système de notification
    des incidents du Projet « Ion » (IONICS)"): the acronym is the longer system's."""
    word = quote - 1
    if word < 0 or view.words[word].lower not in r.programme_words:
        return False
    return view.nameword(word) and complement(view, r, word)  # not "l'appui du programme « X »"


_SUBTITLE = 8
"""Most words of a subtitle between a name's colon and its acronym."""


def _subtitled(
    view: WordView, r: RomanceWords, ending: dict[int, list[Found]], open_index: int
) -> list[Found]:
    """A name whose title goes on after a colon up to "(ACR)" ("Programa Mundial de
    Vigilancia de las Drogas Sintéticas: Análisis, Informes y Tendencias (SMART)"): the
    acronym is the whole title's, which then ends at "("."""
    index = open_index - 1
    while index >= 0 and open_index - index <= _SUBTITLE + 1:
        text = view.words[index].text
        if text == ":":
            break
        if not (text[:1].isalpha() or text == ",") or text in STOPS:
            return []
        index -= 1
    if index < 0 or index >= open_index - 1 or view.words[index].text != ":":
        return []
    titled = [item for item in ending.get(index, []) if item.label == "PROGRAMME"]
    for item in titled:
        item.last = open_index
    return titled


def _acronym_like(view: WordView, first: int, short: str) -> bool:
    """An acronym ("FELCN", "EL PAcCTO", "PAcCTO", a head word and one: "Red GlobE"), not
    words in brackets ("(Estado Plurinacional de)", a country's UN form, "(Nota del
    Secretario)")."""
    if is_acronym(view.words[first].text):
        return True
    parts = short.split()
    if len(parts) == 2 and view.is_head(first) and len(capitals(parts[1])) >= 2:
        return True  # a head word and the acronym: "(Red GlobE)", "(Réseau GlobE)"
    return " " not in short and len(capitals(short)) >= 2


def _owner(view: WordView, r: RomanceWords, short: str, owners: list[Found]) -> Found | None:
    """The longest name ending before "(", or a nested one that spells the acronym or is
    listed under it."""
    if not owners:
        return None
    ordered = sorted(owners, key=lambda f: (f.first, f.source))
    letters = [c.lower() for c in short if c.isalnum()]
    for item in ordered[1:]:  # "... de la Comunidad del Caribe (CARICOM)": the listed body's
        if item.source == "list" and fold(item.acronym or "") == fold(short):
            return item
    for item in ordered[1:]:
        if initials_spell(letters, view, item.first, item.last) and not initials_spell(
            letters, view, ordered[0].first, ordered[0].last
        ):
            return item
    return ordered[0]


def _cut_before(view: WordView, r: RomanceWords, owner: Found, owners: list[Found]) -> None:
    """A nested name that took the acronym is a body of its own: the longer names around it
    end before its connector ("la Policía Federal | de la Secretaría de Seguridad Pública
    (SSP)")."""
    at = r.introducer(view, owner.first)
    if at < 0 or view.words[at].lower not in r.connectors | view.p.of_words:
        return
    for item in owners:
        if item.first < at < item.last and item is not owner and not item.protected:
            item.last, item.post, item.country, item.name = at, None, None, None


def take(
    view: WordView,
    r: RomanceWords,
    by_key: dict[str, KnownBody],
    owner: Found,
    short: str,
    close: int,
) -> None:
    """Give ``short`` to ``owner``; its span grows to ")" (and "de <País>" for an agency)."""
    known = by_key.get(fold(short))
    if known is not None and owner.head_at is not None and known.label != owner.label:
        known = None  # "Comisión Centroamericana ... (CCP)": a body, not the listed programme
    if owner.source != "list" and known is not None:
        owner.label, owner.kind, owner.acronym = known.label, known.kind, known.acronym or short
        owner.country = known.country or owner.country
        written = owner.name or squash(view.span_text(owner.first, owner.last))
        owner.name = known.name if known.language != "en" else written
        owner.source = "list"
    else:
        owner.name = owner.name or squash(view.span_text(owner.first, owner.last))
        owner.acronym = owner.acronym if owner.source == "list" and owner.acronym else short
        owner.source = "list" if owner.source == "list" else "pattern:acronym-definition"
    owner.protected, owner.short = True, False
    owner.last = close + 1
    after = close + 1
    if after < view.n and view.words[after].lower in view.p.of_words:
        start = r.skip_articles(view, after + 1)
        place = view.country_end(start)
        if place is not None and not view.nameword(place[0]):
            owner.country = place[1]
            if owner.label == "AGENCY":
                owner.last = place[0]
