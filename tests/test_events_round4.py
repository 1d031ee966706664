"""Round 4 of the event coder, on our own sentences through the real pipeline: irrealis
complements, the weapon of an act, nominal acts under enacting verbs, judged acts named by
their agent, reporters' checks and the topic of talks."""

from __future__ import annotations

import pytest


def countries(actors) -> set[str]:
    return {a.country or (a.code or "")[:3] for a in actors}


def summary(evs):
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target], e.rule, e.modality.cues) for e in evs]


def family(code, text, root):
    return [e for e in code(text).events if e.cameo.startswith(root)]


# ----------------------------------------------------------------------------- irrealis complements

@pytest.mark.parametrize("text", [
    "Kenya's foreign minister said she hoped the Ethiopian officers would soon be arrested.",
    "Nairobi hopes that Addis Ababa will release the detained journalists.",
    "Kenya was hoping for Ethiopia to release the detained journalists.",
])
def test_a_hoped_for_act_is_not_told_as_done(code, text):
    evs = [e for e in code(text).events if e.cameo[:2] in ("17", "08") or e.cameo[:3] == "035"]
    assert evs, summary(code(text).events)
    assert all(e.modality.future and not e.modality.factual for e in evs), summary(evs)


def test_a_demanded_act_in_a_bare_verb_clause_is_not_told_as_done(code):
    evs = family(code, "Ghana insisted that Togo release the fishermen it detained.", "08")
    assert evs and not any(e.modality.factual for e in evs), summary(evs)


def test_a_told_act_under_a_speech_verb_stays_factual(code):
    evs = family(code, "Ghana said Togo released the fishermen on Monday.", "08")
    assert evs and evs[0].modality.factual, summary(evs)


# ----------------------------------------------------------------------------- weapons

@pytest.mark.parametrize("text, want", [
    ("Separatist fighters launched rockets at the Moldovan border post.", "194"),
    ("The fuel depot was destroyed by a cruise missile fired by Russian forces.", "194"),
    ("Three farmers were killed in Azerbaijani artillery shelling near the border.", "194"),
    ("Sudanese warplanes bombed a market in Nyala on Tuesday.", "195"),
    ("Ukrainian drones attacked an oil refinery in Ryazan overnight.", "1952"),
    ("Russia attacked Zaporizhzhia with guided bombs dropped from aircraft.", "1951"),
])
def test_the_weapon_of_an_attack_picks_its_code(code, text, want):
    evs = family(code, text, "19")
    assert [e.cameo for e in evs] == [want], summary(code(text).events)


def test_a_suicide_bomber_is_no_aircraft(code):
    evs = code("A suicide bomber blew himself up at a checkpoint in Mogadishu.").events
    assert not [e for e in evs if e.cameo.startswith("195")], summary(evs)


# ----------------------------------------------------------------------------- enacting verbs

def test_sanctions_in_a_list_under_announced_take_the_announcer(code):
    text = ("The Australian government announced visa bans on ten Iranian officials, as well as "
            "financial sanctions against two Iranian drone makers.")
    evs = family(code, text, "16")
    assert evs and all(countries(e.source) == {"AUS"} for e in evs), summary(evs)


def test_unveiled_sanctions_are_sanctions(code):
    evs = code("Norway unveiled new sanctions on Belarusian banks.").events
    assert [e for e in evs if e.cameo.startswith("16") and countries(e.source) == {"NOR"}], summary(evs)


# ----------------------------------------------------------------------------- judged acts

def test_a_judged_noun_moved_after_its_as_predicate_names_its_agent(code):
    evs = family(code, "Chile rejected as baseless accusations by Bolivia that it had spied on La Paz.", "")
    assert [e for e in evs if countries(e.source) == {"CHL"} and countries(e.target) == {"BOL"}], summary(evs)


def test_the_by_agent_of_a_condemned_act_is_the_target(code):
    evs = family(code, "Tokyo condemned the missile tests by Pyongyang.", "11")
    assert evs and countries(evs[0].target) == {"PRK"}, summary(evs)


# ----------------------------------------------------------------------------- non-events and topics

def test_a_reporter_that_cannot_verify_a_claim_is_no_event(code):
    evs = code("Reuters could not independently verify the figures.").events
    assert not evs, summary(evs)


