"""A resolution's preambular clauses printed between blank lines: an -ing word after a comma
inside a clause ("Analyses, Reporting and Trends") opens no clause."""

from __future__ import annotations

from honlac_extract.structure import parse_structure

RESOLUTION = """Resolution adopted by the General Assembly on 16 December 2025

80/187. Countering synthetic drug trafficking through postal channels

The General Assembly,

Recalling the Convention on Psychotropic Substances of 1971,

Welcoming the Global Synthetics Monitoring: Analyses, Reporting and Trends (SMART)
Programme of the United Nations Office on Drugs and Crime,

Noting with appreciation the work of the International Narcotics Control Board,

1. Urges Member States to strengthen cooperation between their postal authorities;

2. Requests the Secretary-General to report on the implementation of the present
resolution.
"""


def test_a_clause_printed_alone_keeps_its_inner_ing_word() -> None:
    paragraphs = parse_structure(RESOLUTION).paragraphs
    assert [(p.number, p.kind) for p in paragraphs] == [
        (-1, "preambular"),
        (-2, "preambular"),
        (-3, "preambular"),
        (1, "operative"),
        (2, "operative"),
    ]
    assert paragraphs[1].text.startswith("Welcoming the Global Synthetics Monitoring: Analyses,")
    assert paragraphs[1].text.endswith("Drugs and Crime,")


def test_run_together_clauses_are_still_cut_at_their_openings() -> None:
    flat = " ".join(RESOLUTION.split())
    kinds = [p.kind for p in parse_structure(flat).paragraphs]
    assert kinds.count("preambular") >= 3 and kinds.count("operative") == 2
