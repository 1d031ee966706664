"""Speech acts around the sentence's events: appeals and demands ("urged Y to ...", "said Y
must ..."), warnings (a threat when the warned-of act is the speaker's own), accusations and
claims of responsibility for reported force, and the plain statement (CAMEO 01) told when
nothing else is. Each `recode_*` takes the sentence's found triggers and returns them rewritten.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tacitus.pipeline.clauses import caveat_clause, clause_head, misattached_conjunct
from tacitus.pipeline.event_build import (
    INTENT_GOVERNORS,
    STAND_BY_THREAT,
    THREAT_GOVERNORS,
    THREAT_OF_ROOT,
    governor_of,
    make_event,
    threat_of,
)
from tacitus.pipeline.event_clauses import (
    INDIRECT_DEPS,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    alleged_by,
    objects_of,
    preps_of,
    side_clause,
    subject_of,
)
from tacitus.pipeline.event_hedges import CAVEAT
from tacitus.pipeline.event_lexicon import STATEMENT_OBJECTS, STATEMENT_VERBS
from tacitus.pipeline.event_roles import (
    CONFLICT_ROOTS,
    MEDIA_SECTORS,
    PRONOUNS,
    Ctx,
    act_owners,
    actors_of,
    dedupe_actors,
    reporter_subject,
    same_side,
)
from tacitus.pipeline.modality import irrealis_content, modality_of, tensed_beside_modal
from tacitus.records import Actor, Event

REPORTING_VERBS = {"say", "claim", "allege", "state", "tell", "report", "announce", "charge", "insist", "assert",
                   "maintain", "contend", "argue", "accuse", "declare", "add"}
# Reporting verbs that only attribute; after the clause they name the news source.
NEUTRAL_REPORTING_VERBS = {"say", "report", "tell", "add", "state", "announce", "declare"}

Found = tuple  # (trigger, code, entry, source, target, how)
# Acts whose doer, telling them, claims responsibility (015): force. Arrests, seizures and
# deportations an authority reports of itself (CAMEO 17) are told, not claimed.
CLAIMED_ROOTS = {"18", "19", "20"}


def recode_accusations(ctx: Ctx, found: list[Found]) -> list[Found]:
    """A speaker who reports that another actor used force accuses it (112); one who reports
    its own use of force claims responsibility (015); whatever an alleging verb's complement
    tells ("alleged that X helped ...") is an accusation of its actor. A neutral verb after the clause ("..., officials
    said") names a news source, not an accuser. The reported event is kept after a neutral verb
    ("said that"), dropped after an accusatory one ("alleged that"): only the allegation is told."""
    extra: list[Found] = []
    alleged: set[int] = set()
    for trigger, code, _entry, source, target, _how in found:
        if not source or (code[:2] not in CONFLICT_ROOTS and not alleged_by(trigger)):
            continue
        if governor_of(trigger) in INTENT_GOVERNORS | THREAT_GOVERNORS:
            continue  # "announced it is prepared to impose martial law": an intent, not a told act
        clause = clause_head(trigger)
        while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
            clause = clause_head(clause.head)
        if clause.dep_ != "ccomp" or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
            continue  # "would not say whether the army had shelled it": a question, no one's claim
        verb = clause.head
        if verb.lemma_.lower() not in REPORTING_VERBS:
            continue
        subj, passive = subject_of(verb)
        if passive or subj is None:
            continue
        speaker = actors_of(ctx, subj)
        if not speaker:
            continue
        if verb.lemma_.lower() in NEUTRAL_REPORTING_VERBS and verb.i > trigger.i \
                and not _quoted_against_speaker(trigger, verb, speaker, target):
            continue  # "X attacked Y, officials said": a news source, not an accuser
        codes = {a.code for a in speaker}
        own = [a for a in source if a.code in codes or (a.country and a.country in {s.country for s in speaker}
                                                        and not _critic_of_state(speaker, a))]
        if own and (subj.i < trigger.i) and any(t.lower_ in ("they", "we", "it") for t in clause.children
                                                   if t.dep_ == "nsubj"):
            if _not_done(trigger):
                continue  # "said it would block any attempt": CAMEO 015 claims an act done, not one to come
            if code[:2] not in CLAIMED_ROOTS:
                continue  # "authorities said they had intercepted a boat": a report of their own coercion
            if modality_of(trigger).negated:
                # "said it had not fired any shots": the speaker denies its own act (016), claims nothing
                extra.append((verb, "016", None, speaker, target, "own-act-denied"))
                continue
            extra.append((verb, "015", None, speaker, target, "claim-responsibility"))
        elif not own and not _own_authority(speaker, source, code) and _identified(source):
            extra.append((verb, "112", None, speaker, source, "accusation"))
            if verb.lemma_.lower() not in NEUTRAL_REPORTING_VERBS:
                alleged.add(trigger.i)  # "X alleged that Y attacked Z": only the allegation is told
    out = [f for f in found if f[0].i not in alleged and not alleged_by(f[0])]
    for e in extra:
        at = next((k for k, f in enumerate(out) if f[0].i == e[0].i), None)
        if at is None:
            out.append(e)
        elif out[at][1][:2] == "11" and not out[at][4] and e[1] == "112":
            out[at] = out[at][:4] + (e[4],) + out[at][5:]  # "X alleged that Y ...": Y is the accused
    return out


# "said Russia was behind the attack", "told reporters Addis Ababa was responsible for the
# failure", "said Moscow was lying": the content lays blame on its subject (112), though no act
# of the lexicon is told.
CULPABLE_WORDS = {"responsible", "guilty", "culpable", "complicit", "accountable"}
BLAMING_SPEECH = {"say", "claim", "allege", "state", "tell", "charge", "insist", "assert", "maintain", "contend",
                  "argue", "declare", "add", "write", "post"}


# Harm one may be behind or responsible for (besides the lexicon's acts of conflict): not "the
# security of the border", a duty.
HARMS = {"failure", "collapse", "breakdown", "death", "deaths", "crisis", "violence", "unrest", "chaos", "shortage",
         "shortages", "famine", "impasse", "deadlock", "stalemate", "escalation", "plot", "coup", "leak", "hack",
         "cyberattack", "blast", "explosion", "crash", "fire", "fighting", "disaster", "destruction", "suffering"}


def _harm(ctx: Ctx, noun: Token) -> bool:
    entry = ctx.entry(noun, "noun")
    code = entry.code if entry is not None else None
    return noun.lemma_.lower() in HARMS or noun.lower_ in HARMS or bool(code and code[:2] in HARM_ROOTS)


HARM_ROOTS = {"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}


def _blamed_clause(ctx: Ctx, comp: Token) -> bool:
    """Does the clause lay blame on its subject: "was behind" or "is responsible for" a harm,
    "is to blame for", "was lying"?"""
    lemma = comp.lemma_.lower()
    if lemma == "lie" and comp.pos_ == "VERB" and not any(c.dep_ in ("prep", "prt") and c.lower_ in ("down", "low", "in", "on", "at", "near")
                                                          for c in comp.children):
        return True  # "Moscow is lying", not "the bodies lay in the street" (lemma "lie" too)
    if lemma != "be":
        return False
    return any((c.dep_ == "prep" and c.lower_ == "behind" and any(g.dep_ == "pobj" and _harm(ctx, g) for g in c.children))
               or (c.dep_ == "acomp" and c.lemma_.lower() in CULPABLE_WORDS
                   and any(g.dep_ == "prep" and g.lower_ in ("for", "of", "in")
                           and any(o.dep_ == "pobj" and _harm(ctx, o) for o in g.children) for g in c.children))
               or (c.dep_ == "xcomp" and c.lemma_.lower() == "blame" and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children))
               for c in comp.children)


def _held_responsible(ctx: Ctx, verb: Token) -> Found | None:
    """"Cairo holds Addis Ababa responsible for the failure", "held Israel accountable": blame
    laid on the one held (112). The parser reads the held party as the subject of a clause on
    "responsible", or as the object with "responsible" beside it."""
    pred = next((c for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp")
                 and c.lemma_.lower() in CULPABLE_WORDS), None)
    if pred is None or modality_of(verb).negated:
        return None
    held = next((c for c in pred.children if c.dep_ == "nsubj"), None) \
        or next((c for c in verb.children if c.dep_ == "dobj"), None)
    subj, passive = subject_of(verb)
    if held is None or subj is None or passive:
        return None
    holder, accused = actors_of(ctx, subj), actors_of(ctx, held)
    if not holder or not accused or same_side(accused, holder):
        return None
    return (verb, "112", None, holder, accused, "accusation:held-responsible")


def recode_blame(ctx: Ctx, tokens, found: list[Found]) -> list[Found]:
    """A speaker who says another party is behind, responsible for or to blame for something, or
    is lying, accuses it (112). "X was to blame" alone is no act of X's."""
    out = [f for f in found if not (f[0].lemma_.lower() == "blame" and f[0].dep_ == "xcomp"
                                    and f[0].head.lemma_.lower() == "be")]
    for verb in tokens:
        if verb.pos_ == "VERB" and verb.lemma_.lower() == "hold" and not any(f[0].i == verb.i for f in out):
            held = _held_responsible(ctx, verb)
            if held is not None:
                out.append(held)
            continue
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in BLAMING_SPEECH or any(f[0].i == verb.i for f in out):
            continue
        comp = next((c for c in verb.children if c.dep_ == "ccomp" and _blamed_clause(ctx, c)), None)
        if comp is None or modality_of(comp).negated \
                or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in comp.children):
            continue  # "said Russia was not behind it", "asked whether X was responsible"
        subj, passive = subject_of(verb)
        inner, _ = subject_of(comp)
        if passive or subj is None or inner is None:
            continue
        speaker, accused = actors_of(ctx, subj), actors_of(ctx, inner)
        if speaker and accused and not same_side(accused, speaker):
            out.append((verb, "112", None, speaker, accused, "accusation:blame"))
    return out


