"""Round 13 of the event coder, on our own sentences through the real pipeline: victims killed
in someone's shelling are the target (not a dateline run into the sentence) and take the
country of where they were hit; a summons made to protest is an official complaint however the
parser hangs it; a protest filed is a complaint; convoys blocked are a blockade; a retaliation
is what it was done by; seized property and frozen assets name their owners; "the measures"
are whoever took them."""

from __future__ import annotations

from event_checks import countries, summary


def by_trigger(evs, word):
    return [e for e in evs if e.trigger == word]


def codes_of(actors):
    return {a.code for a in actors}


# ------------------------------------------------------------- victims of an attack

def test_a_dateline_run_into_the_sentence_is_not_the_victim(code):
    evs = code("KABUL, Afghanistan: Three villagers were killed in a Taliban rocket attack near "
               "Kandahar on Sunday, police said.").events
    killed = by_trigger(evs, "killed")
    assert killed and [a.text for a in killed[0].target] == ["villagers"], summary(evs)
    assert codes_of(killed[0].target) == {"AFGCVL"}, summary(evs)


def test_victims_with_a_country_keep_it(code):
    evs = code("Two Israeli soldiers were killed in a Hamas rocket attack near Sderot on Monday, "
               "the army said.").events
    killed = by_trigger(evs, "killed")
    assert killed and codes_of(killed[0].target) == {"ISRMIL"}, summary(evs)
    assert not any("victims-place" in e.rule for e in evs), summary(evs)


def test_only_civilians_take_the_place_of_the_attack(code):
    evs = code("Two soldiers were killed in an ambush in northern Mali on Monday, the army said.").events
    assert not any("victims-place" in e.rule for e in evs), summary(evs)


def test_the_owner_of_the_drone_in_a_drone_attack_attacks(code):
    evs = code("Five civilians were wounded in a Houthi drone attack on the port of Aden on Tuesday, "
               "officials said.").events
    hit = by_trigger(evs, "wounded")
    assert hit and countries(hit[0].source) == {"YEM"} and hit[0].cameo == "1952", summary(evs)
    assert codes_of(hit[0].target) == {"YEMCVL"}, summary(evs)


def test_a_drone_attack_by_no_one_named_has_no_source(code):
    evs = code("Five civilians were wounded in a drone attack on the port of Aden on Tuesday, "
               "officials said.").events
    hit = by_trigger(evs, "wounded")
    assert hit and not hit[0].source, summary(evs)


# ------------------------------------------------------------- a state's protest

def test_calling_in_an_envoy_to_protest_is_an_official_complaint_made_now(code):
    evs = code("Germany called in the Iranian ambassador to protest against the execution of a "
               "German citizen.").events
    prot = by_trigger(evs, "protest")
    assert [e.cameo for e in prot] == ["114"], summary(evs)
    assert countries(prot[0].target) == {"IRN"} and not prot[0].modality.future, summary(evs)


def test_a_protest_hung_on_the_summoned_diplomat_is_the_summoners(code):
    evs = code("Tokyo summoned a senior Russian diplomat to protest over the detention of a "
               "Japanese consul.").events
    prot = by_trigger(evs, "protest")
    assert [e.cameo for e in prot] == ["114"], summary(evs)
    assert countries(prot[0].source) == {"JPN"} and countries(prot[0].target) == {"RUS"}, summary(evs)
    assert not by_trigger(evs, "summoned"), summary(evs)


def test_a_summons_to_protest_an_arrest_is_still_a_complaint(code):
    evs = code("Kenya summoned Uganda's high commissioner to protest the arrest of two opposition "
               "figures.").events
    prot = by_trigger(evs, "protest")
    assert [e.cameo for e in prot] == ["114"] and countries(prot[0].target) == {"UGA"}, summary(evs)


def test_experts_called_in_hear_no_complaint(code):
    evs = code("The ministry called in experts to assess the damage to the bridge.").events
    assert not any(e.cameo == "114" for e in evs), summary(evs)


def test_a_crowd_that_protests_is_no_official_complaint(code):
    evs = code("Students rallied in Seoul to protest the tuition rise.").events
    assert not any(e.cameo == "114" for e in evs), summary(evs)


def test_a_protest_filed_is_a_complaint_to_come(code):
    evs = code("Manila will file a diplomatic protest over the incident, the foreign ministry said.").events
    filed = [e for e in evs if e.cameo == "114"]
    assert filed and filed[0].modality.future, summary(evs)
    assert not any(e.cameo == "133" for e in evs), summary(evs)


def test_a_protest_held_is_still_dissent(code):
    evs = code("Farmers said they would hold a protest in the capital on Friday.").events
    assert not any(e.cameo == "114" for e in evs), summary(evs)
    assert any(e.cameo.startswith(("13", "14")) for e in evs), summary(evs)


# ------------------------------------------------------------- blockades

