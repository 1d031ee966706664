"""Claims round 20: a denial in the lede answers the reports of its act told after it, a speaker
tag set inside the clause it reports, "had no intention of" as a denial of intent, relative
characterisations ("moves that X described as ...") and beliefs held of a thing ("consider an
invasion unlikely")."""

from __future__ import annotations

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2026-12-04", nlp=nlp)


# --- a denial that leads the story ----------------------------------------------------------------


def test_a_lede_denial_answers_later_reports_of_the_same_act(nlp):
    art = coded(nlp, "Sudan's government denied that its aircraft had bombed civilians in Tawila.\n\n"
                     "Residents said warplanes bombed the market on Monday, killing at least 12 people.\n\n"
                     "The UN said the bombing of the market had killed civilians.\n\n"
                     "Analysts said the economy was likely to shrink this year.")
    deny = by_cue(art.claims, "denied")
    residents, un, analysts = (by_cue(art.claims, "said", k) for k in range(3))
    assert residents.id in deny.refers_to and un.id in deny.refers_to
    assert analysts.id not in deny.refers_to


def test_a_lede_denial_does_not_answer_a_conjecture_about_the_act(nlp):
    art = coded(nlp, "The army denied that its jets had struck the clinic.\n\n"
                     "Had the depot been inside the compound, one analyst said, the strike might have been legal.")
    assert not by_cue(art.claims, "denied").refers_to


# --- a speaker tag inside the clause ------------------------------------------------------------


def test_a_tag_between_a_fronted_condition_and_its_clause_is_a_speaker(nlp):
    art = coded(nlp, "Had the truce broken down, analysts said, the vote would have been impossible.")
    claim = by_cue(art.claims, "said")
    assert sources(claim) == ["analysts"]
    assert claim.content == "Had the truce broken down, the vote would have been impossible"


def test_a_tag_after_the_subject_leaves_the_subject_in_the_content(nlp):
    claim = by_cue(coded(nlp, "The vote, analysts said, would have been impossible.").claims, "said")
    assert claim.content == "The vote would have been impossible"


def test_a_fronted_condition_without_a_tag_is_no_claim(nlp):
    assert not coded(nlp, "Had the truce broken down, the vote would have been impossible.").claims


# --- no intention of ... ------------------------------------------------------------------------


def test_no_intention_of_its_own_is_a_denial_of_that_act_only(nlp):
    art = coded(nlp, "Guyana accused Venezuela of preparing to invade the Essequibo region.\n\n"
                     "Reports said Venezuela had signed a gas deal with Russia.\n\n"
                     "Venezuela's foreign minister insisted that Caracas had no intention of invading its neighbour.")
    deny = by_cue(art.claims, "insisted")
    assert deny.stance == "deny"
    assert list(deny.refers_to) == [by_cue(art.claims, "accused").id]


def test_no_intention_said_of_another_country_is_no_denial(nlp):
    art = coded(nlp, "Guyana's president said Venezuela had no intention of negotiating.")
    assert by_cue(art.claims, "said").stance == "assert"


# --- relative characterisations -----------------------------------------------------------------


def test_a_relative_characterisation_is_the_speaker_claim(nlp):
    art = coded(nlp, "The army massed troops on the border in recent weeks, moves that Kyiv called provocative.")
    claim = by_cue(art.claims, "called")
    assert claim.stance == "claim" and sources(claim) == ["Kyiv"]
    assert claim.content == "moves provocative"


def test_a_plural_noun_read_as_a_verb_still_heads_the_characterisation(nlp):
    art = coded(nlp, "Others pointed to the army's campaign in the region, moves that the opposition "
                     "described as collective punishment.")
    claim = by_cue(art.claims, "described")
    assert sources(claim) == ["the opposition"] and claim.content.startswith("moves")


def test_a_meeting_called_in_a_relative_is_no_characterisation(nlp):
    art = coded(nlp, "Delegates arrived for the summit that Kenya called last week.")
    assert not [c for c in art.claims if c.cue == "called"]


# --- beliefs held of a thing --------------------------------------------------------------------


def test_considering_a_thing_unlikely_is_a_hedged_belief(nlp):
    claim = by_cue(coded(nlp, "Most military analysts consider a full-scale invasion unlikely.").claims, "consider")
    assert claim.stance == "believe" and claim.hedged
    assert claim.content == "a full-scale invasion unlikely"


def test_deeming_a_thing_to_be_so_is_a_belief(nlp):
    assert by_cue(coded(nlp, "Diplomats deem the deal to be fragile.").claims, "deem").stance == "believe"


def test_considering_a_proposal_or_an_option_is_no_claim(nlp):
    assert not coded(nlp, "The ministry considered the proposal for two weeks.").claims
    assert not coded(nlp, "The government is considering sending troops to the border.").claims


# --- neither side -------------------------------------------------------------------------------


def test_neither_side_in_the_content_is_no_source(nlp):
    claim = by_cue(coded(nlp, "Neither side can be trusted, said the mediator.").claims, "said")
    assert sources(claim) == ["the mediator"]