QUOTES = {'"', "“", "”", "''", "``"}


def _quoted_against_speaker(trigger: Token, verb: Token, speaker, target) -> bool:
    """Does the speaker's own quoted word tell of force against the speaker's side ("'They are
    killing our fishermen,' Maduro said")? That is an accusation, though the verb follows."""
    doc = trigger.doc
    if not any(t.text in QUOTES for t in doc[trigger.sent.start: trigger.i]) \
            or not any(t.text in QUOTES for t in doc[trigger.i: verb.i]):
        return False
    mine = {a.country for a in speaker if a.country}
    return any(a.country in mine for a in target) or any(
        t.lower_ in ("us", "our") for o in objects_of(trigger) for t in o.subtree)


# Bodies of the state that arrest, detain and ban (CAMEO 17) and that report doing so.
STATE_SECTORS = {"GOV", "COP", "MIL", "JUD", "SPY"}


# Sides that speak against their own state: "Kenya's opposition alleged that the police fired".
CRITIC_SECTORS = {"OPP", "REB", "INS", "HRI", "NGO"}


def _critic_of_state(speaker, doer) -> bool:
    """Is the speaker a critic of the state (opposition, rebels, a rights group) telling of an act
    by a body of that state? Sharing a country does not make the act the speaker's own."""
    return all(a.sector in CRITIC_SECTORS for a in speaker) and doer.sector in STATE_SECTORS


