"""Event dates, round 16: a month or year told from the story's own time ("the following
month", "the same month", "later that year", "the next year" in narrative); a day counted
after a flashback to a month or year ("In March 2018 ... the next day") lies in that time; the
act a "when" clause on a date after "since" tells is of that date, not ongoing; every dateline
date is a date mention ("Aug 21" as well as "May 9"); the act of a quote is not dated by the
day it was told when the story dated it before.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

from tacitus.pipeline import code_text
from tacitus.pipeline.dates import anaphoric, event_date
from tacitus.records import Article

PUBLISHED = date(2025, 7, 3)  # a Thursday


def coded(nlp, text: str, published: date = PUBLISHED):
    return code_text(text, published=published.isoformat(), nlp=nlp)


def dated(nlp, text: str, published: date = PUBLISHED) -> dict[str, tuple[str, str, str]]:
    return {e.trigger: (e.date.start.isoformat(), e.date.end.isoformat(), e.date_rule)
            for e in coded(nlp, text, published).events}


def dates(nlp, text: str, published: date = PUBLISHED) -> dict[str, tuple[str, str]]:
    return {m.text: (m.date.start.isoformat(), m.date.end.isoformat())
            for m in coded(nlp, text, published).mentions if m.label == "DATE"}


# --- the following month, the same month -------------------------------------------------------

def test_the_following_month_counts_from_the_month_named(nlp):
    got = dated(nlp, "The militia took the port of Kalemie in March and overran the airfield the following month.")
    assert got["took"][:2] == ("2025-03-01", "2025-03-31")
    assert got["overran"][:2] == ("2025-04-01", "2025-04-30")


def test_the_same_month_takes_the_month_of_the_sentence_before(nlp):
    got = dated(nlp, "Washington froze the assets of two generals in April. Canada expelled their envoy the same month.")
    assert got["expelled"][:2] == ("2025-04-01", "2025-04-30")


def test_later_that_month_runs_from_the_day_named(nlp):
    got = dates(nlp, "Protesters blocked the main road on May 12. Police cleared the camp later that month.")
    assert got["later that month"] == ("2025-05-12", "2025-05-31")


def test_the_next_year_in_narrative_counts_from_the_year_told(nlp):
    got = dates(nlp, "The envoy left Lima in 2016 and settled in Quito the next year.")
    assert got["the next year"] == ("2017-01-01", "2017-12-31")


def test_next_year_ahead_is_still_the_year_after_publication(nlp):
    # must not fire: "next year" in a plan is the year after publication, whatever was told before
    got = dates(nlp, "The envoy left Lima in 2016. The ministry will open a consulate there next year.")
    assert got["next year"] == ("2026-01-01", "2026-12-31")


def test_a_month_with_nothing_named_before_is_not_guessed():
    # must not fire: no month told before, so "the following month" is not placed
    assert anaphoric("the following month", None, PUBLISHED, ()) is None


# --- the next day after a flashback ------------------------------------------------------------

def test_the_next_day_after_a_flashback_lies_in_that_month(nlp):
    text = ("Border guards exchanged fire on Tuesday. In March 2018 a patrol was ambushed near the pass. "
            "The army shelled the villages beyond it the next day.")
    got = dates(nlp, text)
    assert got["the next day"] == ("2018-03-01", "2018-03-31")


def test_the_next_day_after_the_story_day_counts_from_it(nlp):
    # must not fire: the last time named is a day, so the next day is the day after it
    got = dates(nlp, "A patrol was ambushed near the pass on March 4. The army shelled the villages the next day.")
    assert got["the next day"] == ("2025-03-05", "2025-03-05")


def test_a_year_on_a_noun_is_no_flashback(nlp):
    # must not fire: "the 1987 accord" names no time of the story
    got = dates(nlp, "Troops crossed the river on June 2. The cabinet renounced the 1987 border accord the following day.")
    assert got["the following day"] == ("2025-06-03", "2025-06-03")


# --- since X, when ... -------------------------------------------------------------------------

def test_the_act_of_a_when_clause_on_a_since_date_is_of_that_date(nlp):
    got = dated(nlp, "The clashes are the deadliest since 2016, when rebels stormed a prison in the north.")
    assert got["stormed"][:2] == ("2016-01-01", "2016-12-31")


def test_an_act_since_a_date_is_still_ongoing(nlp):
    # must not fire: no "when" clause, so the act runs from that year until publication
    got = dated(nlp, "Rebels have attacked convoys on the highway since 2016.")
    assert got["attacked"][:2] == ("2016-01-01", "2025-07-03")


# --- dateline dates ----------------------------------------------------------------------------

def test_an_abbreviated_dateline_month_is_a_date_mention(nlp):
    got = dates(nlp, "TRIPOLI, Sep 14 (Wire) - Gunmen stormed a ministry building on Saturday.", date(2025, 9, 14))
    assert got["Sep 14"] == ("2025-09-14", "2025-09-14")


def test_a_full_dateline_month_is_one_mention(nlp):
    got = dates(nlp, "TRIPOLI, September 14 (Wire) - Gunmen stormed a ministry building on Saturday.", date(2025, 9, 14))
    assert got["September 14"] == ("2025-09-14", "2025-09-14")
    assert "14" not in got


# --- a quote's act and the day it was told -----------------------------------------------------

QUOTE = ('Rebels raided a camp for displaced people near Bunia on Monday, aid workers said.\n\n'
         '"The rebels torched our shelters in the night," camp leader Joseph Lokana told reporters on Wednesday.')


def test_a_quoted_act_keeps_the_day_told_before(nlp):
    got = dated(nlp, QUOTE)
    assert got["raided"][0] == "2025-06-30"
    assert got["torched"][0] == "2025-06-30" and "past-speech-date" in got["torched"][2]


def test_a_quoted_act_with_nothing_told_before_takes_the_day_it_was_told(nlp):
    # must not fire: no earlier date for the burning, so the day of the telling is the best there is
    got = dated(nlp, '"The rebels torched our shelters in the night," camp leader Joseph Lokana told reporters on Wednesday.')
    assert got["torched"][0] == "2025-07-02"


# --- a date on the verb beats one the parser hung on its subject -------------------------------

def trigger_date(nlp, text: str, word: str) -> str:
    """The date `event_date` gives the act of `word` (whether or not the events stage codes it)."""
    doc = nlp.make_doc(text)
    doc._.tacitus_article = Article(id="t", text=text, published=PUBLISHED)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    tok = next(t for t in doc if t.text == word)
    ts, _ = event_date(doc, tok.sent, tok)
    return ts.start.isoformat()


def test_a_date_on_the_verb_beats_one_on_its_subject(nlp):
    # the parser hangs "in March" on "The ADF", the subject "attacked" shares with "raided"
    text = ("The ADF, which raided Beni, the largest town of the district, in March and attacked Oicha the "
            "following month, said in a statement that it had acted in revenge.")
    assert trigger_date(nlp, text, "attacked") == "2025-04-01"


def test_a_date_only_on_the_subject_still_dates_the_act(nlp):
    # must not fire: with no date on the verb itself, the one in its clause is all there is
    text = "The ADF, which raided Beni in March and attacked Oicha, said in a statement that it had acted in revenge."
    assert trigger_date(nlp, text, "attacked") == "2025-03-01"
