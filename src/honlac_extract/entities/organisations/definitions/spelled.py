"""Schwartz–Hearst long forms: the words right before "(ACR)" whose letters spell it.

The shortest run of capitalised words (with the connectors "of", "for", "and", "the", "on",
"against", "in", "to" between them) right before the parenthesis whose letters spell the
acronym, its first letter a word's initial; at most min(n + 5, 2n) words for n letters. With a
definition the letters are the evidence: no head noun is needed ("National Agency for Food and
Drug Administration and Control (NAFDAC)", "... Drug Control Superintendence (SUNAD)"). A long
form ending in a thing rather than a body ("Sustainable Development Goals (SDGs)"), or in a
plural with no head noun anywhere ("Synthetic Opioid Analogues (SOA)"), defines nothing. The
label follows the last word if it is a head noun, else the first head noun inside
("Cooperation Programme between ... on Drugs Policies (COPOLAD)" is a programme).
"""

from __future__ import annotations

from functools import cache

from ....resources import data_json
from ...acronyms import is_acronym, letters_match
from ..found import Found
from ..view import WordView

_CONNECTORS = frozenset(
    {"of", "for", "and", "the", "on", "against", "in", "to", "&", "between", "with", "among", ","}
)
"""Lower-case words (and list commas) a Schwartz–Hearst long form may hold between its
capitalised words ("Cooperation Programme between Latin America, the Caribbean and ...")."""


def spelled(
    view: WordView, short: str, open_index: int, owners: list[Found], elided: bool = False
) -> Found | None:
    """The long form of ``short`` when no name found so far (``owners``) spells it."""
    letters = [c for c in short if c.isalnum()]
    if not is_acronym(short) or not 2 <= len(letters) <= 10:
        return None
    if any(letters_match(short, view.span_text(f.first, f.last)) == 0 for f in owners):
        return None  # a name found by pattern already spells it
    last = open_index - 1
    tail = view.base(last)
    if not view.nameword(last):
        return None
    limit = min(len(letters) + 5, 2 * len(letters))
    first = _first_word(view, short, _window_start(view, open_index, limit), open_index, owners)
    if first is None:
        return None
    at = (
        last
        if view.is_head(last)
        else next((i for i in range(first, last) if _standing_head(view, i)), None)
    )
    if tail in view.p.not_body_heads and not elided and at is None:
        return None  # "Transnational Organized Crime (TOC)": a thing, not a body
    plural = tail.endswith("s") and not tail.endswith("ss")
    if at is None and plural and tail not in view.p.singular_s_words and not elided:
        return None  # "Synthetic Opioid Analogues (SOA)": things, not one body
    return _made(view, first, open_index, last if at is None else at, at is None)


def _standing_head(view: WordView, index: int) -> bool:
    """A head noun, or an event word that names a standing body once it defines an acronym
    ("Indian Ocean Forum on Maritime Crime (IOFMC)")."""
    return view.is_head(index) or (view.nameword(index) and view.base(index) in view.p.event_words)


def _window_start(view: WordView, open_index: int, limit: int) -> int:
    """First word of the window before the parenthesis: at most ``limit`` name words and the
    connectors between them."""
    start, count = open_index, 0
    while start > 0 and count < limit:
        previous = start - 1
        if view.nameword(previous):
            count += 1
        elif view.words[previous].text not in _CONNECTORS:
            break
        start = previous
    return start


def _first_word(
    view: WordView, short: str, start: int, open_index: int, owners: list[Found]
) -> int | None:
    """The long form's first word: where the letters begin to spell, moved back to the start
    of its capitalised run when the initials spell from there ("Partnership Programme
    between ...", not "Programme ..."); None when no name word begins there."""
    words, last = view.words, open_index - 1
    if start >= open_index:
        return None
    base = words[start].start
    offset = letters_match(short, view.text[base : words[last].end])
    if offset is None:
        return None
    first = next(i for i in range(start, open_index) if words[i].end > base + offset)
    if (
        words[first].start != base + offset
        or not view.nameword(first)
        or words[first].lower in view.p.function_words
        or last - first < 1
        or view.country_at(first, open_index)
        or any(f.first <= first for f in owners)
    ):
        return None
    run = first
    while (
        run > start and view.nameword(run - 1) and words[run - 1].lower not in view.p.function_words
    ):
        run -= 1
    if run < first and _spells_from_start(short, view.span_text(run, open_index)):
        return run
    return first


def _made(view: WordView, first: int, open_index: int, at: int, headless: bool) -> Found:
    """The candidate over ``[first, open_index)`` whose head is word ``at``."""
    p = view.p
    head = view.base(at)
    if head in p.programme_heads:
        made = Found(first, open_index, "PROGRAMME", "pattern:head", head=head)
        made.kind = p.programme_heads[head]
    elif headless and head.endswith(_headless_suffixes()):
        # "Border Management Cooperation (BOMCO)": an activity, not a body
        made = Found(first, open_index, "PROGRAMME", "pattern:head", head=head)
        made.kind = "programme"
    else:
        made = Found(first, open_index, "AGENCY", "pattern:head", head=head)
    made.head_at = at
    made.premods = tuple(view.words[i].lower for i in range(first, at))
    return made


@cache
def _headless_suffixes() -> tuple[str, ...]:
    """Endings of activity nouns that make a headless long form a programme."""
    return tuple(data_json("organisation_patterns.json")["headless_programme_suffixes"])


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
