"""Round 37: a datelined story's gangs are the home state's criminals, a KB armed group the
model tagged PERSON before an agent noun, the Caribbean Community by its acronym, and a
politician's move from the Senate to the cabinet (terms of office by date)."""
import pytest

from tacitus.pipeline import code_text


def _codes(text, published="2025-03-11"):
    coded = code_text(text, published=published)
    return {m.text: (m.actor.code if m.actor else None) for m in coded.mentions}


# ------------------------------------------------------------------ gangs of a datelined story
_GANGS = ("TEGUCIGALPA, Honduras, March 11, 2025 (Test Wire) - Armed gangs blocked the main highway "
          "north of the capital on Tuesday, Honduran officials said.\n\n"
          "Gang leaders demanded the release of jailed members. The interior minister said the "
          "gangs would face the full force of the law in Honduras.")


def test_gangs_of_a_datelined_story_take_its_country():
    codes = _codes(_GANGS)
    assert codes["Armed gangs"] == "HNDCRM"
    assert codes["Gang leaders"] == "HNDCRM"
    assert codes["gangs"] == "HNDCRM"


def test_gangs_with_another_country_named_stay_open():
    codes = _codes("TEGUCIGALPA, Honduras, March 11, 2025 (Test Wire) - Honduran police arrested "
                   "twelve suspects on Tuesday.\n\n"
                   "Officers said gang members had crossed from Guatemala with rifles.")
    assert codes["gang members"] in ("---CRM", "---UAF")


def test_gangs_without_a_dateline_stay_open():
    codes = _codes("Armed gangs blocked the main highway on Tuesday, officials said.")
    assert codes["Armed gangs"] in ("---CRM", "---UAF")


def test_gangs_of_a_story_about_another_state_stay_open():
    codes = _codes(
        "NAIROBI, Kenya, March 11, 2025 (Test Wire) - Haiti's transitional council met in Haiti on "
        "Tuesday as violence in Haiti spread to Haiti's north.\n\n"
        "Armed gangs attacked a convoy near Cap-Haitien, Haitian police said.")
    assert codes["Armed gangs"] != "KENCRM"


# ------------------------------------------------------------------ a KB armed group tagged PERSON
@pytest.mark.parametrize("text, name", [
    ("Boko Haram fighters raided a market near Damboa on Friday.", "Boko Haram fighters"),
    ("Boko Haram militants abducted twenty students.", "Boko Haram militants"),
])
def test_a_kb_group_before_an_agent_noun_is_the_group(text, name):
    assert _codes(text)[name] == "NGAREB"


def test_a_kb_group_alone_is_the_group():
    assert _codes("Boko Haram claimed the ambush in a video.")["Boko Haram"] == "NGAREB"


def test_a_named_person_before_a_title_noun_is_not_a_group():
    codes = _codes("Defence Minister Bello Matawalle visited the troops on Friday.")
    assert "Matawalle troops" not in codes and codes.get("Bello Matawalle") != "NGAREB"


# ------------------------------------------------------------------ the Caribbean Community
@pytest.mark.parametrize("text, name", [
    ("CARICOM leaders urged calm in Port-au-Prince on Monday.", "CARICOM"),
    ("Caricom called for new talks.", "Caricom"),
    ("The Caribbean Community welcomed the deal.", "Caribbean Community"),
])
def test_caricom_is_the_caribbean_community(text, name):
    assert _codes(text)[name] == "IGOCRB"


def test_caribbean_alone_is_no_igo():
    codes = _codes("Caribbean nations welcomed the deal.")
    assert codes.get("Caribbean nations") != "IGOCRB"


# ------------------------------------------------------------------ a senator who joined the cabinet
def test_rubio_is_secretary_of_state_after_his_senate_term():
    assert _codes("Rubio urged Caracas to free the detainees.", published="2025-06-11")["Rubio"] == "USAGOV"


def test_rubio_is_a_senator_before():
    assert _codes("Rubio urged Caracas to free the detainees.", published="2023-06-11")["Rubio"] == "USALEG"


# ------------------------------------------------------------------ a division word refuses a namesake town
def test_a_province_is_no_foreign_towns_namesake():
    # the gazetteer knows only a Japanese town "Kasai": a "province" is no town, so no JPN
    assert _codes("Rebels in Kasai province looted a mine.")["Rebels"] != "JPNREB"


@pytest.mark.parametrize("text, name, code", [
    ("Rebels in Idlib province shelled a checkpoint.", "Rebels", "SYRREB"),
    ("Militants in Borno state burned a school.", "Militants", "NGAREB"),
    ("The governor of Kherson region said the shelling continued.", "governor", "UKRGOV"),
])
def test_a_real_division_still_gives_its_country(text, name, code):
    assert _codes(text)[name] == code


# ------------------------------------------------------------------ "its leader X" of a non-state body
def test_its_titled_leader_takes_the_gang_coalitions_code():
    codes = _codes("Viv Ansanm, an alliance of armed gangs, stormed a suburb on Monday. "
                   "Its leader Renel Destine said the raids would continue.", published="2025-06-11")
    assert codes["Renel Destine"] == "HTICRM"


def test_its_titled_leader_of_a_party_is_the_party():
    codes = _codes("Ghana's ruling party met in Accra on Monday. Its leader Kwame Asante said the vote would go ahead.")
    assert codes["Kwame Asante"] == "GHAPTY"


def test_its_titled_officer_of_a_state_body_is_not_a_group():
    codes = _codes("Ghana's finance ministry published the figures on Monday. "
                   "Its spokesman Kwame Asante said the deficit had narrowed.")
    assert codes["Kwame Asante"] not in ("GHACRM", "GHAPTY", "GHAREB")
