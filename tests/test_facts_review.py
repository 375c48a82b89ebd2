"""The review page lists the note's facts; each item names the marks of its slot entities."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from honlac_extract.models import Note
from honlac_extract.outputs.review import render

ROOT = Path(__file__).resolve().parents[1]
SEED_JSON = ROOT / "fixtures" / "expected" / "honlac-27-note.json"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts: list[dict[str, str | None]] = []
        self.marks: set[str] = set()
        self.policy = ""
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "li" and "data-fact" in found:
            self.facts.append(found)
        if tag == "mark" and found.get("data-entity") is not None:
            self.marks.add(str(found["data-entity"]))
        if tag == "meta" and found.get("http-equiv"):
            self.policy = str(found["content"])
        self._in_script = tag == "script" and "type" not in found

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False


def test_every_fact_is_listed_with_the_marks_of_its_slots() -> None:
    note = Note.model_validate_json(SEED_JSON.read_bytes())
    page = _Page()
    page.feed(render(note))
    assert len(page.facts) == len(note.facts) > 0
    index = {e.id: str(i) for i, e in enumerate(note.entities)}
    for item, fact in zip(page.facts, note.facts, strict=True):
        assert item["data-fact"] == fact.id
        numbers = str(item["data-entities"]).split()
        slots = [fact.quantity, fact.agency, *fact.countries, fact.programme, fact.date]
        assert numbers == [index[s] for s in slots if s is not None]
        assert set(numbers) <= page.marks
        fields = json.loads(str(item["data-fields"]))
        assert fields["id"] == fact.id and fields["sentence_start"] == fact.sentence_start


def test_the_facts_script_runs_under_the_page_policy() -> None:
    note = Note.model_validate_json(SEED_JSON.read_bytes())
    page = _Page()
    page.feed(render(note))
    (script,) = page.scripts
    assert 'querySelectorAll("li[data-fact]")' in script
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    assert re.search(rf"script-src 'sha256-{re.escape(digest)}'", page.policy)
