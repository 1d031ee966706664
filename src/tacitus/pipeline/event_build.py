"""One Event from a coded trigger: the code turned by the act's modality and governing verb
(a threat of force, an intent to cooperate, a refusal, an option weighed, a riot), its
confidence, and its evidence (sentence, offsets, date, place, attribution, rule).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tacitus import ontology
from tacitus.pipeline.attribution import attribution_for
from tacitus.pipeline.coref import PLACE_HEADS
from tacitus.pipeline.dates import event_date
from tacitus.pipeline.event_clauses import conditioned_by_unless, objects_of
from tacitus.pipeline.event_lexicon import FALSE_RE_VERBS, LIGHT_VERBS, LexEntry
from tacitus.pipeline.event_retreats import HELD_PLACES
from tacitus.pipeline.event_roles import CONFLICT_ROOTS, Ctx, actors_of, same_side
from tacitus.pipeline.modality import modality_of
from tacitus.pipeline.places import PLACE_LABELS, event_location
from tacitus.records import Actor, Event, Plover

# Cooperation announced for the future is an intent to cooperate (CAMEO 03; PLOVER AGREE).
INTENT_OF_CODE = {"040": "036", "041": "036", "042": "036", "043": "036", "044": "036", "045": "039",
                  "046": "036", "050": "032", "051": "032", "052": "032", "053": "032", "054": "032",
                  "055": "032", "056": "032", "057": "030", "060": "031", "061": "0311", "062": "0312",
                  "063": "0313", "064": "0314", "070": "033", "071": "0331", "072": "0332", "073": "0333",
                  "074": "0334", "075": "033", "080": "035", "081": "0351", "082": "0352", "083": "034",
                  "084": "0353", "085": "0354", "086": "0355", "087": "0356"}
INTENT_GOVERNORS = {"agree", "pledge", "promise", "vow", "offer", "commit", "committed", "plan", "intend",
                    "undertake", "resolve", "want", "wish", "seek", "aim", "ready", "willing", "eager",
                    "determined", "poised", "prepared"}
# Nouns that govern an act as their verbs do ("its intention to join", "an offer to mediate").
INTENT_NOUNS = {"intent": "intend", "intention": "intend", "plan": "plan", "willingness": "willing",
                "readiness": "ready", "commitment": "commit", "pledge": "pledge", "promise": "promise",
                "offer": "offer", "vow": "vow", "determination": "determined", "desire": "wish",
                "wish": "wish", "bid": "seek", "threat": "threaten", "decision": "decide"}
# Governors whose cooperative act is coded as done: a decision is the act.
DECISION_GOVERNORS = {"decide"}
# Prepositions of the time or setting of an act: their object is not what the verb governs.
CIRCUMSTANCE_PREPS = {"during", "after", "before", "since", "amid", "amidst", "despite", "following",
                      "throughout", "until", "till", "ahead"}
CONSIDER_GOVERNORS = {"consider", "mull", "weigh", "contemplate", "explore", "study", "debate"}
# Governors of a wish or plan (not a promise to a third party): with force, a threat.
WISH_GOVERNORS = {"want", "wish", "plan", "intend", "seek", "aim", "ready", "willing", "eager", "determined",
                  "poised", "prepared"}
FUTURE_AUX_CUES = {"will", "shall", "'ll", "going to", "wo", "would (reported future)"}
CONTINUING_VERBS = {"continue", "keep"}
THREAT_GOVERNORS = {"threaten", "warn", "vow", "hesitate"}  # "hesitate" only negated (see governor_of)
# A show of force planned or announced ("plans to hold its annual drills") is that act to come,
# marked future; only a threat verb makes it a threat ("threatened to mobilise").
POSTURE_ROOTS = {"15"}
# Governors under which a deployment is put at someone else's disposal.
OFFER_GOVERNORS = {"offer", "volunteer"}
THREAT_OF_ROOT = {"16": "131", "17": "137", "18": "1383", "19": "138", "20": "1383", "14": "133", "15": "138"}
# The threat of a named act where CAMEO has its own code ("threatened to expel diplomats" 1313).
THREAT_OF_CODE = {"160": "1313", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
                  "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
                  "191": "1381", "192": "1382", "194": "1384", "195": "1384", "1951": "1384", "1952": "1384",
                  "204": "1385", "2041": "1385", "2042": "1385"}


# The rule note of an option kept open ("did not rule out force"): the negation is the threat.
NOT_RULED_OUT = "not-ruled-out"
# The rule note of "will not stand by (if ...)": the negation and the future are the threat's
# content; the threat itself is made now.
STAND_BY_THREAT = "threat:not-stand-by"  # also "will not tolerate"


# The rule note of "will not be intimidated": a refusal to yield (120) made now; the negation and
# the future are its content.
DEFIANCE = "defiance:not-coerced"


# A truce (CAMEO 0871) agreed to is declared by that agreement.
TRUCE = "0871"


def threat_of(code: str) -> str:
    """The CAMEO threat code for threatening the act `code`."""
    return THREAT_OF_CODE.get(code) or THREAT_OF_CODE.get(code[:3]) or THREAT_OF_ROOT.get(code[:2], "130")
# Cooperation refused by the actor itself is coded as a rejection ("would not provide aid",
# "refused to sign"); a plain negated fact ("had not supplied arms") keeps its code, negated.
REJECT_OF_ROOT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "121", "08": "124"}
# Within yielding, CAMEO names the refusal of each concession (124x).
REJECT_OF_CONCESSION = {"081": "1241", "082": "1242", "084": "1243", "085": "1244", "086": "1245", "087": "1246"}
# Governors whose negation of the act is a refusal ("refused to send", "declined to meet",
# "failed to reach agreement").
REFUSAL_GOVERNORS = {"refuse", "decline", "reject", "oppose", "rule", "resist", "fail"}
# An inquiry or an order refused outright ("refused to order a recount", "declined to
# investigate") is a rejection (120) too, but only under a verb of refusal: "failed to
# investigate" or "did not order" stay negated facts.
REJECT_OF_REFUSED_ROOT = {"09": "120", "10": "120"}
EXPLICIT_REFUSALS = {"refuse", "decline", "reject"}
# Cues of an act announced for the future ("will not", "won't", "said it would not").
REFUSAL_FUTURE_CUES = {"will", "shall", "'ll", "wo", "going to", "would (reported future)"}


# Verbs of acceptance whose plain negation is itself a refusal ("did not recognise the ruling",
# "does not accept the result": a rejection, 120), unlike a negated deed ("did not sign").
ACCEPTING_VERBS = {"recognise", "recognize", "accept", "acknowledge"}


def _foretold_by_other(attribution, src: tuple[Actor, ...]) -> bool:
    """Is the act to come told by a speaker of another side than its doer ("China would
    retaliate, analysts said")? A forecast, not the doer's threat; the act stays future. A
    speaker of no known country but of a state body ("the minister said") may be the doer's own."""
    other = [a for a in attribution.source if a.country or not a.sector]
    return bool(other) and bool(src) and not same_side(attribution.source, src)


def _continued(ctx: Ctx, trigger: Token) -> bool:
    """Is the act told as going on: "will continue operations", "will keep striking"?"""
    return ctx.verb_lemma(trigger) in CONTINUING_VERBS or (
        trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in CONTINUING_VERBS)


def _standing_never(trigger: Token, modality) -> bool:
    """"has never recognised Kosovo", "never accepts": a standing policy told, no refusal made now."""
    return "never" in modality.cues and (trigger.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in trigger.children))


