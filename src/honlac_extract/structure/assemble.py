"""Assembling records: paragraphs under their section and sub-heading, sections with spans."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..conditioning import Rules, Span, joined
from ..models import Paragraph, Section, Subsection
from ..records.validated import validated
from .kinds.lettered import grouped
from .numbering import Candidate
from .paragraphs import Heading, find_items
from .sections import SectionHead


@dataclass(frozen=True)
class ParagraphDraft:
    """A chosen paragraph number, its clean pieces and the sub-heading after it, if any."""

    candidate: Candidate
    pieces: list[Span]
    next_heading: Heading | None


@dataclass
class _OpenSubsection:
    heading: Heading
    paragraphs: list[int] = field(default_factory=list)
    group: str | None = None


@dataclass
class _OpenSection:
    head: SectionHead
    subsections: list[_OpenSubsection] = field(default_factory=list)


def _subsections(subs: list[_OpenSubsection], end: int) -> list[Subsection]:
    """The records of ``subs``, each lasting until the next one, the last one until ``end``."""
    return [
        Subsection(
            title=sub.heading.title,
            start=sub.heading.start,
            end=subs[i + 1].heading.start if i + 1 < len(subs) else end,
            paragraphs=sub.paragraphs,
            group=sub.group,
        )
        for i, sub in enumerate(subs)
    ]


def _close(opened: list[_OpenSection], body_end: int) -> list[Section]:
    sections = []
    for index, entry in enumerate(opened):
        following = opened[index + 1].head.start if index + 1 < len(opened) else None
        end = following if following is not None else max(body_end, entry.head.end)
        sections.append(
            Section(
                number=entry.head.number,
                ordinal=entry.head.ordinal,
                title=entry.head.title,
                start=entry.head.start,
                end=end,
                subsections=_subsections(entry.subsections, end),
            )
        )
    return sections


def assemble(
    text: str,
    heads: list[SectionHead],
    drafts: list[ParagraphDraft],
    rules: Rules,
    opened_alone: list[Heading] | None = None,
) -> tuple[list[Section], list[Subsection], list[Paragraph]]:
    """Walk sections and paragraphs in text order, attaching each paragraph to its headings.

    A sub-heading opens at a section title or after a paragraph and lasts until the next one
    or the next section. A section ends where the next starts, the last one where the last
    paragraph ends. Sub-headings before any section (a record's agenda-item headings) are
    returned apart; the last of them lasts until the first section or the body's end.
    """
    events: list[tuple[int, int, SectionHead | ParagraphDraft | Heading]]
    events = [(h.start, 0, h) for h in heads]
    events += [(heading.start, 1, heading) for heading in opened_alone or []]
    events += [(d.candidate.start, 2, d) for d in drafts]
    events.sort(key=lambda event: (event[0], event[1]))
    opened: list[_OpenSection] = []
    loose: list[_OpenSubsection] = []
    paragraphs: list[Paragraph] = []
    for _, _, event in events:
        subs = opened[-1].subsections if opened else loose
        if isinstance(event, SectionHead):
            opened.append(_OpenSection(event))
            if event.sub is not None:
                sub = grouped(text, event.sub)
                opened[-1].subsections.append(_OpenSubsection(sub, group=sub.group))
            continue
        if isinstance(event, Heading):  # a heading no paragraph or title opens
            subs.append(_OpenSubsection(event))
            continue
        if event.pieces:
            current = subs[-1] if subs else None
            fields = {
                "number": event.candidate.number,
                "text": joined(text, event.pieces),
                "section": opened[-1].head.number if opened else None,
                "subsection": current.heading.title if current else None,
                "spans": event.pieces,
                "items": find_items(text, event.pieces, rules),
            }
            paragraphs.append(validated(Paragraph, fields))  # Paragraph(**fields), once a line
            if current is not None:
                current.paragraphs.append(event.candidate.number)
        if event.next_heading is not None:
            # a lettered sub-section lasts until the next one or the next section
            heading = grouped(text, event.next_heading)
            inherited = subs[-1].group if subs and not heading.lettered else None
            group = heading.group or inherited
            subs.append(_OpenSubsection(heading, group=group))
    ends = [p.spans[-1][1] for p in paragraphs]
    ends += [h.end for h in heads]
    ends += [d.next_heading.end for d in drafts if d.next_heading is not None]
    ends += [heading.end for heading in opened_alone or []]
    body_end = max(ends, default=len(text))
    loose_end = opened[0].head.start if opened else body_end
    return _close(opened, body_end), _subsections(loose, loose_end), paragraphs
