"""Event dates, round 11: a definite noun for the doers of the act told just before ("the
attackers", "the gunmen") carries its date, also when that act is reported ("..., officials
said."); a sequel on a later day (a release after a detention, a death after a wounding) and a
sentence with its own cue of later time ("later", "weeks after", "since then") do not take it;
a range of days within one month ("from 3 to 5 March", "March 3-5, 2024") dates the act by its
first day.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

import pytest

TUESDAY = date(2025, 9, 16)


def dated(code, text: str) -> dict[str, tuple[str, str, str]]:
    art = code(text, published=TUESDAY)
    return {e.trigger: (e.date.kind, e.date.start.isoformat(), e.date_rule) for e in art.events}


@pytest.mark.parametrize("text, trigger, day, link", [
    ("Gunmen stormed a village in Zamfara on Tuesday. The attackers abducted 40 people.", "abducted",
     "2025-09-16", "the attackers"),
    ("Armed men raided a school near Kaduna on Sunday. The gunmen kidnapped 12 pupils.", "kidnapped",
     "2025-09-14", "the gunmen"),
    ("Jihadist fighters ambushed a fuel convoy near Nioro du Sahel on Sunday, security sources said. "
     "The attackers set fire to 30 tankers.", "set", "2025-09-14", "the attackers"),
    # freeing is part of the raid here: the antecedent is no detention
    ("Gunmen stormed a prison near Maiduguri on Friday. They freed 200 inmates.", "freed", "2025-09-12", "they"),
])
def test_the_doers_of_the_act_carry_its_date(code, text, trigger, day, link):
    _, start, rule = dated(code, text)[trigger]
    assert (start, rule) == (day, f"carried:previous-sentence:{link}")


@pytest.mark.parametrize("text, trigger", [
    # a release is a later act than the arrest it ends
    ("Police arrested a journalist in Minsk on Friday. The journalist was released.", "released"),
    # a sentence with its own cue of later time
    ("Police arrested a journalist in Minsk on Friday. The journalist was later charged with treason.", "charged"),
    ("Rebels shelled the town of Goma on Monday. They later seized a nearby airstrip.", "seized"),
    ("Rebels shelled the town of Goma on Monday. Weeks after, they seized a nearby airstrip.", "seized"),
])
def test_a_later_act_does_not_take_the_date(code, text, trigger):
    kind, _, rule = dated(code, text)[trigger]
    assert kind == "publication" and not rule.startswith("carried:")


@pytest.mark.parametrize("text, trigger, day", [
    ("Russian and Ukrainian delegates met in Istanbul from 3 to 5 March to negotiate a prisoner swap.", "met",
     "2025-03-03"),
    ("Rebels attacked army positions around Kidal between May 2 and May 4.", "attacked", "2025-05-02"),
    ("Israeli jets bombed targets in Gaza March 3-5, 2024.", "bombed", "2024-03-03"),
])
def test_a_range_of_days_dates_the_act_by_its_first_day(code, text, trigger, day):
    kind, start, _ = dated(code, text)[trigger]
    assert start == day and kind != "publication"


@pytest.mark.parametrize("text, value", [
    ("3 to 5 March", "2025-03-03"), ("from 3 to 5 March 2024", "2024-03-03"), ("March 3-5", "2025-03-03"),
    ("March 3 to 5, 2024", "2024-03-03"), ("between 2 and 4 May", "2025-05-02"),
])
def test_normalize_a_range_within_one_month(text, value):
    from tacitus.pipeline.dates import normalize

    ts = normalize(text, TUESDAY)
    assert ts is not None and (ts.value, ts.precision) == (value, "day") and "range-start" in ts.rule
