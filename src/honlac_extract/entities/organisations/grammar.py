"""The name grammar that finds AGENCY and PROGRAMME names no list holds.

Notes keep naming national bodies the project has never seen, so names are found by their
shape, on words (:mod:`.words`):

* a capitalised run ending in a head noun ("Federal Commission", "Airport Communication
  Programme"), optionally joined leftwards by "and" ("Liaison and Partnership Office");
* followed by post-modifiers (:mod:`.postmods`): a connector and a capitalised phrase, "in
  <place>" only after Office, a trailing "of <Country>" giving the body's country;
* head-first names ("Operation Lionfish III", Spanish "Universidad Latina de Panamá",
  :mod:`.romance.tails`).

The scan is linear in the number of words: each run is visited once and each extension only
moves forward.
"""

from __future__ import annotations

from ..acronyms import is_acronym
from .found import Found
from .postmods import extend
from .romance.tails import romance_tail, spanish
from .view import WordView


def scan(view: WordView) -> list[Found]:
    """Every pattern name, in text order (overlaps not yet resolved)."""
    found: list[Found] = []
    index = 0
    while index < view.n:
        if not view.nameword(index):
            index += 1
            continue
        end = view.run_end[index]
        for start in range(index, end):
            if view.words[start].lower not in view.p.function_words:
                break
        else:
            index = end
            continue
        candidate = _name(view, start, end, trimmed=start > index)
        if candidate is not None:
            found.append(candidate)
        index = end
    return found


def _name(view: WordView, start: int, end: int, trimmed: bool) -> Found | None:
    words, p = view.words, view.p
    if words[start].lower in p.spanish_heads:
        return spanish(view, start, end)
    head = end - 1
    if _compass_after_head(view, start, head):
        head -= 1  # "Joint Interagency Task Force South": the name ends after its head
    if view.is_head(head):
        return _headed(view, start, end, head, trimmed)
    base = view.base(start)
    if (
        base in p.head_first
        and end - start >= 2
        and words[start + 1].lower not in p.not_head_first_followers
    ):
        return Found(
            start, end, "PROGRAMME", "pattern:head-first", head=base, kind=p.head_first[base]
        )
    return None


def _headed(view: WordView, start: int, end: int, head: int, trimmed: bool) -> Found | None:
    """The name whose head noun is word ``head``, with its post-modifiers."""
    words, p = view.words, view.p
    base = view.base(head)
    if base in p.programme_heads:
        found = Found(start, end, "PROGRAMME", "pattern:head", head=base)
        found.kind = p.programme_heads[base]
    else:
        found = Found(start, end, "AGENCY", "pattern:head", head=base)
    first = start if trimmed else _left_and(view, start)
    found.first = first
    found.premods = tuple(words[i].lower for i in range(first, head))
    found.head_at = head
    joint = "-" in words[first].text and is_acronym(words[first].text.split("-")[0])
    if romance_tail(view, found):
        extend(view, found, False, False)  # "... des stupéfiants of Togo"
        return found
    extend(view, found, base in p.office_heads, joint)
    found.short = _is_short(view, found, head) and not (
        head == first and base in p.standalone_heads
    )
    if found.short and head == first and not view.text_is(first - 1, "the", "The", "its"):
        return None
    return found


def _compass_after_head(view: WordView, start: int, last: int) -> bool:
    """Whether the run's last word is a compass point closing a name after its head
    ("Task Force South", "Regional Command North")."""
    return (
        last - 1 > start
        and view.base(last) in view.p.compass_qualifiers
        and not view.is_head(last)
        and view.is_head(last - 1)
    )


def _left_and(view: WordView, start: int) -> int:
    """Join "Liaison and Partnership Office" leftwards across one "and"."""
    left = start - 2
    if not (view.text_is(start - 1, "and") and view.nameword(left)):
        return start
    if view.is_head(left) and view.base(left) not in view.p.modifier_heads:
        return start
    first = left
    while first > 0 and view.nameword(first - 1) and view.run_end[first - 1] > left:
        first -= 1
    previous = view.words[first - 1].text if first > 0 else ""
    if previous in view.p.post_connectors or previous == "and":
        return start
    if view.country_at(first, left + 1):
        return start
    while first < left and view.words[first].lower in view.p.function_words:
        first += 1
    return first


def _is_short(view: WordView, found: Found, head: int) -> bool:
    """Only generic words ("the Country Office", "the Programme", "Regional Office in X")."""
    if found.has_of or found.country or found.post is not None:
        return False
    inner_end = head + 1
    if found.last != inner_end and found.in_at is None:
        return False
    words = [view.words[i].lower for i in range(found.first, head)]
    return all(w in view.p.generic_words for w in words)
