"""Dates, round 8: "overnight" is the night before the sentence's day (or after it, in a future
clause); "within 48 hours" and a deadline given ("gave them 48 hours to leave") run from the
sentence's day; "on the eve of <date>" is the day before that date; a possessive date ("Sunday's
vote") dates its noun, not the verbs around it; and the act nouns that keep a date to
themselves are many more than before.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

import pytest

THURSDAY = date(2026, 11, 19)


def found(parse, text: str, published: date = THURSDAY) -> dict[str, tuple[str, str, str]]:
    doc = parse(text, published=published)
    return {m.text: (m.date.start.isoformat(), m.date.end.isoformat(), m.date.rule) for m in doc._.tacitus_dates}


def event_dates(code, text: str) -> dict[str, tuple[str, str]]:
    art = code(text, published=THURSDAY)
    return {e.trigger: (e.date.kind, e.date.start.isoformat()) for e in art.events}


# --- overnight ------------------------------------------------------------------------------


def test_overnight_is_the_night_before_publication(parse):
    got = found(parse, "Drones struck a fuel depot on the coast overnight.")
    assert got["overnight"][:2] == ("2026-11-18", "2026-11-19")


def test_overnight_counts_from_the_day_the_sentence_names(parse):
    got = found(parse, "Gunmen crossed the river overnight, the army said on Tuesday.")
    assert got["overnight"][:2] == ("2026-11-16", "2026-11-17")


def test_overnight_into_a_weekday_ends_on_that_day(parse):
    got = found(parse, "Rockets hit the port overnight into Monday.")
    assert got["overnight into Monday"][:2] == ("2026-11-15", "2026-11-16")


def test_overnight_in_a_future_clause_is_the_night_after(parse):
    got = found(parse, "The convoy will cross the border overnight.")
    assert got["overnight"][:2] == ("2026-11-19", "2026-11-20")


def test_overnight_dates_the_act(code):
    assert event_dates(code, "Rebels attacked an army post overnight.")["attacked"] == ("relative", "2026-11-18")


@pytest.mark.parametrize("text", [
    "The mood in the capital changed almost overnight.",
    "Lasting peace will not come overnight.",
    "The governor imposed an overnight curfew on the city.",
])
def test_overnight_that_means_suddenly_or_nightly_is_no_date(parse, text):
    assert "overnight" not in found(parse, text)


# --- within, and deadlines given ------------------------------------------------------------


def test_within_hours_is_a_deadline_from_publication(parse):
    start, end, rule = found(parse, "Mediators expect a new round of talks within 48 hours.")["within 48 hours"]
    assert (start, end) == ("2026-11-19", "2026-11-21") and rule.endswith("within:48-hours-from-anchor")


def test_within_counts_from_the_day_the_sentence_names(parse):
    got = found(parse, "The court ordered the ministry to reply within ten days, lawyers said on Monday.")
    assert got["within ten days"][:2] == ("2026-11-16", "2026-11-26")


def test_a_deadline_given_counts_like_within_but_does_not_date_the_giving(parse, code):
    text = "The governor gave the strikers 48 hours to return to work."
    assert found(parse, text)["48 hours"][:2] == ("2026-11-19", "2026-11-21")
    assert event_dates(code, text)["gave"][0] == "publication"  # the ultimatum was given, not its window


@pytest.mark.parametrize("text, absent", [
    ("Police caught the two suspects within 48 hours.", "within 48 hours"),  # after an act it does not name
    ("Both sides must pull back within 48 hours of the ruling.", "within 48 hours"),  # counted from the ruling
    ("The reporter spent 48 hours in a cell.", "48 hours"),  # a length of time, no deadline
])
def test_within_that_counts_from_an_unnamed_act_is_no_date(parse, text, absent):
    assert absent not in found(parse, text)


# --- on the eve of --------------------------------------------------------------------------


def test_eve_of_a_weekday_is_the_day_before_it(parse):
    got = found(parse, "Troops massed at the border on the eve of Sunday's referendum.")
    assert got["the eve of Sunday"][:2] == ("2026-11-21", "2026-11-21")


def test_eve_of_a_date_is_the_day_before_it(parse):
    got = found(parse, "The minister resigned on the eve of March 8.")
    assert got["the eve of March 8"][:2] == ("2026-03-07", "2026-03-07")


def test_eve_of_an_undated_act_is_no_date(parse):
    assert found(parse, "Jordan sent a convoy of trucks on the eve of the summit.") == {}


# --- a possessive date dates its noun -------------------------------------------------------


@pytest.mark.parametrize("text, trigger", [
    ("The European Union condemned Sunday's vote in Belarus.", "condemned"),
    ("The opposition rejected last week's election results.", "rejected"),
])
def test_a_possessive_date_does_not_date_the_verb(code, text, trigger):
    assert event_dates(code, text)[trigger][0] == "publication"


def test_a_possessive_date_on_the_subject_act_dates_the_verb(code):
    assert event_dates(code, "Sunday's attack killed five soldiers.")["killed"] == ("relative", "2026-11-15")


# --- act nouns keep their dates -------------------------------------------------------------


@pytest.mark.parametrize("text, trigger", [
    ("Students have protested every week since the referendum in March.", "protested"),
    ("The rebels attacked the garrison after the funeral of their commander in June.", "attacked"),
    ("Rebels attacked the town after the earthquake of 2023.", "attacked"),
])
def test_a_date_of_an_act_noun_does_not_date_the_verb(code, text, trigger):
    assert event_dates(code, text)[trigger][0] == "publication"


def test_a_date_after_a_plain_noun_still_dates_the_verb(code):
    # "the home of his brother" is a place, not an act: the arrest keeps March
    got = event_dates(code, "Police arrested the mayor at the house of his brother in March.")
    assert got["arrested"][1] == "2026-03-01"
