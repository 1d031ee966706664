"""Round 4 actor rules: "its ally", compass phrases after a ruling noun, state media, minister
"of <country>" after a fronted phrase, civilians without a nationality, armed-group
descriptions, and one rule for a title beside a KB name. Every sentence here was written for
these tests."""

from __future__ import annotations

from datetime import date

from test_actors import actor_doc, by_text


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


# ------------------------------------------------------------------ 1. "its ally"
def test_its_ally_with_a_name_beside_it_is_that_name(nlp):
    doc = actor_doc(nlp, "Chile and Peru signed a water pact. Bolivia criticised Peru, and Chile "
                         "warned its ally Argentina against joining the dispute.")
    found = codes(doc)
    assert found.get("Argentina") == "ARG"
    assert "ally" not in found  # no second, guessed actor on the noun


def test_its_ally_takes_the_nearest_possessor_not_the_sentence_subject(nlp):
    # the possessor is Kenya (nearest before "its"), so its ally is the country the article names
    # most other than Kenya: Uganda; the old rule excluded only the subject (Tanzania) and
    # would have picked Kenya itself
    doc = actor_doc(nlp, "Kenya and Uganda opened a railway. Kenya and Uganda agreed on tariffs. Uganda "
                         "praised Kenya. Tanzania urged Kenya to restrain its ally.")
    assert codes(doc).get("ally") == "UGA"


def test_its_ally_is_left_unresolved_when_two_countries_tie(nlp):
    doc = actor_doc(nlp, "Ghana and Togo met. Nigeria urged Benin to restrain its ally.")
    assert "ally" not in codes(doc)


# ------------------------------------------------------------------ 2. compass phrases
def test_the_government_in_the_north_is_the_dateline_country(nlp):
    doc = actor_doc(nlp, "KHARTOUM, March 4 (Reuters) - Shelling resumed near the river. The government "
                         "in the north said it had repelled an attack.")
    assert codes(doc).get("government") == "SDNGOV"


def test_the_authorities_in_the_east_are_the_dateline_country(nlp):
    doc = actor_doc(nlp, "SANAA, June 1 (Reuters) - Fuel imports resumed on Monday. The authorities in "
                         "the east closed the port.")
    assert codes(doc).get("authorities") == "YEMGOV"


def test_a_compass_phrase_naming_a_country_takes_that_country(nlp):
    doc = actor_doc(nlp, "Talks stalled in Nairobi. The government in the east of Ethiopia welcomed the plan.")
    assert codes(doc).get("government") == "ETHGOV"


def test_a_compass_government_does_not_take_the_last_named_country(nlp):
    # without a dateline the region's country is unknown: not the Philippines named just before
    doc = actor_doc(nlp, "The sailors came from Bulgaria and the Philippines. The government in the south "
                         "said the release was a stunt.")
    assert codes(doc).get("government") != "PHLGOV"


# ------------------------------------------------------------------ 3. state media
def test_state_media_take_the_one_country_of_their_sentence(nlp):
    doc = actor_doc(nlp, "Oman and Qatar signed a gas deal. Qatar's energy minister hailed the accord, "
                         "state media reported.")
    assert codes(doc).get("state media") == "QATGOVMED"  # Phoenix STATE_MEDIA ~GOVMED


def test_state_television_carrying_a_speaker_is_the_speakers_country(nlp):
    doc = actor_doc(nlp, "Oman and Qatar signed a gas deal. Qatari Prime Minister Mohammed bin Abdulrahman "
                         "Al Thani said on state television that the deal was fair to Oman.")
    assert codes(doc).get("state television") == "QATGOVMED"


def test_state_media_with_two_countries_take_the_dateline_country(nlp):
    doc = actor_doc(nlp, "TEHRAN, May 2 (Reuters) - Iran accused Israel of sabotage on Monday, state media said.")
    assert codes(doc).get("state media") == "IRNGOVMED"


def test_state_media_with_two_countries_and_no_dateline_stay_unresolved(nlp):
    doc = actor_doc(nlp, "Iran accused Israel of sabotage on Monday, state media said.")
    assert codes(doc).get("state media") == "---GOVMED"


# ------------------------------------------------------------------ 4. "<title> X of <country>"
def test_minister_of_a_country_after_a_fronted_phrase(nlp):
    for text, name, code in [
        ("On Tuesday, Fisheries Minister Ingrid Solberg of Iceland met the envoys.", "Ingrid Solberg", "ISLGOV"),
        ("Late on Monday, Interior Minister Sofia Ruiz of Chile ordered the arrests.", "Sofia Ruiz", "CHLGOV"),
        ("On Friday, Trade Minister Pieter de Wit of the Netherlands signed the accord.", "Pieter de Wit", "NLDGOV"),
        # the parser hangs this "of Senegal" on the fronted phrase, not on the name
        ("At a summit on Tuesday, Health Minister Amina Diallo of Senegal and Finance Minister Ousmane Ba "
         "of Mali signed the accord.", "Amina Diallo", "SENGOV"),
    ]:
        assert codes(actor_doc(nlp, text)).get(name) == code, text


# ------------------------------------------------------------------ 5. civilians
def test_people_nouns_without_a_nationality_are_civilians(nlp):
    doc = actor_doc(nlp, "Three children and a man were wounded, residents said. Worshippers and "
                         "bystanders fled the square.")
    found = codes(doc)
    assert found.get("children") == "---CVL"
    assert found.get("man") == "---CVL"  # listed with the children
    assert found.get("Worshippers") == "---CVL"  # lay people at a mosque are not clergy (REL)
    assert found.get("bystanders") == "---CVL"


