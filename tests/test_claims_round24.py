"""Claims round 24: a denial meets the claim it answers in other words (a siege "lifted" answers
a blockade "broken": a small set of near-synonyms folds together when contents are compared);
an insistence whose content is a negation denies the other side's account of the same thing;
", an allegation Phnom Penh rejected" answers the claim before it when the parser reads the
claim noun as part of a name of several words; and a name misread as a verb is no clause.

Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.pipeline.attribution_senses import sense
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2025-03-14", nlp=nlp)


# --- near-synonyms ------------------------------------------------------------------------------


def test_senses_fold_near_synonyms_only():
    assert sense("blockade") == sense("siege")
    assert sense("lift") == sense("break")
    assert sense("airspace") == sense("territory")
    assert sense("soldier") == sense("troop")
    assert sense("convoy") == "convoy"  # no near-synonym: itself
    assert sense("siege") != sense("attack")


def test_denial_answers_the_claim_in_other_words(nlp):
    art = coded(nlp, "Al-Shabaab declared a siege of the port city of Kismayo in May. Its fighters have since "
                     "torched dozens of lorries on the coastal road, according to local drivers' associations.\n\n"
                     "The interior minister told state radio that 40 convoys had reached the city under army "
                     "escort since Friday. \"The siege has ended,\" he said.\n\n"
                     "An al-Shabaab spokesman denied that the blockade had been broken.")
    assert by_cue(art.claims, "denied").refers_to == (by_cue(art.claims, "said").id,)


def test_unnamed_denier_answers_the_claim_in_other_words(nlp):
    art = coded(nlp, "Residents said the siege of the town had been lifted on Sunday.\n\n"
                     "A rebel commander denied that the blockade had been broken.")
    assert by_cue(art.claims, "denied").refers_to == (by_cue(art.claims, "said").id,)


def test_a_denial_sharing_no_sense_with_a_claim_does_not_take_it(nlp):
    # must not fire: a ceasefire that collapsed is no blockade broken (no word nor sense in common)
    art = coded(nlp, "Residents said the ceasefire around the town had collapsed on Sunday.\n\n"
                     "A rebel commander denied that the blockade had been broken.")
    assert by_cue(art.claims, "denied").refers_to == ()


# --- an insistence that negates the other side's account ------------------------------------------


def test_insisting_on_a_negation_denies_the_other_sides_claim(nlp):
    art = coded(nlp, "Algerian air defences shot down a Malian drone near the border, saying it had entered "
                     "Algerian airspace.\n\nBamako insisted the aircraft never left Malian territory.")
    insisted = by_cue(art.claims, "insisted")
    assert insisted.stance == "deny"
    assert insisted.refers_to == (by_cue(art.claims, "saying").id,)


def test_insisting_troops_never_entered_denies_the_crossing(nlp):
    art = coded(nlp, "Ukraine said Russian troops had crossed into the Sumy region overnight.\n\n"
                     "Moscow insisted its soldiers had never entered Ukrainian territory.")
    insisted = by_cue(art.claims, "insisted")
    assert insisted.stance == "deny"
    assert insisted.refers_to == (by_cue(art.claims, "said").id,)


def test_insisting_without_a_negation_stays_an_assertion(nlp):
    # must not fire: nothing is said not to be so
    art = coded(nlp, "Ukraine said Russian troops had crossed into the Sumy region overnight.\n\n"
                     "Moscow insisted the talks in Istanbul would continue.")
    insisted = by_cue(art.claims, "insisted")
    assert insisted.stance == "assert"
    assert insisted.refers_to == ()


def test_a_negation_no_claim_told_the_opposite_of_stays_an_assertion(nlp):
    # must not fire: the earlier claim speaks of something else
    art = coded(nlp, "Ukraine said Russian drones had hit a power station in Kharkiv overnight.\n\n"
                     "Moscow insisted it had never refused a prisoner exchange.")
    insisted = by_cue(art.claims, "insisted")
    assert insisted.stance == "assert"
    assert insisted.refers_to == ()


def test_insisting_on_ones_own_sides_word_is_no_denial(nlp):
    # must not fire: the earlier claim is the insister's own side's
    art = coded(nlp, "The Russian defence ministry said its troops had held the line near Sumy.\n\n"
                     "Moscow insisted its soldiers had never entered Ukrainian territory.")
    assert by_cue(art.claims, "insisted").stance == "assert"


# --- ", an allegation Phnom Penh rejected" ------------------------------------------------------


def test_allegation_rejected_by_a_name_of_two_words(nlp):
    art = coded(nlp, "Thailand said its soldiers were wounded by new mines near the border last month, an "
                     "allegation Phnom Penh rejected as \"fabricated\".")
    rejected = by_cue(art.claims, "rejected")
    assert rejected.stance == "deny"
    assert sources(rejected) == ["Phnom Penh"]
    assert rejected.source[0].country == "KHM"
    assert rejected.refers_to == (by_cue(art.claims, "said").id,)


def test_allegation_denied_by_a_name_of_two_words_in_the_past(nlp):
    art = coded(nlp, "Thailand said two of its soldiers lost legs to new mines near the border last month, an "
                     "allegation Phnom Penh denied.")
    denied = by_cue(art.claims, "denied")
    assert sources(denied) == ["Phnom Penh"]
    assert denied.refers_to == (by_cue(art.claims, "said").id,)
    assert not denied.content  # the allegation is answered, not restated


def test_allegation_that_a_name_rejected(nlp):
    art = coded(nlp, "Thailand said two of its soldiers lost legs to new mines near the border last month, an "
                     "allegation that Phnom Penh rejected as \"fabricated\".")
    rejected = by_cue(art.claims, "rejected")
    assert rejected.stance == "deny"
    assert rejected.refers_to == (by_cue(art.claims, "said").id,)


def test_a_person_rejected_by_a_name_is_no_answer(nlp):
    # must not fire: an envoy is no claim that could be answered
    art = coded(nlp, "Thailand named a new ambassador last month, an envoy Phnom Penh rejected.")
    assert not any(c.stance == "deny" for c in art.claims)


# --- a name misread as a verb -------------------------------------------------------------------


def test_broadcaster_name_misread_as_a_verb_is_no_content(nlp):
    art = coded(nlp, "The defence minister told state broadcaster ORTM that 50 trucks had reached the capital "
                     "under army escort since Monday.")
    assert by_cue(art.claims, "told").content == "50 trucks had reached the capital under army escort since Monday"
