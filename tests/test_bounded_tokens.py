"""Bounded tokenisation: same tokens as spaCy on ordinary text, exact text on long runs."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from honlac_extract.entities.bounded import LONGEST_RUN, make_doc

NLP = spacy.blank("en")
TEXT = st.text(alphabet=st.sampled_from(list("(.)2aB -*[]\n")), max_size=400)


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_text_and_offsets_kept(text: str) -> None:
    doc = make_doc(NLP, text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_ordinary_text_tokenised_as_spacy_does(text: str) -> None:
    pieces = text.split()
    if any(len(piece) > LONGEST_RUN for piece in pieces):
        text = " ".join(piece[:LONGEST_RUN] for piece in pieces)
    assert [t.text for t in make_doc(NLP, text)] == [t.text for t in NLP.make_doc(text)]


def test_long_run_cut_into_bounded_tokens() -> None:
    text = "1. Text " + "(" * 5000 + " end"
    doc = make_doc(NLP, text)
    assert doc.text == text
    assert max(len(token.text) for token in doc) <= LONGEST_RUN
    assert doc[-1].text == "end"
