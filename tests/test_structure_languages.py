"""Structure of Spanish and French notes: header facts, sections, paragraphs, items, footnotes.

The texts are small notes written for these tests in the series' style (not the fixtures), each
read whole, flattened onto one line and, for one, with page furniture in a paragraph. Values
are normalised as for an English note (ISO dates, English language and region names, "5(a)").
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from honlac_extract import extract
from honlac_extract.conditioning import rules
from honlac_extract.structure import Structure, parse_structure_unguarded
from honlac_extract.structure.headings import name_end_split

SPANISH = """Naciones Unidas                                             UNODC/HONLAC/31/3

                                                            Distr. general
                                                            14 de julio de 2021

                                                            Español
                                                            Original: inglés

Trigésima Primera Reunión de Jefes de los Organismos Nacionales
Encargados de Combatir el Tráfico Ilícito de Drogas,
América Latina y el Caribe
Cartagena de Indias, 4 a 8 de octubre de 2021

Tema 3 del programa provisional*
Principales tendencias del tráfico de drogas en la región

Medidas adoptadas para aplicar las recomendaciones

Nota de la Secretaría

I. Introducción

1. En la presente nota se describen las actividades realizadas por la Oficina de las Naciones
Unidas contra la Droga y el Delito (UNODC) desde la Trigésima Reunión, celebrada en Lima del 5
al 9 de octubre de 2020.

II. Cooperación regional

Colombia

2. Según el Sr. Gómez, la Policía Nacional desmanteló 35 laboratorios. ¿Cuál fue el efecto?
Véase el párr. 3 más abajo.

Panamá

3. Élites de la policía de Panamá recibieron formación en 2021.

III. Recomendaciones

4. Se recomienda a los Gobiernos que:

a) Refuercen el intercambio de información;

b) Apoyen los controles portuarios.

* Disponible solo en español, francés e inglés, que son los idiomas de trabajo del órgano
subsidiario.
"""

FRENCH = """Nations Unies                                               UNODC/HONLAF/31/3

                                                            Distr. générale
                                                            1er août 2021

                                                            Français
                                                            Original\u00a0: anglais

Trente et unième Réunion des chefs des services chargés de la lutte
contre le trafic illicite des drogues, Afrique
Dakar, 20-24 septembre 2021

Point 4 de l’ordre du jour provisoire*
Coopération régionale et sous-régionale

Le « corridor atlantique » et les routes du cannabis

Note du Secrétariat

I. Introduction

1. La présente note rend compte des activités menées par l’Office des Nations Unies contre la
drogue et le crime (ONUDC) depuis la Trentième Réunion, tenue à Nairobi du 21 au 25 septembre
2020.

II. Contrôle des précurseurs

Sénégal

2. Selon M. Ndiaye, les douanes ont saisi 3\u202f700 kg de tramadol\u00a0; l’enquête se
poursuit. Quel en a été l’effet\u00a0? Voir le par. 3 ci-dessous.

Éthiopie

3. « À Addis-Abeba », 40 agents ont été formés en 2021.

III. Recommandations

4. Il est recommandé aux États\u00a0:

a) De renforcer la coopération\u00a0;

b) D’échanger des informations.

* Disponible uniquement en anglais et en français, qui sont les langues de travail de l’organe
subsidiaire.
"""

WITH_FURNITURE = """Naciones Unidas                                   UNODC/HONLAC/30/3

                                                   Distr. general
                                                   1º de julio de 2020

                                                   Original: español

Trigésima Reunión de Jefes de los Organismos Nacionales Encargados de Combatir el Tráfico
Ilícito de Drogas, América Latina y el Caribe
Bogotá, 5 a 9 de octubre de 2020

Tema 5 a) del programa provisional*
Cooperación regional

Nota de la Secretaría

I. Introducción

1. La presente nota resume las actividades de la UNODC en la región durante 2019.

2. En el Ecuador, la Policía Nacional incautó 12,3 toneladas de cocaína en Guayaquil, y el
Servicio Nacional de Aduanas

* Disponible solo en español e inglés, que son los idiomas de trabajo del órgano subsidiario.

V.20-01234 (S)    150720    160720

*2001234*



UNODC/HONLAC/30/3

