"""The body rules of the other document kinds, compiled once per language from
``structure_rules.json`` (and ``languages/<lang>/structure_rules.json``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...conditioning.overlay import language_data
from ...conditioning.rules import rules as structure_rules


@dataclass(frozen=True)
class BodyRules:
    """Stops (trailers, signatures), annex headings, resolution openings and preambular
    clauses, letter shapes (printed and run in), recommendation headings, an agenda's annotation
    headings, a meeting record's procedural lines and agenda-item headings."""

    stops: tuple[tuple[str, re.Pattern[str]], ...]
    annexes: tuple[re.Pattern[str], ...]
    openings: tuple[re.Pattern[str], ...]
    lettered_subsection: re.Pattern[str]
    letter_title: re.Pattern[str]
    addressee: re.Pattern[str]
    salutation: re.Pattern[str]
    running_header: re.Pattern[str]
    block_end: re.Pattern[str]
    preamble_clause: re.Pattern[str]
    clause_end: re.Pattern[str]
    recommendation_headings: tuple[re.Pattern[str], ...]
    lettered_run_in: tuple[re.Pattern[str], ...]
    heading_after: re.Pattern[str]
    letter_title_run_in: re.Pattern[str]
    addressee_run_in: re.Pattern[str]
    salutation_run_in: re.Pattern[str]
    letter_paragraph_opening: re.Pattern[str]
    annotation_heading: re.Pattern[str]
    summary_heading: re.Pattern[str]
    record_line: re.Pattern[str]
    record_heading: re.Pattern[str]
    speaker_line: re.Pattern[str]
    item_only_heading: re.Pattern[str]
    statement_fragment: re.Pattern[str]
    vote_list: re.Pattern[str]
    chair_line: re.Pattern[str]


def body_rules(language: str = "en") -> BodyRules:
    """The compiled ``body_kinds`` entry of ``language`` (MONTH becomes its month names)."""
    return _compiled(language)


@cache
def _compiled(language: str) -> BodyRules:
    # a Spanish or French file replaces some entries under "extend" (its annex headings,
    # signatures, adoption trailers and openings); the others stay the English ones
    kinds = language_data("structure_rules.json", language)["body_kinds"]
    months = f"(?:{structure_rules(language).words.month_pattern})"

    def compile_(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern.replace("MONTH", months), re.MULTILINE)

    return BodyRules(
        stops=tuple((e["label"], compile_(e["pattern"])) for e in kinds["stops"]),
        annexes=tuple(compile_(pattern) for pattern in kinds["annex"]),
        openings=tuple(compile_(pattern) for pattern in kinds["openings"]),
        lettered_subsection=compile_(kinds["lettered_subsection"]),
        letter_title=compile_(kinds["letter_title"]),
        addressee=compile_(kinds["addressee"]),
        salutation=compile_(kinds["salutation"]),
        running_header=compile_(kinds["running_header"]),
        block_end=compile_(kinds["block_end"]),
        preamble_clause=compile_(kinds["preamble_clause"]),
        clause_end=compile_(kinds["clause_end"]),
        recommendation_headings=tuple(compile_(p) for p in kinds["recommendation_headings"]),
        lettered_run_in=tuple(compile_(p) for p in kinds["lettered_run_in"]),
        heading_after=compile_(kinds["heading_after"]),
        letter_title_run_in=compile_(kinds["letter_title_run_in"]),
        addressee_run_in=compile_(kinds["addressee_run_in"]),
        salutation_run_in=compile_(kinds["salutation_run_in"]),
        letter_paragraph_opening=compile_(kinds["letter_paragraph_opening"]),
        annotation_heading=compile_(kinds["annotation_heading"]),
        summary_heading=compile_(kinds["summary_heading"]),
        record_line=compile_(kinds["record_line"]),
        record_heading=compile_(kinds["record_heading"]),
        speaker_line=compile_(kinds["speaker_line"]),
        item_only_heading=compile_(kinds["item_only_heading"]),
        statement_fragment=compile_(kinds["statement_fragment"]),
        vote_list=compile_(kinds["vote_list"]),
        chair_line=compile_(kinds["chair_line"]),
    )
