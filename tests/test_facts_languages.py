"""Facts of Spanish and French notes: activity words of the note's language, English keys.

Each case is a small numbered note in one language run through ``extract`` (language detected
from its words); the facts of its paragraph must carry the activity the sentence states.
"""

from __future__ import annotations

import pytest

from honlac_extract import extract

SPANISH = """1. La presente nota contiene información sobre las actividades de la Oficina \
en la región y sobre los resultados obtenidos por los organismos nacionales desde la última reunión.
2. {sentence}
"""
FRENCH = """1. La présente note contient des informations sur les activités de l'Office \
dans la région et sur les résultats obtenus par les services nationaux depuis la dernière réunion.
2. {sentence}
"""


@pytest.mark.parametrize(
    ("template", "sentence", "expected"),
    [
        (SPANISH, "La policía incautó 12,5 toneladas de cocaína en el puerto.", [("seize", 12.5)]),
        (SPANISH, "La Oficina capacitó a 403 funcionarios de aduanas.", [("train", 403)]),
        (
            SPANISH,
            "Se desmantelaron 15 laboratorios clandestinos en la región.",
            [("dismantle", 15)],
        ),
        (SPANISH, "En la región se celebraron 17 talleres para los fiscales.", [("hold", 17)]),
        (SPANISH, "Se detuvo a 12 personas en la frontera con el país vecino.", [("arrest", 12)]),
        (FRENCH, "La police a saisi 12,5 tonnes de cocaïne dans le port.", [("seize", 12.5)]),
        (FRENCH, "L'Office a formé 403 agents des douanes de la région.", [("train", 403)]),
        (
            FRENCH,
            "Dans la région, 15 laboratoires clandestins ont été démantelés.",
            [("dismantle", 15)],
        ),
        (
            FRENCH,
            "Dans la région, 17 ateliers ont été organisés pour les procureurs.",
            [("hold", 17)],
        ),
    ],
)
def test_activity_of_the_sentence(
    template: str, sentence: str, expected: list[tuple[str, float]]
) -> None:
    note = extract(template.format(sentence=sentence))
    assert note.metadata.language == ("es" if template is SPANISH else "fr")
    values = {e.id: e.value for e in note.entities if e.label == "QUANTITY"}
    found = [
        (f.activity, values[f.quantity]) for f in note.facts if f.paragraph == 2 and f.quantity
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("template", "sentence"),
    [
        (SPANISH, "La UNODC prestó asistencia técnica al Gobierno del Perú en la materia."),
        (FRENCH, "L'ONUDC a fourni une assistance technique au Gouvernement du Sénégal."),
    ],
)
def test_assistance_without_a_number(template: str, sentence: str) -> None:
    note = extract(template.format(sentence=sentence))
    assert [(f.paragraph, f.activity, f.quantity) for f in note.facts] == [(2, "assist", None)]
