"""Note-level linking: acronyms resolved to their definitions, short forms, shared entity ids."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from honlac_extract import extract_file
from honlac_extract.models import Entity, Note
from honlac_extract.records.linking import link_entities

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "notes" / "honlac-27-note.txt"


def mention(text: str, paragraph: int, label: str = "AGENCY", **fields: Any) -> Entity:
    start = paragraph * 1000 + len(text)
    fields.setdefault("source", "pattern:head")
    return Entity(
        id="e0",
        label=label,
        text=text,
        start=start,
        end=start + len(text),
        paragraph=paragraph,
        **fields,
    )


def renumbered(*entities: Entity) -> list[Entity]:
    return [e.model_copy(update={"id": f"e{n}"}) for n, e in enumerate(entities, start=1)]


def test_later_bare_acronym_takes_the_definition() -> None:
    entities = renumbered(
        mention(
            "Coastal Interdiction Command (COINCOM)",
            1,
            name="Coastal Interdiction Command",
            acronym="COINCOM",
            kind="national",
            country="GHA",
            source="pattern:acronym-definition",
        ),
        mention("COINCOM", 3, acronym="COINCOM", source="acronym:bare"),
    )
    first, later = link_entities(entities)
    assert later.name == "Coastal Interdiction Command"
    assert (later.kind, later.country, later.source) == ("national", "GHA", "linking:acronym")
    assert later.entity_id == first.entity_id == "org-1"


def test_undefined_bare_acronym_is_dropped_and_ids_renumbered() -> None:
    entities = renumbered(
        mention("THC", 1, acronym="THC", source="acronym:bare"),
        mention("Port Security Unit", 2, name="Port Security Unit", kind="national"),
    )
    linked = link_entities(entities)
    assert [(e.id, e.text, e.entity_id) for e in linked] == [("e1", "Port Security Unit", "org-1")]


def test_acronym_named_programme_resolves_like_a_bare_acronym() -> None:
    entities = renumbered(
        mention(
            "Safer Borders (SABOR) project",
            1,
            label="PROGRAMME",
            name="Safer Borders",
            acronym="SABOR",
            kind="project",
            source="pattern:acronym-definition",
        ),
        mention("SABOR initiative", 4, label="PROGRAMME", acronym="SABOR", kind="initiative"),
    )
    _, later = link_entities(entities)
    assert (later.name, later.entity_id) == ("Safer Borders", "org-1")


def test_short_forms_resolve_to_the_latest_fitting_body() -> None:
    entities = renumbered(
        mention(
            "UNODC Regional Office for West Africa in Dakar",
            1,
            name="UNODC Regional Office for West Africa",
            kind="unodc_office",
        ),
        mention(
            "Country Office in Peru", 2, name="UNODC Country Office in Peru", kind="unodc_office"
        ),
        mention("Regional Office", 5, name="UNODC Regional Office", source="pattern:short-form"),
        mention("Office", 9, name="UNODC Office", source="pattern:short-form"),
    )
    linked = link_entities(entities)
    assert [e.text for e in linked] == [
        "UNODC Regional Office for West Africa in Dakar",
        "Country Office in Peru",
        "Regional Office",
    ]
    assert linked[2].entity_id == linked[0].entity_id
    assert linked[2].name == "UNODC Regional Office for West Africa"


def test_one_word_short_form_stays_near_unless_one_body_fits() -> None:
    near = renumbered(
        mention("Police Centre", 1, name="Police Centre", kind="national"),
        mention("Drug Research Centre", 2, name="Drug Research Centre", kind="national"),
        mention("Centre", 7, name="Centre", source="pattern:short-form"),
    )
    assert [e.text for e in link_entities(near)] == ["Police Centre", "Drug Research Centre"]
    unique = renumbered(
        mention("Subcommission on Drug Traffic", 1, name="Subcommission on Drug Traffic"),
        mention("Subcommission", 6, name="Subcommission", source="pattern:short-form"),
    )
    first, later = link_entities(unique)
    assert later.entity_id == first.entity_id


def test_same_name_different_country_are_different_bodies() -> None:
    entities = renumbered(
        mention(
            "Office of the Attorney-General of Panama",
            1,
            name="Office of the Attorney-General of Panama",
            kind="national",
            country="PAN",
        ),
        mention("Panama", 1, label="COUNTRY", iso3="PAN"),
        mention(
            "Office of the Attorney-General",
            2,
            name="Office of the Attorney-General",
            kind="national",
            country="PAN",
        ),
        mention(
            "Office of the Attorney General",
            5,
            name="Office of the Attorney General",
            kind="national",
            country="BOL",
        ),
    )
    # the COUNTRY mention must sit inside the first name for its country to be stripped
    entities[1] = entities[1].model_copy(
        update={"start": entities[0].end - len("Panama"), "end": entities[0].end}
    )
    panama, _, again, bolivia = link_entities(entities)
    assert panama.entity_id == again.entity_id
    assert bolivia.entity_id != panama.entity_id
    assert again.name == "Office of the Attorney-General of Panama"


def test_wording_variants_of_one_national_body_share_an_id() -> None:
    entities = renumbered(
        mention(
            "Special Force to Combat Drug Trafficking",
            1,
            name="Special Force to Combat Drug Trafficking",
            kind="national",
            country="BOL",
        ),
        mention(
            "Special Force against Drug Trafficking",
            4,
            name="Special Force against Drug Trafficking",
            kind="national",
            country="BOL",
        ),
        mention(
            "Special Unit against Drug Trafficking",
            5,
            name="Special Unit against Drug Trafficking",
            kind="national",
            country="BOL",
        ),
    )
    force, variant, unit = link_entities(entities)
    assert force.entity_id == variant.entity_id
    assert unit.entity_id != force.entity_id


def test_linking_is_deterministic_and_leaves_other_labels_alone() -> None:
    entities = renumbered(
        mention("Peru", 1, label="COUNTRY", iso3="PER"),
        mention("Harbour Programme", 1, label="PROGRAMME", name="Harbour Programme"),
    )
    assert link_entities(entities) == link_entities(entities)
    assert link_entities(entities)[0] == entities[0]


@pytest.fixture(scope="module")
def seed() -> Note:
    return extract_file(SEED)


def _by_paragraph(note: Note, paragraph: int, text: str) -> Entity:
    """The first mention of ``text`` in ``paragraph``."""
    found = [e for e in note.entities if e.paragraph == paragraph and e.text == text]
    assert found, [(e.text, e.label) for e in note.entities if e.paragraph == paragraph]
    return found[0]


def test_seed_acronyms_and_short_forms_link_across_paragraphs(seed: Note) -> None:
    felcn = _by_paragraph(seed, 23, "Special Force to Combat Drug Trafficking (FELCN)")
    later = _by_paragraph(seed, 24, "FELCN")
    assert later.entity_id == felcn.entity_id
    assert later.name == "Special Force to Combat Drug Trafficking"
    regional = _by_paragraph(
        seed, 7, "UNODC Regional Office for Central America and the Caribbean in Panama"
    )
    assert _by_paragraph(seed, 8, "UNODC Regional Office").entity_id == regional.entity_id
    assert _by_paragraph(seed, 13, "Regional Office in Panama").entity_id == regional.entity_id
    unodc = _by_paragraph(seed, 59, "UNODC Liaison and Partnership Office in Mexico")
    assert unodc.kind == "unodc_office" and unodc.country == "MEX"
    office = _by_paragraph(seed, 60, "Office")
    assert office.name == "United Nations Office on Drugs and Crime"
    assert not [e for e in seed.entities if e.text in ("THC", "CBD")]


def test_seed_every_mention_has_an_id_and_ids_are_first_mention_order(seed: Note) -> None:
    orgs = [e for e in seed.entities if e.label in ("AGENCY", "PROGRAMME")]
    assert orgs and all(e.entity_id for e in orgs)
    seen: list[str] = []
    for entity in orgs:
        if entity.entity_id not in seen:
            seen.append(str(entity.entity_id))
    assert seen == [f"org-{n}" for n in range(1, len(seen) + 1)]
    assert [e.id for e in seed.entities] == [f"e{n}" for n in range(1, len(seed.entities) + 1)]


def test_abridged_names_join_the_body_they_abridge() -> None:
    entities = renumbered(
        mention(
            "Early Warning Advisory on New Psychoactive Substances",
            1,
            label="PROGRAMME",
            name="Early Warning Advisory on New Psychoactive Substances",
        ),
        mention("Strong Families", 2, label="PROGRAMME", name="Strong Families"),
        mention("Early Warning Advisory", 3, label="PROGRAMME", name="Early Warning Advisory"),
        mention(
            "Strong Families Programme", 4, label="PROGRAMME", name="Strong Families Programme"
        ),
        mention("Early Warning", 5, label="PROGRAMME", name="Early Warning"),
    )
    advisory, families, again, programme, cut = link_entities(entities)
    assert again.entity_id == advisory.entity_id
    assert programme.entity_id == families.entity_id
    assert cut.entity_id not in (advisory.entity_id, families.entity_id)


def test_seed_country_office_follows_the_subheading_and_unodc_has_no_country(
    seed: Note,
) -> None:
    bolivia = _by_paragraph(seed, 33, "UNODC Country Office in the Plurinational State of Bolivia")
    assert _by_paragraph(seed, 34, "Country Office").entity_id == bolivia.entity_id
    office = _by_paragraph(seed, 60, "Office")
    assert office.country is None and office.kind == "international"


def test_the_body_holding_a_session_is_the_latest_international_one() -> None:
    entities = renumbered(
        mention(
            "Commission on Narcotic Drugs",
            1,
            name="Commission on Narcotic Drugs",
            acronym="CND",
            kind="international",
            source="list",
        ),
        mention(
            "National Anti-Drug Commission of Peru",
            3,
            name="National Anti-Drug Commission of Peru",
            kind="national",
            country="PER",
        ),
        mention("Commission", 7, name="Commission", source="pattern:short-form:host"),
        mention("Commission", 12, name="Commission", source="pattern:short-form"),
    )
    linked = link_entities(entities)
    assert [(e.paragraph, e.name, e.entity_id) for e in linked] == [
        (1, "Commission on Narcotic Drugs", "org-1"),
        (3, "National Anti-Drug Commission of Peru", "org-2"),
        (7, "Commission on Narcotic Drugs", "org-1"),
    ]
