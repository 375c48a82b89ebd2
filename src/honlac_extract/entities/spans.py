"""The contract between entity components and the records stage.

Every component writes candidate spans to ``doc.spans[SPAN_KEY]`` (overlaps across labels are
allowed) and puts its normalised fields in ``span._.honlac`` (a plain dict whose keys are
fields of :class:`honlac_extract.models.Entity`, plus ``source``), read back with
:func:`fields_of`. Fields are keyed by character offsets only (as spaCy keys extensions), so
the dict is stored per label: a COUNTRY and an AGENCY on the same characters keep their own
fields. Context that a paragraph inherits from the note (its sub-heading's countries, its
number) arrives in ``doc.user_data[CONTEXT_KEY]`` before the components run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc, Span, SpanGroup

SPAN_KEY = "honlac"
CONTEXT_KEY = "honlac_context"
EXTENSION = "honlac"
_TEXT_KEY = "honlac_text"

_FIELDS_KEY = "honlac_fields"
"""``doc.user_data`` key of the fields store: (start char, end char) -> label -> fields."""

_LEDGER_KEY = "honlac_ledger"
"""``doc.user_data`` key of the candidates as plain tuples (see :func:`ledger`)."""

Entry = tuple[int, int, str, int, int]
"""A candidate as (start char, end char, label, start token, end token)."""


def _store(doc: Doc) -> dict[tuple[int, int], dict[str, Any]]:
    store: dict[tuple[int, int], dict[str, Any]] = doc.user_data.setdefault(_FIELDS_KEY, {})
    return store


def _get_fields(span: Span) -> dict[str, Any] | None:
    return _store(span.doc).get((span.start_char, span.end_char))


def _set_fields(span: Span, value: dict[str, Any] | None) -> None:
    _store(span.doc)[(span.start_char, span.end_char)] = value or {}


# ``span._.honlac`` reads and writes one dict per doc, which the components and the records
# stage use directly: spaCy's ``span._`` builds an accessor object at every use, once per entity.
Span.set_extension(EXTENSION, getter=_get_fields, setter=_set_fields, force=True)


def _group(doc: Doc) -> SpanGroup | None:
    """The candidate group of ``doc`` if it has one, read from the dict behind ``doc.spans``
    (a ``UserDict``): its ``in``, ``[]`` and ``get`` are Python calls, made by every component
    and for every candidate of every paragraph."""
    group: SpanGroup | None = doc.spans.data.get(SPAN_KEY)
    return group


def candidates(doc: Doc) -> SpanGroup:
    """The candidate group of ``doc``, created empty on first use."""
    group: SpanGroup | None = doc.spans.data.get(SPAN_KEY)  # :func:`_group` inlined (hot)
    if group is None:
        doc.spans[SPAN_KEY] = []
        group = doc.spans.data[SPAN_KEY]
    return group


def add_candidate(doc: Doc, span: Span, label: str, source: str, **fields: Any) -> Span:
    """Record ``span`` as a ``label`` candidate with its normalised ``fields``."""
    if span.label_ == label and not span.kb_id and not span.id:  # recorded as it is
        return _record(doc, span, label, source, fields)
    return add_candidate_at(doc, span.start, span.end, label, source, **fields)


def add_labelled(doc: Doc, span: Span, label: str, source: str, fields: dict[str, Any]) -> Span:
    """:func:`add_candidate` for a span made with ``label`` and no knowledge base or span id
    (``doc.char_span(start, end, label=label)``), with ``fields`` as a dict (copied, not kept):
    no keyword arguments packed, no label read back from the string store."""
    return _record(doc, span, label, source, fields)


def add_candidate_at(
    doc: Doc, start: int, end: int, label: str, source: str, **fields: Any
) -> Span:
    """:func:`add_candidate` for tokens ``[start, end)`` (no span built just to be read)."""
    return _record(doc, Span(doc, start, end, label=label), label, source, fields)


def add_fields_at(doc: Doc, start: int, end: int, label: str, fields: dict[str, Any]) -> Span:
    """:func:`add_candidate_at` with the fields as one dict that holds ``source`` (a string)
    too, stored as a copy with ``source`` first, as :func:`add_candidate_at` stores them."""
    labelled = Span(doc, start, end, label=label)
    return _record(doc, labelled, label, fields["source"], fields)


def _record(doc: Doc, labelled: Span, label: str, source: str, fields: dict[str, Any]) -> Span:
    start, end = labelled.start, labelled.end
    store: dict[tuple[int, int], dict[str, Any]] = doc.user_data.setdefault(_FIELDS_KEY, {})
    key = (labelled.start_char, labelled.end_char)
    per_label = dict(store.get(key) or {})
    per_label[label] = {"source": source, **fields}
    store[key] = per_label
    entries = ledger(doc)
    candidates(doc).append(labelled)
    entries.append((*key, label, start, end))
    return labelled


def ledger(doc: Doc) -> list[Entry]:
    """The candidates of ``doc`` in the order written, as plain tuples (:data:`Entry`).

    The later components and the records stage read candidates several times per paragraph;
    iterating the span group builds a Span object (and its character offsets) per candidate
    each time, which cost more than a short paragraph's own rules. :func:`add_candidate_at`
    keeps this list beside the group; a group changed by other means (a different length) is
    read again.
    """
    entries = doc.user_data.get(_LEDGER_KEY)
    group = doc.spans.data.get(SPAN_KEY) or ()  # as :func:`_group`, inlined: per candidate
    if not isinstance(entries, list) or len(entries) != len(group):
        entries = [(s.start_char, s.end_char, s.label_, s.start, s.end) for s in group]
        doc.user_data[_LEDGER_KEY] = entries
    return entries


def fields_of(span: Span) -> dict[str, Any]:
    """The normalised fields a component recorded for ``span`` under its label."""
    per_label = _get_fields(span) or {}
    fields = per_label.get(span.label_, {})
    return dict(fields) if isinstance(fields, dict) else {}


def entry_fields(doc: Doc, entry: Entry) -> dict[str, Any]:
    """The fields recorded for ``entry`` (the stored dict itself: read it, do not change it)."""
    fields = (_store(doc).get((entry[0], entry[1])) or {}).get(entry[2], {})
    return fields if isinstance(fields, dict) else {}


def entries_with_fields(doc: Doc) -> Iterator[tuple[Entry, dict[str, Any]]]:
    """Every candidate of ``doc`` (as :func:`ledger`) with its fields (as :func:`fields_of`, a
    fresh dict), the store looked up once per doc: the records stage reads every entity so."""
    store = _store(doc)
    for entry in ledger(doc):
        fields = (store.get((entry[0], entry[1])) or {}).get(entry[2], {})
        yield entry, dict(fields) if isinstance(fields, dict) else {}


def entries_with_label(doc: Doc, label: str) -> list[Entry]:
    """Candidates of one label already written by earlier components, as :data:`Entry`."""
    return [entry for entry in ledger(doc) if entry[2] == label]


def spans_with_label(doc: Doc, label: str) -> list[Span]:
    """Candidates of one label already written by earlier components."""
    if SPAN_KEY not in doc.spans:
        return []
    return [span for span in doc.spans[SPAN_KEY] if span.label_ == label]


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc: spaCy rebuilds it from every token at each access
    (a Token object per token), and several components read it. The length check keeps a
    text copied along with ``user_data`` to another doc from being read for it."""
    if len(doc) == 0:
        return ""
    text = doc.user_data.get(_TEXT_KEY)
    last = doc[-1]
    if not isinstance(text, str) or len(text) != last.idx + len(last.text_with_ws):
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Keep ``text``, which ``doc`` was made from, as its :func:`doc_text` (the tokenizer keeps
    every character, so it is ``doc.text``): the first reader then does not join it from a
    Token object per token, once per paragraph."""
    doc.user_data[_TEXT_KEY] = text


def context(doc: Doc) -> dict[str, Any]:
    """The paragraph context the records stage attached to ``doc`` (empty when run bare)."""
    value = doc.user_data.get(CONTEXT_KEY)
    return value if isinstance(value, dict) else {}
