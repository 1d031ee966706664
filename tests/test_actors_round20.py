"""Round 20 actor rules: police and soldiers with no owner take the one country their sentence
is set in, a bare "Congo" is the DRC, a bank's name ending in a country is that body, a title
joined by "of State" is no actor of its own, the leader of a non-state body, and reporters in a
city. Every sentence here was written for these tests."""

from __future__ import annotations

from tacitus.kb import load_kb
from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


# ------------------------------------------------------------------ 1. forces in one scene
def test_police_killed_in_a_province_are_that_countrys(nlp):
    found = codes(actor_doc(nlp, "Two policemen were shot dead by militants in Khyber Pakhtunkhwa on Tuesday."))
    assert found.get("policemen") == "PAKCOP"


def test_soldiers_at_a_checkpoint_in_a_country(nlp):
    found = codes(actor_doc(nlp, "Gunmen attacked soldiers at a checkpoint in northern Mali, killing five."))
    assert found.get("soldiers") == "MLIMIL"


def test_police_in_a_countrys_capital(nlp):
    found = codes(actor_doc(nlp, "Police clashed with demonstrators in Kenya's capital on Friday."))
    assert found.get("Police") == "KENCOP"


def test_another_country_in_the_sentence_keeps_the_force_open(nlp):
    assert codes(actor_doc(nlp, "Israeli strikes killed four policemen in Gaza.")).get("policemen") == "---COP"
    assert codes(actor_doc(nlp, "Soldiers were deployed in Paris and Berlin.")).get("Soldiers") == "---MIL"
    assert codes(actor_doc(nlp, "Russian soldiers in Ukraine fired on a village.")).get("Russian soldiers") == "RUSMIL"


def test_a_place_of_another_noun_does_not_place_the_force(nlp):
    found = codes(actor_doc(nlp, "Residents of a village in Niger welcomed the soldiers."))
    assert found.get("soldiers") == "---MIL"


# ------------------------------------------------------------------ 2. Congo
def test_bare_congo_is_the_democratic_republic(nlp):
    found = codes(actor_doc(nlp, "Rebels seized a town in eastern Congo on Sunday."))
    assert found.get("Congo") == "COD"
    assert found.get("Rebels") == "CODREB"


def test_the_republic_keeps_its_own_name(nlp):
    assert codes(actor_doc(nlp, "The Republic of Congo held elections last week.")).get("Republic of Congo") == "COG"
    found = codes(actor_doc(nlp, "The Republic of Congo held elections. Congo's president won again."))
    assert "COD" not in {c[:3] for c in found.values() if c}


# ------------------------------------------------------------------ 3. central banks
def test_a_bank_named_for_a_country_is_one_body(nlp):
    assert codes(actor_doc(nlp, "The Bank of Korea raised its key rate on Thursday.")) == {"Bank of Korea": "KORGOV"}
    found = codes(actor_doc(nlp, "The Central Bank of Nigeria cut rates."))
    assert found == {"Central Bank of Nigeria": "NGAGOV"}


def test_a_lower_case_bank_is_no_name(nlp):
    found = codes(actor_doc(nlp, "He opened an account at a bank of Kenya."))
    assert found.get("Kenya") == "KEN"
    assert codes(actor_doc(nlp, "Bank of America reported profits.")).get("Bank of America") == "USABUS"


# ------------------------------------------------------------------ 4. titles joined by "of"
def test_a_title_of_state_before_a_name_is_no_actor(nlp):
    found = codes(actor_doc(nlp, "U.S. Secretary of State Antony Blinken met Chinese leaders in Beijing."))
    assert found.get("Antony Blinken") == "USAGOV"
    assert not any(text.endswith("Secretary") for text in found)


# ------------------------------------------------------------------ 5. leaders of non-state bodies
def test_a_gang_leader_is_crime(nlp):
    assert codes(actor_doc(nlp, "A gang leader was arrested on Monday.")).get("gang leader") == "---CRM"
    assert load_kb().agent_sector("gang leaders") == "CRM"


# ------------------------------------------------------------------ 6. reporters in a city
def test_reporters_in_a_city_are_its_countrys_media(nlp):
    assert codes(actor_doc(nlp, "Journalists in Karachi staged a walkout.")).get("Journalists") == "PAKMED"
