"""QUANTITY in Spanish and French: the same value, unit, item and qualifier as English gives.

The component learns its language from ``nlp.lang``; each case runs the real pipeline (DATE
then QUANTITY, as in the project's pipeline) on a small inline text.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from honlac_extract.entities.quantities import find_quantities
from honlac_extract.entities.quantities.grammar import parse_number
from honlac_extract.entities.spans import fields_of, spans_with_label

KEYS = ("value", "value_max", "previous_value", "unit", "item", "qualifier")


@pytest.fixture(scope="module")
def pipelines() -> dict[str, Language]:
    built = {}
    for language in ("en", "es", "fr"):
        nlp = spacy.blank(language)
        nlp.add_pipe("honlac_dates_v1")
        nlp.add_pipe("honlac_quantities_v1")
        built[language] = nlp
    return built


def quantities(nlp: Language, text: str) -> list[tuple[str, dict[str, Any]]]:
    doc = nlp(text)
    found = []
    for span in spans_with_label(doc, "QUANTITY"):
        fields = fields_of(span)
        found.append((span.text, {key: fields[key] for key in KEYS}))
    return found


def fields(
    value: float,
    unit: str,
    item: str | None = None,
    qualifier: str | None = None,
    value_max: float | None = None,
    previous_value: float | None = None,
) -> dict[str, Any]:
    return {
        "value": value,
        "value_max": value_max,
        "previous_value": previous_value,
        "unit": unit,
        "item": item,
        "qualifier": qualifier,
    }


@pytest.mark.parametrize(
    ("language", "text", "span", "expected"),
    [
        (
            "es",
            "capacitó a 5.000 agentes de policía.",
            "5.000 agentes de policía",
            fields(5000, "count", "police officers"),
        ),
        (
            "es",
            "Se incautaron 12,5 toneladas de cocaína.",
            "12,5 toneladas",
            fields(12.5, "t", "cocaine"),
        ),
        ("es", "y 1.500 kg de marihuana", "1.500 kg", fields(1500, "kg", "marijuana")),
        (
            "es",
            "recibió 1,5 millones de dólares para",
            "1,5 millones de dólares",
            fields(1_500_000, "usd"),
        ),
        ("es", "con US$ 3,4 millones en", "US$ 3,4 millones", fields(3_400_000, "usd")),
        ("es", "se decomisaron 3 700 kg de heroína", "3 700 kg", fields(3700, "kg", "heroin")),
        ("es", "se decomisaron 3\u00a0700 kg", "3\u00a0700 kg", fields(3700, "kg")),
        (
            "es",
            "estimada en 2.300-2.600 toneladas",
            "2.300-2.600 toneladas",
            fields(2300, "t", value_max=2600),
        ),
        (
            "es",
            "entre 2.300 y 2.600 toneladas",
            "entre 2.300 y 2.600 toneladas",
            fields(2300, "t", value_max=2600),
        ),
        (
            "es",
            "participaron más de 500 fiscales",
            "más de 500 fiscales",
            fields(500, "count", "prosecutors", "more than"),
        ),
        (
            "es",
            "casi 200 funcionarios públicos",
            "casi 200 funcionarios públicos",
            fields(200, "count", "public officials", "almost"),
        ),
        (
            "es",
            "alrededor de 40 países",
            "alrededor de 40 países",
            fields(40, "count", "countries", "around"),
        ),
        (
            "es",
            "se celebraron unos 40 talleres",
            "unos 40 talleres",
            fields(40, "count", "workshops", "some"),
        ),
        ("es", "el 86 por ciento de", "86 por ciento", fields(86, "percent")),
        ("es", "el 86 % del total", "86 %", fields(86, "percent")),
        (
            "es",
            "se desmantelaron dos laboratorios clandestinos en",
            "dos laboratorios clandestinos",
            fields(2, "count", "clandestine laboratories"),
        ),
        (
            "es",
            "se aprobaron tres nuevas leyes",
            "tres nuevas leyes",
            fields(3, "count", "nuevas leyes"),
        ),
        (
            "es",
            "asistieron veinte participantes",
            "veinte participantes",
            fields(20, "count", "participants"),
        ),
        (
            "es",
            "treinta y cinco agentes",
            "treinta y cinco agentes",
            fields(35, "count", "officers"),
        ),
        (
            "es",
            "un millón de comprimidos de éxtasis",
            "un millón de comprimidos",
            fields(1_000_000, "count", "tablets"),
        ),
        (
            "es",
            "pasaron de 8.602 a 17.764 kilogramos",
            "de 8.602 a 17.764 kilogramos",
            fields(17764, "kg", previous_value=8602),
        ),
        (
            "es",
            "hubo 15 incautaciones de cocaína",
            "15 incautaciones",
            fields(15, "count", "seizures"),
        ),
        (
            "es",
            "unas 1.200 hectáreas de coca",
            "unas 1.200 hectáreas",
            fields(1200, "ha", "coca", "some"),
        ),
        (
            "es",
            "40 funcionarios capacitados por",
            "40 funcionarios",
            fields(40, "count", "officials"),
        ),
        (
            "es",
            "entre el 40 y el 55 por ciento de",
            "entre el 40 y el 55 por ciento",
            fields(40, "percent", value_max=55),
        ),
        (
            "es",
            "entre el 40 % y el 55 % de",
            "entre el 40 % y el 55 %",
            fields(40, "percent", value_max=55),
        ),
        ("es", "un aumento del 36 % respecto de", "36 %", fields(36, "percent")),
        ("es", "capacitó a 1,500 agentes", "1,500 agentes", fields(1500, "count", "officers")),
        ("es", "se incautaron 1,500 toneladas", "1,500 toneladas", fields(1.5, "t")),
        ("es", "recibió US$ 1.5 millones", "US$ 1.5 millones", fields(1_500_000, "usd")),
        (
            "es",
            "un aumento de 41 a 63 en un año",
            "de 41 a 63",
            fields(63, "count", previous_value=41),
        ),
        (
            "fr",
            "une hausse de 41 à 63 en un an",
            "de 41 à 63",
            fields(63, "count", previous_value=41),
        ),
        ("fr", "27 d'entre elles ont été", "27", fields(27, "count")),
        ("es", "los laboratorios, dos de ellos en la costa", "dos", fields(2, "count")),
        ("fr", "les saisies, trois d'entre elles au port", "trois", fields(3, "count")),
        ("es", "los avisos, 35 más que en 2019", "35", fields(35, "count")),
        ("fr", "le total, contre quatre à la fin de 2019", "quatre", fields(4, "count")),
        ("fr", "les avis, 35 de plus qu'en 2019", "35", fields(35, "count")),
        ("fr", "dont 211 étaient fausses", "211", fields(211, "count")),
        ("es", "de las cuales 211 fueron falsas", "211", fields(211, "count")),
        ("es", "alcanzó 121 en", "121", fields(121, "count")),
        (
            "fr",
            "et 4 autres aéroports",
            "4 autres aéroports",
            fields(4, "count", "autres aéroports"),
        ),
        (
            "es",
            "y otros 4 aeropuertos",
            "otros 4 aeropuertos",
            fields(4, "count", "aeropuertos", "an additional"),
        ),
        (
            "fr",
            "Cinq nouvelles unités ont été",
            "Cinq nouvelles unités",
            fields(5, "count", "nouvelles unités"),
        ),
        (
            "fr",
            "a formé 5 000 agents des douanes",
            "5 000 agents des douanes",
            fields(5000, "count", "customs officers"),
        ),
        ("fr", "5\u202f000 agents", "5\u202f000 agents", fields(5000, "count", "officers")),
        ("fr", "saisi 12,5 tonnes de cocaïne", "12,5 tonnes", fields(12.5, "t", "cocaine")),
        ("fr", "et 1,5 tonne d'héroïne", "1,5 tonne", fields(1.5, "t", "heroin")),
        (
            "fr",
            "et 3 700 kg de résine de cannabis",
            "3 700 kg",
            fields(3700, "kg", "cannabis resin"),
        ),
        (
            "fr",
            "1,5 million de dollars des États-Unis",
            "1,5 million de dollars des États-Unis",
            fields(1_500_000, "usd"),
        ),
        (
            "fr",
            "plus de 500 agents",
            "plus de 500 agents",
            fields(500, "count", "officers", "more than"),
        ),
        (
            "fr",
            "près de 200 fonctionnaires",
            "près de 200 fonctionnaires",
            fields(200, "count", "officials", "nearly"),
        ),
        ("fr", "environ 40 pays", "environ 40 pays", fields(40, "count", "countries", "about")),
        (
            "fr",
            "jusqu'à 300 comprimés",
            "jusqu'à 300 comprimés",
            fields(300, "count", "tablets", "up to"),
        ),
        ("fr", "soit 86 pour cent", "86 pour cent", fields(86, "percent")),
        ("fr", "soit 86 % du total", "86 %", fields(86, "percent")),
        (
            "fr",
            "entre 2 300 et 2 600 tonnes",
            "entre 2 300 et 2 600 tonnes",
            fields(2300, "t", value_max=2600),
        ),
        (
            "fr",
            "deux laboratoires clandestins ont été",
            "deux laboratoires clandestins",
            fields(2, "count", "clandestine laboratories"),
        ),
        (
            "fr",
            "trois cents participants",
            "trois cents participants",
            fields(300, "count", "participants"),
        ),
        ("fr", "une dizaine de pays", "une dizaine de pays", fields(10, "count", "countries")),
        ("fr", "vingt et un ateliers", "vingt et un ateliers", fields(21, "count", "workshops")),
        (
            "fr",
            "quatre-vingt-dix-sept agents",
            "quatre-vingt-dix-sept agents",
            fields(97, "count", "officers"),
        ),
        (
            "fr",
            "sont passées de 8 602 à 17 764 kilogrammes",
            "de 8 602 à 17 764 kilogrammes",
            fields(17764, "kg", previous_value=8602),
        ),
        ("fr", "Il y a eu 15 saisies.", "15 saisies", fields(15, "count", "seizures")),
        ("fr", "deux cent mille euros", "deux cent mille euros", fields(200_000, "other")),
    ],
)
def test_amounts(
    pipelines: dict[str, Language], language: str, text: str, span: str, expected: dict[str, Any]
) -> None:
    assert quantities(pipelines[language], text) == [(span, expected)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "En 2018, la Oficina presentó su informe."),
        ("es", "de conformidad con la resolución 61/11 de la Comisión"),
        ("es", "como se indica en los párrafos 5 y 6 del informe"),
        ("es", "Tema 3 del programa provisional"),
        ("es", "la Vigésima Séptima Reunión y la 27.ª Reunión"),
        ("es", "el 26 de junio de 2017 en la ciudad"),
        ("es", "durante dos años y tres meses"),
        ("es", "los artículos 3 y 4 de la Convención de 1988"),
        ("es", "una reunión con un representante"),
        ("es", "la versión 1.5 del sistema"),
        ("es", "a las 10.30 horas, la meta 16.4"),
        ("es", "unos 1.5000 kg"),
        ("fr", "En 2018, l'Office a présenté son rapport."),
        ("fr", "conformément à la résolution 61/11 de la Commission"),
        ("fr", "comme indiqué aux paragraphes 5 et 6"),
        ("fr", "Point 3 de l'ordre du jour provisoire"),
        ("fr", "la 27e Réunion, le 1er octobre"),
        ("fr", "le 26 juin 2017 à Lima"),
        ("fr", "pendant deux ans"),
        ("fr", "une réunion avec un représentant"),
        ("fr", "du 3 au 7 octobre 2016"),
        ("fr", "conformément à l'article 17 et à l'annexe 2 exemplaires"),
        ("es", "la Ley N° 1340 sobre estupefacientes"),
        ("es", "véanse los párrafos 12 a 15 supra"),
    ],
)
def test_not_quantities(pipelines: dict[str, Language], language: str, text: str) -> None:
    assert quantities(pipelines[language], text) == []


PARALLEL = [
    (
        "UNODC trained 403 public officials and more than 5,000 police officers.",
        "La UNODC capacitó a 403 funcionarios públicos y a más de 5.000 agentes de policía.",
        "L'ONUDC a formé 403 fonctionnaires et plus de 5 000 policiers.",
    ),
    (
        "Seizures rose from 8,602 to 17,764 kilograms of cocaine.",
        "Las incautaciones pasaron de 8.602 a 17.764 kilogramos de cocaína.",
        "Les saisies sont passées de 8 602 à 17 764 kilogrammes de cocaïne.",
    ),
    (
        "It received US$ 3.4 million and about 86 per cent of 1,500 tablets.",
        "Recibió US$ 3,4 millones y alrededor del 86 por ciento de 1.500 comprimidos.",
        "Il a reçu 3,4 millions de dollars et environ 86 pour cent de 1 500 comprimés.",
    ),
    (
        "between 2,300 and 2,600 tons of cocaine hydrochloride, 12.5 ha and two laboratories.",
        "entre 2.300 y 2.600 toneladas de clorhidrato de cocaína, 12,5 ha y dos laboratorios.",
        "entre 2 300 et 2 600 tonnes de chlorhydrate de cocaïne, 12,5 ha et deux laboratoires.",
    ),
]


def _numbers(found: list[tuple[str, dict[str, Any]]]) -> list[tuple[Any, ...]]:
    keys = ("value", "value_max", "previous_value", "unit")
    return [tuple(f[key] for key in keys) for _, f in found]


@pytest.mark.parametrize("texts", PARALLEL)
def test_parallel_notes_give_the_same_amounts(
    pipelines: dict[str, Language], texts: tuple[str, str, str]
) -> None:
    english, spanish, french = (
        quantities(pipelines[lang], text)
        for lang, text in zip(("en", "es", "fr"), texts, strict=True)
    )
    assert english  # the English side finds something to compare with
    assert _numbers(spanish) == _numbers(english)
    assert _numbers(french) == _numbers(english)


def test_parallel_items_and_qualifiers_follow_english(pipelines: dict[str, Language]) -> None:
    english, spanish = (
        quantities(pipelines[lang], text)
        for lang, text in zip(("en", "es"), PARALLEL[0][:2], strict=True)
    )
    assert [(f["item"], f["qualifier"]) for _, f in spanish] == [
        (f["item"], f["qualifier"]) for _, f in english
    ]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("es", "1.500", 1500.0),
        ("es", "1,500", 1.5),  # a decimal comma, as Spanish writes it
        ("es", "1.5", 1.5),  # a dot before two digits or fewer groups no thousands
        ("es", "12,5", 12.5),
        ("es", "1.250.000", 1_250_000.0),
        ("es", "12 500,5", 12500.5),
        ("es", "1,5 millones", 1_500_000.0),
        ("es", "dos mil millones", 2_000_000_000.0),
        ("es", "doscientos cincuenta mil", 250_000.0),
        ("es", "dos y tres", None),
        ("fr", "1,5", 1.5),
        ("fr", "5\u2009000", 5000.0),  # a thin space between groups
        ("fr", "3 700", 3700.0),
        ("fr", "3\u202f700", 3700.0),
        ("fr", "quatre-vingts", 80.0),
        ("fr", "soixante-dix", 70.0),
        ("fr", "deux milliards", 2_000_000_000.0),
        ("en", "1,500", 1500.0),
        ("en", "1.5", 1.5),
    ],
)
def test_parse_number(language: str, text: str, value: float | None) -> None:
    assert parse_number(text, language) == value


@pytest.mark.parametrize(("lang", "expected"), [("es", "es"), ("fr", "fr"), ("de", "en")])
def test_component_learns_its_language(lang: str, expected: str) -> None:
    nlp = spacy.blank(lang)
    component = nlp.add_pipe("honlac_quantities_v1")
    assert component.language == expected  # type: ignore[attr-defined]


def test_year_is_not_a_quantity_even_without_dates() -> None:
    assert find_quantities("en 2018 se", language="es") == []


def test_spans_index_the_text() -> None:
    text = "Se incautaron 12,5 toneladas de cocaína y más de 1.500 kg en 2017 en 3 operaciones."
    found = find_quantities(text, language="es")
    assert [text[f.start : f.end] for f in found] == [
        "12,5 toneladas",
        "más de 1.500 kg",
        "3 operaciones",
    ]


_PIECES = [
    "1.500",
    "12,5",
    "3 700",
    "5\u202f000",
    "2016",
    "dos",
    "treinta y",
    "quatre-vingt",
    "millones de",
    "millions d'",
    "toneladas",
    "tonnes",
    "por ciento",
    "%",
    "entre el",
    "y el",
    "de",
    "à",
    "más de",
    "jusqu'à",
    "US$",
    "resolución",
    "l'article",
    "61/11",
    "agentes",
    "cocaína",
    "COCAÏNE",
    "dotless ı",
    "-",
    ",",
    ".",
    "(",
]


@settings(max_examples=300, deadline=None)
@given(
    language=st.sampled_from(["es", "fr"]),
    pieces=st.lists(st.sampled_from(_PIECES), max_size=30),
    separators=st.lists(st.sampled_from([" ", "", "\u00a0", "\n"]), min_size=30, max_size=30),
)
def test_any_text_gives_grounded_quantities(
    language: str, pieces: list[str], separators: list[str]
) -> None:
    text = "".join(piece + sep for piece, sep in zip(pieces, separators, strict=False))
    for found in find_quantities(text, language=language):
        assert 0 <= found.start < found.end <= len(text)
        assert isinstance(found.fields["value"], float)
