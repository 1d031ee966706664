"""Round 25 actor rules: a subject "he" continues the person subject of the sentence before, and
"his office" is that person's office; "it" in a clause on the governing verb's object is that
verb's subject; a bare "both" that does not speak is the story's two fighting sides over a nearer
pair of bystanders; "its southern neighbour" must border the owner; a name after an outlet noun
is that outlet, of the story's country; an embassy struck by another stays its owner's. Every
sentence here was written for these tests, each rule with a case where it must not fire."""

from __future__ import annotations

from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


def groups(doc) -> dict[str, list[str]]:
    return {doc[k].text: [a.code for a in g] for k, g in (doc._.tacitus_actor_groups or {}).items()}


# ------------------------------------------------------------------ 1. subject pronouns, "his office"
def test_a_subject_he_continues_the_subject_before(nlp):
    found = codes(actor_doc(nlp, "Kenyan President William Ruto hosted Governor Gladys Wanga in Kisumu. "
                                 "He then flew to Mombasa, according to his office."))
    assert found.get("He") == "KENGOV"
    assert found.get("office") == "KENGOV"


def test_an_object_he_keeps_the_nearest_person(nlp):
    found = codes(actor_doc(nlp, "Kenyan President William Ruto hosted Governor Gladys Wanga in Kisumu. "
                                 "Reporters asked him about the floods."))
    assert found.get("him") != "KENGOV"


# ------------------------------------------------------------------ 2. "it" in a noun's clause
def test_it_in_a_clause_on_the_object_is_the_verbs_subject(nlp):
    found = codes(actor_doc(nlp, "Egypt struck a deal with Sudan. Qatar dismissed claims that it had "
                                 "funded the militia."))
    assert found.get("it") == "QAT"


def test_it_in_a_clause_on_the_subject_is_not_read_so(nlp):
    found = codes(actor_doc(nlp, "Qatar said the claims that it funded the militia were false."))
    assert found.get("it") in (None, "QAT")  # a speaker's clause: never another state


# ------------------------------------------------------------------ 3. "both"
def test_a_bare_both_is_the_fights_sides_not_the_bystanders(nlp):
    found = groups(actor_doc(nlp, "India and Pakistan have exchanged artillery fire for days. Qatar and "
                                  "Norway called for calm. Diplomats fear both will refuse to yield."))
    assert sorted(found.get("both", [])) == ["IND", "PAK"]


def test_a_speaking_both_is_the_nearest_pair(nlp):
    found = groups(actor_doc(nlp, "India and Pakistan have exchanged artillery fire for days. Qatar and "
                                  "Norway called for calm. Both said they were ready to host talks."))
    assert sorted(found.get("Both", [])) == ["NOR", "QAT"]


# ------------------------------------------------------------------ 4. neighbours
def test_a_southern_neighbour_borders_the_owner(nlp):
    found = codes(actor_doc(nlp, "Chad closed its border with Cameroon. N'Djamena, which buys grain from "
                                 "its southern neighbour, expects shortages."))
    assert found.get("southern neighbour") == "CMR"


def test_a_named_state_far_away_is_no_neighbour(nlp):
    found = codes(actor_doc(nlp, "Chad signed a deal with Turkey. N'Djamena, which buys grain from "
                                 "its southern neighbour, expects shortages."))
    assert found.get("southern neighbour") is None


# ------------------------------------------------------------------ 5. named outlets
def test_a_name_after_a_state_paper_is_the_outlet(nlp):
    found = codes(actor_doc(nlp, "HAVANA (AP) - The official daily Granma said fuel deliveries had resumed."))
    assert found.get("Granma") == "CUBMED"


def test_a_place_after_a_verb_stays_a_place(nlp):
    found = codes(actor_doc(nlp, "HAVANA (AP) - The newspaper said Granma province had no power."))
    assert found.get("Granma") != "CUBMED"


# ------------------------------------------------------------------ 6. struck embassies
def test_a_struck_consulate_is_its_owners(nlp):
    found = codes(actor_doc(nlp, "Iran said its embassy in Damascus was damaged by a blast."))
    assert found.get("embassy") == "IRNGOV"


def test_a_reopened_consulate_is_still_the_tie_with_the_host(nlp):
    found = codes(actor_doc(nlp, "Iran reopened its embassy in Damascus on Monday."))
    assert found.get("embassy") == "SYRGOV"