def test_what_parties_negotiate_on_is_not_their_target(code):
    evs = family(code, "Armenia and Azerbaijan renewed negotiations on a Russian border mission.", "04")
    assert evs and all(countries(e.target) == {"ARM", "AZE"} for e in evs), summary(evs)


# ----------------------------------------------------------------------------- from probe stories

def _trigger(nlp, text: str, word: str):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("tacitus_"):
            doc = proc(doc)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word", [
    ("Crowds gathered in Vilnius, demanding that the government cut ties with Minsk.", "cut"),
    ("The envoy asked that Serbia withdraw its police from the north.", "withdraw"),
    ("Lisbon is hoping that Luanda will extradite the banker.", "extradite"),
])
def test_a_demanded_or_hoped_for_complement_is_future(nlp, text, word):
    from tacitus.pipeline.modality import modality_of
    mod = modality_of(_trigger(nlp, text, word))
    assert mod.future and not mod.factual, mod


def test_a_warning_of_a_danger_is_no_threat(code):
    evs = code("UNICEF warned that cholera could spread unless the water supply was restored.").events
    assert not [e for e in evs if e.cameo.startswith("13")], summary(evs)
    assert [e for e in evs if e.cameo == "012"], summary(evs)


def test_a_warning_of_ones_own_act_stays_a_threat(code):
    evs = code("Ankara warned that it would strike Kurdish militias in Syria.").events
    assert [e for e in evs if e.cameo.startswith("13")], summary(evs)


@pytest.mark.parametrize("text, want", [
    ("Moscow threatened to expel Estonian diplomats.", "1313"),
    ("Brussels threatened to impose sanctions on Georgian officials.", "1312"),
])
def test_a_threatened_act_takes_its_own_threat_code(code, text, want):
    evs = family(code, text, "13")
    assert [e.cameo for e in evs] == [want], summary(code(text).events)


def test_hosting_refugees_is_no_visit(code):
    evs = code("Jordan, which hosts 1.3 million Syrian refugees, asked donors for more help.").events
    assert not [e for e in evs if e.cameo == "043"], summary(evs)


def test_an_it_in_a_reported_clause_is_the_speaker(code):
    text = ("The Philippine coast guard said it had spotted 30 Chinese militia boats near the reef, and "
            "that it had sent its own forces to monitor them.")
    evs = family(code, text, "15")
    assert evs and all(countries(e.source) == {"PHL"} for e in evs), summary(evs)


def test_forces_sent_to_a_sea_are_deployed_not_given(code):
    evs = code("Canada sent two frigates and troops to the Red Sea.").events
    assert not [e for e in evs if e.cameo.startswith("07")], summary(evs)
    assert [e for e in evs if e.cameo == "150"], summary(evs)


def test_an_act_named_again_beside_the_sentences_own_act_is_no_new_event(code):
    text = ("Azerbaijan launched military drills near the Armenian border. Paris said it was alarmed by "
            "the drills and urged Baku to show restraint.")
    evs = [e for e in code(text).events if "Paris" in e.sentence]
    assert not [e for e in evs if e.cameo.startswith("15")], summary(evs)


def test_an_attempt_made_is_the_act(code):
    evs = family(code, "Gunmen tried to assassinate the governor of Kandahar on Sunday.", "18")
    assert evs and evs[0].modality.factual, summary(evs)


def test_journalists_arrested_are_arrested(code):
    evs = family(code, "Police in Harare arrested two journalists on Monday.", "17")
    assert [e.cameo for e in evs] == ["173"], summary(evs)


def test_a_wanted_dialogue_with_one_party_has_a_source_or_none(code):
    evs = family(code, "The opposition called for dialogue with Pyongyang.", "04")
    assert not [e for e in evs if e.source and e.source == e.target and countries(e.source) == {"PRK"}], summary(evs)


def test_a_legal_charge_is_legal_action_not_an_accusation(code):
    evs = code("Three Georgian activists were charged with treason on Friday.").events
    assert [e.cameo for e in evs if e.trigger == "charged"] == ["173"], summary(evs)
    evs = code("Tehran charged Washington with piracy.").events
    assert [e.cameo[:3] for e in evs if e.trigger == "charged"] == ["112"], summary(evs)