def _refusal(modality) -> bool:
    """Is a negated act a refusal: governed by a refusal verb or announced as not to come
    ("will not provide aid"), rather than a negated fact ("had not supplied arms")?"""
    cues = set(modality.cues)
    return bool(cues & REFUSAL_GOVERNORS) or (modality.future and bool(cues & REFUSAL_FUTURE_CUES))


# Confidence of events built from a clause structure rather than a lexicon entry: the
# speaker's own act (an appeal, a demand) is the sentence's main event; a claim of
# responsibility ranks below the act it claims ("said they attempted to assassinate ...").
DERIVED_CONFIDENCE = {"defiance": 0.7, "appeal": 0.85, "demand": 0.85, "claim-responsibility": 0.75, "accusation": 0.75,
                      NOT_RULED_OUT: 0.7, "vowed-destruction": 0.75, "aid-arrived": 0.75,
                      "own-act-denied": 0.75}


# Parts of a place whose possessor is where the act happened ("Gaza's northern districts").
AREA_NOUNS = {"district", "neighbourhood", "neighborhood", "suburb", "outskirts", "quarter", "street", "road",
              "north", "south", "east", "west", "centre", "center", "interior", "countryside"}


def _nationality_of_object(ctx: Ctx, trigger: Token, name: str) -> bool:
    """Is the place read off the event's object only the possessor of the people acted on
    ("expelled Pakistan's defence attaches")? That tells their nationality, not where the act
    happened; the possessor of a place ("shelled Gaza's northern districts") still does."""
    for obj in objects_of(trigger):
        if not actors_of(ctx, obj) or obj.lemma_.lower() in HELD_PLACES | PLACE_HEADS | AREA_NOUNS or obj.ent_type_ in PLACE_LABELS:
            continue
        for poss in (c for c in obj.children if c.dep_ == "poss"):
            if name.lower() in " ".join(t.text for t in poss.subtree).lower():
                return True
    return False


