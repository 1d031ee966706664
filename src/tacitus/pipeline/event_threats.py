"""A vow to destroy a party is a threat to it.

"The president vowed to dismantle the militias", "the archbishop vowed to bring down the
government": the lexicon reads a vow as an intent to cooperate (030), and the destroying verb
has no code of its own. CAMEO codes such a vow as a threat (13) at the party to be destroyed:
with force (138) for verbs of armed destruction, a plain threat (130) otherwise. A vow to
destroy a thing ("to dismantle its nuclear programme") names no party and is left as it was.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.pipeline.event_clauses import OBJECT_DEPS
from tacitus.pipeline.event_roles import Ctx, actors_of

VOWED_DESTRUCTION = "vowed-destruction"
VOWING_VERBS = {"vow", "pledge", "promise", "swear", "threaten"}
# Verbs (with the particle some need) of destroying a party by force, and of removing it.
FORCE_DESTROYING = {("annihilate", None), ("destroy", None), ("wipe", "out"), ("smash", None), ("obliterate", None),
                    ("crush", None), ("defeat", None), ("exterminate", None)}
REMOVING = {("dismantle", None), ("topple", None), ("overthrow", None), ("oust", None), ("unseat", None),
            ("bring", "down"), ("eradicate", None), ("eliminate", None), ("disband", None), ("remove", None),
            ("drive", "out")}
THREAT_OF_FORCE = "138"
THREAT = "130"


def _kind(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"} | {None}
    if any((lemma, p) in FORCE_DESTROYING for p in particles):
        return THREAT_OF_FORCE
    if any((lemma, p) in REMOVING for p in particles):
        return THREAT
    return None


def vowed_destruction(ctx: Ctx, verb: Token) -> tuple[str, Token] | None:
    """(threat code, the party's head) when `verb` vows to destroy or remove a party named as an
    actor and the destroying verb codes no act of its own; else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in VOWING_VERBS:
        return None
    for comp in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        code = _kind(comp)
        entry = ctx.entry(comp, "verb")
        if code is None or (entry is not None and entry.code is not None):
            continue
        victim = next((o for o in comp.children if o.dep_ in OBJECT_DEPS), None)
        if victim is not None and actors_of(ctx, victim):
            return code, victim
    return None
