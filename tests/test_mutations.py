"""Mutation properties: damage one place of a fixture note and everything else stays put.

A mutation is one edit of a fixture note (a line dropped or duplicated, a whitespace run
collapsed or doubled, page furniture or a footnote block injected at a line break) or a
note-wide swap (curly/straight quotes, en dashes for hyphens). The paragraphs the edit did not
touch must keep their numbers and texts, and their entities their labels and normalised values.

"Touched" is defined on the original note:

- a paragraph's *extent* runs from its number to its last character, widened over the white
  space that delimits it on each side; an edit whose changed characters meet the extent
  touches the paragraph (an insertion touches it when it falls strictly inside the extent);
- a dropped or duplicated line also touches the paragraphs on each side of a paragraph
  boundary it lies on (a line between two paragraphs, or a paragraph's first or last line);
- injected furniture and footnote blocks touch nothing: a page break inside a paragraph must
  not change its text;
- an entity's values may legitimately depend on context outside its paragraph: the
  sub-heading (subject country) and, for AGENCY/PROGRAMME, the other mentions of the same
  body (note-level linking). So an edit that meets a paragraph's sub-heading excludes that
  paragraph's entities (its text is still compared), and an AGENCY/PROGRAMME entity whose body
  is also mentioned in a paragraph excluded so is not compared;
- an entity that furniture or a footnote block was injected into ("Mexico / V.18-04512 (E) /
  City") is not compared, nor what is found inside its old span: an entity is one contiguous
  span of ``note.text``, which cannot hold furniture, so it cannot survive such a page break.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from honlac_extract import Entity, Note, extract
from honlac_extract.models import Paragraph
from honlac_extract.outputs.json_files import note_to_json
from honlac_extract.reading import normalise_newlines
from honlac_extract.structure.kinds.rules import body_rules

NOTES = Path(__file__).resolve().parents[1] / "fixtures" / "notes"
STEMS = sorted(path.stem for path in NOTES.glob("*.txt"))
ORG_LABELS = frozenset({"AGENCY", "PROGRAMME"})
FOOTNOTES = [
    "* Available only in English, French and Spanish, which are the working languages of the"
    " subsidiary body.",
    "__________________\n* Available only in English, French and Spanish, which are the working"
    " languages of the subsidiary body.",
    "** UNODC/HONLAC/28/1.",
    "__________________\n1 See United Nations, Treaty Series, vol. 976, No. 14152.",
]
QUOTES_BACK = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
DASHES_BACK = str.maketrans({"–": "-"})

EXAMPLES = int(os.environ.get("MUTATION_EXAMPLES", "30"))
"""More examples for a deeper local run: MUTATION_EXAMPLES=500 pytest tests/test_mutations.py."""
RANDOM = bool(os.environ.get("MUTATION_RANDOM"))
"""Fresh random examples each run (MUTATION_RANDOM=1): the suite's own run is derandomised, so
CI sees the same examples every time and a failure is one of the known ones it can reproduce;
explore with random ones locally and record what they find (see the known failures below)."""
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=not RANDOM,
    database=None if not RANDOM else settings.default.database,
)

Tuple = tuple[object, ...]


@cache
def original(stem: str) -> tuple[str, Note]:
    text = normalise_newlines((NOTES / f"{stem}.txt").read_text(encoding="utf-8"))
    return text, extract(text)


@dataclass(frozen=True)
class Edit:
    """Original ``text[start:end]`` replaced by ``inserted`` characters.

    ``kind`` is "line" (drop/duplicate), "space", "inject" or "swap" (same-length, note-wide).
    """

    kind: str
    start: int
    end: int
    inserted: int
    line: tuple[int, int] | None = None

    def to_original(self, position: int) -> int:
        """Original offset of a mutated-text offset outside the edit."""
        if self.kind == "swap" or position < self.start:
            return position
        return position - self.inserted + (self.end - self.start)


# --- the original note's geometry -------------------------------------------------------


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isspace():
        start -= 1
    while end < len(text) and text[end].isspace():
        end += 1
    return start, end


def extents(text: str, note: Note) -> list[tuple[int, int, int]]:
    """(number, start, end) of each paragraph: from its number, widened over white space."""
    out = []
    for paragraph in note.paragraphs:
        start = paragraph.spans[0][0]
        before = text[:start].rstrip()
        label = f"{paragraph.number}."
        if before.endswith(label):
            start = len(before) - len(label)
        out.append((paragraph.number, *_widen(text, start, paragraph.spans[-1][1])))
    return out


def heading_zones(text: str, note: Note) -> dict[int, tuple[int, int]]:
    """For each paragraph under a sub-heading, the widened span of that sub-heading."""
    first_start = {n: s for n, s, _ in extents(text, note)}
    zones = {}
    subsections = [*note.subsections, *(sub for s in note.sections for sub in s.subsections)]
    for sub in subsections:
        end = min((first_start[n] for n in sub.paragraphs if n in first_start), default=sub.end)
        zone = _widen(text, sub.start, max(sub.start, end))
        for number in sub.paragraphs:
            zones[number] = zone
    return zones


def _meets(edit: Edit, start: int, end: int) -> bool:
    if edit.end > edit.start:
        return edit.start < end and start < edit.end
    return start < edit.start < end


def touched(text: str, note: Note, edit: Edit) -> set[int]:
    """Numbers of the paragraphs the edit touched (see the module docstring)."""
    if edit.kind in ("inject", "swap"):
        return set()
    spans = extents(text, note)
    hit = {index for index, (_, s, e) in enumerate(spans) if _meets(edit, s, e)}
    if edit.line is not None:
        line_start, line_end = edit.line
        inside = [i for i, (_, s, e) in enumerate(spans) if s < line_end and line_start < e]
        hit.update(inside)
        for index in inside:
            _, s, e = spans[index]
            bare_start = len(text) - len(text[s:].lstrip())
            bare_end = len(text[:e].rstrip())
            if line_start <= bare_start < line_end and index > 0:
                hit.add(index - 1)
            if line_start < bare_end <= line_end and index + 1 < len(spans):
                hit.add(index + 1)
        if not inside:
            before = [i for i, (_, _, e) in enumerate(spans) if e <= line_start]
            after = [i for i, (_, s, _) in enumerate(spans) if s >= line_end]
            hit.update(before[-1:] + after[:1])
    return {spans[index][0] for index in hit} | preamble_opened(text, note, edit)


def preamble_opened(text: str, note: Note, edit: Edit) -> set[int]:
    """The preambular paragraphs after a resolution's opening line ("The Commission on
    Narcotic Drugs,") that the edit met: the opening is what makes them a preamble, as a
    heading is what places a paragraph (an edit to it may change how they are read)."""
    rules = body_rules(note.metadata.language or "en")
    numbers: set[int] = set()
    for pattern in rules.openings:
        for match in pattern.finditer(text):
            if not _meets(edit, match.start(), match.end() + 1):
                continue
            numbered = [p.spans[0][0] for p in note.paragraphs if p.number > 0]
            region_end = min((s for s in numbered if s > match.end()), default=len(text))
            numbers |= {
                p.number
                for p in note.paragraphs
                if p.kind == "preambular" and match.end() <= p.spans[0][0] < region_end
            }
    return numbers


def context_touched(text: str, note: Note, edit: Edit) -> set[int]:
    """Paragraphs whose sub-heading the edit met (their entities may change with it)."""
    if edit.kind in ("inject", "swap"):
        return set()
    low, high = edit.line if edit.line is not None else (edit.start, edit.end)
    probe = Edit(edit.kind, low, max(high, edit.end), edit.inserted)
    return {n for n, (s, e) in heading_zones(text, note).items() if _meets(probe, s, e)}


# --- mutations --------------------------------------------------------------------------


def _lines(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for match in re.finditer(r"\n", text):
        out.append((start, match.end()))
        start = match.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


@st.composite
def line_edits(draw: st.DrawFn, text: str) -> tuple[str, Edit]:
    line_start, line_end = draw(st.sampled_from(_lines(text)))
    if draw(st.booleans()):
        return text[:line_start] + text[line_end:], Edit(
            "line", line_start, line_end, 0, (line_start, line_end)
        )
    piece = text[line_start:line_end]
    if not piece.endswith("\n"):
        piece = "\n" + piece
    mutated = text[:line_end] + piece + text[line_end:]
    return mutated, Edit("line", line_end, line_end, len(piece), (line_start, line_end))


@st.composite
def space_edits(draw: st.DrawFn, text: str) -> tuple[str, Edit]:
    runs = [m.span() for m in re.finditer(r"\s+", text)]
    start, end = draw(st.sampled_from(runs))
    new = " " if draw(st.booleans()) else text[start:end] * 2
    return text[:start] + new + text[end:], Edit("space", start, end, len(new))


@st.composite
def injections(draw: st.DrawFn, text: str, symbol: str | None) -> tuple[str, Edit]:
    breaks = [m.start() for m in re.finditer(r"\n", text)]
    at = draw(st.sampled_from(breaks))
    furniture = [
        "V.18-04512 (E)",
        "*1804512*",
        "V.18-04512 (E)    100818    130818\n*1804512*",
        symbol or "UNODC/HONLAC/28/3",
        draw(st.integers(2, 40)).__str__(),
        *FOOTNOTES,
    ]
    block = "\n" + draw(st.sampled_from(furniture))
    return text[:at] + block + text[at:], Edit("inject", at, at, len(block))


def _curly(text: str) -> str:
    text = re.sub(r"(?<=\w)'|'(?=\s|$)", "’", text)
    text = text.replace("'", "‘")
    text = re.sub(r'"(?=\w)', "“", text)
    return text.replace('"', "”")


def swap_quotes(text: str) -> str:
    """Curly quotes straight, or straight quotes curly (whichever the note has more of)."""
    curly = sum(text.count(q) for q in "‘’“”")
    return text.translate(QUOTES_BACK) if curly else _curly(text)


def en_dashes(text: str) -> str:
    """Every hyphen between two word characters as an en dash."""
    return re.sub(r"(?<=\w)-(?=\w)", "–", text)


# --- comparison -------------------------------------------------------------------------


def entity_tuples(note: Note, number: int, keep: Callable[[Entity], bool]) -> list[Tuple]:
    rows = []
    for entity in note.entities:
        if entity.paragraph != number or not keep(entity):
            continue
        name = entity.name.translate(QUOTES_BACK).translate(DASHES_BACK) if entity.name else None
        rows.append(
            (
                entity.label,
                entity.iso3,
                entity.start_date,
                entity.end_date,
                entity.value,
                entity.value_max,
                entity.previous_value,
                entity.unit,
                name,
            )
        )
    return sorted(rows, key=repr)


def _first_touched_unnumbered(touched_numbers: set[int]) -> int | None:
    """The touched unnumbered paragraph first in document order (-1 comes before -2)."""
    return max((n for n in touched_numbers if n < 0), default=None)


def renumbered_from(touched_numbers: set[int], paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` (of the edited note) is unnumbered and may be renumbered."""
    first = _first_touched_unnumbered(touched_numbers)
    return paragraph.number < 0 and first is not None and paragraph.number <= first


