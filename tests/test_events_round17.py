"""Events, round 17: a fight named again with no actors of its own ("the clashes") is between
the sides of the article's last fight, not the parties of whatever event came last.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

from event_checks import countries

PUBLISHED = date(2026, 5, 12)


def clashes(code, text: str):
    found = [e for e in code(text, published=PUBLISHED).events if e.trigger == "clashes"]
    assert found, "no event for 'the clashes'"
    return found[0]


def test_the_clashes_are_between_the_last_fights_sides(code):
    text = ("Indian troops fired on Pakistani posts on Monday. Pakistani soldiers returned fire. "
            "Officials in both capitals gave no casualty figures. "
            "The United States urged India and Pakistan to show restraint. "
            "Analysts said the clashes could derail the talks.")
    ev = clashes(code, text)
    assert countries(ev.source) | countries(ev.target) == {"IND", "PAK"}


def test_the_last_fight_wins_over_an_earlier_one(code):
    text = ("Rebels attacked an army base near Goma on Sunday. "
            "On Tuesday, Ethiopian troops shelled Eritrean positions along the border. "
            "Kenya urged both governments to talk. "
            "Diplomats said the clashes worried investors.")
    ev = clashes(code, text)
    assert countries(ev.source) | countries(ev.target) == {"ETH", "ERI"}
