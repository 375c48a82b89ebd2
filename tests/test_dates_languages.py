"""DATE in Spanish and French: the same normalisation as the English equivalent, and guards.

Each Spanish or French sentence is paired with its English translation; the pipeline of each
language must give the same (start, end, precision, inferred_year, in_name) for both, so the
English rules are the reference and neither side's figures are typed into the test. A few cases
also state the interval itself, so that the two cannot be wrong together.
"""

from __future__ import annotations

import time
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from honlac_extract.entities.dates import find_dates
from honlac_extract.entities.dates.grammar import date_matcher, date_pattern
from honlac_extract.entities.spans import fields_of, spans_with_label

KEYS = ("start_date", "end_date", "precision", "inferred_year", "in_name")


@cache
def pipeline(language: str) -> Language:
    nlp = spacy.blank(language)
    nlp.add_pipe("honlac_dates_v1")
    return nlp


def dates(language: str, text: str) -> list[tuple[Any, ...]]:
    doc = pipeline(language)(text)
    return [tuple(fields_of(span)[key] for key in KEYS) for span in spans_with_label(doc, "DATE")]


def texts(language: str, text: str) -> list[str]:
    return [span.text for span in spans_with_label(pipeline(language)(text), "DATE")]


PARALLEL = [
    ("es", "El 2 de octubre de 2017 se reunió.", "On 2 October 2017 it met."),
    ("es", "En 2017, el 2 de octubre se reunió.", "In 2017, on 2 October it met."),
    ("es", "Se celebró del 2 al 6 de octubre de 2017.", "It was held from 2 to 6 October 2017."),
    (
        "es",
        "Se celebró entre el 2 y el 6 de octubre de 2017.",
        "Held between 2 and 6 October 2017.",
    ),
    ("es", "Se celebró 2 a 6 de octubre de 2017.", "It was held 2-6 October 2017."),
    ("es", "Los días 12 y 13 de marzo de 2019.", "On 12 and 13 March 2019."),
    ("es", "Los días 12 y 19 de marzo de 2019.", "On 12 and 19 March 2019."),
    (
        "es",
        "Se celebró del 30 de septiembre al 4 de octubre de 2017.",
        "It was held from 30 September to 4 October 2017.",
    ),
    (
        "es",
        "Se celebró del 28 de diciembre al 3 de enero de 2018.",
        "From 28 December to 3 January 2018.",
    ),
    ("es", "En octubre de 2017 se aprobó.", "In October 2017 it was adopted."),
    ("es", "En Octubre de 2017 se aprobó.", "In October 2017 it was adopted."),
    ("es", "El 15 de setiembre de 2016 se aprobó.", "On 15 September 2016 it was adopted."),
    ("es", "En 2017 se aprobó.", "In 2017 it was adopted."),
    ("es", "Entre 2015 y 2017 aumentó.", "Between 2015 and 2017 it rose."),
    ("es", "De 2015 a 2017 aumentó.", "From 2015 to 2017 it rose."),
    ("es", "En 2018 y 2019 aumentó.", "In 2018 and 2019 it rose."),
    ("es", "Durante 2016-2017 aumentó.", "During 2016-2017 it rose."),
    ("es", "Durante el bienio 2016-2017 aumentó.", "During the biennium 2016-2017 it rose."),
    ("es", "Durante el primer semestre de 2017 aumentó.", "During the first half of 2017 it rose."),
    ("es", "En el segundo semestre de 2016 aumentó.", "In the second half of 2016 it rose."),
    ("es", "En el segundo trimestre de 2018 bajó.", "In the second quarter of 2018 it fell."),
    ("es", "En el último trimestre de 2018 bajó.", "In the last quarter of 2018 it fell."),
    ("es", "A principios de 2018 bajó.", "In early 2018 it fell."),
    ("es", "A finales de 2018 bajó.", "In late 2018 it fell."),
    ("es", "A mediados de 2018 bajó.", "In mid-2018 it fell."),
    ("es", "El año pasado bajó.", "Last year it fell."),
    ("es", "Del 1 de enero a 30 de junio de 2018 bajó.", "From 1 January to 30 June 2018 it fell."),
    ("es", "Hasta el 30 de junio de 2018 bajó.", "Until 30 June 2018 it fell."),
    ("es", "Al 31 de diciembre de 2015 había 20.", "As at 31 December 2015 there were 20."),
    ("es", "En mayo y junio de 2017 se reunió.", "In May and June 2017 it met."),
    (
        "es",
        "En mayo y junio de 2017, respectivamente, se reunieron.",
        "In May and June 2017, respectively, they met.",
    ),
    ("es", "Entre junio de 2016 y junio de 2017 bajó.", "Between June 2016 and June 2017 it fell."),
    (
        "es",
        "Entre 2021 y el primer trimestre de 2022 bajó.",
        "Between 2021 and the first quarter of 2022 it fell.",
    ),
    (
        "es",
        "Desde junio de 2017 hasta finales de 2018 bajó.",
        "From June 2017 to the end of 2018 it fell.",
    ),
    (
        "es",
        "En 2016 se reunió. En marzo capacitó a 20 agentes.",
        "In 2016 it met. In March it trained 20.",
    ),
    ("es", "En marzo y en junio de 2017 capacitó.", "In March and in June 2017 it trained."),
    (
        "es",
        "Según el Informe Mundial sobre las Drogas 2017.",
        "According to the World Drug Report 2017.",
    ),
    ("es", "Conforme a la Convención de 1961.", "Under the 1961 Convention."),
    ("es", "Con la Estrategia Nacional 2015-2020.", "With the National Strategy 2015-2020."),
    ("es", "Véase la resolución 2253 (2015).", "See resolution 2253 (2015)."),
    ("es", "Se incautaron 2000 toneladas.", "They seized 2000 tons."),
    ("es", "Conforme al artículo 2017 de la ley.", "Under article 2017 of the law."),
    ("fr", "Le 2 octobre 2017, elle s'est réunie.", "On 2 October 2017, it met."),
    ("fr", "Le 1er octobre 2017, elle s'est réunie.", "On 1st October 2017, it met."),
    ("fr", "Elle s'est tenue du 22 au 26 octobre 2018.", "It was held from 22 to 26 October 2018."),
    ("fr", "Tenue du 30 septembre au 4 octobre 2017.", "Held from 30 September to 4 October 2017."),
    ("fr", "En 2017, entre le 2 et le 6 octobre.", "In 2017, between 2 and 6 October."),
    ("fr", "En octobre 2017, elle a adopté.", "In October 2017, it adopted."),
    ("fr", "En Octobre 2017, elle a adopté.", "In October 2017, it adopted."),
    ("fr", "En 2017, elle a adopté.", "In 2017, it adopted."),
    ("fr", "Depuis 2015, elle a adopté.", "Since 2015, it adopted."),
    ("fr", "De 2015 à 2017, les saisies ont augmenté.", "From 2015 to 2017, seizures rose."),
    ("fr", "Entre 2015 et 2017, elles ont augmenté.", "Between 2015 and 2017, they rose."),
    (
        "fr",
        "Au premier trimestre 2018, elles ont baissé.",
        "In the first quarter of 2018, they fell.",
    ),
    ("fr", "Le premier trimestre 2018 a vu une baisse.", "The first quarter of 2018 saw a fall."),
    ("fr", "Le premier semestre de 2017 a vu une baisse.", "The first half of 2017 saw a fall."),
    ("fr", "Le deuxième trimestre de l'année 2018.", "The second quarter of the year 2018."),
    ("fr", "Pour l'exercice biennal 2016-2017, il a reçu.", "For the biennium 2016-2017, it got."),
    ("fr", "Pour l’exercice biennal 2016-2017, il a reçu.", "For the biennium 2016-2017, it got."),
    ("fr", "Début 2018, elles ont baissé.", "In early 2018, they fell."),
    ("fr", "Fin 2018, elles ont baissé.", "In late 2018, they fell."),
    ("fr", "À la fin de 2018, elles ont baissé.", "At the end of 2018, they fell."),
    ("fr", "À la mi-2018, elles ont baissé.", "In mid-2018, they fell."),
    ("fr", "En 2017. Au cours du premier semestre, rien.", "In 2017. During the first half, none."),
    ("fr", "Au 31 décembre 2015, il y avait 20 agents.", "As at 31 December 2015, there were 20."),
    ("fr", "De janvier à juin 2018, elles ont baissé.", "From January to June 2018, they fell."),
    ("fr", "En mai et juin 2017, elle s'est réunie.", "In May and June 2017, it met."),
    (
        "fr",
        "En 2016 ; en mars, elle a formé 20 agents.",
        "In 2016; in March, it trained 20 officers.",
    ),
    (
        "fr",
        "Entre 2021 et le premier trimestre de 2022.",
        "Between 2021 and the first quarter of 2022.",
    ),
    ("fr", "Selon la Convention de 1961.", "Under the 1961 Convention."),
    ("fr", "Le Rapport mondial sur les drogues 2017 indique.", "The World Drug Report 2017 says."),
    ("fr", "Le Plan d'action 2016-2020 prévoit.", "The Plan of Action 2016-2020 provides."),
    ("fr", "Jusqu'en 2017, elles ont baissé.", "Until 2017, they fell."),
    ("fr", "Il a été saisi 2000 tonnes.", "It seized 2000 tonnes."),
    ("es", "En octubre-noviembre de 2018 se reunieron.", "From October to November 2018 they met."),
    ("es", "EL 3 DE FEBRERO DE 2019 SE REUNIERON.", "ON 3 February 2019 THEY MET."),
    ("fr", "Au cours des six premiers mois de 2018.", "During the first six months of 2018."),
    (
        "fr",
        "D'octobre 2017 à mars 2018, ils ont agi.",
        "From October 2017 to March 2018, they acted.",
    ),
    ("fr", "En octobre-novembre 2018, ils ont agi.", "From October to November 2018, they acted."),
    (
        "fr",
        "En 2018, d'octobre à décembre, ils ont agi.",
        "In 2018, from October to December, they acted.",
    ),
]


