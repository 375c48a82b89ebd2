"""Where the body of a resolution, a letter or an annexed document changes kind.

A resolution's adoption trailer ("18th plenary meeting / 10 October 2018") and a letter's
signature block ("(Signed) Name" and title lines) end the paragraph before them; an annex
heading ("Annex", "Annex I to the letter dated ...") ends it too and opens an annex whose
numbered paragraphs carry its label. The numbered paragraphs after a resolution's opening
line ("The General Assembly,") are operative; its unnumbered preamble comes before them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ...conditioning import Mask, Rules
from ...models import Paragraph
from ..headings import looks_like_heading
from .annotations import annotation_headings, flat_annotation_headings
from .recommendations import recommendation_headings, run_in_lettered
from .record_headings import record_headings
from .rules import body_rules

_FLAT_LINE = 400
"""Characters per line break above which a text is flattened (its lines are paragraphs or more)."""


@dataclass(frozen=True)
class BodyMarks:
    """Stops (positions a paragraph may not run past), annexes and resolution openings.

    ``lettered`` and ``headings`` map the start of a lettered sub-section line and of a
    numbered recommendation heading to their end; ``opening_ends`` an opening's start to its
    end (where the preamble begins); ``annotations`` an agenda item's annotation heading's
    start to its end (its number is read as a paragraph's, which
    :func:`~.unnumbered.with_unnumbered` drops: the section choice needs it);
    ``record_headings`` a meeting record's agenda-item heading's (also in ``headings``: the
    statement before it ends there; one before the first statement is opened on its own).
    """

    stops: list[int]
    annexes: list[tuple[int, str]]
    openings: list[int]
    signatures: frozenset[int] = frozenset()
    lettered: dict[int, int] = field(default_factory=dict)
    headings: dict[int, int] = field(default_factory=dict)
    opening_ends: dict[int, int] = field(default_factory=dict)
    annotations: dict[int, int] = field(default_factory=dict)
    record_headings: dict[int, int] = field(default_factory=dict)

    def annex_at(self, position: int) -> tuple[int, str] | None:
        """The start and label of the annex ``position`` lies in, if any."""
        index = bisect_right([start for start, _ in self.annexes], position)
        return self.annexes[index - 1] if index else None

    def operative_at(self, position: int) -> bool:
        """Whether ``position`` follows a resolution's opening in the same part (annex or not)."""
        index = bisect_right(self.openings, position)
        annex = self.annex_at(position)
        return index > 0 and (annex is None or self.openings[index - 1] > annex[0])


def furniture_blanked(text: str, mask: Mask) -> str:
    """``text`` with masked spans (page furniture, footnotes) and the line break before each
    turned into spaces, offsets kept: a job number printed between "7th meeting" and its date
    must not hide the trailer."""
    pieces, end = [], 0
    for start, stop in mask.spans:
        begin = max(start - 1 if start > 0 and text[start - 1] == "\n" else start, end)
        pieces += [text[end:begin], " " * (stop - begin)]
        end = stop
    return "".join([*pieces, text[end:]])


def body_marks(text: str, mask: Mask, rules: Rules) -> BodyMarks:
    """Find the stops, annex headings and openings of ``text`` outside masked text.

    A lettered sub-section heading on its own line ("A. Recommendations adopted by ...")
    is a stop too: the paragraph before it ends there.
    """
    compiled = body_rules(rules.language)
    visible = furniture_blanked(text, mask)
    lettered: dict[int, int] = {}
    # on the visible text: a job number or footer printed after the line is no line of its own
    for match in compiled.lettered_subsection.finditer(visible):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        end = match.start() + len(match.group().rstrip())  # blanked furniture after it
        title = text[start + 2 : end]
        if not mask.contains(start) and looks_like_heading(title, rules):
            lettered[start] = end
    stops: set[int] = set()
    signatures: set[int] = set()
    for label, pattern in compiled.stops:
        for match in pattern.finditer(visible):
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            if not mask.contains(start):
                stops.add(start)
                if label == "signature":
                    signatures.add(start)
    found: dict[int, str] = {}
    for pattern in compiled.annexes:
        for match in pattern.finditer(text):
            start = match.start("label")
            if not mask.contains(start):
                first, *rest = match.group("label").split()
                found.setdefault(start, " ".join([first.capitalize(), *rest]))
                stops.add(start)
    annexes = sorted(found.items())
    opening_ends: dict[int, int] = {}
    for pattern in compiled.openings:
        for match in pattern.finditer(text):
            if not mask.contains(match.start()):
                opening_ends[match.start()] = max(opening_ends.get(match.start(), 0), match.end())
    for start, end in run_in_lettered(visible, mask, rules).items():
        lettered.setdefault(start, end)
    headings = recommendation_headings(text, mask, rules, lettered)
    items = record_headings(text, mask, rules.language)
    headings.update(items)
    annotations = annotation_headings(text, mask)
    if not annotations and text.count("\n") * _FLAT_LINE < len(text):  # flattened text
        annotations = flat_annotation_headings(text, mask)
    stops.update(lettered)
    stops.update(headings)
    return BodyMarks(
        sorted(stops),
        annexes,
        sorted(opening_ends),
        frozenset(signatures),
        lettered,
        headings,
        opening_ends,
        annotations,
        items,
    )


def marked(paragraphs: list[Paragraph], marks: BodyMarks) -> list[Paragraph]:
    """The paragraphs with their kind ("operative") and annex label filled in."""
    if not marks.annexes and not marks.openings:
        return paragraphs
    result = []
    for paragraph in paragraphs:
        start = paragraph.spans[0][0]
        annex = marks.annex_at(start)
        update: dict[str, str] = {}
        if annex is not None:
            update["annex"] = annex[1]
        if marks.operative_at(start):
            update["kind"] = "operative"
        result.append(paragraph.model_copy(update=update) if update else paragraph)
    return result
