"""Dates, round 7: a day of the month written alone ("the 24th") belongs to the publication
month or its neighbour by tense; "the first week of June" is seven days of that month; an
anaphoric day behind a leading word the model took in ("later the same day") counts from the
day the story last named.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.pipeline.dates import normalize

WEDNESDAY = date(2026, 6, 17)


def dates(doc) -> dict[str, str | None]:
    return {m.text: m.date.value for m in doc._.tacitus_dates}


@pytest.mark.parametrize("text, tense, value", [
    ("the 24th", "present", "2026-06-24"),
    ("the 24th", "future", "2026-06-24"),
    ("the 24th", "past", "2026-05-24"),   # said in the past tense, after publication: last month
    ("the 3rd", "future", "2026-07-03"),  # still to come, before publication: next month
    ("the 3rd", "past", "2026-06-03"),
])
def test_day_of_month_alone_is_in_the_publication_month_or_its_neighbour(text, tense, value):
    assert normalize(text, WEDNESDAY, tense).value == value


def test_day_of_month_that_the_month_lacks_is_no_date():
    assert normalize("the 31st", WEDNESDAY, "present") is None  # June has no 31st
    assert normalize("the 45th", WEDNESDAY, "past") is None


@pytest.mark.parametrize("text, start, end, value", [
    ("the first week of June", date(2026, 6, 1), date(2026, 6, 7), "2026-W23"),
    ("the second week of June", date(2026, 6, 8), date(2026, 6, 14), "2026-W24"),
    ("the last week of February 2025", date(2025, 2, 22), date(2025, 2, 28), "2025-W09"),
])
def test_week_of_a_month_is_seven_days_of_it(text, start, end, value):
    ts = normalize(text, WEDNESDAY, "past")
    assert (ts.start, ts.end, ts.value, ts.precision) == (start, end, value, "week")


def test_a_week_that_is_not_of_a_month_is_not_taken_as_one():
    assert normalize("the first week of talks", WEDNESDAY, "past") is None


def test_later_the_same_day_counts_from_the_day_named_before(parse):
    doc = parse("The report was published on Monday and denied later the same day.", published=WEDNESDAY)
    found = {m.text: m.date for m in doc._.tacitus_dates}
    same = next(ts for text, ts in found.items() if "same day" in text)
    assert same.start == date(2026, 6, 15)
    assert same.rule.startswith("ner:anaphoric")


def test_same_day_without_a_day_named_before_stays_unresolved(parse):
    doc = parse("The report was denied later the same day.", published=WEDNESDAY)
    assert not any("same day" in text for text in dates(doc))


def test_set_for_the_24th_in_a_story(parse):
    doc = parse("The drills begin on Monday. Elections are set for the 24th.", published=WEDNESDAY)
    assert dates(doc).get("the 24th") == "2026-06-24"
