"""Round 24 of the event coder, on our own sentences through the real pipeline: captives and the
dead given back are released (0841); forces withdrawn are the source's own, the place left the
target; staging a protest is the protest; designations list (163) or ban (1722) a group; the
cargo decides what a sent carrier gives; breaking into accounts is a hack (172); approving a
loan gives economic aid; "accused X of V-ing" and "blamed for an <act>" make the accused the
alleged agent; what is refused came from its "from" party; a visit called off is its own
party's act. Each rule has a case where it must not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def test_captives_and_remains_given_back_are_released(code):
    for text, trigger in (("Ukraine handed back 48 Russian prisoners of war on Friday.", "handed"),
                          ("Hamas returned four Israeli hostages to the Red Cross.", "returned"),
                          ("Turkey repatriated the bodies of nine Syrian soldiers.", "repatriated")):
        evs = code(text).events
        assert first_on(evs, trigger).cameo == "0841", (text, summary(evs))


def test_returning_a_car_is_no_release(code):
    evs = code("Georgia returned the ambassador's car to the embassy.").events
    assert not any(e.cameo.startswith("084") for e in evs), summary(evs)


def test_forces_withdrawn_are_no_target(code):
    e = first_on(code("Armenia withdrew its forces from the border with Azerbaijan.").events, "withdrew")
    assert e.cameo == "0874" and countries(e.source) == {"ARM"} and "ARM" not in countries(e.target), summary([e])


def test_staging_a_protest_is_the_protest(code):
    for text in ("Farmers staged a sit-in outside the agriculture ministry in Warsaw.",
                 "Teachers held a protest in front of the education ministry in Lagos."):
        evs = code(text).events
        assert any(e.cameo[:2] == "14" for e in evs), (text, summary(evs))


def test_staging_a_concert_is_no_protest(code):
    evs = code("The band staged a concert outside parliament.").events
    assert not any(e.cameo[:2] == "14" for e in evs), summary(evs)


def test_designations_list_or_ban_a_group(code):
    assert first_on(code("Canada designated the militia a terrorist entity.").events, "designated").cameo == "163"
    assert first_on(code("The Kremlin designated the foundation an extremist organisation.").events,
                    "designated").cameo == "1722"
    assert not code("The party designated Smith its candidate.").events


def test_a_carrier_of_relief_is_humanitarian_aid(code):
    e = first_on(code("Jordan sent a plane carrying food aid to Sudan.").events, "sent")
    assert e.cameo == "073" and countries(e.target) == {"SDN"}, summary([e])


def test_a_carrier_of_arms_stays_military_aid(code):
    assert first_on(code("Iran sent a plane carrying missiles to Russia.").events, "sent").cameo == "072"


def test_breaking_into_networks_is_a_hack_but_a_truce_breached_is_not(code):
    e = first_on(code("Russian hackers breached the computer networks of the German parliament.").events, "breached")
    assert e.cameo == "172", summary([e])
    evs = code("Iran breached the ceasefire on Monday.").events
    assert not any(e.cameo == "172" for e in evs), summary(evs)


def test_approving_a_loan_is_economic_aid_but_a_budget_is_not(code):
    e = first_on(code("The World Bank approved a $500 million loan for Kenya.").events, "approved")
    assert e.cameo == "071" and countries(e.target) == {"KEN"}, summary([e])
    assert not any(e.cameo == "071" for e in code("Parliament approved the budget on Tuesday.").events)


def test_allowing_relief_convoys_is_humanitarian_access(code):
    e = first_on(code("Kenya allowed relief convoys into the north.").events, "allowed")
    assert e.cameo == "0863", summary([e])


def test_the_accused_is_the_alleged_agent_of_the_gerund(code):
    evs = code("Ukraine accused Russia of shelling the power plant.").events
    e = first_on(evs, "shelling")
    assert countries(e.source) == {"RUS"} and e.modality.uncertain, summary(evs)
    assert first_on(evs, "accused").cameo == "112"


def test_an_accusation_of_no_act_adds_no_event(code):
    evs = code("Ukraine accused Russia of lying about the talks.").events
    assert [e.cameo for e in evs] == ["112"], summary(evs)


def test_blamed_for_an_act_noun_makes_the_blamed_its_alleged_doer(code):
    evs = code("China was blamed for a cyberattack on Taiwan's power grid.").events
    e = first_on(evs, "cyberattack")
    assert countries(e.source) == {"CHN"} and countries(e.target) == {"TWN"} and e.modality.uncertain, summary(evs)


def test_a_cyberattack_told_as_fact_is_not_uncertain(code):
    e = first_on(code("Hackers launched a cyberattack on Taiwan's power grid.").events, "launched")
    assert not e.modality.uncertain, summary([e])


def test_what_is_refused_came_from_its_from_party(code):
    e = first_on(code("North Korea dismissed the talks offer from Seoul.").events, "dismissed")
    assert countries(e.target) == {"KOR"}, summary([e])
    e = first_on(code("Venezuela dismissed the aid offer.").events, "dismissed")
    assert not e.target, summary([e])


def test_a_visit_called_off_is_its_own_partys_act(code):
    e = first_on(code("A visit by the French president to Algeria was cancelled.").events, "cancelled")
    assert countries(e.source) == {"FRA"} and countries(e.target) == {"DZA"}, summary([e])
