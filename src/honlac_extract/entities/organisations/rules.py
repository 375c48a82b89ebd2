"""Names the head-noun grammar cannot see, found beside lower-case cue words.

* "the offices of the Attorney General in Panama" (a lower-case Office), one body per country
  when the offices are several ("in Panama and the Dominican Republic");
* "the PREDEM project", "the INTERPOL I-24/7 communication system", "the project Support to
  Drug Courts in Kenya, funded by ...": a lower-case programme word beside a name;
* a quoted capitalised name near a programme word ('the programme "Strong Families"');
* a title announced by "entitled", "called", "known as" after a programme noun, and a
  capitalised title right before a lower-case programme word ("the Safer Roads project");
* bare acronyms ("FELCN"), provisional until note-level linking resolves or drops them.
"""

from __future__ import annotations

from functools import cache

import regex

from ...resources import data_json
from .data import KnownBody, Patterns, fold
from .patterns import (
    MAX_LONG_FORM,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    STOPS,
    Found,
    NameScanner,
    Word,
    joined,
    squash,
)


class CueRules:
    """Finds names announced by lower-case cue words, quotes and bare acronyms."""

    def __init__(self, patterns: Patterns, by_key: dict[str, KnownBody]) -> None:
        self.p = patterns
        self.by_key = by_key

    def lowercase_heads(self, scanner: NameScanner) -> list[Found]:
        """ "the offices of the Attorney General in Panama": a lower-case Office + "of" + name."""
        found = []
        words = scanner.words
        for index, word in enumerate(words):
            if word.text not in self.p.lowercase_heads or not scanner.text_is(index + 1, "of"):
                continue
            start = index + 2 + (1 if scanner.text_is(index + 2, "the") else 0)
            if not scanner.nameword(start):
                continue
            end = scanner.run_end[start]
            if scanner.is_head(end - 1) or scanner.country_at(start, end):
                continue
            item = Found(index, index + 1, "AGENCY", "pattern:head", head=word.lower)
            scanner.extend(item, True, False)
            if item.last > index + 1:
                item.has_of = True
                item.protected = item.in_at is not None and scanner.text_is(item.last, "and")
                found.append(item)
                found.extend(self._distributive(scanner, item))
        return found

    @staticmethod
    def _distributive(scanner: NameScanner, item: Found) -> list[Found]:
        """ "offices of X in Panama and the Dominican Republic": one more body per country."""
        if item.in_at is None or not scanner.text_is(item.last, "and"):
            return []
        start = item.last + 1 + (1 if scanner.text_is(item.last + 1, "the") else 0)
        placed = scanner.place(start)
        if placed is None or placed[1] is None:
            return []
        other = Found(item.first, placed[0], "AGENCY", item.source, head=item.head)
        other.has_of, other.seat, other.protected = True, placed[1], True
        base = joined(scanner, item.first + 1, item.in_at)
        place = joined(scanner, item.last + 1, placed[0])
        other.name = f"Office {base} of {place}"
        return [other]

    def programme_words(self, scanner: NameScanner, found: list[Found]) -> list[Found]:
        """ "the PREDEM project" and "the project HIV/AIDS prevention, ..., aimed at"."""
        words = scanner.words
        made: list[Found] = []
        for index, word in enumerate(words):
            kind = self.p.identifier_programme_words.get(word.text)
            if kind is None:
                continue
            previous = index - 1
            code = _described_identifier(words, index)
            if code is not None:  # "the I-24/7 global police communications system"
                item = Found(code, index + 1, "PROGRAMME", "pattern:identifier-programme")
                item.kind, item.name = kind, words[code].text
                body = self.by_key.get(fold(words[code].text))
                if body is not None and body.label == "PROGRAMME":  # "the CENcomm platform"
                    item.kind, item.name, item.acronym = body.kind, body.name, body.acronym
                made.append(item)
                continue
            if word.text not in self.p.trailing_programme_words:
                continue  # "application", "database": only after an identifier
            if (
                previous >= 0
                and words[previous].acronym
                and words[previous].text not in self.p.not_acronyms
            ):
                body = self.by_key.get(fold(words[previous].text))
                if body is None or body.label == "PROGRAMME":
                    item = Found(previous, index + 1, "PROGRAMME", "pattern:acronym-programme")
                    item.kind, item.acronym = (body.kind if body else kind), words[previous].text
                    item.name = body.name if body else None
                    item.bare = body is None
                    made.append(item)
                continue
            titled = self._title_before(scanner, index, found)
            if titled is not None:  # "the Safer Roads in Ghana project"
                titled.kind = kind
                made.append(titled)
                continue
            if not (
                scanner.text_is(index - 1, "the")
                or (
                    scanner.text_is(index - 2, "the")
                    and words[index - 1].lower == words[index - 1].text
                    and words[index - 1].text[:1].isalpha()
                )
            ):
                continue
            start = index + 1
            if not scanner.nameword(start) and not (start < scanner.n and words[start].acronym):
                continue
            if words[start].lower in self.p.function_words or scanner.country_at(
                start, scanner.run_end[start]
            ):
                continue
            end = self._clause_end(scanner, start)
            if end is None or end - start < 2:
                continue
            item = Found(start, end, "PROGRAMME", "pattern:programme-word", kind=kind)
            if _is_code(words[start]) and end - start > 2 and scanner.nameword(start + 1):
                # "the project XAMZ34 Strengthening Border Control ...": code, then title
                item.acronym = words[start].text
                start += 1
            item.name = squash(scanner.text[words[start].start : words[end - 1].end])
            made.append(item)
        return made

    def _title_before(self, scanner: NameScanner, index: int, found: list[Found]) -> Found | None:
        """A capitalised title right before a lower-case programme word and after "the", "its"
        or "a" ("the Response to Drugs and Related Crime in Ghana project"); not a name the
        grammar already found with an agency head ("the Ministry of Health programme"), not a
        country ("the Colombia project")."""
        words = scanner.words
        last = index - 1
        parts = words[last].text.split("-")
        if (
            not scanner.nameword(last)
            or words[last].acronym
            or (len(parts) > 1 and parts[-1].islower())
        ):
            return None  # "the European Union-funded project": who funds it, not its title
        start = last
        while start > 0 and index - start <= MAX_LONG_FORM:
            previous = start - 1
            if scanner.nameword(previous) or (
                words[previous].text in _TITLE_CONNECTORS
                and words[previous].text != "the"  # "Under the Safer ... project": an opener
                and scanner.nameword(previous - 1)
            ):
                start = previous
            else:
                break
        opener = _funder_start(scanner, start) - 1  # "the Japan-funded Safer Roads project"
        if not scanner.text_is(opener, *_TITLE_OPENERS) or words[start].lower in (
            self.p.function_words | self.p.not_title_starts
        ):
            return None
        names = sum(1 for i in range(start, index) if scanner.nameword(i))
        if names < 2 or scanner.country_at(start, index):
            return None
        if any(
            f.first <= start
            and index <= f.last
            and f.label == "AGENCY"
            and f.source != "acronym:bare"
            for f in found
        ):
            return None
        item = Found(start, index + 1, "PROGRAMME", "pattern:programme-word")
        item.name = squash(scanner.text[words[start].start : words[last].end])
        return item

    def titles(self, scanner: NameScanner) -> list[Found]:
        """A title announced by "entitled", "called", "known as" after a programme noun ("a
        project entitled Safer Roads", 'the campaign known as "Clean Borders"')."""
        words = scanner.words
        made = []
        starts = {cue[0] for cue in self.p.title_cues}
        for index, word in enumerate(words):
            if word.lower not in starts:
                continue
            for cue in self.p.title_cues:
                end = index + len(cue)
                if tuple(w.lower for w in words[index:end]) == cue:
                    break
            else:
                continue
            nouns = [
                self.p.title_nouns.get(words[i].lower)
                for i in range(max(0, index - _CUE_REACH), index)
            ]
            kinds = [k for k in nouns if k]
            if not kinds:
                continue
            start = end + 1 if scanner.text_is(end, *QUOTES_OPEN) else end
            if not scanner.nameword(start) or words[start].lower in (
                self.p.function_words | self.p.not_title_starts
            ):
                continue
            if start > end:
                close = next(
                    (
                        i
                        for i in range(start + 1, min(start + MAX_LONG_FORM, scanner.n))
                        if words[i].text in QUOTES_CLOSE or words[i].text in STOPS
                    ),
                    None,
                )
                if close is None or words[close].text not in QUOTES_CLOSE:
                    continue
                stop = close
            else:
                stop = start
                while stop < scanner.n and (
                    scanner.nameword(stop)
                    or (words[stop].text in _TITLE_CONNECTORS and scanner.nameword(stop + 1))
                ):
                    stop += 1
                if stop - start < 2 and not scanner.nameword(start):
                    continue
            item = Found(start, stop, "PROGRAMME", "pattern:title", kind=kinds[-1])
            item.name = squash(scanner.text[words[start].start : words[stop - 1].end])
            made.append(item)
        return made

    def _clause_end(self, scanner: NameScanner, start: int) -> int | None:
        words = scanner.words
        index = start
        while index < scanner.n and index - start <= MAX_LONG_FORM:
            text = words[index].text
            if text in STOPS:
                return None if text == "(" else index
            if text == ",":
                nxt = words[index + 1].lower if index + 1 < scanner.n else ""
                if nxt in self.p.clause_words or nxt.endswith(("ed", "ing")):
                    return index
                for ahead in range(index + 2, min(index + _SUBJECT_REACH, scanner.n)):
                    if words[ahead].text in STOPS or words[ahead].text == ",":
                        break
                    if words[ahead].lower in self.p.auxiliary_words and ahead < index + 5:
                        return index  # ", 40 officers were trained": a new clause
                    if _past_verb_after_name(scanner, ahead):
                        return index  # ", the NDLEA trained 186 officers": a new clause
            index += 1
        return index if index >= scanner.n else None

    def quoted(self, scanner: NameScanner) -> list[Found]:
        """A quoted capitalised name near a programme word ("Strong Families")."""
        words = scanner.words
        made = []
        for index, word in enumerate(words):
            if word.text not in QUOTES_OPEN or not scanner.nameword(index + 1):
                continue
            close = next(
                (
                    i
                    for i in range(index + 2, min(index + 10, scanner.n))
                    if words[i].text in QUOTES_CLOSE
                ),
                None,
            )
            if close is None:
                continue
            inner = range(index + 1, close)
            if not all(scanner.nameword(i) or words[i].text.islower() for i in inner):
                continue
            near = [
                self.p.trailing_programme_words.get(words[i].text)
                for i in (
                    *range(max(0, index - 8), index),
                    *range(close + 1, min(close + 4, scanner.n)),
                )
            ]
            kinds = [k for k in near if k]
            if not kinds:
                continue
            item = Found(index + 1, close, "PROGRAMME", "pattern:quoted", kind=kinds[0])
            item.name = squash(scanner.text[words[index + 1].start : words[close - 1].end])
            made.append(item)
        return made

    def acronyms(self, scanner: NameScanner) -> list[Found]:
        """Bare acronyms: provisional, resolved or dropped by note-level linking."""
        made = []
        for index, word in enumerate(scanner.words):
            if word.acronym and word.text not in self.p.not_acronyms:
                item = Found(index, index + 1, "AGENCY", "acronym:bare", acronym=word.text)
                item.bare = True
                made.append(item)
        return made

    # -- overlaps and fields --------------------------------------------------------------


