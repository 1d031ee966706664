"""Where an event trigger sits in its sentence: the dependency helpers the event coder reads
roles with (a trigger's prepositions, objects and subject) and the clause-structure tests it
uses to tell a sentence's reported events from side clauses, alleged content and ultimatums.
Pure functions over spaCy tokens (compare `.i`, never identity)."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.pipeline.clauses import (
    clause_head,
    misattached_conjunct,
    participle_in_complement,
    reported_speech_act,
)

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj"}
INDIRECT_DEPS = {"dative", "iobj"}


# Marks of adverbial clauses that anchor the main event to another one told as background
# ("two weeks after rebels kidnapped ...", "before leaving for Beijing").
BACKGROUND_MARKS = {"after", "before", "since", "until", "till", "once"}
# "hours after the Pentagon said US forces had sunk another boat": what a report in a time
# clause tells is news of the story, though the report itself only dates the main event.
TOLD_NEWS_MARKS = {"after", "since"}
NEWS_VERBS = {"say", "announce", "report", "confirm", "claim", "disclose", "reveal"}
# Prepositions that refer to an act already in force ("under the deal", "as part of the
# agreement", "in line with the accord"): the frame of the sentence's event, never an event itself.
REFERENCE_MARKS = {"under", "per", "pursuant"}


# Verbs whose passive subject is said to have done the act their "of"/"for" clause tells ("was
# accused of arming", "is suspected of sending", "was blamed for shelling"): that subject is the
# act's agent, and the act is alleged, not told as fact.
ALLEGING_GOVERNORS = {"accuse", "suspect", "blame"}


def alleged_agent(act: Token) -> tuple[Token, Token] | None:
    """(the alleging governor, the agent) when `act` is the "-ing" clause or the act noun under
    an alleging verb: its passive subject ("Venezuela was accused of arming rebels", "Russia was
    blamed for a cyberattack") or its active object ("Iran accused Israel of bombing the
    consulate": accused, Israel), else None."""
    clause = act.dep_ == "pcomp" and act.tag_ == "VBG"
    if not (clause or (act.dep_ == "pobj" and act.pos_ == "NOUN")) or act.head.lower_ not in ("of", "for"):
        return None
    gov = act.head.head
    if gov.i == act.head.i or gov.lemma_.lower() not in ALLEGING_GOVERNORS:
        return None
    subj = next((c for c in gov.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
    if subj is None and gov.dep_ in ("acomp", "oprd"):
        subj = next((c for c in gov.head.children if c.dep_ in SUBJECT_DEPS), None)  # "is suspected" read as an adjective
    if subj is None and gov.pos_ == "VERB":
        subj = next((c for c in gov.children if c.dep_ in OBJECT_DEPS and c.i < act.i), None)
    return (gov, subj) if subj is not None else None


def reluctant_act(trigger: Token) -> bool:
    """Is `trigger` the act of a plain "would hesitate to strike": reluctance, neither the act nor
    a threat of it (CAMEO has no code for it)? The negated "would not hesitate to" is a threat."""
    cur = trigger.head if trigger.dep_ == "conj" and trigger.head.dep_ == "xcomp" else trigger
    return cur.dep_ == "xcomp" and cur.head.lemma_.lower() == "hesitate" and not any(
        c.dep_ == "neg" for c in cur.head.children)


def side_clause(trigger: Token) -> str | None:
    """Why `trigger` sits in a clause that describes a participant or a circumstance rather than
    reporting an event of the sentence, or None for a reported clause.

    Side clauses: restrictive relative and participial clauses on a noun ("the group that has
    seized parts of Iraq", "victims killed by the crash", "a trip aimed at ..."; a relative
    clause set off by a comma, ", which attacked Cyprus", tells an event), clauses under a preposition
    ("jailed for helping militants", "by alleging Paris ..."), participial adverbial clauses
    ("..., expanding its campaign"), purpose clauses ("to help Israel"), conditions ("if it is
    attacked") and background time clauses ("after rebels kidnapped ...").
    A clause inherits the status of the clause it is coordinated with or complements. A
    participle on the head of a fragment or of "there were ..." is the reported event.
    """
    cur = clause_head(trigger)
    told = False  # passed through the complement of a reporting verb
    for _ in range(10):
        if misattached_conjunct(cur):
            # "accused Turkey of failing to stop X and called on ...": coordinated, in truth,
            # with the governor of the complement it was hung on; it has that one's status.
            cur = _complement_governor(cur)
            continue
        dep = cur.dep_
        if dep == "relcl":
            before = cur.doc[cur.left_edge.i - 1] if cur.left_edge.i > 0 else None
            if cur.head.dep_ == "appos" and before is not None and before.i == cur.head.i:
                return None  # "..., a claim the junta has rejected": a gloss on the sentence tells an act
            if before is None or not (before.is_punct and before.lower_ in (",", "(", "--", "-", "—", "–")):
                return "relative clause"  # restrictive: it tells which one ("the group that seized ...")
            return None  # ", which attacked Cyprus": a told event
        if dep == "acl":
            noun = cur.head
            if enacted_by(cur) is not None:
                cur = clause_head(noun.head)  # "signed a law restricting X": the law's act is the signing's news
                continue
            if noun.dep_ == "ROOT" or (noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)):
                cur = noun.head if noun.dep_ == "attr" else noun
                continue
            return "clause on a noun"
        if dep == "pcomp":
            if alleged_agent(cur) is not None:
                return None  # "was accused of arming rebels": the alleged act is the news
            if response_means(cur) is not None:
                cur = cur.head.head  # "retaliated by expelling five diplomats": the response itself
                continue
            return "clause under a preposition"
        if dep == "advcl":
            mark = next((c.lower_ for c in cur.children if c.dep_ == "mark"), None)
            if mark in BACKGROUND_MARKS and not (told and mark in TOLD_NEWS_MARKS):
                return f"'{mark}' clause"
            if mark in ("if", "unless", "whether"):
                return "condition"  # "... if western forces launched an attack": not told as done
            subject = any(c.dep_ in SUBJECT_DEPS for c in cur.children)
            if mark is None and cur.tag_ == "VBG" and not subject:
                return "participial clause"
            if not subject and any(c.dep_ == "aux" and c.tag_ == "TO" for c in cur.children):
                return "purpose clause"  # "sent a team to help identify victims": intended, not told
        if dep == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "whether" for c in cur.children):
            return "open question"  # "studying whether the ban breached the rules": not told as done
        if cur.head.i == cur.i or dep not in ("conj", "xcomp", "ccomp", "advcl"):
            return None
        told = told or (dep == "ccomp" and cur.head.lemma_.lower() in NEWS_VERBS)
        cur = clause_head(cur.head)
    return None


def _complement_governor(verb: Token) -> Token:
    """The verb that governs the complement a misattached conjunct hangs on ("accused" for
    "called" in "accused Turkey of failing to stop X and called ...")."""
    cur = verb.head.head
    while cur.dep_ in ("pcomp", "prep") and cur.head.i != cur.i:
        cur = cur.head
    return cur


def background_phrase(trigger: Token) -> str | None:
    """For a nominal trigger, the background preposition it hangs under ("after 12 days of
    battles", "since the invasion", "before the talks"), or None: the act is told as a time
    anchor for the sentence's event, not as an event of it."""
    cur = trigger
    for _ in range(4):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            return None
        prep = cur.head
        if prep.lower_ in BACKGROUND_MARKS:
            return f"'{prep.lower_}' phrase"
        if prep.lower_ in REFERENCE_MARKS or (prep.lower_ in ("with", "of") and prep.head.lemma_.lower() in (
                "line", "accordance", "part") and prep.head.dep_ == "pobj"):
            return "reference"
        if prep.lower_ != "of":
            return None
        cur = prep.head  # "12 days of battles": climb to "days"
    return None


# Reporting verbs that only allege: whatever their complement tells is the allegation's content.
ALLEGING_VERBS = {"allege", "accuse", "charge"}


def alleged_by(trigger: Token) -> bool:
    """Is the trigger inside the "that" complement of an alleging verb ("alleged that X helped ...")?"""
    cur = clause_head(trigger)
    for _ in range(6):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in ALLEGING_VERBS:
            return True
        if cur.dep_ not in ("conj", "xcomp", "ccomp") or cur.head.i == cur.i:
            return False
        cur = clause_head(cur.head)
    return False


def conditioned_by_unless(trigger: Token) -> bool:
    """Does an "unless" clause condition the trigger's clause (or a clause that governs it)?"""
    cur = clause_head(trigger)
    for _ in range(4):
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in cur.children):
            return True
        if cur.dep_ not in ("conj", "xcomp", "ccomp") or cur.head.i == cur.i:
            return False
        cur = clause_head(cur.head)
    return False


