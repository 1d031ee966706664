"""Round 35 of the event coder, on our own sentences through the real pipeline: two towns taken
in turn are two seizures; coordinated gerunds after "responded by" are each the responder's act;
the governing verb's object picks the code (a halt to firing agreed is a truce, a backing with
troops is military aid, fighters pulled are withdrawn, "took over" with no object is succession,
a mission launched is no appeal, forces "operating alongside" cooperate, troops sent to villages
are deployed, a shortfall warned of is no threat, an act that "will not go unanswered" is);
targets come from the ground an attack landed in and from the recipient of aid; the one quoted
"as saying" is the speaker; and modality: "no X V-ing" is negated, "stopped short of saying"
asserts nothing, a "while" clause of fact is not under the main clause's modal. Each rule has a
case where it must not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def test_two_towns_taken_in_turn_are_two_events(code):
    evs = code("Al-Shabaab fighters seized Baidoa in May and captured Marka in June.").events
    taken = [e for e in evs if e.cameo == "192"]
    assert {e.trigger for e in taken} == {"seized", "captured"}, summary(evs)


def test_one_town_bombed_and_shelled_is_one_target(code):
    evs = code("Government forces bombed and shelled Marka on Monday.").events
    assert len({a.text for e in evs if e.cameo[:2] == "19" for a in e.target}) <= 1, summary(evs)


def test_coordinated_gerunds_after_responded_by(code):
    evs = code("Ethiopia responded by closing its border with Eritrea and suspending all flights.").events
    assert countries(first_on(evs, "suspending").source) == {"ETH"}, summary(evs)
    assert countries(first_on(evs, "closing").source) == {"ETH"}, summary(evs)


def test_a_halt_to_firing_agreed_is_a_truce(code):
    evs = code("Armenia and Azerbaijan agreed on Monday to stop all shooting along their frontier.").events
    e = first_on(evs, "stop")
    assert e.cameo == "0871" and e.modality.factual, summary(evs)


def test_a_halt_to_talks_is_no_truce(code):
    evs = code("Armenia halted the talks with Azerbaijan on Monday.").events
    assert not [e for e in evs if e.cameo == "0871"], summary(evs)


def test_vowed_not_unpunished_is_a_threat(code):
    evs = code("The Sudanese army chief vowed that the massacre would not go unpunished.").events
    assert first_on(evs, "vowed").cameo == "138", summary(evs)
    evs = code("The Sudanese army chief vowed to rebuild the bridge.").events
    assert not [e for e in evs if e.cameo[:2] == "13"], summary(evs)


def test_a_shortfall_warned_of_is_no_threat(code):
    evs = code("The UNHCR warned that it would run out of money by December.").events
    assert first_on(evs, "warned").cameo == "012", summary(evs)
    evs = code("Iran warned that it would strike Israeli bases if attacked.").events
    assert first_on(evs, "warned").cameo[:2] == "13", summary(evs)


def test_backing_with_fighters_is_military_aid(code):
    evs = code("Belarus has long been accused of backing the separatists with fighters and ammunition.").events
    assert first_on(evs, "backing").cameo == "072", summary(evs)
    evs = code("France backed the proposal at the United Nations.").events
    assert not [e for e in evs if e.cameo == "072"], summary(evs)


def test_troops_sent_to_villages_are_deployed(code):
    evs = code("Chad sent troops to border villages after the raids.").events
    e = first_on(evs, "sent")
    assert e.cameo != "072" and not e.target, summary(evs)
    evs = code("Rwanda sent troops to Mozambique in 2021.").events
    assert first_on(evs, "sent").cameo == "072", summary(evs)


def test_fighters_pulled_back_are_withdrawn(code):
    evs = code("The militia was to pull its fighters east of the Nile under the deal.").events
    assert first_on(evs, "pull").cameo == "0874", summary(evs)


def test_succession_is_no_seizure(code):
    evs = code("Colonel Diallo took over after the army ousted President Keita in 2020.").events
    assert not [e for e in evs if e.trigger == "took"], summary(evs)
    evs = code("The rebels took over the airport on Sunday.").events
    assert [e for e in evs if e.trigger == "took"], summary(evs)


def test_a_mission_launched_is_no_appeal(code):
    evs = code("Italy launched a naval mission to protect fishing boats in the Mediterranean.").events
    assert not [e for e in evs if e.cameo[:2] == "02"], summary(evs)


def test_operating_alongside_is_military_cooperation(code):
    evs = code("Some 2,000 Eritrean soldiers were operating alongside the Ethiopian army, a report said.").events
    e = first_on(evs, "operating")
    assert e.cameo == "062" and countries(e.target) == {"ETH"}, summary(evs)


def test_the_ground_of_a_strike_is_its_target(code):
    evs = code("Israel carries out frequent strikes inside Syria.").events
    assert any(countries(e.target) == {"SYR"} for e in evs if e.cameo[:2] == "19"), summary(evs)
    # one's own ground is no target
    evs = code("Pakistani jets struck militant hideouts in Pakistan on Sunday.").events
    assert not any("target:phrase" in e.rule for e in evs), summary(evs)


def test_aid_to_a_capital_names_its_recipient(code):
    evs = code("Germany froze development aid to Kigali last year.").events
    assert countries(first_on(evs, "froze").target) == {"RWA"}, summary(evs)


def test_quoted_as_saying_a_heavy_price(code):
    evs = code("State television quoted a senior Iranian commander as saying that Washington would pay "
               "a heavy price.").events
    e = [e for e in evs if e.cameo == "138"]
    assert e and countries(e[0].source) == {"IRN"} and countries(e[0].target) == {"USA"}, summary(evs)


def test_full_force_vowed_by_own_side_only(code):
    evs = code("The commander said his troops would respond with full force to any provocation.").events
    assert [e for e in evs if e.cameo == "138"], summary(evs)
    evs = code("The general said the enemy would respond with full force.").events
    assert not [e for e in evs if e.cameo == "138"], summary(evs)


def test_no_troops_fighting_is_negated(code):
    evs = code('"There are no Iranian troops fighting in Syria," the minister said.').events
    assert first_on(evs, "fighting").modality.negated, summary(evs)
    evs = code('"There are Iranian troops fighting in Syria," the minister said.').events
    assert not first_on(evs, "fighting").modality.negated, summary(evs)


def test_stopped_short_of_saying_asserts_nothing(code):
    evs = code("The report linked the drones to Russia, though it stopped short of saying the weapons "
               "had been supplied by Moscow.").events
    assert not first_on(evs, "supplied").modality.factual, summary(evs)
    evs = code("The report said the weapons had been supplied by Moscow.").events
    assert first_on(evs, "supplied").modality.factual, summary(evs)


def test_a_while_clause_of_fact_is_not_under_the_modal(code):
    evs = code("Aoun told the envoy that Lebanon could not disarm the group while Israel kept bombing its villages.").events
    assert first_on(evs, "bombing").modality.factual, summary(evs)
    evs = code("Aoun said Israel could keep bombing the villages.").events
    assert not first_on(evs, "bombing").modality.factual, summary(evs)
