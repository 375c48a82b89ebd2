"""The phrases a head-first name takes after its head (see :mod:`.grammar`)."""

from __future__ import annotations

from ..found import Found
from ..view import WordView
from .words import RomanceWords

_MAX_ADJECTIVES = 6
"""Most adjectives in a row one name takes (a bound, so that no scan runs to the text's end)."""


def adjectives_after(view: WordView, r: RomanceWords, index: int, participles: bool = False) -> int:
    """The end of the lower-case adjectives starting at ``index`` ("nationale nigériane";
    with ``participles`` after a noun, "organisé" too)."""
    end = index + _MAX_ADJECTIVES
    while index < end and r.is_adjective(view, index, participles):
        index += 1
    return index


def capital_phrase(view: WordView, r: RomanceWords, start: int) -> int:
    """The end of a capitalised run and its adjectives ("Union africaine", "Riesgos
    Sanitarios")."""
    return adjectives_after(view, r, view.run_end[start])


def comma_list(view: WordView, r: RomanceWords, comma: int, limit: int) -> int | None:
    """End of a list ", el B y la C" starting at ``comma`` (closed by "y"/"et"), else None."""
    index = comma
    while view.text_is(index, ",") and index < limit:
        start = r.skip_articles(view, index + 1)
        if start < view.n and view.words[start].lower in r.coordinators:
            return _member(view, r, r.skip_articles(view, start + 1))
        end = _member(view, r, start)
        if end is None:
            return None
        index = end
    if index < view.n and view.words[index].lower in r.coordinators:
        return _member(view, r, r.skip_articles(view, index + 1))
    return None


def _member(view: WordView, r: RomanceWords, start: int) -> int | None:
    """End of one list member ("el Producto del Delito"); None at a new body, a country (",
    le Mexique et les États-Unis ont ...": the sentence's subjects) or no name."""
    if not view.nameword(start) or view.is_head(start) or view.has_acronym(start, start + 1):
        return None
    if view.country_end(start) is not None:
        return None
    end = capital_phrase(view, r, start)
    while end < view.n and view.words[end].lower in view.p.of_words:
        nxt = r.skip_articles(view, end + 1)
        if not view.nameword(nxt) or view.is_head(nxt):
            break
        end = capital_phrase(view, r, nxt)
    return end


class Extension:
    """Grows one name over its post-modifiers (moves ``end``; ``name_end`` excludes a seat
    or a trailing country)."""

    def __init__(
        self, view: WordView, r: RomanceWords, item: Found, limit: int, lowercase: bool
    ) -> None:
        self.view, self.r, self.item = view, r, item
        self.limit = min(limit, view.n)
        self.lowercase = lowercase
        self.end = self.name_end = self.modifiers_end = item.last
        self.segments = 0
        self.opened = ""  # the connector that opened the phrase being read
        self.lowered = False  # the phrase being read is a lower-case noun phrase
        self.done = False
        self.placed = -1  # the end of a place in the title ("pour l'Afghanistan")

    def modifiers(self, run_end: int) -> None:
        """The head's capitalised run, then (when the name is introduced) adjectives."""
        self.end = min(run_end, self.limit)
        if self.lowercase:
            self.end = min(adjectives_after(self.view, self.r, self.end), self.limit)
        self.name_end = self.modifiers_end = self.end

    def post_modifiers(self) -> None:
        """Connector phrases and coordinated phrases, until a stop or the limit."""
        words, r = self.view.words, self.r
        while self.end < self.limit and not self.done:
            word = words[self.end].lower
            if word in r.coordinators:
                nxt = _coordinated(self, self.end)
            elif word in r.connectors:
                compound = r.compound_end(self.view, self.end)  # "en materia de Delincuencia"
                nxt = connected(self, self.end if compound is None else compound)
            elif word == "," and self.lowered and self.lowercase:
                nxt = lowercase_list(self, self.end)
            else:
                nxt = None
            if nxt is None or nxt > self.limit:
                break
            self.end = nxt


