"""Which clause a date phrase times, where the parse hangs it elsewhere (helpers of `dates`).

- A fronted adjunct naming the act's medium or occasion ("In an audio message circulated late
  on Wednesday, a spokesman denied ..."): the date inside the participle on that noun is the
  main verb's when its clause names none of its own.
- A comma-set relative clause with a date of its own ("met Colonel X, who has ruled since a
  2021 coup, at the palace on Monday"): what follows its closing comma is the main clause's,
  though the parser often hangs it inside the relative clause.
- The act verb of a bare gerund ("responded hours later by ordering the envoy to leave"): the
  verb the gerund says how, whose time it shares.
- A past form that looks present ("which the juntas formally quit in January"): past, in a
  relative or adverbial clause of a past-tense sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.pipeline.clauses import CLAUSAL_DEPS, clause_head, own_clause, verb_above

# Nouns for the medium a statement came in: its release is when the statement was made.
MEDIUM_NOUNS = {"message", "statement", "video", "audio", "recording", "interview", "speech", "address", "post",
                "letter", "broadcast", "communique", "remarks", "comments", "tweet", "report", "briefing",
                "bulletin", "declaration", "note", "posting", "clip", "footage", "sermon", "appearance"}


def fronted_adjunct(trigger: Token, is_event_noun) -> set[int]:
    """Tokens of the participle clauses inside a preposition phrase fronted before the trigger's
    clause verb, on a noun naming a medium ("In a video released on Tuesday") or an act ("In a
    raid launched on Tuesday"); empty otherwise (not "In a village destroyed in 2019": a place
    keeps its own time). `is_event_noun` tells act nouns."""
    head = clause_head(trigger)
    out: set[int] = set()
    for prep in head.children:
        if prep.dep_ != "prep" or prep.i > head.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or not (noun.lemma_.lower() in MEDIUM_NOUNS or is_event_noun(noun)):
                continue
            for part in noun.children:
                if part.dep_ == "acl" and part.tag_ == "VBN":
                    out |= own_clause(part)
    return out


def detached_tail(tok: Token, dated: set[int]) -> tuple[Token, Token] | None:
    """(relative clause verb, host verb) when `tok` ends the sentence after the closing comma of
    a comma-set relative clause that names a date of its own (a token in `dated`) before that
    comma: the parser took the main clause's last phrase into the relative clause."""
    rel = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if rel is None or rel.dep_ != "relcl":
        return None
    doc, sent = tok.doc, tok.sent
    start = rel.left_edge.i
    if start == 0 or doc[start - 1].text != ",":
        return None  # a restrictive clause ("the bloc which they quit in January") has no close
    commas = [t.i for t in rel.subtree if t.text == "," and rel.i < t.i < tok.i]
    if not commas or not any(start <= i < commas[0] for i in dated):
        return None
    tail_end = max(t.i for t in doc[tok.i].head.subtree) if tok.dep_ == "pobj" else tok.i
    if any(not t.is_punct for t in doc[tail_end + 1:sent.end]):
        return None  # the sentence goes on: no final phrase
    host = verb_above(rel.head, 8)
    return (rel, host) if host is not None else None


def act_verb(trigger: Token) -> Token:
    """The clause verb the trigger's act belongs to, climbing bare gerunds of means or manner
    ("responded by ordering ... and downgrading ...") to the verb they say how."""
    head = clause_head(trigger)
    if head.dep_ == "conj" and head.tag_ == "VBG":
        # "by ordering the envoy to leave and downgrading ties": the parser may hang the second
        # gerund on the infinitive; it is coordinated with the gerund above
        head = next((a for a in head.ancestors if a.tag_ == "VBG"), head)
    for _ in range(4):
        if head.tag_ != "VBG" or head.dep_ not in ("pcomp", "advcl", "conj", "xcomp") \
                or any(c.dep_ in ("aux", "auxpass") for c in head.children) or head.head.i == head.i:
            break
        head = clause_head(head.head)
    return head


# Verbs whose past form is their bare form: the tagger reads "the juntas quit" as present.
SAME_PAST = {"quit", "put", "set", "cut", "hit", "shut", "spread", "cast", "cost", "let", "beat", "burst", "hurt",
             "split", "upset", "broadcast", "bet", "thrust", "shed", "rid", "bid", "forecast", "offset", "reset",
             "outbid", "undercut", "overrun"}
# ("overrun" is its own participle, but "which rebels overrun" is no present either in a past story)


def past_by_form(head: Token, governor_tense) -> bool:
    """Is `head` a bare verb of the same form in past and present, with no auxiliary, in a
    relative or adverbial clause of a past-tense governor (`governor_tense(token)` gives the
    governor's tense)?"""
    if head.lower_ not in SAME_PAST or head.tag_ not in ("VBP", "VB") or head.dep_ not in ("relcl", "advcl"):
        return False
    if any(c.dep_ in ("aux", "auxpass") or c.lower_ == "to" for c in head.children):
        return False
    governor = verb_above(head.head, 8)
    return governor is not None and governor.i != head.i and governor_tense(governor) == "past"


