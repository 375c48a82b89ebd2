"""The QUANTITY grammar's first-letter lookaheads are pure pre-checks: the pattern with them
matches what it matches without them, at every position, in every language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from honlac_extract.entities.quantities import grammar
from honlac_extract.entities.quantities.items import TOKEN, token_at

ROOT = Path(__file__).resolve().parents[1]
TRICKY = (
    "41.3 tons of cocaine, 12 Kg, 3 \u212ag, 5 \u017ftones, 40 per\u00a0cent, 2 HA, 7 t, 8 l, "
    "US$ 3 million, 12,5 toneladas, más de 300 agentes, jusqu'à 500 kg, 1 500 km, 9 g/l, "
    "a total of 17 workshops, 10%, 6\u202f000 \u20ac, approx. 4 ha, 3 \u0130tems, 2 \u00b5g"
)


def _texts() -> list[str]:
    notes = sorted((ROOT / "fixtures" / "notes").glob("*.txt"))[:6]
    return [TRICKY, *(path.read_text(encoding="utf-8") for path in notes)]


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_guarded_pattern_matches_as_the_unguarded_one(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    guarded = grammar.quantity_pattern(language)
    monkeypatch.setattr(grammar, "first_letters", lambda *lists: "")
    plain = re.compile(grammar._pattern(language))
    assert plain.pattern != guarded.pattern
    for text in _texts():
        for pos in range(len(text)):
            one, other = guarded.match(text, pos), plain.match(text, pos)
            assert (one and one.regs) == (other and other.regs), (language, text[pos : pos + 30])


def test_a_guard_accepts_every_case_variant_the_words_match() -> None:
    guard = re.compile(grammar.first_letters(["kilo", "Tons"], ["g"]))
    for char in "kK\u212atT":  # the Kelvin sign matches "k" ignoring case
        assert guard.match(char)
    assert guard.match("g") and not guard.match("G") and not guard.match("o")


def test_no_guard_where_a_word_list_can_match_nothing() -> None:
    assert grammar.first_letters([]) == ""
    assert grammar.first_letters(["kg"], [""]) == ""


def test_the_remembered_token_is_the_tokens_match() -> None:
    text = "12 such officials, 3 more"
    for pos in (2, 2, 7, 2, 17, 17, 0):
        found, expected = token_at(text, pos), TOKEN.match(text, pos)
        assert (found and found.span(1)) == (expected and expected.span(1))
    other = "12 other people"  # same offset, another text
    found = token_at(other, 2)
    assert found is not None and found.group(1) == "other"