def preps_of(token: Token) -> list[tuple[str, Token | None]]:
    """(preposition, its object) pairs attached to a trigger, including "by" agents."""
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.pos_ == "ADP":
            pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            out.append((child.lower_, pobj))
            if pobj is None and child.lower_ in ("back", "over"):
                continue
            if pobj is None:
                # "walked out of the talks", "pulled back from the border": the parser hangs the
                # second preposition on the first; its object is the verb's too.
                inner = next((g for g in child.children if g.dep_ == "prep" and g.pos_ == "ADP"), None)
                if inner is not None:
                    out.append((inner.lower_, next((g for g in inner.children if g.dep_ in ("pobj", "pcomp")), None)))
        elif child.dep_ in ("prt", "advmod") and child.lower_ in ("back", "over"):
            # "handed the villages back to Azerbaijan": the parser hangs "to" on the particle.
            out.extend((g.lower_, next((p for p in g.children if p.dep_ == "pobj"), None))
                       for g in child.children if g.dep_ == "prep" and g.lower_ in ("to", "into"))
    return out


def objects_of(token: Token) -> list[Token]:
    objs = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    if not objs:
        objs = [c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if not objs and token.dep_ == "acl" and token.tag_ == "VBN" and not any(c.dep_ == "prt" for c in token.children):
        objs = [token.head]
    if not objs and token.dep_ == "amod" and token.tag_ == "VBD" and token.head.dep_ == "ROOT" \
            and token.head.pos_ in ("NOUN", "PROPN"):
        # "Turkey hosted talks between ...", parsed as a fragment "hosted talks": a finite past
        # verb is no adjective; the noun it was hung on is its object.
        objs = [token.head]
    if not objs and token.pos_ == "VERB":
        objs = [o for o in (_fronted_predicate_object(c) for c in token.children) if o is not None]
    if not objs and token.lemma_.lower() in PERMISSIVE_VERBS:
        # "allowed UN monitors to return": the parser makes the one let in the subject of the
        # complement; it is what is allowed.
        objs = [g for c in token.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
                if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")]
    return objs


# Verbs whose complement's subject is the one let in or let act ("allowed inspectors to enter").
PERMISSIVE_VERBS = {"allow", "permit", "let"}


def _fronted_predicate_object(prep: Token) -> Token | None:
    """The object a verb's "as" predicate was moved before ("condemned as unacceptable
    allegations by Rwanda ...": the allegations are condemned), read by the parser as the
    object of "as": a bare noun whose adjective opens the phrase, or None."""
    if prep.dep_ != "prep" or prep.lower_ != "as":
        return None
    pobj = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    if pobj is None or any(c.dep_ in ("det", "poss") for c in pobj.children):
        return None
    opener = next((t for t in prep.doc[prep.i + 1: pobj.i] if not t.is_punct and not t.is_quote), None)
    return pobj if opener is not None and opener.dep_ == "amod" and opener.head.i == pobj.i else None


# Adverbs the parser reads where a particle is meant ("pushed back migrants": advmod). Only a
# verb with an object is taken as phrasal this way ("head back" alone is a direction).
PARTICLE_ADVERBS = {"back", "out", "off", "away"}


def particles_of(token: Token) -> set[str]:
    transitive = any(c.dep_ == "dobj" for c in token.children)
    return {c.lower_ for c in token.children if c.dep_ == "prt"
            or (transitive and c.dep_ == "advmod" and c.lower_ in PARTICLE_ADVERBS and c.i > token.i)
            # "broke away from Moldova": "away" with a "from" of its own is the verb's particle
            or (c.dep_ == "advmod" and c.lower_ == "away" and c.i == token.i + 1
                and any(g.dep_ == "prep" and g.lower_ == "from" for g in c.children))}

# Nouns of a will or a plan whose clause says what its owner will do (see event_build.INTENT_NOUNS).
WILL_NOUNS = {"intent", "intention", "plan", "willingness", "readiness", "commitment", "pledge", "promise",
              "offer", "vow", "determination", "desire", "wish", "bid", "threat", "decision"}
MESSAGE_NOUNS = {"declaration", "statement", "letter", "resolution", "communique", "message", "note", "appeal",
                 "report", "decree", "order", "ultimatum"}
# Enactments whose clause tells what the enactor does by them ("signed a law restricting foreign
# media", "issued a decree barring girls from school").
ENACTMENT_NOUNS = {"decree", "law", "bill", "legislation", "ordinance", "edict", "order"}
ENACTING_VERBS = {"sign", "issue", "pass", "adopt", "enact", "promulgate"}


def enacted_by(clause: Token) -> Token | None:
    """The enacting verb when `clause` is a participle on the enactment it signs or issues
    ("signed a decree dissolving parliament": signed), else None."""
    noun = clause.head
    if clause.dep_ != "acl" or clause.tag_ != "VBG" or noun.i > clause.i or noun.lemma_.lower() not in ENACTMENT_NOUNS:
        return None
    if noun.dep_ not in OBJECT_DEPS or noun.head.lemma_.lower() not in ENACTING_VERBS:
        return None
    return noun.head


def _name_read_as_compound(verb: Token) -> Token | None:
    """"Kabul reserves the right ...": a name the parser hung on the verb as a noun compound (it
    read "Kabul reserves" as a noun phrase) is the verb's subject, when the verb has no other."""
    if verb.pos_ != "VERB" or any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < verb.i), None)


