"""Claims and modality round 18: fronted "Had/Were/Should" conditions, conditions inside a
reported clause, what a speaker would not say, a government's word on its own act, denials that
flow back to the events they answer, "that account" and "no such request" answers, answers to
earlier claims only, ability "could", withheld confirmations and hyphenated names."""

from __future__ import annotations

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2026-12-04", nlp=nlp)


def event(article: CodedArticle, trigger: str):
    hits = [e for e in article.events if e.trigger == trigger]
    assert hits, [(e.trigger, e.cameo) for e in article.events]
    return hits[0]


# --- modality -----------------------------------------------------------------------------------


def test_a_fronted_had_condition_makes_its_outcome_and_itself_hypothetical(nlp):
    art = coded(nlp, "Had the talks failed, Peru attacked the rebels.")
    assert event(art, "attacked").modality.hypothetical
    art = coded(nlp, "Had the Chilean navy intercepted the ship, the toll could have been lower.")
    assert "inverted condition" in event(art, "intercepted").modality.cues


def test_should_fronted_condition_and_its_outcome(nlp):
    art = coded(nlp, "Should Ankara expel the envoy, Athens would retaliate.")
    assert event(art, "expel").modality.hypothetical
    assert "outcome of an inverted condition" in event(art, "retaliate").modality.cues


def test_a_plain_past_perfect_is_no_condition(nlp):
    art = coded(nlp, "The talks had failed, and Peru attacked the rebels.")
    assert not event(art, "attacked").modality.hypothetical


def test_a_condition_inside_a_reported_clause_is_hypothetical_not_future(nlp):
    art = coded(nlp, "If the rebels take the port, the militia would blockade the capital, analysts said.")
    mod = event(art, "blockade").modality
    assert mod.hypothetical and not mod.future


def test_a_reported_would_without_condition_stays_future(nlp):
    mod = event(coded(nlp, "The minister said Peru would close the border."), "close").modality
    assert not mod.hypothetical


def test_what_a_speaker_did_not_say_is_left_open(nlp):
    art = coded(nlp, "The minister did not say when Peru would strike the camps.")
    # the events stage drops such an open question (round 30); if one is kept, it is left open
    strikes = [e for e in art.events if e.trigger == "strike"]
    assert all("not said when" in e.modality.cues and not e.modality.factual for e in strikes), strikes
    art = coded(nlp, "The minister said when Peru would strike the camps.")
    assert "not said when" not in event(art, "strike").modality.cues


# --- attribution status -------------------------------------------------------------------------


def test_a_government_telling_its_own_act_reports_it(nlp):
    art = coded(nlp, "Chile's foreign minister said Chile had suspended aid to the junta.")
    assert event(art, "suspended").attribution.status == "reported"


def test_a_government_telling_another_country_act_claims_it(nlp):
    art = coded(nlp, "Chile's foreign minister said Peru had suspended aid to the junta.")
    assert event(art, "suspended").attribution.status == "claimed"


def test_a_rebel_spokesman_on_the_army_claims(nlp):
    art = coded(nlp, "A rebel spokesman said Chilean troops had shelled the village.")
    assert event(art, "shelled").attribution.status == "claimed"


def test_a_denied_report_is_alleged_not_reported(nlp):
    text = ("According to a local newspaper, Chilean jets had bombed a fuel depot. Santiago denied the "
            "allegation.")
    art = coded(nlp, text)
    assert event(art, "bombed").attribution.status == "alleged"
    art = coded(nlp, "According to a local newspaper, Chilean jets had bombed a fuel depot.")
    assert event(art, "bombed").attribution.status == "reported"


# --- answers ------------------------------------------------------------------------------------


def test_that_account_is_the_one_the_answer_speaks_of(nlp):
    text = ("Hezbollah said its rockets had destroyed a radar station near the border. The Lebanese army "
            "said it had deployed troops south of the river. Israeli officials rejected that account, saying "
            "the station was undamaged.")
    found = coded(nlp, text).claims
    assert by_cue(found, "rejected").refers_to == (by_cue(found, "said").id,)


def test_that_account_with_nothing_in_common_keeps_the_last(nlp):
    text = ("Hezbollah said its rockets had destroyed a radar station near the border. The Lebanese army "
            "said it had deployed troops south of the river. Israeli officials rejected that account.")
    found = coded(nlp, text).claims
    assert by_cue(found, "rejected").refers_to == (by_cue(found, "said", 1).id,)


def test_no_such_request_denies_the_claim_of_a_request(nlp):
    text = "Kyiv said Minsk had asked for Russian tanks. The Kremlin said it had received no such request."
    found = coded(nlp, text).claims
    denial = by_cue(found, "said", 1)
    assert denial.stance == "deny"
    assert denial.refers_to == (by_cue(found, "said").id,)


def test_a_request_received_is_no_denial(nlp):
    text = "Kyiv said Minsk had asked for Russian tanks. The Kremlin said it had received the request."
    assert by_cue(coded(nlp, text).claims, "said", 1).stance != "deny"


def test_a_denial_does_not_answer_an_analyst_further_down(nlp):
    text = ("The junta rejected the accusations on Monday. Fighting went on near the border. An analyst "
            "said the junta's troops were exhausted.")
    found = coded(nlp, text).claims
    later = by_cue(found, "said").id
    assert later not in by_cue(found, "rejected").refers_to


# --- hedges and speakers ------------------------------------------------------------------------


def test_only_x_could_is_a_rule_not_a_hedge(nlp):
    found = coded(nlp, "The junta said only the elected parliament could end the accords.").claims
    assert not by_cue(found, "said").hedged
    found = coded(nlp, "Analysts said the death toll could rise sharply.").claims
    assert by_cue(found, "said").hedged


def test_a_withheld_confirmation_hedges_the_claim(nlp):
    found = coded(nlp, "The ministry said the reports were credible, though it stopped short of confirming them.").claims
    assert by_cue(found, "said").hedged
    found = coded(nlp, "The ministry said the reports were false, although it confirmed the arrests.").claims
    assert not by_cue(found, "said").hedged


def test_a_hyphenated_given_name_stays_one_speaker(nlp):
    found = coded(nlp, "The strikes were aimed at arms depots, said Lin Mei-hua, a researcher in Taipei.").claims
    assert sources(by_cue(found, "said"))[0].startswith("Lin Mei-hua")
