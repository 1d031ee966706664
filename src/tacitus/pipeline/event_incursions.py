"""Forces entering another state's territory, and the other side of a closure or a suspension.

"Venezuelan troops crossed the border into Guyana", "soldiers entered Guyanese territory",
"sent troops into Peruvian territory": an armed force entering another state's soil uninvited
is a use of conventional military force against that state. CAMEO has no incursion code of its
own; 192 (occupy territory) needs the ground to be held, and 150 (show of force) is power shown
without crossing, so the crossing itself is coded 190, as the lexicon codes the noun
"incursion". A force sent "to help" someone is invited and left to the aid rules.

"China said a Japanese vessel had intruded into its waters", "Greece said Turkish jets violated
its airspace": a state telling that another's ships, planes or forces entered its own ground
accuses that state (112); the intrusion stays the intruder's act, aimed at the state entered.

"closed the crossing", "suspended the negotiations" name no target: the crossing leads to the
country across it, the negotiations are with the other party told holding them before.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.pipeline.event_clauses import objects_of, preps_of, subject_of
from tacitus.pipeline.event_lexicon import word_matches
from tacitus.pipeline.event_roles import (
    ANAPHORIC_DETS,
    Ctx,
    actors_of,
    dedupe_actors,
    mention_actor,
    place_actor,
    same_side,
)
from tacitus.pipeline.event_statements import REPORTING_VERBS
from tacitus.records import Actor

INCURSION = "190"
ENTERING_VERBS = {"cross", "enter", "infiltrate", "penetrate", "intrude"}
SENDING_VERBS = {"send", "deploy", "dispatch", "move"}
# Nouns that name a state's ground (with the state as a modifier: "Guyanese territory").
TERRITORY_NOUNS = {"territory", "soil", "airspace", "waters", "land", "lands"}
FORCE_CLASSES = ("@troops", "@arms")
# Verbs of an intrusion a state complains of, and the possessives by which the speaker owns the
# ground ("its waters").
INTRUDING_VERBS = ENTERING_VERBS | {"violate", "trespass", "breach"}
OWN_POSSESSIVES = {"its", "our", "their"}
INTRUSION_CLAIM = "accusation:intrusion"
INVITED_PURPOSES = {"help", "support", "assist", "reinforce", "train", "protect", "defend"}


def _countries(actors) -> set[str]:
    return {a.country for a in actors if a.country}


def _ground(noun: Token) -> bool:
    """Is the noun a state's ground ("territory", "waters" (lemma "water"), "its exclusive
    economic zone")?"""
    words = {noun.lower_, noun.lemma_.lower()}
    return bool(words & TERRITORY_NOUNS) or (
        noun.lemma_.lower() == "zone" and any(c.lower_ == "economic" for c in noun.children))


# Ships of a state's forces ("coast guard vessels", "navy ships", "Chinese naval ships").
STATE_FLEET_WORDS = {"coast", "guard", "coastguard", "navy", "naval", "military", "border", "maritime"}


def _force(ctx: Ctx, noun: Token | None) -> bool:
    if noun is None:
        return False
    if any(word_matches(ctx.lex, c, noun) for c in FORCE_CLASSES):
        return True
    return word_matches(ctx.lex, "@boarded", noun) and any(
        c.dep_ in ("compound", "amod") and c.lower_ in STATE_FLEET_WORDS for c in noun.subtree if c.i < noun.i)


def _entered_state(ctx: Ctx, verb: Token, entering: bool) -> tuple[Token, list[Actor]] | None:
    """The state whose ground the verb's force goes into: "into Guyana", "into Peruvian
    territory", or an entering verb's object ("entered Guyanese territory")."""
    places = [pobj for p, pobj in preps_of(verb) if p == "into" and pobj is not None]
    if entering:
        places += [o for o in objects_of(verb) if _ground(o)]
    for place in places:
        actors = [a for a in actors_of(ctx, place) if a.country and a.kind in ("country", "government")]
        if not actors and _ground(place):
            # "Kinmen's restricted waters": the owner named as a place stands for its state.
            actors = [a for c in place.children if c.dep_ == "poss" for a in place_actor(ctx, c) if a.country]
        if actors and (_ground(place) or place.i in ctx.index):
            return place, actors
    return None


