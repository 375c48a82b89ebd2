"""Long forms read back from an acronym in Spanish and French notes, where no name found
forward ends right before "(ACR)".

The long form is read backwards from "(" to a capitalised head noun, over words and elisions
only (French sentence case: "Office central ... des stupéfiants (OCRTIS)"): the nearest head
whose initials spell the acronym, else the nearest head that is not a complement of another
("du Projet Ion" belongs to "Système de notification ..."). Any lower-case word may be part of
it but clause words and auxiliaries. With no head, a capitalised title after a programme word
and its adjectives takes the acronym ("el proyecto de Cooperación en Seguridad en Panamá
(SECOPA)").
"""

from __future__ import annotations

from ...acronyms import is_acronym
from ..found import STOPS, Found
from ..view import WordView
from ..words import squash
from .words import RomanceWords, initial, initials_spell

_SPELLED_FURTHER = 8
"""Content words a long form read back from its acronym may hold beyond the usual reach when
its head's initials spell the acronym ("Servicio Nacional de Atención Integral a Personas
Adultas Privadas de la Libertad y a Adolescentes Infractores (SNAI)")."""


def backwards(
    view: WordView, r: RomanceWords, short: str, open_index: int, lowercase: bool = False
) -> Found | None:
    """The sentence-case long form read back from "(" to its head noun (see the module); with
    ``lowercase``, to a lower-case programme word after an article when no capitalised head
    is there (tried after :func:`headless`: "el proyecto Cooperación en ... (SECOPA)" is the
    title's)."""
    letters = [initial(c) for c in short if c.isalnum()]
    if not is_acronym(short) or not 2 <= len(letters) <= 10:
        return None
    skip = view.p.function_words | r.connectors | view.p.articles
    heads: list[int] = []
    near = max(len(letters) + 6, 12)  # content words a long form holds; one that spells: more
    content, index, near_end = 0, open_index - 1, 0
    while (
        index >= 0 and content <= near + _SPELLED_FURTHER and open_index - index <= r.max_long_form
    ):
        text = view.words[index].text
        if text == "," and _enumerated(view, r, index, open_index):
            index -= 1
            continue
        if text not in view.p.elisions and text not in ("-", "\u2010", "\u2013"):
            if not _in_long_form(view, r, index, skip):
                if _lowercase_head(view, index):
                    heads.append(index)
                    near_end = index if content < near else near_end
                break
            content += view.words[index].lower not in skip
            near_end = index if content <= near else near_end
            if view.is_head(index) or _lowercase_head(view, index):
                heads.append(index)
        index -= 1
    spelled = [h for h in heads if initials_spell(letters, view, h, open_index)]
    heads = [h for h in heads if h >= near_end]  # further back only a head that spells it
    systems = [h for h in heads if _introduced_programme_word(view, r, h)]
    heads = [h for h in heads if view.nameword(h)]  # a lower-case head only when it spells
    free = [h for h in heads if not complement(view, r, h)]
    choices = spelled or free or heads[-1:] or (systems[:1] if lowercase else [])
    return _made(view, choices[0], open_index) if choices else None


_ARTICLE_CONNECTORS = frozenset({"du", "des", "au", "aux", "del", "al"})


def _introduced_programme_word(view: WordView, r: RomanceWords, index: int) -> bool:
    """A lower-case programme head after an article ("du système de déclaration en douane
    (CDS)", "le projet de modernisation des laboratoires (FORLAB)"): with an English acronym
    that its initials do not spell, the long form still starts there when no capitalised
    head does."""
    word = view.words[index]
    if not word.text.islower() or view.base(index) not in view.p.programme_heads:
        return False
    before = index - 1
    while before >= 0 and view.words[before].text in view.p.elisions:
        before -= 1
    if before < 0:
        return False
    lower = view.words[before].lower
    # an article, a possessive or an article glued to "de"/"a" ("du", "del"), not a bare
    # "de" ("l'application de réseau ...": "réseau" is its complement)
    return lower in view.p.articles or lower in r.possessives or lower in _ARTICLE_CONNECTORS


def _lowercase_head(view: WordView, index: int) -> bool:
    """A lower-case head noun ("la cellule aéroportuaire anti-trafics (CAAT)"): a long form's
    first word only when the initials spell the acronym."""
    word = view.words[index]
    if not word.text.islower():
        return False
    base = view.base(index)
    return base in view.p.agency_heads or base in view.p.programme_heads


def complement(view: WordView, r: RomanceWords, head: int) -> bool:
    """Whether a connector comes right before the head ("du Projet Ion"): it is a complement
    of a longer name, not the long form's first word."""
    at = r.introducer(view, head)
    return at >= 0 and view.words[at].lower in r.connectors


