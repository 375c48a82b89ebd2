"""Post-modifiers after a head noun: a connector ("of", "for", "on", "against", "to",
"without") and its phrase, "in <place>" after an office, a trailing "of <Country>"."""

from __future__ import annotations

from .found import Found
from .phrases import country_list_follows, phrase, place
from .view import WordView


def extend(view: WordView, found: Found, office: bool, joint: bool) -> None:
    """Add the post-modifiers after the head to ``found`` (moves ``found.last``)."""
    flag = [joint]
    index = found.last
    while index < view.n and view.words[index].text in view.p.post_connectors:
        connector = view.words[index].text
        start = index + 1 + (1 if view.text_is(index + 1, "the") else 0)
        if connector == "in":
            index = _seat(view, found, index, start, office)
            break
        if connector == "to" and start != index + 1:
            break
        end = phrase(view, start, flag)
        if end is None or any(view.base(i) in view.p.event_words for i in range(start, end)):
            break  # "Secretariat for the Twenty-sixth Meeting of ...": an event follows
        iso = view.country_at(start, end) if connector == "of" else None
        if iso:
            if not country_list_follows(view, end):
                found.country = iso
                index = index if found.label == "PROGRAMME" else end
            break
        if connector == "of":
            found.has_of = True
        found.post = connector
        index = end
    found.last = index


def _seat(view: WordView, found: Found, index: int, start: int, office: bool) -> int:
    """The end of "in <place>" at ``index`` when the name takes it (an office, or a place
    followed by its acronym in brackets), recording the seat; else ``index``."""
    placed = place(view, start)
    if placed is None:
        return index
    if not office and not (view.text_is(placed[0], "(") and view.text_is(placed[0] + 2, ")")):
        return index
    found.in_at = index
    found.seat_city = view.country_end(start) is None and bool(view.city_end(start))
    end, found.seat = placed
    return end
