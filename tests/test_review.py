"""The review page's HTML: nested and crossing marks, escaping, nothing loaded from outside."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from batch_support import SMALL, TEXT, entity, sample_note
from honlac_extract import extract_file
from honlac_extract.cli import main
from honlac_extract.outputs.json_files import note_to_json
from honlac_extract.outputs.review import highlight, render

VOID = {"meta", "input", "br", "img", "link", "hr", "wbr"}


class Page(HTMLParser):
    """Collects tags, checks nesting and keeps the text of ``<pre class="note">``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.note_text: list[str] = []
        self._in_note = 0
        self._script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.starts.append((tag, found))
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "pre" and found.get("class") == "note":
            self._in_note = len(self.stack)
        if tag == "script":
            self._script = []

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1]}>"
        if self._in_note == len(self.stack):
            self._in_note = 0
        if tag == "script" and self._script is not None:
            self.scripts.append("".join(self._script))
            self._script = None
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self._in_note:
            self.note_text.append(data)
        if self._script is not None:
            self._script.append(data)

    def marks(self) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.starts if tag == "mark"]


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == []
    return parser


def test_marks_nest_split_where_they_cross_and_keep_every_character() -> None:
    note = sample_note()
    page = parse(render(note))
    assert "".join(page.note_text) == note.text  # nothing lost, added or left escaped twice
    marks = page.marks()
    first = [m for m in marks if m.get("data-part") is None]
    assert sorted(int(m["data-entity"] or -1) for m in first) == list(range(len(note.entities)))
    assert len(marks) > len(first)  # the crossing REGION was split
    assert all(m["data-label"] == note.entities[int(m["data-entity"] or 0)].label for m in marks)


def _covering(fragment_html: str) -> dict[int, set[int]]:
    """Character offset -> the entities whose marks enclose it (from the produced HTML)."""
    covering: dict[int, set[int]] = {}
    open_: list[int] = []
    position = 0
    for token in re.split(r"(<[^>]+>)", fragment_html):
        if token.startswith("<mark"):
            open_.append(int(re.search(r'data-entity="(\d+)"', token).group(1)))  # type: ignore[union-attr]
        elif token == "</mark>":
            open_.pop()
        elif token.startswith("<"):
            assert token in ('<a id="x">', "</a>"), token
        else:
            for _ in html.unescape(token):
                covering[position] = set(open_)
                position += 1
    return covering


def test_each_character_is_inside_exactly_the_marks_of_the_entities_covering_it() -> None:
    note = sample_note()
    drawn = list(enumerate(note.entities))
    covering = _covering(highlight(note.text, drawn, {5: "x"}))
    assert len(covering) == len(note.text)
    for offset in range(len(note.text)):
        expected = {i for i, e in drawn if e.start <= offset < e.end}
        assert covering[offset] == expected, offset


def test_identical_and_nested_spans_open_longest_first() -> None:
    outer = entity("AGENCY", "Policía Nacional Civil de Guatemala", TEXT.index("3. "))
    inner = entity("COUNTRY", "Guatemala", TEXT.index("3. "))
    same = entity("LOCATION", "Guatemala", TEXT.index("3. "))
    out = highlight(TEXT, [(0, inner), (1, outer), (2, same)], {})
    labels = re.findall(r'<mark class="ent" data-label="(\w+)"', out)
    assert labels == ["AGENCY", "COUNTRY", "LOCATION"]
    assert "data-part" not in out


def test_document_text_is_escaped_and_only_the_page_script_runs() -> None:
    page_html = render(sample_note())
    page = parse(page_html)
    assert "<script>document.title" not in page_html
    assert '&lt;script&gt;document.title="pwned"&lt;/script&gt;' in page_html
    assert "&lt;b&gt;bold&lt;/b&gt;" in page_html
    scripts = [attrs for tag, attrs in page.starts if tag == "script"]
    assert scripts == [{"type": "application/json", "id": "entity-data"}, {}]
    assert "</script" not in page.scripts[0] and "<" not in page.scripts[0]
    assert "a warning with &lt;angle brackets&gt; &amp; an ampersand" in page_html
    assert page.scripts[0].count('"label"') == len(sample_note().entities)


def test_nothing_is_loaded_from_outside_the_page() -> None:
    page = parse(render(sample_note()))
    for tag, attrs in page.starts:
        assert tag not in {"link", "img", "iframe", "object", "embed", "base"}
        assert "src" not in attrs, tag
        href = attrs.get("href")
        assert href is None or href.startswith("#"), href
        assert not any(str(v).startswith(("http:", "https:", "//")) for v in attrs.values())
    policy = next(a["content"] for t, a in page.starts if a.get("http-equiv"))
    assert policy is not None and policy.startswith("default-src 'none';")
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["script-src"].startswith("'sha256-")
    assert "unsafe" not in directives["script-src"]


def test_metadata_contents_legend_and_warnings_are_shown() -> None:
    page_html = render(sample_note("S/1"))
    assert "<dt>meeting_number</dt><dd>27</dd>" in page_html
    assert '<a href="#section-2">II. Regional trends</a>' in page_html
    assert '<a href="#section-2-1">Guatemala</a>' in page_html
    assert '<a id="section-2"></a>' in page_html and '<a id="section-2-1"></a>' in page_html
    assert "COUNTRY (2)" in page_html and "DATE (2)" in page_html and "PROGRAMME (0)" in page_html
    assert "<title>Review: S/1</title>" in page_html


def test_hover_title_carries_the_normalised_fields() -> None:
    page = parse(render(sample_note()))
    quantity = next(m for m in page.marks() if m["data-label"] == "QUANTITY")
    assert quantity["title"] == (
        "QUANTITY: 1,500 kg of cocaine\nparagraph: 3\nsection: II\nsource: test\n"
        "value: 1500.0\nunit: kg\nitem: cocaine"
    )


@pytest.mark.parametrize("kind", ["txt", "json"])
def test_review_command_takes_a_note_file_or_its_json(tmp_path: Path, kind: str) -> None:
    note = extract_file(SMALL)
    source = SMALL
    if kind == "json":
        source = tmp_path / "note.json"
        source.write_text(note_to_json(note), encoding="utf-8")
    assert main(["review", str(source), "-o", str(tmp_path / "page.html")]) == 0
    page = parse((tmp_path / "page.html").read_text(encoding="utf-8"))
    assert "".join(page.note_text) == note.text
    assert len([m for m in page.marks() if m.get("data-part") is None]) == len(note.entities)


def test_review_command_reports_an_unreadable_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    assert main(["review", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "a.html")]) == 1
    assert main(["review", str(tmp_path / "bad.json"), "-o", str(tmp_path / "b.html")]) == 1
    errors = capsys.readouterr().err
    assert "empty.txt: empty file (no text)" in errors
    assert "bad.json: not a Note JSON record" in errors
    assert not list(tmp_path.glob("*.html"))
