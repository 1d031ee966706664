"""Event locations: the event's own clause decides, a target's or a topic's place does not, and
the dateline is used only for a domestic event, saying so."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.pipeline.places import event_location
from tacitus.records import Actor


@pytest.fixture(scope="module")
def parse(parse):
    """The shared fixture, for articles published on 2024-05-01."""
    return lambda text: parse(text, published=date(2024, 5, 1))


def trigger(doc, word):
    return next(t for t in doc if t.text == word)


def locate(doc, word, **kw):
    tok = trigger(doc, word)
    return event_location(doc, tok.sent, tok, **kw)


def test_drills_around_a_place(parse):
    doc = parse("Beijing staged naval drills around Hainan on Friday.")
    place = locate(doc, "staged", code="150")
    assert place is not None and place.country == "CHN" and "around" in place.rule


def test_target_described_by_a_place_is_not_the_location(parse):
    doc = parse("Ottawa will impose travel bans on armed militiamen in Darfur, an official said.")
    assert locate(doc, "impose", code="163") is None


def test_topic_of_talks_is_not_the_location(parse):
    doc = parse("Negotiations over a truce in Yemen broke down on Monday.")
    assert locate(doc, "Negotiations", code="046") is None


def test_verbal_act_about_a_place_is_not_there(parse):
    doc = parse("The foreign minister praised the army's campaign in Tigray.")
    assert locate(doc, "praised", code="051") is None


def test_physical_act_on_a_target_in_a_place_is_there(parse):
    doc = parse("Soldiers detained several journalists in Mandalay.")
    place = locate(doc, "detained", code="173")
    assert place is not None and place.country == "MMR" and place.precision == "city"


def test_verbal_meeting_with_a_person_in_a_place(parse):
    doc = parse("The Indian prime minister met President Ruto in Nairobi, and the two signed a trade accord.")
    met = locate(doc, "met", code="040")
    assert met is not None and met.country == "KEN"
    signed = locate(doc, "signed", code="057")
    assert signed is not None and signed.feature_id == met.feature_id and "conjunct" in signed.rule


def test_visit_object_and_deployment_destination(parse):
    doc = parse("The envoy visited Senegal before Paris moved troops to Chad.")
    visit = locate(doc, "visited", code="042")
    assert visit is not None and visit.country == "SEN" and visit.precision == "country"
    assert "object" in visit.rule
    moved = locate(doc, "moved", code="072")
    assert moved is not None and moved.country == "TCD" and "destination" in moved.rule


def test_verbal_act_object_place_is_not_the_location(parse):
    doc = parse("The spokesman criticised Poland over the decision.")
    assert locate(doc, "criticised", code="111") is None


def test_domestic_event_falls_back_to_the_dateline_and_says_so(parse):
    doc = parse("YEREVAN, May 1 (Wire) - Armenian police dispersed crowds outside the government building.")
    police = Actor(text="Armenian police", country="ARM", kind="government")
    place = locate(doc, "dispersed", code="145", source=(police,))
    assert place is not None and place.name == "Yerevan" and "dateline" in place.rule
    assert place.confidence <= 0.4


def test_foreign_actor_gets_no_dateline_location(parse):
    doc = parse("YEREVAN, May 1 (Wire) - Armenian police dispersed crowds outside the government building.")
    police = Actor(text="Armenian police", country="ARM", kind="government")
    envoy = Actor(text="the French envoy", country="FRA", kind="person")
    assert locate(doc, "dispersed", code="145", source=(police,), target=(envoy,)) is None
    assert locate(doc, "dispersed", code="145") is None  # no actors: nothing says it is domestic


def test_the_capital_names_a_capital_dateline(parse):
    doc = parse("HANOI, May 1 (Wire) - Vietnam's air force said it intercepted drones over the capital.")
    force = Actor(text="Vietnam's air force", country="VNM", kind="government")
    place = locate(doc, "intercepted", code="190", source=(force,))
    assert place is not None and place.name == "Hanoi" and "dateline-capital" in place.rule


def test_participle_shares_its_verbs_place(parse):
    doc = parse("Gunmen stormed a police post near Maiduguri on Sunday, wounding six officers.")
    place = locate(doc, "wounding", code="190")
    assert place is not None and place.name == "Maiduguri" and "participle" in place.rule


def test_clause_with_its_own_subject_keeps_its_own_place(parse):
    doc = parse("Rebels shelled a market in Goma while the army bombed positions, killing two.")
    assert locate(doc, "bombed", code="195") is None or locate(doc, "bombed", code="195").name != "Goma"
