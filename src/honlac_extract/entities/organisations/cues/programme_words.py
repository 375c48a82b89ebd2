""" "the PREDEM project", "the I-24/7 global police communications system", "the project
HIV/AIDS prevention, ..., aimed at": a lower-case programme word beside a name."""

from __future__ import annotations

import regex

from ..data import KnownBody, fold
from ..found import Found
from ..view import WordView
from ..words import Word, squash
from .clauses import clause_end
from .titled import title_before

_DESCRIBED = 4
"""Most lower-case words between a system identifier and its programme word."""


def programme_words(
    view: WordView, by_key: dict[str, KnownBody], found: list[Found]
) -> list[Found]:
    """The programmes named beside each programme word of the paragraph."""
    made: list[Found] = []
    for index, word in enumerate(view.words):
        kind = view.p.identifier_programme_words.get(word.text)
        if kind is not None:
            item = _at(view, by_key, index, kind, found)
            if item is not None:
                made.append(item)
    return made


def _at(
    view: WordView, by_key: dict[str, KnownBody], index: int, kind: str, found: list[Found]
) -> Found | None:
    words, p = view.words, view.p
    code = _described_identifier(words, index)
    if code is not None:  # "the I-24/7 global police communications system"
        item = Found(code, index + 1, "PROGRAMME", "pattern:identifier-programme")
        item.kind, item.name = kind, words[code].text
        body = by_key.get(fold(words[code].text))
        if body is not None and body.label == "PROGRAMME":  # "the CENcomm platform"
            item.kind, item.name, item.acronym = body.kind, body.name, body.acronym
        return item
    if words[index].text not in p.trailing_programme_words:
        return None  # "application", "database": only after an identifier
    previous = index - 1
    if previous >= 0 and words[previous].acronym and words[previous].text not in p.not_acronyms:
        return _acronym_programme(view, by_key, previous, kind)
    titled = title_before(view, index, found)
    if titled is not None:  # "the Safer Roads in Ghana project"
        titled.kind = kind
        return titled
    return _title_after(view, index, kind)


def _acronym_programme(
    view: WordView, by_key: dict[str, KnownBody], at: int, kind: str
) -> Found | None:
    """ "the PREDEM project": the acronym names the programme unless it is a listed body."""
    text = view.words[at].text
    body = by_key.get(fold(text))
    if body is not None and body.label != "PROGRAMME":
        return None
    item = Found(at, at + 2, "PROGRAMME", "pattern:acronym-programme")
    item.kind, item.acronym = (body.kind if body else kind), text
    item.name = body.name if body else None
    item.bare = body is None
    return item


def _title_after(view: WordView, index: int, kind: str) -> Found | None:
    """ "the project Support to Drug Courts in Kenya, funded by": a title up to its clause's
    end after "the [adjective] <programme word>"."""
    words = view.words
    if not (
        view.text_is(index - 1, "the")
        or (
            view.text_is(index - 2, "the")
            and words[index - 1].lower == words[index - 1].text
            and words[index - 1].text[:1].isalpha()
        )
    ):
        return None
    start = index + 1
    if not view.nameword(start) and not (start < view.n and words[start].acronym):
        return None
    if words[start].lower in view.p.function_words or view.country_at(start, view.run_end[start]):
        return None
    end = clause_end(view, start)
    if end is None or end - start < 2:
        return None
    item = Found(start, end, "PROGRAMME", "pattern:programme-word", kind=kind)
    if _is_code(words[start]) and end - start > 2 and view.nameword(start + 1):
        # "the project XAMZ34 Strengthening Border Control ...": code, then title
        item.acronym = words[start].text
        start += 1
    item.name = squash(view.span_text(start, end))
    return item


def _is_code(word: Word) -> bool:
    """A project code such as "XAMZ34" or "GLOJ80": capitals and digits."""
    return word.acronym and any(c.isdigit() for c in word.text)


def _described_identifier(words: list[Word], index: int) -> int | None:
    """The identifier a few lower-case words before programme word ``index`` ("I-24/7 global
    police communications system", "the ContainerCOMM secure messaging application") or right
    before it ("the I-24/7 network"), or None."""
    at = index - 1
    while at >= 0 and index - at <= _DESCRIBED and words[at].text.islower():
        at -= 1
    if not _identifier(words, at, adjacent=at == index - 1):
        return None
    return at


_CAMEL = regex.compile(r"\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}")
"""A change of case inside a word that title case never makes ("ContainerCOMM", "goAML")."""


def _identifier(words: list[Word], index: int, adjacent: bool = False) -> bool:
    """A system identifier: a capital and a digit, no spaces ("I-24/7"), or a product-style
    word with a case change inside it ("ContainerCOMM", "goAML"; not a plural acronym such as
    "JAITFs"). Right before its programme word (``adjacent``) a capital-and-digit word must
    look like a code ("I-24/7", "X-400"), not a word with a number ("Phase-2 project")."""
    if index < 0 or words[index].acronym:
        return False
    text = words[index].text
    if len(text) >= 5 and text[:1].isalpha() and _CAMEL.search(text):
        return not (text.endswith("s") and text[:-1].isupper())
    if not (text[:1].isupper() and any(c.isdigit() for c in text)):
        return False
    return not adjacent or "/" in text or text.split("-")[0].isupper()
