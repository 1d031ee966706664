"""Round 5 actor rules: capitals as objects of acts after a preposition, missions of IGOs,
a bare legislature, short country names ("Congo"), ruling bodies seated in a city, a shared
surname read by its sentence, and partisan broadcasters. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from tacitus.errors import DataFileError
from tacitus.kb import read_actor_file
from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


# ------------------------------------------------------------------ 1. capitals after a preposition
@pytest.mark.parametrize("text, capital, code", [
    ("The United States called on Tehran to release the tanker.", "Tehran", "IRNGOV"),
    ("Norway appealed to Nairobi to reopen the camp.", "Nairobi", "KENGOV"),
    ("The EU stepped up pressure on Moscow over the flights.", "Moscow", "RUSGOV"),
    ("Canada imposed fresh sanctions on Managua on Friday.", "Managua", "NICGOV"),
])
def test_a_capital_that_an_act_is_done_to_is_its_government(nlp, text, capital, code):
    assert codes(actor_doc(nlp, text)).get(capital) == code


def test_a_capital_travelled_to_or_stayed_in_is_a_place(nlp):
    found = codes(actor_doc(nlp, "The envoy flew to Nairobi on Monday. Crowds gathered in Nairobi."))
    assert "Nairobi" not in found


# ------------------------------------------------------------------ 2. missions of IGOs
@pytest.mark.parametrize("text, mention, code", [
    ("KFOR troops closed two crossings near Mitrovica.", "KFOR troops", "IGOWSTNATMIL"),
    ("UNIFIL reported shelling near its positions.", "UNIFIL", "IGOUNOMIL"),
    ("AMISOM troops left the base at dawn.", "AMISOM troops", "IGOAFRAFUMIL"),
    ("MONUSCO handed over the base to the army.", "MONUSCO", "IGOUNOMIL"),
])
def test_a_mission_is_its_parent_body_military(nlp, text, mention, code):
    assert codes(actor_doc(nlp, text)).get(mention) == code


def test_a_user_row_with_a_parent_takes_the_parent_code(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("- {name: Baltic Air Policing, kind: igo, parent: NATO, sector: MIL}\n"
                    "- {name: Watch Group, kind: igo, parent: Observer Body}\n"
                    "- {name: Observer Body, kind: igo, code: IGOUNO}\n", encoding="utf-8")
    rows = {e.name: e.code for e in read_actor_file(path)}
    assert rows == {"Baltic Air Policing": "IGOWSTNATMIL", "Watch Group": "IGOUNO", "Observer Body": "IGOUNO"}


def test_an_unknown_parent_is_an_error_naming_it(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("- {name: Lost Mission, kind: igo, parent: Nobody Council, sector: MIL}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="Nobody Council"):
        read_actor_file(path)


# ------------------------------------------------------------------ 3. a bare legislature
def test_parliament_addressed_by_a_speaker_is_the_speaker_country(nlp):
    doc = actor_doc(nlp, "The Peruvian president told parliament that the budget would be cut.")
    assert codes(doc).get("parliament") == "PERLEG"


def test_lawmakers_take_the_country_named_before_them(nlp):
    assert codes(actor_doc(nlp, "In Kenya, lawmakers voted to raise fuel taxes.")).get("lawmakers") == "KENLEG"


def test_lawmakers_do_not_take_the_country_they_act_on(nlp):
    assert codes(actor_doc(nlp, "Lawmakers condemned Russia on Monday.")).get("Lawmakers") == "---LEG"


# ------------------------------------------------------------------ 4. short country names
def test_congo_in_a_kinshasa_story_is_the_democratic_republic(nlp):
    doc = actor_doc(nlp, "KINSHASA, May 2 (Reuters) - Rebels advanced on Goma overnight. Congo said it "
                         "would not negotiate.")
    assert codes(doc).get("Congo") == "COD"


def test_congo_after_its_long_name_is_the_democratic_republic(nlp):
    doc = actor_doc(nlp, "The Democratic Republic of Congo recalled its ambassador. Congo said the talks had failed.")
    assert codes(doc).get("Congo") == "COD"


def test_congo_after_towns_of_the_democratic_republic_is_it(nlp):
    # towns the KB does not list, placed by the gazetteer
    doc = actor_doc(nlp, "Fighting spread to Bukavu and Uvira. Congo said the rebels were backed by a neighbour.")
    assert codes(doc).get("Congo") == "COD"


def test_congo_with_brazzaville_stays_the_republic(nlp):
    doc = actor_doc(nlp, "Congo signed a timber deal in Brazzaville with a Chinese firm near Goma's rival ports.")
    assert codes(doc).get("Congo") == "COG"


def test_guinea_after_equatorial_guinea_is_equatorial_guinea(nlp):
    doc = actor_doc(nlp, "Equatorial Guinea held a vote on Sunday. Guinea said turnout was high.")
    assert codes(doc).get("Guinea") == "GNQ"


def test_guinea_in_a_bissau_story_is_still_guinea(nlp):
    doc = actor_doc(nlp, "BISSAU, May 2 (Reuters) - Guinea closed its border on Friday.")
    assert codes(doc).get("Guinea") == "GIN"


# ------------------------------------------------------------------ 5. ruling bodies seated in a city
@pytest.mark.parametrize("text, mention, code", [
    ("The government in Aden said it would pay salaries.", "government in Aden", "YEMGOV"),
    ("Authorities in Benghazi closed the port on Sunday.", "Authorities in Benghazi", "LBYGOV"),
    ("The authorities in Gaza said the crossing was shut.", "authorities in Gaza", "PSEGOV"),
    ("The government in Syria denied the report.", "government in Syria", "SYRGOV"),
])
def test_a_ruling_body_in_a_city_is_that_country_government(nlp, text, mention, code):
    assert codes(actor_doc(nlp, text)).get(mention) == code


def test_troops_in_a_country_are_not_its_military(nlp):
    # soldiers in a country are often foreign: only a ruling body takes the place's country
    assert codes(actor_doc(nlp, "Troops in Syria came under fire.")).get("Troops") == "---MIL"


# ------------------------------------------------------------------ 6. a shared surname read by its sentence
def test_a_shared_surname_takes_the_sentence_country_head_of_state(nlp):
    doc = actor_doc(nlp, "Putin met Kim in Pyongyang on Wednesday.")
    kim = next(m for m in doc._.tacitus_actors if m.text == "Kim")
    assert kim.actor is not None and kim.actor.code == "PRKGOV" and kim.actor.name == "Kim Jong Un"


def test_a_shared_surname_without_its_country_in_the_sentence_is_left(nlp):
    doc = actor_doc(nlp, "Putin met Kim in Minsk on Wednesday.")
    kim = next((m for m in doc._.tacitus_actors if m.text == "Kim"), None)
    assert kim is None or kim.actor is None or not kim.actor.code


# ------------------------------------------------------------------ 7. partisan and state broadcasters
@pytest.mark.parametrize("text, outlet, code", [
    ("Al-Masirah reported air strikes near the port.", "Al-Masirah", "YEMMED"),
    ("Al-Manar showed footage of the funeral.", "Al-Manar", "LBNMED"),
    ("Anadolu reported the arrests on Tuesday.", "Anadolu", "TURMED"),
    ("Press TV aired the speech.", "Press TV", "IRNMED"),
])
def test_broadcasters_are_media_of_their_country(nlp, text, outlet, code):
    assert codes(actor_doc(nlp, text)).get(outlet) == code


def test_an_office_named_after_another_territory_is_its_own_countrys(nlp):
    doc = actor_doc(nlp, "The Taiwan Affairs Office said the drills were a warning. Taiwan's Mainland "
                         "Affairs Council rejected the statement.")
    got = {m.text: m.actor.code for m in doc._.tacitus_actors if m.actor is not None}
    assert got.get("Taiwan Affairs Office") == "CHNGOV"
    assert got.get("Taiwan's Mainland Affairs Council") == "TWNGOV"


def test_a_paragraph_set_in_a_country_beats_the_dateline(nlp):
    doc = actor_doc(nlp, "NAIROBI, May 2 (Reuters) - Rains eased on Monday. In Uganda, a court jailed a "
                         "singer. His lawyers appealed. Police detained 40 supporters.")
    assert codes(doc).get("Police") == "UGACOP"


def test_the_dateline_still_holds_without_a_setting(nlp):
    doc = actor_doc(nlp, "NAIROBI, May 2 (Reuters) - Rains eased on Monday. Police detained 40 protesters.")
    assert codes(doc).get("Police") == "KENCOP"


def test_a_sentence_set_in_a_country_names_its_government(nlp):
    doc = actor_doc(nlp, "Tonga's government met donors on Monday. In Fiji, the government appealed for aid.")
    got = [m.actor.code for m in doc._.tacitus_actors if m.text == "government" and m.actor is not None]
    assert got and got[-1] == "FJIGOV"
