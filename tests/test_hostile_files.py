"""Hostile files met while reading: pipes, devices, sockets, bombs, names that are not text.

Each was found by probing the commands (a FIFO or ``/dev/zero`` hung or filled the memory of
``table``, ``review``, ``db`` and ``evaluate``; a small Word file expanded to gigabytes through
a footnote referenced thousands of times, 40 million empty runs or 70,000 page breaks; a file
name with bytes that are not UTF-8 made ``convert`` end in a traceback). Every case here is
small and fast: the limits are lowered where a real bomb would be large.
"""

from __future__ import annotations

import io
import json
import os
import socket
import sys
import zipfile
from pathlib import Path

import pytest

from batch_support import SMALL, sample_note
from honlac_extract.cli import main
from honlac_extract.errors import InputError, display_path
from honlac_extract.outputs.json_files import note_to_json, read_note_json, temporary_prefix
from honlac_extract.readers import read_document
from honlac_extract.reading import read_bytes

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>{body}</w:body></w:document>'
)
FOOTNOTES = '<?xml version="1.0"?><w:footnotes {w}>{body}</w:footnotes>'


def _docx(path: Path, body: str, footnotes: str | None = None) -> Path:
    """A minimal Word package: content types, relationships, the document, footnotes."""
    rels = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    doc_rels = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>'
    )
    main_type = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{main_type}.document.main+xml"/>'
        f'<Override PartName="/word/footnotes.xml" ContentType="{main_type}.footnotes+xml"/>'
        "</Types>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", DOCUMENT.format(w=W, body=body))
        if footnotes is not None:
            archive.writestr("word/_rels/document.xml.rels", doc_rels)
            archive.writestr("word/footnotes.xml", FOOTNOTES.format(w=W, body=footnotes))
    path.write_bytes(buffer.getvalue())
    return path


def _paragraph(text: str, extra: str = "") -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r>{extra}</w:p>"


def _refused(path: Path, fragment: str) -> None:
    with pytest.raises(InputError) as raised:
        read_document(path)
    assert fragment in raised.value.problem
    assert str(raised.value).startswith(str(path))


# --- pipes, devices, sockets: refused without reading (no hang, no memory) -----------------


