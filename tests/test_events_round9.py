"""Round 9 of the event coder, on our own sentences through the real pipeline: a reporter is
not the doer of the act it reports, an act's toll told later is marked as that act's, water
cannon at a ship is force against property, a declared refusal to be intimidated is a
rejection, an unnamed response announced is a threat, a force activated is a raised alert, a
participle of accusation is the subject's second act, parties that fight or talk are each
other's target, and "the decision" / "the move" points back at the act told before."""

from __future__ import annotations

from event_checks import countries, summary


def sectors(actors):
    return {a.sector for a in actors}


# ------------------------------------------------------------- a reporter is not the doer

def test_state_media_reporting_a_strike_is_not_its_source(code):
    evs = code("Iranian state television reported a Pakistani air strike on a border village.").events
    hits = [e for e in evs if e.trigger == "strike"]
    assert hits and countries(hits[0].source) == {"PAK"}, summary(evs)
    assert not any("MED" in sectors(e.source) for e in evs if e.cameo.startswith("19")), summary(evs)


def test_a_report_of_an_attack_with_no_doer_names_no_reporter_as_attacker(code):
    evs = code("Kenyan radio reported an attack on a police post near Mandera.").events
    assert not any(e.cameo.startswith(("18", "19")) and e.source for e in evs), summary(evs)


def test_a_light_verb_that_is_no_report_still_gives_its_subject(code):
    evs = code("Turkey launched an offensive against Kurdish militants in Syria.").events
    hits = [e for e in evs if e.cameo.startswith("19")]
    assert hits and countries(hits[0].source) == {"TUR"}, summary(evs)


# ------------------------------------------------------------- an act's toll told later

def test_the_toll_of_a_raid_told_before_is_marked_as_a_retelling(code):
    text = ("Israeli jets struck a weapons depot in southern Lebanon on Sunday. "
            "The raid killed three fighters, a local official said.")
    evs = code(text).events
    first = next(e for e in evs if e.trigger == "struck")
    toll = [e for e in evs if e.trigger == "killed"]
    assert toll and f"+retells:{first.id.rsplit(':', 1)[-1]}" in toll[0].rule, summary(evs)
    assert toll[0].confidence < first.confidence, summary(evs)


def test_a_consequence_of_an_attack_told_before_is_no_new_attack(code):
    text = ("Russian drones hit a power station near Kharkiv overnight, the ministry said. "
            "The attack cut electricity to 20,000 homes.")
    evs = code(text).events
    later = [e for e in evs if "20,000" in e.sentence and e.cameo.startswith(("18", "19"))]
    assert later == [], summary(evs)


def test_a_fresh_attack_with_its_own_doer_is_not_a_retelling(code):
    text = ("Russian drones hit a power station near Kharkiv overnight. "
            "A car bomb by separatists killed four soldiers in Donetsk on Monday.")
    evs = code(text).events
    assert not any("retells" in e.rule for e in evs), summary(evs)


# ------------------------------------------------------------- water cannon at sea

def test_water_cannon_fired_at_a_boat_is_force_against_property(code):
    evs = code("A Chinese coast guard vessel fired a water cannon at a Vietnamese fishing boat on Friday.").events
    hits = [e for e in evs if e.trigger == "fired"]
    assert [e.cameo for e in hits] == ["171"], summary(evs)
    assert countries(hits[0].target) == {"VNM"}, summary(evs)


def test_water_cannon_fired_at_protesters_stays_repression(code):
    evs = code("Riot police fired water cannon at protesters in Belgrade on Saturday.").events
    assert any(e.cameo == "175" for e in evs), summary(evs)


# ------------------------------------------------------------- "will not be intimidated"

def test_a_declared_refusal_to_be_intimidated_is_a_rejection(code):
    evs = code("Lithuania's foreign minister said the country would not be intimidated by Russian threats.").events
    hits = [e for e in evs if e.trigger == "intimidated"]
    assert [e.cameo for e in hits] == ["120"], summary(evs)
    assert countries(hits[0].source) == {"LTU"} and countries(hits[0].target) == {"RUS"}, summary(evs)
    assert not hits[0].modality.negated, summary(evs)


def test_a_told_state_of_not_being_intimidated_is_no_rejection(code):
    evs = code("Villagers were not intimidated by the gunmen, witnesses said.").events
    assert not any(e.cameo == "120" for e in evs), summary(evs)


# ------------------------------------------------------------- an unnamed response announced

def test_all_necessary_measures_announced_is_a_threat(code):
    evs = code("North Korea will take all necessary measures to defend its sovereignty, state media said.").events
    hits = [e for e in evs if e.trigger == "take"]
    assert [e.cameo for e in hits] == ["130"], summary(evs)


def test_countermeasures_vowed_are_a_threat(code):
    evs = code("Beijing vowed to take resolute countermeasures against the sale.").events
    assert any(e.trigger == "take" and e.cameo == "130" for e in evs), summary(evs)


def test_steps_to_improve_ties_are_no_threat(code):
    evs = code("Tokyo will take steps to improve ties with Seoul.").events
    assert not any(e.cameo.startswith("13") for e in evs), summary(evs)


# ------------------------------------------------------------- a force put into readiness

def test_ordering_the_activation_of_a_standby_force_raises_alert(code):
    evs = code("West African defence chiefs said they had ordered the activation of a standby force.").events
    hits = [e for e in evs if e.cameo.startswith("15")]
    assert hits and hits[0].cameo == "152", summary(evs)
    assert not any(e.cameo.startswith("10") for e in evs), summary(evs)
    assert not hits[0].target, summary(evs)


def test_activating_accounts_is_no_alert(code):
    evs = code("The bank ordered the activation of new customer accounts.").events
    assert not any(e.cameo.startswith("15") for e in evs), summary(evs)


