"""The note's language: one of the series' working languages, chosen by rule (no model)."""

from __future__ import annotations

from ..models import LanguageCode as Language
from .detection import LANGUAGES, detect_language

__all__ = ["LANGUAGES", "Language", "detect_language"]