def _own_authority(speaker, doers, code: str) -> bool:
    """Does an official tell of state coercion by bodies of no other country ("a police
    spokesman said officers arrested two suspects")? That is a report of the state's own act,
    not an accusation of it."""
    if code[:2] != "17" or not all(a.sector in STATE_SECTORS for a in list(speaker) + list(doers)):
        return False
    countries = {a.country for a in list(speaker) + list(doers) if a.country}
    return len(countries) <= 1


def _identified(doers) -> bool:
    """Does the reported act have a doer one can accuse: a country, a known entity, a name or a
    body ("the military killed ...")? "the attackers used drones", "gunmen opened fire": armed men
    known only by the act (sector UAF, no country) are told of, not accused."""
    return any((a.country or a.kb_id or a.kind in ("person", "organisation") or (a.sector or "UAF") != "UAF")
               and not (not a.country and not a.kb_id and set(a.text.lower().split()) & UNKNOWN_WORDS)
               for a in doers)


# Words that say a doer is unknown ("unidentified gunmen", "masked men").
UNKNOWN_WORDS = {"unidentified", "unknown", "masked", "unnamed", "hooded"}


def _not_done(trigger: Token) -> bool:
    """Is the reported act still to come or only possible ("would", "will", "could")?"""
    mod = modality_of(trigger)
    return mod.future or mod.hypothetical or mod.uncertain


APPEAL_VERBS = {"ask": "02", "urge": "02", "call": "02", "appeal": "02", "want": "02", "request": "02",
                "invite": "02", "encourage": "02", "beg": "02", "implore": "02", "plead": "02", "persuade": "02",
                "press": "10", "pressure": "10", "pressurize": "10", "demand": "10", "order": "10",
                "force": "17", "compel": "17", "tell": "10", "instruct": "10", "push": "10", "warn": "13"}
# Asking for persons or property to be released (CAMEO 0253 appeal, 1053 demand).
RELEASE_APPEALS = {"02": "0253", "10": "1053"}
# Asking for military de-escalation (a ceasefire, a withdrawal, restraint): CAMEO 0256, 1056.
DEESCALATION_APPEALS = {"02": "0256", "10": "1056"}
# Intents to yield whose act has an appeal code of its own (0353 to release, 0356 to de-escalate).
INTENDED_ACTS = {"0353": "084", "0356": "087"}
# Asking for a dispute to be settled: CAMEO 027 appeal, 107 demand.
SETTLEMENT_APPEALS = {"02": "027", "10": "107"}
SETTLING_VERBS = {"settle", "resolve", "end"}
DISPUTES = {"dispute", "disputes", "differences", "row", "quarrel", "standoff", "conflict", "matter", "crisis",
            "tensions", "disagreement", "disagreements", "impasse"}


def settles_dispute(verb: Token) -> bool:
    """Does the asked-for act settle a dispute ("to settle the dispute", "resolve their differences")?"""
    return verb.lemma_.lower() in SETTLING_VERBS and any(o.lower_ in DISPUTES for o in objects_of(verb))


# Nouns that ask on behalf of the actor named after them ("the government of Congo asked ..."),
# unlike a cause ("the arrival of troops could push ...").
ASKING_BODIES = {"government", "administration", "ministry", "cabinet", "leader", "leadership", "president",
                 "authority", "council", "parliament", "delegation", "embassy", "office", "official",
                 "minister", "secretary", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson"}
# Appeal verbs whose "V X to do Y" always asks X to do Y (never "V X in order to do Y").
OBJECT_TO_VERBS = {"push", "press", "pressure", "urge", "ask", "encourage", "persuade", "force", "compel"}
# Appeal verbs that appeal only when what they ask for is itself an event.
WEAK_APPEAL_VERBS = {"want", "encourage", "tell"}
# Appeal verbs that name whom they address with "to" ("appealed to the rebels to free ...").
TO_ADDRESSEE_VERBS = {"appeal", "plead"}
# Verbs whose object is an audience when a finite clause follows ("told reporters that ...").
TELLING_VERBS = {"tell", "inform", "brief", "assure", "remind"}


def _told_content(clause: Token) -> bool:
    """Is the complement a finite clause with its own subject and no obligation ("that Kenya
    would not negotiate"), i.e. something told, unlike "told them to leave" or "that they must"?"""
    return clause.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children) \
        and not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in clause.children)
