"""The countries a sub-heading names ("Colombia", "Estado Plurinacional de Bolivia").

Sub-headings are read with the country component of the note's language, built once per
process (the first pipeline of that language built, or one built here). A heading in capitals
is first looked up whole, case-folded, among the country names ("RÉPUBLIQUE DÉMOCRATIQUE DU
CONGO": Spanish and French names keep small letters that title case would capitalise), then
read in title case.
"""

from __future__ import annotations

import sys
from functools import cache

import spacy
from spacy.tokens import Doc

from ..bounded import make_doc
from ..dashes import hyphenated
from ..spans import fields_of, spans_with_label
from .component import FIRST_BUILT
from .gazetteer import gazetteer
from .translated.rules import language_rules


def _read_heading(text: str, language: str) -> Doc:
    if language not in FIRST_BUILT:
        nlp = spacy.blank(language)
        nlp.max_length = sys.maxsize  # as load_pipeline: rules are linear, no length refused
        nlp.add_pipe("honlac_countries_v1")
    nlp, component = FIRST_BUILT[language]
    return component(make_doc(nlp, text))  # linear whatever the title's runs (see bounded)


def heading_countries(title: str, language: str = "en") -> list[str]:
    """ISO alpha-3 codes of the countries a sub-heading names, in order, without repeats.

    "Bolivia (Plurinational State of)" -> ["BOL"]; regional headings ("Central America and the
    Caribbean", "Regional and subregional levels") -> []. Demonyms do not make a subject.
    ``language`` is the note's ("es": "Estado Plurinacional de Bolivia"); one without country
    data of its own is read as English.
    """
    if language != "en" and language_rules(language) is None:
        language = "en"
    text = hyphenated(" ".join(title.split()))
    codes = _codes(text, language)
    if not codes and text.isupper():
        whole = _folded_names(language).get(text.casefold())
        codes = (whole,) if whole else _codes(text.title(), language)
    return list(codes)


@cache
def _codes(text: str, language: str) -> tuple[str, ...]:
    codes: list[str] = []
    for span in spans_with_label(_read_heading(text, language), "COUNTRY"):
        fields = fields_of(span)
        code = fields.get("iso3")
        if isinstance(code, str) and not fields.get("demonym") and code not in codes:
            codes.append(code)
    return tuple(codes)


@cache
def _folded_names(language: str) -> dict[str, str]:
    """Case-folded country name -> iso3; a folded name of two countries is left out."""
    found: dict[str, str] = {}
    clashes: set[str] = set()
    for form, place in gazetteer(language).forms.items():
        if place.label != "COUNTRY" or place.demonym:
            continue
        folded = form.casefold()
        if found.setdefault(folded, place.code) != place.code:
            clashes.add(folded)
    return {folded: code for folded, code in found.items() if folded not in clashes}
