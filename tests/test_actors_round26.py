"""Round 26 actor rules: a story filed from a neighbour's capital is about the country whose
state leads it ("NAIROBI - Sudan's army ..."), and its unqualified army, police and residents
are that country's, not the dateline's; a story that leads with an unqualified noun, or names
the dateline's country, stays the dateline's; "the air force" is one institution, as "the army"
is. Every sentence here was written for these tests, each rule with a case where it must not fire."""

from __future__ import annotations

from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


def all_codes(doc, text: str) -> list[str | None]:
    return [m.actor.code if m.actor is not None else None for m in doc._.tacitus_actors if m.text == text]


# ------------------------------------------------------------------ 1. story country vs dateline
NEIGHBOUR = ("NAIROBI, March 3 (Wire) - Sudan's army said on Monday it had pushed the Rapid Support Forces out "
             "of a town on the Blue Nile after weeks of fighting.\n\n"
             "The Rapid Support Forces said they had withdrawn in good order. Residents said the army "
             "shelled the market before the paramilitaries left.")


def test_a_story_filed_from_a_neighbours_capital_is_the_leading_states(nlp):
    doc = actor_doc(nlp, NEIGHBOUR)
    found = all_codes(doc, "army")
    assert found and all(code == "SDNMIL" for code in found)
    assert codes(doc).get("Residents") == "SDNCVL"  # the people of the story's country, not Kenya's
    assert not any((code or "").startswith("KEN") for code in codes(doc).values())


def test_a_story_led_by_an_unqualified_noun_stays_the_datelines(nlp):
    doc = actor_doc(nlp, "NAIROBI, March 3 (Wire) - Police fired tear gas at protesters in the city centre "
                         "on Tuesday and arrested two Sudanese traders. The police said the traders had "
                         "been held for questioning.")
    found = all_codes(doc, "police")
    assert found and all(code == "KENCOP" for code in found)


def test_a_story_that_names_the_datelines_country_stays_its(nlp):
    doc = actor_doc(nlp, "BANGKOK, Jan 5 (Wire) - Myanmar's junta said on Sunday that rebels had shelled a "
                         "border town, and Myanmar's foreign ministry blamed foreign media.\n\n"
                         "Thailand closed a border crossing on Monday. The army said the crossing would "
                         "stay shut for a week.")
    assert all_codes(doc, "army") == ["THAMIL"]


# ------------------------------------------------------------------ 2. the air force is one institution
def test_the_air_force_is_the_home_countrys(nlp):
    doc = actor_doc(nlp, "ISLAMABAD, May 2 (Wire) - Pakistan's government said on Friday that the air force "
                         "had flown patrols over the capital.")
    assert codes(doc).get("air force") == "PAKMIL"


def test_an_air_force_of_another_sentence_country_stays_open(nlp):
    doc = actor_doc(nlp, "ISLAMABAD, May 2 (Wire) - Pakistan's government said on Friday that India had "
                         "massed troops on the border, and that the air force had scrambled.")
    assert codes(doc).get("air force") == "---MIL"


# ------------------------------------------------------------------ 3. "Junta spokesman X"
def test_a_junta_titled_person_takes_the_story_country(nlp):
    doc = actor_doc(nlp, "BANGKOK, Jan 5 (Wire) - Myanmar's military government said on Sunday that rebels "
                         "had shelled a market in Mandalay. Junta spokesman Major General Kyaw Lin Htet "
                         "told state radio that the attack had killed six people.")
    assert codes(doc).get("Kyaw Lin Htet") == "MMRMIL"


def test_a_bare_rank_stays_open(nlp):
    doc = actor_doc(nlp, "BANGKOK, Jan 5 (Wire) - Myanmar's military government said on Sunday that rebels "
                         "had shelled a market in Mandalay. Major General Kyaw Lin Htet told state radio "
                         "that the attack had killed six people.")
    assert codes(doc).get("Kyaw Lin Htet") != "MMRMIL"


def test_an_army_titled_person_beside_another_country_stays_open(nlp):
    doc = actor_doc(nlp, "ISLAMABAD, May 2 (Wire) - Pakistan's government said on Friday that India had "
                         "massed troops on the border. Army spokesman General Ahmed Sharif said the "
                         "troops had been seen from Indian posts.")
    assert codes(doc).get("Ahmed Sharif") != "PAKMIL"
