"""DATE: the grammar, calendar normalisation and the spaCy component.

Names load on first use (PEP 562): the structure stage reads the data modules without spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lazy import lazy_getattr

if TYPE_CHECKING:
    from .component import find_dates, make_date_component

_HOMES = {"make_date_component": ".component", "find_dates": ".component"}
__all__ = ["make_date_component", "find_dates"]

__getattr__ = lazy_getattr(__name__, _HOMES, globals())
