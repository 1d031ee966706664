"""Claims round 22: a denial of an act answers the other side's charge about that act (content in
common, the denier named in it), a disowning of ties answers the claim naming what is disowned,
an official's flat negation right after a denial goes on with it, a pronoun speaker in a relative
clause the parser hung on the main verb is the sentence's subject, and "consistent with" and
"stopped short of saying" hedge.

Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2025-03-14", nlp=nlp)


# --- a denial answers the charge about the same act ---------------------------------------------


def test_denial_answers_the_claim_about_the_same_act_not_the_last_about_the_denier(nlp):
    art = coded(nlp, "Armenian artillery shelled the Azerbaijani village of Tovuz on Monday, killing three people, "
                     "Azerbaijani officials said. The Azerbaijani army said on Tuesday that it had shot down several "
                     "Armenian drones over Ganja. An Armenian defence ministry spokesman denied that any drones had "
                     "been launched.")
    deny = by_cue(art.claims, "denied")
    assert deny.refers_to == (by_cue(art.claims, "said", 1).id,)


def test_denial_answers_a_claim_naming_its_weapon(nlp):
    art = coded(nlp, "The monitoring mission said last week that a Serbian drone had dropped leaflets near its "
                     "observers close to the village of Banja. The Serbian army denied that it had targeted the "
                     "observers, saying the drone had been tracking a smuggler.")
    assert by_cue(art.claims, "denied").refers_to == (by_cue(art.claims, "said").id,)


def test_denied_role_answers_the_accusation_not_the_responsibility_claim(nlp):
    art = coded(nlp, "A little-known group calling itself the Mountain Front claimed the bombing in Goris in an "
                     "online statement. Yerevan blamed Baku for the massacre. Azerbaijan has denied any role in the "
                     "Goris bombing.")
    assert by_cue(art.claims, "denied").refers_to == (by_cue(art.claims, "blamed").id,)


def test_denied_role_with_no_charge_does_not_take_an_unrelated_claim(nlp):
    # must not fire: no accusation names the group, so no claim is taken as the charge
    art = coded(nlp, "A little-known group calling itself the Mountain Front claimed the bombing in Goris in an "
                     "online statement. Police said the bomb had been hidden in a car. The Mountain Front has "
                     "denied any role in the Goris bombing.")
    assert by_cue(art.claims, "said").id not in by_cue(art.claims, "denied").refers_to


def test_no_links_answers_the_claim_naming_the_country(nlp):
    art = coded(nlp, "Rebel spokesman Ali Nasser said the group had struck \"a British tanker\" in the Gulf. The "
                     "ship's Norwegian owner said in a statement that the vessel had no links to Britain and was "
                     "owned by a firm registered in Malta.")
    owner = by_cue(art.claims, "said", 1)
    assert owner.stance == "deny"
    assert owner.refers_to == (by_cue(art.claims, "said").id,)


def test_a_statement_clause_without_negation_stays_an_assertion(nlp):
    # must not fire: "said in a statement that" with nothing disowned
    art = coded(nlp, "The army said in a statement that the convoy had reached the town.")
    assert by_cue(art.claims, "said").stance == "assert"


# --- an official's negation goes on with the denial ---------------------------------------------


def test_spokeswomans_negation_after_a_denial_is_a_denial(nlp):
    art = coded(nlp, "Armenia has long accused Azerbaijan of backing the rebels with weapons. Azerbaijan has "
                     "rejected the accusations. \"There are no Azerbaijani troops in Karabakh, and Baku does not "
                     "arm the rebels,\" spokeswoman Leyla Abdullayeva said on Wednesday.")
    quote = by_cue(art.claims, "said")
    assert quote.stance == "deny"
    assert quote.refers_to == (by_cue(art.claims, "accused").id,)


def test_an_analysts_negation_after_a_denial_stays_an_assertion(nlp):
    # must not fire: an analyst of no side does not speak for the denier
    art = coded(nlp, "Armenia has long accused Azerbaijan of backing the rebels. Azerbaijan has rejected the "
                     "accusations. \"The rebels have not disarmed,\" an analyst, Mark Lowe, said.")
    assert by_cue(art.claims, "said").stance == "assert"


# --- "which it says": the relative clause's own antecedent --------------------------------------


def test_pronoun_in_misparsed_relative_clause_is_the_sentence_subject(nlp):
    art = coded(nlp, "The Lebanese army said on Tuesday that it had sent troops to the border. Israel has kept "
                     "troops at five hilltop positions inside Lebanon and carries out near-daily strikes, which it "
                     "says target Hezbollah members and weapons.")
    says = by_cue(art.claims, "says")
    assert sources(says) == ["Israel"]
    assert says.content.startswith("target Hezbollah")


# --- hedges ---------------------------------------------------------------------------------------


def test_consistent_with_and_stopped_short_of_saying_hedge(nlp):
    art = coded(nlp, "A report by a panel of experts said fragments recovered from the debris were \"consistent "
                     "with\" Russian designs, though it stopped short of saying the rockets had been supplied by "
                     "Moscow.")
    claim = by_cue(art.claims, "said")
    assert claim.hedged
    assert "consistent with" in claim.hedges


def test_a_consistent_policy_is_no_hedge(nlp):
    # must not fire: "consistent" without "with" on it
    art = coded(nlp, "Analysts said the ministry had pursued a consistent policy with its neighbours.")
    assert not by_cue(art.claims, "said").hedged


def test_stopping_short_at_a_place_is_no_hedge(nlp):
    # must not fire: no act is withheld
    art = coded(nlp, "The report said the fragments were Russian, though it stopped short at the border.")
    assert not by_cue(art.claims, "said").hedged
