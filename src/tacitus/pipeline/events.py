"""Event coding: CAMEO and PLOVER events from the dependency parse, with modality and evidence.

`code_events(doc)` walks the sentences that can report events (`reporting_sents`), finds
triggers (verbs and nominal triggers such as "attack", "talks", "treaty") in the verb-pattern
lexicon, picks the most specific lexicon entry (particles, prepositions and object heads
select the code), reads source and target actors from the parse (subject, passive agent,
object, prepositional and indirect objects, coordination, relative clauses, appositions,
light verbs such as "held talks"), and builds one Event per trigger with its date, place,
attribution, modality, rule id and confidence. Events in side clauses (`event_clauses`), with
no source, or nominal with one party are secondary: told only when the sentence reports
nothing better, with less confidence.

This module is the flow; the parts it calls live beside it: `event_lexicon` (the lexicon and
trigger matching; `load_lexicon(path)` adds a user's own file, whose entries win),
`event_roles` (actors from the parse), `event_statements` (appeals, demands, warnings,
accusations, statements), `event_build` (the Event with its modality-turned code and
evidence) and `event_clauses` (dependency helpers and side-clause tests); smaller readings have
modules of their own (`event_denials` whom a denial answers, `event_threats` vows to destroy a
party, `event_aid` aid that arrives, `event_protests`, `event_retreats`, `event_victims`,
`event_weapons`).

Example:
    >>> from tacitus.pipeline import code_text
    >>> [e.cameo for e in code_text("Russia condemned Japan on Monday.", "2024-10-16").events]
    ['111']
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tacitus.pipeline import doc_text
from tacitus.pipeline.actors import mentions_by_token
from tacitus.pipeline.clauses import clause_head
from tacitus.pipeline.coref import groups_by_token
from tacitus.pipeline.event_agents import speaker_as_striker
from tacitus.pipeline.event_aid import (
    AID_CODE,
    ECONOMIC_AID,
    MILITARY_AID,
    aid_arrival,
    arms_arrival,
    carried_relief,
    money_deposited,
)
from tacitus.pipeline.event_build import (
    DEFIANCE,
    INTENT_OF_CODE,
    NOT_RULED_OUT,
    governor_of,
    make_event,
    threat_of,
)
from tacitus.pipeline.event_captives import CAPTURE_CODE, taken_captive
from tacitus.pipeline.event_clauses import (
    BACKGROUND_MARKS,
    OBJECT_DEPS,
    alleged_agent,
    association_claim,
    background_phrase,
    objects_of,
    particles_of,
    preps_of,
    reluctant_act,
    response_means,
    side_clause,
    stative_possession,
    subject_of,
    summoned_to,
)
from tacitus.pipeline.event_denials import DENIAL_CODE, answers_said, denied_claimants
from tacitus.pipeline.event_described import recode_described_force
from tacitus.pipeline.event_fronts import (
    ADVANCE,
    ADVANCE_ENTRY,
    OCCUPY,
    OCCUPY_ENTRY,
    advance_on_place,
    captured_place,
    natural_agent,
)
from tacitus.pipeline.event_grounds import aid_recipient, ground_state, sent_to_ground
from tacitus.pipeline.event_hedges import CLAIM, suggests_a_claim
from tacitus.pipeline.event_incursions import (
    FORCES_DEPLOYED,
    VISIT_CODES,
    closure_counterpart,
    forces_arriving,
    from_both_sides,
    recode_incursions,
    story_parties,
)
from tacitus.pipeline.event_lexicon import (
    LIGHT_VERBS,
    STATEMENT_VERBS,
    LexEntry,
    Lexicon,
    lexicon_rows,
    load_lexicon,
    parse_core,
    repeated_base,
    through_transparent,
    verb_lemma,
    word_matches,
)
from tacitus.pipeline.event_processes import process_holder
from tacitus.pipeline.event_protests import (
    OFFICIAL_COMPLAINT,
    POPULAR_PROTEST,
    complaint_target,
    diplomatic_protest,
    popular_protest,
)
from tacitus.pipeline.event_repeats import act_in_kind, repeated_act
from tacitus.pipeline.event_retreats import RETREAT, RETREAT_ENTRY, troops_leaving
from tacitus.pipeline.event_roles import (
    ANAPHORIC_DETS,
    CONFLICT_ROOTS,
    HELPING_VERBS,
    JUDGING_CODES,
    JUDGING_ROOTS,
    PLACE_TARGET_CODES,
    PLACE_TARGET_ROOTS,
    PRONOUNS,
    RESULT_NOUNS,
    SPEECH_ROOTS,
    WITH_MUTUAL_CODES,
    Ctx,
    act_doers,
    act_owners,
    actors_of,
    between_parties,
    context_parties,
    dedupe_actors,
    mutual,
    names_recipient,
    place_actor,
    place_target,
    reporter_subject,
    roles_for_noun,
    roles_for_verb,
    same_side,
    state_seat_target,
    told_act,
    told_act_owners,
    with_party,
)
from tacitus.pipeline.event_statements import (
    COMMAND_VERBS,
    NEUTRAL_REPORTING_VERBS,
    SOLIDARITY,
    STANDING_VERBS,
    Found,
    condition_party,
    drop_characterisations,
    recode_accusations,
    recode_appeals,
    recode_blame,
    recode_demands,
    recode_insistence,
    recode_standing_by,
    recode_warnings,
    settles_dispute,
    statement_event,
    voiced_stance,
)
from tacitus.pipeline.event_threats import (
    DEFENCE_THREAT,
    GROUND_DEFENDED,
    VOWED_DESTRUCTION,
    agentless_condition,
    attacker_of,
    defends_ground,
    defends_if_attacked,
    recode_threat_idioms,
    vowed_destruction,
)
from tacitus.pipeline.event_unnamed import agentless_attack, struck_place
from tacitus.pipeline.event_victims import placed_victims
from tacitus.pipeline.event_weapons import state_bombing, weapon_code
from tacitus.pipeline.modality import modality_of
from tacitus.pipeline.segment import reporting_sents
from tacitus.records import Actor, Event

__all__ = ["LexEntry", "Lexicon", "code_events", "lexicon_rows", "load_lexicon", "make_events", "parse_core"]

# A light verb with one of these lemmas turns the noun's event around (X received aid from Y).
RECEIVING_VERBS = {"receive", "suffer", "face", "see", "witness", "get", "accept", "obtain", "win", "secure"}
# Verbs of sight whose passive subject does the act seen ("were seen massing"), not suffers it.
SIGHTING_VERBS = {"see", "witness"}
# Light verbs that stop the noun's act: cooperation stopped reduces relations (CAMEO 16),
# force stopped de-escalates (087); other acts stopped are not coded.
ENDING_VERBS = {"end", "suspend", "cancel", "halt", "stop", "freeze", "break", "postpone", "abandon"}
# "Break" ends only a tie between parties ("broke off talks", "broke ties"); a pledge or a
# promise broken is no cooperation ended (and a ceasefire broken is violated: 196, in the lexicon).
BREAKABLE = ("@talks", "@relations", "cooperation", "contact", "contacts", "engagement")
ENDING_CODES = {**dict.fromkeys(("03", "04", "05", "06", "07", "08"), "160"),
                **dict.fromkeys(("18", "19", "20"), "087")}
# Sanctions and restrictions stopped are eased (CAMEO 08): "suspended the embargo" (085),
# "cancelled restrictions on broadcasts" (081), "ended the curfew" (0813).
EASING_CODES = {"16": "085", "172": "081", "1721": "0811", "1722": "0812", "1723": "0813", "1724": "0814"}
# Verbal and diplomatic roots no act can do by itself (it can kill, not consult; "the clashes
# threatened a truce", "the strikes challenged the ceasefire": a figure, no threat or rejection).
FIGURATIVE_FOR_ACTS = {"01", "02", "03", "04", "05", "11", "12", "13"}
SEIZING_VERBS = {"seize", "grab", "snatch"}
# Forces whose taking of a person is an arrest, not an abduction.
ARRESTING_SECTORS = {"COP", "MIL", "GOV", "JUD", "SPY"}
# Boarding a vessel seizes it only when armed men or a state do it ("the navy boarded the
# tanker", "Houthi fighters boarded a ship"); refugees or passengers boarding boats take nothing.
BOARDING_SECTORS = ARRESTING_SECTORS | {"REB", "INS", "UAF"}
# Verbs of helping that, with a complement settling a dispute, tell a mediation.
SETTLING_HELP_VERBS = {"help", "assist"}
# A light verb whose subject asks for (not does) the noun's event: code becomes an appeal.
ASKING_VERBS = {"seek", "request", "demand", "call"}
# A light verb whose subject tells of the noun's act ("state media reported an Israeli
# strike", "the ministry recorded 40 attacks"): the reporter is not its doer; the act keeps
# the parties of its own phrase.
REPORTING_LIGHT_VERBS = {"report", "record"}


def code_events(doc: Doc, lexicon: Lexicon | None = None) -> list[Event]:
    """Code the events of a parsed Doc (after the actor, place, date and attribution stages).

    Args:
        doc: a Doc that went through the pipeline up to tacitus_attribution.
        lexicon: the lexicon to use (the packaged one when omitted).

    Returns:
        The events in text order, with ids `<article id>:e<n>`.
    """
    lex = lexicon or load_lexicon(None)
    ctx = Ctx(doc=doc, index=mentions_by_token(doc), lex=lex, text=doc_text(doc), groups=groups_by_token(doc))
    article = doc._.tacitus_article
    art_id = article.id if article is not None else "doc"
    published = article.published if article is not None else None
    events: list[Event] = []
    for sent in reporting_sents(doc):
        sent_events = _code_sentence(ctx, sent, published)
        for ev in sent_events:
            events.append(replace(ev, id=f"{art_id}:e{len(events) + 1}"))
        ctx.recent.extend(events[len(events) - len(sent_events):])  # with their ids: a retelling names them
    return events


# Military aid needs a recipient: troops or arms sent, deployed or dispatched to no one (or to
# face someone) are a deployment, a show of force (CAMEO 150).
SENT_FORCE_CODES = {"070", "072"}
SENDING_VERBS = {"send", "deploy", "dispatch", "redeploy"}
DEPLOYMENT_CODE = "150"
SECURITY_AID = "074"
# Goods cut off to a party are a sanction (163); deliveries an aid body halts are aid reduced (1623).
SUPPLY_CUT_CODE = "163"
HUMANITARIAN_CUT_CODE = "1623"
RELIEF_SECTORS = ("NGO", "AGR", "HLH", "REF", "DEV", "KID")


def _sent_to_help(verb: Token) -> bool:
    """Is the force sent "to help", "to support" or "to reinforce" someone (a purpose clause)?"""
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in HELPING_VERBS
               and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children) for c in verb.children)


# Forces a contingent is sent to join ("to join the multinational mission").
JOINED_FORCES = {"force", "forces", "mission", "coalition", "operation", "contingent", "deployment", "alliance"}
MILITARY_COOPERATION = "062"


def _sent_to_join(verb: Token) -> bool:
    """Is the force sent "to join" a force, mission or coalition (a purpose clause)?"""
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() == "join"
               and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)
               and any(o.dep_ == "dobj" and o.lemma_.lower() in JOINED_FORCES for o in c.children)
               for c in verb.children)


def _sends_force(ctx: Ctx, trigger: Token) -> bool:
    """Is the trigger a sending verb whose object (or passive subject) is troops or arms?"""
    if trigger.pos_ != "VERB" or ctx.verb_lemma(trigger) not in SENDING_VERBS:
        return False
    sent = _object_nouns(ctx, trigger)
    subj, passive = subject_of(trigger)
    if passive and subj is not None:
        sent.append(subj)  # "troops had been deployed to the frontier"
    return any(word_matches(ctx.lex, cls, o) for o in sent for cls in ("@troops", "@arms"))


# "sent warships toward Taiwan", "flew bombers near Japan": a force aimed at a place, not
# handed to anyone, is a show of force (150) at that place's country, not military aid.
DIRECTION_PREPS = {"toward", "towards", "near", "around", "off"}


ASKING_ROOTS = {"02", "10"}
AID_ARRIVAL = "aid-arrived"


def _obligee(ctx: Ctx, trigger: Token, src: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The subject of a "that" clause under an appeal or demand, when it is not the asker."""
    for comp in (c for c in trigger.children if c.dep_ == "ccomp"):
        subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in PRONOUNS:
            return dedupe_actors(a for a in actors_of(ctx, subj) if not same_side([a], src))
    return ()


NAVAL_WORDS = {"warship", "frigate", "destroyer", "submarine", "cruiser", "corvette", "carrier", "aircraft_carrier",
               "gunboat", "flotilla", "armada", "fleet", "minesweeper"}


def _sends_warships(trigger: Token) -> bool:
    """Are warships among what is sent ("eight warships, a submarine and F-35 jets")?"""
    objs = [o for obj in objects_of(trigger) for o in (obj, *obj.conjuncts)]
    return any(o.lemma_.lower() in NAVAL_WORDS for o in objs)


def _sent_toward(trigger: Token) -> bool:
    holders = [trigger, *objects_of(trigger)]  # "sent four warships and a submarine toward X"
    holders += [c for o in holders[1:] for c in o.conjuncts]
    return any(c.dep_ == "prep" and c.lower_ in DIRECTION_PREPS for h in holders for c in h.children)


# Secondary readings (side clauses, no source, a nominal trigger with one party) are told only
# when the sentence reports nothing better, and then with less confidence.
SECONDARY_PENALTY = 0.15
# An act's toll told after it ("The strike killed two workers") is kept for its victims, marked
# with the id of the act it retells, and trusted less as an event of its own.
RETOLD_PENALTY = 0.2
KEEP_SECONDARY_ALONE = True


# Verbal acts (appeals, demands, disapproval, rejection, threats) told by a participle beside the
# main act ("expelled the ambassador, accusing Paris of interference"): the subject's second act.
SECOND_ACT_ROOTS = {"02", "10", "11", "12", "13"}
# Only verbs that say what the act is aimed at ("delivering a blow", "endangering lives",
# "inviting him" are manner or a courtesy, not a second act of the subject).
SECOND_ACT_VERBS = {"accuse", "blame", "condemn", "denounce", "criticize", "criticise", "warn", "threaten",
                    "urge", "demand", "reject", "call", "charge", "slam", "rebuke"}

# Coercive acts told in an "-ing" clause are the subject's next acts, not a result of the main
# one ("seized power, detaining the president and imposing a curfew").
SECOND_COERCION_ROOT = "17"


def _second_speech_act(trigger: Token, code: str) -> bool:
    """Is the trigger an "-ing" participle of a verbal act with an object of its own, on a main
    verb ("..., accusing Paris of ...", "..., warning Kyiv against ...")?"""
    if trigger.tag_ != "VBG" or not any(c.dep_ == "dobj" for c in trigger.children):
        return False
    if code[:2] == SECOND_COERCION_ROOT:
        return True
    return code[:2] in SECOND_ACT_ROOTS and trigger.dep_ == "advcl" and trigger.lemma_.lower() in SECOND_ACT_VERBS


