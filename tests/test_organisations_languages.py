"""AGENCY/PROGRAMME in Spanish and French notes (issue 14): head-first names, acronym
definitions whose acronym is often the English one, listed bodies by their UN names, and the
same normalised values (English acronym, kind, iso3 country) as English. Sentences are
invented, not taken from the development fixtures."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from honlac_extract import extract
from honlac_extract.entities.organisations.component import AgencyComponent
from honlac_extract.entities.organisations.data import known_bodies
from honlac_extract.entities.spans import CONTEXT_KEY, SPAN_KEY, fields_of
from honlac_extract.resources import data_text

Found = list[tuple[str, str, dict[str, Any]]]
_PIPES: dict[str, Language] = {}


def nlp_of(language: str) -> Language:
    """A blank tokenizer of ``language`` with the country and organisation components."""
    if language not in _PIPES:
        nlp = spacy.blank(language)
        for name in ("honlac_countries_v1", "honlac_programmes_v1", "honlac_agencies_v1"):
            nlp.add_pipe(name)
        _PIPES[language] = nlp
    return _PIPES[language]


def orgs(language: str, text: str) -> Found:
    nlp = nlp_of(language)
    doc = nlp.make_doc(text)
    doc.user_data[CONTEXT_KEY] = {}
    doc = nlp(doc)
    spans = sorted(doc.spans[SPAN_KEY], key=lambda s: (s.start, s.end, s.label_))
    return [(s.label_, s.text, fields_of(s)) for s in spans if s.label_ in ("AGENCY", "PROGRAMME")]


def one(found: Found, text: str) -> tuple[str, dict[str, Any]]:
    matches = [(label, f) for label, span, f in found if span == text]
    assert len(matches) == 1, found
    return matches[0]


# (language, sentence, span, label, expected fields)
CASES = [
    (
        "es",
        "Informó la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) ayer.",
        "Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC)",
        "AGENCY",
        {"name": "Oficina de las Naciones Unidas contra la Droga y el Delito", "acronym": "UNODC"},
    ),
    (
        "fr",
        "Les activités de l'Office des Nations Unies contre la "
        "drogue et le crime (ONUDC) ont repris.",
        "Office des Nations Unies contre la drogue et le crime (ONUDC)",
        "AGENCY",
        {"acronym": "UNODC", "kind": "international"},
    ),
    (
        "es",
        "con el apoyo de la Comisión Interamericana para el Control del Abuso de Drogas (CICAD).",
        "Comisión Interamericana para el Control del Abuso de Drogas (CICAD)",
        "AGENCY",
        {"acronym": "CICAD", "kind": "international"},
    ),
    (
        "es",
        "Participó la Organización Internacional de Policía Criminal (INTERPOL) en la reunión.",
        "Organización Internacional de Policía Criminal (INTERPOL)",
        "AGENCY",
        {"name": "Organización Internacional de Policía Criminal", "acronym": "INTERPOL"},
    ),
    (
        "es",
        "Se amplió el Programa Mundial de Fiscalización de Contenedores (UNODC-OMA) a Cuba.",
        "Programa Mundial de Fiscalización de Contenedores (UNODC-OMA)",
        "PROGRAMME",
        {"name": "Programa Mundial de Fiscalización de Contenedores", "acronym": "CCP"},
    ),
    (
        "fr",
        "Le Programme mondial de contrôle des conteneurs couvre le Togo.",
        "Programme mondial de contrôle des conteneurs",
        "PROGRAMME",
        {"acronym": "CCP", "kind": "programme"},
    ),
    (
        "es",
        "La Policía Nacional de Colombia incautó 8 toneladas.",
        "Policía Nacional de Colombia",
        "AGENCY",
        {"kind": "national", "country": "COL", "acronym": None},
    ),
    (
        "es",
        "En el operativo intervino la Policía Federal junto a otros cuerpos.",
        "Policía Federal",
        "AGENCY",
        {"kind": "national", "name": "Policía Federal"},
    ),
    (
        "es",
        "La Dirección Antidrogas (DIRAN) destruyó 12 laboratorios.",
        "Dirección Antidrogas (DIRAN)",
        "AGENCY",
        {"name": "Dirección Antidrogas", "acronym": "DIRAN", "kind": "national"},
    ),
    (
        "es",
        "Apoyo a la Fuerza Especial de Lucha contra el Narcotráfico (FELCN) del Estado.",
        "Fuerza Especial de Lucha contra el Narcotráfico (FELCN)",
        "AGENCY",
        {"name": "Fuerza Especial de Lucha contra el Narcotráfico", "acronym": "FELCN"},
    ),
    (
        "fr",
        "L'Office central pour la répression du trafic illicite des "
        "stupéfiants (OCRTIS) a saisi 2 tonnes.",
        "Office central pour la répression du trafic illicite des stupéfiants (OCRTIS)",
        "AGENCY",
        {"acronym": "OCRTIS", "kind": "national"},
    ),
    (
        "fr",
        "La Gendarmerie nationale a démantelé un réseau.",
        "Gendarmerie nationale",
        "AGENCY",
        {"name": "Gendarmerie nationale", "kind": "national"},
    ),
    (
        "fr",
        "La Brigade des stupéfiants de Dakar a arrêté 12 suspects.",
        "Brigade des stupéfiants de Dakar",
        "AGENCY",
        {"country": "SEN", "kind": "national"},
    ),
    (
        "es",
        "La Oficina de la UNODC en el Perú organizó dos talleres.",
        "Oficina de la UNODC en el Perú",
        "AGENCY",
        {"kind": "unodc_office", "country": "PER", "name": "Oficina de la UNODC en el Perú"},
    ),
    (
        "fr",
        "Le Bureau régional de l'ONUDC pour l'Afrique de l'Est a aidé le Kenya.",
        "Bureau régional de l'ONUDC pour l'Afrique de l'Est",
        "AGENCY",
        {"kind": "unodc_office"},
    ),
    (
        "es",
        "en el marco del proyecto Cooperación en Seguridad en Panamá (SECOPA), la UNODC",
        "Cooperación en Seguridad en Panamá (SECOPA)",
        "PROGRAMME",
        {"acronym": "SECOPA", "kind": "project"},
    ),
    (
        "fr",
        "Dans le cadre du programme interrégional Renforcement de la "
        "coopération portuaire (REPORT), l'ONUDC",
        "Renforcement de la coopération portuaire (REPORT)",
        "PROGRAMME",
        {"acronym": "REPORT", "kind": "programme"},
    ),
    (
        "es",
        "La Secretaría de la Defensa Nacional (SEDENA) de México informó.",
        "Secretaría de la Defensa Nacional (SEDENA) de México",
        "AGENCY",
        {"name": "Secretaría de la Defensa Nacional", "acronym": "SEDENA", "country": "MEX"},
    ),
    (
        "fr",
        "L'Office national de lutte contre la drogue et la "
        "toxicomanie du Cameroun a organisé un atelier.",
        "Office national de lutte contre la drogue et la toxicomanie du Cameroun",
        "AGENCY",
        {"country": "CMR", "kind": "national"},
    ),
    # a participle after a noun is part of the long form
    (
        "fr",
        "L'Office central de lutte contre le crime organisé (OCLCO) a démantelé 3 laboratoires.",
        "Office central de lutte contre le crime organisé (OCLCO)",
        "AGENCY",
        {"name": "Office central de lutte contre le crime organisé", "acronym": "OCLCO"},
    ),
    # a demonym among the head's modifiers gives the country
    (
        "es",
        "La Policía Federal Argentina desarticuló 14 organizaciones.",
        "Policía Federal Argentina",
        "AGENCY",
        {"country": "ARG", "kind": "national"},
    ),
    # "pour l'Afrique de l'Ouest" is the office's region, not an "of" phrase
    (
        "fr",
        "Le Bureau régional pour l'Afrique de l'Ouest et du Centre a coordonné les activités.",
        "Bureau régional pour l'Afrique de l'Ouest et du Centre",
        "AGENCY",
        {"kind": "unodc_office"},
    ),
    (
        "fr",
        "Le Haut-Commissariat des Nations Unies aux droits de l'homme a été consulté.",
        "Haut-Commissariat des Nations Unies aux droits de l'homme",
        "AGENCY",
        {"kind": "international"},
    ),
]


@pytest.mark.parametrize(("language", "text", "span", "label", "expected"), CASES)
def test_names_and_fields(
    language: str, text: str, span: str, label: str, expected: dict[str, Any]
) -> None:
    found_label, fields = one(orgs(language, text), span)
    assert found_label == label
    for key, value in expected.items():
        assert fields.get(key) == value, (key, fields)


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        (
            "es",
            "El acuerdo con la República de Colombia se firmó en Bogotá.",
            "República de Colombia",
        ),
        ("fr", "La République du Mali a ratifié la convention.", "République du Mali"),
        ("es", "El Gobierno de Colombia presentó el informe.", "Gobierno de Colombia"),
        (
            "es",
            "Los Jefes de los Organismos Nacionales Encargados de "
            "Combatir el Tráfico se reunieron.",
            "Organismos Nacionales Encargados de Combatir el Tráfico",
        ),
    ],
)
def test_not_an_agency(language: str, text: str, absent: str) -> None:
    """A country name, a government glued to its country and a class of participants are not
    bodies."""
    assert all(absent not in span for _, span, _ in orgs(language, text))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a date after a name is not inside it
        (
            "es",
            "La Policía Nacional del Perú en marzo de 2019 incautó droga.",
            [("AGENCY", "Policía Nacional del Perú")],
        ),
        (
            "fr",
            "en Afrique de l'Ouest et du Centre de juillet 2016 à avril 2017",
            [],
        ),
        # "y/et" + a new head begins another body; "y al ACR" is another name
        (
            "es",
            "la Policía Nacional y el Ejército de Guatemala",
            [("AGENCY", "Policía Nacional"), ("AGENCY", "Ejército de Guatemala")],
        ),
        (
            "es",
            "adherirse al Programa Mundial de Fiscalización de Contenedores y al AIRCOP",
            [
                ("PROGRAMME", "Programa Mundial de Fiscalización de Contenedores"),
                ("PROGRAMME", "AIRCOP"),
            ],
        ),
        # at the head's level "y" joins two bodies; inside a phrase, two of its words
        (
            "es",
            "El Banco Mundial y el Fondo Monetario Internacional (FMI) apoyaron la evaluación.",
            [("AGENCY", "Banco Mundial"), ("AGENCY", "Fondo Monetario Internacional (FMI)")],
        ),
        (
            "es",
            "El Centro de Información y Coordinación Regional de Asia Central (CARICC) colaboró.",
            [("AGENCY", "Centro de Información y Coordinación Regional de Asia Central (CARICC)")],
        ),
        # a country's UN form in brackets is no acronym definition
        (
            "es",
            "El Gobierno de Bolivia (Estado Plurinacional de) y la Fuerza Naval (FN) cooperaron.",
            [("AGENCY", "Fuerza Naval (FN)")],
        ),
        # a capitalised title after a programme word, closed by punctuation
        (
            "es",
            "En el marco del proyecto Fortalecimiento de la Capacidad de Interdicción en Puertos, "
            "financiado por el Canadá, se capacitó a 30 agentes.",
            [("PROGRAMME", "Fortalecimiento de la Capacidad de Interdicción en Puertos")],
        ),
        ("es", "El proyecto Apoyo Técnico recibió fondos.", []),
        ("es", "el programa Mundial contra el Blanqueo de Dinero.", []),
        # a programme's owner is a body of its own, and the programme ends before it
        (
            "fr",
            "Le Programme Sahel de l'ONUDC a fourni des scanneurs.",
            [("PROGRAMME", "Programme Sahel"), ("AGENCY", "ONUDC")],
        ),
        # the programme word comes first; the identifier names it
        (
            "es",
            "conectados al sistema de comunicaciones I-24/7 de INTERPOL",
            [("PROGRAMME", "sistema de comunicaciones I-24/7"), ("AGENCY", "INTERPOL")],
        ),
        (
            "fr",
            "avec l'appui du projet « Riposte aux drogues et à la "
            "criminalité organisée au Nigéria », financé",
            [("PROGRAMME", "Riposte aux drogues et à la criminalité organisée au Nigéria")],
        ),
        # a long form closed by its acronym: complements after "sur"/"sans", a coordinated
        # complement after an indefinite article
        (
            "fr",
            "Avec la Commission nationale pour la réinsertion et une vie sans violence (CNRV), "
            "le projet a avancé.",
            [
                (
                    "AGENCY",
                    "Commission nationale pour la réinsertion et une vie sans violence (CNRV)",
                )
            ],
        ),
        (
            "fr",
            "Les données vont à l'Observatoire régional sur l'usage de stupéfiants (ORUS), "
            "qui les publie.",
            [("AGENCY", "Observatoire régional sur l'usage de stupéfiants (ORUS)")],
        ),
        # "et" after a head's own words joins two bodies, not a complement
        (
            "fr",
            "avec la Gendarmerie nationale et les douanes (DGD) ont saisi",
            [("AGENCY", "Gendarmerie nationale"), ("AGENCY", "DGD")],
        ),
        # a lower-case list closed by "et" inside a name; not a list of other bodies
        (
            "fr",
            "Le Programme régional contre la fraude fiscale, le trafic des armes et la traite "
            "des personnes, lancé en 2012, a formé 40 agents.",
            [
                (
                    "PROGRAMME",
                    "Programme régional contre la fraude fiscale, le trafic des armes et la "
                    "traite des personnes",
                )
            ],
        ),
        (
            "fr",
            "L'Office central de répression des fraudes, la police et les douanes ont saisi.",
            [("AGENCY", "Office central de répression des fraudes")],
        ),
        # "dans" names an office's seat; "public" is an adjective of the head
        (
            "fr",
            "Le Bureau de liaison de l'ONUDC dans la République dominicaine a aidé le Parquet "
            "public du Honduras.",
            [
                ("AGENCY", "Bureau de liaison de l'ONUDC dans la République dominicaine"),
                ("AGENCY", "Parquet public du Honduras"),
            ],
        ),
        # a quoted title defines the acronym after it
        (
            "fr",
            "avec l'appui du programme « Appui aux enquêtes maritimes dans le golfe de Guinée » "
            "(MARIGG), a conduit",
            [("PROGRAMME", "Appui aux enquêtes maritimes dans le golfe de Guinée » (MARIGG)")],
        ),
        # a quoted title after a capitalised programme word inside a longer name: the
        # acronym is the longer system's, the title a programme of its own
        (
            "fr",
            "grâce au système de notification des incidents du Projet « Prism » (PICS), l'office a",
            [("PROGRAMME", "Prism"), ("PROGRAMME", "PICS")],
        ),
        # a title that goes on after a colon up to its acronym
        (
            "es",
            "el Programa Mundial de Vigilancia de las Drogas Sintéticas: Análisis, Informes y "
            "Tendencias (SMART) publicó",
            [
                (
                    "PROGRAMME",
                    "Programa Mundial de Vigilancia de las Drogas Sintéticas: Análisis, Informes "
                    "y Tendencias (SMART)",
                )
            ],
        ),
        # a nested owner that defines its own acronym is its own body; the unit ends before it
        (
            "es",
            "la Policía Judicial de la Fiscalía General del Estado (FGE) detuvo",
            [("AGENCY", "Policía Judicial"), ("AGENCY", "Fiscalía General del Estado (FGE)")],
        ),
        # a body's head wins over a listed programme of the same acronym (CCP)
        (
            "es",
            "la Comisión Centroamericana Permanente para la Erradicación del Tráfico de "
            "Estupefacientes (CCP) aprobó",
            [
                (
                    "AGENCY",
                    "Comisión Centroamericana Permanente para la Erradicación del Tráfico de "
                    "Estupefacientes (CCP)",
                )
            ],
        ),
        # a lower-case head whose initials (hyphen parts too) spell the acronym
        (
            "fr",
            "la brigade mobile anti-drogue (BMAD) du port a saisi",
            [("AGENCY", "brigade mobile anti-drogue (BMAD)")],
        ),
        # an adjective after a lower-case complement ("de sécurité intérieure")
        (
            "fr",
            "les Forces de sécurité intérieure (FSI) ont saisi",
            [("AGENCY", "Forces de sécurité intérieure (FSI)")],
        ),
        # "et du Programme ..." after an office: another body of the other label
        (
            "fr",
            "avec l'appui du Bureau régional de l'ONUDC pour l'Afrique australe et du Programme "
            "régional pour l'Afrique australe, l'atelier",
            [
                ("AGENCY", "Bureau régional de l'ONUDC pour l'Afrique australe"),
                ("PROGRAMME", "Programme régional pour l'Afrique australe"),
            ],
        ),
        # "a lo largo de" joins a programme's title like one connector; a court is a body
        (
            "es",
            "el Programa de Cooperación Judicial a lo largo de la Ruta del Pacífico (PCJRP) "
            "apoyó a la Corte Suprema de Justicia de la Nación en",
            [
                (
                    "PROGRAMME",
                    "Programa de Cooperación Judicial a lo largo de la Ruta del Pacífico (PCJRP)",
                ),
                ("AGENCY", "Corte Suprema de Justicia de la Nación"),
            ],
        ),
        # a title after "proyecto de" up to its acronym
        (
            "es",
            "en el marco del proyecto de Seguridad Fronteriza en el Darién (SEFRODA), la",
            [("PROGRAMME", "Seguridad Fronteriza en el Darién (SEFRODA)")],
        ),
        # a nested listed body takes the acronym it is listed under; the unit ends before it
        (
            "es",
            "el Consejo de Seguridad de la Comunidad del Caribe (CARICOM) aprobó",
            [("AGENCY", "Consejo de Seguridad"), ("AGENCY", "Comunidad del Caribe (CARICOM)")],
        ),
        # a listed body's full name coordinated with another name is that body (the other,
        # without a head noun, is left to the other rules)
        (
            "es",
            "con la Organización Internacional de Policía Criminal y Global Witness, la",
            [("AGENCY", "Organización Internacional de Policía Criminal")],
        ),
        # a forum that defines its own acronym is a standing body, not an event
        (
            "fr",
            "le Forum des procureurs de la mer Rouge (FPMR) a réuni",
            [("AGENCY", "Forum des procureurs de la mer Rouge (FPMR)")],
        ),
        # a name that stopped inside a nested name at its word bound reaches the acronym
        (
            "fr",
            "le Centre d'analyse criminelle du Conseil de coopération du Golfe pour la lutte "
            "contre les drogues (GCCCAC) a diffusé",
            [
                (
                    "AGENCY",
                    "Centre d'analyse criminelle du Conseil de coopération du Golfe pour la lutte "
                    "contre les drogues (GCCCAC)",
                )
            ],
        ),
        # "y del" + a head naming a body of its own starts another body; "y de" + another
        # head noun inside a complement does not
        (
            "es",
            "funcionarios de la Dirección de Inteligencia Fiscal y del Ministerio de Justicia, con",
            [
                ("AGENCY", "Dirección de Inteligencia Fiscal"),
                ("AGENCY", "Ministerio de Justicia"),
            ],
        ),
        (
            "es",
            "la Dirección Nacional de Migraciones y de Centros Penitenciarios (DNMCP) informó",
            [("AGENCY", "Dirección Nacional de Migraciones y de Centros Penitenciarios (DNMCP)")],
        ),
        # a coded project after the programme word's adjectives; a programme's period
        (
            "es",
            "participaron en el proyecto subregional KGZK45 de la UNODC, cuyo objetivo",
            [("PROGRAMME", "proyecto subregional KGZK45"), ("AGENCY", "UNODC")],
        ),
        (
            "es",
            "en la Estrategia Nacional de Desarrollo Alternativo 2019-2023. Entre",
            [("PROGRAMME", "Estrategia Nacional de Desarrollo Alternativo 2019-2023")],
        ),
        # a lone head that names a body of its own keeps its article
        (
            "es",
            "participaron 120 agentes de la Gendarmería y de la DNCD.",
            [("AGENCY", "Gendarmería"), ("AGENCY", "DNCD")],
        ),
        # a demonym is an adjective of the head ("turque"), and gives its country
        (
            "fr",
            "l'Académie nationale malienne de formation douanière (ANMFD) a formé 30 agents.",
            [("AGENCY", "Académie nationale malienne de formation douanière (ANMFD)")],
        ),
        # a locution that works as one connector
        (
            "es",
            "el Centro de Estudios de la Comunidad Andina en materia de Seguridad Ciudadana "
            "(CECASC) organizó",
            [
                (
                    "AGENCY",
                    "Centro de Estudios de la Comunidad Andina en materia de Seguridad Ciudadana "
                    "(CECASC)",
                )
            ],
        ),
        (
            "fr",
            "la Mission des Nations Unies pour la stabilisation au Mali (MINUSMA) a appuyé",
            [("AGENCY", "Mission des Nations Unies pour la stabilisation au Mali (MINUSMA)")],
        ),
        # a programme's place joined by lower-case places ("et les pays voisins")
        (
            "fr",
            "Le Programme régional pour le Myanmar et les pays limitrophes a formé 20 agents.",
            [("PROGRAMME", "Programme régional pour le Myanmar et les pays limitrophes")],
        ),
    ],
)
def test_extents(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(label, span) for label, span, _ in orgs(language, text)] == expected


def test_lone_standalone_head_is_no_short_form() -> None:
    """ "la Armada", "la Gendarmerie" name a body on their own: no short form for note-level
    linking to drop when no longer name comes before it."""
    for language, text, span in (
        ("es", "participaron agentes de la Armada y de la DNCD.", "Armada"),
        ("fr", "avec l'appui de la Gendarmerie, la police a saisi", "Gendarmerie"),
    ):
        _, fields = one(orgs(language, text), span)
        assert fields["source"] != "pattern:short-form"


def test_local_acronym_gives_the_english_one() -> None:
    """A bare local acronym (ONUDD, OMA, OICS) is the listed body: English acronym, name in
    the note's language."""
    es = {span: f for _, span, f in orgs("es", "La OMA y la JIFE apoyaron a la ONUDD.")}
    assert (es["OMA"]["acronym"], es["OMA"]["name"]) == ("WCO", "Organización Mundial de Aduanas")
    assert es["JIFE"]["acronym"] == "INCB"
    assert es["ONUDD"]["acronym"] == "UNODC"
    fr = {span: f for _, span, f in orgs("fr", "L'OMD et l'OICS ont aidé l'ONUDC et INTERPOL.")}
    assert fr["OMD"]["acronym"] == "WCO"
    assert fr["OICS"]["name"] == "Organe international de contrôle des stupéfiants"
    assert fr["INTERPOL"]["name"] == "Organisation internationale de police criminelle"


