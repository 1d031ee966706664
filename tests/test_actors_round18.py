"""Round 18 actor rules: a bare title at home over a weak KB record of another country, Wagner
kept as one group, soldiers of a one-army story, the pope, people who rally, the state's premises,
generic party names, delegates, given names that are country names, common one-word KB names
after a given name, and "accused the government of killing". Every sentence here was written
for these tests."""

from __future__ import annotations

from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


# ------------------------------------------------------------------ 1. a bare title at home
def test_a_bare_title_at_home_over_a_stale_foreign_record_is_the_homes(nlp):
    # the KB's only Sam Kutesa is Uganda's, from an open Phoenix office of the 2000s
    doc = actor_doc(nlp, "NAIROBI, Kenya (AP) — Foreign Minister Sam Kutesa said the talks would resume.")
    assert codes(doc).get("Sam Kutesa") == "KENGOV"


def test_a_visiting_minister_keeps_the_kb_country(nlp):
    doc = actor_doc(nlp, "NAIROBI, Kenya (AP) — Foreign Minister Sam Kutesa arrived in Nairobi on Monday.")
    assert codes(doc).get("Sam Kutesa") == "UGAGOV"


def test_a_minister_whose_country_the_story_names_keeps_it(nlp):
    doc = actor_doc(nlp, "NAIROBI, Kenya (AP) — Foreign Minister Sam Kutesa said Uganda would send aid.")
    assert codes(doc).get("Sam Kutesa") == "UGAGOV"


def test_a_curated_foreign_minister_abroad_stays_his_countrys(nlp):
    doc = actor_doc(nlp, "BAMAKO, Mali (AP) — Foreign Minister Wang Yi said the two sides would cooperate.")
    assert codes(doc).get("Wang Yi") == "CHNGOV"


def test_mali_foreign_minister_in_a_bamako_story(nlp):
    doc = actor_doc(nlp, "BAMAKO, Mali (AP) — Foreign Minister Abdoulaye Diop said the talks would resume.")
    assert codes(doc).get("Abdoulaye Diop") == "MLIGOV"


# ------------------------------------------------------------------ 2. Wagner
def test_wagner_fighters_are_the_wagner_group(nlp):
    found = codes(actor_doc(nlp, "Wagner fighters arrived in the north. Russia's Wagner group denied it."))
    assert found.get("Wagner fighters") == "RUSMIL"
    assert found.get("Wagner") == "RUSMIL"


def test_fighters_of_a_rebel_group_stay_rebels(nlp):
    found = codes(actor_doc(nlp, "Hamas fighters crossed the fence."))
    assert found.get("Hamas fighters", "").endswith("REB") or found.get("Hamas fighters", "").endswith("UAF")


# ------------------------------------------------------------------ 3. soldiers at home
def test_soldiers_before_the_army_in_a_one_army_story(nlp):
    found = codes(actor_doc(nlp, "BAMAKO, Mali (AP) — Suspected jihadists killed at least 12 soldiers near Gao, "
                                 "the army said."))
    assert found.get("soldiers") == "MLIMIL"


def test_soldiers_in_a_story_with_a_foreign_army_stay_open(nlp):
    found = codes(actor_doc(nlp, "BAMAKO, Mali (AP) — Gunmen killed 12 soldiers near Gao. French soldiers left "
                                 "the base last year."))
    assert found.get("soldiers") == "---MIL"


# ------------------------------------------------------------------ 4. the pope
def test_the_pope_is_the_pope_in_office(nlp):
    found = codes(actor_doc(nlp, "The Pope will travel to Lebanon next month. The pontiff will meet clerics."))
    assert found.get("Pope") == "VATREL"
    assert found.get("pontiff") == "VATREL"


def test_a_pope_named_is_the_kb_person_and_pope_as_a_word_is_nothing(nlp):
    found = codes(actor_doc(nlp, "Pope Francis met the king. The actor once played a pope in a film."))
    assert found.get("Pope Francis") == "VATREL"
    assert "pope" not in found


# ------------------------------------------------------------------ 5. people who rally
def test_people_who_rally_in_a_datelined_story_are_its_civilians(nlp):
    found = codes(actor_doc(nlp, "SEOUL, South Korea (AP) — Tens of thousands of people rallied outside the "
                                 "assembly on Saturday."))
    assert found.get("people") == "KORCVL"


def test_people_who_rally_abroad_are_of_where_they_rally(nlp):
    found = codes(actor_doc(nlp, "SEOUL, South Korea (AP) — Thousands of people rallied in Tokyo on Sunday."))
    assert found.get("people") == "JPNCVL"


