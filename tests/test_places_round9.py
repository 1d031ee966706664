"""Places, round 9: an event with no place of its own takes the scene of the sentence before in
its paragraph when it carries that scene on (the same actors, or unnamed police, protesters, a
crowd), below a place of its own and above the dateline; not across a paragraph break, not when
the sentence moves to another place, not for a body of another country speaking.

Every sentence here is the project's own.
"""

from __future__ import annotations

import pytest

from tacitus.pipeline.places import DATELINE_CONFIDENCE, SCENE_CONFIDENCE

MARCH = "BELGRADE, Serbia (Wire) - Thousands of students marched in Novi Sad on Saturday to demand the mayor's resignation."


def located(coded, trigger: str):
    events = [e for e in coded.events if e.trigger == trigger]
    assert events, f"no event on {trigger!r}: {[e.trigger for e in coded.events]}"
    return events[0].location


def test_unnamed_police_and_crowd_carry_the_scene_on(code):
    coded = code(MARCH + " Police said demonstrators smashed the windows of the town hall and that four people were detained.")
    for trigger in ("smashed", "detained"):
        place = located(coded, trigger)
        assert place is not None and place.name == "Novi Sad", (trigger, place)
        assert place.rule.startswith("event-location:scene")
        assert DATELINE_CONFIDENCE < place.confidence <= SCENE_CONFIDENCE
    own = located(coded, "marched")
    assert own is not None and own.confidence > located(coded, "detained").confidence


def test_a_paragraph_break_ends_the_scene(code):
    coded = code(MARCH + "\n\nPolice said demonstrators smashed the windows of the town hall and that four people were detained.")
    place = located(coded, "detained")
    assert place is None or (place.name != "Novi Sad" and "scene" not in place.rule)


def test_a_new_place_in_the_sentence_is_a_new_scene(code):
    coded = code(MARCH + " Police detained four people, while farmers blocked a highway near Kragujevac.")
    place = located(coded, "detained")
    assert place is None or "scene" not in place.rule


def test_a_sentence_that_moves_elsewhere_ends_the_scene(code):
    coded = code(MARCH + " Later a smaller crowd rallied outside parliament in Belgrade. Police detained four people.")
    place = located(coded, "detained")
    assert place is None or place.name != "Novi Sad"


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Croatia's foreign ministry condemned the arrests of two Croatian students.", "condemned"),
    ("Croatia's interior ministry said it had detained two protesters at the border.", "detained"),
])
def test_a_distant_ministry_is_not_at_the_scene(code, sentence, trigger):
    place = located(code(MARCH + " " + sentence), trigger)
    assert place is None or place.name != "Novi Sad"


def test_a_named_body_the_scene_did_not_name_is_not_there(code):
    coded = code("MOSCOW (Wire) - Russian police detained two Finnish tourists in Moscow on Monday. "
                 "The European Union imposed sanctions on three Russian officers.")
    assert located(coded, "detained").name == "Moscow"
    place = located(coded, "imposed")
    assert place is None or place.name != "Moscow"
