"""DATE component: every calendar form of the notes, names, inferred years, and guards."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language

from honlac_extract.entities.dates import find_dates
from honlac_extract.entities.spans import fields_of, spans_with_label


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("honlac_dates_v1")
    return pipeline


def dates(nlp: Language, text: str) -> list[tuple[str, dict[str, Any]]]:
    doc = nlp(text)
    return [(span.text, fields_of(span)) for span in spans_with_label(doc, "DATE")]


def only(nlp: Language, text: str) -> tuple[str, dict[str, Any]]:
    found = dates(nlp, text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "start", "end", "precision"),
    [
        ("It was adopted in 2017.", "2017", "2017-01-01", "2017-12-31", "year"),
        ("In February 2017, UNODC met.", "February 2017", "2017-02-01", "2017-02-28", "month"),
        ("In February 2016, UNODC met.", "February 2016", "2016-02-01", "2016-02-29", "month"),
        ("held 2-6 October 2017 in", "2-6 October 2017", "2017-10-02", "2017-10-06", "range"),
        ("held 2–6 October 2017 in", "2–6 October 2017", "2017-10-02", "2017-10-06", "range"),
        (
            "held from 2 to 6 October 2017.",
            "from 2 to 6 October 2017",
            "2017-10-02",
            "2017-10-06",
            "range",
        ),
        (
            "held between 2 and 6 October 2017.",
            "between 2 and 6 October 2017",
            "2017-10-02",
            "2017-10-06",
            "range",
        ),
        (
            "City from 30 August to 1 September 2017 as",
            "from 30 August to 1 September 2017",
            "2017-08-30",
            "2017-09-01",
            "range",
        ),
        (
            "from 28 December to 3 January 2018.",
            "from 28 December to 3 January 2018",
            "2017-12-28",
            "2018-01-03",
            "range",
        ),
        (
            "During the first half of 2017, the",
            "the first half of 2017",
            "2017-01-01",
            "2017-06-30",
            "half",
        ),
        ("in the second half of 2016 through", None, "2016-07-01", "2016-12-31", "half"),
        ("in the third quarter of 2017 for", None, "2017-07-01", "2017-09-30", "quarter"),
        ("in the last quarter of 2018.", None, "2018-10-01", "2018-12-31", "quarter"),
        ("in Q2 2019.", "Q2 2019", "2019-04-01", "2019-06-30", "quarter"),
        (
            "During the biennium 2016-2017, the",
            "the biennium 2016-2017",
            "2016-01-01",
            "2017-12-31",
            "years",
        ),
        ("the 2016-2017 biennium", None, "2016-01-01", "2017-12-31", "years"),
        ("work in 2016-2017 was", "2016-2017", "2016-01-01", "2017-12-31", "years"),
        ("in fiscal 2017/18 the", "2017/18", "2017-01-01", "2018-12-31", "years"),
        ("in 2016–17 the", "2016–17", "2016-01-01", "2017-12-31", "years"),
        (
            "between 2014 and 2016, the",
            "between 2014 and 2016",
            "2014-01-01",
            "2016-12-31",
            "years",
        ),
        (
            "Between June 2016 and June 2017, the",
            "Between June 2016 and June 2017",
            "2016-06-01",
            "2017-06-30",
            "range",
        ),
        (
            "covered the period from July 2014 to June 2015 and",
            "from July 2014 to June 2015",
            "2014-07-01",
            "2015-06-30",
            "range",
        ),
        (
            "seized between January and June 2018, compared",
            "between January and June 2018",
            "2018-01-01",
            "2018-06-30",
            "range",
        ),
        (
            "estimated that, as at 31 December 2015, the",
            "as at 31 December 2015",
            "2015-12-31",
            "2015-12-31",
            "day",
        ),
        ("observed since 2011 (62,500 ha)", "2011", "2011-01-01", "2011-12-31", "year"),
        (
            "to be initiated by the end of 2017.",
            "by the end of 2017",
            "2017-01-01",
            "2017-12-31",
            "year",
        ),
        (
            "operational by the end of June 2018.",
            "by the end of June 2018",
            "2018-06-01",
            "2018-06-30",
            "month",
        ),
        ("During 2016, the Office", "2016", "2016-01-01", "2016-12-31", "year"),
        (
            "had benefited 200 families as of December 2016.",
            "as of December 2016",
            "2016-12-01",
            "2016-12-31",
            "month",
        ),
        ("issued on 6 July 2017.", "6 July 2017", "2017-07-06", "2017-07-06", "day"),
        ("issued on July 6, 2017.", "July 6, 2017", "2017-07-06", "2017-07-06", "day"),
        ("operating by 30 June 2018 in", "30 June 2018", "2018-06-30", "2018-06-30", "day"),
    ],
)
def test_calendar_forms(
    nlp: Language, text: str, span: str | None, start: str, end: str, precision: str
) -> None:
    found_text, fields = only(nlp, text)
    if span is not None:
        assert found_text == span
    assert (fields["start_date"], fields["end_date"]) == (start, end)
    assert fields["precision"] == precision
    assert fields["inferred_year"] is False
    assert fields["in_name"] is False
    assert fields["source"].startswith("rule:dates")


def test_two_years_joined_by_and_are_two_dates(nlp: Language) -> None:
    found = dates(nlp, "In 2016 and 2017, the Office took part.")
    assert [(t, f["start_date"], f["end_date"]) for t, f in found] == [
        ("2016", "2016-01-01", "2016-12-31"),
        ("2017", "2017-01-01", "2017-12-31"),
    ]


def test_two_months_with_their_years_are_two_dates(nlp: Language) -> None:
    found = dates(nlp, "It met in May 2016 and June 2017.")
    assert [(t, f["start_date"]) for t, f in found] == [
        ("May 2016", "2016-05-01"),
        ("June 2017", "2017-06-01"),
    ]


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("as part of the World Drug Report 2017, the", "2017", "2017-01-01", "2017-12-31"),
        ("its reservation to the 1961 Convention.", "1961", "1961-01-01", "1961-12-31"),
        (
            "the CARICOM Crime and Security Strategy 2014-2016, which",
            "2014-2016",
            "2014-01-01",
            "2016-12-31",
        ),
        ("presented the 2015 edition of the survey", "2015", "2015-01-01", "2015-12-31"),
        (
            "to achieve the 2030 Agenda for Sustainable Development",
            "2030",
            "2030-01-01",
            "2030-12-31",
        ),
        ("deliver the 2017 LE TrainNet training event", "2017", "2017-01-01", "2017-12-31"),
        ("follow-up to the 2016 special session of the", "2016", "2016-01-01", "2016-12-31"),
        ("Security Council resolution 2253 (2015) on", "2015", "2015-01-01", "2015-12-31"),
    ],
)
def test_years_inside_names_are_marked(
    nlp: Language, text: str, span: str, start: str, end: str
) -> None:
    found_text, fields = only(nlp, text)
    assert found_text == span
    assert (fields["start_date"], fields["end_date"]) == (start, end)
    assert fields["in_name"] is True


@pytest.mark.parametrize(
    "text",
    [
        "In 2017 UNODC delivered training.",
        "the 2016 figures showed a rise",
        "a law established in 1988: (a) the",
        "its coca crop monitoring report for 2016. The",
    ],
)
def test_event_years_are_not_names(nlp: Language, text: str) -> None:
    _, fields = only(nlp, text)
    assert fields["in_name"] is False


def test_month_without_year_takes_the_running_year(nlp: Language) -> None:
    text = (
        "During the first half of 2017, the Office organized a course. In May and June, "
        "the Office conducted a training course in Vienna."
    )
    found = dates(nlp, text)
    assert [(t, f["start_date"], f["end_date"], f["inferred_year"]) for t, f in found] == [
        ("the first half of 2017", "2017-01-01", "2017-06-30", False),
        ("May and June", "2017-05-01", "2017-06-30", True),
    ]


def test_month_without_year_takes_the_year_of_a_following_date_in_its_sentence(
    nlp: Language,
) -> None:
    text = (
        "During the biennium 2016-2017, work went on. "
        "Brazil joined in February and Cuba in June 2017."
    )
    found = dates(nlp, text)
    february = [f for t, f in found if t == "February"]
    assert len(february) == 1
    assert (february[0]["start_date"], february[0]["end_date"]) == ("2017-02-01", "2017-02-28")
    assert february[0]["inferred_year"] is True
    assert february[0]["precision"] == "month"


def test_day_without_year_takes_the_only_year_of_the_paragraph(nlp: Language) -> None:
    found = dates(nlp, "The course took place from 3 to 7 October. It was the first since 2015.")
    assert [(t, f["start_date"], f["end_date"], f["inferred_year"]) for t, f in found] == [
        ("from 3 to 7 October", "2015-10-03", "2015-10-07", True),
        ("2015", "2015-01-01", "2015-12-31", False),
    ]


def test_month_without_any_year_in_the_paragraph_is_left_out(nlp: Language) -> None:
    assert dates(nlp, "In May, the Office met the authorities.") == []


@pytest.mark.parametrize(
    "text",
    [
        "see E/CN.7/2019/CRP.4 and V.17-05251 (E)",
        "a total of 2,017 officials",
        "seized 2000 tons of cocaine",
        "31 February 2017",
        "30 February to 31 February 2017",
        "the 2019-2017 plan",
        "under Law No. 1999 of the Republic",
        "see paragraph 2015-2016 of the report",
        "May the Office proceed.",
        "99999999999999999999 and 2017999",
        "",
    ],
)
def test_not_dates_and_impossible_dates(nlp: Language, text: str) -> None:
    assert dates(nlp, text) == []


def test_lowercase_may_is_the_verb_not_the_month(nlp: Language) -> None:
    _, fields = only(nlp, "States may 2017 reports")
    assert (fields["start_date"], fields["precision"]) == ("2017-01-01", "year")


def test_span_text_is_exactly_the_entity(nlp: Language) -> None:
    text = "In February 2017, UNODC provided kits during the first half of 2017."
    doc = nlp(text)
    for span in spans_with_label(doc, "DATE"):
        assert text[span.start_char : span.end_char] == span.text
        assert span.text == span.text.strip()


def test_same_input_same_output() -> None:
    text = "In May and June, after the first half of 2017 and the biennium 2016-2017, in 2016."
    assert find_dates(text) == find_dates(text)


def test_resolution_symbols_are_not_dates(nlp: Language) -> None:
    found = dates(nlp, "Council resolution 2019/23, paragraph 14, on 2 April 2019.")
    assert [(t, f["start_date"]) for t, f in found] == [("2 April 2019", "2019-04-02")]


def test_month_list_with_commas(nlp: Language) -> None:
    found = dates(nlp, "In January, February and March 2020, three operations took place.")
    assert [(t, f["start_date"], f["end_date"], f["inferred_year"]) for t, f in found] == [
        ("January", "2020-01-01", "2020-01-31", True),
        ("February and March 2020", "2020-02-01", "2020-03-31", False),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The workshops were held on 12 and 19 March 2019, respectively.",
            [("12", "2019-03-12", "2019-03-12"), ("19 March 2019", "2019-03-19", "2019-03-19")],
        ),
        (
            "The courses in Lima and Quito took place on 12 and 13 March 2019, respectively.",
            [("12", "2019-03-12", "2019-03-12"), ("13 March 2019", "2019-03-13", "2019-03-13")],
        ),
        (
            "Brazil and Peru acceded in May and June 2017, respectively.",
            [("May", "2017-05-01", "2017-05-31"), ("June 2017", "2017-06-01", "2017-06-30")],
        ),
        (
            "They were signed on 3 May and 4 June 2018, respectively.",
            [("3 May", "2018-05-03", "2018-05-03"), ("4 June 2018", "2018-06-04", "2018-06-04")],
        ),
        (
            "The two operations were conducted, respectively, in March and April 2019.",
            [("March", "2019-03-01", "2019-03-31"), ("April 2019", "2019-04-01", "2019-04-30")],
        ),
        (
            "Seizures were reported in 2018 and 2019, respectively.",
            [("2018", "2018-01-01", "2018-12-31"), ("2019", "2019-01-01", "2019-12-31")],
        ),
    ],
)
def test_dates_distributed_by_respectively_are_separate(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = dates(nlp, text)
    assert [(t, f["start_date"], f["end_date"]) for t, f in found] == expected


def test_coordinated_days_that_do_not_touch_are_two_dates(nlp: Language) -> None:
    found = dates(nlp, "Training sessions were held on 12 and 19 March 2019 in Lima.")
    assert [(t, f["start_date"], f["precision"]) for t, f in found] == [
        ("12", "2019-03-12", "day"),
        ("19 March 2019", "2019-03-19", "day"),
    ]
    found = dates(nlp, "It met in May and July 2017.")
    assert [(t, f["start_date"], f["end_date"]) for t, f in found] == [
        ("May", "2017-05-01", "2017-05-31"),
        ("July 2017", "2017-07-01", "2017-07-31"),
    ]


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        ("The meeting was held on 12 and 13 March 2019.", "12 and 13 March 2019", "03-12", "03-13"),
        ("It met in May and June 2019 in Vienna.", "May and June 2019", "05-01", "06-30"),
        ("It met between 12 and 19 March 2019, respectively.", None, "03-12", "03-19"),
        ("held between 12 and 19 March 2019 in Lima", None, "03-12", "03-19"),
        ("held from 12 to 19 March 2019, respectively", None, "03-12", "03-19"),
        ("held 12-19 March 2019, respectively", "12-19 March 2019", "03-12", "03-19"),
        (
            "On 12 and 13 March 2019, 20 and 30 officers were trained in Lima and Quito, "
            "respectively.",
            "12 and 13 March 2019",
            "03-12",
            "03-13",
        ),
    ],
)
def test_periods_stay_one_date(
    nlp: Language, text: str, span: str | None, start: str, end: str
) -> None:
    found_text, fields = only(nlp, text)
    if span is not None:
        assert found_text == span
    assert (fields["start_date"], fields["end_date"]) == (f"2019-{start}", f"2019-{end}")
    assert fields["precision"] == "range"


@pytest.mark.parametrize(
    ("text", "span", "start", "end"),
    [
        (
            "Seizures rose between 2021 and the first quarter of 2022, when",
            "between 2021 and the first quarter of 2022",
            "2021-01-01",
            "2022-03-31",
        ),
        (
            "The project ran from June 2017 to the end of 2018.",
            "from June 2017 to the end of 2018",
            "2017-06-01",
            "2018-12-31",
        ),
        (
            "data collected between March 2018 and the end of 2019 show",
            "between March 2018 and the end of 2019",
            "2018-03-01",
            "2019-12-31",
        ),
        (
            "from the second half of 2017 until the first quarter of 2018",
            "from the second half of 2017 until the first quarter of 2018",
            "2017-07-01",
            "2018-03-31",
        ),
        (
            "It was in force from 1 July 2016 up to 2019.",
            "from 1 July 2016 up to 2019",
            "2016-07-01",
            "2019-12-31",
        ),
    ],
)
def test_period_between_dates_read_apart_is_one_date(
    nlp: Language, text: str, span: str, start: str, end: str
) -> None:
    found_text, fields = only(nlp, text)
    assert found_text == span
    assert (fields["start_date"], fields["end_date"]) == (start, end)
    assert fields["precision"] == "range"
    assert fields["source"] == "rule:dates:joined"


@pytest.mark.parametrize(
    "text",
    [
        "between 2018 and the 2019 World Drug Report",  # the second year is in a name
        "from 2019 to the end of 2018",  # a period cannot run backwards
        "in 2017 and the first quarter of 2018",  # no opener: two dates
        "from June 2017, and the end of 2018",  # no connector of a period
    ],
)
def test_dates_read_apart_without_a_period_frame_stay_apart(nlp: Language, text: str) -> None:
    assert len(dates(nlp, text)) == 2


def test_a_dash_glued_to_a_month_before_a_day_is_a_range(nlp: Language) -> None:
    found_text, fields = only(nlp, "It met in Port of Spain, 28 September-2 October 2015, and")
    assert found_text == "28 September-2 October 2015"
    assert (fields["start_date"], fields["end_date"]) == ("2015-09-28", "2015-10-02")
    assert dates(nlp, "during the September-December period") == []
