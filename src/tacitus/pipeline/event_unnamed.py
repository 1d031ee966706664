"""Attacks whose attacker is not named.

"The city of Kharkiv was shelled overnight", "a relief convoy was attacked near X": an agentless
passive of an attack (CAMEO 18, 19) is still an attack that happened; its source is unknown
(left empty) and, when the struck thing is a place, the place's country is its target. A
moving group (a convoy, a patrol) is no part of the place it is struck near, so it names no
target.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.pipeline import mentions_starting_in
from tacitus.pipeline.event_clauses import preps_of, subject_of
from tacitus.pipeline.event_roles import Ctx
from tacitus.records import Actor

UNNAMED_ATTACK_ROOTS = {"18", "19"}
# Things struck that are no place yet plainly physical: a moving group, a building, a vehicle.
# Anything else ("the plan was attacked in the press") may be struck only in words.
STRUCK_THINGS = {"convoy", "convoys", "patrol", "column", "motorcade", "caravan", "checkpoint", "base", "outpost",
                 "hospital", "school", "market", "village", "town", "city", "camp", "building", "station", "bridge",
                 "vehicle", "truck", "bus", "train", "ship", "vessel", "tanker", "port", "airport", "embassy"}


def agentless_attack(ctx: Ctx, trigger: Token, code: str) -> bool:
    """Is the trigger a passive attack verb with no "by" party on a place or a physical thing
    ("was shelled overnight")?"""
    if trigger.pos_ != "VERB" or code[:2] not in UNNAMED_ATTACK_ROOTS or trigger.tag_ != "VBN":
        return False
    subj, passive = subject_of(trigger)
    if subj is None or not passive or any(c.dep_ == "agent" for c in trigger.children):
        return False
    return subj.lemma_.lower() in STRUCK_THINGS or subj.lower_ in STRUCK_THINGS or struck_place(ctx, trigger) is not None


def struck_place(ctx: Ctx, trigger: Token) -> Actor | None:
    """The country of the place that is the passive subject ("Kharkiv", "the city of Kharkiv")."""
    subj, _ = subject_of(trigger)
    if subj is None:
        return None
    heads = {subj.i} | {pobj.i for p, pobj in preps_of(subj) if p == "of" and pobj is not None}
    places = ctx.doc._.tacitus_places or []
    for m in mentions_starting_in(ctx.doc, "places", places, subj.left_edge.idx,
                                  subj.right_edge.idx + len(subj.right_edge)):
        if m.place is None or not m.place.country:
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.i in heads:
            return Actor(text=m.text, country=m.place.country, code=m.place.country, kind="country",
                         rule="place-as-target", confidence=0.5)
    return None
