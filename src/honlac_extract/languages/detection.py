"""Language detection by function-word counts: enough to tell English, Spanish and French apart.

The series is issued in three languages with very different function words, so counting a few
dozen of them in the first part of a note is reliable without a model, needs no download and
runs in linear time. The word lists are data (``data/languages/detection.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import cast

from ..models import LanguageCode as Language  # re-exported by the package
from ..resources import data_json

LANGUAGES: tuple[Language, ...] = ("en", "es", "fr")
_WORD = re.compile(r"[^\W\d_]+")  # runs of letters, any script


@dataclass(frozen=True)
class _Detector:
    """The word lists, inverted: each function word points to its language."""

    language_of: dict[str, Language]
    sample: int
    minimum: int
    margin: float
    default: Language


@cache
def _detector() -> _Detector:
    data = data_json("languages/detection.json")
    language_of: dict[str, Language] = {}
    for language in LANGUAGES:
        for word in data["words"][language]:
            language_of[word] = language
    return _Detector(
        language_of,
        int(data["sample_characters"]),
        int(data["minimum_hits"]),
        float(data["margin"]),
        cast(Language, data["default"]),
    )


def detect_language(text: str) -> Language | None:
    """The language of ``text`` ("en", "es" or "fr"), or None when it has too few words to tell.

    Spanish or French wins only by a clear margin over English: notes in any language quote
    English symbols, acronyms and titles, and English is the series' usual language.
    """
    detector = _detector()
    hits = dict.fromkeys(LANGUAGES, 0)
    for word in _WORD.findall(text[: detector.sample].lower()):
        language = detector.language_of.get(word)
        if language is not None:
            hits[language] += 1
    best = max(LANGUAGES, key=lambda language: (hits[language], language == detector.default))
    if hits[best] < detector.minimum:
        return None
    if best != detector.default and hits[best] < detector.margin * hits[detector.default]:
        return detector.default
    return best
