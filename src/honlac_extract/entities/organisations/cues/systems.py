"""A system's lower-camel name: "goAML", "goCASE", "eTrace", "iARMS", "nCEN".

Software platforms and databases of the field are named with a lower-case prefix before a
capital ("go" for UNODC's products, "e", "i", "n" for others); no word of the notes' prose
has that shape, so such a word is a programme (kind "system") wherever it stands, unless a
rule already took it or the data lists it as no system ("iPhone").
"""

from __future__ import annotations

import re
from functools import cache

from ....resources import data_json
from ..found import Found
from ..view import WordView


@cache
def _rules() -> tuple[re.Pattern[str], frozenset[str]]:
    raw = data_json("organisation_patterns.json")
    return re.compile(raw["system_name"]), frozenset(raw["not_system_names"])


def system_names(view: WordView, found: list[Found]) -> list[Found]:
    """A PROGRAMME for each lower-camel system name no candidate in ``found`` holds."""
    pattern, excluded = _rules()
    taken = {index for item in found for index in range(item.first, item.last)}
    made = []
    for index, word in enumerate(view.words):
        if index in taken or not pattern.fullmatch(word.text) or word.text in excluded:
            continue
        item = Found(index, index + 1, "PROGRAMME", "pattern:system-name", kind="system")
        item.name = word.text
        made.append(item)
    return made