def test_a_bare_man_alone_is_still_no_actor(nlp):
    assert "man" not in codes(actor_doc(nlp, "A man was arrested near the station."))


def test_civilians_in_a_domestic_story_take_the_dateline_country(nlp):
    doc = actor_doc(nlp, "DHAKA, June 3 (Reuters) - A ferry capsized on the river on Monday, "
                         "and villagers said four children were missing.")
    found = codes(doc)
    assert found.get("villagers") == "BGDCVL"
    assert found.get("children") == "BGDCVL"


def test_civilians_stay_without_a_country_when_the_story_names_a_foreign_actor(nlp):
    doc = actor_doc(nlp, "KYIV, June 3 (Reuters) - Russian drones hit the suburbs overnight. Residents "
                         "said four children were hurt.")
    found = codes(doc)
    assert found.get("Residents") == "---CVL"
    assert found.get("children") == "---CVL"


# ------------------------------------------------------------------ armed-group descriptions
def test_the_paramilitary_group_is_the_armed_group_named_before(nlp):
    doc = actor_doc(nlp, "The Rapid Support Forces entered the town. The army accused the paramilitary group "
                         "of looting the market.")
    assert codes(doc).get("paramilitary group") == "SDNREB"


# ------------------------------------------------------------------ 6. one rule for a title beside a KB name
def test_a_title_beside_a_kb_name_beats_an_ended_or_another_office(nlp):
    # Rutte: the KB's Dutch premiership ended in 2024; "NATO chief" is newer evidence
    doc = actor_doc(nlp, "NATO chief Mark Rutte visited the base.", published=date(2025, 3, 1))
    assert by_text(doc)["Mark Rutte"].actor.code.startswith("IGO")
    # "former" keeps the elite code
    doc = actor_doc(nlp, "Former Prime Minister Boris Johnson visited Kyiv.", published=date(2025, 3, 1))
    assert by_text(doc)["Boris Johnson"].actor.sector == "ELI"


# ------------------------------------------------------------------ from the round-4 probe stories
def test_the_cabinet_is_the_earlier_cabinet_not_the_country_named_last(nlp):
    doc = actor_doc(nlp, "Moldova's new cabinet survived a no-confidence vote. Romania welcomed the result. "
                         "Brussels also praised the cabinet.")
    assert codes(doc).get("cabinet") == "MDAGOV"


def test_a_short_name_after_the_full_name_of_one_body(nlp):
    doc = actor_doc(nlp, "The European Commission fined two airlines. A spokesman for the Commission said "
                         "the fines were final.")
    found = codes(doc)
    assert found.get("Commission") == "IGOEUREEC"
    assert found.get("spokesman") == "IGOEUREEC"  # speaks for the body


def test_a_short_name_shared_by_two_bodies_is_not_resolved_to_either(nlp):
    doc = actor_doc(nlp, "The European Union and the African Union met in Addis Ababa. The Union said "
                         "talks would resume.")
    assert codes(doc).get("Union") not in ("IGOEUREEC", "IGOAFRAFU")


def test_brussels_acting_is_the_eu_unless_the_article_names_belgium(nlp):
    doc = actor_doc(nlp, "Serbia rejected the demand, deepening a rift with Brussels over the border.")
    assert codes(doc).get("Brussels") == "IGOEUREEC"
    doc = actor_doc(nlp, "Belgium's prime minister met the mayors. Brussels rejected the regional budget.")
    assert codes(doc).get("Brussels") == "BELGOV"


def test_the_armed_group_is_the_group_its_members_named(nlp):
    doc = actor_doc(nlp, "M23 rebels seized the airport in Bukavu, as the armed group pressed on south.")
    assert codes(doc).get("armed group") == "CODREB"


def test_a_coalition_with_other_words_is_the_coalition_named_before(nlp):
    doc = actor_doc(nlp, "ROME, Nov 6 (Reuters) - Italy's ruling coalition split on Wednesday. The League, the "
                         "junior partner in the three-party coalition, walked out.")
    assert codes(doc).get("coalition") == "ITAGOV"


def test_its_spokeswoman_opening_a_sentence_is_the_previous_subjects(nlp):
    doc = actor_doc(nlp, "Greece's interior ministry said the border would reopen. Its spokeswoman "
                         "declined to give a date.")
    assert codes(doc).get("spokeswoman") == "GRCGOV"


def test_a_known_surname_after_another_given_name_is_another_person(nlp):
    doc = actor_doc(nlp, "On Friday, Finance Minister Tomas Novak of Slovakia said the budget was final.")
    assert codes(doc).get("Tomas Novak") == "SVKGOV"  # not Russia's Alexander Novak
    assert "Novak" not in codes(doc)
    # a spelling of the KB's given name, an honorific or a title keeps the KB person
    doc = actor_doc(nlp, "Sergey Lavrov met Mr Putin and President Erdogan.")
    found = codes(doc)
    assert found.get("Sergey Lavrov") == "RUSGOV"
    assert found.get("Putin") == "RUSGOV"
    assert found.get("Erdogan") == "TURGOV"


def test_the_chancellor_is_the_one_person_named_with_that_office(nlp):
    doc = actor_doc(nlp, "President Emmanuel Macron met Olaf Scholz in Paris. The chancellor said the talks "
                         "were useful.", published=date(2024, 11, 6))
    assert codes(doc).get("chancellor") == "DEUGOV"
    doc = actor_doc(nlp, "President Emmanuel Macron met President Joe Biden in Paris. The president said the "
                         "talks were useful.", published=date(2024, 11, 6))
    assert codes(doc).get("president") not in ("FRAGOV", "USAGOV")  # two presidents: no guess
