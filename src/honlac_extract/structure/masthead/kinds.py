"""The kind of document: from its symbol first (PV, SR, RES, Agenda, CRP series), then from
its title and document-type line, then from the header text."""

from __future__ import annotations

from .rules import MastheadRules

KINDS = (
    "note_by_secretariat",
    "note_by_secretary_general",
    "report_of_secretariat",
    "report_of_secretary_general",
    "meeting_report",
    "implementation_note",
    "conference_room_paper",
    "resolution",
    "decision",
    "letter",
    "verbatim_record",
    "summary_record",
    "agenda",
)


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
    texts = [(title, True) for title in titles] + [(document_type, False), (header, False)]
    for text, title_rules in texts:
        if not text:
            continue
        for rule in rules.kind_by_text:
            if rule.title_only and not title_rules:
                continue
            if rule.pattern.search(text):
                return rule.kind
    return None
