"""The places the country component found, as the organisation rules read them: countries,
demonyms and cities by first word, the words of regions; and the fields they give a body."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from operator import itemgetter
from typing import Any

import pycountry
from spacy.tokens import Doc

from ..spans import Entry, entry_fields, ledger
from .data import KnownBody, fold
from .found import Found
from .words import Word

Places = dict[int, tuple[int, str]]
"""First word of a place -> (end word, iso3)."""

_PLACES = frozenset({"COUNTRY", "LOCATION", "REGION"})


@dataclass
class Geography:
    """Countries, demonyms and cities (first word -> end word, iso3) and region words."""

    countries: Places = field(default_factory=dict)
    demonyms: Places = field(default_factory=dict)
    cities: Places = field(default_factory=dict)
    regions: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, doc: Doc, words: list[Word]) -> Geography:
        """From the COUNTRY, LOCATION and REGION candidates the country component wrote."""
        geo = cls()
        for entry in ledger(doc):
            if entry[2] not in _PLACES:
                continue
            first = _word_at(words, entry[0], _START)
            if first is None:
                continue
            last = _word_at(words, entry[1], _END)
            if last is not None:
                geo._add(doc, entry, first, last)
        return geo

    def _add(self, doc: Doc, entry: Entry, first: int, last: int) -> None:
        label = entry[2]
        if label == "REGION":
            self.regions.update(range(first, last + 1))
            return
        if label == "LOCATION":
            country = entry_fields(doc, entry).get("country")
            if isinstance(country, str):
                self.cities.setdefault(first, (last + 1, country))
            return
        fields = entry_fields(doc, entry)
        iso = fields.get("iso3")
        if isinstance(iso, str):
            table = self.demonyms if fields.get("demonym") else self.countries
            table.setdefault(first, (last + 1, iso))

    def country_at(self, words: list[Word], first: int, end: int) -> str | None:
        """The iso3 of the country that words ``[first, end)`` exactly name, or None."""
        if first >= end:
            return None
        known = self.countries.get(first)
        if known is not None:
            return known[1] if known[0] == end else None
        if end - first > 4 or not words[first].cap:
            return None
        return _lookup_country(" ".join(words[i].text for i in range(first, end)))


_START, _END = itemgetter(2), itemgetter(3)  # Word.start, Word.end


def _word_at(words: list[Word], offset: int, edge: itemgetter[int]) -> int | None:
    """The word whose start (or end) is at character ``offset``, by bisection: a table of
    every word's offsets per paragraph cost more than the few places it is asked for."""
    index = bisect_left(words, offset, key=edge)
    return index if index < len(words) and edge(words[index]) == offset else None


@cache
def _lookup_country(name: str) -> str | None:
    """ISO alpha-3 of a country name by pycountry (fallback when no COUNTRY span covers it)."""
    if not name or not name[:1].isupper() or name.isupper() or len(name) < 4:
        return None
    try:
        country = pycountry.countries.lookup(name)
    except LookupError:
        return None
    code = getattr(country, "alpha_3", None)
    return code if isinstance(code, str) else None


def geographic_fields(
    item: Found,
    fields: dict[str, Any],
    places: Places,
    regions: set[int],
    by_key: dict[str, KnownBody],
) -> None:
    """A national body named after a region or an international body is international
    ("ECOWAS Commission", "... Group against Money Laundering in West Africa"); one named
    with a country or demonym before its head has that country ("Turkish National
    Police")."""
    if fields.get("kind") != "national":
        return
    inside = range(item.first, item.last)
    premods = range(item.first, item.head_at if item.head_at is not None else item.first)
    if any(i in regions for i in inside) or any(_international(by_key, m) for m in item.premods):
        fields["kind"] = "international"
        fields.pop("country", None)
        return
    if fields.get("country") is None or item.country is None:
        for index in premods:
            if index in places:
                fields["country"] = places[index][1]
                return


def _international(by_key: dict[str, KnownBody], word: str) -> bool:
    body = by_key.get(fold(word))
    return body is not None and body.label == "AGENCY" and body.kind == "international"
