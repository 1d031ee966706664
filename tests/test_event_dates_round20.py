"""Event dates, round 20: "for 78 days" on a verb told in simple or past perfect is a stretch
that ended, not one that runs up to publication; a "when" clause on a dated noun ("after the
1999 war, when ...") takes that noun's date; a later conjunct of a reported clause ("said ...,
and that ... over the weekend") does not date the saying; "the following day" the model misses
counts from the story's day; a sentence-final participle of harm ("attacked a convoy, killing
three soldiers on Sunday") dates the act it tells the outcome of, and a second participle
joined to it ("killing five and wounding ten on Friday") has its tense.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

from tacitus.pipeline import code_text

PUBLISHED = date(2025, 6, 12)  # a Thursday


def _events(nlp, text: str):
    return {e.trigger: e.date for e in code_text(text, published=PUBLISHED.isoformat(), nlp=nlp).events}


def _dates(nlp, text: str):
    art = code_text(text, published=PUBLISHED.isoformat(), nlp=nlp)
    return {m.text: m.date for m in art.mentions if m.label == "DATE"}


# --- a duration that ended -----------------------------------------------------------------------

def test_simple_past_duration_does_not_run_to_publication(nlp):
    got = _dates(nlp, "Separatists held the airport for six weeks in 2014.")
    assert not any(ts.kind == "duration" for ts in got.values())
    assert got["2014"].value == "2014"


def test_reported_past_perfect_duration_still_runs_to_publication(nlp):
    # must not fire: a backshifted "have blockaded for three months"
    got = _dates(nlp, "The harbour master said militias had blockaded the port for three months.")
    assert got["for three months"].end == PUBLISHED


def test_present_perfect_duration_still_runs_to_publication(nlp):
    # must not fire: a stretch still going on
    got = _dates(nlp, "Aid convoys have been blocked at the border for over a month.")
    ts = got["for over a month"]
    assert ts.kind == "duration" and ts.end == PUBLISHED


def test_for_the_past_weeks_still_counts_back(nlp):
    # must not fire: "the past" ties the stretch to now whatever the tense
    got = _dates(nlp, "Drones struck the city every night for the past two weeks.")
    assert got["for the past two weeks"].end == PUBLISHED


# --- "when" on a dated noun ----------------------------------------------------------------------

def test_when_clause_on_a_dated_war_takes_its_year(nlp):
    got = _events(nlp, "Georgia lost control of the region after the 2008 war, when Russian tanks "
                       "shelled Tskhinvali for five days.")
    assert got["shelled"].value == "2008"


def test_which_clause_on_a_dated_noun_keeps_the_old_rule(nlp):
    # must not fire: not a "when" clause, a present act on the noun
    got = _events(nlp, "Protesters rallied against the 2021 decree, which the parliament is debating.")
    assert got.get("rallied") is None or got["rallied"].value != "2021"


# --- a later reported conjunct --------------------------------------------------------------------

def test_second_that_clause_does_not_date_the_saying(nlp):
    got = _events(nlp, "The mayor said that police had detained four men and that gunmen had "
                       "torched a school on Monday.")
    assert got["torched"].value == "2025-06-09"
    said = [ts for trig, ts in got.items() if trig == "said"]
    assert all(ts.value != "2025-06-09" for ts in said)


def test_coordinated_main_verbs_still_share_a_day(nlp):
    # must not fire: no reported clause
    got = _events(nlp, "Police detained four men and torched a warehouse on Monday.")
    assert got["detained"].value == "2025-06-09"


# --- "the following day" ---------------------------------------------------------------------------

def test_the_following_day_counts_from_the_story_day(nlp):
    got = _dates(nlp, "The envoy landed in Juba on Monday and flew to Khartoum the following day.")
    assert got["the following day"].value == "2025-06-10"


def test_following_day_with_no_story_day_is_not_resolved(nlp):
    # must not fire: nothing to count from, and no day after publication is guessed
    got = _dates(nlp, "Officials said the talks would resume the following day.")
    assert "the following day" not in got


# --- a participle of harm ----------------------------------------------------------------------------

def test_harm_participle_dates_the_attack(nlp):
    got = _events(nlp, "Bandits ambushed a bus near Katsina, killing seven passengers on Tuesday.")
    assert got["ambushed"].value == "2025-06-10"


def test_joined_harm_participles_keep_the_past_day(nlp):
    got = _events(nlp, "Militants raided a mosque in Sokoto, killing four worshippers and wounding nine on Friday.")
    assert got["raided"].value == "2025-06-06"


def test_consequence_participle_does_not_date_the_act(nlp):
    # must not fire: "prompting" tells a later act
    got = _events(nlp, "Bandits ambushed a bus near Katsina, prompting talks in Abuja on Tuesday.")
    assert got["ambushed"].value != "2025-06-10"


# --- a past act ends by publication ------------------------------------------------------------------

def test_past_mid_month_ends_by_publication(nlp):
    got = _dates(nlp, "Soldiers fought jihadists near Menaka in mid-June.")
    ts = got["mid-June"]
    assert ts.start <= PUBLISHED and ts.end == PUBLISHED


def test_future_late_month_keeps_its_end(nlp):
    # must not fire: a plan for later this month
    got = _dates(nlp, "The two sides will meet again in late June.")
    assert got["late June"].end == date(2025, 6, 30)


# --- a fronted participle of occasion; a perfect participle -------------------------------------------

def test_speaking_on_a_day_dates_the_main_act(nlp):
    got = _events(nlp, "Speaking in Geneva on Tuesday, the UN envoy urged Sudan's generals to accept a truce.")
    assert got["urged"].value == "2025-06-10"


def test_having_done_is_an_earlier_act(nlp):
    # must not fire: a perfect participle is an act before the main one
    got = _events(nlp, "Having toured Goma on Tuesday, the minister announced new aid.")
    assert got["announced"].value != "2025-06-10"


def test_perfect_participle_month_is_past(nlp):
    got = _dates(nlp, "Having met the rebels in November, the envoy returned to Addis Ababa.")
    assert got["November"].value == "2024-11"


# --- a part of a named day -----------------------------------------------------------------------------

def test_night_of_a_date_dates_the_act(nlp):
    got = _events(nlp, "Militants stormed a police post on the night of May 28, officials said.")
    assert got["stormed"].value == "2025-05-28"


def test_a_bare_part_of_day_is_no_date(nlp):
    # must not fire: "the night" names no day
    got = _dates(nlp, "Rescuers searched the rubble through the night.")
    assert not got
