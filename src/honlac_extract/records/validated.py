"""Records validated from a dict the caller owns, without ``Model(**fields)``'s overhead."""

from __future__ import annotations

from typing import Any, TypeVar

from ..models import Record

R = TypeVar("R", bound=Record)


def validated(model: type[R], fields: dict[str, Any]) -> R:
    """``model(**fields)``: the same validation (coercion, literals, unknown fields refused)
    by the model's own validator, called on ``fields`` directly. ``Model(**fields)`` first
    copies the dict into keyword arguments and runs ``BaseModel.__init__``: about half the cost
    of a record, paid per entity and per fact (a note of thousands of numbered lines has two
    entities and a fact per line)."""
    record: R = model.__pydantic_validator__.validate_python(fields)
    return record
