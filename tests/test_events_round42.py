"""Round 42 of the event coder, on our own sentences through the real pipeline: a leader who
hosts or receives a guest of another side hosts (043) and the guest visits (042); a warning of
what an armed group could do is no threat by the one who warns; "the pledge" named again is the
pledger's, not the parties' of whatever came last; troops sent "to join" a force cooperate with
it (062); "threatened to attack X" is one threat; a joint drill is military cooperation between
its parties; a plan "proposed by X" rejected is aimed at X; troops asked "for" are no target;
"called for X to do Y" asks X; "defend the dam against any attack" is a warning, not verbal
support. Each rule has a case where it must not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def _on(evs, trigger):
    return [e for e in evs if e.trigger == trigger]


# --- a guest received visits the host ---

def test_host_and_guest_both_coded(code):
    evs = code("Senegal's President Bassirou Diomaye Faye hosted Mauritania's president in Dakar on Friday.").events
    got = {(e.cameo, frozenset(countries(e.source)), frozenset(countries(e.target))) for e in _on(evs, "hosted")}
    assert ("043", frozenset({"SEN"}), frozenset({"MRT"})) in got, summary(evs)
    assert ("042", frozenset({"MRT"}), frozenset({"SEN"})) in got, summary(evs)


def test_passive_reception_is_a_visit_too(code):
    evs = code("The Omani foreign minister was received by the Iranian president in Tehran.").events
    visit = [e for e in _on(evs, "received") if e.cameo == "042"]
    assert visit and countries(visit[0].source) == {"OMN"} and countries(visit[0].target) == {"IRN"}, summary(evs)


def test_hosting_a_summit_or_refugees_is_no_visit(code):
    evs = code("Morocco hosted a summit on migration in Rabat.").events
    assert not [e for e in evs if e.cameo == "042"], summary(evs)
    evs = code("Uganda hosts more than a million refugees from South Sudan.").events
    assert not [e for e in evs if e.cameo == "042"], summary(evs)


def test_a_minister_received_by_his_own_leader_visits_no_one(code):
    evs = code("The Peruvian president received her defence minister at the palace.").events
    assert not [e for e in evs if e.cameo == "042"], summary(evs)


# --- a warning of what another party could do is no threat by the warner ---

def test_warning_of_a_gang_takeover_is_no_threat(code):
    evs = code("If aid stops, the militias could seize the whole province, a UN envoy warned.").events
    assert not [e for e in evs if e.cameo[:2] == "13"], summary(evs)


def test_a_group_warning_of_its_own_act_still_threatens(code):
    evs = code("The militia commander warned that his fighters would seize the provincial capital.").events
    assert [e for e in evs if e.cameo[:2] == "13"], summary(evs)


# --- "the pledge" named again ---

def test_the_pledge_named_again_is_no_new_act_of_others(code):
    evs = code("Norway pledged $30 million to the relief fund on Monday. Chilean officials met Bolivian "
               "ministers in La Paz. The pledge comes after Finland sent medicine.").events
    assert not [e for e in evs if e.trigger == "pledge"], summary(evs)


def test_a_pledge_welcomed_is_the_pledgers(code):
    evs = code("Norway pledged $30 million to the relief fund on Monday. Chilean officials met Bolivian "
               "ministers in La Paz. Lima welcomed the pledge.").events
    assert countries(first_on(evs, "welcomed").target) == {"NOR"}, summary(evs)


# --- troops sent to join a force ---

def test_troops_sent_to_join_a_mission_cooperate(code):
    evs = code("Benin sent 200 soldiers to join the regional mission last month.").events
    assert first_on(evs, "sent").cameo == "062", summary(evs)


def test_troops_sent_to_the_front_are_deployed(code):
    evs = code("Benin sent 200 soldiers to the northern border last month.").events
    assert first_on(evs, "sent").cameo != "062", summary(evs)


# --- one threat for "threatened to attack" ---

def test_threatened_to_attack_is_one_threat(code):
    evs = code("The armed group threatened to attack the oil terminal.").events
    assert len([e for e in evs if e.cameo[:2] == "13"]) == 1, summary(evs)


def test_threatened_war_stays_a_threat(code):
    evs = code("The rebel leader threatened war.").events
    assert [e for e in evs if e.cameo[:2] == "13"], summary(evs)


# --- joint drills ---

def test_a_joint_drill_is_military_cooperation(code):
    evs = code("Indian and French troops began a joint military drill in Rajasthan on Monday.").events
    e = first_on(evs, "drill")
    assert e.cameo == "062" and countries(e.source) == {"IND", "FRA"}, summary(evs)


def test_a_drill_alone_shows_force(code):
    evs = code("China began a naval drill near Taiwan on Monday.").events
    assert first_on(evs, "drill").cameo[:2] == "15", summary(evs)


# --- the maker of a judged plan ---

def test_plan_proposed_by_x_rejected_targets_x(code):
    evs = code("Armenia rejected the peace plan proposed by Azerbaijan.").events
    assert countries(first_on(evs, "rejected").target) == {"AZE"}, summary(evs)


def test_plan_written_by_own_side_is_no_target(code):
    evs = code("Armenia rejected the report drafted by its own foreign ministry.").events
    rej = [e for e in evs if e.trigger == "rejected"]
    assert all(countries(e.target) - {"ARM"} == set() for e in rej), summary(evs)


# --- what an appeal asks for ---

def test_troops_asked_for_are_no_target(code):
    evs = code("Mozambique appealed for more foreign troops.").events
    assert not first_on(evs, "appealed").target, summary(evs)


def test_help_asked_from_a_state_keeps_the_state(code):
    evs = code("Mozambique appealed for help from Rwanda.").events
    assert countries(first_on(evs, "appealed").target) == {"RWA"}, summary(evs)


def test_called_for_x_to_act_asks_x(code):
    evs = code("Canada called for Venezuela to release the detained journalists.").events
    e = first_on(evs, "called")
    assert e.cameo[:2] in ("02", "10") and countries(e.target) == {"VEN"}, summary(evs)


def test_called_for_calm_asks_no_one(code):
    evs = code("Canada called for calm.").events
    assert not first_on(evs, "called").target, summary(evs)


# --- defending a thing against attack ---

def test_defending_a_dam_against_any_attack_is_no_verbal_support(code):
    evs = code("The army chief said his troops were ready to defend the reservoir against any attack.").events
    assert not [e for e in evs if e.cameo[:2] in ("03", "05")], summary(evs)


def test_defending_a_policy_stays_verbal(code):
    evs = code("The finance minister defended the budget.").events
    assert first_on(evs, "defended").cameo == "052", summary(evs)


# --- speech that lays blame ---

def test_said_x_was_behind_a_harm_accuses_x(code):
    evs = code("Seoul said North Korea was behind the cyberattack on its banks.").events
    e = first_on(evs, "said")
    assert e.cameo == "112" and countries(e.target) == {"PRK"}, summary(evs)


def test_said_x_was_responsible_for_a_failure_accuses_x(code):
    evs = code("The Kenyan minister said Somalia was responsible for the collapse of the talks.").events
    e = first_on(evs, "said")
    assert e.cameo == "112" and countries(e.target) == {"SOM"}, summary(evs)


def test_to_blame_is_no_act_of_the_blamed(code):
    evs = code("The Malian army said the militants were to blame for the ambush.").events
    assert not [e for e in evs if e.trigger == "blame"], summary(evs)
    assert first_on(evs, "said").cameo == "112", summary(evs)


def test_responsible_for_a_duty_or_denied_is_no_accusation(code):
    evs = code("The minister said Egypt was responsible for the security of the crossing.").events
    assert not [e for e in evs if e.cameo[:2] == "11"], summary(evs)
    evs = code("Seoul said North Korea was not behind the cyberattack.").events
    assert not [e for e in evs if e.cameo[:2] == "11"], summary(evs)


# --- police deployed abroad, told by a noun ---

def test_deployment_of_police_abroad_is_protection(code):
    evs = code("Chad's deployment of 300 police officers to the Central African Republic began in May.").events
    e = first_on(evs, "deployment")
    assert e.cameo == "074" and countries(e.target) == {"CAF"}, summary(evs)


def test_deployment_of_police_at_home_shows_force(code):
    evs = code("The deployment of riot police in Kampala angered opposition supporters.").events
    assert not [e for e in evs if e.cameo == "074"], summary(evs)


# --- back at the table ---

def test_returning_to_the_table_negotiates(code):
    evs = code("Colombia returned to the negotiating table on Tuesday.").events
    assert first_on(evs, "returned").cameo == "046", summary(evs)
    evs = code("The OAS urged Guyana and Venezuela to return to the negotiating table.").events
    assert first_on(evs, "urged").cameo == "026", summary(evs)


def test_returning_home_negotiates_nothing(code):
    evs = code("Colombian refugees returned to Bogota on Tuesday.").events
    assert not [e for e in evs if e.cameo[:2] == "04"], summary(evs)


# --- blame laid by idiom ---

def test_holding_a_party_responsible_accuses_it(code):
    evs = code("Baghdad holds Ankara responsible for the deaths of the shepherds.").events
    e = first_on(evs, "holds")
    assert e.cameo == "112" and countries(e.target) == {"TUR"}, summary(evs)


def test_holding_elections_or_talks_blames_no_one(code):
    evs = code("Ghana holds elections every four years.").events
    assert not [e for e in evs if e.cameo[:2] == "11"], summary(evs)
    evs = code("Ghana held talks with Togo on Monday.").events
    assert not [e for e in evs if e.cameo[:2] == "11"], summary(evs)


def test_blame_put_on_a_party_targets_it(code):
    evs = code("Baghdad put the blame for the blackout squarely on Tehran.").events
    e = first_on(evs, "put")
    assert e.cameo == "112" and countries(e.target) == {"IRN"}, summary(evs)


def test_putting_troops_on_alert_is_no_blame(code):
    evs = code("Baghdad put its troops on alert.").events
    assert not [e for e in evs if e.cameo[:2] == "11"], summary(evs)


def test_playing_host_to_a_leader_is_a_visit_received(code):
    evs = code("Malaysian Prime Minister Anwar Ibrahim played host to the Thai prime minister in Kuala Lumpur.").events
    got = {e.cameo for e in evs if e.trigger == "played"}
    assert {"042", "043"} <= got, summary(evs)


# --- whom a sanction targets ---

def test_sanctions_targeting_a_party_aim_at_it(code):
    evs = code("Australia announced sanctions targeting Iranian banks.").events
    assert countries(first_on(evs, "announced").target) == {"IRN"}, summary(evs)


def test_sanctions_covering_goods_name_no_party(code):
    evs = code("Australia imposed sanctions covering steel imports.").events
    assert not first_on(evs, "imposed").target, summary(evs)


# --- leaving talks ---

def test_withdrawing_from_talks_halts_them(code):
    evs = code("Niger withdrew from the negotiations with Benin on Monday.").events
    assert first_on(evs, "withdrew").cameo == "164", summary(evs)
    evs = code("Niger pulled out of the talks.").events
    assert first_on(evs, "pulled").cameo == "164", summary(evs)


def test_troops_withdrawing_from_a_town_still_pull_back(code):
    evs = code("Nigerien troops withdrew from the town of Tillia.").events
    assert not [e for e in evs if e.cameo == "164"], summary(evs)


# --- acts stepped up ---

def test_stepped_up_attacks_are_attacks(code):
    evs = code("Myanmar's junta stepped up attacks on rebel-held towns.").events
    assert [e for e in evs if e.cameo[:2] == "19"], summary(evs)
    assert not [e for e in evs if e.cameo[:2] == "13"], summary(evs)


def test_stepped_up_deportations_are_deportations(code):
    evs = code("Algeria stepped up deportations of Malians.").events
    assert [e for e in evs if e.cameo == "174"], summary(evs)


def test_stepped_up_pressure_keeps_its_own_code(code):
    evs = code("Beijing stepped up pressure on Manila.").events
    assert not [e for e in evs if e.cameo[:2] in ("17", "19")], summary(evs)


# --- forces pledged ---

def test_police_pledged_to_a_state_promise_protection(code):
    evs = code("Jamaica pledged 200 police officers to Haiti.").events
    e = first_on(evs, "pledged")
    assert e.cameo == "0334" and countries(e.target) == {"HTI"}, summary(evs)


def test_troops_pledged_are_military_aid_promised(code):
    evs = code("Chad offered troops to Niger.").events
    e = first_on(evs, "offered")
    assert e.cameo == "0332" and countries(e.target) == {"NER"}, summary(evs)


def test_money_pledged_stays_aid(code):
    evs = code("Jamaica pledged $2 million to Haiti.").events
    assert first_on(evs, "pledged").cameo == "033", summary(evs)


# --- trips ---

def test_a_trip_made_abroad_is_a_visit(code):
    evs = code("Brazilian President Lula made a trip to Angola.").events
    e = first_on(evs, "trip")
    assert e.cameo == "042" and countries(e.target) == {"AGO"}, summary(evs)


def test_a_trip_with_no_traveller_is_no_visit(code):
    evs = code("The trip was cut short by bad weather.").events
    assert not evs, summary(evs)


def test_a_dinner_hosted_for_a_delegation_is_their_visit(code):
    evs = code("The Ghanaian president hosted a dinner for the visiting Nigerian delegation.").events
    got = {(e.cameo, frozenset(countries(e.source))) for e in evs if e.trigger == "hosted"}
    assert ("042", frozenset({"NGA"})) in got, summary(evs)


def test_a_dinner_for_guests_is_no_visit(code):
    evs = code("The Ghanaian president hosted a dinner for 200 guests.").events
    assert not [e for e in evs if e.cameo == "042"], summary(evs)


# --- an act told before, placed in time ---

def test_the_meeting_came_after_is_no_new_meeting(code):
    evs = code("Ghana's president met Togo's president in Accra. The meeting came days after a border clash.").events
    assert len([e for e in evs if e.cameo[:2] == "04"]) == 1, summary(evs)


def test_the_talks_told_after_a_visit_take_its_parties(code):
    evs = code("Ghana's foreign minister flew to Lome on Tuesday. The talks focused on border security.").events
    e = first_on(evs, "talks")
    assert countries(e.source) == {"GHA", "TGO"}, summary(evs)


# --- talks put off; threats with a condition ---

def test_postponed_talks_are_halted(code):
    evs = code("Serbia postponed the talks with Kosovo.").events
    e = first_on(evs, "postponed")
    assert e.cameo == "164" and e.target, summary(evs)  # (Kosovo's code aside: the other side of the talks)


def test_postponed_vote_is_no_halt_of_talks(code):
    evs = code("Serbia postponed the vote.").events
    assert not [e for e in evs if e.cameo == "164"], summary(evs)


def test_threat_aimed_at_the_party_of_its_condition(code):
    evs = code("Algeria threatened military action if Morocco moves troops to the border.").events
    e = first_on(evs, "threatened")
    assert e.cameo == "138" and countries(e.target) == {"MAR"}, summary(evs)


def test_threat_with_an_own_condition_has_no_target(code):
    evs = code("Algeria threatened military action if its gas exports fall.").events
    assert not first_on(evs, "threatened").target, summary(evs)


def test_filling_a_reservoir_yields_nothing(code):
    evs = code("Ethiopia filled the reservoir in July.").events
    assert not [e for e in evs if e.cameo[:2] == "08"], summary(evs)
    evs = code("Crowds filled the streets of Kampala.").events
    assert not [e for e in evs if e.cameo[:2] == "08"], summary(evs)
