"""Spanish and French country names: the UN forms, the ISO translations and their variants.

The UN writes a long name with its head first and the rest in parentheses ("Bolivia (Estado
Plurinacional de)", "Iran (République islamique d')"); running text writes it in order
("Estado Plurinacional de Bolivia", "République islamique d'Iran"). The ISO translations invert
it with a comma ("Bolivia, Estado plurinacional de"). The particle that ends the tail is data
(``of_particles``); after an elided "d'" no space is written.
"""

from __future__ import annotations

import re

from ..gazetteer import Place, un_names
from .rules import LanguageRules, language_rows
from .table import DERIVED, EXPLICIT, ISO, FormTable


class Grammar:
    """The inverted and parenthesised name patterns of one language."""

    def __init__(self, rules: LanguageRules) -> None:
        particles = "|".join(
            re.escape(p) for p in sorted(rules.of_particles, key=len, reverse=True)
        )
        self.inverted = re.compile(rf"^(?P<head>[^,(]+), (?P<tail>[^,()]+ (?:{particles}))$")
        self.parenthesised = re.compile(r"^(?P<head>[^(]+?) \((?P<tail>[^()]+)\)$")
        self.ends_in_particle = re.compile(rf"(?:^| )(?:{particles})$")
        self.articles = rules.leading_articles
        self.small_words = rules.words("title_small_words")

    def _without_article(self, name: str) -> str:
        for article in self.articles:
            if name.startswith(article) and len(name) > len(article):
                return name[len(article) :]
        return name

    def forms(self, name: str, priority: int) -> list[tuple[str, int]]:
        """``name`` and the forms derived from it, each with its source priority."""
        name = self._without_article(name)
        found = [(name, priority)]
        inverted = self.inverted.match(name)
        if inverted:
            head, tail = inverted["head"], inverted["tail"]
            found += [(_joined(tail, head), priority), (f"{head} ({tail})", priority)]
            found.append((head, DERIVED))
        parenthesised = self.parenthesised.match(name)
        if parenthesised:
            head, tail = parenthesised["head"], parenthesised["tail"]
            found.append((head, DERIVED))
            if self.ends_in_particle.search(tail):
                found.append((_joined(tail, head), priority))
        return found + [(self.title_case(form), p) for form, p in found if "(" not in form]

    def title_case(self, form: str) -> str:
        """Every word but the small ones capitalised ("Guinée Équatoriale", "République
        Islamique d'Iran"): texts capitalise the words of a name unevenly."""
        words = form.split(" ")
        for index, word in enumerate(words):
            elided = next(
                (w for w in self.small_words if w[-1:] in "'’" and word.startswith(w)), ""
            )
            if index and word not in self.small_words:
                rest = word[len(elided) :]
                words[index] = elided + rest[:1].upper() + rest[1:]
        return " ".join(words)


def _joined(tail: str, head: str) -> str:
    """ "Estado Plurinacional de" + "Bolivia"; "République islamique d'" + "Iran"."""
    return f"{tail}{head}" if tail.endswith(("'", "\u2019")) else f"{tail} {head}"


def add_countries(table: FormTable, language: str, rules: LanguageRules) -> None:
    """The UN forms (``countries.tsv``) before the ISO translations (``countries_iso.tsv``)."""
    names = un_names()
    grammar = Grammar(rules)
    for file, priority in (("countries.tsv", EXPLICIT), ("countries_iso.tsv", ISO)):
        for written, code in (row[:2] for row in language_rows(language, file)):
            place = Place("COUNTRY", code, names[code])
            for form, form_priority in grammar.forms(written, priority):
                table.add(form, form_priority, place)
