"""Word's automatic paragraph numbers, which are not in the document's text.

A Word note may number its paragraphs with list numbering (directly or through the paragraph
style) instead of typed "1."; the number then exists only as a counter in numbering.xml. This
module replays the counters in document order so the reader can put "12. " back in front of
the paragraph, as a .txt or PDF note prints it. Bullets and unknown formats give no label.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from lxml import etree

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def _roman(value: int) -> str:
    out = ""
    for size, letters in _ROMAN:
        while value >= size:
            out += letters
            value -= size
    return out


def _letters(value: int) -> str:
    # Word repeats the letter past z: aa, bb, ...
    return chr(ord("A") + (value - 1) % 26) * ((value - 1) // 26 + 1)


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda v: f"{v:02d}",
    "upperRoman": _roman,
    "lowerRoman": lambda v: _roman(v).lower(),
    "upperLetter": _letters,
    "lowerLetter": lambda v: _letters(v).lower(),
}


@dataclass(frozen=True)
class Level:
    start: int
    fmt: str
    text: str
    suffix: str


@dataclass
class Numbering:
    """Counters of every list, replayed paragraph by paragraph."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # abstract id -> levels
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)
    styles: dict[str, tuple[str | None, int | None, str | None]] = field(default_factory=dict)
    default_style: str | None = None
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    def label(self, ppr: Any) -> str | None:
        """The number Word shows before the paragraph with properties ``ppr``, or None."""
        num_id, level = self._num_pr(ppr)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        abstract, overrides = self.nums[num_id]
        levels = self.levels.get(abstract, {})
        if level not in levels:
            return None
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for ilvl, start in overrides.items():
                counters[ilvl] = start - 1
        counters[level] = counters.get(level, levels[level].start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        text = levels[level].text
        for ilvl in range(level + 1):
            if f"%{ilvl + 1}" not in text:
                continue
            spec = levels.get(ilvl)
            if spec is None or spec.fmt not in FORMATS:
                return None
            value = counters.get(ilvl, spec.start)
            text = text.replace(f"%{ilvl + 1}", FORMATS[spec.fmt](value))
        if levels[level].fmt not in FORMATS:
            return None
        return text + ("" if levels[level].suffix == "nothing" else " ")

    def _num_pr(self, ppr: Any) -> tuple[str | None, int]:
        num_id: str | None = None
        level: int | None = None
        style: str | None = self.default_style
        if ppr is not None:
            num_pr = ppr.find(qn("w:numPr"))
            if num_pr is not None:
                num_id = _val(num_pr.find(qn("w:numId")))
                level_text = _val(num_pr.find(qn("w:ilvl")))
                level = int(level_text) if level_text and level_text.isdigit() else None
            style = _val(ppr.find(qn("w:pStyle"))) or style
        seen: set[str] = set()
        while (num_id is None or level is None) and style and style not in seen:
            seen.add(style)
            style_num, style_level, based_on = self.styles.get(style, (None, None, None))
            num_id = num_id if num_id is not None else style_num
            level = level if level is not None else style_level
            style = based_on
        return num_id, level or 0


def _val(node: Any) -> str | None:
    return None if node is None else node.get(qn("w:val"))


def _part(document: Any, reltype: str) -> Any:
    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return etree.fromstring(rel.target_part.blob)
    return None


def load_numbering(document: Any) -> Numbering:
    """Read numbering.xml and the styles' list numbers of a python-docx document."""
    numbering = Numbering()
    root = _part(document, RT.NUMBERING)
    if root is not None:
        for abstract in root.iter(qn("w:abstractNum")):
            levels: dict[int, Level] = {}
            for lvl in abstract.iter(qn("w:lvl")):
                start = _val(lvl.find(qn("w:start"))) or "1"
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = Level(
                    int(start) if start.isdigit() else 1,
                    _val(lvl.find(qn("w:numFmt"))) or "decimal",
                    _val(lvl.find(qn("w:lvlText"))) or "",
                    _val(lvl.find(qn("w:suff"))) or "tab",
                )
            numbering.levels[abstract.get(qn("w:abstractNumId"))] = levels
        for num in root.iter(qn("w:num")):
            overrides = {}
            for override in num.iter(qn("w:lvlOverride")):
                restart = _val(override.find(qn("w:startOverride")))
                if restart and restart.isdigit():
                    overrides[int(override.get(qn("w:ilvl"), "0"))] = int(restart)
            abstract_id = _val(num.find(qn("w:abstractNumId"))) or ""
            numbering.nums[num.get(qn("w:numId"))] = (abstract_id, overrides)
    styles = _part(document, RT.STYLES)
    if styles is not None:
        for style in styles.iter(qn("w:style")):
            if style.get(qn("w:type")) != "paragraph":
                continue
            style_id = style.get(qn("w:styleId"))
            if style.get(qn("w:default")) in ("1", "true"):
                numbering.default_style = style_id
            num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            level = _val(num_pr.find(qn("w:ilvl"))) if num_pr is not None else None
            numbering.styles[style_id] = (
                _val(num_pr.find(qn("w:numId"))) if num_pr is not None else None,
                int(level) if level and level.isdigit() else None,
                _val(style.find(qn("w:basedOn"))),
            )
    return numbering
