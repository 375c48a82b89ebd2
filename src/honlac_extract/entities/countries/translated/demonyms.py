"""Spanish and French demonyms, inflected by rule.

Spanish and French adjectives agree in gender and number ("colombiano, colombiana,
colombianos, colombianas"; "mexicain, mexicaine, mexicains, mexicaines"). ``demonyms.tsv``
gives each masculine singular form once with the name of its paradigm; the paradigm's first
ending is the masculine one, replaced by each ending in turn. Every form is also added with a
capital letter (a French noun, "les Colombiens"; the start of a sentence or a title).
"""

from __future__ import annotations

from ..gazetteer import Place, un_names
from .rules import LanguageRules, language_rows
from .table import DERIVED, FormTable, capitalised


def inflections(masculine: str, endings: tuple[str, ...]) -> list[str]:
    """Every form of a demonym: ``endings[0]`` of ``masculine`` replaced by each ending."""
    first = endings[0]
    if first and not masculine.endswith(first):
        return [masculine]  # a row that does not fit its paradigm keeps only its own form
    stem = masculine[: len(masculine) - len(first)]
    return [stem + ending for ending in endings]


def add_demonyms(table: FormTable, language: str, rules: LanguageRules) -> None:
    """All forms of the demonyms of ``demonyms.tsv`` (demonym places, lowest priority)."""
    names = un_names()
    for masculine, paradigm, code, flag in (
        row[:4] for row in language_rows(language, "demonyms.tsv")
    ):
        place = Place("COUNTRY", code, names[code], demonym=True, language=flag == "1")
        for form in inflections(masculine, rules.paradigms[paradigm]):
            table.add(form, DERIVED, place)
            table.add(capitalised(form), DERIVED, place)
