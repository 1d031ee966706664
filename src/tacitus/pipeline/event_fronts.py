"""Who fights where, when the lexicon cannot say it from the verb alone.

- Nature is no actor: "floods hit Sylhet", "the storm killed 12", "wildfires destroyed homes"
  tell a disaster, not an attack (the lexicon codes the verb whatever its subject).
- An advance on a place by armed forces ("troops advanced on Kursk", "the rebels marched on the
  city") is a military act (190) against the place's country; "advance" and "march" code
  nothing by themselves ("talks advanced on Monday", "protesters marched on parliament").
- A town or city captured ("rebels seized Bukavu", "the army retook Kherson") is ground
  occupied (192) in the place's country, as the lexicon codes "captured the town"; the
  lexicon's own reading of the bare verb (an arrest, an abduction) fits a person, not a place.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.pipeline.event_clauses import objects_of, preps_of, subject_of
from tacitus.pipeline.event_lexicon import LexEntry, word_matches
from tacitus.pipeline.event_roles import Ctx, actors_of, place_actor
from tacitus.records import Actor

HAZARDS = "@hazards"


def _hazard(ctx: Ctx, noun: Token) -> bool:
    """Is the noun a natural hazard ("floods", "Typhoon Gaemi", "a cholera epidemic")?"""
    return word_matches(ctx.lex, HAZARDS, noun) or any(
        c.dep_ == "compound" and c.i < noun.i and word_matches(ctx.lex, HAZARDS, c) for c in noun.children)


def natural_agent(ctx: Ctx, trigger: Token) -> bool:
    """Is the act's doer a natural hazard: its subject, or the "by" agent of a passive ("were
    killed by floods")?"""
    if trigger.pos_ != "VERB":
        return False
    subj, passive = subject_of(trigger)
    if passive:
        agents = [g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return any(_hazard(ctx, a) for a in agents)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and _hazard(ctx, subj)


ADVANCE = "190"
ADVANCE_ENTRY = LexEntry(id="rule:advance-on", lemma="advance", pos="verb", code=ADVANCE, confidence=0.7)
# Verbs of moving on a place, with the preposition that names it ("push" is left out: "pushed
# migrants back across the border" expels them).
ADVANCING_VERBS = {"advance": ("on", "toward", "towards"), "march": ("on",)}
# Armed men: forces, rebels, insurgents, separatists, militias (not the opposition's crowds).
ARMED_SECTORS = {"MIL", "REB", "INS", "SEP", "UAF"}


def _armed(ctx: Ctx, subj: Token) -> bool:
    """Are the subject armed men: troops, an army, a rebel or militant group?"""
    if word_matches(ctx.lex, "@troops", subj):
        return True
    actors = actors_of(ctx, subj)
    return bool(actors) and all((a.sector or "")[:3] in ARMED_SECTORS for a in actors)


def advance_on_place(ctx: Ctx, verb: Token) -> tuple[list[Actor], list[Actor]] | None:
    """(source, target) when armed forces advance on a place ("M23 fighters advanced on Goma"),
    the target being the place's country; else None."""
    preps = ADVANCING_VERBS.get(ctx.verb_lemma(verb))
    if verb.pos_ != "VERB" or preps is None:
        return None
    subj, passive = subject_of(verb)
    if subj is None or passive or not _armed(ctx, subj):
        return None
    for p, pobj in preps_of(verb):
        if p not in preps or pobj is None:
            continue
        target = [a for a in place_actor(ctx, pobj) if a.kind in ("country", "government") or a.country]
        if target or pobj.ent_type_ in ("GPE", "LOC", "FAC") or word_matches(ctx.lex, "@terrain", pobj):
            return actors_of(ctx, subj), target
    return None


OCCUPY = "192"
OCCUPY_ENTRY = LexEntry(id="rule:captured-place", lemma="capture", pos="verb", code=OCCUPY, confidence=0.7)
CAPTURING_VERBS = {"capture", "seize", "take", "retake", "recapture", "overrun"}


def captured_place(ctx: Ctx, verb: Token) -> tuple[list[Actor], list[Actor]] | None:
    """(source, target) when the verb captures a named populated place ("M23 captured Goma"),
    the target being the place's country; else None. Countries and people are left to the
    lexicon ("seized Crimea" is a region the place stage names; "seized the mayor" a person)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CAPTURING_VERBS:
        return None
    subj, passive = subject_of(verb)
    if subj is None or passive:
        return None
    for obj in objects_of(verb):
        if obj.pos_ != "PROPN":
            continue
        place = place_roots(ctx).get(obj.i)
        if place is not None and place.place.country and place.place.admin_level != "country":
            target = [Actor(text=place.text, country=place.place.country, code=place.place.country,
                            kind="country", rule="place-as-target", confidence=0.5)]
            return actors_of(ctx, subj), target
        if place is not None:
            continue
        # A name the gazetteer lacks is a place by its own tag or a gloss ("Goma, the largest
        # city in eastern Congo"), and no state or person by the actor stage.
        gloss = next((c for c in obj.children if c.dep_ == "appos" and word_matches(ctx.lex, "@terrain", c)), None)
        if gloss is not None or (obj.ent_type_ in ("GPE", "LOC") and not any(
                a.kind in ("country", "government", "person") for a in actors_of(ctx, obj))):
            target = [a for p, pobj in (preps_of(gloss) if gloss is not None else ()) if p in ("in", "of")
                      for a in place_actor(ctx, pobj) if a.country]
            return actors_of(ctx, subj), target[:1]
    return None


def place_roots(ctx: Ctx) -> dict:
    """The place mentions of the document by the index of their root token."""
    place_actor(ctx, None)
    if ctx.place_roots is None:
        place_actor(ctx, ctx.doc[0])  # fills ctx.place_roots once
    return ctx.place_roots or {}
