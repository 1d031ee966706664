"""Round 44 of the event coder, on our own sentences through the real pipeline: an attack in an
agentless passive is still told (no source; a struck place's country is the target), a
secession ("broke away from") is no attack, "thought" as a hedge is no meeting, and medical
care given to patients or the wounded is humanitarian aid (073)."""

from __future__ import annotations

from event_checks import countries, first_on, summary

# ------------------------------------------------------------- attacks by no one named


def test_a_place_shelled_with_no_attacker_is_an_attack_on_its_country(code):
    evs = code("The town of Kramatorsk was shelled before dawn on Tuesday.").events
    hit = first_on(evs, "shelled")
    assert hit.cameo.startswith("19") and not hit.source, summary(evs)
    assert countries(hit.target) == {"UKR"}, summary(evs)


def test_a_convoy_attacked_near_a_place_is_an_attack_with_no_party_named(code):
    evs = code("An aid convoy was attacked outside Zalingei on Monday, wounding three drivers.").events
    hit = first_on(evs, "attacked")
    assert hit.cameo.startswith("19") and not hit.source, summary(evs)
    assert not hit.target, summary(evs)  # a moving convoy is not the place's state


def test_an_idea_attacked_in_words_is_no_unnamed_attack(code):
    evs = code("The budget plan was attacked in parliament as reckless.").events
    assert not any(e.cameo.startswith(("18", "19")) for e in evs), summary(evs)


def test_a_named_attacker_is_still_the_source(code):
    evs = code("The port of Berdiansk was shelled by Ukrainian forces on Friday.").events
    hit = first_on(evs, "shelled")
    assert countries(hit.source) == {"UKR"}, summary(evs)


# ------------------------------------------------------------- secession is no attack


def test_a_region_breaking_away_is_no_attack(code):
    evs = code("Somaliland broke away from Somalia in 1991.").events
    assert not any(e.cameo.startswith("19") for e in evs), summary(evs)


def test_breaking_into_a_building_is_still_an_attack(code):
    evs = code("Gunmen broke into the police station in Kaduna and freed 12 detainees.").events
    assert any(e.trigger == "broke" and e.cameo.startswith("19") for e in evs), summary(evs)


# ------------------------------------------------------------- a hedge is no meeting


def test_thought_to_have_fled_is_no_meeting(code):
    evs = code("The ousted governor is thought to have fled to Benin.").events
    assert not any(e.trigger == "thought" for e in evs), summary(evs)


def test_a_meeting_is_still_a_meeting(code):
    evs = code("The Nigerian president met the Beninese president in Abuja on Monday.").events
    assert any(e.cameo.startswith("04") for e in evs), summary(evs)


# ------------------------------------------------------------- medical care as aid


def test_an_aid_group_treating_patients_provides_humanitarian_aid(code):
    evs = code("The International Committee of the Red Cross said it treated 85 patients in Juba.").events
    hit = first_on(evs, "treated")
    assert hit.cameo == "073", summary(evs)


def test_treating_a_proposal_with_suspicion_is_no_aid(code):
    evs = code("Ankara treated the Greek proposal with suspicion.").events
    assert not any(e.cameo.startswith("07") for e in evs), summary(evs)