APPEAL_SUBCODES = {"02": {"03": "022", "05": "022", "04": "026", "06": "021", "07": "023", "08": "025", "_": "020"},
                   "10": {"03": "102", "05": "102", "04": "106", "06": "101", "07": "103", "08": "105", "_": "100"},
                   "17": {"_": "170"}, "13": {"_": "130"}}


# Verbs by which a state commands its own forces; what the forces are told to do is their act.
COMMAND_VERBS = {"order", "instruct", "command", "direct"}
FORCE_SECTORS = {"MIL", "COP", "SPY"}


COMMAND_SECTORS = {"GOV", "MIL", "COP"}


def _own_forces(asker, asked) -> bool:
    """Does an executive order armed or police bodies of its own country (or of none named,
    "the navy")? Commanding one's own forces is no demand on another party (a legislature
    ordering the army is)."""
    mine = {a.country for a in asker if a.country}
    return bool(asked) and all(a.sector in COMMAND_SECTORS for a in asker) and all(a.sector in FORCE_SECTORS and (not a.country or not mine or a.country in mine)
                               for a in asked)


def _own_nationals(asker, asked) -> bool:
    """Are those asked all the asker's own civilians ("urged its citizens to leave")?"""
    mine = {a.country for a in asker if a.country}
    return bool(mine) and bool(asked) and all(a.sector == "CVL" and a.country in mine for a in asked)


def _named_body(ctx: Ctx, subj: Token) -> bool:
    """Is the subject a body its own modifiers name ("American farm groups"), not a thing
    caused by someone ("the arrival of Egyptian troops")?"""
    return not any(c.dep_ == "prep" for c in subj.children) and any(
        c.dep_ in ("amod", "compound") and c.i in ctx.index for c in subj.children)