def _subject_read_as_object_conjunct(verb: Token) -> Token | None:
    """"the army released 120 fighters and the RSF freed 85 soldiers": the parser hangs "the
    RSF" on "fighters" as a conjunct and gives "freed" no subject; a determined noun or a name
    (or a plural) right before a finite conjoined verb, coordinated with the head verb's object,
    is its subject."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 \
            or any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i == noun.i:
        return None
    if noun.pos_ == "NOUN" and noun.tag_ != "NNS" and not any(c.dep_ == "det" for c in noun.children):
        return None  # a plural needs no determiner: "... and armed men attacked a camp"
    first = noun.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ not in OBJECT_DEPS or first.head.i != verb.head.i:
        return None
    return noun


def _predicate_after_relative(verb: Token) -> bool:
    """Is `verb` the main verb the parser hung as a participle on the root noun after a relative
    clause set off by commas ("China, which borders both countries, called for calm")? With no
    relative clause between ("Two soldiers killed in ambush"), a headline's participle is passive."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "ROOT" or noun.pos_ not in ("PROPN", "NOUN") or verb.i < 2 \
            or verb.doc[verb.i - 1].text != "," or verb.tag_ not in ("VBN", "VBD"):
        return False
    return any(c.dep_ == "relcl" and noun.i < c.i < verb.i and verb.doc[c.left_edge.i - 1].text == ","
               for c in noun.children)


