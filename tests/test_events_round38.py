"""Round 38 of the event coder, on our own sentences through the real pipeline: a gerund
coordinated with another gerund's "to" infinitive keeps the first gerund's subject; a
participle that names who planned or paid for an attack is no event of its own, and inside a
quotation it is the speaker's accusation of that author; the possessor of the people an act
falls on gives their nationality, not the event's place. Each rule has a case where it must
not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def test_gerund_after_an_infinitive_keeps_the_first_subject(code):
    evs = code("Peru retaliated by ordering the Chilean ambassador to leave within 48 hours and downgrading relations to charge level.").events
    assert countries(first_on(evs, "downgrading").source) == {"PER"}, summary(evs)
    evs = code("Peru told the Chilean ambassador to leave, and the Chilean government was downgrading relations with Lima.").events
    assert countries(first_on(evs, "downgrading").source) != {"PER"}, summary(evs)


def test_an_attack_paid_for_by_a_state_is_an_accusation(code):
    evs = code("\"It was a bombing organised and financed by official Minsk,\" the Lithuanian "
               "defence minister told journalists.").events
    assert not [e for e in evs if e.cameo.startswith("06")], summary(evs)
    acc = [e for e in evs if e.cameo == "112"]
    assert acc and countries(acc[0].source) == {"LTU"} and countries(acc[0].target) == {"BLR"}, summary(evs)
    # Paying for something that is no act of force is still aid.
    evs = code("Qatar paid for the repair of the hospital in Gaza, officials said.").events
    assert [e for e in evs if e.cameo.startswith("06")], summary(evs)


def test_possessor_of_the_people_is_no_place(code):
    evs = code("Delhi expelled Nepal's two military attaches on Tuesday.").events
    loc = first_on(evs, "expelled").location
    assert loc is None or loc.country != "NPL", summary(evs)
    evs = code("Russian troops shelled Kharkiv's northern districts on Tuesday.").events
    loc = first_on(evs, "shelled").location
    assert loc is not None and loc.country == "UKR", summary(evs)
