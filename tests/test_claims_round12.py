"""Claims, round 12: a trailing "according to" is cut from the content of the claim it closes
(after the relation it gives is read), and a paper with no author of its own ("according to a
statement") is the speaker's medium, no second source; "which it accused of X" says X; a
refusal to comment on an inquiry is recorded, linked to nothing; a second complement the
parser splits off is said whatever clause holds the "and"; a closing quotation mark at a line's
end stays in its sentence; "had been beaten and denied care" is no denial; ", which X
confirmed had arrived" answers the sentence's claim; "quoted X as saying" is X's, via the
quoter; a surname alone is the person named in full before; a flat negation right after its
side's denial goes on with it; "the report" is all the report told; "stood by its findings"
confirms; hackers "linked to" a state are that state acting.

Each rule has a case where it must not fire. Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2026-11-28", nlp=nlp)


# --- trailing "according to" ---------------------------------------------------------------------


def test_trailing_according_to_is_cut_from_the_speakers_content(nlp):
    text = ("Analysts at the firm said the malware appeared to share code with older tools, according to a "
            "researcher who reviewed it.")
    found = coded(nlp, text).claims
    assert by_cue(found, "said").content == "the malware appeared to share code with older tools"
    according = by_cue(found, "according to")
    assert according.content == "the malware appeared to share code with older tools"
    assert [a.text for a in according.via] == ["Analysts at the firm"]  # the round-6 relation, read first


def test_according_to_on_the_reporting_verb_keeps_its_reading(nlp):
    # hung on "said", the phrase relays the speaker: the speaker's content was never the phrase's
    text = "The lawyer said the talks had failed, according to a letter from the mediators."
    found = coded(nlp, text).claims
    said = by_cue(found, "said")
    assert said.content == "the talks had failed"
    assert [a.text for a in said.via] == ["a letter from the mediators"]
    assert by_cue(found, "according to").content == "The lawyer said the talks had failed"


def test_a_paper_with_no_author_is_the_speakers_medium(nlp):
    text = "The charity said its staff had seen lorries turned back at the border, according to a statement."
    found = coded(nlp, text).claims
    assert [c.cue for c in found] == ["said"]
    assert found[0].content == "its staff had seen lorries turned back at the border"


def test_an_outlet_that_saw_the_paper_is_the_speakers_via(nlp):
    text = "The two nurses said the ward had run out of oxygen by Friday, according to messages seen by Reuters."
    found = coded(nlp, text).claims
    said = by_cue(found, "said")
    assert said.content == "the ward had run out of oxygen by Friday"
    assert [a.text for a in said.via] == ["Reuters"]
    assert not [c for c in found if c.cue == "according to"]


# --- "which it accused of" -----------------------------------------------------------------------


def test_a_relative_accusation_says_the_charge_and_keeps_its_speaker(nlp):
    text = "Prosecutors froze the accounts of two of the firms, which they accused of laundering money for the cartel."
    accused = by_cue(coded(nlp, text).claims, "accused")
    assert accused.content == "laundering money for the cartel"
    assert sources(accused) == ["Prosecutors"]


def test_a_plain_accusation_keeps_its_target(nlp):
    text = "Prosecutors accused two of the firms of laundering money for the cartel."
    accused = by_cue(coded(nlp, text).claims, "accused")
    assert accused.content == "two of the firms of laundering money for the cartel"


# --- no comment on an inquiry --------------------------------------------------------------------


def test_no_comment_on_an_investigation_is_recorded_and_links_nothing(nlp):
    text = ("Inspectors said the school had been built without permits. The company declined to comment on "
            "the investigation into the collapse.")
    comment = by_cue(coded(nlp, text).claims, "comment")
    assert comment.stance == "decline"
    assert comment.content == "the investigation into the collapse"
    assert comment.refers_to == ()


def test_no_comment_on_talks_is_still_no_claim(nlp):
    found = coded(nlp, "The company declined to comment on the talks with the union.").claims
    assert not [c for c in found if c.cue == "comment"]


# --- a second complement split off ---------------------------------------------------------------


def test_a_split_off_clause_before_a_final_attribution_is_said(nlp):
    text = "Iran offered to send rescue teams, but Kabul declined it, an Iranian official said."
    said = by_cue(coded(nlp, text).claims, "said")
    assert said.content == "Iran offered to send rescue teams, but Kabul declined it"


def test_a_stolen_subject_does_not_end_the_content(nlp):
    text = "The mayor told reporters that the army had offered to evacuate the town and the council had refused."
    told = by_cue(coded(nlp, text).claims, "told")
    assert told.content.endswith("the council had refused")


# --- segmentation --------------------------------------------------------------------------------


def test_a_closing_mark_at_a_line_end_stays_with_its_sentence(nlp):
    text = ('"We will rebuild," the mayor said. "Nobody will be left behind."\n'
            "Engineers said the main bridge was safe.")
    article = coded(nlp, text)
    engineers = by_cue(article.claims, "said", 2)
    assert engineers.sentence == "Engineers said the main bridge was safe."
    assert sources(engineers) == ["Engineers"]


# --- passives, relatives -------------------------------------------------------------------------


def test_denied_care_after_a_passive_is_no_denial(nlp):
    text = "The monitors said prisoners had been beaten, starved and denied medical care."
    found = coded(nlp, text).claims
    assert [c.cue for c in found] == ["said"]
    assert found[0].content == "prisoners had been beaten, starved and denied medical care"


def test_a_conjoined_denial_after_a_passive_still_denies(nlp):
    found = coded(nlp, "The minister was questioned by police and denied any wrongdoing.").claims
    assert by_cue(found, "denied").stance == "deny"


def test_which_x_confirmed_answers_the_sentences_claim(nlp):
    text = "Turkey said it had sent 40 tonnes of flour across the border, which the Syrian authorities confirmed had arrived."
    found = coded(nlp, text).claims
    said, confirmed = by_cue(found, "said"), by_cue(found, "confirmed")
    assert said.content == "it had sent 40 tonnes of flour across the border"
    assert confirmed.stance == "confirm"
    assert confirmed.refers_to == (said.id,)
    assert confirmed.via == ()


# --- speakers ------------------------------------------------------------------------------------


def test_quoted_as_saying_is_the_quoted_ones_via_the_quoter(nlp):
    text = "State television quoted an unnamed army officer as saying that the convoy had been ambushed."
    saying = by_cue(coded(nlp, text).claims, "saying")
    assert sources(saying) == ["an unnamed army officer"]
    assert [a.text for a in saying.via] == ["State television"]
    assert "anonymous" in saying.hedges


def test_a_quote_with_an_object_but_no_as_saying_is_no_claim(nlp):
    found = coded(nlp, "State television quoted the poem at the ceremony.").claims
    assert found == ()


def test_a_surname_alone_keeps_the_country_of_the_full_naming(nlp):
    text = ("A spokesman for the Taliban's disaster ministry, Bilal Karimi, said rescuers had pulled 40 bodies "
            'from the rubble. The WHO said 900 had been hurt. "Every truck is checked," Karimi said.')
    last = by_cue(coded(nlp, text).claims, "said", 2)
    assert sources(last) == ["Karimi"]
    assert last.source[0].country == "AFG"


def test_another_surname_takes_nothing(nlp):
    text = ("A spokesman for the Taliban's disaster ministry, Bilal Karimi, said rescuers had pulled 40 bodies "
            'from the rubble. The WHO said 900 had been hurt. "Every truck is checked," Rahimi said.')
    last = by_cue(coded(nlp, text).claims, "said", 2)
    assert last.source[0].country is None


# --- answers -------------------------------------------------------------------------------------


def test_a_flat_negation_after_its_sides_denial_goes_on_with_it(nlp):
    text = ("Aid groups accused the army of blocking food convoys to the north. The army denied the "
            'accusation. "No convoy has been stopped," a military spokesman said.')
    found = coded(nlp, text).claims
    accused, spokesman = by_cue(found, "accused"), by_cue(found, "said")
    assert spokesman.stance == "deny"
    assert spokesman.refers_to == (accused.id,)


def test_a_negation_by_another_side_is_no_denial(nlp):
    text = ("Aid groups accused the army of blocking food convoys to the north. The army denied the "
            'accusation. "No food has reached us in a week," a village elder said.')
    assert by_cue(coded(nlp, text).claims, "said").stance == "assert"


def test_the_report_is_all_the_report_told(nlp):
    text = ("A United Nations report accused the government of holding thousands in camps. The report said "
            "detainees had been tortured. The government rejected the report.")
    found = coded(nlp, text).claims
    assert by_cue(found, "rejected").refers_to == (by_cue(found, "accused").id, by_cue(found, "said").id)


def test_a_new_report_starts_afresh(nlp):
    text = ("A report by Amnesty International said prisoners had been beaten. A second report said the camps "
            "were overcrowded. The government rejected the report.")
    found = coded(nlp, text).claims
    assert by_cue(found, "rejected").refers_to == (by_cue(found, "said", 1).id,)


def test_standing_by_its_findings_confirms_them(nlp):
    text = ("A report by the firm Sentinel Labs said the hackers worked for Russian intelligence. Moscow "
            "denied it. Sentinel Labs said it stood by its findings.")
    found = coded(nlp, text).claims
    stood = by_cue(found, "said", 1)
    assert stood.stance == "confirm"
    assert stood.refers_to == (by_cue(found, "said").id,)


def test_standing_by_a_bridge_is_no_confirmation(nlp):
    found = coded(nlp, "The ministry said it stood by the decision to close the bridge.").claims
    assert by_cue(found, "said").stance == "assert"


def test_hackers_linked_to_a_state_are_that_state_acting(nlp):
    text = ("Hackers linked to a Russian military intelligence unit were behind the attack on the banks, "
            "according to a cybersecurity firm. The Kremlin denied any involvement.")
    found = coded(nlp, text).claims
    assert by_cue(found, "denied").refers_to == (by_cue(found, "according to").id,)


def test_hackers_merely_named_with_a_state_are_not(nlp):
    text = ("Hackers stole data from the Russian embassy in Warsaw, according to a cybersecurity firm. "
            "The Kremlin denied any involvement.")
    found = coded(nlp, text).claims
    assert by_cue(found, "denied").refers_to == ()


def test_the_statement_is_the_one_just_made(nlp):
    text = ("Lithuanian officials said Russian agents had set the warehouse fire. Finland said its own "
            "investigators had reached the same conclusion. Moscow rejected the statement as hostile.")
    found = coded(nlp, text).claims
    assert by_cue(found, "rejected").refers_to == (by_cue(found, "said", 1).id,)


def test_the_statement_with_no_claim_just_before_looks_further(nlp):
    text = ("Lithuanian officials said Russian agents had set the warehouse fire. The warehouse burned for "
            "two days. Moscow rejected the statement as hostile.")
    found = coded(nlp, text).claims
    assert by_cue(found, "rejected").refers_to == (by_cue(found, "said").id,)


def test_a_relative_accusation_is_cut_from_the_outer_content(nlp):
    text = "The foreign ministry said it had summoned the envoy, whom it accused of spreading false rumours."
    found = coded(nlp, text).claims
    assert by_cue(found, "said").content == "it had summoned the envoy"
    assert by_cue(found, "accused").content == "spreading false rumours"


def test_a_plain_relative_stays_in_the_content(nlp):
    said = by_cue(coded(nlp, "Officials said the ferry, which had been seized in May, was released.").claims, "said")
    assert said.content == "the ferry, which had been seized in May, was released"