# Groups on the move: attacked near a place, they are no part of the place's state.
MOVING_GROUPS = {"patrol", "convoy", "column", "squad", "detachment", "motorcade", "escort", "caravan", "delegation"}


def _own_ground(src: tuple[Actor, ...], place: Actor) -> bool:
    """Is the place in the sources' own state, all of them the state itself or its organs? Their
    act there targets no state ("the army will continue operations in Amhara"); rebels' acts
    in their own country still target it."""
    return bool(src) and bool(place.country) and all(
        a.country == place.country and (a.kind == "country" or a.sector in OWN_GROUND_SECTORS) for a in src)


# Names of agreements the parser's entity recogniser may take for a party.
ACCORD_WORDS = {"treaty", "treaties", "accord", "accords", "agreement", "agreements", "pact", "deal", "convention",
                "protocol", "charter", "memorandum"}


def _with_parties(ctx: Ctx, trigger: Token) -> list[Actor]:
    """The actors of "with" phrases on the trigger, its governor or its objects."""
    heads = [trigger, trigger.head, *objects_of(trigger)]
    return [a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children if g.dep_ == "pobj" for a in actors_of(ctx, g)]


# The state's organs acting on its own ground: police too ("deployed riot police in Nairobi").
OWN_GROUND_SECTORS = {"GOV", "MIL", "LEG", "COP"}


def _secondary(trigger: Token, src: tuple[Actor, ...], tgt: tuple[Actor, ...], how: str, code: str = "") -> str | None:
    """Why an event is a secondary reading of its sentence, or None."""
    side = None if how.startswith("ordered") else (
        side_clause(trigger) or (background_phrase(trigger) if trigger.pos_ in ("NOUN", "PROPN") else None))
    if side == "purpose clause" and code[:2] in CONFLICT_ROOTS and trigger.head.pos_ == "VERB" \
            and trigger.head.lemma_.lower() in SENDING_VERBS:
        side = None  # "sent F-16 jets to strike the posts": the strike is the sending's whole point, told
    if (side == "participial clause" and _second_speech_act(trigger, code)) or summoned_to(trigger) is not None:
        side = None  # "..., accusing Paris of ...", "summoned the envoy to lodge a protest": the subject's act
    if side == "relative clause" and code[:2] == "14" and trigger.dep_ == "relcl" and src \
            and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in trigger.children):
        side = None  # "dispersed supporters who protested outside the offices": the protest is told too
    if side == "relative clause" and how == "verdict" and src and tgt and trigger.dep_ == "relcl" \
            and any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in trigger.children):
        side = None  # "moves that Georgetown described as a threat": the judge's own word, told too
    if side == "participial clause" and how.startswith("reverse") and src and code[:2] in SECOND_ACT_ROOTS:
        side = None  # "sold radars to Armenia, drawing a protest from Baku": Baku's own act, told too
    if side == "clause on a noun" and code == MEDIATION_CODE and src and tgt:
        side = None  # "talks mediated by Qatar": the mediation is told, not a description of the talks
    if side == "'after' phrase" and code[:2] == "04" and src and tgt and trigger.head.i < trigger.head.head.i:
        side = None  # "After talks with Macron, Scholz announced ...": the talks the subject held are told
    if side is None and code[:2] in SPEECH_ROOTS and alleged_agent(clause_head(trigger)) is not None:
        side = "alleged statement"  # "accused Rwanda of making unacceptable accusations": the accuser's word
    if side:
        return side.replace(" ", "-").replace("'", "")
    if not src:
        return "no-source"
    if how == "noun" and not tgt:
        return "noun-one-party"
    return None


