"""Round 12 of the event coder, on our own sentences through the real pipeline: more patrols
are a show of force, a state's protest is an official complaint at the summoned envoy's
country, "the deal" names an accord and no other act, and a crowd that attacks riots."""

from __future__ import annotations

from event_checks import countries, summary


def by_trigger(evs, word):
    return [e for e in evs if e.trigger == word]


# ------------------------------------------------------------- more patrols

def test_patrols_to_be_increased_are_a_future_show_of_force(code):
    evs = code("Japan said on Monday it would increase patrols along the border with North Korea.").events
    inc = by_trigger(evs, "increase")
    assert [e.cameo[:2] for e in inc] == ["15"], summary(evs)
    assert inc[0].modality.future, summary(evs)


def test_a_threat_to_attack_stays_a_threat(code):
    evs = code("Japan said on Monday it would attack the border posts of North Korea.").events
    assert any(e.cameo.startswith("13") for e in by_trigger(evs, "attack")), summary(evs)


# ------------------------------------------------------------- a state's protest

def test_a_summoned_envoy_hears_an_official_complaint(code):
    evs = code("Egypt summoned the Israeli ambassador to protest the strikes on Gaza.").events
    prot = by_trigger(evs, "protest")
    assert [e.cameo for e in prot] == ["114"], summary(evs)
    assert countries(prot[0].source) == {"EGY"} and countries(prot[0].target) == {"ISR"}, summary(evs)


def test_crowds_still_protest_in_the_street(code):
    evs = code("Thousands of students protested the new tax law in Nairobi on Tuesday.").events
    assert not any(e.cameo == "114" for e in evs), summary(evs)
    assert any(e.cameo.startswith("14") for e in evs), summary(evs)


# ------------------------------------------------------------- whose deal

def test_the_deal_is_no_earlier_aid_pledge(code):
    text = ("The Red Cross said it would send aid to flood victims in Bolivia. "
            "Rain fell across the region on Saturday. "
            "Farmers in France later criticised the deal on social media.")
    evs = code(text).events
    crit = by_trigger(evs, "criticised")
    assert crit and not any("Red Cross" in (a.text or "") for a in crit[0].target), summary(evs)


def test_the_deal_names_the_accord_signed_before(code):
    text = ("The European Union signed a trade deal with Chile in Santiago on Friday. "
            "Farmers in France later criticised the deal on social media.")
    evs = code(text).events
    crit = by_trigger(evs, "criticised")
    assert crit and any(a.kb_id and "EU" in (a.code or a.kb_id) or "European Union" in (a.name or "")
                        for a in crit[0].target), summary(evs)


# ------------------------------------------------------------- crowds that attack

def test_protesters_who_attack_a_building_riot(code):
    evs = code("Protesters attacked the parliament building in Nairobi on Tuesday.").events
    assert [e.cameo for e in by_trigger(evs, "attacked")] == ["145"], summary(evs)


def test_protesters_who_storm_and_torch_riot(code):
    evs = code("Protesters stormed the police station and torched several cars in Dhaka.").events
    assert [e.cameo for e in by_trigger(evs, "stormed")] == ["145"], summary(evs)


def test_soldiers_who_attack_use_force(code):
    evs = code("Soldiers attacked the rebel camp near Goma on Tuesday.").events
    assert not any(e.cameo == "145" for e in evs), summary(evs)
    assert any(e.cameo.startswith("19") for e in by_trigger(evs, "attacked")), summary(evs)
