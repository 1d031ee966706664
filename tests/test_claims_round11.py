"""Claims, round 11: a denial by a craft's owner answers the claim about that craft (named or
of the same kind) even with no actor in common; "the findings" answer the body that inquired;
a possessed "account" is all its owner told; content in a relative clause keeps the noun it is
about; evidence the parser breaks ("Footage posted online showed", "footage broadcast by",
"appeared to show") still shows; ", charges it rejects" is a denial; "did nothing wrong"
answers a charge; a pronoun inside a quotation stands for no one named before it; a second
complement the parser splits off is still said; "put the toll at 31" states a number; a denial
that civilians were hurt answers the casualty claims.

Each rule has a case where it must not fire. Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2026-11-20", nlp=nlp)


# --- craft and their owners --------------------------------------------------------------------


def test_the_ships_owner_answers_the_claim_about_the_ship(nlp):
    found = coded(nlp, "Satellite images showed that a cargo ship had unloaded crates at the port of Tartus. "
                       "The ship's owner denied that its vessel had been involved in any transfer.").claims
    assert by_cue(found, "denied").refers_to == (by_cue(found, "showed").id,)


def test_an_unrelated_denial_does_not_answer_the_ship(nlp):
    found = coded(nlp, "Satellite images showed that a cargo ship had unloaded crates at the port of Tartus. "
                       "The port authority denied that its cranes had been damaged in the storm.").claims
    assert by_cue(found, "denied").refers_to == ()


def test_the_company_that_owns_a_named_tanker_answers_across_a_claim(nlp):
    found = coded(nlp, "Satellite images showed the tanker Aurora moored beside a smaller vessel off the coast. "
                       "The minister said the navy would investigate. The company that owns the Aurora denied "
                       "that the tanker had taken on any oil at sea.").claims
    assert by_cue(found, "denied").refers_to == (by_cue(found, "showed").id,)


def test_the_named_craft_comes_before_the_country_it_shares(nlp):
    text = ("Investigators said the network had helped Iran sell oil to buyers in Asia. The Marlin Star "
            "appeared to have transferred oil to another tanker near Malaysia, according to satellite images. "
            "The owner of the Marlin Star denied that the ship had carried Iranian oil.")
    found = coded(nlp, text).claims
    assert by_cue(found, "denied").refers_to == (by_cue(found, "according to").id,)


# --- findings and accounts ---------------------------------------------------------------------


def test_the_findings_are_the_inquirers_not_the_last_claim(nlp):
    text = ("A team of international investigators concluded that the airliner had been brought down by a "
            "missile. The foreign minister of Ukraine said the report proved Russian guilt. Moscow rejected "
            "the findings.")
    found = coded(nlp, text).claims
    assert by_cue(found, "rejected").refers_to == (by_cue(found, "concluded").id,)


def test_accusations_still_answer_the_claim_about_the_answerer(nlp):
    text = ("A team of international investigators concluded that the airliner had been brought down by a "
            "missile. The foreign minister of Ukraine said Russia was guilty. Moscow rejected the accusations.")
    found = coded(nlp, text).claims
    assert by_cue(found, "rejected").refers_to == (by_cue(found, "said").id,)


def test_the_armys_account_is_the_army_and_its_spokesman(nlp):
    found = coded(nlp, "The army said its troops had fired warning shots. A spokesman for the army said no one "
                       "had been hurt. Witnesses disputed the army's account.").claims
    assert by_cue(found, "disputed").refers_to == (by_cue(found, "said").id, by_cue(found, "said", 1).id)


def test_the_armys_account_leaves_out_the_rebels(nlp):
    found = coded(nlp, "The army said its troops had fired warning shots. The rebels said two fighters had been "
                       "killed. A coalition spokesman said no civilians had been hurt. Witnesses disputed the "
                       "army's account.").claims
    assert by_cue(found, "disputed").refers_to == (by_cue(found, "said").id,)


def test_a_spokesman_named_by_his_body_tells_its_account(nlp):
    found = coded(nlp, "The coalition said its aircraft had struck a militant camp. The rebels said a wedding "
                       "had been hit. A coalition spokesman said the target was legitimate. The rebels rejected "
                       "the coalition's account.").claims
    rejected = by_cue(found, "rejected")
    assert rejected.refers_to == (by_cue(found, "said").id, by_cue(found, "said", 2).id)


# --- content of a relative clause ---------------------------------------------------------------


def test_a_predicate_without_object_keeps_its_noun(nlp):
    claim = by_cue(coded(nlp, "The opposition leader refused to accept the result of an election he says was "
                              "stolen.").claims, "says")
    assert claim.content == "an election he says was stolen"


def test_the_relative_pronoun_is_no_start_of_what_was_said(nlp):
    claim = by_cue(coded(nlp, "He was taken to hospital with symptoms that doctors said were consistent with "
                              "exposure to a nerve agent.").claims, "said")
    assert sources(claim) == ["doctors"]
    assert claim.content == "symptoms that doctors said were consistent with exposure to a nerve agent"


def test_a_relative_clause_with_its_own_subject_keeps_it(nlp):
    claim = by_cue(coded(nlp, "He broke a rule that the judge said the army had ignored.").claims, "said")
    assert claim.content == "the army had ignored"


# --- evidence the parser breaks ----------------------------------------------------------------


def test_footage_posted_online_shows(nlp):
    claim = by_cue(coded(nlp, "Footage posted online showed soldiers beating a man tied to a chair outside a "
                              "police station.").claims, "showed")
    assert claim.source[0].kind == "evidence"
    assert claim.content == "soldiers beating a man tied to a chair outside a police station"


def test_a_person_posting_videos_shows_nothing(nlp):
    assert coded(nlp, "The activist posted videos online showing soldiers beating a man.").claims == ()


def test_a_show_that_is_an_event_is_no_cue(nlp):
    assert coded(nlp, "Footage shared at the show revealed nothing new.").claims == ()


def test_footage_broadcast_by_a_channel_appears_to_show(nlp):
    claim = by_cue(coded(nlp, "However, footage broadcast by Houthi television appeared to show the bodies of "
                              "women among the ruins of a tent.").claims, "show")
    assert claim.source[0].kind == "evidence"
    assert "appeared" in claim.hedges


def test_a_concert_broadcast_shows_nothing(nlp):
    assert coded(nlp, "The concert broadcast by state television appeared to show little.").claims == ()


def test_a_minister_appearing_to_show_interest_is_no_claim(nlp):
    assert coded(nlp, "The minister appeared to show little interest in the talks.").claims == ()


def test_unverified_footage_hedges_what_it_showed(nlp):
    found = coded(nlp, "Camera footage reviewed by investigators appeared to show two men following the "
                       "journalist, the prosecutors said. Reuters could not independently verify the footage.").claims
    shown = by_cue(found, "show")
    assert by_cue(found, "verify").refers_to == (shown.id,)
    assert "could not independently verify" in shown.hedges


# --- denials -----------------------------------------------------------------------------------


def test_charges_it_rejects_is_a_denial(nlp):
    found = coded(nlp, "Rights groups have repeatedly accused the coalition of hitting civilian sites, charges "
                       "it rejects.").claims
    assert [c.cue for c in found] == ["accused", "rejects"]
    assert by_cue(found, "rejects").stance == "deny"
    assert by_cue(found, "rejects").refers_to == (by_cue(found, "accused").id,)


def test_charges_it_says_are_proven_is_no_denial(nlp):
    found = coded(nlp, "The prosecutor read the indictment, charges it says are proven.").claims
    assert all(c.stance != "deny" for c in found)


def test_did_nothing_illegal_answers_the_charge(nlp):
    found = coded(nlp, "Prosecutors accused the mayor of taking bribes. His lawyer said he did nothing "
                       "illegal.").claims
    said = by_cue(found, "said")
    assert said.stance == "deny"
    assert said.refers_to == (by_cue(found, "accused").id,)


def test_did_nothing_to_stop_is_no_denial(nlp):
    claim = by_cue(coded(nlp, "Residents said the army had done nothing to stop the looting.").claims, "said")
    assert claim.stance == "assert"


def test_no_civilians_hit_answers_the_toll(nlp):
    found = coded(nlp, "Health officials said a drone strike had killed at least 23 people at a wedding. The "
                       "coalition said its aircraft had targeted militant commanders. The coalition denied that "
                       "any civilians had been hit.").claims
    assert by_cue(found, "denied").refers_to == (by_cue(found, "said").id,)


def test_a_denial_about_troops_is_no_answer_to_a_toll(nlp):
    found = coded(nlp, "Medics said the strike killed 12 people. The army denied that its troops had fired on "
                       "the village.").claims
    assert by_cue(found, "denied").refers_to == ()


# --- speakers and content ---------------------------------------------------------------------


def test_a_pronoun_in_a_quotation_is_not_an_earlier_official(nlp):
    text = ("Two officials said traces of poison had been found. The journalist's wife said he had received "
            "threats. \"They told him they would find him wherever he went,\" she said.")
    found = coded(nlp, text).claims
    assert sources(by_cue(found, "told")) == ["They"]
    assert sources(by_cue(found, "said", 2)) == ["The journalist's wife"]


def test_a_second_complement_the_parser_splits_off_is_said(nlp):
    claim = by_cue(coded(nlp, "Lithuania's interior minister rejected that claim, saying police had offered "
                              "Malevich protection twice and he had declined it.").claims, "saying")
    assert claim.content == "police had offered Malevich protection twice and he had declined it"


def test_putting_the_toll_at_a_number_states_it(nlp):
    claim = by_cue(coded(nlp, "The health ministry put the death toll at 31, including nine children.").claims, "put")
    assert sources(claim) == ["The health ministry"]
    assert claim.content == "the death toll at 31"


def test_putting_the_harvest_at_risk_states_nothing(nlp):
    assert coded(nlp, "The floods put the harvest at risk.").claims == ()


def test_findings_with_no_inquirer_answer_as_before(nlp):
    found = coded(nlp, "The foreign minister of Ukraine said Russia was guilty of the attack. Moscow rejected "
                       "the findings.").claims
    assert by_cue(found, "rejected").refers_to == (by_cue(found, "said").id,)


def test_the_toll_not_confirmed_is_the_toll_given(nlp):
    found = coded(nlp, "The health ministry put the death toll at 31 and said dozens more had been wounded. A UN "
                       "official said the world body could not confirm the toll.").claims
    assert by_cue(found, "confirm").refers_to == (by_cue(found, "put").id,)


def test_with_no_toll_given_the_last_number_of_the_hurt_stands(nlp):
    found = coded(nlp, "Medics said 12 people were killed. The rebels said 40 fighters had been wounded. The UN "
                       "could not confirm the toll.").claims
    assert by_cue(found, "confirm").refers_to == (by_cue(found, "said", 1).id,)


def test_a_pronoun_after_a_spaced_closing_mark_is_the_last_speaker(nlp):
    # the tokenizer keeps "``" in the word; the closing "''" has a space after it: "he" is outside
    text = ("Central bank governor Anna Reyes said rates would stay high .\n``We expect prices to cool by "
            "spring , '' he said .")
    assert sources(by_cue(coded(nlp, text).claims, "said", 1)) != ["he"]
