"""The components run batch-wise in ``nlp.pipe`` and the vocabulary keeps what the rules read."""

from __future__ import annotations

from honlac_extract import load_pipeline
from honlac_extract.entities.batching import Batched
from honlac_extract.entities.spans import ledger

TEXTS = [
    "UNODC trained 120 officials of the National Police of Colombia in March 2018.",
    "The Paris Pact Initiative met in Vienna from 2 to 6 October 2017.",
    "No entity here at all.",
    "Seizures of 3,450 kg of cocaine were reported by Peru and Ecuador.",
] * 5


def test_every_rule_component_has_a_batched_pipe() -> None:
    nlp = load_pipeline()
    assert all(isinstance(component, Batched) for _, component in nlp.pipeline)


def test_pipe_in_batches_gives_what_one_doc_at_a_time_gives() -> None:
    nlp = load_pipeline()
    one_by_one = [ledger(nlp(text)) for text in TEXTS]
    for size in (1, 3, 64):
        assert [ledger(doc) for doc in nlp.pipe(TEXTS, batch_size=size)] == one_by_one
    assert any(one_by_one)  # the texts do have entities


def test_batched_pipe_runs_each_component_over_a_batch_before_the_next() -> None:
    order: list[tuple[str, int]] = []

    class Recorder(Batched):
        def __init__(self, name: str) -> None:
            self.name = name

        def __call__(self, doc):  # type: ignore[no-untyped-def]
            order.append((self.name, len(order)))
            return doc

    nlp = load_pipeline()
    first, second = Recorder("a"), Recorder("b")
    docs = [nlp.make_doc(text) for text in TEXTS[:4]]
    list(second.pipe(first.pipe(iter(docs), batch_size=2), batch_size=2))
    assert [name for name, _ in order] == ["a", "a", "b", "b", "a", "a", "b", "b"]


def test_new_words_get_the_lexical_attributes_the_rules_read() -> None:
    nlp = load_pipeline()
    doc = nlp.make_doc("Zqxvbnm 918273645 the Ywzk")
    word, number, stop, title = doc
    assert word.lower_ == "zqxvbnm" and word.is_alpha and word.is_title
    assert number.like_num and not number.is_alpha
    assert stop.is_stop and not title.is_stop and title.is_title
