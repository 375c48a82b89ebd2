"""Structure: split a note into header metadata, sections, paragraphs and footnotes.

Conditioning masks what is not body text; numbered paragraphs and sections are chosen by
sequence; everything between two numbered elements is cut into clean pieces, and short
capitalised leftovers between a sentence end and the next number are sub-headings.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ..conditioning import Conditioned, Rules, condition, rules
from ..models import Footnote, Metadata, Paragraph, Section, Subsection
from .footnotes import footnote_records
from .header import parse_header
from .numbering import Candidate, best_chain, candidates
from .paragraphs import Heading, find_items, split_tail
from .sections import SectionHead, choose_sections, read_heading

NOT_A_NOTE = "no numbered paragraphs found: this does not look like a HONLEA note"


@dataclass(frozen=True)
class Structure:
    """What the structure stage found; offsets index the text it was given."""

    metadata: Metadata
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


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


@dataclass
class _Body:
    """Body elements in document order while the sections and paragraphs are assembled."""

    heads: list[SectionHead]
    paragraphs: list[tuple[Candidate, list[tuple[int, int]], Heading | None]]


def _read_body(cond: Conditioned, compiled: Rules, chain: list[Candidate]) -> _Body:
    text, mask = cond.text, cond.mask
    paragraph_starts = [c.start for c in chain]
    section_chain = choose_sections(text, compiled, mask, paragraph_starts)
    boundaries = sorted([*paragraph_starts, *(c.start for c in section_chain)])
    heads = []
    for candidate in section_chain:
        index = bisect_right(boundaries, candidate.start)
        zone_end = boundaries[index] if index < len(boundaries) else len(text)
        heads.append(read_heading(text, compiled, mask, candidate, zone_end))
    paragraphs = []
    for candidate in chain:
        index = bisect_right(boundaries, candidate.start)
        region_end = boundaries[index] if index < len(boundaries) else len(text)
        pieces, sub = split_tail(text, mask.pieces(candidate.end, region_end), compiled)
        paragraphs.append((candidate, pieces, sub))
    return _Body(heads, paragraphs)


def _assemble(text: str, body: _Body, compiled: Rules) -> tuple[list[Section], list[Paragraph]]:
    """Sections with their sub-headings, and paragraphs with their section and sub-heading."""
    events: list[tuple[int, int, object]] = [(h.start, 0, h) for h in body.heads]
    events += [(c.start, 1, (c, pieces, sub)) for c, pieces, sub in body.paragraphs]
    events.sort(key=lambda e: (e[0], e[1]))
    body_end = max((p[-1][1] for _, p, _ in body.paragraphs if p), default=len(text))
    sections: list[dict[str, object]] = []
    paragraphs: list[Paragraph] = []
    current: dict[str, object] | None = None
    subs: list[dict[str, object]] = []

    def open_sub(heading: Heading) -> None:
        entry: dict[str, object] = {"title": heading.title, "start": heading.start, "paragraphs": []}
        subs.append(entry)
        if current is not None:
            current["subs"].append(entry)  # type: ignore[attr-defined]

    for _, kind, payload in events:
        if kind == 0:
            head: SectionHead = payload  # type: ignore[assignment]
            current = {"head": head, "subs": []}
            sections.append(current)
            subs = []
            if head.sub is not None:
                open_sub(head.sub)
            continue
        candidate, pieces, sub = payload  # type: ignore[misc]
        if not pieces:
            continue
        subsection = subs[-1] if subs else None
        paragraphs.append(
            Paragraph(
                number=candidate.number,
                text=" ".join(text[s:e] for s, e in pieces),
                section=current["head"].number if current else None,  # type: ignore[attr-defined]
                subsection=subsection["title"] if subsection else None,  # type: ignore[arg-type]
                spans=pieces,
                items=find_items(text, pieces, compiled),
            )
        )
        if subsection is not None:
            subsection["paragraphs"].append(candidate.number)  # type: ignore[attr-defined]
        if sub is not None:
            open_sub(sub)
    built = []
    for index, entry in enumerate(sections):
        head = entry["head"]  # type: ignore[assignment]
        end = sections[index + 1]["head"].start if index + 1 < len(sections) else max(body_end, head.start)  # type: ignore[attr-defined]
        entries: list[dict[str, object]] = entry["subs"]  # type: ignore[assignment]
        subsections = [
            Subsection(
                title=str(sub["title"]),
                start=int(sub["start"]),  # type: ignore[call-overload]
                end=int(entries[i + 1]["start"]) if i + 1 < len(entries) else end,  # type: ignore[call-overload]
                paragraphs=list(sub["paragraphs"]),  # type: ignore[call-overload]
            )
            for i, sub in enumerate(entries)
        ]
        built.append(
            Section(
                number=head.number,
                ordinal=head.ordinal,
                title=head.title,
                start=head.start,
                end=end,
                subsections=subsections,
            )
        )
    return built, paragraphs


def parse_structure_unguarded(text: str) -> Structure:
    """:func:`parse_structure` without its safety net (tests use it to see real errors)."""
    compiled = rules()
    cond = condition(text)
    chain = best_chain(candidates(text, compiled.paragraph_number, False, compiled, cond.mask))
    body = _read_body(cond, compiled, chain)
    sections, paragraphs = _assemble(text, body, compiled)
    starts = [p.spans[0][0] for p in paragraphs] + [s.start for s in sections]
    body_start = min(starts) if starts else len(text)
    if paragraphs:
        body_start = min(body_start, min(c.start for c in chain))
    footnotes = footnote_records(text, cond.footnotes)
    metadata = parse_header(cond, body_start, footnotes, compiled)
    warnings = numbering_warnings(chain) if paragraphs else [NOT_A_NOTE]
    return Structure(metadata, sections, paragraphs, footnotes, warnings)


def parse_structure(text: str) -> Structure:
    """Parse ``text`` (line endings already ``\\n``) into its structure; never raises."""
    try:
        return parse_structure_unguarded(text)
    except Exception as error:  # noqa: BLE001 - the contract is "never raises"; say what failed
        return Structure(
            metadata=Metadata(),
            warnings=[f"the structure could not be parsed ({type(error).__name__}: {error})"],
        )
