"""Note-level linking of AGENCY and PROGRAMME mentions.

The spaCy components see one paragraph at a time, so what needs the whole note happens here,
after every paragraph is processed:

1. a bare acronym ("FELCN", "DEVIDA") or an acronym-named programme ("the PREDEM project")
   takes the name, label, kind and country of the note's definition of that acronym; a bare
   acronym the note never defines (and no list knows) is not an organisation ("THC") and is
   dropped;
2. a short form made only of generic words ("the Regional Office", "the Country Office",
   "the Programme") resolves to the most recent earlier body whose name holds all its words
   and whose country agrees; a one-word short form ("the Office") only within its own or the
   previous paragraph, and is dropped when nothing fits; one that holds an event ("the
   sixtieth session of the Commission") falls back on the latest international body that fits;
3. every mention of one body gets the same ``entity_id`` ("org-1", "org-2", ... in order of
   first mention): mentions share a body when they share an acronym, or a name (with its
   trailing country removed) and a country; each mention then carries the body's canonical
   name, acronym and kind.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from math import ceil

from ..entities.organisations.data import fold
from ..models import Entity
from .validated import updated

ORG_LABELS = ("AGENCY", "PROGRAMME")
_BARE = "acronym:bare"
_SHORT = "pattern:short-form"
_HOST = "pattern:short-form:host"
"""A short form after "<event> of the" ("session of the Commission"): the body holding it."""
_IGNORED = frozenset({"the", "unodc", "its", "of", "in", "for"})
_LINKED_FIELDS = ("name", "acronym", "kind", "country", "label")
_CONNECTORS = frozenset({"of", "for", "to", "against", "on", "in", "without"})
_PROGRAMME_HEADS = frozenset({"programme", "program", "project", "initiative"})
_LONGEST_ABRIDGED = 200
"""Characters an abridged name may have: a name thousands of words long (a paragraph of
capitalised words) is cut only near its start, so the cuts stay linear in its length."""
VARIANT_OVERLAP = 0.75
"""Share of content words two wordings of one national body must have in common."""


@dataclass
class _Mention:
    index: int
    entity: Entity
    keys: list[tuple[str, ...]] = field(default_factory=list)
    antecedent: int | None = None


@lru_cache(maxsize=65536)
def _words(text: str) -> frozenset[str]:
    """Content words, crudely singular ("offices" = "office")."""
    words = set()
    for word in fold(text).split():
        if word in _IGNORED:
            continue
        words.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return frozenset(words)


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    """:func:`fold`, remembered: a note names the same few bodies many times."""
    return fold(text)


@lru_cache(maxsize=65536)
def _mention_words(name: str, text: str) -> frozenset[str]:
    """Content words of a mention's name and text together."""
    return _words(name) | _words(text)


def _is_bare(entity: Entity) -> bool:
    return entity.source == _BARE or (entity.name is None and entity.acronym is not None)


def _compatible(left: Entity, right: Entity) -> bool:
    return left.country is None or right.country is None or left.country == right.country


def _definitions(entities: Sequence[Entity]) -> dict[str, Entity]:
    """Acronym -> the first mention that gives it a long name (text definitions first)."""
    table: dict[str, Entity] = {}
    ranked = sorted(
        (e for e in entities if e.label in ORG_LABELS and e.acronym and e.name),
        key=lambda e: (0 if "definition" in e.source else 1, e.start),
    )
    for entity in ranked:
        if entity.name and entity.acronym and fold(entity.name) != fold(entity.acronym):
            table.setdefault(entity.acronym.upper(), entity)
            written = _written_acronym(entity.text)
            if written:  # "(PCC)" of a body listed under its English acronym (CCP)
                table.setdefault(written.upper(), entity)
    return table


def _written_acronym(text: str) -> str | None:
    """The acronym in brackets that closes a definition's text ("... conteneurs (PCC)")."""
    if not text.endswith(")"):
        return None
    opened = text.rfind("(")
    inner = text[opened + 1 : -1] if opened > 0 else ""
    return inner if inner.isalnum() and inner.isupper() else None


