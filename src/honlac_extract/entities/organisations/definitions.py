"""Acronym definitions: the rules that join a long name and its short form.

* "Long Form (ACR)": the name right before the parenthesis takes the acronym and its span
  grows to the closing parenthesis ("Federal Commission ... (COFEPRIS)"); when the acronym's
  letters spell only a name nested at the end of a longer one, the nested name is defined
  ("Implementation Agency ... of the Caribbean Community (CARICOM)");
* "Short (Long Form)": capitals that spell the long form's initials ("LE TrainNet (Law
  Enforcement Training Network)");
* Schwartz–Hearst long forms when no pattern name spells the acronym: the letters are the
  evidence, no head noun needed ("National Agency for Food and Drug Administration and Control
  (NAFDAC)"), also sentence-case ones led by a head noun ("Office central de ... (OCRTIS)");
* long forms without a head noun, recognised by a programme word beside them ("the
  interregional programme Strengthening ... (CRIMJUST)", "Security Cooperation in Panama
  (SECOPA) project").
"""

from __future__ import annotations

from functools import cache

from ...resources import data_json
from ..acronyms import capitals, is_acronym, letters_match
from .data import KnownBody, Patterns, fold
from .patterns import (
    MAX_LONG_FORM,
    STOPS,
    Found,
    NameScanner,
    Word,
    copy_found,
    squash,
)

_CONNECTORS = frozenset(
    {"of", "for", "and", "the", "on", "against", "in", "to", "&", "between", "with", "among", ","}
)
"""Lower-case words (and list commas) a Schwartz–Hearst long form may hold between its
capitalised words ("Cooperation Programme between Latin America, the Caribbean and ...")."""

_PHRASE_STARTS = frozenset({"the", "of", "for", "on", "in", "and", "against", "to"})
"""Words before a name nested at the end of a longer one ("... of the Caribbean Community")."""


