"""Claims round 23: a claim's source agrees with the actor stage. A body the actor stage knows by a
sector of its own is no news outlet for being an "agency"; a body coded without a country keeps its
whole code as the owner of a report or in an apposition; a group "calling itself X" is X; and "the
statement" said later is that of the body a statement came "from" before.

Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2025-03-14", nlp=nlp)


def codes(claim) -> list[str | None]:
    return [a.code for a in claim.source]


# --- an agency the actor stage knows is no outlet ---------------------------------------------


def test_refugee_agency_keeps_the_code_of_its_mention(nlp):
    art = coded(nlp, "According to the U.N. refugee agency, 40,000 people fled the fighting in March.")
    mention = next(m for m in art.mentions if m.actor is not None and "refugee agency" in m.text)
    assert codes(by_cue(art.claims, "According to")) == [mention.actor.code]
    assert not mention.actor.code.endswith("MED")


def test_state_news_agency_is_still_an_outlet(nlp):
    art = coded(nlp, "Iran seized a British tanker in the Gulf on Friday. The state news agency said the ship had "
                     "broken maritime rules.")
    assert codes(by_cue(art.claims, "said"))[0].endswith("MED")


# --- a body without a country keeps its whole code ------------------------------------------------


def test_report_by_a_un_panel_is_the_un(nlp):
    art = coded(nlp, "A report by a United Nations panel of experts said the militia was armed by its neighbour.")
    assert codes(by_cue(art.claims, "said")) == ["IGOUNO"]


def test_report_by_country_officials_still_takes_the_country(nlp):
    art = coded(nlp, "A report by Ukrainian officials said the dam was mined before the retreat.")
    assert codes(by_cue(art.claims, "said"))[0].startswith("UKR")


# --- "calling itself X" ------------------------------------------------------------------------


def test_group_calling_itself_a_name_is_that_name(nlp):
    art = coded(nlp, "A shadowy outfit calling itself the Baltic Liberation Army claimed the bombing of the "
                     "pipeline on Sunday.")
    source = by_cue(art.claims, "claimed").source
    assert [a.text for a in source] == ["the Baltic Liberation Army"]
    mention = next(m for m in art.mentions if m.actor is not None and "Liberation Army" in m.text)
    assert source[0].code == mention.actor.code


def test_militia_that_calls_itself_a_name_keeps_its_own_code(nlp):
    art = coded(nlp, "A militia that calls itself the Sons of the Delta said it had seized the oil terminal.")
    source = by_cue(art.claims, "said").source
    assert [a.text for a in source] == ["the Sons of the Delta"]
    mention = next(m for m in art.mentions if m.actor is not None and m.text == "militia")
    assert source[0].code == mention.actor.code  # not the code of "Delta" inside the name


def test_calling_for_something_or_a_common_noun_names_no_one(nlp):
    art = coded(nlp, "A man calling himself a witness said the soldiers fired first.")
    assert [a.text for a in by_cue(art.claims, "said").source] == ["A man"]
    art = coded(nlp, "A group calling for talks said the blockade must end.")
    assert [a.text for a in by_cue(art.claims, "said").source] == ["A group"]


# --- "the statement" is that of the body it came from ------------------------------------------


def test_the_statement_speaks_for_the_body_it_came_from(nlp):
    art = coded(nlp, "The talks collapsed, according to a statement from the Kenyan presidency. President Ruto "
                     "had urged both sides to return, the statement said.")
    first = by_cue(art.claims, "according to")
    assert codes(by_cue(art.claims, "said")) == codes(first) and codes(first)[0]


def test_the_statement_with_no_author_before_stays_unknown(nlp):
    art = coded(nlp, "The talks collapsed on Monday. Both sides had been urged to return, the statement said.")
    assert codes(by_cue(art.claims, "said")) == [None]


# --- a possessor known only by its sector -------------------------------------------------------


def test_officers_of_a_body_known_by_sector_take_its_code(nlp):
    art = coded(nlp, "The two navies' chiefs of operations said in a joint statement that the blockade was lifted.")
    owner = next(m for m in art.mentions if m.actor is not None and m.text == "navies")
    assert codes(by_cue(art.claims, "said")) == [owner.actor.code]


def test_possessor_with_no_actor_gives_no_code(nlp):
    art = coded(nlp, "The committee's two rapporteurs said the vote had been postponed.")
    assert codes(by_cue(art.claims, "said")) == [None]
