"""Round 14 actor rules: armed men who seize power in a country, an officer speaking for an
army, "the junta"/"the bloc"/"the agency" kept through a story, US-style departments at home,
a national title before a person, and the pairs "both sides" (after a retaliation) and "both
leaders" (two countries' officials just named). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from tacitus.pipeline.coref import groups_by_token
from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


def all_codes(doc) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors]


def pairs(doc) -> dict[str, list[str]]:
    return {doc[i].text: sorted(a.code for a in actors) for i, actors in groups_by_token(doc).items()}


# ------------------------------------------------------------------ 1. coups
def test_soldiers_who_seize_power_in_a_country_are_its_military(nlp):
    doc = actor_doc(nlp, "Mutinous soldiers seized power in Gabon on Wednesday, detaining the president.")
    assert codes(doc).get("soldiers") == "GABMIL"


def test_soldiers_who_only_cross_into_a_country_stay_unplaced(nlp):
    doc = actor_doc(nlp, "Soldiers crossed into Gabon on Wednesday and seized a border post.")
    assert codes(doc).get("Soldiers") == "---MIL"


def test_an_officer_speaking_for_an_army_and_the_he_after_him(nlp):
    doc = actor_doc(nlp, "LIBREVILLE, Gabon (Wire) -- President Ali Bongo was placed under house arrest. "
                         "On television, a colonel said Gabon's army had taken control of the country. "
                         "He said elections would follow.")
    found = codes(doc)
    assert found.get("colonel") == "GABMIL"
    assert found.get("He") == "GABMIL"


def test_he_stays_with_a_person_named_in_the_sentence_before(nlp):
    doc = actor_doc(nlp, "A colonel read a statement. President Emmanuel Macron said France was watching. "
                         "He said Paris would act.")
    assert codes(doc).get("He") == "FRAGOV"


def test_the_junta_keeps_its_country_after_other_military_governments(nlp):
    doc = actor_doc(nlp, "BAMAKO, Mali (Wire) -- Mali's junta expelled a French envoy. "
                         "Niger and Burkina Faso, both run by military governments, backed the move. "
                         "Algeria urged the junta to hold elections.")
    found = all_codes(doc)
    assert ("junta", "MLIGOV") in found[-2:] or found[-1] == ("junta", "MLIGOV")


def test_the_junta_stays_unplaced_when_two_juntas_were_named(nlp):
    doc = actor_doc(nlp, "Mali's junta and Niger's junta signed a pact. Algeria criticised the junta.")
    last = [c for t, c in all_codes(doc) if t == "junta"][-1]
    assert last == "---GOV"


# ------------------------------------------------------------------ 2. a body kept through a story
def test_the_regional_bloc_is_the_bloc_first_meant(nlp):
    doc = actor_doc(nlp, "The Southern African Development Community met in Harare. The bloc demanded a "
                         "recount. The African Union sent observers. Zambia offered to mediate between the "
                         "government and the regional bloc.")
    blocs = [c for t, c in all_codes(doc) if t.endswith("bloc")]
    assert blocs and len(set(blocs)) == 1 and blocs[-1] != "IGOAFRAFU"


def test_the_agency_later_in_the_story(nlp):
    doc = actor_doc(nlp, "The International Atomic Energy Agency issued a report. The agency's chief visited "
                         "Tehran. Iran hosted talks. Officials met in Vienna. Iran said it would limit its "
                         "cooperation with the agency.")
    agency = [c for t, c in all_codes(doc) if t == "agency"]
    assert agency == ["IGOUNOIAE", "IGOUNOIAE"]


def test_a_qualified_agency_is_not_the_one_first_meant(nlp):
    doc = actor_doc(nlp, "The International Atomic Energy Agency issued a report. The agency's chief visited "
                         "Tehran. Iran hosted talks. Officials met in Vienna. The UN refugee agency said "
                         "it was ready.")
    assert ("agency", "IGOUNOIAE") not in all_codes(doc)[3:]


# ------------------------------------------------------------------ 3. departments and titles
def test_a_us_style_department_is_the_dateline_countrys(nlp):
    doc = actor_doc(nlp, "WASHINGTON (Wire) -- The Energy Department announced new loans to utilities.")
    assert codes(doc).get("Energy Department") == "USAGOV"


def test_a_bare_department_gets_no_country_from_the_rule(nlp):
    doc = actor_doc(nlp, "The department announced new loans to utilities.")
    assert codes(doc).get("department") in (None, "---GOV")


def test_a_national_title_before_an_unknown_person_is_one_actor(nlp):
    doc = actor_doc(nlp, "Chinese Vice Premier Wu Anlan met Treasury officials in London.")
    found = codes(doc)
    assert "Chinese" not in found
    assert found.get("Wu Anlan") == "CHNGOV"


def test_a_national_adjective_before_a_plain_noun_stays(nlp):
    doc = actor_doc(nlp, "Chinese exporters met officials in London.")
    assert "Chinese exporters" in codes(doc) or "Chinese" in codes(doc)


def test_trade_representative_is_a_government_title(nlp):
    doc = actor_doc(nlp, "U.S. Trade Representative Dana Holm said talks would resume.")
    assert codes(doc).get("Dana Holm") == "USAGOV"


# ------------------------------------------------------------------ 4. pairs
def test_both_sides_after_a_retaliation_and_them(nlp):
    doc = actor_doc(nlp, "Canada raised duties on Mexican steel, and Mexico retaliated with levies on "
                         "Canadian timber. Japan criticised both sides and urged them to talk.")
    found = pairs(doc)
    assert found.get("sides") == ["CAN", "MEX"]
    assert found.get("them") == ["CAN", "MEX"]


def test_both_leaders_are_the_two_countries_officials_just_named(nlp):
    doc = actor_doc(nlp, "Armenian Prime Minister Nikol Pashinyan said talks had stalled. Azerbaijan's "
                         "President Ilham Aliyev blamed Yerevan. French President Emmanuel Macron spoke by "
                         "phone with both leaders on Monday.", published=date(2024, 5, 1))
    assert pairs(doc).get("leaders") == ["ARMGOV", "AZEGOV"]


def test_both_leaders_stay_unresolved_with_three_countries_named(nlp):
    doc = actor_doc(nlp, "Armenian Prime Minister Nikol Pashinyan said talks had stalled. Azerbaijan's "
                         "President Ilham Aliyev blamed Yerevan. Turkish President Recep Tayyip Erdogan "
                         "backed Baku. French President Emmanuel Macron spoke by phone with both leaders.",
                    published=date(2024, 5, 1))
    assert "leaders" not in pairs(doc)
