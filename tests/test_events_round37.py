"""Round 37 of the event coder, on our own sentences through the real pipeline: a speaker's own
quoted word of force against the speaker's side accuses its doer, though "said" follows; "our
X" in a quotation is the speaker's country's; what a report inside an "after" clause tells is
news of the story; an agentless strike reported by a state's own officials against armed
enemies is that side's strike; a body that lists a site in an apposition ("a UNESCO World
Heritage site") is no target. Each rule has a case where it must not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def test_quoted_force_against_the_speaker_accuses(code):
    evs = code("Azerbaijani troops crossed the border on Monday. \"They are shelling our villages every night,\" "
               "the Armenian prime minister told reporters.").events
    acc = [e for e in evs if e.cameo == "112"]
    assert acc and countries(acc[0].source) == {"ARM"} and countries(acc[0].target) == {"AZE"}, summary(evs)
    evs = code("Armenian troops crossed the border on Monday. \"We are shelling their positions every night,\" "
               "the Armenian commander told reporters.").events
    assert not [e for e in evs if e.cameo == "112"], summary(evs)


def test_our_people_in_a_quote_are_the_speakers(code):
    evs = code("\"They are killing our fishermen,\" the Venezuelan president told supporters.").events
    assert countries(first_on(evs, "killing").target) == {"VEN"}, summary(evs)
    evs = code("The Venezuelan president said gunmen had killed our fishermen.").events
    assert countries(first_on(evs, "killed").target) != {"VEN"}, summary(evs)


def test_a_report_in_an_after_clause_is_news(code):
    evs = code("The protest came hours after the Pentagon said American forces had destroyed another boat.").events
    e = first_on(evs, "destroyed")
    assert countries(e.source) == {"USA"} and "secondary" not in e.rule, summary(evs)
    evs = code("After rebels kidnapped two aid workers, the army launched an offensive.").events
    assert "secondary" in first_on(evs, "kidnapped").rule, summary(evs)


def test_agentless_strike_told_by_its_side(code):
    evs = code("The Nigerian army said Sunday's air strike killed 20 militants.").events
    assert countries(first_on(evs, "killed").source) == {"NGA"}, summary(evs)
    evs = code("The Ukrainian governor said Sunday's strike killed 20 civilians.").events
    assert not first_on(evs, "killed").source, summary(evs)


def test_a_listed_site_names_no_target(code):
    evs = code("A Cambodian spokesman said Thai shells had damaged the ancient temple, "
               "a UNESCO World Heritage site.").events
    assert not [a for a in first_on(evs, "damaged").target if a.code and a.code.startswith("IGO")], summary(evs)
    evs = code("Israeli jets struck Hamas, the Palestinian militant group.").events
    assert countries(first_on(evs, "struck").target) == {"PSE"}, summary(evs)
