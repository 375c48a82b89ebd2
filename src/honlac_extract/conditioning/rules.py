"""The structure rules of ``data/structure_rules.json``, compiled once per process and language.

Patterns live in the data file so that a new furniture form or heading variant is a data
change; this module only substitutes the shared alternations (ordinals, regions, months,
language names) and compiles. Spanish and French rules are the English ones overlaid with
``data/languages/<lang>/structure_rules.json`` (see :mod:`.overlay`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from .overlay import language_data
from .words import LanguageWords, language_words, region_entries


@dataclass(frozen=True)
class NamedPattern:
    """A compiled rule with the label (and optional body) it assigns."""

    label: str
    pattern: re.Pattern[str]
    body: str | None = None


@dataclass(frozen=True)
class Rules:
    """Every compiled structure rule."""

    furniture: tuple[NamedPattern, ...]
    page_number: re.Pattern[str]
    symbol: re.Pattern[str]
    symbol_line: re.Pattern[str]
    symbol_bodies: tuple[NamedPattern, ...]
    symbol_prose_words: frozenset[str]
    glue: re.Pattern[str]
    footnote_marker: re.Pattern[str]
    numbered_footnote_marker: re.Pattern[str]
    footnote_reference: re.Pattern[str]
    footnote_reference_window: int
    footnote_text_start: re.Pattern[str]
    sentence_end: re.Pattern[str]
    abbreviations: frozenset[str]
    contents_heading: re.Pattern[str]
    contents_leader: re.Pattern[str]
    contents_page: re.Pattern[str]
    contents_max_gap: int
    paragraph_number: re.Pattern[str]
    section_number: re.Pattern[str]
    number_may_follow: frozenset[str]
    number_context_words: frozenset[str]
    function_words: frozenset[str]
    heading_max_words: int
    heading_max_chars: int
    cued_heading: re.Pattern[str]
    """A heading that says what it is ("Recommendation 3: ..."): long ones are headings too."""
    cued_heading_max_words: int
    cued_heading_max_chars: int
    item_label: re.Pattern[str]
    body_end: re.Pattern[str]
    lettered_heading: re.Pattern[str]
    heading_letter: re.Pattern[str]
    document_types: tuple[str, ...]
    document_type: re.Pattern[str]
    regions: tuple[tuple[str, str], ...]
    region: re.Pattern[str]
    meeting_names: tuple[NamedPattern, ...]
    meeting_number: re.Pattern[str]
    ordinal: re.Pattern[str]
    date: re.Pattern[str]
    date_range: re.Pattern[str]
    venue_date: re.Pattern[str]
    agenda: re.Pattern[str]
    agenda_item: re.Pattern[str]
    original_language: re.Pattern[str]
    working_languages: re.Pattern[str]
    language_word: re.Pattern[str]
    header_labels: tuple[NamedPattern, ...]
    words: LanguageWords
    language: str = "en"
    item_first: str = "(a)"


def _literal_pattern(literal: str) -> str:
    """A literal phrase matched across any run of spaces or line breaks."""
    return r"\s+".join(re.escape(word) for word in literal.split())


def rules(language: str = "en") -> Rules:
    """The compiled ``structure_rules.json`` of ``language`` (compiled once per language)."""
    return _compiled(language)


@cache
def _compiled(language: str) -> Rules:
    data: dict[str, Any] = language_data("structure_rules.json", language)
    words = language_words(data)
    ordinal, month = words.ordinals.pattern, words.month_pattern
    regions = tuple((literal, body) for literal, body, _ in region_entries(data))
    region = "|".join(_literal_pattern(literal) for literal, _ in regions)

    def sub(pattern: str) -> str:
        return (
            pattern.replace("ORDINAL", ordinal)
            .replace("REGION", region)
            .replace("MONTH", month)
            .replace("LANGUAGE", words.language_pattern)
        )

    def compile_(pattern: str, flags: int = 0) -> re.Pattern[str]:
        return re.compile(sub(pattern), flags)

    def named(entries: list[dict[str, str]]) -> tuple[NamedPattern, ...]:
        return tuple(
            NamedPattern(e.get("label", ""), compile_(e["pattern"], re.MULTILINE), e.get("body"))
            for e in entries
        )

    document_types = tuple(e["literal"] for e in data["document_types"])
    contents = data["contents"]
    heading = data["heading"]
    return Rules(
        furniture=named(data["furniture"]),
        page_number=compile_(data["page_number"]),
        symbol=compile_(data["symbol"]),
        symbol_line=compile_(data["symbol_line"]),
        symbol_bodies=named(data["symbol_bodies"]),
        symbol_prose_words=frozenset(data["symbol_prose_words"]),
        glue=compile_(data["glue"]),
        footnote_marker=compile_(data["footnote_marker"]),
        numbered_footnote_marker=compile_(data["numbered_footnote_marker"]),
        footnote_reference=compile_(data["footnote_reference"]),
        footnote_reference_window=int(data["footnote_reference_window"]),
        footnote_text_start=compile_(data["footnote_text_start"]),
        sentence_end=compile_(data["sentence_end"]),
        abbreviations=frozenset(data["abbreviations"]),
        contents_heading=compile_(contents["heading"]),
        contents_leader=compile_(contents["leader"]),
        contents_page=compile_(contents["page"]),
        contents_max_gap=int(contents["max_gap"]),
        paragraph_number=compile_(data["paragraph_number"], re.MULTILINE),
        section_number=compile_(data["section_number"], re.MULTILINE),
        number_may_follow=frozenset(data["number_may_follow"]),
        number_context_words=frozenset(data["number_context_words"]),
        function_words=frozenset(data["function_words"]),
        heading_max_words=int(heading["max_words"]),
        heading_max_chars=int(heading["max_chars"]),
        cued_heading=compile_(heading["cued"]),
        cued_heading_max_words=int(heading["cued_max_words"]),
        cued_heading_max_chars=int(heading["cued_max_chars"]),
        item_label=compile_(data["item_label"]),
        body_end=compile_(data["body_end"], re.MULTILINE),
        lettered_heading=compile_(data["lettered_heading"]),
        heading_letter=compile_(data["heading_letter"]),
        document_types=document_types,
        document_type=re.compile("|".join(_literal_pattern(t) for t in document_types)),
        regions=regions,
        region=re.compile(region),
        meeting_names=named(data["meeting_names"]),
        meeting_number=compile_(data["meeting_number"]),
        ordinal=re.compile(ordinal),
        date=compile_(data["date"]),
        date_range=compile_(data["date_range"]),
        venue_date=compile_(data["venue"] + "(?:" + data["date_range"] + ")"),
        agenda=compile_(data["agenda"]),
        agenda_item=compile_(data["agenda_item"]),
        original_language=compile_(data["original_language"]),
        working_languages=compile_(data["working_languages"]),
        language_word=compile_(data["language_word"]),
        header_labels=named(data["header_labels"]),
        words=words,
        language=language,
        item_first=str(data.get("item_first", "(a)")),
    )


_WORD_END = re.compile(r"([\w.]+)$")


def iter_sentence_ends(
    text: str, start: int, end: int, compiled: Rules | None = None
) -> Iterator[int]:
    """Offsets just after each sentence end in ``text[start:end]`` (abbreviations skipped);
    ``compiled`` gives the language's abbreviations (English by default)."""
    compiled = compiled or rules()
    for match in compiled.sentence_end.finditer(text, start, end):
        if text[match.start()] == ".":
            word = _WORD_END.search(text, max(match.start() - 12, start), match.start())
            if word and word.group(1) in compiled.abbreviations:
                continue
        yield match.end()


def sentence_ends(text: str, start: int, end: int, compiled: Rules | None = None) -> list[int]:
    """All of :func:`iter_sentence_ends`."""
    return list(iter_sentence_ends(text, start, end, compiled))
