"""Round 26 of the event coder, on our own sentences through the real pipeline: two sides
swapping their war dead release them to each other (0841, as prisoners); money a state
deposits in another state's bank or treasury is economic aid (071); what two parties discuss
is no target, they are each other's; "was linked to X" claims ties, no cooperation; "he" after
"the leader of a union" is that leader. Each rule has a case where it must not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def test_the_war_dead_swapped_are_released_each_way(code):
    e = first_on(code("Armenia and Azerbaijan swapped the remains of soldiers killed in the fighting.").events,
                 "swapped")
    assert e.cameo == "0841" and countries(e.source) == countries(e.target) == {"ARM", "AZE"}, summary([e])


def test_goods_swapped_are_no_release(code):
    evs = code("Armenia and Azerbaijan swapped electricity during the winter.").events
    assert not any(e.cameo == "0841" for e in evs), summary(evs)


def test_money_deposited_in_another_states_bank_is_economic_aid(code):
    e = first_on(code("Kuwait deposited $2 billion in Jordan's central bank on Sunday.").events, "deposited")
    assert e.cameo == "071" and countries(e.source) == {"KWT"} and countries(e.target) == {"JOR"}, summary([e])


def test_money_deposited_in_a_bank_of_no_other_state_is_no_aid(code):
    for text in ("The businessman deposited $2 million in a bank in Geneva.",
                 "Kuwait deposited $2 billion in its own central bank."):
        evs = code(text).events
        assert not any(e.cameo == "071" for e in evs), (text, summary(evs))


def test_the_topic_of_two_parties_talks_is_no_target(code):
    evs = code("Lula met Milei in Brasilia. The two leaders also discussed Venezuela.").events
    e = first_on(evs, "discussed")
    assert countries(e.source) == countries(e.target) == {"BRA", "ARG"}, summary(evs)
    e = first_on(code("Scholz discussed Gaza with Sisi.").events, "discussed")
    assert countries(e.target) <= {"EGY", "DEU"} and "PSE" not in countries(e.target), summary([e])


def test_a_lone_speakers_topic_stays_its_target(code):
    e = first_on(code("Scholz discussed Ukraine on Tuesday.").events, "discussed")
    assert countries(e.target) == {"UKR"}, summary([e])


def test_being_linked_to_a_state_is_no_cooperation(code):
    for text in ("Houthi officials said the freighter was linked to Israel.", "A tanker tied to Iran was seized."):
        evs = code(text).events
        assert not any(e.trigger in ("linked", "tied") for e in evs), (text, summary(evs))


def test_linking_grids_is_still_cooperation(code):
    evs = code("Jordan and Iraq linked their power grids.").events
    assert any(e.trigger == "linked" and e.cameo[:2] == "06" for e in evs), summary(evs)


def test_he_after_a_member_noun_is_that_member(code):
    evs = code("Police arrested the leader of a student union in Dhaka. He was later charged with sedition.").events
    e = first_on(evs, "charged")
    assert e.target and e.cameo[:3] == "173", summary(evs)


def test_he_skips_a_group_for_a_named_person(code):
    evs = code("Police arrested Ali Demir in Ankara. He was later charged with espionage.").events
    e = first_on(evs, "charged")
    assert all(a.kind == "person" or "Demir" in a.text for a in e.target), summary(evs)
