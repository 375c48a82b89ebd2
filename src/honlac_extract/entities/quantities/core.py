"""The numeric core of a QUANTITY grammar match: its span, numbers, unit text and form."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .grammar import kind_from, pre_word
from .lexicon import canonical


@dataclass(slots=True)
class Core:
    """The numeric core of a match, after reducing a misread range to its first number.

    Not frozen (nothing changes it once made): a frozen dataclass sets each of its nine fields
    through ``object.__setattr__``, once per number of the text."""

    start: int
    end: int
    kind: str
    n1: str
    n1_start: int
    n2: str | None
    unit_text: str | None
    qualifier: str | None
    has_prefix: bool

    @classmethod
    def of(cls, match: re.Match[str], single: bool, language: str = "en") -> Core:
        # one ``group`` call for every group read: this runs once per number in the text
        n1, n2, unit1, unit, cur, qual, conn, pre = match.group(
            "n1", "n2", "unit1", "unit", "cur", "qual", "conn", "pre"
        )
        if single or n2 is None:
            kind = "single"  # what kind_from gives without a second number: no look-ups
        else:
            connector = canonical(language, "range_connectors", conn)
            kind = kind_from(n2, connector, pre_word(language, pre))
        if kind == "invalid" or (kind in ("to", "dash") and unit1):
            kind = "single"  # "by 4 percentage points to 50 per cent": two amounts
        n1_start = match.start("n1")
        if kind == "single":
            end = match.end("unit1") if unit1 else match.end("n1")
            if not qual and not cur:  # a bare number: most of them
                return cls(n1_start, end, kind, n1, n1_start, None, unit1 or cur, qual, False)
            starts = [match.start(g) for g, v in (("qual", qual), ("cur", cur)) if v]
            start = min(starts)
            return cls(start, end, kind, n1, n1_start, None, unit1 or cur, qual, True)
        unit_text = unit or unit1 or cur
        return cls(match.start(), match.end(), kind, n1, n1_start, n2, unit_text, qual, True)
