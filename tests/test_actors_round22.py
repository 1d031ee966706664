"""Round 22 actor rules: a struck town the model tagged PERSON is its country's ground, regions
("Europe", "Africa") are actors, an embassy its own state acts on stands for the host, members
and titles of a national party take its country, a national adjective on an owned thing is no
actor, "the country" after only a city is that city's, and a law abroad sets no scene. Every
sentence here was written for these tests."""

from __future__ import annotations

from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


# ------------------------------------------------------------------ 1. struck towns
def test_a_struck_town_is_its_countrys_ground(nlp):
    assert codes(actor_doc(nlp, "Russian artillery shelled Kherson on Friday, officials said.")).get("Kherson") == "UKR"


def test_a_persons_things_taken_are_no_town(nlp):
    found = codes(actor_doc(nlp, "Gunmen abducted Ahmed Hassan outside his home. They seized Hassan's car."))
    assert not any(code and len(code) == 3 and text.endswith("Hassan") for text, code in found.items())


# ------------------------------------------------------------------ 2. regions
def test_regions_are_actors(nlp):
    assert codes(actor_doc(nlp, "Moscow warned Africa against siding with Kyiv.")).get("Africa") == "AFR"
    assert codes(actor_doc(nlp, "Beijing courted Latin America with new loans.")).get("Latin America") == "LAM"
    assert codes(actor_doc(nlp, "The envoy said Europe would pay a price.")).get("Europe") == "EUR"


def test_a_country_named_after_a_region_stays_the_country(nlp):
    found = codes(actor_doc(nlp, "South Africa hosted the summit on Monday."))
    assert found.get("South Africa") == "ZAF"
    assert "Africa" not in found


# ------------------------------------------------------------------ 3. embassies
def test_an_embassy_its_state_acts_on_is_the_host(nlp):
    assert codes(actor_doc(nlp, "Turkey reopened its embassy in Tripoli on Monday.")).get("embassy") == "LBYGOV"
    assert codes(actor_doc(nlp, "Qatar withdrew its ambassador to Iran.")).get("ambassador") == "IRNGOV"


def test_an_embassy_that_acts_is_its_own_states(nlp):
    found = codes(actor_doc(nlp, "Turkey said its embassy in Tripoli would stay open."))
    assert found.get("embassy") != "LBYGOV"


# ------------------------------------------------------------------ 4. national parties
def test_members_of_a_national_party_take_its_country(nlp):
    found = codes(actor_doc(nlp, "Legislators from the ruling Georgian Dream party approved the budget."))
    assert found.get("Legislators") == "GEOLEG"


def test_members_of_an_unnamed_party_take_no_country(nlp):
    assert codes(actor_doc(nlp, "Lawmakers from the opposition party walked out.")).get("Lawmakers", "---")[:3] == "---"


def test_a_partys_officer_takes_its_country(nlp):
    found = codes(actor_doc(nlp, "Georgian Dream's parliamentary leader Levan Beridze rejected the claims."))
    assert (found.get("Levan Beridze") or "")[:3] == "GEO"
    found = codes(actor_doc(nlp, "The party's parliamentary leader Levan Beridze rejected the claims."))
    assert (found.get("Levan Beridze") or "---")[:3] == "---"


# ------------------------------------------------------------------ 5. owned qualities
def test_a_national_adjective_on_an_owned_thing_is_no_actor(nlp):
    assert "European" not in codes(actor_doc(nlp, "Students vowed to defend their European choice."))


def test_owned_peers_stay_actors(nlp):
    assert codes(actor_doc(nlp, "\"We will consult our European allies,\" the minister said.")).get("European") == "EUR"


# ------------------------------------------------------------------ 6. the country after a city
def test_the_country_after_only_a_city_is_the_citys(nlp):
    found = codes(actor_doc(nlp, "Crowds filled the streets of Yerevan on Sunday. The country's government called for calm."))
    assert found.get("government") == "ARMGOV"


def test_the_country_after_cities_of_two_countries_is_open(nlp):
    found = codes(actor_doc(nlp, "Crowds gathered in Yerevan and Baku on Sunday. The country's government called for calm."))
    assert found.get("government") not in ("ARMGOV", "AZEGOV")


# ------------------------------------------------------------------ 7. a law abroad
def test_a_law_abroad_does_not_unsettle_the_home_country(nlp):
    found = codes(actor_doc(nlp, "Armenia's parliament adopted the bill on Monday. Critics say it copies a law in Hungary. "
                                 "The interior ministry defended it."))
    assert found.get("interior ministry") == "ARMGOV"
