"""Claims, round 13: an "according to" set inside a clause is left out of the content's text
(the span keeps its ends), for its own claim and for a speaker's claim that holds it; "the
statement said" is said by whoever issued the statement (or said things in it) a few
sentences before; a sender named by a proper noun sends even when the actor stage does not
know it; a pronoun standing for a name told by an earlier pronoun gives the name; the subject
of a relative clause is first the subject of the sentence it hangs in.

Each rule has a case where it must not fire. Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2026-11-29", nlp=nlp)


# --- "according to" inside a clause ----------------------------------------------------------


def test_a_mid_sentence_according_to_is_left_out_of_its_content(nlp):
    text = "The fire at the depot, according to the regional governor, destroyed two fuel tanks and a warehouse."
    according = by_cue(coded(nlp, text).claims, "according to")
    assert according.content == "The fire at the depot destroyed two fuel tanks and a warehouse"
    assert sources(according) == ["the regional governor"]
    assert text[according.content_start:according.content_end].startswith("The fire at the depot, according")


def test_an_opening_according_to_keeps_a_plain_span(nlp):
    text = "According to the regional governor, the fire destroyed two fuel tanks."
    according = by_cue(coded(nlp, text).claims, "according to")
    assert according.content == "the fire destroyed two fuel tanks"
    assert text[according.content_start:according.content_end] == according.content


def test_a_speakers_content_skips_an_according_to_inside_it(nlp):
    text = "The mayor said the blast, according to firefighters, had damaged forty homes."  # blast: the dobj
    said = by_cue(coded(nlp, text).claims, "said")
    assert said.content == "the blast had damaged forty homes"


# --- "the statement said" ----------------------------------------------------------------------


def test_the_statement_said_is_said_by_its_issuer(nlp):
    text = ("The foreign ministry issued a statement on Monday. It accused the neighbouring state of massing "
            "troops on the frontier. \"We reject these baseless accusations,\" the statement said.")
    said = by_cue(coded(nlp, text).claims, "said")
    assert said.content == "We reject these baseless accusations"
    assert sources(said) == ["The foreign ministry"]


def test_the_statement_a_speaker_spoke_in_is_the_speakers(nlp):
    text = ("The army said in a statement that two of its posts had come under fire. The statement said "
            "no soldiers were hurt.")
    second = by_cue(coded(nlp, text).claims, "said", 1)
    assert sources(second) == ["The army"]


def test_a_statement_no_one_issued_stays_a_phrase(nlp):
    text = "Protesters gathered outside the embassy on Monday. The statement said the talks had failed."
    said = by_cue(coded(nlp, text).claims, "said")
    assert sources(said) == ["The statement"]


def test_a_sender_with_a_proper_name_sends_and_a_bare_phrase_does_not(nlp):
    named = ("The Northern Command press office released a communique late on Sunday. \"Our units have "
             "withdrawn from the town,\" the communique said.")
    assert sources(by_cue(coded(nlp, named).claims, "said")) == ["The Northern Command press office"]
    bare = ("A man in the crowd handed out a letter on Sunday. \"The mayor must resign,\" the letter said.")
    assert sources(by_cue(coded(nlp, bare).claims, "said")) == ["the letter"]


# --- pronouns -------------------------------------------------------------------------------


def test_a_pronoun_after_a_pronoun_gives_the_name(nlp):
    text = ("Marco Ruiz lost the presidential vote in March. He has since led protests against an election "
            "he says was stolen.")
    says = by_cue(coded(nlp, text).claims, "says")
    assert sources(says) == ["Marco Ruiz"]
    assert says.content == "an election he says was stolen"


def test_a_relative_clause_pronoun_is_the_sentences_subject(nlp):
    text = ("Human Rights Watch said it had documented similar cases. Eritrea has refused to cooperate with "
            "the rapporteur, whose mandate it says is unfair.")
    assert sources(by_cue(coded(nlp, text).claims, "says")) == ["Eritrea"]


def test_a_pronoun_in_a_main_clause_keeps_the_last_speaker(nlp):
    text = ("Human Rights Watch said it had documented similar cases. It said the deaths were preventable.")
    assert sources(by_cue(coded(nlp, text).claims, "said", 1)) == ["Human Rights Watch"]
