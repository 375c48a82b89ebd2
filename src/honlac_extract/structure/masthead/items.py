"""Agenda item labels as the English notes write them ("5(a)"), whatever the language."""

from __future__ import annotations

import re

_LETTERED = re.compile(r"^(\d+)\(?([a-z])\)$")


def normal_items(found: list[str], drop: str = " \u00a0") -> list[str]:
    """Printed items without the characters of ``drop``; the Spanish and French "5 a)" gives
    "5(a)" like the English "5 (a)"."""
    items = ["".join(c for c in item if c not in drop) for item in found]
    return [_LETTERED.sub(r"\1(\2)", item) for item in items]
