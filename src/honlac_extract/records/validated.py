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


_set = object.__setattr__


def updated(record: R, update: dict[str, Any]) -> R:
    """``record.model_copy(update=update)``: the same copy (the update is not validated; the
    fields set are the record's and the update's), without pydantic's general path (a copy of
    the dict, of the extra and private values, then an update), about a third of its cost: the
    linking stage copies every AGENCY and PROGRAMME mention to give it its ``entity_id``."""
    if record.__pydantic_extra__ is not None or getattr(record, "__pydantic_private__", None):
        return record.model_copy(update=update)
    model = type(record)
    copied = model.__new__(model)
    _set(copied, "__dict__", {**record.__dict__, **update})
    _set(copied, "__pydantic_extra__", None)
    _set(copied, "__pydantic_fields_set__", record.__pydantic_fields_set__ | update.keys())
    _set(copied, "__pydantic_private__", None)
    return copied