def incursion(ctx: Ctx, verb: Token) -> tuple[list[Actor], list[Actor]] | None:
    """(the force's side, the entered state) when `verb` tells a force going into another
    state's ground uninvited; else None. The force's side must be known and foreign there."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    subj, passive = subject_of(verb)
    if lemma in ENTERING_VERBS and not passive and _force(ctx, subj):
        entering = True
    elif lemma in SENDING_VERBS and any(_force(ctx, o) for o in objects_of(verb)):
        entering = False
        if any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in INVITED_PURPOSES for c in verb.children):
            return None  # "sent troops into Mali to help the government": invited
    else:
        return None
    entered = _entered_state(ctx, verb, entering)
    if entered is None or subj is None or passive:
        return None
    src = actors_of(ctx, subj)
    tgt = entered[1]
    if not _countries(src) or _countries(src) & _countries(tgt):
        return None  # whose force is unknown, or it goes back onto its own ground
    return src, tgt


def intrusion_claim(ctx: Ctx, verb: Token) -> tuple[list[Actor], list[Actor], Token] | None:
    """(the speaker, the intruder's side, the intruding verb) when the reporting verb's subject
    tells that another state's ships, planes or forces entered or violated its own ground: ground
    named as the speaker's ("Chinese waters" said by Beijing) or as its own ("its airspace")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS:
        return None
    subj, passive = subject_of(verb)
    speaker = [a for a in actors_of(ctx, subj) if a.country] if subj is not None and not passive else []
    own = _countries(speaker)
    # (A finite verb misparsed as a clause on the reporting verb's object: "said [Chinese
    # vessels] intruded into ...".)
    clauses = [(c, *subject_of(c)) for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"] \
        + [(a, o, False) for o in verb.children if o.dep_ == "dobj" for a in o.children
           if a.dep_ == "acl" and a.tag_ in ("VBD", "VBN")]
    for comp, isubj, ipassive in clauses if own else ():
        if comp.lemma_.lower() not in INTRUDING_VERBS or isubj is None or ipassive:
            continue
        intruder = [a for a in actors_of(ctx, isubj) if a.country and a.country not in own]
        places = [pobj for p, pobj in preps_of(comp) if p in ("into", "in") and pobj is not None] + objects_of(comp)
        for place in (p for p in places if _ground(p)) if intruder else ():
            owners = _countries(actors_of(ctx, place))
            possessed = any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in place.children)
            if owners & own or (not owners and possessed):
                return speaker, intruder, comp
    return None


def _claimed_intrusions(ctx: Ctx, tokens: list[Token], found: list[tuple]) -> list[tuple]:
    """Add the accusation (112) of each intrusion a state tells of its own ground, and aim the
    intrusion, when coded with no target, at the state entered."""
    out = list(found)
    for token in tokens:
        claim = intrusion_claim(ctx, token)
        if claim is None:
            continue
        speaker, intruder, comp = claim
        out = [(f[0], f[1], f[2], f[3], speaker, f[5] + "+entered") if f[0].i == comp.i and not f[4] else f
               for f in out if f[0].i != token.i]
        out.append((token, "112", None, speaker, intruder, INTRUSION_CLAIM))
    return out


def recode_incursions(ctx: Ctx, tokens: list[Token], found: list[tuple]) -> list[tuple]:
    """Code each force entering another's ground as 190 at that state, in place of what the
    sending verb was read as (072: a force sent into a state is no aid to it); add the
    accusation of an intrusion the entered state tells of."""
    by_trigger = {f[0].i: n for n, f in enumerate(found)}
    out = list(found)
    for token in tokens:
        got = incursion(ctx, token)
        if got is None:
            continue
        src, tgt = got
        n = by_trigger.get(token.i)
        if n is None:
            out.append((token, INCURSION, None, src, tgt, "subject+incursion"))
        else:
            trig, _code, entry, _src, _tgt, how = out[n]
            out[n] = (trig, INCURSION, entry, src, tgt, how + "+incursion")
    return _claimed_intrusions(ctx, tokens, out)


