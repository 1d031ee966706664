"""Round 15 of the event coder, on our own sentences through the real pipeline: trade measures
(retaliating with duties, announcing a ban, whom a ban on exports falls on, a complaint lodged
with a trade body), warnings of a foreseen loss or of things with no one behind them (012),
"not able to" negating the act, a one-sided intent to talk gets no act back, a bare "signalled"
intent gives way to the act it names, the asker named by an apposition or by its own modifiers,
a state's bombing is an air attack, a deadline given is an ultimatum, coercive acts in an
"-ing" clause are told, a plural conjunct before a finite verb is that verb's subject, and the
owner of a rejected proposal is the target."""

from __future__ import annotations

from event_checks import countries, summary


def by_trigger(evs, word):
    return [e for e in evs if e.trigger == word]


# ------------------------------------------------------------- trade measures

def test_retaliating_with_duties_imposes_them_on_the_goods_country(code):
    evs = code("Ottawa swiftly retaliated with duties on American steel and whisky on Monday.").events
    ret = by_trigger(evs, "retaliated")
    assert ret and ret[0].cameo == "163" and countries(ret[0].target) == {"USA"}, summary(evs)


def test_retaliating_with_strikes_is_still_force(code):
    evs = code("Israel retaliated with air strikes on Hezbollah positions in southern Lebanon.").events
    assert not any(e.cameo == "163" for e in evs), summary(evs)


def test_announcing_a_ban_on_exports_to_a_country_is_a_sanction_on_it(code):
    evs = code("Beijing announced a ban on sales of rare earth magnets to Japan on Tuesday.").events
    ban = by_trigger(evs, "announced")
    assert ban and ban[0].cameo == "163" and countries(ban[0].target) == {"JPN"}, summary(evs)


def test_announcing_a_visit_is_no_sanction(code):
    evs = code("Beijing announced a visit by its foreign minister to Japan on Tuesday.").events
    assert not any(e.cameo == "163" for e in evs), summary(evs)


def test_a_trade_body_a_complaint_is_lodged_with_is_no_target(code):
    evs = code("Brazil lodged a complaint with the World Trade Organization over the new levies.").events
    comp = [e for e in evs if e.cameo == "114"]
    assert comp and not any(a.code.startswith("IGO") for a in comp[0].target), summary(evs)


def test_a_state_a_complaint_is_lodged_with_stays_the_target(code):
    evs = code("Egypt lodged a complaint with Israel over the shooting of a border guard.").events
    comp = [e for e in evs if e.cameo == "114"]
    assert comp and countries(comp[0].target) == {"ISR"}, summary(evs)


def test_supplies_disrupted_reduce_no_relations(code):
    evs = code("The Russian blockade could disrupt grain shipping to Egypt for months.").events
    assert not any(e.cameo[:2] == "16" for e in evs), summary(evs)


# ------------------------------------------------------------- warnings

def test_a_foreseen_loss_is_a_pessimistic_comment(code):
    evs = code("The agency's chief, Rafael Grossi, warned that the agency might no longer be able "
               "to track the material.").events
    warn = by_trigger(evs, "warned")
    assert warn and warn[0].cameo == "012", summary(evs)


def test_a_speaker_warning_of_its_own_measures_still_threatens(code):
    evs = code("Moscow warned that it could take retaliatory measures against the Baltic states.").events
    warn = by_trigger(evs, "warned")
    assert warn and warn[0].cameo[:2] == "13", summary(evs)


def test_a_thing_with_no_one_behind_it_is_an_outlook(code):
    evs = code("The IMF chief warned that rising tariffs could slash world growth next year.").events
    warn = by_trigger(evs, "warned")
    assert warn and warn[0].cameo == "012", summary(evs)


def test_his_country_is_a_party_not_a_danger(code):
    evs = code("Turkey's president warned that his country would not allow Kurdish militias to "
               "hold the border strip.").events
    warn = by_trigger(evs, "warned")
    assert warn and warn[0].cameo[:2] == "13", summary(evs)


# ------------------------------------------------------------- negation, intent, appeals

def test_not_able_to_deliver_negates_the_delivery(code):
    evs = code("The charity said it had not been able to deliver food to the camp since March.").events
    assert not any(e.cameo[:2] == "07" and not e.modality.negated for e in evs), summary(evs)


def test_able_to_deliver_is_not_negated(code):
    evs = code("The charity said it had finally been able to deliver food to Gaza on Sunday.").events
    assert not any(e.modality.negated for e in evs), summary(evs)


