"""The masthead rules of ``data/masthead.json``, compiled once per process and language.

Ordinals, months and language names are shared with ``structure_rules.json`` (one table of
each per language for the whole package); this module substitutes them and compiles. A
Spanish or French masthead is the English data overlaid with
``data/languages/<lang>/masthead.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ...conditioning.overlay import language_data
from ...conditioning.rules import rules as structure_rules
from ...conditioning.words import LanguageWords
from .ocr import OcrRules, compile_ocr


@dataclass(frozen=True)
class KindRule:
    """A pattern that, where it matches, says what kind of document this is."""

    pattern: re.Pattern[str]
    kind: str
    title_only: bool = False


@dataclass(frozen=True)
class OpenTitle:
    """A title that goes on, over a block break, until it has its closing clause (a letter's
    "addressed to ...")."""

    pattern: re.Pattern[str]
    until: re.Pattern[str]


@dataclass(frozen=True)
class MastheadRules:
    """Every compiled masthead rule."""

    symbol: re.Pattern[str]
    symbol_line: re.Pattern[str]
    joint_dash: re.Pattern[str]
    joint_open: re.Pattern[str]
    reissue: re.Pattern[str]
    masthead_start: re.Pattern[str]
    organs: tuple[str, ...]
    organ: re.Pattern[str]
    organ_names: dict[str, str]
    series_organs: dict[str, str]
    distribution: re.Pattern[str]
    distribution_word: re.Pattern[str]
    original_language: re.Pattern[str]
    session: re.Pattern[str]
    meeting_line: re.Pattern[str]
    weekday_date: re.Pattern[str]
    held_at: re.Pattern[str]
    record_venue: re.Pattern[str]
    date_line: re.Pattern[str]
    agenda_line: re.Pattern[str]
    agenda_item: re.Pattern[str]
    agenda_open_end: re.Pattern[str]
    job_number: re.Pattern[str]
    barcode: re.Pattern[str]
    furniture_lines: tuple[re.Pattern[str], ...]
    document_type_lines: tuple[KindRule, ...]
    kind_by_symbol: tuple[KindRule, ...]
    kind_by_text: tuple[KindRule, ...]
    title_continues_after: frozenset[str]
    title_open: tuple[OpenTitle, ...]
    untitled_kinds: frozenset[str]
    resolution_number: re.Pattern[str]
    body_openings: re.Pattern[str]
    held_in: re.Pattern[str]
    meeting_report_title: re.Pattern[str]
    doubled_word: re.Pattern[str]
    words: LanguageWords
    distribution_values: dict[str, str]
    ocr: OcrRules


def masthead_rules(language: str = "en") -> MastheadRules:
    """The compiled rules of ``language`` (read and compiled on first use)."""
    return _compiled(language)


@cache
def _compiled(language: str) -> MastheadRules:
    data: dict[str, Any] = language_data("masthead.json", language)
    words = structure_rules(language).words
    ordinal, month = words.ordinals.pattern, f"(?:{words.month_pattern})"

    def compile_(pattern: str, flags: int = 0) -> re.Pattern[str]:
        pattern = pattern.replace("ORDINAL", ordinal).replace("MONTH", month)
        return re.compile(pattern.replace("LANGUAGE", words.language_pattern), flags)

    def kinds(entries: list[dict[str, Any]]) -> tuple[KindRule, ...]:
        return tuple(
            KindRule(compile_(e["pattern"]), e["kind"], bool(e.get("title_only", False)))
            for e in entries
        )

    # an organ is a name, or [printed name, English name] in another language's file
    organs = tuple(o if isinstance(o, str) else o[0] for o in data["organs"])
    organ_names = {o[0]: o[1] for o in data["organs"] if not isinstance(o, str)}
    organ_words = "|".join(
        r"[ \u00a0]+".join(re.escape(w) for w in name.split())
        for name in sorted(organs, key=len, reverse=True)
    )
    return MastheadRules(
        symbol=compile_(data["symbol"]),
        symbol_line=compile_(
            rf"^[ \t]*(?P<symbol>{data['symbol']})[*∗]{{0,3}}[ \t]*$", re.MULTILINE
        ),
        joint_dash=compile_(data["symbol_joint_dash"]),
        joint_open=compile_(data["symbol_joint_open"]),
        reissue=compile_(data["reissue"]),
        masthead_start=compile_(data["masthead_start"]),
        organs=organs,
        organ=re.compile(rf"(?i:{organ_words})"),
        organ_names=organ_names,
        series_organs=dict(data["series_organs"]),
        distribution=compile_(data["distribution"]),
        distribution_word=compile_(data["distribution_word"]),
        original_language=compile_(data["original_language"]),
        session=compile_(data["session"]),
        meeting_line=compile_(data["meeting_line"]),
        weekday_date=compile_(data["weekday_date"]),
        held_at=compile_(data["held_at"]),
        record_venue=compile_(data["record_venue"]),
        date_line=compile_(data["date_line"]),
        agenda_line=compile_(data["agenda_line"]),
        agenda_item=compile_(data["agenda_item"]),
        agenda_open_end=compile_(data["agenda_open_end"]),
        job_number=compile_(data["job_number"]),
        barcode=compile_(data["barcode"], re.MULTILINE),
        furniture_lines=tuple(compile_(p) for p in data["furniture_lines"]),
        document_type_lines=kinds(data["document_type_lines"]),
        kind_by_symbol=kinds(data["kind_by_symbol"]),
        kind_by_text=kinds(data["kind_by_text"]),
        title_continues_after=frozenset(data["title_continues_after"]),
        title_open=tuple(
            OpenTitle(compile_(t["pattern"]), compile_(t["until"])) for t in data["title_open"]
        ),
        untitled_kinds=frozenset(data["untitled_kinds"]),
        resolution_number=compile_(data["resolution_number"]),
        body_openings=compile_(data["body_openings"]),
        held_in=compile_(data["held_in"]),
        meeting_report_title=compile_(data["meeting_report_title"]),
        doubled_word=compile_(data["doubled_word"]),
        words=words,
        distribution_values=dict(data.get("distribution_values", {})),
        ocr=compile_ocr(data["ocr"], words.month_numbers),
    )