_TITLE_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "against", "in", "to", "&"})
"""Lower-case words a capitalised title may hold ("Response to Drugs and Related Crime")."""
_TITLE_OPENERS = ("the", "The", "its", "a", "an", "this")
"""Words before a title that a programme word follows ("the ... project")."""
_CUE_REACH = 3
"""Most words between a programme noun and its title cue ("the project, known as")."""
_DESCRIBED = 4
"""Most lower-case words between a system identifier and its programme word."""


@cache
def _participles() -> frozenset[str]:
    """Lower-case participles that glue a funder or owner onto a name ("Japan-funded")."""
    return frozenset(data_json("organisation_patterns.json")["attributive_participles"])


def _funder_start(scanner: NameScanner, start: int) -> int:
    """First word of a "<Name>-funded" modifier ending right before word ``start`` (``start``
    when there is none): the title's opener comes before the funder."""
    words = scanner.words
    at = start - 1
    if not (
        at >= 2 and words[at].text in _participles() and scanner.text_is(at - 1, "-", "\u2010")
    ):
        return start
    first = at - 2
    if not (scanner.nameword(first) or words[first].acronym):
        return start
    while first > 0 and scanner.nameword(first - 1) and start - first < MAX_LONG_FORM:
        first -= 1
    return first


_SUBJECT_REACH = 9
"""Most words after a comma to the verb of a new clause (", the National Drug Law Enforcement
Agency seized")."""


def _past_verb_after_name(scanner: NameScanner, index: int) -> bool:
    """A lower-case past form right after a capitalised word or acronym: the verb of a clause
    whose subject is a name (", the NDLEA trained", ", the Customs Service seized"); a title's
    own lower-case words follow connectors ("and related", "for improved")."""
    word = scanner.words[index]
    return (
        word.text.islower()
        and word.text.endswith("ed")
        and len(word.text) > 3
        and (scanner.nameword(index - 1) or scanner.words[index - 1].acronym)
    )


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
