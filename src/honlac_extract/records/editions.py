"""A programme's edition after its name: "COPOLAD III", "EL PAcCTO 2.0", "SEACOP V".

A programme that runs in phases is named with the phase's Roman numeral or version number;
the rules find the name and stop before the number, which is the name's (the analyst asks
which phase). Extended in place, within the programme's paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_EDITION = re.compile(r"[ \u00a0](?:I{2,3}|IV|VI{0,3}|IX|X|\d\.\d)(?![\w.\-/]|\.\d)")
"""A space and a Roman numeral from II or a version number ("2.0"), ending the word."""


def with_editions(found: Sequence[dict[str, Any]], ends: dict[int, int], note_text: str) -> None:
    """Extend each PROGRAMME in ``found`` over the edition written right after it; ``ends``
    maps a paragraph number to where its text ends in ``note_text``."""
    for fields in found:
        if fields["label"] != "PROGRAMME":
            continue
        end = fields["end"]
        match = _EDITION.match(note_text, end, ends.get(int(fields["paragraph"]), end))
        if match is None:
            continue
        suffix = match.group()[1:]
        fields["end"] = match.end()
        fields["text"] = note_text[fields["start"] : match.end()]
        if fields.get("name"):
            fields["name"] = f"{fields['name']} {suffix}"
