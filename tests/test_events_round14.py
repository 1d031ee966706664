"""Round 14 of the event coder, on our own sentences through the real pipeline: objects match
through their conjuncts and armoured vehicles are materiel; forces put on alert or combat
readiness raise their alert (152); only ties and talks are broken off (a pledge broken is no act,
a truce broken is violated); a state defending its own territory or its own government gives no
support or protection to anyone; a court hearing a case consults no one; blame for an attack is
an accusation of aggression; a body "at" which an issue is raised is a venue; "them" is not the
speaker's own side; ordering one's own forces is no demand."""

from __future__ import annotations

from event_checks import countries, summary


def by_trigger(evs, word):
    return [e for e in evs if e.trigger == word]


# ------------------------------------------------------------- deployments

def test_a_deployment_matches_through_the_second_conjunct(code):
    evs = code("Belarus has deployed trucks and several hundred soldiers to a camp near its "
               "frontier with Poland, officials said.").events
    dep = by_trigger(evs, "deployed")
    assert dep and dep[0].cameo == "150" and countries(dep[0].source) == {"BLR"}, summary(evs)


def test_armoured_vehicles_alone_are_military_materiel(code):
    evs = code("Serbia deployed armored vehicles and troop carriers near the boundary line on Friday.").events
    dep = by_trigger(evs, "deployed")
    assert dep and dep[0].cameo == "150" and countries(dep[0].source) == {"SRB"}, summary(evs)


def test_plain_vehicles_are_no_show_of_force(code):
    evs = code("Serbia deployed vehicles and buses to the capital for the festival on Friday.").events
    assert not any(e.cameo[:2] == "15" for e in evs), summary(evs)


# ------------------------------------------------------------- alert and readiness

def test_forces_put_on_combat_readiness_passive(code):
    evs = code("Armenia's army was put on its highest level of combat readiness, the defence ministry said.").events
    put = by_trigger(evs, "put")
    assert put and put[0].cameo == "152" and countries(put[0].source) == {"ARM"}, summary(evs)


def test_forces_put_on_high_alert_active(code):
    evs = code("Pakistan put its air force on high alert after the incident.").events
    put = by_trigger(evs, "put")
    assert put and put[0].cameo == "152" and countries(put[0].source) == {"PAK"}, summary(evs)


def test_a_level_of_something_else_is_no_alert(code):
    evs = code("Pakistan put its economy on a higher level of growth, the finance minister said.").events
    assert not any(e.cameo == "152" for e in evs), summary(evs)


# ------------------------------------------------------------- breaking

def test_a_broken_pledge_is_no_reduced_relations(code):
    evs = code("Opposition leaders say the government has broken its promise to hold elections.").events
    assert not any(e.cameo[:2] == "16" for e in evs), summary(evs)


def test_broken_ties_are_cut_relations(code):
    evs = code("Nicaragua broke ties with Taiwan on Thursday.").events
    broke = by_trigger(evs, "broke")
    assert broke and broke[0].cameo == "161", summary(evs)


def test_a_broken_truce_is_violated(code):
    evs = code("Militias broke the truce in Tripoli on Sunday, residents said.").events
    assert any(e.cameo == "196" for e in evs), summary(evs)


# ------------------------------------------------------------- defending one's own

def test_defending_its_own_territory_is_no_verbal_support(code):
    evs = code("The prime minister said Moldova would defend every inch of its land.").events
    assert not any(e.cameo[:2] in ("03", "05", "07") for e in evs), summary(evs)


def test_defending_a_decision_is_still_verbal_support(code):
    evs = code("The Moldovan prime minister defended the decision to expel the diplomats.").events
    assert any(e.cameo == "052" for e in evs), summary(evs)


def test_forces_guarding_their_own_government_give_no_protection(code):
    evs = code('"The army will protect the government," the defence minister said on Monday.').events
    assert not any(e.cameo in ("074", "0334") for e in evs), summary(evs)


def test_protection_for_another_state_stays(code):
    evs = code("French troops will protect the Malian government, the French defence minister said.").events
    assert any(e.cameo in ("074", "0334") for e in evs), summary(evs)


# ------------------------------------------------------------- courts, blame, venues

def test_a_court_hearing_a_case_consults_no_one(code):
    evs = code("The International Criminal Court, which is hearing the appeal, will rule next month.").events
    assert not any(e.cameo[:2] == "04" for e in evs), summary(evs)


def test_blame_for_an_attack_is_an_accusation_of_aggression(code):
    evs = code("Armenia blamed Azerbaijan for the shelling, which Baku denied.").events
    blamed = by_trigger(evs, "blamed")
    assert blamed and blamed[0].cameo == "1123" and countries(blamed[0].target) == {"AZE"}, summary(evs)


def test_blame_for_something_else_is_plain_blame(code):
    evs = code("Armenia blamed Azerbaijan for the failure of the negotiations.").events
    blamed = by_trigger(evs, "blamed")
    assert blamed and blamed[0].cameo[:3] == "112" and blamed[0].cameo != "1123", summary(evs)


def test_an_issue_raised_at_a_council_is_no_disapproval_of_it(code):
    evs = code("A Chinese spokesman said Beijing would raise the issue at the UN Security Council.").events
    assert not any(e.cameo[:2] == "11" for e in evs), summary(evs)
    assert not any("IGOUNO" in {a.code for a in e.target} for e in evs), summary(evs)


def test_a_protest_at_an_embassy_still_targets(code):
    evs = code("Hundreds of Armenians protested at the Azerbaijani embassy in Paris on Saturday.").events
    assert any("AZE" in countries(e.target) for e in evs), summary(evs)  # a building, not a sitting body


# ------------------------------------------------------------- who is urged, who is ordered

def test_them_is_not_the_speakers_own_side(code):
    evs = code("Turkish President Erdogan spoke by phone with both leaders on Monday and urged them "
               "to end the fighting.").events
    urged = by_trigger(evs, "urged")
    assert urged and "TUR" not in countries(urged[0].target), summary(evs)


def test_them_still_finds_another_party(code):
    evs = code("Turkey hosted Armenian and Azerbaijani diplomats on Monday and urged them to sign a deal.").events
    urged = by_trigger(evs, "urged")
    assert urged and countries(urged[0].target) & {"ARM", "AZE"}, summary(evs)


def test_ordering_ones_own_navy_is_no_demand(code):
    evs = code("The president ordered the navy to send patrol vessels to the disputed waters.").events
    assert not any(e.cameo[:2] == "10" for e in evs), summary(evs)
    assert not any(e.trigger == "ordered" for e in evs), summary(evs)


def test_ordering_another_state_is_still_a_demand(code):
    evs = code("The UN Security Council ordered Iraq to destroy its chemical weapons.").events
    assert any(e.trigger == "ordered" and e.cameo[:2] == "10" for e in evs), summary(evs)



def test_a_legislature_ordering_the_army_still_demands(code):
    evs = code("The army was ordered by parliament to hand its budget plans to a committee.").events
    assert any(e.trigger == "ordered" and e.cameo[:2] == "10" for e in evs), summary(evs)