def test_ordered_held_is_detention_by_the_orderer(code):
    evs = code("A Georgian court ordered the opposition activists held for two months.").events
    held = [e for e in evs if e.cameo == "173"]
    assert held and countries(held[0].source) == {"GEO"} and held[0].modality.factual, summary(evs)
    assert not [e for e in evs if e.cameo == "100"], summary(evs)


def test_a_company_put_on_an_export_list_is_sanctioned(code):
    evs = family(code, "Beijing placed four Canadian firms on its unreliable entity list.", "16")
    assert [e for e in evs if countries(e.source) == {"CHN"} and countries(e.target) == {"CAN"}], summary(evs)


def test_patrols_of_a_bodys_vessels_are_a_show_of_force_by_its_owner(code):
    text = "Japan's coast guard said its ships had conducted patrols near the Senkaku islands."
    evs = family(code, text, "15")
    assert evs and countries(evs[0].source) == {"JPN"}, summary(code(text).events)


def test_an_unnamed_crowd_marching_through_a_city_protests_against_its_country(code):
    evs = family(code, "About 8,000 people marched through Chisinau on Sunday to oppose the new tax law.", "14")
    assert evs and countries(evs[0].target) == {"MDA"}, summary(code("About 8,000 people marched.").events)


def test_aircraft_with_guided_munitions_are_1951(code):
    evs = family(code, "Saudi warplanes using laser-guided bombs struck rebel positions in Yemen on Tuesday.", "19")
    assert [e.cameo for e in evs] == ["1951"], summary(evs)


def test_a_noun_under_a_prepositional_phrase_of_the_verb_is_not_enacted(code):
    evs = code("Moldovan police imposed a curfew in Comrat after a rally over fraud allegations.").events
    assert not [e for e in evs if e.cameo.startswith("11")], summary(evs)


def test_a_sum_pledged_to_rebuild_an_army_is_aid_to_it(code):
    evs = family(code, "Japan and Italy pledged $90 million to rebuild the Somali army.", "03")
    assert [e for e in evs if e.cameo == "033" and countries(e.target) == {"SOM"}], summary(evs)


def test_studying_a_plan_is_considering_it(code):
    evs = code("Kosovo's government said it was studying the proposal.").events
    assert [e.cameo for e in evs if e.trigger == "studying"] == ["014"], summary(evs)


def test_an_accusation_coordinated_with_a_denial_is_not_denied(code):
    evs = code("Minsk denied sending troops to the border and accused Vilnius of lying.").events
    acc = [e for e in evs if e.cameo.startswith("112")]
    assert acc and not acc[0].modality.negated, summary(evs)


def test_the_strikes_told_before_kill_by_their_owner(code):
    text = "Turkish jets struck PKK camps in northern Iraq on Monday. Kurdish officials said the strikes killed six people."
    evs = [e for e in code(text).events if e.cameo.startswith("19") and "six" in e.sentence]
    assert evs and countries(evs[0].source) == {"TUR"}, summary(code(text).events)


def test_calling_an_act_unacceptable_condemns_its_doer(code):
    text = "Algeria closed its airspace to Mali. Bamako described the closure as a hostile act."
    evs = [e for e in code(text).events if "Bamako" in e.sentence]
    assert [e for e in evs if e.cameo == "111" and countries(e.source) == {"MLI"}], summary(evs)


def test_calling_talks_constructive_is_praise(code):
    evs = code("Ankara called the negotiations positive.").events
    assert [e.cameo for e in evs if e.trigger == "called"] == ["051"], summary(evs)


def test_military_instructors_sent_to_train_forces_are_military_aid(code):
    evs = code("Turkey sent military instructors to train Somali forces.").events
    assert [e for e in evs if e.cameo.startswith("07") and countries(e.target) == {"SOM"}], summary(evs)


def test_a_quoted_fronted_predicate_still_finds_the_judged_noun(code):
    evs = code("Chile rejected as ``baseless'' accusations by Bolivia that it had spied on La Paz.").events
    assert [e for e in evs if countries(e.source) == {"CHL"} and countries(e.target) == {"BOL"}], summary(evs)


def test_aid_named_after_an_announced_sum_takes_the_announcer(code):
    evs = family(code, "Norway announced 40 million crowns in humanitarian aid for Gaza.", "07")
    assert evs and countries(evs[0].source) == {"NOR"}, summary(evs)