PARALLEL = [
    (
        "en",
        "The United Nations Office on Drugs and Crime (UNODC) and "
        "the World Customs Organization (WCO) "
        "support the Container Control Programme.",
    ),
    (
        "es",
        "La Oficina de las Naciones Unidas contra la Droga y el "
        "Delito (UNODC) y la Organización Mundial "
        "de Aduanas (OMA) apoyan el Programa Mundial de Fiscalización de Contenedores.",
    ),
    (
        "fr",
        "L'Office des Nations Unies contre la drogue et le crime "
        "(ONUDC) et l'Organisation mondiale des "
        "douanes (OMD) appuient le Programme mondial de contrôle des conteneurs.",
    ),
]


def test_parallel_sentences_normalise_alike() -> None:
    """The same sentence in three languages gives the same labels, acronyms and kinds."""
    keys = []
    for language, text in PARALLEL:
        found = orgs(language, text)
        keys.append(sorted((label, f.get("acronym"), f.get("kind")) for label, _, f in found))
    assert keys[0] == keys[1] == keys[2]
    assert ("PROGRAMME", "CCP", "programme") in keys[0]


def test_english_pipeline_reads_no_language_data() -> None:
    """``nlp.lang == "en"`` keeps the English word lists (a French word is no head in English)."""
    found = orgs("en", "The Office central pour la répression du trafic (OCRTIS) of Senegal.")
    assert all(f.get("source") != "list" or f.get("acronym") != "UNODC" for _, _, f in found)
    english, spanish = (nlp_of(lang).get_pipe("honlac_agencies_v1") for lang in ("en", "es"))
    assert isinstance(english, AgencyComponent) and isinstance(spanish, AgencyComponent)
    assert english.finder.romance is None and spanish.finder.romance is not None


