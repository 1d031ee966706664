"""Event dates, round 9: a date that belongs to a noun dates that noun, not the verbs around it
(a year before a noun, "the 2021 ceasefire"; a date phrase after an act told by a noun, "the
arrest of X in March", "since the election in May"); a present participle on a noun shares the
day and tense of its verb ("arrested journalists covering a rally on Tuesday").

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

import pytest

TUESDAY = date(2025, 9, 16)


def dates(code, text: str) -> dict[str, tuple[str, str]]:
    art = code(text, published=TUESDAY)
    return {e.trigger: (e.date.kind, e.date.start.isoformat()) for e in art.events}


@pytest.mark.parametrize("text, trigger", [
    # the year modifies the noun
    ("A colonel said two soldiers were wounded and that the rebels broke the 2019 peace accord.", "wounded"),
    ("Opposition leaders rejected the 2020 election results.", "rejected"),
    # the date phrase follows an act told by a noun
    ("Officials believe the militia kidnapped him in revenge for the arrest of its leader in April.", "kidnapped"),
    ("The rebels attacked the garrison after the capture of their commander in June.", "attacked"),
    ("Students have protested every week since the vote in April.", "protested"),
])
def test_a_date_of_a_noun_does_not_date_the_verb(code, text, trigger):
    assert dates(code, text)[trigger][0] == "publication"


@pytest.mark.parametrize("text, trigger, day", [
    # the act happened within the noun's time
    ("Troops killed four rebels in the 2021 offensive.", "killed", "2021-01-01"),
    # a place, not an act, before the date: the verb keeps it
    ("Police arrested the mayor at the home of his brother in March.", "arrested", "2025-03-01"),
    # the noun is the verb's own subject: the same act
    ("The attack on Friday killed five soldiers.", "killed", "2025-09-12"),
    # a plain verb with its date
    ("Protesters gathered for a rally on Sunday.", "gathered", "2025-09-14"),
])
def test_what_keeps_its_date(code, text, trigger, day):
    assert dates(code, text)[trigger][1] == day


def test_a_present_participle_shares_the_day_of_its_verb(code):
    text = ("Soldiers detained two reporters filming a protest in Harare on Sunday and accused them "
            "of spying, a press group said.")
    got = dates(code, text)
    assert got["detained"][1] == "2025-09-14"
    assert got["accused"][1] == "2025-09-14"


def test_a_past_participle_keeps_its_own_day(code):
    # the treaty was signed in 2018; the violation has no date of its own
    text = "Armenia accused Azerbaijan of violating a treaty signed in 2018."
    assert dates(code, text)["accused"][0] == "publication"
