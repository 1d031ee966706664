"""Aid that arrives is aid provided.

"A convoy of 40 trucks carrying flour reached Tawila", "the first aid ships arrived in Gaza":
wire stories tell aid delivered by its arrival, a verb of motion no lexicon entry codes. When
the moving thing is a convoy, shipment or vehicle that carries aid (by its own words, "aid
convoy", or a clause, "carrying flour"), its arrival is humanitarian aid provided (CAMEO 073)
by the convoy's owner ("a UN convoy") or, when the convoy names none, by the aid body that
tells of it ("the World Food Programme said ..."), to the country of the place reached
(none when no place of the sentence was recognised).

The cargo, not the vehicle, decides what is sent: "sent a plane carrying medical aid" is
humanitarian aid (073) though a plane may be a weapon to the lexicon ("sent a plane carrying
missiles" stays military aid).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tacitus.pipeline.event_clauses import objects_of, preps_of, subject_of
from tacitus.pipeline.event_lexicon import LexEntry, word_matches
from tacitus.pipeline.event_roles import Ctx, actors_of, place_actor, place_target
from tacitus.records import Actor

AID_CODE = "073"
ARRIVING_VERBS = {"reach", "arrive", "enter", "cross", "land", "dock"}
CARRIERS = {"convoy", "shipment", "truck", "lorry", "ship", "plane", "flight", "airlift", "consignment", "vessel",
            "aid", "delivery"}
RELIEF_WORDS = {"aid", "relief", "humanitarian", "food", "flour", "wheat", "grain", "medicine", "medical", "water",
                "fuel", "tent", "blanket", "supply", "vaccine"}
# Bodies whose telling of a delivery is their own ("the WFP said a convoy reached ...").
AID_SECTORS = ("NGO", "IGO", "AGR", "HLH", "DEV")
PLACE_PREPS = ("in", "at", "into", "to")


def _carries_aid(subj: Token) -> bool:
    return subj.lemma_.lower() in CARRIERS and any(
        t.lemma_.lower() in RELIEF_WORDS for t in subj.subtree if t.i != subj.i or t.lemma_.lower() == "aid")


def _aid_teller(ctx: Ctx, verb: Token) -> list[Actor]:
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return []
    subj, passive = subject_of(clause.head)
    tellers = actors_of(ctx, subj) if subj is not None and not passive else []
    return [a for a in tellers if any(s in (a.code or "") for s in AID_SECTORS)]


def aid_arrival(ctx: Ctx, verb: Token) -> tuple[list[Actor], list[Actor]] | None:
    """(providers, recipients) when `verb` tells aid arriving (at a place, whose country
    receives it, when the place stages found one), else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ARRIVING_VERBS:
        return None
    subj, passive = subject_of(verb)
    if subj is None or passive or not _carries_aid(subj):
        return None
    place = place_target(ctx, verb)
    # A town the actor stage read as a name ("reached El Fasher") still stands for its country.
    reached = [place] if place is not None else [
        a for h in (*objects_of(verb), *(pobj for p, pobj in preps_of(verb) if p in PLACE_PREPS))
        for a in actors_of(ctx, h) if a.kind == "country"]
    # A carrier's own code counts only when it names a state or an aid body ("a UN convoy"),
    # not the trade a vehicle word suggests ("the aid ship": ---BUS).
    owners = [a for a in actors_of(ctx, subj) if a.country or (a.code or "").startswith(("IGO", "NGO"))]
    return owners or _aid_teller(ctx, verb), reached


MILITARY_AID = "072"
# Vehicles and batches whose arrival with arms on board is arms delivered.
ARMS_CARRIERS = CARRIERS - {"aid", "delivery"} | {"aircraft", "cargo", "freighter", "airlift", "batch", "consignment"}


