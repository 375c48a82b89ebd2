"""A verbatim record's body: statements, procedural lines and agenda-item headings.

A verbatim record (``A/79/PV.29``, ``S/PV.8422``) prints no paragraph numbers; the numbers
in its speeches are not paragraphs'. Its body starts at the first procedural line ("The
meeting was called to order at 10.15 a.m.") or speaker ("Mr. Okafor (Nigeria):") or the line
saying who took the Chair, and its paragraphs are numbered 1..n in document order: a
procedural line is one of its own (kind "record"), a blank line after a sentence end
separates two statements (kind "body"), so a page break inside one keeps it whole; a vote
list ("In favour:" and its countries) is one of its own. A short capitalised line (or up to
three) between blank lines after a sentence end is a heading ("International drug control",
"Report of the Third Committee (A/80/486)"), outside any section; a heading that only names
the item ("Agenda item 110 (continued)") is read with the heading line under it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...conditioning import Mask, Rules, Span, joined
from ...models import Paragraph, Subsection
from ..headings import looks_like_heading
from ..paragraphs import find_items
from .blocks import line_groups
from .marks import furniture_blanked
from .rules import body_rules


@dataclass
class _Heading:
    title: str
    start: int
    paragraphs: list[int] = field(default_factory=list)


def _start(text: str, mask: Mask, language: str) -> int | None:
    """Where a verbatim record's body starts: its first procedural line or speaker."""
    compiled = body_rules(language)
    starts = []
    for pattern in (compiled.record_line, compiled.speaker_line, compiled.chair_line):
        match = next((m for m in pattern.finditer(text) if not mask.contains(m.end() - 1)), None)
        if match is not None:
            starts.append(match.start() + len(match.group()) - len(match.group().lstrip()))
    return min(starts, default=None)


def statement_structure(
    text: str, mask: Mask, rules: Rules
) -> tuple[list[Paragraph], list[Subsection]] | None:
    """The paragraphs and headings of a verbatim record's body, or None when no procedural
    line or speaker shows where it starts."""
    start = _start(text, mask, rules.language)
    if start is None:
        return None
    compiled = body_rules(rules.language)
    header = compiled.running_header
    pieces = [p for p in mask.pieces(start, len(text)) if not header.fullmatch(text, p[0], p[1])]
    drafts: list[tuple[str, list[Span]]] = []
    headings: list[_Heading] = []
    groups = line_groups(furniture_blanked(text, mask), pieces)
    multi_line = sum(len(g) > 1 for g in groups)
    double_spaced = len(groups) >= _DOUBLE_SPACED_GROUPS and multi_line * 10 < len(groups)
    ended = True  # the text before ends a sentence (or is a heading or procedural line)
    for index, group in enumerate(groups):
        words = joined(text, group)
        if len(group) == 1 and compiled.record_line.match(text, group[0][0]):
            drafts.append(("record", group))
            ended = True
            continue
        if compiled.vote_list.match(text, group[0][0]):  # "In favour:" and its countries
            drafts.append(("body", group))
            ended = True
            continue
        following = groups[index + 1][0] if index + 1 < len(groups) else None
        short = len(group) <= _HEADING_LINES and len(words) <= _HEADING_CHARS
        if ended and short and _heading(text, words, following, double_spaced, rules):
            previous = headings[-1] if headings else None
            if previous and _titles(previous, words, _last_start(drafts), rules):
                previous.title = f"{previous.title} {words}"
            else:
                headings.append(_Heading(words, group[0][0]))
            continue
        if not ended and drafts and drafts[-1][0] == "body":
            drafts[-1][1].extend(group)
        else:
            drafts.append(("body", group))
        ended = compiled.block_end.search(text, group[-1][0], group[-1][1]) is not None
    return _records(text, drafts, headings, rules)


_HEADING_WORDS = 20  # a longer line standing alone is a sentence broken off
_HEADING_LINES = 3  # an agenda item's title may wrap
_HEADING_CHARS = 200
_DOUBLE_SPACED_GROUPS = 20  # of which under a tenth hold two lines: every line stands alone


def _heading(
    text: str, words: str, following: Span | None, double_spaced: bool, rules: Rules
) -> bool:
    """Whether a short group (up to three lines) is a heading: capitalised, no sentence
    end, no comma, not ending on a word no title ends on, the text after it starting a
    sentence; in double-spaced text (every line alone) only an agenda item."""
    compiled = body_rules(rules.language)
    if compiled.item_only_heading.match(words) or compiled.record_heading.match(words):
        return True
    if double_spaced or ":" in words or compiled.statement_fragment.search(words):
        return False
    if len(words.split()) > _HEADING_WORDS or not looks_like_heading(words, rules):
        return False
    return following is None or not text[following[0]].islower()


def _last_start(drafts: list[tuple[str, list[Span]]]) -> int:
    return drafts[-1][1][0][0] if drafts else -1


def _item_only(title: str, rules: Rules) -> bool:
    """Whether a heading names an agenda item with no title ("Agenda item 110 (continued)")."""
    return body_rules(rules.language).item_only_heading.fullmatch(title) is not None


def _titles(previous: _Heading, words: str, last_paragraph: int, rules: Rules) -> bool:
    """Whether the heading line ``words`` is the title of the item-only heading before it
    (no paragraph between them, and not an item heading itself)."""
    later = previous.start > last_paragraph
    return later and _item_only(previous.title, rules) and not _item_only(words, rules)


def _records(
    text: str, drafts: list[tuple[str, list[Span]]], headings: list[_Heading], rules: Rules
) -> tuple[list[Paragraph], list[Subsection]]:
    paragraphs = []
    at = 0
    for number, (kind, pieces) in enumerate(drafts, start=1):
        while at < len(headings) and headings[at].start < pieces[0][0]:
            at += 1
        current = headings[at - 1] if at else None
        if current is not None:
            current.paragraphs.append(number)
        paragraphs.append(
            Paragraph(
                number=number,
                text=joined(text, pieces),
                subsection=current.title if current else None,
                spans=pieces,
                items=find_items(text, pieces, rules),
                kind=kind,
            )
        )
    end = paragraphs[-1].spans[-1][1] if paragraphs else len(text)
    subsections = [
        Subsection(
            title=heading.title,
            start=heading.start,
            end=headings[i + 1].start if i + 1 < len(headings) else max(end, heading.start),
            paragraphs=heading.paragraphs,
        )
        for i, heading in enumerate(headings)
    ]
    return paragraphs, subsections
