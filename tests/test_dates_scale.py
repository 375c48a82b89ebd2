"""Year inference by bisection gives the years the sentence-by-sentence scan gave."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from honlac_extract.entities.dates import component
from honlac_extract.entities.dates.component import Found, find_dates

PIECES = st.sampled_from(
    [
        "On 12 March",
        " and 19 May",
        "in June 2017",
        "in 2018",
        "from 3 to 5 April",
        " 2019-2020",
        ". The ",
        "; ",
        "\n",
        " officers ",
        "in February",
        " 30 August 2016",
        "May and July",
        ". (",
    ]
)


def _scanned(found: list[Found], text: str) -> None:
    """The former inference: every sentence end scanned per date and later anchor."""
    if not any(f.fill for f in found):
        return
    anchors = [f for f in found if f.fill is None and f.interval and not f.in_name]
    distinct = {y for f in anchors for y in (int(f.interval[0][:4]), int(f.interval[1][:4]))}  # type: ignore[index]
    ends = [m.start() for m in component._SENTENCE_END.finditer(text)]
    for item in found:
        if item.fill is None:
            continue
        year = None
        for anchor in anchors:
            if (
                anchor.start >= item.end
                and anchor.precision in ("day", "month", "range")
                and anchor.single_year
                and not any(item.end <= e < anchor.start for e in ends)
            ):
                year = anchor.single_year
                break
        if year is None:
            before = [a for a in anchors if a.end <= item.start and a.single_year]
            if before:
                year = before[-1].single_year
        if year is None and len(distinct) == 1:
            year = next(iter(distinct))
        item.interval = item.fill(year) if year is not None else None


def _intervals(text: str) -> list[tuple[int, int, object]]:
    return [(f.start, f.end, f.interval) for f in find_dates(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=16).map("".join))
def test_bisected_years_are_the_scanned_years(text: str) -> None:
    bisected = _intervals(text)
    original = component._infer_years
    component._infer_years = _scanned
    try:
        scanned = _intervals(text)
    finally:
        component._infer_years = original
    assert bisected == scanned


def test_many_yearless_dates_in_one_paragraph_scale_linearly() -> None:
    def per_char(count: int) -> float:
        text = "".join(f"On {1 + n % 28} March officers met. " for n in range(count)) + "In 2019."
        began = time.perf_counter()
        found = find_dates(text)
        assert found and found[0].interval == ("2019-03-01", "2019-03-01")
        return (time.perf_counter() - began) / len(text)

    small = min(per_char(300) for _ in range(3))
    large = min(per_char(4800) for _ in range(3))
    assert large < 4 * small  # the scan made it 16x (quadratic) and worse