reforzó los controles de contenedores en los puertos.

II. Recomendaciones

3. Se recomienda a los Gobiernos que refuercen la cooperación regional.
"""

SPANISH_HEADER = {
    "symbol": "UNODC/HONLAC/31/3",
    "date": "2021-07-14",
    "meeting_number": 31,
    "body": "HONLAC",
    "region": "Latin America and the Caribbean",
    "meeting_title": "Trigésima Primera Reunión de Jefes de los Organismos Nacionales Encargados "
    "de Combatir el Tráfico Ilícito de Drogas, América Latina y el Caribe",
    "venue": "Cartagena de Indias",
    "meeting_start": "2021-10-04",
    "meeting_end": "2021-10-08",
    "agenda_items": ["3"],
    "agenda_item_title": "Principales tendencias del tráfico de drogas en la región",
    "title": "Medidas adoptadas para aplicar las recomendaciones",
    "document_type": "Nota de la Secretaría",
    "original_language": "English",
    "working_languages": ["English", "French", "Spanish"],
    "distribution": "General",
    "kind": "note_by_secretariat",
    "language": "es",
}

FRENCH_HEADER = {
    "symbol": "UNODC/HONLAF/31/3",
    "date": "2021-08-01",
    "meeting_number": 31,
    "body": "HONLAF",
    "region": "Africa",
    "meeting_title": "Trente et unième Réunion des chefs des services chargés de la lutte contre "
    "le trafic illicite des drogues, Afrique",
    "venue": "Dakar",
    "meeting_start": "2021-09-20",
    "meeting_end": "2021-09-24",
    "agenda_items": ["4"],
    "agenda_item_title": "Coopération régionale et sous-régionale",
    "title": "Le « corridor atlantique » et les routes du cannabis",
    "document_type": "Note du Secrétariat",
    "original_language": "English",
    "working_languages": ["English", "French"],
    "distribution": "General",
    "kind": "note_by_secretariat",
    "language": "fr",
}

NOTES = {"es": (SPANISH, SPANISH_HEADER), "fr": (FRENCH, FRENCH_HEADER)}


def header(structure: Structure, keys: dict[str, Any]) -> dict[str, Any]:
    return {key: getattr(structure.metadata, key) for key in keys}


def outline(structure: Structure) -> list[tuple[str, str, list[str]]]:
    return [(s.number, s.title, [sub.title for sub in s.subsections]) for s in structure.sections]


@pytest.mark.parametrize("language", sorted(NOTES))
@pytest.mark.parametrize("flat", [False, True], ids=["lines", "flattened"])
def test_header_fields(language: str, flat: bool) -> None:
    text, expected = NOTES[language]
    if flat:
        text = " ".join(text.split())
    assert header(parse_structure_unguarded(text), expected) == expected


@pytest.mark.parametrize("flat", [False, True], ids=["lines", "flattened"])
def test_spanish_sections_paragraphs_and_items(flat: bool) -> None:
    text = " ".join(SPANISH.split()) if flat else SPANISH
    structure = parse_structure_unguarded(text)
    assert outline(structure) == [
        ("I", "Introducción", []),
        ("II", "Cooperación regional", ["Colombia", "Panamá"]),
        ("III", "Recomendaciones", []),
    ]
    paragraphs = structure.paragraphs
    assert [p.number for p in paragraphs] == [1, 2, 3, 4]
    assert [(p.section, p.subsection) for p in paragraphs] == [
        ("I", None),
        ("II", "Colombia"),
        ("II", "Panamá"),
        ("III", None),
    ]
    # "Sr." and "párr." are abbreviations, "¿...?" a sentence; "Élites" opens paragraph 3
    assert paragraphs[1].text.endswith("¿Cuál fue el efecto? Véase el párr. 3 más abajo.")
    assert paragraphs[2].text.startswith("Élites de la policía")
    assert [(i.label, i.text) for i in paragraphs[3].items] == [
        ("a", "Refuercen el intercambio de información"),
        ("b", "Apoyen los controles portuarios"),
    ]
    assert structure.warnings == []


@pytest.mark.parametrize("flat", [False, True], ids=["lines", "flattened"])
def test_french_sections_paragraphs_spacing_and_quotes(flat: bool) -> None:
    text = " ".join(FRENCH.split()) if flat else FRENCH
    structure = parse_structure_unguarded(text)
    assert outline(structure) == [
        ("I", "Introduction", []),
        ("II", "Contrôle des précurseurs", ["Sénégal", "Éthiopie"]),
        ("III", "Recommandations", []),
    ]
    paragraphs = structure.paragraphs
    assert [p.number for p in paragraphs] == [1, 2, 3, 4]
    # no-break spaces before ";?:" join as spaces; "M." and "par." do not end a sentence
    assert paragraphs[1].text == (
        "Selon M. Ndiaye, les douanes ont saisi 3 700 kg de tramadol ; l’enquête se "
        "poursuit. Quel en a été l’effet ? Voir le par. 3 ci-dessous."
    )
    assert paragraphs[2].text.startswith("« À Addis-Abeba », 40 agents")
    assert [(i.label, i.text) for i in paragraphs[3].items] == [
        ("a", "De renforcer la coopération"),
        ("b", "D’échanger des informations"),
    ]


@pytest.mark.parametrize("language", sorted(NOTES))
def test_footnote_is_read_and_kept_out_of_paragraphs(language: str) -> None:
    structure = parse_structure_unguarded(NOTES[language][0])
    assert [f.marker for f in structure.footnotes] == ["*"]
    assert structure.footnotes[0].text.startswith("Disponible")
    assert all("Disponible" not in p.text for p in structure.paragraphs)


def test_page_furniture_inside_a_spanish_paragraph() -> None:
    structure = parse_structure_unguarded(WITH_FURNITURE)
    paragraph = structure.paragraphs[1]
    assert paragraph.text == (
        "En el Ecuador, la Policía Nacional incautó 12,3 toneladas de cocaína en Guayaquil, y el "
        "Servicio Nacional de Aduanas reforzó los controles de contenedores en los puertos."
    )
    metadata = structure.metadata
    assert (metadata.job_number, metadata.job_language) == ("V.20-01234", "S")
    assert metadata.date == "2020-07-01"  # "1º de julio de 2020"
    assert metadata.agenda_items == ["5(a)"]  # "Tema 5 a)" as the English "Item 5(a)"
    assert metadata.original_language == "Spanish"
    assert metadata.working_languages == ["English", "Spanish"]
    assert [s.number for s in structure.sections] == ["I", "II"]


@pytest.mark.parametrize(
    ("language", "words", "value"),
    [
        ("es", "Vigésima Séptima", 27),
        ("es", "vigésimo séptimo", 27),
        ("es", "Vigesimoséptima", 27),
        ("es", "vigesimoctavo", 28),
        ("es", "decimoctava", 18),
        ("es", "Décimo Tercera", 13),
        ("es", "undécima", 11),
        ("es", "Trigésimo Primer", 31),
        ("es", "quincuagésimo quinto", 55),
        ("es", "sexagésima segunda", 62),
        ("es", "Primera", 1),
        ("es", "29.ª", 29),
        ("fr", "Vingt-septième", 27),
        ("fr", "vingt et unième", 21),
        ("fr", "quarante et unième", 41),
        ("fr", "cinquante-cinquième", 55),
        ("fr", "soixante-dixième", 70),
        ("fr", "soixante et onzième", 71),
        ("fr", "quatre-vingtième", 80),
        ("fr", "quatre-vingt-dix-neuvième", 99),
        ("fr", "Dix-septième", 17),
        ("fr", "Première", 1),
        ("fr", "27e", 27),
        ("en", "Twenty-seventh", 27),
        ("en", "fifty-fifth", 55),
    ],
)
def test_ordinal_words_compose(language: str, words: str, value: int) -> None:
    compiled = rules(language)
    assert compiled.ordinal.fullmatch(words), words
    assert compiled.words.ordinals.value(words) == value


@pytest.mark.parametrize(
    ("language", "words"),
    [("es", "vigésimo"), ("es", "quinto"), ("fr", "vingt"), ("fr", "dix"), ("en", "twenty")],
)
def test_number_words_alone_are_not_ordinals_unless_they_are(language: str, words: str) -> None:
    value = rules(language).words.ordinals.value(words)
    assert value == {"vigésimo": 20, "quinto": 5}.get(words)


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("Temas 4 y 5 del programa provisional", ["4", "5"]),
        ("Tema 6 b) del programa provisional", ["6(b)"]),
        ("Temas 3, 4 y 7 del programa", ["3", "4", "7"]),
        ("Points 4 et 5 de l'ordre du jour provisoire", ["4", "5"]),
        ("Point 5 a) de l’ordre du jour provisoire", ["5(a)"]),
    ],
)
def test_agenda_lines(line: str, items: list[str]) -> None:
    spanish = line.startswith("Tema")
    text = SPANISH if spanish else FRENCH
    old = "Tema 3 del programa provisional" if spanish else "Point 4 de l’ordre du jour provisoire"
    structure = parse_structure_unguarded(text.replace(old, line))
    assert structure.metadata.agenda_items == items


def test_english_rules_are_the_default_ones() -> None:
    assert rules("en") is rules()
    assert rules("es") is not rules("en")
    assert rules("es").paragraph_number.pattern != rules().paragraph_number.pattern


@pytest.mark.parametrize(
    ("line", "venue", "start", "end"),
    [
        (
            "Cartagena de Indias (Colombia), 4 a 8 de octubre de 2021",
            "Cartagena de Indias",
            "2021-10-04",
            "2021-10-08",
        ),
        (
            "Cartagena de Indias, Colombia, del 4 al 8 de octubre de 2021",
            "Cartagena de Indias",
            "2021-10-04",
            "2021-10-08",
        ),
        (
            "Ciudad de Panamá, 30 de septiembre a 4 de octubre de 2021",
            "Ciudad de Panamá",
            "2021-09-30",
            "2021-10-04",
        ),
        ("Puerto España, 4-8 de octubre de 2021", "Puerto España", "2021-10-04", "2021-10-08"),
    ],
)
def test_spanish_venue_and_meeting_dates(line: str, venue: str, start: str, end: str) -> None:
    text = SPANISH.replace("Cartagena de Indias, 4 a 8 de octubre de 2021", line)
    metadata = parse_structure_unguarded(text).metadata
    assert (metadata.venue, metadata.meeting_start, metadata.meeting_end) == (venue, start, end)


@pytest.mark.parametrize(
    ("line", "venue", "start", "end"),
    [
        ("Dar es-Salaam, du 20 au 24 septembre 2021", "Dar es-Salaam", "2021-09-20", "2021-09-24"),
        ("Dakar (Sénégal), 30 septembre-4 octobre 2021", "Dakar", "2021-09-30", "2021-10-04"),
        ("Addis-Abeba, 1er-3 septembre 2021", "Addis-Abeba", "2021-09-01", "2021-09-03"),
    ],
)
def test_french_venue_and_meeting_dates(line: str, venue: str, start: str, end: str) -> None:
    text = FRENCH.replace("Dakar, 20-24 septembre 2021", line)
    metadata = parse_structure_unguarded(text).metadata
    assert (metadata.venue, metadata.meeting_start, metadata.meeting_end) == (venue, start, end)


def test_un_page_number_and_job_number_inside_a_paragraph() -> None:
    broken = SPANISH.replace(
        "la Policía Nacional desmanteló",
        "la Policía Nacional\n\nV.21-04567 (S)\n\n2/12\n\nUNODC/HONLAC/31/3\n\ndesmanteló",
    )
    paragraph = parse_structure_unguarded(broken).paragraphs[1]
    assert paragraph.text.startswith("Según el Sr. Gómez, la Policía Nacional desmanteló 35")


def test_region_without_its_accent() -> None:
    text = SPANISH.replace("UNODC/HONLAC/31/3", "UNODC/HONLAF/31/3")
    text = text.replace("Drogas,\nAmérica Latina y el Caribe", "Drogas, Africa")
    metadata = parse_structure_unguarded(text).metadata
    assert (metadata.region, metadata.body, metadata.meeting_number) == ("Africa", "HONLAF", 31)


def test_flattened_french_country_heading_after_a_capitalised_title() -> None:
    # "II. Routes des Balkans Macédoine du Nord 2. ...": only the French gazetteer tells where
    # the section title ends and the country sub-heading starts
    text = FRENCH.replace(
        "Contrôle des précurseurs\n\nSénégal", "Routes des Balkans\n\nMacédoine du Nord"
    )
    structure = parse_structure_unguarded(" ".join(text.split()))
    assert outline(structure)[1] == ("II", "Routes des Balkans", ["Macédoine du Nord", "Éthiopie"])


@pytest.mark.parametrize(
    ("language", "annex", "label"),
    [
        (
            "es",
            "ANEXO I\n\nRecomendaciones aprobadas\n\n1. Se recomienda a los Gobiernos que "
            "refuercen la cooperación.\n\n2. Se invita a la UNODC a que preste asistencia.\n",
            "Anexo I",
        ),
        (
            "fr",
            "Annexe\n\nRecommandations adoptées\n\n1. Il est recommandé aux gouvernements de "
            "renforcer la coopération.\n\n2. L’ONUDC est invité à fournir une assistance.\n",
            "Annexe",
        ),
    ],
)
def test_annex_paragraphs_carry_its_label(language: str, annex: str, label: str) -> None:
    structure = parse_structure_unguarded(NOTES[language][0] + "\n" + annex)
    assert [(p.number, p.annex) for p in structure.paragraphs] == [
        (1, None),
        (2, None),
        (3, None),
        (4, None),
        (1, label),
        (2, label),
    ]
    assert not structure.paragraphs[3].text.endswith(annex.split("\n")[0])


@pytest.mark.parametrize(
    ("language", "signature"),
    [("es", "(Firmado) Ana María López\nPresidenta"), ("fr", "(Signé) Jean Dupont\nPrésident")],
)
def test_signature_ends_the_last_paragraph(language: str, signature: str) -> None:
    text = NOTES[language][0].replace("\n* Disponible", f"\n{signature}\n\n* Disponible")
    last = parse_structure_unguarded(text).paragraphs[-1]
    assert signature.split()[1] not in last.text


@pytest.mark.parametrize(
    ("language", "before", "after"),
    [
        ("es", "la Policía Nacional desmanteló 35 laboratorios. ¿Cuál fue el", "efecto?"),
        ("fr", "Quel en a été l’effet\u00a0? Voir le", "par. 3 ci-dessous."),
    ],
)
def test_running_header_after_an_article_at_a_page_break(
    language: str, before: str, after: str
) -> None:
    # the symbol alone on its line is the page's running header, though "el"/"le" precedes it
    text, header_fields = NOTES[language]
    symbol = str(header_fields["symbol"])
    broken = text.replace(f"{before} {after}", f"{before}\n\n{symbol}\n\n{after}")
    assert broken != text
    paragraph = parse_structure_unguarded(broken).paragraphs[1]
    assert symbol not in paragraph.text
    assert " ".join(f"{before} {after}".split()) in paragraph.text


@pytest.mark.parametrize("language", ["es", "fr"])
def test_language_rules_overlay_the_english_ones(language: str) -> None:
    english, other = rules("en"), rules(language)
    # keys the language file does not give stay English (symbols, job numbers)
    assert other.symbol.pattern == english.symbol.pattern
    assert other.furniture[0].pattern.pattern == english.furniture[0].pattern.pattern
    # lists under "extend" keep the English entries and add the language's
    assert english.abbreviations < other.abbreviations
    assert english.function_words < other.function_words
    # replaced keys hold only the language's words
    assert "paragraph" in english.number_context_words
    assert "paragraph" not in other.number_context_words
    assert other.words.month_number("Julio" if language == "es" else "Juillet") == 7
    assert other.words.language_name("INGLÉS" if language == "es" else "Anglais") == "English"


ADVERSARIAL = {
    "ordinal words": "Vigésima vigesimo décimo quinto quatre-vingt-dix-vingt et et vingt-et ",
    "meeting titles": "Vigésima Reunión de Jefes de los Organismos Nacionales Encargados de ",
    "french titles": "Vingtième Réunion des chefs des services chargés de la lutte contre ",
    "dates": "1 de 2 de 3 de julio de 4 a 5 de del 6 al 1er 2 au août ",
    "venues": "Lima Cusco Ciudad de Lima, Perú, Lima (Perú), Dar es-Salaam, ",
    "agenda": "Temas 4 y 5 y 6, 7 a 8 a) b) Points 4 et 5 à 6 ",
}


def _cpu(text: str) -> float:
    start = time.process_time()
    parse_structure_unguarded(text)
    return time.process_time() - start


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_spanish_and_french_rules_run_in_linear_time(name: str) -> None:
    # a long run of header tokens before the body (the header rules read its first 6000
    # characters, the body rules all of it) costs at most 10x a real note per character
    parse_structure_unguarded(SPANISH)
    per_char = min(_cpu(SPANISH) for _ in range(3)) / len(SPANISH)
    text = ADVERSARIAL[name] * (60_000 // len(ADVERSARIAL[name])) + SPANISH
    assert _cpu(text) <= 10 * per_char * len(text) + 0.05


@pytest.mark.parametrize(
    ("language", "glued", "first"),
    [
        (
            "en",
            "Implementation of the recommendations adopted by the Thirtieth Meeting Regional "
            "cooperation in West Africa",
            "Implementation of the recommendations adopted by the Thirtieth Meeting",
        ),
        (
            "fr",
            "Application des recommandations adoptées par la Trentième Réunion Coopération "
            "régionale en Afrique de l'Ouest",
            "Application des recommandations adoptées par la Trentième Réunion",
        ),
        (
            "es",
            "Aplicación de las recomendaciones aprobadas por la Vigésima Novena Reunión "
            "Cooperación regional en el Caribe",
            "Aplicación de las recomendaciones aprobadas por la Vigésima Novena Reunión",
        ),
    ],
)
def test_a_flattened_title_after_an_ordinal_meeting_splits(
    language: str, glued: str, first: str
) -> None:
    """A flattened header runs the agenda item's title ("... the Thirtieth Meeting") into the
    note's title: the split falls after the meeting an ordinal names."""
    split = name_end_split(glued, rules(language))
    assert split is not None and glued[:split].strip() == first


