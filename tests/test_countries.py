"""COUNTRY, LOCATION and REGION candidates: variants, context rules, headings, persistence."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pycountry
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from honlac_extract.entities.countries import heading_countries
from honlac_extract.entities.countries.gazetteer import gazetteer, un_names
from honlac_extract.entities.spans import CONTEXT_KEY, SPAN_KEY, fields_of

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("honlac_countries_v1")
    return pipeline


def found(nlp: Language, text: str, label: str = "COUNTRY") -> list[tuple[str, dict[str, Any]]]:
    doc = nlp(text)
    return [(s.text, fields_of(s)) for s in doc.spans[SPAN_KEY] if s.label_ == label]


def codes(nlp: Language, text: str) -> list[str]:
    return [fields["iso3"] for _, fields in found(nlp, text)]


@pytest.mark.parametrize(
    ("text", "span", "iso3", "name"),
    [
        (
            "the Government of the Plurinational State of Bolivia promulgated",
            "Plurinational State of Bolivia",
            "BOL",
            "Bolivia (Plurinational State of)",
        ),
        (
            "talks with Bolivia (Plurinational State of) and",
            "Bolivia (Plurinational State of)",
            "BOL",
            None,
        ),
        ("Venezuela (Bolivarian Republic of)", "Venezuela (Bolivarian Republic of)", "VEN", None),
        ("the Bolivarian Republic of Venezuela", "Bolivarian Republic of Venezuela", "VEN", None),
        (
            "Iran (Islamic Republic of) reported",
            "Iran (Islamic Republic of)",
            "IRN",
            "Iran (Islamic Republic of)",
        ),
        ("the Islamic Republic of Iran", "Islamic Republic of Iran", "IRN", None),
        (
            "the United States of America",
            "United States of America",
            "USA",
            "United States of America",
        ),
        ("the United States and", "United States", "USA", None),
        ("Lao People's Democratic Republic", "Lao People's Democratic Republic", "LAO", None),
        (
            "Lao People\u2019s Democratic Republic",
            "Lao People\u2019s Democratic Republic",
            "LAO",
            None,
        ),
        ("Lao People's  Democratic Republic", "Lao People's  Democratic Republic", "LAO", None),
        ("Lao People's\nDemocratic Republic", "Lao People's\nDemocratic Republic", "LAO", None),
        ("Lao People's Republic (word dropped)", "Lao", "LAO", None),
        ("Lao People's Demo cratic Republic", "Lao", "LAO", None),
        ("Türkiye and", "Türkiye", "TUR", "Türkiye"),
        ("Turkey and", "Turkey", "TUR", "Türkiye"),
        ("the Republic of Korea", "Republic of Korea", "KOR", "Republic of Korea"),
        (
            "Democratic People's Republic of Korea",
            "Democratic People's Republic of Korea",
            "PRK",
            None,
        ),
        ("Viet Nam", "Viet Nam", "VNM", "Viet Nam"),
        ("Viet\u00a0Nam", "Viet\u00a0Nam", "VNM", "Viet Nam"),
        ("Côte d'Ivoire", "Côte d'Ivoire", "CIV", "Côte d'Ivoire"),
        ("Côte d\u2019Ivoire", "Côte d\u2019Ivoire", "CIV", "Côte d'Ivoire"),
        ("Cote d'Ivoire", "Cote d'Ivoire", "CIV", None),
        ("Cabo Verde", "Cabo Verde", "CPV", "Cabo Verde"),
        ("Cape Verde", "Cape Verde", "CPV", "Cabo Verde"),
        ("Timor-Leste", "Timor-Leste", "TLS", "Timor-Leste"),
        ("Guinea-Bissau", "Guinea-Bissau", "GNB", "Guinea-Bissau"),
        ("Guinea- Bissau", "Guinea- Bissau", "GNB", "Guinea-Bissau"),
        ("Dominican Republic", "Dominican Republic", "DOM", "Dominican Republic"),
        ("in the Dominican Republic.", "Dominican Republic", "DOM", None),
        ("the Republic of Moldova", "Republic of Moldova", "MDA", "Republic of Moldova"),
        ("North Macedonia", "North Macedonia", "MKD", None),
        ("the United Republic of Tanzania", "United Republic of Tanzania", "TZA", None),
        ("the Russian Federation", "Russian Federation", "RUS", None),
        ("the Syrian Arab Republic", "Syrian Arab Republic", "SYR", None),
        ("the State of Palestine", "State of Palestine", "PSE", "State of Palestine"),
        (
            "the United Kingdom of Great Britain and Northern Ireland",
            "United Kingdom of Great Britain and Northern Ireland",
            "GBR",
            None,
        ),
        ("Saint Kitts and Nevis", "Saint Kitts and Nevis", "KNA", None),
        ("St. Kitts and Nevis", "St. Kitts and Nevis", "KNA", None),
        ("Trinidad and Tobago", "Trinidad and Tobago", "TTO", None),
        ("Colombia's police", "Colombia", "COL", "Colombia"),
        ("Hong Kong, China", "Hong Kong, China", "HKG", None),
    ],
)
def test_country_variants(nlp: Language, text: str, span: str, iso3: str, name: str | None) -> None:
    result = found(nlp, text)
    assert [(t, f["iso3"]) for t, f in result] == [(span, iso3)]
    if name is not None:
        assert result[0][1]["name"] == name
    assert "demonym" not in result[0][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the longest match wins inside COUNTRY
        ("Guinea-Bissau, Equatorial Guinea and Papua New Guinea", ["GNB", "GNQ", "PNG"]),
        ("Guinea and Guinea-Bissau", ["GIN", "GNB"]),
        ("Niger and Nigeria", ["NER", "NGA"]),
        ("the Democratic Republic of the Congo and the Congo", ["COD", "COG"]),
        ("the Republic of Korea and the Democratic People's Republic of Korea", ["KOR", "PRK"]),
        ("South Sudan and the Sudan", ["SSD", "SDN"]),
        ("Dominica and the Dominican Republic", ["DMA", "DOM"]),
        # a country inside a city or place name is not a country
        ("held in Guatemala City from 2 to 6 October", []),
        ("a training event in Mexico City", []),
        ("the Regional Office in Panama City and in Panama", ["PAN"]),
        ("fishing in the Gulf of Guinea", []),
        ("the Niger Delta", []),
        ("the Lake Chad Basin", []),
        ("around Lake Chad", []),
        ("the Jordan River", []),
        ("the Gulf of Mexico", []),
        ("the South China Sea and the Gulf of Oman", []),
        ("police in British Columbia", []),
        # other senses of a country's name
        ("a statement by Michael Jordan", []),
        ("a statement by Ms. Jordan", []),
        ("Egypt, Jordan and Lebanon", ["EGY", "JOR", "LBN"]),
        ("the Hashemite Kingdom of Jordan", ["JOR"]),
        ("In Georgia, the police", ["GEO"]),
        ("Chad and Niger joined", ["TCD", "NER"]),
        ("roast turkey and chile peppers", []),
        ("a grant of 2 million United States dollars", []),
        ("seized 300,000 Mexican pesos", []),
        ("paid in Swiss francs and Thai baht", []),
        ("the United States and Mexico", ["USA", "MEX"]),
        ("TURKEY", []),
        # a country inside an agency or programme name still counts
        ("the UNODC Country Office in Peru", ["PER"]),
        ("the National Police of Colombia (DIRAN)", ["COL"]),
        ("the Universidad Latina de Panamá", ["PAN"]),
    ],
)
def test_context_rules(nlp: Language, text: str, expected: list[str]) -> None:
    assert codes(nlp, text) == expected


def test_nested_parentheses_list(nlp: Language) -> None:
    text = (
        "13 countries (Argentina, Bolivia (Plurinational State of), Brazil, Cabo Verde, Chile, "
        "Colombia, Dominican Republic, Ecuador, Ghana, Guinea-Bissau, Nigeria, Panama and Peru)."
    )
    result = found(nlp, text)
    assert [f["iso3"] for _, f in result] == [
        "ARG", "BOL", "BRA", "CPV", "CHL", "COL", "DOM", "ECU", "GHA", "GNB", "NGA", "PAN", "PER",
    ]  # fmt: skip
    assert result[1][0] == "Bolivia (Plurinational State of)"


@pytest.mark.parametrize("iso3", sorted(un_names()))
def test_every_un_short_iso_and_official_name(nlp: Language, iso3: str) -> None:
    country = pycountry.countries.get(alpha_3=iso3)
    assert country is not None
    for form in (un_names()[iso3], country.name, getattr(country, "official_name", country.name)):
        assert codes(nlp, f"officials from {form} attended") == [iso3], form


def test_korea_standing_for_the_republic_in_a_list(nlp: Language) -> None:
    text = "(Mongolia, Pakistan, Philippines, Korea, Thailand, Timor-Leste, Turkey and Viet Nam)"
    assert codes(nlp, text) == ["MNG", "PAK", "PHL", "KOR", "THA", "TLS", "TUR", "VNM"]


@pytest.mark.parametrize(
    ("text", "span", "iso3"),
    [
        ("a study mission of Bolivian counterparts to", "Bolivian", "BOL"),
        ("the Mexican presidency of AMERIPOL", "Mexican", "MEX"),
        ("the Colombian Drug Observatory", "Colombian", "COL"),
        ("Afghan opiates", "Afghan", "AFG"),
        ("the Spanish authorities", "Spanish", "ESP"),
        ("Salvadoran police", "Salvadoran", "SLV"),
        ("Papua New Guinean officers", "Papua New Guinean", "PNG"),
        ("Equatorial Guinean officers", "Equatorial Guinean", "GNQ"),
        ("Bissau-Guinean officers", "Bissau-Guinean", "GNB"),
    ],
)
def test_demonyms(nlp: Language, text: str, span: str, iso3: str) -> None:
    result = found(nlp, text)
    assert [(t, f["iso3"], f["demonym"]) for t, f in result] == [(span, iso3, True)]


@pytest.mark.parametrize(
    "text",
    [
        "Available only in English, French and Spanish.",
        "the Spanish version of the report",
        "translated into Portuguese-speaking countries' languages",
        "Latin American and Central American countries",
        "the Indian Ocean",
    ],
)
def test_languages_and_regional_adjectives_are_not_demonyms(nlp: Language, text: str) -> None:
    assert codes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("held in Guatemala City from", "Guatemala City", "GTM"),
        ("the Regional Office in Panama City", "Panama City", "PAN"),
        ("held in Santiago from 3 to 7 October 2016", "Santiago", "CHL"),
        ("a seminar held in Medellín, enabling", "Medellín", "COL"),
        ("a seminar held in Medellin", "Medellin", "COL"),
        ("its headquarters in Vienna", "Vienna", "AUT"),
        ("the Global Meeting of AIRCOP in São Paulo", "São Paulo", "BRA"),
        ("the Federal District and Rio de Janeiro", "Rio de Janeiro", "BRA"),
        ("an event in Mexico City", "Mexico City", "MEX"),
        ("a workshop in Bangkok", "Bangkok", "THA"),
        ("a meeting in Addis Ababa", "Addis Ababa", "ETH"),
        ("a port in Guayaquil", "Guayaquil", "ECU"),
        ("the Port Control Unit in Manzanillo, Panama, seized", "Manzanillo", "PAN"),
        ("the port of Manzanillo", "Manzanillo", "MEX"),
        ("police in Atlanta, Georgia", "Atlanta", "USA"),
        ("a seizure in Santiago, Dominican Republic", "Santiago", "DOM"),
    ],
)
def test_locations(nlp: Language, text: str, span: str, country: str) -> None:
    assert [(t, f["country"]) for t, f in found(nlp, text, "LOCATION")] == [(span, country)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("held in Puerto Ayora, Ecuador, and", [("Puerto Ayora", "ECU")]),
        ("a workshop in San Juan de los Morros, Venezuela", [("San Juan de los Morros", "VEN")]),
        ("the city of Santos", [("Santos", "BRA")]),
        ("the department of Vaupés and the state of emergency", [("Vaupés", "BRA")]),
        ("In December, Colombia reported", []),
        ("In Operation Lionfish, Colombia took part", []),
        ("a meeting in UNODC Headquarters, Austria", []),
        ("in Colombia, Peru and Ecuador", []),
    ],
)
def test_unlisted_places_by_pattern(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    doc = nlp.make_doc(text)
    doc.user_data[CONTEXT_KEY] = {"subject_countries": ["BRA"]}
    doc = nlp(doc)
    locations = [s for s in doc.spans[SPAN_KEY] if s.label_ == "LOCATION"]
    assert [(s.text, fields_of(s)["country"]) for s in locations] == expected
    assert all(fields_of(s)["source"] == "pattern:unlisted_place" for s in locations)


def test_unlisted_place_without_a_single_subject_has_no_country(nlp: Language) -> None:
    assert found(nlp, "the city of Santos", "LOCATION") == [
        ("Santos", {"source": "pattern:unlisted_place", "country": None, "name": "Santos"})
    ]


def test_accent_free_respellings_that_are_english_words_are_not_places(nlp: Language) -> None:
    assert found(nlp, "Male and female users in Malé and Colón", "LOCATION") == [
        ("Malé", {"source": "gazetteer:locations", "country": "MDV", "name": "Malé"}),
        ("Colón", {"source": "gazetteer:locations", "country": "PAN", "name": "Colón"}),
    ]
    assert codes(nlp, "a Reunion of experts in Réunion") == ["REU"]


def test_a_city_with_its_country_keeps_both(nlp: Language) -> None:
    text = "the Global Meeting of AIRCOP in São Paulo, Brazil."
    assert [t for t, _ in found(nlp, text, "LOCATION")] == ["São Paulo"]
    assert codes(nlp, text) == ["BRA"]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        (
            "Governments in Latin America and the Caribbean, focusing",
            "Latin America and the Caribbean",
            None,
        ),
        ("initiatives being implemented in Central America continued", "Central America", None),
        ("its presence in the Caribbean by", "the Caribbean", "the Caribbean"),
        ("students in the Andean Community (Bolivia", "Andean Community", None),
        ("the cocaine route in West Africa", "West Africa", None),
        ("countries of East Africa", "East Africa", None),
        ("the Near and Middle East", "the Near and Middle East", "Near and Middle East"),
        ("the Asia-Pacific region (Bangladesh", "Asia-Pacific region", "Asia and the Pacific"),
        ("trafficking in South-East Asia", "South-East Asia", None),
        ("trafficking to Europe", "Europe", None),
    ],
)
def test_regions(nlp: Language, text: str, span: str, name: str | None) -> None:
    result = found(nlp, text, "REGION")
    assert [t for t, _ in result] == [span]
    assert result[0][1]["name"] == (name or span)


def test_caribbean_as_adjective_is_not_a_region(nlp: Language) -> None:
    assert found(nlp, "the Caribbean Community and Caribbean countries", "REGION") == [
        ("the Caribbean", {"source": "gazetteer:regions", "name": "the Caribbean"})
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Bolivia (Plurinational State of)", ["BOL"]),
        ("Central America and the Caribbean", []),
        ("Regional and subregional levels", []),
        ("Colombia", ["COL"]),
        ("Iran (Islamic Republic of)", ["IRN"]),
        ("Lao People's Democratic Republic", ["LAO"]),
        ("Colombia and Peru", ["COL", "PER"]),
        ("  Mexico \n", ["MEX"]),
        ("BOLIVIA (PLURINATIONAL STATE OF)", ["BOL"]),
        ("West Africa", []),
        ("Regional cooperation with Colombian partners", []),
        ("", []),
    ],
)
def test_heading_countries(title: str, expected: list[str]) -> None:
    assert heading_countries(title) == expected


def test_heading_countries_returns_a_fresh_list() -> None:
    heading_countries("Colombia").append("XXX")
    assert heading_countries("Colombia") == ["COL"]


def test_nothing_in_text_without_places(nlp: Language) -> None:
    text = (
        "Drug policies and programmes should be evidence-based, consider human rights as a "
        "priority issue and be properly monitored and evaluated. Member States agreed."
    )
    doc = nlp(text)
    assert SPAN_KEY in doc.spans
    assert list(doc.spans[SPAN_KEY]) == []


def test_saved_pipeline_round_trip(nlp: Language, tmp_path: Path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == ["honlac_countries_v1"]
    text = "the Plurinational State of Bolivia, Guatemala City and the Caribbean"
    doc = loaded(text)
    assert [(s.label_, s.text) for s in doc.spans[SPAN_KEY]] == [
        ("COUNTRY", "Plurinational State of Bolivia"),
        ("LOCATION", "Guatemala City"),
        ("REGION", "the Caribbean"),
    ]


def test_same_input_same_output(nlp: Language) -> None:
    text = (ROOT / "fixtures" / "notes" / "honlac-27-note.txt").read_text(encoding="utf-8")

    def run() -> list[tuple[str, int, int, str]]:
        doc = nlp(text)
        return [
            (s.label_, s.start_char, s.end_char, repr(fields_of(s))) for s in doc.spans[SPAN_KEY]
        ]

    assert run() == run()


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("Guinea-Bissau (of) ’'\n\u00a0ColmbiPrLk,.")), max_size=80
    )
)
def test_any_text_gives_valid_spans(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for span in doc.spans[SPAN_KEY]:
        assert text[span.start_char : span.end_char] == span.text
        assert span.text.strip() == span.text


def test_no_written_form_is_listed_twice() -> None:
    """A repeated city or region name would silently point to one entry only."""
    for name in ("locations.tsv", "regions.tsv", "country_variants.tsv", "demonyms.tsv"):
        lines = (ROOT / "src" / "honlac_extract" / "data" / name).read_text("utf-8").splitlines()
        forms = [line.split("\t")[0] for line in lines if line and not line.startswith("#")]
        assert len(forms) == len(set(forms)), name


def test_data_files_name_real_countries() -> None:
    valid = {c.alpha_3 for c in pycountry.countries}
    places = gazetteer().forms.values()
    assert {p.code for p in places if p.label != "REGION"} <= valid
    assert set(un_names()) == valid
    assert len([p for p in places if p.label == "LOCATION" and p.name]) > 250


def _seed_paragraphs() -> dict[int, str]:
    """Numbered paragraph lines of the seed, with their page-break continuations (lower case)."""
    text = (ROOT / "fixtures" / "notes" / "honlac-27-note.txt").read_text(encoding="utf-8")
    paragraphs: dict[int, str] = {}
    current = None
    for line in text.splitlines():
        numbered = re.match(r"^(\d+)\. (.*)", line)
        if numbered:
            current = int(numbered.group(1))
            paragraphs[current] = numbered.group(2)
        elif current is not None and line[:1].islower():
            paragraphs[current] += " " + line
    return paragraphs


def test_seed_precision_and_recall(nlp: Language) -> None:
    gold = json.loads((ROOT / "fixtures" / "gold" / "honlac-27-note.json").read_text("utf-8"))
    required: dict[int, set[str]] = {}
    optional: dict[int, set[str]] = {}
    for entity in gold["entities"]:
        if entity["label"] == "COUNTRY":
            target = optional if entity.get("optional") else required
            target.setdefault(entity["p"], set()).add(entity["iso3"])
    tp = fp = fn = 0
    for number, text in _seed_paragraphs().items():
        predicted = set(codes(nlp, text))
        wanted, allowed = required.get(number, set()), optional.get(number, set())
        tp += len(predicted & wanted)
        fp += len(predicted - wanted - allowed)
        fn += len(wanted - predicted)
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.95
