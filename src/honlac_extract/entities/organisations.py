"""AGENCY and PROGRAMME candidates: pattern names, acronym definitions and well-known bodies.

Both components share one :class:`OrganisationFinder`; the programme component writes the
PROGRAMME results and the agency component the AGENCY ones (skipping anything inside a
PROGRAMME span already written), so the two labels never fight over one span. Rules, in order:

1. pattern names (:mod:`.organisation_patterns`) and list matches (``organisations.json``);
2. acronym definitions: a name followed by "(ACR)" takes the acronym and its span grows to
   the closing parenthesis ("Federal Commission ... (COFEPRIS)"); an acronym whose letters
   spell a name nested at the end of a longer one defines the nested one ("Implementation
   Agency ... of the Caribbean Community (CARICOM)"); "LE TrainNet (Law Enforcement Training
   Network)" defines in reverse; "the interregional programme Strengthening ... (CRIMJUST)"
   and "Security Cooperation in Panama (SECOPA) project" define names without a head noun;
3. lower-case programme words: "the PREDEM project", "the project HIV/AIDS prevention, ...",
   quoted names near a programme word ("the prevention programme "Strong Families"");
4. bare acronyms ("FELCN") as provisional AGENCY candidates (source ``acronym:bare``) that
   :mod:`honlac_extract.records.linking` resolves against the note's definitions or drops;
5. overlaps: the longest span wins across both labels; acronym definitions are kept besides
   the longer name they sit in.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pycountry
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .acronyms import capitals, is_acronym, letters_match
from .organisation_data import KnownBody, Patterns, fold, known_bodies, known_by_key, patterns
from .organisation_patterns import Found, NameScanner, Word, words_of
from .spans import add_candidate, candidates, context, fields_of, spans_with_label

_QUOTES_OPEN = frozenset({'"', "\u201c", "\u2018", "'"})
_QUOTES_CLOSE = frozenset({'"', "\u201d", "\u2019", "'"})
_STOPS = frozenset({".", ";", ":", "(", ")", "!", "?"})
_MAX_LONG_FORM = 30


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
        self.bodies: dict[str, KnownBody] = {}
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        for number, body in enumerate(known_bodies()):
            key = f"ORG|{number}"
            self.bodies[key] = body
            many = [nlp.make_doc(form) for form in body.forms() if " " in form]
            one = [nlp.make_doc(form) for form in body.forms() if " " not in form]
            if many:
                self.phrases.add(key, many)
            if one:
                self.exact.add(key, one)

    # -- entry point ----------------------------------------------------------------------
    def find(self, doc: Doc) -> list[tuple[Span, str, dict[str, Any]]]:
        """(span, label, fields) of every kept candidate, in text order."""
        text = doc.text
        words = words_of(text)
        if not words:
            return []
        at_start = {word.start: index for index, word in enumerate(words)}
        at_end = {word.end: index for index, word in enumerate(words)}
        countries, demonyms, regions = self._geography(doc, at_start, at_end)
        scanner = NameScanner(
            text,
            words,
            self.p,
            lambda a, b: self._country_at(words, countries, a, b),
            countries.get,
        )
        found = scanner.scan()
        found.extend(self._lowercase_heads(scanner))
        found.extend(self._listed(doc, words, at_start, at_end))
        self._apply_list(words, text, found)
        found.extend(self._definitions(scanner, doc, found))
        found.extend(self._programme_words(scanner, doc, found))
        found.extend(self._quoted(scanner, doc))
        found.extend(self._acronyms(scanner))
        kept = self._resolve(found)
        subject = context(doc).get("subject_countries") or []
        results = []
        named: dict[int, dict[str, Any]] = {}
        for item in kept:
            fields = self._fields(item, words, text, subject)
            self._geographic_fields(item, fields, {**demonyms, **countries}, regions)
            named[item.first] = fields
            earlier = _apposed(scanner, item, kept)
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
    ) -> tuple[dict[int, tuple[int, str]], dict[int, tuple[int, str]], set[int]]:
        """Countries and demonyms (first word -> end word, iso3) and the words of regions,
        from the COUNTRY and REGION candidates the country component wrote."""
        countries: dict[int, tuple[int, str]] = {}
        demonyms: dict[int, tuple[int, str]] = {}
        regions: set[int] = set()
        for span in candidates(doc):
            first = at_start.get(span.start_char)
            last = at_end.get(span.end_char)
            if first is None or last is None:
                continue
            if span.label_ == "REGION":
                regions.update(range(first, last + 1))
                continue
            fields = fields_of(span) if span.label_ == "COUNTRY" else {}
            iso = fields.get("iso3")
            if isinstance(iso, str):
                table = demonyms if fields.get("demonym") else countries
                table.setdefault(first, (last + 1, iso))
        return countries, demonyms, regions

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

    # -- extra pattern rules --------------------------------------------------------------
    def _lowercase_heads(self, scanner: NameScanner) -> list[Found]:
        """ "the offices of the Attorney General in Panama": a lower-case Office + "of" + name."""
        found = []
        words = scanner.words
        for index, word in enumerate(words):
            if word.text not in self.p.lowercase_heads or not scanner.text_is(index + 1, "of"):
                continue
            start = index + 2 + (1 if scanner.text_is(index + 2, "the") else 0)
            if not scanner.nameword(start):
                continue
            end = scanner.run_end[start]
            if scanner.is_head(end - 1) or scanner.country_at(start, end):
                continue
            item = Found(index, index + 1, "AGENCY", "pattern:head", head=word.lower)
            scanner.extend(item, True, False)
            if item.last > index + 1:
                item.has_of = True
                item.protected = item.in_at is not None and scanner.text_is(item.last, "and")
                found.append(item)
                found.extend(self._distributive(scanner, item))
        return found

    @staticmethod
    def _distributive(scanner: NameScanner, item: Found) -> list[Found]:
        """ "offices of X in Panama and the Dominican Republic": one more body per country."""
        if item.in_at is None or not scanner.text_is(item.last, "and"):
            return []
        start = item.last + 1 + (1 if scanner.text_is(item.last + 1, "the") else 0)
        placed = scanner.place(start)
        if placed is None or placed[1] is None:
            return []
        other = Found(item.first, placed[0], "AGENCY", item.source, head=item.head)
        other.has_of, other.seat, other.protected = True, placed[1], True
        base = _joined(scanner, item.first + 1, item.in_at)
        place = _joined(scanner, item.last + 1, placed[0])
        other.name = f"Office {base} of {place}"
        return [other]

    def _listed(
        self, doc: Doc, words: list[Word], at_start: dict[int, int], at_end: dict[int, int]
    ) -> list[Found]:
        found = []
        for matcher, needs_cap in ((self.phrases, True), (self.exact, False)):
            for key, start, end in matcher(doc):
                first = at_start.get(doc[start].idx)
                last = at_end.get(doc[end - 1].idx + len(doc[end - 1]))
                if first is None or last is None:
                    continue
                if needs_cap and not words[first].cap:
                    continue
                body = self.bodies[doc.vocab.strings[key]]
                item = Found(first, last + 1, body.label, "list", kind=body.kind)
                item.name, item.acronym = body.name, body.acronym
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
            item.acronym = body.acronym
            item.source = "list"
            item.short = False

    def _definitions(self, scanner: NameScanner, doc: Doc, found: list[Found]) -> list[Found]:
        """Acronym definitions "Long Form (ACR)" and "Short (Long Form)"."""
        words = scanner.words
        extra: list[Found] = []
        ending: dict[int, list[Found]] = {}
        inside: dict[tuple[int, int], Found] = {}
        for item in found:
            ending.setdefault(item.last, []).append(item)
            inside.setdefault((item.first, item.last), item)
        for index, word in enumerate(words):
            if word.text != "(":
                continue
            close = next(
                (i for i in range(index + 2, min(index + 5, scanner.n)) if words[i].text == ")"),
                None,
            )
            if close is None:
                continue
            reverse = inside.get((index + 1, close))
            if reverse is not None and close - index > 2:
                made_reverse = self._reverse(scanner, doc, reverse, index, close)
                if made_reverse:
                    extra.extend(made_reverse)
                    continue
            short = scanner.text[words[index + 1].start : words[close - 1].end]
            if not self._short_form(words, index + 1, close, short):
                continue
            owners = ending.get(index, [])
            if owners:
                self._define(scanner, doc, owners, short, index, close, extra)
            else:
                made = self._headless(scanner, doc, short, index, close)
                if made is not None:
                    extra.append(made)
        return extra

    def _short_form(self, words: list[Word], first: int, end: int, short: str) -> bool:
        if len(short) > 20 or not words[first].cap or short in self.p.not_acronyms:
            return False
        if any(not w.text[:1].isalnum() for w in words[first:end]):
            return False
        return is_acronym(words[first].text) or len(capitals(short)) >= 2 or end - first == 1

    def _define(
        self,
        scanner: NameScanner,
        doc: Doc,
        owners: list[Found],
        short: str,
        open_index: int,
        close: int,
        extra: list[Found],
    ) -> None:
        words = scanner.words

        def text(item: Found) -> str:
            return scanner.text[words[item.first].start : words[item.last - 1].end]

        ordered = sorted(owners, key=lambda f: (f.first, f.source))
        exact = [f for f in ordered if letters_match(short, text(f)) == 0]
        single = " " not in short and not is_acronym(short) and not exact
        if single and len(capitals(short)) < 2:
            return
        owner = exact[0] if exact else ordered[0]
        longest = ordered[0]
        if owner is not longest:
            owner = _copy(owner)
            extra.append(owner)
        owner.name = owner.name or _squash(text(owner))
        owner.acronym = owner.acronym if owner.source == "list" and owner.acronym else short
        owner.protected = True
        owner.short = False
        owner.last = close + 1
        owner.source = "list" if owner.source == "list" else "pattern:acronym-definition"
        after = close + 1
        if scanner.text_is(after, "of"):
            start = after + 1 + (1 if scanner.text_is(after + 1, "the") else 0)
            placed = scanner.place(start)
            if placed is not None and placed[1] is not None:
                owner.country = placed[1]
                if owner.label == "AGENCY":
                    owner.last = placed[0]
                return
        self._trailing_word(scanner, owner)

    def _trailing_word(self, scanner: NameScanner, owner: Found) -> None:
        """ "(SECOPA) project", "Task Force programme": a lower-case programme word after."""
        after = owner.last
        if not 0 <= after < scanner.n:
            return
        word = scanner.words[after]
        kind = self.p.trailing_programme_words.get(word.text)
        if kind is None:
            return
        if owner.label == "AGENCY" and (
            owner.head in self.p.strong_agency_heads or owner.source == "list"
        ):
            return
        owner.last = after + 1
        if owner.label != "PROGRAMME":
            owner.label, owner.kind = "PROGRAMME", kind
        owner.kind = owner.kind or kind

    def _reverse(
        self, scanner: NameScanner, doc: Doc, long: Found, open_index: int, close: int
    ) -> list[Found]:
        """ "LE TrainNet (Law Enforcement Training Network)": capitals spell the initials."""
        words = scanner.words
        initials = "".join(
            words[i].text[0] for i in range(long.first, long.last) if scanner.nameword(i)
        )
        for size in (1, 2, 3):
            first = open_index - size
            if first < 0 or not words[first].cap:
                continue
            short = scanner.text[words[first].start : words[open_index - 1].end]
            if capitals(short) == initials.upper() and len(initials) >= 2:
                made = _copy(long)
                made.first, made.last = first, close + 1
                made.name = made.name or _squash(
                    scanner.text[words[long.first].start : words[long.last - 1].end]
                )
                made.acronym = short
                made.protected = True
                made.source = "pattern:acronym-definition"
                return [made]
        return []

    def _headless(
        self, scanner: NameScanner, doc: Doc, short: str, open_index: int, close: int
    ) -> Found | None:
        """A definition whose long form has no head noun: needs a programme word beside it."""
        words = scanner.words
        if not is_acronym(words[open_index + 1].text):
            return None
        word_after = words[close + 1].text if close + 1 < scanner.n else ""
        trailing = self.p.trailing_programme_words.get(word_after)
        start = open_index
        while start > 0 and open_index - start < _MAX_LONG_FORM:
            previous = words[start - 1]
            if previous.text in _STOPS:
                break
            if previous.text in self.p.trailing_programme_words and start < open_index:
                if scanner.nameword(start):
                    text = scanner.text[words[start].start : words[open_index - 1].end]
                    made = Found(start, close + 1, "PROGRAMME", "pattern:acronym-definition")
                    made.kind = self.p.trailing_programme_words[previous.text]
                    made.name, made.acronym, made.protected = _squash(text), short, True
                    return made
                break
            start -= 1
        if trailing is None:
            return None
        start = open_index
        while start > 0 and (
            scanner.nameword(start - 1)
            or (
                words[start - 1].text in {"of", "for", "on", "in", "and", "against", "to"}
                and scanner.nameword(start - 2)
            )
        ):
            start -= 1
        while start < open_index and not (
            scanner.nameword(start) and words[start].lower[:1] == short[:1].lower()
        ):
            start += 1
        if start >= open_index or words[start].lower in self.p.function_words:
            return None
        text = scanner.text[words[start].start : words[open_index - 1].end]
        if letters_match(short, text) != 0:
            return None
        made = Found(start, close + 2, "PROGRAMME", "pattern:acronym-definition", kind=trailing)
        made.name, made.acronym, made.protected = _squash(text), short, True
        return made

    def _programme_words(self, scanner: NameScanner, doc: Doc, found: list[Found]) -> list[Found]:
        """ "the PREDEM project" and "the project HIV/AIDS prevention, ..., aimed at"."""
        words = scanner.words
        made: list[Found] = []
        for index, word in enumerate(words):
            kind = self.p.trailing_programme_words.get(word.text)
            if kind is None:
                continue
            previous = index - 1
            if _identifier(words, index - 2) and words[index - 1].text.islower():
                item = Found(index - 2, index + 1, "PROGRAMME", "pattern:identifier-programme")
                item.kind, item.name = kind, words[index - 2].text
                made.append(item)
                continue
            if (
                previous >= 0
                and words[previous].acronym
                and words[previous].text not in self.p.not_acronyms
            ):
                body = self.by_key.get(fold(words[previous].text))
                if body is None or body.label == "PROGRAMME":
                    item = Found(previous, index + 1, "PROGRAMME", "pattern:acronym-programme")
                    item.kind, item.acronym = (body.kind if body else kind), words[previous].text
                    item.name = body.name if body else None
                    item.bare = body is None
                    made.append(item)
                continue
            if not (
                scanner.text_is(index - 1, "the")
                or (
                    scanner.text_is(index - 2, "the")
                    and words[index - 1].lower == words[index - 1].text
                    and words[index - 1].text[:1].isalpha()
                )
            ):
                continue
            start = index + 1
            if not scanner.nameword(start) and not (start < scanner.n and words[start].acronym):
                continue
            if words[start].lower in self.p.function_words or scanner.country_at(
                start, scanner.run_end[start]
            ):
                continue
            end = self._clause_end(scanner, start)
            if end is None or end - start < 2:
                continue
            text = scanner.text[words[start].start : words[end - 1].end]
            item = Found(start, end, "PROGRAMME", "pattern:programme-word", kind=kind)
            item.name = _squash(text)
            made.append(item)
        return made

    def _clause_end(self, scanner: NameScanner, start: int) -> int | None:
        words = scanner.words
        index = start
        while index < scanner.n and index - start <= _MAX_LONG_FORM:
            text = words[index].text
            if text in _STOPS:
                return None if text == "(" else index
            if text == ",":
                nxt = words[index + 1].lower if index + 1 < scanner.n else ""
                if nxt in self.p.clause_words or nxt.endswith(("ed", "ing")):
                    return index
            index += 1
        return index if index >= scanner.n else None

    def _quoted(self, scanner: NameScanner, doc: Doc) -> list[Found]:
        """A quoted capitalised name near a programme word ("Strong Families")."""
        words = scanner.words
        made = []
        for index, word in enumerate(words):
            if word.text not in _QUOTES_OPEN or not scanner.nameword(index + 1):
                continue
            close = next(
                (
                    i
                    for i in range(index + 2, min(index + 10, scanner.n))
                    if words[i].text in _QUOTES_CLOSE
                ),
                None,
            )
            if close is None:
                continue
            inner = range(index + 1, close)
            if not all(scanner.nameword(i) or words[i].text.islower() for i in inner):
                continue
            near = [
                self.p.trailing_programme_words.get(words[i].text)
                for i in (
                    *range(max(0, index - 8), index),
                    *range(close + 1, min(close + 4, scanner.n)),
                )
            ]
            kinds = [k for k in near if k]
            if not kinds:
                continue
            item = Found(index + 1, close, "PROGRAMME", "pattern:quoted", kind=kinds[0])
            item.name = _squash(scanner.text[words[index + 1].start : words[close - 1].end])
            made.append(item)
        return made

    def _acronyms(self, scanner: NameScanner) -> list[Found]:
        """Bare acronyms: provisional, resolved or dropped by note-level linking."""
        made = []
        for index, word in enumerate(scanner.words):
            if word.acronym and word.text not in self.p.not_acronyms:
                item = Found(index, index + 1, "AGENCY", "acronym:bare", acronym=word.text)
                item.bare = True
                made.append(item)
        return made

    # -- overlaps and fields --------------------------------------------------------------
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
        protected_spans = [(f.first, f.last) for f in kept if f.protected]
        kept = [
            f
            for f in kept
            if f.protected
            or not any(
                a <= f.first and f.last <= b and (a, b) != (f.first, f.last)
                for a, b in protected_spans
            )
        ]
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
            name = _squash(whole[words[item.first].start : words[item.last - 1].end])
            name = self._canonical(name, item, kind)
        country = item.country
        if kind == "unodc_office":
            country = country or item.seat
        elif kind == "national":
            country = country or item.seat or (subject[0] if len(subject) == 1 else None)
        source = item.source
        if item.short and source.startswith("pattern"):
            source = "pattern:short-form"
        fields: dict[str, Any] = {"name": name, "acronym": item.acronym, "kind": kind}
        if country:
            fields["country"] = country
        fields["source"] = source
        return fields

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
        if kind == "national" and " in " in name and item.seat:
            base, _, place = name.rpartition(" in ")
            name = f"{base} of {place}"
        elif kind == "unodc_office" and " for " in name and " in " in name:
            name = name.rpartition(" in ")[0]  # the seat of an office "for" a region
        if kind == "unodc_office" and not name.startswith("UNODC"):
            name = f"UNODC {name}"
        return name


_APPOSITION = ("in", "its", "capacity", "as")


def _apposed(scanner: NameScanner, item: Found, kept: list[Found]) -> Found | None:
    """The body ``item`` is an apposition of ("X, in its capacity as the Y" -> X)."""
    index = item.first - 1 if scanner.text_is(item.first - 1, "the") else item.first
    start = index - len(_APPOSITION)
    if start < 1 or tuple(w.lower for w in scanner.words[start:index]) != _APPOSITION:
        return None
    end = start - 1 if scanner.text_is(start - 1, ",") else start
    return next((f for f in kept if f.last == end and f.label == item.label), None)


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


def _identifier(words: list[Word], index: int) -> bool:
    """A system identifier such as "I-24/7" (a capital and a digit, no spaces)."""
    if index < 0:
        return False
    text = words[index].text
    return text[:1].isupper() and any(c.isdigit() for c in text) and not words[index].acronym


def _squash(text: str) -> str:
    return " ".join(text.split())


def _copy(item: Found) -> Found:
    clone = Found(**{k: getattr(item, k) for k in item.__dataclass_fields__})
    return clone


def _joined(scanner: NameScanner, first: int, end: int) -> str:
    """The words ``[first, end)`` joined by single spaces."""
    return " ".join(scanner.words[i].text for i in range(first, end))


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
                add_candidate(doc, doc[start:end], label, source, **extra)
        return doc


class AgencyComponent:
    """Writes AGENCY candidates outside the PROGRAMME spans already written."""

    def __init__(self, nlp: Language) -> None:
        self.finder = OrganisationFinder(nlp)

    def __call__(self, doc: Doc) -> Doc:
        candidates(doc)
        programmes = [(s.start, s.end) for s in spans_with_label(doc, "PROGRAMME")]
        for start, end, label, fields in _results(self.finder, doc, keep=False):
            if label != "AGENCY":
                continue
            if any(a <= start and end <= b for a, b in programmes):
                continue
            extra = dict(fields)
            source = str(extra.pop("source"))
            add_candidate(doc, doc[start:end], label, source, **extra)
        return doc


@Language.factory("honlac_programmes_v1")
def make_programme_component(nlp: Language, name: str) -> ProgrammeComponent:
    """Factory registered under a versioned name so saved pipelines stay loadable."""
    return ProgrammeComponent(nlp)


@Language.factory("honlac_agencies_v1")
def make_agency_component(nlp: Language, name: str) -> AgencyComponent:
    """Factory registered under a versioned name so saved pipelines stay loadable."""
    return AgencyComponent(nlp)
