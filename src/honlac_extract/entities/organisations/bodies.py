"""What is not a body: events, classes of participants, countries and regions, and a bare
generic head glued to a country ("Office of <Country>")."""

from __future__ import annotations

from .found import Found
from .geography import Places
from .view import WordView


def is_body(view: WordView, item: Found, countries: Places, regions: set[int]) -> bool:
    """False for events, classes of participants, countries and "Office of <Country>".

    * a name that begins with an event word ("Meeting of Heads of ...") or a participant
      word ("Heads of National ... Agencies") names a meeting or people, not a body; an
      event word's name that defines its own acronym ("Forum ... (IOFMC)") is a standing body;
    * a plural body name after "Heads of" or "<event> of" ("Meeting of National Agencies")
      is a class of participants; a singular one ("session of the Commission on Narcotic
      Drugs") is the body holding the event and stays;
    * a span that is exactly a country ("the Russian Federation") is never an AGENCY, nor a
      region with a programme word ("the West Africa programme");
    * "Office of the Republic of Korea", "Union of Myanmar": a bare generic head glued to a
      country.
    """
    if _event_or_participants(view, item):
        return False
    if _place_only(view, item, countries, regions):
        return False
    return not _glued_to_country(view, item)


def _event_or_participants(view: WordView, item: Found) -> bool:
    p, words = view.p, view.words
    first = words[item.first].lower
    if first in p.participant_words:
        return True
    if first in p.event_words:
        return not (item.protected and item.acronym)  # "Forum ... (IOFMC)": a standing body
    before = item.first - 1
    # ``view.text_is`` inlined: this runs for every candidate, most at a paragraph's start
    before -= 1 if 0 <= before < view.n and words[before].text in p.articles else 0
    if before > 0 and words[before].text in p.of_words:
        governor = words[before - 1].lower
        if governor in p.event_words or governor in p.participant_words:
            return _plural(view, item)
    return False


def _place_only(view: WordView, item: Found, countries: Places, regions: set[int]) -> bool:
    """A span that is exactly a country ("[the] Russian Federation") or regions only."""
    country = countries.get(item.first)
    if country is not None and country[0] == item.last:
        return True
    words = view.words
    trailing = words[item.last - 1].lower in view.p.trailing_programme_words
    end = item.last - 1 if trailing else item.last
    if (
        item.source != "list"
        and end > item.first
        and all(i in regions for i in range(item.first, end))
    ):
        return True
    if item.first + 1 < item.last and view.text_is(item.first, "the", "The"):
        country = countries.get(item.first + 1)
        if country is not None and country[0] == item.last:
            return True
    return False


def _glued_to_country(view: WordView, item: Found) -> bool:
    """ "Office of the Republic of Korea": a bare generic head and a country, nothing else."""
    return (
        item.label == "AGENCY"
        and item.head in view.p.country_glue_heads
        and item.head_at == item.first
        and item.country is not None
        and not item.has_of
        and item.post is None
        and item.in_at is None
        and not item.protected
    )


def _plural(view: WordView, item: Found) -> bool:
    """Whether the head of ``item`` is plural ("Agencies", "Services"; not "Customs")."""
    at = item.head_at if item.head_at is not None else item.last - 1
    if item.head_at is None:  # list names: the word before the first connector
        for index in range(item.first + 1, item.last):
            if view.words[index].lower in view.p.post_connectors:
                at = index - 1
                break
    base = view.base(at)
    return base.endswith("s") and base not in view.p.singular_s_words
