"""Roman-numbered section headings and the sub-heading that may follow a section title."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..conditioning import Mask, Rules, Span
from .headings import clean_heading, country_split, glued_split, looks_like_heading
from .numbering import Candidate, best_chain, candidates
from .paragraphs import Heading
from .pieces import Joined

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SENTENCE_INSIDE = re.compile(r"[a-z)\]][.!?][)\]\"”’']*\s+[A-Z]")
_MAX_TITLE_WORDS = 24
_MAX_TITLE_CHARS = 220
_ZONE_LOOK = 1500


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
    """A heading zone holds a title (and perhaps a sub-heading), never a sentence.

    Only the title is measured, up to a blank line: a lettered line and a long numbered
    recommendation heading under "II. Implementation of the recommendations" are sub-headings
    (read by their own rules), not part of a title too long to be one.

    The zone's pieces are read only until the title they join into is too long: a numeral
    followed by a long run of lines without a paragraph number costs its title's length,
    not the whole look-ahead window's.
    """
    parts: list[str] = []
    length = -1  # the joined title's length: the pieces and one space between each two
    words = 0  # its words: pieces are trimmed, so each piece's words are the title's
    last = start
    for s, e in mask.iter_pieces(start, min(end, start + _ZONE_LOOK)):
        if parts and _BLANK_LINE.search(text, last, s):
            break  # the title ends at a blank line; sub-headings after it are read apart
        last = e
        part = text[s:e]
        length += len(part) + 1
        words += len(part.split())
        if length > _MAX_TITLE_CHARS or words > _MAX_TITLE_WORDS:
            return False
        parts.append(part)
    if not parts:
        return False
    title = " ".join(parts)
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


_FULL_LINE = 72
_NUMERAL_WIDTH = 8  # "XVIII. " and its indent
"""A heading line this long (numeral included) ran to the right margin: the next line, with no
blank line between, carries its words on ("... in the Near and Middle" / "East")."""


def _full_line(text: str, title_start: int, end: int) -> bool:
    """Whether the heading's line ending at ``end`` (its numeral first on the line: a heading
    glued after body text is no printed line) is as long as a wrapped line."""
    line_start = text.rfind("\n", 0, end) + 1
    numeral_only = line_start >= title_start or title_start - line_start <= _NUMERAL_WIDTH
    return numeral_only and end - line_start >= _FULL_LINE


def _segments(text: str, mask: Mask, pieces: list[Span]) -> list[list[Span]]:
    """Pieces grouped into segments: a masked run (stars, furniture) starts a new segment,
    a mere line break does not."""
    groups: list[list[Span]] = [[pieces[0]]]
    for previous, piece in zip(pieces, pieces[1:], strict=False):
        if mask.free(previous[1], piece[0]) == [(previous[1], piece[0])]:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


def _inline_heading(
    text: str, rules: Rules, mask: Mask, pieces: list[Span]
) -> tuple[list[Span], Heading | None]:
    """Title pieces and sub-heading of a heading run inline into its first paragraph."""
    segments = _segments(text, mask, pieces)
    if len(segments) > 1:
        rest = [piece for segment in segments[1:] for piece in segment]
        sub_text = " ".join(text[s:e] for s, e in rest)
        if looks_like_heading(sub_text, rules):
            return segments[0], Heading(clean_heading(sub_text), rest[0][0], rest[-1][1])
        return segments[0], None
    joined = Joined(text, pieces)
    split = country_split(joined.text, rules)
    if split is None:
        split = glued_split(joined.text, rules, first_word=True)
    if split is None or not looks_like_heading(joined.text[split:], rules):
        return pieces, None
    title, after = joined.cut(split)
    after = [(s, e) for s, e in after if e > s]
    title = [(s, e) for s, e in title if e > s]
    if not title or not after:
        return pieces, None
    sub_text = " ".join(text[s:e] for s, e in after)
    return title, Heading(clean_heading(sub_text), after[0][0], after[-1][1])


def _printed_heading(
    text: str, rules: Rules, pieces: list[Span]
) -> tuple[list[Span], Heading | None]:
    """Title pieces (a wrapped title continues on the next line) and the sub-heading lines."""
    title = [pieces[0]]
    rest = pieces[1:]
    while (
        rest
        and text.count("\n", title[-1][1], rest[0][0]) == 1
        and (
            text[rest[0][0]].islower()
            or _ends_with_function_word(text[title[0][0] : title[-1][1]], rules)
            or _full_line(text, title[0][0], title[-1][1])
        )
    ):
        title.append(rest[0])
        rest = rest[1:]
    if rest:
        sub_text = " ".join(text[s:e] for s, e in rest)
        if looks_like_heading(sub_text, rules):
            return title, Heading(clean_heading(sub_text), rest[0][0], rest[-1][1])
        return title, None
    return _case_glued(text, rules, title)


_CASE_GLUE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2,}(?:\s|$))")
"""Inside a word, a lower-case run then a capitalised word: two headings glued together
("Maritime trafficking in the PacificRegional level")."""


def _case_glued(text: str, rules: Rules, title: list[Span]) -> tuple[list[Span], Heading | None]:
    """The title and the sub-heading glued to its end without a space, if any."""
    joined = Joined(text, title)
    glues = [match.start() for match in _CASE_GLUE.finditer(joined.text)]
    if not glues or not looks_like_heading(joined.text[glues[-1] :], rules):
        return title, None  # the last glue: the sub-heading is the title's tail
    before, after = joined.cut(glues[-1])
    before, after = [p for p in before if p[1] > p[0]], [p for p in after if p[1] > p[0]]
    if not before or not after:
        return title, None
    sub_text = " ".join(text[s:e] for s, e in after)
    return before, Heading(clean_heading(sub_text), after[0][0], after[-1][1])


def read_heading(
    text: str, rules: Rules, mask: Mask, candidate: Candidate, zone_end: int
) -> SectionHead:
    """Title and sub-heading of the section whose numeral is ``candidate``.

    When the first paragraph number follows on the same line as the heading's last words,
    the heading was run inline (a flattened or re-wrapped note) and the sub-heading is told
    from the title by markup, capitalisation or a trailing country name; otherwise by line
    layout.
    """
    pieces = mask.pieces(candidate.end, zone_end)
    if not pieces:
        return SectionHead(
            candidate.label, candidate.number, candidate.start, "", None, candidate.end
        )
    if "\n" not in text[pieces[-1][1] : zone_end]:
        title, sub = _inline_heading(text, rules, mask, pieces)
    else:
        title, sub = _printed_heading(text, rules, pieces)
    title_text = clean_heading(" ".join(text[s:e] for s, e in title))
    end = max(title[-1][1], sub.end if sub else 0)
    return SectionHead(candidate.label, candidate.number, candidate.start, title_text, sub, end)
