"""Components run over a batch of paragraph Docs at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

T = TypeVar("T")

BATCH_SIZE = 64
"""Docs each component runs over before handing them on (``nlp.pipe`` may ask for others)."""


class Batched:
    """Adds ``pipe`` to a component that has ``__call__``.

    spaCy runs a component without ``pipe`` once per Doc in a chain of generators, so every Doc
    goes through all five components before the next one starts, and each component's code and
    tables leave the CPU caches between two Docs. With ``pipe`` each component runs over a batch
    of Docs in a row: a note of thousands of short paragraphs gets about a fifth faster
    (benchmarks/adversarial.py, "numbered lines"). The output is the same: no component keeps
    state from one Doc to the next.
    """

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - every component defines it
        raise NotImplementedError

    def pipe(self, stream: Iterable[Doc], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
        """``self(doc)`` for every Doc of ``stream``, ``batch_size`` Docs at a time."""
        batches: Iterator[list[Doc]] = minibatch(stream, size=batch_size)  # type: ignore[no-untyped-call]
        for batch in batches:
            yield from [self(doc) for doc in batch]


def run_pipeline(
    nlp: Language, made: Iterable[tuple[Doc, T]], batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Doc, T]]:
    """``nlp.pipe(made, as_tuples=True)``: every component over each batch of ``batch_size``
    Docs in turn, in a plain loop when all components are :class:`Batched` (the rule pipeline).

    ``nlp.pipe`` chains a generator per component plus spaCy's tuple and error wrappers, about
    a dozen generator steps per Doc: a few microseconds a paragraph, which a note of thousands
    of one-line paragraphs pays thousands of times. The order of the calls per Doc is the same
    and no component keeps state between Docs, so the output is too. A pipeline with another
    component (a trained model's proposals) keeps ``nlp.pipe`` and its own batching.
    """
    batched = [proc for _, proc in nlp.pipeline if isinstance(proc, Batched)]
    if len(batched) != len(nlp.pipeline):
        yield from nlp.pipe(made, batch_size=batch_size, as_tuples=True)
        return
    batches: Iterator[list[tuple[Doc, T]]] = minibatch(made, size=batch_size)  # type: ignore[no-untyped-call]
    for batch in batches:
        for proc in batched:
            for doc, _ in batch:
                proc(doc)
        yield from batch
