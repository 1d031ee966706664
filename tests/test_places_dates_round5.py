"""Places and dates, round 5: towns news spells another way than GeoNames' first spellings, the
bare name of a town GeoNames writes with the Arabic article, a town named before "crossing",
a politician's surname that is also a town, disputed reefs; and relative dates.

Every sentence here is the project's own.
"""

from __future__ import annotations

from tacitus.gazetteer import index_lines, load_gazetteer


def found(doc) -> dict[str, tuple[str | None, str]]:
    """Mention text -> (country, admin level) of the last mention with that text."""
    return {m.text: (m.place.country, m.place.admin_level) for m in doc._.tacitus_places}


# --- gazetteer ------------------------------------------------------------------------------


def test_transliterated_alternate_kept_over_old_names():
    # GeoNames lists Izmayil's old and foreign names first; the kept alternates are the spellings
    # nearest its name
    top = load_gazetteer().lookup("Izmail", limit=1)
    assert top and top[0].feature.country == "UKR"


def test_bare_name_of_an_arabic_article_name_is_a_primary_name():
    row = "x:1\tEn Nouba\tAn Nouba|Nubba\t33.0\t35.0\tLBN\tcity\t20000\t"
    keys = dict(line.split("\t")[0::2] for line in index_lines(0, row))
    assert keys["nouba"] == "P"  # the bare name of the name itself
    assert keys["an nouba"] == "A"


def test_article_not_stripped_outside_arabic_speaking_countries():
    row = "x:2\tEl Nouba\t\t40.0\t-3.0\tESP\tcity\t20000\t"
    assert [line.split("\t")[0] for line in index_lines(0, row)] == ["el nouba"]


def test_short_bare_name_not_indexed():
    row = "x:3\tAl Ain\t\t24.2\t55.7\tARE\tcity\t20000\t"
    assert "ain" not in [line.split("\t")[0] for line in index_lines(0, row)]


def test_disputed_shoal_is_a_region_of_no_country():
    top = load_gazetteer().lookup("Second Thomas Shoal", limit=1)
    assert top and top[0].feature.level == "region" and top[0].feature.country is None


# --- places ---------------------------------------------------------------------------------


def test_town_in_a_longer_arabic_name_found_bare(parse):
    doc = parse("BEIRUT, Lebanon - A peacekeeping spokesman in Naqoura said patrols saw drones overnight.")
    assert found(doc).get("Naqoura") == ("LBN", "city")


def test_town_before_crossing_is_placed_though_read_as_a_person(parse):
    doc = parse("Aid trucks were held at the Adre crossing on the border with Chad for three days.")
    assert found(doc).get("Adre") == ("TCD", "city")


def test_the_baltic_still_a_sea(parse):
    doc = parse("Warships patrolled the Baltic on Monday, officials in Stockholm said.")
    assert found(doc).get("Baltic", ("", ""))[1] == "region"


def test_surname_of_a_named_person_is_not_a_town(parse):
    text = ("ATLANTA (Reuters) - State Senator Dana Moore said the count was wrong. "
            "Election officials called Moore's figure flatly wrong.")
    assert "Moore" not in found(parse(text))


def test_organisation_named_as_a_large_town_still_placed(parse):
    # the surname guard needs a person: a town the model tags as an organisation stays a place
    doc = parse("ATLANTA (Reuters) - Savannah police said two men were arrested. Officials in Atlanta agreed.")
    assert found(doc).get("Atlanta") == ("USA", "city")


# --- dates ----------------------------------------------------------------------------------


def dates_of(parse, text: str) -> dict[str, str]:
    from datetime import date
    doc = parse(text, published=date(2026, 11, 20))  # a Friday
    return {m.text: m.date.value for m in doc._.tacitus_dates}


def test_part_of_a_weekday_is_that_day(parse):
    found = dates_of(parse, "A storm hit the coast late Monday, and roads reopened early on Wednesday.")
    assert found.get("late Monday") == "2026-11-16"
    assert "2026-11-18" in found.values()


def test_weekday_with_its_part_of_day_unchanged(parse):
    found = dates_of(parse, "The convoy left on Tuesday morning.")
    assert "2026-11-17" in found.values()


def test_word_the_model_took_into_a_date_is_left_out(parse):
    found = dates_of(parse, "He said the audit would be published in full later this month.")
    assert found.get("later this month") == "2026-11"


def test_unresolvable_phrase_stays_out(parse):
    found = dates_of(parse, "The talks lasted several days.")
    assert "days" not in found


def test_other_spelling_of_a_town_after_a_preposition(parse):
    doc = parse("ADDIS ABABA, Ethiopia - Sudan said refugees had crossed at Metema in recent days.")
    assert found(doc).get("Metema") == ("ETH", "city")
