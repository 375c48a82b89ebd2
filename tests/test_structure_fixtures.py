"""Every fixture note (damage kinds, sibling series), printed and flattened, against its gold."""

from __future__ import annotations

import re
import textwrap

import pytest

from honlac_extract.models import Subsection
from honlac_extract.structure import Structure, parse_structure_unguarded
from structure_support import (
    NOTES,
    check_offsets,
    flattened,
    gold,
    note_text,
    paragraph_problems,
    sections_of,
    subheadings_of,
    words,
)

DEBRIS = re.compile(r"(?:V|GE)\.\d{2}-\d{5}|\(E\)|[*∗]\d{7}[*∗]|_{3}|\*\*|Available only in")
STEMS = sorted(p.stem for p in NOTES.glob("*.txt"))
FORMS = ["printed", "flattened", "rewrapped"]


# Gold entries that disagree with the note text they annotate (reported, not worked around):
# damage-flattened.json lists a sub-heading "Mexico" under II, but the note has no such
# heading (paragraph 3 runs straight into "4. In the third quarter of 2017, ... Mexico ...").
# Known weaknesses, strict (a fix makes them fail and the entry must go): a summary record run
# into one line has no line to tell its masthead fields, procedural lines, agenda-item headings
# and correction note by; its symbol is not read from flattened text either.
_FLAT_RECORD = "a flattened summary record: masthead, record lines and item headings unread"
KNOWN = {
    (test, "kind-summary-record", form): _FLAT_RECORD
    for test in ("paragraphs", "subheadings", "metadata")
    for form in ("flattened", "rewrapped")
} | {("debris", "kind-summary-record", "rewrapped"): _FLAT_RECORD}


def known(request: pytest.FixtureRequest, test: str, stem: str, form: str) -> None:
    """Mark this case as a strict expected failure when it is a known weakness."""
    reason = KNOWN.get((test, stem, form))
    if reason is not None:
        request.node.add_marker(pytest.mark.xfail(strict=True, reason=reason))


def parsed(stem: str, form: str) -> tuple[str, Structure]:
    text = note_text(stem)
    if form != "printed":
        text = flattened(text)
    if form == "rewrapped":  # flattened, then broken into 100-character lines anywhere
        text = "\n".join(textwrap.wrap(text, 100, break_long_words=False, break_on_hyphens=False))
    return text, parse_structure_unguarded(text)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("stem", STEMS)
def test_paragraphs_match_gold(request: pytest.FixtureRequest, stem: str, form: str) -> None:
    known(request, "paragraphs", stem, form)
    text, structure = parsed(stem, form)
    assert paragraph_problems(structure, gold(stem)["paragraphs"]) == []
    check_offsets(text, structure)
    assert structure.warnings == []


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("stem", STEMS)
def test_sections_match_gold(stem: str, form: str) -> None:
    _, structure = parsed(stem, form)
    assert sections_of(structure) == gold(stem)["sections"]


def _group_line(text: str, sub: Subsection) -> bool:
    """A lettered line with no heading under it: the sub-section starts with the line."""
    return sub.group is not None and words(text[sub.start : sub.end]).startswith(sub.group)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("stem", STEMS)
def test_subheadings_match_gold(request: pytest.FixtureRequest, stem: str, form: str) -> None:
    known(request, "subheadings", stem, form)
    text, structure = parsed(stem, form)
    expected = gold(stem)
    if "subsection_groups" not in expected:
        assert subheadings_of(structure) == expected["subheadings"]
        return
    found = [
        [s.number, sub.title]
        for s in structure.sections
        for sub in s.subsections
        if not _group_line(text, sub)
    ]
    assert found == expected["subheadings"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("stem", STEMS)
def test_metadata_matches_gold(request: pytest.FixtureRequest, stem: str, form: str) -> None:
    known(request, "metadata", stem, form)
    _, structure = parsed(stem, form)
    metadata = structure.metadata.model_dump()
    expected = gold(stem)["metadata"]
    for field in sorted(expected):
        assert metadata[field] == expected[field], field


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("stem", STEMS)
def test_no_furniture_or_footnote_debris_in_paragraphs(
    request: pytest.FixtureRequest, stem: str, form: str
) -> None:
    known(request, "debris", stem, form)
    _, structure = parsed(stem, form)
    footnote_texts = [f.text for f in structure.footnotes if len(f.text) > 12]
    symbol = structure.metadata.symbol
    for paragraph in structure.paragraphs:
        assert not DEBRIS.search(paragraph.text), paragraph.number
        assert symbol is None or symbol not in paragraph.text, paragraph.number
        for footnote in footnote_texts:
            assert footnote not in paragraph.text, paragraph.number
