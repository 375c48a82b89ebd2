"""The facts list of the review page: click a fact to select the marks of its slots.

A link to ``page.html#fact-f3`` opens the page with fact ``f3`` selected, as if clicked.

Each fact is one ``<li>`` whose ``data-entities`` lists the page indices of its slot entities
(the ``data-entity`` of their marks) and whose ``data-fields`` holds its resolved fields as
JSON (attribute-escaped); :data:`FACTS_SCRIPT` is appended to the page's own script, so it is
covered by the same Content-Security-Policy hash.
"""

from __future__ import annotations

import html
import json

from ..models import Note

FACTS_CSS = (
    "ol.facts{padding-left:22px;margin:4px 0}ol.facts li{cursor:pointer;margin:2px 0}"
    "ol.facts li.selected{outline:2px solid #000}"
)

FACTS_SCRIPT = """
(function () {
  var panel = document.getElementById("panel-body");
  document.querySelectorAll("li[data-fact]").forEach(function (item) {
    item.addEventListener("click", function () {
      document.querySelectorAll(".selected").forEach(function (m) {
        m.classList.remove("selected");
      });
      item.classList.add("selected");
      var marks = [];
      item.getAttribute("data-entities").split(" ").forEach(function (index) {
        if (index) {
          document.querySelectorAll('mark[data-entity="' + index + '"]').forEach(function (m) {
            m.classList.add("selected");
            marks.push(m);
          });
        }
      });
      var fields = JSON.parse(item.getAttribute("data-fields"));
      var table = document.createElement("table");
      table.className = "fields";
      Object.keys(fields).forEach(function (key) {
        var row = table.insertRow();
        row.insertCell().textContent = key;
        row.insertCell().textContent = JSON.stringify(fields[key]);
      });
      panel.replaceChildren(table);
      if (marks.length) { marks[0].scrollIntoView({block: "center"}); }
    });
  });
  var wanted = /^#fact-(.+)$/.exec(location.hash);
  if (wanted) {
    var chosen = document.querySelector('li[data-fact="' + CSS.escape(wanted[1]) + '"]');
    if (chosen) { chosen.click(); }
  }
})();
"""


def _summary(fact_fields: dict[str, object]) -> str:
    parts = [str(fact_fields.get(k)) for k in ("activity", "quantity_text") if fact_fields.get(k)]
    for key in ("agency_text", "iso3"):
        value = fact_fields.get(key)
        if value:
            parts.append(", ".join(value) if isinstance(value, list) else str(value))
    return " · ".join(parts) or "fact"


def facts_panel(note: Note) -> str:
    """The "Facts" heading and list (empty list when the note has none)."""
    index = {entity.id: number for number, entity in enumerate(note.entities)}
    texts = {entity.id: entity.text for entity in note.entities}
    items = []
    for fact in note.facts:
        slots = [fact.quantity, fact.agency, *fact.countries, fact.programme, fact.date]
        numbers = " ".join(str(index[s]) for s in slots if s is not None and s in index)
        fields = {k: v for k, v in fact.model_dump().items() if v not in (None, [])}
        for slot in ("quantity", "agency", "programme", "date"):
            ident = getattr(fact, slot)
            if ident in texts:
                fields[f"{slot}_text"] = texts[ident]
        items.append(
            f'<li data-fact="{html.escape(fact.id)}" data-entities="{numbers}" '
            f'data-fields="{html.escape(json.dumps(fields, ensure_ascii=False))}">'
            f"p{fact.paragraph}: {html.escape(_summary(fields))}</li>"
        )
    return (
        f"<style>{FACTS_CSS}</style><h2>Facts ({len(note.facts)})</h2>"
        f'<ol class="facts">{"".join(items)}</ol>'
    )