def _code_sentence(ctx: Ctx, sent: Span, published) -> list[Event]:
    lex = ctx.lex
    found: list[tuple[Token, str, LexEntry | None, list[Actor], list[Actor], str]] = []
    consumed: set[int] = set()
    tokens = list(sent)  # iterating a Span makes new Token objects each time: once per sentence
    membership_root = any(t.dep_ == "ROOT" and t.lemma_.lower() in MEMBERSHIP_VERBS for t in tokens)
    # Verbs first (they consume the nouns they govern as light verbs).
    for token in tokens:
        if token.pos_ not in ("VERB", "AUX") or token.i in consumed:
            continue
        if token.pos_ == "AUX" and token.dep_ in ("aux", "auxpass"):
            continue
        if association_claim(token):
            continue  # "the vessel was linked to Israel": a claim of ties, no act of cooperation
        if _legal_appeal(token):
            continue  # "her lawyers said they would appeal": a court proceeding, not a plea to anyone
        if _asks_anonymity(token):
            consumed.update(t.i for t in token.subtree)  # "officials who asked not to be named": a reporter's note
            continue
        entry = carried_relief(ctx, token, ctx.entry(token, "verb"))
        if (entry is None or entry.code is None) and _put_on_hold(ctx, token):
            # "put its talks between X and Y on hold", the "on hold" read on the talks' phrase.
            entry = next((e for e in lex.lookup("verb", "put") if e.code == HALT_TALKS), entry)
        noun = next((n for n in _object_nouns(ctx, token)
                     if n.pos_ in ("NOUN", "PROPN") and n.i not in consumed
                     and ctx.entry(n, "noun") is not None), None)
        lemma = ctx.verb_lemma(token)
        if noun is not None and (any(c.dep_ == "oprd" for c in token.children) or (
                lemma in STATEMENT_VERBS and any(p == "as" for p, _ in preps_of(token)))):
            # "called the agreement a troubling development", "described the exercises as
            # punishment": a judgement of the act, not the act.
            consumed.add(noun.i)
            noun = None
        got = (_verdict_code(ctx, token) or _said_verdict(ctx, token)) if lemma in STATEMENT_VERBS else None
        if got is not None and any(c.dep_ == "dobj" and c.lower_ in ("what", "whatever") for c in token.children):
            continue  # "rejected what it called baseless allegations": a name given in passing; the act is the governor's
        if got is not None:
            # "called the decision unacceptable", "described the drills as a provocation":
            # condemnation (or praise) aimed at whoever did the judged act.
            verdict, obj = got
            judge = _speaker_behind(ctx, token) or _subject_actors(ctx, token)
            judged = list(act_owners(ctx, obj, judge) or told_act_owners(ctx, obj, judge=judge)
                          or actors_of(ctx, obj))
            judged = judged or _clause_doers(ctx, obj)
            if _speaker_behind(ctx, token) and (not judged or same_side(judged, _speaker_behind(ctx, token))):
                judged = _subject_actors(ctx, token.head)  # "calling it a provocation": the told act's doer
            found.append((token, verdict, None, judge, judged, "verdict"))
            consumed.update(o.i for o in [obj, *ctx.objects_of(token)])
            continue
        if noun is not None and (lemma in REPORTING_LIGHT_VERBS or (
                (lemma in LIGHT_VERBS or repeated_base(lex, lemma) in LIGHT_VERBS)
                and (entry is None or entry.specificity == 0 or entry.code is None))):
            nentry = ctx.entry(noun, "noun")
            if nentry is not None and nentry.code is not None and stative_possession(token):
                consumed.add(noun.i)  # "Beijing, which has large investments there, ...": a state of affairs
                continue
            if nentry is not None and nentry.code is not None:
                source, target, how = roles_for_verb(ctx, token, nentry)
                nsrc, ntgt = roles_for_noun(ctx, noun)
                target = target or ntgt
                code = nentry.code
                if lemma == "break" and not any(word_matches(lex, w, noun) for w in BREAKABLE):
                    consumed.add(noun.i)  # "has broken that pledge": no act ended, none done
                    continue
                if lemma in ENDING_VERBS:
                    # "suspended deliveries", "ended the offensive": the noun's act is stopped.
                    code = EASING_CODES.get(code) or EASING_CODES.get(code[:3]) or EASING_CODES.get(code[:2]) \
                        or ENDING_CODES.get(code[:2])
                    if code is None:
                        consumed.add(noun.i)
                        continue
                if lemma in REPORTING_LIGHT_VERBS:
                    source, target, how = nsrc, ntgt, "noun+reported"
                    found.append((noun, code, nentry, source, target, how))
                    consumed.add(noun.i)
                    continue
                if lemma in RECEIVING_VERBS and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
                    consumed.add(noun.i)  # "said it had received no such request": nobody asked
                    continue
                if lemma in SIGHTING_VERBS and subject_of(token)[1] and target and not source:
                    source, target = target, ntgt  # "vessels were seen massing near the shoal": the ones seen act
                elif lemma in RECEIVING_VERBS:
                    giver = [a for q, pobj in preps_of(token) if q == "from" for a in actors_of(ctx, pobj)]
                    source, target = (giver or nsrc), source
                elif lemma in ASKING_VERBS and code[:2] not in ("02", "10"):
                    code = "020"
                consumed.add(noun.i)
                found.append((noun, code, nentry, source, target, f"light:{lemma}"))
                continue
        ordered = _ordered_act(ctx, token)
        if ordered is not None:
            # "a court ordered them held", "the judge ordered the men deported": the orderer's
            # authority does the act to the object.
            act, code, act_entry, patient = ordered
            found.append((act, code, act_entry, _subject_actors(ctx, token), actors_of(ctx, patient), "ordered"))
            consumed.update({act.i, patient.i})
            continue
        if suggests_a_claim(token):
            # "suggested that the incident might have escalated": a claim (010), not a proposal.
            found.append((token, "010", None, _subject_actors(ctx, token), [], CLAIM))
            continue
        kind = act_in_kind(ctx, token, found)
        if kind is not None:
            # "recalled its envoy from Bogota, and Colombia responded in kind": the same act, back.
            subj_actors = _subject_actors(ctx, token)
            if subj_actors:
                found.append((token, kind[0], None, subj_actors,
                              [a for a in kind[2] if not same_side([a], subj_actors)], "in-kind"))
            continue
        repeated = repeated_act(ctx, token)
        if repeated is not None:
            # "Islamabad reiterated the call": the earlier appeal made again, at the same party.
            prev, pointer = repeated
            found.append((token, prev.cameo, None, _subject_actors(ctx, token) or list(prev.source),
                          list(prev.target), "repeated"))
            consumed.add(pointer.i)
            continue
        kept_open = _option_kept_open(ctx, token, entry)
        if kept_open is not None:
            # "has not ruled out military action against X": a threat of that action (CAMEO 13).
            source, target, _how = roles_for_verb(ctx, token, entry)
            if kept_open == SUSPICION:
                target = []  # a suspicion voiced is addressed to no one
            found.append((token, kept_open, None, source, target, NOT_RULED_OUT))
            consumed.update(o.i for o in ctx.objects_of(token))
            continue
        if _coercion_defied(ctx, token):
            # "would not be intimidated by the drills": the patient refuses to yield (120) to
            # whoever coerces it; no one is said to threaten anyone.
            agent = next((pobj for p, pobj in preps_of(token) if p == "by" and pobj is not None), None)
            coercer = list(act_owners(ctx, agent) or actors_of(ctx, agent)) if agent is not None else []
            subj, _ = subject_of(token)
            defiant = actors_of(ctx, subj) if subj is not None else []
            found.append((token, "120", None, defiant or _speaker_of(ctx, token), coercer, DEFIANCE))
            consumed.update(t.i for t in (agent.subtree if agent is not None else ()))
            continue
        arrival = aid_arrival(ctx, token)
        if arrival is not None:
            # "a convoy carrying flour reached Tawila": aid provided to the place's country.
            found.append((token, AID_CODE, None, arrival[0], arrival[1], AID_ARRIVAL))
            continue
        captured_people = taken_captive(ctx, token)
        if captured_people is not None:
            # "a general was taken prisoner, the group said": a capture, not "take" as seizure.
            found.append((token, CAPTURE_CODE, None, captured_people[0], captured_people[1], "taken-captive"))
            consumed.update(c.i for c in token.children if c.dep_ in ("oprd", "dobj", "npadvmod", "attr"))
            continue
        delivered = arms_arrival(ctx, token)
        if delivered is not None:
            # "a Turkish arms shipment reached Tripoli": arms delivered, the carrier no act of its own.
            found.append((token, MILITARY_AID, None, delivered[0], delivered[1], "aid:arms-arrival"))
            consumed.update(t.i for c in token.children if c.dep_ in ("nsubj", "advcl") for t in c.subtree)
            continue
        deposited = money_deposited(ctx, token)
        if deposited is not None:
            # "deposited $3 billion in Pakistan's central bank": economic aid to the bank's state.
            found.append((token, ECONOMIC_AID, None, deposited[0], deposited[1], "aid:deposit"))
            consumed.update(o.i for o in ctx.objects_of(token))
            continue
        condition = defends_if_attacked(token, governor_of(token))
        if condition is not None:
            # "would not hesitate to defend itself if attacked by X": force vowed in return, coded
            # as the act it threatens (190, a threat under its governor), aimed at the attacker.
            src = _subject_actors(ctx, token)
            tgt = [a for a in attacker_of(ctx, condition) if not same_side([a], src)]
            found.append((token, "190", None, src, tgt, DEFENCE_THREAT))
            consumed.update(o.i for o in ctx.objects_of(token))
            continue
        if agentless_condition(token):
            continue  # "if attacked": no attacker named, and never the speaker
        vowed = vowed_destruction(ctx, token)
        if vowed is not None:
            # "vowed to dismantle the militias": a threat to the party to be destroyed, not an
            # intent to cooperate.
            code, victim = vowed
            found.append((token, code, None, _subject_actors(ctx, token), actors_of(ctx, victim), VOWED_DESTRUCTION))
            consumed.update(t.i for t in victim.subtree)
            continue
        span = _deadline_given(token)
        if span is not None:
            # "gave the junta 15 days to restore order": an ultimatum to whoever must act in time.
            subj, _ = subject_of(token)
            given = [a for c in token.children if c.dep_ in ("dative", "dobj") and c.i != span.i
                     for a in actors_of(ctx, c)]
            found.append((token, ULTIMATUM_CODE, None, actors_of(ctx, subj), given, "ultimatum:deadline"))
            consumed.update(o.i for o in ctx.objects_of(token))
            continue
        left = troops_leaving(ctx, token)
        if left is not None:  # "Danish troops left Mali": a military withdrawal, coded by its subject
            found.append((token, RETREAT, RETREAT_ENTRY, left[0], left[1], "subject"))
            consumed.update(o.i for o in ctx.objects_of(token))
            continue
        advance = advance_on_place(ctx, token)
        if advance is not None:  # "M23 fighters advanced on Goma": a military act on the place's country
            found.append((token, ADVANCE, ADVANCE_ENTRY, advance[0], advance[1], "subject"))
            continue
        captured = captured_place(ctx, token)
        if captured is not None:  # "rebels seized Bukavu": ground occupied, not a person taken
            found.append((token, OCCUPY, OCCUPY_ENTRY, captured[0], captured[1], "subject"))
            consumed.update(o.i for o in ctx.objects_of(token))
            continue
        if lemma in DECLINING_VERBS and _declines_to_say(ctx, token):
            # "refused to say whether the army had shelled the village": no comment (011); what
            # was not said is nobody's claim.
            found.append((token, NO_COMMENT, None, _subject_actors(ctx, token), [], "declined-to-say"))
            consumed.update(t.i for c in token.children if c.dep_ == "xcomp" for t in c.subtree)
            continue
        ground = defends_ground(ctx, token, entry)
        if ground is not None:
            # "the military would defend every centimetre of the territory": a warning to the rival.
            found.append((token, ground[0], None, _subject_actors(ctx, token), ground[1], GROUND_DEFENDED))
            consumed.update(o.i for o in ctx.objects_of(token))
            continue
        if entry is None or entry.code is None or _succeeds(token):
            continue
        if entry.code == SOLIDARITY and lemma in STANDING_VERBS and not voiced_stance(token):
            continue  # "stood with the president during the anthem": where one stood, not a stance
        if entry.code[:2] == "19" and lemma in AIMING_VERBS and _aimed_by_policy(ctx, token):
            continue  # "the measures target its banking sector": whom a policy covers, not force
        if entry.code[:2] == "03" and entry.specificity == 0 and _promises_no_act(ctx, token):
            continue  # "vowed to defend its territory": holding one's own ground is no act toward another
        # "agreed to send", "pledged to expel", "summoned the envoy to lodge a protest": the
        # embedded act is the event.
        # (The purpose of a summons may hang on the one summoned: "summoned a diplomat to protest".)
        purposes = [*token.children, *(g for o in ctx.objects_of(token) for g in o.children if g.dep_ in ("relcl", "acl"))]
        means = next((g for p in token.children if p.dep_ == "prep" for g in p.children
                      if response_means(g) is not None), None)
        if means is not None and (_codes_act(ctx, means) or _ordered_act(ctx, means) is not None):
            continue  # "retaliated by ordering five diplomats to leave": that order is the act
        if any((c.dep_ == "xcomp" or summoned_to(c) is not None) and c.pos_ == "VERB"
               and (_codes_act(ctx, c) or (c.dep_ == "xcomp" and (_light_act(ctx, c) or _continues_coded(ctx, c))))
               for c in purposes) \
                and (entry.specificity == 0 or (lemma in COMMAND_VERBS and entry.code[:2] == "15")) \
                and entry.code != DENIAL_CODE:
            # (A denial stays: "denied shelling the market" is 016, the shelling denied beside it.)
            continue  # "ordered the navy to send patrol vessels": the forces' act is the event
        if _sends_force(ctx, token) and any(_purpose(c) and (e := ctx.entry(c, "verb")) is not None and e.code
                                            and e.code[:2] in CONFLICT_ROOTS for c in token.children):
            continue  # "sent F-16 jets to strike the command posts": the strike is the act
        source, target, how = roles_for_verb(ctx, token, entry)
        if not target and source and entry.code[:2] in CONFLICT_ROOTS:
            # "struck what it described as Cambodian command posts": the posts the speaker names.
            target = [a for a in _described_object(ctx, token) if not same_side([a], source)]
            how += "+target:described" if target else ""
        if entry.code in VISIT_CODES and forces_arriving(ctx, token):
            # "Egyptian troops arrived in Gedo": forces moved in, not officials visiting (042).
            entry = replace(entry, code=FORCES_DEPLOYED)
            how += "+forces-arriving"
        found.append((token, entry.code, entry, source, target, how))
        for o in ctx.objects_of(token):
            consumed.add(o.i)
    # Nominal triggers.
    for token in tokens:
        if token.pos_ not in ("NOUN", "PROPN") or token.i in consumed or token.i in ctx.index:
            continue
        entry = ctx.entry(token, "noun")
        if entry is None or entry.code is None or _names_another_act(ctx, token):
            continue
        source, target = roles_for_noun(ctx, token)
        how = "noun"
        code = entry.code
        willing = _willing_subject(ctx, token)
        if not source and willing is not None and code[:3] in INTENT_OF_CODE:
            # "the EU remained open to negotiations with Beijing": an intent to negotiate (036).
            source, code, how = actors_of(ctx, willing), INTENT_OF_CODE[code[:3]], "noun+open-to"
        if not source:
            enactor = _enacting_subject(ctx, token)
            if enactor is not None:
                source = actors_of(ctx, enactor)  # "announced asset freezes ... and sanctions against X"
                how = "noun+enacted" if source else how
        found.append((token, code, entry, source, target, how))
    # "Hegseth said Monday's strike killed four": the strike of the speaker's side.
    found = [(t, c, e, speaker_as_striker(ctx, t, c, tg), tg, how + "+agent:speaker")
             if not s and speaker_as_striker(ctx, t, c, tg) else (t, c, e, s, tg, how)
             for t, c, e, s, tg, how in found]
    found = recode_appeals(ctx, tokens, found)
    found = recode_standing_by(ctx, tokens, found)
    found = recode_warnings(ctx, found)
    found = recode_demands(ctx, tokens, found)
    found = recode_blame(ctx, tokens, recode_accusations(ctx, recode_described_force(ctx, found)))
    found = recode_threat_idioms(ctx, tokens, drop_characterisations(recode_insistence(found)))
    found = recode_incursions(ctx, tokens, found)
    # "officials accused of ...": a participle that describes its noun, told by no one, is no event.
    found = [f for f in found if (f[3] or not _describes_noun(f[0])) and not _set_off_participle(f[0])]
    # "the bill, which would require groups receiving funding to register": what a clause on a
    # noun would bring about describes that noun; nothing in it happened.
    found = [f for f in found if not _hypothetical_description(f[0])]
    found = [f for f in found if not _left_unsaid(ctx, f[0])]
    found = [f for f in found if not (f[1][:2] == "07" and _rescues_captives(f[0]))]
    found = _dedupe_found(found, ctx.lex)
    events: list[tuple[Event, str | None]] = []
    nominal = {f[0].idx for f in found if f[0].pos_ in ("NOUN", "PROPN")}
    for trigger, code, entry, source, target, how in found:
        if membership_root and code[:2] not in ("01",):
            continue
        if natural_agent(ctx, trigger):
            continue  # "floods hit Sylhet", "the storm killed 12": nature is no actor
        if not source and trigger.pos_ == "VERB" and trigger.tag_ == "VBG" and trigger.dep_ in ("nsubj", "csubj"):
            # "Fighting between the army and rebels left 30 dead": a fight named by a gerund, as
            # by its noun ("fighting" 193), each party fighting the other.
            source = target = between_parties(ctx, trigger)
            named = next((e for e in lex.lookup("noun", trigger.lower_) if e.code), None)
            if source and named is not None:
                code, entry = named.code, named
        if not source and code[:2] == "19" and trigger.pos_ == "VERB" and how == "subject" \
                and any(p == "into" for p, _pobj in preps_of(trigger)):
            # "Tensions between Armenia and Azerbaijan boiled over into fighting": the parties of
            # what turned into the fight fight each other.
            subj, passive = subject_of(trigger)
            if subj is not None and not passive and subj.pos_ == "NOUN":
                # ("Weeks of tension between X and Y": the parties of the tension named)
                heads = [subj, *(pobj for p, pobj in preps_of(subj) if p == "of" and pobj is not None)]
                source = target = next((found for h in heads if (found := between_parties(ctx, h))), [])
                how += "+between" if source else ""
        src = dedupe_actors(source)
        tgt = dedupe_actors(a for a in target if not any(_same_party(a, s) for s in src))
        rule_note = how
        reciprocal = False
        if code == HALT_TALKS and not tgt and trigger.pos_ == "VERB":
            # "negotiations with Bangkok had been paused": the parties of the talks halted.
            tgt = dedupe_actors(a for o in objects_of(trigger) for a in roles_for_noun(ctx, o)[1]
                                if not same_side([a], src))
            rule_note += "+target:talks-parties" if tgt else ""
            if tgt and not src and how.startswith("passive"):
                teller = reporter_subject(trigger)  # "an official said talks with Hanoi had been paused"
                src = dedupe_actors(a for a in actors_of(ctx, teller) if not same_side([a], tgt)) if teller is not None else ()
                rule_note += "+source:speaker" if src else ""
        if not src and trigger.pos_ == "VERB" and how == "subject" and entry is not None \
                and entry.origin == "petrarch2" and entry.specificity == 0:
            continue
        if code[:2] == "04" and trigger.pos_ == "VERB" and _crowd_gathers(trigger):
            # "Hundreds of protesters gathered outside the embassy": a crowd massing protests (141).
            code = "141"
            rule_note += "+crowd"
        if code[:3] == "171" and trigger.pos_ == "VERB" and ctx.verb_lemma(trigger) == "board" and src \
                and not any(a.sector in BOARDING_SECTORS or not a.sector for a in src):
            continue
        if code[:3] == "171" and trigger.pos_ == "VERB" and _takes_person(ctx, trigger):
            # "gunmen seized her outside her home": a person taken is abducted (181), or
            # arrested (173) by the state's forces; property is what 171 seizes.
            code = "173" if any(a.sector in ARRESTING_SECTORS for a in src) else "181"
            rule_note += "+person-taken"
        if code == "080" and trigger.pos_ == "VERB" and _hands_over_person(trigger):
            # "handed over Ramon Quintero to US marshals": a person handed to another's
            # authorities is judicial cooperation (063) with them, not a concession.
            code = "063"
            tgt = dedupe_actors(a for p, pobj in preps_of(trigger) if p == "to" for a in actors_of(ctx, pobj)) or tgt
            rule_note += "+handover"
        if code[:2] == "07" and trigger.pos_ == "VERB" and _helps_settle(trigger):
            # "helped the two sides resolve their dispute": mediation (045), not aid.
            code = "045"
            rule_note += "+mediation"
        if not src and not tgt and trigger.pos_ == "VERB" and code[:2] in PROTEST_ROOTS \
                and subject_of(trigger)[0] is not None and not subject_of(trigger)[1]:
            # "Some 5,000 people marched through Yerevan": unnamed crowds protest against the
            # place's country (the protest is told, its source is unknown); a march on a seat of
            # the state ("marched to the parliament building") is aimed at that institution.
            place_tgt = state_seat_target(ctx, trigger) or place_target(ctx, trigger)
            if place_tgt is not None:
                tgt = (place_tgt,)
                rule_note += "+place-target"
        if src and any(_own_country(a, src) and _country_anaphor(a) for a in tgt):
            # "would not negotiate over the country's borders": "the country" is the speaker's
            # own, never the one its act is aimed at.
            tgt = tuple(a for a in tgt if not (_own_country(a, src) and _country_anaphor(a)))
            rule_note += "+own-country-dropped"
        if code[:2] == "15" and src and tgt and all(_own_country(a, src) for a in tgt):
            # "its troops had been patrolling Chinese territory": a display on one's own soil is
            # aimed at no one.
            tgt = ()
            rule_note += "+own-soil"
        if not src and how == "subject" and trigger.pos_ == "VERB":
            subj, _ = subject_of(trigger)
            measures = _measures_of(ctx, subj, code) if subj is not None else None
            if measures is not None:
                # "The measures freeze their assets": whoever took the measures told before.
                src = measures.source
                rule_note += f"+measures-of:{measures.id.rsplit(':', 1)[-1]}"
            elif subj is not None and subj.pos_ == "NOUN" and ctx.entry(subj, "noun") is not None \
                    and code[:2] in FIGURATIVE_FOR_ACTS:
                continue  # "the extradition sent a clear message to traffickers": an act speaks only in figure
            elif subj is not None and subj.pos_ == "NOUN" and ctx.entry(subj, "noun") is not None:
                # "a roadside bombing by X killed ...", "the strikes killed five" (told before).
                own = roles_for_noun(ctx, subj)[0]
                src = dedupe_actors(own or act_owners(ctx, subj))
                retold = told_act(ctx, subj) if not own and code[:2] in CONFLICT_ROOTS else None
                if retold is not None and retold.cameo[:2] in CONFLICT_ROOTS:
                    # "The strike killed two workers": the toll of the act told before (kept for
                    # its victims, marked as that act's, not a new one; less confident).
                    rule_note += f"+retells:{retold.id.rsplit(':', 1)[-1]}"
            elif subj is not None and subj.pos_ == "NOUN" and subj.lower_ not in PRONOUNS and (
                    not tgt or any(word_matches(ctx.lex, c, subj) for c in ("@evidence", "@account", "@exhibits"))):
                # "This evidence supports the allegations of North Korean involvement": the subject
                # is named and is not an actor (nor is a piece of evidence one, whatever it concerns).
                continue
        if not src and how == "passive" and code[:2] in AUTHORITY_ROOTS and trigger.pos_ == "VERB":
            # "the interior ministry said 43 people were arrested": an arrest with no agent,
            # told by the authority that makes arrests, was made by that authority.
            src = dedupe_actors(_reporting_authority(ctx, trigger))
            if src:
                rule_note += "+source:reporting-authority"
        if trigger.pos_ == "VERB" and how == "subject" and code[2:] == "0":
            means = _means_code(ctx, trigger)
            if means is not None and means[:2] == code[:2] and means != code:
                # "an air strike killed 11": the act's means names it more exactly (195, not 190).
                code = means
                rule_note += "+means"
        if code[:3] == "112" and _legal_charge(lex, trigger, src, tgt):
            # "were charged with terrorism", "prosecutors charged him with fraud": legal action (173).
            code = "173"
            rule_note += "+legal"
        weapon = weapon_code(lex, trigger, code)
        if weapon is not None:
            # "launched missiles at", "blown up by a missile", "killed in tank shelling": the
            # weapon of the act names it (194 heavy weapons, 195 air, 1952 drones).
            code = weapon[0]
            rule_note += f"+weapon:{weapon[1].lower()}"
        if code[:3] == "072" and sent_to_ground(ctx, trigger):
            # "sent additional troops to villages near the border": a deployment, aimed at no one.
            code, tgt = FORCES_DEPLOYED_CODE, ()
            rule_note += "+deployed"
        if not tgt and src:
            # "struck camps in Pakistan", "froze aid to Kigali": the ground or the recipient named
            # in a phrase is the target when nothing else is.
            tgt = ground_state(ctx, trigger, code, src) or aid_recipient(ctx, trigger, code)
            rule_note += "+target:phrase" if tgt else ""
        if not tgt and src and _intercepts_projectiles(ctx, trigger):
            # "British jets shot down several of the missiles": aimed at whoever fired them,
            # the attacker of the latest strike told by another side.
            tgt = _attacker(ctx, src)
            if tgt:
                rule_note += "+target:attacker"
        if state_bombing(trigger, code, src, by_weapon=weapon is not None):
            code = "195"
            rule_note += "+state-bombing"
        if trigger.dep_ == "acl" and entry is not None and entry.origin == "petrarch2" and entry.specificity == 0:
            continue
        if not src and not tgt and trigger.pos_ in ("NOUN", "PROPN"):
            if not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in trigger.children):
                continue
            if trigger.lemma_.lower() in ctx.lex.classes.get("@accord", ()):
                continue  # "The treaty obliges each side ...": the document already signed, not a new act
            if _topic_of_noun(trigger):
                continue  # "a resolution on the attack", "weeks before the attack": the act told before
            if trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in FRAMING_VERBS:
                continue  # "The meeting came days after ...": the act told before, placed in time
            got = context_parties(ctx, code, trigger)
            if got is None:
                continue
            src, tgt, rule_note = got
            if rule_note == "context:same-family" and trigger.dep_ in ("nsubj", "nsubjpass"):
                continue  # "The attack disrupted power to 40,000 homes": what the act told before did
            if rule_note == "context:same-family" and _responded_to(trigger):
                continue  # "did not comment on the allegations": the act told before, answered (or not)
        if popular_protest(trigger, code, src):
            code = POPULAR_PROTEST  # "students protested against the government": dissent, not a complaint
            rule_note += "+popular-protest"
        envoy_side = diplomatic_protest(ctx, trigger, code, src)
        if envoy_side is not None:
            code = OFFICIAL_COMPLAINT  # "Egypt protested the strikes": a state complains (114)
            rule_note += "+official-protest"
            if envoy_side:
                tgt = envoy_side  # "summoned the Israeli ambassador to protest": at Israel
                rule_note += "+envoy"
        if (code[:2] == "04" or code == "039") and trigger.pos_ == "VERB" and _hosts_talks_between(ctx, trigger):
            # "will host talks between the two sides in Jeddah": the host mediates (045).
            code, tgt = MEDIATION_CODE, ()
            rule_note += "+host-between"
            if not _mediated_parties(ctx, trigger):
                # "between the two sides", named by no actor: the sides of the last dispute told.
                tgt = _disputants(ctx, src)
                rule_note += "+sides:last-dispute" if tgt else ""
        if code in RELEASE_DEMANDS and src and (not tgt or same_side(tgt, src)):
            # "Taiwan demanded the release of the fishermen": asked of whoever holds them.
            captor = _captor(ctx, src, tgt)
            if captor:
                tgt = captor
                rule_note += "+target:captor"
        if code[:3] == ARREST_CODE and src and not tgt and trigger.pos_ == "VERB":
            # "broke up a spy ring run by Chinese intelligence": aimed at whoever runs the ring.
            tgt = dedupe_actors(a for a in _ring_sponsors(ctx, trigger) if not same_side([a], src))
            rule_note += "+target:sponsor" if tgt else ""
        if code == MEDIATION_CODE and src and trigger.pos_ == "VERB":
            # "mediated between Washington and the Houthis": each party between, a capital
            # named as a place standing for its state.
            between = [a for a in _between_parties(ctx, trigger) if not any(_same_party(a, s) for s in src)]
            if between and len(dedupe_actors(between)) > len(tgt):
                tgt = dedupe_actors(between)
                rule_note += "+target:between"
        if code == MEDIATION_CODE and src and not tgt and trigger.pos_ == "VERB":
            tgt = dedupe_actors(a for a in _mediated_parties(ctx, trigger) if not any(_same_party(a, s) for s in src))
            if tgt:
                rule_note += "+target:mediated-parties"
        if code in (MEDIATION_CODE, MEDIATION_INTENT) and src and not tgt:
            # "Turkey offered to mediate": between the sides of the last dispute told.
            tgt = _disputants(ctx, src)
            rule_note += "+sides:last-dispute" if tgt else ""
        if code == PRAISE_CODE and _welcomes_visitor(trigger, src, tgt):
            code = HOST_CODE  # "Modi welcomed Prabowo at the palace": a leader received, not praised
            rule_note += "+hosted"
        if code == VISIT_CODE and how.startswith("passive") and not src and trigger.pos_ == "VERB":
            # "the minister was flown to Paris": who is carried makes the visit, to the place's
            # country; "its servicemen were flown to Moscow", carried home, visit no one.
            place_tgt = place_target(ctx, trigger)
            if place_tgt is None or any(a.country == place_tgt.country for a in tgt):
                continue
            src, tgt = tgt, (place_tgt,)
            rule_note += "+carried-visitor"
        if not tgt and src and trigger.pos_ == "VERB" and code[:2] in ASKING_ROOTS:
            # "demanded that the Security Council designate X": who is asked is the subject of
            # the mandative clause, even when what they are asked to do has no code.
            tgt = _obligee(ctx, trigger, src)
            if tgt:
                rule_note += "+target:obligee"
        if tgt and src and all(a.code is None and a.country is None and a.text.split()[-1].lower() in ACCORD_WORDS
                               for a in tgt):
            # "suspended the Indus Waters Treaty with Pakistan": the named agreement is what is
            # acted on, not a party; its other side is the "with" party, or no one named.
            tgt = dedupe_actors(a for a in _with_parties(ctx, trigger) if not same_side([a], src))
            rule_note += "+target:accord-party" if tgt else ""
        threat_verb = trigger if code[:2] == "13" and trigger.lemma_.lower() == "threaten" else \
            trigger.head if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() == "threaten" else None
        if not tgt and src and trigger.pos_ == "VERB" and threat_verb is not None:
            # "threatened military action if Ethiopia fills the dam", "threatened to block the
            # strait if the US attacks": at the party of the condition.
            tgt = dedupe_actors(a for a in condition_party(ctx, threat_verb) if not same_side([a], src))
            if tgt:
                rule_note += "+target:condition"
        if code in PROTECTION_CODES and _guards_own_state(src, tgt):
            continue  # "the army will protect the government": a state's forces guard their own state
        unnamed_attacker = not src and not tgt and agentless_attack(ctx, trigger, code)
        if unnamed_attacker:
            # "The city of X was shelled overnight": an attack by no one named is still told.
            place_tgt = struck_place(ctx, trigger)
            tgt = (place_tgt,) if place_tgt is not None else tgt
            rule_note += "+unnamed-attacker"
        if not src and not tgt and not unnamed_attacker:
            continue
        if _body_in_session(trigger, code, src, tgt):
            continue  # "the Security Council met on Friday": a body sitting, no consultation with anyone
        if not tgt and src and trigger.pos_ == "VERB" and answers_said(trigger, code):
            # "Moscow denied the accusation", "rejected the criticism": said back to whoever made it.
            tgt, found_by = denied_claimants(ctx, trigger, src)
            if tgt:
                rule_note += f"+target:claimant:{found_by}"
        if not tgt and src and code == OFFICIAL_COMPLAINT and trigger.pos_ == "VERB":
            # "lodged a protest over the incident": at whoever did what it is about.
            tgt = dedupe_actors(complaint_target(ctx, trigger, src))
            if tgt:
                rule_note += "+target:grievance"
        if not tgt and trigger.pos_ == "VERB" and (code[:2] in JUDGING_ROOTS or code[:3] in JUDGING_CODES):
            # "rejected China's proposal", "a Chinese plan": whose the judged thing is.
            judged = objects_of(trigger)
            if how == "reverse":
                # "The deal drew a protest from Baku": the judged act is the subject, not the protest.
                subj, passive = subject_of(trigger)
                judged = [subj] if subj is not None and not passive else []
            owners = [a for o in judged
                      for a in act_owners(ctx, o, judge=src) or told_act_owners(ctx, o, judge=src)
                      or (act_doers(ctx, o) if o.pos_ == "NOUN" and o.i not in ctx.index else [])]
            if not owners and objects_of(trigger) and not subject_of(trigger)[1]:
                # "denounced the missile launches by Pyongyang" with "by" read on the verb: an
                # active verb has no agent phrase, so it names whoever did the judged act.
                owners = [a for p, pobj in preps_of(trigger) if p == "by" for a in actors_of(ctx, pobj)]
            if not owners:
                # "rejected the plan proposed by Egypt", "refused every compromise offered by X":
                # the agent of a participle on the judged thing made it.
                owners = [a for o in judged for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"
                          for ag in c.children if ag.dep_ == "agent"
                          for pobj in ag.children if pobj.dep_ == "pobj" for a in actors_of(ctx, pobj)]
            # A declared result keeps its declarer across one country's sides (a party is no
            # electoral council); told_act_owners has already passed over the judge itself.
            results = any(o.lower_ in RESULT_NOUNS or o.lemma_.lower() in RESULT_NOUNS for o in judged)
            own = {a.code or a.text for a in src}
            tgt = dedupe_actors(a for a in owners if (a.code or a.text) not in own
                                and (results or not same_side([a], src)))
            if tgt:
                rule_note += "+target:act-owner"
            elif src:
                # "praised the conduct of the election": the home government's process.
                tgt = process_holder(ctx, trigger, src)
                if tgt:
                    rule_note += "+target:process-holder"
        if not tgt and src and trigger.pos_ == "VERB" and code[:2] in SEAT_ROOTS:
            # "threatened to target the national palace": the state whose seat it is.
            seat = state_seat_target(ctx, trigger)
            if seat is not None and not same_side([seat], src):
                tgt = (seat,)
                rule_note += "+target:state-seat"
        if code[:3] in SENT_FORCE_CODES and _sends_force(ctx, trigger) and _sends_warships(trigger) \
                and not _sent_to_help(trigger):
            # "has sent eight warships and a submarine to Puerto Rico": a naval force deployed
            # shows power (150); warships are handed over as aid by "supplied", "delivered".
            code, tgt = DEPLOYMENT_CODE, (tgt if _sent_toward(trigger) else ())
            rule_note += "+naval-deployment"
        if code[:3] in SENT_FORCE_CODES and _sends_force(ctx, trigger) and not names_recipient(ctx, trigger) \
                and (not tgt or "+purpose-target" in how or _sent_toward(trigger)):
            # "sent its own forces to monitor them": a force sent to no recipient is deployed (150).
            code = DEPLOYMENT_CODE
            rule_note += "+deployment"
        if code == DEPLOYMENT_CODE and tgt and _sends_force(ctx, trigger) and _sent_to_help(trigger) \
                and not any(same_side([a], src) for a in tgt):
            # "deployed hundreds of fighters to help the Malian army": a force sent to another's aid.
            code = MILITARY_AID
            rule_note += "+sent-to-help"
        if code == DEPLOYMENT_CODE and _sends_force(ctx, trigger) and _sent_to_join(trigger) \
                and not any(same_side([a], src) for a in tgt):
            # "sent soldiers to join the Kenyan-led force": a contingent for another's or a joint
            # force is military cooperation with it (062), not a show of force at it.
            code = MILITARY_COOPERATION
            rule_note += "+sent-to-join"
        if code == SECURITY_AID and entry is not None \
                and ("@police_contingent" in entry.obj or any(h == "@police_contingent" for _, h in entry.preps)) \
                and (not tgt or all(same_side([a], src) for a in tgt)):
            # "sent riot police to Kisumu": police sent within the state show its power (150), not aid.
            code, tgt = DEPLOYMENT_CODE, ()
            rule_note += "+police-at-home"
        if code == SUPPLY_CUT_CODE and entry is not None and "@exports" in entry.obj and src \
                and all(any(k in (a.code or "") for k in RELIEF_SECTORS) for a in src):
            # "the WFP might suspend deliveries to the camp": relief withheld, not a sanction; the
            # camp is where it went, not a party.
            code, tgt = HUMANITARIAN_CUT_CODE, tuple(a for a in tgt if a.code)
            rule_note += "+relief-halted"
        if code[:2] == "04" and trigger.pos_ == "VERB" and from_both_sides(subject_of(trigger)[0]):
            # "Delegations from both governments met in Doha": the two sides of the story's
            # dispute, not the host whose city the meeting is in.
            sides = story_parties(ctx)
            if sides:
                src = tgt = sides
                rule_note += "+both-sides"
        if not tgt and src and trigger.pos_ == "VERB" and (code[:2] == "16" or code[:3] == "191"):
            # "closed the crossing", "suspended the negotiations": at the other side.
            other, found_by = closure_counterpart(ctx, trigger, src)
            if other:
                tgt = other
                rule_note += f"+target:other-side:{found_by}"
        if entry is not None and entry.roles == "mutual" and len(src) > 1 and tgt \
                and all(not a.country or a.country in {s.country for s in src} for a in tgt):
            tgt = ()  # "Cairo and Ankara reopened embassies": the embassies are their own, no third party
        if not tgt and len(src) > 1 and how.endswith("+between"):
            tgt = src  # "tensions between X and Y boiled over into fighting": each fights the other
        elif mutual(code, src, tgt, entry):
            tgt = src
            rule_note += "+mutual"
        elif not tgt and len(src) > 1 and trigger.pos_ == "VERB" and _each_other(trigger):
            # "Armenia and Azerbaijan accused each other": each side is the other's target.
            tgt = src
            rule_note += "+each-other"
        elif src and tgt and (code in WITH_MUTUAL_CODES or _swap(trigger, code)) and with_party(ctx, trigger, tgt):
            # "A held talks with B", "A clashed with B": each side acts on the other. The sides
            # stay apart (A's list, B's list), and B's act on A is told as its own event.
            reciprocal = True
            rule_note += "+mutual:with"
        if not tgt and src and code[:2] in CONFLICT_ROOTS and _fires_back(trigger):
            # "Pakistani troops returned fire": at whoever was last told attacking their side.
            # Failing that, at the last attacker of anyone else ("gangs attacked a police station
            # ... Kenyan officers returned fire": the mission came under the same fire).
            attacks = [prev for prev in reversed(ctx.recent[-10:]) if prev.cameo[:2] in ("18", "19")
                       and prev.source and not prev.modality.negated and not same_side(prev.source, src)]
            attacker = next((prev for prev in attacks if same_side(prev.target, src)), None) \
                or next(iter(attacks), None)
            if attacker is not None:
                tgt = attacker.source
                rule_note += f"+returned:{attacker.id.rsplit(':', 1)[-1]}"
        if not tgt and (code[:3] in PLACE_TARGET_CODES or code[:2] in CONFLICT_ROOTS | PLACE_TARGET_ROOTS):
            place_tgt = place_target(ctx, trigger)
            if place_tgt is None and how.startswith("light"):
                # "began drills around Taiwan": the place hangs on the light verb, not the noun.
                verb = _light_verb(trigger)
                place_tgt = place_target(ctx, verb) if verb is not None else None
            if place_tgt is not None and _own_ground(src, place_tgt):
                place_tgt = None  # "Ethiopia's army will continue operations in Amhara"
            if place_tgt is not None and trigger.pos_ == "VERB" and code[:2] in CONFLICT_ROOTS \
                    and any(o.lemma_.lower() in MOVING_GROUPS for o in objects_of(trigger) + [subject_of(trigger)[0]] if o is not None):
                place_tgt = None  # "ambushed a police patrol near the village of X": the patrol's, not the village's
            if place_tgt is not None and code[:3] == "171" \
                    and any(c.dep_ == "poss" for o in objects_of(trigger) for c in o.children):
                place_tgt = None  # "seized their boats near the Hanish islands": the owners', not the isles'
            if place_tgt is not None:
                tgt = (place_tgt,)
                rule_note += "+place-target"
        if code[:2] in CONFLICT_ROOTS and tgt:
            tgt, placed = placed_victims(ctx, trigger, tgt)  # "children killed in Gaza": PSECVL
            if placed:
                rule_note += "+victims-place"
        weak = _secondary(trigger, src, tgt, rule_note, code)
        if weak == "reference" or reluctant_act(trigger):
            continue  # "under the deal": an act already in force frames the event, it is not one
        if weak:
            rule_note += f"+secondary:{weak}"
        event = make_event(ctx, sent, trigger, code, entry, src, tgt, rule_note, published)
        if "+retells:" in rule_note:
            event = replace(event, confidence=round(max(0.05, event.confidence - RETOLD_PENALTY), 2))
        if weak:
            event = replace(event, confidence=round(max(0.05, event.confidence - SECONDARY_PENALTY), 2))
        events.append((event, weak))
        # An intent or a threat is the subject's own ("willing to resume talks with the United
        # States"): the other side has said nothing, so it gets no act back.
        # Nor does a refusal or a denial ("would not negotiate with criminals") tell an act of theirs.
        one_sided = "+intent:" in event.rule or "+threat:" in event.rule or event.modality.negated \
            or (event.cameo[:2] == "12" and code[:2] != "12")
        if reciprocal and not one_sided:  # coded on its own: police clashing with protesters repress; protesters fight
            back = make_event(ctx, sent, trigger, code, entry, tgt, src, rule_note + "+reciprocal", published,
                              confidence=event.confidence)
            events.append((back, weak))
        elif event.cameo == HOST_CODE and not event.modality.negated and _hosts_guest(ctx, trigger, src, tgt):
            # "Abiy hosted Burhan in Addis Ababa", "Ruto received a delegation": the host's
            # reception (043) and the guest's visit (042) are the same meeting, told of both sides.
            back = make_event(ctx, sent, trigger, VISIT_CODE, entry, tgt, src, rule_note + "+guest-visit", published,
                              confidence=event.confidence)
            events.append((back, weak))
    primary = [e for e, weak in events if not weak]
    if any(not e.rule.split("/", 1)[-1].startswith("context:") for e in primary):
        # "said the accusations were absurd and warned ...", "concerned by the drills and urged
        # ...": an act told before, named again beside the sentence's own act, is not a new one.
        primary = [e for e in primary if not e.rule.split("/", 1)[-1].startswith("context:") or _told_as_held(e, sent)]
    if primary and all(e.trigger_start in nominal for e in primary):
        # "Talks stalled after Israel rejected the demand": the sentence's own verb tells no act
        # and the background clause tells a whole one (a source and a target): it is told too.
        primary += [e for e, weak in events if weak and weak.endswith("-clause")
                    and weak.split("-")[0] in BACKGROUND_MARKS and e.source and e.target]
        primary.sort(key=lambda e: e.trigger_start)
    elif primary:
        # "froze the process after ELN fighters clashed with FARC dissidents": an act of other
        # parties, with both its sides named, is news of its own, not the frame of the main act.
        primary += [e for e, weak in events if weak == "after-clause" and e.source and e.target
                    and _others_act(e, primary)]
        primary.sort(key=lambda e: e.trigger_start)
    events = primary if primary or not KEEP_SECONDARY_ALONE else [e for e, _ in events]
    if not events:
        stmt = statement_event(ctx, sent, published, tokens)
        if stmt is not None:
            events.append(stmt)
    return events


