"""Claims, round 6: a participle of report set off after the reported clause, 'according to'
hung on the clause a speaker reports, a subject the parser joins to the 'according to'
phrase, negation shared by a conjoined verb, and answers matched to the claim they answer by
the nationality of its source and by the words they share.

Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2026-03-02", nlp=nlp)


# --- content ---------------------------------------------------------------------------------


def test_participle_of_report_is_not_part_of_the_reported_clause(nlp):
    text = ("Port officials said on Monday that they had found no damage to the pier, rejecting "
            "claims by a union leader that the crane had collapsed.")
    found = coded(nlp, text).claims
    said = by_cue(found, "said")
    assert said.content == "they had found no damage to the pier"
    assert by_cue(found, "rejecting").stance == "deny"


def test_plain_participle_stays_in_the_reported_clause(nlp):
    text = "Police said the fire had spread through the market, destroying forty stalls."
    said = by_cue(coded(nlp, text).claims, "said")
    assert said.content.endswith("destroying forty stalls")


def test_according_to_on_a_reported_clause_names_the_speakers_sources(nlp):
    text = ("A banker familiar with the talks told Reuters that the lenders had agreed to extend the loan "
            "before the deadline, according to people briefed on the meeting.")
    found = coded(nlp, text).claims
    according = by_cue(found, "according to")
    assert according.content == "the lenders had agreed to extend the loan before the deadline"
    assert [a.text for a in according.via] == ["A banker familiar with the talks"]


def test_according_to_at_the_end_of_a_plain_sentence_takes_all_before_it(nlp):
    text = "A fuel depot near the port burned overnight, according to the regional governor."
    according = by_cue(coded(nlp, text).claims, "according to")
    assert according.content == "A fuel depot near the port burned overnight"


def test_subject_joined_to_an_according_to_phrase_starts_the_content(nlp):
    text = ("According to the official, who spoke on condition of anonymity, trucks carrying flour "
            "were stuck at the crossing for a week.")
    according = by_cue(coded(nlp, text).claims, "according to")
    assert according.content.startswith("trucks carrying flour were stuck")
    assert "anonymous" in according.hedges


# --- negation --------------------------------------------------------------------------------


def test_conjoined_verb_shares_did_not(nlp):
    text = "The statement did not name the suspects or say which group they belonged to."
    assert not [c for c in coded(nlp, text).claims if c.cue == "say"]


def test_conjoined_past_tense_does_not_share_did_not(nlp):
    text = ("The spokesman told reporters that the army did not shell the village and dismissed "
            "the rebel account as invented.")
    assert by_cue(coded(nlp, text).claims, "dismissed").stance == "deny"


# --- what an answer answers -------------------------------------------------------------------


def test_national_adjective_names_whose_claim_is_rejected(nlp):
    text = ("The Philippine navy said the boat was rammed and two sailors were injured. "
            "A Philippine navy spokesman said the ship had been on a routine patrol. "
            "China's coast guard said it had warned the boat away. "
            "A Chinese spokesperson rejected the Philippine claim that any sailor was injured.")
    found = coded(nlp, text).claims
    rejected = by_cue(found, "rejected")
    assert rejected.refers_to == (found[0].id,)


def test_denial_answers_the_claim_sharing_its_words(nlp):
    text = ("Lebanon's health ministry said the strikes killed four people. "
            "Israel said it had hit rocket launchers near the town. "
            "Hezbollah denied keeping rocket launchers in the town.")
    found = coded(nlp, text).claims
    denied = by_cue(found, "denied")
    assert denied.refers_to == (found[1].id,)


# --- anonymity, contact relatives, what was left unsaid ---------------------------------------


def test_anonymity_carries_to_the_definite_phrase_without_a_country(nlp):
    text = ("A Western diplomat in Vienna, who asked not to be named, said the envoys would meet soon. "
            "The diplomat said the talks appeared to have stalled.")
    found = coded(nlp, text).claims
    assert "anonymous" in by_cue(found, "said", 1).hedges


def test_anonymity_does_not_carry_to_another_noun(nlp):
    text = ("A Western diplomat in Vienna, who asked not to be named, said the envoys would meet soon. "
            "The minister said the talks appeared to have stalled.")
    found = coded(nlp, text).claims
    assert "anonymous" not in by_cue(found, "said", 1).hedges


def test_contact_relative_says_only_its_infinitive(nlp):
    text = "The truce has mostly held, though the army has carried out raids it says target smugglers."
    claim = by_cue(coded(nlp, text).claims, "says")
    assert claim.content == "target smugglers"


def test_final_attribution_after_a_comma_keeps_the_clause(nlp):
    text = "The truce has mostly held, the army says."
    assert by_cue(coded(nlp, text).claims, "says").content == "The truce has mostly held"


def test_what_the_speaker_left_unsaid_is_not_content(nlp):
    text = "The army said its troops had taken the hill and gave no details of losses."
    assert by_cue(coded(nlp, text).claims, "said").content == "its troops had taken the hill"


def test_plain_conjoined_act_after_a_perfect_stays(nlp):
    text = "The army said its troops had taken the hill and lost no men."
    assert by_cue(coded(nlp, text).claims, "said").content.endswith("and lost no men")


# --- claims of possession -------------------------------------------------------------------


def test_claim_to_land_or_lives_is_not_a_claim_of_fact(nlp):
    text = ("Both states claim sovereignty over the reef. Brunei also claims parts of the sea. "
            "The flood claimed the lives of nine villagers.")
    assert not [c for c in coded(nlp, text).claims if c.cue.lower().startswith("claim")]


def test_claim_of_responsibility_or_victory_stays(nlp):
    text = "The group claimed responsibility for the bombing. The army claimed victory in the valley."
    found = coded(nlp, text).claims
    assert [c.stance for c in found if c.cue == "claimed"] == ["claim", "claim"]


# --- round 6b: anonymity phrased otherwise, appositive accusations, shared names ---------------


def test_name_withheld_is_anonymous(nlp):
    text = "One farmer, who asked that his name be withheld, said the soldiers took his cattle."
    assert "anonymous" in by_cue(coded(nlp, text).claims, "said").hedges


def test_definite_phrase_with_a_broader_sector_takes_up_anonymity(nlp):
    text = ("According to a regional health official, who spoke on condition of anonymity, nine people "
            "were treated for burns. The official said the number could rise.")
    found = coded(nlp, text).claims
    assert "anonymous" in by_cue(found, "said").hedges


def test_accusation_set_after_a_claim_answers_that_claim(nlp):
    text = ("The rebels said their fighters had seized three border posts. "
            "Rights groups say dozens of prisoners have been tortured since March, "
            "an accusation the government has denied.")
    found = coded(nlp, text).claims
    denied = by_cue(found, "denied")
    assert denied.refers_to == (by_cue(found, "say").id,)


def test_denial_sharing_a_place_name_answers_the_claim_about_it(nlp):
    text = ("Two residents said soldiers clashed with gunmen near Dessie late on Tuesday. "
            "A government spokesman denied that any fighting had taken place in Dessie.")
    found = coded(nlp, text).claims
    assert by_cue(found, "denied").refers_to == (found[0].id,)


def test_denial_sharing_nothing_answers_nothing(nlp):
    text = ("Two residents said soldiers clashed with gunmen near Dessie late on Tuesday. "
            "A government spokesman denied that the budget had been cut.")
    found = coded(nlp, text).claims
    assert by_cue(found, "denied").refers_to == ()


def test_claim_noun_after_a_comma_ends_the_content_whatever_the_parse(nlp):
    text = "In May, police said they had foiled a plot to bomb the airport, a claim opposition leaders called absurd."
    said = by_cue(coded(nlp, text).claims, "said")
    assert said.content == "they had foiled a plot to bomb the airport"


def test_claim_noun_inside_the_clause_stays(nlp):
    text = "Officials said an inquiry had found a claim of fraud baseless."
    assert by_cue(coded(nlp, text).claims, "said").content == "an inquiry had found a claim of fraud baseless"
