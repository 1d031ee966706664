"""Places, round 18: a name before "island" read as a far-away small town gives no place; a
bare "the town/city/capital" takes the one town named just before; a light verb's "rounds of
talks in Ankara" is where the hosting happened.

Every sentence here is the project's own. No coordinates are curated this round (Kamaran Island
is an earlier curated entry: scripts/build_gazetteer.py).
"""

from __future__ import annotations


def _places(art):
    return {m.text: m.place.country for m in art.mentions if m.place is not None}


def _locations(art):
    return {e.trigger: (e.location.name if e.location else None) for e in art.events}


def test_island_is_not_a_far_town(code):
    art = code("Venezuelan troops landed on Patos island near the maritime border with Guyana, "
               "Guyanese officials said on Monday. Guyana protested to Caracas.")
    assert "Patos" not in _places(art)  # not Patos, Brazil


def test_island_of_the_articles_country_stays(code):
    art = code("Kenyan police raided a hotel on Lamu island on Monday, officials in Kenya said.")
    assert _places(art).get("Lamu") == "KEN"


def test_curated_island_joins_its_noun(code):
    art = code("Houthi fighters fired at a ship near Kamaran island, Yemeni officials said.")
    assert _places(art).get("Kamaran island") == "YEM"


def test_the_town_refers_back(code):
    art = code("Rebels captured the town of Myawaddy in April. The army bombed the town on Sunday, residents said.")
    assert _locations(art).get("bombed") == "Myawaddy"


def test_the_capital_must_be_a_capital(code):
    art = code("President Ruto flew to Nairobi on Monday. Protesters marched in the capital on Tuesday.")
    assert _locations(art).get("marched") == "Nairobi"
    art = code("Police arrested two men in Mombasa on Monday. Protesters marched in the capital on Tuesday.")
    assert _locations(art).get("marched") != "Mombasa"


def test_two_towns_leave_the_city_open(code):
    art = code("The army shelled Kharkiv and Izium on Monday. Troops later bombed the city.")
    assert _locations(art).get("bombed") is None


def test_the_city_without_a_town_before(code):
    art = code("Russia and Ukraine traded accusations on Monday. Drones struck the city overnight.")
    assert _locations(art).get("struck") is None


def test_hosted_rounds_of_talks_in_a_city(code):
    art = code("Turkey hosted two rounds of talks between Russia and Ukraine in Ankara in March.")
    assert _locations(art).get("hosted") == "Ankara"


def test_a_verbal_act_on_talks_elsewhere_is_not_there(code):
    art = code("Egypt criticised the outcome of talks between Israel and Hamas in Doha.")
    assert _locations(art).get("criticised") is None
