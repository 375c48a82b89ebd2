"""Numbered elements (paragraph numbers "12.", section numerals "IV.") chosen by sequence.

A number followed by a full stop is everywhere in a note ("version 7.", "Item 3."), and in a
flattened note nothing but the sequence tells a paragraph number from one in a sentence.
Every candidate gets an evidence score (at a line start, after a sentence end, after a word
such as "paragraph" that makes it a reference); the chosen candidates are the best-scoring
chain in document order, where n + 1 following n scores highest, small gaps cost a little
(a paragraph is missing) and a step back is only taken on strong evidence. Numbers have no
upper bound (a long note keeps every paragraph), but one above ``_START_MAX`` is only taken
as the continuation of a sequence, never to start one: a lone year or quantity at a line
start ("2017. The ...") is not a paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass

from ..conditioning import Mask, Rules, sentence_ends
from .headings import looks_like_heading

_WINDOW = 64
_LOOK_BACK = 200
_WORD_BACK = 40
_HEADING_BACK = 120
_HEADING_WORDS = 5
_HEADING_BEFORE = 0.5
_FOLLOW = 4.0
_GAP_COST = 1.5
_MAX_GAP = 6
_BACK_COST = 3.0
_START_MAX = 500
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_VALID_ROMAN = re.compile(r"^(?:L?X{0,3})(?:IX|IV|V?I{0,3})$")


@dataclass(frozen=True)
class Candidate:
    """A number that may open a paragraph or section."""

    number: int
    label: str
    start: int
    end: int
    evidence: float


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral up to 89, or None if it is not well formed."""
    if not numeral or not _VALID_ROMAN.match(numeral):
        return None
    total = 0
    for index, char in enumerate(numeral):
        value = _ROMAN[char]
        following = _ROMAN[numeral[index + 1]] if index + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def _evidence(text: str, start: int, rules: Rules) -> float:
    """How much the context before ``start`` says a numbered element begins here.

    Only a bounded window before ``start`` is read, so a flattened note stays linear.
    """
    window = max(start - _LOOK_BACK, 0)
    line_start = text.rfind("\n", window, start) + 1 or window
    before = text[line_start:start]
    if (line_start > window or line_start == 0) and not before.strip(" \t\u00a0*∗_"):
        previous_line = text[
            text.rfind("\n", max(line_start - _LOOK_BACK, 0), line_start - 1) + 1 : line_start - 1
        ]
        return 3.5 if line_start == 0 or not previous_line.strip() else 3.0
    stripped = before[-_LOOK_BACK:].rstrip(" \t\u00a0*∗")
    if stripped and stripped[-1] in '.;:!?)]”"’':
        word = _last_word(stripped[-_WORD_BACK:-1])
        if stripped[-1] == "." and word.lower() in rules.number_context_words:
            return -4.0
        return 2.0
    if _last_word(stripped[-_WORD_BACK:]).lower() in rules.number_context_words:
        # "IV. Recommendations 7." in a flattened note: the word titles a section, it does not
        # point at recommendation 7 ("in line with recommendation 32." still does).
        return _HEADING_BEFORE if _after_section_title(stripped[-_HEADING_BACK:], rules) else -4.0
    return _HEADING_BEFORE if _after_short_heading(stripped[-_HEADING_BACK:], rules) else 0.0


def _after_section_title(before: str, rules: Rules) -> bool:
    """Whether ``before`` ends with a numbered section's title ("... 2017. IV. Recommendations")."""
    numerals = list(rules.section_number.finditer(before))  # ``before`` is a short window
    last = numerals[-1] if numerals else None
    if last is None or roman_value(last.group(1)) is None:
        return False
    title = before[last.end() :]
    return (
        0 < len(title.split()) <= _HEADING_WORDS
        and not sentence_ends(title, 0, len(title), rules)
        and looks_like_heading(title, rules)
    )


def _after_short_heading(before: str, rules: Rules) -> bool:
    """Whether ``before`` ends with a short heading after a sentence end ("... plans. Colombia").

    In a flattened note this tells a paragraph number after a sub-heading from the same
    number closing a sentence ("the total reached 4."), which the sequence alone cannot.
    """
    ends = sentence_ends(before, 0, len(before), rules)
    if not ends:
        return False
    tail = before[ends[-1] :]
    return 0 < len(tail.split()) <= _HEADING_WORDS and looks_like_heading(tail, rules)


def _last_word(text: str) -> str:
    """The last run of letters in ``text``, skipping up to three trailing non-letters (accented
    letters count: "párrafo 4.", "étape 3.")."""
    end = len(text)
    for _ in range(3):
        if end and not text[end - 1].isalpha():
            end -= 1
    start = end
    while start and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def candidates(
    text: str, pattern: re.Pattern[str], roman: bool, rules: Rules, mask: Mask
) -> list[Candidate]:
    """Every match of ``pattern`` that opens a word, outside masked text, with its evidence."""
    found = []
    for match in pattern.finditer(text):
        start = match.start()
        if (start > 0 and text[start - 1] not in rules.number_may_follow) or mask.contains(start):
            continue
        label = match.group(1)
        number = roman_value(label) if roman else int(label)
        if not number:
            continue
        found.append(Candidate(number, label, start, match.end(), _evidence(text, start, rules)))
    return found


