"""Claims, round 9: denial nouns ("a smear campaign"), refusals to comment linked to the claim
they name ("the report", "the El Tiempo report", "a request for comment on the report"),
"either account" answering both sides, a lead that rejects a report told later, orders that
are no reports ("were told to leave"), "he went on", a state that does not deny its own word,
a denial whose only link is what it speaks of, and a claim noun with its source and content
("a report by X that Y").

Each rule has a case where it must not fire. Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2026-10-16", nlp=nlp)


# --- denial nouns ------------------------------------------------------------------------------


def test_reports_called_a_smear_campaign_are_denied(nlp):
    found = coded(nlp, "Seoul said the North had moved missile launchers to the coast. Pyongyang said the "
                       "reports were a smear campaign.").claims
    said = by_cue(found, "said", 1)
    assert said.stance == "deny"
    assert said.refers_to == (by_cue(found, "said").id,)


def test_reports_called_part_of_a_campaign_are_no_denial(nlp):
    found = coded(nlp, "Seoul said the North had moved missile launchers to the coast. Pyongyang said the "
                       "reports were part of a campaign.").claims
    assert by_cue(found, "said", 1).stance == "assert"


# --- refusals to comment -----------------------------------------------------------------------


def test_declining_to_comment_on_the_report_answers_the_report_not_the_last_claim(nlp):
    found = coded(nlp, "A newspaper reported that North Korea had moved launchers. Japan said it had received "
                       "no warning from Washington. The Pentagon declined to comment on the report.").claims
    assert by_cue(found, "comment").refers_to == (by_cue(found, "reported").id,)


def test_the_report_of_an_outlet_that_told_nothing_answers_no_claim(nlp):
    found = coded(nlp, "Colombia's president said Venezuelan soldiers had detained three farmers. The army "
                       "declined to comment on the El Tiempo report.").claims
    assert by_cue(found, "comment").refers_to == ()


def test_the_report_of_an_outlet_answers_that_outlets_claim(nlp):
    found = coded(nlp, "The statement followed a report by the newspaper El Tiempo that a unit of soldiers had "
                       "spent several hours on Colombian soil. Colombia's president said the farmers were "
                       "safe. The army declined to comment on the El Tiempo report.").claims
    report = by_cue(found, "report")
    assert report.content == "a unit of soldiers had spent several hours on Colombian soil"
    assert sources(report) == ["El Tiempo"]
    assert by_cue(found, "comment").refers_to == (report.id,)


def test_no_response_to_a_request_for_comment_on_the_report_is_a_refusal(nlp):
    found = coded(nlp, "A newspaper reported that troops had crossed the border. The government did not "
                       "respond to a request for comment on the report.").claims
    refusal = by_cue(found, "comment")
    assert refusal.stance == "decline"
    assert sources(refusal) == ["The government"]
    assert refusal.refers_to == (by_cue(found, "reported").id,)


def test_responding_to_a_request_for_comment_is_no_refusal(nlp):
    found = coded(nlp, "A newspaper reported that troops had crossed the border. The government responded to "
                       "a request for comment on the report.").claims
    assert [c.cue for c in found] == ["reported"]


# --- either account ----------------------------------------------------------------------------


def test_unable_to_verify_either_account_answers_both_sides(nlp):
    found = coded(nlp, "Armenia said four soldiers were killed in the shelling. Azerbaijan said Armenian units "
                       "fired first. The European Union said it was unable to verify either account.").claims
    assert by_cue(found, "verify").refers_to == (by_cue(found, "said").id, by_cue(found, "said", 1).id)


def test_unable_to_verify_the_account_answers_one(nlp):
    found = coded(nlp, "Armenia said four soldiers were killed in the shelling. Azerbaijan said Armenian units "
                       "fired first. The European Union said it was unable to verify the account.").claims
    assert len(by_cue(found, "verify").refers_to) == 1


# --- a lead that rejects what a later paragraph tells -----------------------------------------


def test_a_lead_rejecting_a_report_answers_the_report_told_next(nlp):
    found = coded(nlp, "Ethiopia rejected a newspaper report that its troops had crossed into Sudan.\n\n"
                       "The Sudan Tribune reported on Monday that Ethiopian soldiers had entered the disputed "
                       "area.").claims
    assert by_cue(found, "rejected").refers_to == (by_cue(found, "reported").id,)


def test_a_lead_rejecting_a_report_does_not_answer_its_own_side_told_next(nlp):
    found = coded(nlp, "Ethiopia rejected a newspaper report that its troops had crossed into Sudan.\n\n"
                       "Ethiopia's army said its troops had stayed in their barracks.").claims
    assert by_cue(found, "rejected").refers_to == ()


def test_a_remark_by_a_named_leader_answers_only_that_leaders_claim(nlp):
    found = coded(nlp, "Indonesia dismissed a remark by the Australian prime minister that Jakarta was drifting "
                       "toward Beijing.\n\nA Chinese analyst said Jakarta was buying more jets from Europe.\n\n"
                       "The Australian prime minister told a business forum in Sydney that Jakarta was "
                       "moving closer to Beijing.").claims
    assert by_cue(found, "dismissed").refers_to == (by_cue(found, "told").id,)


# --- orders are no reports ---------------------------------------------------------------------


def test_residents_told_to_leave_is_no_claim_of_its_own(nlp):
    found = coded(nlp, "The mayor said residents were told to leave.").claims
    assert [(c.cue, sources(c)) for c in found] == [("said", ["The mayor"])]


def test_told_reporters_that_is_still_a_claim(nlp):
    found = coded(nlp, "Officials told reporters that the bridge had collapsed.").claims
    assert by_cue(found, "told").content == "the bridge had collapsed"


# --- "he went on" ------------------------------------------------------------------------------


def test_he_went_on_reports_what_comes_before(nlp):
    found = coded(nlp, "The ministry could also lease two tanker planes from France, he went on, though no "
                       "contract had been signed.").claims
    went = by_cue(found, "went")
    assert went.content == "The ministry could also lease two tanker planes from France"
    assert "could" in went.hedges


def test_went_on_to_say_takes_the_subject_above(nlp):
    found = coded(nlp, "The president went on to say that Colombia would file a formal protest.").claims
    assert sources(by_cue(found, "say")) == ["The president"]


def test_talks_that_went_on_report_nothing(nlp):
    found = coded(nlp, "The talks went on for hours, officials said.").claims
    assert [c.cue for c in found] == ["said"]


# --- a state does not deny its own word --------------------------------------------------------


def test_a_states_denial_does_not_answer_its_own_spokesman(nlp):
    found = coded(nlp, "A local official said Ethiopian soldiers had entered the area. \"The Ethiopian army has "
                       "not crossed any border,\" an Ethiopian government spokesman said. Ethiopia denied any "
                       "involvement.").claims
    assert by_cue(found, "denied").refers_to == (by_cue(found, "said").id,)


def test_a_states_denial_answers_its_opposition(nlp):
    found = coded(nlp, "The Ethiopian opposition said government soldiers had entered the area. Ethiopia denied "
                       "that its soldiers had entered the area.").claims
    assert by_cue(found, "denied").refers_to == (by_cue(found, "said").id,)


# --- a denial that names no one ----------------------------------------------------------------


def test_a_denial_naming_no_one_answers_the_claim_that_speaks_of_the_same_things(nlp):
    found = coded(nlp, "Indonesian police said activists had been detained in Papua. The report said some "
                       "detainees had been beaten in custody. An Indonesian police spokesman denied that any "
                       "detainee had been mistreated.").claims
    assert by_cue(found, "denied").refers_to == (by_cue(found, "said", 1).id,)


# --- a claim noun with its source and content --------------------------------------------------


def test_a_report_by_an_outlet_without_a_that_clause_is_no_claim(nlp):
    found = coded(nlp, "The minister discussed a report by the committee on the budget.").claims
    assert not [c for c in found if c.cue == "report"]


def test_rejecting_a_report_by_an_outlet_gives_the_denial_only(nlp):
    found = coded(nlp, "Ethiopia rejected a report by the Sudan Tribune that its troops had crossed the "
                       "border.").claims
    assert [c.stance for c in found] == ["deny"]


def test_a_denial_naming_no_one_keeps_the_claim_of_its_side_acting_that_speaks_of_the_same_things(nlp):
    found = coded(nlp, "Activists said Indonesian police had mistreated detainees in Papua. The report said "
                       "some detainees had been beaten in custody. An Indonesian police spokesman denied that "
                       "any detainee had been mistreated.").claims
    assert by_cue(found, "said").id in by_cue(found, "denied").refers_to


# --- spans: a passive with its own subject, a time on the subject, a subject the parser stole --


def test_a_passive_charge_with_its_own_subject_takes_no_quotation(nlp):
    found = coded(nlp, "The police dismissed the report as \"one-sided\" and said all those arrested had been "
                       "charged under the criminal code.").claims
    assert not [c for c in found if c.cue == "charged"]


def test_a_quotation_before_a_passive_of_it_is_still_said(nlp):
    found = coded(nlp, "\"The talks will resume on Monday,\" it was announced.").claims
    assert by_cue(found, "announced").content == "The talks will resume on Monday"


def test_the_time_of_saying_is_no_part_of_the_source(nlp):
    found = coded(nlp, "Venezuela's government on Friday denied claims that its troops had crossed into "
                       "Colombia.").claims
    assert sources(by_cue(found, "denied")) == ["Venezuela's government"]


def test_the_subject_the_parser_hung_on_according_to_is_content(nlp):
    found = coded(nlp, "According to a report published on Monday by the Seoul daily JoongAng Ilbo, the North "
                       "may also be preparing to test an engine at its Sohae site.").claims
    claim = by_cue(found, "According to")
    assert claim.content == "the North may also be preparing to test an engine at its Sohae site"
    assert "the North" not in sources(claim)[0]


def test_an_apposition_after_according_to_with_a_subject_of_its_own_stays(nlp):
    found = coded(nlp, "According to Kim Min-ho, a lawmaker in Seoul, the North may be preparing a test.").claims
    assert by_cue(found, "According to").content == "the North may be preparing a test"


def test_a_report_cited_by_a_named_broadcaster_comes_through_it(nlp):
    found = coded(nlp, "The report, which was cited by the broadcaster ABC, said some detainees had been "
                       "beaten.").claims
    assert [a.text for a in by_cue(found, "said").via] == ["ABC"]


def test_a_report_cited_by_a_lawmaker_has_no_outlet(nlp):
    found = coded(nlp, "The report, which was cited by a lawmaker, said some detainees had been beaten.").claims
    assert by_cue(found, "said").via == ()


# --- a side's figures --------------------------------------------------------------------------


def test_rejecting_a_sides_casualty_figures_answers_its_claim_with_numbers(nlp):
    found = coded(nlp, "Armenia's defence ministry said four soldiers were killed. \"We returned fire only to "
                       "protect our men,\" an Armenian spokeswoman said. Azerbaijan rejected the Armenian "
                       "casualty figures as a fabrication.").claims
    assert by_cue(found, "rejected").refers_to == (by_cue(found, "said").id,)