def test_a_convoy_blocked_is_a_blockade(code):
    evs = code("Militia fighters blocked a convoy of aid trucks on the road to Goma.").events
    assert [e.cameo for e in by_trigger(evs, "blocked")] == ["191"], summary(evs)


def test_a_highway_blocked_by_protesters_is_obstruction(code):
    evs = code("Protesters blocked the main highway to the port.").events
    assert [e.cameo for e in by_trigger(evs, "blocked")] == ["144"], summary(evs)


# ------------------------------------------------------------- retaliation

def test_a_retaliation_is_what_it_was_done_by(code):
    evs = code("Iran retaliated by expelling two British diplomats.").events
    assert not by_trigger(evs, "retaliated"), summary(evs)
    expel = by_trigger(evs, "expelling")
    assert expel and expel[0].cameo == "161", summary(evs)
    assert countries(expel[0].source) == {"IRN"} and countries(expel[0].target) == {"GBR"}, summary(evs)


def test_a_bare_retaliation_stays_force(code):
    evs = code("The rebels retaliated on Sunday.").events
    assert any(e.cameo.startswith("19") for e in by_trigger(evs, "retaliated")), summary(evs)


# ------------------------------------------------------------- exchanges

def test_each_side_of_an_exchange_frees_its_own_captives(code):
    evs = code("On Monday the army released 40 rebel fighters and the rebels freed 12 soldiers.").events
    freed = by_trigger(evs, "freed")
    assert freed and [a.text for a in freed[0].source] == ["rebels"], summary(evs)


def test_a_shared_subject_still_frees(code):
    evs = code("The army released 40 fighters and freed 12 soldiers on Monday.").events
    freed = by_trigger(evs, "freed")
    assert freed and [a.text for a in freed[0].source] == ["army"], summary(evs)


# ------------------------------------------------------------- property and its owners

def test_seized_boats_name_their_owners(code):
    evs = code("Yemeni fishermen said Eritrean naval vessels seized their boats near the Hanish "
               "islands.").events
    seized = by_trigger(evs, "seized")
    assert seized and countries(seized[0].target) == {"YEM"}, summary(evs)


def test_no_one_seizes_their_own_boats(code):
    evs = code("Eritrean naval vessels seized their boats near the Hanish islands.").events
    seized = by_trigger(evs, "seized")
    assert seized and not seized[0].target, summary(evs)


def test_the_measures_are_whoever_took_them(code):
    evs = code("Canada imposed sanctions on four Iranian officials on Monday. "
               "The measures freeze their assets in Canada.").events
    freeze = by_trigger(evs, "freeze")
    assert freeze and countries(freeze[0].source) == {"CAN"}, summary(evs)
    assert countries(freeze[0].target) == {"IRN"}, summary(evs)


def test_measures_told_of_no_one_have_no_source(code):
    evs = code("The measures freeze the assets of the company.").events
    assert not any(e.source for e in by_trigger(evs, "freeze")), summary(evs)


# ------------------------------------------------------------- crowd control

def test_tear_gas_fired_to_disperse_students_targets_them(code):
    evs = code("Police fired tear gas to disperse students outside the university in Dhaka.").events
    fired = by_trigger(evs, "fired")
    assert fired and fired[0].cameo == "175" and any(a.text == "students" for a in fired[0].target), summary(evs)


def test_tear_gas_with_no_purpose_names_no_party(code):
    evs = code("Police used tear gas on Sunday in Dhaka.").events
    used = by_trigger(evs, "used")
    assert used and not any(a.sector for a in used[0].target), summary(evs)


# ------------------------------------------------------------- lexicon

def test_respecting_a_ceasefire_is_an_intent_to_de_escalate(code):
    evs = code("Syria and Turkey said they would respect the ceasefire in Idlib.").events
    assert [e.cameo for e in by_trigger(evs, "respect")] == ["0356"], summary(evs)


def test_respecting_rights_is_no_ceasefire(code):
    evs = code("The government said it would respect human rights.").events
    assert not any(e.cameo.startswith(("035", "087")) for e in evs), summary(evs)


def test_a_court_ruling_is_no_cooperation(code):
    evs = code("The Supreme Court ruled that the election was valid.").events
    assert not by_trigger(evs, "ruled"), summary(evs)


def test_ruling_out_is_still_coded(code):
    evs = code("Beijing ruled out military action against Taiwan.").events
    assert by_trigger(evs, "ruled"), summary(evs)


def test_failing_to_prove_is_no_rejection(code):
    evs = code("The court said the president had failed to prove fraud in the vote.").events
    assert not by_trigger(evs, "failed"), summary(evs)


def test_rejecting_an_account_is_a_denial(code):
    evs = code("The ministry rejected the account of the fishermen.").events
    assert [e.cameo for e in by_trigger(evs, "rejected")] == ["016"], summary(evs)