def _adopt(entity: Entity, model: Entity, source: str | None = None) -> Entity:
    update = {name: getattr(model, name) for name in _LINKED_FIELDS if getattr(model, name)}
    if model.kind not in (None, "national"):
        update["country"] = model.country  # "the Office" for UNODC has no country
    if source:
        update["source"] = source
    return updated(entity, update)


class _WordIndex:
    """Mentions by content word, so a short form looks only at mentions sharing a word.

    Built lazily from the mention list: only a short form reads it, and many notes (or long
    lists of one body) have few or none, so indexing every mention up front was wasted work.
    """

    def __init__(self, mentions: list[_Mention]) -> None:
        self._mentions = mentions
        self._indexed = 0
        self._positions: dict[str, list[int]] = {}
        self._names: dict[str, set[str]] = {}

    def _catch_up(self) -> None:
        for position in range(self._indexed, len(self._mentions)):
            entity = self._mentions[position].entity
            name = _fold(entity.name or entity.text)
            for word in _mention_words(entity.name or "", entity.text):
                self._positions.setdefault(word, []).append(position)
                self._names.setdefault(word, set()).add(name)
        self._indexed = len(self._mentions)

    @property
    def positions(self) -> dict[str, list[int]]:
        """Content word -> positions (in the mention list) of the mentions holding it."""
        self._catch_up()
        return self._positions

    @property
    def names(self) -> dict[str, set[str]]:
        """Content word -> folded names of the mentions holding it."""
        self._catch_up()
        return self._names


def _antecedent(mentions: list[_Mention], index: _WordIndex, entity: Entity) -> int | None:
    """The most recent earlier body whose name holds every word of the short form.

    A one-word short form ("the Office") looks only in its own and the previous paragraph,
    unless a single body of the whole note so far fits it ("the Subcommission").
    """
    wanted = _words(entity.text)
    if not wanted:
        return None
    rarest = min(sorted(wanted), key=lambda word: len(index.positions.get(word, ())))
    for position in reversed(index.positions.get(rarest, [])):
        other = mentions[position].entity
        if not wanted <= _mention_words(other.name or "", other.text):
            continue
        if not _compatible(entity, other):
            continue
        if len(wanted) > 1 or (
            other.paragraph is not None
            and entity.paragraph is not None
            and entity.paragraph - other.paragraph <= 1
        ):
            return mentions[position].index
        if len(index.names.get(rarest, ())) == 1:
            return mentions[position].index
        return None
    return None


def _host(mentions: list[_Mention], index: _WordIndex, entity: Entity) -> int | None:
    """The most recent international body whose name holds the short form's words: the
    one that holds numbered sessions ("the sixty-first session of the Commission" is the
    Commission on Narcotic Drugs, not a national commission named in between)."""
    wanted = _words(entity.text)
    if not wanted:
        return None
    rarest = min(sorted(wanted), key=lambda word: len(index.positions.get(word, ())))
    for position in reversed(index.positions.get(rarest, [])):
        other = mentions[position].entity
        if other.kind == "international" and wanted <= _mention_words(other.name or "", other.text):
            return mentions[position].index
    return None


def _base_name(entity: Entity, countries: Sequence[Entity], starts: Sequence[int]) -> str:
    """The folded name without a trailing country ("... of Panama" -> "...").

    ``countries`` are the COUNTRY mentions sorted by start, ``starts`` their starts.
    """
    key = _fold(entity.name or entity.text)
    for position in range(bisect_left(starts, entity.start), len(starts)):
        country = countries[position]
        if country.start > entity.end:
            break
        if country.end > entity.end:
            continue
        tail = _fold(country.text)
        if tail and key.endswith(" " + tail):
            key = key[: -len(tail) - 1]
            for connector in (" of", " in", " of the", " in the"):
                if key.endswith(connector):
                    key = key[: -len(connector)]
            break
    return key


