"""A first paragraph long enough for the language of a short Spanish or French test note to be
told (the entity tests put the sentence under test in paragraph 2)."""

from __future__ import annotations

SPANISH_PAD = (
    "1. La Reunión de Jefes de los Organismos Nacionales examinó la situación del tráfico de "
    "drogas en la región y las medidas adoptadas por los Estados para combatirlo, de conformidad "
    "con las recomendaciones de la Reunión anterior.\n\n"
)
FRENCH_PAD = (
    "1. La Réunion des chefs des services nationaux a examiné la situation du trafic de drogues "
    "dans la région et les mesures prises par les États.\n\n"
)
