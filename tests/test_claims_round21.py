"""Claims round 21: "those reports" takes up only what was told as a report, a confirmation with
no claim noun answers only a claim of the same act or words, and an unnamed source is flagged
but is no hedge on what it says.

Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2025-03-14", nlp=nlp)


# --- "those reports": reports, not a quoted view ------------------------------------------------


def test_those_reports_skip_an_analysts_view(nlp):
    art = coded(nlp, "\"If the militia cannot rein in its units, the truce will collapse,\" said Lena Hart, "
                     "an analyst at the Delta Institute.\n\n"
                     "Some reports suggest that militia commanders in the north may have ordered the raid. "
                     "The militia has rejected those reports.")
    deny = by_cue(art.claims, "rejected")
    reports = by_cue(art.claims, "suggest")
    analyst = by_cue(art.claims, "said")
    assert reports.id in deny.refers_to
    assert analyst.id not in deny.refers_to


def test_those_claims_still_answer_officials_when_nothing_was_reported(nlp):
    # must not fire: with no report among them, the officials' word is what "those claims" names
    art = coded(nlp, "Army officials said the militia had shelled the market in Kavar. "
                     "The militia rejected those claims.")
    assert by_cue(art.claims, "said").id in by_cue(art.claims, "rejected").refers_to


# --- a confirmation needs the same act or words -------------------------------------------------


def test_a_later_acknowledgement_is_no_answer_to_an_unrelated_counterfactual(nlp):
    art = coded(nlp, "Without the navy's quick reaction, the tanker would have reached open water within hours, "
                     "a coast guard officer said.\n\n"
                     "The same cable was cut in 2021, when a trawler snagged it. "
                     "Norwegian authorities later acknowledged that the trawler had caused the break.")
    assert by_cue(art.claims, "acknowledged").refers_to == ()


def test_a_confirmation_of_the_same_act_still_answers_it(nlp):
    art = coded(nlp, "Local officials said militiamen had burned the grain depot in Tarbal. "
                     "The provincial governor later confirmed that militiamen had burned the depot.")
    said = by_cue(art.claims, "said")
    assert said.id in by_cue(art.claims, "confirmed").refers_to


# --- an unnamed source is no hedge ---------------------------------------------------------------


def test_an_unnamed_source_is_flagged_but_not_hedged(nlp):
    art = coded(nlp, "The two foreign ministers spoke by telephone on Tuesday evening, a Peruvian diplomatic "
                     "source told the Lima Courier.")
    told = by_cue(art.claims, "told")
    assert "anonymous" in told.hedges and not told.hedged


def test_an_unnamed_source_with_a_modal_is_still_hedged(nlp):
    art = coded(nlp, "Sources said the convoy may have crossed the border at night.")
    said = by_cue(art.claims, "said")
    assert said.hedged and "anonymous" in said.hedges
