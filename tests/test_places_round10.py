"""Places, round 10: the gazetteer holds the border crossings, disputed areas and border rivers
conflict reports name (Essequibo, the Cuyuni and Ibar rivers, the Kerem Shalom crossing ...); a
name with a feature noun after it is that feature ("the Kerem Shalom crossing"); two names the
model split at "of" are one place where the whole is one ("Port of Spain"); an act "in the north
of the country" is in the country the article means, at country precision and low confidence,
never the dateline's town; and the dateline stands in only when the sentence names no place of
its own elsewhere.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.gazetteer import load_gazetteer
from tacitus.pipeline.places import event_location
from tacitus.records import Actor

PUBLISHED = date(2026, 3, 6)


def places(parse, text: str) -> dict[str, tuple[str, str | None, str, str | None]]:
    doc = parse(text, published=PUBLISHED)
    return {m.text: (m.place.name, m.place.country, m.place.admin_level, m.place.feature_kind)
            for m in doc._.tacitus_places}


def locate(parse, text: str, word: str, code: str, source: tuple[Actor, ...] = ()):
    doc = parse(text, published=PUBLISHED)
    tok = next(t for t in doc if t.text == word)
    return event_location(doc, tok.sent, tok, code=code, source=source)


# --- gazetteer facts ------------------------------------------------------------------------


@pytest.mark.parametrize("name, country, level, kind", [
    ("Essequibo", "GUY", "region", ""),
    ("Cuyuni River", None, "region", "river"),
    ("Ibar", None, "region", "river"),
    ("Kerem Shalom crossing", "ISR", "city", "crossing"),
    ("Bab al-Hawa", "SYR", "city", "crossing"),
    ("Galwan Valley", None, "region", ""),
    ("Falklands", "FLK", "country", ""),
])
def test_conflict_places_are_in_the_gazetteer(name, country, level, kind):
    best = load_gazetteer().lookup(name, limit=1)[0].feature
    assert (best.country, best.level, best.kind) == (country, level, kind)


def test_a_river_shares_no_bare_name_with_a_town():
    # "Rio Grande" written bare stays the Brazilian city; the river needs its "River"
    assert load_gazetteer().lookup("Rio Grande", limit=1)[0].feature.country == "BRA"


# --- names with a feature noun, and names split at "of" -------------------------------------


def test_a_crossing_read_as_an_organisation_is_the_crossing(parse):
    got = places(parse, "Israel reopened the Kerem Shalom crossing on Thursday.")
    assert got["the Kerem Shalom crossing"] == ("Kerem Shalom crossing", "ISR", "city", "crossing")


def test_a_crossing_by_its_short_name_after_through(parse):
    got = places(parse, "Aid trucks entered Gaza through Kerem Shalom on Monday.")
    assert got["Kerem Shalom"][3] == "crossing"


def test_a_curated_short_name_with_no_place_cue_is_no_place(parse):
    assert "Kerem Shalom" not in places(parse, "Kerem Shalom said the count was fair.")


def test_a_river_with_its_lower_case_noun(parse):
    got = places(parse, "Police closed the bridge over the Ibar river in Mitrovica.")
    assert got["Ibar river"][3] == "river" and got["Mitrovica"][1] == "XKX"


def test_a_city_split_at_of_is_one_place(parse):
    got = places(parse, "Caribbean leaders will meet in Port of Spain next week.")
    assert got.get("Port of Spain", ("",))[0] == "Port of Spain" and "Spain" not in got


def test_an_organisation_of_a_country_is_not_joined(parse):
    got = places(parse, "The Bank of Spain raised its rates.")
    assert "Bank of Spain" not in got and got["Spain"][1] == "ESP"


# --- "the country" ---------------------------------------------------------------------------


def test_a_raid_in_the_north_of_the_country_is_in_that_country(parse):
    text = ("GEORGETOWN, Guyana (Wire) - Troops guarded the border near Lethem. Gangs raided two villages "
            "in the north of the country on Tuesday, Guyanese police said.")
    place = locate(parse, text, "raided", "190")
    assert place is not None and place.country == "GUY" and place.precision == "country"
    assert place.rule == "event-location:the-country:north" and place.confidence <= 0.4


def test_the_country_is_the_one_the_article_names_most(parse):
    text = ("Kosovo police closed the bridge in Mitrovica. Officials in Pristina said Kosovo would reopen it. "
            "Serbia's president said Belgrade would act if Serbs in the north of the country were attacked.")
    place = locate(parse, text, "attacked", "190")
    assert place is not None and place.country == "XKX" and "the-country:north" in place.rule


def test_across_the_country_is_the_whole_country(parse):
    text = "KATHMANDU, Nepal (Wire) - Police detained dozens of protesters across the country on Friday."
    police = Actor(text="Police", country="NPL", kind="government")
    place = locate(parse, text, "detained", "173", (police,))
    assert place is not None and place.country == "NPL" and place.rule.endswith("the-country:whole")


@pytest.mark.parametrize("text, word", [
    ("KATHMANDU, Nepal (Wire) - Police detained dozens of protesters in the north of the city.", "detained"),
    ("KATHMANDU, Nepal (Wire) - Police detained dozens of protesters in a country far away.", "detained"),
])
def test_no_country_without_the_country(parse, text, word):
    police = Actor(text="Police", country="NPL", kind="government")
    place = locate(parse, text, word, "173", (police,))
    assert place is None or "the-country" not in place.rule


# --- the dateline stands in only for a sentence with no place of its own ----------------------


def test_no_dateline_when_the_sentence_names_another_area(parse):
    text = ("JERUSALEM (Wire) - Israel let 120 trucks of food into the Gaza Strip on Thursday, "
            "the Israeli military said.")
    army = Actor(text="the Israeli military", country="ISR", kind="government")
    assert locate(parse, text, "said", "010", (army,)) is None


def test_dateline_when_the_sentence_names_no_place(parse):
    text = "JERUSALEM (Wire) - Israeli police said they had arrested two men on Thursday."
    police = Actor(text="Israeli police", country="ISR", kind="government")
    place = locate(parse, text, "said", "010", (police,))
    assert place is not None and "dateline" in place.rule and place.confidence <= 0.4


def test_dateline_when_the_sentence_names_the_region_around_it(parse):
    text = "KYIV (Wire) - Ukrainian police said a drone had hit a house in the Kyiv region."
    police = Actor(text="Ukrainian police", country="UKR", kind="government")
    place = locate(parse, text, "said", "010", (police,))
    assert place is not None and "dateline" in place.rule


# --- audiences and dwellers -----------------------------------------------------------------


def test_an_audience_in_a_place_places_the_speech(parse):
    place = locate(parse, "The president told supporters in Caracas that the region was theirs.", "told", "010")
    assert place is not None and place.name == "Caracas"


def test_people_in_a_place_praised_from_afar_do_not_place_the_praise(parse):
    # only an audience spoken to is where the speaker is
    place = locate(parse, "The president praised the students in Tehran for their courage.", "praised", "051")
    assert place is None or place.country != "IRN"


def test_residents_of_a_town_name_a_place(parse):
    got = places(parse, "GEORGETOWN, Guyana (Wire) - Residents of Lethem said they had seen helicopters.")
    assert got.get("Lethem", ("", ""))[1] == "GUY"


def test_a_small_town_without_a_cue_is_no_place(parse):
    assert "Lethem" not in places(parse, "GEORGETOWN, Guyana (Wire) - Lethem said he had seen helicopters.")


def test_a_town_behind_a_bridge_over_a_river_places_the_act(parse):
    place = locate(parse, "Police closed the bridge over the Ibar river in Mitrovica on Monday.", "closed", "172")
    assert place is not None and place.country == "XKX" and place.admin_level == "city"


def test_talks_over_a_truce_in_a_place_stay_topical(parse):
    place = locate(parse, "Envoys opened talks over a truce in Sudan on Monday.", "opened", "043")
    assert place is None or place.country != "SDN"
