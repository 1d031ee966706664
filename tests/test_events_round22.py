"""Round 22 of the event coder, on our own sentences through the real pipeline: a plain "would
hesitate to strike" is reluctance, no threat; a finite "hosted" misparsed as an adjective still
hosts the talks (mediation between the parties); an act inside an "if" clause, when told, is
marked hypothetical and is nobody's threat; continuing operations is no new threat; a state's act in
its own region does not target that state. Each rule has a case where it must not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def test_plain_hesitation_is_no_threat(code):
    evs = code("Argentina would hesitate to attack Chile, a senior official said.").events
    assert not any(e.cameo[:2] in ("13", "19") for e in evs), summary(evs)


def test_not_hesitating_is_a_threat(code):
    evs = code("Argentina would not hesitate to attack Chile, a senior official said.").events
    e = first_on(evs, "attack")
    assert e.cameo == "138" and countries(e.target) == {"CHL"}, summary(evs)


def test_hosting_talks_between_two_states_is_mediation_at_both(code):
    evs = code("Qatar hosted talks between Sudan and Chad in Doha on Friday.").events
    e = first_on(evs, "hosted")
    assert e.cameo == "045" and countries(e.source) == {"QAT"} and countries(e.target) == {"SDN", "TCD"}, summary(evs)


def test_an_act_in_an_if_clause_is_hypothetical_and_no_threat(code):
    evs = code("If Serbia attacks Kosovo, the minister said.").events
    e = first_on(evs, "attacks")
    assert e.cameo[:2] == "19" and e.modality.hypothetical and countries(e.source) == {"SRB"}, summary(evs)


def test_a_told_act_is_not_hypothetical(code):
    evs = code("Serbia attacked Kosovo on Monday, the minister said.").events
    e = first_on(evs, "attacked")
    assert not e.modality.hypothetical, summary(evs)


def test_continuing_operations_is_no_new_threat(code):
    evs = code("The army will continue operations in Darfur, a military spokesman said.").events
    e = first_on(evs, "continue")
    assert e.cameo == "190" and e.modality.future, summary(evs)


def test_a_future_strike_is_still_a_threat(code):
    evs = code("Sudanese forces will strike hideouts in Chad, the minister said.").events
    e = first_on(evs, "strike")
    assert e.cameo == "138" and countries(e.target) == {"TCD"}, summary(evs)


def test_a_states_operations_in_its_own_region_target_no_state(code):
    evs = code("The Sudanese army will continue operations in Darfur, a military spokesman said.").events
    e = first_on(evs, "continue")
    assert "SDN" not in countries(e.target), summary(evs)


def test_rebels_seizing_a_town_still_target_their_state(code):
    evs = code("Rebels in Mali seized the town of Kidal on Monday.").events
    e = first_on(evs, "seized")
    assert countries(e.target) == {"MLI"}, summary(evs)
