"""QUANTITY component: values, ranges, changes, units, items, qualifiers, and non-quantities."""

from __future__ import annotations

import math
from typing import Any

import pytest
import spacy
from spacy.language import Language

from honlac_extract.entities.quantities import find_quantities
from honlac_extract.entities.quantities.grammar import parse_number
from honlac_extract.entities.spans import fields_of, spans_with_label


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("honlac_dates_v1")
    pipeline.add_pipe("honlac_quantities_v1")
    return pipeline


def quantities(nlp: Language, text: str) -> list[tuple[str, dict[str, Any]]]:
    doc = nlp(text)
    return [(span.text, fields_of(span)) for span in spans_with_label(doc, "QUANTITY")]


def only(nlp: Language, text: str) -> tuple[str, dict[str, Any]]:
    found = quantities(nlp, text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "item", "qualifier"),
    [
        (
            "UNODC trained 403 public officials from law enforcement.",
            "403 public officials",
            403,
            "count",
            "public officials",
            None,
        ),
        ("promulgated two new laws that form", "two new laws", 2, "count", "new laws", None),
        (
            "the latest versions of two precursor control software platforms: the",
            "two precursor control software platforms",
            2,
            "count",
            "precursor control software platforms",
            None,
        ),
        ("of Peru 100 kits for the identification", "100 kits", 100, "count", "kits", None),
        (
            "assistance to 13 Member States in the region",
            "13 Member States",
            13,
            "count",
            "Member States",
            None,
        ),
        (
            "which included a total of 17 workshops nationwide.",
            "a total of 17 workshops",
            17,
            "count",
            "workshops",
            "a total of",
        ),
        (
            "to more than 3,900 teachers who",
            "more than 3,900 teachers",
            3900,
            "count",
            "teachers",
            "more than",
        ),
        (
            "involving 5,000 police officers from",
            "5,000 police officers",
            5000,
            "count",
            "police officers",
            None,
        ),
        (
            "implemented three local, selective prevention projects aimed at",
            "three local, selective prevention projects",
            3,
            "count",
            "local, selective prevention projects",
            None,
        ),
        ("attended by 50 people, mostly from", "50 people", 50, "count", "people", None),
        ("deployed twenty-five officers to", "twenty-five officers", 25, "count", "officers", None),
        ("met a dozen experts in", "a dozen experts", 12, "count", "experts", None),
        (
            "seized 1.2 million tablets in",
            "1.2 million tablets",
            1_200_000,
            "count",
            "tablets",
            None,
        ),
        ("seized almost 1.2 tons of cocaine", "almost 1.2 tons", 1.2, "t", "cocaine", "almost"),
        (
            "a total of 41.3 tons of cocaine",
            "a total of 41.3 tons",
            41.3,
            "t",
            "cocaine",
            "a total of",
        ),
        ("seized some 640 tonnes in", "some 640 tonnes", 640, "t", None, "some"),
        ("seized 12 500 kg of cannabis", "12 500 kg", 12500, "kg", "cannabis", None),
        ("seized 12\u00a0500\u00a0kg in", "12\u00a0500\u00a0kg", 12500, "kg", None, None),
        ("seized 350 kilos of heroin", "350 kilos", 350, "kg", "heroin", None),
        ("a fall of 6.1 per cent less than", "6.1 per cent", 6.1, "percent", None, None),
        ("a fall of 6.1% in", "6.1%", 6.1, "percent", None, None),
        ("a rise of 12 percent in", "12 percent", 12, "percent", None, None),
        ("and US$ 280,000 in undeclared cash", "US$ 280,000", 280000, "usd", None, None),
        ("a grant of USD 5 million for", "USD 5 million", 5_000_000, "usd", None, None),
        (
            "a grant of 5 million United States dollars for",
            "5 million United States dollars",
            5_000_000,
            "usd",
            None,
            None,
        ),
        (
            "covering approximately 300 hectares of land",
            "approximately 300 hectares",
            300,
            "ha",
            "land",
            "approximately",
        ),
        ("over 600 families in", "over 600 families", 600, "count", "families", "over"),
        (
            "at least 20 laboratories were",
            "at least 20 laboratories",
            20,
            "count",
            "laboratories",
            "at least",
        ),
        ("nearly 70 experts from", "nearly 70 experts", 70, "count", "experts", "nearly"),
        ("about 15 countries in", "about 15 countries", 15, "count", "countries", "about"),
        (
            "up to 30 participants per",
            "up to 30 participants",
            30,
            "count",
            "participants",
            "up to",
        ),
    ],
)
def test_amounts(
    nlp: Language,
    text: str,
    span: str,
    value: float,
    unit: str,
    item: str | None,
    qualifier: str | None,
) -> None:
    found_text, fields = only(nlp, text)
    assert found_text == span
    assert math.isclose(fields["value"], value)
    assert fields["value_max"] is None and fields["previous_value"] is None
    assert fields["unit"] == unit
    assert fields["item"] == item
    assert fields["qualifier"] == qualifier
    assert fields["source"].startswith("rule:quantities")


