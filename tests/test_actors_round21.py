"""Round 21 actor rules: "<demonym> counterpart" is that country's holder of the same office, a
capital that owns a part of the city or is struck is ground (the country), "an army spokesman"
speaks for the story's one army, people named with an indefinite appositive and their later
surnames, a city tagged ORG where things happen, and "the country" as the country the story is
set in rather than one acting from outside. Every sentence here was written for these tests."""

from __future__ import annotations

from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


# ------------------------------------------------------------------ 1. counterparts
def test_a_counterpart_is_the_other_countrys_government(nlp):
    found = codes(actor_doc(nlp, "Ghanaian President John Mahama and his Nigerian counterpart held talks on Monday."))
    assert found.get("Nigerian counterpart") == "NGAGOV"
    assert "Nigerian" not in found


def test_a_counterpart_holds_the_same_office(nlp):
    found = codes(actor_doc(nlp, "Ugandan army chief Muhoozi Kainerugaba met his Kenyan counterpart in Kampala."))
    assert found.get("Kenyan counterpart") == "KENMIL"


def test_a_counterpart_with_no_owner_is_not_read(nlp):
    found = codes(actor_doc(nlp, "The Nigerian counterpart of the company signed the deal."))
    assert "Nigerian counterpart" not in found


# ------------------------------------------------------------------ 2. capitals as ground
def test_a_capitals_suburbs_are_the_countrys_ground(nlp):
    found = codes(actor_doc(nlp, "Israeli jets struck Beirut's southern suburbs overnight."))
    assert found.get("Beirut") == "LBN"
    assert codes(actor_doc(nlp, "Flights resumed at Kyiv's airport on Friday.")).get("Kyiv") == "UKR"


def test_a_capital_struck_is_the_country(nlp):
    assert codes(actor_doc(nlp, "Warplanes bombed Damascus on Tuesday.")).get("Damascus") == "SYR"
    assert codes(actor_doc(nlp, "Kyiv was shelled overnight, officials said.")).get("Kyiv") == "UKR"


def test_a_capital_that_speaks_or_negotiates_is_the_government(nlp):
    assert codes(actor_doc(nlp, "Beirut rejected the proposal on Wednesday.")).get("Beirut") == "LBNGOV"
    assert codes(actor_doc(nlp, "Washington held talks with Beirut on the truce.")).get("Beirut") == "LBNGOV"
    assert codes(actor_doc(nlp, "Beirut's negotiators left early.")).get("Beirut") != "LBN"


def test_hit_by_sanctions_is_no_strike(nlp):
    assert codes(actor_doc(nlp, "Sanctions hit Moscow hard this year.")).get("Moscow") != "RUS"


# ------------------------------------------------------------------ 3. the army's speaker
def test_an_army_spokesman_speaks_for_the_storys_army(nlp):
    found = codes(actor_doc(nlp, "Nigeria's army launched an offensive in Borno state. An army spokesman said 20 "
                                 "fighters were killed."))
    assert found.get("army spokesman") == "NGAMIL"


def test_an_army_spokesman_in_a_story_of_no_army_stays_open(nlp):
    found = codes(actor_doc(nlp, "France and Germany signed a pact. A military spokesman said nothing."))
    assert found.get("military spokesman") == "---MIL"


# ------------------------------------------------------------------ 4. named people and their surnames
def test_an_apposed_description_names_a_person_and_the_surname_follows(nlp):
    found = codes(actor_doc(nlp, "NAIROBI, June 25 (Wire) - Wanjiru Kamau, a student leader, said they would "
                                 "march again. \"We will not stop,\" Kamau said."))
    assert found.get("Wanjiru Kamau") == "KENEDU"
    assert found.get("Kamau") == "KENEDU"


def test_an_untagged_first_name_joins_the_surname(nlp):
    found = codes(actor_doc(nlp, "Nika Melia, an opposition leader, was beaten near his home. Melia said the "
                                 "attack was meant to scare him."))
    assert found.get("Nika Melia") == "---OPP"
    assert found.get("Melia") == "---OPP"


def test_a_place_before_an_appositive_is_no_person(nlp):
    doc = actor_doc(nlp, "Police in Kenya, a key ally, arrested two men.")
    assert all(m.label != "PERSON" for m in doc._.tacitus_actors)
    assert codes(doc).get("Kenya") == "KEN"


def test_a_city_tagged_as_a_body_where_people_march_is_a_place(nlp):
    found = codes(actor_doc(nlp, "NAIROBI, June 25 (Wire) - Protesters also marched in Mombasa and Kisumu."))
    assert "Kisumu" not in found


# ------------------------------------------------------------------ 5. "the country"
def test_the_country_is_where_the_story_is_set(nlp):
    found = codes(actor_doc(nlp, "Riots spread across Kazakhstan on Monday after fuel prices doubled. Russia "
                                 "offered to send troops. The country's government resigned on Wednesday."))
    assert found.get("government") == "KAZGOV"


def test_the_country_acting_at_home_stays_the_last_named(nlp):
    found = codes(actor_doc(nlp, "Kenya hosted the talks, and Ethiopia said it would attend. The country's "
                                 "government said it welcomed the move."))
    assert found.get("government") == "ETHGOV"
