"""Round 23 actor rules: a body named by its country ("the <Country> Union of X", "the Law Society
of <Country>") is one mention of that country's body, a treasury is its state's government, "the
two presidents" are the two states named before, a person's things make their owner a person,
and an owned envoy "from" a capital is not that capital's. Every sentence here was written for
these tests."""

from __future__ import annotations

from tacitus.kb import PERSON_NOUNS
from tacitus.pipeline.coref import groups_by_token
from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


def group_codes(doc, word: str) -> list[str] | None:
    groups = groups_by_token(doc)
    i = next((t.i for t in doc if t.text == word), None)
    return [a.code for a in groups[i]] if i in groups else None


# ------------------------------------------------------------------ 1. bodies named by their country
def test_a_commission_named_by_its_country_stays_one_mention(nlp):
    found = codes(actor_doc(nlp, "The Malawi National Commission on Human Rights condemned the beatings."))
    assert found.get("Malawi National Commission on Human Rights") == "MWIHRI"
    assert "Malawi National" not in found


def test_a_union_named_by_its_country_is_labour(nlp):
    found = codes(actor_doc(nlp, "The Zambia National Union of Teachers called a strike on Monday."))
    assert found.get("Zambia National Union of Teachers") == "ZMBLAB"


def test_a_professional_body_of_a_country(nlp):
    doc = actor_doc(nlp, "The Law Society of Uganda criticised the arrests. It said the lawyers were held illegally.")
    found = codes(doc)
    assert found.get("Law Society of Uganda") == "UGAJUD"
    assert found.get("It") == "UGAJUD"
    assert codes(actor_doc(nlp, "The Ghanaian Bar Association backed the judges.")).get("Ghanaian Bar Association") \
        == "GHAJUD"


def test_a_country_name_with_no_body_word_stays_the_country(nlp):
    found = codes(actor_doc(nlp, "The Kenya Open golf tournament was postponed as Kenya mourned."))
    assert not any(text.startswith("Kenya Open") and code and len(code) > 3 for text, code in found.items())


# ------------------------------------------------------------------ 2. the treasury
def test_a_countrys_treasury_is_its_government(nlp):
    assert codes(actor_doc(nlp, "Zambia's treasury said it had paid the bondholders.")).get("Zambia's treasury") \
        == "ZMBGOV"


# ------------------------------------------------------------------ 3. person nouns
def test_writers_and_editors_are_people():
    assert {"editor", "publisher", "blogger", "writer", "author", "dissident"} <= PERSON_NOUNS


def test_a_bare_editor_keeps_its_sector(nlp):
    assert (codes(actor_doc(nlp, "The editor refused to name the source.")).get("editor") or "")[3:] == "MED"


# ------------------------------------------------------------------ 4. the two presidents
def test_the_two_presidents_after_two_office_holders(nlp):
    doc = actor_doc(nlp, "Ghana's president hosted Togo's leader in Accra. The two presidents signed a trade pact.")
    assert group_codes(doc, "presidents") == ["GHAGOV", "TGOGOV"]
    assert codes(doc).get("presidents") != "GHAGOV"  # not the one president named first


def test_the_two_ministers_after_two_states(nlp):
    doc = actor_doc(nlp, "Peru and Chile reopened talks. The two foreign ministers will meet next week.")
    assert group_codes(doc, "ministers") == ["PERGOV", "CHLGOV"]


def test_the_two_men_are_not_two_states(nlp):
    doc = actor_doc(nlp, "Peru and Chile reopened talks. The two men were later released.")
    assert group_codes(doc, "men") is None


# ------------------------------------------------------------------ 5. a person's things
def test_a_person_whose_phone_was_seized_is_no_town(nlp):
    found = codes(actor_doc(nlp, "Officers arrested the blogger Mwangi in Nakuru. They confiscated Mwangi's laptop "
                                 "and Mwangi's passport."))
    assert not any(text == "Mwangi" and code and len(code) == 3 for text, code in found.items())


# ------------------------------------------------------------------ 6. an owned envoy from a capital
def test_an_owned_envoy_from_a_capital_is_not_seated_there(nlp):
    found = {m.text: m for m in actor_doc(nlp, "Bahrain recalled its ambassador from Baghdad on Friday.")._.tacitus_actors}
    assert "ambassador from Baghdad" not in found


def test_an_unowned_envoy_from_a_capital_is_its_states(nlp):
    assert codes(actor_doc(nlp, "An envoy from Kyiv arrived in Warsaw.")).get("envoy from Kyiv") == "UKRGOV"
