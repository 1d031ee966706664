"""Round 39 of the event coder, on our own sentences through the real pipeline: "called the
decision blackmail" (the article hung on the verdict) is a condemnation; "ordered him held"
with the participle beside the object is detention by the orderer, not a demand; a legal
appeal with no one appealed to is no CAMEO appeal. Each rule has a case where it must not
fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def test_calling_a_decision_a_pejorative_noun_condemns(code):
    evs = code("Minsk called the decision propaganda on Friday.").events
    assert first_on(evs, "called").cameo == "111", summary(evs)
    evs = code("Minsk called the decision a matter for parliament on Friday.").events
    assert not [e for e in evs if e.cameo == "111"], summary(evs)


def test_ordered_him_held_is_detention_by_the_court(code):
    evs = code("A Baku court ordered the journalist held for three months pending trial.").events
    held = [e for e in evs if e.cameo == "173"]
    assert held and countries(held[0].source) == {"AZE"}, summary(evs)
    assert not [e for e in evs if e.cameo.startswith("10")], summary(evs)
    # An order to do something else is still not detention.
    evs = code("The Azerbaijani president ordered the army to hold its positions near the border.").events
    assert not [e for e in evs if e.cameo == "173"], summary(evs)


def test_a_legal_appeal_is_no_request(code):
    evs = code("The jailed activist's family said they would appeal.").events
    assert not [e for e in evs if e.cameo.startswith("02")], summary(evs)
    evs = code("The former minister will appeal against the verdict, his lawyer said.").events
    assert not [e for e in evs if e.cameo.startswith("02")], summary(evs)
    # A plea to someone, or for something, stays an appeal.
    evs = code("Kyiv appealed to Berlin for more air defence systems.").events
    assert [e for e in evs if e.cameo.startswith("02")], summary(evs)
    evs = code("The Lebanese prime minister appealed for calm.").events
    assert [e for e in evs if e.cameo.startswith("02")], summary(evs)


def test_a_strike_carried_out_by_someone_is_theirs(code):
    evs = code("On Sunday a drone strike carried out by Sudanese army units killed eleven civilians in the town.").events
    assert countries(first_on(evs, "killed").source) == {"SDN"}, summary(evs)
    # A participle that says who else was there is no doer.
    evs = code("On Sunday a drone strike near a clinic visited by Sudanese officials killed eleven civilians.").events
    assert countries(first_on(evs, "killed").source) != {"SDN"}, summary(evs)


def test_a_main_clause_verb_hung_on_a_when_clause_keeps_the_main_subject(code):
    evs = code("Bolivia lost its coast when Chile won the war in 1884 and now moves most of its trade through Peru.").events
    assert not [e for e in evs if "CHL" in countries(e.source)], summary(evs)
    # The same tense keeps the subordinate subject: the troops shelled.
    evs = code("Armenia protested when Azerbaijani troops crossed the border and shelled two villages.").events
    assert countries(first_on(evs, "shelled").source) == {"AZE"}, summary(evs)
