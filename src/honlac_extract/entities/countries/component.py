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

from typing import NamedTuple

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..batching import Batched
from ..matcher_cache import tokenised
from ..spans import add_candidate, candidates, context
from . import after_noun
from .after_noun import CURRENCY as _CURRENCY
from .after_noun import GIVEN_NAME as _GIVEN_NAME
from .after_noun import LANGUAGE as _LANGUAGE
from .after_noun import NO_RULE as _NO_RULE
from .after_noun import PERSON as _PERSON
from .gazetteer import Gazetteer, Place, gazetteer
from .unlisted_places import unlisted_places

_LABEL_RANK = {"COUNTRY": 0, "LOCATION": 1, "REGION": 2}
# Which context rule a written form needs (most need none, and are not looked at again):
# see _rule and, for Spanish and French, after_noun.


class _Entry(NamedTuple):
    place: Place
    rank: int
    rule: int


def _view_words(doc: Doc) -> tuple[list[str], list[int]]:
    """Words of ``doc`` without whitespace tokens (a name broken by a line break or a
    non-breaking space), and each word's token index in ``doc``."""
    kept = [token for token in doc if not token.is_space]
    return [token.text for token in kept], [token.i for token in kept]


class CountryComponent(Batched):
    """Writes COUNTRY (iso3, name, demonym), LOCATION (country, name) and REGION (name) spans."""

    def __init__(self, nlp: Language) -> None:
        self.gazetteer: Gazetteer = gazetteer(
            nlp.lang or "en"
        )  # the language's own names and rules
        self.after_noun = self.gazetteer.adjectives_follow
        self.vocab = nlp.vocab
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        # Any whitespace token (a line break, a non-breaking space) matches this one pattern; it
        # tells, cheaper than reading the tokens, when the whitespace-free view is needed.
        self.spaces = PhraseMatcher(nlp.vocab, attr="IS_SPACE")
        self.spaces.add("SPACE", [Doc(nlp.vocab, words=["\n"])])
        self.entries: dict[int, _Entry] = {}
        strings = nlp.vocab.strings
        # each form's words (as nlp.make_doc splits them) from the user cache: see matcher_cache
        words = tokenised("countries", nlp, [*self.gazetteer.forms, *self.gazetteer.place_triggers])
        for form, place in self.gazetteer.forms.items():
            key = f"GEO|{form}"
            self.entries[strings.add(key)] = _Entry(
                place, _LABEL_RANK[place.label], self._rule(form, place)
            )
            self.matcher.add(key, [[strings.add(w) for w in words[form]]])  # type: ignore[list-item]
        self.currency = frozenset(strings.add(w) for w in self.gazetteer.currency_words)
        self.triggers: set[int] = set()
        for trigger in self.gazetteer.place_triggers:
            key = f"TRIGGER|{trigger}"
            self.triggers.add(strings.add(key))
            self.matcher.add(key, [[strings.add(w) for w in words[trigger]]])  # type: ignore[list-item]

    def _rule(self, form: str, place: Place) -> int:
        if place.label != "COUNTRY":
            return _NO_RULE
        if place.language:
            return _LANGUAGE
        if form in self.gazetteer.given_name_words:
            return _GIVEN_NAME
        if form in self.gazetteer.person_name_words:
            return _PERSON
        return _CURRENCY

    def _raw_matches(self, doc: Doc, spaces: bool) -> list[tuple[int, int, int]]:
        """(key, start, end) of every form in ``doc``, whitespace tokens skipped if any."""
        if not spaces:
            return list(self.matcher(doc))
        words, owners = _view_words(doc)
        view = Doc(self.vocab, words=words)
        return [(key, owners[s], owners[e - 1] + 1) for key, s, e in self.matcher(view)]

    def _plausible(self, doc: Doc, start: int, end: int, rule: int) -> bool:
        """Context rules for words that are not always places (the module docstring lists them)."""
        following = doc[end] if end < len(doc) else None
        if rule == _LANGUAGE:
            return (
                following is not None
                and following.is_alpha
                and not following.is_stop
                and following.lower_ not in self.gazetteer.language_blockers
                and following.lower_ not in self.gazetteer.currency_words
            )
        if rule == _PERSON and start > 0:
            previous = doc[start - 1]
            if previous.text in self.gazetteer.blocking_previous:
                return False
            if previous.is_alpha and previous.is_title and not previous.is_stop:
                return False
        return following is None or following.lower_ not in self.gazetteer.currency_words

    def __call__(self, doc: Doc) -> Doc:
        candidates(doc)  # the group exists even when nothing is found
        raw = self._raw_matches(doc, bool(self.spaces(doc)))
        if not raw:
            return doc
        size = len(doc)
        found: list[tuple[int, int, int, int, int]] = []
        triggers: list[tuple[int, int]] = []
        for key, start, end in raw:
            if key in self.triggers:
                triggers.append((start, end))
                continue
            entry = self.entries[key]
            if self.after_noun:
                if entry.rule and not after_noun.plausible(
                    doc, start, end, entry.rule, entry.place, self.gazetteer
                ):
                    continue
            elif entry.rule == _CURRENCY:
                if end < size and doc[end].lower in self.currency:
                    continue
            elif entry.rule and not self._plausible(doc, start, end, entry.rule):
                continue
            found.append((start - end, start, entry.rank, end, key))
        found.sort()  # longest first; then leftmost; then COUNTRY before LOCATION before REGION
        taken = bytearray(len(doc))
        kept: list[tuple[int, int, Place]] = []
        for _, start, _, end, key in found:
            if not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                kept.append((start, end, self.entries[key].place))
        subjects = context(doc).get("subject_countries") or []
        kept += unlisted_places(
            doc,
            kept,
            triggers,
            taken,
            self.gazetteer.place_words,
            subjects[0] if len(subjects) == 1 else None,
        )
        kept.sort(key=lambda item: item[0])
        for index, (start, end, place) in enumerate(kept):
            span = Span(doc, start, end)
            if place.label == "COUNTRY":
                extra = {"demonym": True} if place.demonym else {}
                source = "gazetteer:demonyms" if place.demonym else "gazetteer:countries"
                add_candidate(
                    doc, span, "COUNTRY", source, iso3=place.code, name=place.name, **extra
                )
            elif place.label == "LOCATION":
                country = (
                    _stated_country(doc, place, end, kept[index + 1 : index + 2]) or place.code
                )
                add_candidate(
                    doc,
                    span,
                    "LOCATION",
                    "gazetteer:locations" if place.listed else "pattern:unlisted_place",
                    country=country or None,
                    name=place.name,
                )
            else:
                add_candidate(doc, span, "REGION", "gazetteer:regions", name=place.name)
        return doc


def _stated_country(
    doc: Doc, city: Place, city_end: int, following: list[tuple[int, int, Place]]
) -> str | None:
    """The country written right after a city that several countries have ("Manzanillo,
    Panama"), when it is one of them; "Atlanta, Georgia" keeps Atlanta in the United States."""
    if not following or not city.also:
        return None
    start, _, place = following[0]
    if (
        place.label == "COUNTRY"
        and place.code in city.also
        and start == city_end + 1
        and doc[city_end].text == ","
    ):
        return place.code
    return None


FIRST_BUILT: dict[str, tuple[Language, CountryComponent]] = {}
"""The first component built in this process for each language, and its pipeline: sub-headings
are read with it (see headings.py), so a process does not build the (costly) phrase matcher a
second time just for headings."""


@Language.factory("honlac_countries_v1")
def make_country_component(nlp: Language, name: str) -> CountryComponent:
    """Factory registered under a versioned name so saved pipelines stay loadable."""
    component = CountryComponent(nlp)
    FIRST_BUILT.setdefault(nlp.lang or "en", (nlp, component))
    return component
