"""Claims round 15: reduced relatives that answer a reported figure (", a result the opposition
disputes"), verification caveats by an outlet the lexicon does not know, a report participle
hung on the reported clause, a dateline read as a second subject, "the authenticity of the
documents", and content cuts read once per sentence."""

from __future__ import annotations

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2026-11-29", nlp=nlp)


# --- a reduced relative on a noun of a reported figure --------------------------------------


def test_a_result_the_opposition_disputes_is_a_linked_denial(nlp):
    text = "The electoral commission said the ruling party had won 61 percent of the vote, a result the opposition disputes."
    found = coded(nlp, text).claims
    said, disputes = by_cue(found, "said"), by_cue(found, "disputes")
    assert disputes.stance == "deny"
    assert disputes.refers_to == (said.id,)
    assert said.content == "the ruling party had won 61 percent of the vote"


def test_a_toll_the_rebels_dispute_is_a_linked_denial(nlp):
    text = "Local officials said 30 bodies had been recovered, a toll the rebels dispute."
    found = coded(nlp, text).claims
    dispute = by_cue(found, "dispute")
    assert dispute.stance == "deny"
    assert sources(dispute) == ["the rebels"]
    assert dispute.refers_to == (by_cue(found, "said").id,)


def test_a_source_with_of_keeps_its_words(nlp):
    text = "The health ministry said 212 people had died of cholera, a figure the ministry of finance disputes."
    found = coded(nlp, text).claims
    disputes = by_cue(found, "disputes")
    assert sources(disputes) == ["the ministry of finance"]
    assert disputes.refers_to == (by_cue(found, "said").id,)


def test_a_long_source_after_a_version_is_read_whole(nlp):
    text = ("The ministry said in a statement that all contracts had been awarded lawfully, a version the "
            "opposition Save Romania Union rejects.")
    found = coded(nlp, text).claims
    rejects = by_cue(found, "rejects")
    assert rejects.stance == "deny"
    assert rejects.refers_to == (by_cue(found, "said").id,)


def test_an_ordinary_noun_in_a_reduced_relative_answers_nothing(nlp):
    text = "The ministry said the army had retaken the bridge, a crossing the rebels dispute."
    found = coded(nlp, text).claims
    assert [c.cue for c in found] == ["said"]


def test_a_figure_noun_that_names_a_person_backed_is_no_answer(nlp):
    text = "The party named Ortiz as its candidate, a figure the government backs."
    assert not any(c.stance in ("deny", "confirm", "corroborate") for c in coded(nlp, text).claims)


# --- verification caveats by an outlet the lexicon does not know ----------------------------


def test_an_unknown_outlet_that_could_not_independently_verify_hedges_the_claim(nlp):
    text = "Police said the protesters had thrown stones. The Wire could not independently verify the account."
    found = coded(nlp, text).claims
    said, verify = by_cue(found, "said"), by_cue(found, "verify")
    assert verify.refers_to == (said.id,)
    assert "unverified" in said.hedges
    assert "could not independently verify" in said.hedges


def test_a_common_noun_that_could_not_confirm_adds_no_hedge(nlp):
    text = "Police said the protesters had thrown stones. The rebels could not independently confirm the account."
    said = by_cue(coded(nlp, text).claims, "said")
    assert "unverified" not in said.hedges


def test_a_name_that_could_not_verify_without_independently_adds_no_hedge(nlp):
    text = "The army said it had killed 12 militants. The village council could not verify the claims."
    said = by_cue(coded(nlp, text).claims, "said")
    assert "unverified" not in said.hedges


def test_the_authenticity_of_the_documents_names_the_documents_claim(nlp):
    text = ("Leaked documents appeared to show that a company linked to the minister received state contracts. "
            "The documents suggest that the contracts were awarded without a tender. "
            "Reuters could not independently verify the authenticity of the documents.")
    found = coded(nlp, text).claims
    verify = by_cue(found, "verify")
    assert verify.refers_to == (by_cue(found, "suggest").id,)
    assert "unverified" in by_cue(found, "suggest").hedges


# --- speakers ---------------------------------------------------------------------------------


def test_a_report_participle_on_the_denied_clause_is_the_deniers(nlp):
    text = ("A spokesman for the rebel movement denied that its fighters had any role in the killings, "
            "saying the area had been held by tribal militias.")
    saying = by_cue(coded(nlp, text).claims, "saying")
    assert sources(saying) == ["A spokesman for the rebel movement"]


def test_a_participle_explaining_an_act_keeps_the_acts_subject(nlp):
    text = "Russia expelled two diplomats, saying they had spied for a foreign power."
    assert sources(by_cue(coded(nlp, text).claims, "saying")) == ["Russia"]


def test_a_dateline_of_two_cities_is_not_the_speaker(nlp):
    text = ("MOSCOW/KYIV, Aug 19 (Wire) - Russia's defence ministry said on Monday that its fleet had destroyed "
            "four sea drones, a claim Kyiv disputed.")
    found = coded(nlp, text).claims
    assert sources(by_cue(found, "said")) == ["Russia's defence ministry"]
    assert by_cue(found, "disputed").refers_to == (by_cue(found, "said").id,)


# --- content cuts ------------------------------------------------------------------------------


def test_cuts_in_a_chained_sentence_end_each_content_at_its_own_clause(nlp):
    text = ("The ministry said that troops had shelled the village, and the rebels claimed that drones hit a depot, "
            "and witnesses reported that the convoy had been stopped, a claim the army denies.")
    found = coded(nlp, text).claims
    assert by_cue(found, "said").content == "troops had shelled the village"
    assert by_cue(found, "claimed").content == "drones hit a depot"
    assert by_cue(found, "reported").content == "the convoy had been stopped"
