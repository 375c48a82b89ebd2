"""COUNTRY, LOCATION and REGION candidates from the geographic gazetteer.

One case-sensitive PhraseMatcher holds every written form (see :mod:`.gazetteer`). Its
matches are resolved by explicit rules:

* context: a country name that is also a person's name is dropped after an honorific or a
  capitalised first name ("Michael Jordan"); a language-like demonym ("Spanish") counts only
  before a content word ("Spanish authorities", not "French and Spanish"); a country or demonym
  naming a currency ("United States dollars", "Mexican pesos") is not a mention;
* longest match wins across COUNTRY, LOCATION and REGION: "Guinea-Bissau" beats "Guinea",
  "Guatemala City" (LOCATION) swallows "Guatemala", "Gulf of Guinea" (REGION) swallows "Guinea".
  Overlaps with other labels (AGENCY, PROGRAMME) are not this component's business and stay.

COUNTRY spans never include a leading article: "the Plurinational State of Bolivia" yields the
span "Plurinational State of Bolivia". REGION forms carry "the" only where the bare word is an
adjective ("the Caribbean" vs "Caribbean countries").
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .gazetteer import Gazetteer, Place, gazetteer
from .spans import add_candidate, candidates, fields_of, spans_with_label

_LABEL_RANK = {"COUNTRY": 0, "LOCATION": 1, "REGION": 2}
_SOURCES = {"COUNTRY": "gazetteer:countries", "LOCATION": "gazetteer:locations"}


class _Match(NamedTuple):
    start: int
    end: int
    place: Place


def _view_words(doc: Doc) -> tuple[list[str], list[int]]:
    """Words of ``doc`` without whitespace tokens (a name broken by a line break or a
    non-breaking space), and each word's token index in ``doc``."""
    kept = [token for token in doc if not token.is_space]
    return [token.text for token in kept], [token.i for token in kept]


class CountryComponent:
    """Writes COUNTRY (iso3, name, demonym), LOCATION (country, name) and REGION (name) spans."""

    def __init__(self, nlp: Language) -> None:
        self.gazetteer: Gazetteer = gazetteer()
        self.vocab = nlp.vocab
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.places: dict[int, Place] = {}
        for form, place in self.gazetteer.forms.items():
            key = f"GEO|{form}"
            self.places[nlp.vocab.strings.add(key)] = place
            self.matcher.add(key, [nlp.make_doc(form)])

    def _matches(self, doc: Doc) -> list[_Match]:
        if not doc.to_array(IS_SPACE).any():
            return [_Match(s, e, self.places[key]) for key, s, e in self.matcher(doc)]
        words, owners = _view_words(doc)
        view = Doc(self.vocab, words=words)
        return [
            _Match(owners[s], owners[e - 1] + 1, self.places[key])
            for key, s, e in self.matcher(view)
        ]

    def _plausible(self, doc: Doc, match: _Match) -> bool:
        """Context rules for words that are not always places."""
        place = match.place
        following = doc[match.end] if match.end < len(doc) else None
        if place.label != "COUNTRY":
            return True
        if following is not None and following.lower_ in self.gazetteer.currency_words:
            return False
        if place.language:
            return (
                following is not None
                and following.is_alpha
                and not following.is_stop
                and following.lower_ not in self.gazetteer.language_blockers
            )
        if (
            match.end - match.start == 1
            and doc[match.start].text in self.gazetteer.person_name_words
        ):
            if match.start == 0:
                return True
            previous = doc[match.start - 1]
            if previous.text in self.gazetteer.blocking_previous:
                return False
            return not (previous.is_alpha and previous.is_title and not previous.is_stop)
        return True

    def __call__(self, doc: Doc) -> Doc:
        candidates(doc)  # the group exists even when nothing is found
        found = [m for m in self._matches(doc) if self._plausible(doc, m)]
        found.sort(key=lambda m: (m.start - m.end, m.start, _LABEL_RANK[m.place.label]))
        taken = bytearray(len(doc))
        kept: list[_Match] = []
        for match in found:
            if not any(taken[match.start : match.end]):
                taken[match.start : match.end] = b"\x01" * (match.end - match.start)
                kept.append(match)
        kept.sort(key=lambda m: m.start)
        for index, match in enumerate(kept):
            span, place = doc[match.start : match.end], match.place
            if place.label == "COUNTRY":
                extra = {"demonym": True} if place.demonym else {}
                source = "gazetteer:demonyms" if place.demonym else _SOURCES["COUNTRY"]
                add_candidate(
                    doc, span, "COUNTRY", source, iso3=place.code, name=place.name, **extra
                )
            elif place.label == "LOCATION":
                country = _stated_country(doc, kept[index + 1 : index + 2], match) or place.code
                add_candidate(
                    doc, span, "LOCATION", _SOURCES["LOCATION"], country=country, name=place.name
                )
            else:
                add_candidate(doc, span, "REGION", "gazetteer:regions", name=place.name)
        return doc


def _stated_country(doc: Doc, following: list[_Match], city: _Match) -> str | None:
    """The country written right after a city ("Manzanillo, Panama"): it beats the list's."""
    if not following:
        return None
    nxt = following[0]
    if (
        nxt.place.label == "COUNTRY"
        and not nxt.place.demonym
        and nxt.start == city.end + 1
        and doc[city.end].text == ","
    ):
        return nxt.place.code
    return None


@Language.factory("honlac_countries_v1")
def make_country_component(nlp: Language, name: str) -> CountryComponent:
    """Factory registered under a versioned name so saved pipelines stay loadable."""
    return CountryComponent(nlp)


@cache
def _heading_pipeline() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("honlac_countries_v1")
    return nlp


def heading_countries(title: str) -> list[str]:
    """ISO alpha-3 codes of the countries a sub-heading names, in order, without repeats.

    "Bolivia (Plurinational State of)" -> ["BOL"]; regional headings ("Central America and the
    Caribbean", "Regional and subregional levels") -> []. Demonyms do not make a subject.
    """
    text = " ".join(title.split())
    codes = _codes(text)
    if not codes and text.isupper():
        codes = _codes(text.title())
    return list(codes)


@cache
def _codes(text: str) -> tuple[str, ...]:
    codes: list[str] = []
    for span in spans_with_label(_heading_pipeline()(text), "COUNTRY"):
        fields = fields_of(span)
        code = fields.get("iso3")
        if isinstance(code, str) and not fields.get("demonym") and code not in codes:
            codes.append(code)
    return tuple(codes)