def _fifo(path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this platform")
    os.mkfifo(path)
    return path


def _socket(path: Path) -> Path:
    if not hasattr(socket, "AF_UNIX") or len(str(path)) > 100:
        pytest.skip("no Unix sockets (or the path is too long for one)")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()
    return path


@pytest.mark.parametrize("kind", ["fifo", "socket", "device"])
def test_a_note_or_json_file_that_is_not_regular_is_refused_at_once(
    tmp_path: Path, kind: str
) -> None:
    if kind == "device":
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero")
        path = Path("/dev/zero")
    else:
        path = (_fifo if kind == "fifo" else _socket)(tmp_path / "x.json")
    for read in (read_bytes, read_note_json, read_document):
        with pytest.raises(InputError, match="not a regular file"):
            read(path)


def _json_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "json"
    folder.mkdir()
    (folder / "good.json").write_text(note_to_json(sample_note()), encoding="utf-8")
    _fifo(folder / "pipe.json")
    return folder


def test_table_db_and_review_skip_a_pipe_among_note_json_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("duckdb")
    folder = _json_folder(tmp_path)
    assert main(["table", str(folder), "-o", str(tmp_path / "tables"), "-q"]) == 1
    assert "pipe.json: not a regular file" in capsys.readouterr().err
    assert (tmp_path / "tables" / "notes.csv").read_text(encoding="utf-8").count("\n") == 2
    assert main(["db", str(folder), "-o", str(tmp_path / "notes.duckdb"), "-q"]) == 1
    assert "pipe.json: not a regular file" in capsys.readouterr().err
    page = tmp_path / "page.html"
    assert main(["review", str(folder / "pipe.json"), "-o", str(page)]) == 1
    assert "not a regular file" in capsys.readouterr().err
    assert not page.exists()


def test_evaluate_refuses_a_gold_pipe_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", str(_fifo(tmp_path / "gold.json"))]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a regular file" in err


def test_an_output_in_the_way_that_is_a_pipe_or_too_deep_is_converted_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes, out = tmp_path / "notes", tmp_path / "out"
    notes.mkdir()
    out.mkdir()
    for name in ("a", "b"):
        (notes / f"{name}.txt").write_bytes(SMALL.read_bytes())
    _fifo(out / "a.json")  # the up-to-date check must not wait for a writer
    (out / "b.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert main(["convert", str(notes), "-o", str(out), "-j", "1", "-q"]) == 0
    for name in ("a", "b"):
        assert json.loads((out / f"{name}.json").read_text(encoding="utf-8"))["paragraphs"]


# --- Note JSON of the wrong kind: one line each, the good lines kept ------------------------


def test_a_bad_json_lines_line_costs_only_that_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = sample_note("A/1").model_dump_json()
    other = sample_note("A/2").model_dump_json().replace('"sample.txt"', '"x\u2028y.txt"')
    lines = tmp_path / "all.jsonl"
    lines.write_text(f"{line}\n{{bad json\n{other}\n", encoding="utf-8")
    assert main(["table", str(lines), "-o", str(tmp_path / "tables"), "-q"]) == 1
    err = capsys.readouterr().err
    assert "all.jsonl:2: not a Note JSON record" in err and err.count("error:") == 1
    rows = (tmp_path / "tables" / "notes.csv").read_text(encoding="utf-8").strip().split("\n")
    assert [row.split(",")[0] for row in rows[1:]] == ["all/1", "all/3"]


@pytest.mark.parametrize(
    "content",
    ["[" * 100_000 + "]" * 100_000, '{"a": [1]}', "[1, 2]", "{trunc", '{"text": NaN}'],
)
def test_json_of_the_wrong_shape_is_one_line_for_every_reader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        read_note_json(path)
    assert "\n" not in str(raised.value) and "not a Note JSON record" in str(raised.value)
    assert main(["table", str(path), "-o", str(tmp_path / "t")]) == 1
    assert not (tmp_path / "t" / "notes.csv").exists()  # nothing to tabulate: no empty tables
    assert main(["evaluate", str(path)]) == 2
    for line in capsys.readouterr().err.splitlines():
        assert line.startswith(("error:", "honlac-extract")), line


def test_db_reports_unusable_outputs_and_missing_inputs_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("duckdb")
    folder = tmp_path / "json"
    folder.mkdir()
    (folder / "good.json").write_text(note_to_json(sample_note()), encoding="utf-8")
    not_a_database = tmp_path / "text.duckdb"
    not_a_database.write_text("hello", encoding="utf-8")
    cases = [
        (["db", str(folder), "-o", str(not_a_database)], 3),
        (["db", str(folder), "-o", str(tmp_path)], 3),  # a folder
        (["db", str(folder), "-o", str(tmp_path / "new" / "sub" / "x.duckdb"), "-q"], 0),
        (["db", str(tmp_path / "missing"), "-o", str(tmp_path / "y.duckdb")], 2),
        (["db", str(tmp_path / "new"), "-o", str(tmp_path / "z.duckdb")], 2),  # no Note files
    ]
    for arguments, code in cases:
        assert main(arguments) == code, arguments
        err = capsys.readouterr().err
        assert "Traceback" not in err and len(err.splitlines()) <= 1, err


# --- Word files that expand ---------------------------------------------------------------


def test_a_footnote_referenced_thousands_of_times_stops_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HONLAC_MAX_CHARS", "100000")
    reference = '<w:r><w:footnoteReference w:id="1"/></w:r>'
    body = "".join(_paragraph("1. x", reference) for _ in range(2000))
    note = f'<w:footnote w:id="1"><w:p><w:r><w:t>{"B" * 2000}</w:t></w:r></w:p></w:footnote>'
    _refused(_docx(tmp_path / "amplified.docx", body, note), "over 100000 characters")


def test_one_huge_paragraph_is_refused_before_it_is_laid_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HONLAC_MAX_CHARS", "50000")
    body = "<w:p><w:r>" + "".join(f"<w:t>{'c' * 1000}</w:t>" for _ in range(60)) + "</w:r></w:p>"
    _refused(_docx(tmp_path / "huge.docx", body), "over 50000 characters")


def test_many_empty_elements_are_refused_unparsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HONLAC_MAX_CHARS", "20000")
    body = _paragraph("1. a") + "<w:p>" + "<w:r/>" * 30_000 + "</w:p>"
    _refused(_docx(tmp_path / "runs.docx", body), "XML tags, over the 20000-tag limit")


def test_page_breaks_past_the_page_limit_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HONLAC_MAX_PAGES", "50")
    body = _paragraph("1. a") + _paragraph("x", '<w:r><w:br w:type="page"/></w:r>') * 60
    _refused(_docx(tmp_path / "pages.docx", body), "over 50 pages")
    monkeypatch.setenv("HONLAC_MAX_PAGES", "999999")  # capped: pages are 16-bit numbers
    body = _paragraph("1. a") + "<w:p><w:r>" + '<w:br w:type="page"/>' * 65_600 + "</w:r></w:p>"
    _refused(_docx(tmp_path / "pages.docx", body), "over 65535 pages")


@pytest.mark.parametrize("part", ["document", "footnotes"])
def test_entities_in_a_word_part_are_never_expanded(tmp_path: Path, part: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    doctype = f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
    if part == "document":
        path = _docx(tmp_path / "xxe.docx", _paragraph("1. &amp; and &x;"))
        data = zipfile.ZipFile(path).read("word/document.xml").decode()
        data = data.replace("?>", "?>" + doctype, 1)
    else:
        reference = '<w:r><w:footnoteReference w:id="1"/></w:r>'
        note = '<w:footnote w:id="1"><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:footnote>'
        path = _docx(tmp_path / "xxe.docx", _paragraph("1. a", reference), note)
    if part == "document":
        _rewrite(path, "word/document.xml", data)
    else:
        name = "word/footnotes.xml"
        _rewrite(
            path, name, zipfile.ZipFile(path).read(name).decode().replace("?>", "?>" + doctype)
        )
    try:
        text = read_document(path).text
    except InputError as error:  # refusing is fine too; leaking the file is not
        text = str(error)
    assert "TOPSECRET" not in text


def _rewrite(path: Path, name: str, data: str) -> None:
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info in source.infolist():
            archive.writestr(info.filename, data if info.filename == name else source.read(info))
    path.write_bytes(buffer.getvalue())


def test_a_billion_laughs_footnote_part_is_an_input_error(tmp_path: Path) -> None:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    reference = '<w:r><w:footnoteReference w:id="1"/></w:r>'
    note = '<w:footnote w:id="1"><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:footnote>'
    path = _docx(tmp_path / "laughs.docx", _paragraph("1. a", reference), note)
    name = "word/footnotes.xml"
    data = zipfile.ZipFile(path).read(name).decode()
    _rewrite(path, name, data.replace("?>", f"?><!DOCTYPE w:footnotes [{entities}]>", 1))
    try:
        text = read_document(path).text
    except InputError:
        return
    assert len(text) < 10_000


# --- PDF pages -----------------------------------------------------------------------------


def _pdf_of_pages(path: Path, pages: int) -> Path:
    """A PDF whose page tree lists one small page ``pages`` times (a few bytes per page)."""
    stream = b"BT /F1 12 Tf 72 700 Td (1. Hello) Tj ET"
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[" + b"3 0 R " * pages + b"]/Count %d>>" % pages,
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Resources<</Font<</F1 5 0 R>>>>"
        b"/Contents 4 0 R>>",
        b"<</Length %d>>stream\n" % len(stream) + stream + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(
        b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    path.write_bytes(out.getvalue())
    return path


def test_a_pdf_of_too_many_pages_is_refused_before_any_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HONLAC_MAX_PAGES", "30")
    assert read_document(_pdf_of_pages(tmp_path / "ok.pdf", 30)).text.count("Hello") == 30
    _refused(_pdf_of_pages(tmp_path / "many.pdf", 31), "PDF has 31 pages, over the 30-page limit")


def test_a_pdf_of_no_pages_says_so(tmp_path: Path) -> None:
    import pypdfium2

    path = tmp_path / "none.pdf"
    pypdfium2.PdfDocument.new().save(path)  # pdfium opens it only to say it has no page
    _refused(path, "PDF has no pages")


def test_pdf_text_past_the_limit_stops_while_pages_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HONLAC_MAX_CHARS", "200")
    _refused(_pdf_of_pages(tmp_path / "long.pdf", 100), "characters of text")


# --- names ---------------------------------------------------------------------------------


def test_display_path_is_one_printable_line_and_leaves_ordinary_paths_alone() -> None:
    assert display_path("notes/2017/a b-é.txt") == "notes/2017/a b-é.txt"
    assert display_path("bad\udcff\udcfe.txt") == "bad\\xff\\xfe.txt"
    assert display_path("new\nline\t\x1b.txt") == "new\\nline\\t\\x1b.txt"
    assert display_path("a\u2028b") == "a\\u2028b"


def test_temporary_names_stay_within_the_file_name_limit(tmp_path: Path) -> None:
    long = tmp_path / ("L" * 245 + ".json")
    prefix = temporary_prefix(long)
    assert len(prefix) + 8 + len(".tmp") <= 255 and prefix.endswith(".json.")
    assert temporary_prefix(tmp_path / "a.json") == ".a.json."


@pytest.mark.skipif(sys.platform != "linux", reason="file names of any bytes: Linux")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_file_names_that_are_not_text_convert_and_print_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    notes, out = tmp_path / "notes", tmp_path / "out"
    notes.mkdir()
    names = [b"bad\xff\xfe.txt", b"new\nline.txt", b"L" * 245 + b".txt", b"good.txt"]
    for name in names:
        with open(os.path.join(os.fsencode(notes), name), "wb") as stream:
            stream.write(SMALL.read_bytes())
    with open(os.path.join(os.fsencode(notes), b"empty\xff.txt"), "wb"):
        pass
    assert main(["convert", str(notes), "-o", str(out), "-j", jobs]) == 1  # only the empty one
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "bad\\xff\\xfe.txt" in err and "new\\nline.txt" in err
    assert len(err.splitlines()) == len(names) + 2  # one line per note and the summary
    failure = json.loads((out / "errors.jsonl").read_text(encoding="utf-8"))
    assert (
        failure["file"].endswith("empty\\xff.txt") and failure["message"] == "empty file (no text)"
    )
    with open(os.path.join(os.fsencode(out), b"bad\xff\xfe.json"), "rb") as stream:
        written = json.loads(stream.read())
    assert written["source"]["path"].endswith("bad\\xff\\xfe.txt")
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
