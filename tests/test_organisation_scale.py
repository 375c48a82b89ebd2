"""Organisation overlap resolution without comparing every candidate with every definition."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from honlac_extract import extract
from honlac_extract.entities.organisations.resolve import ProtectedSpans as _ProtectedSpans

SPAN = st.tuples(st.integers(0, 12), st.integers(1, 6)).map(lambda s: (s[0], s[0] + s[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(SPAN, max_size=10), SPAN)
def test_containment_as_comparing_every_span(
    spans: list[tuple[int, int]], item: tuple[int, int]
) -> None:
    first, last = item
    expected = any(a <= first and last <= b and (a, b) != item for a, b in spans)
    assert _ProtectedSpans(spans).strictly_contains(first, last) == expected


def _definitions(count: int) -> str:
    names = [f"National Agency {chr(65 + n % 26)}{n} (NA{n})" for n in range(count)]
    return "1. The " + ", the ".join(names) + " met.\n\n2. The end."


def test_paragraph_of_many_definitions_scales_linearly() -> None:
    def per_char(count: int) -> float:
        text = _definitions(count)
        began = time.perf_counter()
        note = extract(text)
        assert sum(e.label == "AGENCY" for e in note.entities) >= count
        return (time.perf_counter() - began) / len(text)

    per_char(50)  # words seen once before timing
    small = min(per_char(200) for _ in range(3))
    large = min(per_char(3200) for _ in range(2))
    assert large < 4 * small  # comparing every pair made it 16x
