"""Round 10 of the event coder, on our own sentences through the real pipeline: rescues of
captives are no aid, "added" after a quote is no cooperation, a vote taken is a decision made,
idioms of cost are no payment, a detainee's lawyers made no arrest, people carried home visit
no one, a leader welcomed in person is hosted, a vow over a light verb is told once, and a
preposition whose object is named beats the bare preposition."""

from __future__ import annotations

from event_checks import countries, summary


def by_trigger(evs, word):
    return [e for e in evs if e.trigger == word]


# ------------------------------------------------------------- rescues

def test_police_freeing_people_held_by_a_gang_is_no_aid(code):
    evs = code("Kenyan police rescued six farm workers who had been kidnapped by a militia near Garissa.").events
    assert not by_trigger(evs, "rescued"), summary(evs)


def test_soldiers_rescuing_hostages_is_no_aid(code):
    evs = code("Nigerian soldiers rescued 14 hostages from their kidnappers in Zamfara state.").events
    assert not any(e.cameo.startswith("07") for e in evs), summary(evs)


def test_rescuing_disaster_victims_stays_humanitarian_aid(code):
    evs = code("Turkish rescue teams rescued 30 people trapped under the rubble in Hatay.").events
    rescued = by_trigger(evs, "rescued")
    assert [e.cameo for e in rescued] == ["073"], summary(evs)


# ------------------------------------------------------------- "he added"

def test_added_after_a_quote_is_no_cooperation(code):
    evs = code("Iraq's foreign minister criticised the raid. Baghdad reserves the right to respond, he added.").events
    assert not any(e.cameo == "060" for e in evs), summary(evs)


def test_adding_firms_to_a_blacklist_stays_a_sanction(code):
    evs = code("The United States added nine Chinese firms to its trade blacklist on Friday.").events
    added = by_trigger(evs, "added")
    assert added and added[0].cameo.startswith("16"), summary(evs)


# ------------------------------------------------------------- a vote taken

def test_a_council_that_voted_to_impose_sanctions_imposed_them(code):
    evs = code("The European Union voted on Monday to impose sanctions on Belarus.").events
    imposed = by_trigger(evs, "impose")
    assert imposed and imposed[0].cameo.startswith("163"), summary(evs)
    assert not imposed[0].modality.future, imposed[0].modality


def test_a_vote_still_to_come_stays_future(code):
    evs = code("The European Union will vote next week to impose sanctions on Belarus.").events
    imposed = by_trigger(evs, "impose")
    assert imposed and imposed[0].modality.future, summary(evs)


# ------------------------------------------------------------- idioms of cost

def test_paying_the_price_is_no_payment(code):
    evs = code("The people of Yemen will pay the price for this blockade, the envoy said.").events
    assert not by_trigger(evs, "pay"), summary(evs)


def test_paying_compensation_stays_an_event(code):
    evs = code("Iraq paid $2 billion in compensation to Kuwait.").events
    assert by_trigger(evs, "paid"), summary(evs)


# ------------------------------------------------------------- who tells an arrest

def test_lawyers_telling_of_an_arrest_did_not_make_it(code):
    evs = code("Two opposition leaders were detained at their homes in Minsk, their lawyers said.").events
    held = by_trigger(evs, "detained")
    assert held and not any(a.sector == "JUD" for a in held[0].source), summary(evs)


def test_police_telling_of_an_arrest_made_it(code):
    evs = code("Two opposition leaders were detained at their homes in Minsk, police said.").events
    held = by_trigger(evs, "detained")
    assert held and any(a.sector == "COP" for a in held[0].source), summary(evs)


# ------------------------------------------------------------- carried, not visiting

def test_soldiers_flown_home_visit_no_one(code):
    evs = code("The French army said its wounded soldiers were flown to Paris for treatment.").events
    assert not any(e.cameo == "042" for e in evs), summary(evs)


def test_a_leader_flown_abroad_visits_that_country(code):
    evs = code("Hamas leader Ismail Haniyeh was flown to Cairo for talks with Egyptian officials.").events
    flown = by_trigger(evs, "flown")
    assert [e.cameo for e in flown] == ["042"], summary(evs)
    assert countries(flown[0].target) == {"EGY"}, summary(evs)


# ------------------------------------------------------------- hosting

def test_a_foreign_leader_welcomed_in_person_is_hosted(code):
    evs = code("Indian Prime Minister Narendra Modi welcomed Indonesian President Prabowo Subianto "
               "at the presidential palace.").events
    welcomed = by_trigger(evs, "welcomed")
    # The host receives (043) and the guest visits (042): one meeting, told of both sides.
    assert sorted(e.cameo for e in welcomed) == ["042", "043"], summary(evs)


