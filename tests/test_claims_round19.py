"""Claims and modality round 19: options not ruled out, dangers warned of, "is to" terms,
ongoing present perfects, ", a charge X has rejected" read as the root, caveats under
"cautioned" and "questioned" figures."""

from __future__ import annotations

from datetime import date

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.pipeline.modality import modality_of
from tacitus.records import CodedArticle, TimeSpan


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2026-12-04", nlp=nlp)


def word(doc, text: str):
    return next(t for t in doc if t.text == text)


# --- modality -----------------------------------------------------------------------------------


def test_an_option_not_ruled_out_is_left_open(nlp):
    doc = nlp("The defence minister did not rule out striking the camps at a suitable moment.")
    assert modality_of(word(doc, "striking")).uncertain
    assert modality_of(word(doc, "rule")).uncertain


def test_an_option_ruled_out_is_negated_not_open(nlp):
    mod = modality_of(word(nlp("The defence minister ruled out striking the camps."), "striking"))
    assert mod.negated and "not ruled out" not in mod.cues


def test_an_act_inside_a_danger_warned_of_is_uncertain(nlp):
    doc = nlp("Officials warned that weapons sent to the militia could fall into the hands of smugglers.")
    assert "danger warned of" in modality_of(word(doc, "sent")).cues


def test_a_warning_about_what_happened_leaves_the_act_alone(nlp):
    doc = nlp("Officials warned that weapons sent to the militia had fallen into the hands of smugglers.")
    assert "danger warned of" not in modality_of(word(doc, "sent")).cues


def test_is_to_plus_verb_is_a_term_still_to_come(nlp):
    doc = nlp("Under the agreement, the rebels are to withdraw their units from the port.")
    assert modality_of(word(doc, "withdraw")).future


def test_is_to_blame_is_no_schedule(nlp):
    assert "is to" not in modality_of(word(nlp("The rebels are to blame for the violence."), "blame")).cues


def test_a_present_perfect_since_is_ongoing_not_historical(nlp):
    doc = nlp("The army has been deployed in the valley since the rebels attacked the town in 2019.")
    span = TimeSpan(start=date(2019, 1, 1), end=date(2019, 12, 31))
    assert not modality_of(word(doc, "deployed"), date(2026, 12, 4), span).historical
    doc = nlp("The army was deployed in the valley in 2019.")
    assert modality_of(word(doc, "deployed"), date(2026, 12, 4), span).historical


# --- claims -------------------------------------------------------------------------------------


def test_a_charge_rejected_after_a_comma_is_a_denial_not_the_accuser(nlp):
    art = coded(nlp, "The Russian envoy went further, accusing the Polish monitors of provoking the unrest, "
                     "a charge Warsaw has repeatedly rejected.")
    accuse = by_cue(art.claims, "accusing")
    assert sources(accuse) == ["The Russian envoy"]
    deny = by_cue(art.claims, "rejected")
    assert deny.stance == "deny" and sources(deny) == ["Warsaw"] and accuse.id in deny.refers_to


def test_a_participle_of_report_before_a_later_denial_keeps_its_own_speaker(nlp):
    art = coded(nlp, "Peru's army denied that its helicopters had shelled the market, saying the rebels had fired.")
    assert sources(by_cue(art.claims, "saying")) == ["Peru's army"]


def test_a_caution_that_something_cannot_be_verified_is_a_caveat(nlp):
    art = coded(nlp, "A spokesman for the monitors cautioned that they could not independently verify "
                     "who started the shooting.")
    claim = by_cue(art.claims, "cautioned")
    assert claim.stance == "assert" and claim.hedged


def test_a_caution_about_a_danger_stays_a_warning(nlp):
    art = coded(nlp, "A spokesman for the monitors warned that the truce could not hold.")
    assert by_cue(art.claims, "warned").stance == "warn"


def test_questioned_figures_are_disputed(nlp):
    art = coded(nlp, "Opposition observers questioned the official casualty figures.")
    assert by_cue(art.claims, "questioned").stance == "deny"


def test_questioning_a_person_is_no_claim(nlp):
    art = coded(nlp, "The minister questioned the reporter for an hour.")
    assert not [c for c in art.claims if c.cue == "questioned"]
