"""AGENCY and PROGRAMME candidates (placeholder until the entity work lands)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .spans import candidates


class Placeholder:
    """Writes no candidates yet."""

    def __call__(self, doc: Doc) -> Doc:
        candidates(doc)
        return doc


@Language.factory("honlac_programmes_v1")
def make_programme_component(nlp: Language, name: str) -> Placeholder:
    """Factory registered under a versioned name so saved pipelines stay loadable."""
    return Placeholder()


@Language.factory("honlac_agencies_v1")
def make_agency_component(nlp: Language, name: str) -> Placeholder:
    """Factory registered under a versioned name so saved pipelines stay loadable."""
    return Placeholder()
