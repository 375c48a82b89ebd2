"""Context rules for languages whose adjectives follow the noun (Spanish, French).

English writes "Mexican pesos", "United States dollars" and "Spanish authorities": the word
after a mention decides. Spanish and French write "pesos mexicanos", "dólares de los Estados
Unidos", "dollars des États-Unis" and "el Gobierno español", "le Gouvernement français": the
words before it decide.

* a country or demonym after a currency word (through up to two ``currency_links``: "de los")
  names a currency; a demonym right after a number is a currency or a head count ("100
  bolivianos");
* a demonym that is also a language name counts only after a content word that is no
  ``language_blocker`` ("en español", "Original : anglais" and "inglés y francés" are
  languages);
* a country name that is also a name is dropped after a title or place word, or a capitalised
  word ("Sr. Israel", "Lago Chad"); a given name also before a capitalised word ("Maurice
  Dupont").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .gazetteer import Gazetteer, Place

NO_RULE, CURRENCY, LANGUAGE, PERSON, GIVEN_NAME = 0, 1, 2, 3, 4
_LINKS = 2  # at most this many link words between a currency word and a country ("de los")


def _word_before(doc: Doc, index: int) -> Token | None:
    """The last non-space token before ``index``."""
    index -= 1
    while index >= 0 and doc[index].is_space:
        index -= 1
    return doc[index] if index >= 0 else None


def _after_currency(doc: Doc, start: int, words: Gazetteer) -> bool:
    previous = _word_before(doc, start)
    for _ in range(_LINKS):
        if previous is None or previous.lower_ not in words.currency_links:
            break
        previous = _word_before(doc, previous.i)
    return previous is not None and previous.lower_ in words.currency_words


def _capitalised_word(token: Token | None) -> bool:
    return token is not None and token.is_alpha and token.is_title and not token.is_stop


def _blocks_name(previous: Token | None, words: Gazetteer) -> bool:
    """A title, place word or capitalised word before a name: "Sr. Israel", "Lago Chad"."""
    if previous is None:
        return False
    return previous.text in words.blocking_previous or _capitalised_word(previous)


def plausible(doc: Doc, start: int, end: int, rule: int, place: Place, words: Gazetteer) -> bool:
    """Whether the mention ``doc[start:end]`` is a place by the rules of the module doc."""
    previous = _word_before(doc, start)
    if _after_currency(doc, start, words):
        return False
    if place.demonym and previous is not None and previous.like_num:
        return False
    if rule == LANGUAGE:
        return (
            previous is not None
            and previous.is_alpha
            and not previous.is_stop
            and previous.lower_ not in words.language_blockers
        )
    if rule in (PERSON, GIVEN_NAME) and _blocks_name(previous, words):
        return False
    if rule == GIVEN_NAME and end < len(doc):
        return not _capitalised_word(doc[end])
    return True