def recode_appeals(ctx: Ctx, sent: list[Token], found: list[Found]) -> list[Found]:
    """"X asked/urged/pressed Y to do Z": X appeals to (or demands of, or coerces) Y; the
    code follows what Z is. Z itself stays, marked as not yet done by the modality stage."""
    out = list(found)
    for token in sent:
        family = APPEAL_VERBS.get(token.lemma_.lower())
        if family is None or token.pos_ != "VERB":
            continue
        xcomp = next((c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
        if xcomp is None:
            # "called for Russia to withdraw its troops": a for-to clause names who is asked.
            xcomp = next((c for c in token.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                          and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                          and any(m.dep_ == "aux" and m.tag_ == "TO" for m in c.children)), None)
        if xcomp is None and token.lemma_.lower() in OBJECT_TO_VERBS and any(c.dep_ == "dobj" for c in token.children):
            # "pushed Serbia to recognise Kosovo": the parser may hang the infinitive on the verb as
            # a purpose clause; after these verbs it is what the object is asked to do.
            xcomp = next((c for c in token.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.i > token.i
                          and any(m.dep_ == "aux" and m.tag_ == "TO" for m in c.children)
                          and not any(m.dep_ in SUBJECT_DEPS or m.dep_ == "mark" for m in c.children)), None)
        if family == "10" and token.lemma_.lower() == "push" and xcomp is not None and xcomp.dep_ == "advcl" \
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in xcomp.children):
            family = "02"  # "pushed for the junta to hold elections": advocacy, an appeal, not pressure on Y
        if any(f[0].i == token.i and f[2] is not None and f[2].origin in ("core", "user") and f[2].specificity > 0
               and f[1][:2] not in ("02", "10")
               for f in found):
            continue  # a pattern names the act itself: "ordered the ambassador to leave" expels (161)
        if xcomp is not None and any(f[0].i == xcomp.i and f[5] == "ordered" for f in found):
            continue  # "ordered him held": the orderer does the act (173), no demand of the held
        if family == "13" and _warning_clause(token) is not None:
            continue  # "warned that ...": a threat or a statement (recode_warnings), not an appeal
        if token.lemma_.lower() in TELLING_VERBS and xcomp is not None and _told_content(xcomp):
            continue  # "told parliament that Kenya would not ...": the one told is an audience, not asked
        subj, passive = subject_of(token)
        preps = preps_of(token)
        addressee = False  # someone is asked, even when no actor is coded for them ("urged all parties to")
        if passive:
            asker = [a for p, pobj in preps if p == "by" for a in actors_of(ctx, pobj)]
            asked = actors_of(ctx, subj)
        else:
            if subj is not None and subj.pos_ == "NOUN" and subj.i not in ctx.index and subj.lower_ not in PRONOUNS \
                    and subj.lemma_.lower() not in ASKING_BODIES \
                    and not any(c.dep_ == "appos" and c.i in ctx.index for c in subj.children) \
                    and not _named_body(ctx, subj):
                continue  # "the arrival of Egyptian troops could push Ethiopia to ...": a cause, not an asker
            asker = actors_of(ctx, subj)
            obj = next((c for c in token.children if c.dep_ in OBJECT_DEPS), None)
            asked = actors_of(ctx, obj)
            # An unresolved "them" is someone asked, not no one ("urged them to settle").
            addressee = obj is not None and (obj.pos_ in ("NOUN", "PROPN") or obj.lower_ in ("them", "him", "her")) \
                and not asked
            if not asked:
                asked = [a for p, pobj in preps if p in ("on", "upon", "to") for a in actors_of(ctx, pobj)]
                # "called on all parties to", "appealed to both countries to": an uncoded addressee.
                addressee = addressee or any((p in ("on", "upon") or (p == "to" and token.lemma_.lower() in TO_ADDRESSEE_VERBS))
                                             and pobj is not None and pobj.pos_ in ("NOUN", "PROPN")
                                             and not actors_of(ctx, pobj) for p, pobj in preps)
            if not asked and xcomp is not None:
                # "wants Putin to attack", "demanded that the US cancel ...": the complement's subject.
                inner_subj = next((c for c in xcomp.children if c.dep_ in SUBJECT_DEPS), None)
                asked = actors_of(ctx, inner_subj)
        asked = [a for a in asked if a.sector not in MEDIA_SECTORS]  # "officials told AFP": a news source
        if asker and asked and same_side(asker, asked) and not passive:
            # "said Chinese troops had crossed the line and demanded that Beijing withdraw them":
            # no side makes demands of itself; the reporter does.
            speaker = reporter_subject(token)
            asker = actors_of(ctx, speaker) if speaker is not None else asker
        if xcomp is None or xcomp.i < token.i or not asker or not (asked or addressee) \
                or {a.code or a.text for a in asked} & {a.code or a.text for a in asker}:
            continue
        if _own_nationals(asker, asked):
            told = {t.i for t in xcomp.subtree} if xcomp is not None else set()
            out = [f for f in out if f[0].i != token.i and f[0].i not in told]
            continue  # "urged its citizens to depart": a state advising its own people, no appeal to a party
        if token.lemma_.lower() in COMMAND_VERBS and _own_forces(asker, asked):
            continue  # "ordered the navy to send patrol vessels": a command, the act is the navy's own
        if token.lemma_.lower() in WEAK_APPEAL_VERBS and not any(f[0].i == xcomp.i for f in found):
            continue  # "might want Obama to head back": a wish about no coded act
        # A finite verb the parser hung on the complement is the asker's next act, not asked for.
        inside = {t.i for t in xcomp.subtree} - {t.i for c in xcomp.children
                                                 if misattached_conjunct(c) for t in c.subtree}
        inner = next((f for f in found if f[0].i == xcomp.i), None)
        root = inner[1][:2] if inner else "_"
        table = APPEAL_SUBCODES[family]
        code = table.get(root, table["_"])
        # Agreeing to an act asks for the act: "urged them to agree to a truce" (0356) asks for de-escalation.
        asked_act = INTENDED_ACTS.get(inner[1][:4], inner[1][:3]) if inner else ""
        if asked_act == "084" and family in RELEASE_APPEALS:
            code = RELEASE_APPEALS[family]  # "called on Tehran to release the vessel": CAMEO has its own code
        elif asked_act == "087" and family in DEESCALATION_APPEALS:
            code = DEESCALATION_APPEALS[family]  # "urged both armies to exercise restraint", "... to pull back"
        elif family in SETTLEMENT_APPEALS and settles_dispute(xcomp):
            code = SETTLEMENT_APPEALS[family]  # "urged them to settle the dispute through negotiation"
        # The asked-for act is what the appeal is about, not an event of its own.
        out = [f for f in out if f[0].i != token.i and f[0].i not in inside]
        out.append((token, code, None, asker, asked, f"appeal:{family}"))
    return out


# Verbs and nouns whose "that Y must do Z" complement is a demand on Y.
DEMAND_GOVERNORS = REPORTING_VERBS | {"reiterate", "demand", "insist", "stress", "conclude", "warn", "emphasize",
                                      "emphasise", "remind", "underline", "repeat"}
DEMAND_NOUNS = {"demand", "call", "reminder", "insistence", "ultimatum", "message", "warning", "statement"}


def recode_demands(ctx: Ctx, sent: list[Token], found: list[Found]) -> list[Found]:
    """"X said that Y must do Z", "X's demand that Y ease ...": X demands Z of Y (CAMEO 10;
    PLOVER REQUEST). The code follows what Z is; Z itself is what is demanded, not an event."""
    out = list(found)
    for clause in sent:
        if clause.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ == "aux" and c.lower_ in ("must", "should") for c in clause.children):
            continue
        gov = clause.head
        if clause.dep_ == "ccomp" and gov.pos_ == "VERB" and gov.lemma_.lower() in DEMAND_GOVERNORS:
            subj, passive = subject_of(gov)
            speaker = actors_of(ctx, subj) if subj is not None and not passive else []
        elif clause.dep_ in ("acl", "ccomp") and gov.pos_ == "NOUN" and gov.lemma_.lower() in DEMAND_NOUNS:
            speaker = [a for c in gov.children if c.dep_ == "poss" for a in actors_of(ctx, c)]
            if not speaker and gov.dep_ in OBJECT_DEPS:
                subj, passive = subject_of(gov.head)
                speaker = actors_of(ctx, subj) if subj is not None and not passive else []
        else:
            continue
        if not speaker:
            continue
        inside = {t.i for t in clause.subtree}
        inner = next((f for f in found if f[0].i == clause.i), None)
        obligee = actors_of(ctx, next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None))
        asked = obligee or (list(inner[3] or inner[4]) if inner else [])
        code = APPEAL_SUBCODES["10"].get(inner[1][:2], "100") if inner else "100"
        if inner and inner[1][:3] == "084":
            code = RELEASE_APPEALS["10"]  # "said Iran must release the crew"
        out = [f for f in out if f[0].i not in inside and f[0].i != gov.i]
        out.append((gov, code, None, speaker, asked, "demand:must"))
    return out


