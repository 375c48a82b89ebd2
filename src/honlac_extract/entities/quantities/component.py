"""QUANTITY candidates: amounts with what they measure, normalised to value, unit, item, qualifier.

The grammar (:mod:`.grammar`) finds the numeric core; this module decides whether it is a
quantity at all and what it counts:

* a count needs an item: the noun phrase right after the number ("403 public officials",
  "two precursor control software platforms"); a bare number ("Item 3", "in 14") is no quantity;
* a number after an identifier word ("recommendation 32", "articles 3 and 4", "version 7"),
  inside a DATE candidate ("3 to 7 October 2016", "1961 Convention"), or counting time
  ("two years": a duration) is no quantity (:mod:`.context`);
* measures take their unit from the text (kilograms -> kg, per cent -> percent, US$ -> usd) and
  their item from "of <noun phrase>" ("41.3 tons of cocaine") or from the subject of a copula
  ("the area under coca cultivation ... stood at 40,300 ha") (:mod:`.items`).

The component reads its language from ``nlp.lang``: Spanish and French notes run the same rules
with their own words and number formats (:mod:`.lexicon`) and give the same values, units and
qualifiers as English.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from ..batching import Batched
from ..spans import (
    add_labelled,
    candidates,
    doc_text,
    entries_with_label,
    fields_of,
    spans_with_label,
)
from .context import after_identifier, elliptical, one_excluded
from .core import Core
from .grammar import parse_number, pre_word, quantity_matcher, quantity_pattern, unit_table
from .items import count_modifier, measure_item, noun_phrase, partitive
from .lexicon import language_for, phrases, vocabulary, wordset

SOURCE = "rule:quantities"
_SOURCES = {kind: f"{SOURCE}:{kind}" for kind in ("single", "between", "dash", "to", "change")}
_YEAR = re.compile(r"(?:19|20)\d\d|2100")
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+")


class Found(NamedTuple):
    """One quantity with its entity span and normalised fields (a named tuple: immutable, and
    cheaper to make than a frozen dataclass, once per quantity)."""

    start: int
    end: int
    kind: str
    fields: dict[str, Any]


@cache
def _month_names(language: str) -> frozenset[str]:
    if language != "en":
        return wordset(language, "month_names")
    from ..dates.grammar import vocabulary as date_vocabulary

    return frozenset(date_vocabulary()["months"])


def _date_ranges(doc: Doc) -> tuple[list[int], list[int]]:
    dates = entries_with_label(doc, "DATE")
    if not dates:  # most paragraphs
        return [], []
    ranges = sorted(entry[:2] for entry in dates)
    return [s for s, _ in ranges], [e for _, e in ranges]


def _overlap_end(ranges: tuple[list[int], list[int]], start: int, end: int) -> int | None:
    """End of the DATE overlapping ``[start, end)``, or None (DATE spans never overlap)."""
    starts, ends = ranges
    index = bisect_right(starts, end - 1) - 1
    if index >= 0 and ends[index] > start:
        return ends[index]
    return None


def _interpret(core: Core, text: str, language: str = "en") -> Found | None:
    first = parse_number(core.n1, language)
    second = parse_number(core.n2, language) if core.n2 else None
    if first is None or (core.n2 and second is None):
        return None
    if second is None and _YEAR.fullmatch(core.n1) and not core.unit_text and not core.qualifier:
        return None  # a year-shaped number without unit is a year, not an amount
    unit = _unit(core.unit_text, language)
    start, end = core.start, core.end
    item: str | None
    if unit is None:
        first = _whole(core.n1, first, language)
        if core.n2 and second is not None:
            second = _whole(core.n2, second, language)
        counted = _counted(core, text, first, language)
        if counted is None:
            return None
        item, end = counted
        unit = "count"
    else:
        item = measure_item(text, start, end, language)
    fields = _values(core, text, first, second, language)
    if fields is None:
        return None
    fields.update(unit=unit, item=item, qualifier=_qualifier(core.qualifier, language))
    return Found(start, end, core.kind, fields)


def _whole(written: str, value: float, language: str) -> float:
    """ "1,500 agentes": things counted are whole, so where the decimal mark is a comma, a
    comma before groups of three digits in a count groups thousands (as some writers use it);
    "1,5 millones de personas" and "12,5 toneladas" keep their decimals."""
    if not _comma_decimal(language):
        return value
    return float(written.replace(",", "")) if _COMMA_GROUPS.fullmatch(written) else value


@cache
def _comma_decimal(language: str) -> bool:
    return bool(vocabulary(language)["number_format"]["decimal"] == ",")


def _unit(unit_text: str | None, language: str) -> str | None:
    return unit_table(language).get(" ".join(unit_text.casefold().split())) if unit_text else None


def _counted(core: Core, text: str, first: float, language: str) -> tuple[str | None, int] | None:
    """What a count counts and where its entity ends (item None for an elliptical count), or
    None when the number counts nothing (a pronoun "one", a duration, a day of a month)."""
    if one_excluded(core, text, language):
        return None
    end = _item_start(core, text, language)
    modifier = count_modifier(text, end, language)
    phrase = noun_phrase(text, modifier, language) if modifier is not None else None
    if phrase is not None:  # "178 such persons": the modifier opens the item
        phrase = (text[end : phrase[1]].strip(), phrase[1])
    else:
        phrase = noun_phrase(text, end, language, counted=first != 1)
    if phrase is None and core.kind == "single" and first >= 2:
        phrase = partitive(text, end, language)
    if phrase is None:
        if not elliptical(core, text, language):
            return None
        return None, core.end  # "compared with 15.9 million in 2020", "27 of them"
    words = phrase[0].casefold().split()
    durations = _durations(language)
    if words[0] in durations or words[-1] in durations:
        return None
    if phrase[0].split(None, 1)[0] in _month_names(language):
        return None  # "On 26 June": a day, even where no DATE was written
    return phrase


@cache
def _durations(language: str) -> frozenset[str]:
    """The duration nouns, and those ending in a full stop also without it: the phrase drops a
    sentence's full stop ("at 12.50 p.m." ends in "p.m")."""
    nouns = wordset(language, "duration_nouns")
    return nouns | {noun[:-1] for noun in nouns if noun.endswith(".")}


