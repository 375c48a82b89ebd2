"""The ``review`` command: one self-contained HTML page to check a note's extraction by eye.

The page shows the full ``note.text`` with every entity highlighted in its label's colour, the
normalised fields on hover (``title``) and in a side panel on click, the metadata, a table of
contents of sections and sub-headings, and the warnings. It loads nothing from the network:
CSS and script are inline and a Content-Security-Policy forbids every other source, and only
the page's own script (allowed by its hash) may run, so even text that escaped escaping could
not execute. All note text goes through :func:`html.escape`.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, display_path
from ..models import Entity, Note
from .json_files import read_note_json, write_atomic
from .review_facts import FACTS_SCRIPT, facts_panel

LABEL_COLOURS = {
    "COUNTRY": "#8dd3c7",
    "LOCATION": "#ffed6f",
    "REGION": "#bebada",
    "DATE": "#fb8072",
    "QUANTITY": "#80b1d3",
    "AGENCY": "#fdb462",
    "PROGRAMME": "#b3de69",
}
"""One colour per label (ColorBrewer Set3: light enough to read black text on)."""

_SPAN_FIELDS = {"id", "label", "text", "start", "end"}

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#111;background:#fafafa}
header{padding:12px 20px;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:20px;margin:0 0 8px}
h2{font-size:15px;margin:14px 0 6px}
dl.meta{display:grid;grid-template-columns:repeat(3,max-content minmax(0,1fr));
 gap:2px 12px;margin:0;font-size:13px}
dl.meta dt{color:#555}dl.meta dd{margin:0;overflow-wrap:anywhere}
.layout{display:grid;grid-template-columns:260px minmax(0,1fr) 300px;gap:16px;padding:16px 20px}
nav,aside{font-size:13px;align-self:start;position:sticky;top:8px;max-height:96vh;overflow:auto}
nav ol,nav ul{padding-left:18px;margin:4px 0}
pre.note{white-space:pre-wrap;word-wrap:break-word;font:13px/1.55 ui-monospace,monospace;
 background:#fff;border:1px solid #ddd;padding:14px;margin:0}
mark.ent{border-radius:2px;padding:0 1px;box-shadow:inset 0 -2px 0 rgba(0,0,0,.3);cursor:pointer;
 color:inherit}
mark.ent.selected{outline:2px solid #000}
.legend label{display:block;margin:2px 0}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;
 vertical-align:-1px}
ul.warnings li{color:#8a3b00}
table.fields{border-collapse:collapse;width:100%}
table.fields td{border-top:1px solid #eee;padding:2px 4px;vertical-align:top}
table.fields td:first-child{color:#555;white-space:nowrap}
"""