# "will not stand by", "won't sit idly by", "will not tolerate": a refusal to stay passive is a
# threat to act (CAMEO 130), made now, conditional on what the "if" or "while" clause tells, and
# aimed at that clause's doer (or at whoever does what is not tolerated).
PASSIVE_STANCE_VERBS = {"stand", "sit"}
TOLERATING_VERBS = {"tolerate"}


def recode_standing_by(ctx: Ctx, tokens: list[Token], found: list[Found]) -> list[Found]:
    """Recode a negated "stand by" / "sit by" said of the future or of a condition ("will not
    stand by if Serbs were attacked"), or a negated "will tolerate", as a threat (130), found
    or not ("sit idly by" has no entry). The condition's own act is the threat's content, not
    an event. "Will not stand by its offer" (by an object: loyalty withdrawn), "did not stand
    by" and "had not tolerated" (past facts) keep their code."""
    out = list(found)
    for verb in tokens:
        if verb.pos_ != "VERB" or not any(c.dep_ == "neg" for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        standing = lemma in PASSIVE_STANCE_VERBS and _bare_by(verb) and (_condition(verb) is not None or _future(verb))
        if not (standing or (lemma in TOLERATING_VERBS and _future(verb))):
            continue
        cond = _condition(verb)
        inside = {t.i for t in cond.subtree} if cond is not None else set()
        out = [f for f in out if f[0].i not in inside]
        old = next((f for f in out if f[0].i == verb.i), None)
        subj, passive = subject_of(verb)
        source = old[3] if old is not None else (actors_of(ctx, subj) if subj is not None and not passive else [])
        if not source:
            continue
        cond_subj, cond_passive = subject_of(cond) if cond is not None else (None, True)
        doers = [] if cond_passive or cond_subj is None else actors_of(ctx, cond_subj)
        if not standing:
            doers = [a for o in objects_of(verb) for a in act_owners(ctx, o) or actors_of(ctx, o)]
        target = [a for a in doers if not same_side([a], source)]
        out = [f for f in out if f[0].i != verb.i]
        out.append((verb, "130", None, source, target, STAND_BY_THREAT))
    return out


def _bare_by(verb: Token) -> bool:
    """Does the verb carry a "by" with no object of its own ("stand idly by", not "stand by it")?"""
    return any(c.lower_ == "by" and c.dep_ in ("prt", "advmod", "prep") and not any(
        g.dep_ == "pobj" or (g.dep_ == "pcomp" and not any(m.dep_ == "mark" for m in g.children)) for g in c.children)
               for c in verb.children)


def _condition(verb: Token) -> Token | None:
    """The verb's "if", "should" or "while" clause ("if NATO deployed troops"), or None; the
    parser may hang it on "by" ("stand idly by if Greece sent ...")."""
    heads = [verb] + [c for c in verb.children if c.lower_ == "by"]
    return next((c for h in heads for c in h.children if c.dep_ in ("advcl", "pcomp") and any(
        g.dep_ == "mark" and g.lower_ in ("if", "should", "while") for g in c.children)), None)


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "would", "shall", "'ll") for c in verb.children)


