"""Claims, round 10: "note" as a claim noun and a note's writer as its source ("sent a
diplomatic note protesting ..."); evidence that shows (images, data, footage, records) as the
source of a reported claim with no human speaker, with what it shows as a noun phrase too;
events and other facts ("exercises", "the incident") that show something are the writer's
inference, not a source; a complement the parser hangs on a noun ("said the attack
endangered shipping") is still what was said.

Each rule has a case where it must not fire. Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2026-11-03", nlp=nlp)


# --- notes -------------------------------------------------------------------------------------


def test_a_note_sent_to_protest_is_its_senders_charge(nlp):
    claim = by_cue(coded(nlp, "Baku sent a diplomatic note protesting the arrest of two of its fishermen.").claims,
                   "protesting")
    assert claim.stance == "accuse"
    assert sources(claim) == ["Baku"]
    assert claim.content == "the arrest of two of its fishermen"


def test_people_protesting_say_nothing(nlp):
    found = coded(nlp, "Crowds protesting the arrest of two fishermen marched through Baku.").claims
    assert [c.cue for c in found] == []


def test_a_statement_issued_by_a_ministry_speaks_for_the_ministry(nlp):
    claim = by_cue(coded(nlp, "The Armenian foreign ministry issued a statement saying that shells had "
                              "landed near a school.").claims, "saying")
    assert sources(claim) == ["The Armenian foreign ministry"]


def test_rejecting_the_note_answers_the_note(nlp):
    found = coded(nlp, "Yerevan sent a note accusing Baku of shelling border villages. Baku rejected the "
                       "note.").claims
    assert by_cue(found, "rejected").refers_to == (by_cue(found, "accusing").id,)


def test_in_a_note_to_the_un_the_state_still_speaks(nlp):
    claim = by_cue(coded(nlp, "In a note to the United Nations, Denmark said the attack endangered shipping "
                              "across the region.").claims, "said")
    assert sources(claim) == ["Denmark"]
    assert claim.content == "the attack endangered shipping across the region"


def test_a_noun_object_of_say_is_no_clause(nlp):
    assert [c.cue for c in coded(nlp, "The bishop said a prayer for the dead sailors.").claims] == []


# --- what evidence shows -------------------------------------------------------------------------


def test_satellite_images_are_the_source_of_what_they_show(nlp):
    claim = by_cue(coded(nlp, "Satellite images showed that two frigates had docked at the island.").claims,
                   "showed")
    assert claim.stance == "report"
    assert sources(claim) == ["Satellite images"]
    assert claim.source[0].kind == "evidence"


def test_evidence_shows_a_noun_phrase_too(nlp):
    claim = by_cue(coded(nlp, "Footage filmed by residents showed a burned truck near the checkpoint on "
                              "Sunday.").claims, "showed")
    assert claim.source[0].kind == "evidence"
    assert claim.content == "a burned truck near the checkpoint on Sunday"


def test_flight_records_report_with_no_speaker(nlp):
    claim = by_cue(coded(nlp, "Flight records showed that the cargo plane had landed twice in Minsk.").claims,
                   "showed")
    assert sources(claim) == ["Flight records"] and claim.source[0].kind == "evidence"


def test_a_person_shows_no_noun_phrase_claim(nlp):
    # "showed reporters the damage": a person who shows something says nothing
    assert [c.cue for c in coded(nlp, "The mayor showed reporters the damaged bridge.").claims] == []


def test_exercises_are_no_speaker(nlp):
    found = coded(nlp, "Naval exercises near the strait showed that the fleet could close it within hours.").claims
    assert [c.cue for c in found] == []


def test_an_incident_that_suggests_is_the_writers_inference(nlp):
    found = coded(nlp, "The minister said the blockade had failed. The incident suggests that the navy is "
                       "overstretched.").claims
    assert [c.cue for c in found] == ["said"]


def test_a_report_that_shows_keeps_its_source(nlp):
    # a claim noun may show: it is someone's word
    claim = by_cue(coded(nlp, "A report by the UN panel showed that the militia had recruited children.").claims,
                   "showed")
    assert claim.stance == "report"


# --- answers -----------------------------------------------------------------------------------


def test_evidence_called_unreliable_answers_what_it_showed(nlp):
    found = coded(nlp, "Tracking data showed that the tanker had switched off its transponder. The minister "
                       "said the navy would patrol the strait. The shipping firm dismissed the tracking data as "
                       "unreliable.").claims
    dismissed = by_cue(found, "dismissed")
    assert dismissed.stance == "deny"
    assert dismissed.refers_to == (by_cue(found, "showed").id,)


def test_evidence_called_reliable_is_no_denial(nlp):
    found = coded(nlp, "Tracking data showed that the tanker had switched off its transponder. The shipping "
                       "firm said the tracking data was reliable.").claims
    assert by_cue(found, "said").stance == "assert"


def test_a_figure_called_exaggerated_is_denied(nlp):
    found = coded(nlp, "A rights group said more than three hundred protesters had been detained. The interior "
                       "ministry said the figure was exaggerated.").claims
    said = by_cue(found, "said", 1)
    assert said.stance == "deny"
    assert said.refers_to == (by_cue(found, "said").id,)


def test_a_figure_called_correct_is_no_denial(nlp):
    found = coded(nlp, "A rights group said more than three hundred protesters had been detained. The interior "
                       "ministry said the figure was correct.").claims
    assert by_cue(found, "said", 1).stance == "assert"


def test_a_conjoined_refusal_to_comment_shares_the_subject(nlp):
    found = coded(nlp, "Danish investigators said that explosives had been found on the pipeline. Finland's "
                       "foreign ministry said it was consulting allies and would not comment on the Danish "
                       "report.").claims
    refusal = by_cue(found, "comment")
    assert refusal.stance == "decline"
    assert sources(refusal) == ["Finland's foreign ministry"]


def test_a_conjoined_comment_is_no_refusal(nlp):
    found = coded(nlp, "Danish investigators said that explosives had been found on the pipeline. Finland's "
                       "foreign ministry said it was consulting allies and would comment on the report later.").claims
    assert [c.cue for c in found] == ["said", "said"]


# --- speakers ----------------------------------------------------------------------------------


def test_a_name_before_an_aside_is_the_speaker(nlp):
    # (the parser reads "Petrescu" as a loose noun of "asked", after a paragraph break)
    found = coded(nlp, "The president's office said the opposition was trying to provoke unrest.\n\nPetrescu, "
                       "asked about the claim, said her party had called only for peaceful protests.").claims
    said = by_cue(found, "said", 1)
    assert sources(said) == ["Petrescu"]
    assert said.content == "her party had called only for peaceful protests"


def test_according_to_after_a_clause_mark_opens_the_clause(nlp):
    claim = by_cue(coded(nlp, "The minister said that, according to the police, ten people had died.").claims,
                   "according to")
    assert claim.content == "ten people had died"


FILLER = " ".join(f"Official number {n} in Oslo said the ferry schedule had changed on route {n}." for n in range(1, 10))


def test_a_report_named_by_its_owner_reaches_back_to_the_lead(nlp):
    found = coded(nlp, "Danish investigators said that explosives had been found on the pipeline. " + FILLER
                  + " Finland's foreign ministry would not comment on the Danish report.").claims
    assert by_cue(found, "comment").refers_to == (by_cue(found, "said").id,)


def test_a_report_of_an_owner_that_told_nothing_reaches_no_lead(nlp):
    found = coded(nlp, "Danish investigators said that explosives had been found on the pipeline. " + FILLER
                  + " Finland's foreign ministry would not comment on the Swedish report.").claims
    assert by_cue(found, "said").id not in by_cue(found, "comment").refers_to
