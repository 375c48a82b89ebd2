"""Facts built sentence by sentence: each QUANTITY with its activity, actor, countries,
programme and date; and a no-number fact where a sentence without a quantity says that an
agency provided assistance ("UNODC provided technical assistance to the Government of X").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from ...models import Entity, Fact, Paragraph
from ...resources import data_json
from ..entities import PieceMap
from ..validated import validated
from .activity import choose_activities
from .lexicon import Cue, activity_words, assistance_cue
from .sentences import Sentence
from .slots import actor, beneficiary_countries, closest, nearest

_START = attrgetter("start")
_EXCLUDED_KINDS = frozenset(data_json("facts.json")["linking"]["programme_kinds_excluded"])


@dataclass(slots=True)
class Context:
    """What every fact of one sentence shares: the note text and the sentence's mentions.

    Not frozen: a frozen dataclass sets each field through ``object.__setattr__``, and one
    Context is made per sentence (nothing changes its fields after it is made)."""

    text: str
    sentence: Sentence
    pieces: PieceMap
    entities: Sequence[Entity]
    period: tuple[str, str] | None
    language: str = "en"
    by_label: dict[str, list[Entity]] = field(default_factory=dict, compare=False)
    """The entities grouped by label, filled on first use by :meth:`of` (a fact asks for five)."""

    def of(self, label: str) -> Sequence[Entity]:
        """The sentence's entities of ``label``, in order (shared: read, never change them)."""
        if not self.by_label and self.entities:
            for entity in self.entities:
                self.by_label.setdefault(entity.label, []).append(entity)
        return self.by_label.get(label, ())

    def cues(self) -> list[Cue]:
        """The sentence's activity words, grounded in ``Note.text`` (page-crossing ones dropped)."""
        found = []
        sentence, text = self.sentence, self.text
        ground = self.pieces.to_note_offsets
        words = activity_words(
            sentence.paragraph.text, sentence.text_start, sentence.text_end, self.language
        )
        for key, start, end in words:  # grounded here: no Cue made for the paragraph's offsets
            offsets = ground(start, end, text)
            if offsets is not None:
                found.append(Cue(key, *offsets))
        return found

    def _ground(self, cue: Cue) -> Cue | None:
        offsets = self.pieces.to_note_offsets(cue.start, cue.end, self.text)
        return None if offsets is None else Cue(cue.key, *offsets)

    def assistance(self) -> Cue | None:
        sentence = self.sentence
        cue = assistance_cue(
            sentence.paragraph.text, sentence.text_start, sentence.text_end, self.language
        )
        return None if cue is None else self._ground(cue)


def _fact(
    context: Context, activity: str | None, cue: Cue | None, anchor: int, quantity: Entity | None
) -> dict[str, Any]:
    sentence = context.sentence
    paragraph = sentence.paragraph
    of = context.of
    agencies = of("AGENCY")
    doer = actor(context.text, agencies, cue.start if cue is not None else anchor)
    countries = beneficiary_countries(of("COUNTRY"), agencies, doer)
    iso3 = list(dict.fromkeys(c.iso3 for c in countries if c.iso3)) if countries else []
    programmes = of("PROGRAMME")  # most sentences of a list of short lines name none
    programme = (
        closest([p for p in programmes if p.kind not in _EXCLUDED_KINDS], anchor)
        if programmes
        else None
    )
    dates = of("DATE")
    date = nearest([d for d in dates if not d.in_name and d.start_date], anchor) if dates else None
    fields: dict[str, Any] = {
        "paragraph": paragraph.number,
        "section": paragraph.section,
        "sentence_start": sentence.start,
        "sentence_end": sentence.end,
        "activity": activity,
        "quantity": quantity.id if quantity is not None else None,
        "agency": doer.id if doer is not None else None,
        "countries": [c.id for c in countries if c.iso3] if countries else [],
        "iso3": iso3 or list(paragraph.countries),
        "country_source": "sentence" if iso3 else ("subject" if paragraph.countries else None),
        "programme": programme.id if programme is not None else None,
    }
    if cue is not None:
        fields["activity_text"] = context.text[cue.start : cue.end]
        fields["activity_start"], fields["activity_end"] = cue.start, cue.end
    if date is not None:
        fields.update(date=date.id, start_date=date.start_date, end_date=date.end_date)
        fields["date_source"] = "sentence"
    elif context.period is not None:
        fields["start_date"], fields["end_date"] = context.period
        fields["date_source"] = "reporting_period"
    return fields


def sentence_facts(context: Context) -> list[tuple[int, dict[str, Any]]]:
    """(anchor offset, fact fields) of one sentence."""
    quantities = context.of("QUANTITY")
    if quantities:
        choices = choose_activities(context.text, quantities, context.cues(), context.language)
        return [
            (quantity.start, _fact(context, key, cue, quantity.start, quantity))
            for quantity, (key, cue) in zip(quantities, choices, strict=True)
        ]
    cue = context.assistance()
    if cue is None:
        return []
    return [(cue.start, _fact(context, cue.key, cue, cue.start, None))]


def paragraph_facts(
    text: str,
    paragraph: Paragraph,
    sentences: Sequence[Sentence],
    entities: Sequence[Entity],
    period: tuple[str, str] | None,
    language: str = "en",
    pieces: PieceMap | None = None,
) -> list[tuple[int, dict[str, Any]]]:
    """(anchor offset, fact fields) of every sentence of one paragraph (words of ``language``);
    ``pieces`` is the paragraph's :class:`PieceMap` when the caller has it."""
    if pieces is None:
        pieces = PieceMap(paragraph)
    # Sentences are cut only from the entities starting in them (bisect on sorted starts), so a
    # long paragraph costs one sort, not one scan of its every entity per sentence.
    ordered = sorted(entities, key=_START)  # stable: ties keep their order
    starts = [e.start for e in ordered]
    found = []
    for sentence in sentences:
        first, last = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        inside = [e for e in ordered[first:last] if e.end <= sentence.end]
        found += sentence_facts(Context(text, sentence, pieces, inside, period, language))
    return found


def numbered(found: Sequence[tuple[int, dict[str, Any]]]) -> list[Fact]:
    """Facts in order of their anchor, with ids "f1", "f2", ..."""
    ordered = sorted(found, key=lambda pair: (pair[0], pair[1]["sentence_start"]))
    facts = []
    for index, (_, fields) in enumerate(ordered, start=1):
        fields["id"] = f"f{index}"  # each dict is a fact's own (made by ``_fact``)
        facts.append(validated(Fact, fields))
    return facts
