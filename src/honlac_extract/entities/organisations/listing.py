"""Well-known bodies and programmes (``organisations.json``): matched in the text, and given
to a pattern name that is one of them (canonical name, acronym, label, kind)."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .data import KnownBody, fold
from .found import Found
from .view import WordView
from .words import Word, words_of


class KnownNames:
    """Phrase matchers over our words for every written form of the listed bodies."""

    def __init__(self, nlp: Language, bodies: tuple[KnownBody, ...]) -> None:
        self.vocab = nlp.vocab
        self.bodies: dict[str, KnownBody] = {}
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        claimed: dict[str, str] = {}  # folded form -> language of the first body with it
        for number, body in enumerate(bodies):
            key = f"ORG|{number}"
            self.bodies[key] = body
            written = [
                f
                for f in body.forms()
                if claimed.setdefault(fold(f), body.language) == body.language
            ]
            forms = [self._word_doc(words_of(form)) for form in written]
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

    def listed(self, words: list[Word]) -> list[Found]:
        """Every listed form in the words (several-word forms capitalised)."""
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


def apply_known(view: WordView, by_key: dict[str, KnownBody], found: list[Found]) -> None:
    """A pattern name that is a known body takes the list's name, acronym, label, kind."""
    words = view.words
    for item in found:
        if item.source == "list":
            continue
        text = view.span_text(item.first, item.last)
        body = by_key.get(fold(text))
        if body is None and item.last - item.first > 1 and words[item.first].acronym:
            rest = text[words[item.first + 1].start - words[item.first].start :]
            body = by_key.get(fold(rest))
        if body is None:
            continue
        item.label, item.kind, item.name = body.label, body.kind, body.name
        item.country = body.country or item.country
        item.acronym = body.acronym
        item.source = "list"
        item.short = False
