"""Header metadata: the facts printed above the body (symbol, dates, meeting, agenda, title).

The header is read as blocks (separated by blank lines, markup stars or footnote markers);
in a flattened note it is one block and the patterns still find each fact inline, and the
agenda item title and the note title are told apart where a lower-case word is followed by
a capitalised one.
"""

from __future__ import annotations

import datetime
import re

from ..conditioning import Conditioned, Rules
from ..models import Footnote, Metadata
from .headings import clean_heading, glued_split, name_end_split
from .masthead import (
    Masthead,
    doubled_word_split,
    held_in,
    meeting_report_title,
    normal_items,
    read_masthead,
    symbol_kind,
)

_STARS = re.compile(r"[*∗]+")
_BREAK = " ¦ "
_LINK = re.compile(r"^\[(.*)\]\([^)]*\)$")


def header_blocks(cond: Conditioned, end: int) -> list[str]:
    """The header's blocks of text (blank lines and stars separate blocks)."""
    text = cond.text
    mask = cond.mask.add(m.span() for m in _STARS.finditer(text, 0, end))
    blocks: list[str] = []
    current: list[str] = []
    previous_end: int | None = None
    for start, stop in mask.pieces(0, end):
        if previous_end is not None and (
            text.count("\n", previous_end, start) >= 2
            or mask.free(previous_end, start) != [(previous_end, start)]
        ):
            blocks.append(" ".join(current))
            current = []
        current.append(" ".join(text[start:stop].split()))
        previous_end = stop
    if current:
        blocks.append(" ".join(current))
    return blocks


def _iso(day: str, month: str, year: str, rules: Rules) -> str | None:
    try:
        return datetime.date(int(year), rules.words.month_number(month), int(day)).isoformat()
    except (ValueError, KeyError):
        return None


def ordinal_value(words: str, rules: Rules) -> int | None:
    """The number of an ordinal such as "Twenty-seventh", "fifty-third", "27th" or, in a
    Spanish or French note, "vigésima séptima" or "quarante et unième"."""
    return rules.words.ordinals.value(words)


def _agenda_symbol(footnotes: list[Footnote], rules: Rules) -> str | None:
    for footnote in footnotes:
        body = footnote.text.strip().rstrip(".").strip()
        link = _LINK.match(body)
        if link:
            body = link.group(1)
        match = rules.symbol.fullmatch(body)
        if match:
            return match.group()
    return None


def _working_languages(footnotes: list[Footnote], rules: Rules) -> list[str]:
    """The languages of "Available only in English, French and Spanish" (English names)."""
    for footnote in footnotes:
        match = rules.working_languages.search(footnote.text)
        if match:
            found = rules.language_word.findall(match.group("languages"))
            if rules.language == "en":
                return found
            # the English notes' order: a translation gives the same list as the original
            return sorted(dict.fromkeys(rules.words.language_name(w) for w in found))
    return []


def _body(symbol: str | None, fallback: str | None, rules: Rules) -> str | None:
    if symbol:
        for rule in rules.symbol_bodies:
            if rule.pattern.search(symbol):
                return rule.body
    return fallback


def _titles(segment: str, has_agenda: bool, rules: Rules) -> tuple[str | None, str | None]:
    """(agenda item title, note title) from the header between agenda line and document type."""
    parts = [clean_heading(p) for p in segment.split("¦")]
    parts = [p for p in parts if p]
    if not parts:
        return None, None
    if not has_agenda:
        return None, parts[-1]
    if len(parts) >= 2:
        return parts[0], " ".join(parts[1:])
    split = doubled_word_split(parts[0], rules.language)
    if split is None:
        split = glued_split(parts[0], rules)
    if split is None:
        split = name_end_split(parts[0], rules)
    if split is None or _runs_on(parts[0][:split], rules):
        return None, parts[0]
    return clean_heading(parts[0][:split]), clean_heading(parts[0][split:])


def _runs_on(left: str, rules: Rules) -> bool:
    """True when a split would end the agenda item title on an ordinal or a function word
    ("... adopted by the Twenty-seventh | Meeting of Heads ..."): the phrase goes on."""
    words = left.split()
    last = words[-1].lower() if words else ""
    return ordinal_value(last, rules) is not None or last in rules.function_words


def _document_type(h: str, agenda: re.Match[str] | None, rules: Rules) -> re.Match[str] | None:
    """The document-type line: the one under the title (after the agenda line) when the
    masthead also prints one ("Conference room paper" ... "Note by the Secretariat")."""
    found = list(rules.document_type.finditer(h))
    if agenda is not None:
        after = [match for match in found if match.start() >= agenda.end()]
        if after:
            return after[0]
    return found[0] if found else None