def _enumerated(view: WordView, r: RomanceWords, comma: int, open_index: int) -> bool:
    """Whether the comma at ``comma`` separates complements of one name that a coordinator
    closes before its acronym ("Autorité de la zakat, de l'impôt et des douanes (ZATCA)"):
    an of-word follows it and every later comma, and "et"/"y" comes before the "("."""
    following = comma + 1
    if following >= open_index or view.words[following].lower not in view.p.of_words:
        return False
    rest = [view.words[i].lower for i in range(following, open_index)]
    commas_open = all(
        rest[i + 1] in view.p.of_words for i, word in enumerate(rest[:-1]) if word == ","
    )
    return commas_open and rest[-1] != "," and any(word in r.coordinators for word in rest)


def _in_long_form(view: WordView, r: RomanceWords, index: int, skip: frozenset[str]) -> bool:
    """A word a long form may hold: capitalised, a function word, an adjective, or a
    lower-case noun after a connector ("de répression", "sur l'usage", "sans drogues"), also
    after an indefinite article ("pour le développement et une vie"); a verb ("participó en")
    is none. A noun after "et"/"y" belongs only when the first conjunct is itself a
    complement ("pour le développement et une vie", not "Police nationale et les douanes")."""
    word = view.words[index]
    if not word.text[:1].isalpha() or word.lower in view.p.auxiliary_words:
        return False
    if word.cap or word.lower in skip or r.is_adjective(view, index, participles=True):
        return True
    before = r.introducer(view, index)
    while before >= 0 and view.words[before].lower in r.indefinite_articles:
        before = r.introducer(view, before)
    if before < 0:
        return False
    lower = view.words[before].lower
    if lower in r.coordinators:
        return _complement_before(view, r, before)
    if lower in r.long_form_connectors | view.p.of_words:
        return True
    return _open_word(view, r, index) and (view.words[before].cap or _open_word(view, r, before))


def _open_word(view: WordView, r: RomanceWords, index: int) -> bool:
    """A lower-case word that is neither a clause word nor an auxiliary: an adjective or noun
    no list knows, after another such word ("interdiction rapide", "nationale lao")."""
    word = view.words[index]
    return (
        word.text.isalpha()
        and word.text.islower()
        and word.lower not in r.long_form_breaks
        and word.lower not in view.p.auxiliary_words
    )


_CONJUNCT = 6
"""Most words a lower-case first conjunct holds back to its connector."""


def _complement_before(view: WordView, r: RomanceWords, coordinator: int) -> bool:
    """Whether the words before ``coordinator`` are a lower-case complement opened by a
    connector ("pour le développement"), not a head's own words ("Police nationale")."""
    for index in range(coordinator - 1, max(-1, coordinator - 1 - _CONJUNCT), -1):
        word = view.words[index]
        if word.text in view.p.elisions:
            continue
        if not word.text[:1].isalpha() or not word.text.islower():
            return False
        if word.lower in r.long_form_connectors | view.p.of_words:
            return True
    return False


def _made(view: WordView, head: int, end: int) -> Found:
    base = view.base(head)
    if base in view.p.programme_heads:
        made = Found(head, end, "PROGRAMME", "pattern:head", head=base)
        made.kind = view.p.programme_heads[base]
    else:
        made = Found(head, end, "AGENCY", "pattern:head", head=base)
    made.head_at, made.post = head, "de"
    skip = view.p.function_words | view.p.articles
    made.premods = tuple(
        w.lower for w in view.words[head + 1 : end] if w.text[:1].isalpha() and w.lower not in skip
    )
    return made


def headless(view: WordView, r: RomanceWords, short: str, open_index: int) -> Found | None:
    """A title after a programme word and its adjectives, up to "(ACR)"."""
    if not is_acronym(view.words[open_index + 1].text):
        return None
    start = open_index - 1
    while start > 0 and open_index - start <= r.max_long_form:
        if view.words[start].text in STOPS:
            return None
        if view.nameword(start):
            before = start - 1
            if before > 0 and view.words[before].lower in view.p.of_words:
                before -= 1  # "el proyecto de Cooperación en Seguridad en Panamá (SECOPA)"
            while before > 0 and r.is_adjective(view, before):
                before -= 1
            kind = r.programme_words.get(view.words[before].lower)
            if kind is not None and view.words[before].text.islower():
                made = Found(start, open_index, "PROGRAMME", "pattern:acronym-definition")
                made.kind = kind
                made.name = squash(view.span_text(start, open_index))
                return made
        start -= 1
    return None