def make_event(ctx: Ctx, sent: Span, trigger: Token, code: str, entry: LexEntry | None,
                src: tuple[Actor, ...], tgt: tuple[Actor, ...], how: str, published,
                confidence: float | None = None) -> Event:
    doc = ctx.doc
    info = ontology.cameo(code)
    when, date_rule = event_date(doc, sent, trigger)
    place = event_location(doc, sent, trigger, code=code, source=src, target=tgt)
    if place is not None and _nationality_of_object(ctx, trigger, place.name):
        place = None
    attribution = attribution_for(doc, trigger, src)
    modality = modality_of(trigger, published=published, when=when)
    governing = governing_verb(trigger)
    governor = governing[1] if governing else None
    # An intent to use force is a threat (CAMEO 13): "wants to attack", "will strike", "vowed to retaliate".
    clausal = trigger.pos_ == "VERB" or how.startswith("light")  # a verb, or the noun of "will impose a curfew"
    # "will continue operations": an act under way goes on, told as future; no new threat.
    future_act = modality.future and clausal and bool(FUTURE_AUX_CUES & set(modality.cues)) \
        and not _continued(ctx, trigger) and "if" not in modality.cues \
        and not _foretold_by_other(attribution, src)  # a condition or a forecast is nobody's threat
    crowd_src = _crowd(src) or (not src and _crowd_subject(trigger))
    if (code[:2] in ("17", "18") or code == "190") and crowd_src and not modality.negated:
        # Protesters who destroy property, attack people or storm a building riot (CAMEO 145);
        # a plain 190 by a crowd is a riot, a named weapon (193-196) stays force.
        code, info = "145", ontology.cameo("145")
        how += "+riot"
    elif code[:2] in ("18", "19") and _crowd(tgt) and any(a.sector in SECURITY_SECTORS for a in src):
        # Police or soldiers who beat or fire on protesters repress them (CAMEO 175).
        code, info = "175", ontology.cameo("175")
        how += "+repression"
    if (future_act or governor in THREAT_GOVERNORS | WISH_GOVERNORS) and not modality.negated \
            and _unnamed_measures(trigger):
        # "will take all necessary measures", "vowed to take countermeasures": an unnamed
        # response announced is a plain threat (130), neither a show of force nor force itself.
        code, info = "130", ontology.cameo("130")
        how += f"+threat:{governor or 'future'}:unnamed-measures"
        modality = _asserted_act(modality, governor or "future")
    elif governor in CONSIDER_GOVERNORS and not modality.negated:
        # "is considering sending aid": a policy option weighed, not an act (CAMEO 014).
        code, info = "014", ontology.cameo("014")
        how += f"+consider:{governor}"
    elif future_act and not modality.negated and conditioned_by_unless(trigger):
        # "will withdraw its force unless ...": an ultimatum is a threat, whatever the act.
        code = threat_of(code)
        info = ontology.cameo(code)
        how += "+threat:unless"
    elif code[:2] in CONFLICT_ROOTS | {"14", "15", "16"} and not modality.negated and (
            governor in THREAT_GOVERNORS or (code[:2] not in POSTURE_ROOTS
                                             and (governor in WISH_GOVERNORS or future_act))):
        governor = governor or "future"
        code = threat_of(code)
        info = ontology.cameo(code)
        how += f"+threat:{governor}"
        modality = _asserted_act(modality, governor)
    elif code[:2] in CONFLICT_ROOTS and governor == "agree" and _restraint_agreed(trigger, governing):
        # "agreed not to use force against each other": restraint pledged (0356), not an attack
        # denied; the parties bind each other.
        code, info = RESTRAINT_PLEDGED, ontology.cameo(RESTRAINT_PLEDGED)
        how += "+intent:agree:restraint"
        modality = replace(modality, negated=False, future=False,
                           cues=modality.cues + ("agreed not to: a pledge of restraint made",))
        tgt = tgt or (src if len(src) > 1 else ())
    elif code[:3] == TRUCE[:3] and governor == "agree" and modality.factual:
        # "agreed on Thursday to halt all firing": the truce is declared by the agreement made.
        how += "+truce-agreed"
    elif code[:3] in INTENT_OF_CODE and not modality.negated and governor in DECISION_GOVERNORS:
        # "decided to ease sanctions": a government's decision to cooperate is the act (CAMEO
        # codes the act, not an intent), told as done.
        how += f"+decided:{governor}"
        modality = _asserted_act(modality, governor)
    elif code[:3] in INTENT_OF_CODE and not modality.negated and (governor in INTENT_GOVERNORS or future_act):
        code = INTENT_OF_CODE[code[:3]]
        info = ontology.cameo(code)
        how += f"+intent:{governor or 'future'}"
        if governor in ASSERTED_INTENTS:
            modality = _asserted_act(modality, governor)
    elif code[:2] in POSTURE_ROOTS and governor in OFFER_GOVERNORS and not modality.negated:
        # "offered to send a regional force": forces offered to others are military aid
        # promised (0332), not a show of force.
        code, info = "0332", ontology.cameo("0332")
        how += f"+offer-of-forces:{governor}"
        modality = _asserted_act(modality, governor)
    if governing and governing[0].i != trigger.i and _act_of_governor(how, governor):
        # The pledge or threat is the event, made when its verb says: "agreed on Thursday to
        # hold talks next week" happened on Thursday.
        when, date_rule = event_date(doc, sent, governing[0])
    rejected = REJECT_OF_CONCESSION.get(code[:3]) or REJECT_OF_ROOT.get(code[:2]) or (
        REJECT_OF_REFUSED_ROOT.get(code[:2]) if EXPLICIT_REFUSALS & set(modality.cues) else None)
    if modality.negated and rejected and src and not how.startswith("statement") \
            and trigger.pos_ == "VERB" and (_refusal(modality) or (
                code[:2] == "05" and trigger.lemma_.lower() in ACCEPTING_VERBS and not _standing_never(trigger, modality))):
        code = rejected
        info = ontology.cameo(code)
        modality = replace(modality, negated=False, future=False,
                           cues=modality.cues + ("refused cooperation coded as rejection",))
        how += "+negation-as-reject"
    if how == NOT_RULED_OUT and modality.negated:
        modality = replace(modality, negated=False, cues=modality.cues + ("an option not ruled out is a threat",))
    if how.startswith(DEFIANCE):
        modality = replace(modality, negated=False, future=False, hypothetical=False,
                           cues=modality.cues + ("refusing to be coerced is a rejection made now",))
    if how == STAND_BY_THREAT:
        modality = replace(modality, negated=False, future=False, hypothetical=False,
                           cues=modality.cues + ("refusing to stand by is a threat made now",))
    if confidence is None:
        confidence = entry.confidence if entry is not None else DERIVED_CONFIDENCE.get(how.split(":")[0], 0.5)
        confidence += 0.05 * min(entry.specificity if entry else 0, 2)
        if not src:
            confidence -= 0.25
        if not tgt:
            confidence -= 0.1
        if how.startswith("context"):
            confidence -= 0.2
        confidence = round(max(0.05, min(confidence, 0.95)), 2)
    plover = None
    if info.plover_event:
        plover = Plover(event=info.plover_event, mode=info.plover_mode, context=info.plover_context)
    derived = "derived" if how.startswith("ordered") else "statement"  # "ordered them held": no entry of its own
    rule = (entry.id if entry is not None else f"{derived}:{trigger.lemma_.lower()}") + f"/{how}"
    text = ctx.text[sent.start_char:sent.end_char]  # sent.text, without rebuilding it from the tokens
    return Event(
        id="",
        sentence=text.strip(),
        sentence_start=sent.start_char + (len(text) - len(text.lstrip())),
        sentence_end=sent.start_char + len(text.rstrip()),
        trigger=trigger.text,
        trigger_start=trigger.idx,
        trigger_end=trigger.idx + len(trigger.text),
        source=src,
        target=tgt,
        cameo=code,
        cameo_name=info.name,
        goldstein=info.goldstein,
        quad_class=info.quad_class,
        plover=plover,
        date=when,
        date_rule=date_rule,
        location=place,
        attribution=attribution,
        modality=modality,
        rule=rule,
        confidence=confidence,
    )


