"""The agency component's containment check equals a scan of every programme range."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from honlac_extract.entities.organisations.component import _Containment

RANGE = st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda r: (r[0], r[0] + r[1]))


@settings(max_examples=300, deadline=None)
@given(st.lists(RANGE, max_size=12), st.lists(RANGE, min_size=1, max_size=12))
def test_containment_equals_a_scan(
    ranges: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> None:
    inside = _Containment(ranges)
    for start, end in spans:
        assert inside(start, end) == any(a <= start and end <= b for a, b in ranges)
