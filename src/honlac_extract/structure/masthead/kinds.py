"""The kind of document: from its symbol first (PV, SR, RES, Agenda, CRP series), then from
its title and document-type line, then from the header text."""

from __future__ import annotations

from typing import get_args

from ...models import DocumentKind
from .rules import MastheadRules

KIND_HEADER_MAX = 1500
"""Kind phrases ("Note by the Secretariat", "Letter dated ... from") are looked for in the
header's first characters only: further down a header that runs into a record's body they
are citations."""

KINDS: tuple[str, ...] = get_args(DocumentKind)  # the contract's list, in its order


def document_kind(
    symbol: str | None,
    titles: list[str],
    document_type: str | None,
    header: str,
    rules: MastheadRules,
) -> str | None:
    """The first rule that matches, in the data file's order of trust."""
    if symbol:
        for rule in rules.kind_by_symbol:
            if rule.pattern.search(symbol):
                return rule.kind
    texts: list[tuple[str | None, bool]] = [(title, True) for title in titles]
    texts += [(document_type, False), (header[:KIND_HEADER_MAX], False)]
    for text, title_rules in texts:
        if not text:
            continue
        for rule in rules.kind_by_text:
            if rule.title_only and not title_rules:
                continue
            if rule.pattern.search(text):
                return rule.kind
    return None