def _with_objects(view: WordView, r: RomanceWords, end: int) -> int:
    """``end`` moved over the object of a capitalised infinitive ending the phrase before it
    ("para Abordar | los Desafíos Penitenciarios")."""
    while (
        end + 1 < view.n
        and view.words[end - 1].cap
        and len(view.words[end - 1].lower) > 4
        and view.words[end - 1].lower.endswith(r.infinitive_endings)
        and view.words[end].lower in view.p.articles
        and view.nameword(end + 1)
        and not view.is_head(end + 1)
    ):
        end = capital_phrase(view, r, end + 1)
    return end


def connected(ext: Extension, at: int) -> int | None:
    """The end of the connector phrase at ``at``, None when the name stops before it."""
    view, r, item = ext.view, ext.r, ext.item
    connector = view.words[at].lower
    start = r.skip_articles(view, at + 1)
    if start >= view.n:
        return None
    place = view.country_end(start) or view.city_end(start)
    if place is not None and not view.nameword(place[0]):
        return _place(ext, at, connector, start, place)
    if connector in r.seat_only_words:
        return None  # "dans" names an office's seat and nothing else
    end: int | None = None
    if view.words[start].acronym:
        end = start + 1  # "de la UNODC"
    elif view.nameword(start):
        end = _with_objects(view, r, capital_phrase(view, r, start))
        if view.text_is(end, ","):
            end = comma_list(view, r, end, ext.limit) or end
    elif _lowercase_segment(ext, connector, start):
        ext.segments += 1
        end = adjectives_after(view, r, start + 1, participles=True)
    if end is None:
        return None
    ext.lowered = not view.words[start].cap
    item.post = connector
    if not ext.opened:  # "Oficina de Enlace", not "Bureau pour l'Afrique de l'Ouest"
        item.has_of = connector in view.p.of_words
    ext.opened, ext.name_end = connector, end
    return end


_MEMBER_COMPLEMENTS = 2
"""Most "de"/"du" complements one lower-case list member takes ("le produit du crime")."""


def lowercase_list(ext: Extension, comma: int) -> int | None:
    """End of a lower-case list closed by "et"/"y" that goes on a lower-case complement
    ("contre le blanchiment d'argent, le produit du crime et le financement du
    terrorisme"), else None (a list never closed is the sentence going on)."""
    view, r = ext.view, ext.r
    index = comma
    while index < ext.limit and view.text_is(index, ","):
        start = r.skip_articles(view, index + 1)
        if start < view.n and view.words[start].lower in r.coordinators:
            index = start
            break
        end = _lowercase_member(ext, start)
        if end is None:
            return None
        index = end
    if index >= view.n or view.words[index].lower not in r.coordinators:
        return None
    end = _lowercase_member(ext, r.skip_articles(view, index + 1))
    if end is not None:
        ext.name_end = end
    return end


def _lowercase_member(ext: Extension, start: int) -> int | None:
    """End of one lower-case member ("le produit du crime"); None when it is no noun."""
    view, r = ext.view, ext.r
    if not _lowercase_noun(ext, start):
        return None
    if view.words[start].lower in view.p.agency_heads | view.p.programme_heads.keys():
        return None  # "..., la police et les douanes": other bodies, not the name's words
    end = adjectives_after(view, r, start + 1, participles=True)
    for _ in range(_MEMBER_COMPLEMENTS):
        if end >= view.n or view.words[end].lower not in view.p.of_words:
            break
        nxt = r.skip_articles(view, end + 1)
        if not _lowercase_noun(ext, nxt):
            break
        end = adjectives_after(view, r, nxt + 1, participles=True)
    return end


def _lowercase_noun(ext: Extension, start: int) -> bool:
    """A lower-case word that may be a noun of a name ("blanchiment", not "lutter")."""
    if start >= ext.view.n:
        return False
    word = ext.view.words[start]
    return (
        word.text.islower()
        and word.text[:1].isalpha()
        and word.lower not in ext.view.p.function_words
        and word.lower not in ext.view.p.not_places
        and not word.lower.endswith("er")
    )


def _lowercase_segment(ext: Extension, connector: str, start: int) -> bool:
    """A French lower-case noun after "de"/"contre" ("de répression", "contre la drogue")."""
    return (
        ext.lowercase
        and connector in ext.r.lowercase_connectors
        and ext.segments < ext.r.lowercase_segments
        and _lowercase_noun(ext, start)  # not "de juillet 2016" (a date), "de lutter"
    )


