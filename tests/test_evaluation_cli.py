"""The ``honlac-extract evaluate`` command: table, --json report, --fail-under exit code."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation_support import oracle_note
from honlac_extract.cli import main
from honlac_extract.evaluation import EvaluationReport, load_gold

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "gold" / "honlac-27-note.json"


def _predictions(folder: Path, drop: frozenset[str]) -> Path:
    note = oracle_note(load_gold(SEED), drop)
    (folder / "honlac-27-note.json").write_text(note.model_dump_json(), encoding="utf-8")
    return folder


def test_prints_the_table_and_writes_the_full_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    preds = _predictions(tmp_path, frozenset({"COUNTRY"}))
    out = tmp_path / "report.json"
    assert main(["evaluate", str(SEED), "--pred", str(preds), "--json", str(out)]) == 0
    table = capsys.readouterr().out
    rows = {line.split()[0]: line.split() for line in table.splitlines() if line.strip()}
    assert rows["COUNTRY"][1:4] == ["0.000", "0.000", "0.000"]
    assert rows["DATE"][1:4] == ["1.000", "1.000", "1.000"]
    assert "micro" in rows and "boundaries" in rows and "sections" in rows
    report = EvaluationReport.model_validate_json(out.read_text(encoding="utf-8"))
    assert report.label("COUNTRY").fn == len(report.misses) > 0
    assert {m.label for m in report.misses} == {"COUNTRY"}
    assert all(m.file == str(SEED) and m.paragraph is not None for m in report.misses)


def test_fail_under_sets_the_exit_code(tmp_path: Path) -> None:
    preds = _predictions(tmp_path, frozenset({"COUNTRY"}))
    arguments = ["evaluate", str(SEED), "--pred", str(preds), "--fail-under"]
    assert main([*arguments, "0.99"]) == 1
    assert main([*arguments, "0.5"]) == 0


def test_missing_predictions_are_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", str(SEED), "--pred", str(tmp_path)]) == 2
    assert "honlac-27-note.json" in capsys.readouterr().err


def test_a_folder_stands_for_its_gold_files(tmp_path: Path) -> None:
    from honlac_extract.evaluation.command import gold_files

    (tmp_path / "b.json").write_text("{}")
    (tmp_path / "a.json").write_text("{}")
    (tmp_path / "notes.txt").write_text("")
    assert gold_files([str(tmp_path), "x.json"]) == [
        tmp_path / "a.json",
        tmp_path / "b.json",
        Path("x.json"),
    ]


def test_model_is_passed_to_the_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    import honlac_extract.api
    from honlac_extract.models import Note

    models: list[str | None] = []

    def extract_file(path: Path, *, model: str | None = None) -> Note:
        models.append(model)
        return oracle_note(load_gold(SEED))

    monkeypatch.setattr(honlac_extract.api, "extract_file", extract_file)
    assert main(["evaluate", str(SEED), "--model", "some_pipeline", "--fail-under", "1"]) == 0
    assert main(["evaluate", str(SEED)]) == 0
    assert models == ["some_pipeline", None]


def test_per_file_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    preds = _predictions(tmp_path, frozenset({"DATE"}))
    assert main(["evaluate", str(SEED), "--pred", str(preds), "--per-file"]) == 0
    lines = [line.split() for line in capsys.readouterr().out.splitlines()]
    row = next(line for line in lines if line and line[0] == "honlac-27-note.json")
    dates = [e for e in load_gold(SEED).entities if e.label == "DATE" and not e.optional]
    assert row[1] == "1.000" and row[4] == "0" and int(row[5]) == len(dates)
