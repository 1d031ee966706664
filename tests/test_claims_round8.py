"""Claims, round 8: any noun a denial calls false ("rejected the casualty figures as a
fabrication"), "X said, citing Y, that Z" (the that-clause the parser hangs on "citing"), a
reason cited is no source ("citing an invitation from ..."), passives that hedge ("are thought
to be", "is reported to have"), refusals to comment on a named claim, a title with the
person's name in apposition ("A spokeswoman, Karen Lee, said"), and content spans that stop
before a trailing speaker, a participle the claimant did, or the writer's own comment.

Each rule has a case where it must not fire. Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2026-06-17", nlp=nlp)


# --- a denial calls any noun false -------------------------------------------------------------


def test_rejecting_figures_as_a_fabrication_is_a_denial_of_the_claim_that_gave_them(nlp):
    found = coded(nlp, "Armenia said four soldiers were killed. Azerbaijan rejected the Armenian casualty "
                       "figures as \"a fabrication intended for foreign audiences.\"").claims
    rejected = by_cue(found, "rejected")
    assert rejected.stance == "deny"
    assert sources(rejected) == ["Azerbaijan"]
    assert rejected.refers_to == (by_cue(found, "said").id,)


def test_rejecting_a_proposal_as_too_costly_is_no_denial(nlp):
    found = coded(nlp, "Armenia said four soldiers were killed. Azerbaijan rejected the Armenian proposal "
                       "as too costly.").claims
    assert not [c for c in found if c.cue == "rejected"]


# --- "X said, citing Y, that Z" ----------------------------------------------------------------


def test_said_citing_officials_that_gives_the_clause_and_the_cited_source(nlp):
    found = coded(nlp, "The broadcaster said, citing officials at the port, that the ship had sunk.").claims
    said = by_cue(found, "said")
    assert said.content == "the ship had sunk"
    assert sources(said) == ["officials at the port"]
    assert [a.text for a in said.via] == ["The broadcaster"]


def test_citing_fears_that_is_no_report(nlp):
    found = coded(nlp, "The ministry withdrew its envoy, citing fears that the talks had failed.").claims
    assert not found


def test_a_reason_cited_is_not_the_source(nlp):
    found = coded(nlp, "The envoy will travel to Khartoum next week, his office said, citing an invitation "
                       "from the Sudanese government.").claims
    said = by_cue(found, "said")
    assert sources(said) == ["his office"]
    assert said.via == ()
    assert said.content == "The envoy will travel to Khartoum next week"


# --- passives that hedge -----------------------------------------------------------------------


def test_thought_to_be_and_reported_to_have_hedge_the_content(nlp):
    found = coded(nlp, "Two officials said the launchers are thought to be mobile units. A diplomat said "
                       "Cairo is reported to have offered Sudan radar equipment. The ministry said the "
                       "minister is expected to call his counterpart on Thursday.").claims
    assert "thought" in by_cue(found, "said", 0).hedges
    assert "reported" in by_cue(found, "said", 1).hedges
    assert "expected" in by_cue(found, "said", 2).hedges


def test_reported_to_the_police_and_told_to_leave_do_not_hedge(nlp):
    found = coded(nlp, "Police said the theft was reported to the police on Monday. The mayor said "
                       "residents were told to leave the area.").claims
    assert by_cue(found, "said", 0).hedges == ()
    assert by_cue(found, "said", 1).hedges == ()


# --- no comment on a named claim ---------------------------------------------------------------


def test_declining_to_comment_on_the_report_answers_it(nlp):
    found = coded(nlp, "Officials told CNN that North Korea had moved launchers to the coast. The Pentagon "
                       "declined to comment on the report.").claims
    comment = by_cue(found, "comment")
    assert comment.stance == "decline"
    assert sources(comment) == ["The Pentagon"]
    assert comment.refers_to == (by_cue(found, "told").id,)


def test_not_commenting_on_a_claim_is_a_decline(nlp):
    found = coded(nlp, "The Azerbaijani defence ministry claimed that Armenian units had shelled its positions "
                       "first. Armenian officials have not commented on the Azerbaijani claim.").claims
    comment = by_cue(found, "commented")
    assert comment.stance == "decline"
    assert comment.refers_to == (by_cue(found, "claimed").id,)


def test_no_comment_on_talks_or_a_comment_made_is_no_claim(nlp):
    for text in ("The Pentagon declined to comment on the talks.", "The ministry commented on the report on Monday.",
                 "The Pentagon did not decline to comment on the report."):
        assert not [c for c in coded(nlp, text).claims if c.cue.lower().startswith("comment")], text


# --- a title with the person's name -----------------------------------------------------------


def test_title_with_a_name_in_apposition_is_that_person(nlp):
    found = coded(nlp, "A spokeswoman, Karen Lee, said the department does not discuss intelligence matters. "
                       "Russia's foreign minister, Sergei Lavrov, said talks would resume.").claims
    lee = by_cue(found, "said", 0).source
    assert [(a.text, a.kind) for a in lee] == [("A spokeswoman, Karen Lee", "person")]
    lavrov = by_cue(found, "said", 1).source
    assert [(a.text, a.country, a.kind) for a in lavrov] == [("Russia's foreign minister, Sergei Lavrov", "RUS", "person")]


def test_a_description_in_apposition_is_not_a_name(nlp):
    found = coded(nlp, "The ministry, the main source of the figures, said ten people died.").claims
    assert sources(by_cue(found, "said")) == ["The ministry"]


# --- where the content stops -------------------------------------------------------------------


def test_passive_report_stops_before_the_trailing_speaker(nlp):
    found = coded(nlp, "Cairo is reported to have offered Sudan air-defence equipment, a Western diplomat "
                       "in Cairo said.").claims
    assert by_cue(found, "reported").content == "Cairo is reported to have offered Sudan air-defence equipment"


def test_a_participle_after_a_perfect_is_the_claimants_own_act(nlp):
    found = coded(nlp, "They traded accusations, with each side claiming the other had fired first and "
                       "giving sharply different casualty figures.").claims
    assert by_cue(found, "claiming").content == "the other had fired first"


def test_a_past_participle_after_a_perfect_stays_in_the_content(nlp):
    found = coded(nlp, "The army said troops had crossed the border and shelled a village.").claims
    assert by_cue(found, "said").content == "troops had crossed the border and shelled a village"


def test_the_writers_comment_after_according_to_is_not_the_sources(nlp):
    found = coded(nlp, "North Korea is believed to have moved launchers toward its east coast, according to "
                       "people familiar with the assessments, raising concerns that Pyongyang may be preparing "
                       "a test.\n\nAnalysts said a launch was likely.").claims  # (the paragraph break hangs on the root)
    according = by_cue(found, "according to")
    assert according.content == "North Korea is believed to have moved launchers toward its east coast"
    assert "may" not in according.hedges


def test_a_casualty_participle_after_according_to_stays_reported(nlp):
    found = coded(nlp, "Rebels shelled the port, according to the governor, killing three people.").claims
    assert "killing three people" in by_cue(found, "according to").content


def test_subject_the_parser_made_an_object_opens_the_content(nlp):
    found = coded(nlp, "Ethiopia denied any involvement and said the clash, if it took place, was between "
                       "local farmers.").claims
    assert by_cue(found, "said").content == "the clash, if it took place, was between local farmers"
    told = by_cue(coded(nlp, "The minister told reporters the bridge was closed.").claims, "told")
    assert told.content == "the bridge was closed"


# --- "the report" names the claim a report made ------------------------------------------------


def test_the_report_called_inaccurate_answers_the_claim_the_report_made(nlp):
    found = coded(nlp, "South Korea said the drills would go ahead. According to a report published on Monday "
                       "by the daily JoongAng Ilbo, the North may be preparing an engine test. The South Korean "
                       "defence ministry said later that the report was inaccurate.").claims
    according = by_cue(found, "according to")
    assert sources(according) == ["a report published on Monday by the daily JoongAng Ilbo"]
    assert according.source[0].kind == "media"
    denial = by_cue(found, "said", 1)
    assert denial.stance == "deny"
    assert denial.refers_to == (according.id,)


def test_a_report_published_without_a_publisher_stays_a_report(nlp):
    found = coded(nlp, "According to a report published on Monday, the North may be preparing a test.").claims
    assert sources(by_cue(found, "according to")) == ["a report"]


# --- a denial of reports that say something answers only a claim about the same things --------


def test_reports_of_drones_denied_do_not_answer_a_claim_about_mortar_fire(nlp):
    found = coded(nlp, "Armenia's defence ministry said four of its soldiers were killed when Azerbaijani troops "
                       "opened fire with mortars. "
                       "Baku also dismissed reports that it had used drones in the clash.").claims
    assert by_cue(found, "dismissed").refers_to == ()


def test_reports_of_the_same_strike_denied_answer_it(nlp):
    found = coded(nlp, "Ukraine said Russian drones hit a hospital in Kharkiv. Moscow denied reports that its "
                       "drones had struck the hospital.").claims
    assert by_cue(found, "denied").refers_to == (by_cue(found, "said").id,)


# --- a claim called a "disinformation campaign" -------------------------------------------------


def test_reports_called_a_disinformation_campaign_are_denied(nlp):
    found = coded(nlp, "Officials said North Korea had moved launchers. KCNA said the reports were a "
                       "disinformation campaign.").claims
    denial = by_cue(found, "said", 1)
    assert denial.stance == "deny"
    assert denial.refers_to == (by_cue(found, "said", 0).id,)


def test_reports_called_part_of_a_campaign_or_a_sign_of_false_hope_are_not_denied(nlp):
    for verdict in ("part of a wider campaign", "a sign of false confidence"):
        found = coded(nlp, f"Officials said North Korea had moved launchers. KCNA said the reports were {verdict}.").claims
        assert by_cue(found, "said", 1).stance == "assert", verdict