_STEPS = {step: _FOLLOW - _GAP_COST * (step - 1) for step in range(1, _MAX_GAP + 1)}
"""The score of a forward step n -> n + step: n + 1 scores highest, a small gap (a missing
paragraph) costs a little; a longer step links nothing."""


def best_chain(found: list[Candidate]) -> list[Candidate]:
    """The highest-scoring chain of candidates in document order (see module docstring).

    Each candidate looks back over at most ``_WINDOW`` earlier ones: a forward step scores from
    ``_STEPS``, a step back (of under 50) only on strong evidence. The rule is inlined (a
    function call per pair of candidates was most of this loop's time), and only the earlier
    candidates a step can link are read: ``window`` keeps the last ``_WINDOW`` sorted by
    number, so the numbers ``_MAX_GAP`` below to 49 above are one bisection away (in a list of
    thousands of numbered lines nearly all of the 64 are too far below to link).
    """
    if not found:
        return []
    unreached = float("-inf")
    numbers = [candidate.number for candidate in found]
    scores: list[float] = []
    links: list[int] = []
    steps, max_gap, back = _STEPS, _MAX_GAP, -_BACK_COST
    size = len(found)
    window: list[int] = []  # number * size + index of the last _WINDOW candidates, sorted
    for index, candidate in enumerate(found):
        number = candidate.number
        node = candidate.evidence + 1.0
        may_back = candidate.evidence >= 2.0
        may_start = number <= _START_MAX
        best = (3.0 if number == 1 else 0.0) + node if may_start else unreached
        link = -1
        # earlier numbers from max_gap below up to 49 above (a step back) or just below
        low = bisect_left(window, (number - max_gap) * size)
        high = bisect_left(window, (number + 50 if may_back else number) * size, low)
        linkable = [key % size for key in window[low:high]]
        if len(linkable) > 1:
            linkable.sort()  # in text order, as ties go
        for previous in linkable:
            step = number - numbers[previous]
            gain = steps[step] if step > 0 else back
            before = scores[previous]
            score = before + gain + node
            if score > best and before > unreached:
                best, link = score, previous
        scores.append(best)
        links.append(link)
        if index >= _WINDOW:
            oldest = index - _WINDOW
            del window[bisect_left(window, numbers[oldest] * size + oldest)]
        insort(window, number * size + index)
    index = max(range(len(found)), key=lambda i: (scores[i], -i))
    if scores[index] == unreached:
        return []
    chain = []
    while index >= 0:
        chain.append(found[index])
        index = links[index]
    chain.reverse()
    return chain


def without_nested_lists(chain: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """The chain without a run that restarts at 1 and after which numbering goes on from the
    number before it ("11. ... adopted the following agenda: 1. Opening. 2. ... 7. Adoption of
    the report. 12. The documents ..."): that run is a list inside paragraph 11, not seven
    paragraphs; the number that goes on is taken from ``found`` (every candidate, in text
    order) when the chain skipped it. An annex's restarted numbering never returns to the
    body's, so it stays."""
    starts = [candidate.start for candidate in found]
    kept: list[Candidate] = []
    index = 0
    while index < len(chain):
        candidate = chain[index]
        if kept and candidate.number == 1 and kept[-1].number > 1:
            end = index + 1
            while end < len(chain) and chain[end].number == chain[end - 1].number + 1:
                end += 1
            limit = chain[end].start + 1 if end < len(chain) else found[-1].start + 1
            after, number = chain[end - 1].start, kept[-1].number + 1
            resume = _number_between(found, starts, after, limit, number)
            if resume is not None:
                kept.append(resume)  # the list's items join the paragraph before them
                index = end + (end < len(chain) and chain[end] is resume)
                if index >= len(chain):  # the chain ended in the list: the body goes on
                    kept += _numbers_after(found, starts, resume)
                continue
        kept.append(candidate)
        index += 1
    return kept


def _numbers_after(found: list[Candidate], starts: list[int], last: Candidate) -> list[Candidate]:
    """The candidates that go on numbering after ``last`` (its number + 1, + 2, ...)."""
    out: list[Candidate] = []
    limit = found[-1].start + 1
    while following := _number_between(found, starts, last.start, limit, last.number + 1):
        out.append(following)
        last = following
    return out


def _number_between(
    found: list[Candidate], starts: list[int], after: int, before: int, number: int
) -> Candidate | None:
    """The first candidate numbered ``number`` that starts after ``after`` and before
    ``before``."""
    for index in range(bisect_right(starts, after), bisect_left(starts, before)):
        if found[index].number == number:
            return found[index]
    return None
