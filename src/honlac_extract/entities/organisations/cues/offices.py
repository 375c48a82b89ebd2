""" "the offices of the Attorney General in Panama": a lower-case office word, "of" and a
name; one body per country when the offices are several."""

from __future__ import annotations

from ..found import Found
from ..phrases import place
from ..postmods import extend
from ..view import WordView


def lowercase_heads(view: WordView) -> list[Found]:
    """A lower-case Office + "of" + name, and the bodies it distributes over."""
    found = []
    words = view.words
    for index, word in enumerate(words):
        if word.text not in view.p.lowercase_heads or not view.text_is(index + 1, "of"):
            continue
        start = index + 2 + (1 if view.text_is(index + 2, "the") else 0)
        if not view.nameword(start):
            continue
        end = view.run_end[start]
        if view.is_head(end - 1) or view.country_at(start, end):
            continue
        item = Found(index, index + 1, "AGENCY", "pattern:head", head=word.lower)
        extend(view, item, True, False)
        if item.last > index + 1:
            item.has_of = True
            item.protected = item.in_at is not None and view.text_is(item.last, "and")
            found.append(item)
            found.extend(_distributive(view, item))
    return found


def _distributive(view: WordView, item: Found) -> list[Found]:
    """ "offices of X in Panama and the Dominican Republic": one more body per country."""
    if item.in_at is None or not view.text_is(item.last, "and"):
        return []
    start = item.last + 1 + (1 if view.text_is(item.last + 1, "the") else 0)
    placed = place(view, start)
    if placed is None or placed[1] is None:
        return []
    other = Found(item.first, placed[0], "AGENCY", item.source, head=item.head)
    other.has_of, other.seat, other.protected = True, placed[1], True
    base = view.joined(item.first + 1, item.in_at)
    where = view.joined(item.last + 1, placed[0])
    other.name = f"Office {base} of {where}"
    return [other]