def gerund_over_infinitive(verb: Token) -> Token | None:
    """The gerund a subjectless gerund conjunct belongs with when the parser coordinated it with
    that gerund's "to" infinitive complement ("ordering the ambassador to leave and downgrading
    relations": the one ordering downgrades, not the ambassador), else None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.tag_ != "VB" or head.dep_ not in ("xcomp", "advcl") \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children) \
            or any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    return head.head if head.head.tag_ == "VBG" and head.head.i != head.i else None


# Words that open a subordinate clause of time or cause ("when Eritrea became independent").
SUBORDINATORS = {"when", "after", "before", "since", "as", "while", "because", "once", "until"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}


def _main_clause_conjunct(verb: Token) -> Token | None:
    """The main verb a finite verb belongs to when the parser coordinated it with a subordinate
    clause it shifts tense from ("Ethiopia lost its coastline when Eritrea became independent
    and now routes its trade through Djibouti": Ethiopia routes), else None. The same tense
    ("when troops crossed and shelled") keeps the subordinate subject."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or head.dep_ != "advcl" or head.head.i == head.i \
            or head.tag_ not in FINITE_TAGS or head.tag_ == verb.tag_ \
            or any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children):
        return None
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in SUBORDINATORS and c.i < head.i for c in head.children):
        return None
    main = head.head
    return main if main.pos_ in ("VERB", "AUX") and main.tag_ in FINITE_TAGS else None


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The subject of `verb` (following control, coordination and relative clauses) and
    whether the clause is passive. A past participle on a noun ("the civilians imprisoned for
    ...", "soldiers killed in ...") is passive with that noun as its patient."""
    if reduced_relative(verb):
        return next(c for c in verb.children if c.dep_ in SUBJECT_DEPS), True
    sibling = gerund_over_infinitive(verb)
    if sibling is not None:
        return subject_of(sibling)  # "by ordering the envoy to leave and downgrading ties": who orders downgrades
    response = response_means(verb)
    if response is not None:
        return subject_of(response)  # "Russia retaliated by expelling ...": Russia expels
    alleged = alleged_agent(verb)
    if alleged is not None:
        return alleged[1], False  # "Iran was accused of supplying drones": Iran supplies (allegedly)
    named = _name_read_as_compound(verb) or _subject_read_as_object_conjunct(verb)
    if named is not None:
        return named, False
    main = _main_clause_conjunct(verb)
    if main is not None:
        return subject_of(main)  # "X lost it when Y became independent and now routes ...": X routes
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)
    cur = verb
    for _ in range(5):
        subj = _main_subject([c for c in cur.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS])
        subj = _subject_in_opener(subj, cur) or subj
        if subj is not None:
            if subj.dep_ in PASSIVE_SUBJECT_DEPS and cur.i != verb.i:
                # "X is scheduled to attend": the governor's passive subject acts; "the man
                # was arrested and jailed": a conjoined passive keeps the passive roles.
                if verb.dep_ == "conj" and passive:
                    return subj, True
                return (subj, False) if verb.dep_ == "xcomp" else (None, passive)
            if passive and cur.i != verb.i:
                return subj, True  # "... imprisoned and were released by Putin": the shared subject is the patient
            return subj, passive and subj.dep_ in PASSIVE_SUBJECT_DEPS
        if cur.dep_ in ("relcl", "acl") and summons_of(cur) is not None:
            cur = summons_of(cur)[0]  # "summoned a diplomat to protest": the summoner protests
            continue
        if cur.dep_ == "relcl":
            return cur.head, False
        if cur.dep_ == "acl":
            if _predicate_after_relative(cur):
                return cur.head, False  # "China, which borders both, called for calm": a misparsed main verb
            if cur.tag_ == "VBN" and not any(c.dep_ in OBJECT_DEPS for c in cur.children):
                # "civilians held by X": a reduced passive whose noun is the patient; a clause
                # under the participle ("troops sent to help Y") has no subject of its own here,
                # nor has a participle on a fragment's root noun (often a misparsed main verb).
                return (cur.head if cur.i == verb.i and cur.head.dep_ != "ROOT" else None), True
            noun = cur.head
            if noun.lemma_.lower() in WILL_NOUNS and cur.i > noun.i:
                # "expressed its intention to cooperate", "Turkey's offer to mediate": whose will
                # it is acts (the possessor, else the one who voiced it).
                owner = next((c for c in noun.children if c.dep_ == "poss"), None)
                if owner is not None and owner.lower_ not in ("its", "their", "his", "her"):
                    return owner, False
                if noun.dep_ in OBJECT_DEPS and noun.head.pos_ == "VERB":
                    cur = noun.head
                    continue
                return owner, False
            if (noun.lemma_.lower() in MESSAGE_NOUNS and noun.dep_ in OBJECT_DEPS) or enacted_by(cur) is not None:
                cur = noun.head  # "issued a declaration demanding ...": who issued it demands
                continue
            return noun, False  # "forces carrying out strikes", or a misparsed main verb
        # "acomp": "it was ready to scale up aid" -> the subject of "was".
        if cur.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp") and cur.head.i != cur.i:
            governor = participle_in_complement(cur) or (reported_speech_act(cur) if cur.i == verb.i else None)
            if governor is not None:
                # "ordered the envoy to leave ..., accusing Paris": who ordered accuses; "said it
                # had not been notified and urged Mogadishu to ...": who said urges.
                cur = governor
                continue
            if misattached_conjunct(cur):
                # "Japan urged China to stop and summoned its envoy": the governor's subject acts;
                # "accused Turkey of failing to stop X and called on ...": past the preposition.
                cur = _complement_governor(cur)
                continue
            if cur.dep_ in ("xcomp",):
                # "Obama wants Putin to attack": the object of the governing verb acts; the one
                # summoned "to lodge a protest" hears it, the summoner lodges it.
                obj = next((c for c in cur.head.children if c.dep_ in OBJECT_DEPS and c.i < cur.i), None)
                if obj is not None and not summoned_to(cur):
                    return obj, False
            if cur.dep_ == "ccomp":
                return None, passive
            cur = cur.head
            if cur.dep_ == "prep" and cur.head.pos_ in ("ADJ", "VERB") and cur.head.dep_ in ("acomp", "oprd"):
                cur = cur.head  # "Armenia remained committed to signing a treaty": Armenia signs
            elif cur.lower_ == "of" and cur.head.lemma_.lower() in WILL_NOUNS and cur.head.dep_ in OBJECT_DEPS:
                cur = cur.head.head  # "Chile had no intention of invading Peru": whose intention it is acts
            continue
        break
    return None, passive


