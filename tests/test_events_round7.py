"""Round 7 of the event coder, on our own sentences through the real pipeline: refusing to
stand by is a threat, the two sides of "A clashed with B" stay apart, an arrest told in the
passive by the authority that made it has that authority as its source, two conjoined acts
are two events, and "charged X with" a crime is legal action."""

from __future__ import annotations

from event_checks import countries, summary

# ------------------------------------------------------------- "will not stand by (if ...)"

def test_not_standing_by_if_attacked_is_a_threat_not_a_rejection(code):
    evs = code("Bolivia's president warned that La Paz will not stand by if Bolivians in Chile were attacked.").events
    assert not any(e.cameo.startswith("12") for e in evs), summary(evs)
    threats = [e for e in evs if e.cameo.startswith("13")]
    assert len(threats) == 1, summary(evs)
    assert countries(threats[0].source) == {"BOL"} and threats[0].modality.factual, summary(evs)


def test_not_standing_idly_by_aims_the_threat_at_the_condition(code):
    evs = code("Turkey said it would not stand idly by if Greece sent warships to the island.").events
    threat = next(e for e in evs if e.trigger == "stand")
    assert threat.cameo == "130", summary(evs)
    assert countries(threat.source) == {"TUR"} and countries(threat.target) == {"GRC"}, summary(evs)
    assert not threat.modality.negated, summary(evs)


def test_not_sitting_idly_by_has_no_entry_but_is_a_threat(code):
    evs = code("Egypt will not sit idly by, its foreign minister said on Monday.").events
    assert any(e.cameo == "130" and countries(e.source) == {"EGY"} for e in evs), summary(evs)


def test_not_standing_by_an_offer_is_no_threat(code):
    # "stand by" with an object of its own: support withdrawn, not force promised.
    evs = code("Peru said it will not stand by its earlier offer to Ecuador.").events
    assert not any(e.cameo.startswith("13") for e in evs), summary(evs)


def test_a_past_failure_to_stand_by_is_no_threat(code):
    evs = code("Kenya did not stand by when Uganda was attacked.").events
    assert not any(e.cameo.startswith("13") for e in evs), summary(evs)


# ------------------------------------------------------------- "A clashed with B": two sides

def test_the_two_sides_of_a_clash_are_told_apart(code):
    evs = code("Indian soldiers clashed with Chinese troops in Ladakh on Tuesday.").events
    clashes = [e for e in evs if e.trigger == "clashed"]
    assert len(clashes) == 2, summary(evs)
    sides = {(frozenset(countries(e.source)), frozenset(countries(e.target))) for e in clashes}
    assert sides == {(frozenset({"IND"}), frozenset({"CHN"})), (frozenset({"CHN"}), frozenset({"IND"}))}, summary(evs)


def test_talks_held_with_a_party_run_both_ways(code):
    evs = code("Ghana held talks with Togo in Accra.").events
    talks = [e for e in evs if e.cameo == "046"]
    assert sorted((sorted(countries(e.source)), sorted(countries(e.target))) for e in talks) \
        == [(["GHA"], ["TGO"]), (["TGO"], ["GHA"])], summary(evs)


def test_police_clashing_with_protesters_repress_and_the_protesters_fight(code):
    evs = code("Police clashed with protesters in Lima on Saturday.").events
    clashes = {e.cameo: e for e in evs if e.trigger == "clashed"}
    assert set(clashes) == {"175", "193"}, summary(evs)
    assert [a.sector for a in clashes["175"].source] == ["COP"], summary(evs)


def test_a_compound_subject_clash_stays_one_mutual_event(code):
    # No "with": the sides are not told apart, the parties are listed on both.
    evs = code("Armenia and Azerbaijan clashed on the border on Monday.").events
    clashes = [e for e in evs if e.trigger == "clashed"]
    assert len(clashes) == 1 and countries(clashes[0].source) == countries(clashes[0].target) == {"ARM", "AZE"}, \
        summary(evs)


# ------------------------------------------------------------- passive arrests told by the authority

def test_arrests_told_by_the_ministry_are_the_ministrys(code):
    evs = code("Georgia's interior ministry said 43 people were arrested overnight.").events
    arrests = [e for e in evs if e.cameo == "173"]
    assert len(arrests) == 1, summary(evs)
    assert [a.sector for a in arrests[0].source] == ["GOV"], summary(evs)
    assert "reporting-authority" in arrests[0].rule