# Verbs whose own act (the pledge, the threat) is asserted even though what they promise is not.
ASSERTED_INTENTS = {"agree", "pledge", "promise", "vow", "offer", "commit", "committed", "undertake", "resolve",
                    "threaten", "warn", "want", "wish", "seek", "aim", "ready", "willing", "eager",
                    "determined", "poised", "prepared"}


def _act_of_governor(how: str, governor: str | None) -> bool:
    """Did the coding above make the governing verb's own act the event (a threat, an offer of
    forces, or an intent whose pledge is asserted)?"""
    if governor is None:
        return False
    return any(f"+{kind}:{governor}" in how for kind in ("threat", "offer-of-forces")) or (
        f"+intent:{governor}" in how and governor in ASSERTED_INTENTS)


RESTRAINT_PLEDGED = "0356"


def _restraint_agreed(trigger: Token, governing) -> bool:
    """Is the act itself negated under an agreement that is not ("agreed not to attack")?"""
    return governing is not None and governing[0].i != trigger.i and any(c.dep_ == "neg" for c in trigger.children) \
        and not any(c.dep_ == "neg" for c in governing[0].children)


def _asserted_act(modality, governor: str):
    """The intent or threat itself happened: drop the future mark its governor set."""
    if not modality.future or any(c in ("will", "shall", "'ll", "going to") for c in modality.cues):
        return modality
    return replace(modality, future=False, cues=tuple(c for c in modality.cues if c != governor)
                   + (f"{governor}: the intent is asserted",))