def recode_warnings(ctx: Ctx, found: list[Found]) -> list[Found]:
    """"X warned that ...": a threat only when what is warned of is X's own act to come ("warned
    that it would not hesitate to use force if Taiwan declared independence": 138, aimed at the
    party of the condition). Warning of another party's act ("warned that Russian forces could
    begin using the missiles") is a statement whose content the claim layer carries: the
    warning is dropped and the act is kept as the told content. "Warned Seoul" (an addressee)
    stays a threat."""
    out = list(found)
    for f in found:
        warn = f[0]
        comp = _warning_clause(warn) if warn.pos_ == "VERB" else None
        if comp is None:
            continue
        if caveat_clause(comp):
            # "cautioned that it could not independently verify who fired first": a caveat the
            # speaker states (010), no one threatened; what it cannot check is no one's act.
            inside = {t.i for t in comp.subtree}
            out = [(g[0], "010", None, g[3], [], CAVEAT) if g[0].i == warn.i else g
                   for g in out if g[0].i not in inside]
            continue
        speaker = f[3]
        # "warned that tariffs could cut growth and called on ...": a past verb hung on the
        # modal clause is the speaker's next act, not part of what is warned of.
        inside = {t.i for t in comp.subtree} - {t.i for c in comp.children if tensed_beside_modal(c) for t in c.subtree}
        inner = [g for g in out if g[0].i in inside and g[0].i != warn.i and side_clause(g[0]) is None]
        if speaker and _warned_of_other(ctx, comp, speaker, [a for g in inner[:1] for a in g[3]]):
            out = [g for g in out if g[0].i != warn.i]  # another party's act: not the speaker's threat
            continue
        act = next((g for g in inner if (g[1][:2] in THREAT_OF_ROOT and not modality_of(g[0]).negated)
                    or g[5] == STAND_BY_THREAT), None)
        comp_subj, _ = subject_of(comp)
        if act is not None and not act[3] and comp_subj is not None and comp_subj.pos_ == "NOUN" \
                and not actors_of(ctx, comp_subj):
            # "warn that the fighting could displace millions": an act with no one behind it is
            # an outlook, not the speaker's threat.
            out = [g for g in out if g[0].i != act[0].i]
            inner, act = [], None
        if act is None:
            # Acts inside with no one behind them ("escalating tariffs could cut trade growth")
            # are part of the outlook, not a party's act.
            if (_warned_of_danger(ctx, comp) and not any(g[3] for g in inner)) or _foreseen_loss(comp):
                # "warned that famine could spread": a grim outlook, no one threatened (CAMEO 012).
                out = [(g[0], "012", None, g[3], g[4], "warn:outlook") if g[0].i == warn.i else g for g in out]
            elif speaker and not f[4] and _own_side_subject(ctx, comp, speaker):
                # "warned that his country would not allow Iran to ...": the threat is aimed at
                # the other party the speaker's side says it will act on.
                parties = objects_of(comp) + [s for c in comp.children if c.dep_ in ("ccomp", "xcomp")
                                              for s in c.children if s.dep_ == "nsubj"]
                aimed = [a for o in parties for a in actors_of(ctx, o) if not same_side([a], speaker)]
                out = [(g[0], g[1], g[2], g[3], aimed, g[5]) if g[0].i == warn.i and g[1][:2] == "13" else g
                       for g in out]
            continue
        if not speaker:
            # No parsed subject for the warning: "... and warned that it would ...", where "it"
            # (the act's subject) is the speaker itself.
            subj, _ = subject_of(comp)
            if subj is None or subj.pos_ != "PRON" or not act[3]:
                continue
            speaker = act[3]
        target = list(act[4]) or condition_party(ctx, comp)
        out = [g for g in out if g[0].i != warn.i and g[0].i != act[0].i]
        out.append((warn, threat_of(act[1]), None, speaker, target, "threat:warn"))
    return out


def _warning_clause(warn: Token) -> Token | None:
    """The "that" clause of a warning verb with no addressee ("warned that ...", "cautioned
    that ..."), or None."""
    if warn.lemma_.lower() not in ("warn", "caution") or any(c.dep_ in OBJECT_DEPS | INDIRECT_DEPS for c in warn.children):
        return None
    return next((c for c in warn.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)


def _warned_of_other(ctx: Ctx, comp: Token, speaker, doers: list[Actor] | None = None) -> bool:
    """Does the warned-of clause `comp` tell another party's act (a country other than the speaker's)?"""
    subj, passive = subject_of(comp)
    found = actors_of(ctx, subj) if subj is not None and not passive else []
    found = found or list(doers or [])
    # An armed group or crowd with no country named ("the gangs could seize the capital, a UN
    # official warned") is no less another party than a state.
    return any(a.country or (a.code and a.code.startswith("---")) for a in found) and not same_side(found, speaker)


def _own_side_subject(ctx: Ctx, comp: Token, speaker) -> bool:
    """Is the warned-of clause's subject the speaker's own side ("his country", "it", "we")?"""
    subj, passive = subject_of(comp)
    if subj is None or passive:
        return False
    if any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in subj.children):
        return True
    found = actors_of(ctx, subj)
    return bool(found) and same_side(found, speaker)


def _warned_of_danger(ctx: Ctx, comp: Token) -> bool:
    """Is the warned-of clause about a thing, not a party ("famine could spread", "the
    situation could worsen")? Its subject is a common noun that names no actor."""
    subj, _ = subject_of(comp)
    if subj is not None and any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in subj.children):
        return False  # "his country would not allow ...": the speaker's own side, a party
    return subj is not None and subj.pos_ == "NOUN" and not actors_of(ctx, subj)


# Possessives that make "country", "government", "forces" the speaker's own side.
OWNING_PRONOUNS = {"his", "her", "its", "their", "our", "my"}
# Modals of what may come to pass: with a negation and no act inside, the speaker foresees a
# loss ("the agency could no longer provide assurances"), it threatens nothing.
POSSIBILITY_MODALS = {"could", "might", "may"}


def _foreseen_loss(comp: Token) -> bool:
    if comp.lemma_.lower() == "run" and any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out" for c in comp.children):
        return True  # "warned that it would run out of funds": a shortfall foreseen, no one threatened
    return any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in comp.children) and any(
        c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("longer", "never")) for c in comp.subtree
        if c.head.i == comp.i or c.head.head.i == comp.i)


