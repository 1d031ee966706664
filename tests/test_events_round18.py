"""Events, round 18: figures of speech about acts, lawsuits in court, whom a denial or an
official protest answers, vows to destroy a party, bodies sitting alone, parts of a state
("its banking sector"), civil-war sides, hosted talks, release demands, "each other", and a
readiness to sign. Each rule has a case that must fire and one that must not.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

from event_checks import countries, first_on, summary

PUBLISHED = date(2025, 6, 2)


def events(code, text: str):
    return code(text, published=PUBLISHED).events


# --- an act cannot threaten, reject or condemn: it is a figure ---

def test_clashes_threatening_a_truce_are_no_threat(code):
    evs = events(code, "Border guards of the two states traded fire on Thursday. "
                       "Observers said the clashes threatened a ceasefire reached in April.")
    assert not [e for e in evs if e.cameo[:2] == "13"], summary(evs)


def test_a_party_threatening_still_threatens(code):
    evs = events(code, "Rebel commanders threatened to attack the town of Kadugli.")
    assert any(e.cameo.startswith("138") for e in evs), summary(evs)


# --- a result challenged in court is a lawsuit (115), to come ---

def test_challenge_in_court_is_a_lawsuit_against_the_declarer(code):
    evs = events(code, "Malawi's electoral commission declared the incumbent the winner on Sunday. "
                       "The opposition Democratic Party said it would challenge the result in court.")
    ev = first_on(evs, "challenge")
    assert ev.cameo == "115" and ev.modality.future, summary(evs)
    assert countries(ev.target) == {"MWI"}, summary(evs)


def test_challenge_outside_court_is_no_lawsuit(code):
    evs = events(code, "The opposition party challenged the government's account of the vote.")
    assert not [e for e in evs if e.cameo == "115"], summary(evs)


# --- a denial answers the one who made the claim ---

def test_denial_answers_the_accuser(code):
    evs = events(code, "Georgia accused Russian forces of moving the boundary fence. Moscow denied the accusation.")
    ev = first_on(evs, "denied")
    assert ev.cameo == "016" and countries(ev.target) == {"GEO"}, summary(evs)


def test_denial_answers_the_teller_of_an_act(code):
    evs = events(code, "Kyrgyzstan's border service said Tajik troops fired on a checkpoint. "
                       "Tajikistan's defence ministry denied the report.")
    ev = first_on(evs, "denied")
    assert countries(ev.target) == {"KGZ"}, summary(evs)


def test_denial_with_no_claim_before_has_no_target(code):
    evs = events(code, "The ministry of Chad denied reports that its troops had crossed the border.")
    ev = first_on(evs, "denied")
    assert not ev.target, summary(evs)


# --- an official protest with no addressee is aimed at the act's doer ---

def test_protest_after_an_act_targets_its_doer(code):
    evs = events(code, "Tokyo lodged a protest after North Korea launched a ballistic missile.")
    ev = first_on(evs, "lodged")
    assert ev.cameo == "114" and countries(ev.target) == {"PRK"}, summary(evs)


def test_protest_over_the_incident_targets_who_did_it(code):
    evs = events(code, "Chinese coast guard vessels rammed a Philippine supply boat on Monday. "
                       "Manila lodged a protest over the incident.")
    ev = first_on(evs, "lodged")
    assert countries(ev.target) == {"CHN"}, summary(evs)


def test_protest_over_an_untold_incident_has_no_target(code):
    evs = events(code, "Manila lodged a protest over the incident.")
    ev = first_on(evs, "lodged")
    assert not ev.target, summary(evs)


def test_rejected_protest_names_who_lodged_it(code):
    evs = events(code, "Seoul lodged a protest with Tokyo. Japan rejected the protest.")
    ev = first_on(evs, "rejected")
    assert countries(ev.target) == {"KOR"}, summary(evs)


# --- a vow to destroy a party is a threat, not an intent to cooperate ---

def test_vow_to_dismantle_a_party_is_a_threat(code):
    evs = events(code, "The interim president vowed to dismantle the armed militias.")
    ev = first_on(evs, "vowed")
    assert ev.cameo == "130" and ev.target, summary(evs)


def test_vow_to_dismantle_a_programme_is_no_threat(code):
    evs = events(code, "Libya pledged to dismantle its chemical weapons programme.")
    assert not [e for e in evs if e.cameo[:2] == "13"], summary(evs)


# --- a body sitting alone consults no one ---

def test_security_council_meeting_alone_is_no_event(code):
    evs = events(code, "The UN Security Council will meet on Wednesday to discuss the fighting.")
    assert not [e for e in evs if e.cameo[:2] in ("03", "04")], summary(evs)


def test_security_council_meeting_with_someone_is_kept(code):
    evs = events(code, "The Security Council met with the Haitian prime minister on Monday.")
    ev = first_on(evs, "met")
    assert ev.cameo == "040" and countries(ev.target) == {"HTI"}, summary(evs)


# --- "its banking sector": a part of a state stands for the state ---

def test_its_banking_sector_is_the_states(code):
    evs = events(code, "Venezuela's oil minister said Washington had imposed new sanctions on its banking sector.")
    ev = first_on(evs, "imposed")
    assert countries(ev.source) == {"USA"} and countries(ev.target) == {"VEN"}, summary(evs)


def test_its_sector_with_no_other_owner_named_has_no_target(code):
    evs = events(code, "Washington imposed new sanctions on its banking sector.")
    ev = first_on(evs, "imposed")
    assert not ev.target, summary(evs)


# --- civil war: the state condemns the rebels' act ---

def test_government_condemns_rebel_attack(code):
    evs = events(code, "The Rapid Support Forces shelled a market in Omdurman on Friday. "
                       "Sudan's foreign ministry condemned the attack.")
    ev = first_on(evs, "condemned")
    assert [a.code for a in ev.target] == ["SDNREB"], summary(evs)


def test_state_does_not_condemn_its_own_side(code):
    evs = events(code, "Sudanese army aircraft bombed a fuel depot on Friday. "
                       "Sudan's foreign ministry condemned the attack.")
    ev = first_on(evs, "condemned")
    assert "SDNMIL" not in {a.code for a in ev.target}, summary(evs)


# --- talks hosted between others are a mediation ---

def test_hosting_talks_between_sides_is_mediation(code):
    evs = events(code, "Turkey will host talks between Ethiopia and Eritrea in Ankara next month.")
    ev = first_on(evs, "host")
    assert ev.cameo == "039" and countries(ev.target) == {"ETH", "ERI"}, summary(evs)


def test_hosting_talks_with_someone_is_no_mediation(code):
    evs = events(code, "Turkey will host talks with Ethiopia in Ankara next month.")
    ev = first_on(evs, "host")
    assert ev.cameo != "039", summary(evs)


# --- a release demanded is asked of the captor ---

def test_release_demand_targets_the_captor(code):
    evs = events(code, "Iranian forces seized a British tanker and detained its crew. "
                       "Britain demanded the immediate release of the sailors.")
    ev = first_on(evs, "demanded")
    assert ev.cameo == "1053" and countries(ev.target) == {"IRN"}, summary(evs)


def test_release_demand_with_no_captor_told_keeps_its_target(code):
    evs = events(code, "Britain demanded the immediate release of the Iranian sailors.")
    ev = first_on(evs, "demanded")
    assert countries(ev.target) == {"IRN"}, summary(evs)


# --- "each other" ---

def test_accused_each_other_is_mutual(code):
    evs = events(code, "Serbia and Kosovo accused each other of stoking tension.")
    ev = first_on(evs, "accused")
    assert countries(ev.target) == {"SRB", "XKX"} or len(ev.target) == 2, summary(evs)


def test_accused_one_party_is_not_mutual(code):
    evs = events(code, "Serbia and Hungary accused Kosovo of stoking tension.")
    ev = first_on(evs, "accused")
    assert "SRB" not in countries(ev.target), summary(evs)


# --- "committed to signing": the subject's intent ---

def test_committed_to_signing_is_an_intent_of_the_subject(code):
    evs = events(code, "Armenia is committed to signing a peace treaty with Azerbaijan.")
    ev = first_on(evs, "signing")
    assert ev.cameo == "030" and countries(ev.source) == {"ARM"}, summary(evs)


def test_a_treaty_signed_is_no_intent(code):
    evs = events(code, "Armenia signed a peace treaty with Azerbaijan on Friday.")
    ev = first_on(evs, "signed")
    assert ev.cameo == "057", summary(evs)


# --- a toll's second count is the same strike ---

def test_killed_and_wounded_a_number_is_one_strike(code):
    evs = events(code, "Israeli air strikes killed six people and wounded 14 in Khan Younis, medics said.")
    assert not [e for e in evs if e.trigger == "wounded"], summary(evs)


# --- parties "between", a capital named as a place among them ---

def test_mediated_between_a_capital_and_a_group(code):
    evs = events(code, "Qatar, which has mediated between Washington and the Taliban, offered to host talks.")
    ev = first_on(evs, "mediated")
    assert countries(ev.target) == {"USA", "AFG"}, summary(evs)


def test_mediation_with_no_between_keeps_its_target(code):
    evs = events(code, "Qatar mediated the talks on prisoners.")
    assert not [e for e in evs if "+target:between" in e.rule], summary(evs)


# --- "sell Armenia three radar systems": the recipient read as a modifier ---

def test_recipient_read_as_modifier_before_a_number(code):
    evs = events(code, "India agreed to sell Armenia four artillery systems.")
    ev = first_on(evs, "sell")
    assert countries(ev.target) == {"ARM"}, summary(evs)


def test_origin_adjective_is_no_recipient(code):
    evs = events(code, "Iran sold two Russian helicopters to Sudan.")
    ev = first_on(evs, "sold")
    assert countries(ev.target) == {"SDN"}, summary(evs)


# --- "his party": the leader stands for the body he leads ---

def test_his_party_is_its_leader(code):
    evs = events(code, "The opposition leader said his party would challenge the result in court.")
    ev = first_on(evs, "challenge")
    assert ev.cameo == "115" and ev.source, summary(evs)


def test_his_party_with_no_leader_named_has_no_source(code):
    evs = events(code, "Her party would challenge the result in court, a statement said.")
    assert not [e for e in evs if e.cameo == "115" and e.source], summary(evs)


# --- a protest drawn from a party is that party's act on the doer of what drew it ---

def test_deal_drew_a_protest_from_a_capital(code):
    evs = events(code, "Russia and Iran signed a defence pact. The agreement drew condemnation from Washington.")
    ev = first_on(evs, "drew")
    assert ev.cameo == "111" and countries(ev.source) == {"USA"} and countries(ev.target) == {"RUS", "IRN"}, summary(evs)


def test_drawing_crowds_is_no_protest(code):
    evs = events(code, "The Pope's visit drew huge crowds from across Kenya.")
    assert not [e for e in evs if e.trigger == "drew" and e.cameo[:2] == "11"], summary(evs)


# --- corridors opened for civilians are humanitarian access allowed ---

def test_corridor_opened_is_humanitarian_access(code):
    evs = events(code, "Russian forces opened a humanitarian corridor from Mariupol on Sunday.")
    ev = first_on(evs, "opened")
    assert ev.cameo == "0863", summary(evs)


def test_corridor_promised_is_an_intent(code):
    evs = events(code, "The rebels said they would open safe corridors for civilians.")
    ev = first_on(evs, "open")
    assert ev.cameo == "0355" and ev.modality.future, summary(evs)


def test_an_office_opened_is_no_access(code):
    evs = events(code, "Kenya opened a new consulate in Juba.")
    assert not [e for e in evs if e.cameo == "0863"], summary(evs)


def test_drawing_condemnation_beside_the_act_is_told_too(code):
    evs = events(code, "Israel struck a school in Gaza, drawing condemnation from Egypt and Jordan.")
    ev = first_on(evs, "drawing")
    assert ev.cameo == "111" and countries(ev.source) == {"EGY", "JOR"} and countries(ev.target) == {"ISR"}, summary(evs)
    assert first_on(evs, "struck").cameo[:2] == "19", summary(evs)


def test_a_participle_of_the_same_actor_stays_secondary(code):
    evs = events(code, "Israel struck a school in Gaza, drawing on intelligence from its agents.")
    assert not [e for e in evs if e.trigger == "drawing"], summary(evs)


# --- asking a party to agree to a truce asks for de-escalation ---

def test_urged_to_agree_to_a_truce_is_an_appeal_to_de_escalate(code):
    evs = events(code, "Kenya urged Ethiopia and Eritrea to agree to a truce.")
    ev = first_on(evs, "urged")
    assert ev.cameo == "0256", summary(evs)


def test_urged_to_agree_to_a_trade_deal_is_no_de_escalation(code):
    evs = events(code, "Kenya urged Ethiopia and Eritrea to agree to a trade deal.")
    ev = first_on(evs, "urged")
    assert ev.cameo != "0256", summary(evs)


# --- aid that arrives is aid provided ---

def test_aid_convoy_reaching_a_town_is_aid(code):
    evs = events(code, "A UN convoy carrying medicine reached the Congolese city of Goma on Tuesday.")
    ev = first_on(evs, "reached")
    assert ev.cameo == "073" and [a.code for a in ev.source] == ["IGOUNO"] and countries(ev.target) == {"COD"}, summary(evs)


def test_aid_body_telling_of_its_convoy_provides_it(code):
    evs = events(code, "The World Food Programme said a convoy of trucks carrying flour reached Gaza City.")
    ev = first_on(evs, "reached")
    assert ev.cameo == "073" and ev.source and countries(ev.target) == {"PSE"}, summary(evs)


def test_military_convoy_arriving_is_no_aid(code):
    evs = events(code, "A Russian military convoy reached the outskirts of Kyiv.")
    assert not [e for e in evs if e.cameo == "073"], summary(evs)
