"""Claims round 16: a defence that calls the charges false keeps its clause and answers the
charge laid ("was charged with ..."), warnings and cautions answered in a reduced relative,
"contest" as a denial only of a claim or a figure, an answer by the one charged links to the
charges against it, and a second "that" clause of the same verb stays in its content."""

from __future__ import annotations

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2026-11-29", nlp=nlp)


# --- a charge laid, and a defence that calls it false ----------------------------------------


def test_a_defence_calling_the_charges_false_keeps_its_clause_and_answers_the_charge(nlp):
    text = ("Security agents arrested a blogger in Tashkent on Monday. She was charged with insulting the "
            "president. Her lawyer said the charges were invented.")
    found = coded(nlp, text).claims
    charged, said = by_cue(found, "charged"), by_cue(found, "said")
    assert charged.stance == "accuse"
    assert said.stance == "deny"
    assert said.content == "the charges were invented"
    assert said.refers_to == (charged.id,)


def test_a_charge_with_a_gerund_is_an_accusation_by_its_subject(nlp):
    text = "Prosecutors charged the activist with organising an illegal rally."
    charged = by_cue(coded(nlp, text).claims, "charged")
    assert charged.stance == "accuse"
    assert sources(charged) == ["Prosecutors"]


def test_a_charge_of_riot_police_with_batons_is_no_accusation(nlp):
    text = "Riot police charged the marchers with batons outside the city hall."
    assert [c.cue for c in coded(nlp, text).claims] == []


def test_the_case_called_fabricated_is_a_denial_of_the_charge(nlp):
    text = ("The journalist was charged with espionage last month. His lawyer said the case was fabricated "
            "and that prosecutors had not shown him any evidence.")
    found = coded(nlp, text).claims
    said = by_cue(found, "said")
    assert said.stance == "deny"
    assert said.refers_to == (by_cue(found, "charged").id,)
    assert said.content.endswith("prosecutors had not shown him any evidence")


def test_a_case_of_disease_confirmed_is_no_answer(nlp):
    text = "The health ministry said the case was the first in the province."
    said = by_cue(coded(nlp, text).claims, "said")
    assert said.stance == "assert"


# --- warnings and cautions answered in a reduced relative ------------------------------------


def test_a_warning_the_mayor_dismissed_is_a_linked_denial(nlp):
    text = "Engineers said the dam could fail within days, a warning the mayor's office dismissed."
    found = coded(nlp, text).claims
    dismissed = by_cue(found, "dismissed")
    assert dismissed.stance == "deny"
    assert dismissed.refers_to == (by_cue(found, "said").id,)


def test_a_caution_the_bank_rejected_is_cut_from_the_content(nlp):
    text = "The think tank said prices would rise by 12 percent, a caution the central bank rejected."
    found = coded(nlp, text).claims
    assert by_cue(found, "said").content == "prices would rise by 12 percent"
    assert by_cue(found, "rejected").refers_to == (by_cue(found, "said").id,)


# --- contest ---------------------------------------------------------------------------------


def test_a_figure_the_ministry_contests_is_a_denial(nlp):
    text = "The union said 9,000 teachers had walked out, a figure the education ministry contests."
    found = coded(nlp, text).claims
    contests = by_cue(found, "contests")
    assert contests.stance == "deny"
    assert sources(contests) == ["the education ministry"]
    assert contests.refers_to == (by_cue(found, "said").id,)


def test_a_number_the_owners_dispute_is_a_denial(nlp):
    text = "Organisers said 6,000 farmers had joined the march, a number the provincial police disputes."
    found = coded(nlp, text).claims
    assert by_cue(found, "disputes").refers_to == (by_cue(found, "said").id,)


def test_contested_the_figures_is_a_denial(nlp):
    text = "The army said 70 fighters had been killed. The rebels contested the figures."
    found = coded(nlp, text).claims
    contested = by_cue(found, "contested")
    assert contested.stance == "deny"
    assert contested.refers_to == (by_cue(found, "said").id,)


def test_contesting_a_seat_or_an_election_is_no_denial(nlp):
    text = "The former mayor will contest the seat in May. Her party contested the last election in 2019."
    assert [c.cue for c in coded(nlp, text).claims] == []


# --- an answer by the one charged ------------------------------------------------------------


def test_the_one_accused_answers_the_accusation_against_him(nlp):
    text = ("Witnesses said militia fighters loyal to Ali Kushayb had looted the market. Rights groups accused "
            "Ali Kushayb of directing the raid. The UN said food stocks in the camp were running low. "
            "Ali Kushayb rejected the accusations.")
    found = coded(nlp, text).claims
    rejected = by_cue(found, "rejected")
    assert rejected.refers_to == (by_cue(found, "accused").id,)


def test_an_owned_accusation_still_names_its_owner(nlp):
    text = ("Rights groups accused Ali Kushayb of directing the raid. The UN said in a report that the raid "
            "had killed 12 people. Ali Kushayb rejected the UN's accusations.")
    found = coded(nlp, text).claims
    assert by_cue(found, "rejected").refers_to == (by_cue(found, "said").id,)
