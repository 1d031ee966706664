"""Round 10 actor rules: ships in a military exercise are navies', and bare forces that a
country deploys, keeps or is accused of sending are its military. Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


# ------------------------------------------------------------------ 1. ships in drills
def test_vessels_in_an_exercise_are_military(nlp):
    found = codes(actor_doc(nlp, "Spanish and Greek vessels joined the week-long exercise off Crete on Monday."))
    assert found.get("Spanish") == "ESPMIL"
    assert found.get("Greek vessels") == "GRCMIL"


def test_vessels_listed_with_warships_are_military(nlp):
    found = codes(actor_doc(nlp, "Two Dutch warships and three Danish vessels sailed through the strait."))
    assert found.get("Danish vessels") == "DNKMIL"


def test_merchant_vessels_stay_merchant_even_in_drills(nlp):
    found = codes(actor_doc(nlp, "Greek cargo vessels were told to avoid the area during the drills."))
    assert found.get("Greek cargo vessels") == "GRCBUS"


def test_vessels_seized_by_a_navy_stay_merchant(nlp):
    found = codes(actor_doc(nlp, "The navy said it had seized two Maltese vessels carrying fuel."))
    assert found.get("Maltese vessels") == "MLTBUS"


# ------------------------------------------------------------------ 2. deployed forces
def test_troops_a_country_has_are_its_military(nlp):
    found = codes(actor_doc(nlp, "Chad, which has troops in the region, said it would stay."))
    assert found.get("troops") == "TCDMIL"


def test_soldiers_an_army_deploys_are_its_own(nlp):
    found = codes(actor_doc(nlp, "The Nigerien army has deployed thousands of soldiers along the border."))
    assert found.get("soldiers") == "NERMIL"


def test_troops_a_country_is_accused_of_sending_are_that_countrys(nlp):
    found = codes(actor_doc(nlp, "Sudan's foreign minister accused Chad of sending troops across the border."))
    assert found.get("troops") == "TCDMIL"


def test_troops_that_fight_a_country_are_not_its_own(nlp):
    found = codes(actor_doc(nlp, "Chad said troops had attacked a village near the border."))
    assert found.get("troops") == "---MIL"


def test_troops_a_person_welcomes_are_not_placed(nlp):
    found = codes(actor_doc(nlp, "Residents in Chad's capital welcomed troops on Sunday."))
    assert found.get("troops") == "---MIL"


# ------------------------------------------------------------------ 3. members speak of their group
def test_the_group_is_the_speaking_members_own(nlp):
    doc = actor_doc(nlp, "Hezbollah fired rockets at a base on Monday. The Security Council met on Tuesday. "
                         "Hezbollah officials said the group would keep fighting.")
    group = [m for m in doc._.tacitus_actors if m.text == "group"]
    assert group and group[0].actor.code == "LBNREB"


def test_the_group_under_a_plain_speaker_is_still_the_group_named_before(nlp):
    doc = actor_doc(nlp, "Hamas fighters attacked a checkpoint on Monday. Egyptian officials said the group "
                         "had agreed to talks.")
    group = [m for m in doc._.tacitus_actors if m.text == "group"]
    assert group and group[0].actor.code == "PSEREB"


# ------------------------------------------------------------------ 4. peacekeeping missions
def test_the_mission_after_a_peacekeeping_mission_is_that_mission(nlp):
    doc = actor_doc(nlp, "The UN peacekeeping force in South Sudan, UNMISS, said on Friday that its base had "
                         "been shelled. The mission said two people were hurt.")
    found = codes(doc)
    assert found.get("force", "").startswith("IGOUNO") and found["force"].endswith("MIL")
    mission = [m for m in doc._.tacitus_actors if m.text == "mission"]
    assert mission and mission[0].actor.code == found["force"]


def test_a_mission_with_no_peacekeepers_named_is_left_alone(nlp):
    doc = actor_doc(nlp, "The European Union sent observers to the election. The mission said voting was calm.")
    assert not any(m.text == "mission" and m.actor is not None and (m.actor.code or "").endswith("MIL")
                   for m in doc._.tacitus_actors)


def test_a_missions_own_troops_are_the_missions(nlp):
    doc = actor_doc(nlp, "The UN mission in Mali, MINUSMA, said its troops had repelled an attack.")
    found = codes(doc)
    assert found.get("troops") == found.get("MINUSMA")


# ------------------------------------------------------------------ 5. "former" before a KB name
def test_a_former_president_the_kb_keeps_in_office_is_an_elite(nlp):
    doc = actor_doc(nlp, "Former Kyrgyz president Almazbek Atambayev criticised the deal on Monday.",
                    published=date(2026, 11, 20))
    assert codes(doc).get("Almazbek Atambayev") == "KGZELI"


def test_a_president_titled_as_such_keeps_the_office(nlp):
    doc = actor_doc(nlp, "Kyrgyz President Almazbek Atambayev criticised the deal on Monday.",
                    published=date(2012, 5, 1))
    assert codes(doc).get("Almazbek Atambayev") == "KGZGOV"


# ------------------------------------------------------------------ 6. "the country" in a leader's words
def test_the_country_in_a_prime_ministers_words_is_his_own(nlp):
    doc = actor_doc(nlp, "SUVA, Fiji (AP) — Fiji will end a training deal with India, a move praised by "
                         "New Zealand. Prime Minister Sitiveni Rabuka told lawmakers that the country would "
                         "train its own officers.")
    country = [m for m in doc._.tacitus_actors if m.text == "country"]
    assert country and country[0].actor.country == "FJI"


def test_the_country_after_a_non_government_speaker_is_unchanged(nlp):
    doc = actor_doc(nlp, "Brazil's foreign minister visited Peru on Monday. Analysts said the country "
                         "needed investment.")
    country = [m for m in doc._.tacitus_actors if m.text == "country"]
    assert country and country[0].actor.country == "PER"


# ------------------------------------------------------------------ 7. a party named in apposition
def test_a_party_named_after_his_party_is_that_party_not_the_country_in_its_name(nlp):
    doc = actor_doc(nlp, "Opposition leader Maria Corina Machado said the vote was rigged. Her party, "
                         "Vente Venezuela, called for protests.")
    found = codes(doc)
    assert found.get("Vente Venezuela") == found.get("party") == "VENOPP"
    assert "Venezuela" not in found


def test_a_party_named_in_apposition_beats_a_foreign_party_matched_inside_it(nlp):
    doc = actor_doc(nlp, "Former prime minister Shinzo Abe spoke on Monday. His party, the Liberal Democratic "
                         "Party, won the vote.", published=date(2021, 5, 1))
    found = codes(doc)
    assert found.get("Liberal Democratic Party") == "JPNPTY"
    assert "USAPTY" not in found.values()


def test_a_known_party_of_the_owners_country_keeps_its_own_code(nlp):
    doc = actor_doc(nlp, "Opposition leader Kemal Kilicdaroglu spoke on Monday. His party, CHP, called for "
                         "protests.", published=date(2021, 5, 1))
    assert codes(doc).get("CHP") == "TURPTY"


# ------------------------------------------------------------------ 8. "<country> <Name> party"
def test_a_party_named_with_an_agent_word_is_a_party(nlp):
    found = codes(actor_doc(nlp, "The Lebanese Forces party said only the state should hold weapons."))
    assert found.get("Lebanese Forces party") == "LBNPTY"


def test_a_police_helicopter_is_still_the_polices(nlp):
    found = codes(actor_doc(nlp, "A Venezuelan police helicopter flew over the square."))
    assert not any(code == "VENPTY" for code in found.values())
    assert any(code == "VENCOP" for code in found.values())


# ------------------------------------------------------------------ 9. states and channels
def test_exile_and_social_media_are_not_actors(nlp):
    found = codes(actor_doc(nlp, "The former minister, who lives in exile, criticised the deal on social media."))
    assert "exile" not in found and "media" not in found and "social media" not in found


def test_exiles_and_the_media_still_are(nlp):
    found = codes(actor_doc(nlp, "Iranian exiles told the media they would protest."))
    assert found.get("media") == "---MED"
    assert found.get("Iranian exiles", "").endswith("OPP")


# ------------------------------------------------------------------ 10. "known as"
def test_a_long_name_known_by_a_short_one_takes_its_code(nlp):
    doc = actor_doc(nlp, "The Revolutionary Armed Forces of Colombia, known as the FARC, denied the attack. "
                         "The National Liberation Army, known as the ELN, also denied any role.")
    found = codes(doc)
    assert found.get("National Liberation Army") == found.get("ELN") == "COLREB"


def test_a_generic_agent_noun_without_a_short_name_is_unchanged(nlp):
    found = codes(actor_doc(nlp, "The army, which was known for its discipline, denied the attack."))
    assert found.get("army") == "---MIL"


# ------------------------------------------------------------------ 11. a plural possessive before an agent phrase
def test_an_agent_phrase_after_a_plural_possessive_starts_after_the_apostrophe(nlp):
    doc = actor_doc(nlp, "Peru and Chile called a meeting of the two countries' foreign ministers.")
    assert any(m.text == "foreign ministers" for m in doc._.tacitus_actors)
    assert not any(m.text.startswith("'") for m in doc._.tacitus_actors)


def test_the_government_in_the_oppositions_words_is_its_own_countrys(nlp):
    doc = actor_doc(nlp, "Peru's foreign ministry protested to Chile on Monday. Police in Lima arrested two men. "
                         "Opposition leader Keiko Fujimori said the government had lost control of the streets.",
                    published=date(2023, 5, 1))
    government = [m for m in doc._.tacitus_actors if m.text == "government"]
    assert government and government[0].actor.code == "PERGOV"


# ------------------------------------------------------------------ 12. "his" after an office named alone
def test_his_government_after_a_minister_named_by_office_is_that_countrys(nlp):
    doc = actor_doc(nlp, "Uganda's foreign minister said on Monday that his government had not sent troops "
                         "to Kenya.")
    government = [m for m in doc._.tacitus_actors if m.text == "government"]
    assert government and government[0].actor.code == "UGAGOV"


def test_their_government_after_plural_ministers_is_not_taken_from_them(nlp):
    doc = actor_doc(nlp, "Kenyan ministers met Ugandan officials, who said his government was ready.")
    government = [m for m in doc._.tacitus_actors if m.text == "government"]
    assert not government or government[0].actor.code != "KENGOV"


# ------------------------------------------------------------------ 13. "her office"
def test_her_office_speaks_for_the_minister_named_before(nlp):
    doc = actor_doc(nlp, "Foreign Minister Penny Wong said aid would continue. Her office said 40 officers "
                         "would travel to Tonga.", published=date(2024, 6, 1))
    office = [m for m in doc._.tacitus_actors if m.text == "office"]
    assert office and office[0].actor.code == "AUSGOV"


def test_a_former_leaders_office_is_not_a_government(nlp):
    doc = actor_doc(nlp, "Former president Juan Manuel Santos urged talks. His office said he would travel.",
                    published=date(2024, 6, 1))
    office = [m for m in doc._.tacitus_actors if m.text == "office"]
    assert not office or not office[0].actor.code.endswith("GOV")


# ------------------------------------------------------------------ 14. officers in a police story
def test_bare_officers_in_a_sentence_about_police_are_police(nlp):
    found = codes(actor_doc(nlp, "Fiji said it would send officers to help the Tongan police."))
    assert found.get("officers", "").endswith("COP")


def test_bare_officers_elsewhere_stay_military(nlp):
    found = codes(actor_doc(nlp, "The court jailed three officers for plotting a coup."))
    assert found.get("officers", "").endswith("MIL")
