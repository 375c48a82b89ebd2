"""Components run over a batch of paragraph Docs at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc
from spacy.util import minibatch

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