def _item_start(core: Core, text: str, language: str) -> int:
    """Where the counted noun phrase starts: after "de" where a scale word or a counting noun
    takes it ("1,5 millones de personas", "una docena de países"), else after the number."""
    linker = phrases(language).scale_linker
    if linker is None:
        return core.end
    number = " ".join((core.n2 or core.n1).casefold().split())
    vocab = vocabulary(language)
    if number not in vocab["a_numbers"] and number.split()[-1] not in vocab["multipliers"]:
        return core.end
    found = linker.match(text, core.end)
    return found.end() if found else core.end


def _values(
    core: Core, text: str, first: float, second: float | None, language: str
) -> dict[str, Any] | None:
    """value / value_max / previous_value of a single number, a range or a change."""
    fields: dict[str, Any] = {"value": first, "value_max": None, "previous_value": None}
    if core.kind == "change":
        before = text[max(0, core.start - 12) : core.start].casefold()
        if any(word in before for word in wordset(language, "range_words_before")):
            fields["value_max"] = second
        else:
            fields["value"], fields["previous_value"] = second, first
    elif second is not None:
        if second < first:
            return None
        fields["value_max"] = second
    return fields


def _qualifier(qualifier: str | None, language: str) -> str | None:
    """The qualifier as English writes it ("más de" -> "more than"; "total of" -> "a total of")."""
    if not qualifier:
        return qualifier
    folded = " ".join(qualifier.casefold().split())
    names = vocabulary(language)["qualifiers"]
    if isinstance(names, dict):
        return str(names.get(folded, folded))
    return "a total of" if folded == "total of" else folded


def _dated_change(
    match: re.Match[str], text: str, dates: tuple[list[int], list[int]], language: str = "en"
) -> Found | None:
    """ "fell from 31 in 2016 to 5": a change whose first number carries its date.

    The grammar stops at the date, leaving a bare "31" with nothing counted; the whole
    "from <n> in <DATE> to <m>" is one change (value m, previous value n), the unit (if any)
    written after the second number ("from 31 in 2016 to 5 kg")."""
    pre = match.group("pre")
    if (
        pre is None
        or pre_word(language, pre) != "from"
        or any(match.group(g) for g in ("n2", "unit1", "unit", "cur"))
    ):
        return None
    second = _dated_second(match, text, dates, language)
    if second is None:
        return None
    first_value = parse_number(match.group("n1"), language)
    value = parse_number(second.group("n1"), language)
    if first_value is None or value is None:
        return None
    unit_text = second.group("unit1") or second.group("cur")
    unit = _unit(unit_text, language) if unit_text else "count"
    end = second.end("unit1") if second.group("unit1") else second.end("n1")
    item = None
    if unit == "count":
        phrase = noun_phrase(text, end, language)
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