def test_a_one_sided_intent_to_talk_gets_no_act_back(code):
    evs = code("Caracas said it was willing to reopen talks with Washington.").events
    assert any(e.cameo == "036" and countries(e.source) == {"VEN"} for e in evs), summary(evs)
    assert not any(countries(e.source) == {"USA"} for e in evs), summary(evs)


def test_talks_held_still_go_both_ways(code):
    evs = code("Venezuela held talks with the United States in Doha on Sunday.").events
    assert {frozenset(countries(e.source)) for e in evs} >= {frozenset({"VEN"}), frozenset({"USA"})}, summary(evs)


def test_a_signalled_intent_gives_way_to_the_act_named(code):
    evs = code("Pyongyang signalled that it was ready to resume talks with Seoul.").events
    assert not by_trigger(evs, "signalled"), summary(evs)


def test_a_signal_naming_no_act_stays(code):
    evs = code("Pyongyang signalled its readiness to cooperate on Monday.").events
    assert by_trigger(evs, "signalled"), summary(evs)


def test_an_asker_named_by_an_apposition_appeals(code):
    evs = code("The EU foreign policy chief, Kaja Kallas, condemned the shelling and called on "
               "both armies to allow aid convoys through.").events
    assert by_trigger(evs, "called") and by_trigger(evs, "called")[0].cameo[:2] == "02", summary(evs)
    assert not by_trigger(evs, "allow"), summary(evs)


def test_a_body_its_modifiers_name_appeals(code):
    evs = code("French fishing unions appealed to the government to compensate crews hit by the ban.").events
    app = by_trigger(evs, "appealed")
    assert app and app[0].cameo == "023", summary(evs)
    assert not by_trigger(evs, "compensate"), summary(evs)


# ------------------------------------------------------------- force, ultimatums, coups

def test_an_army_bombing_is_an_air_attack(code):
    evs = code("Myanmar's army bombed a school in Sagaing on Tuesday.").events
    bomb = by_trigger(evs, "bombed")
    assert bomb and bomb[0].cameo == "195", summary(evs)


def test_militants_bombing_stays_a_bombing(code):
    evs = code("Militants bombed a bus station in Quetta on Tuesday.").events
    bomb = by_trigger(evs, "bombed")
    assert bomb and bomb[0].cameo == "183", summary(evs)


def test_days_given_to_act_are_an_ultimatum(code):
    evs = code("ECOWAS gave the military rulers of Gabon ten days to free the president.").events
    gave = by_trigger(evs, "gave")
    assert gave and gave[0].cameo == "139", summary(evs)


def test_aid_given_is_no_ultimatum(code):
    evs = code("Japan gave Ukraine 200 generators on Friday.").events
    assert not any(e.cameo == "139" for e in evs), summary(evs)


def test_coercive_acts_in_ing_clauses_are_told(code):
    evs = code("Officers took over the state broadcaster in Libreville, arresting the prime minister "
               "and imposing a curfew.").events
    codes = {e.cameo for e in evs}
    assert "173" in codes and "1723" in codes, summary(evs)


def test_a_toll_in_an_ing_clause_is_not_a_second_attack(code):
    evs = code("Rebels attacked an army base near Goma, killing nine soldiers.").events
    assert not by_trigger(evs, "killing"), summary(evs)


def test_a_plural_before_a_finite_conjunct_is_its_subject(code):
    evs = code("Kenya closed its border with Somalia and masked gunmen attacked a police post in Mandera.").events
    att = by_trigger(evs, "attacked")
    assert att and "KEN" not in countries(att[0].source), summary(evs)
    closed = by_trigger(evs, "closed")
    assert closed and not any(a.sector == "UAF" for a in closed[0].target), summary(evs)


def test_a_plural_object_conjunct_stays_an_object(code):
    evs = code("Police seized rifles and grenades hidden in the house.").events
    assert not any(e.trigger == "hidden" for e in evs), summary(evs)


# ------------------------------------------------------------- judged things

def test_the_owner_of_a_rejected_proposal_is_the_target(code):
    evs = code("Kyiv rejected a Russian proposal for a partial truce.").events
    rej = by_trigger(evs, "rejected")
    assert rej and rej[0].cameo[:2] == "12" and countries(rej[0].target) == {"RUS"}, summary(evs)


