"""The gold annotation format (docs/annotation-guidelines.md) as strict Pydantic models.

Unknown keys are refused so that a typo in a hand-written gold file ("optinal") fails loudly
instead of silently changing what is scored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import InputError, display_path
from ..outputs.json_files import validation_summary
from ..reading import read_json_bytes

ScoredLabel = Literal["COUNTRY", "DATE", "QUANTITY", "AGENCY", "PROGRAMME"]
SCORED_LABELS: tuple[ScoredLabel, ...] = ("COUNTRY", "DATE", "QUANTITY", "AGENCY", "PROGRAMME")


class GoldRecord(BaseModel):
    """Base of the gold models: immutable and strict about unknown keys."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldParagraph(GoldRecord):
    """A numbered paragraph's boundary words; null means the excerpt does not check that end."""

    n: int
    first: str | None = None
    last: str | None = None


class GoldEntity(GoldRecord):
    """One annotated entity of one paragraph (or of the document, at document level)."""

    p: int | None = None
    label: ScoredLabel
    text: str | None = None
    optional: bool = False
    alt_label: ScoredLabel | None = None
    iso3: str | None = None
    start: str | None = None
    end: str | None = None
    values: list[float] = Field(default_factory=list)
    unit: str | None = None
    name: str | None = None
    aliases: list[str] = Field(default_factory=list)

    def names(self) -> list[str]:
        """The name and aliases an AGENCY/PROGRAMME prediction may be matched by."""
        return [n for n in (self.name, *self.aliases) if n]

    def describe(self) -> str:
        """A short human-readable form for error lists."""
        if self.text:
            return self.text
        if self.label == "COUNTRY":
            return self.iso3 or ""
        if self.label == "DATE":
            return f"{self.start}..{self.end}"
        if self.label == "QUANTITY":
            return ", ".join(f"{v:g}" for v in self.values)
        return self.name or ""


class GoldFact(GoldRecord):
    """One annotated fact (docs/annotation-guidelines.md, "Facts"): its anchor and slots.

    ``values`` are the numbers of the QUANTITY it is anchored to (empty for a no-number fact);
    ``agency`` and ``programme`` name the body as the paragraph's entities do.
    """

    p: int
    activity: str | None = None
    values: list[float] = Field(default_factory=list)
    agency: str | None = None
    iso3: list[str] = Field(default_factory=list)
    programme: str | None = None
    start: str | None = None
    end: str | None = None


class GoldFile(GoldRecord):
    """One gold file: what a careful analyst wants from one input text."""

    file: str
    metadata: dict[str, Any] = Field(default_factory=dict)
    sections: list[tuple[str, str]] = Field(default_factory=list)
    subheadings: list[tuple[str, str]] = Field(default_factory=list)
    # (section number, lettered sub-section line as printed); None: not annotated
    subsection_groups: list[tuple[str, str]] | None = None
    paragraphs: list[GoldParagraph] = Field(default_factory=list)
    entities: list[GoldEntity] = Field(default_factory=list)
    facts: list[GoldFact] | None = None


class GoldError(ValueError):
    """A gold file that cannot be read or does not follow the guidelines' format."""


def load_gold(path: str | Path) -> GoldFile:
    """Read and validate one gold file; raises :class:`GoldError` naming the file."""
    try:
        data = json.loads(read_json_bytes(path))  # bounded, never from a pipe or device
        return GoldFile.model_validate(data)
    except InputError as error:
        raise GoldError(str(error)) from error
    except ValidationError as error:
        raise GoldError(f"{display_path(path)}: {validation_summary(error)}") from error
    except (ValueError, RecursionError) as error:  # not JSON, not UTF-8, nested too deep
        raise GoldError(f"{display_path(path)}: not a JSON file ({error})") from error
