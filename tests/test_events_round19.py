"""Events, round 19: speech acts coordinated inside a reported complement, verdicts that call
a deed "an act of aggression", vows to hold one's own ground, policies that "target" no one by
force, a mediator's parties from the main dispute told, designation as a terrorist organisation,
reactions drawn "from" a party (one lexicon mechanism), released records, displays on one's own
soil, unnamed firm measures vowed, and scuffles. Each rule has a case that must fire and one
that must not.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

from event_checks import countries, first_on, summary

PUBLISHED = date(2025, 6, 2)


def events(code, text: str):
    return code(text, published=PUBLISHED).events


# --- a speech act coordinated inside what is reported is the reporter's ---

def test_appeal_after_an_unnotified_complement_is_the_speakers(code):
    evs = events(code, "Kenya's foreign ministry said it had not been formally informed and urged Kampala "
                       "to settle the matter through talks.")
    ev = first_on(evs, "urged")
    assert ev.cameo[:2] == "02" and countries(ev.source) == {"KEN"} and countries(ev.target) == {"UGA"}, summary(evs)
    assert not [e for e in evs if e.trigger == "settle"], summary(evs)  # asked for, not done


def test_accusation_after_another_partys_act_is_the_speakers(code):
    evs = events(code, "Manila said Chinese vessels had rammed a supply boat and accused Beijing of piracy.")
    ev = first_on(evs, "accused")
    assert countries(ev.source) == {"PHL"} and countries(ev.target) == {"CHN"}, summary(evs)


def test_third_partys_act_and_demand_stay_the_third_partys(code):
    # "had seized ... and demanded": an active third party's acts share its subject.
    evs = events(code, "Kenya said Somali militants had seized the town and demanded a ransom.")
    assert not [e for e in evs if e.trigger == "demanded" and "KEN" in countries(e.source)], summary(evs)


def test_no_party_demands_of_itself_the_reporter_does(code):
    evs = events(code, "India said Chinese troops had crossed the line and demanded that Beijing withdraw them.")
    ev = first_on(evs, "demanded")
    assert countries(ev.source) == {"IND"} and countries(ev.target) == {"CHN"}, summary(evs)


def test_demand_after_a_told_state_is_the_speakers(code):
    evs = events(code, "Kenya said the mission lacked helicopters and urged donors to send more aircraft.")
    ev = first_on(evs, "urged")
    assert countries(ev.source) == {"KEN"}, summary(evs)


def test_two_plain_past_acts_stay_with_the_complement_subject(code):
    # Both conjuncts may be the reported party's: the parser's reading is kept.
    evs = events(code, "Ethiopia said Somalia rejected the offer and demanded new talks.")
    assert not [e for e in evs if e.trigger == "demanded" and "ETH" in countries(e.source)], summary(evs)


def test_verdict_called_after_a_passive_complement_is_the_speakers(code):
    evs = events(code, "The Dominican Republic deported hundreds of migrants. Haiti's foreign ministry said "
                       "it had not been consulted and called the deportations a violation of human rights.")
    ev = first_on(evs, "called")
    assert ev.cameo == "111" and countries(ev.source) == {"HTI"} and countries(ev.target) == {"DOM"}, summary(evs)


# --- "called X an act of aggression": a condemnation of X's doers ---

def test_act_of_aggression_is_a_condemnation(code):
    evs = events(code, "Russia deployed troops along the border with Georgia. "
                       "Georgia called the deployment an act of aggression.")
    ev = first_on(evs, "called")
    assert ev.cameo == "111" and countries(ev.target) == {"RUS"}, summary(evs)


def test_act_of_goodwill_is_no_condemnation(code):
    evs = events(code, "Georgia called the prisoner swap an act of goodwill.")
    assert not [e for e in evs if e.cameo[:2] == "11"], summary(evs)


# --- defending one's own ground is no intent toward another ---

def test_vow_to_defend_own_territory_is_no_cooperation(code):
    evs = events(code, "Guyana vowed to defend its territory.")
    assert not [e for e in evs if e.cameo[:2] == "03"], summary(evs)


def test_vow_to_cooperate_stays(code):
    evs = events(code, "Guyana vowed to cooperate with Brazil on border security.")
    assert any(e.cameo[:2] == "03" for e in evs), summary(evs)


# --- a policy "targets" whom it covers: no force ---

def test_measures_target_no_force(code):
    evs = events(code, "Britain imposed sanctions on Belarus on Monday. The measures target its potash industry.")
    assert not [e for e in evs if e.cameo[:2] == "19"], summary(evs)


def test_drones_target_still_force(code):
    evs = events(code, "Ukrainian drones targeted an oil depot in Bryansk.")
    assert any(e.cameo[:2] == "19" for e in evs), summary(evs)


# --- an offer to mediate: between the sides of the main dispute told ---

def test_offer_to_mediate_takes_the_main_disputes_sides(code):
    evs = events(code, "Armenia accused Azerbaijan of shelling border villages. Azerbaijan rejected the claim and "
                       "accused Yerevan of provocations. Baku warned Paris not to interfere. "
                       "Kazakhstan offered to mediate.")
    ev = first_on(evs, "mediate")
    assert countries(ev.source) == {"KAZ"} and countries(ev.target) == {"ARM", "AZE"}, summary(evs)


def test_offer_to_mediate_with_no_dispute_told_has_no_target(code):
    evs = events(code, "Kazakhstan offered to mediate.")
    ev = first_on(evs, "mediate")
    assert not ev.target, summary(evs)


# --- designation as a terrorist organisation: a sanction (163), like a blacklisting ---

def test_designated_as_terrorist_organisation_is_a_sanction(code):
    evs = events(code, "Canada designated the Tren de Aragua gang as a terrorist organisation on Friday.")
    ev = first_on(evs, "designated")
    assert ev.cameo == "163" and countries(ev.source) == {"CAN"}, summary(evs)


def test_designated_as_a_partner_is_no_sanction(code):
    evs = events(code, "Canada designated Brazil as a priority partner.")
    assert not [e for e in evs if e.cameo[:2] == "16"], summary(evs)


# --- a reaction drawn "from" a party: that party's act on the subject's doer ---

def test_praise_won_from_a_capital(code):
    evs = events(code, "Egypt's mediation won praise from Washington.")
    ev = first_on(evs, "won")
    assert ev.cameo == "051" and countries(ev.source) == {"USA"} and countries(ev.target) == {"EGY"}, summary(evs)


def test_criticism_sparked_from_a_state(code):
    evs = events(code, "Hungary's veto sparked criticism from Poland.")
    ev = first_on(evs, "sparked")
    assert ev.cameo == "111" and countries(ev.source) == {"POL"} and countries(ev.target) == {"HUN"}, summary(evs)


def test_protests_sparked_in_a_city_are_no_reaction_from_a_party(code):
    evs = events(code, "The fuel price rise sparked protests in Lagos.")
    assert not [e for e in evs if e.trigger == "sparked" and e.cameo[:2] in ("05", "11")], summary(evs)


# --- released records are disclosed, not freed ---

def test_call_to_release_records_is_no_release_appeal(code):
    evs = events(code, "Chile called on the Bolivian authorities to release the voting records.")
    ev = first_on(evs, "called")
    assert ev.cameo[:2] == "02" and ev.cameo != "0253", summary(evs)


def test_call_to_release_detainees_stays_a_release_appeal(code):
    evs = events(code, "Chile called on the Bolivian authorities to release the detained students.")
    ev = first_on(evs, "called")
    assert ev.cameo == "0253", summary(evs)


# --- a display of force on one's own soil is aimed at no one ---

def test_patrol_of_own_territory_has_no_target(code):
    evs = events(code, "Beijing said its troops had been patrolling Chinese territory.")
    ev = first_on(evs, "patrolling")
    assert "CHN" not in countries(ev.target), summary(evs)


def test_patrol_near_another_state_keeps_it(code):
    evs = events(code, "Chinese warships patrolled near Taiwan on Sunday.")
    ev = first_on(evs, "patrolled")
    assert countries(ev.target) == {"TWN"}, summary(evs)


# --- unnamed firm measures vowed: a threat; steps to improve ties: none ---

def test_vow_of_necessary_steps_is_a_threat(code):
    evs = events(code, "China vowed to take necessary steps to protect the rights of its firms.")
    assert any(e.cameo == "130" for e in evs), summary(evs)
    assert not [e for e in evs if e.cameo[:2] == "03"], summary(evs)


def test_steps_to_improve_ties_are_no_threat(code):
    evs = events(code, "India took steps to improve ties with Nepal.")
    assert not [e for e in evs if e.cameo[:2] == "13"], summary(evs)


# --- a meeting held "at" a place is a meeting, a scuffle is fought by both ---

def test_met_at_a_border_post_is_a_meeting(code):
    evs = events(code, "Indian and Chinese commanders met at a border post on Tuesday.")
    ev = first_on(evs, "met")
    assert ev.cameo[:2] == "04", summary(evs)


def test_scuffle_is_mutual(code):
    evs = events(code, "Indian and Chinese soldiers scuffled along the frontier on Sunday.")
    ev = first_on(evs, "scuffled")
    assert countries(ev.source) == countries(ev.target) == {"IND", "CHN"}, summary(evs)


# --- a bare intent is toward the foreign party its uncoded act touches ---

def test_agreeing_to_represent_anothers_interests_targets_it(code):
    evs = events(code, "Switzerland agreed to represent Iran's interests in Cairo.")
    ev = first_on(evs, "agreed")
    assert countries(ev.target) == {"IRN"}, summary(evs)


def test_pledging_own_officers_has_no_target_from_them(code):
    evs = events(code, "Kenya pledged to deploy 600 more officers.")
    assert all(not e.target for e in evs if e.trigger == "pledged"), summary(evs)


# --- returning fire: at the last attacker told, when no one of the side was attacked ---

def test_returned_fire_after_an_attack_on_others(code):
    evs = events(code, "Islamist militants attacked an army base in Niger on Tuesday. "
                       "Chadian soldiers returned fire.")
    ev = first_on(evs, "returned")
    assert ev.target and "TCD" not in countries(ev.target), summary(evs)
