"""Round 29 of the event coder, on our own sentences through the real pipeline: lexicon rows
for mediation by passing messages, revoked accords, cut exports, frozen assets, appeals for a
release, boarded vessels, broken-up spy rings, approved arms sales and drills held in reply;
spoken threats in idioms ("will pay for this", "no option is off the table") and force resolved
on ("voted to retaliate"); an insisted fact is a statement, and "calling X Y" appeals for
nothing. Each rule has a case where it must not fire."""

from __future__ import annotations

from event_checks import countries, first_on, summary


def test_weighing_a_risk_is_no_consultation(code):
    evs = code("Bond markets slipped as lenders weighed the danger of a default.").events
    assert not any(e.cameo.startswith("04") for e in evs), summary(evs)
    e = first_on(code("Kenya consulted Uganda on the border dispute.").events, "consulted")
    assert e.cameo.startswith("04")


def test_relaying_messages_between_two_parties_is_mediation(code):
    evs = code("Norway and Switzerland have been passing messages between Colombia and the ELN.").events
    e = first_on(evs, "passing")
    assert e.cameo == "045" and "COL" in countries(e.target), summary(evs)
    evs = code("The postman carried letters to the village.").events
    assert not any(e.cameo == "045" for e in evs), summary(evs)


def test_revoking_an_accord_with_a_party_reduces_relations(code):
    evs = code("Mali's military government revoked a security cooperation agreement with Paris.").events
    e = first_on(evs, "revoked")
    assert e.cameo == "161" and countries(e.target) == {"FRA"}, summary(evs)
    evs = code("The city council revoked the parking contract.").events
    assert not any(e.cameo == "161" for e in evs), summary(evs)


def test_cutting_exports_to_a_country_is_an_embargo(code):
    evs = code("Ghana suspended its electricity exports to Togo.").events
    e = first_on(evs, "suspended")
    assert e.cameo == "163" and countries(e.target) == {"TGO"}, summary(evs)
    evs = code("Ghana cut its electricity prices on Monday.").events
    assert not any(e.cameo == "163" for e in evs), summary(evs)


def test_frozen_assets_are_a_sanction_frozen_funding_is_withheld_aid(code):
    e = first_on(code("Canada froze the assets of Venezuelan officials.").events, "froze")
    assert e.cameo == "163"
    e = first_on(code("The IMF froze $200 million in loans to Zambia.").events, "froze")
    assert e.cameo == "1621"


def test_calling_for_a_release_is_cameos_own_appeal(code):
    evs = code("Reporters Without Borders called for the release of a reporter jailed in Iran.").events
    e = first_on(evs, "called")
    assert e.cameo == "0253", summary(evs)
    e = first_on(code("Human Rights Watch called for an inquiry into the shootings.").events, "called")
    assert e.cameo != "0253"


def test_boarding_a_foreign_vessel_seizes_it(code):
    evs = code("The Vietnamese navy boarded a Chinese trawler.").events
    e = first_on(evs, "boarded")
    assert e.cameo == "171" and "CHN" in countries(e.target), summary(evs)
    evs = code("The Vietnamese foreign minister boarded a plane to Tokyo.").events
    assert not any(e.cameo.startswith("17") for e in evs), summary(evs)


def test_breaking_up_a_spy_ring_is_an_arrest(code):
    evs = code("Lithuanian police dismantled an espionage network.").events
    e = first_on(evs, "dismantled")
    assert e.cameo == "173", summary(evs)
    e = first_on(code("Lithuanian police broke up the rally.").events, "broke")
    assert e.cameo != "173"


def test_an_approved_arms_sale_is_an_intent_to_give_military_aid(code):
    evs = code("Germany approved the sale of IRIS-T air defence systems to Egypt.").events
    e = first_on(evs, "approved")
    assert e.cameo == "0332" and countries(e.target) == {"EGY"}, summary(evs)
    e = first_on(code("Egypt's parliament approved the sale of a state bank.").events, "approved")
    assert e.cameo != "0332"


def test_drills_held_in_reply_show_force(code):
    evs = code("North Korea responded with a week of artillery drills near the border.").events
    e = first_on(evs, "responded")
    assert e.cameo == "150", summary(evs)
    evs = code("North Korea responded with a terse statement.").events
    assert not any(e.cameo == "150" for e in evs), summary(evs)


def test_an_insisted_fact_is_a_statement_an_insisted_act_a_demand(code):
    evs = code("Rwanda insisted that its troops had acted in self-defence.").events
    e = first_on(evs, "insisted")
    assert e.cameo == "010" and not e.target, summary(evs)
    evs = code("Rwanda insisted that Congo disarm the militia.").events
    e = first_on(evs, "insisted")
    assert e.cameo.startswith("10"), summary(evs)


def test_will_pay_for_it_is_the_speakers_threat_against_the_payer(code):
    evs = code("Erdogan said Syria had crossed a red line and would pay for it.").events
    e = next(e for e in evs if e.rule.endswith("threat-idiom"))
    assert e.cameo == "138" and countries(e.source) == {"TUR"} and countries(e.target) == {"SYR"}, summary(evs)
    evs = code("Erdogan said Turkish taxpayers would pay for the new bridge.").events
    assert not any(e.cameo == "138" for e in evs), summary(evs)


def test_no_option_off_the_table_is_a_threat_of_force(code):
    evs = code("The Greek defence minister said no option was off the table against Turkey.").events
    e = next(e for e in evs if e.rule.endswith("threat-idiom"))
    assert e.cameo == "138" and countries(e.target) == {"TUR"} and not e.modality.negated, summary(evs)
    evs = code("The Greek finance minister said the offer was still on the table.").events
    assert not any(e.cameo == "138" for e in evs), summary(evs)


def test_force_voted_on_is_intended_not_used(code):
    evs = code("Armenia's parliament decided to retaliate against Azerbaijan.").events
    e = first_on(evs, "retaliate")
    assert e.cameo == "138" and countries(e.target) == {"AZE"}, summary(evs)
    e = first_on(code("Armenian troops retaliated against Azerbaijan.").events, "retaliated")
    assert e.cameo.startswith("19")


def test_calling_an_attack_something_appeals_for_nothing(code):
    evs = code("Houthi rebels fired missiles at Israel, calling the strike retribution for the bombing of Sanaa.").events
    assert not any(e.cameo.startswith("02") for e in evs), summary(evs)
    evs = code("The Houthi leader gave a speech on Friday, calling on Arab states to cut ties with Israel.").events
    assert any(e.trigger == "calling" and e.cameo[:2] in ("02", "10") for e in evs), summary(evs)