def test_change_of_a_count(nlp: Language) -> None:
    found_text, fields = only(nlp, "the number rose from two to three workshops a year")
    assert found_text == "from two to three workshops"
    assert (fields["value"], fields["previous_value"], fields["item"]) == (3, 2, "workshops")


@pytest.mark.parametrize(
    ("text", "span", "value", "previous", "unit", "item"),
    [
        (
            "the number of couriers arrested fell from 31 in 2016 to 5. The",
            "from 31 in 2016 to 5",
            5,
            31,
            "count",
            None,
        ),
        (
            "Cases rose from 41 in 2017 to 63 cases in 2018.",
            "from 41 in 2017 to 63 cases",
            63,
            41,
            "count",
            "cases",
        ),
        (
            "Seizures went from 12 during 2015 to 2,300 tons in 2017.",
            "from 12 during 2015 to 2,300 tons",
            2300,
            12,
            "t",
            None,
        ),
    ],
)
def test_change_whose_first_number_carries_its_date(
    nlp: Language,
    text: str,
    span: str,
    value: float,
    previous: float,
    unit: str,
    item: str | None,
) -> None:
    found_text, fields = only(nlp, text)
    assert found_text == span
    assert (fields["value"], fields["previous_value"]) == (value, previous)
    assert (fields["unit"], fields["item"]) == (unit, item)


def test_amounts_with_their_own_units_and_dates_stay_two(nlp: Language) -> None:
    found = quantities(nlp, "It fell from 233,000 ha in 2022 to 10,800 ha in 2023.")
    assert [(t, f["value"], f["previous_value"]) for t, f in found] == [
        ("233,000 ha", 233000, None),
        ("10,800 ha", 10800, None),
    ]
    assert quantities(nlp, "It grew from 4 in 2016 to 2017 levels.") == []


def test_change_from_to() -> None:
    text = "an increase in seizures (from 8,602 to 17,764 kilograms), while"
    [found] = find_quantities(text)
    assert text[found.start : found.end] == "from 8,602 to 17,764 kilograms"
    assert found.fields["value"] == 17764 and found.fields["previous_value"] == 8602
    assert found.fields["value_max"] is None and found.fields["unit"] == "kg"


@pytest.mark.parametrize(
    ("text", "span", "value", "value_max", "unit"),
    [
        ("between 40 and 55 per cent of", "between 40 and 55 per cent", 40, 55, "percent"),
        ("estimated at 2,300–2,600 tons", "2,300–2,600 tons", 2300, 2600, "t"),
        ("ranging from 20 to 30 per cent", "from 20 to 30 per cent", 20, 30, "percent"),
    ],
)
def test_ranges(
    nlp: Language, text: str, span: str | None, value: float, value_max: float, unit: str
) -> None:
    found_text, fields = only(nlp, text)
    if span is not None:
        assert found_text == span
    assert (fields["value"], fields["value_max"], fields["unit"]) == (value, value_max, unit)


def test_item_from_the_subject_of_a_copula(nlp: Language) -> None:
    text = "the area under coca cultivation in Peru stood at 40,300 ha, 6.1 per cent less"
    found = quantities(nlp, text)
    assert [(t, f["value"], f["unit"], f["item"]) for t, f in found] == [
        ("40,300 ha", 40300, "ha", "area under coca cultivation"),
        ("6.1 per cent", 6.1, "percent", None),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("intercepted 63 couriers in 2018, compared with 41 in 2017.", 41),
        ("identified in the region reached 121 by the end of 2017.", 121),
        ("revoked the licences of 27 of them.", 27),
        ("seized 64.2 million tablets in 2021, compared with 15.9 million in 2020.", 15_900_000),
    ],
)
def test_elliptical_counts(nlp: Language, text: str, value: float) -> None:
    values = [f["value"] for _, f in quantities(nlp, text)]
    assert value in values
    assert all(f["item"] is None for _, f in quantities(nlp, text) if f["value"] == value)


