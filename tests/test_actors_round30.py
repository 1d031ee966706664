"""Round 30 actor rules (`actors_links` and small changes elsewhere): surname and pronoun copies
that end as the person they copy, a state's fighters, air defences, the Alliance of Sahel States
(and "the alliance" only after NATO), outlets named after their kind, owners' governments and
envoys, "the envoy", a reporting government, a group led by a state's person, and pronouns that
skip a person of the other gender. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from test_actors import actor_doc


def codes(text: str, nlp) -> dict[str, str | None]:
    doc = actor_doc(nlp, text, date(2025, 5, 2))
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


def all_codes(text: str, nlp) -> list[tuple[str, str | None]]:
    doc = actor_doc(nlp, text, date(2025, 5, 2))
    return [(m.text, m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors]


# ------------------------------------------------------------------ surnames end as their person
def test_a_surname_takes_the_country_its_person_got_late(nlp):
    # (the minister gets Bolivia from the government before him only after the surname was copied)
    found = all_codes("Bolivia's government condemned the raid on Tuesday.\n\nForeign Minister Ramiro Tellez said on "
                      "Monday that no decision had been taken.\n\nThe talks were called off. Tellez later said the "
                      "border would stay shut.", nlp)
    assert ("Ramiro Tellez", "BOLGOV") in found
    assert ("Tellez", "BOLGOV") in found


def test_a_surname_of_a_person_with_no_country_gets_none(nlp):
    found = codes("Foreign Minister Ramiro Tellez said on Monday that no decision had been taken. Tellez later "
                  "said the border would stay shut.", nlp)
    assert (found.get("Tellez") or "---")[:3] == "---"


# ------------------------------------------------------------------ a state's fighters
def test_a_states_fighters_abroad_are_its_forces(nlp):
    found = codes("BAMAKO, May 2 (Reuters) - Malian soldiers and Russia's Africa Corps patrolled the road on "
                  "Monday. Residents said Russian fighters had burned two villages.", nlp)
    assert found.get("Russian fighters") == "RUSMIL"


def test_fighters_from_a_states_force_are_the_force(nlp):
    found = codes("The army, helped by fighters from Russia's Africa Corps, retook the town.", nlp)
    assert found.get("fighters") == "RUSMIL"


def test_a_storys_own_fighters_stay_fighters(nlp):
    found = codes("DAMASCUS, May 2 (Reuters) - Syrian fighters clashed with the Syrian army near Homs on "
                  "Monday.", nlp)
    assert found.get("Syrian fighters") == "SYRREB"


def test_a_peoples_fighters_stay_fighters(nlp):
    found = codes("KYIV, May 2 (Reuters) - Russian troops shelled the town on Monday. Chechen fighters were "
                  "seen nearby.", nlp)
    assert (found.get("Chechen fighters") or "")[3:] == "REB"


# ------------------------------------------------------------------ air defences
def test_a_states_air_defences_are_its_military(nlp):
    found = codes("Iranian air defences fired at drones over Isfahan on Sunday.", nlp)
    assert found.get("Iranian air defences") == "IRNMIL"


def test_flood_defences_are_no_military(nlp):
    found = codes("Dutch flood defences held overnight as the river rose.", nlp)
    assert not any((code or "").endswith("MIL") for code in found.values())


# ------------------------------------------------------------------ alliances
def test_the_alliance_of_sahel_states_is_no_nato(nlp):
    found = codes("The Alliance of Sahel States said on Friday that it would form a joint force.", nlp)
    assert found.get("Alliance of Sahel States") == "IGO"
    assert "IGOWSTNAT" not in found.values()


def test_the_alliance_after_nato_is_nato(nlp):
    found = codes("NATO defence ministers met in Brussels on Thursday. Officials said the alliance agreed to raise "
                  "spending.", nlp)
    assert found.get("alliance") == "IGOWSTNAT"


def test_an_alliance_never_named_as_nato_is_no_nato(nlp):
    found = codes("The Alliance for Progress won four seats. The alliance said it would join the coalition.", nlp)
    assert "IGOWSTNAT" not in found.values()


# ------------------------------------------------------------------ outlets named after their kind
def test_an_acronym_after_a_state_outlet_is_that_outlet(nlp):
    # (the parser reads "ORTM" as a verb here; the model's ORG tag and the outlet noun say otherwise)
    found = codes("BAMAKO, May 2 (Reuters) - Energy Minister Fatou Sow told state broadcaster ORTM that fuel "
                  "convoys had arrived.", nlp)
    assert found.get("ORTM") == "MLIMED"


def test_a_name_after_an_outlet_with_no_country_gets_none(nlp):
    found = codes("The minister told broadcaster ZTV that the border was closed.", nlp)
    assert (found.get("ZTV") or "---")[:3] == "---"


# ------------------------------------------------------------------ owners' governments and envoys
def test_a_heads_government_is_his_countrys(nlp):
    found = all_codes("Mexican President Claudia Sheinbaum spoke on Friday. Sheinbaum's government then summoned "
                      "the ambassador.", nlp)
    assert ("government", "MEXGOV") in found


def test_the_government_of_an_unknown_person_gets_no_country(nlp):
    found = codes("Tomas Ferrovial's government collapsed after a month.", nlp)
    assert (found.get("government") or "---")[:3] == "---"


def test_a_person_apposed_as_a_heads_envoy_is_his_countrys(nlp):
    found = codes("The deal was struck with Mark Ellison Tate, Trump's envoy for the region.", nlp)
    assert found.get("Mark Ellison Tate") == "USAGOV"


def test_a_person_apposed_as_a_heads_biographer_is_no_officer(nlp):
    found = codes("Clara Vidal Soto, Trump's biographer, said the book was done.", nlp)
    assert found.get("Clara Vidal Soto") != "USAGOV"


def test_the_envoy_is_the_one_envoy_named_before(nlp):
    found = codes("China's ambassador, Li Wenhao, met the president on Monday. The presidency said the envoy had "
                  "offered grain.", nlp)
    assert found.get("envoy") == "CHNGOV"


def test_the_envoy_after_two_envoys_stays_open(nlp):
    found = codes("China's ambassador, Li Wenhao, and France's ambassador, Marc Durand, met the president on "
                  "Monday. The presidency said the envoy had offered grain.", nlp)
    assert found.get("envoy") not in ("CHNGOV", "FRAGOV")


# ------------------------------------------------------------------ a reporting government
def test_a_military_government_reporting_its_armys_act_is_its(nlp):
    found = codes("NIAMEY, May 2 (Reuters) - Niger's army, supported by Turkish drones, pushed jihadists out of "
                  "two villages on Sunday, the military government said.", nlp)
    assert (found.get("military government") or "")[:3] == "NER"


def test_a_government_reporting_a_foreign_armys_act_stays_open(nlp):
    found = codes("NIAMEY, May 2 (Reuters) - Benin's army pushed jihadists out of two villages on Sunday, the "
                  "military government said.", nlp)
    assert (found.get("military government") or "")[:3] not in ("NER", "BEN")


# ------------------------------------------------------------------ a group and its leader
def test_a_cartel_led_by_a_head_of_state_is_of_his_country(nlp):
    found = codes("The Treasury sanctioned the Red Falcons cartel, which it says is led by Daniel Ortega.", nlp)
    assert found.get("cartel") == "NICCRM"


def test_a_cartel_backed_by_a_head_of_state_is_not_of_his_country(nlp):
    found = codes("The Treasury sanctioned the Red Falcons cartel, which it says is backed by Daniel Ortega.", nlp)
    assert found.get("cartel") != "NICCRM"


# ------------------------------------------------------------------ pronouns and gender
def test_he_skips_a_woman_and_continues_the_spokesman(nlp):
    doc = actor_doc(nlp, "Trade Minister Grace Mwangi told reporters the port was open. \"We are ready,\" she said."
                    "\n\nA rebel spokesman denied that the siege had ended. He threatened to block the docks.",
                    date(2025, 5, 2))
    he = next(m for m in doc._.tacitus_actors if m.text == "He")
    assert he.actor.name != "Grace Mwangi"
    assert (he.actor.sector or "")[:3] == "REB"


def test_he_continues_a_man_named_before(nlp):
    doc = actor_doc(nlp, "Trade Minister Peter Mwangi told reporters the port was open. He said ships would dock "
                    "on Monday.", date(2025, 5, 2))
    he = next(m for m in doc._.tacitus_actors if m.text == "He")
    assert he.actor.name == "Peter Mwangi"


def test_he_is_never_a_woman_called_mrs(nlp):
    doc = actor_doc(nlp, "Mrs Achieng Odhiambo told reporters the port was open. He said ships would dock on "
                    "Monday.", date(2025, 5, 2))
    assert not any(m.text == "He" and m.actor is not None and m.actor.name == "Achieng Odhiambo"
                   for m in doc._.tacitus_actors)
