"""Round 16 actor rules: regnal names and closed reigns, past heads called by their old title,
ruling bodies "in <country>" and after a coup, the country of a story with no dateline, home
forces and parties, ships that trade, "the king", "the government" that lawmakers address.
Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.kb import MONARCH_TITLES, load_kb, read_actor_file
from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


def rules(doc) -> dict[str, str]:
    return {m.text: m.rule for m in doc._.tacitus_actors}


# ------------------------------------------------------------------ 1. regnal names, closed reigns
def test_king_abdullah_in_a_jordan_story_is_jordans_king(nlp):
    doc = actor_doc(nlp, "AMMAN, Jordan (Wire) - King Abdullah met tribal elders in the south on Monday. "
                         "He promised new jobs.")
    found = codes(doc)
    assert found.get("Abdullah") == "JORGOV"
    assert found.get("He") == "JORGOV"


def test_king_abdullah_in_a_saudi_story_of_2010_is_the_saudi_king(nlp):
    doc = actor_doc(nlp, "RIYADH (Wire) - King Abdullah opened a new university on Monday.",
                    published=date(2010, 5, 1))
    assert codes(doc).get("Abdullah") == "SAUGOV"


def test_the_saudi_kings_reign_is_closed_by_his_successor(nlp):
    doc = actor_doc(nlp, "RIYADH (Wire) - A library named after King Abdullah opened on Monday.",
                    published=date(2024, 5, 1))
    assert codes(doc).get("Abdullah") == "SAUELI"


def test_a_regnal_name_without_its_numeral_is_the_monarch(nlp):
    doc = actor_doc(nlp, "MADRID (Wire) - King Felipe opened the new session of parliament on Monday.")
    assert codes(doc).get("King Felipe") == "ESPGOV"


def test_no_country_has_two_open_reigns_in_the_facts():
    reigns: dict[str, list[str]] = {}
    for e in read_actor_file("facts.yaml", source="facts"):
        for r in e.roles:
            if r.end is None and r.title.split()[:1] and r.title.split()[0] in MONARCH_TITLES:
                reigns.setdefault(r.code[:3], []).append(e.name)
    assert {c: names for c, names in reigns.items() if len(names) > 1} == {}


def test_the_saudi_king_abdullah_is_past_on_a_later_date():
    entry = next(e for e in load_kb().lookup("Abdullah") if e.country == "SAU")
    role, past = entry.role_on(date(2020, 1, 1))
    assert past and role is not None and role.title == "king"


def test_the_title_king_is_no_surname(nlp):
    doc = actor_doc(nlp, "AMMAN, Jordan (Wire) - King Abdullah met the envoy. Later, King Abdullah spoke to reporters.")
    assert "King" not in codes(doc)


def test_crown_prince_hussein_is_the_heir_not_the_late_king(nlp):
    doc = actor_doc(nlp, "Crown Prince Hussein visited the troops on Monday.", published=date(2025, 2, 11))
    assert codes(doc).get("Crown Prince Hussein") == "JORGOV"


# ------------------------------------------------------------------ 2. past heads by their old title
def test_a_head_the_kb_says_left_is_former_under_his_old_title(nlp):
    doc = actor_doc(nlp, "President Omar al-Bashir ruled the country for three decades, historians say.",
                    published=date(2024, 3, 5))
    assert codes(doc).get("Omar al-Bashir") == "SDNELI"


def test_a_head_in_office_keeps_his_title(nlp):
    doc = actor_doc(nlp, "President Omar al-Bashir addressed supporters in Khartoum.", published=date(2015, 3, 5))
    assert codes(doc).get("Omar al-Bashir") == "SDNGOV"


# ------------------------------------------------------------------ 3. ruling bodies
def test_the_junta_in_a_country_is_its_government(nlp):
    found = codes(actor_doc(nlp, "The junta in Mali expelled the French ambassador on Monday."))
    assert found.get("junta in Mali") == "MLIGOV"


def test_troops_in_a_country_do_not_become_its_own(nlp):
    found = codes(actor_doc(nlp, "French troops in Mali clashed with rebels on Monday."))
    assert found.get("French troops") == "FRAMIL"
    assert not any(code in ("MLIMIL", "MLIGOV") for code in found.values())


def test_the_new_authorities_after_a_coup_are_the_coup_countrys(nlp):
    found = codes(actor_doc(nlp, "Soldiers seized power in Mali in 2020 and expelled French troops. "
                                 "The new authorities suspended political parties on Wednesday."))
    assert found.get("authorities") == "MLIGOV"


def test_rulers_of_other_countries_named_after_a_coup_are_not_the_coups(nlp):
    found = codes(actor_doc(nlp, "NIAMEY, Niger (Wire) - Soldiers seized power in Niger in July. "
                                 "Mali and Burkina Faso, also run by military rulers, backed the move."))
    assert found.get("rulers") != "NERGOV"


def test_a_coup_with_no_place_in_a_datelined_story_is_the_datelines(nlp):
    found = codes(actor_doc(nlp, "NIAMEY, Niger (Wire) - The rift began when soldiers seized power last July."))
    assert found.get("soldiers") == "NERMIL"


def test_a_coup_with_no_place_and_no_dateline_stays_open(nlp):
    found = codes(actor_doc(nlp, "Soldiers seized power last July. The junta closed the border."))
    assert found.get("Soldiers") == "---MIL"
    assert found.get("junta") == "---GOV"


# ------------------------------------------------------------------ 4. a story with no dateline
def test_a_one_country_story_gives_its_forces_and_crowds_the_country(nlp):
    found = codes(actor_doc(nlp, "Zambia held a general election on Thursday. Security forces fired tear gas at "
                                 "demonstrators near the electoral commission, witnesses said."))
    assert found.get("Security forces") == "ZMBCOP"
    assert found.get("demonstrators") == "ZMBOPP"


def test_a_story_of_two_countries_gives_no_country(nlp):
    found = codes(actor_doc(nlp, "Russia and Ukraine traded blame. Security forces fired at demonstrators."))
    assert found.get("Security forces") == "---COP"
    assert found.get("demonstrators") == "---OPP"


def test_a_country_only_acted_on_is_no_setting(nlp):
    found = codes(actor_doc(nlp, "The government expressed appreciation for China's assistance."))
    assert found.get("government") != "CHNGOV"


# ------------------------------------------------------------------ 5. home nouns
def test_the_national_guard_is_the_dateline_countrys(nlp):
    found = codes(actor_doc(nlp, "NIAMEY, Niger (Wire) - The National Guard deployed around the presidential palace."))
    assert found.get("National Guard") == "NERMIL"


def test_a_security_guard_is_no_national_guard(nlp):
    found = codes(actor_doc(nlp, "NIAMEY, Niger (Wire) - A security guard was wounded outside a hotel on Monday."))
    assert "NERMIL" not in found.values()


def test_police_spokeswoman_opposition_supporters_and_a_former_president_are_home(nlp):
    found = codes(actor_doc(nlp, "LUSAKA, Zambia (Wire) - Police fired tear gas at opposition supporters on Tuesday, "
                                 "a police spokeswoman said. Former President Chanda Mwale urged calm."))
    assert found.get("police spokeswoman") == "ZMBCOP"
    assert found.get("opposition supporters") == "ZMBOPP"
    assert found.get("Chanda Mwale") == "ZMBELI"


def test_supporters_without_opposition_stay_open(nlp):
    found = codes(actor_doc(nlp, "LUSAKA, Zambia (Wire) - Football supporters cheered on Tuesday."))
    assert not any((code or "").startswith("ZMB") for code in found.values())


# ------------------------------------------------------------------ 6. party names
def test_a_party_name_the_kb_lacks_is_the_storys_party(nlp):
    doc = actor_doc(nlp, "LUSAKA, Zambia (Wire) - Supporters of the Patriotic Front marched on Tuesday. "
                         "The United Party for National Development said the march was illegal.")
    found = codes(doc)
    assert found.get("Patriotic Front") == "ZMBPTY"
    assert found.get("United Party for National Development") == "ZMBPTY"


def test_a_party_called_the_opposition_is_opp_and_its_it_follows(nlp):
    found = codes(actor_doc(nlp, "LUSAKA, Zambia (Wire) - The Patriotic Front, the main opposition party, rejected "
                                 "the count. The Patriotic Front said it would appeal."))
    assert found.get("Patriotic Front") == "ZMBOPP"
    assert found.get("it") == "ZMBOPP"


@pytest.mark.parametrize("text, name", [
    ("RABAT, Morocco (Wire) - The Polisario Front said its fighters shelled Moroccan positions.", "Polisario Front"),
    ("ALGIERS, Algeria (Wire) - The National Liberation Front fought French forces in the 1950s.", "Liberation Front"),
])
def test_armed_fronts_get_no_party_code(nlp, text, name):
    doc = actor_doc(nlp, text)
    assert "story:party" not in rules(doc).values()
    assert not (codes(doc).get(name) or "").endswith("PTY")


# ------------------------------------------------------------------ 7. ships
def test_ships_that_fish_are_no_navys(nlp):
    found = codes(actor_doc(nlp, "China's navy held drills. Chinese vessels fished near the reef."))
    assert found.get("Chinese vessels") == "CHNBUS"


def test_ships_that_carry_rice_are_no_navys(nlp):
    found = codes(actor_doc(nlp, "The Philippine navy said Chinese coast guard vessels blocked a resupply mission. "
                                 "Philippine vessels carried rice to the shoal."))
    assert found.get("Philippine vessels") == "PHLBUS"


def test_ships_that_block_in_a_navy_story_are_still_the_navys(nlp):
    found = codes(actor_doc(nlp, "The Philippine navy said Chinese coast guard vessels blocked a resupply mission. "
                                 "The Chinese vessels left on Friday."))
    assert found.get("Chinese vessels") == "CHNMIL"


# ------------------------------------------------------------------ 8. "the king", "the government"
def test_the_king_is_the_storys_one_king_however_far_back(nlp):
    text = ("King Abdullah of Jordan met the envoy. The economy grew. Prices rose. Exports fell. "
            "Analysts praised the king's plan.")
    assert codes(actor_doc(nlp, text)).get("king") == "JORGOV"


def test_the_king_of_a_story_of_two_kings_stays_open(nlp):
    text = ("King Abdullah of Jordan met the envoy. King Mohammed VI sent a message. The economy grew. Prices rose. "
            "Analysts praised the king's plan.")
    assert codes(actor_doc(nlp, text)).get("king") not in ("JORGOV", "MARGOV")


def test_lawmakers_call_on_their_own_government(nlp):
    found = codes(actor_doc(nlp, "WASHINGTON (Wire) - Jordanian lawmakers called on the government to suspend "
                                 "cooperation with Washington."))
    assert found.get("government") == "JORGOV"


def test_envoys_urging_the_government_do_not_make_it_theirs(nlp):
    found = codes(actor_doc(nlp, "U.S. envoys urged the government to hold elections."))
    assert found.get("government") != "USAGOV"


def test_people_from_a_country_leave_the_government_to_the_dateline(nlp):
    text = ("LUSAKA, Zambia (Wire) - Police arrested 40 people. The electoral commission delayed the count. "
            "Diplomats from the European Union and the United States met the commission chairman. "
            "A rights group said the government should investigate.")
    assert codes(actor_doc(nlp, text)).get("government") == "ZMBGOV"


def test_a_country_that_acts_still_takes_the_government(nlp):
    text = ("LUSAKA, Zambia (Wire) - Police arrested 40 people. The electoral commission delayed the count. "
            "The United States imposed sanctions. A rights group said the government should investigate.")
    assert codes(actor_doc(nlp, text)).get("government") != "ZMBGOV"
