"""Round 9 actor rules: an army or armed men with no owner in a story about the home country,
"The group" continuing the previous sentence's subject, "both sides" as the two sides of the
story's fight or dispute, East Timor's parties, cabinet titles alone at home, and outlets cited
as a source. Every sentence here was written for these tests."""

from __future__ import annotations

from tacitus.pipeline.coref import groups_by_token
from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


def pairs(doc) -> list[list[str]]:
    return [sorted(a.code for a in actors) for actors in groups_by_token(doc).values()]


# ------------------------------------------------------------------ 1. armed men at home
def test_fighters_and_army_take_the_home_country_the_story_names(nlp):
    doc = actor_doc(nlp, "GAO, Mali (AP) — Armed fighters raided a market in Mali's Gao region on Sunday, "
                         "residents said. The rebels, who have been fighting the army for years, denied it.")
    found = codes(doc)
    assert found.get("fighters") == "MLIREB"
    assert found.get("army") == "MLIMIL"


def test_armed_men_stay_unplaced_when_another_country_is_named(nlp):
    doc = actor_doc(nlp, "MANDERA, Kenya (AP) — Fighters crossed from Somalia into Kenya's Mandera county "
                         "overnight. The army said it repelled them.")
    found = codes(doc)
    assert found.get("Fighters") == "---REB"
    assert found.get("army") == "---MIL"


def test_troops_are_not_taken_as_the_home_country(nlp):
    doc = actor_doc(nlp, "GAO, Mali (AP) — Troops patrolled the streets of Mali's northern towns on Sunday.")
    assert codes(doc).get("Troops") == "---MIL"


# ------------------------------------------------------------------ 2. "The group"
def test_the_group_continues_the_previous_subject_over_an_older_armed_group(nlp):
    doc = actor_doc(nlp, "Al-Shabaab fighters shelled a market on Monday. Amnesty International said the "
                         "attack killed nine people. The group called for an inquiry.")
    group = [m for m in doc._.tacitus_actors if m.text == "group"]
    assert group and group[0].actor.code == "NGOHRIAMN"


def test_the_group_after_a_country_subject_is_still_the_armed_group(nlp):
    doc = actor_doc(nlp, "The Rapid Support Forces shelled the town on Monday. Egypt said the attack was "
                         "unacceptable. The group denied any role.")
    group = [m for m in doc._.tacitus_actors if m.text == "group"]
    assert group and group[0].actor.code == "SDNREB"


# ------------------------------------------------------------------ 3. "both sides"
def test_both_sides_are_the_accuser_and_the_accused(nlp):
    doc = actor_doc(nlp, "ADDIS ABABA, Ethiopia (Reuters) - Ethiopia accused Eritrea of massing troops on the "
                         "border. The prime minister told parliament the country wanted peace. Kenya urged both "
                         "sides to talk.")
    assert pairs(doc) == [["ERI", "ETH"]]


def test_both_sides_are_an_armed_group_and_the_army_it_fights(nlp):
    doc = actor_doc(nlp, "The Rapid Support Forces, which have been battling the Sudanese army, shelled the "
                         "town. Egypt and Saudi Arabia said they were in contact with both sides.")
    assert pairs(doc) == [["SDNMIL", "SDNREB"]]


def test_the_speakers_are_never_both_sides(nlp):
    doc = actor_doc(nlp, "Norway and Kenya said they were in contact with both sides.")
    assert pairs(doc) == []


def test_conjoined_parties_that_met_are_still_both_parties(nlp):
    doc = actor_doc(nlp, "Serbia and Kosovo met in Brussels on Monday, and the EU urged both parties to "
                         "implement the deal.")
    assert pairs(doc) == [["SRB", "XKX"]]


# ------------------------------------------------------------------ 4. East Timor's parties
def test_a_known_party_beats_a_person_tag_and_its_lawmakers_follow(nlp):
    doc = actor_doc(nlp, "DILI, East Timor (AP) — Fretilin said on Tuesday its lawmakers would walk out of "
                         "the budget debate.")
    found = codes(doc)
    assert found.get("Fretilin") == "TMPPTY"
    assert found.get("lawmakers") == "TMPLEG"


# ------------------------------------------------------------------ 5. cabinet titles alone
def test_a_bare_cabinet_title_is_the_home_country_after_foreign_neighbours(nlp):
    doc = actor_doc(nlp, "QUITO, Ecuador (AP) — Colombia and Peru closed their borders on Friday. The defence "
                         "minister said patrols would increase.")
    assert codes(doc).get("defence minister") == "ECUGOV"


def test_a_cabinet_title_after_a_foreign_name_in_its_own_sentence_stays_open(nlp):
    doc = actor_doc(nlp, "QUITO, Ecuador (AP) — Talks stalled on Friday. After Colombia's envoy left, the "
                         "defence minister said patrols would increase.")
    assert codes(doc).get("defence minister") == "---GOV"


# ------------------------------------------------------------------ 6. outlets
def test_a_known_daily_is_media_of_its_country(nlp):
    doc = actor_doc(nlp, "The mayor told El Tiempo that the road would reopen.")
    assert codes(doc).get("El Tiempo") == "COLMED"


def test_an_unknown_newspaper_cited_as_a_source_is_media(nlp):
    doc = actor_doc(nlp, "Rebels attacked a convoy, according to documents obtained by El Heraldo.")
    assert codes(doc).get("El Heraldo") == "---MED"


def test_an_unknown_organisation_cited_as_a_source_is_not_media(nlp):
    doc = actor_doc(nlp, "Rebels attacked a convoy, according to the Citizens Forum.")
    assert codes(doc).get("Citizens Forum") != "---MED"