@pytest.mark.parametrize("language", ["es", "fr"])
def test_language_list_consistent_with_english(language: str) -> None:
    """Every listed body of the language that shares an English acronym has its label; every
    entry's forms are non-empty and unique to it within the language."""
    english = {b.acronym: b for b in known_bodies("en") if b.acronym}
    local = [b for b in known_bodies(language) if b.language == language]
    assert len(local) > 40
    for body in local:
        if body.acronym in english:
            assert english[body.acronym].label == body.label, body
        assert body.name and all(body.forms())
    raw = json.loads(data_text(f"languages/{language}/organisations.json"))
    assert len(raw["entries"]) == len(local)


@pytest.mark.parametrize("language", ["es", "fr"])
def test_every_listed_name_is_found(language: str) -> None:
    """Each listed name, in a sentence, is one candidate carrying the list's acronym."""
    for body in known_bodies(language):
        if body.language != language:
            continue
        article = "la" if language == "es" else "le"
        found = orgs(language, f"Según {article} {body.name}, hubo avances.")
        names = [(label, f.get("name"), f.get("acronym")) for label, _, f in found]
        assert (body.label, body.name, body.acronym) in names, (body, found)


@pytest.mark.parametrize("language", ["es", "fr"])
def test_long_paragraph_is_linear(language: str) -> None:
    """Thousands of chained head nouns and definitions cost about as much per word as a short
    paragraph (names are bounded; no rule scans the paragraph per name)."""
    unit = {
        "es": "la Oficina de la Comisión Nacional de Control (CNC) y la Unidad de Policía, ",
        "fr": "l'Office de la Commission nationale de contrôle (CNC) et l'Unité de police, ",
    }[language]

    def cost(times: int) -> float:
        text = unit * times
        start = time.perf_counter()
        orgs(language, text)
        return (time.perf_counter() - start) / times

    cost(20)
    small, large = min(cost(50) for _ in range(3)), min(cost(2000) for _ in range(2))
    assert large < small * 4


