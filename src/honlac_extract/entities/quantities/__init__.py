"""QUANTITY: the number grammar and the spaCy component.

Names load on first use (PEP 562): the structure stage reads the data modules without spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lazy import lazy_getattr

if TYPE_CHECKING:
    from .component import find_quantities, make_quantity_component

_HOMES = {"make_quantity_component": ".component", "find_quantities": ".component"}
__all__ = ["make_quantity_component", "find_quantities"]

__getattr__ = lazy_getattr(__name__, _HOMES, globals())
