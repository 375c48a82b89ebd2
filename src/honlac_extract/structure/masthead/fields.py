"""Masthead field lines: a line is masthead when its known pieces use it all up.

Pieces are the "United Nations" emblem text, symbols, organ names, distribution, the issue
date on a line of its own, original language, session or year, a meeting number and a
weekday date (a meeting's, never the issue date) and furniture such as "Official Records".
Values are taken only from lines used up this way, so a title or sentence that mentions a
session or a date never fills a field.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from .ocr import ocr_date
from .rules import MastheadRules
from .symbols import line_symbols

_LETTERS = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]{2}")
_MEETING_DATE_MARKS = " :,;-–—"


@dataclass
class Fields:
    """What the masthead field lines print."""

    symbols: list[str] = field(default_factory=list)
    reissue: str | None = None
    organs: list[str] = field(default_factory=list)
    distribution: str | None = None
    date: str | None = None
    original_language: str | None = None
    session: str | None = None
    meeting_number: int | None = None
    meeting_date: str | None = None
    venue: str | None = None
    """Where a record's meeting was held ("Held at Headquarters, New York, on ...")."""
    record_title: str | None = None
    """A record's line that names it ("Summary record of the 6th meeting"): its title."""
    joint_open: bool = False
    """The last field line ended on a joint dash: the next line's symbol is the second half."""


def iso_date(day: str, month: str, year: str, rules: MastheadRules) -> str | None:
    """ISO form of a printed day, month name and year (None when not a real date)."""
    try:
        return datetime.date(int(year), rules.words.month_number(month), int(day)).isoformat()
    except (ValueError, KeyError):
        return None


def _cut(text: str, pattern: re.Pattern[str]) -> tuple[str, list[re.Match[str]]]:
    matches = list(pattern.finditer(text))
    for match in reversed(matches):
        text = text[: match.start()] + " " + text[match.end() :]
    return text, matches


def _title_case(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def distribution_value(word: str, rules: MastheadRules) -> str:
    """The contract's value of a printed distribution word ("limitada" -> "Limited")."""
    return rules.distribution_values.get(word.lower(), _title_case(word))


def read_field_line(text: str, fields: Fields, rules: MastheadRules, symbols: bool = True) -> bool:
    """Record the line's fields and return True when the line is all masthead.

    ``symbols`` is False after the masthead proper: a symbol cited in a bracketed line or a
    footnote below the title is not the document's.
    """
    rest = rules.masthead_start.sub(" ", text)
    found = line_symbols(rest, rules)
    # a joint symbol's second half is taken from its line whatever OCR debris is around it
    joint = fields.joint_open and symbols and bool(found.symbols)
    fields.joint_open = False
    rest, organs = _cut(found.rest, rules.organ)
    rest, distribution = _cut(rest, rules.distribution)
    rest, language = _cut(rest, rules.original_language)
    rest, sessions = _cut(rest, rules.session)
    rest = re.sub(r"\bDistr\b\.?:?", " ", rest)
    stripped = rest.strip(" *∗.,:;")
    date = rules.date_line.match(stripped)
    scanned = None if date else ocr_date(stripped, rules.ocr)
    meeting = rules.meeting_line.match(stripped)
    weekday = rules.weekday_date.match(stripped)
    held = rules.held_at.match(stripped)
    meeting_on = None  # "492nd MEETING: 29 AUGUST 1950"
    if date or scanned:
        stripped = ""
    elif meeting:
        if meeting.groupdict().get("record") and fields.record_title is None:
            fields.record_title = " ".join(stripped[: meeting.end()].split())
        stripped = stripped[meeting.end() :]
        meeting_on = ocr_date(stripped.strip(_MEETING_DATE_MARKS), rules.ocr)
        stripped = "" if meeting_on else stripped
    elif weekday or held:
        stripped = ""
    elif fields.meeting_date and fields.venue is None and rules.record_venue.fullmatch(stripped):
        fields.venue, stripped = " ".join(stripped.split()), ""  # "New York" under the day
    if any(p.fullmatch(stripped.strip()) for p in rules.furniture_lines):
        stripped = ""
    lone = rules.distribution_word.fullmatch(stripped.strip())
    if lone and fields.distribution is None and not organs:
        fields.distribution = distribution_value(lone.group(), rules)
        stripped = ""
    # what is left may be OCR specks (single letters between marks), never a word
    if len(_LETTERS.findall(stripped)) > 2 and _WORD.search(stripped) and not joint:
        return False
    if symbols:
        fields.symbols += [s for s in found.symbols if s not in fields.symbols]
        fields.reissue = fields.reissue or found.reissue
        fields.joint_open = found.joint_open
    for organ in organs:
        name = next(o for o in rules.organs if o.lower() == " ".join(organ.group().split()).lower())
        name = rules.organ_names.get(name, name)
        if name not in fields.organs:
            fields.organs.append(name)
    if distribution and fields.distribution is None:
        fields.distribution = distribution_value(distribution[0].group("distribution"), rules)
    if language and fields.original_language is None:
        fields.original_language = rules.words.language_name(language[0].group("language"))
        fields.original_language = _title_case(fields.original_language)
    for session in sessions:  # an Assembly session outranks a Council year (joint documents)
        if fields.session is None or fields.session.lower().endswith("year"):
            fields.session = " ".join(session.group("session").split()).capitalize()
    if date and fields.date is None:
        fields.date = iso_date(date.group("day"), date.group("month"), date.group("year"), rules)
    elif scanned and fields.date is None:
        fields.date = scanned
    if meeting and fields.meeting_number is None:
        fields.meeting_number = int(meeting.group("number"))
    if meeting_on and fields.meeting_date is None:
        fields.meeting_date = meeting_on
    if held and fields.meeting_date is None:
        day, month, year = held.group("day"), held.group("month"), held.group("year")
        fields.meeting_date = iso_date(day, month, year, rules)
        fields.venue = " ".join(held.group("venue").split())
    if weekday and fields.meeting_date is None:
        day, month, year = weekday.group("day"), weekday.group("month"), weekday.group("year")
        fields.meeting_date = iso_date(day, month, year, rules)
    return True