_SCRIPT = """
(function () {
  var data = JSON.parse(document.getElementById("entity-data").textContent);
  var panel = document.getElementById("panel-body");
  var selected = [];
  function show(index) {
    selected.forEach(function (m) { m.classList.remove("selected"); });
    selected = Array.prototype.slice.call(
      document.querySelectorAll('mark[data-entity="' + index + '"]'));
    selected.forEach(function (m) { m.classList.add("selected"); });
    var table = document.createElement("table");
    table.className = "fields";
    Object.keys(data[index]).forEach(function (key) {
      var row = table.insertRow();
      row.insertCell().textContent = key;
      row.insertCell().textContent = JSON.stringify(data[index][key]);
    });
    panel.replaceChildren(table);
  }
  document.querySelector("pre.note").addEventListener("click", function (event) {
    var mark = event.target.closest("mark[data-entity]");
    if (mark) {
      show(mark.getAttribute("data-entity"));
      history.replaceState(null, "", "#entity-" + mark.getAttribute("data-entity"));
    }
  });
  document.querySelectorAll(".legend input").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.value, !box.checked);
    });
  });
  var linked = /^#entity-(\\d+)$/.exec(location.hash);
  if (linked && data[linked[1]]) { show(linked[1]); }
  document.body.setAttribute("data-ready", "1");
})();
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _label_css() -> str:
    rules = []
    for label, colour in LABEL_COLOURS.items():
        rules.append(f'mark.ent[data-label="{label}"]{{background:{colour}}}')
        rules.append(
            f'.hide-{label} mark.ent[data-label="{label}"]{{background:none;box-shadow:none}}'
        )
    return "\n".join(rules)


def normalised(entity: Entity) -> dict[str, object]:
    """The fields of ``entity`` beyond its span: what the side panel and the hover show."""
    fields = entity.model_dump(exclude=_SPAN_FIELDS)
    return {"id": entity.id, **{k: v for k, v in fields.items() if v is not None}}


def _title(entity: Entity) -> str:
    lines = [f"{entity.label}: {entity.text}"]
    lines += [f"{k}: {v}" for k, v in normalised(entity).items() if k != "id"]
    return "\n".join(lines)


@dataclass(frozen=True)
class _Open:
    index: int
    entity: Entity


def usable(note: Note) -> tuple[list[tuple[int, Entity]], list[str]]:
    """Entities that can be drawn (offsets inside the text, non-empty) and why others cannot."""
    drawable: list[tuple[int, Entity]] = []
    problems: list[str] = []
    for index, entity in enumerate(note.entities):
        if 0 <= entity.start < entity.end <= len(note.text):
            drawable.append((index, entity))
        else:
            problems.append(f"entity {entity.id} has unusable offsets {entity.start}-{entity.end}")
    return drawable, problems


def _open_tag(item: _Open, continued: bool) -> str:
    part = ' data-part="cont"' if continued else ""
    return (
        f'<mark class="ent" data-label="{_e(item.entity.label)}" data-entity="{item.index}"'
        f'{part} title="{_e(_title(item.entity))}">'
    )


def highlight(text: str, entities: Iterable[tuple[int, Entity]], anchors: dict[int, str]) -> str:
    """``text`` escaped, with a ``<mark>`` per entity and an empty anchor at each offset given.

    Marks nest: at one offset, longer entities open first. An entity that crosses the end of
    an enclosing one is closed there and reopened right after (the second piece carries
    ``data-part="cont"``), so the HTML stays well formed and every character keeps all of its
    labels. Each entity therefore has exactly one mark without ``data-part``.
    """
    ordered = sorted(entities, key=lambda pair: (pair[1].start, -pair[1].end, pair[0]))
    starts: dict[int, list[_Open]] = {}
    for index, entity in ordered:
        starts.setdefault(entity.start, []).append(_Open(index, entity))
    positions = sorted({0, len(text), *starts, *anchors, *(e.end for _, e in ordered)})
    stack: list[_Open] = []
    out: list[str] = []
    previous = 0
    for position in positions:
        out.append(html.escape(text[previous:position], quote=False))
        previous = position
        ending = {item.index for item in stack if item.entity.end == position}
        reopen: list[_Open] = []
        while ending:
            top = stack.pop()
            out.append("</mark>")
            if top.index in ending:
                ending.discard(top.index)
            else:
                reopen.append(top)
        for item in reversed(reopen):
            stack.append(item)
            out.append(_open_tag(item, continued=True))
        if position in anchors:
            out.append(f'<a id="{_e(anchors[position])}"></a>')
        for item in starts.get(position, []):
            stack.append(item)
            out.append(_open_tag(item, continued=False))
    return "".join(out)


def _anchors(note: Note) -> dict[int, str]:
    anchors: dict[int, str] = {}
    for number, sub in enumerate(note.subsections, start=1):
        anchors.setdefault(sub.start, f"heading-{number}")
    for section in note.sections:
        anchors.setdefault(section.start, f"section-{section.ordinal}")
        for number, sub in enumerate(section.subsections, start=1):
            anchors.setdefault(sub.start, f"section-{section.ordinal}-{number}")
    return anchors


def _contents(note: Note) -> str:
    if not note.sections and not note.subsections:
        return "<p>No sections found.</p>"
    items = [
        f'<li><a href="#heading-{number}">{_e(sub.title)}</a></li>'
        for number, sub in enumerate(note.subsections, start=1)
    ]
    for section in note.sections:
        subs = "".join(
            f'<li><a href="#section-{section.ordinal}-{number}">{_e(sub.title)}</a></li>'
            for number, sub in enumerate(section.subsections, start=1)
        )
        inner = f"<ul>{subs}</ul>" if subs else ""
        items.append(
            f'<li><a href="#section-{section.ordinal}">{_e(section.number)}. '
            f"{_e(section.title)}</a>{inner}</li>"
        )
    return f"<ol>{''.join(items)}</ol>"


def _metadata(note: Note) -> str:
    rows = []
    for key, value in note.metadata.model_dump().items():
        if value in (None, []):
            continue
        shown = "; ".join(map(str, value)) if isinstance(value, list) else value
        rows.append(f"<dt>{_e(key)}</dt><dd>{_e(shown)}</dd>")
    rows.append(f"<dt>source</dt><dd>{_e(note.source.path or '-')}</dd>")
    rows.append(f"<dt>sha256</dt><dd>{_e(note.source.sha256)}</dd>")
    counts = f"{len(note.sections)} sections, {len(note.paragraphs)} paragraphs, "
    counts += f"{len(note.entities)} entities"
    rows.append(f"<dt>found</dt><dd>{_e(counts)}</dd>")
    return f'<dl class="meta">{"".join(rows)}</dl>'


def _legend(note: Note) -> str:
    counts = {label: 0 for label in LABEL_COLOURS}
    for entity in note.entities:
        counts[entity.label] = counts.get(entity.label, 0) + 1
    rows = [
        f'<label><input type="checkbox" value="{_e(label)}" checked>'
        f'<span class="swatch" style="background:{LABEL_COLOURS.get(label, "#ddd")}"></span>'
        f"{_e(label)} ({count})</label>"
        for label, count in counts.items()
    ]
    return f'<div class="legend">{"".join(rows)}</div>'


def _warnings(warnings: list[str]) -> str:
    if not warnings:
        return "<p>No warnings.</p>"
    return '<ul class="warnings">' + "".join(f"<li>{_e(w)}</li>" for w in warnings) + "</ul>"


def _json_for_script(value: object) -> str:
    """JSON that cannot end its ``<script>`` element early (``<``, ``>``, ``&`` escaped)."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render(note: Note) -> str:
    """The review page of ``note`` as one HTML document."""
    drawable, problems = usable(note)
    body = highlight(note.text, drawable, _anchors(note))
    script = _SCRIPT + FACTS_SCRIPT
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'"
    name = note.metadata.symbol or Path(note.source.path or "note").name
    data = _json_for_script(
        [
            {"label": e.label, "text": e.text, "start": e.start, "end": e.end, **normalised(e)}
            for e in note.entities
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_e(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: {_e(name)}</title>
<style>{_CSS}{_label_css()}</style>
</head>
<body>
<header>
<h1>{_e(note.metadata.title or name)}</h1>
{_metadata(note)}
<h2>Warnings</h2>
{_warnings([*note.warnings, *problems])}
</header>
<div class="layout">
<nav>
<h2>Entities</h2>
{_legend(note)}
<h2>Contents</h2>
{_contents(note)}
</nav>
<main><pre class="note">{body}</pre></main>
<aside><h2>Entity</h2><div id="panel-body">Click a highlighted mention to see its
normalised fields (hovering shows them too; <code>#entity-N</code> in the address selects
entity N).</div>{facts_panel(note)}</aside>
</div>
<script type="application/json" id="entity-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""


def load_note(path: Path) -> Note:
    """A Note from a Note JSON file (``.json``) or by extracting a note file."""
    if path.suffix.lower() == ".json":
        return read_note_json(path)  # bounded, never from a pipe, one-line errors
    from ..api import extract_file  # here: the CLI starts without importing spaCy

    return extract_file(path)


def _command(arguments: argparse.Namespace) -> int:
    if not Path(arguments.note).exists():  # a usage error (2), as in convert and table
        print(
            f"honlac-extract review: {display_path(arguments.note)}: no such file", file=sys.stderr
        )
        return 2
    try:
        note = load_note(Path(arguments.note))
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    try:
        write_atomic(Path(arguments.output), render(note))
    except OSError as error:
        from .convert import EXIT_OUTPUT, output_failure

        print(output_failure("review", error), file=sys.stderr)
        return EXIT_OUTPUT
    return 0


def add_review_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``review`` on the command line's sub-commands."""
    parser = commands.add_parser(
        "review",
        help="write a self-contained HTML page highlighting a note's entities",
        description="NOTE is a note file (.txt) or a Note JSON file (.json).",
    )
    parser.add_argument("note", help="note file or Note JSON file")
    parser.add_argument("-o", "--output", required=True, help="the HTML file to write")
    parser.set_defaults(run=_command)
