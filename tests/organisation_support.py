"""AGENCY/PROGRAMME candidates of a sentence, for the organisation tests on invented text."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from honlac_extract.entities.spans import CONTEXT_KEY, SPAN_KEY, fields_of

Found = list[tuple[str, str, dict[str, Any]]]


def orgs(nlp: Language, text: str, **context: Any) -> Found:
    """(label, span text, fields) of the AGENCY/PROGRAMME candidates of ``text``; ``context``
    is what the records stage tells the components (paragraph, subject countries...)."""
    doc = nlp.make_doc(text)
    doc.user_data[CONTEXT_KEY] = context
    doc = nlp(doc)
    spans = sorted(doc.spans[SPAN_KEY], key=lambda s: (s.start, s.end, s.label_))
    return [
        (span.label_, span.text, fields_of(span))
        for span in spans
        if span.label_ in ("AGENCY", "PROGRAMME")
    ]


def spans(found: Found) -> list[tuple[str, str]]:
    return [(label, text) for label, text, _ in found]


def fields(found: Found, text: str) -> dict[str, Any]:
    matches = [f for _, span, f in found if span == text]
    assert len(matches) == 1, found
    return matches[0]