def test_detentions_told_by_police_after_the_clause(code):
    evs = code("Dozens of students were detained in Dhaka, police said.").events
    arrests = [e for e in evs if e.cameo == "173"]
    assert len(arrests) == 1 and [a.sector for a in arrests[0].source] == ["COP"], summary(evs)


def test_arrests_told_by_a_rights_group_get_no_source(code):
    evs = code("Amnesty International said 12 activists were arrested in Minsk.").events
    assert not any(e.cameo == "173" and e.source for e in evs), summary(evs)


def test_deaths_told_by_the_army_get_no_source(code):
    # Only state coercion (CAMEO 17) is the reporting authority's own act.
    evs = code("The army said three soldiers were killed in the north.").events
    assert not any(e.cameo.startswith("19") and e.source for e in evs), summary(evs)


# ------------------------------------------------------------- two conjoined acts

def test_expelling_and_recalling_are_two_acts(code):
    evs = code("Estonia expelled two Russian diplomats and recalled its own ambassador from Moscow.").events
    sanctions = sorted(e.trigger for e in evs if e.cameo == "161")
    assert sanctions == ["expelled", "recalled"], summary(evs)
    recall = next(e for e in evs if e.trigger == "recalled")
    assert countries(recall.source) == {"EST"} and countries(recall.target) == {"RUS"}, summary(evs)


def test_condemning_and_summoning_are_two_acts(code):
    evs = code("Lithuania condemned the incursion and summoned the Belarusian envoy.").events
    assert {"condemned", "summoned"} <= {e.trigger for e in evs}, summary(evs)


def test_two_verbs_on_one_object_are_one_act(code):
    # The second verb shares the first one's object: the same judgement told twice.
    evs = code("Hungary criticised and condemned the new sanctions.").events
    assert len([e for e in evs if e.cameo.startswith("11")]) == 1, summary(evs)


# ------------------------------------------------------------- "charged X with" a crime

def test_a_state_charging_people_with_a_crime_takes_legal_action(code):
    evs = code("Canada charged two Iranian nationals with money laundering on Friday.").events
    assert any(e.cameo == "173" and e.trigger == "charged" for e in evs), summary(evs)


def test_a_state_charging_a_state_accuses_it(code):
    evs = code("Armenia charged Azerbaijan with violating the ceasefire.").events
    assert any(e.cameo == "112" and e.trigger == "charged" for e in evs), summary(evs)
    assert not any(e.cameo == "173" for e in evs), summary(evs)


# ------------------------------------------------------------- "we" in a quotation

def test_we_in_a_quote_is_the_speakers_body(code):
    evs = code('"We will not stand by if Ecuador sends troops to the border," a Peruvian ministry spokesman said.').events
    threat = next((e for e in evs if e.cameo == "130"), None)
    assert threat is not None and countries(threat.source) == {"PER"}, summary(evs)
    assert countries(threat.target) == {"ECU"}, summary(evs)


def test_we_in_a_quote_after_the_speaker(code):
    evs = code('Chile\'s defence minister said: "We will expel the two diplomats."').events
    assert any(e.cameo.startswith("16") or e.cameo.startswith("13") for e in evs if countries(e.source) == {"CHL"}), \
        summary(evs)


def test_we_outside_a_quote_names_no_one(code):
    evs = code("Officials in Quito said we should expect more arrests.").events
    assert not any(a.rule.endswith("quote-speaker") for e in evs for a in e.source), summary(evs)


# ------------------------------------------------------------- parties acting together, in a place

def test_a_truce_signed_abroad_is_between_its_parties(code):
    evs = code("The Sudanese government and the rebels signed a ceasefire agreement in Nairobi.").events
    sign = next(e for e in evs if e.trigger == "signed")
    assert "KEN" not in countries(sign.target), summary(evs)
    assert countries(sign.source) == countries(sign.target), summary(evs)


def test_joint_patrols_at_sea_are_not_aimed_at_the_sea(code):
    evs = code("Japanese and Australian warships held joint patrols in the East China Sea.").events
    patrols = next(e for e in evs if e.cameo == "062")
    assert "CHN" not in countries(patrols.target), summary(evs)


def test_a_named_third_party_stays_the_target(code):
    evs = code("Russia and Belarus signed a defence pact with Iran in Minsk.").events
    sign = next(e for e in evs if e.trigger == "signed")
    assert countries(sign.target) == {"IRN"}, summary(evs)