def _carries_arms(ctx: Ctx, verb: Token, subj: Token) -> bool:
    """Does the carrier bring arms, by its own words ("an arms shipment", "a ship carrying
    guns") or a clause on the verb ("landed at the airport carrying weapons")?"""
    if subj.lemma_.lower() not in ARMS_CARRIERS:
        return False
    cargo = [t for t in subj.subtree if t.i != subj.i]
    cargo += [t for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in ("carry", "transport", "bring")
              for t in c.subtree if t.i != c.i]
    return any(word_matches(ctx.lex, "@arms", t) for t in cargo)


def arms_arrival(ctx: Ctx, verb: Token) -> tuple[list[Actor], list[Actor]] | None:
    """(providers, recipients) when `verb` tells a foreign carrier of arms reaching a place
    ("two Egyptian planes landed in Mogadishu carrying weapons", "a Turkish arms shipment
    reached Tripoli"): military aid (072) from the carrier's state to the place's. None when
    the carrier names no state or it lands at home (a state moving its own arms gives none)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ARRIVING_VERBS - {"cross", "enter"}:
        return None
    subj, passive = subject_of(verb)
    if subj is None or passive or not _carries_arms(ctx, verb, subj):
        return None
    owners = [a for a in actors_of(ctx, subj) if a.country]
    place = place_target(ctx, verb)
    # "landed at Mogadishu's airport", "docked at Tripoli port": the town names the state reached.
    reached = [place] if place is not None else [
        a for h in (*objects_of(verb), *(pobj for p, pobj in preps_of(verb) if p in PLACE_PREPS))
        for w in (h, *(c for c in h.children if c.dep_ in ("compound", "poss")))
        for a in place_actor(ctx, w) if a.country]
    if not owners or not reached or {a.country for a in reached} <= {a.country for a in owners}:
        return None
    return owners, reached


# Codes a carrier of relief is read as by its vehicle word: aid unspecified, military aid.
VEHICLE_READ_CODES = ("070", "072")


def carried_relief(ctx: Ctx, verb: Token, entry: LexEntry | None) -> LexEntry | None:
    """The entry to code `verb` by: humanitarian aid (073) when what it sends is a carrier of
    relief and of no arms ("a plane carrying food aid"), else `entry` unchanged."""
    if entry is None or entry.code not in VEHICLE_READ_CODES:
        return entry
    for obj in ctx.objects_of(verb):
        cargo = [t for t in obj.subtree if t.i != obj.i]
        # The carrier must be a vehicle or batch ("sent aid" alone stays aid unspecified).
        vehicle = obj.lemma_.lower() in CARRIERS - {"aid", "delivery"}
        if vehicle and any(t.lemma_.lower() in RELIEF_WORDS for t in cargo) \
                and not any(word_matches(ctx.lex, "@arms", t) for t in cargo):
            return replace(entry, code=AID_CODE)
    return entry


# Money put into another state's bank or treasury is economic aid to that state (071):
# "Riyadh deposited $3 billion in Pakistan's central bank".
ECONOMIC_AID = "071"
DEPOSITING_VERBS = {"deposit", "transfer", "place", "park", "inject", "wire"}
STATE_COFFERS = {"bank", "treasury", "reserve", "reserves", "coffers", "budget"}


def money_deposited(ctx: Ctx, verb: Token) -> tuple[list[Actor], list[Actor]] | None:
    """(givers, recipients) when a state puts money into a bank or treasury of another state;
    else None (a deposit in a bank owned by no other state names no recipient)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DEPOSITING_VERBS:
        return None
    subj, passive = subject_of(verb)
    if subj is None or passive or not any(word_matches(ctx.lex, "@money", o) for o in objects_of(verb)):
        return None
    givers = [a for a in actors_of(ctx, subj) if a.country]
    own = {a.country for a in givers}
    # "$2 billion in Egypt's central bank": the parser may hang the bank on the sum.
    for p, pobj in preps_of(verb) + [pp for o in objects_of(verb) for pp in preps_of(o)]:
        if p in ("in", "into", "with", "to") and pobj is not None and pobj.lemma_.lower() in STATE_COFFERS:
            recipients = [a for a in actors_of(ctx, pobj) if a.country and a.country not in own]
            if givers and recipients:
                return givers, recipients
    return None
