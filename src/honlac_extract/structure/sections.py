"""Roman-numbered section headings and the sub-heading that may follow a section title."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..conditioning import Mask, Rules
from .headings import clean_heading, glued_split, looks_like_heading
from .numbering import Candidate, best_chain, candidates
from .paragraphs import Heading

_SENTENCE_INSIDE = re.compile(r"[a-z)\]][.!?][)\]\"”’']*\s+[A-Z]")
_MAX_TITLE_WORDS = 24
_MAX_TITLE_CHARS = 220


@dataclass(frozen=True)
class SectionHead:
    """A chosen section heading: numeral, title and the sub-heading glued after it."""

    number: str
    ordinal: int
    start: int
    title: str
    sub: Heading | None
    end: int


def _heading_region_ok(text: str, mask: Mask, start: int, end: int) -> bool:
    """A heading zone holds a title (and perhaps a sub-heading), never a sentence."""
    pieces = mask.pieces(start, end)
    if not pieces:
        return False
    title = " ".join(text[s:e] for s, e in pieces)
    if len(title) > _MAX_TITLE_CHARS or len(title.split()) > _MAX_TITLE_WORDS:
        return False
    return not _SENTENCE_INSIDE.search(title) and title[0].isupper()


def choose_sections(
    text: str, rules: Rules, mask: Mask, paragraph_starts: list[int]
) -> list[Candidate]:
    """Section numerals in sequence whose heading zone (up to the next paragraph) is a title."""
    found = []
    for candidate in candidates(text, rules.section_number, True, rules, mask):
        index = bisect_right(paragraph_starts, candidate.start)
        zone_end = paragraph_starts[index] if index < len(paragraph_starts) else len(text)
        if _heading_region_ok(text, mask, candidate.end, zone_end):
            found.append(candidate)
    return best_chain(found)


def _ends_with_function_word(title: str, rules: Rules) -> bool:
    """A title line ending in "the", "and", "of"... is wrapped, whatever the next line holds."""
    words = title.split()
    return bool(words) and words[-1].lower() in rules.function_words


def read_heading(
    text: str, rules: Rules, mask: Mask, candidate: Candidate, zone_end: int
) -> SectionHead:
    """Title and glued sub-heading of the section whose numeral is ``candidate``."""
    pieces = mask.pieces(candidate.end, zone_end)
    if not pieces:
        return SectionHead(
            candidate.label, candidate.number, candidate.start, "", None, candidate.end
        )
    first_start, first_end = pieces[0]
    title_end = first_end
    rest = pieces[1:]
    while (
        rest
        and text.count("\n", title_end, rest[0][0]) == 1
        and (
            text[rest[0][0]].islower()
            or _ends_with_function_word(text[first_start:title_end], rules)
        )
    ):
        title_end = rest[0][1]
        rest = rest[1:]
    sub: Heading | None = None
    if rest:
        sub_text = " ".join(text[s:e] for s, e in rest)
        if looks_like_heading(sub_text, rules):
            sub = Heading(clean_heading(sub_text), rest[0][0], rest[-1][1])
    elif "\n" not in text[first_end:zone_end]:
        split = glued_split(text[first_start:first_end], rules, first_word=True)
        if split is not None:
            after = text[first_start + split : first_end]
            if looks_like_heading(after, rules):
                sub = Heading(clean_heading(after), first_start + split, first_end)
                title_end = first_start + split
    title = clean_heading(text[first_start:title_end])
    end = max(title_end, sub.end if sub else title_end)
    return SectionHead(candidate.label, candidate.number, candidate.start, title, sub, end)
