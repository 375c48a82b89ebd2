"""The review page in a real browser: headless Chromium renders one mark per entity, runs the
page's own script and never the note's ``<script>``.

CI installs Debian's ``chromium`` (see ``.ci/run``); the test is skipped only when no
Chromium binary exists at all.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from batch_support import SEED, sample_note
from honlac_extract import extract_file
from honlac_extract.models import Note
from honlac_extract.outputs.review import render

CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary on PATH")


def dump_dom(page: Path, profile: Path, fragment: str = "") -> str:
    """The DOM of ``page`` after load and scripts, as headless Chromium serialises it."""
    assert CHROMIUM is not None
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--dump-dom",
            page.as_uri() + fragment,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


class Dom(HTMLParser):
    """The marks, the body's attributes and the document title of a dumped DOM."""

    def __init__(self, dom: str) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict[str, str | None]] = []
        self.body: dict[str, str | None] = {}
        self.title = ""
        self._in_title = False
        self.feed(dom)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self.marks.append(dict(attrs))
        elif tag == "body":
            self.body = dict(attrs)
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def _check_every_entity_marked(dom: Dom, note: Note) -> None:
    first = [m for m in dom.marks if m.get("class") == "ent" and m.get("data-part") is None]
    assert len(first) == len(note.entities)
    assert {m["data-entity"] for m in dom.marks} == {str(i) for i in range(len(note.entities))}
    for mark in dom.marks:
        assert mark["data-label"] == note.entities[int(mark["data-entity"] or -1)].label


def test_rendered_page_marks_every_entity_and_runs_no_note_script(tmp_path: Path) -> None:
    note = sample_note()
    page = tmp_path / "page.html"
    page.write_text(render(note), encoding="utf-8")

    dom = Dom(dump_dom(page, tmp_path / "profile"))

    _check_every_entity_marked(dom, note)
    assert len(dom.marks) > len(note.entities)  # the crossing entity is drawn in two pieces
    assert dom.body.get("data-ready") == "1"  # the page's own script ran (CSP allows it)
    assert dom.title == "Review: sample.txt"  # the note's <script> did not


def test_control_an_unescaped_script_would_run_and_be_seen(tmp_path: Path) -> None:
    """Without escaping and the policy the note's script runs: the check above can fail."""
    rendered = render(sample_note())
    raw = rendered.replace(
        '&lt;script&gt;document.title="pwned"&lt;/script&gt;',
        '<script>document.title="pwned"</script>',
    )
    raw = "\n".join(line for line in raw.splitlines() if "Content-Security-Policy" not in line)
    assert raw != rendered
    page = tmp_path / "raw.html"
    page.write_text(raw, encoding="utf-8")
    assert Dom(dump_dom(page, tmp_path / "profile")).title == "pwned"


def test_seed_page_marks_every_entity(tmp_path: Path) -> None:
    note = extract_file(SEED)
    page = tmp_path / "seed.html"
    page.write_text(render(note), encoding="utf-8")
    dom = Dom(dump_dom(page, tmp_path / "profile"))
    _check_every_entity_marked(dom, note)
    assert dom.body.get("data-ready") == "1"


def test_side_panel_shows_the_normalised_fields_of_the_linked_entity(tmp_path: Path) -> None:
    note = sample_note()
    index = next(i for i, e in enumerate(note.entities) if e.label == "QUANTITY")
    page = tmp_path / "page.html"
    page.write_text(render(note), encoding="utf-8")
    dom = dump_dom(page, tmp_path / "profile", f"#entity-{index}")
    panel = dom[dom.index('id="panel-body"') :]
    panel = panel[: panel.index("</div>")]
    assert "<td>value</td><td>1500</td>" in panel and '<td>unit</td><td>"kg"</td>' in panel
    selected = re.findall(r'<mark class="ent selected"[^>]*data-entity="(\d+)"', dom)
    assert selected == [str(index)]


def test_fact_link_selects_the_marks_of_its_slots_and_shows_its_fields(tmp_path: Path) -> None:
    note = extract_file(SEED)
    fact = next(f for f in note.facts if f.quantity and f.agency and f.countries)
    index_of = {entity.id: str(i) for i, entity in enumerate(note.entities)}
    slots = [fact.quantity, fact.agency, *fact.countries, fact.programme, fact.date]
    page = tmp_path / "seed.html"
    page.write_text(render(note), encoding="utf-8")
    dom = dump_dom(page, tmp_path / "profile", f"#fact-{fact.id}")
    selected = set(re.findall(r'<mark class="ent selected"[^>]*data-entity="(\d+)"', dom))
    assert selected == {index_of[slot] for slot in slots if slot}
    assert re.search(rf'<li data-fact="{fact.id}"[^>]*class="selected"', dom)
    panel = dom[dom.index('id="panel-body"') :]
    panel = panel[: panel.index("</table>")]
    assert f'<td>activity</td><td>"{fact.activity}"</td>' in panel