@pytest.mark.parametrize("language", ["es", "fr"])
def test_kinds_are_the_english_ones(language: str) -> None:
    """Programme kinds in the language's grammar and list are values English uses too."""
    english = json.loads(data_text("organisation_patterns.json"))
    kinds = set(english["programme_heads"].values()) | {b.kind for b in known_bodies("en")}
    grammar = json.loads(data_text(f"languages/{language}/organisations_grammar.json"))
    used = set(grammar["patterns"]["programme_heads"].values())
    used |= set(grammar["patterns"]["trailing_programme_words"].values())
    used |= set(grammar["romance"]["programme_words"].values())
    used |= {b.kind for b in known_bodies(language) if b.language == language}
    assert used <= kinds, used - kinds


NOTE_ES = """Naciones Unidas                                               UNODC/HONLAC/30/4

                                                              Distr. general
                                                              3 de agosto de 2021

                                                              Español
                                                              Original: inglés

Nota de la Secretaría

I. Introducción

1. La Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) presta asistencia a \
los Estados de la región. La Policía de Investigaciones (PDI) de Chile cooperó con la \
Organización Mundial de Aduanas (OMA).

2. En 2020, la UNODC y la OMA apoyaron a la PDI en el marco del Programa Mundial de \
Fiscalización de Contenedores. El Programa amplió su cobertura.
"""


