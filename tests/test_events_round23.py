"""Round 23 of the event coder, on our own sentences through the real pipeline: nature is no
actor; a fight "between X and Y" (named by a noun, a gerund, or breaking out) has both parties
on each side; "was accused of / is suspected of V-ing" makes the passive subject the alleged
agent; a military operation launched is force, a rescue operation none; a weapons test is a show
of force; armed forces advancing on a place act on its country; ground captured is 192;
"have yet to" negates; declining to say is no comment, not an accusation. Each rule has a case
where it must not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def test_a_hazard_subject_is_no_attacker(code):
    for text in ("A powerful cyclone killed eleven people in Myanmar.",
                 "A strong earthquake struck eastern Afghanistan on Sunday.",
                 "Bushfires destroyed hundreds of homes in Chile.",
                 "Thirty villagers were killed by floods in Niger."):
        evs = code(text).events
        assert not any(e.cameo[:2] in ("17", "18", "19", "20") for e in evs), (text, summary(evs))


def test_armed_men_destroying_homes_still_attack(code):
    evs = code("Militants destroyed hundreds of homes in Chile.").events
    assert any(e.cameo[:2] in ("17", "18", "19") and e.source for e in evs), summary(evs)


def test_clashes_between_rival_groups_have_them_as_source(code):
    evs = code("Clashes between rival militias in Sabha killed nine people.").events
    e = first_on(evs, "killed")
    assert e.source and all(a.sector in ("REB", "UAF", "INS", "CRM") for a in e.source), summary(evs)


def test_clashes_breaking_out_between_two_armies_are_mutual(code):
    evs = code("Heavy clashes broke out between Thai and Cambodian troops near the border.").events
    e = first_on(evs, "clashes")
    assert e.cameo == "193" and countries(e.source) == {"THA", "KHM"} == countries(e.target), summary(evs)


def test_fighting_between_two_sides_left_dead_is_a_fight(code):
    evs = code("Fighting between Ethiopian troops and rebels left 40 dead in Amhara.").events
    e = first_on(evs, "Fighting")
    assert e.cameo == "193" and countries(e.source) == {"ETH"}, summary(evs)


def test_talks_between_the_two_countries_take_no_single_party(code):
    evs = code("Talks between the two countries resumed in Doha on Monday.").events
    assert not any(e.cameo[:2] in ("18", "19") for e in evs), summary(evs)


def test_accused_of_is_the_alleged_act_of_the_passive_subject(code):
    evs = code("Rwanda was accused of arming rebels in Congo.").events
    e = first_on(evs, "arming")
    assert countries(e.source) == {"RWA"} and e.modality.uncertain, summary(evs)


def test_suspected_of_using_force_is_uncertain(code):
    evs = code("The Sudanese army is suspected of bombing a market in Darfur.").events
    e = first_on(evs, "bombing")
    assert countries(e.source) == {"SDN"} and e.cameo[:2] == "19" and e.modality.uncertain, summary(evs)


def test_a_plain_act_is_not_alleged(code):
    evs = code("The Sudanese army bombed a market in Darfur.").events
    e = first_on(evs, "bombed")
    assert not e.modality.uncertain, summary(evs)


def test_launching_a_ground_operation_is_force(code):
    evs = code("Turkey launched a ground operation in northern Iraq on Tuesday.").events
    e = first_on(evs, "launched")
    assert e.cameo == "190" and countries(e.target) == {"IRQ"}, summary(evs)


def test_an_operation_launched_against_militants_is_force(code):
    evs = code("The Nigerian army launched an operation against militants in Borno.").events
    e = first_on(evs, "launched")
    assert e.cameo == "190", summary(evs)


def test_a_rescue_operation_is_no_attack(code):
    evs = code("Nepal launched a rescue operation after the bus crash.").events
    assert not any(e.cameo[:2] in ("03", "18", "19") for e in evs), summary(evs)


def test_a_test_fired_missile_is_a_show_of_force(code):
    evs = code("Pakistan test-fired a ballistic missile on Monday.").events
    e = first_on(evs, "fired")
    assert e.cameo[:2] == "15" and countries(e.source) == {"PAK"}, summary(evs)


def test_a_missile_fired_at_a_city_is_still_an_attack(code):
    evs = code("Russia fired a ballistic missile at Odesa on Monday.").events
    e = first_on(evs, "fired")
    assert e.cameo[:2] == "19", summary(evs)


def test_forces_advancing_on_a_town_act_on_its_country(code):
    evs = code("Russian troops advanced on Kharkiv on Friday.").events
    e = first_on(evs, "advanced")
    assert e.cameo == "190" and countries(e.source) == {"RUS"} and countries(e.target) == {"UKR"}, summary(evs)


def test_crowds_marching_on_parliament_protest(code):
    evs = code("Students marched on parliament in Dhaka.").events
    assert not any(e.cameo[:2] == "19" for e in evs), summary(evs)


def test_failing_to_capture_a_ridge_is_negated_ground_taking(code):
    evs = code("Ukrainian forces failed to capture the ridge on Sunday.").events
    e = first_on(evs, "capture")
    assert e.cameo == "192" and e.modality.negated, summary(evs)


def test_capturing_a_person_is_still_an_arrest(code):
    evs = code("Kenyan police captured the gang leader in Mombasa.").events
    e = first_on(evs, "captured")
    assert e.cameo == "173", summary(evs)


def test_threatening_to_seize_a_capital_is_1382(code):
    evs = code("The rebels threatened to seize the regional capital.").events
    e = first_on(evs, "seize")
    assert e.cameo == "1382", summary(evs)


def test_have_yet_to_negates(code):
    evs = code("The militants have yet to release the kidnapped engineers.").events
    e = first_on(evs, "release")
    assert e.modality.negated, summary(evs)


def test_have_released_is_not_negated(code):
    evs = code("The militants have released the kidnapped engineers.").events
    e = first_on(evs, "released")
    assert not e.modality.negated, summary(evs)


def test_refusing_to_say_whether_is_no_comment_and_no_accusation(code):
    evs = code("The ministry declined to say whether Russian drones had struck the power plant.").events
    assert not any(e.cameo[:3] == "112" for e in evs), summary(evs)
    e = first_on(evs, "declined")
    assert e.cameo == "011", summary(evs)