@pytest.mark.parametrize(("language", "text", "english"), PARALLEL)
def test_same_normalisation_as_english(language: str, text: str, english: str) -> None:
    assert dates(language, text) == dates("en", english)


@pytest.mark.parametrize(
    ("language", "text", "span", "start", "end", "precision"),
    [
        (
            "es",
            "El 2 de octubre de 2017.",
            "2 de octubre de 2017",
            "2017-10-02",
            "2017-10-02",
            "day",
        ),
        ("es", "del 2 al 6 de octubre de 2017", None, "2017-10-02", "2017-10-06", "range"),
        ("es", "el bienio 2016-2017", None, "2016-01-01", "2017-12-31", "years"),
        ("es", "el segundo trimestre de 2018", None, "2018-04-01", "2018-06-30", "quarter"),
        ("es", "el 1º de enero de 2018", "1º de enero de 2018", "2018-01-01", "2018-01-01", "day"),
        ("es", "los primeros seis meses de 2017", None, "2017-01-01", "2017-06-30", "half"),
        ("fr", "le 1er octobre 2017", "1er octobre 2017", "2017-10-01", "2017-10-01", "day"),
        ("fr", "du 30 septembre au 4 octobre 2017", None, "2017-09-30", "2017-10-04", "range"),
        ("fr", "l'exercice biennal 2016-2017", None, "2016-01-01", "2017-12-31", "years"),
        ("fr", "le premier semestre de 2017", None, "2017-01-01", "2017-06-30", "half"),
        ("fr", "fin 2018", None, "2018-01-01", "2018-12-31", "year"),
        ("fr", "le premier mois de 2018", "2018", "2018-01-01", "2018-12-31", "year"),  # no half
    ],
)
def test_intervals(
    language: str, text: str, span: str | None, start: str, end: str, precision: str
) -> None:
    assert texts(language, text) == [span or text]
    assert dates(language, text) == [(start, end, precision, False, False)]


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        ("es", "Mayo dijo que en 2017 se reunieron.", ["2017"]),  # a name, not May
        ("es", "El señor Mayo llegó en mayo.", []),  # no year anywhere: left out
        ("es", "En 2017 el señor Mayo llegó en mayo.", ["2017", "mayo"]),
        ("es", "En 2017, en Marzo.", ["2017"]),  # a capitalised month alone is not a date
        ("fr", "Mars est une planète ; en mars 2018.", ["mars 2018"]),
        ("fr", "En 2018, en Mai.", ["2018"]),
        ("es", "Se capacitó a 5 de ellos y a 6 de mayo.", []),  # no year: left out
        ("es", "En el párrafo 2017 y el cuadro 2018.", []),
        ("fr", "Au paragraphe 2017 et au tableau 2018.", []),
        # two years joined by "y"/"et" are one period only after "entre"
        ("es", "a lo largo de 2019 y 2020", ["2019", "2020"]),
        ("es", "entre 2019 y 2020", ["entre 2019 y 2020"]),
        ("fr", "au cours de 2019 et 2020", ["2019", "2020"]),
        ("fr", "entre 2019 et 2020", ["entre 2019 et 2020"]),
    ],
)
def test_false_positives(language: str, text: str, found: list[str]) -> None:
    assert texts(language, text) == found