def renumbered_after(
    before: Note, after: Note, touched_numbers: set[int], back: Callable[[str], str]
) -> dict[int, int]:
    """New number -> old number of the untouched unnumbered paragraphs after the first touched
    one, matched by text in document order (a paragraph not found keeps no mapping, so the
    order check fails on it)."""
    first = _first_touched_unnumbered(touched_numbers)
    if first is None:
        return {}
    old = [
        (p.number, back(p.text))
        for p in before.paragraphs
        if p.number < first and p.number not in touched_numbers
    ]
    new = [(p.number, back(p.text)) for p in after.paragraphs if p.number < 0 and p.number <= first]
    mapping: dict[int, int] = {}
    at = 0
    for old_number, old_text in old:
        while at < len(new) and new[at][1] != old_text:
            at += 1
        if at == len(new):
            break
        mapping[new[at][0]] = old_number
        at += 1
    return mapping


def check_untouched(
    stem: str, mutated: str, edit: Edit, back: Callable[[str], str], entities: bool = True
) -> None:
    text, before = original(stem)
    after = extract(mutated)
    touched_numbers = touched(text, before, edit)
    no_entities = touched_numbers | context_touched(text, before, edit)
    body_of_touched = {
        e.entity_id
        for e in before.entities
        if e.label in ORG_LABELS and e.paragraph in no_entities and e.entity_id
    }
    old_texts = {p.number: p.text for p in before.paragraphs}
    # unnumbered paragraphs are numbered -1, -2, ... by position: after a touched one (merged
    # with its neighbour, or split) the later ones may be renumbered; each must still be found,
    # in order, with its own text, and is compared under its new number
    renumbered = renumbered_after(before, after, touched_numbers, back)
    new_paragraphs: dict[int, list[str]] = {}
    for paragraph in after.paragraphs:
        if paragraph.number not in renumbered and renumbered_from(touched_numbers, paragraph):
            continue  # a touched unnumbered paragraph, under its new number
        number = renumbered.get(paragraph.number, paragraph.number)
        new_paragraphs.setdefault(number, []).append(paragraph.text)
    order = [
        renumbered.get(p.number, p.number)
        for p in after.paragraphs
        if renumbered.get(p.number, p.number) not in touched_numbers
        and (p.number > 0 or p.number in renumbered or not renumbered_from(touched_numbers, p))
    ]
    assert order == [n for n in old_texts if n not in touched_numbers], (edit, order)
    old_entities = {(e.start, e.end): e.entity_id for e in before.entities}
    broken = [(e.start, e.end) for e in before.entities if e.start < edit.start < e.end]
    if edit.kind != "inject":
        broken = []
    for number, old_text in old_texts.items():
        if number in touched_numbers:
            continue
        assert [back(t) for t in new_paragraphs.get(number, [])] == [back(old_text)], (
            edit,
            number,
        )
        if number in no_entities or not entities:
            continue

        def keep_old(entity: Entity) -> bool:
            cut = any(s <= entity.start and entity.end <= e for s, e in broken)
            return entity.entity_id not in body_of_touched and not cut

        def keep_new(entity: Entity) -> bool:
            span = (edit.to_original(entity.start), edit.to_original(entity.end))
            cut = any(s <= span[0] and span[1] <= e for s, e in broken)
            return old_entities.get(span) not in body_of_touched and not cut

        new_number = next((k for k, v in renumbered.items() if v == number), number)
        assert entity_tuples(after, new_number, keep_new) == entity_tuples(
            before, number, keep_old
        ), (
            edit,
            number,
        )


