"""Access to the data files shipped in the package (gazetteers, name variants, patterns)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def data_text(name: str) -> str:
    """The text of ``honlac_extract/data/<name>``."""
    return resources.files("honlac_extract").joinpath("data", name).read_text(encoding="utf-8")


@cache
def data_json(name: str) -> Any:
    """The parsed JSON of ``honlac_extract/data/<name>``, read once per process."""
    return json.loads(data_text(name))
