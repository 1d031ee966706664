"""Targets an act's own words leave out but its phrases give: the state an attack landed in
("struck camps in Pakistan", "strikes inside Lebanon"), the recipient of aid named after the
aid noun ("froze aid to Kigali"), and forces sent to ground rather than to a party ("sent
troops to villages near the border" is a deployment, not military aid to the villages)."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.pipeline.event_clauses import objects_of, preps_of
from tacitus.pipeline.event_lexicon import word_matches
from tacitus.pipeline.event_roles import Ctx, actors_of, place_actor
from tacitus.records import Actor

GROUND_PREPS = {"in", "inside", "within"}
FORCE_ROOTS = ("18", "19")
AID_ROOTS = ("07", "16")


def _heads(ctx: Ctx, trigger: Token) -> list[Token]:
    """The trigger and its objects (a place phrase may hang on either: "struck camps in X")."""
    return [trigger, *objects_of(trigger)] if trigger.pos_ == "VERB" else [trigger]


def _state_only(actor: Actor) -> bool:
    """A country named as a place (no sector, no person): the ground, standing for its state."""
    return bool(actor.country) and not actor.sector and actor.code == actor.country


def ground_state(ctx: Ctx, trigger: Token, code: str, src: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The state an attack with no target landed in ("in Pakistan", "inside Lebanon"), never
    the attacker's own; () when the sentence names none."""
    if code[:2] not in FORCE_ROOTS:
        return ()
    own = {a.country for a in src}
    for head in _heads(ctx, trigger):
        for prep, pobj in preps_of(head):
            if prep not in GROUND_PREPS or pobj is None:
                continue
            states = [a for a in actors_of(ctx, pobj) if _state_only(a) and a.country not in own]
            if states:
                return tuple(states)
    return ()


# Participles that name whom money is meant for.
EARMARKING = {"earmark", "destine", "intend", "allocate", "mean", "bind", "designate", "set", "reserve"}


def aid_recipient(ctx: Ctx, trigger: Token, code: str) -> tuple[Actor, ...]:
    """The party an aid noun is "to" ("suspended some bilateral aid to Kigali"), for aid given
    or cut whose verb names no recipient."""
    if code[:2] not in AID_ROOTS or trigger.pos_ != "VERB":
        return ()
    objs = [o for o in objects_of(trigger) if word_matches(ctx.lex, "@aid", o) or word_matches(ctx.lex, "@money", o)]
    if not objs:
        return ()
    for clause in (t for o in objs for t in o.subtree if t.dep_ == "acl" and t.lemma_.lower() in EARMARKING):
        for prep, pobj in preps_of(clause):  # "froze funds earmarked for Serbia"
            if prep == "for" and pobj is not None:
                return tuple(actors_of(ctx, pobj) or place_actor(ctx, pobj))
    for head in (*objs, trigger):  # "froze aid to Kigali": the phrase hangs on the noun or the verb
        for prep, pobj in preps_of(head):
            if prep == "to" and pobj is not None:
                return tuple(actors_of(ctx, pobj) or place_actor(ctx, pobj))  # a capital named as a place
    return ()


def sent_to_ground(ctx: Ctx, trigger: Token) -> bool:
    """"sent troops to villages near the border": forces moved to ground, not aid to a party."""
    if trigger.pos_ != "VERB" or not any(word_matches(ctx.lex, "@troops", o) for o in objects_of(trigger)):
        return False
    return any(prep == "to" and pobj is not None and word_matches(ctx.lex, "@terrain", pobj)
               for head in _heads(ctx, trigger) for prep, pobj in preps_of(head))
