"""The name grammar that finds AGENCY and PROGRAMME names no list holds.

Notes keep naming national bodies the project has never seen, so names are found by their
shape, on "words" (tokens re-joined across hyphens and slashes, possessives folded in):

* a capitalised run ending in a head noun ("Federal Commission", "Airport Communication
  Programme"), optionally joined leftwards by "and" ("Liaison and Partnership Office");
* followed by post-modifiers: a connector ("of", "for", "on", "against", "to", "without") and a
  capitalised phrase, with "and" and comma lists inside ("against Money-Laundering, Proceeds of
  Crime and the Financing of Terrorism"); "in <place>" only after Office ("Country Office in
  Peru"); a trailing "of <Country>" gives the body's country;
* head-first names ("Operation Lionfish III", Spanish "Universidad Latina de Panamá").

The scan is linear in the number of words: each run is visited once and each extension only
moves forward.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from ...resources import data_json
from ..acronyms import is_acronym
from .data import Patterns

QUOTES_OPEN = frozenset({'"', "\u201c", "\u2018", "'"})
QUOTES_CLOSE = frozenset({'"', "\u201d", "\u2019", "'"})
STOPS = frozenset({".", ";", ":", "(", ")", "!", "?"})
MAX_LONG_FORM = 30
"""Longest long form (in words) an acronym or a programme word may introduce."""
STATE_WORDS = frozenset({"state", "republic", "kingdom", "federation", "islands", "emirates"})


_PARTICIPLES = "|".join(
    sorted(
        data_json("organisation_patterns.json")["attributive_participles"], key=len, reverse=True
    )
)
_WORD = re.compile(
    rf"(\w+(?:[-/\u2010\u2011](?!(?:{_PARTICIPLES})\b)\w+)*)"
    r"(['\u2019]s(?!\w)|(?<=s)['\u2019](?=[ \u00a0]+[A-Z]))?|[^\w\s]"
)
"""A word (parts joined by hyphens or slashes, then an optional possessive: "Prosecutor's",
or a plural one before a capitalised word: "Prosecutors' Office") or one mark. A hyphen before
an attributive participle splits ("European Union-funded": the funder, then "-funded"), so a
funder never glues onto the name it qualifies. Linear: the separators inside a word are never
word characters."""


class Word(NamedTuple):
    """A word of the text: tokens joined across hyphens and slashes ("Attorney-General",
    "HIV/AIDS"), a possessive "'s" folded in; a punctuation mark is a word of its own."""

    text: str
    lower: str
    start: int
    end: int
    cap: bool
    acronym: bool
    possessive: bool


def words_of(text: str) -> list[Word]:
    """The words of ``text`` in order (one C-level regex pass: faster than reading tokens)."""
    words: list[Word] = []
    append = words.append
    make = tuple.__new__  # skips NamedTuple's keyword handling: this loop runs per word
    for match in _WORD.finditer(text):
        word, possessive = match.group(1, 2)
        if word is None:
            start, end = match.span()
            word = text[start:end]
        else:
            start, end = match.span(1)
        cap = word[:1].isupper()
        acronym = cap and len(word) <= 10 and word.isupper() and is_acronym(word)
        append(make(Word, (word, word.lower(), start, end, cap, acronym, possessive is not None)))
    return words


@dataclass
class Found:
    """One AGENCY/PROGRAMME candidate over words ``[first, last)``."""

    first: int
    last: int
    label: str
    source: str
    head: str = ""
    kind: str | None = None
    name: str | None = None
    acronym: str | None = None
    country: str | None = None
    seat: str | None = None
    seat_city: bool = False
    """The seat is a city ("in Nairobi"): its country is the seat, the name keeps "in"."""
    premods: tuple[str, ...] = ()
    head_at: int | None = None
    has_of: bool = False
    protected: bool = False
    short: bool = False
    bare: bool = False
    in_at: int | None = None
    """Word index of the "in" before an office's place ("Country Office in Peru")."""
    post: str | None = None
    """The last connector whose phrase the name took ("for", "on", ...), None if none."""


CountryAt = Callable[[int, int], str | None]
"""(first word, end word) -> iso3 when exactly those words name a country."""


