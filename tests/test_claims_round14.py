"""Claims, round 14: a caveat that claims could not be verified ("Neither claim could be
independently verified") is a decline linked to the claims, which carry the hedge
"unverified" and the caveat's words; reciprocal accusations ("both sides accuse each other")
are a claim of both sides; an answer the tagger read as a noun (", a charge Moscow rejects")
is still a denial linked to the claim before it; a subject the parser took for the reporting
verb's object is part of an "according to" claim's content; "X was quoted by Y as saying";
"officials briefed on the talks" are anonymous; "the contents of the draft" names the draft.

Each rule has a case where it must not fire. Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.pipeline.attribution_base import quotes_between
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2026-11-29", nlp=nlp)


# --- verification caveats -----------------------------------------------------------------


def test_neither_claim_could_be_verified_hedges_both_claims(nlp):
    text = ("The rebels said government troops had shelled two villages. The army said the rebels had "
            "mined the road. Neither claim could be independently verified.")
    found = coded(nlp, text).claims
    first, second, caveat = by_cue(found, "said"), by_cue(found, "said", 1), by_cue(found, "verified")
    assert caveat.stance == "decline"
    assert set(caveat.refers_to) == {first.id, second.id}
    for claim in (first, second):
        assert "unverified" in claim.hedges and claim.hedged
        assert "Neither claim could be independently verified" in claim.hedges


def test_figures_that_could_not_be_verified_carry_the_unverified_value(nlp):
    text = "The ministry said 40 civilians were killed in the strike. The figures could not be independently verified."
    said = by_cue(coded(nlp, text).claims, "said")
    assert "unverified" in said.hedges


def test_a_caveat_on_a_fact_hedges_no_claim(nlp):
    text = "The ministry said the talks were held in Doha. Neither side confirmed the venue of the next round."
    found = coded(nlp, text).claims
    assert "unverified" not in by_cue(found, "said").hedges


# --- reciprocal accusations ---------------------------------------------------------------


def test_both_sides_accusing_each_other_is_a_claim_of_both(nlp):
    text = "Armenia and Azerbaijan signed a ceasefire in May that both sides accuse each other of violating."
    accuse = by_cue(coded(nlp, text).claims, "accuse")
    assert accuse.stance == "claim"
    assert sources(accuse) == ["Armenia", "Azerbaijan"]


def test_each_side_accusing_the_other_names_the_two_parties_before(nlp):
    text = "Israel and Hamas agreed a truce in January. Fighting resumed along a line each side accuses the other of breaking."
    accuse = by_cue(coded(nlp, text).claims, "accuses")
    assert accuse.stance == "claim"
    assert sources(accuse) == ["Israel", "Hamas"]


def test_an_accusation_of_another_stays_an_accusation(nlp):
    text = "The rebel group accused a ceasefire monitor of bias."
    accuse = by_cue(coded(nlp, text).claims, "accused")
    assert accuse.stance == "accuse"
    assert sources(accuse) == ["The rebel group"]


# --- an answer read as a noun ---------------------------------------------------------------


def test_a_charge_moscow_rejects_is_a_linked_denial(nlp):
    text = "Kyiv said Russian forces had struck a hospital, a charge Moscow rejects."
    found = coded(nlp, text).claims
    said, rejects = by_cue(found, "said"), by_cue(found, "rejects")
    assert rejects.stance == "deny"
    assert sources(rejects) == ["Moscow"]
    assert rejects.refers_to == (said.id,)
    assert said.content == "Russian forces had struck a hospital"


def test_a_source_the_tagger_reads_as_adjectives_keeps_its_words(nlp):
    text = "The Kremlin said drones had hit an oil depot, a charge the Ukrainian military rejects."
    found = coded(nlp, text).claims
    rejects = by_cue(found, "rejects")
    assert sources(rejects) == ["the Ukrainian military"]
    assert rejects.refers_to == (by_cue(found, "said").id,)


def test_a_plural_noun_after_no_claim_noun_is_no_answer(nlp):
    text = "The inspectors counted the crates, a batch of factory rejects, a customs officer said."
    found = coded(nlp, text).claims
    assert [c.cue for c in found] == ["said"]


# --- "according to" after a misread subject ---------------------------------------------------


def test_according_to_keeps_the_subject_read_as_an_object(nlp):
    text = "The mayor said the blast, according to firefighters, had damaged forty homes."
    according = by_cue(coded(nlp, text).claims, "according to")
    assert according.content == "the blast had damaged forty homes"


def test_according_to_after_a_real_object_leaves_it_out(nlp):
    text = "The mayor told reporters that, according to firefighters, the blast had damaged forty homes."
    according = by_cue(coded(nlp, text).claims, "according to")
    assert according.content == "the blast had damaged forty homes"


# --- quoted by, briefed, contents of ------------------------------------------------------------


def test_quoted_by_an_outlet_as_saying_is_the_quoted_ones(nlp):
    text = "A senior negotiator was quoted by public radio as saying that no deal would be signed this week."
    saying = by_cue(coded(nlp, text).claims, "saying")
    assert sources(saying) == ["A senior negotiator"]
    assert [a.text for a in saying.via] == ["public radio"]


def test_a_quote_with_no_one_quoted_is_no_claim(nlp):
    text = "The verse was quoted at the funeral on Sunday."
    assert not coded(nlp, text).claims


def test_officials_briefed_on_the_talks_are_anonymous(nlp):
    text = "The mediators presented a revised proposal on Friday, two officials briefed on the talks said."
    assert "anonymous" in by_cue(coded(nlp, text).claims, "said").hedges
    named = "The mediators presented a revised proposal on Friday, the foreign minister said."
    assert "anonymous" not in by_cue(coded(nlp, named).claims, "said").hedges


def test_the_contents_of_a_draft_name_the_claim_about_the_draft(nlp):
    text = ("The draft calls for a six-week pause in fighting, according to a diplomat in Cairo. "
            "The agency could not verify the contents of the leaked draft.")
    found = coded(nlp, text).claims
    assert by_cue(found, "verify").refers_to == (by_cue(found, "according to").id,)


# --- quotation marks counted once ----------------------------------------------------------------


def test_quotes_between_counts_marks_in_a_range(nlp):
    doc = nlp('He said "we will stay" and she said "we will go".')
    marks = [t.i for t in doc if t.text == '"']
    assert quotes_between(doc, 0, len(doc)) == 4
    assert quotes_between(doc, marks[0] + 1, marks[2]) == 1
    assert quotes_between(doc, 3, 3) == 0