# ------------------------------------------------------------- a participle of accusation

def test_an_accusing_participle_is_the_subjects_second_act(code):
    evs = code("Mali's junta expelled the Danish envoy, accusing Copenhagen of meddling in its affairs.").events
    codes = {e.cameo for e in evs}
    assert "112" in codes and any(c.startswith("16") for c in codes), summary(evs)
    acc = next(e for e in evs if e.cameo == "112")
    assert countries(acc.source) == {"MLI"} and countries(acc.target) == {"DNK"}, summary(evs)


def test_a_participle_of_manner_is_no_second_act(code):
    evs = code("A rebel commander surrendered to Colombian troops, dealing a heavy blow to the insurgency.").events
    assert not any(e.trigger == "dealing" for e in evs), summary(evs)


# ------------------------------------------------------------- parties acting on each other

def test_troops_exchanging_fire_are_each_others_target(code):
    evs = code("Armenian and Azerbaijani troops exchanged fire on the border, killing one soldier.").events
    hits = [e for e in evs if e.trigger == "exchanged"]
    assert hits and countries(hits[0].target) == {"ARM", "AZE"}, summary(evs)


def test_talks_on_a_partys_programme_have_both_parties_as_targets(code):
    evs = code("Iran and the European Union resumed talks on Tehran's missile programme in Oslo.").events
    hits = [e for e in evs if e.cameo.startswith("04")]
    assert hits and countries(hits[0].target) >= {"IRN"} and len(hits[0].target) >= 2, summary(evs)


# ------------------------------------------------------------- "the decision", "the move"

def test_a_judgement_of_the_move_names_the_act_told_before(code):
    text = ("Washington lifted sanctions on Belarusian potash exports on Monday. "
            "Lithuania criticised the move.")
    evs = code(text).events
    hits = [e for e in evs if e.trigger == "criticised"]
    assert hits and countries(hits[0].target) == {"USA"}, summary(evs)


def test_a_rejected_demand_names_whoever_made_it(code):
    text = ("The UN atomic agency urged Iran to readmit its inspectors. "
            "Iranian officials rejected the demand on Tuesday.")
    evs = code(text).events
    hits = [e for e in evs if e.trigger == "rejected"]
    assert hits and any(a.code and a.code.startswith("IGO") for a in hits[0].target), summary(evs)


def test_a_judgement_of_the_move_with_nothing_told_before_has_no_target(code):
    evs = code("Lithuania criticised the move on Tuesday.").events
    hits = [e for e in evs if e.trigger == "criticised"]
    assert hits and not hits[0].target, summary(evs)


# ------------------------------------------------------------- summons and votes

def test_the_summoner_lodges_the_protest_with_the_envoy(code):
    evs = code("Dhaka summoned the Myanmar ambassador to lodge a strong protest on Thursday.").events
    hits = [e for e in evs if e.trigger == "lodge"]
    assert hits and countries(hits[0].source) == {"BGD"} and countries(hits[0].target) == {"MMR"}, summary(evs)


def test_a_party_urged_to_lodge_a_complaint_lodges_it_itself(code):
    evs = code("Washington urged Kyiv to lodge a complaint with the court.").events
    assert not any(e.trigger == "lodge" and countries(e.source) == {"USA"} for e in evs), summary(evs)


def test_votes_and_abstentions_are_no_events(code):
    evs = code("Britain abstained, while France and Germany voted in favour.").events
    assert evs == [] or all(e.trigger not in ("abstained", "voted") for e in evs), summary(evs)


def test_a_vote_against_a_party_stays_disapproval(code):
    evs = code("Poland voted against Hungary's proposal on Monday.").events
    assert any(e.trigger == "voted" and e.cameo.startswith("11") for e in evs), summary(evs)


# ------------------------------------------------------------- an authority's own arrests

def test_an_official_telling_of_police_arrests_accuses_no_one(code):
    evs = code("A police spokesman said officers arrested three suspects in Kano.").events
    assert not any(e.cameo == "112" for e in evs), summary(evs)


def test_a_government_telling_of_a_foreign_arrest_accuses_its_doer(code):
    evs = code("Moscow said Estonian border guards detained two Russian citizens.").events
    acc = [e for e in evs if e.cameo == "112"]
    assert acc and countries(acc[0].target) == {"EST"}, summary(evs)


# ------------------------------------------------------------- verdicts and warning shots

def test_calling_a_deal_a_threat_condemns_its_parties(code):
    text = "Serbia signed a deal to buy fighter jets from France. Croatia called the deal a threat to regional stability."
    evs = code(text).events
    hits = [e for e in evs if e.trigger == "called"]
    assert hits and hits[0].cameo == "111" and countries(hits[0].target) == {"SRB"}, summary(evs)


def test_warning_shots_are_a_show_of_force(code):
    evs = code("The Greek coast guard fired warning shots at a Turkish fishing boat.").events
    hits = [e for e in evs if e.trigger == "fired"]
    assert [e.cameo for e in hits] == ["150"], summary(evs)


def test_shots_fired_at_a_boat_stay_force(code):
    evs = code("Gunmen fired shots at a police boat on the river.").events
    assert not any(e.cameo == "150" for e in evs), summary(evs)


# ------------------------------------------------------------- technology handed over

def test_technology_transferred_is_economic_cooperation(code):
    evs = code("Japan transferred chip technology to India last year.").events
    hits = [e for e in evs if e.trigger == "transferred"]
    assert [e.cameo for e in hits] == ["061"] and countries(hits[0].target) == {"IND"}, summary(evs)


def test_arms_transferred_stay_military_aid(code):
    evs = code("Belarus transferred tanks to Russia last year.").events
    assert any(e.trigger == "transferred" and e.cameo == "072" for e in evs), summary(evs)