def _place(
    ext: Extension, at: int, connector: str, start: int, place: tuple[int, str]
) -> int | None:
    """A country or city after a connector: an office's seat, a body's country, a place in
    a programme's title ("para Centroamérica"); None when the name ends before it."""
    view, r, item = ext.view, ext.r, ext.item
    end, iso = place
    country = view.country_end(start) is not None
    if connector in r.seat_words:
        if item.head not in view.p.office_heads:
            return None
        item.in_at, item.seat, item.seat_city = at, iso, not country
        ext.done = True
        return end
    if connector in view.p.of_words:
        if country and _places_follow(ext, end):
            return None
        ext.done = True
        if country:
            item.country = iso
        else:
            item.seat, item.seat_city = iso, True
        return None if item.label == "PROGRAMME" else end
    item.post, ext.opened, ext.name_end = connector, connector, end
    ext.placed = end
    return end


def _places_follow(ext: Extension, end: int) -> bool:
    """ "de Colombia, el Ecuador y el Perú": several countries, not the body's own."""
    view, r = ext.view, ext.r
    if not (view.text_is(end, ",") or (end < view.n and view.words[end].lower in r.coordinators)):
        return False
    return view.country_end(r.skip_articles(view, end + 1)) is not None


def _coordinated(ext: Extension, at: int) -> int | None:
    """ "y Vida sin Drogas", "y del Derecho", "et le Sahel"; not "y la Comisión"."""
    view, r = ext.view, ext.r
    if not ext.opened:
        return None  # "el Banco Mundial y el Fondo ...": two bodies
    if at + 1 < view.n and view.words[at + 1].lower in view.p.of_words:
        start = r.skip_articles(view, at + 2)  # "y del Derecho", "et de la sûreté"
        if start < view.n and (
            view.words[start].acronym or _strong_head(view, start) or _other_label(ext, start)
        ):
            return None  # "de la UNODC y de la OMA", "y del Ministerio Público": another body
        return connected(ext, at + 1)
    start = r.skip_articles(view, at + 1)
    if ext.placed == at and start < view.n and view.words[start].lower in r.place_nouns:
        ext.name_end = adjectives_after(view, r, start + 1)  # "et les pays voisins"
        return ext.name_end
    if ext.lowered and _lowercase_segment(ext, "de", start):
        ext.segments += 1  # "de lutte contre la drogue et la toxicomanie"
        ext.name_end = adjectives_after(view, r, start + 1, participles=True)
        return ext.name_end
    if not view.nameword(start) or (view.is_head(start) and start > at + 1):
        return None  # "y la Comisión ...": a new body; "de Información y Coordinación"
    if _strong_head(view, start):
        return None  # "Servicio Nacional de Aduanas y Carabineros de Chile": two bodies
    if view.country_end(start) is not None and ext.opened in view.p.of_words | {""}:
        return None  # "de Colombia y Ecuador": countries, not one name
    if view.has_acronym(start, view.run_end[start]):
        return None
    ext.name_end = capital_phrase(view, r, start)
    return ext.name_end


def _other_label(ext: Extension, index: int) -> bool:
    """A head of the other label ("Bureau régional ... et du Programme régional pour
    l'Afghanistan"): a programme is never an agency's complement, nor the reverse."""
    view = ext.view
    if not view.is_head(index):
        return False
    return (view.base(index) in view.p.programme_heads) != (ext.item.label == "PROGRAMME")


def _strong_head(view: WordView, index: int) -> bool:
    """A head that names a body of its own ("Ministerio", "Unidad"), not a word a name's
    complement holds ("y de Administración Tributaria", "et du Centre")."""
    return view.is_head(index) and view.base(index) in view.p.strong_agency_heads


def content_words(ext: Extension, first: int, end: int) -> tuple[str, ...]:
    """The name's words that are not function words, lower case (its modifiers)."""
    skip = ext.view.p.function_words | ext.r.connectors | ext.r.coordinators
    words = ext.view.words[first:end]
    return tuple(w.lower for w in words if w.text[:1].isalpha() and w.lower not in skip)
