"""The capitalised phrases a post-modifier takes after its connector: "of Justice and Law",
comma lists ("against Money-Laundering, Proceeds of Crime and ..."), a place after "in"."""

from __future__ import annotations

from .view import WordView

STATE_WORDS = frozenset({"state", "republic", "kingdom", "federation", "islands", "emirates"})


def member(view: WordView, index: int) -> int | None:
    """End of one member of a comma list inside a name ("Proceeds of Crime")."""
    if not view.nameword(index) or view.words[index].lower in view.p.function_words:
        return None
    end = view.run_end[index]
    if view.is_head(end - 1) or view.country_at(index, end):
        return None
    while view.text_is(end, "of", "for", "on", "against") and view.nameword(end + 1):
        inner = view.run_end[end + 1]
        if view.is_head(inner - 1):
            break
        end = inner
    return end


def list_end(view: WordView, comma: int) -> int | None:
    """End of a comma list "A, B and C" starting at ``comma``; None if it is not one."""
    index = comma
    while view.text_is(index, ","):
        start = index + 1
        if view.text_is(start, "and"):
            return _closing(view, start)
        start += 1 if view.text_is(start, "the") else 0
        end = member(view, start)
        if end is None:
            return None
        index = end
    if view.text_is(index, "and"):
        return _closing(view, index)
    return None


def _closing(view: WordView, and_index: int) -> int | None:
    start = and_index + 1
    start += 1 if view.text_is(start, "the") else 0
    return member(view, start)


def phrase(view: WordView, index: int, joint: list[bool]) -> int | None:
    """End of the capitalised phrase after a connector ("Justice and Law"). ``joint[0]``: one
    more head may join across "and" (a name led by "ACR-"); it is spent when used."""
    known = view.country_end(index)
    if known is not None and not view.nameword(known[0]):
        end = known[0]
        if not _name_continues(view, end):
            return end
    else:
        if not view.nameword(index) or view.words[index].lower in view.p.function_words:
            return None
        end = view.run_end[index]
        if view.country_at(index, end) and not _name_continues(view, end):
            return end
    while end < view.n:
        if view.text_is(end, "and"):
            after = _and_part(view, end, joint)
        elif view.text_is(end, "the") and view.words[end - 1].lower.endswith("ing"):
            after = _gerund_object(view, end)  # "for Strengthening the Capacities of ..."
        else:
            after = None
        if after is None:
            break
        end = after
    if view.text_is(end, ","):
        closed = list_end(view, end)
        if closed is not None:
            end = closed
    return end


def _and_part(view: WordView, end: int, joint: list[bool]) -> int | None:
    """End of the capitalised part after the "and" at ``end``, None when the phrase stops."""
    start = end + 1
    start += 1 if view.text_is(start, "the") else 0
    if not view.nameword(start):
        return None
    after = view.run_end[start]
    if view.has_acronym(start, after):
        return None  # "of Health and the WHO programme": another body begins
    if view.is_head(after - 1):
        if not joint[0] or view.text_is(end + 1, "the"):
            return None
        joint[0] = False
    return after


def _gerund_object(view: WordView, end: int) -> int | None:
    """End of the object after "<...ing> the" at ``end``, None when it is a new name."""
    start = end + 1
    if view.nameword(start) and not view.is_head(view.run_end[start] - 1):
        return view.run_end[start]
    return None


def place(view: WordView, index: int) -> tuple[int, str | None] | None:
    """End and iso3 of the place after "in" ("Peru", "the Plurinational State of Bolivia")."""
    known = view.country_end(index) or view.city_end(index)
    if known is not None:
        return known
    if not view.nameword(index) or view.words[index].lower in view.p.function_words:
        return None
    if view.words[index].lower in view.p.not_places:
        return None
    end = view.run_end[index]
    if view.text_is(end, "of") and view.base(end - 1) in STATE_WORDS and view.nameword(end + 1):
        end = view.run_end[end + 1]
    return end, view.country_at(index, end)


def _name_continues(view: WordView, end: int) -> bool:
    """A country inside a name ("for Afghanistan and Neighbouring Countries")."""
    if not view.text_is(end, "and"):
        return False
    start = end + 1
    if not view.nameword(start) or view.country_end(start) is not None:
        return False
    after = view.run_end[start]
    if view.is_head(after - 1) or view.has_acronym(start, after):
        return False
    return view.country_at(start, after) is None


def country_list_follows(view: WordView, end: int) -> bool:
    """ "of Côte d'Ivoire, Guinea-Bissau and ...": the body is plural, not one country's."""
    if not view.text_is(end, ",", "and"):
        return False
    start = end + 1 + (1 if view.text_is(end + 1, "the") else 0)
    known = view.country_end(start)
    if known is not None:
        return not view.nameword(known[0])
    if not view.nameword(start):
        return False
    after = view.run_end[start]
    return view.country_at(start, after) is not None and not view.text_is(after, "of")
