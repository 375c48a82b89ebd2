"""The UN masthead and front matter of any UN document series.

Read from the header's lines (the PDF and Word readers keep masthead lines as lines): symbol
(joint ones split, reissue asterisks apart), organs, distribution, issue date, original
language, session, agenda items with their titles, document-type line, title, the job
number with its language letter, the document's kind, and a meeting report's venue and
dates from "held in X from d to d Month yyyy". Flattened text has no lines: there the
symbol, job number and kind are still read, the rest is left to the HONLEA header rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .fields import Fields, distribution_value, iso_date
from .front import read_front
from .items import normal_items
from .kinds import KINDS, document_kind
from .lines import header_lines
from .ocr import ocr_number
from .rules import masthead_rules
from .symbols import checked_symbols, lone_symbol, running_symbol

__all__ = [
    "KINDS",
    "Masthead",
    "doubled_word_split",
    "held_in",
    "job_number",
    "meeting_report_title",
    "normal_items",
    "read_masthead",
    "running_header_symbol",
    "running_header_symbols",
    "symbol_kind",
]

MASTHEAD_MAX = 4000
"""The masthead and front matter are looked for in at most this many characters."""
JOB_MAX = 12000
"""The job number is printed at the foot of page 1: looked for in this many characters."""


@dataclass
class Masthead(Fields):
    """What the masthead and front matter print (the field lines' :class:`Fields` and the
    rest); None or empty where they do not."""

    agenda_items: list[str] = field(default_factory=list)
    agenda_item_titles: list[str] = field(default_factory=list)
    title: str | None = None
    document_type: str | None = None
    job_number: str | None = None
    job_language: str | None = None
    running_symbol: str | None = None
    lone_symbol: str | None = None
    is_un_masthead: bool = False
    language: str = "en"

    @property
    def symbol(self) -> str | None:
        """The document symbol as printed: joint symbols joined by a hyphen."""
        return "-".join(self.symbols) or self.running_symbol or self.lone_symbol

    def kind(
        self, titles: list[str], document_type: str | None, header: str, symbol: str | None = None
    ) -> str | None:
        """The kind of document given the titles (title, agenda item title) and document
        type finally chosen; ``symbol`` is the one the header rules read where the masthead
        has none (flattened text)."""
        rules = masthead_rules(self.language)
        return document_kind(self.symbol or symbol, titles, document_type, header, rules)

    def is_meeting_report(self) -> bool:
        """True when the masthead's title is the report of a meeting or session."""
        rules = masthead_rules(self.language)
        return document_kind(None, [self.title or ""], None, "", rules) == "meeting_report"


def job_number(text: str) -> tuple[str | None, str | None]:
    """The UN job number (``V.17-05251``, ``12-27711``) of a text and its language letter."""
    rules = masthead_rules()
    match = rules.job_number.search(text, 0, JOB_MAX)
    if not match and len(text) > JOB_MAX:  # one line a paragraph: page 1's foot comes last
        match = rules.job_number.search(text, len(text) - JOB_MAX)
    if not match:
        barcode = rules.barcode.search(text, 0, JOB_MAX)
        if barcode:
            return f"{barcode.group('year')}-{barcode.group('serial')}", None
        return None, None
    job = "".join(match.group("job").split())
    year, serial = job.split("-", 1)  # a scan's "go-11348": the year's digits OCR'd
    year = year[:-2] + ocr_number(year[-2:], rules.ocr)
    return f"{year}-{serial}", match.group("language")


def read_masthead(text: str, end: int, language: str = "en") -> Masthead:
    """The masthead of ``text`` whose header ends at ``end``; never raises on any text."""
    rules = masthead_rules(language)
    limit = min(max(end, 0), MASTHEAD_MAX)
    lines = header_lines(text, limit)
    emblem = any(rules.masthead_start.match(line.text) for line in lines[:3])
    front = read_front(lines, rules)
    job, job_language = job_number(text)
    fields = front.fields
    if fields.distribution is None:  # flattened text: "Distr.: General" is unambiguous inline
        inline = rules.distribution.search(text, 0, limit)
        if inline:
            fields.distribution = distribution_value(inline.group("distribution"), rules)
    running = None if fields.symbols else running_symbol(text, rules)
    lone = None if fields.symbols or running else lone_symbol([x.text for x in lines], rules)
    symbol = "-".join(fields.symbols) or running or lone
    # a verbatim or summary record has no title but the line naming it: its headings are
    # the agenda's
    untitled = document_kind(symbol, [], None, "", rules) in rules.untitled_kinds
    return Masthead(
        **vars(fields),
        agenda_items=front.agenda_items,
        agenda_item_titles=front.agenda_titles,
        title=fields.record_title if untitled else front.title,
        document_type=front.document_type,
        job_number=job,
        job_language=job_language,
        running_symbol=running,
        lone_symbol=lone,
        is_un_masthead=bool(fields.organs) and (emblem or bool(fields.symbols)),
        language=language,
    )


def held_in(title: str, language: str = "en") -> tuple[str, str | None, str | None] | None:
    """(venue, first day, last day) of "held in X from d to d Month yyyy" in a title."""
    rules = masthead_rules(language)
    match = rules.held_in.search(title)
    if not match:
        return None
    month, year = match.group("m2"), match.group("y2")
    last = iso_date(match.group("d2") or match.group("d0"), month, year, rules)
    first_day = match.group("d1") or match.group("d0")
    first = iso_date(first_day, match.group("m1") or month, match.group("y1") or year, rules)
    return " ".join(match.group("venue").split()), first, last


REPORT_TITLE_MAX = 400
"""A meeting report's title reaches its "held in ..." clause within this many characters."""


def meeting_report_title(header: str, language: str = "en") -> str | None:
    """ "Report of the Eighth Meeting ..., held in Vienna from 16 to 18 June 2009" in a header
    (flattened or not; ``¦`` block breaks inside are dropped), or None."""
    rules = masthead_rules(language)
    start = rules.meeting_report_title.search(header)
    if not start:
        return None
    held = rules.held_in.search(header, start.start(), start.start() + REPORT_TITLE_MAX)
    if not held:
        return None
    return " ".join(header[start.start() : held.end()].replace("¦", " ").split())


def doubled_word_split(text: str, language: str = "en") -> int | None:
    """Offset of the second of two equal capitalised words ("... Plan of Action Action taken
    ..."): where a flattened header runs one title into the next."""
    match = masthead_rules(language).doubled_word.search(text)
    return match.end() - len(match.group("word")) if match else None


def running_header_symbol(text: str) -> str | None:
    """The symbol printed alone on two lines or more of ``text`` (running headers)."""
    return running_symbol(text, masthead_rules())


def running_header_symbols(symbols: list[str], furniture: str) -> list[str]:
    """The masthead's ``symbols`` checked against the running headers' lines
    (:func:`~.symbols.checked_symbols`)."""
    return checked_symbols(symbols, furniture, masthead_rules())


def symbol_kind(symbol: str) -> str | None:
    """The kind a symbol alone tells (PV, SR, RES, Agenda, CRP series), or None."""
    return document_kind(symbol, [], None, "", masthead_rules())