def test_people_who_only_speak_are_no_actor(nlp):
    found = codes(actor_doc(nlp, "SEOUL, South Korea (AP) — Many people said the raid was a surprise."))
    assert "people" not in found


def test_people_rallying_against_a_foreign_capital_stay_home(nlp):
    found = codes(actor_doc(nlp, "NIAMEY, Niger (AP) — Hundreds of people protested outside the French embassy, "
                                 "waving Russian flags and chanting slogans against Paris."))
    assert found.get("people") == "NERCVL"


# ------------------------------------------------------------------ 6. premises and assemblies
def test_the_presidential_office_and_a_prison_at_home(nlp):
    found = codes(actor_doc(nlp, "SEOUL, South Korea (AP) — Police raided the presidential office on Tuesday."))
    assert found.get("presidential office") == "KORGOV"
    found = codes(actor_doc(nlp, "DHAKA, Bangladesh (AP) — Protesters stormed a prison in the north."))
    assert found.get("prison") == "BGDCOP"


def test_a_prison_in_another_country_is_not_the_homes(nlp):
    found = codes(actor_doc(nlp, "DHAKA, Bangladesh (AP) — Officials said a prison in Syria was attacked."))
    assert found.get("prison") != "BGDCOP"


def test_an_office_with_no_word_of_whose_stays_open(nlp):
    found = codes(actor_doc(nlp, "SEOUL, South Korea (AP) — Police raided an office of the company."))
    assert "KORGOV" not in found.values()


def test_the_national_assembly_at_home_and_its_spokeswoman(nlp):
    found = codes(actor_doc(nlp, "SEOUL, South Korea (AP) — Crowds gathered outside the National Assembly. "
                                 "A spokeswoman for the presidential office, Kim Soo-yeon, declined to comment."))
    assert found.get("National Assembly") == "KORLEG"
    assert found.get("Kim Soo-yeon") == "KORGOV"


# ------------------------------------------------------------------ 7. generic party names
def test_the_democratic_party_in_a_seoul_story(nlp):
    found = codes(actor_doc(nlp, "SEOUL, South Korea (AP) — The Democratic Party said it would hold a vote. "
                                 "Police raided the presidential office. U.S. officials declined to comment."))
    assert found.get("Democratic Party") == "KORPTY"
    assert found.get("Police") == "KORCOP"


def test_the_democratic_party_beside_the_united_states_is_americas(nlp):
    found = codes(actor_doc(nlp, "SEOUL, South Korea (AP) — The Democratic Party in the United States "
                                 "chose its candidate."))
    assert found.get("Democratic Party") == "USAPTY"


# ------------------------------------------------------------------ 8. leftovers
def test_delegates_do_not_take_the_meeting_places_country(nlp):
    found = codes(actor_doc(nlp, "The delegates met in Tokyo on Monday."))
    assert found.get("delegates") == "---LEG"


def test_police_still_take_the_city_they_are_in(nlp):
    found = codes(actor_doc(nlp, "Police in Caracas detained two activists."))
    assert found.get("Police in Caracas", found.get("Police")) == "VENCOP"


def test_a_country_name_that_is_a_given_name(nlp):
    found = codes(actor_doc(nlp, "Supporters of Jordan Peterson gathered outside the hall."))
    assert "Jordan" not in found
    found = codes(actor_doc(nlp, "Jordan King Abdullah met the envoy."))
    assert found.get("Jordan") == "JOR"


def test_a_common_one_word_kb_name_after_a_given_name_is_someone_else(nlp):
    found = codes(actor_doc(nlp, "A spokesman for the ministry, Ali Hassan, denied the report."))
    assert found.get("Ali Hassan") == "---GOV"
    assert "Hassan" not in found


def test_accused_the_government_of_killing(nlp):
    found = codes(actor_doc(nlp, "Human Rights Watch has accused the government of killing civilians."))
    assert found.get("government") == "---GOV"
    found = codes(actor_doc(nlp, "The government of Mali denied the report."))
    assert found.get("government") != "---GOV"



def test_a_generic_party_called_the_opposition_is_opp(nlp):
    # (lead) a home-country party name many countries use keeps the text's "opposition".
    doc = actor_doc(nlp, "LILONGWE, Malawi (AP) — The opposition Democratic Party said it would appeal the ruling.")
    assert codes(doc).get("Democratic Party") == "MWIOPP"
    doc = actor_doc(nlp, "LILONGWE, Malawi (AP) — The Democratic Party said it would appeal the ruling.")
    assert codes(doc).get("Democratic Party") == "MWIPTY"