def _dated_second(
    match: re.Match[str], text: str, dates: tuple[list[int], list[int]], language: str
) -> re.Match[str] | None:
    """The "to <m>" match after "from <n> in <DATE>", or None."""
    rules = phrases(language)
    gap = rules.dated_gap.match(text, match.end("n1"))
    if gap is None:
        return None
    starts, ends = dates
    index = bisect_right(starts, gap.end()) - 1
    if index < 0 or starts[index] != gap.end():
        return None
    to = rules.dated_to.match(text, ends[index])
    second = quantity_pattern(language).match(text, to.end()) if to else None
    if second is None or any(second.group(g) for g in ("qual", "pre", "n2")):
        return None
    if _overlap_end(dates, second.start("n1"), second.end("n1")) is not None:
        return None
    return second


def find_quantities(
    text: str,
    dates: tuple[list[int], list[int]] = ([], []),
    anchors: Sequence[int] | None = None,
    language: str = "en",
) -> list[Found]:
    """Every QUANTITY of ``text`` in ``language`` ("en", "es", "fr").

    ``dates`` are the sorted (starts, ends) of DATE candidates to stay out of; ``anchors`` the
    sorted offsets where numbers start, when the caller already has them (else found here).
    """
    found = []
    matcher = quantity_matcher(language)
    if anchors is None:
        anchors = matcher.anchor_offsets(text)
        if dates[0]:
            anchors = [
                offset
                for offset in anchors
                if _overlap_end(dates, offset, offset + 1) is None  # numbers inside dates
            ]
    pos = 0
    while (match := matcher.search(text, pos, anchors)) is not None:
        date_end = _overlap_end(dates, match.start("n1"), match.end("n1"))
        if date_end is not None:
            # "2015 to 12 500 kg": the date ate the first number; scan again after the date
            pos = max(match.start() + 1, date_end)
            continue
        dated = _dated_change(match, text, dates, language)
        if dated is not None:
            found.append(dated)
            pos = dated.end
            continue
        second_in_date = match.group("n2") is not None and (
            _overlap_end(dates, match.start("n2"), match.end()) is not None
        )
        core = Core.of(match, second_in_date, language)
        pos = core.end if core.kind == "single" else match.end()
        if after_identifier(text, core.start, language):
            continue
        quantity = _interpret(core, text, language)
        if quantity is not None:
            found.append(quantity)
            pos = max(pos, quantity.end)
    return found


class QuantityComponent(Batched):
    """Writes QUANTITY candidates with ``value``, ``value_max``, ``previous_value``, unit, item."""

    def __init__(self, language: str = "en") -> None:
        self.language = language_for(language)
        quantity_matcher(self.language)  # compile once, at pipeline construction

    def __call__(self, doc: Doc) -> Doc:
        candidates(doc)
        dates = _date_ranges(doc)
        for found in find_quantities(doc_text(doc), dates, language=self.language):
            span = doc.char_span(found.start, found.end, label="QUANTITY", alignment_mode="expand")
            if span is None:
                continue
            add_labelled(doc, span, "QUANTITY", _SOURCES[found.kind], found.fields)
        return doc


def quantity_fields(doc: Doc) -> list[dict[str, Any]]:
    """The QUANTITY fields written to ``doc`` (a convenience for tests and callers)."""
    return [fields_of(span) for span in spans_with_label(doc, "QUANTITY")]


@Language.factory("honlac_quantities_v1")
def make_quantity_component(nlp: Language, name: str) -> QuantityComponent:
    """Factory registered under a versioned name so saved pipelines stay loadable; the rules
    are those of the pipeline's language (``nlp.lang``)."""
    return QuantityComponent(nlp.lang or "en")