def condition_party(ctx: Ctx, clause: Token) -> list[Actor]:
    """The actor of an "if"/"unless" condition inside `clause` ("... if Taiwan declared
    independence"): whom a conditional threat is aimed at."""
    for t in clause.subtree:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "should") for c in t.children):
            if t.tag_ == "NNS":
                # "if the United States attacks": the parser reads the verb as a plural noun and
                # its subject as the noun's compound; the party is the compound's.
                party = [a for c in t.children if c.dep_ == "compound" for a in actors_of(ctx, c)]
                if party:
                    return party
            subj, passive = subject_of(t)
            if subj is not None and not passive:
                return actors_of(ctx, subj)
    return []


# Verbs that assert their content as the speaker's word: a bare statement on them is only as
# factual as what it states. Warnings, predictions and beliefs are about what may be by nature.
ASSERTING_VERBS = {"say", "state", "tell", "add", "note", "explain", "claim", "assert", "insist", "argue",
                   "report", "write", "stress", "emphasize", "emphasise", "confirm", "declare", "announce",
                   "comment", "remark"}


def statement_event(ctx: Ctx, sent: Span, published, tokens: list[Token] | None = None) -> Event | None:
    """A CAMEO 01 statement when a speaker is named and nothing else was coded. `tokens` are
    the sentence's tokens when the caller holds them (iterating a Span makes new ones)."""
    for token in sent if tokens is None else tokens:
        if token.pos_ != "VERB":
            continue
        code = STATEMENT_VERBS.get(token.lemma_.lower())
        if code is None or _bare_participle(token):
            continue
        for o in ctx.objects_of(token):
            code = STATEMENT_OBJECTS.get(o.lemma_.lower(), code)
        subj, passive = subject_of(token)
        if passive or subj is None:
            continue
        source = dedupe_actors(a for a in actors_of(ctx, subj) if a.sector not in MEDIA_SECTORS)
        if not source:
            continue  # "the official news agency said": a news source, not a speaker of record
        comp = _warning_clause(token)
        if comp is not None and _warned_of_other(ctx, comp, source):
            code = "010"  # "warned that Russian forces could ...": a statement about another's act
        target: list[Actor] = []
        for obj in ctx.objects_of(token):
            target.extend(actors_of(ctx, obj))
        for p, pobj in preps_of(token):
            if p in ("to", "with", "about", "on", "against", "for") and not target:
                target.extend(actors_of(ctx, pobj))
        # "told reporters": the press hears a statement, it is not what the statement is about.
        tgt = dedupe_actors(a for a in target if a not in source and a.sector not in MEDIA_SECTORS)
        if code == "010" and not tgt and token.lemma_.lower() in ASSERTING_VERBS \
                and irrealis_content(token, published) is not None:
            # "Had the truce held, ..., an officer said": a statement told only by what it says,
            # and that is no fact. The "according to" form of the sentence codes nothing; so
            # does this one (marking the saying itself uncertain would misstate it: it was said).
            return None
        return make_event(ctx, sent, token, code, None, source, tgt, "statement", published, confidence=0.3)
    return None


# "insisted that it was protecting its citizens": an insisted fact is a statement (CAMEO 010);
# only an insisted act for someone to do ("insisted that India withdraw") is a demand.
INSISTING_VERBS = {"insist", "maintain"}


def _indicative(clause: Token) -> bool:
    """A that-clause telling a fact: a tensed verb or a non-obligating auxiliary."""
    if any(c.dep_ == "aux" and c.lower_ in ("must", "should", "shall") for c in clause.children):
        return False
    return clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in clause.children)


def recode_insistence(found: list[Found]) -> list[Found]:
    out = []
    for f in found:
        verb = f[0]
        if f[1][:2] == "10" and verb.pos_ == "VERB" and verb.lemma_.lower() in INSISTING_VERBS:
            comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
            if comp is not None and _indicative(comp):
                f = (verb, "010", None, f[3], [], "statement:insist")
        out.append(f)
    return out


def drop_characterisations(found: list[Found]) -> list[Found]:
    """", calling the barrage revenge for ...": a participle naming what something is appeals for
    nothing. An appeal ("calling for talks", "calling on Y") has no direct object of its own."""
    return [f for f in found if not (
        f[0].lemma_.lower() == "call" and f[0].tag_ == "VBG" and f[0].dep_ in ("advcl", "conj")
        and f[1][:2] == "02" and f[2] is not None and not f[2].obj
        and any(c.dep_ == "dobj" for c in f[0].children))]


def _bare_participle(verb: Token) -> bool:
    """A participle clause with no subject or auxiliary of its own ("..., fearing a new
    influx"): a reason given for an act, not something said."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "acl") and not any(
        c.dep_ in ("nsubj", "aux", "auxpass") for c in verb.children)


# "Egypt stands with the Somali people": solidarity voiced (051). Said of the past with no
# word of resolve ("stood with the president during the anthem") it is only where one stood.
SOLIDARITY = "051"
STANDING_VERBS = {"stand"}
RESOLVE_ADVERBS = {"firmly", "fully", "always", "resolutely", "squarely", "unequivocally", "unwaveringly", "still"}


def voiced_stance(verb: Token) -> bool:
    return verb.tag_ in ("VBZ", "VBP") or any(
        (c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll")) or (c.dep_ == "advmod" and c.lower_ in RESOLVE_ADVERBS)
        for c in verb.children) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("continue", "vow", "pledge"))

