"""Anchored matching finds exactly what a full scan finds, and DATE/QUANTITY never raise."""

from __future__ import annotations

import time
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from honlac_extract.entities.dates import find_dates
from honlac_extract.entities.dates.grammar import date_matcher, date_pattern
from honlac_extract.entities.quantities import find_quantities
from honlac_extract.entities.quantities.grammar import quantity_matcher, quantity_pattern

PIECES = st.sampled_from(
    [
        "from", "between", "to", "and", "the", "first", "half", "third", "quarter", "of",
        "biennium", "as at", "as of", "by the end of", "in", "since", "during", "mid-",
        "May", "June", "February", "Sept.", "Q3", "2017", "2016-2017", "2017/18", "1999-00",
        "31", "30", "2", "6", "2–6", "8,602", "17,764", "12 500", "12\u00a0500", "6.1", "per cent",
        "%", "kilograms", "kg", "tons", "ha", "US$", "USD", "$", "€", "million", "two",
        "twenty-five", "a dozen", "a total of", "more than", "almost", "some", "officials",
        "Member States", "workshops", "resolution", "61/11", "article", "(2015)", "I2ES",
        "COVID-19", "V.17-05251", "E/CN.7/2019/CRP.4", ",", ".", "(", ")", "-", "–", "\n",
    ]
)  # fmt: skip
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map(" ".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spans(matches: object) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]  # type: ignore[attr-defined]


@SETTINGS
@given(TEXTS)
def test_anchored_dates_equal_a_full_scan(text: str) -> None:
    assert spans(date_matcher().finditer(text)) == spans(date_pattern().finditer(text))


@SETTINGS
@given(TEXTS)
def test_anchored_quantities_equal_a_full_scan(text: str) -> None:
    full = [m for m in quantity_pattern().finditer(text) if m.end() > m.start()]
    assert spans(quantity_matcher().finditer(text)) == spans(full)


@SETTINGS
@given(st.one_of(TEXTS, st.text(max_size=300)))
def test_any_text_gives_valid_dates_and_quantities(text: str) -> None:
    for found in find_dates(text):
        assert 0 <= found.start < found.end <= len(text)
        assert found.interval is not None
        first, last = (date.fromisoformat(bound) for bound in found.interval)
        assert first <= last
    for quantity in find_quantities(text):
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert quantity.fields["value"] >= 0
        assert quantity.fields["unit"] in {
            "count",
            "kg",
            "t",
            "ha",
            "percent",
            "usd",
            "l",
            "km",
            "other",
        }


def test_long_adversarial_text_stays_fast() -> None:
    """About 20 000 characters each: a quadratic path would take minutes, linear ones < 1 s."""
    texts = [
        "1 " * 10_000,
        "May 2017 " * 2_000,
        "from 2 to " * 2_000,
        "9" * 20_000,
        "the first half of " * 1_000,
        "2017" + " " * 20_000 + "- 2018",
        "2 officials " * 2_000,
    ]
    for text in texts:
        started = time.perf_counter()
        find_dates(text)
        find_quantities(text)
        assert time.perf_counter() - started < 5.0, text[:20]
