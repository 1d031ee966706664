"""Round 16 of the event coder, on our own sentences through the real pipeline: appeals made
"to" an uncoded addressee, a refusal to talk gets no act back, rejecting a result is a plain
rejection, the main verb hung on a root noun after a relative clause, helping to settle a
dispute is mediation, "offered to help" is no offer of aid, extradition to a state targets it,
a person seized is abducted or arrested, cutting off the internet restricts freedoms, a protest
note handed over, an act named as subject sends no message, and returned fire answers the
last attacker."""

from __future__ import annotations

from event_checks import countries, summary


def by_trigger(evs, word):
    return [e for e in evs if e.trigger == word]


# ------------------------------------------------------------- appeals to an uncoded addressee

def test_appeal_to_unnamed_parties_to_show_restraint_is_an_appeal_not_their_act(code):
    evs = code("The Secretary-General appealed to both countries to exercise restraint on Sunday.").events
    assert not by_trigger(evs, "exercise"), summary(evs)
    appeal = by_trigger(evs, "appealed")
    assert appeal and appeal[0].cameo == "0256", summary(evs)


def test_appeal_to_captors_to_free_a_hostage_asks_for_release(code):
    evs = code("The family of the kidnapped engineer appealed to his captors to release him unharmed.").events
    assert not by_trigger(evs, "release"), summary(evs)
    assert any(e.cameo == "0253" for e in by_trigger(evs, "appealed")), summary(evs)


def test_going_to_a_place_to_act_is_no_appeal(code):
    # Only appeal verbs take their addressee with "to": the act after a journey stays.
    evs = code("Indian troops moved to the border villages to evacuate residents.").events
    assert not any(e.cameo.startswith("02") for e in evs), summary(evs)


# ------------------------------------------------------------- refusals and rejections

def test_refusing_to_negotiate_with_someone_is_not_their_refusal(code):
    evs = code("The president said Colombia would not negotiate with the armed groups.").events
    neg = by_trigger(evs, "negotiate")
    assert len(neg) == 1 and countries(neg[0].source) == {"COL"}, summary(evs)


def test_talks_held_with_someone_still_go_both_ways(code):
    evs = code("Colombia held talks with Venezuela on Monday.").events
    assert len(by_trigger(evs, "held")) == 2, summary(evs)


def test_rejecting_an_election_result_is_a_plain_rejection(code):
    evs = code("Kenya's main opposition party rejected the result of the presidential election.").events
    rej = by_trigger(evs, "rejected")
    assert rej and rej[0].cameo == "120", summary(evs)


# ------------------------------------------------------------- main verb after a relative clause

def test_verb_after_a_relative_clause_on_the_root_noun_has_that_noun_as_subject(code):
    evs = code("Oman, which borders both countries, called for calm and offered to host talks.").events
    call = by_trigger(evs, "called")
    assert call and countries(call[0].source) == {"OMN"}, summary(evs)
    assert any(countries(e.source) == {"OMN"} and e.cameo.startswith("03") for e in evs), summary(evs)


def test_headline_participle_without_relative_clause_stays_passive(code):
    evs = code("Two Nigerian soldiers killed in ambush near Maiduguri.").events
    assert not any(countries(e.source) == {"NGA"} for e in by_trigger(evs, "killed")), summary(evs)


# ------------------------------------------------------------- helping and mediation

def test_helping_the_parties_settle_their_dispute_is_mediation(code):
    evs = code("Qatar helped Ethiopia and Sudan resolve their dispute over the border.").events
    assert any(e.cameo == "045" for e in by_trigger(evs, "helped")), summary(evs)


def test_offer_to_help_settle_is_an_offer_to_mediate_and_not_of_aid(code):
    evs = code("Turkey offered to help the two neighbours settle their differences.").events
    assert not any(e.cameo == "033" for e in evs), summary(evs)
    assert any(e.cameo == "039" for e in evs), summary(evs)


def test_helping_to_rebuild_is_still_aid(code):
    evs = code("Japan helped Ukraine rebuild its power grid.").events
    assert any(e.cameo == "070" for e in by_trigger(evs, "helped")), summary(evs)


def test_offering_aid_is_still_an_offer_of_aid(code):
    evs = code("Japan offered humanitarian aid to Ukraine on Monday.").events
    assert any(e.cameo.startswith("033") for e in by_trigger(evs, "offered")), summary(evs)


# ------------------------------------------------------------- judicial cooperation

def test_extradition_to_a_state_targets_the_state_not_the_suspect(code):
    evs = code("Colombia extradited a senior commander of the Clan del Golfo to the United States.").events
    ext = by_trigger(evs, "extradited")
    assert ext and ext[0].cameo == "063" and countries(ext[0].target) == {"USA"}, summary(evs)


# ------------------------------------------------------------- seizing people