class DefinitionRules:
    """Finds acronym definitions among pattern and list names."""

    def __init__(self, patterns: Patterns, by_key: dict[str, KnownBody]) -> None:
        self.p = patterns
        self.by_key = by_key

    def definitions(self, scanner: NameScanner, found: list[Found]) -> list[Found]:
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
                (i for i in range(index + 2, min(index + 16, scanner.n)) if words[i].text == ")"),
                None,
            )
            if close is None:
                continue
            reverse = inside.get((index + 1, close))
            if reverse is not None and close - index > 2:
                made_reverse = self._reverse(scanner, reverse, index, close)
                if made_reverse:
                    extra.extend(made_reverse)
                    continue
            short = scanner.text[words[index + 1].start : words[close - 1].end]
            if not self._short_form(words, index + 1, close, short):
                continue
            short = _acronym_part(words, index + 1, close, short)
            owners = ending.get(index, [])
            spelled = self._spelled(scanner, short, index, owners)
            if spelled is None and not owners:
                spelled = self._head_first(scanner, short, index)
            if spelled is None and not owners:
                spelled = self._elided_head(scanner, short, index)
            if spelled is not None:
                self._define(scanner, [spelled], short, index, close, extra)
                extra.append(spelled)
            elif owners:
                self._define(scanner, owners, short, index, close, extra)
            else:
                made = self._headless(scanner, short, index, close)
                if made is not None:
                    extra.append(made)
        return extra

    def _elided_head(self, scanner: NameScanner, short: str, open_index: int) -> Found | None:
        """ "the Global Maritime Crime (GMCP)": the acronym's last letter is the initial of a
        programme word the long form leaves out; the rest of the letters spell the long form.
        The letter alone does not make a programme: the other letters must spell the words
        right before the parenthesis (at least two), as for any Schwartz–Hearst long form."""
        kind = _elided_letters().get(short[-1:])
        if kind is None or len(short) < 3 or not is_acronym(short[:-1]):
            return None
        made = self._spelled(scanner, short[:-1], open_index, [], elided=True)
        if made is None:
            return None
        made.label, made.kind, made.head = "PROGRAMME", kind, kind
        known = self.by_key.get(fold(short))
        if known is not None and known.label == "PROGRAMME":
            made.name, made.kind = known.name, known.kind
        return made

    def _spelled(
        self,
        scanner: NameScanner,
        short: str,
        open_index: int,
        owners: list[Found],
        elided: bool = False,
    ) -> Found | None:
        """The Schwartz–Hearst long form of ``short`` when no name found so far spells it.

        The shortest run of capitalised words (with the connectors "of", "for", "and", "the",
        "on", "against", "in", "to" between them) right before the parenthesis whose letters
        spell the acronym, its first letter a word's initial; at most min(n + 5, 2n) words for
        n letters. With a definition the letters are the evidence: no head noun is needed
        ("National Agency for Food and Drug Administration and Control (NAFDAC)", "... Drug
        Control Superintendence (SUNAD)"). A long form ending in a thing rather than a body
        ("Sustainable Development Goals (SDGs)"), or in a plural with no head noun anywhere
        ("Synthetic Opioid Analogues (SOA)"), defines nothing. The label follows the last word
        if it is a head noun, else the first head noun inside ("Cooperation Programme between
        ... on Drugs Policies (COPOLAD)" is a programme).
        """
        words = scanner.words
        letters = [c for c in short if c.isalnum()]
        if not is_acronym(short) or not 2 <= len(letters) <= 10:
            return None
        if any(
            letters_match(short, scanner.text[words[f.first].start : words[f.last - 1].end]) == 0
            for f in owners
        ):
            return None  # a name found by pattern already spells it
        last = open_index - 1
        tail = scanner.base(last)
        if not scanner.nameword(last) or (tail in self.p.not_body_heads and not elided):
            return None
        limit = min(len(letters) + 5, 2 * len(letters))
        start, count = open_index, 0
        while start > 0 and count < limit:
            previous = start - 1
            if scanner.nameword(previous):
                count += 1
            elif words[previous].text not in _CONNECTORS:
                break
            start = previous
        if start >= open_index:
            return None
        base = words[start].start
        offset = letters_match(short, scanner.text[base : words[last].end])
        if offset is None:
            return None
        first = next(i for i in range(start, open_index) if words[i].end > base + offset)
        if (
            words[first].start != base + offset
            or not scanner.nameword(first)
            or words[first].lower in self.p.function_words
            or last - first < 1
            or scanner.country_at(first, open_index)
            or any(f.first <= first for f in owners)
        ):
            return None
        run = first
        while (
            run > start
            and scanner.nameword(run - 1)
            and words[run - 1].lower not in self.p.function_words
        ):
            run -= 1
        if run < first and _spells_from_start(
            short, scanner.text[words[run].start : words[last].end]
        ):
            first = run  # initials first: "Partnership Programme between ...", not "Programme ..."
        at = (
            last
            if scanner.is_head(last)
            else next((i for i in range(first, last) if scanner.is_head(i)), None)
        )
        plural = tail.endswith("s") and not tail.endswith("ss")
        if at is None and plural and tail not in self.p.singular_s_words and not elided:
            return None  # "Synthetic Opioid Analogues (SOA)": things, not one body
        head = scanner.base(last if at is None else at)
        if head in self.p.programme_heads:
            made = Found(first, open_index, "PROGRAMME", "pattern:head", head=head)
            made.kind = self.p.programme_heads[head]
        elif at is None and head.endswith(_headless_suffixes()):
            # "Border Management Cooperation (BOMCO)": an activity, not a body
            made = Found(first, open_index, "PROGRAMME", "pattern:head", head=head)
            made.kind = "programme"
        else:
            made = Found(first, open_index, "AGENCY", "pattern:head", head=head)
        made.head_at = last if at is None else at
        made.premods = tuple(words[i].lower for i in range(first, made.head_at))
        return made

    def _head_first(self, scanner: NameScanner, short: str, open_index: int) -> Found | None:
        """A long form led by a head noun, in sentence case ("Office central de répression du
        trafic illicite des stupéfiants (OCRTIS)"): the shortest run of words right before the
        parenthesis, led by a capitalised head noun, whose word initials spell the acronym."""
        words = scanner.words
        letters = [c.lower() for c in short if c.isalnum()]
        if not is_acronym(short) or not 2 <= len(letters) <= 10:
            return None
        heads = self.p.agency_heads | self.p.spanish_heads
        limit = min(len(letters) + 5, 2 * len(letters))
        first = open_index - 1
        while first >= 0 and open_index - first <= limit and words[first].text[:1].isalpha():
            if (
                words[first].cap
                and words[first].lower in heads
                and _initials_spell(letters, words[first:open_index])
            ):
                made = Found(first, open_index, "AGENCY", "pattern:head", head=words[first].lower)
                made.head_at = first
                return made
            first -= 1
        return None

    def _short_form(self, words: list[Word], first: int, end: int, short: str) -> bool:
        if len(short) > 20 or not words[first].cap or short in self.p.not_acronyms:
            return False
        if any(not w.text[:1].isalnum() for w in words[first:end]):
            return False
        return is_acronym(words[first].text) or len(capitals(short)) >= 2 or end - first == 1

    def _define(
        self,
        scanner: NameScanner,
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
        exact = [
            f
            for f in ordered
            if letters_match(short, text(f)) == 0
            and (f is ordered[0] or scanner.words[f.first - 1].lower in _PHRASE_STARTS)
        ]
        single = " " not in short and not is_acronym(short) and not exact
        if single and len(capitals(short)) < 2:
            return
        owner = exact[0] if exact else ordered[0]
        longest = ordered[0]
        if owner is not longest:
            owner = copy_found(owner)
            extra.append(owner)
        known = self.by_key.get(fold(short))
        if owner.short and known is not None and owner.source != "list":
            # "The Board (INCB)": a generic short form defined by a listed acronym
            owner.name, owner.label, owner.kind = known.name, known.label, known.kind
            owner.country, owner.source = known.country, "list"
        owner.name = owner.name or squash(text(owner))
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
        self.trailing_word(scanner, owner)

    def trailing_word(self, scanner: NameScanner, owner: Found) -> None:
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
        self, scanner: NameScanner, long: Found, open_index: int, close: int
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
                made = copy_found(long)
                made.first, made.last = first, close + 1
                made.name = made.name or squash(
                    scanner.text[words[long.first].start : words[long.last - 1].end]
                )
                made.acronym = short
                made.protected = True
                made.source = "pattern:acronym-definition"
                return [made]
        return []

    def _headless(
        self, scanner: NameScanner, short: str, open_index: int, close: int
    ) -> Found | None:
        """A definition whose long form has no head noun: needs a programme word beside it."""
        words = scanner.words
        if not is_acronym(words[open_index + 1].text):
            return None
        word_after = words[close + 1].text if close + 1 < scanner.n else ""
        trailing = self.p.trailing_programme_words.get(word_after)
        start = open_index
        while start > 0 and open_index - start < MAX_LONG_FORM:
            previous = words[start - 1]
            if previous.text in STOPS:
                break
            if previous.text in self.p.trailing_programme_words and start < open_index:
                if scanner.nameword(start):
                    text = scanner.text[words[start].start : words[open_index - 1].end]
                    made = Found(start, close + 1, "PROGRAMME", "pattern:acronym-definition")
                    made.kind = self.p.trailing_programme_words[previous.text]
                    made.name, made.acronym, made.protected = squash(text), short, True
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
        made.name, made.acronym, made.protected = squash(text), short, True
        return made


@cache
def _elided_letters() -> dict[str, str]:
    """Acronym letter -> kind of the programme word a long form may leave out ("GMCP")."""
    table: dict[str, str] = data_json("organisation_patterns.json")["elided_programme_letters"]
    return table


@cache
def _headless_suffixes() -> tuple[str, ...]:
    """Endings of activity nouns that make a headless long form a programme."""
    return tuple(data_json("organisation_patterns.json")["headless_programme_suffixes"])


def _acronym_part(words: list[Word], first: int, end: int, short: str) -> str:
    """ "HARC team" -> "HARC": an acronym followed by lower-case words defines the acronym."""
    if end - first < 2 or not words[first].acronym:
        return short
    if all(words[i].text.islower() for i in range(first + 1, end)):
        return words[first].text
    return short


def _initials_spell(letters: list[str], words: list[Word]) -> bool:
    """Whether the initials of ``words`` spell ``letters`` in order, the first word's first."""
    if not words or words[0].lower[:1] != letters[0]:
        return False
    position = 1
    for word in words[1:]:
        if position < len(letters) and word.lower[:1] == letters[position]:
            position += 1
    return position == len(letters)


def _spells_from_start(short: str, long: str) -> bool:
    """Whether the letters of ``short`` occur in order in ``long``, the first one its first."""
    chars = [c.lower() for c in short if c.isalnum()]
    if not chars or long[:1].lower() != chars[0]:
        return False
    folded = long.lower()
    position = 1
    for char in chars[1:]:
        position = folded.find(char, position) + 1
        if position == 0:
            return False
    return True
