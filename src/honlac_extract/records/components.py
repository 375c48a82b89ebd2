"""A programme's component named by it: a programme of its own, nested over its programme.

"el componente fluvial del Programa Mundial contra la Delincuencia Marítima (GMCP)", "le volet
cryptoactifs du Programme mondial contre la cybercriminalité": the rules find the programme;
the component is the words that end right before it (a component word, one to six words, "del"
or "du"), read here from the language's data (``component_before``), when the programme is
headed by a programme word or is an acronym (``component_heads``: a strategy's component is
not one). Its name is those words
and the programme's name ("componente fluvial del GMCP" names the same component as the long
form); its text runs to the programme's end. English has no such rule yet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from ..resources import data_json

_WINDOW = 120
"""Characters before a programme in which its component's words are looked for."""
_COPIED = ("section", "paragraph", "kind")


@cache
def _rules(language: str) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """The words before a component's programme and the heads that programme may have."""
    if language == "en":
        return None
    grammar: dict[str, Any] = data_json(f"languages/{language}/organisations_grammar.json")
    pattern = grammar.get("component_before")
    heads = frozenset(grammar.get("component_heads", ()))
    return (re.compile(pattern), heads) if pattern else None


def _programme_of_components(text: str, heads: frozenset[str]) -> bool:
    """Whether a programme's text can have components: headed by a programme word
    ("Programa Mundial ...") or an acronym ("GMCP"), not a strategy or a body."""
    first = text.split()[0] if text.split() else ""
    return first.lower() in heads or (first.isupper() and len(first) > 1)


def component_mentions(
    found: Sequence[dict[str, Any]], starts: dict[int, int], note_text: str, language: str
) -> list[dict[str, Any]]:
    """New PROGRAMME entities (fields as the records stage writes them) for the components
    named before the programmes in ``found``; ``starts`` maps a paragraph number to where its
    text starts in ``note_text`` (a component never reaches into the paragraph before)."""
    rules = _rules(language)
    if rules is None:
        return []
    pattern, heads = rules
    made = []
    for fields in found:
        if fields["label"] != "PROGRAMME" or not fields.get("name"):
            continue
        if not _programme_of_components(fields["text"], heads):
            continue
        start = fields["start"]
        begin = max(start - _WINDOW, starts.get(int(fields["paragraph"]), start))
        match = pattern.search(note_text, begin, start)
        if match is None:
            continue
        component = match.start("component")
        words = " ".join(note_text[component:start].split())
        entity = {key: fields[key] for key in _COPIED if key in fields}
        entity.update(
            label="PROGRAMME",
            source="pattern:component",
            text=note_text[component : fields["end"]],
            start=component,
            end=fields["end"],
            name=f"{words} {fields['name']}",
        )
        made.append(entity)
    return made