_IMPLEMENTATION = {
    "en": (
        "I. Introduction\n\n1. The present note reviews the measures taken by Governments to "
        "implement the recommendations.\n\nII. Implementation of the recommendations\n\n"
        "A. Issue 1: Maritime trafficking\n\nRecommendation 1: Governments should set up "
        "joint maritime centres that exchange information with the navies of the region in "
        "real time\n\n2. Colombia opened such a centre in 2022.\n\nRecommendation 2: States "
        "should profile the risk of containers at transhipment ports\n\n3. Ecuador trained "
        "its customs officers.\n"
    ),
    "es": (
        "I. Introducción\n\n1. En la presente nota se examinan las medidas que los Gobiernos "
        "han adoptado para aplicar las recomendaciones.\n\nII. Aplicación de las "
        "recomendaciones\n\nA. Tema 1: Tráfico marítimo\n\nRecomendación 1: los Gobiernos "
        "deberían establecer centros marítimos conjuntos que intercambien información con las "
        "armadas de la región en tiempo real\n\n2. Colombia abrió uno de esos centros en "
        "2022.\n\nRecomendación 2: los Estados deberían perfilar el riesgo de los contenedores "
        "en los puertos de transbordo\n\n3. El Ecuador capacitó a sus funcionarios de "
        "aduanas.\n"
    ),
}


@pytest.mark.parametrize(("language", "cue"), [("en", "Recommendation"), ("es", "Recomendación")])
def test_long_recommendation_headings_under_a_lettered_line(language: str, cue: str) -> None:
    """A section title followed by a lettered line and a long "Recommendation 1: ..." heading
    is still a section (its title ends at the blank line), and each recommendation heading,
    however long, is the sub-heading of the paragraphs under it."""
    note = extract(_IMPLEMENTATION[language])
    assert note.metadata.language == language
    assert [s.number for s in note.sections] == ["I", "II"]
    subsections = note.sections[1].subsections
    assert [s.title.split(":")[0] for s in subsections] == [f"{cue} 1", f"{cue} 2"]
    assert [s.paragraphs for s in subsections] == [[2], [3]]
    assert [s.group for s in subsections] == [subsections[0].group] * 2
    assert str(subsections[0].group).startswith("A. ")
    assert [p.text.rstrip()[-1] for p in note.paragraphs] == ["."] * 3
