"""Claims, round 28: an answer to an earlier answer ("rejected the ministry's denial") links to
that denial; a bare definite description ("the command") speaks for the body last named with
that head word ("Africa Command"); a definite report that spoke before ("The report said")
keeps the source it had; an unnamed spokesperson speaks for the state body that spoke just
before; "rejected any wrongdoing" is a denial, and a denial of "any involvement" answers the
last claim that named the denier; "replied", "retorted" and "countered" report a clause.

Each rule has a case where it must not fire. Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2024-06-20", nlp=nlp)


# --- a rebuttal of a rebuttal -------------------------------------------------------------------


def test_rejecting_a_denial_answers_that_denial(nlp):
    text = ("Rebels said the army had shelled a market in Dara. The defence ministry denied the accusation. "
            "The rebel command later rejected the ministry's denial.")
    found = coded(nlp, text).claims
    denial = by_cue(found, "denied")
    rebuttal = by_cue(found, "rejected")
    assert rebuttal.stance == "deny"
    assert rebuttal.refers_to == (denial.id,)


def test_a_denial_answered_with_no_denial_before_links_nothing(nlp):
    text = "Rebels said the army had shelled a market in Dara. The government rejected the rebels' denial."
    rebuttal = by_cue(coded(nlp, text).claims, "rejected")
    assert rebuttal.refers_to == ()


# --- a definite description names a body again ----------------------------------------------------


def test_the_command_speaks_for_the_command_named_before(nlp):
    text = ("U.S. Africa Command denied that its drones had struck a wedding in Jilib. "
            "On Friday the command said an inquiry was under way.")
    claim = by_cue(coded(nlp, text).claims, "said")
    assert claim.source[0].text == "the command"
    assert claim.source[0].code == "USAMIL"


def test_a_definite_noun_does_not_take_a_body_of_another_name(nlp):
    text = ("The Somali army denied that its soldiers had looted shops in Jilib. "
            "On Friday the command said an inquiry was under way.")
    claim = by_cue(coded(nlp, text).claims, "said")
    assert claim.source[0].country is None


# --- a report named again ------------------------------------------------------------------------


def test_the_report_keeps_the_source_it_had(nlp):
    text = ("A report published on Monday by Amnesty International suggests that detainees were tortured in "
            "Tora prison. The report said guards appeared to act on orders.")
    claim = by_cue(coded(nlp, text).claims, "said")
    assert "Amnesty International" in claim.source[0].text
    assert claim.source[0].code == by_cue(coded(nlp, text).claims, "suggests").source[0].code
    assert claim.hedged


def test_a_report_named_for_the_first_time_speaks_for_itself(nlp):
    claim = by_cue(coded(nlp, "The report said guards appeared to act on orders.").claims, "said")
    assert claim.source[0].text == "The report"


# --- an unnamed spokesperson ---------------------------------------------------------------------


def test_a_spokesman_speaks_for_the_ministry_that_spoke_before(nlp):
    text = ("Turkey's defence ministry denied that its jets had bombed a hospital in Qamishli. "
            '"Our targets were purely military," a spokesman said.')
    claim = by_cue(coded(nlp, text).claims, "said")
    assert claim.source[0].text == "a spokesman"
    assert claim.source[0].code == "TURGOV"


def test_a_spokesman_after_a_non_state_speaker_keeps_no_country(nlp):
    text = ("Kurdish commanders said Turkish jets bombed a hospital in Qamishli. "
            '"Our targets were purely military," a spokesman said.')
    claim = by_cue(coded(nlp, text).claims, "said", 1)
    assert claim.source[0].country is None


# --- denials of blame ----------------------------------------------------------------------------


def test_rejecting_any_wrongdoing_is_a_denial_of_the_charge_against_the_speaker(nlp):
    text = "Prosecutors said Rus had taken bribes. Rus rejected any wrongdoing."
    found = coded(nlp, text).claims
    denial = by_cue(found, "rejected")
    assert denial.stance == "deny"
    assert denial.refers_to == (by_cue(found, "said").id,)


def test_rejecting_any_compromise_is_no_denial(nlp):
    found = coded(nlp, "The union rejected any compromise.").claims
    assert not [c for c in found if c.cue == "rejected"]


def test_denying_any_involvement_answers_the_claim_naming_the_denier(nlp):
    text = ("Investigators said the hackers appeared to work for a group run by businessman Pavel Orlov. "
            "Orlov, who lives in Dubai, denied any involvement.")
    found = coded(nlp, text).claims
    assert by_cue(found, "denied").refers_to == (by_cue(found, "said").id,)


def test_denying_any_wrongdoing_links_no_claim_that_does_not_name_the_denier(nlp):
    text = ("Investigators said the hackers appeared to work for a group run by businessman Pavel Orlov. "
            "The opposition leader Ana Rus rejected any wrongdoing by her party.")
    assert by_cue(coded(nlp, text).claims, "rejected").refers_to == ()


# --- verbs of reply ------------------------------------------------------------------------------


def test_countered_that_reports_a_clause(nlp):
    claim = by_cue(coded(nlp, "Critics countered that the law was vague.").claims, "countered")
    assert claim.stance == "assert"
    assert claim.content == "the law was vague"


def test_replied_closes_a_quotation(nlp):
    claim = by_cue(coded(nlp, '"The figures are invented," the mayor replied.').claims, "replied")
    assert claim.source[0].text == "the mayor"


def test_countering_a_march_is_no_claim(nlp):
    found = coded(nlp, "Police countered the march with tear gas.").claims
    assert not [c for c in found if c.cue == "countered"]


# --- a paper's author named after it ---------------------------------------------------------------


def test_a_statement_takes_the_issuer_the_next_sentence_names(nlp):
    text = ('"The raid hit an arms depot and harmed no one," the statement said. It was issued by the Saudi '
            "defence ministry late on Monday.")
    claim = by_cue(coded(nlp, text).claims, "said")
    assert claim.source[0].code == "SAUGOV"


def test_a_statement_criticised_in_the_next_sentence_keeps_no_author(nlp):
    text = ('"The raid hit an arms depot and harmed no one," the statement said. It was criticised by the Saudi '
            "defence ministry late on Monday.")
    claim = by_cue(coded(nlp, text).claims, "said")
    assert claim.source[0].text == "the statement"
    assert claim.source[0].country is None


def test_a_report_compiled_by_a_panel_in_a_relative_clause_speaks_for_it(nlp):
    text = "A report that was compiled by the U.N. panel of experts said the militia received arms from abroad."
    claim = by_cue(coded(nlp, text).claims, "said")
    assert claim.source[0].code.startswith("IGOUNO")


def test_a_report_criticised_by_a_state_does_not_speak_for_it(nlp):
    text = "The report, which was criticised by Rwanda, said the militia received arms from abroad."
    claim = by_cue(coded(nlp, text).claims, "said")
    assert claim.source[0].country != "RWA"


# --- hedges: "is understood to", "unclear" --------------------------------------------------------


def test_is_understood_to_is_a_hedged_belief(nlp):
    article = coded(nlp, "The governor is understood to have resigned on Monday.")
    claim = by_cue(article.claims, "understood")
    assert claim.stance == "believe"
    assert claim.hedged


def test_understanding_a_concern_is_no_claim(nlp):
    found = coded(nlp, "Officials said they understand the concerns of farmers.").claims
    assert [c.cue for c in found] == ["said"]
    assert not found[0].hedged


def test_unclear_whether_hedges_what_is_said(nlp):
    claim = by_cue(coded(nlp, "Experts said it was unclear whether the truce would hold.").claims, "said")
    assert claim.hedged


# --- a denial far below the lede ------------------------------------------------------------------

_FILLER = ("Kenya called for calm. Uganda said it was in contact with both sides. Tanzania said it was worried "
           "about trade on the lake. Burundi condemned the violence. Zambia urged restraint. The African Union "
           "said it would meet on Tuesday.")


def test_a_denial_far_below_the_lede_answers_the_lede(nlp):
    text = ("M23 rebels said a Congolese army drone strike on the market of Kibati killed seven traders on "
            "Sunday.\n\nThe rebels' health office said 12 more people were wounded. Witnesses said the blast "
            "shattered windows across the square. Local radio showed stalls burning.\n\n" + _FILLER +
            "\n\nThe Congolese army denied that its aircraft had hit the market.")
    found = coded(nlp, text).claims
    lede = by_cue(found, "said")
    assert lede.content.startswith("a Congolese army drone strike")
    assert by_cue(found, "denied").refers_to == (lede.id,)


def test_a_denial_far_below_the_lede_does_not_answer_a_lede_about_another_act(nlp):
    text = ("M23 rebels said they had captured the town of Kibati from the Congolese army on Sunday.\n\nThe rebels' health office "
            "said 12 people were wounded. Witnesses said the fighting lasted hours. Local radio showed stalls "
            "burning.\n\n" + _FILLER + "\n\nThe Congolese army denied that its aircraft had bombed a school in Goma.")
    found = coded(nlp, text).claims
    lede = by_cue(found, "said")
    assert lede.id not in by_cue(found, "denied").refers_to


# --- content boundaries: a broken quotation, a clause timed from the saying --------------------------


def test_a_quotation_broken_by_its_tag_is_said_whole(nlp):
    text = '"The depot was empty," the colonel said, "and no soldiers were hurt."'
    claim = by_cue(coded(nlp, text).claims, "said")
    assert claim.content == "The depot was empty and no soldiers were hurt"


def test_a_tag_followed_by_a_participle_of_its_own_keeps_the_first_part(nlp):
    text = '"The depot was empty," the colonel said, adding that "no soldiers were hurt."'
    found = coded(nlp, text).claims
    assert by_cue(found, "said").content == "The depot was empty"
    assert by_cue(found, "adding").content == "no soldiers were hurt"


def test_a_clause_a_day_after_the_saying_is_the_narrators(nlp):
    text = "Minsk said it had never armed the rebels, a day after Vilnius accused it of sending rifles."
    found = coded(nlp, text).claims
    assert by_cue(found, "said").content == "it had never armed the rebels"
    assert by_cue(found, "accused").via == ()


def test_a_clause_after_an_act_is_part_of_what_was_said(nlp):
    text = "The army said its troops withdrew from the town after the rebels shelled their positions."
    claim = by_cue(coded(nlp, text).claims, "said")
    assert claim.content.endswith("after the rebels shelled their positions")


# --- "according to" an outlet that cites someone --------------------------------------------------


def test_according_to_a_paper_which_cited_officials_is_the_officials_via_the_paper(nlp):
    text = "The raid hit a grain store, according to The Washington Post, which cited three unnamed Israeli officials."
    claim = by_cue(coded(nlp, text).claims, "according to")
    assert claim.source[0].text == "three unnamed Israeli officials"
    assert claim.source[0].country == "ISR"
    assert [a.text for a in claim.via] == ["The Washington Post"]
    assert claim.content == "The raid hit a grain store"


def test_according_to_an_outlet_citing_an_officer_leaves_the_participle_out(nlp):
    text = "According to the BBC, citing a senior police officer, the bus was attacked near Mopti."
    claim = by_cue(coded(nlp, text).claims, "according to")
    assert claim.source[0].text == "a senior police officer"
    assert claim.content == "the bus was attacked near Mopti"


def test_according_to_an_outlet_citing_images_keeps_the_outlet(nlp):
    text = "According to the BBC, citing satellite images, the bus was attacked near Mopti."
    claim = by_cue(coded(nlp, text).claims, "according to")
    assert claim.source[0].text == "the BBC"
    assert claim.content == "the bus was attacked near Mopti"


def test_according_to_an_official_who_cited_reports_keeps_the_official(nlp):
    text = "The raid hit a grain store, according to the governor, who cited police reports."
    claim = by_cue(coded(nlp, text).claims, "according to")
    assert claim.source[0].text == "the governor"


# --- a speaker's clause and a colon ---------------------------------------------------------------


def test_a_short_clause_about_an_actor_before_a_colon_and_quotation_is_its_claim(nlp):
    text = 'Lukashenko was defiant: "We will never give up our airfields."'
    claim = coded(nlp, text).claims[0]
    assert claim.source[0].text == "Lukashenko"
    assert claim.stance == "assert"
    assert claim.content == "We will never give up our airfields"


def test_a_quotation_runs_on_across_sentences_after_the_colon(nlp):
    text = 'The foreign minister had a message for Baku: "Withdraw your troops. Then we can talk."'
    claim = coded(nlp, text).claims[0]
    assert claim.content == "Withdraw your troops. Then we can talk"


def test_a_colon_after_a_clause_about_no_actor_gives_no_claim(nlp):
    assert coded(nlp, 'The order was clear: "No weapons in the camp."').claims == ()
