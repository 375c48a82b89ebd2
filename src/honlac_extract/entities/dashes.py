"""Dashes that text conversion writes in place of a hyphen, read as the hyphen.

PDF-to-text conversion (and some word processors) put U+2010 (hyphen), U+2011 (non-breaking
hyphen), U+2012 (figure dash), U+2013 (en dash) or U+2212 (minus) where a note has "-":
"Guinea–Bissau", "Anti–Narcotics Police". The entity rules and lists are written with "-", so
they read a copy of the text where such a dash between two word characters is "-". The copy has
the same length, so every offset found in it indexes the original: an entity's text keeps its
dash, while its normalised values (country, canonical name) are those of the hyphenated form.
Ranges read alike with either dash ("2016–2017", "10–12 tons"); a dash with space around it
("2016 – 2017", "police — and customs") and the em dash are left alone.
"""

from __future__ import annotations

import re

_WORD_DASH = re.compile("(?<=\\w)[\u2010\u2011\u2012\u2013\u2212](?=\\w)")
"""One dash character between two word characters (fixed-width look-arounds: linear)."""
_DASH = re.compile("[\u2010\u2011\u2012\u2013\u2212]")
"""Any of the dashes: a pattern that starts with a character class is scanned for quickly,
one that starts with a look-behind is tried at every character."""


def hyphenated(text: str) -> str:
    """``text`` with every dash joining two word characters replaced by "-" (same length)."""
    return _WORD_DASH.sub("-", text) if _DASH.search(text) else text