def test_a_welcomed_decision_stays_praise(code):
    evs = code("Indian Prime Minister Narendra Modi welcomed the decision of Indonesian President "
               "Prabowo Subianto.").events
    welcomed = by_trigger(evs, "welcomed")
    assert [e.cameo for e in welcomed] == ["051"], summary(evs)


# ------------------------------------------------------------- vows told once

def test_a_vow_to_continue_protests_is_one_threat(code):
    evs = code("Opposition parties in Serbia vowed to continue protests until the government resigns.").events
    assert not by_trigger(evs, "vowed"), summary(evs)
    assert any(e.cameo == "133" for e in evs), summary(evs)


def test_a_bare_vow_is_still_coded(code):
    evs = code("Opposition parties in Serbia vowed to continue.").events
    assert by_trigger(evs, "vowed"), summary(evs)


# ------------------------------------------------------------- a named preposition object wins

def test_a_call_for_a_ceasefire_is_not_a_bare_appeal(code):
    evs = code("China called for an immediate ceasefire between Thailand and Cambodia.").events
    called = by_trigger(evs, "called")
    assert called and called[0].cameo != "020", summary(evs)


def test_a_call_for_dialogue_is_an_appeal_to_negotiate(code):
    evs = code("Brazil called for dialogue between Venezuela and Guyana.").events
    called = by_trigger(evs, "called")
    assert [e.cameo for e in called] == ["026"], summary(evs)


def test_a_call_for_an_inquiry_is_an_appeal_not_an_investigation(code):
    evs = code("Brazil called for an inquiry into the shooting.").events
    called = by_trigger(evs, "called")
    assert [e.cameo for e in called] == ["020"], summary(evs)


# ------------------------------------------------------------- pushing for

def test_pushing_for_a_body_to_act_is_an_appeal_to_it(code):
    evs = code("Canada said it would push for the UN General Assembly to debate the resolution.").events
    pushed = by_trigger(evs, "push")
    assert [e.cameo for e in pushed] == ["020"], summary(evs)
    assert not by_trigger(evs, "debate"), summary(evs)


def test_pushing_without_for_is_no_appeal(code):
    evs = code("Protesters pushed through police lines in Lima.").events
    assert not any(e.cameo.startswith("02") for e in evs), summary(evs)


# ------------------------------------------------------------- answering an accusation told before

def test_declining_to_comment_on_allegations_retells_no_accusation(code):
    evs = code("Amnesty accused Cairo of torturing detainees. Egypt did not comment on the allegations.").events
    assert not by_trigger(evs, "allegations"), summary(evs)


def test_a_fresh_accusation_in_a_later_sentence_is_still_coded(code):
    evs = code("Amnesty accused Cairo of torturing detainees. Egypt denied the allegations.").events
    assert by_trigger(evs, "denied"), summary(evs)


# ------------------------------------------------------------- opening markets

def test_opening_a_market_to_a_partner_is_economic_cooperation(code):
    evs = code("China opened its markets to Australian wine in March.").events
    opened = by_trigger(evs, "opened")
    assert [e.cameo for e in opened] == ["061"], summary(evs)
    assert countries(opened[0].target) == {"AUS"}, summary(evs)


def test_opening_a_border_crossing_is_not_market_access(code):
    evs = code("Egypt opened the Rafah crossing on Monday.").events
    assert not any(e.cameo in ("061", "0311") for e in evs), summary(evs)


# ------------------------------------------------------------- a veto is a deed others judge

def test_condemning_the_vetoes_targets_the_vetoing_states(code):
    evs = code("France and Britain vetoed a draft resolution on Libya on Monday. "
               "Moscow condemned the vetoes as shameful.").events
    condemned = by_trigger(evs, "condemned")
    assert condemned and countries(condemned[0].target) == {"FRA", "GBR"}, summary(evs)


def test_condemning_a_rejection_does_not_target_the_rejecter(code):
    evs = code("Serbia rejected the proposal on Monday. Kosovo condemned the attacks on its police.").events
    condemned = by_trigger(evs, "condemned")
    assert condemned and "SRB" not in countries(condemned[0].target), summary(evs)


# ------------------------------------------------------------- reserving the right to respond

def test_reserving_the_right_to_respond_is_a_threat(code):
    evs = code("Moscow reserves the right to respond to any attack, Peskov said.").events
    reserved = by_trigger(evs, "reserves")
    assert [e.cameo[:2] for e in reserved] == ["13"], summary(evs)
    assert countries(reserved[0].source) == {"RUS"}, summary(evs)


def test_reserving_seats_is_no_threat(code):
    evs = code("The ministry reserved seats for foreign observers.").events
    assert not any(e.cameo.startswith("13") for e in evs), summary(evs)
