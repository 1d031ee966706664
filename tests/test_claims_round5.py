"""Claims, round 5: anonymous sources, nested attribution, live-blog stamps, speakers set
after the clause as an apposition, 'said in a statement that', conjuncts that share a perfect,
owners of spokesmen, non-media agencies, performative 'declare' and answers that name what
they answer by its own noun.

Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2025-06-01", nlp=nlp)


# --- anonymity ------------------------------------------------------------------------------


def test_condition_of_anonymity_flags_a_source_with_a_country(nlp):
    found = coded(nlp, "A Chilean diplomat, speaking on condition of anonymity, said the talks had stalled.").claims
    claim = by_cue(found, "said")
    assert "anonymous" in claim.hedges and not claim.hedged  # flagged, but no hedge on what is said
    assert claim.source[0].country == "CHL"


def test_asked_not_to_be_named_and_familiar_with_are_anonymous(nlp):
    text = ("A port official, who asked not to be named, said two tankers were held. "
            "People familiar with the inquiry said the cargo was seized.")
    found = coded(nlp, text).claims
    assert all("anonymous" in c.hedges for c in found), [(c.source[0].text, c.hedges) for c in found]


def test_briefed_on_and_cited_sources_are_anonymous_but_named_officials_are_not(nlp):
    text = ("A police officer briefed on the raid said three men were arrested. "
            "The broadcaster, citing two hospital sources, reported that nine people were hurt. "
            "Officials said the road was reopened.")
    found = coded(nlp, text).claims
    assert "anonymous" in by_cue(found, "said").hedges
    assert "anonymous" in by_cue(found, "reported").hedges
    assert "anonymous" not in by_cue(found, "said", 1).hedges


def test_the_definite_speaker_takes_up_an_anonymous_one(nlp):
    text = ("A Kenyan official, who was not authorized to speak publicly, said the convoy left at dawn. "
            "The official said it carried fuel.")
    found = coded(nlp, text).claims
    assert "anonymous" in by_cue(found, "said", 1).hedges


# --- nesting --------------------------------------------------------------------------------


def test_a_claim_inside_a_claim_is_known_via_the_outer_source(nlp):
    text = "The Chilean foreign ministry said a report by the United Nations showed that the dam had been sabotaged."
    showed = by_cue(coded(nlp, text).claims, "showed")
    assert showed.via and showed.via[0].country == "CHL"
    assert showed.source[0].code and showed.source[0].code.startswith("IGO")


# --- sources and contents -------------------------------------------------------------------


def test_live_blog_stamps_are_not_part_of_source_or_content(nlp):
    text = "14:05 - Police in Lagos say a warehouse collapsed.\n\n14:30 - Two workers were rescued, the fire service said."
    found = coded(nlp, text).claims
    say, said = by_cue(found, "say"), by_cue(found, "said")
    assert say.source[0].text == "Police in Lagos"
    assert said.content == "Two workers were rescued"


def test_speaker_parsed_as_apposition_before_a_final_said(nlp):
    text = "Smugglers may be moving arms through northern Chad, a researcher at a university in Niamey said."
    claim = by_cue(coded(nlp, text).claims, "said")
    assert claim.source[0].text.startswith("a researcher")
    assert claim.content == "Smugglers may be moving arms through northern Chad"


def test_said_in_a_statement_that(nlp):
    text = "The Chilean president said in a statement that Bolivia had closed the crossing."
    result = coded(nlp, text)
    claim = by_cue(result.claims, "said")
    assert claim.content == "Bolivia had closed the crossing"
    assert all(e.attribution.status != "asserted" for e in result.events if "closed" in e.trigger)


def test_a_conjunct_after_a_perfect_is_part_of_what_was_said(nlp):
    text = "Chile's defence ministry said Bolivian troops had crossed the river on Friday and burned a farm."
    claim = by_cue(coded(nlp, text).claims, "said")
    assert claim.content.endswith("burned a farm")


def test_a_spokesman_of_a_named_minister_has_the_minister_country(nlp):
    text = "Foreign Minister Ana Ortiz of Chile met her Peruvian counterpart. Ortiz's spokesman said no deal was made."
    claim = by_cue(coded(nlp, text).claims, "said")
    assert claim.source[0].country == "CHL"


def test_aid_agencies_are_not_media(nlp):
    claim = by_cue(coded(nlp, "Aid agencies warn that the camps could flood.").claims, "warn")
    assert claim.source[0].sector != "MED"


def test_declaring_an_emergency_is_not_a_claim(nlp):
    assert not coded(nlp, "The governor declared a state of emergency in the province.").claims


# --- answers --------------------------------------------------------------------------------


def test_rejecting_a_view_answers_it(nlp):
    text = "Some analysts argue the junta will hold early elections. The junta rejected that view."
    found = coded(nlp, text).claims
    rejected = by_cue(found, "rejected")
    assert rejected.stance == "deny" and rejected.refers_to == (by_cue(found, "argue").id,)


def test_not_confirming_the_same_thing_answers_the_claim_that_stated_it(nlp):
    text = ("The broadcaster reported that the death toll had risen to twelve. "
            "The interior ministry has not confirmed the new toll.")
    found = coded(nlp, text).claims
    confirmed = by_cue(found, "confirmed")
    assert confirmed.refers_to == (by_cue(found, "reported").id,)


def test_a_finite_verb_hung_on_an_infinitive_is_the_speaker_own_act(nlp):
    text = "The spokesman said Bolivia was trying to play down the shooting and accused La Paz of arming smugglers."
    found = coded(nlp, text).claims
    said, accused = by_cue(found, "said"), by_cue(found, "accused")
    assert said.content == "Bolivia was trying to play down the shooting"
    assert accused.source[0].text == "The spokesman"


# --- transcripts ----------------------------------------------------------------------------


def test_a_transcript_answer_is_claimed_by_the_labelled_speaker(nlp):
    text = ('Foreign Minister Ana Ortiz of Chile spoke to reporters in Lima.\n\n'
            'Question: Did Peru ask for a new survey?\n\n'
            'Ortiz: "No. Nobody asked us for anything. We may review the border later."\n\n')
    found = coded(nlp, text).claims
    answer = next(c for c in found if c.rule == "attribution:speaker-label")
    assert answer.source[0].country == "CHL"
    assert answer.content.startswith("No. Nobody asked us") and answer.content.endswith("later")
    assert "may" in answer.hedges
    assert not any(c.content.startswith("Did Peru") for c in found)


def test_a_broadcaster_told_by_a_source_is_the_via(nlp):
    text = "The navy will send two frigates, a defence source told the ABC."
    claim = by_cue(coded(nlp, text).claims, "told")
    assert [a.text for a in claim.via] == ["the ABC"]
    assert "anonymous" in claim.hedges