# Verbs whose infinitive is an act still ahead of them, not the act itself done another way.
_LOOKING_AHEAD = {"order", "urge", "tell", "ask", "call", "force", "allow", "want", "plan", "agree", "decide",
                  "vow", "promise", "threaten", "pledge", "expect", "hope", "intend", "seek", "aim", "prepare",
                  "invite", "instruct", "direct", "warn", "demand", "refuse", "decline", "fail", "offer", "need",
                  "require", "encourage", "authorize", "authorise", "permit", "mean", "propose", "schedule",
                  "say", "appeal", "advise", "persuade", "press", "push", "oblige", "compel", "set"}


def purpose_clause(trigger: Token) -> set[int]:
    """The tokens of a purpose infinitive on the trigger's verb ("used water cannon to disperse
    protesters late on Wednesday"): the using and the dispersing are one act, so a date said of
    the purpose is the act's when its own clause names none. Only an adverbial "to"-infinitive
    with no subject of its own; an object's infinitive ("ordered troops to leave by Friday")
    names another act, and so does what a verb of wish, plan or bidding looks to ("vowed to
    retake the town", "urged them to leave")."""
    verb = clause_head(trigger)
    out: set[int] = set()
    if verb.lemma_.lower() in _LOOKING_AHEAD:
        return out
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp") and child.pos_ == "VERB" and child.tag_ == "VB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in child.children):
            out |= own_clause(child)
    return out


# Prepositions whose gerund is the content of a charge or a reason ("accused X of bombing",
# "blamed Y for shelling", "charged with killing"): an act told inside another.
_CHARGE_PREPS = {"of", "for", "with"}


def embedded_elsewhere(tok: Token, trigger: Token, duration: bool) -> bool:
    """Does the date at `tok` time an act embedded below the trigger's clause, not the trigger?
    A gerund after "of/for/with" keeps its own time ("accused the army of bombing markets last
    week": the bombing was last week, the accusation is today's); a duration inside a reported
    clause says how long that state lasted ("said the siege had lasted for three weeks"), never
    when the saying was."""
    head = clause_head(tok)
    own = clause_head(trigger)
    if head.i == own.i or any(t.i == trigger.i for t in head.subtree):
        return False
    gerund = next((v for v in (head, *head.ancestors) if v.dep_ == "pcomp" and v.tag_ == "VBG"
                   and v.head.lower_ in _CHARGE_PREPS), None)
    if gerund is not None and gerund.i != own.i and not any(t.i == trigger.i for t in gerund.subtree):
        # ("accused Paris of meddling in a speech on Thursday": the speech is the charge's occasion)
        return not any(a.lemma_.lower() in MEDIUM_NOUNS for a in (tok, *tok.ancestors) if a.i > gerund.i)
    if not duration:
        return False
    # (only across a clause boundary: "prevented from reaching the camps for weeks" is one act)
    path = [head]
    for a in head.ancestors:
        if a.i == own.i:
            return any(v.dep_ in CLAUSAL_DEPS for v in path)
        path.append(a)
    return False


def since_back(trigger: Token) -> bool:
    """'the two leaders have not met since (then)': a bare or anaphoric "since" on the trigger's
    clause verb. A date the act takes from elsewhere in the sentence is where it starts, not when
    it happened: the span runs on to publication."""
    for child in clause_head(trigger).children:
        if child.lower_ != "since" or child.dep_ not in ("advmod", "prep"):
            continue
        objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        if all(o.lower_ in ("then", "that") and not list(o.children) for o in objects):
            return True
    return False


# Participles of the harm an act did as it happened: "attacked a convoy, killing three soldiers".
HARM_PARTICIPLES = {"kill", "wound", "injure", "hurt", "maim", "destroy", "damage", "leave"}


def harm_participles(verb: Token) -> list[Token]:
    """The bare present participles after a comma on `verb` that tell the harm its act did
    ("attacked a convoy near Gao, killing three soldiers on Sunday"): the killing is the attack's
    outcome at the same time and place, so a date or place told only there is the act's too.
    Not a later consequence ("prompting talks on Friday"), nor a participle with an auxiliary,
    a subject or a mark of its own."""
    out = []
    for child in verb.children:
        if child.dep_ in ("advcl", "conj") and child.tag_ == "VBG" and child.i > verb.i \
                and child.lemma_.lower() in HARM_PARTICIPLES \
                and child.doc[child.left_edge.i - 1].text == "," \
                and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in child.children):
            out.append(child)
    return out


# Participles of an occasion the subject was at when it acted: "Speaking in Brussels on Tuesday,
# the envoy urged ...", "Visiting Banjska, the prime minister accused ...".
OCCASION_PARTICIPLES = {"speak", "talk", "address", "visit", "tour", "arrive", "appear", "meet"}


def fronted_participle(verb: Token) -> list[Token]:
    """The bare present participles of an occasion fronted before `verb` with a comma
    ("Speaking in Brussels on Tuesday, the envoy urged ..."): the subject acted on that occasion,
    so a date or place told only there is the act's. Not a perfect participle ("Having visited
    Kyiv in May, ...", an earlier act), nor one with a subject or a mark of its own."""
    out = []
    for child in verb.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i < verb.i \
                and child.lemma_.lower() in OCCASION_PARTICIPLES \
                and any(t.text == "," for t in child.doc[child.right_edge.i + 1:verb.i]) \
                and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in child.children):
            out.append(child)
    return out
