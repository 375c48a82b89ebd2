"""The AGENCY and PROGRAMME spaCy components.

Both share one scan per paragraph (:class:`.finder.OrganisationFinder`), handed from the
programme component to the agency component in ``doc.user_data``; the programme component
writes the PROGRAMME results and the agency component the AGENCY ones, skipping anything inside
a PROGRAMME span already written, so the two labels never fight over one span.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..batching import Batched
from ..spans import add_candidate_at, add_fields_at, candidates, entries_with_label
from .finder import OrganisationFinder

_SHARED = "_honlac_organisations"
"""``doc.user_data`` key where the programme component leaves the shared result for the
agency component (plain tuples; the agency component removes it)."""

Result = list[tuple[int, int, str, dict[str, Any]]]


def _results(finder: OrganisationFinder, doc: Doc, keep: bool) -> Result:
    """The finder's results for ``doc`` as (start token, end token, label, fields)."""
    shared = doc.user_data.pop(_SHARED, None)
    if isinstance(shared, tuple) and len(shared) == 2 and shared[0] == len(doc):
        results: Result = shared[1]
    else:
        results = [(s.start, s.end, label, f) for s, label, f in finder.find(doc)]
    if keep:
        doc.user_data[_SHARED] = (len(doc), results)
    return results


def _write(doc: Doc, start: int, end: int, label: str, fields: dict[str, Any]) -> None:
    """Record a result; its fields dict (with its string ``source``) is copied once, not
    unpacked into keywords and packed again (once per agency of a paragraph)."""
    source = fields["source"]
    if type(source) is str:
        add_fields_at(doc, start, end, label, fields)
        return
    extra = dict(fields)
    add_candidate_at(doc, start, end, label, str(extra.pop("source")), **extra)


class ProgrammeComponent(Batched):
    """Writes PROGRAMME candidates (and leaves the agencies to the agency component)."""

    def __init__(self, nlp: Language) -> None:
        self.finder = OrganisationFinder(nlp)

    def __call__(self, doc: Doc) -> Doc:
        candidates(doc)
        for start, end, label, fields in _results(self.finder, doc, keep=True):
            if label == "PROGRAMME":
                _write(doc, start, end, label, fields)
        return doc


class _Containment:
    """Whether a span lies inside one of some ranges, in logarithmic time (a scan of every
    range per span was quadratic in a long paragraph naming many programmes and agencies)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        ranges = sorted(ranges)
        self.starts = [start for start, _ in ranges]
        self.reach: list[int] = []  # the furthest end of the ranges starting up to each one
        for _, end in ranges:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def __call__(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, start) - 1
        return index >= 0 and self.reach[index] >= end


def _outside(start: int, end: int) -> bool:
    """No PROGRAMME span holds anything (a paragraph without programmes: no index built)."""
    return False


class AgencyComponent(Batched):
    """Writes AGENCY candidates outside the PROGRAMME spans already written."""

    def __init__(self, nlp: Language) -> None:
        self.finder = OrganisationFinder(nlp)

    def __call__(self, doc: Doc) -> Doc:
        candidates(doc)
        programmes = [entry[3:] for entry in entries_with_label(doc, "PROGRAMME")]
        inside = _Containment(programmes) if programmes else _outside
        for start, end, label, fields in _results(self.finder, doc, keep=False):
            if label == "AGENCY" and not inside(start, end):
                _write(doc, start, end, label, fields)
        return doc


@Language.factory("honlac_programmes_v1")
def make_programme_component(nlp: Language, name: str) -> ProgrammeComponent:
    """Factory registered under a versioned name so saved pipelines stay loadable."""
    return ProgrammeComponent(nlp)


@Language.factory("honlac_agencies_v1")
def make_agency_component(nlp: Language, name: str) -> AgencyComponent:
    """Factory registered under a versioned name so saved pipelines stay loadable."""
    return AgencyComponent(nlp)
