"""QUANTITY candidates: amounts with what they measure, normalised to value, unit, item, qualifier.

The grammar (:mod:`.grammar`) finds the numeric core; this module decides whether it is a
quantity at all and what it counts:

* a count needs an item: the noun phrase right after the number ("403 public officials",
  "two precursor control software platforms"); a bare number ("Item 3", "in 14") is no quantity;
* a number after an identifier word ("recommendation 32", "articles 3 and 4", "version 7"),
  inside a DATE candidate ("3 to 7 October 2016", "1961 Convention"), or counting time
  ("two years": a duration) is no quantity;
* measures take their unit from the text (kilograms -> kg, per cent -> percent, US$ -> usd) and
  their item from "of <noun phrase>" ("41.3 tons of cocaine") or from the subject of a copula
  ("the area under coca cultivation ... stood at 40,300 ha").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..spans import add_candidate, candidates, doc_text, fields_of, spans_with_label
from .grammar import (
    kind_from,
    parse_number,
    quantity_matcher,
    quantity_pattern,
    unit_table,
    vocabulary,
)

SOURCE = "rule:quantities"
MAX_ITEM_WORDS = 6
_TOKEN = regex.compile(r"\s*([^\W\d_][\w'’.-]*[\w’']|[^\W\d_]|\S)")
_WORD_AT_END = regex.compile(r"([\w.'’-]+)\W*$")
_LIST_FILLER = regex.compile(r"^(?:\d[\w./()-]*|and|or|to|&|,)$", regex.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:,()]|\b(?:that|which|while|whereas)\s", re.IGNORECASE)
_LEADING_DETERMINER = re.compile(r"^(?:the|its|their|this|these|those|total)\s+", re.IGNORECASE)
_SUBJECT_END = re.compile(
    r"\s+(?:in|at|across|within|throughout|during|for|from|by|on|between|since|among|with|aged)\s",
    re.IGNORECASE,
)
_OF = re.compile(r"\s+of\s+")
_PARTITIVE = re.compile(r"\s+of\s+(\w+)\s+")
_YEAR = re.compile(r"(?:19|20)\d\d|2100")
_SCALED = regex.compile(r"\d\s+(?i:million|billion)$")
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "'s", "’s")
_DATED_GAP = re.compile(r"\s+(?:in|during|by)\s+", re.IGNORECASE)
_DATED_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_NOT_PLURAL = frozenset(
    {"customs", "arms", "narcotics", "series", "species", "means", "news", "headquarters"}
)


@dataclass(frozen=True)
class Found:
    """One quantity with its entity span and normalised fields."""

    start: int
    end: int
    kind: str
    fields: dict[str, Any]


@cache
def _wordset(key: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in vocabulary()[key])


@cache
def _month_names() -> frozenset[str]:
    from ..dates.grammar import vocabulary as date_vocabulary

    return frozenset(date_vocabulary()["months"])


@cache
def _copulas() -> tuple[str, ...]:
    """Verbs that tie a measure to its subject, longest first ("was estimated at" before "was")."""
    return tuple(sorted(_wordset("change_copulas"), key=lambda c: (-len(c), c)))


def _plural_head(word: str) -> bool:
    """Whether a word ends a counted noun phrase ("officials", "people")."""
    folded = word.casefold()
    if folded in _wordset("irregular_plurals"):
        return True
    if folded in _NOT_PLURAL or folded.endswith(_NOT_PLURAL_ENDINGS) or len(folded) < 3:
        return False
    return folded.endswith("s")


def _noun_phrase(text: str, pos: int, commas: bool = True) -> tuple[str, int] | None:
    """The noun phrase starting at ``text[pos:]`` and its end offset, or None.

    ``commas`` lets coordinated adjectives through ("three local, selective prevention
    projects"); a measured substance takes none ("11.7 tons of cocaine, almost double").
    """
    stops = _wordset("item_stop_words")
    words: list[str] = []
    end = pos
    cursor = pos
    while len(words) < MAX_ITEM_WORDS:
        token = _TOKEN.match(text, cursor)
        if token is None:
            break
        word = token.group(1)
        if word == ",":
            after = _TOKEN.match(text, token.end())
            nxt = after.group(1) if after else ""
            if (
                commas
                and words
                and not _plural_head(words[-1])
                and nxt[:1].isalpha()
                and nxt[:1].islower()
                and nxt.casefold() not in stops
            ):
                words.append(",")
                cursor = token.end()
                continue
            break
        if not word[:1].isalpha() or word.casefold() in stops:
            break
        if words and _plural_head(words[-1]):
            break
        words.append(word)
        end = token.end()
        cursor = token.end()
    while words and words[-1] == ",":
        words.pop()
    if not words:
        return None
    return text[pos:end].strip(), end


def _partitive(text: str, end: int) -> tuple[str, int] | None:
    """ "three of the largest such companies": the plural noun phrase after "of the" that a
    count of two or more picks from (item "largest such companies"); not another count ("two
    of the three ports") nor a singular ("3 of the provisional agenda")."""
    of = _PARTITIVE.match(text, end, end + 20)
    if of is None or of.group(1).casefold() not in _wordset("partitive_determiners"):
        return None
    phrase = _noun_phrase(text, of.end())
    if phrase is None:
        return None
    modifier = _count_modifier(text, phrase[1])  # "largest such companies": "such" stops items
    rest = _noun_phrase(text, modifier) if modifier is not None else None
    if rest is not None:
        phrase = (text[of.end() : rest[1]].strip(), rest[1])
    words = phrase[0].split()
    if words[0].casefold() in vocabulary()["number_words"] or not _plural_head(words[-1]):
        return None
    return phrase


def _after_identifier(text: str, start: int) -> bool:
    """Whether the number at ``start`` continues an identifier ("resolutions 61/11 and 62/4")."""
    identifiers = _wordset("identifier_words")
    right = "0"  # the token after the one looked at: the number itself, at first
    for token in reversed(text[max(0, start - 60) : start].split()[-10:]):
        folded = token.casefold()
        if folded in identifiers or folded.rstrip(",;") in identifiers:
            return right[:1].isdigit()  # "articles 3, 4 and 5", not "resolutions and 2"
        if not _LIST_FILLER.match(folded.rstrip(",;") or ","):
            return False
        right = folded
    return False


def _measure_item(text: str, start: int, end: int) -> str | None:
    """What a measure measures: "of <noun phrase>" after it, or the subject before a copula."""
    of = _OF.match(text, end, end + 6)
    if of:
        phrase = _noun_phrase(text, of.end(), commas=False)
        if phrase:
            return phrase[0]
    before = text[max(0, start - 120) : start]
    tail = before.rstrip().casefold()
    copula = next((c for c in _copulas() if tail.endswith(f" {c}")), None)
    if copula is None:
        return None
    clause = _CLAUSE_BREAK.split(before.rstrip()[: -len(copula)])[-1]
    clause = _LEADING_DETERMINER.sub("", clause.strip())
    item = _SUBJECT_END.split(clause)[0].strip()
    return item if item and len(item.split()) <= MAX_ITEM_WORDS else None


def _date_ranges(doc: Doc) -> tuple[list[int], list[int]]:
    ranges = sorted((s.start_char, s.end_char) for s in spans_with_label(doc, "DATE"))
    return [s for s, _ in ranges], [e for _, e in ranges]


def _overlap_end(ranges: tuple[list[int], list[int]], start: int, end: int) -> int | None:
    """End of the DATE overlapping ``[start, end)``, or None (DATE spans never overlap)."""
    starts, ends = ranges
    index = bisect_right(starts, end - 1) - 1
    if index >= 0 and ends[index] > start:
        return ends[index]
    return None


@dataclass(frozen=True)
class Core:
    """The numeric core of a match, after reducing a misread range to its first number."""

    start: int
    end: int
    kind: str
    n1: str
    n1_start: int
    n2: str | None
    unit_text: str | None
    qualifier: str | None
    has_prefix: bool

    @classmethod
    def of(cls, match: re.Match[str], single: bool) -> Core:
        # one ``group`` call for every group read: this runs once per number in the text
        n1, n2, unit1, unit, cur, qual, conn, pre = match.group(
            "n1", "n2", "unit1", "unit", "cur", "qual", "conn", "pre"
        )
        kind = "single" if single else kind_from(n2, conn, pre)
        if kind == "invalid" or (kind in ("to", "dash") and unit1):
            kind = "single"  # "by 4 percentage points to 50 per cent": two amounts
        n1_start = match.start("n1")
        if kind == "single":
            end = match.end("unit1") if unit1 else match.end("n1")
            starts = [match.start(g) for g, v in (("qual", qual), ("cur", cur)) if v]
            start = min(starts) if starts else n1_start
            return cls(start, end, kind, n1, n1_start, None, unit1 or cur, qual, bool(starts))
        unit_text = unit or unit1 or cur
        return cls(match.start(), match.end(), kind, n1, n1_start, n2, unit_text, qual, True)


def _one_excluded(core: Core, text: str) -> bool:
    """ "one" as a pronoun or in idioms ("the one that", "on the one hand", "In one case,")."""
    if core.n1.casefold() != "one" or core.n2:
        return False
    prev = _WORD_AT_END.search(text[max(0, core.start - 20) : core.start])
    nxt = _TOKEN.match(text, core.end)
    before = prev.group(1).casefold() if prev else ""
    after = nxt.group(1).casefold() if nxt else ""
    if before in _wordset("one_excluded_before") or after in _wordset("one_excluded_after"):
        return True
    return before == "in" and after in _wordset("one_anecdote_nouns") and _anecdote(core, text)


def _anecdote(core: Core, text: str) -> bool:
    """ "in one case" opening a clause (after a stop, a comma or "that") or followed by a
    comma: an example, not a count."""
    opening = text[max(0, core.start - 40) : core.start].rstrip()[:-2].rstrip()  # before "in"
    if not opening or opening[-1] in ".;:,(":
        return True
    opener = _WORD_AT_END.search(opening)
    if opener and opener.group(1).casefold() in _wordset("one_anecdote_openers"):
        return True
    noun = _TOKEN.match(text, core.end)
    return noun is not None and text[noun.end() : noun.end() + 1] == ","


@cache
def _cues(key: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Cue phrases of ``key`` as word tuples, grouped by their last word (one lookup per number)."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for phrase in vocabulary()[key]:
        words = tuple(phrase.casefold().split())
        grouped.setdefault(words[-1], []).append(words)
    return {last: tuple(group) for last, group in grouped.items()}


@cache
def _cues_after() -> frozenset[tuple[str, str]]:
    """Two-word cues after a bare number ("of them", "of which")."""
    return frozenset(
        (words[0], words[1])
        for words in (tuple(p.casefold().split()) for p in vocabulary()["elliptic_after"])
        if len(words) == 2
    )


def _elliptical(core: Core, text: str) -> bool:
    """A count whose item is left implicit: "compared with 41 in 2017", "reached 121", "27 of
    them", "rose from 41 to 63", or any scaled number ("15.9 million")."""
    if _SCALED.search(core.n2 or core.n1):
        return True
    if core.n1[:1].isalpha() and not core.n2:
        return False  # a bare number word ("the one", "two of") stays out
    before = text[max(0, core.start - 30) : core.start].casefold().split()
    if core.kind == "change":
        return bool(before) and before[-1] in _wordset("change_verbs")
    if core.kind != "single":
        return False
    cues_before = _cues("elliptic_before")
    if before and any(before[-len(cue) :] == list(cue) for cue in cues_before.get(before[-1], ())):
        return True
    after = text[core.end : core.end + 15].casefold().split()
    return len(after) >= 2 and (after[0], after[1].rstrip(".,;:)")) in _cues_after()


def _count_modifier(text: str, end: int) -> int | None:
    """End of a determiner-like word right after a count ("178 such persons", "12 other
    officers", "35 more cases"). The item is read after it, so a modifier that is also a stop
    word ("such") does not end the item before its noun; the item keeps it, as "other
    countries" does."""
    token = _TOKEN.match(text, end)
    if token is None or token.group(1).casefold() not in _wordset("count_modifiers"):
        return None
    return int(token.end())


def _interpret(core: Core, text: str) -> Found | None:
    first = parse_number(core.n1)
    second = parse_number(core.n2) if core.n2 else None
    if first is None or (core.n2 and second is None):
        return None
    if second is None and _YEAR.fullmatch(core.n1) and not core.unit_text and not core.qualifier:
        return None  # a year-shaped number without unit is a year, not an amount
    unit_text = core.unit_text
    unit = unit_table().get(" ".join(unit_text.casefold().split())) if unit_text else None
    start, end = core.start, core.end
    item: str | None
    if unit is None:
        if _one_excluded(core, text):
            return None
        modifier = _count_modifier(text, end)
        phrase = _noun_phrase(text, modifier) if modifier is not None else None
        if phrase is not None:  # "178 such persons": the modifier opens the item
            phrase = (text[end : phrase[1]].strip(), phrase[1])
        else:
            phrase = _noun_phrase(text, end)
        if phrase is None and core.kind == "single" and first >= 2:
            phrase = _partitive(text, end)
        if phrase is None:
            if not _elliptical(core, text):
                return None
            item = None  # "compared with 15.9 million in 2020", "27 of them": elliptical counts
        else:
            item, end = phrase
            words = item.casefold().split()
            if words[-1] in _wordset("duration_nouns") or words[0] in _wordset("duration_nouns"):
                return None
            if item.split()[0] in _month_names():
                return None  # "On 26 June": a day, even where no DATE was written
        unit = "count"
    else:
        item = _measure_item(text, start, end)
    fields: dict[str, Any] = {"value": first, "value_max": None, "previous_value": None}
    if core.kind == "change":
        before = text[max(0, start - 12) : start].casefold()
        if any(word in before for word in _wordset("range_words_before")):
            fields["value_max"] = second
        else:
            fields["value"], fields["previous_value"] = second, first
    elif second is not None:
        if second < first:
            return None
        fields["value_max"] = second
    qualifier = core.qualifier
    if qualifier:
        qualifier = " ".join(qualifier.casefold().split())
        qualifier = "a total of" if qualifier == "total of" else qualifier
    fields.update(unit=unit, item=item, qualifier=qualifier)
    return Found(start, end, core.kind, fields)


def _dated_change(
    match: re.Match[str], text: str, dates: tuple[list[int], list[int]]
) -> Found | None:
    """ "fell from 31 in 2016 to 5": a change whose first number carries its date.

    The grammar stops at the date, leaving a bare "31" with nothing counted; the whole
    "from <n> in <DATE> to <m>" is one change (value m, previous value n), the unit (if any)
    written after the second number ("from 31 in 2016 to 5 kg")."""
    if (match.group("pre") or "").casefold() != "from" or any(
        match.group(g) for g in ("n2", "unit1", "unit", "cur")
    ):
        return None
    gap = _DATED_GAP.match(text, match.end("n1"))
    if gap is None:
        return None
    starts, ends = dates
    index = bisect_right(starts, gap.end()) - 1
    if index < 0 or starts[index] != gap.end():
        return None
    to = _DATED_TO.match(text, ends[index])
    second = quantity_pattern().match(text, to.end()) if to else None
    if second is None or any(second.group(g) for g in ("qual", "pre", "n2")):
        return None
    if _overlap_end(dates, second.start("n1"), second.end("n1")) is not None:
        return None
    first_value, value = parse_number(match.group("n1")), parse_number(second.group("n1"))
    if first_value is None or value is None:
        return None
    unit_text = second.group("unit1") or second.group("cur")
    unit = unit_table().get(" ".join(unit_text.casefold().split())) if unit_text else "count"
    end = second.end("unit1") if second.group("unit1") else second.end("n1")
    item = None
    if unit == "count":
        phrase = _noun_phrase(text, end)
        if phrase is not None:
            item, end = phrase
    fields: dict[str, Any] = {
        "value": value,
        "value_max": None,
        "previous_value": first_value,
        "unit": unit,
        "item": item,
        "qualifier": None,
    }
    return Found(match.start(), end, "change", fields)


def find_quantities(
    text: str,
    dates: tuple[list[int], list[int]] = ([], []),
    anchors: Sequence[int] | None = None,
) -> list[Found]:
    """Every QUANTITY of ``text``.

    ``dates`` are the sorted (starts, ends) of DATE candidates to stay out of; ``anchors`` the
    sorted offsets where numbers start, when the caller already has them (else found here).
    """
    found = []
    matcher = quantity_matcher()
    if anchors is None:
        anchors = [
            offset
            for offset in matcher.anchor_offsets(text)
            if _overlap_end(dates, offset, offset + 1) is None  # numbers inside dates
        ]
    pos = 0
    while (match := matcher.search(text, pos, anchors)) is not None:
        date_end = _overlap_end(dates, match.start("n1"), match.end("n1"))
        if date_end is not None:
            # "2015 to 12 500 kg": the date ate the first number; scan again after the date
            pos = max(match.start() + 1, date_end)
            continue
        dated = _dated_change(match, text, dates)
        if dated is not None:
            found.append(dated)
            pos = dated.end
            continue
        second_in_date = match.group("n2") is not None and (
            _overlap_end(dates, match.start("n2"), match.end()) is not None
        )
        core = Core.of(match, single=second_in_date)
        pos = core.end if core.kind == "single" else match.end()
        if _after_identifier(text, core.start):
            continue
        quantity = _interpret(core, text)
        if quantity is not None:
            found.append(quantity)
            pos = max(pos, quantity.end)
    return found


class QuantityComponent:
    """Writes QUANTITY candidates with ``value``, ``value_max``, ``previous_value``, unit, item."""

    def __init__(self) -> None:
        quantity_matcher()  # compile once, at pipeline construction

    def __call__(self, doc: Doc) -> Doc:
        candidates(doc)
        dates = _date_ranges(doc)
        for found in find_quantities(doc_text(doc), dates):
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is None:
                continue
            add_candidate(doc, span, "QUANTITY", f"{SOURCE}:{found.kind}", **found.fields)
        return doc


def quantity_fields(doc: Doc) -> list[dict[str, Any]]:
    """The QUANTITY fields written to ``doc`` (a convenience for tests and callers)."""
    return [fields_of(span) for span in spans_with_label(doc, "QUANTITY")]


@Language.factory("honlac_quantities_v1")
def make_quantity_component(nlp: Language, name: str) -> QuantityComponent:
    """Factory registered under a versioned name so saved pipelines stay loadable."""
    return QuantityComponent()
