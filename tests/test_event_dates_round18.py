"""Event dates, round 18: an act whose object is "the signing of the 2016 accord" is that year's;
a day said of a purpose infinitive ("used water cannon to disperse
the crowd late on Wednesday") dates the act it is the purpose of, unless the verb above looks
ahead to another act ("ordered residents to leave on Tuesday") or the day is still to come.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

from tacitus.pipeline import code_text
from tacitus.pipeline.dates import event_date
from tacitus.records import Article

PUBLISHED = date(2025, 11, 20)  # a Thursday


def event_dates(nlp, text: str) -> dict[str, tuple[str | None, str]]:
    art = code_text(text, published=PUBLISHED.isoformat(), nlp=nlp)
    return {e.trigger: (e.date.value, e.date_rule) for e in art.events}


def trigger_rule(nlp, text: str, word: str) -> str:
    """The rule `event_date` gives the act of `word`, coded or not."""
    doc = nlp.make_doc(text)
    doc._.tacitus_article = Article(id="t", text=text, published=PUBLISHED)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    tok = next(t for t in doc if t.text == word)
    return event_date(doc, tok.sent, tok)[1]


def test_a_day_of_the_purpose_dates_the_act(nlp):
    got = event_dates(nlp, "Riot police used rubber bullets to break up a march near the stadium late on Monday.")
    assert got["used"][0] == "2025-11-17"


def test_a_bidding_verb_keeps_its_own_time(nlp):
    # must not fire: the order is not the leaving
    assert "purpose-clause" not in trigger_rule(nlp, "The army ordered villagers to leave the valley on Tuesday.",
                                                "ordered")


def test_a_day_still_to_come_does_not_date_the_act(nlp):
    # must not fire: the purpose lies ahead of the sending
    assert "purpose-clause" not in trigger_rule(nlp, "The council sent observers to monitor the runoff on Saturday.",
                                                "sent")


# --- an accord named by its year ------------------------------------------------------------------

def test_hosting_the_signing_of_a_year_named_accord_is_that_year(nlp):
    rule = trigger_rule(nlp, "The envoy recalled that Qatar had hosted the signing of the 2016 peace accord in Doha.",
                        "hosted")
    assert rule == "date:clause:2016"


def test_an_accord_named_in_passing_does_not_date_the_act(nlp):
    # must not fire: the breach and the collapse are not the accord's year
    assert trigger_rule(nlp, "The rebels accused the army of breaching the 2016 peace accord.",
                        "accused").startswith("publication")
    assert trigger_rule(nlp, "Diplomats lamented the collapse of the 2016 peace accord.",
                        "lamented").startswith("publication")