# ------------------------------------------------------------- legal appeals, coups' domestic acts

def test_appealing_a_ruling_is_no_appeal_to_anyone(code):
    evs = code("The former governor's lawyers said they would appeal the verdict to the Supreme Court.").events
    assert not any(e.cameo.startswith("02") for e in evs), summary(evs)


def test_appealing_to_donors_is_still_an_appeal(code):
    evs = code("Niger appealed to donors for emergency food aid on Monday.").events
    assert any(e.cameo.startswith("02") and countries(e.source) == {"NER"} for e in evs), summary(evs)


def test_a_constitution_suspended_reduces_no_relations(code):
    evs = code("The junta in Guinea suspended the constitution on Sunday.").events
    assert not any(e.cameo.startswith("16") for e in evs), summary(evs)


def test_talks_suspended_still_reduce_relations(code):
    evs = code("Guinea suspended talks with Mali on Sunday.").events
    assert any(e.cameo.startswith("16") for e in evs), summary(evs)


# ------------------------------------------------------------- an actor is not its own target

def test_a_description_resolved_to_the_source_is_no_target(code):
    evs = code("Japan urged the junta to free the detainees and said it was reviewing its aid to the country.").events
    review = next(e for e in evs if e.trigger == "reviewing")
    assert "JPN" not in countries(review.target), summary(evs)


def test_a_named_member_of_the_sources_own_body_stays_the_target(code):
    evs = code("The Israeli army arrested an Israeli soldier on Monday.").events
    arrest = next(e for e in evs if e.cameo == "173")
    assert countries(arrest.target) == {"ISR"}, summary(evs)


# ------------------------------------------------------------- open to talks: an intent

def test_open_to_negotiations_is_an_intent_to_negotiate(code):
    evs = code("Mexico's economy minister said Mexico remained open to negotiations with Washington.").events
    talks = next(e for e in evs if e.trigger == "negotiations")
    assert talks.cameo == "036" and countries(talks.source) == {"MEX"} and countries(talks.target) == {"USA"}, \
        summary(evs)


def test_ready_for_dialogue(code):
    evs = code("Venezuela is ready for dialogue with Guyana, its foreign minister said.").events
    assert any(e.cameo == "036" and countries(e.source) == {"VEN"} for e in evs), summary(evs)


def test_talks_open_to_the_press_are_no_intent(code):
    evs = code("The talks between Chile and Peru were open to the press.").events
    assert not any(e.cameo == "036" for e in evs), summary(evs)


# ------------------------------------------------------------- "X ... and said it would": the speaker

SPEAKER_TEXT = ("GABORONE, Botswana (AP) — Soldiers detained President Tomas Ngwenya on Wednesday. "
                "Canada urged the soldiers to free Ngwenya and said it was reviewing its aid to the country.")


def test_the_subject_pronoun_of_a_reported_clause_is_its_speaker(code):
    evs = code(SPEAKER_TEXT).events
    review = next(e for e in evs if e.trigger == "reviewing")
    assert countries(review.source) == {"CAN"}, summary(evs)
    assert "CAN" not in countries(review.target), summary(evs)


def test_an_object_pronoun_is_not_the_speaker(code):
    evs = code("Egypt's foreign ministry said Sudanese soldiers had detained him near the border.").events
    arrest = next(e for e in evs if e.cameo == "173")
    assert "EGY" not in countries(arrest.target), summary(evs)


def test_the_condition_of_a_threat_is_no_event_of_its_own(code):
    evs = code("Iran will not sit idly by while Israel bombs Lebanon, its foreign minister said.").events
    assert not any(e.trigger == "bombs" for e in evs), summary(evs)
    threat = next(e for e in evs if e.cameo == "130")
    assert countries(threat.source) == {"IRN"} and countries(threat.target) == {"ISR"}, summary(evs)


def test_not_tolerating_is_a_threat_against_whoever_does_it(code):
    evs = code("India will not tolerate Pakistani incursions across the border, the defence minister said.").events
    threat = next((e for e in evs if e.cameo == "130"), None)
    assert threat is not None and countries(threat.target) == {"PAK"}, summary(evs)
    assert not any(e.cameo.startswith("12") for e in evs), summary(evs)


