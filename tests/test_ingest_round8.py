"""Ingest round 8: a dateline of a known place, all in capitals, and a plain hyphen ("KYIV - ",
"KHARKIV, Ukraine - "), with no date or outlet; not an organisation, a country or a rubric
before a hyphen ("NATO - Ukraine council", "US - China talks", "BREAKING - ")."""

from __future__ import annotations

import pytest

from tacitus.ingest.text import article_from_text, parse_dateline


@pytest.mark.parametrize(("text", "place"), [
    ("KHARKIV - Russian drones struck a power station overnight.", "Kharkiv"),
    ("KHARKIV, Ukraine - Russian drones struck a power station overnight.", "Kharkiv, Ukraine"),
    ("GAZA CITY - Residents fled the northern districts.", "Gaza City"),
])
def test_a_known_place_before_a_hyphen_is_a_dateline(text, place):
    line = parse_dateline(text)
    assert line.location == place
    assert text[line.body_start:].startswith(("Russian", "Residents"))


@pytest.mark.parametrize("text", [
    "NATO - Ukraine council met in Brussels on Tuesday.",
    "US - China talks resumed on Monday.",
    "BREAKING - Russian drones struck a power station.",
    "Kharkiv - a city under fire, residents say.",
])
def test_other_heads_before_a_hyphen_are_not_datelines(text):
    line = parse_dateline(text)
    assert line.location is None and line.body_start == 0


def test_the_hyphen_dateline_sets_the_article_location():
    a = article_from_text("ODESA - Ukrainian forces said they had downed twelve drones overnight.")
    assert a.location == "Odesa" and a.body_start == len("ODESA - ")
