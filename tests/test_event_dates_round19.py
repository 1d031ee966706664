"""Event dates, round 19: a speech told over two sentences ("said on Sunday that ... He added
that ...") dates what the second sentence reports by the first one's day of speaking, unless it
names a day of its own; a fronted "The day before," counts from the story's last day, and
without one "the day before" is left unresolved rather than counted from publication; an act
"since the 2018 war" runs from that year to publication, whatever the model tags the year.

Every sentence here is the project's own.
"""

from __future__ import annotations

from datetime import date

from tacitus.pipeline import code_text

PUBLISHED = date(2025, 11, 20)  # a Thursday


def event_dates(nlp, text: str) -> dict[str, tuple[str | None, str]]:
    art = code_text(text, published=PUBLISHED.isoformat(), nlp=nlp)
    return {e.trigger: (e.date.value, e.date_rule) for e in art.events}


# --- the speech goes on ------------------------------------------------------------------------

def test_added_by_the_same_speaker_keeps_the_speech_day(nlp):
    got = event_dates(nlp, "Myanmar's junta spokesman said on Monday that rebels had ambushed a convoy in Shan "
                           "state. He added that government troops killed four fighters.")
    assert got["ambushed"][0] == "2025-11-17"
    assert got["killed"][0] == "2025-11-17"
    assert got["killed"][1].startswith("carried:speech-previous-sentence")


def test_speaker_named_again_keeps_the_speech_day(nlp):
    got = event_dates(nlp, "The Malian army said on Tuesday that jihadists had attacked a checkpoint near Gao. "
                           "The army added that its helicopters destroyed two pickup trucks.")
    assert got["destroyed"][0] == "2025-11-18"
    assert got["destroyed"][1].startswith("carried:speech-previous-sentence")


def test_a_day_of_its_own_wins_over_the_speech_day(nlp):
    got = event_dates(nlp, "Myanmar's junta spokesman said on Monday that rebels had ambushed a convoy in Shan "
                           "state. He added that the insurgents killed four drivers on Saturday.")
    assert got["killed"][0] == "2025-11-15"


def test_another_speaker_does_not_take_the_speech_day(nlp):
    # must not fire: a new source speaks, on a day not told
    got = event_dates(nlp, "Myanmar's junta spokesman said on Monday that rebels had ambushed a convoy in Shan "
                           "state. A local monk said soldiers killed four villagers.")
    assert "speech" not in got["killed"][1]
    assert got["killed"][0] != "2025-11-17"


# --- "the day before" ----------------------------------------------------------------------------

def test_fronted_day_before_counts_from_the_story_day(nlp):
    got = event_dates(nlp, "Voters in Gabon went to the polls on Saturday. The day before, police detained "
                           "six opposition organisers.")
    assert got["detained"] == ("2025-11-14", "date:clause:The day before")


def test_fronted_day_after_counts_from_the_story_day(nlp):
    got = event_dates(nlp, "Voters in Gabon went to the polls on Saturday. The day after, police detained "
                           "six opposition organisers.")
    assert got["detained"][0] == "2025-11-16"


def test_day_before_a_named_event_is_not_the_story_day(nlp):
    # must not fire: "the day before the runoff" counts from the runoff, which has no day here
    got = event_dates(nlp, "Voters in Gabon went to the polls on Saturday. The day before the runoff, police "
                           "detained six opposition organisers.")
    assert got["detained"][0] != "2025-11-14"


def test_day_before_with_no_story_day_is_left_unresolved(nlp):
    got = event_dates(nlp, "Police in Libreville detained six opposition organisers the day before.")
    assert got["detained"] == (None, "publication:on-or-before")


# --- a year inside a nominal -----------------------------------------------------------------------

def test_since_a_year_named_war_runs_from_that_year(nlp):
    art = code_text("Ethiopian troops have raided Eritrean border posts repeatedly since the 2018 war.",
                    published=PUBLISHED.isoformat(), nlp=nlp)
    ts = next(e.date for e in art.events if e.trigger == "raided")
    assert (ts.start, ts.end) == (date(2018, 1, 1), PUBLISHED)
    assert "since" in ts.rule


def test_seizing_power_in_a_year_named_coup_is_that_year_and_historical(nlp):
    art = code_text("Chad's military council, which seized power in a 2020 coup, expelled the French envoy on Monday.",
                    published=PUBLISHED.isoformat(), nlp=nlp)
    seized = next(e for e in art.events if e.trigger == "seized")
    assert seized.date.value == "2020"
    assert seized.modality.historical
    assert next(e for e in art.events if e.trigger == "expelled").date.value == "2025-11-17"