class NameScanner:
    """Finds pattern names in one document's words."""

    def __init__(
        self,
        text: str,
        words: list[Word],
        patterns: Patterns,
        country_at: CountryAt,
        country_end: Callable[[int], tuple[int, str] | None],
        city_end: Callable[[int], tuple[int, str] | None] | None = None,
    ) -> None:
        self.text = text
        self.words = words
        self.p = patterns
        self.country_at = country_at
        self.country_end = country_end
        self.city_end = city_end or (lambda index: None)
        self.n = len(words)
        self.run_end = self._run_ends()

    # -- word classes -------------------------------------------------------------------
    def base(self, index: int) -> str:
        """The last hyphen part of a word, lower case ("Vice-Ministry" -> "ministry")."""
        return self.words[index].lower.rsplit("-", 1)[-1]

    def nameword(self, index: int) -> bool:
        """A capitalised word that can be part of a name."""
        if not 0 <= index < self.n:
            return False
        word = self.words[index]
        return word.cap and word.text[:1].isalpha()

    def is_head(self, index: int) -> bool:
        """A capitalised head noun of an agency or programme name."""
        if not self.nameword(index):
            return False
        base = self.base(index)
        return base in self.p.agency_heads or base in self.p.programme_heads

    def _run_ends(self) -> list[int]:
        ends = list(range(1, self.n + 1))
        for index in range(self.n - 2, -1, -1):
            if (
                self.nameword(index)
                and self.nameword(index + 1)
                and (not self.words[index].possessive or self.is_head(index + 1))
            ):
                ends[index] = ends[index + 1]
        return ends

    def text_is(self, index: int, *values: str) -> bool:
        """Whether word ``index`` exists and its text is one of ``values``."""
        return 0 <= index < self.n and self.words[index].text in values

    # -- phrases --------------------------------------------------------------------------
    def member(self, index: int) -> int | None:
        """End of one member of a comma list inside a name ("Proceeds of Crime")."""
        if not self.nameword(index) or self.words[index].lower in self.p.function_words:
            return None
        end = self.run_end[index]
        if self.is_head(end - 1) or self.country_at(index, end):
            return None
        while self.text_is(end, "of", "for", "on", "against") and self.nameword(end + 1):
            inner = self.run_end[end + 1]
            if self.is_head(inner - 1):
                break
            end = inner
        return end

    def list_end(self, comma: int) -> int | None:
        """End of a comma list "A, B and C" starting at ``comma``; None if it is not one."""
        index = comma
        while self.text_is(index, ","):
            start = index + 1
            if self.text_is(start, "and"):
                return self._closing(start)
            start += 1 if self.text_is(start, "the") else 0
            end = self.member(start)
            if end is None:
                return None
            index = end
        if self.text_is(index, "and"):
            return self._closing(index)
        return None

    def _closing(self, and_index: int) -> int | None:
        start = and_index + 1
        start += 1 if self.text_is(start, "the") else 0
        return self.member(start)

    def phrase(self, index: int, joint: list[bool]) -> int | None:
        """End of the capitalised phrase after a connector ("Justice and Law")."""
        known = self.country_end(index)
        if known is not None and not self.nameword(known[0]):
            if not self._name_continues(known[0]):
                return known[0]
            end = known[0]
        else:
            if not self.nameword(index) or self.words[index].lower in self.p.function_words:
                return None
            end = self.run_end[index]
            if self.country_at(index, end) and not self._name_continues(end):
                return end
        while end < self.n:
            if self.text_is(end, "and"):
                start = end + 1
                start += 1 if self.text_is(start, "the") else 0
                if not self.nameword(start):
                    break
                after = self.run_end[start]
                if self.has_acronym(start, after):
                    break  # "of Health and the WHO programme": another body begins
                if self.is_head(after - 1):
                    if not joint[0] or self.text_is(end + 1, "the"):
                        break
                    joint[0] = False
                end = after
                continue
            if self.text_is(end, "the") and self.words[end - 1].lower.endswith("ing"):
                start = end + 1  # "for Strengthening the Capacities of ..."
                if self.nameword(start) and not self.is_head(self.run_end[start] - 1):
                    end = self.run_end[start]
                    continue
            if self.text_is(end, ","):
                closed = self.list_end(end)
                if closed is not None:
                    end = closed
            break
        return end

    def place(self, index: int) -> tuple[int, str | None] | None:
        """End and iso3 of the place after "in" ("Peru", "the Plurinational State of Bolivia")."""
        known = self.country_end(index) or self.city_end(index)
        if known is not None:
            return known
        if not self.nameword(index) or self.words[index].lower in self.p.function_words:
            return None
        if self.words[index].lower in self.p.not_places:
            return None
        end = self.run_end[index]
        if self.text_is(end, "of") and self.base(end - 1) in STATE_WORDS and self.nameword(end + 1):
            end = self.run_end[end + 1]
        return end, self.country_at(index, end)

    def _name_continues(self, end: int) -> bool:
        """A country inside a name ("for Afghanistan and Neighbouring Countries")."""
        if not self.text_is(end, "and"):
            return False
        start = end + 1
        if not self.nameword(start) or self.country_end(start) is not None:
            return False
        after = self.run_end[start]
        if self.is_head(after - 1) or self.has_acronym(start, after):
            return False
        return self.country_at(start, after) is None

    def has_acronym(self, start: int, end: int) -> bool:
        """Whether words ``[start, end)`` hold an acronym (the name of another body)."""
        return any(self.words[i].acronym for i in range(start, end))

    def _country_list_follows(self, end: int) -> bool:
        """ "of Côte d'Ivoire, Guinea-Bissau and ...": the body is plural, not one country's."""
        if not self.text_is(end, ",", "and"):
            return False
        start = end + 1 + (1 if self.text_is(end + 1, "the") else 0)
        known = self.country_end(start)
        if known is not None:
            return not self.nameword(known[0])
        if not self.nameword(start):
            return False
        after = self.run_end[start]
        return self.country_at(start, after) is not None and not self.text_is(after, "of")

    def extend(self, found: Found, office: bool, joint: bool) -> None:
        """Add the post-modifiers after the head to ``found`` (moves ``found.last``)."""
        flag = [joint]
        index = found.last
        while index < self.n and self.words[index].text in self.p.post_connectors:
            connector = self.words[index].text
            start = index + 1
            start += 1 if self.text_is(start, "the") else 0
            if connector == "in":
                placed = self.place(start)
                if placed is None:
                    break
                if not office and not (
                    self.text_is(placed[0], "(") and self.text_is(placed[0] + 2, ")")
                ):
                    break
                found.in_at = index
                found.seat_city = self.country_end(start) is None and bool(self.city_end(start))
                index, found.seat = placed
                break
            if connector == "to" and start != index + 1:
                break
            end = self.phrase(start, flag)
            if end is None or any(self.base(i) in self.p.event_words for i in range(start, end)):
                break  # "Secretariat for the Twenty-sixth Meeting of ...": an event follows
            iso = self.country_at(start, end) if connector == "of" else None
            if iso and self._country_list_follows(end):
                break
            if iso:
                found.country = iso
                if found.label == "PROGRAMME":
                    break
                index = end
                break
            if connector == "of":
                found.has_of = True
            found.post = connector
            index = end
        found.last = index

    # -- names ----------------------------------------------------------------------------
    def scan(self) -> list[Found]:
        """Every pattern name, in text order (overlaps not yet resolved)."""
        found: list[Found] = []
        index = 0
        while index < self.n:
            if not self.nameword(index):
                index += 1
                continue
            end = self.run_end[index]
            for start in range(index, end):
                if self.words[start].lower not in self.p.function_words:
                    break
            else:
                index = end
                continue
            candidate = self._name(start, end, trimmed=start > index)
            if candidate is not None:
                found.append(candidate)
            index = end
        return found

    def _name(self, start: int, end: int, trimmed: bool) -> Found | None:
        words, p = self.words, self.p
        if words[start].lower in p.spanish_heads:
            return self._spanish(start, end)
        head = end - 1
        if self._compass_after_head(start, head):
            head -= 1  # "Joint Interagency Task Force South": the name ends after its head
        if self.is_head(head):
            base = self.base(head)
            if base in p.programme_heads:
                found = Found(start, end, "PROGRAMME", "pattern:head", head=base)
                found.kind = p.programme_heads[base]
            else:
                found = Found(start, end, "AGENCY", "pattern:head", head=base)
            first = start if trimmed else self._left_and(start)
            found.first = first
            found.premods = tuple(words[i].lower for i in range(first, head))
            found.head_at = head
            joint = "-" in words[first].text and is_acronym(words[first].text.split("-")[0])
            if self._romance_tail(found):
                self.extend(found, False, False)  # "... des stupéfiants of Togo"
                return found
            self.extend(found, base in p.office_heads, joint)
            found.short = self._is_short(found, head) and not (
                head == first and base in p.standalone_heads
            )
            if found.short and head == first and not self.text_is(first - 1, "the", "The", "its"):
                return None
            return found
        base = self.base(start)
        if (
            base in p.head_first
            and end - start >= 2
            and self.words[start + 1].lower not in p.not_head_first_followers
        ):
            return Found(
                start, end, "PROGRAMME", "pattern:head-first", head=base, kind=p.head_first[base]
            )
        return None

    def _compass_after_head(self, start: int, last: int) -> bool:
        """Whether the run's last word is a compass point closing a name after its head
        ("Task Force South", "Regional Command North")."""
        return (
            last - 1 > start
            and self.base(last) in self.p.compass_qualifiers
            and not self.is_head(last)
            and self.is_head(last - 1)
        )

    def _romance_tail(self, found: Found) -> bool:
        """A head followed by a lower-case French/Spanish adjective goes on in that language
        ("Gendarmerie nationale", "Brigade centrale des stupéfiants"): the adjective, then
        "de/du/des [la]" + word pairs. True when the name took such a tail."""
        index = found.last
        if index != (found.head_at or 0) + 1 or not self.text_is(index, *self.p.romance_adjectives):
            return False
        index += 1
        while self.text_is(index, *self.p.romance_connectors):
            nxt = index + 1
            if self.text_is(nxt, "'", "’"):
                nxt += 1
            if self.text_is(nxt, "la", "l"):
                nxt += 1
            if not (0 <= nxt < self.n and self.words[nxt].text[:1].isalpha()):
                break
            index = nxt + 1
        found.last = index
        found.short = False
        return True

    def _left_and(self, start: int) -> int:
        """Join "Liaison and Partnership Office" leftwards across one "and"."""
        left = start - 2
        if not (self.text_is(start - 1, "and") and self.nameword(left)):
            return start
        if self.is_head(left) and self.base(left) not in self.p.modifier_heads:
            return start
        first = left
        while first > 0 and self.nameword(first - 1) and self.run_end[first - 1] > left:
            first -= 1
        previous = self.words[first - 1].text if first > 0 else ""
        if previous in self.p.post_connectors or previous == "and":
            return start
        if self.country_at(first, left + 1):
            return start
        while first < left and self.words[first].lower in self.p.function_words:
            first += 1
        return first

    def _is_short(self, found: Found, head: int) -> bool:
        """Only generic words ("the Country Office", "the Programme", "Regional Office in X")."""
        if found.has_of or found.country or found.post is not None:
            return False
        inner_end = head + 1
        if found.last != inner_end and found.in_at is None:
            return False
        words = [self.words[i].lower for i in range(found.first, head)]
        return all(w in self.p.generic_words for w in words)

    def _spanish(self, start: int, end: int) -> Found:
        index = end
        while self.text_is(index, *self.p.spanish_connectors):
            nxt = index + 1
            while self.text_is(nxt, *self.p.spanish_connectors):
                nxt += 1
            if not self.nameword(nxt):
                break
            index = self.run_end[nxt]
        base = self.words[start].lower
        kind = "academic" if base in self.p.academic_heads else "national"
        return Found(start, index, "AGENCY", "pattern:head-first", head=base, kind=kind)


def squash(text: str) -> str:
    """White space runs to one space."""
    return " ".join(text.split())


def copy_found(item: Found) -> Found:
    """An independent copy of ``item``."""
    return Found(**{k: getattr(item, k) for k in item.__dataclass_fields__})


def joined(scanner: NameScanner, first: int, end: int) -> str:
    """The words ``[first, end)`` joined by single spaces."""
    return " ".join(scanner.words[i].text for i in range(first, end))