def test_inferred_year_from_the_paragraph() -> None:
    text = "Durante el primer semestre de 2017, se capacitó a 20 agentes. En mayo y junio, 30."
    assert dates("es", text)[-1] == ("2017-05-01", "2017-06-30", "range", True, False)


@pytest.mark.parametrize(
    ("language", "text", "in_name"),
    [
        ("es", "según el Informe Mundial sobre las Drogas 2017", True),
        ("es", "la Convención Única de 1961 sobre Estupefacientes", True),
        ("es", "la edición de 2015 del informe", True),
        ("es", "los datos de 2017 muestran", False),
        ("es", "a partir de 2018 se aplica", False),
        ("es", "en el año 2018 se aplica", False),
        ("fr", "le Rapport mondial sur les drogues 2017", True),
        ("fr", "la Convention de 1961", True),
        ("fr", "à partir de 2018, il s'applique", False),
        ("fr", "d'ici 2020, il s'applique", False),
        ("fr", "pendant l'année 2018, il s'applique", False),
    ],
)
def test_years_in_names(language: str, text: str, in_name: bool) -> None:
    found = dates(language, text)
    assert len(found) == 1 and found[0][4] is in_name, found


def test_unknown_language_reads_english() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("honlac_dates_v1")
    doc = nlp("On 2 October 2017 it met.")
    assert [span.text for span in spans_with_label(doc, "DATE")] == ["2 October 2017"]


