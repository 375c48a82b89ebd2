"""The Note record (contract v1): Pydantic models every output is validated against.

Field names are public contract: later work adds fields, never renames them. Every record is
frozen and forbids unknown fields, so a typo in a producer fails loudly instead of silently
dropping data. Every ``start``/``end`` pair indexes ``Note.text``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal["1"] = "1"

Body = Literal["HONLAC", "HONLAF", "HONLAP", "HONEURO", "SUBCOM", "CND"]
Label = Literal["COUNTRY", "LOCATION", "REGION", "DATE", "QUANTITY", "AGENCY", "PROGRAMME"]
DocumentKind = Literal[
    "note_by_secretariat",
    "note_by_secretary_general",
    "report_of_secretariat",
    "report_of_secretary_general",
    "meeting_report",
    "implementation_note",
    "conference_room_paper",
    "resolution",
    "decision",
    "letter",
    "verbatim_record",
    "summary_record",
    "agenda",
]
LanguageCode = Literal["en", "es", "fr"]
DatePrecision = Literal["day", "month", "quarter", "half", "year", "years", "range"]


class Record(BaseModel):
    """Base of every record: immutable, strict about unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(Record):
    """Where the note came from: enough to tell whether an output is stale."""

    path: str | None = None
    sha256: str
    format: Literal["txt", "pdf", "docx"] = "txt"


class Metadata(Record):
    """Header facts of the note; each is null when the note does not print it."""

    symbol: str | None = None
    date: str | None = None
    meeting_number: int | None = None
    body: Body | None = None
    region: str | None = None
    meeting_title: str | None = None
    venue: str | None = None
    meeting_start: str | None = None
    meeting_end: str | None = None
    agenda_items: list[str] = Field(default_factory=list)
    agenda_item_title: str | None = None
    title: str | None = None
    document_type: str | None = None
    agenda_symbol: str | None = None
    original_language: str | None = None
    working_languages: list[str] = Field(default_factory=list)
    # the UN masthead (any series): joint symbols split, reissue asterisks apart from the symbol
    symbols: list[str] = Field(default_factory=list)
    reissue: str | None = None
    organ: str | None = None
    organs: list[str] = Field(default_factory=list)
    distribution: Literal["General", "Limited", "Restricted"] | None = None
    session: str | None = None
    job_number: str | None = None
    job_language: str | None = None
    kind: DocumentKind | None = None
    # the language the note is written in (detected from its words), which picks the rules
    language: LanguageCode | None = None


class Subsection(Record):
    """An unnumbered heading (often a country) inside a section.

    A lettered line ("A. Recommendations adopted by the working group on ...", "B.
    Attendance") always sets ``group``, as printed: the sub-sections under it carry it, each
    titled by its own heading ("Recommendation 1: ..."); a lettered line with no heading under
    it is a sub-section of its own, titled by the line's words without the letter.
    """

    title: str
    start: int
    end: int
    paragraphs: list[int] = Field(default_factory=list)
    # the lettered sub-section line it sits under ("A. Recommendations adopted by ..."), if any
    group: str | None = None


class Section(Record):
    """A Roman-numbered section of the body (never the contents list)."""

    number: str
    ordinal: int
    title: str
    start: int
    end: int
    subsections: list[Subsection] = Field(default_factory=list)


class Item(Record):
    """A lettered sub-item "(a)", "(b)" of a paragraph."""

    label: str
    text: str
    start: int
    end: int


