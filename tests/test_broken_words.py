"""Words a line end broke with a hyphen: read whole by the entity rules, grounded as printed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from honlac_extract import extract
from honlac_extract.entities.broken_words import ClosedText, close_broken_words

FRENCH_PAD = (
    "1. La Réunion des chefs des services a examiné la situation du trafic de drogues dans la "
    "région et les mesures prises par les États pour le combattre.\n\n"
)
ENGLISH_PAD = "1. The Meeting reviewed the situation of drug trafficking in the region.\n\n"


def _paragraph_two(text: str) -> list[tuple[str, str, str | None]]:
    note = extract(text)
    assert note.metadata.language == ("fr" if text.startswith(FRENCH_PAD) else "en")
    for entity in note.entities:
        assert note.text[entity.start : entity.end] == entity.text
    return [(e.label, e.text, e.name) for e in note.entities if e.paragraph == 2]


def test_a_french_soft_hyphen_inside_a_long_form_is_read_whole() -> None:
    text = FRENCH_PAD + (
        "2. Le Centre régio-\nnal de coordination opérationnelle (CRCO) a démantelé neuf labora-\n"
        "toires clandestins.\n"
    )
    found = _paragraph_two(text)
    assert (
        "AGENCY",
        "Centre régio-\nnal de coordination opérationnelle (CRCO)",
        "Centre régional de coordination opérationnelle",
    ) in found
    assert ("QUANTITY", "neuf labora-\ntoires clandestins", None) in found


def test_an_english_break_keeps_the_compound_unless_the_note_spells_the_word_whole() -> None:
    unit = "Anti-\nnarcotics Police Unit (ANPU)"
    compound = _paragraph_two(ENGLISH_PAD + f"2. The {unit} met the Narcotics Control Board.\n")
    assert ("AGENCY", unit, "Anti-narcotics Police Unit") in compound
    whole = _paragraph_two(
        ENGLISH_PAD.replace("reviewed", "reviewed international")
        + "2. The Inter-\nnational Narcotics Control Board (INCB) met.\n"
    )
    assert any(name == "International Narcotics Control Board" for _, _, name in whole)


def test_a_break_before_a_capital_or_inside_a_line_is_left_alone() -> None:
    closed = close_broken_words("Guinée- Bissau et pré- et post-saisie", [7], "fr", frozenset)
    assert closed.text == "Guinée- Bissau et pré- et post-saisie" and closed.points == []
    closed = close_broken_words("régio- nal et pré- et", [6], "fr", frozenset)
    assert closed.text == "régional et pré- et"  # the second join is not a line end: untouched


def test_the_note_spelling_a_compound_keeps_its_hyphen_in_french() -> None:
    words = frozenset({"sous-régional", "sous", "régional"})
    assert close_broken_words("coopération régio- nale", [18], "fr", lambda: words).text == (
        "coopération régionale"
    )
    assert close_broken_words("un bureau sous- régional", [15], "fr", lambda: words).text == (
        "un bureau sous-régional"
    )


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 2)), max_size=6))
def test_offsets_in_the_closed_copy_map_back_to_the_same_characters(
    raw_cuts: list[tuple[int, int]],
) -> None:
    text = "".join(chr(ord("a") + i % 26) for i in range(64))
    cuts, last = [], -1
    for at, width in sorted(raw_cuts):
        if at > last and at + width <= len(text):
            cuts.append((at, width))
            last = at + width
    closed = ClosedText(text, cuts)
    dropped = {at + k for at, width in cuts for k in range(width)}
    kept = [i for i in range(len(text)) if i not in dropped]
    assert closed.text == "".join(text[i] for i in kept)
    for position, original in enumerate(kept):
        assert closed.start(position) == original
        assert closed.end(position + 1) == original + 1


@pytest.mark.parametrize("language", ["en", "es", "fr", "xx"])
def test_no_text_makes_closing_raise(language: str) -> None:
    for text in ["- ", "a- b", "é- é- é", "x-  y", "-" * 50 + " a"]:
        joins = [i for i, c in enumerate(text) if c == " "]
        closed = close_broken_words(text, joins, language, frozenset)
        assert len(closed.text) <= len(text)