def link_entities(entities: Sequence[Entity]) -> list[Entity]:
    """The entities with AGENCY/PROGRAMME mentions resolved and ``entity_id`` assigned.

    Other labels pass through unchanged; ids are renumbered ("e1", ...) when mentions drop.
    """
    definitions = _definitions(entities)
    countries = sorted((e for e in entities if e.label == "COUNTRY"), key=lambda e: e.start)
    resolved: list[Entity | None] = list(entities)
    mentions: list[_Mention] = []
    words = _WordIndex(mentions)
    for index, entity in enumerate(entities):
        if entity.label not in ORG_LABELS:
            continue
        current: Entity | None = entity
        antecedent = None
        if _is_bare(entity) and entity.acronym:
            model = definitions.get(entity.acronym.upper())
            if model is not None:
                current = _adopt(entity, model, "linking:acronym")
            elif entity.source == _BARE:
                current = None
        elif entity.source in (_SHORT, _HOST):
            antecedent = _antecedent(mentions, words, entity)
            if antecedent is None and entity.source == _HOST:
                antecedent = _host(mentions, words, entity)
            if antecedent is not None:
                model = resolved[antecedent]
                current = _adopt(entity, model, "linking:short-form") if model else None
            elif len(_words(entity.text)) <= 1:
                current = None
        resolved[index] = current
        if current is not None:
            mentions.append(_Mention(index, current, antecedent=antecedent))
    _assign_ids(mentions, resolved, countries)
    kept = [e for e in resolved if e is not None]
    if len(kept) == len(entities):
        return kept
    return [updated(e, {"id": f"e{n}"}) for n, e in enumerate(kept, start=1)]