class Paragraph(Record):
    """A body paragraph, in document order.

    ``number`` is the printed paragraph number. In a document that also prints numbers, an
    unnumbered paragraph gets -1, -2, ... in document order, and ``kind`` says what it is: a
    resolution's preambular clauses ("preambular"), a letter's own paragraphs and signature
    block before its numbered annex ("body", "signature"), an annex's unnumbered opening
    paragraphs ("body", with ``annex`` set), an annotated agenda's annotation paragraphs
    ("annotation"), a report's summary under its "Summary" line ("summary"), a meeting
    record's procedural lines ("The meeting rose at ...": "record"). A document with no
    printed numbers at all (a letter) numbers its
    paragraphs by position, 1..n. Not paragraphs: adoption trailers ("7th meeting / 17 March
    2023"), masthead and annex title lines, "Recommendation 3: ..." headings, an agenda's
    numbered item headings in its annotations, contents lines and page furniture.

    ``text`` is the clean text without the number: the pieces of ``Note.text`` listed in
    ``spans`` joined with one space (page furniture, footnote blocks, line breaks and no-break
    spaces fall between pieces), or with nothing where the gap is only asterisks not between
    two word characters: markdown emphasis a PDF-to-text conversion added (``*delta*-9`` reads
    ``delta-9``), which the published note and its PDF/Word files do not have.
    """

    number: int
    text: str
    section: str | None = None
    subsection: str | None = None
    spans: list[tuple[int, int]]
    items: list[Item] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    # PDF/DOCX input: 1-based page of the first piece; box (x0, top, x1, bottom) in points
    # from the page's top-left corner, where the reader knows it (PDF)
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    # other document kinds: "operative" for a resolution's numbered paragraphs after its
    # opening ("The General Assembly,"), "preambular", "body", "signature", "annotation",
    # "summary", "record" (see above), None in a note; the label ("Annex", "Annex I") of the
    # annex it is in
    kind: str | None = None
    annex: str | None = None


class Footnote(Record):
    """A footnote block entry ("*", "**", "1") found at a page foot."""

    marker: str
    text: str
    start: int
    end: int


class Entity(Record):
    """One mention, grounded in ``Note.text`` and normalised.

    One flat record for all labels keeps tables and consumers simple: fields that do not
    apply to a label stay null.
    """

    id: str
    label: Label
    text: str
    start: int
    end: int
    paragraph: int | None = None
    section: str | None = None
    source: str
    # COUNTRY (and the country of LOCATION / AGENCY / PROGRAMME)
    iso3: str | None = None
    name: str | None = None
    demonym: bool | None = None
    country: str | None = None
    # DATE
    start_date: str | None = None
    end_date: str | None = None
    precision: DatePrecision | None = None
    inferred_year: bool | None = None
    in_name: bool | None = None
    # QUANTITY
    value: float | None = None
    value_max: float | None = None
    previous_value: float | None = None
    unit: str | None = None
    item: str | None = None
    qualifier: str | None = None
    # AGENCY / PROGRAMME
    acronym: str | None = None
    kind: str | None = None
    entity_id: str | None = None
    # PDF/DOCX input: 1-based page of ``start`` and box as for Paragraph
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None


class Fact(Record):
    """One activity or measurement of a note: a QUANTITY (or a clear no-number pattern) linked
    to what it measures and its context, each slot by the ``id`` of a grounded entity.

    ``sentence_start``/``sentence_end`` span the sentence in ``Note.text`` (page furniture may
    lie inside when it crosses a page break); ``activity_text`` is grounded
    (``Note.text[activity_start:activity_end] == activity_text``). ``iso3`` holds the codes of
    ``countries``, or the paragraph's subject countries when the sentence names none
    (``country_source="subject"``); ``start_date``/``end_date`` are those of ``date``, or the
    note's reporting period when the sentence has no date (``date_source="reporting_period"``).
    """

    id: str
    paragraph: int | None = None
    section: str | None = None
    sentence_start: int
    sentence_end: int
    activity: str | None = None
    activity_text: str | None = None
    activity_start: int | None = None
    activity_end: int | None = None
    quantity: str | None = None
    agency: str | None = None
    countries: list[str] = Field(default_factory=list)
    iso3: list[str] = Field(default_factory=list)
    country_source: Literal["sentence", "subject"] | None = None
    programme: str | None = None
    date: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    date_source: Literal["sentence", "reporting_period"] | None = None


class Note(Record):
    """A HONLEA Secretariat note split into its parts, with grounded entities."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source
    text: str
    metadata: Metadata
    sections: list[Section] = Field(default_factory=list)
    # sub-headings outside any section: a meeting record's agenda-item headings
    subsections: list[Subsection] = Field(default_factory=list)
    paragraphs: list[Paragraph] = Field(default_factory=list)
    footnotes: list[Footnote] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
