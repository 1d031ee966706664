"""People taken prisoner.

"A brigadier general was taken prisoner", "the rebels took two officers hostage": the object
predicate (prisoner, captive, hostage), not the verb "take" alone, makes the act a capture
(CAMEO 181, abduct or take hostage), done to the one taken. With no "by" party, an armed group
telling of it ("..., the group said") is the captor when it is not on the captive's side; a
government saying one of its own was taken names no captor.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.pipeline.event_clauses import objects_of, preps_of, subject_of
from tacitus.pipeline.event_roles import Ctx, actors_of, same_side
from tacitus.records import Actor

CAPTURE_CODE = "181"
CAPTIVE_WORDS = {"prisoner", "prisoners", "captive", "captives", "hostage", "hostages"}
# Sectors of a teller who may be the captor of whom it tells.
ARMED_SECTORS = ("REB", "INS", "MIL", "UAF", "SEP")


def taken_captive(ctx: Ctx, verb: Token) -> tuple[list[Actor], list[Actor]] | None:
    """(captors, captives) when `verb` is "take" with a captive predicate, else None."""
    if verb.lemma_.lower() != "take" or not any(
            c.dep_ in ("oprd", "dobj", "npadvmod", "attr") and c.lower_ in CAPTIVE_WORDS for c in verb.children):
        return None
    subj, passive = subject_of(verb)
    if not passive:  # "the rebels took two officers hostage"
        taken = next((o for o in objects_of(verb) if o.lower_ not in CAPTIVE_WORDS), None)
        return (actors_of(ctx, subj) if subj is not None else []), actors_of(ctx, taken)
    captives = actors_of(ctx, subj)
    captors = [a for p, pobj in preps_of(verb) if p == "by" for a in actors_of(ctx, pobj)]
    if not captors and verb.dep_ == "ccomp":
        teller, teller_passive = subject_of(verb.head)
        tellers = actors_of(ctx, teller) if teller is not None and not teller_passive else []
        captors = [a for a in tellers if (a.code or "").endswith(ARMED_SECTORS) or (a.sector or "") in ARMED_SECTORS]
        if captors and captives and same_side(captors, captives):
            captors = []
    return captors, captives
