"""A section numeral's heading zone is read only until its title is too long (issue 13/16):
the answer is the one of joining the title's pieces (up to a blank line) first."""

from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from honlac_extract.conditioning import Mask
from honlac_extract.structure import sections
from honlac_extract.structure.sections import _heading_region_ok

WORDS = st.sampled_from(
    ["Title", "title", "IV.", "and", "the", "x" * 30, "States.", "Mexico", "(a)", "—", "É"]
)
GAPS = st.sampled_from([" ", "  ", "\n", "\n\n", " \n ", "\t", "\u00a0", "\u2003"])


def _joined_first(text: str, mask: Mask, start: int, end: int) -> bool:
    """The rule read plainly: the window's pieces up to the first blank line between two of
    them (the title; sub-headings follow it) joined, then the limits checked."""
    pieces = mask.pieces(start, min(end, start + sections._ZONE_LOOK))
    if not pieces:
        return False
    for index in range(1, len(pieces)):
        gap = text[pieces[index - 1][1] : pieces[index][0]]
        if re.search(r"\n[ \t]*\n", gap):
            pieces = pieces[:index]
            break
    title = " ".join(text[s:e] for s, e in pieces)
    if len(title) > sections._MAX_TITLE_CHARS or len(title.split()) > sections._MAX_TITLE_WORDS:
        return False
    return not sections._SENTENCE_INSIDE.search(title) and title[0].isupper()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(WORDS, GAPS), min_size=0, max_size=60),
    st.lists(st.tuples(st.integers(0, 400), st.integers(0, 40)), max_size=4),
)
def test_same_answer_as_joining_every_piece(
    parts: list[tuple[str, str]], masked: list[tuple[int, int]]
) -> None:
    text = "".join(word + gap for word, gap in parts)
    mask = Mask(text, [(s, s + n) for s, n in masked])
    for start in range(0, len(text) + 1, 7):
        assert _heading_region_ok(text, mask, start, len(text)) == _joined_first(
            text, mask, start, len(text)
        )


def test_pieces_are_iter_pieces() -> None:
    text = "  a \n\n b  c\n*** d\n"
    mask = Mask(text, [(13, 16)])
    assert mask.pieces(0, len(text)) == list(mask.iter_pieces(0, len(text)))


def test_many_numeral_lines_read_a_title_each() -> None:
    """Numeral lines without a paragraph number: the zone of each runs to the end of the
    text, yet each numeral reads no more of it than when the zone ends a title later."""
    text = "\n".join(f"{r}. Title" for r in ("I", "II", "IV", "IX", "XII") * 2000)
    mask = Mask(text)
    starts = range(0, len(text) - sections._ZONE_LOOK, 10)

    def cost(zone: int | None) -> float:
        began = time.process_time()
        for start in starts:
            _heading_region_ok(text, mask, start, len(text) if zone is None else start + zone)
        return time.process_time() - began

    short = min(cost(2 * sections._MAX_TITLE_CHARS) for _ in range(3))
    whole = min(cost(None) for _ in range(3))
    assert whole < 2.0 * short + 0.05
