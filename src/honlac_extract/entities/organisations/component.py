"""AGENCY and PROGRAMME candidates: pattern names, acronym definitions and well-known bodies.

Both components share one :class:`OrganisationFinder` (one scan per paragraph, handed from the
programme component to the agency component in ``doc.user_data``); the programme component
writes the PROGRAMME results and the agency component the AGENCY ones, skipping anything inside
a PROGRAMME span already written, so the two labels never fight over one span. Rules, in order:

1. pattern names (:mod:`.patterns`) and list matches (``organisations.json``);
   a pattern name that is a listed body takes the list's canonical name, acronym and kind;
2. acronym definitions (:mod:`.definitions`);
3. names announced by lower-case cue words, quotes, and bare acronyms
   (:mod:`.rules`); bare acronyms stay provisional (source ``acronym:bare``) until
   :mod:`honlac_extract.records.linking` resolves or drops them;
4. what is not a body is dropped: events and classes of participants ("Meeting of Heads of
   National ... Agencies"), spans that are exactly a country or a region, a bare generic head
   glued to a country ("Office of <Country>");
5. overlaps: the longest span wins across both labels; acronym definitions are kept besides
   the longer name they sit in, and so is the owner closing a longer name ("... of the
   Ministry of Interior of Iraq", :mod:`.owners`);
6. fields: kind (national | international | unodc_office | ngo | academic for agencies),
   country (a trailing "of <Country>", a country or demonym before the head, the paragraph's
   single sub-heading country), canonical name ("UNODC " before UNODC offices).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache
from typing import Any

import pycountry
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..spans import (
    add_candidate_at,
    candidates,
    context,
    doc_text,
    fields_of,
    spans_with_label,
)
from .data import KnownBody, Patterns, fold, known_bodies, known_by_key, patterns
from .definitions import DefinitionRules
from .owners import with_owners
from .patterns import Found, NameScanner, Word, squash, words_of
from .rules import CueRules

Places = dict[int, tuple[int, str]]
"""First word of a place -> (end word, iso3)."""


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


class OrganisationFinder:
    """Finds AGENCY and PROGRAMME candidates of one paragraph Doc."""

    def __init__(self, nlp: Language) -> None:
        self.p: Patterns = patterns()
        self.by_key = known_by_key()
        self.definitions = DefinitionRules(self.p, self.by_key)
        self.cues = CueRules(self.p, self.by_key)
        self.bodies: dict[str, KnownBody] = {}
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.vocab = nlp.vocab
        for number, body in enumerate(known_bodies()):
            key = f"ORG|{number}"
            self.bodies[key] = body
            forms = [self._word_doc(words_of(form)) for form in body.forms()]
            many = [form for form in forms if len(form) > 1]
            one = [form for form in forms if len(form) == 1]
            if many:
                self.phrases.add(key, many)
            if one:
                self.exact.add(key, one)

    def _word_doc(self, words: list[Word]) -> Doc:
        """A Doc of our words (not spaCy's tokens): list forms and text split alike, whatever
        the spacing ("UNODC\u00a0Laboratory", a name broken by a line end)."""
        return Doc(self.vocab, words=[word.text for word in words])

    # -- entry point ----------------------------------------------------------------------
    def find(self, doc: Doc) -> list[tuple[Span, str, dict[str, Any]]]:
        """(span, label, fields) of every kept candidate, in text order."""
        text = doc_text(doc)
        words = words_of(text)
        if not words:
            return []
        at_start = {word.start: index for index, word in enumerate(words)}
        at_end = {word.end: index for index, word in enumerate(words)}
        countries, demonyms, regions, cities = self._geography(doc, at_start, at_end)
        scanner = NameScanner(
            text,
            words,
            self.p,
            lambda a, b: self._country_at(words, countries, a, b),
            countries.get,
            cities.get,
        )
        found = [
            item
            for item in scanner.scan()
            if fold(text[words[item.first].start : words[item.last - 1].end])
            not in self.p.not_names
        ]
        for item in found:
            if item.label == "AGENCY":
                self.definitions.trailing_word(scanner, item)  # "Task Force programme"
        found.extend(self.cues.lowercase_heads(scanner))
        found.extend(self._listed(words))
        self._apply_list(words, text, found)
        found.extend(self.definitions.definitions(scanner, found))
        found.extend(self.cues.programme_words(scanner, found))
        found.extend(self.cues.quoted(scanner))
        found.extend(self.cues.titles(scanner))
        found.extend(self.cues.acronyms(scanner))
        bodies = [f for f in found if self._is_body(scanner, f, countries, regions)]
        kept = with_owners(words, bodies, self._resolve(bodies))
        subject = context(doc).get("subject_countries") or []
        results = []
        named: dict[int, dict[str, Any]] = {}
        places = {**demonyms, **countries}  # merged once: per item it was quadratic in a long text
        ending: dict[tuple[int, str], Found] = {}  # (last word, label) -> first such name
        for item in kept:
            ending.setdefault((item.last, item.label), item)
        for item in kept:
            fields = self._fields(item, words, text, subject)
            self._geographic_fields(item, fields, places, regions)
            named[item.first] = fields
            earlier = _apposed(scanner, item, ending)
            if earlier is not None and earlier.first in named:
                # "the Pan American Health Organization, in its capacity as the Regional
                # Office for the Americas of WHO": the second name is the same body
                for key in ("name", "acronym", "kind"):
                    fields[key] = named[earlier.first].get(key)
            span = _aligned(doc, words, item)
            if span is not None:
                results.append((span, item.label, fields))
        return results

    # -- countries ------------------------------------------------------------------------
    @staticmethod
    def _geography(
        doc: Doc, at_start: dict[int, int], at_end: dict[int, int]
    ) -> tuple[Places, Places, set[int], Places]:
        """Countries, demonyms and cities (first word -> end word, iso3) and the words of
        regions, from the COUNTRY, LOCATION and REGION candidates the country component wrote."""
        countries: Places = {}
        demonyms: Places = {}
        cities: Places = {}
        regions: set[int] = set()
        for span in candidates(doc):
            first = at_start.get(span.start_char)
            last = at_end.get(span.end_char)
            if first is None or last is None:
                continue
            if span.label_ == "REGION":
                regions.update(range(first, last + 1))
                continue
            if span.label_ == "LOCATION":
                country = fields_of(span).get("country")
                if isinstance(country, str):
                    cities.setdefault(first, (last + 1, country))
                continue
            fields = fields_of(span) if span.label_ == "COUNTRY" else {}
            iso = fields.get("iso3")
            if isinstance(iso, str):
                table = demonyms if fields.get("demonym") else countries
                table.setdefault(first, (last + 1, iso))
        return countries, demonyms, regions, cities

    def _geographic_fields(
        self,
        item: Found,
        fields: dict[str, Any],
        places: dict[int, tuple[int, str]],
        regions: set[int],
    ) -> None:
        """A national body named after a region or an international body is international
        ("ECOWAS Commission", "... Group against Money Laundering in West Africa"); one named
        with a country or demonym before its head has that country ("Turkish National
        Police")."""
        if fields.get("kind") != "national":
            return
        inside = range(item.first, item.last)
        premods = range(item.first, item.head_at if item.head_at is not None else item.first)
        if any(i in regions for i in inside) or any(self._international(m) for m in item.premods):
            fields["kind"] = "international"
            fields.pop("country", None)
            return
        if fields.get("country") is None or item.country is None:
            for index in premods:
                if index in places:
                    fields["country"] = places[index][1]
                    return

    def _international(self, word: str) -> bool:
        body = self.by_key.get(fold(word))
        return body is not None and body.label == "AGENCY" and body.kind == "international"

    @staticmethod
    def _country_at(
        words: list[Word], spans: dict[int, tuple[int, str]], first: int, end: int
    ) -> str | None:
        if first >= end:
            return None
        known = spans.get(first)
        if known is not None:
            return known[1] if known[0] == end else None
        if end - first > 4 or not words[first].cap:
            return None
        return _lookup_country(" ".join(words[i].text for i in range(first, end)))

    # -- what is not a body ---------------------------------------------------------------
    def _is_body(
        self, scanner: NameScanner, item: Found, countries: Places, regions: set[int]
    ) -> bool:
        """False for events, classes of participants, countries and "Office of <Country>".

        * a name that begins with an event word ("Meeting of Heads of ...") or a participant
          word ("Heads of National ... Agencies") names a meeting or people, not a body;
        * a plural body name after "Heads of" or "<event> of" ("Meeting of National Agencies")
          is a class of participants; a singular one ("session of the Commission on Narcotic
          Drugs") is the body holding the event and stays;
        * a span that is exactly a country ("the Russian Federation") is never an AGENCY, nor a
          region with a programme word ("the West Africa programme");
        * "Office of the Republic of Korea", "Union of Myanmar": a bare generic head glued to a
          country.
        """
        p, words = self.p, scanner.words
        first = words[item.first].lower
        if first in p.event_words or first in p.participant_words:
            return False
        before = item.first - 1
        before -= 1 if scanner.text_is(before, "the") else 0
        if scanner.text_is(before, "of") and before > 0:
            governor = words[before - 1].lower
            if (governor in p.event_words or governor in p.participant_words) and self._plural(
                scanner, item
            ):
                return False
        country = countries.get(item.first)
        if country is not None and country[0] == item.last:
            return False
        end = (
            item.last - 1 if words[item.last - 1].lower in p.trailing_programme_words else item.last
        )
        if (
            item.source != "list"
            and end > item.first
            and all(i in regions for i in range(item.first, end))
        ):
            return False
        if item.first + 1 < item.last and scanner.text_is(item.first, "the", "The"):
            country = countries.get(item.first + 1)
            if country is not None and country[0] == item.last:
                return False
        return not (
            item.label == "AGENCY"
            and item.head in p.country_glue_heads
            and item.head_at == item.first
            and item.country is not None
            and not item.has_of
            and item.post is None
            and item.in_at is None
            and not item.protected
        )

    @staticmethod
    def _plural(scanner: NameScanner, item: Found) -> bool:
        """Whether the head of ``item`` is plural ("Agencies", "Services"; not "Customs")."""
        at = item.head_at if item.head_at is not None else item.last - 1
        if item.head_at is None:  # list names: the word before the first connector
            for index in range(item.first + 1, item.last):
                if scanner.words[index].lower in scanner.p.post_connectors:
                    at = index - 1
                    break
        base = scanner.base(at)
        return base.endswith("s") and base not in scanner.p.singular_s_words

    # -- extra pattern rules --------------------------------------------------------------
    def _listed(self, words: list[Word]) -> list[Found]:
        found = []
        view = self._word_doc(words)
        for matcher, needs_cap in ((self.phrases, True), (self.exact, False)):
            for key, first, end in matcher(view):
                if needs_cap and not words[first].cap:
                    continue
                body = self.bodies[self.vocab.strings[key]]
                item = Found(first, end, body.label, "list", kind=body.kind)
                item.name, item.acronym, item.country = body.name, body.acronym, body.country
                found.append(item)
        return found

    def _apply_list(self, words: list[Word], whole: str, found: list[Found]) -> None:
        """A pattern name that is a known body takes the list's name, acronym, label, kind."""
        for item in found:
            if item.source == "list":
                continue
            text = whole[words[item.first].start : words[item.last - 1].end]
            body = self.by_key.get(fold(text))
            if body is None and item.last - item.first > 1 and words[item.first].acronym:
                rest = text[words[item.first + 1].start - words[item.first].start :]
                body = self.by_key.get(fold(rest))
            if body is None:
                continue
            item.label, item.kind, item.name = body.label, body.kind, body.name
            item.country = body.country or item.country
            item.acronym = body.acronym
            item.source = "list"
            item.short = False

    @staticmethod
    def _resolve(found: list[Found]) -> list[Found]:
        """Longest span wins (ties: definitions, list, pattern, bare); definitions always stay."""
        rank = {"list": 1, "acronym:bare": 4}

        def order(item: Found) -> tuple[int, int, int, int]:
            priority = 0 if item.protected else rank.get(item.source, 2 if not item.bare else 3)
            return (
                -(item.last - item.first),
                priority,
                item.first,
                0 if item.label == "AGENCY" else 1,
            )

        kept: list[Found] = []
        taken = bytearray(max((f.last for f in found), default=0))
        seen: set[tuple[int, int, str]] = set()
        for item in sorted(found, key=order):
            key = (item.first, item.last, item.label)
            if key in seen:
                continue
            if item.protected or not any(taken[item.first : item.last]):
                kept.append(item)
                seen.add(key)
                if not item.protected:
                    for i in range(item.first, item.last):
                        taken[i] = 1
        inside = _ProtectedSpans([(f.first, f.last) for f in kept if f.protected])
        kept = [f for f in kept if f.protected or not inside.strictly_contains(f.first, f.last)]
        kept.sort(key=lambda f: (f.first, f.last, f.label))
        return kept

    def _fields(
        self, item: Found, words: list[Word], whole: str, subject: list[str]
    ) -> dict[str, Any]:
        kind = item.kind
        if item.label == "AGENCY" and kind is None and not item.bare:
            kind = self._agency_kind(item)
        name = item.name
        if name is None and not item.bare:
            name = squash(whole[words[item.first].start : words[item.last - 1].end])
            name = self._canonical(name, item, kind)
        country = item.country
        if kind == "unodc_office":
            country = country or item.seat
            if country is None and "country" in item.premods and len(subject) == 1:
                country = subject[0]  # "the Country Office" under a country sub-heading
        elif kind == "national":
            country = country or item.seat or (subject[0] if len(subject) == 1 else None)
        source = item.source
        if item.short and source.startswith("pattern"):
            source = "pattern:short-form"
            if self._hosts_event(words, item):
                source = "pattern:short-form:host"
        fields: dict[str, Any] = {"name": name, "acronym": item.acronym, "kind": kind}
        if country:
            fields["country"] = country
        fields["source"] = source
        return fields

    def _hosts_event(self, words: list[Word], item: Found) -> bool:
        """ "the sixty-first session of the Commission": the short form names the body that
        holds the event (linking prefers an international body for it)."""
        at = item.first
        return (
            at >= 3
            and words[at - 1].lower == "the"
            and words[at - 2].lower == "of"
            and words[at - 3].lower.rsplit("-", 1)[-1] in self.p.event_words
        )

    def _agency_kind(self, item: Found) -> str:
        p = self.p
        premods = set(item.premods)
        if "unodc" in premods or any(m.startswith("unodc-") for m in premods):
            return "unodc_office"
        office = item.head in p.office_heads and not item.has_of and premods <= p.office_types
        if office and (premods or item.seat or item.in_at is not None):
            return "unodc_office"
        if item.head in p.academic_heads:
            return "academic"
        if item.head in p.ngo_heads:
            return "ngo"
        if premods & p.international_words:
            return "international"
        return "national"

    @staticmethod
    def _canonical(name: str, item: Found, kind: str | None) -> str:
        """Office names in one form: singular head, "UNODC " before UNODC offices, "of" for a
        national body's country ("offices of the Attorney General in Panama")."""
        if name[:1].islower():
            head, _, rest = name.partition(" ")
            head = "Office" if head in ("office", "offices") else head[:1].upper() + head[1:]
            name = f"{head} {rest}".strip()
        if kind == "national" and " in " in name and item.seat and not item.seat_city:
            base, _, place = name.rpartition(" in ")
            name = f"{base} of {place}"
        elif kind == "unodc_office" and " for " in name and " in " in name:
            name = name.rpartition(" in ")[0]  # the seat of an office "for" a region
        if kind == "unodc_office" and not name.startswith("UNODC"):
            name = f"UNODC {name}"
        return name


_APPOSITION = ("in", "its", "capacity", "as")


class _ProtectedSpans:
    """Whether a protected span (an acronym definition) strictly holds a word range, by
    bisection over the spans sorted by start: every candidate of a paragraph against every
    definition of it was quadratic in a paragraph of many definitions."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self._starts = [a for a, _ in spans]
        self._reach: list[int] = []  # furthest end of the spans up to each one
        self._reach_at: dict[int, int] = {}  # furthest end of the spans starting at a word
        for a, b in spans:
            self._reach.append(max(b, self._reach[-1]) if self._reach else b)
            self._reach_at[a] = max(b, self._reach_at.get(a, b))

    def strictly_contains(self, first: int, last: int) -> bool:
        """Some span ``(a, b) != (first, last)`` has ``a <= first`` and ``last <= b``."""
        before = bisect_left(self._starts, first)  # spans starting before ``first``
        if before and self._reach[before - 1] >= last:
            return True
        return self._reach_at.get(first, last) > last


def _apposed(
    scanner: NameScanner, item: Found, ending: dict[tuple[int, str], Found]
) -> Found | None:
    """The body ``item`` is an apposition of ("X, in its capacity as the Y" -> X);
    ``ending`` maps (last word, label) to the first kept name ending there."""
    index = item.first - 1 if scanner.text_is(item.first - 1, "the") else item.first
    start = index - len(_APPOSITION)
    if start < 1 or scanner.words[index - 1].lower != _APPOSITION[-1]:  # cheap test first
        return None
    if tuple(w.lower for w in scanner.words[start:index]) != _APPOSITION:
        return None
    end = start - 1 if scanner.text_is(start - 1, ",") else start
    return ending.get((end, item.label))


def _aligned(doc: Doc, words: list[Word], item: Found) -> Span | None:
    """The token span of ``item``: exact when the tokenizer agrees with the word split, else
    the longest exact prefix (a footnote mark glued to ")" leaves "(ACR)4" out), else the
    smallest enclosing span."""
    start = words[item.first].start
    for last in range(item.last, max(item.first, item.last - 6), -1):
        inside = [w.text for w in words[item.first : last]]
        if inside.count("(") != inside.count(")"):
            continue
        span = doc.char_span(start, words[last - 1].end)
        if span is not None:
            return span
    return doc.char_span(start, words[item.last - 1].end, alignment_mode="expand")


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


class ProgrammeComponent:
    """Writes PROGRAMME candidates (and leaves the agencies to the agency component)."""

    def __init__(self, nlp: Language) -> None:
        self.finder = OrganisationFinder(nlp)

    def __call__(self, doc: Doc) -> Doc:
        candidates(doc)
        for start, end, label, fields in _results(self.finder, doc, keep=True):
            if label == "PROGRAMME":
                extra = dict(fields)
                source = str(extra.pop("source"))
                add_candidate_at(doc, start, end, label, source, **extra)
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


class AgencyComponent:
    """Writes AGENCY candidates outside the PROGRAMME spans already written."""

    def __init__(self, nlp: Language) -> None:
        self.finder = OrganisationFinder(nlp)

    def __call__(self, doc: Doc) -> Doc:
        candidates(doc)
        inside = _Containment([(s.start, s.end) for s in spans_with_label(doc, "PROGRAMME")])
        for start, end, label, fields in _results(self.finder, doc, keep=False):
            if label != "AGENCY":
                continue
            if inside(start, end):
                continue
            extra = dict(fields)
            source = str(extra.pop("source"))
            add_candidate_at(doc, start, end, label, source, **extra)
        return doc


@Language.factory("honlac_programmes_v1")
def make_programme_component(nlp: Language, name: str) -> ProgrammeComponent:
    """Factory registered under a versioned name so saved pipelines stay loadable."""
    return ProgrammeComponent(nlp)


@Language.factory("honlac_agencies_v1")
def make_agency_component(nlp: Language, name: str) -> AgencyComponent:
    """Factory registered under a versioned name so saved pipelines stay loadable."""
    return AgencyComponent(nlp)
