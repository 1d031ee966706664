"""Round 21 of the event coder, on our own sentences through the real pipeline: a force going
into another state's ground is an incursion (190) at that state, not aid to it; a crossing
closed or talks suspended target the other side; "his country would not hesitate to strike"
under a reporting verb is the speaker's state threatening; an order misattached to a threat's
complement is not part of the threat; delegations "from both governments" are the two sides of
the story's dispute. Each rule has a case where it must not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def codes(actors):
    return {a.code for a in actors}


# ------------------------------------------------------------- incursions

def test_troops_crossing_into_another_state_are_an_incursion(code):
    evs = code("Chilean troops crossed the border into Bolivia on Monday, officials in La Paz said.").events
    e = first_on(evs, "crossed")
    assert e.cameo == "190" and countries(e.source) == {"CHL"} and codes(e.target) == {"BOL"}, summary(evs)


def test_troops_entering_another_states_territory_are_an_incursion(code):
    evs = code("Eritrean soldiers entered Ethiopian territory near the town overnight.").events
    e = first_on(evs, "entered")
    assert e.cameo == "190" and countries(e.source) == {"ERI"} and countries(e.target) == {"ETH"}, summary(evs)


def test_troops_sent_into_another_states_territory_are_no_aid(code):
    evs = code("Ecuador sent troops into Peruvian territory last week.").events
    e = first_on(evs, "sent")
    assert e.cameo == "190" and codes(e.target) == {"PER"}, summary(evs)


def test_troops_sent_to_a_state_stay_aid(code):
    evs = code("The United States sent troops to Peru to help train its army.").events
    assert first_on(evs, "sent").cameo == "072", summary(evs)


def test_refugees_crossing_a_border_are_no_incursion(code):
    evs = code("Thousands of refugees crossed the border into Chad on Monday.").events
    assert not any(e.cameo == "190" for e in evs), summary(evs)


def test_troops_crossing_back_home_are_no_incursion(code):
    evs = code("Bolivian troops crossed back into Bolivia on Monday.").events
    assert not any(e.cameo == "190" for e in evs), summary(evs)


# ------------------------------------------------------------- the other side of a closure

def test_a_closed_crossing_targets_the_state_across_it(code):
    evs = code("Tensions rose between Colombia and Venezuela after a clash near the frontier. "
               "Venezuela closed the crossing on Wednesday.").events
    e = first_on(evs, "closed")
    assert codes(e.target) == {"COL"}, summary(evs)


def test_suspended_negotiations_target_the_other_party_told(code):
    evs = code("The Philippine government and the communist rebels held negotiations in Oslo last month. "
               "On Friday the government suspended the negotiations.").events
    e = first_on(evs, "suspended")
    assert e.cameo == "164" and e.target and all(a.sector == "REB" for a in e.target), summary(evs)


def test_a_closed_museum_has_no_other_side(code):
    evs = code("Tensions rose between Colombia and Venezuela. Venezuela closed the museum on Wednesday.").events
    assert not any(e.trigger == "closed" and e.target for e in evs), summary(evs)


# ------------------------------------------------------------- threats under a reporting verb

def test_his_country_would_not_hesitate_to_strike_is_a_threat(code):
    evs = code("Pakistan and Afghanistan traded accusations over militant attacks. "
               "Pakistan's defence minister said his country would not hesitate to strike hideouts.").events
    e = first_on(evs, "strike")
    assert e.cameo == "138" and countries(e.source) == {"PAK"}, summary(evs)


def test_his_country_hesitating_affirmed_is_no_threat(code):
    # Reluctance told of the past: no threat (the "hesitate" rule needs its negation).
    evs = code("Pakistan's defence minister said his country had long hesitated to strike hideouts.").events
    assert not any(e.cameo == "138" for e in evs), summary(evs)


def test_an_order_misattached_to_a_threat_is_not_threatened(code):
    evs = code("Kabul threatened to retaliate and ordered the army to mass troops on the border.").events
    assert not any(e.cameo[:2] == "13" and e.trigger in ("ordered", "mass") for e in evs), summary(evs)
    assert first_on(evs, "retaliate").cameo == "138", summary(evs)


# ------------------------------------------------------------- delegations from both sides

def test_delegations_from_both_governments_are_the_disputants(code):
    evs = code("Sudan and South Sudan accused each other of arming rebels. "
               "Delegations from both governments met in Doha on Thursday.").events
    e = first_on(evs, "met")
    assert codes(e.source) == {"SDN", "SSD"} and "QAT" not in countries(e.source), summary(evs)


def test_delegations_from_one_government_keep_their_own_source(code):
    evs = code("Sudan and South Sudan accused each other of arming rebels. "
               "A delegation from the Kenyan government met in Doha on Thursday.").events
    e = first_on(evs, "met")
    assert "SSD" not in countries(e.source), summary(evs)
