"""COUNTRY candidates (placeholder until the entity work lands: registers the factory, finds nothing)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .spans import candidates


class Placeholder:
    """Writes no candidates yet."""

    def __call__(self, doc: Doc) -> Doc:
        candidates(doc)
        return doc


@Language.factory("honlac_countries_v1")
def make_country_component(nlp: Language, name: str) -> Placeholder:
    """Factory registered under a versioned name so saved pipelines stay loadable."""
    return Placeholder()


def heading_countries(title: str) -> list[str]:
    """ISO alpha-3 codes of the countries a sub-heading names (placeholder)."""
    return []