@pytest.mark.parametrize(
    "text",
    [
        "Peru hosted the fourth international forum.",
        "For the first time, the kits were harmonized.",
        "the 2nd meeting of experts",
        "UNODC delivered version 7 of the system.",
        "in line with article 12 of the Convention",
        "the implementation of recommendation 32 of the Task Force",
        "pursuant to resolution 61/11, the",
        "Item 3 of the provisional agenda",
        "participated in Operation Lionfish III, a major operation",
        "during Phase II of the project",
        "Security Council resolution 2253 (2015) calls",
        "see E/CN.7/2019/CRP.4 and V.17-05251 (E)",
        "the I2ES system and COVID-19 measures and G20 members",
        "one of the priorities",
        "the one that was adopted",
        "on the one hand",
        "delta-9-tetrahydrocannabinol (THC)",
        "under articles 3, 4 and 5 of the Convention",
        "the project lasted two years",
        "a 24-hour hotline",
        "In 2016, UNODC trained staff",
        "held from 3 to 7 October 2016.",
        "the 1961 Convention",
        "In 14",
        "(3) the",
        "99999999999999999999 kg",
        "",
    ],
)
def test_not_quantities(nlp: Language, text: str) -> None:
    assert quantities(nlp, text) == []


def test_years_and_dates_are_not_quantities_but_neighbours_are(nlp: Language) -> None:
    found = quantities(
        nlp,
        "In 2016, 30 officials attended; seizures rose from 3.1 tons in 2015 to 12 500 kg in 2017.",
    )
    assert [(t, f["value"], f["unit"]) for t, f in found] == [
        ("30 officials", 30, "count"),
        ("3.1 tons", 3.1, "t"),
        ("12 500 kg", 12500, "kg"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("17,764", 17764.0),
        ("12 500", 12500.0),
        ("1.2 million", 1_200_000.0),
        ("two", 2.0),
        ("twenty-five", 25.0),
        ("two hundred", 200.0),
        ("a dozen", 12.0),
        ("three thousand five hundred", 3500.0),
        ("99999999999999999999", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def test_span_text_is_exactly_the_entity(nlp: Language) -> None:
    text = (
        "UNODC trained 403 public officials and seized almost 1.2 tons (from 8,602 to 17,764 kg)."
    )
    doc = nlp(text)
    spans = spans_with_label(doc, "QUANTITY")
    assert len(spans) == 3
    for span in spans:
        assert text[span.start_char : span.end_char] == span.text


def test_same_input_same_output() -> None:
    text = "more than 3,900 teachers, 6.1 per cent, from 8,602 to 17,764 kilograms, two new laws"
    assert find_quantities(text) == find_quantities(text)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("connected 4 further airports in the region", "further airports"),
        ("joined by three other countries in", "other countries"),
        ("trained two more experts on", "more experts"),
    ],
)
def test_items_with_further_other_more(nlp: Language, text: str, item: str) -> None:
    _, fields = only(nlp, text)
    assert fields["item"] == item


@pytest.mark.parametrize(
    ("text", "span", "value", "item", "qualifier"),
    [
        (
            "The operation identified 178 such persons in the region.",
            "178 such persons",
            178,
            "such persons",
            None,
        ),
        (
            "a further 35 such cases were reported",
            "a further 35 such cases",
            35,
            "such cases",
            "a further",
        ),
        (
            "Three such laboratories were dismantled.",
            "Three such laboratories",
            3,
            "such laboratories",
            None,
        ),
        ("and 12 other officers were trained", "12 other officers", 12, "other officers", None),
        (
            "deployed 25 additional investigators in",
            "25 additional investigators",
            25,
            "additional investigators",
            None,
        ),
    ],
)
def test_counts_with_a_determiner_like_modifier(
    nlp: Language, text: str, span: str, value: float, item: str, qualifier: str | None
) -> None:
    found_text, fields = only(nlp, text)
    assert found_text == span
    assert (fields["value"], fields["unit"], fields["item"]) == (value, "count", item)
    assert fields["qualifier"] == qualifier


@pytest.mark.parametrize(
    "text",
    ["In 2019 there were 12 such.", "over two such years", "for 3 such months"],
)
def test_such_without_a_counted_noun_is_no_count(nlp: Language, text: str) -> None:
    assert quantities(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "span", "item"),
    [
        (
            "Seizures of undeclared cash at the airports of the subregion amounted to "
            "US$ 3.4 million in 2017/18.",
            "US$ 3.4 million",
            "Seizures of undeclared cash",
        ),
        (
            "seized a combined 11.7 tons of cocaine, almost double the amount",
            "11.7 tons",
            "cocaine",
        ),
        (
            "seized some 640 tons of potassium permanganate, acetone and other precursors",
            "some 640 tons",
            "potassium permanganate",
        ),
    ],
)
def test_measure_items(nlp: Language, text: str, span: str, item: str) -> None:
    found_text, fields = only(nlp, text)
    assert (found_text, fields["item"]) == (span, item)