def test_an_unowned_proposal_has_no_target(code):
    evs = code("Kyiv rejected the proposal for a partial truce.").events
    rej = by_trigger(evs, "rejected")
    assert rej and not rej[0].target, summary(evs)


def test_an_act_inside_an_open_question_is_secondary(code):
    evs = code("Tokyo said it was examining whether the Korean subsidies violated trade rules, and "
               "summoned the Korean ambassador.").events
    assert not by_trigger(evs, "violated"), summary(evs)


def test_an_act_told_as_done_after_whether_is_not_touched(code):
    evs = code("Russian forces shelled Kharkiv overnight, whether or not talks resume.").events
    assert by_trigger(evs, "shelled"), summary(evs)


def test_a_minister_sent_for_talks_with_a_side_targets_it(code):
    evs = code("Hanoi sent its finance minister to Washington for talks with American officials.").events
    sent = by_trigger(evs, "sent")
    assert sent and countries(sent[0].target) == {"USA"}, summary(evs)


def test_a_message_carried_from_someone_is_not_addressed_to_them(code):
    evs = code("Qatar's envoy delivered a message from the Israeli prime minister on Sunday.").events
    assert not any(countries(e.target) == {"ISR"} for e in evs), summary(evs)


def test_a_message_delivered_to_someone_is_addressed_to_them(code):
    evs = code("Qatar's envoy delivered a message to the Israeli prime minister on Sunday.").events
    assert any(countries(e.target) == {"ISR"} for e in evs), summary(evs)


def test_an_appeal_to_settle_a_dispute_is_027(code):
    evs = code("The African Union urged Ethiopia and Egypt to resolve their differences over the dam.").events
    urged = by_trigger(evs, "urged")
    assert urged and urged[0].cameo == "027", summary(evs)


def test_an_appeal_to_settle_debts_is_not_027(code):
    evs = code("The IMF urged Zambia to settle its debts with China.").events
    assert not any(e.cameo == "027" for e in evs), summary(evs)


def test_a_warning_followed_by_an_appeal_is_an_outlook(code):
    evs = code("The IMF chief warned that rising tariffs could slash world growth and called on "
               "both powers to step back.").events
    warn = by_trigger(evs, "warned")
    assert warn and warn[0].cameo == "012", summary(evs)


def test_the_offer_rejected_came_from_the_rejected_party(code):
    evs = code("Hamas rejected an Egyptian offer on Monday. The offer would have freed 20 hostages "
               "if Israel agreed to a pause.").events
    offer = by_trigger(evs, "offer")
    assert all(countries(e.source) == {"EGY"} for e in offer), summary(evs)


def test_a_message_from_someone_after_a_meeting_is_not_addressed_to_them(code):
    evs = code("Oman's envoy met the Iranian president in Tehran on Monday and delivered a message "
               "from the American envoy.").events
    delivered = by_trigger(evs, "delivered")
    assert not any("USA" in countries(e.target) for e in delivered), summary(evs)


def test_the_plan_rejected_is_the_one_proposed(code):
    evs = code("Qatar offered to mediate between Kigali and Kinshasa. Rwanda's president later proposed "
               "a joint border commission. Congo rejected the plan on Friday.").events
    rej = by_trigger(evs, "rejected")
    assert rej and countries(rej[0].target) == {"RWA"}, summary(evs)


def test_the_plan_with_no_proposal_before_keeps_the_latest_deed(code):
    evs = code("Rwanda's army shelled Goma on Monday. Congo condemned the move on Friday.").events
    cond = by_trigger(evs, "condemned")
    assert cond and countries(cond[0].target) == {"RWA"}, summary(evs)


def test_inspectors_barred_is_a_refusal_of_involvement(code):
    evs = code("Pyongyang barred inspectors from the Yongbyon complex in March.").events
    barred = by_trigger(evs, "barred")
    assert barred and barred[0].cameo == "1245", summary(evs)


def test_protesters_barred_are_no_refusal_of_involvement(code):
    evs = code("Police barred protesters from the square in Tbilisi.").events
    assert not any(e.cameo == "1245" for e in evs), summary(evs)


def test_a_warned_refusal_to_allow_another_party_is_aimed_at_it(code):
    evs = code("India's defence minister warned that his country would not allow Pakistan to "
               "divert the river.").events
    warn = by_trigger(evs, "warned")
    assert warn and warn[0].cameo[:2] == "13" and countries(warn[0].target) == {"PAK"}, summary(evs)
