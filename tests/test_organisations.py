"""AGENCY and PROGRAMME components: pattern names no list holds, acronyms, kinds, overlaps.

Most bodies below are invented (or real but absent from the shipped list) on purpose: future
notes name bodies no list holds, so the components must find them by their shape.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from honlac_extract.entities.organisations.data import known_bodies
from honlac_extract.entities.pipeline import load_pipeline
from honlac_extract.entities.spans import SPAN_KEY, fields_of
from organisation_support import Found, orgs


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def one(found: Found, text: str) -> tuple[str, dict[str, Any]]:
    matches = [(label, fields) for label, span, fields in found if span == text]
    assert len(matches) == 1, found
    return matches[0]


def test_factories_work_on_a_blank_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("honlac_programmes_v1")
    nlp.add_pipe("honlac_agencies_v1")
    doc = nlp("Officers of the National Anti-Smuggling Directorate of Peru met in Lima.")
    found = [(s.label_, s.text, fields_of(s)) for s in doc.spans[SPAN_KEY]]
    label, fields = one(found, "National Anti-Smuggling Directorate of Peru")
    assert label == "AGENCY"
    assert fields["name"] == "National Anti-Smuggling Directorate of Peru"
    assert fields["kind"] == "national"
    assert fields["country"] == "PER"


def test_unlisted_bodies_are_found_by_their_head_noun(nlp: Language) -> None:
    text = (
        "The Coastal Interdiction Command and the Laboratory for Forensic Analysis of "
        "Seized Substances trained staff of the Port Security Unit under the Harbour "
        "Safety Programme."
    )
    found = orgs(nlp, text)
    assert [(label, span) for label, span, _ in found] == [
        ("AGENCY", "Coastal Interdiction Command"),
        ("AGENCY", "Laboratory for Forensic Analysis of Seized Substances"),
        ("AGENCY", "Port Security Unit"),
        ("PROGRAMME", "Harbour Safety Programme"),
    ]
    assert all(name not in {b.name for b in known_bodies()} for _, name, _ in found)
    assert one(found, "Harbour Safety Programme")[1]["kind"] == "programme"


def test_acronym_definition_joins_long_form_and_acronym(nlp: Language) -> None:
    text = "the Coastal Interdiction Command (COINCOM) of Ghana seized cocaine."
    label, fields = one(orgs(nlp, text), "Coastal Interdiction Command (COINCOM) of Ghana")
    assert label == "AGENCY"
    assert fields["name"] == "Coastal Interdiction Command"
    assert fields["acronym"] == "COINCOM"
    assert fields["country"] == "GHA"


def test_foreign_language_acronym_still_defines(nlp: Language) -> None:
    text = "to support the Special Force to Combat Drug Trafficking (FELCN) and others"
    _, fields = one(orgs(nlp, text), "Special Force to Combat Drug Trafficking (FELCN)")
    assert (fields["name"], fields["acronym"]) == (
        "Special Force to Combat Drug Trafficking",
        "FELCN",
    )


def test_acronym_of_a_nested_name_defines_the_nested_name(nlp: Language) -> None:
    text = "with the Regional Security Bureau of the West Atlantic Community (WAC) in 2019"
    found = orgs(nlp, text)
    _, outer = one(found, "Regional Security Bureau of the West Atlantic Community")
    _, inner = one(found, "West Atlantic Community (WAC)")
    assert outer["acronym"] is None
    assert (inner["name"], inner["acronym"]) == ("West Atlantic Community", "WAC")


def test_reverse_definition_short_form_before_the_long_one(nlp: Language) -> None:
    text = "a meeting of the CS Net (Coastal Surveillance Network) in Accra"
    label, fields = one(orgs(nlp, text), "CS Net (Coastal Surveillance Network)")
    assert label == "PROGRAMME"
    assert (fields["name"], fields["acronym"], fields["kind"]) == (
        "Coastal Surveillance Network",
        "CS Net",
        "network",
    )


def test_headless_definitions_need_a_programme_word(nlp: Language) -> None:
    found = orgs(nlp, "as part of the Safer Borders in Ecuador (SABOREC) project, UNODC")
    label, fields = one(found, "Safer Borders in Ecuador (SABOREC) project")
    assert label == "PROGRAMME"
    assert (fields["name"], fields["acronym"], fields["kind"]) == (
        "Safer Borders in Ecuador",
        "SABOREC",
        "project",
    )
    text = (
        "under the interregional programme Strengthening port cooperation along the coast "
        "(PORTCO), UNODC"
    )
    label, fields = one(orgs(nlp, text), "Strengthening port cooperation along the coast (PORTCO)")
    assert (label, fields["acronym"]) == ("PROGRAMME", "PORTCO")
    chemical = orgs(nlp, "levels of sodium hypochlorite (NAOCL) were low")
    assert [(span, fields["source"]) for _, span, fields in chemical] == [("NAOCL", "acronym:bare")]


def test_lower_case_programme_words_introduce_names(nlp: Language) -> None:
    text = "with the support of the project Support to Drug Courts in Kenya, funded by donors."
    label, fields = one(orgs(nlp, text), "Support to Drug Courts in Kenya")
    assert (label, fields["kind"]) == ("PROGRAMME", "project")
    found = orgs(nlp, 'trained parents for the family skills programme "Families Together" in 2018')
    assert one(found, "Families Together")[0] == "PROGRAMME"
    found = orgs(nlp, "Under the BORDERPAC project, officers were trained.")
    label, fields = one(found, "BORDERPAC project")
    assert (label, fields["acronym"], fields["name"]) == ("PROGRAMME", "BORDERPAC", None)


def test_unodc_offices_and_their_seats(nlp: Language) -> None:
    found = orgs(
        nlp,
        "The UNODC Country Office in Peru and the Regional Office for Eastern Africa in "
        "Nairobi met.",
    )
    _, peru = one(found, "UNODC Country Office in Peru")
    assert (peru["name"], peru["kind"], peru["country"]) == (
        "UNODC Country Office in Peru",
        "unodc_office",
        "PER",
    )
    _, nairobi = one(found, "Regional Office for Eastern Africa in Nairobi")
    assert nairobi["name"] == "UNODC Regional Office for Eastern Africa"
    assert nairobi["kind"] == "unodc_office"


def test_longest_span_wins_and_and_joins_leftwards(nlp: Language) -> None:
    found = orgs(nlp, "the UNODC Liaison and Partnership Office in Mexico signed it")
    assert [(label, span) for label, span, _ in found] == [
        ("AGENCY", "UNODC Liaison and Partnership Office in Mexico")
    ]
    two = orgs(nlp, "(Country Office in Peru and Programme Office in Ecuador)")
    assert [span for _, span, _ in two] == ["Country Office in Peru", "Programme Office in Ecuador"]


def test_governments_are_not_agencies(nlp: Language) -> None:
    text = "UNODC supported the Government of Colombia; Governments of the region agreed."
    assert [span for _, span, _ in orgs(nlp, text)] == ["UNODC"]


def test_national_body_takes_the_subheading_country(nlp: Language) -> None:
    found = orgs(
        nlp, "training for the Office of the Attorney General in May", subject_countries=["BOL"]
    )
    _, fields = one(found, "Office of the Attorney General")
    assert (fields["kind"], fields["country"]) == ("national", "BOL")
    regional = orgs(nlp, "the Office of the Attorney General", subject_countries=["BOL", "PER"])
    assert "country" not in regional[0][2]


def test_comma_lists_inside_names(nlp: Language) -> None:
    text = (
        "the Centre for Research on Governance, Public Security, Victimization and Justice "
        "provided training, and the Bureau of Customs, Peru and Chile followed."
    )
    found = orgs(nlp, text)
    one(found, "Centre for Research on Governance, Public Security, Victimization and Justice")
    one(found, "Bureau of Customs")


def test_distributive_and_plural_bodies(nlp: Language) -> None:
    text = "assistance to the offices of the Attorney General in Panama and the Dominican Republic."
    names = sorted(fields["name"] for _, _, fields in orgs(nlp, text))
    assert names == [
        "Office of the Attorney General of Panama",
        "Office of the Attorney General of the Dominican Republic",
    ]
    found = orgs(nlp, "the Transnational Crime Units of Ghana, Liberia and Sierra Leone")
    _, fields = one(found, "Transnational Crime Units")
    assert "country" not in fields or fields["country"] is None


def test_short_forms_and_bare_acronyms_are_marked_for_linking(nlp: Language) -> None:
    found = orgs(nlp, "The Programme grew. FELCN participated. The Country Office helped.")
    sources = {span: fields["source"] for _, span, fields in found}
    assert sources == {
        "Programme": "pattern:short-form",
        "FELCN": "acronym:bare",
        "Country Office": "pattern:short-form",
    }


def test_head_first_names(nlp: Language) -> None:
    found = orgs(
        nlp, "FELCN joined Operation Orion II with the Universidad Nacional de Ingeniería."
    )
    assert one(found, "Operation Orion II") == (
        "PROGRAMME",
        {
            "source": "pattern:head-first",
            "name": "Operation Orion II",
            "acronym": None,
            "kind": "operation",
        },
    )
    assert one(found, "Universidad Nacional de Ingeniería")[1]["kind"] == "academic"


def test_not_organisations(nlp: Language) -> None:
    text = (
        "In 2017, Member States met. The Methodological Toolkit for the Monitoring of "
        "Department Drug Plans was used in the Federal District."
    )
    assert orgs(nlp, text) == []


def test_well_known_bodies_come_from_the_list(nlp: Language) -> None:
    found = orgs(nlp, "INTERPOL and the World Customs Organization (WCO) joined AIRCOP.")
    assert one(found, "INTERPOL")[1]["name"] == "International Criminal Police Organization"
    assert one(found, "World Customs Organization (WCO)")[1]["acronym"] == "WCO"
    label, fields = one(found, "AIRCOP")
    assert (label, fields["name"]) == ("PROGRAMME", "Airport Communication Programme")


PIECES = st.sampled_from(
    [
        "(",
        ")",
        "(ACR)",
        "of",
        "the",
        "Office",
        "Programme",
        "in",
        "and",
        ",",
        "\u201c",
        '"',
        "I-24/7",
        "UNODC-",
        "-",
        "'s",
        "offices",
        "project",
        "\u00a0",
        "\n",
        "Ministry",
        "de",
        "Universidad",
        "Peru",
        "National",
        "FELCN",
        "Force",
        "to",
        "Combat",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map(" ".join))
def test_any_text_gives_valid_spans(text: str) -> None:
    nlp = _shared()
    doc, again = nlp(text), nlp(text)
    for span in doc.spans.get(SPAN_KEY, []):
        assert 0 <= span.start_char <= span.end_char <= len(text)
    first = [(s.start, s.end, s.label_, fields_of(s)) for s in doc.spans.get(SPAN_KEY, [])]
    second = [(s.start, s.end, s.label_, fields_of(s)) for s in again.spans.get(SPAN_KEY, [])]
    assert first == second


_PIPELINE: list[Language] = []


def _shared() -> Language:
    if not _PIPELINE:
        _PIPELINE.append(load_pipeline())
    return _PIPELINE[0]


def test_country_and_region_words_set_country_and_kind(nlp: Language) -> None:
    text = (
        "The Turkish National Police, the ECOWAS Commission and the Inter-Governmental "
        "Action Group against Money Laundering in West Africa (GIABA) met the Gendarmerie."
    )
    found = orgs(nlp, text)
    assert one(found, "Turkish National Police")[1]["country"] == "TUR"
    assert one(found, "ECOWAS Commission")[1]["kind"] == "international"
    giaba = one(
        found, "Inter-Governmental Action Group against Money Laundering in West Africa (GIABA)"
    )[1]
    assert (giaba["kind"], giaba["acronym"]) == ("international", "GIABA")
    assert one(found, "Gendarmerie")[1]["source"] == "pattern:head"


def test_a_country_inside_a_name_does_not_end_it(nlp: Language) -> None:
    text = (
        "The Regional Programme for Afghanistan and Neighbouring Countries and the Ministry "
        "of Health of Peru and the Police"
    )
    found = orgs(nlp, text)
    one(found, "Regional Programme for Afghanistan and Neighbouring Countries")
    assert one(found, "Ministry of Health of Peru")[1]["country"] == "PER"


def test_apposition_names_the_same_body(nlp: Language) -> None:
    text = (
        "with the Pan American Health Organization, in its capacity as the Regional Office "
        "for the Americas of WHO, and the Port Authority, as the Regional Office for Ports."
    )
    found = orgs(nlp, text)
    _, office = one(found, "Regional Office for the Americas of WHO")
    assert office["name"] == "Pan American Health Organization"
    _, other = one(found, "Regional Office for Ports")
    assert other["name"] == "UNODC Regional Office for Ports"


def test_listed_donor_keeps_its_own_country(nlp: Language) -> None:
    found = orgs(nlp, "The USAID project and the Colombian Navy met.", subject_countries=["COL"])
    assert [(label, span) for label, span, _ in found] == [
        ("AGENCY", "USAID"),
        ("AGENCY", "Colombian Navy"),
    ]
    assert one(found, "USAID")[1]["country"] == "USA"
    assert one(found, "Colombian Navy")[1]["country"] == "COL"


def test_and_before_another_body_ends_a_name(nlp: Language) -> None:
    found = orgs(nlp, "The Ministry of Justice and Law of Colombia and the AIRCOP project met.")
    assert [(label, span) for label, span, _ in found] == [
        ("AGENCY", "Ministry of Justice and Law of Colombia"),
        ("PROGRAMME", "AIRCOP project"),
    ]
    found = orgs(nlp, "the Ministry of Health and the WHO programme")
    assert [span for _, span, _ in found] == ["Ministry of Health", "WHO"]


def test_saved_pipeline_loads_and_finds_the_same(tmp_path: Any, nlp: Language) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    text = "The Federal Commission for Protection against Sanitary Risks (COFEPRIS) of Mexico"
    assert orgs(loaded, text) == orgs(nlp, text)


def test_long_title_case_names_and_listed_short_definitions(nlp: Language) -> None:
    text = (
        "The Project Coordinator of the Global Programme for Strengthening the Capacities of "
        "Member States to Prevent and Combat Organized and Serious Crimes (GPOC) met the "
        "Board (INCB). The Global Container Control Programme (CCP) and the Global "
        "Positioning System helped."
    )
    found = orgs(nlp, text)
    label, fields = one(
        found,
        "Global Programme for Strengthening the Capacities of Member States to Prevent and "
        "Combat Organized and Serious Crimes (GPOC)",
    )
    assert (label, fields["acronym"]) == ("PROGRAMME", "GPOC")
    assert one(found, "Board (INCB)")[1]["name"] == "International Narcotics Control Board"
    assert [span for _, span, _ in found if "Container" in span] == [
        "Global Container Control Programme (CCP)"
    ]
    assert not [span for _, span, _ in found if "Positioning" in span]


def test_programme_word_after_a_weak_head_makes_a_programme(nlp: Language) -> None:
    found = orgs(nlp, "through the Internet Crimes Against Children Task Force programme.")
    label, fields = one(found, "Internet Crimes Against Children Task Force programme")
    assert (label, fields["kind"]) == ("PROGRAMME", "programme")
    found = orgs(
        nlp,
        "the Ministry of Health programme and the LE TrainNet (Law Enforcement "
        "Training Network) event",
    )
    assert one(found, "Ministry of Health")[0] == "AGENCY"
    assert one(found, "LE TrainNet (Law Enforcement Training Network)")[1]["acronym"] == (
        "LE TrainNet"
    )


def test_country_office_takes_the_subheading_country(nlp: Language) -> None:
    found = orgs(nlp, "The Country Office held meetings.", subject_countries=["BOL"])
    assert one(found, "Country Office")[1]["country"] == "BOL"


def test_a_city_seat_gives_the_country_and_keeps_in(nlp: Language) -> None:
    text = (
        "the UNODC Regional Office for South Asia in New Delhi met the Office of the Attorney "
        "General in Bogotá."
    )
    found = orgs(nlp, text)
    _, office = one(found, "UNODC Regional Office for South Asia in New Delhi")
    assert (office["name"], office["country"]) == ("UNODC Regional Office for South Asia", "IND")
    _, bogota = one(found, "Office of the Attorney General in Bogotá")
    assert (bogota["name"], bogota["country"]) == (
        "Office of the Attorney General in Bogotá",
        "COL",
    )
