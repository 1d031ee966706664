"""Event dates, round 14: a year on the event noun a past relative clause acts on dates that
background act ("which brokered the truce that ended the 2021 war"); an act "within hours" of
the act told just before takes its day; a side's forces named again ("Azerbaijani units") and
an act told in a reported clause carry the lead's date; joined months ("in June and July",
"in March and April 2024") are one interval.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

WEDNESDAY = date(2025, 9, 17)


def dated(code, text: str) -> dict[str, tuple[str, str, str]]:
    art = code(text, published=WEDNESDAY)
    return {e.trigger: (e.date.start.isoformat(), e.date.end.isoformat(), e.date_rule) for e in art.events}


def test_background_relative_clause_takes_the_year(code):
    got = dated(code, "Oman, which mediated the truce that ended the 2019 conflict, urged both sides to show restraint.")
    assert got["mediated"][:2] == ("2019-01-01", "2019-12-31") and got["mediated"][2].startswith("date:background-year")
    assert got["urged"][0] == "2025-09-17"


def test_present_relative_clause_keeps_no_year(code):
    got = dated(code, "Oman, which hosts talks on the 2019 conflict, urged restraint.")
    assert got["hosts"][0] == "2025-09-17"


def test_main_clause_year_noun_dates_nothing(code):
    assert dated(code, "Officials discussed the 2019 conflict at length.")["discussed"][0] == "2025-09-17"


def test_within_hours_takes_the_previous_day(code):
    got = dated(code, "A judge ordered the seizure of the cargo last Friday. The ministry rejected the order within hours.")
    assert got["rejected"][0] == "2025-09-12" and got["rejected"][2].startswith("hours-after-previous")


def test_no_cue_no_previous_day(code):
    got = dated(code, "A judge ordered the seizure of the cargo last Friday. The ministry has rejected such orders for years.")
    assert got["rejected"][0] != "2025-09-12"


def test_same_side_forces_carry_the_lead_date(code):
    text = ("Indian and Pakistani forces exchanged fire along the frontier on Tuesday.\n\n"
            "The Indian army said Pakistani troops opened fire on posts near the frontier before dawn.")
    got = dated(code, text)
    assert got["opened"][0] == "2025-09-16" and "same-party" in got["opened"][2]


def test_another_side_carries_nothing(code):
    text = ("Indian and Pakistani forces exchanged fire along the frontier on Tuesday.\n\n"
            "Chinese troops opened fire on a patrol in the mountains.")
    assert dated(code, text)["opened"][0] == "2025-09-17"


def test_joined_months_are_one_interval(code):
    assert dated(code, "Negotiators met in Muscat in June and July.")["met"][:2] == ("2025-06-01", "2025-07-31")
    assert dated(code, "Negotiators met in Muscat in March and April 2024.")["met"][:2] == ("2024-03-01", "2024-04-30")


def test_months_apart_stay_apart(code):
    assert dated(code, "Negotiators met in Muscat in March and again in June.")["met"][:2] == ("2025-03-01", "2025-03-31")