def _others_act(event: Event, primary: list[Event]) -> bool:
    """Are none of the event's parties among the parties of the sentence's own events?"""
    def codes(actors) -> set[str]:
        return {a.code or a.text for a in actors}
    own = set().union(*(codes(e.source) | codes(e.target) for e in primary))
    return not (codes(event.source) | codes(event.target)) & own


# Verbs that tell a named act as taking place ("the talks began in 2022"): the act is the
# sentence's own, even beside another verb ("... and produced a ceasefire").
HOLDING_VERBS = {"begin", "start", "open", "resume", "continue", "end", "conclude"}


def _told_as_held(event: Event, sent: Span) -> bool:
    span = sent.doc.char_span(event.trigger_start, event.trigger_end)
    if span is None or span.end <= span.start:
        return False
    noun = span.root
    return noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in HOLDING_VERBS


NO_COMMENT = "011"
DECLINING_VERBS = {"refuse", "decline"}
# What one declines to do when declining to comment: "refused to say whether", "declined to confirm".
SAYING_VERBS = {"say", "comment", "confirm", "disclose", "reveal", "elaborate", "specify", "discuss", "speculate",
                "detail", "identify", "explain"}


# Words opening an open question ("did not say when", "would not specify whether").
QUESTION_WORDS = {"when", "whether", "if", "how", "where", "why"}


