"""Letters in French and Spanish: title, addressee and salutation in the note's language."""

from __future__ import annotations

from honlac_extract import extract

FRENCH = """Nations Unies

A/80/795–S/2026/112

Assemblée générale
Conseil de sécurité

Distr. générale
13 février 2026
Original : français

Lettres identiques datées du 9 février 2026, adressées au Secrétaire général
et au Président du Conseil de sécurité par le Représentant permanent
du Sénégal auprès de l’Organisation des Nations Unies

J’ai l’honneur de vous faire tenir ci-joint le communiqué final de la réunion
ministérielle sur la sécurité maritime, adoptée à Dakar les 2 et 3 février 2026.

Je vous serais reconnaissant de bien vouloir faire distribuer le texte de la présente
lettre et de son annexe comme document de l’Assemblée générale.

(Signé) Mamadou Lamine Faye
Ambassadeur

Annexe aux lettres identiques datées du 9 février 2026 adressées au Secrétaire
général et au Président du Conseil de sécurité

Nous, ministres chargés de la sécurité maritime du Bénin, du Ghana et du Togo, réunis à
Dakar les 2 et 3 février 2026,

1. Constatons que nos services ont saisi 48,7 tonnes de cocaïne en 2025 ;

2. Convenons de nous réunir de nouveau à Praia en 2027.
"""


def test_a_french_letter_with_a_numbered_annex_reads_its_own_paragraphs() -> None:
    note = extract(FRENCH)
    assert note.metadata.language == "fr"
    assert [(p.number, p.kind, p.annex) for p in note.paragraphs] == [
        (-1, "body", None),
        (-2, "body", None),
        (-3, "signature", None),
        (-4, "preambular", "Annexe"),
        (1, None, "Annexe"),
        (2, None, "Annexe"),
    ]
    assert note.paragraphs[0].text.startswith("J’ai l’honneur")


SPANISH = """Cartas idénticas de fecha 9 de febrero de 2026 dirigidas al Secretario General y a la
Presidencia del Consejo de Seguridad por el Representante Permanente del Perú ante las
Naciones Unidas

Tengo el honor de transmitirle el comunicado final de la reunión regional sobre el control
de precursores, celebrada en Lima los días 2 y 3 de febrero de 2026.

Le agradecería que tuviera a bien hacer distribuir la presente carta como documento de la
Asamblea General y del Consejo de Seguridad.

(Firmado) Ana María Quispe
Embajadora
"""


def test_a_spanish_letter_without_numbers_is_read_by_position() -> None:
    paragraphs = extract(SPANISH).paragraphs
    assert [(p.number, p.kind) for p in paragraphs] == [(1, "body"), (2, "body"), (3, "signature")]
    assert paragraphs[0].text.startswith("Tengo el honor")
