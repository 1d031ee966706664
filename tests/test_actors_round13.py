"""Round 13 actor rules: forces of the speaker who commands them, of the deployer and of the
story's one army; bodies of a city's scene and of the home country (vote bodies, police
officers, counted people detained); ships of a named coast guard or navy; boats, people and
bodies of a trade. Every sentence here was written for these tests; each rule has a case
where it must not fire."""

from __future__ import annotations

from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


# ------------------------------------------------------------------ 1. whose forces
def test_forces_deployed_in_a_list_are_the_deployers(nlp):
    found = codes(actor_doc(nlp, "Chile has deployed armoured trucks and several hundred soldiers to the northern border."))
    assert found.get("soldiers") == "CHLMIL"


def test_an_interior_ministers_officers_are_home_police(nlp):
    text = ("LIMA, Peru (Wire) - Interior Minister Rosa Quispe said the depot had been closed and that officers "
            "had seized ledgers.")
    found = codes(actor_doc(nlp, text))
    assert found.get("Rosa Quispe") == "PERGOV"
    assert found.get("officers") == "PERCOP"


def test_a_defence_ministers_armed_forces_and_nation_are_his_own(nlp):
    text = ("Colombia said it would guard its border. Defence Minister Vladimir Padrino Lopez said the armed forces "
            "stood ready to protect the nation's sovereignty and denied that any soldiers had crossed the river.")
    found = codes(actor_doc(nlp, text))
    assert found.get("armed forces") == "VENMIL"
    assert found.get("soldiers") == "VENMIL"
    assert found.get("nation") == "VEN"


def test_a_speaker_who_commands_no_forces_leaves_soldiers_open(nlp):
    found = codes(actor_doc(nlp, "Venezuelan President Nicolas Maduro said soldiers had crossed the river at dawn."))
    assert found.get("soldiers") == "---MIL"


def test_a_titled_spokesman_speaks_for_the_body_his_title_names(nlp):
    text = ("Chad's army and the rebels signed a truce on Monday.\n\nArmy spokesman Ahmed Saleh said the military "
            "would hold its fire. The rebels accused the army of shelling a village.")
    found = codes(actor_doc(nlp, text))
    assert found.get("Ahmed Saleh") == "TCDMIL"
    assert found.get("military") == "TCDMIL"
    assert found.get("army") == "TCDMIL"


def test_a_spokesman_titled_with_a_body_never_named_keeps_no_country(nlp):
    text = ("Chad's army and the rebels signed a truce on Monday.\n\nPolice spokesman Ahmed Saleh said the military "
            "would hold its fire.")
    found = codes(actor_doc(nlp, text))
    assert found.get("Ahmed Saleh") == "---COP"
    # (round 29: "the military" after "Chad's army" in the sentence before is Chad's, `_named_armies`)
    assert found.get("military") == "TCDMIL"


def test_soldiers_in_a_story_of_one_army_are_that_armys(nlp):
    text = "Mali's army fought the rebels near Gao last week. On Sunday the rebels released 40 soldiers."
    assert codes(actor_doc(nlp, text)).get("soldiers") == "MLIMIL"


def test_soldiers_in_a_story_of_two_armies_stay_open(nlp):
    text = ("Mali's army and Niger's army met the rebels near Gao last week. On Sunday the rebels released "
            "40 soldiers.")
    assert codes(actor_doc(nlp, text)).get("soldiers") == "---MIL"


# ------------------------------------------------------------------ 1. the scene and the home country
def test_bodies_in_a_citys_scene_are_that_countrys(nlp):
    text = ("QUITO, Ecuador (Wire) - Ecuador protested on Monday. Police in Lima detained five students who "
            "marched outside the national electoral council, a rights group said.")
    found = codes(actor_doc(nlp, text))
    assert found.get("electoral council") == "PERGOV"


def test_a_scene_sentence_naming_another_country_sets_no_owner(nlp):
    text = ("QUITO, Ecuador (Wire) - Ecuador protested on Monday. Activists marched in Lima past the Brazilian "
            "embassy.")
    assert codes(actor_doc(nlp, text)).get("Activists") in ("---OPP", None)