# Verbs of response whose "by" clause tells what the response was ("retaliated by expelling
# five diplomats", "responded by firing rockets"): that act is the event.
RESPONSE_VERBS = {"retaliate", "respond", "react", "reply", "answer", "hit"}


def response_means(verb: Token) -> Token | None:
    """The response verb when `verb` is the "by" clause that says what the response was (or a
    gerund conjoined to it: "responded by shutting its airspace and suspending all trade")."""
    while verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ == "VBG" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "pcomp" or verb.head.lower_ != "by" or verb.tag_ != "VBG":
        return None
    response = verb.head.head
    if response.i == verb.head.i or response.lemma_.lower() not in RESPONSE_VERBS:
        return None
    if response.lemma_.lower() == "hit" and not any(c.lower_ == "back" for c in response.children):
        return None
    return response


# Verbs that call someone in to hear the subject's own act ("summoned the envoy to lodge a
# protest", "called in the ambassador to express concern").
SUMMONING_VERBS = {"summon", "convoke"}


def summons_of(verb: Token) -> tuple[Token, Token] | None:
    """(summoning verb, the one summoned) when `verb` is the purpose of a summons ("summoned
    the envoy to lodge a protest"), else None. The parser hangs the purpose on the summons
    (xcomp, advcl) or, as often, on the envoy ("summoned a diplomat to protest" read as a
    relative infinitive)."""
    if verb.head.i == verb.i or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    if verb.dep_ in ("xcomp", "advcl"):
        head, before = verb.head, verb.i
    elif verb.dep_ in ("relcl", "acl"):
        noun = verb.head
        head = noun.head.head if noun.dep_ == "pobj" else noun.head
        before = noun.i + 1
    else:
        return None
    # "called in the envoy": the parser reads "in" as a particle or, as often, as a preposition
    # whose object is the one called in.
    called_in = next((c for c in head.children if c.lower_ == "in" and c.dep_ in ("prt", "prep")
                      and c.i < before), None) if head.lemma_.lower() == "call" else None
    if head.lemma_.lower() not in SUMMONING_VERBS and called_in is None:
        return None
    obj = next((c for c in head.children if c.dep_ in OBJECT_DEPS and c.i < before), None)
    if obj is None and called_in is not None and called_in.dep_ == "prep":
        obj = next((c for c in called_in.children if c.dep_ == "pobj"), None)
    if obj is None or (verb.dep_ in ("relcl", "acl") and obj.i != verb.head.i):
        return None
    return head, obj