PIECES = {
    "es": [
        "del", "desde el", "entre el", "entre los días", "y el", "al", "a", "hasta", "y", "de",
        "el", "la", "los", "primer", "segundo", "semestre", "trimestre", "bienio", "período",
        "ejercicio económico", "a principios de", "finales de", "en", "durante", "del año",
        "mayo", "Mayo", "Octubre", "setiembre", "sept.", "2017", "2016-2017", "2017/18", "31",
        "2", "1º", "1er", "2–6", "respectivamente", ",", ".", "(", ")", "-", "\n",
    ],
    "fr": [
        "du", "depuis le", "entre le", "et le", "au", "à", "jusqu'au", "jusqu’à", "et", "de",
        "le", "la", "l'", "l’", "l'exercice biennal", "premier", "2e", "semestre", "trimestre",
        "période", "début", "fin", "à la fin de", "mi-", "en", "d'", "de l'année", "mai",
        "Octobre", "mars", "août", "sept.", "2017", "2016-2017", "2017/18", "31", "2", "1er",
        "1ᵉʳ", "2–6", "respectivement", ",", ".", "(", ")", "-", "\n",
    ],
}  # fmt: skip
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("language", ["es", "fr"])
@SETTINGS
@given(data=st.data())
def test_anchored_dates_equal_a_full_scan(language: str, data: st.DataObject) -> None:
    words = st.lists(st.sampled_from(PIECES[language]), max_size=30)
    text = data.draw(st.sampled_from([" ", ""])).join(data.draw(words))

    def spans(matches: Any) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in matches]

    assert spans(date_matcher(language).finditer(text)) == spans(
        date_pattern(language).finditer(text)
    )


