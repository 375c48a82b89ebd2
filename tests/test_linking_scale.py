"""Linking in time linear in the mentions: the indexed searches find what comparing every
pair finds, and many distinct bodies of one country and head link in bounded time."""

from __future__ import annotations

import time
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from honlac_extract.records.linking import VARIANT_OVERLAP, _similar_pairs

WORDS = st.frozensets(st.sampled_from(["drug", "force", "special", "combat", "a", "b", "c"]))


def _every_pair(sets: list[frozenset[str]]) -> list[tuple[int, int]]:
    return [
        (i, j)
        for i, j in combinations(range(len(sets)), 2)
        if sets[i]
        and sets[j]
        and len(sets[i] & sets[j]) / len(sets[i] | sets[j]) >= VARIANT_OVERLAP
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=12))
def test_similar_pairs_are_every_similar_pair(sets: list[frozenset[str]]) -> None:
    assert sorted(_similar_pairs(sets)) == _every_pair(sets)


def test_distinct_names_compared_in_near_linear_time() -> None:
    def timed(count: int) -> float:
        sets = [frozenset({"national", "commission", f"w{n}", f"v{n}"}) for n in range(count)]
        began = time.perf_counter()
        assert _similar_pairs(sets) == []
        return time.perf_counter() - began

    small, large = min(timed(500) for _ in range(3)), min(timed(8000) for _ in range(3))
    assert large < 16 * small * 4  # 16x the names: far under the 256x of every pair


def test_a_name_thousands_of_words_long_is_cut_only_near_its_start() -> None:
    """A paragraph of capitalised words makes one huge name: its abridged forms (each a copy
    of a prefix) stay within the first characters, so the cuts are linear in its length."""
    from honlac_extract.records.linking import _LONGEST_ABRIDGED, _abridged_forms

    long = " ".join(["ministry of office national commission programme"] * 5000)
    forms = _abridged_forms([(long, 0)])
    assert forms and max(len(form) for form in forms) <= _LONGEST_ABRIDGED
