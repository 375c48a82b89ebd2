"""The document symbol a file's name gives, as evidence beside the text's.

Archives name UN documents after their symbols ("ODS_A_45_189=S_21225.pdf" is the joint
A/45/189-S/21225, "A_RES_73_3-EN.pdf" is A/RES/73/3). A scanned document's text layer often
garbles the symbol ("A/45/109" for A/45/189) or lacks it; when the text prints a UN masthead
(an organ, a distribution line, a session or a job number), the name's symbol fills the gap
or corrects a symbol that differs from it only in a few digits, and a warning says so. A name
that is no symbol, or a text that prints another symbol, changes nothing.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import PurePath
from typing import Any

from ...models import Metadata
from ...resources import data_json
from .kinds import document_kind
from .rules import masthead_rules


@cache
def _rules() -> dict[str, Any]:
    rules: dict[str, Any] = data_json("masthead.json")["file_name_symbol"]
    return rules


def file_name_symbols(path: str) -> list[str]:
    """The symbol(s) a file name spells (halves of a joint symbol apart), or []."""
    rules = _rules()
    stem = PurePath(path).stem
    for prefix in rules["prefixes"]:
        stem = stem.removeprefix(prefix)
    for suffix in rules["suffixes"]:
        stem = stem.removesuffix(suffix)
    series = re.compile(rules["series"])
    parts = [part.replace("_", "/") for part in stem.split("=")]
    if not 1 <= len(parts) <= 2 or not all(series.match(part) for part in parts):
        return []
    return parts


def _close(printed: str, named: str, most: int) -> bool:
    """Whether ``printed`` is ``named`` with a few digits misread (same shape otherwise)."""
    if len(printed) != len(named):
        return False
    differences = [(a, b) for a, b in zip(printed, named, strict=True) if a != b]
    return len(differences) <= most and all(a.isdigit() and b.isdigit() for a, b in differences)


def with_file_symbol(metadata: Metadata, path: str | None) -> tuple[Metadata, str | None]:
    """``metadata`` with the file name's symbol where the text lacks or garbled it, and the
    warning to record (None when nothing changed)."""
    named = file_name_symbols(path) if path else []
    un_masthead = bool(
        metadata.organs or metadata.distribution or metadata.job_number or metadata.session
    )
    if not named or not un_masthead:
        return metadata, None
    printed = metadata.symbols or ([metadata.symbol] if metadata.symbol else [])
    joint = "-".join(named)
    if printed == named:
        return metadata, None
    if printed:
        most = int(_rules()["most_ocr_differences"])
        if not _close(printed[0], named[0], most) and printed[0] != named[0]:
            return metadata, None
        if len(printed) > 1 and not _close(printed[1], named[1] if len(named) > 1 else "", most):
            return metadata, None
    update: dict[str, Any] = {"symbol": joint, "symbols": named}
    if metadata.kind is None:
        update["kind"] = document_kind(named[0], [], None, "", masthead_rules())
        if update["kind"] in masthead_rules().untitled_kinds:
            update["title"] = None  # a record's "SOMMAIRE" / "Contents" line is no title
    was = "-".join(printed) if printed else None
    warning = f"document symbol {joint} read from the file name (the text prints " + (
        f"{was!r})" if was else "none)"
    )
    return metadata.model_copy(update=update), warning
