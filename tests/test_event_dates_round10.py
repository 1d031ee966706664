"""Event dates, round 10: a sentence with no date of its own that goes on with the previous
sentence's dated event (a definite noun taking up what that event involved, "the attack" for
the act, "it"/"they" for its actors) takes that event's date, with the rule
`carried:previous-sentence:<link>` and lower confidence. Not across a paragraph, not from a
publication default or a date still to come, not for a clause in another time ("will", "had",
"plan to", "have attacked"), and not for a sentence that starts on something else.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

import pytest

TUESDAY = date(2025, 9, 16)


def dated(code, text: str) -> dict[str, tuple[str, str, str, float]]:
    art = code(text, published=TUESDAY)
    return {e.trigger: (e.date.kind, e.date.start.isoformat(), e.date_rule, e.date.confidence) for e in art.events}


@pytest.mark.parametrize("text, trigger, day, link", [
    # a general noun for the thing the earlier event involved
    ("Houthi forces fired two missiles at a Greek tanker on Thursday. The ship was hit near its bow and caught fire.",
     "hit", "2025-09-11", "the ship"),
    # the same noun again, and a conjunct with its own subject in the same main clause
    ("Militants attacked a police convoy in Balochistan on Sunday. The convoy was ambushed on a mountain road "
     "and three officers were killed.", "killed", "2025-09-14", "the convoy"),
    # an incident noun as subject: the act itself goes on
    ("Security forces raided a camp in Tigray on Monday. The raid killed two fighters.", "killed", "2025-09-15",
     "the raid"),
    ("Gunmen opened fire on a bus near Peshawar on Tuesday. The attack killed six passengers.", "killed",
     "2025-09-16", "the attack"),
    # a pronoun subject for the earlier event's subject, agreeing in number
    ("Rebels shelled the town of Goma on Monday. They also seized a nearby airstrip.", "seized", "2025-09-15", "they"),
    ("The coast guard seized a fishing boat near Palawan on Sunday. It detained the crew.", "detained", "2025-09-14",
     "it"),
])
def test_a_continuing_sentence_takes_the_previous_events_date(code, text, trigger, day, link):
    kind, start, rule, confidence = dated(code, text)[trigger]
    assert (start, rule) == (day, f"carried:previous-sentence:{link}")
    assert confidence < 0.8  # below a date of its own
    assert kind != "publication"


@pytest.mark.parametrize("text, trigger", [
    # a new paragraph
    ("Houthi forces fired two missiles at a Greek tanker on Thursday.\n\nThe ship was hit near its bow and caught fire.",
     "hit"),
    # the earlier event has only the publication default
    ("Houthi forces fired two missiles at a Greek tanker. The ship was hit near its bow and caught fire.", "hit"),
    # no anaphoric link: another topic
    ("Police arrested a journalist in Minsk on Friday. The European Union condemned Belarus over its human rights "
     "record.", "condemned"),
    # tense breaks continuity: future, past perfect, present perfect, a plan
    ("Rebels shelled the town of Goma on Monday. They will hold talks in Nairobi.", "hold"),
    ("Rebels shelled the town of Goma on Monday. They had seized a nearby airstrip.", "seized"),
    ("Rebels shelled the town of Goma on Monday. They have attacked Bukavu many times.", "attacked"),
    ("Rebels shelled the town of Goma on Monday. They plan to attack Bukavu.", "attack"),
    # the earlier date is still to come
    ("Rebels will shell the town of Goma on Monday. They seized a nearby airstrip.", "seized"),
    # an incident noun as object is someone's answer to the act, not the act going on
    ("Rebels shelled the town of Goma on Monday. The army condemned the shelling.", "condemned"),
])
def test_no_carry(code, text, trigger):
    kind, _, rule, _ = dated(code, text)[trigger]
    assert kind == "publication" and not rule.startswith("carried:")


def test_a_sentence_with_its_own_date_keeps_it(code):
    text = "Rebels shelled the town of Goma on Monday. They will hold talks in Nairobi next month."
    kind, start, rule, _ = dated(code, text)["hold"]
    assert start == "2025-10-01" and rule.startswith("date:")


def test_a_reported_clause_does_not_carry(code):
    # the attack told in "said ..." is the speaker's report, set at no day of its own
    text = "The army said on Monday it killed 20 militants. It said the militants attacked a checkpoint."
    assert not dated(code, text)["attacked"][2].startswith("carried:")
