"""Claims round 25: inside a speaker's quotation, "no casualties have been confirmed" is that
speaker's denial of the report before it, not a sourceless caveat; a narrator's own "could not
be verified" stays a caveat.

Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2025-04-09", nlp=nlp)


# --- an unconfirmed act inside a quotation ---------------------------------------------------------

def test_quoted_unconfirmed_act_is_the_speakers_denial(nlp):
    art = coded(nlp, "A monitoring group said on Monday that police shot nine villagers during a raid in the "
                     "hills. \"The raid was aimed at smugglers, and no civilian deaths have been confirmed,\" the "
                     "provincial governor's office said.")
    denial = by_cue(art.claims, "confirmed")
    assert denial.stance == "deny"
    assert denial.source and "governor" in denial.source[0].text
    assert denial.refers_to == (by_cue(art.claims, "said").id,)
    assert not [c for c in art.claims if c.stance == "decline" and not c.source]


def test_narrators_unverified_figure_stays_a_caveat(nlp):
    # must not fire: no quotation, so no speaker turns the caveat into a denial
    art = coded(nlp, "A monitoring group said on Monday that police shot nine villagers during a raid in the "
                     "hills. The deaths could not be independently confirmed.")
    assert not [c for c in art.claims if c.stance == "deny"]