def summoned_to(verb: Token) -> Token | None:
    """The one summoned when `verb` is the purpose of a summons ("summoned the envoy to lodge a
    protest" -> envoy), else None."""
    found = summons_of(verb)
    return found[1] if found is not None else None


def _labels_sentence(noun: Token) -> bool:
    """Is `noun` a dateline or heading run into the sentence ("GAZA CITY, Palestinian
    Territories: Four children were killed ...")? The parser makes it a second subject."""
    return any(c.dep_ == "punct" and c.lower_ == ":" and c.i > noun.i for c in noun.children)


def _main_subject(subjects: list[Token]) -> Token | None:
    """The subject among several the parser gave one verb: in "the regional bloc ECOWAS
    imposed" both "bloc" and "ECOWAS" are subjects, and the name right after the noun is it."""
    if len(subjects) > 1 and any(_labels_sentence(s) for s in subjects):
        subjects = [s for s in subjects if not _labels_sentence(s)] or subjects
    if len(subjects) > 1:
        for first, second in zip(subjects, subjects[1:], strict=False):
            if second.pos_ == "PROPN" and first.pos_ == "NOUN" and second.i == first.i + 1:
                return second
    return subjects[0] if subjects else None


def _subject_in_opener(subj: Token | None, verb: Token) -> Token | None:
    """The real subject when the parser read a participial opener as the subject clause and the
    subject as an apposition inside it ("Hoping to calm tensions with Rwanda, Congolese President
    Felix Tshisekedi sent ...": "Tshisekedi" appos "Rwanda"); else None."""
    if subj is None or subj.dep_ != "csubj" or subj.tag_ != "VBG" or subj.i != subj.sent.start:
        return None
    appos = [t for t in subj.subtree if t.dep_ == "appos" and t.right_edge.i == verb.i - 1
             and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","]
    return appos[0] if appos else None


