""" "Long Form (ACR)": the name the acronym belongs to takes it, and its span grows to the
closing parenthesis (and a trailing "of <Country>" or programme word)."""

from __future__ import annotations

from ...acronyms import capitals, is_acronym, letters_match
from ..data import KnownBody, fold
from ..found import Found, copy_found
from ..phrases import place
from ..view import WordView
from ..words import squash

_PHRASE_STARTS = frozenset({"the", "of", "for", "on", "in", "and", "against", "to"})
"""Words before a name nested at the end of a longer one ("... of the Caribbean Community")."""


def define(
    view: WordView,
    by_key: dict[str, KnownBody],
    owners: list[Found],
    short: str,
    open_index: int,
    close: int,
    extra: list[Found],
) -> None:
    """Give ``short`` to the owner it spells (a copy added to ``extra`` when it is not the
    longest name ending before the parenthesis)."""
    owner = _owner(view, owners, short, extra)
    if owner is None:
        return
    known = by_key.get(fold(short))
    if owner.short and known is not None and owner.source != "list":
        # "The Board (INCB)": a generic short form defined by a listed acronym
        owner.name, owner.label, owner.kind = known.name, known.label, known.kind
        owner.country, owner.source = known.country, "list"
    owner.name = owner.name or squash(view.span_text(owner.first, owner.last))
    owner.acronym = owner.acronym if owner.source == "list" and owner.acronym else short
    owner.protected = True
    owner.short = False
    owner.last = close + 1
    owner.source = "list" if owner.source == "list" else "pattern:acronym-definition"
    if not _of_country(view, owner, close + 1):
        trailing_word(view, owner)


def _owner(view: WordView, owners: list[Found], short: str, extra: list[Found]) -> Found | None:
    """The name ``short`` defines: the first whose letters it spells exactly (a nested name
    must follow a phrase word), else the longest; None for a single word with no acronym."""
    ordered = sorted(owners, key=lambda f: (f.first, f.source))
    exact = [
        f
        for f in ordered
        if letters_match(short, view.span_text(f.first, f.last)) == 0
        and (f is ordered[0] or view.words[f.first - 1].lower in _PHRASE_STARTS)
    ]
    single = " " not in short and not is_acronym(short) and not exact
    if single and len(capitals(short)) < 2:
        return None
    owner = exact[0] if exact else ordered[0]
    if owner is not ordered[0]:
        owner = copy_found(owner)
        extra.append(owner)
    return owner


def _of_country(view: WordView, owner: Found, after: int) -> bool:
    """ "(ACR) of <Country>": the country is the owner's (an agency's span takes it)."""
    if not view.text_is(after, "of"):
        return False
    start = after + 1 + (1 if view.text_is(after + 1, "the") else 0)
    placed = place(view, start)
    if placed is None or placed[1] is None:
        return False
    owner.country = placed[1]
    if owner.label == "AGENCY":
        owner.last = placed[0]
    return True


def trailing_word(view: WordView, owner: Found) -> None:
    """ "(SECOPA) project", "Task Force programme": a lower-case programme word after; a
    capitalised one after the acronym closes the title ("... (GRIDS) Programme")."""
    after = owner.last
    if not 0 <= after < view.n:
        return
    word = view.words[after]
    titled = word.text[:1].isupper() and view.text_is(after - 1, ")")
    kind = view.p.trailing_programme_words.get(word.text.lower() if titled else word.text)
    if kind is None:
        return
    if owner.label == "AGENCY" and (
        owner.head in view.p.strong_agency_heads or owner.source == "list"
    ):
        return
    owner.last = after + 1
    if owner.label != "PROGRAMME":
        owner.label, owner.kind = "PROGRAMME", kind
    owner.kind = owner.kind or kind
    if titled and owner.source != "list":  # "... Substances (GRIDS) Programme": one title
        owner.name = squash(view.span_text(owner.first, owner.last))
