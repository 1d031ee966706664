"""Round 11 of the event coder, on our own sentences through the real pipeline: an inquiry or
an order refused is a rejection, restraint asked for is an appeal to de-escalate, relations put
under review are relations about to be cut, and a government "of" a country asks for it."""

from __future__ import annotations

from event_checks import summary


def by_trigger(evs, word):
    return [e for e in evs if e.trigger == word]


# ------------------------------------------------------------- refusals

def test_refusing_to_order_a_recount_is_a_rejection(code):
    evs = code("Kenya's electoral commission refused to order a recount of the presidential vote.").events
    order = by_trigger(evs, "order")
    assert [e.cameo for e in order] == ["120"], summary(evs)
    assert not order[0].modality.negated, order[0].modality


def test_declining_to_investigate_is_a_rejection(code):
    evs = code("The Peruvian government declined to investigate the shooting of the miners.").events
    assert [e.cameo for e in by_trigger(evs, "investigate")] == ["120"], summary(evs)


def test_an_order_not_given_stays_a_negated_demand(code):
    # No verb of refusal: a plain negated fact keeps its code.
    evs = code("The Peruvian government did not order an investigation into the shooting.").events
    order = by_trigger(evs, "order")
    assert order and order[0].cameo != "120" and order[0].modality.negated, summary(evs)


# ------------------------------------------------------------- restraint

def test_urging_both_sides_to_exercise_restraint_is_an_appeal_to_de_escalate(code):
    evs = code("Japan urged Thailand and Cambodia to exercise restraint along their disputed border.").events
    urged = by_trigger(evs, "urged")
    assert [e.cameo for e in urged] == ["0256"], summary(evs)
    assert {a.code for a in urged[0].target} >= {"THA", "KHM"}, summary(evs)


def test_calling_for_restraint_is_an_appeal_to_de_escalate(code):
    evs = code("Qatar called for restraint after the clashes in the Golan.").events
    assert [e.cameo for e in by_trigger(evs, "called")] == ["0256"], summary(evs)


def test_asking_a_neighbour_to_pull_its_troops_back_is_an_appeal_to_de_escalate(code):
    evs = code("Ethiopia asked Eritrea to withdraw its troops from the Tigray region.").events
    asked = by_trigger(evs, "asked")
    assert [e.cameo for e in asked] == ["0256"], summary(evs)


def test_urging_talks_is_no_de_escalation(code):
    evs = code("Japan urged Thailand and Cambodia to hold talks on their border.").events
    assert not any(e.cameo == "0256" for e in evs), summary(evs)


# ------------------------------------------------------------- relations under review

def test_a_review_of_relations_announced_is_a_threat_to_reduce_them(code):
    evs = code("Canada said on Friday it would review its relations with Nicaragua after the expulsions.").events
    review = by_trigger(evs, "review")
    assert [e.cameo for e in review] == ["1313"], summary(evs)
    assert "NIC" in {a.code for a in review[0].target}, summary(evs)


def test_reviewing_a_report_is_no_sanction(code):
    evs = code("Canada said on Friday it would review the report on Nicaragua's elections.").events
    assert not any(e.cameo.startswith(("13", "16")) for e in evs), summary(evs)


# ------------------------------------------------------------- asking bodies

def test_the_government_of_a_country_asks_for_its_country(code):
    evs = code("The government of Mali asked the United Nations to withdraw its peacekeepers by June.").events
    asked = by_trigger(evs, "asked")
    assert asked and asked[0].cameo.startswith("02"), summary(evs)
    assert "MLI" in {a.country for a in asked[0].source}, summary(evs)
    assert not by_trigger(evs, "withdraw"), summary(evs)


def test_a_cause_noun_asks_no_one(code):
    evs = code("The arrival of Turkish troops could push Syria to close the crossing.").events
    assert not by_trigger(evs, "push"), summary(evs)


def test_peacekeepers_pulled_out_are_withdrawn_not_retreating(code):
    evs = code("Sweden withdrew its peacekeepers from Mali in June.").events
    assert [e.cameo for e in by_trigger(evs, "withdrew")] == ["1661"], summary(evs)


# ------------------------------------------------------------- two asks in one sentence

def test_two_appeals_for_different_acts_are_two_events(code):
    evs = code("Norway's foreign minister urged both sides to exercise restraint and called on Sudan to open the aid corridors.").events
    assert "0256" in [e.cameo for e in by_trigger(evs, "urged")], summary(evs)
    assert by_trigger(evs, "called"), summary(evs)


def test_one_appeal_told_twice_stays_one(code):
    evs = code("Norway called on Sudan to open the aid corridors and urged Sudan to open them quickly.").events
    appeals = [e for e in evs if e.cameo.startswith("02")]
    assert len(appeals) == 1, summary(evs)


# ------------------------------------------------------------- offers and information

def test_an_offer_to_send_a_force_is_an_offer_of_military_aid(code):
    evs = code("Kenya offered to send an army battalion to Haiti to help restore order.").events
    sent = by_trigger(evs, "send")
    assert [e.cameo for e in sent] == ["0332"], summary(evs)


def test_an_offer_to_send_police_abroad_is_an_offer_of_protection(code):
    # Police sent to keep order in another state are security assistance (074), not arms or
    # military aid (072); the offer is its intent (0334).
    evs = code("Kenya offered to send a police force to Haiti to help restore order.").events
    sent = by_trigger(evs, "send")
    assert [e.cameo for e in sent] == ["0334"], summary(evs)


def test_a_plan_to_send_forces_to_a_border_stays_a_show_of_force(code):
    evs = code("Russia plans to send more troops to its border with Finland.").events
    assert not any(e.cameo == "0332" for e in evs), summary(evs)


def test_information_provided_is_shared_not_military_aid(code):
    evs = code("Estonia provided information on the damaged cable to Finnish investigators.").events
    provided = by_trigger(evs, "provided")
    assert [e.cameo for e in provided] == ["064"], summary(evs)