def _left_unsaid(ctx: Ctx, trigger: Token) -> bool:
    """Is the act the open question of a negated verb of saying ("did not say when troops might
    be sent", "would not reveal whether it had struck")? Nothing in it was said to happen."""
    clause = trigger
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("ccomp", "advcl") or ctx.verb_lemma(clause.head) not in SAYING_VERBS:
        return False
    asked = any(c.dep_ in ("advmod", "mark") and c.lower_ in QUESTION_WORDS and c.i < clause.i
                for c in clause.children)
    return asked and any(c.dep_ == "neg" for c in clause.head.children)


def _declines_to_say(ctx: Ctx, verb: Token) -> bool:
    """Does `verb` ("refused", "declined") govern a verb of saying ("to say whether ...")?"""
    return any(c.dep_ == "xcomp" and ctx.verb_lemma(c) in SAYING_VERBS for c in verb.children)


# Verbs whose subject does the act their object noun names ("announced sanctions", "imposed
# travel bans", "ordered an offensive"): a nominal trigger below one with no party of its own
# takes that subject as its source.
ENACTING_VERBS = {"announce", "impose", "unveil", "slap", "adopt", "introduce", "declare", "order", "approve",
                  "enact", "levy", "reimpose", "renew", "extend", "expand", "tighten", "institute", "enforce",
                  "issue", "launch", "conduct", "stage", "mount"}
# Links a noun phrase climbs through to the verb it is the object of ("announced freezes and
# bans on travel ... as well as sanctions": sanctions -conj- travel -pobj- on -prep- bans ...).
_NP_LINKS = {"conj", "pobj", "prep", "dobj", "appos", "compound"}


# Verbs of a swap: "swapped prisoners with Ukraine" is each side releasing the other's.
SWAP_VERBS = {"exchange", "swap", "trade"}


# Projectiles an air defence brings down ("shot down missiles", "intercepted the drones").
PROJECTILES = {"missile", "rocket", "drone", "projectile", "uav", "warhead", "munition"}


def _intercepts_projectiles(ctx: Ctx, verb: Token) -> bool:
    """Does the verb bring down projectiles ("shot down several of the missiles", "downed drones")?"""
    lemma = ctx.verb_lemma(verb)
    if verb.pos_ != "VERB" or not (lemma in ("intercept", "down") or "down" in particles_of(verb)):
        return False
    objs = [inner for o in ctx.objects_of(verb)
            for inner in [o] + [pobj for p, pobj in preps_of(o) if p == "of" and pobj is not None]]
    return any(o.lemma_.lower() in PROJECTILES for o in objs)


def _attacker(ctx: Ctx, defender: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The source of the latest attack (CAMEO 18-20) told by a side other than the defender's."""
    for prev in reversed(ctx.recent[-10:]):
        if prev.cameo[:2] in ("18", "19", "20") and prev.source and not prev.modality.negated \
                and not same_side(prev.source, defender):
            return prev.source
    return ()


def _swap(trigger: Token, code: str) -> bool:
    return code == "0841" and trigger.lemma_.lower() in SWAP_VERBS


# Deliberative bodies whose meeting is their own session ("the Security Council met", "the
# cabinet will meet"), not a consultation between parties (CAMEO 04 needs a counterpart).
SITTING_BODIES = {"council", "assembly", "parliament", "cabinet", "committee", "commission", "congress", "senate",
                  "legislature", "politburo", "presidium", "board", "bureau", "synod", "conclave"}


def _body_in_session(trigger: Token, code: str, src: tuple[Actor, ...], tgt: tuple[Actor, ...]) -> bool:
    """Is a consultation (CAMEO 04, not a visit) told of bodies alone, with no one to meet: no
    target and no "with" phrase on the trigger or its object?"""
    if code[:2] != "04" or code[:3] in PLACE_TARGET_CODES or tgt or not src:
        return False
    if any(p in ("with", "between") for h in (trigger, *objects_of(trigger)) for p, _ in preps_of(h)):
        return False
    return all((a.text or "").lower().split()[-1:] and (a.text or "").lower().split()[-1] in SITTING_BODIES
               for a in src)


HOSTING_VERBS = {"host", "convene", "organise", "organize", "arrange", "broker"}




ARREST_CODE = "173"
# Participles tying a ring or network to whoever runs it, and the prepositions naming that party.
SPONSOR_VERBS = {"run", "operate", "direct", "control", "link", "tie", "work", "back", "sponsor", "handle"}
SPONSOR_PREPS = {"by", "for", "to"}


def _ring_sponsors(ctx: Ctx, verb: Token) -> list[Actor]:
    """Who runs a ring or network the verb breaks up ("run by X", "working for X", "linked to X")."""
    out: list[Actor] = []
    for o in objects_of(verb):
        if not word_matches(ctx.lex, "@ring", o):
            continue
        for c in o.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in SPONSOR_VERBS:
                out += [a for p, pobj in preps_of(c) if p in SPONSOR_PREPS for a in actors_of(ctx, pobj)]
    return out


def _between_parties(ctx: Ctx, head: Token) -> list[Actor]:
    """The parties of a "between X and Y" phrase on `head`, a place standing for its country."""
    out: list[Actor] = []
    for p, pobj in preps_of(head):
        if p != "between" or pobj is None:
            continue
        out.extend(actors_of(ctx, pobj))  # the named parties, conjuncts included
        for party in (pobj, *pobj.conjuncts):
            if party.i not in ctx.index:
                out.extend(place_actor(ctx, party))
    return out


def _hosts_talks_between(ctx: Ctx, verb: Token) -> bool:
    """Does the verb host talks "between" other parties ("host talks between the army and the RSF")?"""
    # "hosted two rounds of talks between ...": the "between" hangs on the talks, past "rounds of".
    return ctx.verb_lemma(verb) in HOSTING_VERBS and any(
        word_matches(ctx.lex, "@talks", o) and any(p == "between" and pobj is not None
                                                   for h in {o, through_transparent(o)} for p, pobj in preps_of(h))
        for o in objects_of(verb))


# Demands and appeals for the release of people: asked of their captors.
RELEASE_DEMANDS = {"1053", "0253"}
CAPTURE_CODES = ("17", "181")


def _captor(ctx: Ctx, asker: tuple[Actor, ...], held: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """Who holds the people whose release is asked: the doer of the last arrest, seizure or
    abduction told of them (or of the asker's side), not on the asker's side; () if none."""
    for prev in reversed(ctx.recent[-8:]):
        if not prev.cameo.startswith(CAPTURE_CODES) or prev.modality.negated or not prev.source:
            continue
        if same_side(prev.source, asker):
            continue
        if (held and same_side(prev.target, held)) or same_side(prev.target, asker):
            return prev.source
    return ()


def _asked_act(verb: Token) -> str | None:
    """The lemma of the act an appeal asks for ("urged X to open them" -> open)."""
    comp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"), None)
    if comp is None:  # "called on Sudan to open": the clause hangs on the preposition's object
        comp = next((g for p, pobj in preps_of(verb) if pobj is not None for g in pobj.children
                     if g.dep_ in ("xcomp", "acl", "relcl") and g.pos_ == "VERB"), None)
    return comp.lemma_.lower() if comp is not None else None


def _same_ask(a: Token, b: Token) -> bool:
    """Do two appeals ask for the same act (the same verb of their complements)?"""
    act = _asked_act(a)
    return act is not None and act == _asked_act(b)


def _more_specific(code: str, other: str) -> bool:
    """Does `code` say more than `other` (a subcode, or a family's member over its root)?"""
    return len(code) > len(other) or (code[2:] != "0" and other[2:] == "0")


def _each_other(verb: Token) -> bool:
    """Is the verb's object "each other" or "one another"?"""
    return any(o.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in o.children)
               for o in objects_of(verb))


def _fires_back(verb: Token) -> bool:
    """Does `verb` answer fire with fire ("returned fire", "fired back")?"""
    lemma = verb.lemma_.lower()
    return (lemma == "return" and any(o.lemma_.lower() == "fire" for o in objects_of(verb))) \
        or (lemma == "fire" and any(c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in verb.children)) \
        or (lemma in ANSWERING_VERBS and any(p == "with" for p, _ in preps_of(verb)))


# "responded with artillery fire", "retaliated with air strikes": force answering force.
ANSWERING_VERBS = {"respond", "retaliate", "reply", "hit back", "strike back"}


def _hands_over_person(verb: Token) -> bool:
    """Does `verb` hand a named person over to someone ("handed over X to US marshals")?"""
    return verb.lemma_.lower() == "hand" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) \
        and any(o.ent_type_ == "PERSON" for o in objects_of(verb)) and any(p == "to" for p, _ in preps_of(verb))


def _takes_person(ctx: Ctx, verb: Token) -> bool:
    """Is the object of a seizing verb a person ("seized her", "seized the prosecutor")? Only
    verbs that take people and things alike ("impounded two fishing boats" is property)."""
    if verb.lemma_.lower() not in SEIZING_VERBS:
        return False
    for obj in objects_of(verb):
        if obj.lower_ in ("him", "her") or obj.ent_type_ == "PERSON":
            return True
        # Firms and trades stand for their property ("seized an Iranian tanker"), people do not.
        if any(a.kind in ("person", "group", "collective") and a.sector not in ("BUS", "AGR")
               for a in actors_of(ctx, obj, modifiers=False)):
            return True
    return False


def _helps_settle(verb: Token) -> bool:
    """Is `verb` a helping verb whose complement settles a dispute ("help them resolve their differences")?"""
    return verb.lemma_.lower() in SETTLING_HELP_VERBS and any(
        c.dep_ in ("ccomp", "xcomp") and settles_dispute(c) for c in verb.children)


