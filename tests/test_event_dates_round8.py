"""Event dates, round 8: a pledge, an offer of forces or a threat is made when its verb says,
not when the act it promises would happen ("agreed on Thursday to hold talks next week" is
Thursday's); the act of a named party told in a relative clause does not take the day of the
main clause ("..., according to the group, which accused ..." is not the day of what the group
reported).

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

import pytest

TUESDAY = date(2025, 9, 16)


def dated(code, text: str) -> dict[str, str]:
    art = code(text, published=TUESDAY)
    return {e.cameo: e.date.start.isoformat() for e in art.events}


@pytest.mark.parametrize("text, cameo, day", [
    # the pledge happened on Friday; the talks are next week
    ("The two foreign ministers agreed on Friday to hold talks in Oslo next week.", "036", "2025-09-12"),
    ("Norway pledged on Monday to send aid to Chile in December.", "033", "2025-09-15"),
    ("Belgium offered on Saturday to send a battalion to Estonia next year.", "0332", "2025-09-13"),
])
def test_a_pledge_is_dated_when_it_was_made(code, text, cameo, day):
    assert dated(code, text).get(cameo) == day


@pytest.mark.parametrize("text, cameo, day", [
    # a future act announced, not a pledge: the act keeps its own day
    ("Chile will send aid to Peru on Friday.", "033", "2025-09-19"),
])
def test_what_keeps_the_acts_own_day(code, text, cameo, day):
    assert dated(code, text).get(cameo) == day


def test_a_pledge_that_names_no_day_is_on_or_before_publication(code):
    # December is when the aid would go, not when Norway pledged it
    art = code("Norway pledged to send aid to Chile in December.", published=TUESDAY)
    assert [(e.cameo, e.date.kind) for e in art.events] == [("033", "publication")]


def test_a_named_partys_relative_clause_does_not_take_the_main_clauses_day(code):
    text = ("Hungary expelled 300 migrants last week, according to Amnesty International, "
            "which accused Hungary of breaking the law.")
    days = {e.trigger: e.date for e in code(text, published=TUESDAY).events}
    assert days["expelled"].start == date(2025, 9, 8)
    assert days["accused"].kind == "publication"


def test_a_relative_clause_on_a_thing_still_takes_the_sentences_day(code):
    # the shelling is the explosion's; "which" hangs on a noun, not on a party
    text = "A shell hit a school in Kharkiv on Sunday, which killed four children."  # "which" on Sunday
    days = {e.trigger: e.date.start for e in code(text, published=TUESDAY).events}
    assert all(d == date(2025, 9, 14) for d in days.values()), days


@pytest.mark.parametrize("text, trigger", [
    # the parser joins the participle as a second verb: its year is the independence's
    ("Serbia does not recognise Kosovo's independence, declared in 2008.", "recognise"),
    # a present act beside a future one: June is the sending's
    ("Russia supports the plan and will send troops in June.", "supports"),
])
def test_a_conjoined_verb_of_another_tense_keeps_its_date(code, text, trigger):
    days = {e.trigger: e.date for e in code(text, published=TUESDAY).events}
    assert days[trigger].kind == "publication", days


def test_conjoined_verbs_of_one_tense_share_the_date(code):
    days = {e.trigger: e.date.start for e in code(
        "Rebels stormed the base and seized the airport on Sunday.", published=TUESDAY).events}
    assert days and all(d == date(2025, 9, 14) for d in days.values()), days
