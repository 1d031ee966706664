"""Whom a denial answers.

A denial (CAMEO 016, "deny responsibility") is said back to whoever made the claim: "Moscow
denied the accusation" after "Ukraine accused Russia of ..." is Russia answering Ukraine. When
the sentence names no claimant ("the Israeli claim" does), the claimant is found among the
events told just before: an accusation aimed at the denier's side, then an act of or on the
denier's side told by someone else ("Armenia's ministry said Azerbaijani troops fired ...",
"the Houthis claimed to have shot down an American drone"), then, for "the claim" or "the
report" pointing back, the last statement by another party. The attribution stage has often
linked the denial, as a claim, to the claims it answers (`Claim.refers_to`): their speakers come
first. A rejection (12x) of something said ("rejected the criticism") answers it the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from tacitus.pipeline.event_clauses import objects_of
from tacitus.pipeline.event_roles import ANAPHORIC_DETS, Ctx, same_side
from tacitus.records import Actor, Event

DENIAL_CODE = "016"
# How far back a denial looks for the claim it answers (events, not sentences).
LOOKBACK = 6
# Nouns that point back at something said ("denied the claim", "rejected the report").
CLAIM_NOUNS = {"claim", "claims", "report", "reports", "allegation", "allegations", "accusation", "accusations",
               "charge", "charges", "assertion", "assertions", "account", "statement", "statements"}


# Earlier events a denial answers when aimed at the denier: disapproval, criticism, accusation.
ACCUSING_CODES = {"110", "111", "112"}
REJECTION_ROOT = "12"
# What a rejection answers when it is something said ("rejected the criticism").
SAID_NOUNS = CLAIM_NOUNS | {"criticism", "criticisms", "condemnation", "condemnations", "remarks", "comments",
                            "accounts", "assertion", "assertions"}


def answers_said(verb: Token, code: str) -> bool:
    """Is the event an answer to something said: a denial, or a rejection of a claim or criticism?"""
    if code == DENIAL_CODE:
        return True
    return code[:2] == REJECTION_ROOT and any(o.lower_ in SAID_NOUNS for o in objects_of(verb))


def _linked_claimants(ctx: Ctx, verb: Token, denier: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The speakers of the claims that the verb's own claim answers (`Claim.refers_to`)."""
    claims = ctx.doc._.tacitus_claims or []
    by_id = {c.id: c for c in claims}
    for claim in claims:
        if claim.refers_to and claim.cue_start <= verb.idx < claim.cue_end:
            return _others((a for ref in claim.refers_to if ref in by_id for a in by_id[ref].source), denier)
    return ()


def _points_back(verb: Token) -> bool:
    """Is the denial's object "the claim", "these reports" (a pointer to something told)?"""
    return any(o.lower_ in CLAIM_NOUNS and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in o.children)
               for o in objects_of(verb))


def _others(actors: Iterable[Actor], denier: tuple[Actor, ...]) -> tuple[Actor, ...]:
    # An uncoded teller ("Reports said ...") is no party a denial can answer.
    return tuple(a for a in actors if a.code and not same_side([a], denier))


def denied_claimants(ctx: Ctx, verb: Token, denier: tuple[Actor, ...]) -> tuple[tuple[Actor, ...], str]:
    """The parties whose claim the denial answers, and how they were found; ((), "") if none."""
    if not denier:
        return (), ""
    linked = _linked_claimants(ctx, verb, denier)
    if linked:
        return linked, "answered-claim"
    recent: list[Event] = list(reversed(ctx.recent[-LOOKBACK:]))
    for prev in recent:
        if prev.cameo[:3] in ACCUSING_CODES and same_side(prev.target, denier) and _others(prev.source, denier):
            return _others(prev.source, denier), "accuser"
    for prev in recent:
        told_by = _others(prev.attribution.source, denier) if prev.attribution is not None else ()
        if told_by and (same_side(prev.source, denier) or same_side(prev.target, denier)):
            return told_by, "teller"
    if _points_back(verb):
        for prev in recent:
            if prev.cameo[:2] == "01" and _others(prev.source, denier):
                return _others(prev.source, denier), "speaker"
    return (), ""