def parse_header(cond: Conditioned, end: int, footnotes: list[Footnote], rules: Rules) -> Metadata:
    """Metadata from the header (``text[:end]``), the footnotes and the running headers."""
    h = _BREAK.join(header_blocks(cond, end))
    found: dict[str, object] = {}
    anchors = [0]
    meeting = None
    for rule in rules.meeting_names:
        meeting = rule.pattern.search(h)
        if meeting:
            break
    region_body: str | None = None
    if meeting:
        anchors.append(meeting.end())
        found["meeting_title"] = " ".join(meeting.group().split())
        groups = meeting.groupdict()
        if groups.get("region"):
            region = " ".join(groups["region"].split())
            found["region"] = rules.words.region_name(region)
            region_body = dict(rules.regions).get(region)
        if rule.body:
            region_body = rule.body
        if groups.get("ordinal"):
            found["meeting_number"] = ordinal_value(groups["ordinal"], rules)
    if "meeting_number" not in found or found["meeting_number"] is None:
        number = rules.meeting_number.search(h)
        if number:
            found["meeting_number"] = ordinal_value(number.group("ordinal"), rules)
    venue = rules.venue_date.search(h, meeting.end() if meeting else 0)
    taken = (0, 0)
    if venue:
        taken = venue.span()
        anchors.append(venue.end())
        found["venue"] = " ".join(venue.group("venue").split())
        y2, m2 = venue.group("y2"), venue.group("m2")
        found["meeting_start"] = _iso(
            venue.group("d1"), venue.group("m1") or m2, venue.group("y1") or y2, rules
        )
        found["meeting_end"] = _iso(venue.group("d2"), m2, y2, rules)
    for date in rules.date.finditer(h):
        if date.end() <= taken[0] or date.start() >= taken[1]:
            found["date"] = _iso(date.group("day"), date.group("month"), date.group("year"), rules)
            anchors.append(date.end())
            break
    language = rules.original_language.search(h)
    if language:
        found["original_language"] = rules.words.language_name(language.group("language"))
        anchors.append(language.end())
    for label in rules.header_labels:
        for match in label.pattern.finditer(h):
            anchors.append(match.end())
    agenda = rules.agenda.search(h)
    document_type = _document_type(h, agenda, rules)
    if document_type:
        found["document_type"] = " ".join(document_type.group().split())
    title_end = document_type.start() if document_type else len(h)
    if agenda and title_end < agenda.end():  # "Conference room paper" above the agenda line
        title_end = len(h)
    if agenda:
        found["agenda_items"] = normal_items(rules.agenda_item.findall(agenda.group("items")))
        title_start = agenda.end()
    else:
        title_start = max([a for a in anchors if a <= title_end] or [0])
    if title_start <= title_end:
        found["agenda_item_title"], found["title"] = _titles(
            h[title_start:title_end], agenda is not None, rules
        )
        if agenda is None:
            found["agenda_item_title"] = None
    symbol = cond.symbols[0] if cond.symbols else None
    agenda_symbol = _agenda_symbol(footnotes, rules)
    found["symbol"] = symbol
    found["body"] = _body(symbol or agenda_symbol, region_body, rules)
    found["agenda_symbol"] = agenda_symbol
    found["working_languages"] = _working_languages(footnotes, rules)
    _add_masthead(found, read_masthead(cond.text, end, rules.language), h)
    return Metadata.model_validate(found)


def _add_masthead(found: dict[str, object], masthead: Masthead, header: str) -> None:
    """The UN masthead's fields; on a document of another UN series (its symbol is not one
    the HONLEA rules know), and on a resolution, decision or meeting record of any series
    (a CND one too: its session is no meeting number), the masthead's reading of the front
    matter replaces theirs."""
    own_kind = symbol_kind(masthead.symbol or "") if masthead.is_un_masthead else None
    resolution = own_kind in ("resolution", "decision")
    record = own_kind in ("summary_record", "verbatim_record")
    if found["symbol"] is None or resolution or record:
        found["symbol"] = found["symbol"] or masthead.symbol
        if masthead.is_un_masthead:
            for key in ("date", "original_language", "title", "document_type"):
                found[key] = getattr(masthead, key)
            found["agenda_items"] = masthead.agenda_items
            found["agenda_item_title"] = " ".join(masthead.agenda_item_titles) or None
            if masthead.meeting_number is not None or not resolution:
                found["meeting_number"] = masthead.meeting_number
            if masthead.meeting_date:
                found["meeting_start"] = found["meeting_end"] = masthead.meeting_date
            if masthead.venue:
                found["venue"] = masthead.venue
    found["symbols"] = masthead.symbols or ([str(found["symbol"])] if found["symbol"] else [])
    found["reissue"] = masthead.reissue
    found["organs"] = masthead.organs
    found["organ"] = masthead.organs[0] if masthead.organs else None
    found["distribution"] = masthead.distribution
    found["session"] = masthead.session
    found["job_number"] = masthead.job_number
    found["job_language"] = masthead.job_language
    if found.get("original_language") is None:
        found["original_language"] = masthead.original_language
    report_title = masthead.title if masthead.is_meeting_report() else None
    report_title = report_title or meeting_report_title(header, masthead.language)
    if report_title:  # "Report of the Eighth Meeting ..., held in Vienna from ..."
        found["title"], found["agenda_item_title"] = report_title, None
    title, document_type = found.get("title"), found.get("document_type")
    titles = [t for t in (title, found.get("agenda_item_title")) if isinstance(t, str)]
    symbol = found["symbol"] if isinstance(found["symbol"], str) else None
    kind = masthead.kind(
        titles, document_type if isinstance(document_type, str) else None, header, symbol
    )
    found["kind"] = kind
    if kind == "meeting_report" and isinstance(title, str) and not found.get("venue"):
        meeting = held_in(title, masthead.language)
        if meeting:
            found["venue"], found["meeting_start"], found["meeting_end"] = meeting