# "take (all necessary) measures", "take countermeasures": a response the speaker leaves unnamed.
MEASURE_NOUNS = {"measure", "measures", "step", "steps", "action", "actions"}
COUNTER_NOUNS = {"countermeasure", "countermeasures", "counter-measures", "retaliation", "response"}
# Only a firm or all-embracing measure is a response to someone ("take steps to improve ties" is not).
FIRM_WORDS = {"necessary", "all", "resolute", "firm", "decisive", "strong", "forceful", "tough", "appropriate",
              "any", "further", "reciprocal", "retaliatory", "countermeasures", "robust"}


def _unnamed_measures(trigger: Token) -> bool:
    """Is the trigger "take" with an unnamed response as its object ("all necessary measures",
    "countermeasures")?"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "take":
        return False
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        if obj.lower_ in COUNTER_NOUNS:
            return True
        mods = {c.lower_ for c in obj.children if c.dep_ in ("amod", "det", "predet", "compound")}
        if obj.lower_ in MEASURE_NOUNS and mods & FIRM_WORDS:
            return True
    return False


# Who represses a crowd: the police, the armed forces, the government's own agents.
SECURITY_SECTORS = {"COP", "MIL", "SPY", "GOV"}
CROWD_WORDS = {"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "rioter",
               "rioters", "mob", "mobs", "crowd", "crowds", "marchers"}


def _crowd(actors: tuple[Actor, ...]) -> bool:
    """Are the actors protesters or a crowd ("a Ukrainian protestor", "angry demonstrators")?"""
    # the head word, before any phrase after it ("protesters in Nairobi")
    heads = [(a.text or "").lower().split(" in ")[0].split(" at ")[0].split()[-1:] for a in actors]
    return bool(actors) and all(h and h[0] in CROWD_WORDS for h in heads)


def _crowd_subject(trigger: Token) -> bool:
    """Is the trigger's subject a crowd word, coded as an actor or not ("protesters stormed")?"""
    verb = trigger
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "stormed the station and torched cars": the first verb's subject
    return any(c.dep_ == "nsubj" and c.lower_ in CROWD_WORDS for c in verb.children)


