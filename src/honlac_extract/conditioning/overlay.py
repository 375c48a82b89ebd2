"""A language's rules: the English data file overlaid with ``data/languages/<lang>/<file>``.

The language file holds only what differs: each top-level key replaces the English value,
and the lists or tables under ``"extend"`` are added to the English ones (an English document
type or symbol form stays known in a Spanish note). Keys starting with ``_`` are comments.
English, or a language without its own file, gets the English data unchanged.
"""

from __future__ import annotations

import copy
from functools import cache
from importlib import resources
from typing import Any

from ..resources import data_json


def _has_file(language: str, name: str) -> bool:
    folder = resources.files("honlac_extract").joinpath("data", "languages", language)
    return folder.joinpath(name).is_file()


def _merged(english: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(english)
    for key, value in overlay.items():
        if key.startswith("_"):
            continue
        if key != "extend":
            merged[key] = copy.deepcopy(value)
            continue
        for name, more in value.items():
            if isinstance(more, dict):
                merged[name] = {**merged.get(name, {}), **more}
            else:
                merged[name] = [*merged.get(name, []), *more]
    return merged


@cache
def language_data(name: str, language: str) -> dict[str, Any]:
    """The rules data file ``name`` for ``language`` (English overlaid with its file)."""
    english: dict[str, Any] = data_json(name)
    if language == "en" or not _has_file(language, name):
        return english
    return _merged(english, data_json(f"languages/{language}/{name}"))
