"""Round 41 of the event coder, on our own sentences through the real pipeline: "no intention
of V-ing" is a negated plan of its holder, a speaker's own act said not to have happened is a
denial, troops deployed to a spot are a deployment, penalties and directed attacks code, relief
halted by an aid body is aid reduced, "agreed not to" pledges restraint, arms carried to a party
are military aid and forces seen massing mobilize."""

from __future__ import annotations

from event_checks import countries, summary


def by_trigger(evs, word):
    return [e for e in evs if e.trigger == word]


def test_no_intention_of_attacking_is_a_negated_plan_of_its_holder(code):
    evs = code("Minister Rossi told reporters that Italy had no intention of attacking Austria.").events
    att = by_trigger(evs, "attacking")
    assert len(att) == 1, summary(evs)
    assert att[0].modality.negated and att[0].modality.future, summary(evs)
    assert countries(att[0].source) == {"ITA"}, summary(evs)


def test_no_plans_to_deploy_is_future_and_negated(code):
    evs = code("The Kenyan government has no plans to deploy troops to Somalia, a spokesman said.").events
    dep = by_trigger(evs, "deploy")
    assert dep and all(e.modality.negated and e.modality.future for e in dep), summary(evs)


def test_a_speaker_saying_it_did_not_fire_denies_and_claims_nothing(code):
    evs = code("The Chilean navy said it had not fired any missiles.").events
    assert not any(e.cameo == "015" for e in evs), summary(evs)
    said = by_trigger(evs, "said")
    assert [e.cameo for e in said] == ["016"] and countries(said[0].source) == {"CHL"}, summary(evs)


def test_a_speaker_saying_it_fired_still_claims_it(code):
    evs = code("The Chilean navy said it had fired two missiles at the rebel camp.").events
    assert any(e.cameo == "015" for e in by_trigger(evs, "said")), summary(evs)


def test_troops_deployed_to_a_spot_are_a_deployment_not_aid(code):
    evs = code("Hundreds of Ethiopian troops were deployed to the border on Sunday.").events
    dep = by_trigger(evs, "deployed")
    assert [e.cameo for e in dep] == ["150"], summary(evs)


def test_troops_deployed_to_a_foreign_state_stay_military_aid(code):
    evs = code("Egyptian troops were deployed to Somalia last year.").events
    dep = by_trigger(evs, "deployed")
    assert [e.cameo for e in dep] == ["072"] and countries(dep[0].target) == {"SOM"}, summary(evs)


def test_penalties_imposed_are_sanctions_and_threatened_ones_a_threat(code):
    evs = code("The European Union imposed new penalties on Belarus on Tuesday.").events
    imp = by_trigger(evs, "imposed")
    assert [e.cameo for e in imp] == ["163"] and countries(imp[0].target) == {"BLR"}, summary(evs)
    evs = code("The envoy said Canada would not hesitate to impose further penalties if the shelling continued.").events
    assert [e.cameo for e in by_trigger(evs, "impose")] == ["1312"], summary(evs)


def test_an_aid_body_halting_deliveries_reduces_aid_at_no_party(code):
    evs = code("The Red Cross said it might suspend deliveries to Dadaab camp if its convoys were attacked again.").events
    sus = by_trigger(evs, "suspend")
    assert [e.cameo for e in sus] == ["1623"] and not sus[0].target, summary(evs)


def test_a_state_cutting_supplies_to_another_still_sanctions_it(code):
    evs = code("Russia cut gas supplies to Moldova on Monday.").events
    assert [e.cameo for e in by_trigger(evs, "cut")] == ["163"], summary(evs)


def test_agreeing_not_to_use_force_pledges_restraint_between_the_parties(code):
    evs = code("Peru and Bolivia agreed in March in Geneva not to use force against each other.").events
    assert not any(e.cameo[:2] in ("18", "19") for e in evs), summary(evs)
    pledge = [e for e in evs if e.cameo == "0356"]
    assert len(pledge) == 1 and not pledge[0].modality.negated, summary(evs)
    assert countries(pledge[0].source) == {"PER", "BOL"} == countries(pledge[0].target), summary(evs)


def test_not_agreeing_to_attack_is_no_pledge(code):
    evs = code("Peru did not agree to attack Bolivia.").events
    assert not any(e.cameo == "0356" for e in evs), summary(evs)


def test_arms_carried_to_a_party_are_military_aid_from_the_flights_origin(code):
    evs = code("Cargo flights from Iran had likely carried weapons to the rebel militia, investigators said.").events
    car = by_trigger(evs, "carried")
    assert [e.cameo for e in car] == ["072"], summary(evs)
    assert countries(car[0].source) == {"IRN"} and car[0].modality.uncertain, summary(evs)


def test_directed_and_ordered_attacks_are_attacks_on_their_targets(code):
    evs = code("Prosecutors said the two colonels had directed attacks on civilians.").events
    dire = by_trigger(evs, "directed")
    assert [e.cameo for e in dire] == ["190"], summary(evs)
    assert any(a.code and a.code.endswith("CVL") for a in dire[0].target), summary(evs)
    evs = code("Prosecutors said the two colonels had ordered attacks on civilians in Darfur.").events
    assert [e.cameo for e in by_trigger(evs, "ordered")] == ["190"], summary(evs)


def test_forces_seen_massing_near_a_place_mobilize(code):
    evs = code("Russian warships were reportedly seen massing near the island on Thursday.").events
    mas = by_trigger(evs, "massing")
    assert [e.cameo for e in mas] == ["154"], summary(evs)
    assert countries(mas[0].source) == {"RUS"} and mas[0].modality.uncertain, summary(evs)
    evs = code("Satellite images showed Azerbaijani troops massing near the border.").events
    assert [e.cameo for e in by_trigger(evs, "massing")] == ["154"], summary(evs)


def test_a_place_that_saw_strikes_is_still_their_target(code):
    evs = code("Gaza saw fresh Israeli strikes overnight.").events
    st = by_trigger(evs, "strikes")
    assert st and countries(st[0].target) == {"PSE"}, summary(evs)
