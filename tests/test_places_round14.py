"""Places, round 14: a known town the small model tags PERSON, ORG or PRODUCT is a place when a
verb of attack, capture or entry acts on it ("shelled X", "X was stormed", "captured X's
outskirts"), unless a person the article names bears the name; an armed actor's neighbours
count a little as the article's countries, so "Israeli troops" read a West Bank town over a
Polish village of the same name.

Every sentence here is the project's own.
"""

from __future__ import annotations

import math

import pytest


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl, dp = math.radians(lon2 - lon1), p2 - p1
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def placed(result, name):
    return [m.place for m in result.mentions if m.place is not None and name in m.text]


@pytest.mark.parametrize("text, name, country, lat, lon", [
    ("Russian artillery shelled Kherson again before dawn.", "Kherson", "UKR", 46.64, 32.61),
    ("Russian rockets pounded Kramatorsk for a second night.", "Kramatorsk", "UKR", 48.73, 37.57),
    ("Israeli aircraft bombed Khan Younis after the truce collapsed.", "Khan Younis", "PSE", 31.34, 34.31),
    ("Russian units besieged Avdiivka in eastern Ukraine through the winter.", "Avdiivka", "UKR", 48.14, 37.74),
    ("Russian infantry captured Pokrovsk's eastern outskirts in the Donetsk region.", "Pokrovsk", "UKR", 48.28, 37.18),
    ("Israeli forces entered Jenin on Tuesday morning.", "Jenin", "PSE", 32.46, 35.30),
])
def test_struck_towns_and_theatre(code, text, name, country, lat, lon):
    places = placed(code(text), name)
    assert places, f"{name} not found"
    p = places[0]
    assert p.country == country and km(p.lat, p.lon, lat, lon) < 50


@pytest.mark.parametrize("text, name", [
    # a person the article names in full keeps the name, though the verb takes places
    ("Police detained Ahmed Hassan on Friday. Officers later seized Hassan's phone.", "Hassan"),
    # "attacked" takes persons as often as places: no cue
    ("Opposition leaders attacked Bolton over the budget.", "Bolton"),
])
def test_no_place_for_a_person(code, text, name):
    assert not placed(code(text), name)


def test_no_theatre_without_armed_actor(code):
    # a health story names no army: Jenin keeps its plain reading, whatever that is, and no
    # neighbour of an unarmed actor's country gains weight
    from tacitus.pipeline.places import THEATRE_WEIGHT, _theatre

    assert THEATRE_WEIGHT < 0.5
    from collections import Counter

    from tacitus.gazetteer import load_gazetteer

    class Doc:  # the stage reads only the actors
        class _:
            tacitus_actors = ()
    assert _theatre(Doc, load_gazetteer(), Counter()) == Counter()
