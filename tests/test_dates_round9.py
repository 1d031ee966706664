"""Dates, round 9: a range of two days with their months ("April 21 to May 9", "between
January 5 and January 9") is two dates, as TimeML writes them, and an act the range spans is
dated by its first day; a lone day or a range the pattern does not cover is left as it was.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

from tacitus.pipeline.dates import event_date

PUBLISHED = date(2025, 3, 6)


def dates(parse, text: str) -> list[tuple[str, str]]:
    doc = parse(text, published=PUBLISHED)
    return [(m.text, m.date.value) for m in doc._.tacitus_dates]


def test_a_day_range_is_two_dates(parse):
    found = dates(parse, "The two navies will hold joint drills near Batanes from April 21 to May 9.")
    assert found == [("April 21", "2025-04-21"), ("May 9", "2025-05-09")]


def test_an_act_over_a_range_is_valued_by_its_first_day(parse):
    doc = parse("The two navies will hold joint drills near Batanes from April 21 to May 9.", published=PUBLISHED)
    tok = next(t for t in doc if t.text == "drills")
    span, rule = event_date(doc, tok.sent, tok)
    assert span is not None and span.value == "2025-04-21" and "April 21" in rule
    assert span.end.isoformat() == "2025-05-09"  # (round 17: the act spans the whole range)


def test_a_range_start_takes_the_year_of_its_end(parse):
    found = dates(parse, "Inspectors visited the port from March 3 to April 12, 2024, the agency said.")
    assert found == [("March 3", "2024-03-03"), ("April 12, 2024", "2024-04-12")]


def test_a_range_across_new_year(parse):
    found = dates(parse, "The drills ran from December 28 to January 3, 2024.")
    assert found[0] == ("December 28", "2023-12-28")


def test_two_entities_of_one_range(parse):
    found = dates(parse, "Inspectors visited the port from 3 March until 12 April 2024, the agency said.")
    assert found == [("3 March", "2024-03-03"), ("12 April 2024", "2024-04-12")]


def test_a_later_dated_day_lends_no_year_without_a_range_word(parse):
    found = dates(parse, "Inspectors visited the port on March 3, and on April 12, 2024 they left.")
    assert found[0] == ("March 3", "2025-03-03")


def test_a_lone_day_is_one_date(parse):
    assert dates(parse, "The frigate returned to port on May 9.") == [("May 9", "2024-05-09")]


def test_year_ranges_still_split(parse):
    assert [v for _, v in dates(parse, "He led the mission between 2009 and 2010.")] == ["2009", "2010"]


def test_starting_in_a_month_dates_the_act(parse):
    doc = parse("Minesweepers will patrol the Black Sea starting in July.", published=PUBLISHED)
    tok = next(t for t in doc if t.text == "patrol")
    span, rule = event_date(doc, tok.sent, tok)
    assert span is not None and span.value == "2025-07" and rule == "date:clause:July"


def test_another_participle_lends_the_act_no_date(parse):
    doc = parse("Rebels attacked the base, saying in March that they would return.", published=PUBLISHED)
    tok = next(t for t in doc if t.text == "attacked")
    span, rule = event_date(doc, tok.sent, tok)
    assert rule.startswith("publication")
