"""``best_chain`` reads only the earlier candidates a step can link: the same chains as the full
scan of its window (kept here as the reference) on random sequences of every shape."""

from __future__ import annotations

import random

from honlac_extract.structure import numbering
from honlac_extract.structure.numbering import Candidate, best_chain


def _reference(found: list[Candidate]) -> list[Candidate]:
    """The former loop: every one of the ``_WINDOW`` earlier candidates tried."""
    if not found:
        return []
    unreached = float("-inf")
    numbers = [candidate.number for candidate in found]
    scores: list[float] = []
    links: list[int] = []
    for index, candidate in enumerate(found):
        number = candidate.number
        node = candidate.evidence + 1.0
        may_back = candidate.evidence >= 2.0
        best = (3.0 if number == 1 else 0.0) + node if number <= 500 else unreached
        link = -1
        low = max(0, index - numbering._WINDOW)
        for previous, earlier in enumerate(numbers[low:index], low):
            step = number - earlier
            if step > numbering._MAX_GAP:
                continue
            if step > 0:
                gain = numbering._STEPS[step]
            elif may_back and step > -50:
                gain = -numbering._BACK_COST
            else:
                continue
            before = scores[previous]
            score = before + gain + node
            if score > best and before > unreached:
                best, link = score, previous
        scores.append(best)
        links.append(link)
    index = max(range(len(found)), key=lambda i: (scores[i], -i))
    if scores[index] == unreached:
        return []
    chain = []
    while index >= 0:
        chain.append(found[index])
        index = links[index]
    chain.reverse()
    return chain


def _sequence(rng: random.Random, length: int) -> list[Candidate]:
    evidences = (-4.0, 0.0, 0.5, 2.0, 3.0, 3.5)
    numbers, number = [], 1
    for _ in range(length):
        shape = rng.random()
        if shape < 0.5:
            number += 1
        elif shape < 0.6:
            number += rng.randint(2, 9)
        elif shape < 0.7:
            number = max(1, number - rng.randint(0, 60))
        elif shape < 0.8:
            number = rng.randint(1, 700)
        numbers.append(number if shape < 0.9 else rng.randint(1, 12))
    return [
        Candidate(n, str(n), 10 * i, 10 * i + 2, rng.choice(evidences))
        for i, n in enumerate(numbers)
    ]


def test_the_same_chain_as_the_full_window_scan() -> None:
    rng = random.Random(2026)
    for trial in range(400):
        found = _sequence(rng, rng.choice((0, 1, 5, 63, 64, 65, 130, 300)))
        assert best_chain(found) == _reference(found), trial


def test_a_long_list_of_numbered_lines_is_one_chain() -> None:
    found = [Candidate(n, str(n), 30 * n, 30 * n + 2, 3.0) for n in range(1, 2001)]
    assert best_chain(found) == found == _reference(found)
