"""Event dates, round 15: a point in time beats a duration in one clause ("for several weeks in
January"); a count of days set after or before another act ("on Friday, two days after he fled",
"two days before the damage occurred") dates one act from the other's day; a season or month in
a plan or after "until" lies ahead ("plans to keep the ships there until the spring").

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

from tacitus.pipeline import code_text
from tacitus.pipeline.dates import event_date
from tacitus.records import Article

PUBLISHED = date(2025, 11, 20)  # a Thursday


def coded(nlp, text: str):
    return code_text(text, published=PUBLISHED.isoformat(), nlp=nlp)


def dated(nlp, text: str) -> dict[str, tuple[str, str]]:
    return {e.trigger: (e.date.start.isoformat(), e.date_rule) for e in coded(nlp, text).events}


def trigger_date(nlp, text: str, word: str) -> tuple[str, str]:
    """The date `event_date` gives the act of `word` (whether or not the events stage codes it)."""
    doc = nlp.make_doc(text)
    doc._.tacitus_article = Article(id="t", text=text, published=PUBLISHED)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    tok = next(t for t in doc if t.text == word)
    ts, rule = event_date(doc, tok.sent, tok)
    return ts.start.isoformat(), rule


def mention(nlp, text: str, words: str):
    return next(m for m in coded(nlp, text).mentions if m.label == "DATE" and m.text == words)


def test_a_month_beats_a_duration_in_the_same_clause(nlp):
    got = dated(nlp, "The government had already suspended the talks for several weeks in January.")
    assert got["suspended"][0] == "2025-01-01"


def test_a_duration_alone_still_dates_the_act(nlp):
    # must not fire: with no point in time the duration is all there is
    got = dated(nlp, "The government has suspended the talks for several weeks.")
    assert "duration" in got["suspended"][1] or got["suspended"][1].startswith("date:")


def test_an_act_a_day_before_the_governing_one(nlp):
    text = "Police arrested the suspect on Friday, two days after rebels attacked an army base in the north."
    assert trigger_date(nlp, text, "arrested")[0] == "2025-11-14"
    day, rule = trigger_date(nlp, text, "attacked")
    assert day == "2025-11-12" and rule.startswith("offset-from-governor")


def test_a_plain_after_clause_shares_no_count(nlp):
    # must not fire: "after" with no count of days moves nothing
    text = "Police arrested the suspect on Friday after rebels attacked an army base in the north."
    assert not trigger_date(nlp, text, "attacked")[1].startswith("offset")


def test_two_days_before_an_act_told_earlier(nlp):
    text = ("Unknown attackers damaged a power line near Kotka on Monday, officials said.\n\n"
            "The damage cut supplies to the port.\n\n"
            "Local media reported that a truck had left the depot two days before the damage occurred.")
    got = mention(nlp, text, "two days")
    assert got.date.start == date(2025, 11, 15) and "earlier-act" in got.date.rule


def test_two_days_before_an_undated_act_is_not_resolved(nlp):
    # must not fire: the damage was never dated, so there is nothing to count from
    text = ("Unknown attackers damaged a power line near Kotka, officials said.\n\n"
            "Local media reported that a truck had left the depot two days before the damage occurred.")
    assert not [m for m in coded(nlp, text).mentions if m.label == "DATE" and m.text == "two days"]


def test_a_planned_stay_until_the_spring_is_the_next_spring(nlp):
    got = mention(nlp, "The alliance plans to keep the extra ships in the region until the spring.", "the spring")
    assert got.date.value == "2026-SP"


def test_a_past_spring_stays_past(nlp):
    # must not fire: in a past clause the spring is the last one
    got = mention(nlp, "The ships stayed in the region in the spring.", "the spring")
    assert got.date.value == "2025-SP"


def test_a_past_attempt_keeps_its_weekday_behind(nlp):
    # must not fire: "tried to" is a plan carried out, not one ahead (publication is a Thursday)
    assert trigger_date(nlp, "Gunmen tried to kill a judge in Herat on Sunday.", "kill")[0] == "2025-11-16"
