"""Programmes named beside a lower-case programme word in Spanish and French, where the word
comes first: "el sistema de comunicaciones I-24/7", "la plataforma CENcomm", "el proyecto
SECOPA", 'le projet « Riposte aux drogues ... »'."""

from __future__ import annotations

from ..cues.programme_words import _identifier
from ..data import KnownBody, fold
from ..found import STOPS, Found
from ..view import WordView
from ..words import squash
from .phrases import adjectives_after
from .words import RomanceWords

_DESCRIBED = 4
"""Most lower-case words between a programme word and its identifier."""
_DESCRIPTION = 6
"""Most lower-case words between a programme word and a name ("de prevención mediante el
deporte")."""
_NEAR = 8
_TITLE_CLOSERS = frozenset({",", ".", ";", ":", ")"})
_TITLE_WORDS = 10
"""Most words of a title after a programme word's description."""
"""Most words between a programme word and the quote that opens its title."""


def identified(view: WordView, r: RomanceWords, by_key: dict[str, KnownBody]) -> list[Found]:
    """A programme word followed by an identifier or an acronym."""
    made = []
    words = r.programme_words
    for index in [i for i, word in enumerate(view.words) if word.text in words]:
        kind = words[view.words[index].text]
        if kind is not None:
            item = _identifier_after(view, r, by_key, index, kind)
            if item is not None:
                made.append(item)
    return made


def _identifier_after(
    view: WordView, r: RomanceWords, by_key: dict[str, KnownBody], index: int, kind: str
) -> Found | None:
    words = view.words
    at = index + 1
    coded = adjectives_after(view, r, at)
    if coded > at and _coded(view, coded):  # "el proyecto regional XLAZ52"
        item = Found(index, coded + 1, "PROGRAMME", "pattern:identifier-programme", kind=kind)
        item.name = words[coded].text
        return item
    if at < view.n and words[at].acronym and words[at].text not in view.p.not_acronyms:
        body = by_key.get(fold(words[at].text))
        if body is not None and body.label != "PROGRAMME":
            return None  # "la red INTERPOL": the owner, not a programme
        item = Found(at, at + 1, "PROGRAMME", "pattern:acronym-programme", kind=kind)
        item.acronym, item.bare = (body.acronym if body else None) or words[at].text, body is None
        item.name = body.name if body else None
        item.kind = body.kind if body else kind
        return item
    while at < view.n and at - index <= _DESCRIBED and words[at].text.islower():
        at += 1
    if at >= view.n:
        return None
    if not _identifier(words, at, adjacent=at == index + 1):
        while at < view.n and at - index <= _DESCRIPTION and words[at].text.islower():
            at += 1  # a description reads further than an identifier's adjectives
        end = _described_name(view, r, by_key, at) if index + 1 < at < view.n else None
        if end is None:
            return None
        item = Found(at, end, "PROGRAMME", "pattern:described-programme", kind=kind)
        item.name = squash(view.span_text(at, end))  # "el programa escolar ... Unplugged"
        return item
    item = Found(index, at + 1, "PROGRAMME", "pattern:identifier-programme", kind=kind)
    item.name = words[at].text
    body = by_key.get(fold(words[at].text))
    if body is not None and body.label == "PROGRAMME":  # "la plataforma CENcomm"
        item.kind, item.name, item.acronym = body.kind, body.name, body.acronym
    return item


def _described_name(
    view: WordView, r: RomanceWords, by_key: dict[str, KnownBody], at: int
) -> int | None:
    """The end of a name after a programme word and its lower-case description ("el portal
    de gestión de conocimientos SHERLOC", "el programa de prevención escolar Juego del Buen
    Comportamiento,"), or None: an acronym no list gives to a body, a capitalised word that is
    no place and that no other capitalised word continues, or a capitalised title closed by
    punctuation; the description's last word must not be an article or a connector ("el
    programa de la UNODC" names the owner)."""
    words = view.words
    word = words[at]
    if words[at - 1].lower in view.p.function_words | view.p.articles | view.p.of_words:
        return None
    if view.country_end(at) is not None or view.city_end(at) is not None:
        return None
    if not view.nameword(at) or word.lower in view.p.function_words or view.is_head(at):
        return None
    body = by_key.get(fold(word.text))
    if body is not None and body.label != "PROGRAMME":
        return None
    title_end = _closed_title(view, r, at)
    if title_end is not None and title_end > at + 1:
        return title_end
    if view.nameword(at + 1) or _title_goes_on(view, r, at + 1):
        return None  # an unclosed title ("Fortalecimiento de Capacidades en ...") is none
    if word.acronym:
        return at + 1 if word.text not in view.p.not_acronyms else None
    return at + 1 if body is None and len(word.text) >= 4 else None


def _title_goes_on(view: WordView, r: RomanceWords, at: int) -> bool:
    """Whether a connector at ``at`` goes on with a capitalised word ("de Capacidades")."""
    return (
        at < view.n
        and view.words[at].lower in view.p.of_words
        and view.nameword(r.skip_articles(view, at + 1))
    )


def _closed_title(view: WordView, r: RomanceWords, at: int) -> int | None:
    """The end of a capitalised title with its connectors ("Juego del Buen Comportamiento",
    "Line Up Live Up") when punctuation closes it, else None."""
    end = view.run_end[at]
    while end < view.n and view.words[end].lower in view.p.of_words:
        start = r.skip_articles(view, end + 1)
        if not view.nameword(start) or view.is_head(start) or view.country_end(start):
            return None
        end = view.run_end[start]
    closed = end >= view.n or view.words[end].text in _TITLE_CLOSERS
    return end if closed and end - at <= _TITLE_WORDS else None


def _coded(view: WordView, at: int) -> bool:
    """A project code after a programme word's adjectives: capitals and digits ("XLAZ52",
    "GLOU40"), not an acronym of a body ("de la UNODC")."""
    if at >= view.n:
        return False
    text = view.words[at].text
    return (
        text[:1].isupper()
        and any(c.isdigit() for c in text)
        and text.replace("-", "").isalnum()
        and text not in view.p.not_acronyms
    )


def quoted(view: WordView, r: RomanceWords) -> list[Found]:
    """A quoted title starting with a capital near a programme word."""
    words = view.words
    made = []
    for index, word in enumerate(words):
        if word.text not in r.quotes_open or not view.nameword(index + 1):
            continue
        reach = range(index + 2, min(index + r.max_long_form, view.n))
        close = next(
            (i for i in reach if words[i].text in r.quotes_close or words[i].text in STOPS), None
        )
        if close is None or words[close].text not in r.quotes_close:
            continue
        around = (*range(max(0, index - _NEAR), index), *range(close + 1, min(close + 4, view.n)))
        kinds = [
            r.programme_words[words[i].lower] for i in around if words[i].lower in r.programme_words
        ]  # "le projet « Riposte ... »", "au titre du Projet « Prism »"
        if not kinds:
            continue
        item = Found(index + 1, close, "PROGRAMME", "pattern:quoted", kind=kinds[-1])
        item.name = squash(view.span_text(index + 1, close))
        made.append(item)
    return made
