"""COUNTRY, LOCATION and REGION in Spanish and French notes: same values as English."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

from honlac_extract.entities.countries import heading_countries
from honlac_extract.entities.countries.gazetteer import gazetteer, un_names
from honlac_extract.entities.countries.translated.demonyms import inflections
from honlac_extract.entities.matcher_cache import cache_path
from honlac_extract.entities.spans import SPAN_KEY, fields_of

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "honlac_extract" / "data" / "languages"


def _pipeline(language: str) -> Language:
    nlp = spacy.blank(language)
    nlp.add_pipe("honlac_countries_v1")
    return nlp


@pytest.fixture(scope="module")
def pipelines() -> dict[str, Language]:
    return {language: _pipeline(language) for language in ("en", "es", "fr")}


def found(nlp: Language, text: str, label: str = "COUNTRY") -> list[tuple[str, dict[str, Any]]]:
    doc = nlp(text)
    return [(s.text, fields_of(s)) for s in doc.spans[SPAN_KEY] if s.label_ == label]


def codes(nlp: Language, text: str) -> list[str]:
    return [fields["iso3"] for _, fields in found(nlp, text)]


def _rows(language: str, name: str) -> list[list[str]]:
    lines = (DATA / language / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(
    ("language", "text", "span", "iso3"),
    [
        (
            "es",
            "el Gobierno de Bolivia (Estado Plurinacional de) informó",
            "Bolivia (Estado Plurinacional de)",
            "BOL",
        ),
        (
            "es",
            "el Estado Plurinacional de Bolivia informó",
            "Estado Plurinacional de Bolivia",
            "BOL",
        ),
        ("es", "autoridades de Bolivia y", "Bolivia", "BOL"),
        (
            "es",
            "Venezuela (República Bolivariana de) y",
            "Venezuela (República Bolivariana de)",
            "VEN",
        ),
        (
            "es",
            "la República Bolivariana de Venezuela",
            "República Bolivariana de Venezuela",
            "VEN",
        ),
        ("es", "la República Islámica del Irán", "República Islámica del Irán", "IRN"),
        ("es", "los Estados Unidos de América", "Estados Unidos de América", "USA"),
        ("es", "con los Estados Unidos y", "Estados Unidos", "USA"),
        (
            "es",
            "el Reino Unido de Gran Bretaña e Irlanda del Norte",
            "Reino Unido de Gran Bretaña e Irlanda del Norte",
            "GBR",
        ),
        ("es", "los Países Bajos", "Países Bajos", "NLD"),
        ("es", "en México se", "México", "MEX"),
        ("es", "en Mexico se", "Mexico", "MEX"),
        ("es", "el Perú", "Perú", "PER"),
        ("es", "el Peru", "Peru", "PER"),
        ("es", "el Brasil", "Brasil", "BRA"),
        ("es", "la República Dominicana", "República Dominicana", "DOM"),
        ("es", "la República Unida de Tanzanía", "República Unida de Tanzanía", "TZA"),
        ("es", "la República Democrática del Congo", "República Democrática del Congo", "COD"),
        ("es", "en Côte d'Ivoire", "Côte d'Ivoire", "CIV"),
        ("es", "en Côte d\u2019Ivoire", "Côte d\u2019Ivoire", "CIV"),
        ("es", "Türkiye y", "Türkiye", "TUR"),
        ("es", "la República Democrática Popular Lao", "República Democrática Popular Lao", "LAO"),
        ("es", "Trinidad y Tabago", "Trinidad y Tabago", "TTO"),
        ("es", "la Federación de Rusia", "Federación de Rusia", "RUS"),
        ("es", "la República de Corea", "República de Corea", "KOR"),
        (
            "es",
            "la República Popular Democrática de Corea",
            "República Popular Democrática de Corea",
            "PRK",
        ),
        ("es", "Guinea-Bissau y", "Guinea-Bissau", "GNB"),
        ("es", "Guinea Ecuatorial y", "Guinea Ecuatorial", "GNQ"),
        ("es", "en el Estado de Palestina", "Estado de Palestina", "PSE"),
        ("es", "EE.UU.", "EE.UU.", "USA"),
        ("fr", "la Bolivie (État plurinational de)", "Bolivie (État plurinational de)", "BOL"),
        ("fr", "l'État plurinational de Bolivie", "État plurinational de Bolivie", "BOL"),
        (
            "fr",
            "le Venezuela (République bolivarienne du)",
            "Venezuela (République bolivarienne du)",
            "VEN",
        ),
        (
            "fr",
            "la République bolivarienne du Venezuela",
            "République bolivarienne du Venezuela",
            "VEN",
        ),
        ("fr", "l'Iran (République islamique d')", "Iran (République islamique d')", "IRN"),
        ("fr", "la République islamique d'Iran", "République islamique d'Iran", "IRN"),
        ("fr", "la République islamique d\u2019Iran", "République islamique d\u2019Iran", "IRN"),
        ("fr", "la République-Unie de Tanzanie", "République-Unie de Tanzanie", "TZA"),
        ("fr", "la Côte d'Ivoire", "Côte d'Ivoire", "CIV"),
        ("fr", "la République démocratique du Congo", "République démocratique du Congo", "COD"),
        ("fr", "aux États-Unis d'Amérique", "États-Unis d'Amérique", "USA"),
        ("fr", "aux États-Unis", "États-Unis", "USA"),
        ("fr", "aux Etats-Unis", "Etats-Unis", "USA"),
        (
            "fr",
            "le Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
            "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
            "GBR",
        ),
        ("fr", "le Royaume-Uni", "Royaume-Uni", "GBR"),
        ("fr", "les Pays-Bas", "Pays-Bas", "NLD"),
        ("fr", "le Mexique", "Mexique", "MEX"),
        ("fr", "au Pérou", "Pérou", "PER"),
        ("fr", "le Brésil", "Brésil", "BRA"),
        ("fr", "l'Équateur", "Équateur", "ECU"),
        ("fr", "l\u2019Équateur", "Équateur", "ECU"),
        ("fr", "en Haïti", "Haïti", "HTI"),
        ("fr", "la Türkiye", "Türkiye", "TUR"),
        ("fr", "la Guinée-Bissau", "Guinée-Bissau", "GNB"),
        ("fr", "la Guinée- Bissau", "Guinée- Bissau", "GNB"),
        ("fr", "la Guinée équatoriale", "Guinée équatoriale", "GNQ"),
        ("fr", "le Soudan du Sud", "Soudan du Sud", "SSD"),
        ("fr", "l'Afrique du Sud", "Afrique du Sud", "ZAF"),
        (
            "fr",
            "la République démocratique populaire lao",
            "République démocratique populaire lao",
            "LAO",
        ),
        ("fr", "le Nigéria", "Nigéria", "NGA"),
        ("fr", "Sao Tomé-et-Principe", "Sao Tomé-et-Principe", "STP"),
        ("fr", "la Fédération de Russie", "Fédération de Russie", "RUS"),
        ("fr", "la République arabe syrienne", "République arabe syrienne", "SYR"),
        ("fr", "Viet\u00a0Nam", "Viet\u00a0Nam", "VNM"),
        ("fr", "l'Etat plurinational de Bolivie", "Etat plurinational de Bolivie", "BOL"),
        ("fr", "la RDC", "RDC", "COD"),
    ],
)
def test_country_names(
    pipelines: dict[str, Language], language: str, text: str, span: str, iso3: str
) -> None:
    result = found(pipelines[language], text)
    assert [(t, f["iso3"]) for t, f in result] == [(span, iso3)]
    assert result[0][1]["name"] == un_names()[iso3]  # the canonical English name
    assert "demonym" not in result[0][1]


@pytest.mark.parametrize(
    ("english", "spanish", "french"),
    [
        (
            "Officials of the Plurinational State of Bolivia, Peru, Mexico and the United States"
            " met in Côte d'Ivoire.",
            "Funcionarios del Estado Plurinacional de Bolivia, el Perú, México y los Estados"
            " Unidos se reunieron en Côte d'Ivoire.",
            "Des fonctionnaires de l'État plurinational de Bolivie, du Pérou, du Mexique et des"
            " États-Unis se sont réunis en Côte d'Ivoire.",
        ),
        (
            "the Netherlands, the United Republic of Tanzania, the Dominican Republic and Ecuador",
            "los Países Bajos, la República Unida de Tanzanía, la República Dominicana"
            " y el Ecuador",
            "les Pays-Bas, la République-Unie de Tanzanie, la République dominicaine et l'Équateur",
        ),
        (
            "Venezuela (Bolivarian Republic of), Iran (Islamic Republic of), Türkiye and Brazil",
            "Venezuela (República Bolivariana de), Irán (República Islámica del), Türkiye"
            " y el Brasil",
            "Venezuela (République bolivarienne du), Iran (République islamique d'), Türkiye"
            " et le Brésil",
        ),
    ],
)
def test_parallel_sentences_give_the_same_countries(
    pipelines: dict[str, Language], english: str, spanish: str, french: str
) -> None:
    expected = [(f["iso3"], f["name"]) for _, f in found(pipelines["en"], english)]
    assert len(expected) >= 4
    for language, text in (("es", spanish), ("fr", french)):
        assert [(f["iso3"], f["name"]) for _, f in found(pipelines[language], text)] == expected


@pytest.mark.parametrize("language", ["es", "fr"])
def test_every_listed_name_is_found_in_a_sentence(
    pipelines: dict[str, Language], language: str
) -> None:
    """Each UN form of ``countries.tsv`` (and the ISO translations) gives its own country."""
    context = {"es": "las autoridades de {} informaron", "fr": "les autorités de {} ont informé"}
    blocked = set(
        json.loads((DATA / language / "country_rules.json").read_text("utf-8"))["blocked_forms"]
    )
    wrong = []
    for file in ("countries.tsv", "countries_iso.tsv"):
        for form, code in ((row[0], row[1]) for row in _rows(language, file)):
            if form in blocked or "," in form:  # inverted ISO forms are not written in text
                continue
            got = codes(pipelines[language], context[language].format(form))
            if got != [code]:
                wrong.append((form, code, got))
    assert wrong == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "las autoridades colombianas, la policía colombiana, los colombianos y el Colombiano",
            ["colombianas", "colombiana", "colombianos", "Colombiano"],
        ),
        ("es", "empresas mexicanas y un ciudadano peruano", ["mexicanas", "peruano"]),
        ("es", "el Gobierno español y las autoridades españolas", ["español", "españolas"]),
        ("es", "funcionarios japoneses y la policía marroquí", ["japoneses", "marroquí"]),
        (
            "fr",
            "la police mexicaine, les autorités mexicaines et les Mexicains",
            ["mexicaine", "mexicaines", "Mexicains"],
        ),
        (
            "fr",
            "les autorités colombiennes et un fonctionnaire colombien",
            ["colombiennes", "colombien"],
        ),
        ("fr", "le Gouvernement français et la police sénégalaise", ["français", "sénégalaise"]),
    ],
)
def test_demonyms_inflect(
    pipelines: dict[str, Language], language: str, text: str, expected: list[str]
) -> None:
    result = found(pipelines[language], text)
    assert [t for t, _ in result] == expected
    assert all(f["demonym"] is True for _, f in result)


def test_inflections_follow_the_paradigm() -> None:
    assert inflections("colombiano", ("o", "a", "os", "as")) == [
        "colombiano", "colombiana", "colombianos", "colombianas",
    ]  # fmt: skip
    assert inflections("japonés", ("és", "esa", "eses", "esas"))[1] == "japonesa"
    assert inflections("mexicain", ("", "e", "s", "es")) == [
        "mexicain", "mexicaine", "mexicains", "mexicaines",
    ]  # fmt: skip
    assert inflections("belge", ("o", "a")) == ["belge"]  # a row not fitting keeps its form


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Original: inglés"),
        ("es", "disponible en español, francés e inglés"),
        ("es", "la versión en español del informe"),
        ("es", "traducido del inglés al español"),
        ("es", "un subsidio de 2 millones de dólares de los Estados Unidos"),
        ("es", "incautaron 300.000 pesos mexicanos y 100 bolivianos"),
        ("es", "pagado en dólares EE.UU."),
        ("es", "Vigésima Novena Reunión de Jefes de los Organismos Nacionales"),
        ("es", "Tema 4 del programa provisional"),
        ("es", "la Unión Europea y la Comunidad Europea"),
        ("es", "una declaración de Mauricio Macri"),
        ("es", "una carta del Sr. Israel"),
        ("es", "en el Lago Chad"),
        ("fr", "Original : anglais"),
        ("fr", "Original\u00a0: anglais"),
        ("fr", "disponible en français et en espagnol"),
        ("fr", "la version française du rapport"),
        ("fr", "une subvention de 2 millions de dollars des États-Unis"),
        ("fr", "Vingt-neuvième Réunion des chefs des services nationaux"),
        ("fr", "la Réunion a recommandé"),
        ("fr", "l'Union européenne"),
        ("fr", "une déclaration de Maurice Dupont"),
        ("fr", "une lettre de M. Dominique"),
        ("fr", "autour du lac Tchad"),
    ],
)
def test_not_countries(pipelines: dict[str, Language], language: str, text: str) -> None:
    assert codes(pipelines[language], text) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Mauricio, Seychelles y Madagascar", ["MUS", "SYC", "MDG"]),
        ("es", "Israel y Jordania", ["ISR", "JOR"]),
        ("es", "el Chad y el Níger", ["TCD", "NER"]),
        ("es", "Granada, Guyana y Jamaica", ["GRD", "GUY", "JAM"]),
        ("fr", "Maurice et les Seychelles", ["MUS", "SYC"]),
        ("fr", "la Dominique et la Grenade", ["DMA", "GRD"]),
        ("fr", "le Tchad et le Niger", ["TCD", "NER"]),
        ("fr", "la Guinée, la Guinée-Bissau et la Guinée équatoriale", ["GIN", "GNB", "GNQ"]),
    ],
)
def test_names_that_are_also_names_count_in_lists(
    pipelines: dict[str, Language], language: str, text: str, expected: list[str]
) -> None:
    assert codes(pipelines[language], text) == expected


@pytest.mark.parametrize(
    ("language", "text", "span", "name"),
    [
        (
            "es",
            "los países de América Latina y el Caribe",
            "América Latina y el Caribe",
            "Latin America and the Caribbean",
        ),
        ("es", "en América Central se", "América Central", "Central America"),
        ("es", "en Centroamérica se", "Centroamérica", "Central America"),
        ("es", "la ruta de África Occidental", "África Occidental", "West Africa"),
        ("es", "la ruta de África occidental", "África occidental", "West Africa"),
        ("es", "la ruta de Africa Occidental", "Africa Occidental", "West Africa"),
        ("es", "los países de Asia Central", "Asia Central", "Central Asia"),
        ("es", "Oriente Medio y", "Oriente Medio", "Middle East"),
        ("fr", "en Afrique de l'Ouest", "Afrique de l'Ouest", "West Africa"),
        ("fr", "en Afrique de l\u2019Ouest", "Afrique de l\u2019Ouest", "West Africa"),
        ("fr", "en Asie centrale", "Asie centrale", "Central Asia"),
        ("fr", "dans le golfe de Guinée", "golfe de Guinée", "Gulf of Guinea"),
        ("fr", "Golfe de Guinée", "Golfe de Guinée", "Gulf of Guinea"),
        (
            "fr",
            "l'Amérique latine et les Caraïbes",
            "Amérique latine et les Caraïbes",
            "Latin America and the Caribbean",
        ),
    ],
)
def test_regions(
    pipelines: dict[str, Language], language: str, text: str, span: str, name: str
) -> None:
    result = found(pipelines[language], text, "REGION")
    assert [(t, f["name"]) for t, f in result] == [(span, name)]
    assert codes(pipelines[language], text) == []


@pytest.mark.parametrize(
    ("language", "text", "span", "country", "name"),
    [
        ("es", "celebrada en Viena del 2 al 6", "Viena", "AUT", "Vienna"),
        ("es", "un taller en Ciudad de México", "Ciudad de México", "MEX", "Mexico City"),
        (
            "es",
            "una reunión en Ciudad de Guatemala",
            "Ciudad de Guatemala",
            "GTM",
            "Guatemala City",
        ),
        ("es", "en Santiago de Chile", "Santiago de Chile", "CHL", "Santiago de Chile"),
        ("es", "un puerto en Guayaquil", "Guayaquil", "ECU", "Guayaquil"),
        ("fr", "tenue à Vienne du 2 au 6", "Vienne", "AUT", "Vienna"),
        ("fr", "un atelier à Mexico", "Mexico", "MEX", "Mexico City"),
        ("fr", "à Genève et", "Genève", "CHE", "Geneva"),
        ("fr", "à Addis-Abeba", "Addis-Abeba", "ETH", "Addis Ababa"),
    ],
)
def test_locations(
    pipelines: dict[str, Language],
    language: str,
    text: str,
    span: str,
    country: str,
    name: str,
) -> None:
    result = found(pipelines[language], text, "LOCATION")
    assert [(t, f["country"], f["name"]) for t, f in result] == [(span, country, name)]
    assert codes(pipelines[language], text) == []


def test_english_mexico_stays_the_country(pipelines: dict[str, Language]) -> None:
    assert codes(pipelines["en"], "a workshop in Mexico") == ["MEX"]
    assert found(pipelines["en"], "the port of Tema", "LOCATION")[0][1]["country"] == "GHA"


@pytest.mark.parametrize(
    ("language", "title", "expected"),
    [
        ("es", "Colombia", ["COL"]),
        ("es", "Estado Plurinacional de Bolivia", ["BOL"]),
        ("es", "Bolivia (Estado Plurinacional de)", ["BOL"]),
        ("es", "Venezuela (República Bolivariana de)", ["VEN"]),
        ("es", "Perú", ["PER"]),
        ("es", "Colombia y Perú", ["COL", "PER"]),
        ("es", "Centroamérica y el Caribe", []),
        ("es", "Niveles regional y subregional", []),
        ("es", "ESTADO PLURINACIONAL DE BOLIVIA", ["BOL"]),
        ("fr", "République-Unie de Tanzanie", ["TZA"]),
        ("fr", "Nigéria", ["NGA"]),
        ("fr", "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO", ["COD"]),
        ("fr", "Afrique de l'Ouest", []),
        ("fr", "Coopération avec des partenaires sénégalais", []),
        ("de", "Colombia", ["COL"]),  # no data of its own: read as English
    ],
)
def test_heading_countries_in_the_note_language(
    language: str, title: str, expected: list[str]
) -> None:
    assert heading_countries(title, language) == expected


def test_long_heading_is_read_in_linear_time() -> None:
    """A run without spaces is tokenised in pieces (entities/bounded.py), not quadratically."""
    title = "Colombia " + "(" * 20_000
    started = time.process_time()
    assert heading_countries(title, "es") == ["COL"]
    assert heading_countries(title) == ["COL"]
    assert time.process_time() - started < 5.0  # the unbounded tokenizer took ~37 s per call


def _spans(nlp: Language, text: str) -> list[tuple[str, int, int, str]]:
    doc = nlp(text)
    return [(s.label_, s.start_char, s.end_char, repr(fields_of(s))) for s in doc.spans[SPAN_KEY]]


@pytest.mark.parametrize("language", ["es", "fr"])
def test_spans_are_grounded_and_deterministic(
    pipelines: dict[str, Language], language: str
) -> None:
    text = (DATA / language / "countries.tsv").read_text(encoding="utf-8").replace("\t", " ")
    first, second = (_spans(pipelines[language], text) for _ in range(2))
    assert first == second and len(first) > 200
    for _, start, end, _ in first:
        assert text[start:end].strip() == text[start:end]


def _english_rows(name: str) -> list[list[str]]:
    lines = (ROOT / "src" / "honlac_extract" / "data" / name).read_text("utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_data_files_are_consistent() -> None:
    """Codes are real, canonical names are the English ones, no form listed twice."""
    valid = set(un_names())
    english_regions = {
        row[1]
        for row in (
            r.split("\t")
            for r in (ROOT / "src/honlac_extract/data/regions.tsv").read_text("utf-8").splitlines()
            if r and not r.startswith("#")
        )
    }
    english_cities = {
        r.split("\t")[0]
        for r in (ROOT / "src/honlac_extract/data/locations.tsv").read_text("utf-8").splitlines()
        if r and not r.startswith("#")
    }
    for language in ("es", "fr"):
        for name in (
            "countries.tsv",
            "countries_iso.tsv",
            "demonyms.tsv",
            "regions.tsv",
            "locations.tsv",
        ):
            forms = [row[0] for row in _rows(language, name)]
            assert len(forms) == len(set(forms)), (language, name)
        assert {row[1] for row in _rows(language, "countries.tsv")} <= valid
        assert {row[2] for row in _rows(language, "demonyms.tsv")} <= valid
        assert {row[1] for row in _rows(language, "regions.tsv")} <= english_regions
        assert {row[1] for row in _rows(language, "locations.tsv")} <= english_cities
        places = gazetteer(language).forms.values()
        assert {p.code for p in places if p.label != "REGION"} <= valid
    assert gazetteer("de") is gazetteer("en")


def test_generated_iso_names_match_the_script() -> None:
    spec = importlib.util.spec_from_file_location(
        "build", ROOT / "scripts" / "build_country_names.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    for language in ("es", "fr"):
        expected = [[form, code] for form, code in script.rows(language)]
        assert _rows(language, "countries_iso.tsv") == expected, (
            "run scripts/build_country_names.py"
        )


def test_each_language_has_its_own_matcher_cache(pipelines: dict[str, Language]) -> None:
    paths = {cache_path("countries", pipelines[language]) for language in ("en", "es", "fr")}
    assert len(paths) == 3


def test_english_start_up_builds_no_other_language() -> None:
    code = (
        "import spacy\n"
        "from honlac_extract.entities.countries import make_country_component\n"
        "from honlac_extract.entities.countries.translated import translated_gazetteer\n"
        "nlp = spacy.blank('en'); nlp.add_pipe('honlac_countries_v1')\n"
        "print(translated_gazetteer.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