def test_subject_item_keeps_the_head_before_its_place(nlp: Language) -> None:
    text = "Cocaine seizures in Western and Central Europe reached 140.4 tons in 2017, the"
    found = [(t, f["item"]) for t, f in quantities(nlp, text)]
    assert found == [("140.4 tons", "Cocaine seizures")]


def test_number_words_with_and(nlp: Language) -> None:
    found_text, fields = only(nlp, "trained more than one hundred and twenty officers in")
    assert found_text == "more than one hundred and twenty officers"
    assert (fields["value"], fields["qualifier"]) == (120, "more than")
    assert parse_number("two and three") is None


def test_day_and_month_without_year_is_not_a_count(nlp: Language) -> None:
    assert quantities(nlp, "On 26 June, the International Day against Drug Abuse") == []


def test_a_count_after_a_counted_identifier_word_is_a_count(nlp: Language) -> None:
    found = [(t, f["value"]) for t, f in quantities(nlp, "adopted 5 resolutions and 2 decisions.")]
    assert found == [("5 resolutions", 5), ("2 decisions", 2)]


def test_subject_item_stops_before_among(nlp: Language) -> None:
    _, fields = only(nlp, "Annual prevalence among persons aged 15-64 was 0.5 per cent in")
    assert fields["item"] == "Annual prevalence"


def test_unit_before_to_ends_the_first_amount(nlp: Language) -> None:
    found = quantities(nlp, "The share rose by 4 percentage points to 50 per cent of")
    assert [(t, f["value"], f["value_max"]) for t, f in found] == [
        ("4 percentage points", 4, None),
        ("50 per cent", 50, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In one case, customs traced the consignment to a broker.",
        "The unit reported, in one instance, a forged permit.",
        "Officers noted that in one case the courier was a minor.",
    ],
)
def test_in_one_case_introduces_an_example_not_a_count(nlp: Language, text: str) -> None:
    assert quantities(nlp, text) == []


def test_one_case_inside_a_clause_still_counts(nlp: Language) -> None:
    span, got = only(nlp, "The prosecutor was involved in one case of money-laundering.")
    assert (span, got["value"], got["unit"]) == ("one case", 1, "count")


@pytest.mark.parametrize(
    ("text", "span", "value", "item"),
    [
        (
            "it signed agreements with four of the biggest such carriers in 2023",
            "four of the biggest such carriers",
            4,
            "biggest such carriers",
        ),
        (
            "and 12 of the suspects were later released",
            "12 of the suspects",
            12,
            "suspects",
        ),
    ],
)
def test_a_count_before_of_the_counts_the_plural_after_it(
    nlp: Language, text: str, span: str, value: float, item: str
) -> None:
    got_span, got = only(nlp, text)
    assert (got_span, got["value"], got["unit"], got["item"]) == (span, value, "count", item)


@pytest.mark.parametrize(
    "text",
    [
        "two of the three",  # another count follows
        "one of the largest seizures",  # "one of the": a superlative idiom
        "under article 7 of the protocols",  # an identifier
        "Item 5 of the provisional agenda",  # singular: no items counted
    ],
)
def test_partitives_that_count_nothing(nlp: Language, text: str) -> None:
    assert quantities(nlp, text) == []