def _enacting_subject(ctx: Ctx, noun: Token) -> Token | None:
    """The subject of the enacting verb whose object phrase holds `noun`, or None. The climb
    goes through the object's conjuncts, compounds and appositions; into a prepositional phrase
    only from a list item the parser hung there ("bans on travel ..., as well as sanctions"), not
    from the phrase's own object ("a blackout on the withdrawal", "a state of siege"). A verb
    passed on the way that has no subject of its own, or a bare-noun one ("asset freezes" read
    as a clause), is a misparsed noun: the climb goes on through it."""
    cur = noun
    listed = False
    for _ in range(10):
        if cur.head.i == cur.i:
            return None
        dep, cur = cur.dep_, cur.head
        listed = listed or dep == "conj"
        if cur.pos_ in ("VERB", "AUX"):
            subj, passive = subject_of(cur)
            if dep in ("dobj", "conj", "ccomp", "appos") and ctx.verb_lemma(cur) in ENACTING_VERBS:
                return subj if subj is not None and not passive else None
            if subj is not None and not (subj.pos_ == "NOUN" and subj.i == cur.i - 1
                                         and not any(c.dep_ == "det" for c in subj.children)):
                return None
            if cur.dep_ not in ("conj", "ccomp", "dobj"):
                return None
        elif dep == "pobj" and cur.head.pos_ == "VERB" and any(_amount_or_batch(o) for o in objects_of(cur.head)):
            # "announced 120 million pounds in aid" with "in aid" read on the verb.
            verb = cur.head
            subj, passive = subject_of(verb)
            ok = ctx.verb_lemma(verb) in ENACTING_VERBS and subj is not None and not passive
            return subj if ok else None
        elif dep not in _NP_LINKS or (dep == "pobj" and not listed and not _amount_or_batch(cur.head)):
            return None
    return None


# Predicates of a judgement ("called the move illegal", "described it as a provocation"):
# condemnation (111) or praise (051).
CONDEMNING_WORDS = {"unacceptable", "illegal", "illegitimate", "unlawful", "provocative", "provocation",
                    "irresponsible", "dangerous", "reckless", "absurd", "baseless", "unfounded", "outrageous",
                    "shameful", "hostile", "aggressive", "unjustified", "criminal", "barbaric", "irrational",
                    "destabilizing", "destabilising", "deplorable", "unprovoked", "violation", "crime",
                    "aggression", "interference", "blackmail", "farce", "sham", "escalation", "act of war",
                    "terrorism", "terrorist", "genocide", "lie", "lies", "fabrication", "slander", "insult",
                    "threat", "menace", "danger", "breach", "affront", "betrayal", "invasion", "annexation",
                    "occupation", "piracy", "sabotage", "propaganda", "hoax", "smear"}
# Predicates that name a kind of deed by their "of" phrase ("an act of aggression", "a form of
# blackmail"); "war" judges only that way ("an act of war", not "called the conflict a war").
KIND_NOUNS = {"act", "form", "kind", "sort", "declaration", "pack", "tissue", "web", "litany", "bunch", "heap"}
KIND_CONDEMNING = {"war", "hostility", "hostilities", "vandalism", "banditry"}
# Faults found with a person or a government's conduct ("had been naive to trust the rebels").
FAULT_WORDS = {"liar", "liars", "naive", "incompetent", "foolish", "mistaken", "cowardly", "corrupt", "dishonest", "hypocritical",
               "arrogant", "inept", "negligent", "complicit", "weak", "wrong"}
PRAISING_WORDS = {"constructive", "positive", "productive", "fruitful", "successful", "historic",
                  "breakthrough", "welcome", "encouraging", "excellent", "useful"}


ULTIMATUM_CODE = "139"
# Spans of time given to someone to act by ("ten days to free the president").
DEADLINE_SPANS = {"hour", "day", "week", "month"}


def _deadline_given(verb: Token) -> Token | None:
    """The span of time in "gave X N days to do Y" (the parser reads it as object or adverb),
    when a "to" clause says what must be done in it; None otherwise ("gave workers ten days
    off")."""
    if verb.lemma_.lower() != "give":
        return None
    span = next((c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "dative")
                 and c.lemma_.lower() in DEADLINE_SPANS), None)
    if span is None:
        return None
    clauses = [c for h in (verb, span) for c in h.children if c.dep_ in ("advcl", "xcomp", "relcl", "acl")]
    done = any(c.pos_ == "VERB" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in clauses)
    return span if done else None


def _verdict_parts(ctx: Ctx, verb: Token) -> tuple[Token | None, list[Token]]:
    """What a statement verb judges and the predicates it judges it by ("called the decision
    unacceptable", "described the drills as a provocation"). The parser also reads "called the
    shelling a provocation" as two predicates, and "called the shelling a violation" with the
    judged noun, its own article kept, as a modifier of the verdict: the judged noun comes first."""
    objs = ctx.objects_of(verb)
    if verb.dep_ == "relcl" and (not objs or all(o.tag_ in ("WDT", "WP") for o in objs)) \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        objs = [verb.head]  # "moves that Georgetown described as a threat": the noun the clause is on
    preds = [c for c in verb.children if c.dep_ == "oprd"]
    if not objs and len(preds) >= 2:
        objs, preds = [preds[0]], preds[1:]
    if len(objs) + len(preds) == 1:
        verdict = (objs or preds)[0]
        judged = next((c for c in verdict.children if c.dep_ in ("amod", "compound", "nmod") and c.i < verdict.i
                       and any(d.dep_ == "det" and d.lower_ in ANAPHORIC_DETS for d in c.children)), None)
        if judged is None:  # "called the decision blackmail": the article hung on the verdict, before the judged noun
            judged = next((c for c in verdict.children if c.dep_ == "compound" and c.pos_ == "NOUN" and any(
                d.dep_ == "det" and d.lower_ in ANAPHORIC_DETS and d.i < c.i for d in verdict.children)), None)
        if judged is not None:
            return judged, [verdict]
    preds += [pobj for p, pobj in preps_of(verb) if p == "as" and pobj is not None]
    return (objs[0] if objs else None), preds


def _verdict_code(ctx: Ctx, verb: Token) -> tuple[str, Token] | None:
    """111 or 051, with the judged object, when a statement verb judges its object by a
    predicate (see `_verdict_parts`), else None."""
    obj, preds = _verdict_parts(ctx, verb)
    if obj is None:
        return None
    for pred in preds:
        words = {pred.lower_, pred.lemma_.lower()} | {c.lower_ for c in pred.children if c.dep_ in ("amod", "compound")}
        if pred.lemma_.lower() in KIND_NOUNS:
            kinds = {pobj.lemma_.lower() for p, pobj in preps_of(pred) if p == "of" and pobj is not None}
            if kinds & (CONDEMNING_WORDS | KIND_CONDEMNING):
                return "111", obj
        if words & (CONDEMNING_WORDS | FAULT_WORDS):
            return "111", obj
        if words & PRAISING_WORDS:
            return "051", obj
    return None


def _said_verdict(ctx: Ctx, verb: Token) -> tuple[str, Token] | None:
    """111 with the judged party when a neutral statement verb's clause finds fault with an
    actor by a copula ("said Petro had been 'naive' to trust the rebels", "said the move was
    reckless"), else None. The judged subject must be an actor or an act one can own; a fault
    found with a thing ("said the weather was dangerous") is no one's criticism."""
    if ctx.verb_lemma(verb) not in NEUTRAL_REPORTING_VERBS:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "be"):
        subj, passive = subject_of(clause)
        if subj is None or passive or subj.lower_ in PRONOUNS:
            continue
        preds = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        if not any({p.lower_, p.lemma_.lower()} & (CONDEMNING_WORDS | FAULT_WORDS) for p in preds):
            continue
        judged = actors_of(ctx, subj) or (act_owners(ctx, subj) if ctx.entry(subj, "noun") is not None else ())
        speaker = {a.code for a in _subject_actors(ctx, verb)}
        if judged and not {a.code for a in judged} & speaker:  # "said it was wrong": a self-reproach
            return "111", subj
    return None


def _clause_doers(ctx: Ctx, noun: Token) -> list[Actor]:
    """The doers of the clause a noun sums up ("Venezuela moved troops ..., moves that ..."):
    the subject of the verb the noun is set beside."""
    head = noun.head
    if noun.dep_ not in ("conj", "appos", "npadvmod") or head.pos_ != "VERB" or head.i == noun.i:
        return []
    return _subject_actors(ctx, head)


def _amount_or_batch(head: Token) -> bool:
    """Is `head` a sum or a batch whose phrase names the act ("120 million pounds in aid",
    "a package of sanctions")?"""
    return head.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or through_transparent(head).i != head.i \
        or any(c.dep_ == "nummod" or c.like_num for c in head.children)


def _subject_actors(ctx: Ctx, verb: Token) -> list[Actor]:
    """The actors of the verb's active subject, or []."""
    subj, passive = subject_of(verb)
    return actors_of(ctx, subj) if subj is not None and not passive else []


# Verbs of making someone do or undergo an act ("ordered them held"), and participles of
# custody the lexicon does not code alone ("held", "kept"): held in custody is detention (173).
CAUSING_VERBS = {"order", "have", "get", "want"}
CUSTODY_PARTICIPLES = {"hold", "keep", "jail", "imprison", "detain", "lock"}


def _ordered_act(ctx: Ctx, verb: Token) -> tuple[Token, str, LexEntry | None, Token] | None:
    """The act of an "ordered X <participle>" small clause: (participle, code, entry, X), or None."""
    if ctx.verb_lemma(verb) != "order":
        return None
    for c in verb.children:
        if c.dep_ == "ccomp" and c.tag_ == "VBN" and not any(g.dep_ in ("mark", "aux") for g in c.children):
            patient = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        elif c.dep_ == "xcomp" and c.tag_ == "VBN" and not any(g.dep_ in ("mark", "aux", "auxpass") for g in c.children):
            # "ordered him held": the parser hangs the patient on "ordered" and the participle beside it
            patient = next((g for g in verb.children if g.dep_ in OBJECT_DEPS and g.i < c.i), None)
        elif c.dep_ in OBJECT_DEPS:
            patient, c = c, next((g for g in c.children if g.dep_ == "acl" and g.tag_ == "VBN"), None)
            if c is None:
                continue
        else:
            continue
        if patient is None:
            continue
        lemma = ctx.verb_lemma(c)
        if lemma in CUSTODY_PARTICIPLES:
            return c, "173", None, patient
        act_entry = ctx.entry(c, "verb")
        if act_entry is not None and act_entry.code is not None:
            return c, act_entry.code, act_entry, patient
    return None


# Verbs of coercion whose negated passive ("will not be intimidated") is a refusal to yield.
COERCED_VERBS = {"intimidate", "threaten", "coerce", "blackmail", "bully", "cow", "browbeat", "pressure",
                 "pressurize", "pressurise", "frighten", "scare", "deter", "silence", "bow", "cower"}


DECLARING_MODALS = {"will", "wo", "would", "shall", "can", "ca", "could", "'ll"}


def _coercion_defied(ctx: Ctx, verb: Token) -> bool:
    """Is the verb a negated passive of coercion with a subject ("Taiwan will not be intimidated",
    "we refuse to be bullied")?"""
    if verb.pos_ != "VERB" or ctx.verb_lemma(verb) not in COERCED_VERBS:
        return False
    subj, passive = subject_of(verb)
    # Declared, not told: "will not", "would not", "cannot" or "refuse to"; "voters were not
    # intimidated" reports a state of mind.
    negated = (any(c.dep_ == "neg" for c in verb.children)
               and any(c.dep_ == "aux" and c.lower_ in DECLARING_MODALS for c in verb.children)) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline")
        and any(c.dep_ == "auxpass" for c in verb.children))
    if verb.dep_ == "xcomp" and subj is None:
        subj, passive = subject_of(verb.head)[0], True
    return negated and passive and subj is not None


def _speaker_of(ctx: Ctx, verb: Token) -> list[Actor]:
    """The actors of whoever says the verb's clause ("the minister said [the island would not
    be intimidated]", "[we refuse to be bullied], the minister said"), or []."""
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or ctx.verb_lemma(clause.head) not in STATEMENT_VERBS:
        return []
    return _subject_actors(ctx, clause.head)


def _names_another_act(ctx: Ctx, noun: Token) -> bool:
    """Is the noun the predicate of an act told by its subject ("the exercises were a stern
    warning to Taipei")? It says what that act was, it is not another one."""
    if noun.dep_ != "attr" or noun.head.lemma_.lower() != "be":
        return False
    subj, _ = subject_of(noun.head)
    return subj is not None and subj.pos_ == "NOUN" and ctx.entry(subj, "noun") is not None


# Adjectives that make an option kept open a suspected cause of what happened ("a deliberate act").
# The code of a suspicion voiced that way: a statement (held uncertain by its "not ruled out").
SUSPICION = "010"
DELIBERATE = {"deliberate", "intentional", "intended", "wilful", "willful", "criminal"}


