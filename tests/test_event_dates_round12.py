"""Event dates, round 12: a date carried over a paragraph break when the previous paragraph is
one sentence (wire copy) and the link is strong (the doers, the act itself as subject, "it"/
"they" for its subject), ruled `carried:previous-paragraph:<link>`; and a day counted from an
earlier dated event ("the day after the attack", "two days after the raid", "on the eve of the
ambush"), ruled `from-earlier-event:<phrase>:<antecedent>`.

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
    ("Gunmen ambushed a fuel convoy near Menaka on Sunday, security sources said.\n\n"
     "The attackers torched six tankers.", "torched", "2025-09-14", "the attackers"),
    ("Militants attacked a police post in Khost on Saturday.\n\nThe attack killed two officers.",
     "killed", "2025-09-13", "the attack"),
    ("Militiamen raided a market in Bunia on Monday.\n\nThey looted dozens of stalls.", "looted", "2025-09-15",
     "they"),
])
def test_a_strong_link_carries_over_a_one_sentence_paragraph(code, text, trigger, day, link):
    _, start, rule = dated(code, text)[trigger]
    assert (start, rule) == (day, f"carried:previous-paragraph:{link}")


@pytest.mark.parametrize("text, trigger", [
    # a weaker link (a thing the act involved) does not cross a paragraph
    ("Pirates seized a chemical tanker off Socotra on Friday.\n\nThe vessel was attacked by a drone.", "attacked"),
    # the previous paragraph has two sentences: it may have moved on
    ("Militiamen raided a market in Bunia on Monday. Traders said prices rose.\n\nThey looted dozens of stalls.",
     "looted"),
    # a new topic
    ("Militiamen raided a market in Bunia on Monday.\n\nThe governor dismissed the police chief.", "dismissed"),
])
def test_no_carry_over_a_paragraph(code, text, trigger):
    _, _, rule = dated(code, text)[trigger]
    assert not rule.startswith("carried:")


@pytest.mark.parametrize("text, trigger, day", [
    ("Insurgents attacked a police station in Zamfara on Thursday. The day after the attack, soldiers raided "
     "a forest camp.", "raided", "2025-09-12"),
    ("Commandos raided a compound in Idlib on Wednesday.\n\nTwo days after the raid, jets bombed a nearby "
     "village.", "bombed", "2025-09-12"),
    ("Rebels ambushed an army column in Kivu on Sunday. On the eve of the ambush, the army had shelled "
     "their positions.", "shelled", "2025-09-13"),
    ("Fighters attacked a base near Tal Afar on Friday. A week before the attack, police arrested two suspects.",
     "arrested", "2025-09-05"),
])
def test_a_day_counted_from_an_earlier_dated_event(code, text, trigger, day):
    kind, start, rule = dated(code, text)[trigger]
    assert start == day and rule.startswith("from-earlier-event:")
    assert kind != "publication"


@pytest.mark.parametrize("text, trigger", [
    # no earlier event of that kind
    ("The day after the bombing, police arrested three men in Quetta.", "arrested"),
    # the earlier event has no date of its own
    ("Insurgents attacked a police station in Zamfara. The day after the attack, soldiers raided a forest camp.",
     "raided"),
    # a plain "after the attack" counts no days
    ("Insurgents attacked a police station in Zamfara on Thursday. After the attack, soldiers raided a camp "
     "in Sokoto.", "raided"),
])
def test_no_day_from_an_earlier_event(code, text, trigger):
    _, _, rule = dated(code, text)[trigger]
    assert not rule.startswith("from-earlier-event:")


def test_a_dateline_does_not_make_a_paragraph_of_two_sentences(code):
    text = ("KABUL, Sept 16 (Reuters) - Gunmen attacked a checkpoint in Kunduz on Sunday, police said.\n\n"
            "The attackers killed four guards.")
    _, start, rule = dated(code, text)["killed"]
    assert (start, rule) == ("2025-09-14", "carried:previous-paragraph:the attackers")


def test_the_incident_noun_in_the_phrase_is_the_earlier_event(code):
    # (round 36: "the strikes" told again is no second strike; the act it dates is counted from it)
    text = ("Jets struck two villages near Tyre on Monday.\n\n"
            "A day after the strikes, militants fired rockets at an army post.")
    found = dated(code, text)
    assert "strikes" not in found
    _, start, rule = found["fired"]
    assert start == "2025-09-16" and rule.endswith(":struck")


def test_a_count_past_publication_dates_nothing(code):
    # Monday plus three days is after the Tuesday of publication: the count is no day of this story
    text = "Rebels attacked a base in Kidal on Monday. Three days after the attack, troops withdrew from Tessalit."
    _, _, rule = dated(code, text)["withdrew"]
    assert not rule.startswith("from-earlier-event:")
