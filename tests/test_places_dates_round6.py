"""Places and dates, round 6: an event's location prefers a named place in its clause over a
national adjective and never takes a direction ("toward Taiwan"); a weekday reported in a
clause whose reporting verb is dated counts from that day; major rivers and lakes are in the
gazetteer as such.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.gazetteer import load_gazetteer
from tacitus.pipeline.places import event_location

FRIDAY = date(2024, 10, 18)


def locate(doc, word: str, code: str):
    tok = next(t for t in doc if t.text == word)
    return event_location(doc, tok.sent, tok, code=code)


def dates(doc) -> dict[str, str | None]:
    return {m.text: m.date.value for m in doc._.tacitus_dates}


# --- event locations ------------------------------------------------------------------------


def test_named_place_beats_a_national_adjective_before_it(parse):
    doc = parse("A Chinese frigate fired a water cannon at a Philippine fishing boat off Vietnam on Monday.")
    place = locate(doc, "fired", "175")
    assert place is not None and place.country == "VNM" and "off" in place.rule


def test_shoal_after_a_demonym_is_the_location(parse):
    doc = parse("The Manila government said a Chinese ship had rammed a Philippine supply boat near "
                "Second Thomas Shoal on Monday.")
    place = locate(doc, "rammed", "190")
    assert place is not None and place.name == "Second Thomas Shoal"


def test_name_after_a_capitalised_ordinal_is_found(parse):
    # the small model tags "Second" as an ORDINAL: the name is found all the same
    doc = parse("A Chinese ship blocked a Philippine supply boat near the Second Thomas Shoal on Monday, Manila said.")
    place = locate(doc, "blocked", "191")
    assert place is not None and place.name == "Second Thomas Shoal"


def test_demonym_stays_when_it_is_the_only_place(parse):
    doc = parse("Gunmen opened fire at a Nigerian police checkpoint on Sunday.")
    place = locate(doc, "opened", "190")
    assert place is not None and place.country == "NGA" and place.precision == "country"


def test_named_country_stays_when_it_is_the_only_place(parse):
    doc = parse("Riot police detained opposition protesters in Georgia on Saturday.")
    place = locate(doc, "detained", "173")
    assert place is not None and place.country == "GEO"


def test_direction_is_not_the_location(parse):
    for text, word in (("Beijing sent 25 fighter jets toward Taiwan on Wednesday.", "sent"),
                       ("Pyongyang launched two missiles towards the Sea of Japan.", "launched"),
                       ("The army flew drones into the direction of Kharkiv overnight.", "flew")):
        assert locate(parse(text), word, "150") is None, text


def test_place_beside_a_direction_still_counts(parse):
    # the city the shells were fired toward would win on precision if it counted
    doc = parse("Russian troops fired artillery toward Kharkiv from inside the Belgorod region.")
    place = locate(doc, "fired", "195")
    assert place is not None and place.country == "RUS" and place.admin_level == "admin1"


# --- reported dates -------------------------------------------------------------------------


def test_reported_weekday_counts_from_the_dated_report(parse):
    doc = parse("The foreign minister said on Tuesday that the envoys would arrive on Wednesday.", published=FRIDAY)
    assert dates(doc) == {"Tuesday": "2024-10-15", "Wednesday": "2024-10-16"}


def test_reported_weekday_after_the_reporting_clause(parse):
    doc = parse("The envoys would land on Wednesday, the foreign minister said on Tuesday.", published=FRIDAY)
    assert dates(doc)["Wednesday"] == "2024-10-16"


def test_reported_tomorrow_counts_from_the_dated_report(parse):
    doc = parse("A spokeswoman told reporters on Monday that the talks would resume tomorrow.", published=FRIDAY)
    assert dates(doc)["tomorrow"] == "2024-10-15"


def test_undated_report_keeps_the_publication_day(parse):
    doc = parse("The foreign minister said that the envoys would arrive on Wednesday.", published=FRIDAY)
    assert dates(doc)["Wednesday"] == "2024-10-23"


# --- rivers and lakes -----------------------------------------------------------------------


def test_major_rivers_and_lakes_are_known():
    gaz = load_gazetteer()
    for name in ("Danube", "Dnieper", "Dnipro River", "Euphrates", "Tigris", "Nile", "Mekong", "Jordan River",
                 "Lake Chad", "Congo River", "Niger River"):
        top = gaz.lookup(name, limit=1)
        assert top and top[0].feature.level == "region", name


def test_bare_country_and_city_names_stay_themselves():
    gaz = load_gazetteer()
    assert gaz.lookup("Jordan", limit=1)[0].feature.level == "country"
    assert gaz.lookup("Niger", limit=1)[0].feature.level == "country"
    assert gaz.lookup("Dnipro", limit=1)[0].feature.level == "city"


def test_congo_river_is_the_river_not_the_country(parse):
    doc = parse("Rebels seized a ferry on the Congo River on Sunday.")
    found = [m.place for m in doc._.tacitus_places]
    assert [p.name for p in found] == ["Congo River"] and found[0].admin_level == "region"


def test_river_is_the_event_location(parse):
    doc = parse("Ukrainian marines crossed the Dnieper near Krynky on Sunday.")
    names = [m.place.name for m in doc._.tacitus_places]
    assert "Dnipro River" in names


def test_place_name_of_a_disease_is_not_a_place(parse):
    doc = parse("Health officials confirmed two new cases of West Nile virus in Ohio on Monday.")
    assert [m.place.country for m in doc._.tacitus_places] == ["USA"]


# ------------------------------------------------------------- a month of a relative year

@pytest.mark.parametrize("text, start, end", [
    ("The rebels have fought the army since April last year.", "2025-04-01", "2025-04-30"),
    ("The pact was signed in May of last year.", "2025-05-01", "2025-05-31"),
    ("Elections are due in June next year.", "2027-06-01", "2027-06-30"),
    ("Prices rose sharply last year.", "2025-01-01", "2025-12-31"),
])
def test_a_month_before_a_relative_year_is_that_month(code, text, start, end):
    coded = code(text, published=date(2026, 11, 20))
    dates = [(m.date.start.isoformat(), m.date.end.isoformat()) for m in coded.mentions if m.date is not None]
    assert dates == [(start, end)], dates