@pytest.mark.parametrize("language", ["es", "fr"])
@SETTINGS
@given(data=st.data())
def test_offsets_and_intervals_are_valid(language: str, data: st.DataObject) -> None:
    text = " ".join(data.draw(st.lists(st.sampled_from(PIECES[language]), max_size=30)))
    for found in find_dates(text, language):
        assert found.interval is not None and found.interval[0] <= found.interval[1]
        assert 0 <= found.start < found.end <= len(text)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("es", "El {n} de marzo se reunieron. "), ("fr", "Le {n} mars, ils se sont réunis. ")],
)
def test_many_yearless_dates_scale_linearly(language: str, sentence: str) -> None:
    def per_char(count: int) -> float:
        text = "".join(sentence.format(n=1 + n % 28) for n in range(count)) + "En 2019."
        began = time.perf_counter()
        found = find_dates(text, language)
        assert found and found[0].interval == ("2019-03-01", "2019-03-01")
        return (time.perf_counter() - began) / len(text)

    small = min(per_char(300) for _ in range(3))
    large = min(per_char(4800) for _ in range(3))
    assert large < 4 * small


GUIDELINES = [
    ("es", "Lima, 7 a 11 de octubre de 2019", [("2019-10-07", "2019-10-11")]),
    ("fr", "Abuja, 22-26 octobre 2018", [("2018-10-22", "2018-10-26")]),
    ("fr", "Entre le 12 et le 16 mars 2017, ils ont agi.", [("2017-03-12", "2017-03-16")]),
    ("es", "Entre junio de 2018 y junio de 2019 bajó.", [("2018-06-01", "2019-06-30")]),
    ("fr", "De juillet 2016 à avril 2017, rien.", [("2016-07-01", "2017-04-30")]),
    ("fr", "Entre janvier et septembre 2018, rien.", [("2018-01-01", "2018-09-30")]),
    ("es", "Al 30 de junio de 2019 había 20.", [("2019-06-30", "2019-06-30")]),
    ("fr", "Au 31 mars 2017, il y avait 20.", [("2017-03-31", "2017-03-31")]),
    ("es", "A más tardar el 31 de marzo de 2020.", [("2020-03-31", "2020-03-31")]),
    ("fr", "Le 1er mars 2018, il a agi.", [("2018-03-01", "2018-03-01")]),
    ("fr", "D'ici à la fin de 2018, il agira.", [("2018-01-01", "2018-12-31")]),
    ("es", "A finales de 2019 agirá.", [("2019-01-01", "2019-12-31")]),
    ("fr", "Les 5 et 6 mars 2018, il a agi.", [("2018-03-05", "2018-03-06")]),
    (
        "es",
        "Se celebró del 4 al 8 de junio y del 15 al 19 de octubre de 2018.",
        [("2018-06-04", "2018-06-08"), ("2018-10-15", "2018-10-19")],
    ),
    (
        "fr",
        "Les 12 et 19 mars 2021 respectivement, ils ont agi.",
        [("2021-03-12", "2021-03-12"), ("2021-03-19", "2021-03-19")],
    ),
    (
        "fr",
        "En 2020 et 2021, ils ont agi.",
        [("2020-01-01", "2020-12-31"), ("2021-01-01", "2021-12-31")],
    ),
    ("es", "Desde marzo de 2019 hasta finales de 2020 bajó.", [("2019-03-01", "2020-12-31")]),
    ("es", "El 1.º de julio de 2021 bajó.", [("2021-07-01", "2021-07-01")]),
    ("es", "A partir de enero de 2022 bajará.", [("2022-01-01", "2022-01-31")]),
    ("fr", "Depuis janvier 2016, il agit.", [("2016-01-01", "2016-01-31")]),
    ("es", "Antes del 31 de diciembre de 2021.", [("2021-12-31", "2021-12-31")]),
    ("fr", "Pendant la période 2019-2021, il agit.", [("2019-01-01", "2021-12-31")]),
]


