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


# "would not hesitate to defend itself if attacked", "vowed to defend its sovereignty if China
# attacked": resolve to fight back when attacked is a threat of force (138) aimed at the
# attacker the condition names. The lexicon reads "defend itself" as support (052) and "defend
# its territory" as no act, and an agentless "if attacked" names no attacker at all.
DEFENDING_VERBS = {"defend", "protect", "retaliate", "respond", "fight"}
ATTACKING_VERBS = {"attack", "invade", "strike", "provoke", "assault", "threaten", "bomb", "shell"}
DEFENCE_THREAT = "defend-if-attacked"


def attack_condition(verb: Token) -> Token | None:
    """The "if attacked" / "if X attacks" clause on the verb or on the verbs that govern it."""
    node = verb
    for _ in range(4):
        for c in node.children:
            if c.dep_ == "advcl" and c.lemma_.lower() in ATTACKING_VERBS \
                    and any(g.dep_ == "mark" and g.lower_ in ("if", "should") for g in c.children):
                return c
        if node.head.i == node.i:
            break
        node = node.head
    return None


def attacker_of(ctx: Ctx, condition: Token) -> list:
    """Who the condition names as attacking: its subject, or the "by" agent of a passive."""
    agents = [g for c in condition.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    subjects = [c for c in condition.children if c.dep_ == "nsubj"]
    return [a for n in agents + subjects for a in actors_of(ctx, n)]


def defends_if_attacked(verb: Token, governor: str | None) -> Token | None:
    """The attack condition when `verb` vows (or would not hesitate) to defend itself or its own
    if attacked; else None. A plain "would defend it if attacked" states no threat."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DEFENDING_VERBS or governor not in VOWING_VERBS | {"hesitate",
                                                                                                            "warn"}:
        return None
    return attack_condition(verb)


def agentless_condition(trigger: Token) -> bool:
    """Is the trigger an "if attacked" condition with no attacker (a bare passive participle)?
    It tells no one's act, least of all the speaker's."""
    return trigger.pos_ == "VERB" and trigger.dep_ == "advcl" and trigger.tag_ == "VBN" \
        and any(g.dep_ == "mark" and g.lower_ in ("if", "unless", "should", "when") for g in trigger.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in trigger.children)
