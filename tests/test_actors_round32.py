"""Round 32 (lead): a body the KB knows as another state's, after a country's possessive, is the
possessor's ("Iran's Supreme National Security Council"); "the agency" takes the body the KB
knows whose name ends in its noun, however far back; "the government" opening a paragraph of a
datelined story is the dateline country's when the foreign state named last lies two paragraphs
back or more (named in the paragraph just before, it stays that state's). Every sentence here was
written for these tests."""

from __future__ import annotations

from datetime import date

from test_actors import actor_doc


def _government(doc) -> str | None:
    return next((m.actor.code for m in doc._.tacitus_actors if m.text.lower() in ("government", "the government")
                 and m.actor is not None), None)


_LEAD = ("MONROVIA, March 4, 2025 (Wire) - Gunmen burned a clinic in a Liberian border town on Monday.\n\n"
         "On Tuesday the United States sanctioned two timber traders accused of arming the gunmen.\n\n")


def test_the_government_two_paragraphs_after_a_foreign_state_is_the_datelines(nlp):
    text = _LEAD + "Residents said nine people died in the fire.\n\nThe government denied that the army had fled."
    assert _government(actor_doc(nlp, text, date(2025, 3, 4))) == "LBRGOV"


def test_the_government_right_after_a_foreign_state_stays_that_states(nlp):
    # must not fire: the state acting in the paragraph just before owns "the government"
    text = _LEAD + "The government said more sanctions would follow."
    assert _government(actor_doc(nlp, text, date(2025, 3, 4))) == "USAGOV"


def test_the_agency_is_the_body_whose_name_ends_in_agency(nlp):
    text = ("VIENNA, Sept 4, 2025 (Wire) - The International Atomic Energy Agency met on Monday. "
            "Later, Iran's security council said Tehran would curb visits by the agency's inspectors.")
    codes = {m.text: m.actor.code for m in actor_doc(nlp, text, date(2025, 9, 4))._.tacitus_actors
             if m.actor is not None}
    assert codes.get("agency", "").startswith("IGOUNO")


def test_a_name_not_ending_in_the_noun_is_not_taken(nlp):
    # must not fire: nothing named before ends in "group", so the description stays open
    text = "The Red Cross and UNICEF met on Monday. Later the group said aid would resume."
    codes = {m.text: m.actor.code for m in actor_doc(nlp, text, date(2025, 9, 4))._.tacitus_actors
             if m.actor is not None}
    assert not codes.get("group", "").startswith("IGOUNO")


def test_a_states_possessive_beats_another_states_kb_body(nlp):
    text = "Iran's Supreme National Security Council said on Thursday that talks with inspectors were over."
    codes = {m.text: m.actor.code for m in actor_doc(nlp, text, date(2025, 9, 4))._.tacitus_actors
             if m.actor is not None}
    assert codes.get("National Security Council") == "IRNGOV"


def test_the_kb_bodys_own_state_keeps_it(nlp):
    # must not fire: the possessor is the body's own state
    text = "America's National Security Council said on Thursday that talks with Iran were over."
    codes = {m.text: m.actor.code for m in actor_doc(nlp, text, date(2025, 9, 4))._.tacitus_actors
             if m.actor is not None}
    assert codes.get("National Security Council") == "USAGOV"
