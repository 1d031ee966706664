"""Places, round 16: territories whose capital GeoNames spells two ways (Guam, New Caledonia)
are in the gazetteer; curated displacement camps and military bases, "<town> air base" for a
town of that name, and a town before "border crossing" (the town, tail left out); the place an act of withdrawal leaves ("withdrew
from Mali"); the place of a gathering named by the subject ("Talks in Jeddah produced ...").

Every sentence here is the project's own. Curated coordinates: scripts/build_gazetteer.py SITES.
"""

from __future__ import annotations

import math

import pytest

from tacitus.gazetteer import load_gazetteer
from tacitus.pipeline.places import event_location


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl, dp = math.radians(lon2 - lon1), p2 - p1
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def places(result) -> dict[str, tuple[str, float, float]]:
    return {m.text: (m.place.country, m.place.lat, m.place.lon) for m in result.mentions if m.place is not None}


@pytest.mark.parametrize("name, iso3", [("Guam", "GUM"), ("New Caledonia", "NCL"), ("Faroe Islands", "FRO"),
                                         ("Curacao", "CUW"), ("Greenland", "GRL")])
def test_territories_are_countries(name, iso3):
    best = load_gazetteer().lookup(name, limit=1)
    assert best and (best[0].feature.country, best[0].feature.level) == (iso3, "country")


def test_a_territory_in_text(code):
    found = places(code("The envoy flew on to Guam and then to New Caledonia."))
    assert found["Guam"][0] == "GUM" and found["New Caledonia"][0] == "NCL"


@pytest.mark.parametrize("text, name, country, lat, lon", [
    ("Aid workers reported a cholera outbreak in Kalma camp near Nyala.", "Kalma camp", "SDN", 12.0, 25.0),
    ("Famine was confirmed in the Zamzam displacement camp outside El Fasher.", "Zamzam displacement camp",
     "SDN", 13.48, 25.30),
    ("Iranian missiles struck the Ramon air base in the Negev.", "Ramon air base", "ISR", 30.78, 34.67),
    ("Drones hit the Nevatim airbase overnight.", "Nevatim airbase", "ISR", 31.21, 35.01),
    ("Lorries of grain for Sudan waited in Chad at the Adre border crossing for a week.", "Adre", "TCD", 13.47, 22.20),
])
def test_camps_bases_and_crossings(code, text, name, country, lat, lon):
    found = places(code(text))
    assert name in found, found
    c, la, lo = found[name]
    assert c == country and km(la, lo, lat, lon) < 25


@pytest.mark.parametrize("text, word", [
    ("Aides from the Harris camp said the debate would go ahead.", "Harris"),
    ("Ramon said the base was quiet.", "Ramon"),
])
def test_no_site_for_a_faction_or_a_person(code, text, word):
    assert not any(word in name for name in places(code(text)))


def location(parse, text: str, trigger: str):
    doc = parse(text)
    tok = next(t for t in doc if t.text == trigger)
    return event_location(doc, tok.sent, tok)


@pytest.mark.parametrize("text, trigger, country", [
    ("French troops withdrew from Mali after nine years.", "withdrew", "MLI"),
    ("Washington pulled its forces out of Niger in September.", "pulled", "NER"),
    ("Talks in the Saudi city of Jeddah produced a short declaration.", "produced", "SAU"),
    ("A meeting in Doha ended without agreement.", "ended", "QAT"),
])
def test_event_location_from_the_place_left_or_the_gathering(parse, text, trigger, country):
    place = location(parse, text, trigger)
    assert place is not None and place.country == country, place


@pytest.mark.parametrize("text, trigger", [
    ("Algeria withdrew its ambassador from Paris on Monday.", "withdrew"),
    ("Reporters from Jeddah produced a short film.", "produced"),
])
def test_no_event_location_for_a_recall_or_a_non_gathering(parse, text, trigger):
    assert location(parse, text, trigger) is None
