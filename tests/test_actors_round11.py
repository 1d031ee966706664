"""Round 11 actor rules: surnames that are group names, Arabic-style names, councils owned by
other bodies, the EU's Commission, protesters in a city and named political groupings. Every
sentence here was written for these tests."""

from __future__ import annotations

from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


# ------------------------------------------------------------------ 1. surnames that name groups
def test_a_full_name_ending_in_a_group_name_is_a_person(nlp):
    found = codes(actor_doc(nlp, "Foreign Minister Therese Kayikwamba Wagner said the talks had failed."))
    assert found.get("Wagner") is None
    assert found.get("Therese Kayikwamba Wagner") == "---GOV"


def test_the_group_named_alone_is_still_the_group(nlp):
    found = codes(actor_doc(nlp, "The Wagner group sent fighters to Mali last year."))
    assert found.get("Wagner") == "RUSMIL"


# ------------------------------------------------------------------ 2. Arabic-style names
def test_a_patronymic_name_is_matched_whole_after_a_title(nlp):
    found = codes(actor_doc(nlp, "Emirati Foreign Minister Abdullah bin Zayed held talks in Paris."))
    assert found.get("Abdullah bin Zayed") == "AREGOV"
    assert "Foreign Minister Abdullah" not in found


def test_a_family_name_after_the_whole_name_keeps_the_person(nlp):
    found = codes(actor_doc(nlp, "Abdullah bin Zayed al-Nahyan phoned his Egyptian counterpart."))
    assert found.get("Abdullah bin Zayed") == "AREGOV"


def test_the_given_name_alone_is_the_person_named_before(nlp):
    doc = actor_doc(nlp, "Abdullah bin Zayed held talks in Paris on Monday. Abdullah said the war must end.")
    later = [m for m in doc._.tacitus_actors if m.text == "Abdullah"]
    assert later and later[0].actor.code == "AREGOV"


def test_another_persons_given_name_before_a_kb_name_is_not_that_person(nlp):
    found = codes(actor_doc(nlp, "Omar Hassan al-Bashir spoke to reporters in Khartoum."))
    assert "Hassan" not in found


# ------------------------------------------------------------------ 3. councils of other bodies
def test_the_blocs_council_is_the_blocs(nlp):
    found = codes(actor_doc(nlp, "The African Union called for a truce. The bloc's Peace and Security Council "
                                 "met on Friday."))
    assert found.get("Security Council") == "IGOAFRAFU"


def test_a_countrys_security_council_is_its_government(nlp):
    found = codes(actor_doc(nlp, "Russia's Security Council met on Friday."))
    assert found.get("Security Council") == "RUSGOV"


def test_the_security_council_alone_is_the_uns(nlp):
    found = codes(actor_doc(nlp, "The Security Council met on Friday to discuss the truce."))
    assert found.get("Security Council") == "IGOUNO"


# ------------------------------------------------------------------ 4. the EU's Commission
def test_the_commission_after_the_eu_is_the_eus(nlp):
    found = codes(actor_doc(nlp, "The EU imposed new sanctions. The Commission said the list was ready."))
    assert found.get("Commission") == "IGOEUREEC"


def test_a_commission_spokesman_after_the_eu_is_the_eus(nlp):
    found = codes(actor_doc(nlp, "The EU imposed new sanctions. A Commission spokesman said the list was ready."))
    assert found.get("spokesman") == "IGOEUREEC"


def test_a_spokesman_without_a_body_keeps_no_country(nlp):
    found = codes(actor_doc(nlp, "A spokesman said the list was ready."))
    assert found.get("spokesman") == "---GOV"


# ------------------------------------------------------------------ 5. protesters in a city
def test_protesters_in_a_city_are_of_its_country(nlp):
    found = codes(actor_doc(nlp, "Protesters in Goma burned tyres on Monday."))
    assert found.get("Protesters in Goma") == "CODOPP"


def test_troops_in_a_city_are_not_placed(nlp):
    found = codes(actor_doc(nlp, "Troops in Goma fired on the crowd."))
    assert not any(code and code.startswith("COD") for code in found.values())


# ------------------------------------------------------------------ 6. named political groupings
def test_a_coalition_for_a_cause_is_a_political_grouping(nlp):
    found = codes(actor_doc(nlp, "The leaders of the Coalition for Change rejected the vote."))
    assert found.get("Coalition for Change") == "---PTY"


def test_an_alliance_for_a_cause_is_not_nato(nlp):
    found = codes(actor_doc(nlp, "The Alliance for Progress rejected the vote."))
    assert found.get("Alliance for Progress") == "---PTY"


def test_coalition_forces_stay_military(nlp):
    found = codes(actor_doc(nlp, "Coalition forces struck targets near the border."))
    assert found.get("Coalition forces") == "---MIL"