def governor_of(trigger: Token) -> str | None:
    """The lemma of the verb that controls the trigger's clause ("agreed to send" -> agree)."""
    found = governing_verb(trigger)
    return found[1] if found else None


def governing_verb(trigger: Token) -> tuple[Token, str] | None:
    """The verb that controls the trigger's clause and the lemma it counts as (a light verb's
    "re-" dropped, "hesitate" only negated): "agreed to send" -> (agreed, agree)."""
    cur = trigger
    if cur.dep_ == "acl" and cur.head.lemma_.lower() in INTENT_NOUNS and cur.i > cur.head.i:
        # "expressed its intention to cooperate", "Turkey's offer to mediate": the noun is the
        # governor (dated by the verb that voices it).
        noun = cur.head
        voiced = noun.head if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" else noun
        return voiced, INTENT_NOUNS[noun.lemma_.lower()]
    if cur.pos_ in ("NOUN", "PROPN"):
        head = cur.head
        if cur.dep_ == "pobj" and head.dep_ == "prep":
            if head.lower_ in CIRCUMSTANCE_PREPS:
                return None  # "agreed during a telephone call": when it was agreed, not what
            head = head.head
        if cur.dep_ not in ("dobj", "pobj") or head.pos_ != "VERB":
            return None
        lemma = head.lemma_.lower()
        if lemma.startswith("re") and lemma not in FALSE_RE_VERBS and lemma[2:] in LIGHT_VERBS:
            lemma = lemma[2:]  # "willing to reopen talks": a light verb repeated is still light
        if lemma not in LIGHT_VERBS or lemma in INTENT_GOVERNORS | THREAT_GOVERNORS | CONSIDER_GOVERNORS | DECISION_GOVERNORS:
            return head, lemma
        cur = head  # "threatened to impose a curfew": the light verb's own governor counts
    if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.dep_ in ("acomp", "oprd"):
        # "committed to signing a treaty", "ready for talking": the adjective's readiness governs.
        adj = cur.head.head
        if adj.lemma_.lower() in INTENT_GOVERNORS | WISH_GOVERNORS:
            return adj, adj.lemma_.lower()
    for _ in range(3):
        if cur.dep_ == "conj" and cur.tag_ == "VBD" and cur.head.tag_ == "VB":
            break  # "threatened to retaliate and ordered the army ...": a finite act of its own, misattached
        if cur.dep_ in ("xcomp",) or (cur.dep_ == "conj" and cur.head.dep_ == "xcomp"):
            cur = cur.head if cur.dep_ == "xcomp" else cur.head.head
            lemma = cur.lemma_.lower()
            if lemma == "hesitate":
                # "would not hesitate to strike": resolve to act, a threat with force; a plain
                # "would hesitate to strike" is reluctance, no threat.
                return (cur, lemma) if any(c.dep_ == "neg" for c in cur.children) else None
            if lemma in INTENT_GOVERNORS | THREAT_GOVERNORS | CONSIDER_GOVERNORS | DECISION_GOVERNORS:
                return cur, lemma
            continue
        break
    return None
