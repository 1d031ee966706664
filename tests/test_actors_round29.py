"""Round 29 actor rules (`actors_wire` and small changes elsewhere): names after spokesperson
titles, counterparts' offices, an unnamed army after a named one, an officer speaking after his
state answered, "the presidency", people apposed at a workplace, "operatives" of an armed group,
merchant carriers, think tanks, a family name equal to a group's name, a dateline with no agency.
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from test_actors import actor_doc


def codes(text: str, nlp) -> dict[str, str | None]:
    doc = actor_doc(nlp, text, date(2025, 5, 2))
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


# ------------------------------------------------------------------ names after titles
def test_a_name_after_a_spokesman_and_rank_is_a_person_of_the_army_named_before(nlp):
    found = codes("ABUJA, May 2 (Reuters) - The Chadian army repelled an attack near the lake, killing six, the army "
                  "said.\n\n\"We held the line,\" army spokesman General Idriss Mahamat Abakar told reporters.", nlp)
    assert found.get("army") == "TCDMIL"
    assert found.get("Idriss Mahamat Abakar") == "TCDMIL"


def test_an_unnamed_army_between_two_states_armies_stays_open(nlp):
    found = codes("The Chadian military and the Nigerien military fought rebels near the lake on Monday, the army "
                  "said.", nlp)
    assert found.get("army") == "---MIL"


def test_an_unnamed_army_after_another_states_troops_stays_open(nlp):
    # (the army reporting an attack by foreign troops is often the attacked state's)
    found = codes("Russian troops shelled a village near the border on Monday, the army said.", nlp)
    assert found.get("army") != "RUSMIL"


def test_a_spokeswoman_after_her_state_answered_speaks_for_it(nlp):
    found = codes("Uganda has rejected the charge. \"We send no troops across the border,\" government "
                  "spokeswoman Miriam Atuhaire Nakato said on Tuesday.", nlp)
    assert found.get("Miriam Atuhaire Nakato") == "UGAGOV"


def test_a_spokesman_after_a_state_acted_is_no_officer_of_it(nlp):
    found = codes("Uganda sent troops across the border. \"They came at night,\" government spokesman "
                  "Ezekiel Mbeki Dlamini said on Tuesday.", nlp)
    assert found.get("Ezekiel Mbeki Dlamini") != "UGAGOV"  # ("sent" is no answer to a charge)


def test_a_counterpart_holds_the_office_named_before(nlp):
    found = codes("The accord was signed by Kenyan Foreign Minister Musalia Mudavadi and his Ugandan counterpart "
                  "Okello Wamala.", nlp)
    assert found.get("Okello Wamala") == "UGAGOV"


# ------------------------------------------------------------------ the army, the presidency, workplaces
def test_an_army_spokesman_after_a_named_military_is_its(nlp):
    found = codes("The Turkish military said it had hit PKK targets in the mountains. \"The operation goes on,\" "
                  "an army spokesman said.", nlp)
    assert found.get("army spokesman") == "TURMIL"


def test_the_presidency_is_the_office_of_the_president_named_before(nlp):
    found = codes("The envoy met President Bola Tinubu in Abuja on Monday. He urged faster reforms, according to "
                  "a statement from the presidency.", nlp)
    assert found.get("presidency") == "NGAGOV"


def test_an_analyst_at_a_think_tank_is_of_the_think_tank(nlp):
    found = codes("\"The truce is fragile,\" said Ama Owusu, a security analyst at an Accra think tank.", nlp)
    assert found.get("Ama Owusu") == "GHAEDU"
    assert found.get("Accra think tank") == "GHAEDU"  # (a think tank is no tank)


def test_an_analyst_at_a_ministry_takes_no_employers_sector(nlp):
    found = codes("Jose Ruiz, an analyst at the defence ministry, disagreed.", nlp)
    assert found.get("Jose Ruiz") in (None, "---GOV")


# ------------------------------------------------------------------ groups and ships
def test_operatives_of_an_armed_group_are_the_group(nlp):
    assert codes("Israeli jets struck Hezbollah operatives near the border.", nlp).get("Hezbollah operatives") \
        == "LBNREB"


def test_operatives_of_a_state_stay_its_spies(nlp):
    assert codes("Iranian operatives plotted the killing, prosecutors said.", nlp).get("Iranian operatives") \
        == "IRNSPY"


def test_a_flagged_bulk_carrier_is_merchant_shipping(nlp):
    assert codes("A missile hit a Panamanian-flagged bulk carrier near Aden.", nlp).get(
        "Panamanian-flagged bulk carrier") == "PANBUS"


def test_an_aircraft_carrier_stays_a_navy(nlp):
    found = codes("A French carrier sailed into the eastern Mediterranean on Monday.", nlp)
    assert found.get("French carrier") == "FRAMIL"


def test_a_family_name_equal_to_a_groups_name_stays_the_persons(nlp):
    found = codes("The channel quoted senior Houthi official Mohammed Ali al-Houthi as saying the strikes would "
                  "fail.", nlp)
    assert found.get("Mohammed Ali al-Houthi") == "YEMREB"


def test_the_group_is_the_armed_group_discussed_not_the_last_body_listed(nlp):
    text = ("Hezbollah said it would keep its weapons. Its leader spoke on Friday.\n\n"
            "A committee oversees the truce. It includes France, Lebanon, Israel and UNIFIL.\n\n"
            "The cabinet will discuss a plan for disarming the group next month, two ministers said.")
    assert codes(text, nlp).get("group") == "LBNREB"


# ------------------------------------------------------------------ dateline, weapons
def test_a_dateline_with_no_agency_is_no_part_of_the_first_actor(nlp):
    found = codes("KYIV - Russian forces shelled Kharkiv overnight, the regional governor said.", nlp)
    assert found.get("Russian forces") == "RUSMIL"
    assert not any(t.startswith("KYIV") and t != "KYIV" for t in found)


def test_a_p8_poseidon_is_the_us_aircraft_not_the_russian_torpedo(nlp):
    doc = actor_doc(nlp, "A U.S. Navy P-8 Poseidon flew over the strait. Russia tested its Poseidon torpedo.",
                    date(2025, 5, 2))
    weapons = [(m.text, m.actor.country) for m in doc._.tacitus_actors if m.label == "WEAPON"]
    assert ("P-8 Poseidon", "USA") in weapons
    assert ("Poseidon", "RUS") in weapons