def reduced_relative(verb: Token) -> bool:
    """Is `verb` a past participle on its "subject" that the parser made the main verb? In "The
    civilians imprisoned for X were released by Y" it reads "imprisoned" as the root, with the
    real main verb ("were released", no subject of its own) as a conjunct and no "and" between."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in OBJECT_DEPS | {"cc", "aux", "auxpass"} | PASSIVE_SUBJECT_DEPS for c in verb.children):
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
               and any(g.dep_ in ("aux", "auxpass") for g in c.children)
               and not any(g.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"cc"} for g in c.children)
               for c in verb.children)


# Verbs whose passive ("was linked to Israel") claims an association, not an act of cooperation.
ASSOCIATING_VERBS = {"link", "tie", "connect", "associate", "affiliate"}


def association_claim(verb: Token) -> bool:
    """Is `verb` a passive or participle of association with a party ("the vessel was linked to
    Israel", "a tanker tied to Iran")? Active linking ("the grids were linked" has no party;
    "Iran linked its grid to Iraq's") is left to the lexicon."""
    if verb.lemma_.lower() not in ASSOCIATING_VERBS or verb.tag_ != "VBN":
        return False
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS | {"auxpass"} for c in verb.children) or verb.dep_ in ("acl", "amod")
    return passive and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in verb.children)


# Verbs that, in the plain present, tell what someone has or shares, not what it does.
STATIVE_VERBS = {"have", "share", "own", "maintain"}


def stative_relative(verb: Token) -> bool:
    """Is `verb` a plain-present "have"-like verb in a relative clause ("China, which shares a
    border with Myanmar and has large investments there")? Its object names a standing state,
    not an event; "which has sent troops" (a perfect) and "which held talks" (past) do not count."""
    if verb.lemma_.lower() not in STATIVE_VERBS or verb.tag_ not in ("VBZ", "VBP") \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "relcl"


def stative_possession(verb: Token) -> bool:
    """Is `verb` a plain-present "have"-like verb in any clause ("Kazakhstan has large
    investments from Moscow", "China, which has large investments there")? Its object names a
    standing state, not an event; "has sent" (a perfect) and "had talks" (past) do not count."""
    if verb.lemma_.lower() not in STATIVE_VERBS or verb.tag_ not in ("VBZ", "VBP") \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return stative_relative(verb) or verb.dep_ in ("ROOT", "ccomp", "conj", "advcl")

