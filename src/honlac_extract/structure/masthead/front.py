"""Front matter after the masthead fields: agenda items and their titles, the title and
the document-type line, up to the first line of body text.

The header's non-masthead lines are grouped into runs (consecutive lines of one block). The
run after an agenda line is the agenda item's title; a run matching a document-type line
("Note by the Secretary-General", "Resolution adopted by ...") is the document type; the
first other run is the title, continued by the next runs while it ends on a function word
or the next starts in lower case; any other run after it ends the front matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .fields import Fields, read_field_line
from .items import normal_items
from .joins import joined_lines
from .lines import Line
from .rules import KindRule, MastheadRules


@dataclass
class Front:
    """The front matter read from the header lines."""

    fields: Fields = field(default_factory=Fields)
    agenda_items: list[str] = field(default_factory=list)
    agenda_titles: list[str] = field(default_factory=list)
    title: str | None = None
    document_type: str | None = None
    document_kind: str | None = None


def _agenda(lines: list[Line], index: int, rules: MastheadRules) -> tuple[int, list[str]]:
    """Lines used by an agenda line at ``index`` (1 or 2: "... of the preliminary / list*";
    a line ending "of the" goes on over a block break too)."""
    alone: tuple[int, list[str]] = (0, [])
    for used in (1, 2):
        chunk = lines[index : index + used]
        open_end = rules.agenda_open_end.search(chunk[0].text) is not None
        if len(chunk) < used or (chunk[-1].block != chunk[0].block and not open_end):
            break
        match = rules.agenda_line.match(" ".join(line.text for line in chunk))
        if match and (used == 2 or not open_end):
            return used, normal_items(rules.agenda_item.findall(match.group("items")))
        if match:  # "... of the" goes on: "preliminary list*" on the next line
            alone = (1, normal_items(rules.agenda_item.findall(match.group("items")), " "))
    return alone


def _runs(lines: list[Line], front: Front, rules: MastheadRules) -> list[tuple[bool, list[str]]]:
    """(after an agenda line, texts) runs of non-masthead lines up to the body."""
    runs: list[tuple[bool, list[str]]] = []
    after_agenda = False
    previous: Line | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        if rules.body_openings.match(line.text):
            break
        used, items = (0, []) if front.agenda_items else _agenda(lines, index, rules)
        if used:
            front.agenda_items = items
            after_agenda, previous = True, None
            index += used
            continue
        continued = (
            previous is not None
            and previous.block == line.block
            and _continues(previous.text, line.text, rules)
        )
        masthead = not front.agenda_items and (not runs or front.fields.date is None)
        known = (front.fields.date, len(front.fields.symbols))
        if not continued and read_field_line(line.text, front.fields, rules, masthead):
            if masthead and known != (front.fields.date, len(front.fields.symbols)):
                runs.clear()  # what came before the symbol or issue date is emblem debris
            previous = None
            index += 1
            continue
        if previous is None or previous.block != line.block:
            runs.append((after_agenda, []))
            after_agenda = False
        runs[-1][1].append(line.text)
        previous = line
        index += 1
    return runs


def _document_type(text: str, rules: MastheadRules) -> KindRule | None:
    return next((r for r in rules.document_type_lines if r.pattern.fullmatch(text)), None)


def _continues(title: str, text: str, rules: MastheadRules) -> bool:
    last = title.rsplit(" ", 1)[-1].lower()
    if last in rules.title_continues_after or text[:1].islower():
        return True
    return _YEAR.fullmatch(text.strip()) is not None and _is_month(last, rules)


_YEAR = re.compile(r"(?:19|20)\d{2}")


def _is_month(word: str, rules: MastheadRules) -> bool:
    """Whether ``word`` is a month name ("... du 5 au 9 octobre" / "2026": the date goes on)."""
    try:
        rules.words.month_number(word)
    except KeyError:
        return False
    return True


def _open(title: list[str], text: str, rules: MastheadRules) -> bool:
    """Whether ``text`` closes a title still waiting for its closing clause (a letter's
    "... Inalienable" / "Rights of the Palestinian People addressed to the Secretary-General")."""
    whole = " ".join(title)
    return any(
        o.pattern.search(whole) and not o.until.search(whole) and o.until.search(text)
        for o in rules.title_open
    )


def _first_organ(fields: Fields, rules: MastheadRules) -> None:
    """The organ the first symbol's series names goes first: a scan's two columns may print
    "Security Council" before "General Assembly" on A/45/189-S/21225."""
    series = fields.symbols[0].split("/", 1)[0] if fields.symbols else ""
    organ = rules.series_organs.get(series)
    if organ in fields.organs:
        fields.organs.remove(organ)
        fields.organs.insert(0, organ)


def _upper_lines(texts: list[str]) -> int:
    count = 0
    for text in texts:
        if not (text.isupper() and len(text) > 3):
            break
        count += 1
    return count


def read_front(lines: list[Line], rules: MastheadRules) -> Front:
    """Masthead fields, agenda, document type and title of the header lines."""
    front = Front()
    body = next((i for i, line in enumerate(lines) if rules.body_openings.match(line.text)), None)
    lines = joined_lines(lines[:body], rules) + lines[len(lines) if body is None else body :]
    runs = _runs(lines, front, rules)
    _first_organ(front.fields, rules)
    title: list[str] = []
    agenda_titles = False  # inside the run of capitalised agenda item titles
    for after_agenda, texts in runs:
        text = " ".join(texts)
        if agenda_titles and not title and _upper_lines(texts) == len(texts):
            front.agenda_titles += texts
            continue
        agenda_titles = False
        kind = _document_type(text, rules)
        if kind is not None:
            front.document_type = front.document_type or text
            front.document_kind = front.document_kind or kind.kind
            continue
        if any(p.fullmatch(text) for p in rules.furniture_lines):
            continue
        if after_agenda and not title:
            upper = _upper_lines(texts) if len(front.agenda_items) > 1 else 0
            if upper:
                front.agenda_titles = texts[:upper]
                agenda_titles = upper == len(texts)
                texts = texts[upper:]
                if not texts:
                    continue
                text = " ".join(texts)
            elif not any(r.pattern.search(text) for r in rules.kind_by_text if r.title_only):
                front.agenda_titles = [text]
                continue
        if not title:
            title = [rules.resolution_number.sub("", text)]
        elif _continues(title[-1], text, rules) or _open(title, text, rules):
            title.append(text)
        else:
            break
    front.title = " ".join(title) or None
    return front
