"""Armed forces leaving a place: "Danish troops left Mali", "French forces pulled out of the
country". CAMEO 0874 (retreat or surrender militarily) is to "retreat, withdraw, yield control
of a location or territory by pulling out armed forces": the forces' side is the source, the
country left the target. The lexicon cannot say this, since the verb ("leave", "exit") codes
nothing by itself and its subject, not its object, makes it military.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.pipeline.event_clauses import objects_of, preps_of, subject_of
from tacitus.pipeline.event_lexicon import LexEntry, word_matches
from tacitus.pipeline.event_roles import Ctx, actors_of, place_actor
from tacitus.records import Actor

RETREAT = "0874"
# The rule as a lexicon-like entry, so the event names it ("rule:troops-leaving/subject").
RETREAT_ENTRY = LexEntry(id="rule:troops-leaving", lemma="leave", pos="verb", code=RETREAT, confidence=0.75)
# Verbs of leaving: the place left is the direct object, or the object of these prepositions
# ("withdrew from", "pulled out of"); "pull" and "move" leave only with "out" or "back".
LEAVING_VERBS = {"leave": (), "exit": (), "quit": (), "abandon": (), "vacate": (), "depart": ("from",),
                 "withdraw": ("from",), "retreat": ("from",), "pull": ("of", "from"), "move": ("of", "from")}
PARTICLE_VERBS = {"pull": {"out", "back"}, "move": {"out"}}
# Nouns for places a force holds, when no place mention names the country.
HELD_PLACES = {"country", "territory", "region", "area", "town", "city", "village", "base", "bases", "province",
               "position", "positions", "enclave", "zone", "capital", "camp", "airport", "port"}


def troops_leaving(ctx: Ctx, verb: Token) -> tuple[list[Actor], list[Actor]] | None:
    """(source, target) when `verb` tells armed forces leaving a place, else None."""
    lemma = ctx.verb_lemma(verb)
    if verb.pos_ != "VERB" or lemma not in LEAVING_VERBS:
        return None
    # The parser takes "out" for a particle or for a preposition over "of": "pulled out of Mali".
    outs = [c for c in verb.children if c.lower_ in PARTICLE_VERBS.get(lemma, ()) and c.dep_ in ("prt", "prep", "advmod")]
    if lemma in PARTICLE_VERBS and not outs:
        return None
    subj, passive = subject_of(verb)
    if subj is None or passive or not _armed(ctx, subj):
        return None
    preps = LEAVING_VERBS[lemma]
    places = [o for o in objects_of(verb) if not preps] + [pobj for head in (verb, *outs) for p, pobj in preps_of(head)
                                                           if p in preps and pobj is not None]
    for place in places:
        target = [a for a in place_actor(ctx, place) if a.kind in ("country", "government") or a.country]
        if target or place.lemma_.lower() in HELD_PLACES:
            return actors_of(ctx, subj), target
    return None


def _armed(ctx: Ctx, subj: Token) -> bool:
    """Is the subject armed forces ("Danish troops", "the army", "Wagner fighters")?"""
    if word_matches(ctx.lex, "@troops", subj):
        return True
    actors = actors_of(ctx, subj)
    return bool(actors) and all((a.sector or "").startswith("MIL") for a in actors)
