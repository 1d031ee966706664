"""Claims round 17: a denial of a part in an act ("played no part in", "was not linked to")
answers the claim about that act, a characterisation ("called the arrest an attempt to ...") is
a claim of its speaker, evidence put out by someone comes through them, quarrels over land are
no denials, and the day a charge is laid is no part of the charge."""

from __future__ import annotations

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2026-12-04", nlp=nlp)


# --- denials of a part in an act ---------------------------------------------------------------


def test_no_part_in_an_attack_is_a_denial_of_the_accusation(nlp):
    text = ("Militia leaders accused the navy of sinking a fishing boat. The navy said its ships played no "
            "part in the sinking.")
    found = coded(nlp, text).claims
    said = by_cue(found, "said")
    assert said.stance == "deny"
    assert said.refers_to == (by_cue(found, "accused").id,)


def test_an_arrest_not_linked_to_work_answers_the_claim_about_the_arrest(nlp):
    text = ("Her publisher said the arrest was revenge for her articles on the port deal. Prosecutors said "
            "the arrest was not linked to her work as a reporter.")
    found = coded(nlp, text).claims
    denial = by_cue(found, "said", 1)
    assert denial.stance == "deny"
    assert denial.refers_to == (by_cue(found, "said").id,)


def test_soldiers_not_involved_in_a_shooting_is_a_denial(nlp):
    said = by_cue(coded(nlp, "The garrison commander said his men were not involved in the shooting.").claims, "said")
    assert said.stance == "deny"


def test_a_pipe_not_connected_to_the_network_is_no_denial(nlp):
    said = by_cue(coded(nlp, "The water board said the new pipe was not connected to the city network.").claims,
                  "said")
    assert said.stance == "assert"


def test_a_key_part_played_is_no_denial(nlp):
    said = by_cue(coded(nlp, "The envoy said Oman had played a key part in the prisoner exchange.").claims, "said")
    assert said.stance == "assert"


# --- characterisations -------------------------------------------------------------------------


def test_calling_a_detention_an_attempt_is_a_claim_a_later_rejection_answers(nlp):
    text = ("Police held a television host in Tbilisi overnight. The Committee to Protect Journalists called the "
            "detention an effort to frighten the press, a charge the interior ministry rejected.")
    found = coded(nlp, text).claims
    called = by_cue(found, "called")
    assert called.stance == "claim"
    assert sources(called) == ["Committee to Protect Journalists"]
    assert called.content == "the detention an effort to frighten the press"
    assert by_cue(found, "rejected").refers_to == (called.id,)


def test_describing_a_ballot_as_a_farce_is_a_claim(nlp):
    described = by_cue(coded(nlp, "The exiled opposition described the ballot as a farce.").claims, "described")
    assert described.stance == "claim"
    assert described.content == "the ballot as a farce"


def test_a_name_given_or_a_call_made_is_no_claim(nlp):
    for text in ("The fighters call themselves the Sons of the Valley.",
                 "The foreign minister called the ambassador on Sunday.",
                 "The electoral board called a news conference."):
        assert [c.cue for c in coded(nlp, text).claims] == [], text


def test_allegations_called_baseless_stay_a_denial(nlp):
    called = by_cue(coded(nlp, "The cabinet called the allegations baseless.").claims, "called")
    assert called.stance == "deny"


# --- evidence put out by someone ---------------------------------------------------------------


def test_a_video_shared_by_a_group_comes_through_the_group(nlp):
    text = "A video shared by the exile group appears to show guards beating detainees in a yard."
    show = by_cue(coded(nlp, text).claims, "show")
    assert sources(show) == ["A video"]
    assert [a.text for a in show.via] == ["the exile group"]
    assert "appears" in show.hedges


def test_a_video_filmed_by_a_resident_has_no_via(nlp):
    show = by_cue(coded(nlp, "A video filmed by a resident shows smoke rising over the harbour.").claims, "shows")
    assert show.via == ()


# --- quarrels over land ------------------------------------------------------------------------


def test_states_that_dispute_islands_deny_nothing(nlp):
    for text in ("The two kingdoms dispute the islands off the northern coast.",
                 "Both governments have long disputed sovereignty over the river delta."):
        assert [c.cue for c in coded(nlp, text).claims] == [], text


def test_a_disputed_toll_and_a_disputed_clause_stay_denials(nlp):
    for text in ("The army disputed the death toll given by the clinic.",
                 "The army disputed that any villagers had been hurt."):
        disputed = by_cue(coded(nlp, text).claims, "disputed")
        assert disputed.stance == "deny", text


# --- the day a charge is laid --------------------------------------------------------------------


def test_a_trailing_day_is_no_part_of_the_charge(nlp):
    charged = by_cue(coded(nlp, "Investigators charged the blogger with spreading false news on Monday.").claims,
                     "charged")
    assert charged.content == "the blogger with spreading false news"


def test_a_day_between_the_accused_and_the_charge_is_left_out(nlp):
    accused = by_cue(coded(nlp, "The junta accused the broadcaster on Thursday of inciting mutiny.").claims,
                     "accused")
    assert accused.content == "the broadcaster of inciting mutiny"


def test_a_month_in_the_charge_stays(nlp):
    accused = by_cue(coded(nlp, "The opposition accused the ruling party of rigging the vote in March.").claims,
                     "accused")
    assert accused.content.endswith("in March")