def _option_kept_open(ctx: Ctx, verb: Token, entry: LexEntry | None) -> str | None:
    """The threat code of "did not rule out X" / "refused to exclude X", or None: X's own
    threat code when X is a coded act of force ("military action"), a statement (010) when X is
    a suspected cause of what happened ("sabotage"), else a plain threat (130)."""
    lemma = ctx.verb_lemma(verb)
    if not ((lemma == "rule" and "out" in {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")})
            or lemma == "exclude") or entry is None:
        return None
    negated = any(c.dep_ == "neg" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline"))
    if not negated:
        return None
    suspicions = ctx.lex.classes.get("@suspicions", set())
    for obj in _object_nouns(ctx, verb):
        if obj.lemma_.lower() in suspicions or any(
                c.dep_ == "amod" and c.lower_ in DELIBERATE for c in obj.children):
            return SUSPICION  # "would not rule out (deliberate) sabotage": a cause suspected, no one threatened
        act = ctx.entry(obj, "noun")
        if act is not None and act.code is not None and act.code[:2] in CONFLICT_ROOTS | {"15", "16", "17"}:
            return threat_of(act.code)
        if any(c.lower_ in ("military", "armed") for c in obj.children if c.dep_ in ("amod", "compound")):
            return "138"  # "military action", "armed measures": force
    return "130"


LEGAL_SECTORS = {"JUD", "COP"}
# Acts of state coercion (arrests, detentions, deportations, bans) whose doer, when the passive
# names none, is the government, police, court or army that reports them.
AUTHORITY_ROOTS = {"17"}
AUTHORITY_SECTORS = {"GOV", "COP", "JUD", "MIL", "SPY"}


# Judicial-sector speakers who stand for the detained, not for the state that detains.
DEFENCE_COUNSEL = {"lawyer", "attorney", "counsel", "advocate", "barrister", "solicitor"}


# Verbs of wanting or foreseeing: "she hoped the officers would be indicted" tells a wish, not
# an act of the speaker's body; the passive keeps no agent.
WANTING_VERBS = {"hope", "wish", "want", "expect", "fear", "worry", "predict"}


def _reporting_authority(ctx: Ctx, verb: Token) -> list[Actor]:
    """The state body that tells the verb's clause ("the ministry said [X were arrested]",
    "[X were detained], police said"), when it is one; [] for anyone else (witnesses, a
    rights group, a news agency: they report an arrest they did not make)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or ctx.verb_lemma(clause.head) not in STATEMENT_VERBS \
            or ctx.verb_lemma(clause.head) in WANTING_VERBS:
        return []
    subj, passive = subject_of(clause.head)
    if subj is None or passive or subj.lemma_.lower() in DEFENCE_COUNSEL:
        return []  # "were detained, their lawyers said": the defence tells an arrest it did not make
    speakers = actors_of(ctx, subj)
    return speakers if speakers and all(a.sector in AUTHORITY_SECTORS for a in speakers) else []
PROTEST_ROOTS = {"14"}
VISIT_CODE = "042"
HOST_CODE = "043"
PRAISE_CODE = "051"
WELCOMING_VERBS = {"welcome", "greet"}


def _welcomes_visitor(trigger: Token, src: tuple[Actor, ...], tgt: tuple[Actor, ...]) -> bool:
    """Does the subject welcome a named foreign leader in person (not their words or acts)?"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in WELCOMING_VERBS or not src or not tgt:
        return False
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None or not (obj.ent_type_ == "PERSON" or (obj.pos_ == "PROPN" and all(a.kind == "person" for a in tgt))):
        return False
    home = {a.country for a in src}
    return all(a.sector == "GOV" and a.country and a.country not in home for a in tgt)


# Verbs that place an act already told in time or sequence ("The pledge comes after ...").
FRAMING_VERBS = {"come", "follow", "precede"}
HOSTED_MEALS = {"dinner", "banquet", "reception", "lunch", "luncheon", "breakfast"}


def _hosts_guest(ctx: Ctx, trigger: Token, src: tuple[Actor, ...], tgt: tuple[Actor, ...]) -> bool:
    """Does the subject receive a guest of another side in person (the object names who came,
    not a summit or talks held, and not refugees sheltered)?"""
    if trigger.pos_ != "VERB" or not src or not tgt:
        return False
    obj = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)  # "was received by"
    if obj is not None and obj.lemma_.lower() == "host":
        obj = next((g for p, g in preps_of(trigger) if p == "to"), None)  # "played host to Burhan"
    elif obj is not None and obj.lemma_.lower() in HOSTED_MEALS:
        # "hosted a dinner for the visiting delegation": the guests are whom the meal is for.
        obj = next((g for p, g in preps_of(obj) + preps_of(trigger) if p == "for"), None)
    if obj is None or obj.i not in ctx.index:
        return False  # "hosted the summit", "hosted talks between X and Y": no guest named as the object
    # A guest from another side: abroad, or the other camp at home ("demonstrators received
    # ministers from the government"); a minister received by his own president visits no one.
    return not same_side(tgt, src) and all(a.country or a.code for a in tgt)


# Parties a state accuses rather than indicts ("Russia charged Ukraine with violating the truce").
STATE_SECTORS = {"GOV", "MIL", "LEG"}


# Military protection given (074) or promised (0334) is given to another party.
PROTECTION_CODES = {"074", "0334"}
GUARDED_SECTORS = {"GOV", "MIL", "COP", "LEG", "JUD"}


def _guards_own_state(src: tuple[Actor, ...], tgt: tuple[Actor, ...]) -> bool:
    """Are the protected all bodies of the protector's own state (or of no state named, as
    "the army will protect the government")?"""
    mine = {a.country for a in src if a.country}
    return bool(src and tgt) and all(a.sector in GUARDED_SECTORS and (not a.country or not mine or a.country in mine)
                                     for a in tgt)


def _legal_charge(lex: Lexicon, trigger: Token, src: tuple[Actor, ...], tgt: tuple[Actor, ...] = ()) -> bool:
    """Is "charge" a legal charge: passive ("were charged with"), by courts, prosecutors or
    police, or "charged X with" a crime where X are people, not a state ("the United States
    charged three Russian nationals with hacking")?"""
    if trigger.pos_ != "VERB" or verb_lemma(lex, trigger) != "charge":
        return False
    if subject_of(trigger)[1] or any(a.sector in LEGAL_SECTORS for a in src):
        return True
    return any(p == "with" for p, _ in preps_of(trigger)) and bool(tgt) and all(
        a.kind != "country" and a.sector not in STATE_SECTORS for a in tgt)


# Verbs of aiming that are force only when something armed or someone aims: sanctions, laws and
# measures "target" whom they cover.
AIMING_VERBS = {"target", "hit", "strike"}
POLICY_NOUNS = {"measure", "measures", "rule", "rules", "law", "laws", "policy", "policies", "penalty", "penalties",
                "order", "decree", "regulation", "regulations", "designation", "listing", "freeze", "freezes",
                "package", "legislation", "bill", "resolution", "curbs", "controls"}


def _aimed_by_policy(ctx: Ctx, verb: Token) -> bool:
    """Is the verb's subject a sanction or a policy ("the measures target ...", "new tariffs hit
    Chinese steel")?"""
    subj, passive = subject_of(verb)
    if subj is None or passive or subj.i in ctx.index:
        return False
    lemma = subj.lemma_.lower()
    return lemma in POLICY_NOUNS or subj.lower_ in POLICY_NOUNS or lemma in ctx.lex.classes.get("@sanction", ())


def _own_country(target: Actor, source) -> bool:
    """Is the target the bare country (no sector) of one of the sources?"""
    return target.kind == "country" and not target.sector and any(s.country == target.country for s in source)


def _country_anaphor(actor: Actor) -> bool:
    """Is the actor told as "the country" / "the nation" (its own name not given)?"""
    words = actor.text.lower().replace("'s", "").split()
    return bool(words) and words[-1] in ("country", "nation") and words[0] in ("the", "this", "country", "nation")


def _promises_no_act(ctx: Ctx, verb: Token) -> bool:
    """Is what the verb promises an act the lexicon's patterns name as no event ("vowed to defend
    its territory": `defend - obj=@homeland`)? A bare intent verb then promises nothing to anyone."""
    return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and (((e := ctx.entry(c, "verb")) is not None
               and e.code is None and e.specificity > 0) or _continues_uncoded(ctx, c)) for c in verb.children)


# Verbs of going on with what one already does ("vowed to continue resupply missions").
CONTINUING_VERBS = {"continue", "keep", "maintain", "sustain", "persist", "pursue"}


def _continues_coded(ctx: Ctx, verb: Token) -> bool:
    """Does the verb go on with a coded act of its own clause ("continue supporting Kyiv")? That
    act, as an intent, is the event, not the vow over it."""
    return ctx.verb_lemma(verb) in CONTINUING_VERBS and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and _codes_act(ctx, c) for c in verb.children)


def _continues_uncoded(ctx: Ctx, verb: Token) -> bool:
    """Does the verb go on with an activity of its own that codes nothing ("continue patrol
    missions", "keep up its flights")? A vow of it promises nothing to anyone; a coded activity
    ("continue talks", "continue supporting Kyiv") is the embedded act instead."""
    if ctx.verb_lemma(verb) not in CONTINUING_VERBS or _codes_act(ctx, verb) or _light_act(ctx, verb):
        return False
    nouns = _object_nouns(ctx, verb)
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    # ("missions" reads as a diplomatic body of no state: an activity here, not a party.)
    return bool(nouns) and not clauses and not any(a.country for n in nouns for a in actors_of(ctx, n, modifiers=False))


def _codes_act(ctx: Ctx, verb: Token) -> bool:
    """Does the verb's own lexicon entry code an act?"""
    entry = ctx.entry(verb, "verb")
    return entry is not None and entry.code is not None


def _light_act(ctx: Ctx, verb: Token) -> bool:
    """Is the verb a light verb over a noun that codes an act ("vowed to continue protests": the
    protests are the embedded act, as "agreed to send troops" has its sending)?"""
    if ctx.verb_lemma(verb) not in LIGHT_VERBS:
        return False
    return any(n.pos_ in ("NOUN", "PROPN") and (e := ctx.entry(n, "noun")) is not None and e.code is not None
               for n in _object_nouns(ctx, verb))


def _object_nouns(ctx: Ctx, verb: Token) -> list[Token]:
    """The verb's object nouns, then their conjuncts: in "announced travel bans and sanctions
    against X" the sanctions are the light verb's act too."""
    objs = [through_transparent(o) for o in ctx.objects_of(verb) if o.dep_ in OBJECT_DEPS]
    return objs + [through_transparent(c) for o in objs for c in o.children if c.dep_ == "conj"]


def _means_code(ctx: Ctx, verb: Token) -> str | None:
    """The code of a nominal trigger that is the verb's subject ("an air strike killed"), or None."""
    subj, passive = subject_of(verb)
    if subj is None or passive or subj.pos_ != "NOUN":
        return None
    entry = ctx.entry(subj, "noun")
    return entry.code if entry is not None else None


def _light_verb(noun: Token) -> Token | None:
    """The light verb whose object carries `noun` ("began two days of drills" -> began)."""
    cur = noun
    while cur.dep_ == "conj":
        cur = cur.head
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and through_transparent(cur.head.head).i == cur.i:
        cur = cur.head.head
    if cur.dep_ in OBJECT_DEPS and cur.head.pos_ in ("VERB", "AUX"):
        return cur.head
    return None


HYPOTHETICAL_MODALS = {"would", "could", "might", "may"}


def _hypothetical_description(trigger: Token) -> bool:
    """Is the trigger a noun or a participle in a description nested inside a relative clause
    that says what its noun would, could or might do ("a law that would require groups
    receiving funding ...")? The clause's own act ("which could launch an offensive", "who
    would later invade") is told, marked by its modal, not dropped."""
    if trigger.pos_ not in ("NOUN", "PROPN") and not (trigger.dep_ == "acl" and trigger.tag_ in ("VBG", "VBN")):
        return False
    cur = trigger
    first_verb = trigger if trigger.pos_ == "VERB" else None
    for _ in range(12):
        if first_verb is None and cur.pos_ in ("VERB", "AUX"):
            first_verb = cur
        if cur.dep_ in ("relcl", "acl") and cur.pos_ in ("VERB", "AUX") and first_verb is not None \
                and cur.i != first_verb.i and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS
                                                  for c in cur.children):
            return True
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return False


def _describes_noun(trigger: Token) -> bool:
    """Is the trigger a past participle on a noun in a side clause ("officials accused of ...")?"""
    return side_clause(trigger) == "clause on a noun" and clause_head(trigger).tag_ == "VBN"


GATHERING_VERBS = {"gather", "assemble", "converge", "mass", "congregate"}
PROTESTER_NOUNS = {"protester", "protestor", "demonstrator", "rioter", "activist", "supporter"}
CROWD_NOUNS = {"crowd", "people", "resident", "student", "worker", "farmer", "hundred", "thousand", "dozen"}
PROTEST_CUES = {"protest", "chant", "slogan", "demand", "denounce", "placard", "banner", "against", "rally"}


def _crowd_gathers(trigger: Token) -> bool:
    """Does a crowd gather (protesters, or people with a sign of protest in the sentence)?
    Leaders who gather meet (040)."""
    if trigger.lemma_.lower() not in GATHERING_VERBS:
        return False
    subj = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    nouns = {t.lemma_.lower() for t in subj.subtree if t.pos_ in ("NOUN", "PROPN", "NUM")}
    if nouns & PROTESTER_NOUNS:
        return True
    return bool(nouns & CROWD_NOUNS) and any(t.lemma_.lower() in PROTEST_CUES for t in trigger.sent)


# Freeing people from captors is no aid (073) and no release by the rescuer (0841): CAMEO has no
# code for it. "Police rescued hostages", "rescued four civilians who had been held by a gang".
RESCUE_VERBS = {"rescue"}
CAPTIVE_NOUNS = {"hostage", "captive", "kidnapee", "abductee", "prisoner", "detainee"}
CAPTIVITY_VERBS = {"hold", "kidnap", "abduct", "capture", "seize", "take", "detain", "imprison"}
CAPTIVITY_NOUNS = {"captivity", "captor", "captors", "kidnapper", "kidnappers", "abductor", "abductors"}


# Verbs of answering: the act a "comment on"/"respond to" phrase names was told before.
RESPONSE_VERBS = {"comment", "respond", "react", "reply", "answer"}


TOPIC_PREPS = {"on", "about", "over", "into", "of", "before", "after", "since", "following", "regarding"}


HALT_TALKS = "164"
DESCRIBING_VERBS = {"describe", "call", "term", "label", "characterise", "characterize", "identify"}


def _described_object(ctx: Ctx, verb: Token) -> list[Actor]:
    """The actors of an object given as "what it described as X" ("struck what it called
    militant camps in Kashmir"): the X the speaker names."""
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "dobj") and clause.lemma_.lower() in DESCRIBING_VERBS \
                and any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):
            named = [c for c in clause.children if c.dep_ == "oprd"] + [o for p, o in preps_of(clause) if p == "as"]
            return [a for n in named if n is not None for a in actors_of(ctx, n) or place_actor(ctx, n)]
    return []


def _put_on_hold(ctx: Ctx, verb: Token) -> bool:
    """Are talks put "on hold", wherever the parser hung the phrase?"""
    objs = [o for o in objects_of(verb) if word_matches(ctx.lex, "@talks", o)]
    return verb.lemma_.lower() == "put" and bool(objs) and any(
        t.lower_ == "hold" and t.dep_ == "pobj" and t.head.lower_ == "on" for o in objs for t in o.subtree)


def _topic_of_noun(noun: Token) -> bool:
    """Is the act noun the topic of another noun ("debate a resolution on the attack", "an
    inquiry into the shooting", "weeks before the attack")?"""
    return noun.dep_ == "pobj" and noun.head.lower_ in TOPIC_PREPS and noun.head.head.pos_ in ("NOUN", "PROPN")


def _responded_to(noun: Token) -> bool:
    """Is the noun the object of a preposition on a verb of answering ("comment on the claims")?"""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "VERB" \
        and prep.head.lemma_.lower() in RESPONSE_VERBS


def _rescues_captives(trigger: Token) -> bool:
    """Does the rescue free people someone held (hostages, or people "held by a gang")?"""
    if trigger.lemma_.lower() not in RESCUE_VERBS:
        return False
    def from_captors(head: Token) -> bool:  # "rescued from captivity", "a man from his kidnappers"
        return any(c.dep_ == "prep" and c.lower_ == "from" and any(
            g.dep_ == "pobj" and g.lower_ in CAPTIVITY_NOUNS for g in c.children) for c in head.children)

    if from_captors(trigger):
        return True
    for child in trigger.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        for head in (child, *child.conjuncts):
            if head.lemma_.lower() in CAPTIVE_NOUNS or from_captors(head):
                return True
            if any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in CAPTIVITY_VERBS for c in head.children):
                return True
    return False


def _set_off_participle(trigger: Token) -> bool:
    """"Mali and Niger, both ruled by juntas, warned ...": a past participle with an agent and
    no auxiliary, set off by a comma after its noun, describes the noun even when the parser
    makes it the sentence's verb."""
    if trigger.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in trigger.children) \
            or not any(c.dep_ == "agent" for c in trigger.children):
        return False
    i = trigger.i - 1
    while i >= 0 and trigger.doc[i].dep_ == "advmod" and trigger.doc[i].head.i == trigger.i:
        i -= 1  # "also", "both"
    return i > 0 and trigger.doc[i].text == ","


# What a court decided, appealed against ("appealed against the sentence").
RULING_NOUNS = {"ruling", "verdict", "decision", "sentence", "conviction", "judgment", "judgement", "acquittal",
                "sentencing", "order", "extradition"}