# --- the properties ---------------------------------------------------------------------


def identity(text: str) -> str:
    return text


@SETTINGS
@given(st.sampled_from(STEMS), st.data())
def test_a_dropped_or_duplicated_line_leaves_other_paragraphs_alone(
    stem: str, data: st.DataObject
) -> None:
    mutated, edit = data.draw(line_edits(original(stem)[0]))
    check_untouched(stem, mutated, edit, identity)


@SETTINGS
@given(st.sampled_from(STEMS), st.data())
def test_collapsed_or_doubled_white_space_leaves_other_paragraphs_alone(
    stem: str, data: st.DataObject
) -> None:
    mutated, edit = data.draw(space_edits(original(stem)[0]))
    check_untouched(stem, mutated, edit, identity)


@SETTINGS
@given(st.sampled_from(STEMS), st.data())
def test_furniture_or_a_footnote_at_a_line_break_changes_no_paragraph(
    stem: str, data: st.DataObject
) -> None:
    text, note = original(stem)
    mutated, edit = data.draw(injections(text, note.metadata.symbol))
    check_untouched(stem, mutated, edit, identity)


def test_swapped_quotes_keep_every_paragraph_and_entity() -> None:
    for stem in STEMS:
        text = original(stem)[0]
        check_untouched(stem, swap_quotes(text), Edit("swap", 0, 0, 0), _straight)


