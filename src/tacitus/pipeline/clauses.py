"""Clause boundaries in a dependency parse, shared by the stages that look for an event's own
date and place: what belongs to a verb's clause, and which verb heads a token's clause."""

from __future__ import annotations

from spacy.tokens import Token

# Dependents that open another verb's clause.
CLAUSAL_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "xcomp", "acl"})


def own_clause(head: Token) -> set[int]:
    """Token indices of `head`'s subtree without embedded clauses of other verbs."""
    keep: set[int] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        keep.add(tok.i)
        for child in tok.children:
            if child.dep_ in CLAUSAL_DEPS or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
                continue
            stack.append(child)
    return keep


def clause_head(token: Token) -> Token:
    """The verb that heads the clause of `token` (the token itself for a verb)."""
    head = token
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:  # compare indices: spaCy makes new Token objects
        head = head.head
    return head


def verb_above(token: Token, hops: int) -> Token | None:
    """The first verb at or above `token` within `hops` steps up the parse, or None."""
    head = token
    for _ in range(hops):
        if head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            break
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def conjoined_governor(verb: Token) -> Token | None:
    """The verb whose complement the parser hung a subjectless conjunct on, when the conjunct
    more likely shares that verb's subject: in "Beijing denied that the drills were aimed at X
    and accused Washington", "accused" is parsed as a conjunct of "aimed" but is Beijing's act.
    Only a finite verb of the governor's tense with no subject or auxiliary of its own ("... and
    would continue" belongs to the complement), and only when the governor comes first: after a
    final "..., officials said" every conjunct is reported. Callers check that the governor is a
    speech verb.
    """
    return _governor_of_conjunct(verb, verb.tag_)


def _governor_of_conjunct(verb: Token, tag: str) -> Token | None:
    """`conjoined_governor` for a conjunct read as of tense `tag`."""
    if verb.dep_ != "conj" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ != "ccomp" or first.head.pos_ != "VERB" or tag != first.head.tag_:
        return None
    if first.head.i > first.i:
        return None  # "X fired ... and detained ..., the ministry said": all of it is what was said
    return first.head


# Speech acts: coordinated inside a reported complement, they are the reporter's own act.
SPEECH_ACT_VERBS = frozenset({
    "urge", "call", "appeal", "ask", "request", "demand", "press", "warn", "accuse", "blame", "charge", "condemn",
    "denounce", "criticize", "criticise", "slam", "reject", "dismiss", "praise", "welcome", "hail", "commend",
    "threaten", "vow", "pledge", "promise", "offer", "propose", "invite", "protest", "summon", "express",
    "reiterate", "insist"})
# Verbs that report what their complement tells.
REPORTING_LEMMAS = frozenset({
    "say", "state", "tell", "announce", "declare", "add", "note", "explain", "stress", "emphasize", "emphasise",
    "insist", "argue", "claim", "assert", "deny", "acknowledge", "admit", "confirm", "reiterate", "report",
    "write", "maintain", "contend", "allege"})


# States, not acts: "said the mission lacked equipment and urged donors ...": a speech act after
# a told state is the reporter's next act.
STATIVE_LEMMAS = frozenset({"be", "remain", "lack", "have", "need", "seem", "appear", "stay", "exist", "face",
                            "deserve", "belong", "lie"})


def reported_speech_act(verb: Token) -> Token | None:
    """The reporting verb whose subject performs a speech act the parser coordinated inside
    that verb's complement: in "the ministry said it had not been notified and urged Mogadishu
    to ...", "urged" is the ministry's appeal, not the unnotified party's. Only when the first
    conjunct is passive ("were aimed at"), tells a state ("said the mission lacked equipment and
    urged ...") or has a pronoun subject (most often the speaker itself); after "said the
    militants had seized the village and demanded a ransom" both acts are the militants'."""
    if verb.lemma_.lower() not in SPEECH_ACT_VERBS:
        return None
    tag = verb.tag_
    if tag == "VBN" and any(c.dep_ == "dobj" for c in verb.children):
        tag = "VBD"  # "had not been consulted and called the deportations ...": a participle with an object acts
    governor = _governor_of_conjunct(verb, tag)
    if governor is None or governor.lemma_.lower() not in REPORTING_LEMMAS:
        return None
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    # An active third party's act ("said the militants had seized the village and demanded a
    # ransom") shares its subject with the conjunct: the parser's reading stands.
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in first.children)
    pronoun = any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in first.children)
    if not (passive or pronoun or first.lemma_.lower() in STATIVE_LEMMAS):
        return None
    return governor


def finite_over_infinitive(verb: Token) -> Token | None:
    """The verb a finite conjunct goes with when the parser hung it on an infinitive: in "said
    Eritrea was trying to cover up the attack and accused Asmara of ...", "accused" cannot be a
    conjunct of "cover"; it goes with the nearest verb above of its own tense that has a subject
    ("said"). None when that does not apply. Claims and events both read conjuncts with it."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.tag_ != "VB":
        return None
    for above in first.ancestors:
        if above.tag_ == verb.tag_ and any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in above.children):
            return above if above.i < verb.i else None
    return None


def misattached_conjunct(verb: Token) -> bool:
    """Is `verb` a finite past or present verb the parser coordinated with a gerund or
    infinitive complement ("denied sending ... and accused ...", "urged them to show restraint
    and offered to host talks") rather than with that complement's governor? (The same misparse
    as finite_over_infinitive, which finds the governor for a verb hung on a bare infinitive.)"""
    head = verb.head
    return (verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and head.dep_ in ("xcomp", "pcomp")
            and head.tag_ in ("VBG", "VB") and head.head.i != head.i)


def participle_in_complement(verb: Token) -> Token | None:
    """The main verb a comma-set "-ing" participle belongs to when the parser hung it inside an
    infinitive complement ("ordered the envoy to leave the country, accusing Paris of ...": the
    one who ordered accuses, not the envoy), else None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    comp = verb.head
    while comp.dep_ == "conj" and comp.head.i != comp.i:
        comp = comp.head  # "to leave ... and suspended ..., accusing"
    if comp.dep_ != "xcomp" or comp.head.i == comp.i:
        return None
    return comp.head


# Verbs of finding out or telling what is so: not being able to do them is a caveat.
KNOWING_VERBS = {"verify", "confirm", "establish", "determine", "ascertain", "corroborate", "know", "say",
                 "tell", "assess", "check", "substantiate", "identify", "independently"}
UNABLE_WORDS = {"unable", "impossible", "not", "n't", "never", "cannot"}


def caveat_clause(comp: Token) -> bool:
    """Does the warned-of clause say the speaker cannot tell or check something ("could not
    independently verify which side fired first", "was unable to confirm the toll")?"""
    for verb in [comp, *(c for c in comp.children if c.dep_ in ("xcomp", "acomp"))]:
        chain = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        knowing = any(v.lemma_.lower() in KNOWING_VERBS for v in chain)
        unable = any(c.lower_ in UNABLE_WORDS or c.dep_ == "neg" for v in [comp, verb, *chain] for c in v.children) \
            or verb.lower_ in UNABLE_WORDS
        if knowing and unable:
            return True
    return False
