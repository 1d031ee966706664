"""Round 19 actor rules: "Bank of <country>" as that country's central bank, a body's short alias
inside a longer name ("National Resistance Front"), the head of a non-state body ("gang leader"),
street police and crowds at home after a sentence about a foreign country, and delegates and an
assembly at home. Every sentence here was written for these tests."""

from __future__ import annotations

from tacitus.kb import load_kb
from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


def code_of(text: str) -> str | None:
    actor = load_kb().resolve_text(text)
    return actor.code if actor is not None else None


# ------------------------------------------------------------------ 1. central banks
def test_bank_of_a_country_is_its_central_bank():
    assert code_of("the Bank of Korea") == "KORGOV"
    assert code_of("Bank of England") == "GBRGOV"
    assert code_of("Bank of Mexico") == "MEXGOV"
    assert code_of("Korea's central bank") == "KORGOV"


def test_commercial_banks_named_like_central_banks_stay_business():
    assert code_of("Bank of America") == "USABUS"
    assert code_of("Bank of China") == "CHNBUS"
    assert code_of("a commercial bank") == "---BUS"


# ------------------------------------------------------------------ 2. short aliases inside longer names
def test_alias_followed_by_a_name_head_is_another_body():
    assert code_of("National Resistance Front") == "AFGREB"
    assert code_of("National Resistance Movement") == "UGAPTY"
    assert code_of("National Resistance") == "SLVREB"  # the alias alone still names its body


# ------------------------------------------------------------------ 3. heads of non-state bodies
def test_head_of_a_non_state_body_takes_its_sector():
    assert code_of("gang leader") == "---CRM"
    assert code_of("rebel commanders") == "---REB"
    assert code_of("union bosses") == "---LAB"
    assert code_of("police chief") == "---COP"
    assert code_of("army chief") == "---MIL"


# ------------------------------------------------------------------ 4. street bodies at home
def test_police_and_crowds_stay_home_after_a_sentence_about_a_neighbour(nlp):
    doc = actor_doc(nlp, "LUSAKA, Oct 3 (Reuters) - Malawi recalled its ambassador on Friday. Police fired "
                         "tear gas at crowds in the capital.")
    found = codes(doc)
    assert found.get("Police") == "ZMBCOP"
    assert found.get("crowds") == "ZMBCVL"


def test_police_tied_to_the_foreign_country_in_their_own_sentence_stay_unplaced(nlp):
    doc = actor_doc(nlp, "LUSAKA, Oct 3 (Reuters) - Malawi recalled its ambassador on Friday. Malawian "
                         "officials said police had detained two traders.")
    assert codes(doc).get("police") != "ZMBCOP"


# ------------------------------------------------------------------ 5. delegates and the assembly
def test_delegates_and_assembly_are_the_home_legislature(nlp):
    doc = actor_doc(nlp, "YEREVAN, April 9 (AP) - Opposition delegates walked out of the assembly on "
                         "Tuesday. The delegates said the vote was rigged.")
    found = codes(doc)
    assert found.get("assembly") == "ARMLEG"
    assert found.get("delegates") == "ARMLEG"