def test_en_dashes_for_hyphens_keep_every_paragraph() -> None:
    for stem in STEMS:
        text = original(stem)[0]
        check_untouched(stem, en_dashes(text), Edit("swap", 0, 0, 0), _hyphens, entities=False)


def test_en_dashes_for_hyphens_keep_every_entity() -> None:
    for stem in STEMS:
        text = original(stem)[0]
        check_untouched(stem, en_dashes(text), Edit("swap", 0, 0, 0), _hyphens)


def _straight(text: str) -> str:
    return text.translate(QUOTES_BACK)


def _hyphens(text: str) -> str:
    return text.translate(DASHES_BACK)


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(STEMS), st.data())
def test_the_same_mutated_note_twice_gives_byte_identical_json(
    stem: str, data: st.DataObject
) -> None:
    text, note = original(stem)
    mutated, _ = data.draw(
        st.one_of(line_edits(text), space_edits(text), injections(text, note.metadata.symbol))
    )
    assert note_to_json(extract(mutated)) == note_to_json(extract(mutated))


# found by random examples (MUTATION_RANDOM=1), fixed since: an untitled letter is read from
# its addressee line; a lettered line stays one when the furniture after it is blanked
def test_dropping_a_letter_titles_first_line_keeps_the_letter_paragraphs() -> None:
    text, _ = original("body-letter-annex")
    start = text.index("Letter dated 28 September 2023")
    end = text.index("\n", start) + 1
    check_untouched(
        "body-letter-annex",
        text[:start] + text[end:],
        Edit("line", start, end, 0, (start, end)),
        identity,
    )


def test_a_footnote_after_a_lettered_line_changes_no_paragraph() -> None:
    text, _ = original("kind-report-lettered")
    at = text.index("trafficking\n\nRecommendation 3") + len("trafficking")
    block = "\n" + FOOTNOTES[0]
    check_untouched(
        "kind-report-lettered",
        text[:at] + block + text[at:],
        Edit("inject", at, at, len(block)),
        identity,
    )
