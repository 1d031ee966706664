"""Round 43 of the event coder, on our own sentences through the real pipeline: a threat whose
"if X attacks" condition the parser reads as a noun is still aimed at X; "would respond with full
force to any Y action" is a threat aimed at Y; police acting in their own country's towns do not
target the country; "pushed for X to do Y" is an appeal (02), not a demand, and "pushed X to do Y" asks X even
when the parser reads a purpose clause; "what it called Z"
names something in passing and is no accusation of its own; a named agreement taken for a party
is no target, its "with" party is; attachés and consuls are diplomats. Each rule has a case where it must not fire."""

from __future__ import annotations

from event_checks import countries, summary


def _on(evs, trigger):
    return [e for e in evs if e.trigger == trigger]


# --- the party of a misparsed "if X attacks" condition ---

def test_threat_aimed_at_misparsed_condition_party(code):
    evs = code("Tehran threatened to block all oil shipments if the United States attacks.").events
    threats = [e for e in evs if e.cameo.startswith("13")]
    assert threats and countries(threats[0].target) == {"USA"}, summary(evs)


def test_threat_without_condition_gets_no_condition_target(code):
    evs = code("Tehran threatened to block all oil shipments through the strait.").events
    threats = [e for e in evs if e.cameo.startswith("13")]
    assert threats and not countries(threats[0].target) - {"IRN"}, summary(evs)


# --- "respond with full force to any Y action" ---

def test_full_force_response_aimed_at_the_answered_party(code):
    evs = code("The Greek defence minister warned that Greece would respond with full force "
               "to any Turkish naval incursion.").events
    threats = [e for e in evs if e.cameo == "138"]
    assert threats and countries(threats[0].target) == {"TUR"}, summary(evs)


def test_full_force_response_to_own_side_is_no_target(code):
    evs = code("The Greek defence minister warned that Greece would respond with full force "
               "to any provocation.").events
    threats = [e for e in evs if e.cameo == "138"]
    assert not threats or not countries(threats[0].target), summary(evs)


# --- police on their own country's ground ---

def test_police_raid_in_own_city_targets_no_state(code):
    evs = code("Ugandan police raided several houses in Jinja.").events
    raids = _on(evs, "raided")
    assert raids and "UGA" not in countries(raids[0].target), summary(evs)


def test_rebels_in_own_country_still_target_it(code):
    evs = code("Ugandan rebels raided several villages near Jinja.").events
    raids = _on(evs, "raided")
    assert raids and "UGA" in countries(raids[0].target), summary(evs)


# --- "pushed for X to do Y" ---

def test_pushed_for_is_an_appeal(code):
    evs = code("The Zambian opposition pushed for the electoral commission to publish the results.").events
    pushes = _on(evs, "pushed")
    assert pushes and pushes[0].cameo.startswith("02"), summary(evs)


def test_pushed_someone_to_stays_pressure(code):
    evs = code("The European Union pushed Montenegro to adopt the judicial reforms.").events
    pushes = _on(evs, "pushed")
    assert pushes and pushes[0].cameo.startswith("10") and countries(pushes[0].target) == {"MNE"}, summary(evs)


def test_sent_troops_to_is_still_a_purpose(code):
    evs = code("Chad sent troops to secure the border town.").events
    assert not [e for e in evs if e.cameo[:2] in ("02", "10")], summary(evs)


# --- "what it called Z" ---

def test_what_it_called_is_no_accusation(code):
    evs = code("The Algerian foreign ministry dismissed what it called unfounded claims by Morocco.").events
    assert not [e for e in _on(evs, "called") if e.cameo.startswith("11")], summary(evs)


def test_called_the_claims_unfounded_stays_an_accusation(code):
    evs = code("The Algerian foreign ministry called the Moroccan claims unfounded.").events
    assert [e for e in _on(evs, "called") if e.cameo.startswith("11")], summary(evs)


# --- a named agreement is no party ---

def test_named_treaty_gives_way_to_its_with_party(code):
    evs = code("Armenia suspended the Kars Border Agreement with Turkey.").events
    cut = [e for e in evs if e.cameo.startswith("16")]
    assert cut and countries(cut[0].target) == {"TUR"}, summary(evs)


def test_treaty_with_no_party_named_has_no_target(code):
    evs = code("Armenia suspended the Kars Border Agreement on Monday.").events
    cut = [e for e in evs if e.cameo.startswith("16")]
    assert cut and all(a.code or a.country for a in cut[0].target), summary(evs)


# --- attachés and consuls are diplomats ---

def test_attache_ordered_out_is_expelled(code):
    evs = code("Estonia ordered the Belarusian defence attache to leave the country within a week.").events
    cut = _on(evs, "ordered")
    assert cut and cut[0].cameo == "161" and countries(cut[0].target) == {"BLR"}, summary(evs)


def test_ordering_other_people_out_is_no_diplomatic_cut(code):
    evs = code("Estonia ordered the Belarusian truck drivers to leave the car park.").events
    assert not [e for e in evs if e.cameo == "161"], summary(evs)