def test_gunmen_seizing_a_person_abduct_her(code):
    evs = code("Gunmen seized the Ecuadorian journalist outside her home in Guayaquil.").events
    seized = by_trigger(evs, "seized")
    assert seized and seized[0].cameo == "181", summary(evs)


def test_police_seizing_a_person_arrest_him(code):
    evs = code("Police seized the opposition leader at his home in Harare.").events
    seized = by_trigger(evs, "seized")
    assert seized and seized[0].cameo == "173", summary(evs)


def test_seizing_a_tanker_is_still_seizing_property(code):
    evs = code("The navy seized an Iranian tanker in the Gulf.").events
    seized = by_trigger(evs, "seized")
    assert seized and seized[0].cameo.startswith("171"), summary(evs)


# ------------------------------------------------------------- restrictions on freedoms

def test_shutting_down_the_internet_restricts_freedoms(code):
    evs = code("Ugandan authorities shut down mobile internet across the country on Tuesday.").events
    assert any(e.cameo == "1721" for e in by_trigger(evs, "shut")), summary(evs)


def test_shutting_down_a_trade_mission_is_not_a_restriction_on_freedoms(code):
    evs = code("Uganda shut down its trade mission in Nairobi.").events
    assert not any(e.cameo == "1721" for e in evs), summary(evs)


# ------------------------------------------------------------- protests and messages

def test_handing_over_a_protest_note_complains(code):
    evs = code("Bangladesh's foreign ministry handed the Myanmar envoy a protest note on Monday.").events
    handed = by_trigger(evs, "handed")
    assert handed and handed[0].cameo == "114" and countries(handed[0].target) == {"MMR"}, summary(evs)


def test_handing_over_a_letter_is_no_protest(code):
    evs = code("Bangladesh's foreign ministry handed the Myanmar envoy a letter on Monday.").events
    assert not any(e.cameo == "114" for e in evs), summary(evs)


def test_an_act_sends_no_message(code):
    evs = code("The minister said the arrests sent a clear message to smugglers.").events
    assert not by_trigger(evs, "sent"), summary(evs)


def test_an_actor_still_sends_a_message(code):
    evs = code("The Chilean president sent a message to the Bolivian government.").events
    assert by_trigger(evs, "sent"), summary(evs)


# ------------------------------------------------------------- returned fire

def test_returned_fire_targets_the_last_attacker_of_that_side(code):
    evs = code("Armenian forces shelled Azerbaijani villages overnight. Azerbaijani troops returned fire.").events
    ret = by_trigger(evs, "returned")
    assert ret and countries(ret[0].target) == {"ARM"}, summary(evs)


def test_returned_fire_with_no_attack_told_has_no_target(code):
    evs = code("Azerbaijani troops returned fire near the border.").events
    ret = by_trigger(evs, "returned")
    assert ret and not ret[0].target, summary(evs)


# ------------------------------------------------------------- handing over a person

def test_handing_over_a_named_suspect_to_foreign_marshals_is_judicial_cooperation(code):
    evs = code("Peruvian police handed over Luis Alberto Ramos to US marshals in Lima on Friday.").events
    handed = by_trigger(evs, "handed")
    assert handed and handed[0].cameo == "063" and countries(handed[0].target) == {"USA"}, summary(evs)


def test_handing_over_a_town_still_yields(code):
    evs = code("The rebels handed over the town to government forces on Friday.").events
    assert not any(e.cameo == "063" for e in evs), summary(evs)


# ------------------------------------------------------------- protests told in a relative clause

def test_crowd_dispersed_after_protesting_protested_too(code):
    evs = code("Police dispersed hundreds of opposition supporters who protested outside the electoral commission in Harare.").events
    assert by_trigger(evs, "protested") and by_trigger(evs, "dispersed"), summary(evs)


def test_other_acts_in_a_relative_clause_stay_background(code):
    evs = code("Police arrested a Zimbabwean lawyer who criticised the president.").events
    assert not by_trigger(evs, "criticised"), summary(evs)


# ------------------------------------------------------------- sufferers of a battle

def test_soldiers_wounded_in_a_battle_with_gunmen_fought_them_and_were_hit_by_them(code):
    evs = code("Two Colombian soldiers were wounded in a gun battle with gunmen near Cali.").events
    battle = by_trigger(evs, "battle")
    assert any(countries(e.source) == {"COL"} for e in battle), summary(evs)
    wounded = by_trigger(evs, "wounded")
    assert wounded and not any(countries(e.source) == {"COL"} for e in wounded), summary(evs)


def test_civilians_killed_in_fighting_between_two_sides_are_not_a_side(code):
    evs = code("Two Colombian civilians were killed in fighting between the army and rebels.").events
    fight = by_trigger(evs, "fighting")
    assert fight and not any(e.source and all(a.sector == "CVL" for a in e.source) for e in fight), summary(evs)