def test_note_links_mentions_in_spanish() -> None:
    """In a whole Spanish note a bare acronym takes its definition's body and entity_id."""
    note = extract(NOTE_ES)
    assert note.metadata.language == "es"
    orgs_ = [e for e in note.entities if e.label in ("AGENCY", "PROGRAMME")]
    by_text: dict[str, list[Any]] = {}
    for entity in orgs_:
        by_text.setdefault(entity.text, []).append(entity)
    unodc = {e.entity_id for e in orgs_ if e.acronym == "UNODC"}
    assert len(unodc) == 1 and len([e for e in orgs_ if e.acronym == "UNODC"]) == 2
    pdi = by_text["PDI"][0]
    assert (pdi.name, pdi.country, pdi.entity_id) == (
        "Policía de Investigaciones",
        "CHL",
        by_text["Policía de Investigaciones (PDI) de Chile"][0].entity_id,
    )
    assert {
        e.acronym for e in orgs_ if e.text in ("OMA", "Organización Mundial de Aduanas (OMA)")
    } == {"WCO"}
    programme = by_text["Programa"][0]
    assert programme.name == "Programa Mundial de Fiscalización de Contenedores"


def test_bare_acronym_links_to_the_acronym_as_written() -> None:
    """A French definition of a body listed under its English acronym ("(PCC)" of the
    Container Control Programme, CCP) still names the bare "PCC" of a later paragraph."""
    note = extract(
        "1. La présente note porte sur la coopération des États de la région et sur les "
        "mesures qui ont été prises par les services.\n\n"
        "2. Le Programme mondial de contrôle des conteneurs (PCC) dispose de 12 unités dans la "
        "région.\n\n3. Les États sont invités à rejoindre le PCC d'ici à la fin de 2022.\n"
    )
    assert note.metadata.language == "fr"
    defined, bare = [e for e in note.entities if e.label == "PROGRAMME"]
    assert (bare.text, bare.paragraph) == ("PCC", 3)
    assert (bare.name, bare.acronym, bare.entity_id) == (
        defined.name,
        "CCP",
        defined.entity_id,
    )


