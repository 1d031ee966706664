"""Event dates, round 13: a weekday under a bare gerund takes the tense of the verb above it
("accused Paris of meddling in a speech on Thursday": the Thursday before publication); a bare
"May" after a preposition of time is the month ("since May"); a date carries to the next
sentence through a partitive argument ("several of the drones") and through "he"/"she" for the
one person who was the subject before.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

import pytest

TUESDAY = date(2025, 9, 16)


def dated(code, text: str) -> dict[str, tuple[str, str, str]]:
    art = code(text, published=TUESDAY)
    return {e.trigger: (e.date.kind, e.date.start.isoformat(), e.date_rule) for e in art.events}


def test_a_weekday_under_a_past_verb_is_past(code):
    art = code("The junta leader accused Paris of meddling in a speech on Thursday evening.", published=TUESDAY)
    event = next(e for e in art.events if e.trigger == "accused")
    assert event.date.start == date(2025, 9, 11) and not event.modality.future


def test_a_weekday_under_a_future_verb_stays_ahead(code):
    art = code("The minister will accuse Paris of meddling in a speech on Thursday.", published=TUESDAY)
    days = [m.date.start for m in art.mentions if m.date is not None and m.text.startswith("Thursday")]
    assert days == [date(2025, 9, 18)]


def test_since_may_is_the_month(code):
    text = ("Rebels have encircled Kadugli, the capital of South Kordofan state and the army's last "
            "garrison in the area, since May.")
    kind, start, rule = dated(code, text)["encircled"]
    assert (kind, start) == ("duration", "2025-05-01") and rule == "date:clause:May"


def test_may_the_modal_is_no_date(code):
    art = code("The talks may resume in Geneva, diplomats said on Monday.", published=TUESDAY)
    assert [m.text for m in art.mentions if m.date is not None] == ["Monday"]


def test_a_partitive_object_takes_up_the_earlier_act(code):
    text = ("Houthi forces fired drones at Eilat on Sunday night. Israeli warships shot down several of "
            "the drones over the Red Sea.")
    kind, start, rule = dated(code, text)["shot"]
    assert start == "2025-09-14" and rule == "carried:previous-sentence:the drones"


def test_a_partitive_of_another_thing_carries_nothing(code):
    text = ("Houthi forces fired drones at Eilat on Sunday night. Israeli warships shot down several of "
            "the boats near the port.")
    assert dated(code, text)["shot"][0] == "publication"


@pytest.mark.parametrize("first", [
    "The president stopped over in Anchorage and Saipan last week.",
    "Kaja Kallas stopped over in Anchorage and Saipan last week.",
])
def test_he_or_she_continues_one_persons_trip(code, first):
    pronoun = "she" if first.startswith("Kaja") else "he"
    kind, start, rule = dated(code, f"{first} In Anchorage {pronoun} met Alaska Governor Mike Dunleavy.")["met"]
    assert start == "2025-09-08" and rule == f"carried:previous-sentence:{pronoun}"


def test_he_after_a_group_carries_nothing(code):
    text = ("The delegation stopped over in Anchorage and Saipan last week. In Anchorage he met Alaska "
            "Governor Mike Dunleavy.")
    assert dated(code, text)["met"][0] == "publication"
