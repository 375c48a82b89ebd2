"""COUNTRY, LOCATION and REGION: the gazetteer, unlisted places and the spaCy component.

Names load on first use (PEP 562): the structure stage reads the data modules without spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lazy import lazy_getattr

if TYPE_CHECKING:
    from .component import make_country_component
    from .headings import heading_countries

_HOMES = {"make_country_component": ".component", "heading_countries": ".headings"}
__all__ = ["make_country_component", "heading_countries"]

__getattr__ = lazy_getattr(__name__, _HOMES, globals())
