"""Places, round 19: a division spelt otherwise than its namesake town ("Taiz province" for the
governorate GeoNames spells "Ta'izz") is the division; "the port of X" / "the city of X" before a
country's name is the namesake town ("the port of Djibouti"), "the village of X" a town, not a
district of the name; "land crossing" is a crossing's tail. Curated this round: Balakot and the
Attari crossing (points from their Wikipedia articles, scripts/build_gazetteer.py).

Every sentence here is the project's own.
"""

from __future__ import annotations

import pytest

from tacitus.gazetteer import load_gazetteer


def _levels(art):
    return {m.text: m.place.admin_level for m in art.mentions if m.place is not None}


def test_division_under_another_spelling(code):
    art = code("Shelling killed four civilians in Taiz province on Monday, Yemeni medics said.")
    assert _levels(art).get("Taiz province") == "admin1"


def test_the_town_alone_stays_the_town(code):
    art = code("Shelling killed four civilians in Taiz on Monday, Yemeni medics said.")
    assert _levels(art).get("Taiz") == "city"


def test_short_division_skeleton_needs_the_level_word():
    gaz = load_gazetteer()
    assert gaz.lookup("Taiz", level="province")[0].feature.level == "admin1"
    assert gaz.lookup("Taiz")[0].feature.level == "city"


@pytest.mark.parametrize("noun", ["port", "city"])
def test_port_of_a_country_is_its_town(code, noun):
    art = code(f"A grain ship docked at the {noun} of Djibouti on Tuesday, shipping agents said.")
    assert _levels(art).get("Djibouti") == "city"


def test_a_country_after_in_stays_the_country(code):
    art = code("A grain ship docked in Djibouti on Tuesday after a week at sea, shipping agents said.")
    assert _levels(art).get("Djibouti") == "country"


def test_village_of_is_the_town_not_the_district(code):
    art = code("Gunmen shot two herders near the village of Mawza in Taiz province on Friday, Yemeni officials said.")
    assert _levels(art).get("Mawza") == "city"


def test_curated_border_towns(code):
    art = code("India closed the Attari land crossing on Thursday, days after its jets struck a camp near Balakot.")
    places = {m.text: m.place.country for m in art.mentions if m.place is not None}
    assert places.get("Balakot") == "PAK"
    assert any(t.startswith("Attari") and c == "IND" for t, c in places.items())
