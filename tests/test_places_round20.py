"""Places, round 20: seats of government ("at the White House", "at the Kremlin") are places in
their capitals only where the text puts something there, and a facility's name is no town's
translated alternate (GeoNames lists "White House" for Casablanca); named landforms (the Cape of
Good Hope, the Ruzizi plain, the Swat Valley) are curated and found behind a model's PERSON
label; "the village of Kfar Kela" is Kfar Kila (Levantine e/i, Arabic-named countries only); a
river of several countries takes the dateline's country only when the article places nothing
in another of them; Kamanyola curated (GeoNames' cities500 and cities1000 lack it).

Every sentence here is the project's own.
"""

from __future__ import annotations

import pytest

from tacitus.gazetteer import Candidate, load_gazetteer


def _places(art):
    return {m.text: m.place for m in art.mentions if m.place is not None}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The two leaders will sign the accord at the White House next week, aides said.", "the White House", "USA"),
    ("Putin received the envoy at the Kremlin on Tuesday, his spokesman said.", "Kremlin", "RUS"),
    ("The prime minister hosted the union leaders in Downing Street on Friday.", "Downing Street", "GBR"),
])
def test_seat_of_government_after_a_locative_is_in_its_capital(code, text, name, country):
    place = _places(code(text)).get(name)
    assert place is not None and place.country == country
    capital = load_gazetteer().lookup({"USA": "Washington", "RUS": "Moscow", "GBR": "London"}[country],
                                      context={country: 1.0})[0].feature
    assert abs(place.lat - capital.lat) < 0.2 and abs(place.lon - capital.lon) < 0.2


def test_seat_of_government_acting_is_no_place(code):
    art = code("The Kremlin said on Monday that the talks in Riyadh had been useful.")
    assert "Kremlin" not in _places(art)
    assert _places(art)["Riyadh"].country == "SAU"


def test_the_white_house_is_not_casablanca_in_a_story_about_morocco(code):
    art = code("Moroccan ministers flew home to Rabat after talks at the White House ended without a deal.")
    place = _places(art).get("the White House")
    assert place is not None and place.country == "USA"


def test_a_facility_is_no_towns_translated_alternate():
    from tacitus.pipeline import load_pipeline
    from tacitus.pipeline.places import _translated_alternate

    gaz = load_gazetteer()
    casablanca = next(c for c in gaz.lookup("Casablanca") if c.feature.country == "MAR").feature
    doc = load_pipeline().make_doc("They met at White House and then at Kasablanka.")
    assert _translated_alternate(doc[3:5], Candidate(casablanca, 5.0, "alternate"))
    assert not _translated_alternate(doc[8:9], Candidate(casablanca, 5.0, "alternate"))  # a spelling of the name


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Container ships sailed around the Cape of Good Hope to avoid the attacks, insurers said.",
     "the Cape of Good Hope", "ZAF"),
    ("Floods cut the roads through the Swat Valley on Sunday, Pakistani officials said.", "the Swat Valley", "PAK"),
])
def test_curated_landforms(code, text, name, country):
    place = _places(code(text)).get(name)
    assert place is not None and place.country == country and place.admin_level == "region"


def test_plain_named_behind_a_person_label(code):
    art = code("The rebels said they had pushed the army back towards the Ruzizi plain on Sunday.")
    place = _places(art).get("Ruzizi plain")
    assert place is not None and place.name == "Ruzizi Plain"
    assert place.country is None  # astride the Congo-Burundi border: no one country


def test_curated_small_town(code):
    art = code("Heavy fighting broke out near Kamanyola on Saturday, Congolese residents said.")
    assert _places(art)["Kamanyola"].country == "COD"


@pytest.mark.parametrize("text", [
    "Growers in Pakistan's Punjab province fear the canals will run dry this summer.",
    "Growers in Pakistan's Punjab fear the canals will run dry this summer.",
])
def test_punjab_after_a_country_possessive_is_the_province(code, text):
    places = [m.place for m in code(text).mentions if m.place is not None and m.text.startswith("Punjab")]
    assert places and all(p.country == "PAK" and p.admin_level == "admin1" for p in places)


def test_village_of_a_levantine_spelling(code):
    art = code("A drone hit a house in the village of Kfar Kela in southern Lebanon on Monday, the army said.")
    place = _places(art).get("Kfar Kela")
    assert place is not None and place.country == "LBN" and place.name == "Kfar Kila"


def test_vowel_fold_is_kept_to_arabic_named_countries():
    gaz = load_gazetteer()
    assert gaz.lookup("Kfar Kela", context={"LBN": 1.0})[0].feature.name == "Kfar Kila"
    assert gaz.lookup("Kfar Kela") == []  # a small town's other spelling needs the article's country
    assert not any(c.feature.name == "Berlin" for c in gaz.lookup("Berlen", context={"DEU": 1.0}))


def test_shared_river_takes_no_country_from_the_dateline_when_the_story_names_another(code):
    art = code("NEW DELHI, Oct 16 (Reuters) - India suspended the water treaty with Pakistan on Monday.\n\n"
               "Officials said the flow of the Indus would be reviewed over the coming months.")
    place = _places(art).get("Indus")
    assert place is not None and place.country is None


def test_shared_river_takes_the_sentences_country(code):
    art = code("Pakistan warned that any attempt to divert the Indus would be an act of war.")
    assert _places(art)["Indus"].country == "PAK"
