"""Event dates, round 17: a date in a fronted adjunct on a medium or act ("In a video released
late on Tuesday, a commander rejected ...") dates the main verb; a comma-set relative clause
with a date of its own does not take the sentence's last date phrase from the main verb; a past
form that looks present ("which the juntas quit in January") is past in a past sentence; a
century on a noun is no event date; "hours later" holds for the gerunds of how ("by ordering");
a range dates the act over its whole length; "a week after X signed" counts from the day the
story gave that signing; "the previous year" counts from the story's year; an act reported
without quotes keeps the day the story told it before.

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


def dates(nlp, text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.date.start.isoformat(), m.date.end.isoformat())
            for m in coded(nlp, text).mentions if m.label == "DATE"}


def trigger_date(nlp, text: str, word: str, nth: int = 0) -> tuple[str, str, str]:
    """(start, end, rule) `event_date` gives the act of the nth `word`, coded or not."""
    doc = nlp.make_doc(text)
    doc._.tacitus_article = Article(id="t", text=text, published=PUBLISHED)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    tok = [t for t in doc if t.text == word][nth]
    ts, rule = event_date(doc, tok.sent, tok)
    return ts.start.isoformat(), ts.end.isoformat(), rule


# --- a fronted adjunct ---------------------------------------------------------------------------

def test_a_date_in_a_fronted_medium_dates_the_main_verb(nlp):
    got = trigger_date(nlp, "In a video message released late on Tuesday, a rebel commander rejected the offer.",
                       "rejected")
    assert got[0] == "2025-11-18" and got[2].startswith("date:fronted-adjunct")


def test_a_fronted_place_keeps_its_own_time(nlp):
    # must not fire: a village destroyed in 2019 does not date the finding
    got = trigger_date(nlp, "In a village destroyed in 2019, soldiers found a mass grave.", "found")
    assert got[2].startswith("publication")


# --- a relative clause with its own date --------------------------------------------------------

def test_a_final_date_after_a_dated_relative_clause_is_the_main_verbs(nlp):
    text = ("The envoy met Colonel Ibrahim Diallo, who has led the country since a 2021 coup, "
            "at the presidential palace on Monday.")
    assert trigger_date(nlp, text, "met")[0] == "2025-11-17"


def test_a_date_inside_a_relative_clause_stays_there(nlp):
    # must not fire: the relative clause goes on to the end, so Monday is the condemnation's
    text = "The envoy met Colonel Ibrahim Diallo, who seized power in a 2021 coup that was condemned on Monday."
    assert trigger_date(nlp, text, "met")[2].startswith("publication")


# --- quit, cut, shut ... in a past sentence -----------------------------------------------------

def test_a_bare_past_form_in_a_past_sentence_is_past(nlp):
    got = dates(nlp, "The three states left the bloc, which the juntas formally quit in January, and formed an alliance.")
    assert got["January"] == ("2025-01-01", "2025-01-31")


def test_a_bare_present_in_a_present_sentence_lies_ahead(nlp):
    # must not fire: in a present sentence the habit's January is the next one
    got = dates(nlp, "The states are leaving a bloc which members usually quit in January.")
    assert got["January"] == ("2026-01-01", "2026-01-31")


# --- a century on a noun -------------------------------------------------------------------------

def test_a_century_on_a_noun_is_no_event_date(nlp):
    got = trigger_date(nlp, "Artillery fire damaged the 11th-century temple, the ministry said.", "damaged")
    assert got[2].startswith("publication")
    events = coded(nlp, "Artillery fire damaged the 11th-century temple, the ministry said.").events
    assert not any(e.modality.historical for e in events if e.trigger == "damaged")


def test_a_century_told_as_the_time_still_dates_the_act(nlp):
    # must not fire: "in the 11th century" is when the building happened
    got = trigger_date(nlp, "Khmer kings built the temple in the 11th century.", "built")
    assert got[0] == "1001-01-01"


# --- hours later ---------------------------------------------------------------------------------

HOURS = ("The minister expelled the envoy on Monday and closed the consulate. "
         "Libya responded hours later by ordering the charge d'affaires to leave and downgrading ties.")


def test_hours_later_holds_for_the_gerunds_of_how(nlp):
    assert trigger_date(nlp, HOURS, "ordering")[0] == "2025-11-17"
    assert trigger_date(nlp, HOURS, "downgrading")[0] == "2025-11-17"


def test_hours_later_after_an_undated_sentence_dates_nothing(nlp):
    # must not fire: the expulsion has no day, so there is nothing to count from
    text = ("The minister expelled the envoy and closed the consulate. "
            "Libya responded hours later by ordering the charge d'affaires to leave.")
    assert trigger_date(nlp, text, "ordering")[2].startswith("publication")


# --- between 2008 and 2011 -----------------------------------------------------------------------

def test_a_range_dates_the_act_over_its_length(nlp):
    got = trigger_date(nlp, "At least 40 people were killed in fighting along the border between 2008 and 2011.", "killed")
    assert got[:2] == ("2008-01-01", "2011-12-31")


def test_two_years_joined_without_between_are_no_range(nlp):
    # must not fire: "in 2008 and again in 2011" are two times, the first one nearest
    got = trigger_date(nlp, "Troops were deployed to the border in 2008 and again in 2011.", "deployed")
    assert got[:2] == ("2008-01-01", "2008-12-31")


# --- a week after an act told before ------------------------------------------------------------

def test_a_week_after_an_act_told_again_counts_from_its_day(nlp):
    text = ("Congo and Rwanda signed a peace deal in Washington on November 3. "
            "A week after Congo and Rwanda signed the deal, rebels attacked a village near Goma.")
    assert dates(nlp, text)["A week"] == ("2025-11-10", "2025-11-10")
    assert trigger_date(nlp, text, "attacked")[0] == "2025-11-10"


def test_a_week_after_an_undated_act_is_no_date(nlp):
    # must not fire: the signing was never dated
    text = ("Congo and Rwanda signed a peace deal in Washington. "
            "A week after Congo and Rwanda signed the deal, rebels attacked a village near Goma.")
    assert "A week" not in dates(nlp, text)


# --- the previous year ---------------------------------------------------------------------------

def test_the_previous_year_in_narrative_counts_from_the_story(nlp):
    got = dates(nlp, "The journalist was freed in 2019. She had been seized by gunmen in Mali the previous year.")
    assert got["the previous year"] == ("2018-01-01", "2018-12-31")


def test_the_previous_year_with_no_year_told_counts_from_publication(nlp):
    # must not fire: no year named before, so publication is the anchor
    got = dates(nlp, "Exports had risen by a third the previous year.")
    assert got["the previous year"] == ("2024-01-01", "2024-12-31")


# --- reported speech without quotes -------------------------------------------------------------

def test_an_act_reported_again_keeps_its_earlier_day(nlp):
    text = ("Rebels shelled the market in Bunia on Monday, aid workers said. "
            "An army spokesman told reporters on Wednesday that the rebels had shelled the market.")
    got = trigger_date(nlp, text, "shelled", 1)
    assert got[0] == "2025-11-17" and "past-speech-date" in got[2]


def test_another_act_reported_takes_the_day_it_was_told(nlp):
    # must not fire: other parties, another place: not the shelling told before
    text = ("Rebels shelled the market in Bunia on Monday, aid workers said. "
            "A rebel spokesman told reporters on Wednesday that the army had shelled the town first.")
    assert trigger_date(nlp, text, "shelled", 1)[0] == "2025-11-19"
