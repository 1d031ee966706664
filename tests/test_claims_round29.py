"""Claims, round 29: "citing" evidence (data, intercepts) leaves the speaker as the source;
"the accusation" named after a denial answers what that denial answered, not the denier's
own account just before; "too early to say", "premature to speculate" hedge; a quotation a
paragraph leaves open is the speaker's of the quotation that opens the next paragraph; a name
set right after a description without a comma ("the telecom group TDC") stays in the source.

Each rule has a case where it must not fire. Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2024-06-20", nlp=nlp)


# --- "citing" evidence -----------------------------------------------------------------------------


def test_an_outlet_citing_intercepts_stays_the_source(nlp):
    text = "The Globe, citing radio intercepts, reported that the colonel had ordered the shelling."
    claim = by_cue(coded(nlp, text).claims, "reported")
    assert claim.source[0].text == "The Globe"
    assert claim.content == "the colonel had ordered the shelling"


def test_a_spokesman_citing_data_to_an_outlet_stays_the_source(nlp):
    text = ('"The convoy never left the base," an army spokesman told the BBC, citing flight logs kept by the air force.')
    claim = by_cue(coded(nlp, text).claims, "told")
    assert claim.source[0].text == "an army spokesman"
    assert [a.text for a in claim.via] == ["the BBC"]


def test_an_outlet_citing_officials_still_gives_the_officials(nlp):
    text = "The Globe, citing two police officials, reported that the colonel had ordered the shelling."
    claim = by_cue(coded(nlp, text).claims, "reported")
    assert claim.source[0].text == "two police officials"
    assert [a.text for a in claim.via] == ["The Globe"]


# --- "the accusation" after a denial ---------------------------------------------------------------


def test_the_accusation_after_a_denial_answers_the_denied_claim(nlp):
    text = ("Estonian officials said a tanker had torn a power line near Tallinn. "
            "The tanker's operator, Marlow Freight, denied the charge. "
            '"The vessel kept to its lane the whole night," the operator said. '
            "Panama called the accusation unfounded.")
    found = coded(nlp, text).claims
    first = by_cue(found, "said")
    answer = by_cue(found, "called")
    assert answer.stance == "deny"
    assert answer.refers_to == (first.id,)


def test_the_statement_after_a_denial_is_still_the_one_just_made(nlp):
    text = ("Estonian officials said a tanker had torn a power line near Tallinn. "
            "The tanker's operator, Marlow Freight, denied the charge. "
            '"The vessel kept to its lane the whole night," the operator said. '
            "Panama called the statement misleading.")
    found = coded(nlp, text).claims
    first = by_cue(found, "said")
    answer = by_cue(found, "called")
    assert first.id not in answer.refers_to


# --- "too early to say" ---------------------------------------------------------------------------


def test_too_early_to_say_hedges_the_claim(nlp):
    claim = by_cue(coded(nlp, "Harbour police said it was too early to say who had cut the line.").claims, "said")
    assert "too early to say" in claim.hedges


def test_premature_to_speculate_hedges_the_claim(nlp):
    claim = by_cue(coded(nlp, "The ministry said it was premature to speculate about the cause of the blast.").claims,
                   "said")
    assert "premature to speculate" in claim.hedges


def test_too_early_to_plant_is_no_hedge(nlp):
    claim = by_cue(coded(nlp, "Farm officials said it was too early to plant the maize.").claims, "said")
    assert claim.hedges == ()


# --- a quotation across paragraphs ----------------------------------------------------------------


def test_a_quotation_left_open_at_a_paragraph_end_is_the_next_speakers(nlp):
    text = ("The dam held through the night.\n\n"
            '"We moved four hundred families out before the water rose.\n\n'
            '"Nobody was hurt," district officer Lena Moretti said.')
    found = coded(nlp, text).claims
    assert [c.content for c in found] == ["We moved four hundred families out before the water rose",
                                          "Nobody was hurt"]
    assert all(c.source[0].text == "district officer Lena Moretti" for c in found)


def test_a_closed_quotation_in_the_paragraph_before_is_no_one_elses(nlp):
    text = ("The dam held through the night.\n\n"
            '"Hold the line" was painted on the sandbags.\n\n'
            '"Nobody was hurt," district officer Lena Moretti said.')
    found = coded(nlp, text).claims
    assert [c.content for c in found] == ["Nobody was hurt"]


# --- a name right after a description --------------------------------------------------------------


def test_a_name_after_a_description_stays_in_the_source(nlp):
    text = "Power was cut to three towns, the Danish telecom group TDC said."
    claim = by_cue(coded(nlp, text).claims, "said")
    assert claim.source[0].text == "the Danish telecom group TDC"


def test_a_name_set_off_by_commas_is_not_joined(nlp):
    text = "The company, Elering, said power was cut to three towns."
    claim = by_cue(coded(nlp, text).claims, "said")
    assert claim.source[0].text != "The company, Elering"
