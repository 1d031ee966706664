"""A vow to destroy a party is a threat to it.

"The president vowed to dismantle the militias", "the archbishop vowed to bring down the
government": the lexicon reads a vow as an intent to cooperate (030), and the destroying verb
has no code of its own. CAMEO codes such a vow as a threat (13) at the party to be destroyed:
with force (138) for verbs of armed destruction, a plain threat (130) otherwise. A vow to
destroy a thing ("to dismantle its nuclear programme") names no party and is left as it was.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.pipeline.event_build import threat_of
from tacitus.pipeline.event_clauses import OBJECT_DEPS
from tacitus.pipeline.event_roles import Ctx, act_owners, actors_of, same_side

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


# Spoken threats told in idioms the lexicon cannot read word by word, and a resolve to use force.
THREAT_IDIOM = "threat-idiom"
INTENDED_FORCE = "intent:force"
# "X will pay for it", "... would pay a heavy price": the payer is threatened, not paying anyone.
PAYING_FOR = {"it", "this", "that", "crime", "crimes", "action", "actions", "aggression", "attack", "attacks",
              "mistake", "mistakes"}
SAYING_VERBS = {"say", "warn", "vow", "tell", "declare", "insist", "add", "state", "stress", "write", "post"}
# "voted to retaliate", "decided to strike back": the force is resolved on, not yet used.
RESOLVING_VERBS = {"vote", "decide", "resolve", "opt", "choose", "elect"}
FORCE_ROOTS = ("18", "19", "20")


def _future_aux(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children)


def _saying_verb(clause: Token) -> Token | None:
    """The saying verb whose complement holds `clause` (through conjuncts), or None."""
    node = clause
    for _ in range(4):
        if node.dep_ in ("ccomp", "conj", "xcomp") and node.head.i != node.i:
            node = node.head
            if node.pos_ == "VERB" and node.lemma_.lower() in SAYING_VERBS and node.i != clause.i:
                return node
        else:
            return None
    return None


def _pays_for(verb: Token) -> bool:
    """"would pay for it", "will pay a heavy price": a reckoning promised to the payer."""
    if verb.lemma_.lower() != "pay" or not _future_aux(verb):
        return False
    price = any(c.dep_ == "dobj" and c.lemma_.lower() == "price" for c in verb.children)
    owed = any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.lemma_.lower() in PAYING_FOR
                                                              for g in c.children) for c in verb.children)
    return price or owed


# "the attacks would not go unanswered": a reckoning promised for the act, a threat to its doer.
UNANSWERED = {"unanswered", "unpunished", "unavenged"}
# "would respond with full force": force promised.
FULL_FORCE = {"full", "all", "overwhelming", "maximum", "decisive"}


def _goes_unanswered(verb: Token) -> bool:
    return verb.lemma_.lower() == "go" and any(c.dep_ == "neg" for c in verb.children) \
        and any(c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in UNANSWERED for c in verb.children)


def _with_full_force(verb: Token) -> bool:
    """"would respond with full force", "will act with all its force": force vowed."""
    return _future_aux(verb) and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and g.lemma_.lower() == "force" and any(m.lower_ in FULL_FORCE for m in g.children)
            for g in c.children)
        for c in verb.children)


def _speaker_of_saying(ctx: Ctx, saying: Token) -> list:
    """Who says: the subject, or the one quoted ("quoted X as saying that ...")."""
    subj = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if subj is None and saying.dep_ == "pcomp" and saying.head.lower_ == "as" \
            and saying.head.head.lemma_.lower() == "quote":
        subj = next((c for c in saying.head.head.children if c.dep_ == "dobj"), None)
    return actors_of(ctx, subj) if subj is not None else []


def _options_open(clause: Token) -> bool:
    """"no option is off the table", "all options remain on the table": force is not ruled out."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.lemma_.lower() == "option"), None)
    if subj is None:
        return False
    dets = {c.lower_ for c in subj.children if c.dep_ == "det"}
    negated = any(c.dep_ == "neg" for c in clause.children)
    for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in ("off", "on")):
        if not any(g.dep_ == "pobj" and g.lower_ == "table" for g in prep.children):
            continue
        if prep.lower_ == "off" and ("no" in dets or negated):
            return True
        if prep.lower_ == "on" and "all" in dets and not negated:
            return True
    return False


def _aimed_at(ctx: Ctx, clause: Token) -> list:
    """The party an "against" phrase in the clause names."""
    return [a for t in clause.subtree if t.dep_ == "prep" and t.lower_ == "against"
            for g in t.children if g.dep_ == "pobj" for a in actors_of(ctx, g)]


# "would respond with full force to any Indian aggression": the party whose act is answered.
ANSWERING_VERBS = {"respond", "react", "retaliate", "reply"}


def _answered(ctx: Ctx, verb: Token, speaker: list) -> list:
    """The other party named in the "to" phrase of an answering verb, or []."""
    if verb.lemma_.lower() not in ANSWERING_VERBS:
        return []
    return [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children if g.dep_ == "pobj" for a in actors_of(ctx, g) if not same_side([a], speaker)]


