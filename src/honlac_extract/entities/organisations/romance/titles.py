"""A capitalised title right after a lower-case programme word: "el proyecto Fortalecimiento
de la Capacidad de Interdicción en Puertos, financiado por ...", "le programme Appui à la
Justice au Sahel." The title is read as a head-first name would be (:mod:`.phrases`) and kept
only when punctuation closes it: a title running into the sentence's verb is no title."""

from __future__ import annotations

from ..cues.programme_words import _identifier
from ..found import Found
from ..view import WordView
from ..words import squash
from .phrases import Extension
from .words import RomanceWords

_CLOSERS = frozenset({",", ".", ";", ":", "(", ")", "\u00bb", "\u201d", '"'})


def titled(view: WordView, r: RomanceWords, found: list[Found]) -> list[Found]:
    """The titles after programme words that no other name starts with."""
    starts = {item.first for item in found}
    made = []
    programme_words = r.programme_words
    for index in [i for i, word in enumerate(view.words) if word.text in programme_words]:
        kind = programme_words[view.words[index].text]
        start = index + 1
        if kind is None or start in starts or not view.nameword(start) or view.is_head(start):
            continue
        if view.words[start].lower in view.p.function_words or view.country_end(start):
            continue
        if view.words[start].acronym or _identifier(view.words, start, adjacent=True):
            continue  # "el proyecto SECOPA", "la red I-24/7": see .cues
        if _adjective_form(r, view.words[start].lower):
            continue  # "el programa Mundial ...": the programme word's own adjective
        item = Found(start, start + 1, "PROGRAMME", "pattern:programme-word", kind=kind)
        ext = Extension(view, r, item, start + r.max_long_form, lowercase=True)
        ext.modifiers(view.run_end[start])
        ext.post_modifiers()
        end = ext.name_end
        if end - start < 2 or not (end >= view.n or view.words[end].text in _CLOSERS):
            continue
        item.last, item.country, item.seat, item.in_at = end, None, None, None
        item.name = squash(view.span_text(start, end))
        made.append(item)
    return made


def _adjective_form(r: RomanceWords, lower: str) -> bool:
    """Whether a (capitalised) word has an adjective's form ("Mundial", "Nacional")."""
    return lower in r.adjectives or (len(lower) > 4 and lower.endswith(r.adjective_suffixes))