def test_a_vote_body_and_police_officers_are_the_home_countrys(nlp):
    text = ("YEREVAN, Armenia (Wire) - The opposition rejected the count.\n\nThe Central Election Commission "
            "declared the ruling party the winner. At least ten police officers were hurt, the ministry said.")
    found = codes(actor_doc(nlp, text))
    assert found.get("Central Election Commission") == "ARMGOV"
    assert found.get("police officers") == "ARMCOP"


def test_a_commission_with_no_election_word_is_no_home_body(nlp):
    text = "YEREVAN, Armenia (Wire) - The opposition rejected the count. A trade commission met on Friday."
    assert codes(actor_doc(nlp, text)).get("trade commission") in ("---GOV", "---BUS", None)


def test_counted_people_detained_are_home_civilians(nlp):
    text = ("YEREVAN, Armenia (Wire) - Russia warned the West.\n\nRiot police broke up the rally, the interior "
            "ministry said. Thirty people were detained, the ministry said.")
    assert codes(actor_doc(nlp, text)).get("people") == "ARMCVL"


def test_counted_people_who_act_are_no_actor(nlp):
    text = "YEREVAN, Armenia (Wire) - Two hundred people marched to the square on Monday."
    assert "people" not in codes(actor_doc(nlp, text))


# ------------------------------------------------------------------ 2. ships and trades
def test_a_named_coast_guards_country_has_state_ships(nlp):
    text = ("HANOI, Vietnam (Wire) - Two Chinese coast guard ships chased Vietnamese fishing boats near the reef, "
            "injuring four fishermen. The Chinese ships then blocked the fishing fleet, and a Chinese cargo ship "
            "passed by.")
    found = codes(actor_doc(nlp, text))
    assert found.get("Chinese ships") == "CHNMIL"
    assert found.get("Chinese cargo ship") == "CHNBUS"
    assert found.get("fishermen") == "VNMAGR"
    assert found.get("fishing fleet") == "VNMAGR"


def test_ships_of_a_country_with_no_named_service_stay_merchant(nlp):
    found = codes(actor_doc(nlp, "Two Chinese ships docked at the port on Monday, officials said."))
    assert found.get("Chinese ships") == "CHNBUS"


def test_trade_groups_and_their_chairman_are_the_trades(nlp):
    text = ("HANOI, Vietnam (Wire) - Lan Nguyen, chairwoman of a national fishermen's federation, spoke on Monday.")
    found = codes(actor_doc(nlp, text))
    assert found.get("fishermen's federation") == "VNMAGR"
    assert found.get("Lan Nguyen") == "VNMAGR"


def test_a_trade_body_with_no_country_near_stays_open(nlp):
    found = codes(actor_doc(nlp, "Lan Nguyen, chairwoman of a fishermen's federation, spoke on Monday."))
    assert found.get("fishermen's federation") == "---AGR"


def test_a_surname_follows_its_full_names_home_country(nlp):
    text = ("BAKU, Azerbaijan (Wire) - Police arrested opposition leader Elnur Mammadli on Monday.\n\n"
            "Mammadli was held overnight, his lawyer said.")
    found = codes(actor_doc(nlp, text))
    assert found.get("Elnur Mammadli") == found.get("Mammadli") == "AZEOPP"


def test_a_surname_of_a_full_name_with_no_country_keeps_none(nlp):
    found = codes(actor_doc(nlp, "Opposition leader Elnur Mammadli spoke on Monday. Mammadli was held overnight."))
    assert found.get("Mammadli") == "---OPP"


def test_forces_listed_with_what_no_one_deploys_stay_open(nlp):
    found = codes(actor_doc(nlp, "Chile's report named armoured trucks and several hundred soldiers near the border."))
    assert found.get("soldiers") == "---MIL"


def test_the_nation_after_a_country_named_in_the_clause_is_not_the_speakers(nlp):
    text = ("Defence Minister Vladimir Padrino Lopez said Colombia's army was ready to protect the nation's "
            "sovereignty.")
    assert codes(actor_doc(nlp, text)).get("nation") != "VEN"


def test_an_interior_minister_with_no_dateline_keeps_no_country(nlp):
    found = codes(actor_doc(nlp, "Interior Minister Rosa Quispe said the depot had been closed."))
    assert found.get("Rosa Quispe") == "---GOV"
