"""Round 15 actor rules: an ethnic name used as a person's surname, "the group" after a body
the model named, "the commission" after one named commission, "In <capital>," setting a
paragraph, "the international community", "both countries" as the story's two states, federal
and state bodies at home, criminals' words, and "in March" as no town. Every sentence here was
written for these tests."""

from __future__ import annotations

from tacitus.pipeline.coref import groups_by_token
from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


def pairs(doc) -> dict[str, list[str]]:
    return {doc[i].text: sorted(a.code for a in actors) for i, actors in groups_by_token(doc).items()}


# ------------------------------------------------------------------ 1. an ethnic name as a surname
def test_an_ethnic_name_ending_a_persons_name_is_no_country(nlp):
    doc = actor_doc(nlp, "HARARE, Zimbabwe (Wire) - Opposition leader Tendai Zulu rejected the count. "
                         "Zulu told reporters the vote was rigged. He said his party would appeal.")
    found = codes(doc)
    assert found.get("Zulu") not in ("ZAF", "ZAFGOV")
    assert not any(m.actor is not None and m.actor.country == "ZAF" for m in doc._.tacitus_actors)


def test_an_ethnic_name_alone_is_still_its_people(nlp):
    doc = actor_doc(nlp, "Zulu protesters marched through Durban on Sunday.")
    assert any(m.actor is not None and m.actor.country == "ZAF" for m in doc._.tacitus_actors)


# ------------------------------------------------------------------ 2. "the group", "the commission"
def test_the_group_continues_a_body_the_model_named_as_speaker(nlp):
    doc = actor_doc(nlp, "Police detained two reporters in the capital, the Press Freedom Institute of West Africa "
                         "said. The group demanded their release.")
    found = codes(doc)
    assert found.get("group") is not None and found.get("group") == found.get("Press Freedom Institute of West Africa")


def test_a_group_given_its_name_in_apposition_is_not_an_earlier_body(nlp):
    doc = actor_doc(nlp, "The African Union observer mission met voters. Service was cut, according to the "
                         "monitoring group NetBlocks.")
    assert "monitoring group" not in codes(doc)


def test_the_commission_is_the_one_commission_named_before(nlp):
    doc = actor_doc(nlp, "LUSAKA, Zambia (Wire) - The Electoral Commission of Zambia announced the results. "
                         "Observers urged the commission to publish every tally.")
    assert codes(doc).get("commission") == "ZMBGOV"


def test_the_commission_after_two_different_commissions_stays_open(nlp):
    doc = actor_doc(nlp, "The European Commission fined the firm. The Electoral Commission of Zambia met. "
                         "Observers urged the commission to explain.")
    assert codes(doc).get("commission") not in ("IGOEUREEC", "ZMBGOV")


# ------------------------------------------------------------------ 3. a paragraph set in a capital
def test_a_paragraph_opening_in_a_capital_gives_its_ministry_a_country(nlp):
    doc = actor_doc(nlp, "ISLAMABAD, Pakistan (Wire) - Pakistan's foreign ministry summoned an Indian envoy.\n\n"
                         "In New Delhi, the Ministry of External Affairs summoned a Pakistani diplomat.")
    assert codes(doc).get("Ministry") == "INDGOV"


def test_a_ministry_of_a_story_without_a_setting_keeps_the_dateline_rules(nlp):
    doc = actor_doc(nlp, "ISLAMABAD, Pakistan (Wire) - Pakistan's foreign ministry summoned an Indian envoy.\n\n"
                         "Later, the Ministry of External Affairs summoned a Pakistani diplomat.")
    assert codes(doc).get("Ministry") != "INDGOV"


# ------------------------------------------------------------------ 4. world, pairs
def test_the_international_community_is_no_civilians(nlp):
    doc = actor_doc(nlp, "The minister called on the international community to press India.")
    assert not any((m.actor.code or "").endswith("CVL") for m in doc._.tacitus_actors if m.actor is not None)


def test_a_local_community_is_still_civilians(nlp):
    doc = actor_doc(nlp, "Gunmen attacked the fishing community near the border.")
    assert any((m.actor.code or "").endswith("CVL") for m in doc._.tacitus_actors if m.actor is not None)


def test_both_countries_are_the_two_states_the_story_is_about(nlp):
    doc = actor_doc(nlp, "Armenia accused Azerbaijan's troops of shelling a village. Azerbaijan said Armenia fired "
                         "first. Armenia closed a crossing. The UN chief appealed to both countries to show restraint.")
    assert pairs(doc).get("countries") == ["ARM", "AZE"]


def test_both_countries_with_no_two_leading_states_stay_open(nlp):
    doc = actor_doc(nlp, "France spoke first. Germany spoke next. Italy spoke last. "
                         "The UN chief appealed to both countries to agree.")
    assert "countries" not in pairs(doc)


# ------------------------------------------------------------------ 5. home bodies and criminals
def test_federal_agents_are_the_home_police_even_after_a_foreign_country(nlp):
    doc = actor_doc(nlp, "MEXICO CITY, Mexico (Wire) - Mexico sent a suspect to the United States. "
                         "Prosecutors said federal agents escorted him.")
    assert codes(doc).get("federal agents") == "MEXCOP"


def test_agents_without_federal_take_no_home_country(nlp):
    doc = actor_doc(nlp, "MEXICO CITY, Mexico (Wire) - Mexico sent a suspect to the United States. "
                         "Prosecutors said travel agents booked the flight.")
    assert codes(doc).get("travel agents") != "MEXCOP"


def test_a_state_governor_governs_at_home(nlp):
    doc = actor_doc(nlp, "CULIACAN, Mexico (Wire) - Gunmen blocked roads in the city. The state governor urged "
                         "residents to stay at home.")
    assert codes(doc).get("state governor") == "MEXGOV"


def test_captors_and_cartel_members_are_criminals(nlp):
    doc = actor_doc(nlp, "Soldiers arrested nine suspected cartel members. The family appealed to her captors.")
    found = codes(doc)
    assert (found.get("cartel members") or "").endswith("CRM")
    assert (found.get("captors") or "").endswith("CRM")


def test_a_month_after_in_is_no_town(nlp):
    doc = actor_doc(nlp, "CULIACAN, Mexico (Wire) - Police believe gunmen seized her in retaliation for an "
                         "arrest in March.")
    assert codes(doc).get("Police") == "MEXCOP"
