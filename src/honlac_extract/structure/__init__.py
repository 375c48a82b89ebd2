"""Structure: split a note into header metadata, sections, paragraphs and footnotes.

Conditioning masks what is not body text; numbered paragraphs and sections are chosen by
sequence; everything between two numbered elements is cut into clean pieces, and short
capitalised leftovers between a sentence end and the next number are sub-headings.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from ..conditioning import Conditioned, Mask, Rules, condition, rules
from ..languages import detect_language
from ..models import Footnote, Metadata, Paragraph, Section, Subsection
from ..warmup import paused_gc
from .assemble import ParagraphDraft, assemble
from .footnotes import footnote_records
from .header import parse_header
from .kinds import (
    BodyMarks,
    body_marks,
    letter_paragraphs,
    lettered_tail,
    marked,
    numbered_heading,
    placed,
    statement_structure,
    with_unnumbered,
)
from .markup import paragraph_pieces
from .numbering import Candidate, best_chain, candidates, without_nested_lists
from .paragraphs import Heading, split_tail
from .sections import SectionHead, choose_sections, read_heading

HEADER_MAX = 6000
"""Header facts are looked for in at most this many characters before the body."""
NOT_A_NOTE = "no numbered paragraphs found: this does not look like a HONLEA note"


@dataclass(frozen=True)
class Structure:
    """What the structure stage found; offsets index the text it was given."""

    metadata: Metadata
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    subsections: list[Subsection] = field(default_factory=list)
    """Sub-headings outside any section (a meeting record's agenda-item headings)."""


def numbering_warnings(chain: list[Candidate]) -> list[str]:
    """Plain sentences about gaps and steps back in the paragraph numbering."""
    warnings = []
    if chain and chain[0].number > 1:
        warnings.append(f"paragraph numbering starts at {chain[0].number}")
    for previous, current in zip(chain, chain[1:], strict=False):
        step = current.number - previous.number
        if step <= 0:
            warnings.append(f"paragraph numbers go back from {previous.number} to {current.number}")
        for missing in range(previous.number + 1, current.number):
            warnings.append(f"paragraph {missing} is missing")
    return warnings


def _read_body(
    cond: Conditioned, compiled: Rules, chain: list[Candidate], marks: BodyMarks
) -> tuple[list[SectionHead], list[ParagraphDraft], list[Heading]]:
    """Section headings, paragraph drafts between the chosen numbered elements, and the
    annotation headings no draft or head opens.

    A paragraph also ends at a stop of ``marks`` (adoption trailer, signature, annex heading).
    """
    text, mask = cond.text, cond.mask
    paragraph_starts = [c.start for c in chain]
    # a section's heading zone ends at an annotation heading too ("II. Annotations 1. ...")
    # and at a lettered line run in after its title ("II. Aplicación ... A. Cuestión 1: ...")
    zone_ends = sorted({*paragraph_starts, *marks.annotations, *marks.lettered})
    section_chain = choose_sections(text, compiled, mask, zone_ends)
    boundaries = sorted({*paragraph_starts, *marks.annotations, *(c.start for c in section_chain)})

    annex = compiled.body_end.search(text, boundaries[-1]) if boundaries else None
    body_end = annex.start() if annex else len(text)

    stops = marks.stops
    lettered_starts = sorted(marks.lettered)

    def next_boundary(position: int, stopped: bool = True) -> int:
        index = bisect_right(boundaries, position)
        end = boundaries[index] if index < len(boundaries) else body_end
        stop = bisect_right(stops, position)
        return min(end, stops[stop]) if stopped and stop < len(stops) else end

    # a section title and the sub-heading under it are read together, stops apart; a lettered
    # line there opens a lettered sub-section (with the heading under it, if any)
    heads = []
    for candidate in section_chain:
        zone_end = next_boundary(candidate.start, False)
        index = bisect_right(lettered_starts, candidate.end)
        if index < len(lettered_starts) and lettered_starts[index] < zone_end:
            line = lettered_starts[index]
            head = read_heading(text, compiled, mask, candidate, line)
            sub = lettered_tail(
                text, mask, line, marks.lettered[line], zone_end, marks.headings, compiled
            )
            heads.append(replace(head, sub=sub, end=max(head.end, sub.end)))
        elif zone_end in marks.annotations:  # an agenda item's annotation heading under it
            head = read_heading(text, compiled, mask, candidate, zone_end)
            sub = numbered_heading(text, mask, zone_end, marks.annotations[zone_end])
            heads.append(replace(head, sub=sub))
        else:
            heads.append(read_heading(text, compiled, mask, candidate, zone_end))
    drafts = []
    for candidate in chain:
        end = next_boundary(candidate.start)
        body, heading = split_tail(text, mask.pieces(candidate.end, end), compiled, end)
        if end in marks.lettered:
            line_end = marks.lettered[end]
            zone_end = next_boundary(end, False)
            heading = lettered_tail(text, mask, end, line_end, zone_end, marks.headings, compiled)
        elif end in marks.headings:
            heading = numbered_heading(text, mask, end, marks.headings[end])
        elif end in marks.annotations:
            heading = numbered_heading(text, mask, end, marks.annotations[end])
        drafts.append(ParagraphDraft(candidate, paragraph_pieces(text, body), heading))
    return heads, drafts, _loose_annotation_headings(text, mask, marks, heads, drafts)


def _loose_annotation_headings(
    text: str, mask: Mask, marks: BodyMarks, heads: list[SectionHead], drafts: list[ParagraphDraft]
) -> list[Heading]:
    """An agenda item's annotation heading that follows annotation text, not a numbered
    paragraph or a section title (a flattened agenda), or a record's agenda-item heading
    before its first statement: no draft or head opens it, so it is opened on its own."""
    opened = {h.sub.start for h in heads if h.sub is not None}
    opened |= {d.next_heading.start for d in drafts if d.next_heading is not None}
    loose = {**marks.annotations, **marks.record_headings}
    return [
        numbered_heading(text, mask, start, end)
        for start, end in sorted(loose.items())
        if start not in opened
    ]


def parse_structure_unguarded(text: str) -> Structure:
    """:func:`parse_structure` without its safety net (tests use it to see real errors).

    The note's language picks the rules (English when it cannot be told)."""
    language = detect_language(text)
    compiled = rules(language or "en")
    cond = condition(text, compiled.language)
    marks = body_marks(text, cond.mask, compiled)
    found = candidates(text, compiled.paragraph_number, False, compiled, cond.mask)
    # a numbered recommendation heading's number is not a paragraph's
    numbers = [c for c in found if c.start not in marks.headings]
    chain = without_nested_lists(best_chain(numbers), numbers)
    heads, drafts, loose = _read_body(cond, compiled, chain, marks)
    sections, outside, paragraphs = assemble(text, heads, drafts, compiled, loose)
    paragraphs = marked(paragraphs, marks)
    starts = [p.spans[0][0] for p in paragraphs] + [s.start for s in sections]
    body_start = min(starts) if starts else len(text)
    if paragraphs:
        body_start = min(body_start, min(c.start for c in chain))
    footnotes = footnote_records(text, cond.footnotes)
    metadata = parse_header(cond, min(body_start, HEADER_MAX), footnotes, compiled)
    metadata = metadata.model_copy(update={"language": language})
    if metadata.kind == "verbatim_record":  # its numbers are the speeches', not paragraphs'
        statements = statement_structure(text, cond.mask, compiled)
        if statements is not None:
            return Structure(metadata, [], statements[0], footnotes, [], statements[1])
    # after the header: its window ends at the first numbered paragraph, as before
    numbered = [c.start for c in chain]
    first_body = [*numbered[:1], *(s.start for s in sections[:1])]
    paragraphs = with_unnumbered(
        text, cond.mask, marks, paragraphs, numbered, compiled, min(first_body, default=None)
    )
    paragraphs = placed(paragraphs, sections)
    warnings = numbering_warnings(chain) if paragraphs else [NOT_A_NOTE]
    if not paragraphs:
        paragraphs = letter_paragraphs(text, cond.mask, marks, compiled)
        warnings = [] if paragraphs else warnings
    return Structure(metadata, sections, paragraphs, footnotes, warnings, outside)


def parse_structure(text: str) -> Structure:
    """Parse ``text`` (line endings already ``\\n``) into its structure; never raises.

    The cyclic collector is paused meanwhile, as in the entity stages: the parse makes no
    reference cycles, and the collector's walks over thousands of small paragraph records
    were a third of the structure time of a note of short numbered lines."""
    try:
        with paused_gc():
            return parse_structure_unguarded(text)
    except Exception as error:  # noqa: BLE001 - the contract is "never raises"; say what failed
        return Structure(
            metadata=Metadata(),
            warnings=[f"the structure could not be parsed ({type(error).__name__}: {error})"],
        )
