"""What a quantity counts or measures: the noun phrase after it, "of <noun phrase>", a subject.

English noun phrases end at their head ("403 public officials"); Spanish and French ones start
with it and go on with adjectives that agree in number ("403 funcionarios públicos",
"laboratoires clandestins"), so each language's data says which kind it has (``head_first``).
Where the data names a counted or measured thing ("cocaína", "agentes de policía"), the item
is written as English names it, so every language gives the same item for the same thing.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

import regex

from ..dates.grammar import words
from .lexicon import head_first, phrases, vocabulary, wordset

MAX_ITEM_WORDS = 6
TOKEN = regex.compile(r"\s*([^\W\d_][\w'’.-]*[\w’']|[^\W\d_]|\S)")

_last_token: tuple[str, int, regex.Match[str] | None] = ("", -1, None)


def token_at(text: str, pos: int) -> regex.Match[str] | None:
    """``TOKEN.match(text, pos)``, the last answer remembered: the rules after a number ask
    for the word after it two or three times in a row (the modifier, the noun phrase, "one")."""
    global _last_token
    last = _last_token  # one tuple, replaced whole: safe to read from several threads
    if last[1] == pos and last[0] is text:
        return last[2]
    found = TOKEN.match(text, pos)
    _last_token = (text, pos, found)
    return found


def plural_head(word: str, language: str = "en") -> bool:
    """Whether a word ends a counted English noun phrase ("officials", "people"), or is plural
    in a head-first language ("funcionarios", "réseaux")."""
    return _plural(word.casefold(), language)


@lru_cache(maxsize=8192)
def _plural(folded: str, language: str) -> bool:
    """:func:`plural_head` of a case-folded word (asked for every word of every item)."""
    if folded in wordset(language, "irregular_plurals"):
        return True
    not_plural = tuple(vocabulary(language).get("not_plural_endings", ()))
    if folded in wordset(language, "not_plural") or folded.endswith(not_plural) or len(folded) < 3:
        return False
    return folded.endswith(tuple(vocabulary(language).get("plural_endings", ("s",))))


def noun_phrase(
    text: str, pos: int, language: str = "en", commas: bool = True, counted: bool = False
) -> tuple[str, int] | None:
    """The noun phrase starting at ``text[pos:]`` and its end offset, or None.

    ``commas`` lets coordinated adjectives through ("three local, selective prevention
    projects"); a measured substance takes none ("11.7 tons of cocaine, almost double").
    ``counted``: the phrase follows a count of several, so a head-first language wants a
    plural head (or a name: "13 Estados Miembros", "300 ONG").
    """
    if head_first(language):
        return known_item(text, pos, language) or _head_first_phrase(text, pos, language, counted)
    stops = wordset(language, "item_stop_words")
    found: list[str] = []
    end = pos
    for word, token_end in _words(text, pos):
        if word == ",":
            after = token_at(text, token_end)
            nxt = after.group(1) if after else ""
            if commas and found and _coordinated(found[-1], nxt, stops, language):
                found.append(",")
                continue
            break
        if not word[:1].isalpha() or word.casefold() in stops:
            break
        found.append(word)
        end = token_end
        if plural_head(word, language):
            break  # the head: nothing after it joins the item (asked before the next word)
    return (text[pos:end].strip(), end) if found else None


def _words(text: str, pos: int) -> Iterator[tuple[str, int]]:
    """(word, end offset) of the tokens from ``pos`` on, while an item may still grow (it
    stops after ``MAX_ITEM_WORDS`` yielded: the caller keeps fewer, or as many, of them)."""
    cursor = pos
    for _ in range(MAX_ITEM_WORDS):
        token = token_at(text, cursor)
        if token is None:
            return
        cursor = token.end()
        yield token.group(1), cursor


def _coordinated(last: str, nxt: str, stops: frozenset[str], language: str) -> bool:
    """ "local, selective projects": a comma between adjectives, not after the head."""
    return (
        not plural_head(last, language)
        and nxt[:1].isalpha()
        and nxt[:1].islower()
        and nxt.casefold() not in stops
    )


def _head_first_phrase(text: str, pos: int, language: str, counted: bool) -> tuple[str, int] | None:
    """ "403 funcionarios públicos capacitados": the head and the words agreeing with it in
    number, up to a function word or a participle ("capacitados": what was done to them)."""
    stops = wordset(language, "item_stop_words")
    found: list[str] = []
    end = pos
    for word, token_end in _words(text, pos):
        folded = word.casefold()
        if not word[:1].isalpha() or folded in stops:
            break
        if found and (
            plural_head(word, language) != plural_head(found[0], language)
            or _participle(folded, language)
        ):
            break
        found.append(word)
        end = token_end
    if not found or (counted and not _count_head(found[0], language)):
        return None
    return text[pos:end].strip(), end


def _participle(folded: str, language: str) -> bool:
    vocab = vocabulary(language)
    if folded.endswith(tuple(vocab.get("participle_exceptions", ()))):
        return False
    return folded.endswith(tuple(vocab.get("participle_endings", ())))


def _count_head(word: str, language: str) -> bool:
    """A noun a count can head: plural ("agentes"), or a name or acronym ("300 ONG")."""
    return plural_head(word, language) or not word[:1].islower()


@cache
def _known_items(language: str) -> regex.Pattern[str] | None:
    names = vocabulary(language).get("item_names")
    return regex.compile(rf"\s*((?i:{words(names)}))(?!\w)") if names else None


def known_item(text: str, pos: int, language: str) -> tuple[str, int] | None:
    """A thing the data names at ``text[pos:]`` ("clorhidrato de cocaína"), in English."""
    pattern = _known_items(language)
    found = pattern.match(text, pos) if pattern is not None else None
    name = _item_names(language).get(" ".join(found.group(1).casefold().split())) if found else None
    return (name, found.end()) if name is not None and found is not None else None


@cache
def _item_names(language: str) -> dict[str, str]:
    names: dict[str, str] = vocabulary(language).get("item_names", {})
    return {" ".join(key.casefold().split()): name for key, name in names.items()}


def count_modifier(text: str, end: int, language: str = "en") -> int | None:
    """End of a determiner-like word right after a count ("178 such persons", "12 other
    officers", "35 more cases"). The item is read after it, so a modifier that is also a stop
    word ("such") does not end the item before its noun; the item keeps it, as "other
    countries" does."""
    modifiers = wordset(language, "count_modifiers")
    if not modifiers:  # Spanish has none
        return None
    token = token_at(text, end)
    if token is None or token.group(1).casefold() not in modifiers:
        return None
    return int(token.end())


def partitive(text: str, end: int, language: str = "en") -> tuple[str, int] | None:
    """ "three of the largest such companies": the plural noun phrase after "of the" that a
    count of two or more picks from (item "largest such companies"); not another count ("two
    of the three ports") nor a singular ("3 of the provisional agenda")."""
    pattern = phrases(language).partitive
    of = pattern.match(text, end, end + 20) if pattern is not None else None
    if of is None or of.group(1).casefold() not in wordset(language, "partitive_determiners"):
        return None
    phrase = noun_phrase(text, of.end(), language)
    if phrase is None:
        return None
    modifier = count_modifier(text, phrase[1], language)  # "largest such companies"
    rest = noun_phrase(text, modifier, language) if modifier is not None else None
    if rest is not None:
        phrase = (text[of.end() : rest[1]].strip(), rest[1])
    found = phrase[0].split()
    if found[0].casefold() in vocabulary(language)["number_words"]:
        return None
    return phrase if plural_head(found[-1], language) else None


@cache
def _copulas(language: str) -> tuple[str, ...]:
    """Verbs that tie a measure to its subject, longest first ("was estimated at" before "was")."""
    return tuple(sorted(wordset(language, "change_copulas"), key=lambda c: (-len(c), c)))


def measure_item(text: str, start: int, end: int, language: str = "en") -> str | None:
    """What a measure measures: "of <noun phrase>" after it, or the subject before a copula."""
    rules = phrases(language)
    of = rules.of.match(text, end, end + 6)
    if of:
        phrase = noun_phrase(text, of.end(), language, commas=False)
        if phrase:
            return phrase[0]
    before = text[max(0, start - 120) : start]
    tail = before.rstrip().casefold()
    copula = next((c for c in _copulas(language) if tail.endswith(f" {c}")), None)
    if copula is None:
        return None
    clause = rules.clause_break.split(before.rstrip()[: -len(copula)])[-1]
    clause = rules.leading_determiner.sub("", clause.strip())
    item = rules.subject_end.split(clause)[0].strip()
    if head_first(language):
        item = (known_item(item, 0, language) or (item, 0))[0]
    return item if item and len(item.split()) <= MAX_ITEM_WORDS else None