# Closures of a way across ("closed the crossing") and acts on talks told before.
CROSSING_CLASS = "@border"
TALKS_CLASS = "@talks"
TALKS_ROOT = "04"


def _other_side(sides, src) -> tuple[Actor, ...]:
    return dedupe_actors(a for a in sides if not same_side([a], src))


def _last_country_named(ctx: Ctx, before: Token, src) -> tuple[Actor, ...]:
    """The nearest state named in the article before `before` that is not the source's."""
    own = _countries(src)
    for i in range(before.sent.start - 1, -1, -1):
        m = ctx.index.get(i)
        actor = mention_actor(m) if m is not None else None
        if actor is not None and actor.kind == "country" and actor.country and actor.country not in own:
            return (actor,)
    return ()


def closure_counterpart(ctx: Ctx, verb: Token, src) -> tuple[tuple[Actor, ...], str]:
    """The other side of a closed crossing or of talks suspended ("the crossing", "the
    negotiations"): named on the noun ("the crossing with Colombia"), else the other party of
    the last act told between the source and another (of talks, for talks), else, for a
    crossing, the nearest other state named before. ((), "") when there is none."""
    for obj in objects_of(verb):
        crossing = word_matches(ctx.lex, CROSSING_CLASS, obj)
        talks = word_matches(ctx.lex, TALKS_CLASS, obj) \
            and any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in obj.children)
        if not (crossing or talks):
            continue
        named = _other_side([a for p, pobj in preps_of(obj) if p in ("with", "to", "into") for a in actors_of(ctx, pobj)],
                            src)
        if named:
            return named, "named"
        for prev in reversed(ctx.recent[-8:]):
            if prev.modality.negated or (talks and prev.cameo[:2] != TALKS_ROOT):
                continue
            sides = prev.source + prev.target
            if same_side(sides, src):
                other = _other_side(sides, src)
                if other:
                    return other, f"told:{prev.id.rsplit(':', 1)[-1]}"
        if crossing:
            other = _last_country_named(ctx, verb, src)
            if other:
                return other, "named-before"
    return (), ""


# "Delegations from both governments met": the two parties of the story's dispute.
BOTH_SIDES_NOUNS = {"government", "country", "side", "state", "nation", "capital"}


def from_both_sides(subj: Token | None) -> bool:
    """Is the subject a party "from both governments" / "from the two countries"?"""
    if subj is None:
        return False
    return any(p == "from" and pobj is not None and pobj.lemma_.lower() in BOTH_SIDES_NOUNS
               and any((c.dep_ in ("det", "predet") and c.lower_ == "both") or (c.dep_ == "nummod" and c.lower_ == "two")
                       for c in pobj.children)
               for p, pobj in preps_of(subj))


DISPUTE_ROOTS = {"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}


def story_parties(ctx: Ctx) -> tuple[Actor, ...]:
    """The two states told at odds most often so far (as named last), or ()."""
    counts: dict[frozenset, int] = {}
    last: dict[frozenset, tuple[Actor, ...]] = {}
    for prev in ctx.recent:
        if prev.cameo[:2] not in DISPUTE_ROOTS or prev.modality.negated:
            continue
        sides = dedupe_actors(a for a in prev.source + prev.target if a.country)
        pair = frozenset(a.country for a in sides)
        if len(pair) != 2:
            continue
        counts[pair] = counts.get(pair, 0) + 1
        last[pair] = sides
    if not counts:
        return ()
    order = list(last)
    return last[max(order, key=lambda p: (counts[p], order.index(p)))]


# A visit (042, 043) is made by officials; forces arriving somewhere are forces deployed (154,
# mobilize or increase armed forces), aimed at the place's state as the lexicon reads the visit.
VISIT_CODES = ("042", "043")
FORCES_DEPLOYED = "154"


def forces_arriving(ctx: Ctx, verb: Token) -> bool:
    """Is the subject of a visiting verb a body of troops ("Egyptian troops arrived in Gedo")?"""
    subj, passive = subject_of(verb)
    return subj is not None and not passive and word_matches(ctx.lex, "@troops", subj)

