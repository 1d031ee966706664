"""Places, round 13: a capitalised article before a water feature's name ("The Manchar Lake",
which the model reads as a title), a curated crossing named with a generic tail ("the Masnaa
border post", "the Nasib checkpoint"), and bare "Congo" read as the Democratic Republic of the
Congo unless the article's places point to the other Congo.

Every sentence here is the project's own.
"""

from __future__ import annotations

import pytest


def places(code, text: str) -> dict[str, tuple[str, str | None]]:
    art = code(text)
    return {m.text: (m.place.name, m.place.country) for m in art.mentions if m.place is not None}


@pytest.mark.parametrize("text, mention, name", [
    ("Rain fell for days in Sindh province. The Manchar Lake spilled into nearby fields.", "The Manchar Lake",
     "Manchar Lake"),
    ("Fishermen in Uganda said the Lake Albert had risen.", "the Lake Albert", "Lake Albert"),
])
def test_a_feature_after_the_article(code, text, mention, name):
    assert name in {place for place, _ in places(code, text).values()}


def test_a_title_that_names_no_known_feature_stays_out(code):
    # a novel's title with a water word: no curated feature of that name
    assert not any("River" in m for m in places(code, "She read The River Between on the train to Nairobi."))


@pytest.mark.parametrize("text, mention, name", [
    ("Lorries queued for hours at the Masnaa border post on Monday.", "Masnaa border post", "Masnaa crossing"),
    ("Jordanian guards shut the Nasib checkpoint overnight.", "Nasib checkpoint", "Nasib crossing"),
    ("Traders were turned back at the Torkham border crossing point.", "Torkham border crossing point", "Torkham"),
])
def test_a_crossing_with_a_generic_tail(code, text, mention, name):
    assert places(code, text).get(mention, (None,))[0] == name


def test_a_town_checkpoint_stays_the_town(code):
    # "checkpoint" after a town that is no curated crossing: the town, the tail not taken in
    found = places(code, "Gunmen attacked a checkpoint outside Kidal and the Gao checkpoint on Sunday.")
    assert found.get("Gao", (None,))[0] == "Gao"


@pytest.mark.parametrize("text, mention, iso3", [
    ("Rebels pushed deeper into eastern Congo and took Goma.", "Congo", "COD"),
    ("Militia fighters killed 30 villagers in Congo, the United Nations said.", "Congo", "COD"),
    ("Voters in Brazzaville and Pointe-Noire went to the polls as Congo chose a president.", "Congo", "COG"),
    ("Congo Republic and Gabon signed a border pact.", "Congo Republic", "COG"),
])
def test_bare_congo(code, text, mention, iso3):
    assert places(code, text)[mention][1] == iso3


@pytest.mark.parametrize("text, name", [
    # a known city the model tagged as a law, said to be a place by a move there
    ("Thousands of families fled to Mandalay after the shelling in Myanmar.", "Mandalay"),
    # untagged, after "the road to"
    ("Lebanese police said a car burned on the road to Tyre.", "Tyre"),
])
def test_to_a_place(code, text, name):
    assert name in {place for place, _ in places(code, text).values()}


@pytest.mark.parametrize("text, cue", [
    ("Officials spoke to Hassan on Monday.", False),
    ("Officials closed the road to Hassan on Monday.", True),
    ("Officials fled to Hassan on Monday.", True),
])
def test_to_is_a_place_cue_only_for_a_way_or_a_move(parse, text, cue):
    from tacitus.pipeline.places import _place_cue

    doc = parse(text)
    tok = next(t for t in doc if t.text == "Hassan")
    assert _place_cue(doc[tok.i:tok.i + 1]) is cue
