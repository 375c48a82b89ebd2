"""The gazetteer of a language other than English (Spanish, French), from its own data.

Its forms, in the order they win: the language's country names and demonyms
(:mod:`.names`, :mod:`.demonyms`), then its cities and regions (:mod:`.places`: a country's
name never becomes a city), then the English country names, cities and regions not already
taken (notes in any language quote English names: "Peru", "Guatemala City"); English
demonyms are left out (they are English adjectives, not Spanish or French words). The
language's ``blocked_forms`` are never places, whatever their source ("Réunion" is a
meeting). The context-rule word lists are the language's own.
"""

from __future__ import annotations

from functools import cache

from ..gazetteer import Gazetteer, Place, PlaceWords, gazetteer
from .demonyms import add_demonyms
from .names import add_countries
from .places import add_places
from .rules import LanguageRules, language_rules
from .table import FormTable


@cache
def translated_gazetteer(language: str) -> Gazetteer | None:
    """The gazetteer of ``language``, or None when the language has no country data."""
    rules = language_rules(language)
    if rules is None:
        return None
    countries = FormTable(rules.blocked, rules.respelling_exceptions)
    add_countries(countries, language, rules)
    add_demonyms(countries, language, rules)
    places = FormTable(rules.blocked, rules.respelling_exceptions)
    add_places(places, language, rules)
    forms = countries.final()
    for form, place in places.final().items():
        forms.setdefault(form, place)
    for form, place in gazetteer("en").forms.items():
        if not place.demonym and form not in rules.blocked:
            forms.setdefault(form, place)
    return _with_rules(dict(sorted(forms.items())), language, rules)


def _with_rules(forms: dict[str, Place], language: str, rules: LanguageRules) -> Gazetteer:
    words = rules.words
    return Gazetteer(
        forms=forms,
        person_name_words=words("person_name_words"),
        blocking_previous=words("blocking_previous"),
        language_blockers=words("language_blockers"),
        currency_words=words("currency_words"),
        place_triggers=tuple(rules.raw["unlisted_place_triggers"]),
        place_words=PlaceWords(
            prepositions=words("unlisted_place_prepositions"),
            particles=words("unlisted_place_particles"),
            not_place_words=words("not_place_words"),
        ),
        language=language,
        adjectives_follow=bool(rules.raw.get("adjectives_follow_the_noun")),
        given_name_words=words("given_name_words"),
        currency_links=words("currency_links"),
    )
