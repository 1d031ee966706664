"""Round 24 actor rules: "then-<title> X" is the office X held at the time told of; a body the KB
lacks owned by a country ("<Country>'s ... Council") is its government; aid officials are NGOs;
"<demonym> military instructors" is one military mention; an office conferred in a relative
clause, and an officer owned by "its", give the conferrer's or owner's country; an opposition
takes its sentence's one country; "State House" is the home government. Every sentence here was
written for these tests, each rule with a case where it must not fire."""

from __future__ import annotations

from datetime import date

from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


# ------------------------------------------------------------------ 1. then-titles
def test_a_then_title_is_the_office_held_then(nlp):
    doc = actor_doc(nlp, "The bridge was opened in 2019 by then-President Uhuru Kenyatta.", date(2024, 5, 1))
    assert codes(doc).get("Uhuru Kenyatta") == "KENGOV"


def test_a_former_title_stays_elite(nlp):
    doc = actor_doc(nlp, "Former President Uhuru Kenyatta opened the road.", date(2024, 5, 1))
    assert codes(doc).get("Uhuru Kenyatta") == "KENELI"


# ------------------------------------------------------------------ 2. owned bodies
def test_a_countrys_unknown_council_is_its_government(nlp):
    assert codes(actor_doc(nlp, "Ghana's Coastal Fisheries Council extended the ban.")).get(
        "Coastal Fisheries Council") == "GHAGOV"


def test_an_unowned_unknown_council_gets_no_country(nlp):
    code = codes(actor_doc(nlp, "The Coastal Fisheries Council extended the ban.")).get("Coastal Fisheries Council")
    assert not (code or "").endswith("GOV")


# ------------------------------------------------------------------ 3. aid officials
def test_aid_officials_are_humanitarians(nlp):
    found = codes(actor_doc(nlp, "Fighting went on near the camp, aid officials said."))
    assert found.get("aid officials") == "---NGO"
    assert codes(actor_doc(nlp, "Fighting went on near the camp, officials said.")).get("officials") == "---GOV"


# ------------------------------------------------------------------ 4. military instructors
def test_foreign_military_instructors_are_one_mention(nlp):
    found = codes(actor_doc(nlp, "Russian military instructors arrived in the capital."))
    assert found.get("Russian military instructors") == "RUSMIL"
    assert "Russian" not in found


def test_ski_instructors_are_not_military(nlp):
    found = codes(actor_doc(nlp, "Russian ski instructors taught the children."))
    assert not any((code or "").endswith("MIL") for code in found.values())


# ------------------------------------------------------------------ 5. conferred offices
def test_an_office_conferred_by_a_junta_gives_its_country(nlp):
    doc = actor_doc(nlp, "General Aliou Kone, whom the Burkinabe junta named defence minister on Monday, toured the north.")
    assert codes(doc).get("Aliou Kone") == "BFAMIL"


def test_an_arrest_confers_no_country(nlp):
    doc = actor_doc(nlp, "General Aliou Kone, whom the Burkinabe junta arrested on Monday, was freed.")
    assert codes(doc).get("Aliou Kone") == "---MIL"


# ------------------------------------------------------------------ 6. "its spokesman"
def test_its_spokesman_is_the_bodys(nlp):
    doc = actor_doc(nlp, "Mali's junta said the raid had failed. Its spokesman, Colonel Abdoulaye Maiga, read a statement.")
    assert codes(doc).get("Abdoulaye Maiga") == "MLIMIL"


def test_his_spokesman_is_not_read_as_a_bodys(nlp):
    doc = actor_doc(nlp, "Mali's president flew to Dakar. His spokesman, Colonel Abdoulaye Maiga, read a statement.")
    m = next(m for m in doc._.tacitus_actors if m.text == "Abdoulaye Maiga")
    assert m.rule != "coref:owned-officer"


# ------------------------------------------------------------------ 7. the opposition's country
def test_the_opposition_takes_its_sentences_one_country(nlp):
    found = codes(actor_doc(nlp, "Opposition parties accused the Kenyan government of fraud. "
                                 "The opposition candidate refused to concede."))
    assert found.get("Opposition parties") == "KENPTYOPP"
    assert found.get("opposition candidate") == "KENOPP"


def test_the_opposition_between_two_countries_stays_open(nlp):
    found = codes(actor_doc(nlp, "Opposition parties accused the Kenyan and Ugandan governments of fraud."))
    assert found.get("Opposition parties") == "---PTYOPP"


# ------------------------------------------------------------------ 8. State House
def test_state_house_is_the_home_government(nlp):
    found = codes(actor_doc(nlp, "Protesters in Nairobi marched towards State House on Tuesday."))
    assert found.get("State House") == "KENGOV"


def test_a_house_is_no_seat_of_state(nlp):
    found = codes(actor_doc(nlp, "Protesters burned a house in Nairobi."))
    assert not any((code or "").endswith("GOV") for code in found.values())