@pytest.mark.parametrize(("language", "text", "intervals"), GUIDELINES)
def test_guideline_examples(language: str, text: str, intervals: list[tuple[str, str]]) -> None:
    """The examples of docs/annotation-guidelines.md ("Spanish and French notes")."""
    assert [found[:2] for found in dates(language, text)] == intervals


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "En el ejercicio económico 2018 se gastó."),
        ("es", "En el año fiscal 2018 se gastó."),
        ("fr", "Pendant l'exercice budgétaire 2018, il a agi."),
    ],
)
def test_a_year_after_a_period_adjective_is_a_date(language: str, text: str) -> None:
    assert dates(language, text) == [("2018-01-01", "2018-12-31", "year", False, False)]


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("es", "El 1ro de enero de 2019 entró en vigor.", "2019-01-01"),
        ("es", "El 1.º de enero de 2019 entró en vigor.", "2019-01-01"),
        ("fr", "Le 1er et le 2 octobre 2018, il a agi.", "2018-10-01"),
    ],
)
def test_first_of_the_month(language: str, text: str, day: str) -> None:
    assert dates(language, text)[0][0] == day


@pytest.mark.parametrize(
    ("language", "piece"),
    [
        ("es", "2017 y "),
        ("es", "de 2017 a "),
        ("es", "2 de octubre de "),
        ("es", "entre el "),
        ("es", "el primer semestre del año "),
        ("fr", "2017 "),
        ("fr", "l'"),
        ("fr", "du 2 au "),
        ("fr", "le premier trimestre de l'année "),
        ("fr", "octobre-"),
    ],
)
def test_dense_inputs_cost_linear_time(language: str, piece: str) -> None:
    def per_char(size: int) -> float:
        text = piece * (size // len(piece) + 1)
        began = time.perf_counter()
        find_dates(text, language)
        return (time.perf_counter() - began) / len(text)

    find_dates(piece, language)  # compile outside the timing
    small = min(per_char(2_000) for _ in range(3))
    large = min(per_char(32_000) for _ in range(3))
    assert large < 4 * small  # 16x the text; a quadratic stage would cost 16x per character


def test_the_parallel_note_has_the_english_dates() -> None:
    """fixtures/lang-dev: pair-es.txt is pair-en.txt in Spanish, with the same facts."""
    notes = Path(__file__).parent.parent / "fixtures" / "lang-dev" / "notes"

    def read(name: str, language: str) -> list[tuple[object, ...]]:
        text = (notes / name).read_text(encoding="utf-8")
        return [(f.interval, f.precision, f.in_name) for f in find_dates(text, language)]

    english = read("pair-en.txt", "en")
    assert len(english) >= 10
    assert read("pair-es.txt", "es") == english