_PIECES = {
    "es": [
        "la",
        "de",
        "del",
        "y",
        "Oficina",
        "Nacional",
        "Policía",
        "Programa",
        "(",
        ")",
        "UNODC",
        "OMA",
        ",",
        ".",
        "en",
        "el",
        "Perú",
        "para",
        "contra",
        "«",
        "»",
        "sistema",
        "I-24/7",
        "proyecto",
        "Cooperación",
        "Drogas",
        "2019",
        "marzo",
    ],
    "fr": [
        "la",
        "de",
        "l",
        "'",
        "du",
        "des",
        "et",
        "Office",
        "central",
        "Police",
        "nationale",
        "Programme",
        "(",
        ")",
        "ONUDC",
        "OCRTIS",
        ",",
        ".",
        "à",
        "Dakar",
        "pour",
        "contre",
        "lutte",
        "drogue",
        "«",
        "»",
        "plateforme",
        "CENcomm",
        "organisé",
        "juillet",
    ],
}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_text_gives_grounded_spans(data: st.DataObject) -> None:
    """Texts of the grammar's own words never make the components raise, and every span
    lies on the text."""
    language = data.draw(st.sampled_from(["es", "fr"]))
    words = data.draw(st.lists(st.sampled_from(_PIECES[language]), max_size=60))
    text = " ".join(words)
    for _, span, fields in orgs(language, text):
        assert span and span in text
        assert isinstance(fields.get("source"), str)