def test_a_past_intolerance_is_no_threat(code):
    evs = code("The regime in Minsk had not tolerated dissent for decades.").events
    assert not any(e.cameo.startswith("13") for e in evs), summary(evs)


# ------------------------------------------------------------- an act as a passive agent

def test_the_victims_of_an_act_named_as_agent_are_not_its_source(code):
    evs = code("Monitors said the vote in Harare was marred by intimidation of voters.").events
    assert not any(a.sector == "CVL" for e in evs for a in e.source), summary(evs)


def test_the_owner_of_an_act_named_as_agent_is_its_source(code):
    evs = code("Two journalists were killed by Israeli shelling in Gaza.").events
    kill = next(e for e in evs if e.trigger == "killed")
    assert countries(kill.source) == {"ISR"}, summary(evs)


def test_a_party_named_as_agent_stays_the_source(code):
    evs = code("The convoy was attacked by Houthi rebels near Hodeidah.").events
    attack = next(e for e in evs if e.trigger == "attacked")
    assert countries(attack.source) == {"YEM"}, summary(evs)


# ------------------------------------------------------------- authorities reporting their own coercion

def test_an_authority_reporting_its_own_interception_claims_nothing(code):
    evs = code("Maltese authorities said they had intercepted a boat carrying 60 people.").events
    assert not any(e.cameo == "015" for e in evs), summary(evs)


def test_a_group_reporting_its_own_rocket_fire_claims_it(code):
    evs = code("Hezbollah said it had fired rockets at an Israeli base.").events
    assert any(e.cameo == "015" for e in evs), summary(evs)


# ------------------------------------------------------------- migrants pushed back

def test_migrants_pushed_back_across_a_border_are_expelled(code):
    evs = code("Polish border guards pushed back dozens of migrants into Belarus on Monday.").events
    push = next(e for e in evs if e.trigger == "pushed")
    assert push.cameo == "174", summary(evs)


def test_pushing_back_against_sanctions_is_no_expulsion(code):
    evs = code("Hungary pushed back against the new sanctions on Monday.").events
    assert not any(e.cameo == "174" for e in evs), summary(evs)


# ------------------------------------------------------------- patrol boats are arms

def test_patrol_boats_sent_to_a_coast_guard_are_military_aid(code):
    evs = code("Spain delivered three patrol boats to the Senegalese navy on Friday.").events
    assert any(e.cameo.startswith("07") and countries(e.source) == {"ESP"} for e in evs), summary(evs)


def test_fishing_boats_are_no_arms(code):
    evs = code("Spain delivered three fishing boats to Senegalese cooperatives on Friday.").events
    assert not any(e.cameo in ("072", "0332") for e in evs), summary(evs)


# ------------------------------------------------------------- groups acting for a sponsor

def test_hackers_backed_by_a_state_act_for_it(code):
    evs = code("Hackers backed by North Korea attacked South Korean banks on Friday.").events
    attack = next(e for e in evs if e.trigger == "attacked")
    assert countries(attack.source) == {"PRK"}, summary(evs)


def test_a_convoy_attacked_by_rebels_is_not_the_rebels(code):
    evs = code("A convoy attacked by rebels reached Goma on Monday.").events
    assert not any(e.trigger == "reached" and e.source for e in evs), summary(evs)
    attack = next((e for e in evs if e.trigger == "attacked"), None)
    assert attack is None or all(a.sector != "REB" for a in attack.target), summary(evs)


# ------------------------------------------------------------- a second act hung inside an accusation

def test_an_appeal_after_an_accusation_is_the_accusers(code):
    # spaCy hangs "called" on "stop", inside "of failing to stop ...".
    evs = code("Italy accused Tunisia of failing to stop smugglers and called on the European Union "
               "to share the burden.").events
    appeal = next((e for e in evs if e.trigger == "called"), None)
    assert appeal is not None and appeal.cameo.startswith("02"), summary(evs)
    assert countries(appeal.source) == {"ITA"}, summary(evs)


def test_an_expulsion_after_an_accusation_is_the_accusers(code):
    evs = code("Russia accused Moldova of refusing to negotiate and expelled two Moldovan diplomats.").events
    assert any(e.cameo == "161" and countries(e.source) == {"RUS"} for e in evs), summary(evs)


def test_the_act_inside_an_accusation_is_still_not_told(code):
    evs = code("Italy accused Tunisia of failing to stop smugglers.").events
    assert [e.cameo for e in evs] == ["112"], summary(evs)