def _legal_appeal(verb: Token) -> bool:
    """Is "appeal" a legal appeal: no one appealed to, nothing asked for ("said they would
    appeal"), or only a ruling appealed against? A plea names its addressee or its object
    ("appealed to Kigali", "appealed for calm", "appealed to them to stop")."""
    if verb.lemma_.lower() != "appeal" or verb.pos_ != "VERB":
        return False
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "xcomp", "ccomp", "obj"):
            return False
        if c.dep_ == "prep" and not (c.lower_ == "against" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in RULING_NOUNS for g in c.children)):
            return False
    return True


# A source asking not to be named is a reporter's note on the source, not a request to anyone.
ANONYMITY_ASKING = {"ask", "request", "seek", "demand", "want", "prefer", "decline", "refuse"}
ANONYMITY_NOUNS = {"anonymity", "anonymous"}
NAMING_VERBS = {"name", "identify", "quote", "disclose", "publish", "cite", "reveal"}


# "not authorized to brief reporters", "not allowed to speak publicly": why a source is unnamed.
LEAVE_VERBS = {"authorize", "authorise", "allow", "permit", "empower", "clear"}
BRIEFING_VERBS = {"brief", "speak", "talk", "comment", "discuss", "disclose", "release", "share", "address"}


def _asks_anonymity(verb: Token) -> bool:
    """"asked not to be named", "requested anonymity", "declined to be identified", "was not
    authorized to brief reporters"."""
    if verb.lemma_.lower() in LEAVE_VERBS:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in BRIEFING_VERBS for c in verb.children)
    if verb.lemma_.lower() not in ANONYMITY_ASKING:
        return False
    for c in verb.children:
        if c.dep_ in OBJECT_DEPS and c.lemma_.lower() in ANONYMITY_NOUNS:
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() in NAMING_VERBS and (
                any(g.dep_ == "auxpass" for g in c.children) or c.tag_ == "VBN"):
            # "not to be named" after ask; "to be identified" after decline or refuse
            negated = any(g.dep_ == "neg" for g in c.children) or any(g.dep_ == "neg" for g in verb.children)
            if negated or verb.lemma_.lower() in ("decline", "refuse"):
                return True
    return False


# A sentence whose root says what a group holds ("The delegation included ...") lists members.
MEMBERSHIP_VERBS = frozenset({"include", "comprise", "consist", "compose", "contain", "number"})


# Families whose three-digit acts are separate events even with one source (CAMEO 17: an arrest
# is not a repetition of the repression before it).
DISTINCT_ACT_ROOTS = {"17"}


# A bare intent to cooperate (signalled, indicated) says no more than the act its clause names.
GENERIC_INTENT = "030"


def _in_complement(token: Token, verb: Token) -> bool:
    """Is `token` inside a "that" clause of `verb`, or its "to -ing" phrase ("committed to signing")?"""
    return any((c.dep_ == "ccomp" or (c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children)))
               and token.i in {t.i for t in c.subtree} for c in verb.children)


def _dedupe_found(found: list[Found], lex: Lexicon) -> list[Found]:
    """Drop an event that repeats another of the same sentence with less information: a
    purpose clause of the same family ("met to discuss"), then, for the same CAMEO root and
    source, one with no target of its own ("bombarded X, killing eight") or the same target
    (the less embedded is kept). A side clause with a subject of its own, or a done act beside
    an offered one, is another event."""
    def codes(actors) -> frozenset:
        # Two towns of one country are two targets ("seized Goma ... and captured Bukavu").
        return frozenset(a.text if _place_only(a) else (a.code or a.text) for a in actors)

    found = _targets_from_participles(found)
    first: list[Found] = []
    for f in found:
        trig, code, _e, src, tgt, _how = f
        if trig.dep_ in ("xcomp", "advcl", "conj") and any(
                g[0].i == trig.head.i and g[1][:2] == code[:2] and codes(tgt) <= codes(g[3]) | codes(g[4])
                and not (code[:2] in DISTINCT_ACT_ROOTS and g[1][:3] != code[:3])
                and not _own_other_subject(trig, src, g[3])
                and not _own_other_act(trig, g[0])
                for g in found):
            continue
        if trig.pos_ == "VERB" and trig.lemma_.lower() == "threaten" and any(
                g[0].dep_ == "xcomp" and g[0].head.i == trig.i and codes(g[3]) == codes(src) for g in found):
            continue  # "threatened to attack the airport": the act threatened, with its own target, is the threat
        if code == GENERIC_INTENT and any(
                g[0].i != trig.i and codes(g[3]) == codes(src) and _in_complement(g[0], trig) for g in found):
            continue  # "signalled that they were willing to resume talks": the intent is the talks'
        first.append(f)
    out: list[Found] = []
    for i, f in enumerate(first):
        trig, code, _e, src, tgt, _how = f
        skip = False
        for j, g in enumerate(first):
            if i == j or g[1][:2] != code[:2] or codes(g[3]) != codes(src):
                continue
            if code[:2] in DISTINCT_ACT_ROOTS and g[1][:3] != code[:3]:
                continue  # "fired tear gas at protesters and detained 63": repression and arrests
            if code == g[1] and code[:2] in CONFLICT_ROOTS and trig.dep_ == "conj" and trig.head.i == g[0].i \
                    and not any(a.country for a in tgt) and (not g[4] or any(a.country for a in g[4])) \
                    and any(word_matches(lex, "@arms", o) for o in objects_of(trig)):
                skip = True  # "hit the air base and destroyed several jets": the strike's damage, told twice
                break
            if _own_other_act(trig, g[0]) or _own_other_act(g[0], trig):
                continue  # "expelled two diplomats and recalled its envoy": two acts, each told
            if code != g[1] and (_how.startswith("appeal") or g[5].startswith("appeal")):
                if not (_same_ask(trig, g[0]) and _more_specific(g[1], code)):
                    continue  # "urged both sides to exercise restraint and called on X to ...": two asks
                skip = True  # "called on Sudan to open the corridors and urged it to open them": one ask
                break
            if modality_of(trig).factual != modality_of(g[0]).factual:
                continue  # "which brokered the truce, offered to mediate": a done act and an offer
            if (not tgt and g[4]) or (codes(tgt) == codes(g[4]) and (_depth(g[0]), j) < (_depth(trig), i)):
                skip = True
        if not skip:
            out.append(f)
    return out


MEDIATION_CODE = "045"
FORCES_DEPLOYED_CODE = "154"


MEDIATION_INTENT = "039"
# Families of acts whose object, a seat of the state, stands for the state: threats, protests, force.
SEAT_ROOTS = {"13", "14", "17", "18", "19", "20"}


# Families of disputes a third party may mediate: verdicts, rejections, threats, protests,
# pressure and every use of force.
DISPUTE_ROOTS = {"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}


def _disputants(ctx: Ctx, mediator) -> tuple[Actor, ...]:
    """Both sides of the article's main dispute that the mediator is no party to: the pair of
    countries (or the one country at odds with itself) told in dispute most often so far (a side quarrel told last, "Beijing warned
    Washington not to interfere", is not what Moscow offers to mediate), as named last."""
    counts: dict[frozenset, int] = {}
    last: dict[frozenset, tuple[Actor, ...]] = {}
    for prev in ctx.recent:
        if prev.cameo[:2] not in DISPUTE_ROOTS or not prev.source or not prev.target or prev.modality.negated:
            continue
        sides = dedupe_actors(prev.source + prev.target)
        if any(same_side([a], mediator) for a in sides):
            continue
        pair = frozenset(a.country or a.code or a.text for a in sides)  # one country: a dispute at home
        counts[pair] = counts.get(pair, 0) + 1
        last[pair] = sides
    if not counts:
        return ()
    order = list(last)  # insertion order: the first told first; ties go to the one told last
    best = max(order, key=lambda p: (counts[p], order.index(p)))
    return last[best]


def _mediated_parties(ctx: Ctx, verb: Token) -> list[Actor]:
    """Who a mediator brings together: the parties of the talks mediated ("mediated talks
    between Israel and Hamas"), or, for "agreed to a truce after talks mediated by Qatar", the
    subject of the clause the talks hang on."""
    talks = verb.head if verb.dep_ == "acl" else next(iter(objects_of(verb)), None)
    if talks is None:
        return []
    # "hosted two rounds of talks between ...": the parties hang on the talks, past "rounds of".
    heads = [talks] if through_transparent(talks).i == talks.i else [talks, through_transparent(talks)]
    parties = [a for h in heads for p, pobj in preps_of(h) if p in ("between", "with") for a in actors_of(ctx, pobj)]
    if parties or verb.dep_ != "acl":
        return parties
    if talks.dep_ == "pobj" and talks.head.head.pos_ == "VERB":
        subj, passive = subject_of(talks.head.head)
        return actors_of(ctx, subj) if subj is not None and not passive else []
    return []


# Nouns that stand for whatever coercive act was just told ("the measures", "the steps").
MEASURE_NOUNS = {"measure", "step", "penalty", "restriction"}
COERCIVE_ROOTS = {"16", "17"}


def _measures_of(ctx: Ctx, subj: Token, code: str) -> Event | None:
    """The earlier event "the measures" (subject of a coercive act) names, or None."""
    if subj.lemma_.lower() not in MEASURE_NOUNS or ctx.entry(subj, "noun") is not None \
            or not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in subj.children):
        return None
    families = {code[:2]} | (COERCIVE_ROOTS if code[:2] in COERCIVE_ROOTS else set())
    return next((prev for prev in reversed(ctx.recent[-10:]) if prev.cameo[:2] in families and prev.source
                 and not prev.modality.negated), None)


def _same_party(a: Actor, b: Actor) -> bool:
    """Is target `a` the source `b` itself: the same mention, or a pronoun or description
    resolved back to it ("the US said it was reviewing its aid to the country": an actor does
    not act on itself; such a target is a wrong antecedent)? A named actor of the source's
    code stays ("the Israeli army arrested an Israeli soldier")."""
    if a is b or (a.text == b.text and a.code == b.code):
        return True
    resolved = any(k in (a.rule or "") for k in ("pronoun", "coref"))
    return resolved and a.code is not None and a.code == b.code and a.kind != "person"


# Predicates of a party's readiness for an act ("open to talks", "ready for dialogue").
WILLING_ADJS = {"open", "ready", "willing", "prepared", "amenable", "receptive", "committed"}


def _willing_subject(ctx: Ctx, noun: Token) -> Token | None:
    """The subject of "X is (remained) open to <noun>" / "ready for <noun>", or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("to", "for"):
        return None
    adj = prep.head
    if adj.pos_ != "ADJ" or adj.lemma_.lower() not in WILLING_ADJS or adj.dep_ not in ("acomp", "oprd"):
        return None
    subj, passive = subject_of(adj.head)
    return subj if subj is not None and not passive else None


def _own_other_act(trig: Token, head: Token) -> bool:
    """Is `trig` a verb conjoined to `head` with another verb and an object of its own
    ("expelled two diplomats and recalled its envoy")? Then it tells a second act, not the
    same one again ("bombed and shelled the town" shares its object: one act)."""
    # A bare count is no object of its own ("killed four people and wounded 11": one strike's toll).
    return trig.pos_ == "VERB" and head.pos_ == "VERB" and trig.dep_ == "conj" and trig.head.i == head.i \
        and trig.lemma_.lower() != head.lemma_.lower() \
        and any(c.dep_ in ("dobj", "obj") and not c.like_num for c in trig.children) \
        and any(c.dep_ in ("dobj", "obj") for c in head.children)


TELLING_LEMMAS = {"say", "report", "tell", "state", "announce", "add"}


def _speaker_behind(ctx: Ctx, verb: Token) -> list[Actor]:
    """The teller when a comma-set "-ing" judgement hangs on the told clause ("said a vessel
    had rammed its boat, calling it a provocation": the one who said calls it so)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return []
    told = verb.head
    if told.dep_ != "ccomp" or told.head.i == told.i or ctx.verb_lemma(told.head) not in TELLING_LEMMAS:
        return []
    return _subject_actors(ctx, told.head)


def _succeeds(verb: Token) -> bool:
    """"who took over after Nasrallah was killed": a successor taking office, nothing seized."""
    return verb.lemma_.lower() == "take" and "over" in particles_of(verb) and not objects_of(verb)


def _depth(token: Token) -> int:
    """How deep the token sits in its parse: of two like readings the main clause's is kept
    ("NATO, which has led the mission, sent troops": the sending)."""
    return sum(1 for _ in token.ancestors)


FORCE_ROOTS = {"17", "18", "19", "20"}


def _purpose(verb: Token) -> bool:
    """Is the verb an infinitive of purpose ("fired to disperse them")?"""
    return verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _own_other_subject(trig: Token, src, head_src) -> bool:
    """Does a side clause have a subject of its own that names another party than its head's
    ("shelled a village as Ukrainian drones struck a refinery")? Then it tells another event."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in trig.children):
        return False
    return frozenset(a.code or a.text for a in src) != frozenset(a.code or a.text for a in head_src)


def _place_only(actor: Actor) -> bool:
    """Is the actor a country standing only for a place named in the clause ("outside El Fasher")?"""
    return actor.kind == "country" and "place" in (actor.rule or "") and not actor.sector


def _targets_from_participles(found: list[Found]) -> list[Found]:
    """"attacked an army base, killing nine soldiers": the act of the main clause, with no
    actor as its object, takes the victims of its own participle of the same family as its
    target (the participle then repeats it and is dropped); "opened fire to disperse
    protesters": force used for a coercive purpose is aimed at that purpose's target."""
    out = list(found)
    for i, f in enumerate(out):
        trig, code, entry, src, tgt, how = f
        if (tgt and not all(_place_only(a) for a in tgt)) or trig.pos_ != "VERB":
            continue  # "shelled a camp outside El Fasher, killing 27 civilians": the victims, not the town
        if mutual(code, dedupe_actors(src), (), entry):
            # "India and Pakistan exchanged fire, killing two soldiers": each fought the other
            # (the parties stand as targets here so the participle does not outrank the act).
            out[i] = (trig, code, entry, src, src, how)
            continue
        part = next((g for g in found if g[0].head.i == trig.i and g[4]
                     and not any(c.dep_ == "nsubj" for c in g[0].children)
                     and frozenset(a.code for a in g[3]) == frozenset(a.code for a in src)
                     and ((g[0].dep_ == "advcl" and g[0].tag_ == "VBG" and g[1][:2] == code[:2])
                          or (_purpose(g[0]) and code[:2] in CONFLICT_ROOTS and g[1][:2] in FORCE_ROOTS))), None)
        if part is not None:
            out[i] = (trig, code, entry, src, part[4], how + "+target:side-clause")
    return out


@Language.factory("tacitus_events", default_config={"lexicon_path": None})
def make_events(nlp: Language, name: str, lexicon_path: str | None = None):
    """The tacitus_events component: sets doc._.tacitus_events (list[Event])."""
    lex = load_lexicon(lexicon_path)

    def component(doc: Doc) -> Doc:
        doc._.tacitus_events = code_events(doc, lex)
        return doc

    return component
