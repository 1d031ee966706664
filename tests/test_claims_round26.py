"""Claims round 26: "almost certainly" and "nearly certain" hedge what they qualify; a
hypothetical modal under an "if" or "unless" clause ("would retaliate if Manila continued") puts
the condition among the claim's hedges, while a firm "will ... if" threat stays unhedged.

Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2025-04-09", nlp=nlp)


# --- near-certainty ---------------------------------------------------------------------------------

def test_almost_certainly_is_a_hedge(nlp):
    art = coded(nlp, "The pipeline blast was almost certainly the work of saboteurs, a Norwegian official said.")
    claim = by_cue(art.claims, "said")
    assert claim.hedged
    assert "almost certainly" in claim.hedges


def test_nearly_certain_is_a_hedge(nlp):
    art = coded(nlp, "Hungary is nearly certain to block the new sanctions package, two diplomats said.")
    claim = by_cue(art.claims, "said")
    assert "nearly certain" in claim.hedges


def test_plain_certainly_is_no_hedge(nlp):
    # must not fire: "certainly" alone boosts, it does not hedge
    art = coded(nlp, "The pipeline blast was certainly the work of saboteurs, a Norwegian official said.")
    assert not by_cue(art.claims, "said").hedged


# --- a hypothetical under a condition ----------------------------------------------------------------

def test_would_under_if_carries_the_condition(nlp):
    art = coded(nlp, "Caracas would almost certainly seize the tankers if Washington tightened the blockade, "
                     "analysts said.")
    claim = by_cue(art.claims, "said")
    assert claim.hedged
    assert "if Washington tightened the blockade" in claim.hedges
    assert "almost certainly" in claim.hedges


def test_would_under_unless_carries_the_condition(nlp):
    art = coded(nlp, "Baku would resume the offensive unless Yerevan withdrew its troops, a senior aide said.")
    assert "unless Yerevan withdrew its troops" in by_cue(art.claims, "said").hedges


def test_firm_threat_with_if_is_not_hedged(nlp):
    # must not fire: "will ... if" is a threat the speaker stands by, not a hypothetical
    art = coded(nlp, "Pyongyang will fire on any ship that crosses the line if the drills go ahead, "
                     "state media said.")
    assert not by_cue(art.claims, "said").hedged