def _assign_ids(
    mentions: list[_Mention], resolved: list[Entity | None], countries: Sequence[Entity]
) -> None:
    """Union mentions sharing an acronym or (base name, country); fill canonical fields."""
    parent = list(range(len(mentions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        low, high = sorted((root(a), root(b)))
        parent[high] = low

    owner: dict[tuple[str, ...], int] = {}
    position = {m.index: n for n, m in enumerate(mentions)}
    starts = [country.start for country in countries]
    bases = [_base_name(m.entity, countries, starts) for m in mentions]
    for n, mention in enumerate(mentions):
        entity = mention.entity
        keys: list[tuple[str, ...]] = [("name", bases[n], entity.country or "")]
        if entity.acronym:
            keys.append(("acronym", entity.acronym.upper()))
        for key in keys:
            if key in owner:
                union(owner[key], n)
            else:
                owner[key] = n
        if mention.antecedent is not None and mention.antecedent in position:
            union(position[mention.antecedent], n)
    _union_variants(mentions, bases, union)
    _union_abridged(mentions, union)
    groups: dict[int, list[int]] = {}
    for n in range(len(mentions)):
        groups.setdefault(root(n), []).append(n)
    for number, members in enumerate(sorted(groups.values(), key=min), start=1):
        canonical = _canonical([mentions[n].entity for n in members])
        acronym = next(
            (mentions[n].entity.acronym for n in members if mentions[n].entity.acronym), None
        )
        for n in members:
            entity = mentions[n].entity
            update = {
                "entity_id": f"org-{number}",
                "name": canonical.name or entity.name,
                "acronym": canonical.acronym or acronym,
                "kind": canonical.kind or entity.kind,
                "label": canonical.label,
            }
            resolved[mentions[n].index] = updated(entity, update)


def _head(key: str) -> str:
    """The head noun of a folded name: the last word before the first connector."""
    words = key.split()
    for position, word in enumerate(words):
        if word in _CONNECTORS and position:
            return words[position - 1]
    return words[-1] if words else ""


def _union_variants(
    mentions: list[_Mention], bases: Sequence[str], union: Callable[[int, int], None]
) -> None:
    """Wording variants of one national body ("Special Force to Combat Drug Trafficking" /
    "Special Force against Drug Trafficking"): same label, country and head noun, and most
    content words shared."""
    seen: dict[tuple[str, str, str], int] = {}
    for n, mention in enumerate(mentions):
        entity = mention.entity
        if entity.country is None or entity.kind != "national" or _is_bare(entity):
            continue
        key = bases[n]
        seen.setdefault((entity.label, entity.country, key), n)
    buckets: dict[tuple[str, str, str], list[tuple[str, int]]] = {}
    for (label, country, key), n in sorted(seen.items(), key=lambda item: item[1]):
        buckets.setdefault((label, country, _head(key)), []).append((key, n))
    for bucket in buckets.values():  # only names with one label, country and head compete
        for n, m in _similar_pairs([_words(key) - _CONNECTORS for key, _ in bucket]):
            union(bucket[n][1], bucket[m][1])


def _similar_pairs(sets: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of non-empty sets with a Jaccard overlap of at least
    ``VARIANT_OVERLAP``, without comparing every pair (prefix filtering).

    Two sets that overlap that much share a word among the first ``|x| - ceil(t |x|) + 1``
    words of each, in one fixed order (rarest first): only the sets sharing such a word are
    compared, so thousands of distinct names of one head cost about one comparison each.
    """
    counts: dict[str, int] = {}
    for words in sets:
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    holders: dict[str, list[int]] = {}
    pairs: list[tuple[int, int]] = []
    for j, words in enumerate(sets):
        if not words:
            continue
        ordered = sorted(words, key=lambda word: (counts[word], word))
        prefix = ordered[: len(ordered) - ceil(VARIANT_OVERLAP * len(ordered) - 1e-9) + 1]
        candidates = sorted({i for word in prefix for i in holders.get(word, ())})
        for i in candidates:
            other = sets[i]
            if len(words & other) / len(words | other) >= VARIANT_OVERLAP:
                pairs.append((i, j))
        for word in prefix:
            holders.setdefault(word, []).append(j)
    return pairs


def _union_abridged(mentions: list[_Mention], union: Callable[[int, int], None]) -> None:
    """A name cut before its post-modifier ("Early Warning Advisory" for "Early Warning
    Advisory on New Psychoactive Substances") or before its head noun ("Strong Families" for
    "Strong Families Programme") denotes the earlier body it abridges, if only one fits."""
    firsts: dict[tuple[str, str], int] = {}
    for n, mention in enumerate(mentions):
        entity = mention.entity
        firsts.setdefault((entity.label, _fold(entity.name or entity.text)), n)
    buckets: dict[tuple[str, str], list[tuple[str, int]]] = {}
    for (label, name), n in sorted(firsts.items(), key=lambda item: item[1]):
        buckets.setdefault((label, name.split(" ", 1)[0]), []).append((name, n))
    for (label, _), names in buckets.items():  # an abridged name keeps the first word
        longer = _abridged_forms(names)
        for position, (short, n) in enumerate(names):
            if len(short.split()) < 2:
                continue
            forms = longer.get(short, [])
            fits = [
                m
                for at, m, _head in forms
                if at < position and _compatible(mentions[m].entity, mentions[n].entity)
            ]
            if len(fits) == 1:
                union(fits[0], n)
            elif not fits and label == "PROGRAMME":
                later = [m for at, m, head in forms if at > position and head]
                if len(later) == 1:
                    union(n, later[0])


def _abridged_forms(names: Sequence[tuple[str, int]]) -> dict[str, list[tuple[int, int, bool]]]:
    """Every abridged form a name could have -> (position, mention, cut before a programme
    head) of the names it abridges. A name abridges ``long`` when ``long`` is it plus a
    programme head ("... programme") or plus a post-modifier (a connector first: "... on
    ..."); each name is cut at each of its spaces once, so no name is compared with every
    other of its bucket."""
    forms: dict[str, list[tuple[int, int, bool]]] = {}
    for position, (long, m) in enumerate(names):
        space = long.find(" ")
        while space != -1 and space <= _LONGEST_ABRIDGED:
            following = long.find(" ", space + 1)
            # the word after the space (no slice of the whole rest: a name thousands of
            # words long would make this quadratic); a programme head is one last word
            first = long[space + 1 :] if following == -1 else long[space + 1 : following]
            head = following == -1 and first in _PROGRAMME_HEADS
            if head or first in _CONNECTORS:
                forms.setdefault(long[:space], []).append((position, m, head))
            space = following
    return forms


def _canonical(group: list[Entity]) -> Entity:
    """The mention whose fields name the body: a text definition, a listed body, the longest."""
    for entity in group:
        if "definition" in entity.source:
            return entity
    for entity in group:
        if entity.source == "list":
            return entity
    return max(group, key=lambda e: (len(e.name or ""), -e.start))