def test_rejecting_a_proposal_is_no_denial(code):
    evs = code("The ministry rejected the proposal for talks with Japan.").events
    assert [e.cameo[:2] for e in by_trigger(evs, "rejected")] == ["12"], summary(evs)


def test_checking_a_report_is_no_investigation(code):
    evs = code("Israel's army said it was checking the report.").events
    assert not by_trigger(evs, "checking"), summary(evs)


def test_recognising_a_result_endorses_it(code):
    evs = code("The opposition recognised the election result.").events
    assert [e.cameo for e in by_trigger(evs, "recognised")] == ["051"], summary(evs)


def test_recognising_a_government_is_recognition(code):
    evs = code("Brazil recognised the new government of Bolivia.").events
    assert [e.cameo for e in by_trigger(evs, "recognised")] == ["054"], summary(evs)


# ------------------------------------------------------------- mediation

def test_mediators_bring_the_parties_of_the_talks_together(code):
    evs = code("Qatar and Egypt mediated talks between Israel and Hamas.").events
    med = by_trigger(evs, "mediated")
    assert med and med[0].cameo == "045" and countries(med[0].target) == {"ISR", "PSE"}, summary(evs)


def test_talks_mediated_by_a_third_state_are_told(code):
    evs = code("The army and the rebels agreed on Friday to a ceasefire after talks mediated by "
               "Qatar and Egypt.").events
    med = by_trigger(evs, "mediated")
    assert med and countries(med[0].source) == {"QAT", "EGY"}, summary(evs)
    assert {a.text for a in med[0].target} == {"army", "rebels"}, summary(evs)


def test_talks_mediated_for_no_one_named_are_no_event(code):
    evs = code("The talks, mediated by Norway, ended on Monday.").events
    assert not by_trigger(evs, "mediated"), summary(evs)


# ------------------------------------------------------------- cyber attacks

def test_hacked_networks_are_no_military_force(code):
    evs = code("Russian hackers attacked government networks in Poland last month, investigators said.").events
    att = by_trigger(evs, "attacked")
    assert [e.cameo for e in att] == ["172"], summary(evs)


def test_cyber_attacks_launched_are_no_military_force(code):
    evs = code("Iranian hackers launched cyber attacks on Albanian ministries on Monday.").events
    assert [e.cameo for e in by_trigger(evs, "launched")] == ["172"], summary(evs)


def test_attacked_positions_are_still_force(code):
    evs = code("Russian troops attacked Ukrainian positions near Bakhmut.").events
    assert [e.cameo for e in by_trigger(evs, "attacked")] == ["190"], summary(evs)


# ------------------------------------------------------------- unnamed speakers

def test_they_of_unnamed_speakers_is_no_one_named_before(code):
    evs = code("Japan opposed the move. Fishing groups in the province said they would hold a "
               "protest outside the embassy on Monday.").events
    assert not any("JPN" in countries(e.source) for e in by_trigger(evs, "hold")), summary(evs)


def test_they_of_named_speakers_is_them(code):
    evs = code("Japan opposed the move. China and Russia said they would hold talks.").events
    hold = by_trigger(evs, "hold")
    assert hold and countries(hold[0].source) == {"CHN", "RUS"}, summary(evs)


def test_the_ramming_condemned_is_the_one_told(code):
    evs = code("Chinese coast guard ships rammed a Philippine supply boat on Friday. "
               "The United States condemned the ramming.").events
    cond = by_trigger(evs, "condemned")
    assert cond and countries(cond[0].target) == {"CHN"}, summary(evs)


# ------------------------------------------------------------- refusing to accept

def test_not_recognising_a_ruling_rejects_it(code):
    evs = code("The president said she did not recognise the ruling of the court.").events
    rec = by_trigger(evs, "recognise")
    assert [e.cameo for e in rec] == ["120"] and not rec[0].modality.negated, summary(evs)


def test_not_accepting_a_result_rejects_it(code):
    evs = code("The opposition party does not accept the election result.").events
    assert [e.cameo for e in by_trigger(evs, "accept")] == ["120"], summary(evs)


def test_an_agreement_not_signed_stays_a_negated_deed(code):
    evs = code("Serbia and Kosovo did not sign the agreement on Monday.").events
    assert not any(e.cameo == "120" for e in evs), summary(evs)


def test_where_the_rockets_came_from_is_not_where_the_victims_were(code):
    evs = code("Three civilians were killed by rockets fired from Gaza on Sunday, police said.").events
    killed = by_trigger(evs, "killed")
    assert killed and "PSE" not in countries(killed[0].target), summary(evs)


def test_victims_hit_by_a_shell_from_across_the_border_are_where_it_landed(code):
    evs = code("Two children were wounded when a shell fired from Lebanon hit a house in northern Israel.").events
    hurt = by_trigger(evs, "wounded")
    assert hurt and countries(hurt[0].target) == {"ISR"}, summary(evs)
