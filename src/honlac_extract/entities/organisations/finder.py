"""AGENCY and PROGRAMME candidates of one paragraph: pattern names, acronym definitions and
well-known bodies. Rules, in order:

1. pattern names (:mod:`.grammar`) and list matches (``organisations.json``, :mod:`.listing`);
   a pattern name that is a listed body takes the list's canonical name, acronym and kind;
2. acronym definitions (:mod:`.definitions`);
3. names announced by lower-case cue words, quotes, and bare acronyms (:mod:`.cues`); bare
   acronyms stay provisional (source ``acronym:bare``) until
   :mod:`honlac_extract.records.linking` resolves or drops them;
4. what is not a body is dropped (:mod:`.bodies`): events and classes of participants,
   spans that are exactly a country or a region, a bare generic head glued to a country;
5. overlaps (:mod:`.resolve`): the longest span wins across both labels; acronym definitions
   are kept besides the longer name they sit in, and so is the owner closing a longer name
   ("... of the Ministry of Interior of Iraq", :mod:`.owners`);
6. fields (:mod:`.fields`, :mod:`.geography`): kind (national | international | unodc_office
   | ngo | academic for agencies), country (a trailing "of <Country>", a country or demonym
   before the head, the paragraph's single sub-heading country), canonical name.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..spans import doc_text
from . import cues
from .bodies import is_body
from .data import fold, known_bodies, known_by_key, language_of, patterns
from .definitions import DefinitionRules, trailing_word
from .found import Found
from .geography import Geography
from .grammar import scan
from .listing import KnownNames, apply_known
from .output import Results, to_results
from .owners import with_owners
from .resolve import resolve
from .romance.collect import collect, name_as_written
from .romance.words import RomanceWords, romance_words
from .view import WordView
from .words import words_of


class OrganisationFinder:
    """Finds AGENCY and PROGRAMME candidates of one paragraph Doc."""

    def __init__(self, nlp: Language) -> None:
        language = language_of(nlp.lang)
        self.p = patterns(language)
        self.by_key = known_by_key(language)
        self.definitions = DefinitionRules(self.by_key)
        self.known = KnownNames(known_bodies(language))
        self.romance: RomanceWords | None = None if language == "en" else romance_words(language)

    def find(self, doc: Doc) -> Results:
        """(span, label, fields) of every kept candidate, in text order."""
        text = doc_text(doc)
        words = words_of(text)
        if not words:
            return []
        geo = Geography.of(doc, words)
        view = WordView(
            text,
            words,
            self.p,
            lambda a, b: geo.country_at(words, a, b),
            geo.countries.get,
            geo.cities.get,
            geo.demonyms.get,
        )
        if self.romance is None:
            found = self._collect(view)
        else:
            found = collect(view, self.romance, self.known, self.by_key)
        bodies = [f for f in found if is_body(view, f, geo.countries, geo.regions)]
        if not bodies:  # most paragraphs of a list of short lines: nothing to resolve or align
            return []
        kept = with_owners(words, bodies, resolve(bodies), self.p, self.romance is not None)
        if self.romance is not None:
            name_as_written(view, kept)
        return to_results(doc, view, kept, geo, self.by_key)

    def _collect(self, view: WordView) -> list[Found]:
        """Every candidate of the rules, overlaps unresolved."""
        found = [
            item
            for item in scan(view)
            if fold(view.span_text(item.first, item.last)) not in self.p.not_names
        ]
        for item in found:
            if item.label == "AGENCY":
                trailing_word(view, item)  # "Task Force programme"
        found.extend(cues.lowercase_heads(view))
        found.extend(self.known.listed(view.words))
        apply_known(view, self.by_key, found)
        found.extend(self.definitions.definitions(view, found))
        found.extend(cues.programme_words(view, self.by_key, found))
        found.extend(cues.quoted(view))
        found.extend(cues.titles(view))
        found.extend(cues.bare_acronyms(view))
        found.extend(cues.system_names(view, found))
        return found
