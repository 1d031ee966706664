"""Round 27 actor rules: "the court" after the ICJ is the ICJ; "the junta" and "the generals"
are the home country's though a foreign broker is named before; major firms by name and state
firms by description; a person apposed as the head of a body takes its code; a research centre
the KB lacks is civil society; forces a state orders are its own. Every sentence here was
written for these tests, each rule with a case where it must not fire."""

from __future__ import annotations

from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


def all_codes(doc, text: str) -> list[str | None]:
    return [m.actor.code if m.actor is not None else None for m in doc._.tacitus_actors
            if m.text.lower().removeprefix("the ") == text]


# ------------------------------------------------------------------ 1. a court of no country
def test_the_court_after_an_international_court_is_that_court(nlp):
    doc = actor_doc(nlp, "GEORGETOWN, June 2 (Wire) - The International Court of Justice heard both sides in the "
                         "river dispute on Tuesday. The court will give its opinion in the autumn.")
    assert all_codes(doc, "court") == ["IGOUNOJUDICJ"]


def test_the_court_with_no_international_court_before_stays_home(nlp):
    doc = actor_doc(nlp, "GEORGETOWN, June 2 (Wire) - Guyana's opposition leader was charged with fraud on "
                         "Tuesday. The court will hear the case in the autumn.")
    assert all_codes(doc, "court") == ["GUYJUD"]


# ------------------------------------------------------------------ 2. the junta is the home country's
def test_the_junta_is_home_though_a_broker_was_named_before(nlp):
    doc = actor_doc(nlp, "YANGON, June 2 (Wire) - Myanmar's rebels took two towns last week. Thailand hosted "
                         "talks in Chiang Mai on Monday. The rebels refused a ceasefire with the junta, and "
                         "the generals vowed to fight on.")
    assert codes(doc).get("junta") == "MMRGOV"
    assert codes(doc).get("generals") == "MMRMIL"


def test_the_junta_of_a_sentence_naming_a_neighbour_stays_open(nlp):
    doc = actor_doc(nlp, "YANGON, June 2 (Wire) - Myanmar's rebels took two towns last week. Thai officials "
                         "said Thailand had not spoken to the junta.")
    assert codes(doc).get("junta") != "MMRGOV"


# ------------------------------------------------------------------ 3. firms
def test_major_firms_by_name_and_a_state_firm_by_description(nlp):
    doc = actor_doc(nlp, "LIMA, June 2 (Wire) - Peru's congress debated a mining law on Monday. Chevron and "
                         "Gazprom said they would bid, and the state mining company Minandes said it would "
                         "partner with them.")
    found = codes(doc)
    assert found.get("Chevron") == "USABUS" and found.get("Gazprom") == "RUSBUS"
    assert found.get("Minandes") == "PERBUS"


def test_a_private_company_is_no_state_firm_and_a_shell_is_no_firm(nlp):
    doc = actor_doc(nlp, "LIMA, June 2 (Wire) - Peru's congress debated a mining law on Monday, and the private "
                         "mining company Minandes said it would bid. A shell fell near the mine.")
    found = codes(doc)
    assert found.get("Minandes") != "PERBUS"
    assert "shell" not in {text.lower() for text in found}


# ------------------------------------------------------------------ 4. heads of bodies
def test_a_person_apposed_as_a_bodys_head_takes_its_code(nlp):
    doc = actor_doc(nlp, "ACCRA, June 2 (Wire) - The World Health Organization sent a team to Ghana on "
                         "Monday. The agency's director, Mira Osei, said the outbreak was contained.")
    assert codes(doc).get("Mira Osei") == "IGOUNOHLH"


def test_a_research_centre_is_home_civil_society_and_its_head_too(nlp):
    doc = actor_doc(nlp, "ACCRA, June 2 (Wire) - Ghana's cocoa exports fell in May. Kofi Boateng, director of "
                         "the Kente Institute for Economic Research, said prices would recover.")
    found = codes(doc)
    assert found.get("Kente Institute for Economic Research") == "GHANGO"
    assert found.get("Kofi Boateng") == "GHANGO"


def test_a_named_party_is_no_research_body(nlp):
    doc = actor_doc(nlp, "ACCRA, June 2 (Wire) - Ghana's cocoa exports fell in May, the Centre Party said.")
    assert codes(doc).get("Centre Party") != "GHANGO"


# ------------------------------------------------------------------ 5. ordered forces
def test_forces_a_leader_orders_are_his_countrys(nlp):
    doc = actor_doc(nlp, "TBILISI, June 2 (Wire) - Georgia's president Salome Zourabichvili ordered the armed "
                         "forces to stay in barracks on Monday, and Russia said it was watching.")
    assert codes(doc).get("armed forces") == "GEOMIL"


def test_forces_an_international_body_orders_stay_open(nlp):
    doc = actor_doc(nlp, "TBILISI, June 2 (Wire) - The United Nations ordered the peacekeepers to stay in "
                         "their bases on Monday.")
    assert not any((code or "").startswith("GEO") for code in all_codes(doc, "peacekeepers"))
