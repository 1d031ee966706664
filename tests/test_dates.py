"""Dates stage: normalisation against the publication date, and event dates."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.ingest import article_from_text
from tacitus.pipeline.dates import anaphoric, event_date, find_dates, normalize

PUB = date(2024, 10, 16)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "tense", "start", "end", "value"),
    [
        ("September 2023", "past", "2023-09-01", "2023-09-30", "2023-09"),
        ("16 October", "past", "2024-10-16", "2024-10-16", "2024-10-16"),
        ("Oct. 3", "past", "2024-10-03", "2024-10-03", "2024-10-03"),
        ("March 2", "past", "2024-03-02", "2024-03-02", "2024-03-02"),
        ("December 12", "past", "2023-12-12", "2023-12-12", "2023-12-12"),
        ("2019", "past", "2019-01-01", "2019-12-31", "2019"),
        ("last Tuesday", "past", "2024-10-15", "2024-10-15", "2024-10-15"),
        ("on Monday", "past", "2024-10-14", "2024-10-14", "2024-10-14"),
        ("Friday", "future", "2024-10-18", "2024-10-18", "2024-10-18"),
        ("yesterday", "past", "2024-10-15", "2024-10-15", "2024-10-15"),
        ("next week", "future", "2024-10-21", "2024-10-27", "2024-W43"),
        ("this week", "present", "2024-10-14", "2024-10-20", "2024-W42"),
        ("last year", "past", "2023-01-01", "2023-12-31", "2023"),
        ("earlier this month", "past", "2024-10-01", "2024-10-16", "2024-10"),
        ("by the end of the year", "future", "2024-12-01", "2024-12-31", "2024"),
        ("three years ago", "past", "2021-01-01", "2021-12-31", "2021"),
        ("the 1990s", "past", "1990-01-01", "1999-12-31", "199"),
        ("the second quarter", "past", "2024-04-01", "2024-06-30", "2024-Q2"),
        ("June 5, 2022", "past", "2022-06-05", "2022-06-05", "2022-06-05"),
        ("last night", "past", "2024-10-15", "2024-10-15", "2024-10-15"),
        ("mid-November", "future", "2024-11-11", "2024-11-20", "2024-11"),
        ("over the past three months", "past", "2024-07-16", "2024-10-16", "P3M"),
    ],
)
def test_normalize(text, tense, start, end, value):
    ts = normalize(text, PUB, tense)
    assert ts is not None
    assert (ts.start.isoformat(), ts.end.isoformat(), ts.value) == (start, end, value)
    assert ts.rule


def test_duration_is_ongoing_and_began_at_least_that_long_ago():
    ts = normalize("for more than two years", PUB, "present")
    assert ts.kind == "duration" and ts.value == "P2Y"
    assert ts.start <= date(2022, 10, 16) and ts.end == PUB


def test_vague_past_is_before_publication():
    ts = normalize("recently", PUB, "past")
    assert ts.value == "PAST_REF" and ts.precision == "vague"
    assert ts.end == PUB and ts.start.year == 2024


def test_names_with_weekdays_are_not_dates(parse):
    doc = parse("Shoppers crowded malls on Black Friday, a now-defunct tradition in some towns.")
    values = [m.date.value for m in find_dates(doc)]
    assert "2024-10-11" not in values  # not last Friday
    assert "PRESENT_REF" not in values  # "now-defunct" is not "now"


def test_unanchored_duration_and_nonsense_are_not_dates():
    assert normalize("two hours", PUB) is None
    assert normalize("the day", PUB) is None


@pytest.fixture(scope="module")
def parse(parse):
    """The shared fixture, for articles published on PUB unless the test gives a date."""
    return lambda text, published=PUB: parse(text, published=published)


def test_find_dates_uses_tense_and_publication(parse):
    doc = parse("Rebels seized the airport on Monday and will hold talks next Friday.")
    by_text = {m.text: m.date for m in find_dates(doc)}
    monday = next(v for k, v in by_text.items() if "Monday" in k)
    friday = next(v for k, v in by_text.items() if "Friday" in k)
    assert monday.start == date(2024, 10, 14)
    assert friday.start == date(2024, 10, 18)  # the first Friday after publication
    assert all(m.label == "DATE" for m in find_dates(doc))


def test_missing_publication_date_anchors_on_today_and_says_so(parse):
    doc = parse("The ceasefire collapsed yesterday.", published=None)
    doc._.tacitus_article = article_from_text(doc.text, id="t", published=None)
    ms = find_dates(doc)
    assert ms and "today" in ms[0].date.rule


def trigger(doc, word):
    return next(t for t in doc if t.text == word)


def test_event_date_from_own_clause(parse):
    doc = parse("In March 2022, the two leaders met in Ankara.")
    tok = trigger(doc, "met")
    ts, rule = event_date(doc, tok.sent, tok)
    assert (ts.start, ts.end) == (date(2022, 3, 1), date(2022, 3, 31))
    assert rule.startswith("date:clause")


def test_event_date_falls_back_to_on_or_before_publication(parse):
    doc = parse("The militia shelled the village.")
    tok = trigger(doc, "shelled")
    ts, rule = event_date(doc, tok.sent, tok)
    assert ts.kind == "publication" and ts.precision == "vague"
    assert ts.start == ts.end == PUB
    assert rule.startswith("publication")


def test_event_date_for_ongoing_duration(parse):
    doc = parse("Weapons have been moving across the border for over a year, officials say.")
    tok = trigger(doc, "moving")
    ts, _ = event_date(doc, tok.sent, tok)
    assert ts.start <= date(2023, 10, 16)
    assert ts.end == PUB


def test_event_date_recently_is_this_year_before_publication(parse):
    doc = parse("Engineers recently demolished two bridges near the frontier.")
    tok = trigger(doc, "demolished")
    ts, _ = event_date(doc, tok.sent, tok)
    assert ts.end == PUB and ts.start <= PUB and ts.start.year == 2024


def test_event_date_does_not_take_a_date_from_another_verbs_clause(parse):
    doc = parse("The minister, who visited Paris in 2019, resigned.")
    tok = trigger(doc, "resigned")
    ts, _ = event_date(doc, tok.sent, tok)
    assert ts.kind == "publication"


def test_event_date_since_runs_until_publication(parse):
    doc = parse("Rebels have controlled the port since March 2023.")
    tok = trigger(doc, "controlled")
    ts, _ = event_date(doc, tok.sent, tok)
    assert ts.start == date(2023, 3, 1) and ts.end == PUB and "since" in ts.rule


@pytest.mark.parametrize("text, story, expected", [
    ("two days later", date(2024, 5, 3), "2024-05-05"),
    ("A week earlier", date(2024, 5, 10), "2024-05-03"),
    ("the previous day", date(2024, 5, 10), "2024-05-09"),
    ("the following day", date(2024, 5, 10), "2024-05-11"),
    ("three days earlier", None, "2024-05-06"),  # no day named yet: counted from publication
])
def test_dates_counted_from_the_story(text, story, expected):
    ts = anaphoric(text, story, date(2024, 5, 9))
    assert ts is not None and ts.start <= date.fromisoformat(expected) <= ts.end
    assert ("story" if story else "publication") in ts.rule


def test_later_than_an_undated_event_is_not_resolved():
    assert anaphoric("a day later", None, date(2024, 5, 9)) is None
    assert anaphoric("two days", date(2024, 5, 3), date(2024, 5, 9)) is None


def test_event_dated_from_the_previous_sentence(parse):
    doc = parse("Rebels seized the town on 3 May. Two days later, the army shelled their positions.",
                published=date(2024, 5, 20))
    later = [m for m in doc._.tacitus_dates if m.text.lower().startswith("two days")]
    assert later and later[0].date.start == date(2024, 5, 5)
