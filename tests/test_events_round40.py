"""Round 40 of the event coder, on our own sentences through the real pipeline: a speaker's
hope is no report of her body's act, a critic of the state who alleges police violence
accuses the police, an envoy sent to a capital visits its country (also after a participial
opener), and intelligence shared "on" a party is about it, not aimed at it."""

from __future__ import annotations

from event_checks import countries, first_on, summary

# ------------------------------------------------------------- a hope is no report of an act

def test_a_hoped_for_indictment_has_no_source_from_the_speaker(code):
    evs = code("The attorney general said she hoped the ministers would be indicted by the end of the year.").events
    hit = first_on(evs, "indicted")
    assert not hit.source and not hit.modality.factual, summary(evs)


def test_an_arrest_told_by_the_ministry_is_still_the_ministrys(code):
    evs = code("The interior ministry said 31 people were arrested in Quito.").events
    hit = first_on(evs, "arrested")
    assert {a.sector for a in hit.source} == {"GOV"}, summary(evs)


# ------------------------------------------------------------- a critic accuses its own state

def test_an_opposition_alleging_police_violence_accuses_the_police(code):
    text = ("Uganda's opposition alleged that the police had beaten its supporters in Kampala, "
            "and that the army had ordered the raids.")
    evs = code(text).events
    hit = first_on(evs, "alleged")
    assert hit.cameo == "112" and {a.code for a in hit.target} == {"UGACOP"}, summary(evs)


def test_a_government_telling_of_its_police_accuses_no_one(code):
    evs = code("The Ugandan government said that police had dispersed rioters in Kampala.").events
    assert not any(e.cameo == "112" for e in evs), summary(evs)
    assert first_on(evs, "dispersed").cameo.startswith("17"), summary(evs)


# ------------------------------------------------------------- an envoy sent, after an opener

def test_a_minister_dispatched_to_a_capital_is_a_visit_to_its_country(code):
    evs = code("Turkey dispatched its foreign minister to Damascus on Monday.").events
    hit = first_on(evs, "dispatched")
    assert hit.cameo == "042" and countries(hit.target) == {"SYR"}, summary(evs)


def test_the_subject_after_a_participial_opener_sends_the_envoy(code):
    text = "Hoping to calm tensions with Rwanda, Congolese President Felix Tshisekedi sent his foreign minister to Kigali."
    evs = code(text).events
    hit = first_on(evs, "sent")
    assert countries(hit.source) == {"COD"} and countries(hit.target) == {"RWA"}, summary(evs)


# ------------------------------------------------------------- information is about its "on" party

def test_intelligence_shared_on_militants_is_not_aimed_at_them(code):
    evs = code("Kenya and Somalia agreed to share intelligence on al-Shabaab fighters.").events
    hit = first_on(evs, "share")
    assert countries(hit.source) == {"KEN", "SOM"}, summary(evs)
    assert not any(a.sector == "REB" for a in hit.target), summary(evs)


def test_intelligence_shared_with_a_partner_targets_the_partner(code):
    evs = code("Kenya shared intelligence with Uganda on al-Shabaab.").events
    hit = first_on(evs, "shared")
    assert countries(hit.target) == {"UGA"}, summary(evs)


# ------------------------------------------------------------- a forecast is nobody's threat

def test_a_retaliation_analysts_foresee_is_no_threat_and_not_a_fact(code):
    evs = code("Iran would almost certainly retaliate if Israel struck again, analysts said.").events
    hit = first_on(evs, "retaliate")
    assert not hit.cameo.startswith("13") and not hit.modality.factual, summary(evs)


def test_a_retaliation_announced_by_the_doers_spokesman_is_a_threat(code):
    evs = code("Iran will retaliate against Israel, Iran's foreign minister said.").events
    assert first_on(evs, "retaliate").cameo.startswith("13"), summary(evs)
