"""Within-article reference (pipeline/coref.py) on sentences written for these tests, with the real model."""

from __future__ import annotations

from datetime import date

from tacitus.pipeline.coref import groups_by_token
from test_actors import actor_doc


def codes(doc, text: str) -> list[str | None]:
    """The codes of every actor mention with this text, in text order."""
    return [m.actor.code for m in doc._.tacitus_actors if m.text == text and m.actor is not None]


def claim_sources(coded) -> list[list[str | None]]:
    return [[a.code for a in c.source] for c in coded.claims]


def event_by_trigger(coded, trigger: str):
    return next(e for e in coded.events if e.trigger == trigger)


def test_the_same_head_noun_takes_the_earlier_phrase(nlp):
    doc = actor_doc(nlp, "Kenya's health ministry said 12 people had died of cholera. "
                         "The ministry said it had sent medical teams to the coast.")
    assert codes(doc, "ministry") == ["KENGOV"]
    assert codes(doc, "it") == ["KENGOV"]  # the resolver's "it" pass sees the resolved ministry


def test_the_officials_after_named_officials_even_with_a_relative_clause(nlp, code):
    coded = code("Three Turkish officials told reporters the talks had ended without a deal. "
                 "The officials, who asked not to be named, said a new round was planned for May.")
    assert claim_sources(coded) == [["TURGOV"], ["TURGOV"]]


def test_two_candidates_of_different_countries_leave_it_unresolved(nlp):
    doc = actor_doc(nlp, "Greek officials and Turkish officials met in Vienna on Friday. "
                         "The officials said the meeting had been useful.")
    assert codes(doc, "officials")[-1] == "---GOV"


def test_a_junta_after_the_military_government(nlp):
    doc = actor_doc(nlp, "Niger's military government suspended a French broadcaster on Monday, "
                         "a decision the junta defended on state radio.")
    assert codes(doc, "junta") == ["NERGOV"]


def test_a_bare_spokesman_speaks_for_the_previous_speaker(nlp):
    doc = actor_doc(nlp, "Germany's foreign ministry said it was studying the proposal. "
                         "A spokeswoman declined to say when a reply would come.")
    assert codes(doc, "spokeswoman") == ["DEUGOV"]


def test_a_spokesman_with_nobody_before_him_stays_unresolved(nlp):
    doc = actor_doc(nlp, "A spokesman said the talks had been useful.")
    assert codes(doc, "spokesman") == ["---GOV"]


def test_domestic_nouns_take_the_dateline_country(nlp):
    doc = actor_doc(nlp, "NAIROBI, March 3 (Wire) - Kenyan riot police fired tear gas at students outside the "
                         "university, the interior ministry said.\n\nOpposition leader Joseph Wambugu was "
                         "detained by police, his party said.", published=date(2024, 3, 3))
    assert codes(doc, "interior ministry") == ["KENGOV"]
    assert codes(doc, "police") == ["KENCOP"]
    assert codes(doc, "Joseph Wambugu") == ["KENOPP"]
    assert codes(doc, "party") == ["KENOPP"]


def test_no_home_country_without_a_dateline_or_when_another_country_is_named(nlp):
    doc = actor_doc(nlp, "Riot police fired tear gas at students, the interior ministry said.")
    assert codes(doc, "interior ministry") == ["---GOV"]
    doc = actor_doc(nlp, "NAIROBI, March 3 (Wire) - Ugandan troops crossed the border overnight, police said.",
                    published=date(2024, 3, 3))
    assert codes(doc, "police") == ["---COP"]


def test_a_name_before_its_generic_noun(nlp, code):
    coded = code("The talks will resume next month, Iran's IRNA news agency reported.")
    assert claim_sources(coded) == [["IRNMED"]]


def test_the_two_after_a_meeting_are_both_parties(nlp, code):
    coded = code("Emmanuel Macron met Olaf Scholz in Berlin on Monday, and the two agreed to build a new tank.",
                 published=date(2023, 5, 2))
    agreed = event_by_trigger(coded, "agreed")
    assert sorted(a.code for a in agreed.source) == ["DEUGOV", "FRAGOV"]
    assert {a.rule for a in agreed.source} == {"coref:pair"}


def test_both_sides_after_conjoined_countries(nlp, code):
    coded = code("Armenia and Azerbaijan exchanged fire overnight along the border. "
                 "The European Union urged both sides to show restraint.")
    urged = event_by_trigger(coded, "urged")
    assert sorted(a.code for a in urged.target) == ["ARM", "AZE"]
    assert [a.code for a in urged.source] == ["IGOEUREEC"]  # the speaker is never one of the sides


def test_the_two_leaders_of_two_states_are_their_governments(nlp):
    # (round 23: the leaders of two states named before are their governments, never the bare states)
    doc = actor_doc(nlp, "Armenia and Azerbaijan exchanged fire overnight, and the two leaders blamed each other.")
    assert sorted(a.code for g in groups_by_token(doc).values() for a in g) == ["ARMGOV", "AZEGOV"]


def test_listed_national_adjectives_make_one_group(nlp, code):
    coded = code("Officials said Qatari and Egyptian mediators would present a new proposal next week.")
    present = event_by_trigger(coded, "present")
    assert sorted(a.code for a in present.source) == ["EGYGOV", "QATGOV"]


def test_a_noun_the_text_also_uses_for_an_unplaced_body_is_not_resolved(nlp):
    text = ("Coalition advisers trained the fighters in the spring. On Monday the Syrian Arab Coalition said the "
            "town had fallen. The Coalition said its aircraft had struck 40 targets.")
    doc = actor_doc(nlp, text)
    assert "SYRMIL" not in codes(doc, "Coalition")[-1:]
