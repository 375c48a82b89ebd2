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
    described = _described_acronym(view, index)
    if described is not None:  # "the SHERLOC knowledge management portal"
        return _acronym_programme(view, by_key, described, kind, end=described + 1)
    if words[index].text not in p.trailing_programme_words:
        return _title_after(view, index, kind, one_word=True)  # "the portal SHERLOC"
    previous = index - 1
    if previous >= 0 and words[previous].acronym and words[previous].text not in p.not_acronyms:
        return _acronym_programme(view, by_key, previous, kind)
    titled = title_before(view, index, found)
    if titled is not None:  # "the Safer Roads in Ghana project"
        titled.kind = kind
        return titled
    return _title_after(view, index, kind)


def _acronym_programme(
    view: WordView, by_key: dict[str, KnownBody], at: int, kind: str, end: int | None = None
) -> Found | None:
    """ "the PREDEM project": the acronym names the programme unless it is a listed body
    (the span ends at ``end``, after the programme word by default)."""
    text = view.words[at].text
    body = by_key.get(fold(text))
    if body is not None and body.label != "PROGRAMME":
        return None
    item = Found(at, end or at + 2, "PROGRAMME", "pattern:acronym-programme")
    item.kind, item.acronym = (body.kind if body else kind), text
    item.name = body.name if body else None
    item.bare = body is None
    return item


def _title_after(view: WordView, index: int, kind: str, one_word: bool = False) -> Found | None:
    """ "the project Support to Drug Courts in Kenya, funded by": a title up to its clause's
    end after "the [adjective] <programme word>"."""
    words = view.words
    near = view.text_is(index - 1, "the") or (
        view.text_is(index - 2, "the")
        and words[index - 1].lower == words[index - 1].text
        and words[index - 1].text[:1].isalpha()
    )
    if not near and not _after_determiner(view, index):
        return None
    one_word = one_word or not near  # a longer description: only a one-word title is sure
    start = index + 1
    if not view.nameword(start) and not (start < view.n and words[start].acronym):
        return None
    if words[start].lower in view.p.function_words or view.country_at(start, view.run_end[start]):
        return None
    end = None if one_word else clause_end(view, start)
    if end is not None and end - start < 2:
        end = None
    if end is None:
        end = _one_word_title(view, start)
    if end is None:
        return None
    item = Found(start, end, "PROGRAMME", "pattern:programme-word", kind=kind)
    if _is_code(words[start]) and end - start > 2 and view.nameword(start + 1):
        # "the project XAMZ34 Strengthening Border Control ...": code, then title
        item.acronym = words[start].text
        start += 1
    item.name = squash(view.span_text(start, end))
    return item


_DESCRIPTION = 3
"""Most lower-case words between "the" and a programme word ("the school-based prevention
programme Unplugged")."""


def _after_determiner(view: WordView, index: int) -> bool:
    """Whether "the" (or "its", "a") comes before the programme word at ``index``, over a few
    lower-case words."""
    at = index - 1
    while at >= 0 and index - at <= 2 * _DESCRIPTION + 1:  # a hyphen is a word of its own
        word = view.words[at]
        if word.lower in _DETERMINERS:
            return True
        if word.text != "-" and not (word.text[:1].isalpha() and word.text.islower()):
            return False
        at -= 1
    return False


_DETERMINERS = frozenset({"the", "its", "their", "a", "an"})


def _one_word_title(view: WordView, start: int) -> int | None:
    """The end of a one-word title ("the programme Unplugged in 60 schools", "the system
    SeaVision"): a capitalised word of four letters or more that is no head and that no other
    capitalised word continues; None otherwise."""
    word = view.words[start]
    if view.nameword(start + 1) or view.is_head(start) or len(word.text) < 4:
        return None
    if word.acronym or _identifier(view.words, start) or word.text.isalpha():
        return start + 1
    return None


def _described_acronym(view: WordView, index: int) -> int | None:
    """An acronym a few lower-case words before programme word ``index`` ("the SHERLOC
    knowledge management portal"), after "the"; None otherwise."""
    at = index - 1
    while at >= 0 and index - at <= _DESCRIBED and view.words[at].text.islower():
        at -= 1
    if at == index - 1 or at < 1 or not view.words[at].acronym:
        return None
    if view.words[at].text in view.p.not_acronyms or view.words[at - 1].lower not in _DETERMINERS:
        return None
    return at


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
