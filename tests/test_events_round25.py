"""Round 25 of the event coder, on our own sentences through the real pipeline: a decree or law
signed, issued or passed is no agreement and no demand, and what its clause does is the
signer's act; a sit-in staged is a demonstration (141), as the noun is; two states reopening
embassies reopen them to each other; a named town captured is ground occupied (192), not a
person taken; declaring independence demands nothing. Each rule has a case where it must not
fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def test_an_enactment_signed_is_no_agreement(code):
    for text in ("Tokayev signed a decree on Monday.", "The parliament of Georgia passed the budget bill."):
        evs = code(text).events
        assert not any(e.cameo[:3] in ("057", "100") or e.cameo[:2] == "06" for e in evs), (text, summary(evs))


def test_an_accord_signed_is_still_an_agreement(code):
    e = first_on(code("Kenya and Ethiopia signed a border agreement.").events, "signed")
    assert e.cameo == "057", summary([e])


def test_what_an_enactment_does_is_the_signers_act(code):
    evs = code("Orban signed a law restricting foreign-funded newspapers.").events
    e = first_on(evs, "restricting")
    assert e.cameo[:3] == "172" and countries(e.source) == {"HUN"}, summary(evs)
    assert not any(x.trigger == "signed" for x in evs), summary(evs)


def test_a_clause_on_a_plain_noun_stays_a_description(code):
    evs = code("Orban praised a newspaper restricting its comment section.").events
    assert not any(e.trigger == "restricting" and e.cameo[:3] == "172" and e.source for e in evs), summary(evs)


def test_a_sit_in_staged_is_a_demonstration(code):
    evs = code("Nurses staged a sit-in outside the health ministry in Nairobi.").events
    assert any(e.cameo == "141" for e in evs), summary(evs)
    evs = code("Dock workers staged a walkout at the port of Mombasa.").events
    assert any(e.cameo == "143" for e in evs), summary(evs)


def test_embassies_reopened_by_two_states_are_each_others(code):
    e = first_on(code("Morocco and Algeria reopened their embassies.").events, "reopened")
    assert countries(e.source) == countries(e.target) == {"MAR", "DZA"}, summary([e])


def test_an_embassy_reopened_by_one_state_is_no_mutual_act(code):
    evs = code("Morocco reopened its embassy.").events
    assert not any("+mutual" in e.rule for e in evs), summary(evs)


def test_a_named_town_captured_is_ground_occupied(code):
    e = first_on(code("M23 fighters took Bukavu without a fight on Friday.").events, "took")
    assert e.cameo == "192" and countries(e.target) == {"COD"}, summary([e])
    e = first_on(code("Rebels seized Lunga, the main town in the district, on Sunday.").events, "seized")
    assert e.cameo == "192", summary([e])


def test_a_person_captured_is_still_taken(code):
    e = first_on(code("Gunmen seized Ahmed Musa outside his home in Kano.").events, "seized")
    assert e.cameo in ("173", "181"), summary([e])


def test_declaring_independence_is_no_demand(code):
    evs = code("Abkhazia declared independence from Georgia in 1999.").events
    assert not any(e.cameo[:2] == "10" for e in evs), summary(evs)


def test_declaring_a_state_of_emergency_still_codes(code):
    e = first_on(code("Peru declared a state of emergency in Lima.").events, "declared")
    assert e.cameo == "1724", summary([e])
