"""Assembly of the rule-based spaCy pipeline on ``spacy.blank("en")``."""

from __future__ import annotations

import sys
from typing import Any

import spacy
from spacy.attrs import IS_ALPHA, IS_SPACE, IS_STOP, IS_TITLE, LIKE_NUM, LOWER, NORM
from spacy.language import Language

from . import (  # noqa: F401  (importing registers the factories)
    countries,
    dates,
    model_proposals,
    organisations,
    quantities,
)

LEXICAL_ATTRIBUTES = frozenset((LOWER, NORM, IS_ALPHA, IS_SPACE, IS_TITLE, IS_STOP, LIKE_NUM))
"""The lexical attributes the rules read (``token.lower_``, ``is_alpha``, ``like_num``, the
phrase matcher's ``IS_SPACE``, ...). spaCy computes all 23 of a language's attributes for every
word it meets first, storing six strings: 24 us of a new number's 35 us, which a list of
thousands of numbered lines pays for every line. The others (shape, prefix, suffix, like_url,
...) are left unset on words the pipeline meets; the rules never read them."""

# Order matters: later components read earlier labels (quantities skip dates, agencies skip
# programmes), so the order is part of each factory version's behaviour.
COMPONENTS = (
    "honlac_countries_v1",
    "honlac_dates_v1",
    "honlac_quantities_v1",
    "honlac_programmes_v1",
    "honlac_agencies_v1",
)


def load_pipeline(model: str | None = None, language: str = "en") -> Language:
    """A fresh pipeline: the rule components on a blank tokenizer of ``language``.

    ``language`` is "en", "es" or "fr"; each component reads its rules for ``nlp.lang``.
    ``model`` names an installed trained spaCy pipeline whose ORG/GPE proposals are added after
    the rules (optional; the default is rule-only and needs no download).
    """
    nlp = spacy.blank(language)
    vocab: Any = nlp.vocab  # the stubs do not declare ``lex_attr_getters``
    getters = vocab.lex_attr_getters
    vocab.lex_attr_getters = {a: get for a, get in getters.items() if a in LEXICAL_ATTRIBUTES}
    # spaCy refuses texts over 1,000,000 characters to spare a parser's or NER's memory; these
    # components are rules, linear in the text, and a paragraph that long (a list of thousands
    # of numbered lines, within the input size limit) must not make ``extract`` raise.
    nlp.max_length = sys.maxsize
    for name in COMPONENTS:
        nlp.add_pipe(name)
    if model is not None:
        nlp.add_pipe("honlac_model_proposals_v1", config={"model": model})
    return nlp
