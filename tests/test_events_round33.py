"""Round 33 of the event coder, on our own sentences through the real pipeline: a caveat is no
threat; resolving to defend every bit of one's ground is a warning; repeating a demand or a
call repeats its act; a verdict in a relative clause on a noun that sums up an act is told;
"the country" is never the target of its own speaker; a plain-present "has investments" is a
state; "back to X" / "over to X" names the receiver; a call during which something was agreed
is a telephone consultation; "suggested that ..." with an indicative clause is a claim. Each
rule has a case where it must not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def test_a_caveat_is_no_threat(code):
    evs = code("Shelling hit Kreminna overnight. A UN spokesperson cautioned that it could not "
               "independently verify which side fired first.").events
    assert first_on(evs, "cautioned").cameo == "010", summary(evs)


def test_warning_of_ones_own_act_stays_a_threat(code):
    evs = code("Iran warned that it would close the Strait of Hormuz if attacked.").events
    assert first_on(evs, "warned").cameo[:2] == "13", summary(evs)


def test_defending_every_centimetre_is_a_warning(code):
    evs = code("Venezuela claims the Essequibo region. Guyana's army chief said the military would "
               "defend every centimetre of the territory.").events
    assert first_on(evs, "defend").cameo in ("130", "138"), summary(evs)


def test_defending_sovereignty_against_a_rival_aims_at_it(code):
    evs = code("Manila said its navy would defend the country's sovereignty in the South China Sea against China.").events
    e = first_on(evs, "defend")
    assert e.cameo[:2] == "13" and countries(e.target) == {"CHN"}, summary(evs)


def test_defending_ground_done_or_someone_elses_right_is_no_threat(code):
    evs = code("Soldiers defended the border post for three days.").events
    assert not [e for e in evs if e.cameo[:2] == "13"], summary(evs)
    evs = code("Japan pledged to defend Taiwan's right to take part in the assembly.").events
    assert first_on(evs, "defend").cameo[:2] == "03", summary(evs)


def test_reiterating_a_call_repeats_the_appeal(code):
    evs = code("Pakistan appealed to India to resume talks. Islamabad reiterated the call on Monday.").events
    e = first_on(evs, "reiterated")
    assert e.cameo[:2] == "02" and countries(e.target) == {"IND"}, summary(evs)


def test_repeating_a_claim_repeats_no_act(code):
    evs = code("Ankara said the talks were going well. The minister repeated that the talks were going well.").events
    assert not [e for e in evs if e.rule.endswith("/repeated")], summary(evs)


def test_verdict_in_a_relative_clause_on_a_summing_noun(code):
    evs = code("Venezuela moved troops toward the frontier, moves that Georgetown described as a "
               "direct threat to its territorial integrity.").events
    e = first_on(evs, "described")
    assert e.cameo == "111" and countries(e.source) == {"GUY"} and countries(e.target) == {"VEN"}, summary(evs)


def test_a_neutral_description_in_a_relative_clause_is_no_verdict(code):
    evs = code("Venezuela moved troops toward the frontier, moves that Georgetown described as routine.").events
    assert not [e for e in evs if e.trigger == "described"], summary(evs)


def test_the_country_is_never_its_speakers_target(code):
    evs = code("Guyana's president welcomed the offer but said he would not negotiate over the country's borders.").events
    e = first_on(evs, "negotiate")
    assert "GUY" not in countries(e.target), summary(evs)


def test_a_named_other_party_stays_the_target(code):
    evs = code("Guyana said it would not negotiate with Venezuela over the country's borders.").events
    assert countries(first_on(evs, "negotiate").target) == {"VEN"}, summary(evs)


def test_having_investments_is_a_state(code):
    evs = code("Kazakhstan has large investments from Moscow.").events
    assert not [e for e in evs if e.cameo[:2] == "06"], summary(evs)


def test_investing_is_still_an_act(code):
    evs = code("Russia invested heavily in Kazakhstan last year.").events
    assert first_on(evs, "invested").cameo == "061", summary(evs)


def test_back_to_and_over_to_name_the_receiver(code):
    evs = code("Armenia handed four villages back to Azerbaijan in May.").events
    assert countries(first_on(evs, "handed").target) == {"AZE"}, summary(evs)
    evs = code("Armenia handed the villages over to Azerbaijan.").events
    assert countries(first_on(evs, "handed").target) == {"AZE"}, summary(evs)


def test_handing_back_with_no_receiver_names_none(code):
    evs = code("Armenia handed back the villages.").events
    assert not first_on(evs, "handed").target, summary(evs)


def test_a_call_during_which_something_was_agreed_is_a_phone_consultation(code):
    evs = code("The venue was agreed during a telephone call between the Russian and Ukrainian presidents.").events
    e = first_on(evs, "call")
    assert e.cameo == "041" and countries(e.source) == {"RUS", "UKR"}, summary(evs)


def test_agreeing_on_talks_is_still_an_intent(code):
    evs = code("Russia and Ukraine agreed on talks in Istanbul.").events
    assert [e for e in evs if e.cameo[:2] in ("03", "04")], summary(evs)


def test_suggesting_what_may_be_so_is_a_claim(code):
    evs = code("One Western diplomat suggested that the clash between Serbian and Kosovan police might have escalated.").events
    assert first_on(evs, "suggested").cameo == "010", summary(evs)
    evs = code("Germany suggested that the talks between Israel and Lebanon had stalled.").events
    assert first_on(evs, "suggested").cameo == "010", summary(evs)


def test_suggesting_what_should_be_done_is_a_proposal(code):
    evs = code("France suggested that Israel and Lebanon resume talks.").events
    assert first_on(evs, "suggested").cameo[:2] == "02", summary(evs)
    evs = code("France suggested that Israel should withdraw from the border.").events
    assert first_on(evs, "suggested").cameo[:2] == "02", summary(evs)