def _payer(ctx: Ctx, verb: Token) -> list:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "X had erred and would pay"
    return actors_of(ctx, subj)


def _own_side(ctx: Ctx, verb: Token, speaker: list) -> bool:
    """Is the subject of `verb` the speaker's side ("his troops", "we", "Israel" said by its minister)?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ in ("we", "i", "it", "they") or any(c.dep_ == "poss" and c.lower_ in ("his", "her", "our", "its", "their", "my")
                                                      for c in subj.children):
        return True
    found = actors_of(ctx, subj)
    return bool(found) and same_side(found, speaker)


def recode_threat_idioms(ctx: Ctx, tokens: list[Token], found: list[tuple]) -> list[tuple]:
    """Y said X "would pay for it": Y threatens X with force (138). Y said "no option is off the
    table" (against X): Y threatens force. X voted or decided to retaliate: the force is X's
    intent, coded as CAMEO codes force to come (138), not as force used."""
    out = list(found)
    for token in tokens:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if token.lemma_.lower() in RESOLVING_VERBS:
            for comp in (c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
                out = [(f[0], threat_of(f[1]), f[2], f[3], f[4], f"{f[5]}+{INTENDED_FORCE}")
                       if f[0].i == comp.i and f[1][:2] in FORCE_ROOTS else f for f in out]
            continue
        pays, options = _pays_for(token), _options_open(token)
        unanswered, force = _goes_unanswered(token), _with_full_force(token)
        if not (pays or options or unanswered or force):
            continue
        saying = _saying_verb(token)
        speaker = _speaker_of_saying(ctx, saying) if saying else []
        if not speaker:
            continue
        if pays:
            target = _payer(ctx, token)
        elif unanswered:
            # the doers of the act that will not go unanswered
            subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
            target = [a for a in act_owners(ctx, subj) if not same_side([a], speaker)] if subj is not None else []
        else:
            target = _aimed_at(ctx, token) or _answered(ctx, token, speaker)
        if force and not unanswered and not pays and not options and not _own_side(ctx, token, speaker):
            continue  # "said the enemy would respond with full force": not the speaker's vow
        if pays and (not target or any(a.code == s.code for a in target for s in speaker)):
            continue  # "we will pay for it": no one threatened
        inside = {t.i for t in token.subtree} | {saying.i}
        out = [f for f in out if f[0].i not in inside]
        # The saying is the threat, made now: the idiom's own "no" or "would" is not its modality.
        out.append((saying, THREAT_OF_FORCE, None, speaker, target, THREAT_IDIOM))
    return out


# Defending one's own ground ("every inch of its territory") vowed against a rival is a warning.
GROUND_DEFENDED = "ground-defended"
DEFENDING_VERBS = {"defend", "protect", "safeguard"}
RESOLVE_GOVERNORS = {"vow", "pledge", "promise", "swear", "threaten", "ready", "determined", "prepared"}
# Every bit of it: "every inch", "each centimetre", "every square metre".
SHARE_WORDS = {"inch", "inches", "centimetre", "centimetres", "centimeter", "centimeters", "metre", "metres",
               "meter", "meters", "millimetre", "millimetres", "foot", "grain", "piece", "part"}
COST_WORDS = {"cost", "costs", "price"}


def _resolved(verb: Token) -> bool:
    """Said of the time to come: "would defend", "will protect", "vowed to defend"."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll", "wo") for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in RESOLVE_GOVERNORS


def defends_ground(ctx: Ctx, verb: Token, entry) -> tuple[str, list] | None:
    """(code, the rival) when a state resolves to defend its own ground in full or against a
    named rival ("the military would defend every centimetre of the territory", "will protect
    its borders against any Venezuelan incursion", "at any cost"): a warning to whoever disputes
    it, with force (138) when the speaker is an armed force. A plain "defended the border" or
    "vowed to defend its territory" (the lexicon's `defend - obj=@homeland`) is no act."""
    if verb.lemma_.lower() not in DEFENDING_VERBS or entry is None or entry.code is not None or not _resolved(verb):
        return None
    objs = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    every = any(o.lemma_.lower() in SHARE_WORDS and any(d.lower_ in ("every", "each") for d in o.children)
                for o in objs)
    # (The parser may hang "against" on the object's own phrase: "its sovereignty in the sea against China".)
    rivals = [a for p in [*verb.children, *(t for o in objs for t in o.subtree)] if p.dep_ == "prep"
              and p.lower_ == "against" for g in p.children if g.dep_ == "pobj" for a in actors_of(ctx, g)]
    cost = any(p.dep_ == "prep" and p.lower_ == "at" and any(g.lemma_.lower() in COST_WORDS for g in p.children)
               for p in verb.children)
    # "ready to defend the dam against any attack": whoever might attack is warned off.
    cost = cost or any(p.dep_ == "prep" and p.lower_ == "against" and any(
        g.dep_ == "pobj" and any(d.lower_ == "any" for d in g.children) for g in p.children) for p in verb.children)
    if not (every or rivals or cost):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    armed = subj is not None and any(a.sector == "MIL" for a in actors_of(ctx, subj))
    return (THREAT_OF_FORCE if armed else THREAT), rivals
