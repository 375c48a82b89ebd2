"""AGENCY and PROGRAMME: name patterns, definitions, cue rules, owners and the spaCy components.

Names load on first use (PEP 562): the structure stage reads the data modules without spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lazy import lazy_getattr

if TYPE_CHECKING:
    from .component import make_agency_component, make_programme_component

_HOMES = {"make_programme_component": ".component", "make_agency_component": ".component"}
__all__ = ["make_programme_component", "make_agency_component"]

__getattr__ = lazy_getattr(__name__, _HOMES, globals())
