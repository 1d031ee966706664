"""Answers: denials, confirmations and corroborations. What an answer names (a claim noun,
"it", evidence called false, "has nothing to do with this"), and `link_answers`, which fills
each answer's `refers` with the earlier claims it answers: by the owner it names, the actors
its content and the claims share, a contrast in the same sentence, or shared words.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from spacy.tokens import Token

from tacitus.pipeline import doc_text
from tacitus.pipeline.attribution_base import (
    ANSWER_STANCES,
    CONTRAST,
    EVIDENCE_NOUNS,
    FIGURE_NOUNS,
    SUBJECTS,
    UNVERIFIED,
    Context,
    Found,
    actor_key,
    evidence_noun,
    negated_by_governor,
    none_subject,
    sentential_relative,
)
from tacitus.pipeline.attribution_lexicon import Cue
from tacitus.pipeline.attribution_senses import sense
from tacitus.pipeline.attribution_speakers import actors_of, is_media_actor

#: How many reporting sentences back an answer looks for the claims it answers.
ANSWER_WINDOW = 8


def claim_called_false(token: Token, ctx: Context) -> Token | None:
    """The claim noun of a content clause that calls it false ('said the reports were
    baseless', 'said the claims were fabricated'), or None."""
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or not (subj.lemma_.lower() in ctx.lex.claim_nouns or evidence_noun(subj)
                                                   or subj.lemma_.lower() in _TALLIES or subj.lemma_.lower() in _CASES):
        return None  # ("said the footage was staged", "said the figure was exaggerated" call them false too)
    predicates = [clause] + [c for c in clause.children if c.dep_ in ("acomp", "attr", "oprd")]
    predicates += [c for p in predicates[1:] for c in p.children if c.dep_ == "conj"]
    # "were a disinformation campaign", "a propaganda exercise": the noun's modifier says false
    predicates += [c for p in predicates[1:] if p.pos_ == "NOUN" for c in p.children
                   if c.dep_ in ("compound", "amod") and c.i < p.i]
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    return subj if any(p.lemma_.lower() in ctx.lex.falsity or p.lower_ in ctx.lex.falsity for p in predicates) else None


#: Nouns of a charge brought to court, which a defence calls false ("said the case was
#: fabricated") as it would "the charges"; not claim nouns ("confirmed 12 new cases").
_CASES = frozenset({"case", "indictment", "prosecution"})


def _is_false(token: Token, ctx: Context) -> bool:
    return token.lemma_.lower() in ctx.lex.falsity or token.lower_ in ctx.lex.falsity


def _merged_verdict(token: Token, ctx: Context) -> Token | None:
    """'labelled the allegations groundless', 'branded the report unfounded nonsense': the parser
    makes the verdict the object and the claim noun its modifier. That claim noun, or None."""
    for verdict in (c for c in token.children if c.dep_ in ("dobj", "obj", "oprd") and _is_false(c, ctx)):
        for noun in verdict.children:
            if noun.dep_ in ("compound", "nmod", "amod") and noun.i < verdict.i and noun.pos_ in ("NOUN", "PROPN") \
                    and (noun.lemma_.lower() in ctx.lex.claim_nouns or noun.lemma_.lower() in EVIDENCE_NOUNS):
                return noun
    return None


def false_verdict(token: Token, obj: Token | None, ctx: Context) -> Token | None:
    """The claim noun a verdict verb calls false ('called the allegations lies', 'described the
    reports as fabricated'), or None."""
    if obj is None:
        merged = _merged_verdict(token, ctx)
        if merged is not None:
            return merged
        if any(c.dep_ in ("dobj", "obj") and c.tag_ == "WP" for c in token.children):
            # "rejected what it called Pristina's lies": the verdict noun names the claim
            return next((c for c in token.children if c.dep_ in ("oprd", "dobj", "obj") and c.pos_ == "NOUN"
                         and _is_false(c, ctx)), None)
    complements = [c for c in token.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "advcl")
                   or (c.dep_ == "prep" and c.lower_ == "as")]
    if obj is None:  # "called the allegations lies": the parser makes the noun the subject of "lies"
        obj = next((s for c in complements if c.dep_ == "ccomp" for s in c.children
                    if s.dep_ == "nsubj" and s.lemma_.lower() in ctx.lex.claim_nouns and s.pos_ == "NOUN"), None)
    if obj is None:
        return None
    # "branded the accusations a fabrication": the parser makes the verdict a second object
    complements += [c for c in token.children if c.dep_ in ("dobj", "npadvmod") and c.i > obj.i]
    words = [t for c in complements for t in c.subtree]
    if obj.dep_ == "dobj":
        words += [t for t in obj.subtree if t.i > obj.i]  # "as fabricated" hung on the noun
    false = any(t.lemma_.lower() in ctx.lex.falsity or t.lower_ in ctx.lex.falsity for t in words)
    return obj if false else None


#: What someone says they did 'nothing' of: a denial of wrongdoing ("had done nothing wrong").
_WRONG = frozenset({"wrong", "illegal", "unlawful", "improper", "illicit", "criminal"})


def disowns(token: Token) -> Token | None:
    """What a content clause says someone 'has nothing to do with' (a denial of a part in it),
    or the 'nothing' of 'had done nothing wrong' (a denial of wrongdoing), or None."""
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None) or _statement_clause(token)
    if clause is not None and clause.lemma_.lower() == "do" and not any(c.dep_ == "neg" for c in clause.children):
        for nothing in (o for o in clause.children if o.dep_ == "dobj" and o.lower_ == "nothing"):
            if any(a.lower_ in _WRONG for a in nothing.children if a.dep_ in ("amod", "advmod")) \
                    or any(a.lower_ in _WRONG for a in clause.children if a.dep_ in ("oprd", "advmod", "acomp")):
                return nothing
    if clause is None:
        return None
    if (part := _no_part_in(clause)) is not None:
        return part
    if (thing := no_such(clause)) is not None:
        return thing
    if clause.lemma_.lower() != "have" or any(c.dep_ == "neg" for c in clause.children):
        return None
    for nothing in (o for o in clause.children if o.dep_ == "dobj" and o.lower_ == "nothing"):
        for do in (d for d in nothing.children if d.lemma_.lower() == "do"):
            for with_ in (w for w in do.children if w.dep_ == "prep" and w.lower_ == "with"):
                return next((p for p in with_.children if p.dep_ == "pobj"), with_)
    return None


def _statement_clause(token: Token) -> Token | None:
    """The said clause the parser hung on the noun of "said in a statement that the vessel had
    no links to ...", or None."""
    for prep in (c for c in token.children if c.dep_ == "prep"):
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            for clause in (a for a in noun.children if a.dep_ == "acl" and a.i > noun.i):
                if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) \
                        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                    return clause
    return None


#: Nouns of a purpose that "has no ... of / to" disowns ("had no intention of invading").
_INTENTS = frozenset({"intention", "intent", "plan", "desire", "wish", "interest"})


def no_intent(token: Token) -> Token | None:
    """The act a content clause says its subject does not mean to do: "had no intention of
    invading", "has no plans to withdraw" (the verb of the act), or None."""
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.lemma_.lower() != "have" or any(c.dep_ == "neg" for c in clause.children):
        return None
    for aim in (o for o in clause.children if o.dep_ == "dobj" and o.lemma_.lower() in _INTENTS
                and any(d.lower_ == "no" for d in o.children if d.dep_ == "det")):
        for c in aim.children:
            if c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB":
                return c  # "no plans to withdraw"
            if c.dep_ == "prep" and c.lower_ == "of":
                act = next((p for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB"), None)
                if act is not None:
                    return act  # "no intention of invading"
    return None


def own_intent(token: Token, source: Iterable, ctx: Context) -> bool:
    """Does the speaker disown an intent of its own side: a pronoun subject ("it has no plans"),
    or one of the source's country ("Venezuela's minister said Caracas had no intention")?"""
    clause = next(c for c in token.children if c.dep_ == "ccomp")
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ not in ("they", "he", "she") or not any(c.dep_ == "nsubj" and c.pos_ != "PRON"
                                                                    for c in clause.children)
    m = ctx.index.get(subj.i)
    if m is None or m.actor is None or not m.actor.code:
        return False
    code = m.actor.code
    sides = {a.code[:3] for a in source if a.code and not a.code.startswith("---")}
    if sides and not code.startswith("---"):
        return code[:3] in sides
    # a country unknown on one side: a state's spokesman on its own army ("a defence ministry
    # spokesman insisted the army had no intention ..."), both speaking for a state
    return bool(_state_side(source)) and code[3:6] in ("GOV", "MIL")


#: Nouns of an act named by its verb's stem in another form ("invasion" / "invade").
_NOMINALS = {"invasion": "invade", "occupation": "occupy", "detention": "detain", "abduction": "abduct",
             "destruction": "destroy", "evacuation": "evacuate", "withdrawal": "withdraw", "annexation": "annex",
             "attack": "attack", "strike": "strike", "raid": "raid", "assassination": "assassinate",
             "deployment": "deploy", "execution": "execute", "seizure": "seize", "blockade": "blockade"}
#: Verbs that tell no act of their own.
_LIGHT = frozenset({"be", "have", "do", "say", "make", "take", "get", "go", "come", "carry", "conduct"})


#: Acts of armed force told by different verbs ("struck" / "the attack" / "bombed"): one kind.
_ASSAULTS = frozenset({"strike", "attack", "bomb", "shell", "hit", "target", "raid", "airstrike", "bombard"})


def _kind(stem: str) -> str:
    return "assault" if stem in _ASSAULTS else stem


def act_stems(tokens: Iterable[Token]) -> set[str]:
    """The acts a stretch of text tells, by verb stem: its verbs ("bombed") and nouns of acts
    ("the bombing", "an invasion"), so a denial can meet a claim about the same act."""
    stems: set[str] = set()
    for t in tokens:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma not in _LIGHT:
            stems.add(lemma)
        elif t.pos_ == "NOUN":
            if lemma in _NOMINALS:
                stems.add(_NOMINALS[lemma])
            elif lemma.endswith("ing") and len(lemma) > 6:
                stems.add(lemma[:-3])  # ("the shelling" -> "shell", "the bombing" -> "bomb")
    return stems


def no_such(clause: Token) -> Token | None:
    """The noun of a content clause that says the claimed thing never was: "had received no such
    request", "there was no such deal" ("no such" points back at a claim that told of it)."""
    for noun in (o for o in clause.children if o.dep_ in ("dobj", "attr", "nsubj")):
        dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "predet")}
        if {"no", "such"} <= dets:
            return noun
    return None


def _told_of(noun: Token, earlier: list[int], told_words: Callable[[int], set[str]]) -> list[int]:
    """The last earlier claim that told of the thing a "no such ..." denial names: the noun's
    lemma among its words, or a verb of the same stem ("request" / "requested"); else simply
    the last earlier claim of another side ("no such" always points back)."""
    lemma = sense(noun.lemma_.lower())
    stem = lemma[:5]
    told = [k for k in earlier if any(w == lemma or len(stem) == 5 and w.startswith(stem) for w in told_words(k))]
    return (told or earlier)[-1:]


#: Nouns of a share in an act ("played no part in", "had no role in").
_PARTS = frozenset({"part", "role", "hand", "involvement", "connection", "link"})
#: Participles that tie a thing to an act: "was not linked to the raid" disowns the raid.
_TIED = frozenset({"link", "connect", "relate", "tie", "involve"})
#: Nouns of incidents and of work that an act is said to be (or not to be) tied to; "the road
#: was not connected to the grid" is no denial.
_INCIDENTS = frozenset({
    "attack", "strike", "raid", "killing", "murder", "assassination", "bombing", "blast", "explosion", "shooting",
    "arrest", "detention", "abduction", "kidnapping", "disappearance", "death", "poisoning", "fire", "crash",
    "sabotage", "hack", "cyberattack", "plot", "coup", "unrest", "violence", "massacre", "incident", "leak",
    "work", "reporting", "activism", "journalism", "campaign", "investigation", "case",
})


#: Acts that "the incident" may stand for: violence, not a statement or an offer.
_VIOLENT = frozenset({"assault", "fire", "shoot", "kill", "clash", "ambush", "wound", "seize", "detain", "arrest",
                      "abduct", "explode", "blast", "invade", "cross", "intercept", "ram", "board"})


def _one_definite_act(item: Found, matched: list[int], found: list[Found]) -> list[int]:
    """'denied the incident took place', 'said the attack never happened': a singular definite
    act noun as the subject of what is denied names ONE earlier claim, the latest that tells an
    act of that kind (any violent act for "the incident"), else simply the latest."""
    if item.content is None:
        return matched
    start, end = item.content
    noun = next((t for t in item.sentence.doc[start:end] if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN"
                 and start <= t.head.i < end and t.lemma_.lower() in _INCIDENTS
                 and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)), None)
    if noun is None:
        return matched
    wanted = _VIOLENT if noun.lemma_.lower() == "incident" else {_kind(a) for a in act_stems([noun])}
    telling = [k for k in matched if wanted & {_kind(a) for a in act_stems(_content_tokens(found[k]))}]
    return (telling or matched)[-1:]


def _no_part_in(clause: Token) -> Token | None:
    """What a content clause says someone had no part in ('played no part in the attack', 'had
    no role in it') or an act was not tied to ('the arrest was not linked to her work'), or None."""
    lemma = clause.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in clause.children)
    if lemma in ("play", "have") and not negated:
        for part in (o for o in clause.children if o.dep_ == "dobj" and o.lemma_.lower() in _PARTS
                     and any(d.lower_ == "no" for d in o.children if d.dep_ == "det")):
            for in_ in (p for h in (part, clause) for p in h.children if p.dep_ == "prep"
                        and p.lower_ in ("in", "with", "to")):
                return next((p for p in in_.children if p.dep_ == "pobj"), in_)
        return None
    if lemma not in _TIED or clause.tag_ != "VBN" or not negated:
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    for prep in (p for p in clause.children if p.dep_ == "prep" and p.lower_ in ("to", "with", "in")):
        for obj in (p for p in prep.children if p.dep_ == "pobj"):
            # a person or body disowning an act, or an act said to have nothing to do with another
            if obj.lemma_.lower() in _INCIDENTS or subj is not None and (
                    subj.lemma_.lower() in _INCIDENTS or lemma == "involve" and subj.pos_ in ("PRON", "PROPN", "NOUN")
                    and subj.ent_type_ not in ("DATE", "MONEY", "CARDINAL")):
                return obj
    return None


#: Nouns of blame one denies having: "denied any involvement", "rejected any wrongdoing".
_CULPABLE = _PARTS | {"wrongdoing", "complicity", "responsibility"}


def _culpability(obj: Token) -> bool:
    """'any wrongdoing', 'any role in the plot': a noun of blame under "any" (a charge answered;
    "rejected any compromise" or "the responsibility" is no such thing)."""
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in _CULPABLE \
        and any(c.dep_ == "det" and c.lower_ == "any" for c in obj.children)


def names_claim(obj: Token, cue: Cue, ctx: Context) -> bool:
    """True when an object names an earlier claim ("these claims", "the allegations"; "it"
    after deny or confirm, not after "support": "he supports them" is not an answer)."""
    if obj.lemma_.lower() in ctx.lex.claim_nouns and obj.pos_ in ("NOUN", "PROPN"):
        return True
    if cue.stance == "deny" and obj.pos_ == "NOUN" and any(
            c.dep_ == "acl" and (v := ctx.lex.verbs.get(c.lemma_.lower())) is not None and v.stance in ("accuse", "allege")
            for c in obj.children):
        return True  # "rejected any attempt to blame Serbia", "dismissed efforts to accuse it"
    if cue.frame == "answer" and cue.stance == "deny" and obj.pos_ == "NOUN" and obj.lemma_.lower() in _TALLIES:
        return True  # "contested the figures", "disputes the toll": a number someone gave
    if cue.frame == "answer" and cue.stance == "deny" and _culpability(obj):
        return True  # "rejected any wrongdoing", "dismissed any role in the plot": a charge denied
    return (
        cue.frame == "object"
        and cue.stance in ("deny", "confirm")
        and obj.lower_ in ("it", "this", "that")
        and obj.pos_ in ("PRON", "DET")
        and obj.tag_ != "WDT"
    ) or (obj.tag_ == "WDT" and obj.head.dep_ == "relcl" and (
        obj.head.head.lemma_.lower() in ctx.lex.claim_nouns
        # ("a toll which the rebels dispute"; not "a figure which the party backs")
        or obj.head.head.lemma_.lower() in FIGURE_NOUNS and cue.stance in ("deny", "confirm")))


def concerns_of(item: Found, ctx: Context) -> frozenset[str]:
    """Who a claim is about: the countries (or IGO codes) of the actors in its content."""
    keys: set[str] = set()
    if item.content is not None:
        for i in range(*item.content):
            m = ctx.index.get(i)
            if m is not None and m.actor is not None and m.label != "WEAPON":
                key = actor_key(m.actor)
                if key:
                    keys.add(key)
    return frozenset(keys)


def link_answers(found: list[Found], ctx: Context) -> None:
    """Fill `refers` of denials, confirmations and corroborations with the earlier claims they
    answer: recent claims (same section first, within ANSWER_WINDOW sentences) whose content
    concerns the actors the answer names, or its sources when it names none."""
    # Claims come in text order, so their sentence numbers rise: the claims within the window
    # start at a binary-searched index (a long article holds thousands of claims).
    sent_nos = [f.sent_no for f in found]
    rising = all(a <= b for a, b in zip(sent_nos, sent_nos[1:], strict=False))
    # Each section's answerable claims (not answers themselves, with content), in text order:
    # an answer's `told` is the part before it, cut by bisect rather than a scan of all claims.
    told_in: dict[int, list[int]] = {}
    for k, f in enumerate(found):
        if f.stance not in ANSWER_STANCES and f.content is not None:
            told_in.setdefault(f.section, []).append(k)
    # each claim's source codes and states, once: every answer filters the claims before it by them
    codes_of = [{a.code for a in f.source} for f in found]
    states_of = [_states(f.source) for f in found]
    # each claim's content words, read once: answers compare them with claim after claim, and in
    # one enormous sentence every content is long
    words_of: dict[int, set[str]] = {}

    def told_words(k: int) -> set[str]:
        if k not in words_of:
            span = found[k].content
            words_of[k] = _words(found[k].sentence.doc[span[0]:span[1]]) if span is not None else set()
        return words_of[k]

    for n, item in enumerate(found):
        if item.stance not in ANSWER_STANCES or item.rule == "attribution:no-comment-inquiry":
            continue  # (a refusal to discuss an inquiry names no claim: nothing to link)
        first = bisect.bisect_left(sent_nos, item.sent_no - ANSWER_WINDOW, 0, n) if rising else 0
        earlier = [
            k for k in range(first, n)
            if found[k].stance not in ANSWER_STANCES
            and found[k].content is not None
            and item.sent_no - found[k].sent_no <= ANSWER_WINDOW
        ]
        if rising and first > 0 and item.stance != "corroborate":
            # "Houthi officials said a U.S. strike killed nine fishermen" in the lede, "The U.S.
            # military denied that its aircraft had hit any boats" ten sentences on: what a story
            # leads with is still in question however far down it is answered
            lede = [k for k in range(first) if found[k].stance not in ANSWER_STANCES
                    and found[k].content is not None and _in_lede(found[k])]
            earlier = lede + earlier
        same = [k for k in earlier if found[k].section == item.section]
        earlier = same or earlier
        cue_at = item.cue_tokens[0].i
        if item.answer_object is not None and item.answer_object.lemma_.lower() in _REBUTTALS:
            # "The ministry rejected the rebels' denial": an answer to an earlier answer
            item.refers = _answered_answers(item, n, found, ctx)
            continue
        governing = _contrasted_claim(item, found[:n])
        if governing is not None:
            # "Sources said A, though officials denied any such plans": the denial answers A
            item.refers = [governing]
            continue
        if item.rule == "attribution:no-intent":
            # "insisted that Caracas had no intention of invading": only the claims that tell of
            # that act by another side (an accusation of planning an invasion), not all about it
            act = no_intent(item.cue_tokens[0])
            own_state = _states(item.source)
            item.refers = [k for k in earlier if act is not None and not own_state & states_of[k]
                           and act.lemma_.lower() in act_stems(_content_tokens(found[k]))]
            continue
        if item.answer_object is not None and sentential_relative(item.cue_tokens[0], item.answer_object):
            item.refers = [k for k in range(n) if found[k].sent_no == item.sent_no and found[k].content
                           and found[k].stance not in ANSWER_STANCES and found[k].content[1] <= cue_at][-1:]
            continue
        obj = item.answer_object
        if obj is not None and (obj.dep_ in ("appos", "npadvmod") or obj.pos_ == "VERB" and obj.dep_ == "conj"
                                or obj.i < cue_at) \
                and _after_comma(obj):
            # "Rights groups say hundreds were killed, an accusation the government has denied":
            # the noun set after the claim names that claim
            here = [k for k in range(n) if found[k].sent_no == item.sent_no and found[k].content
                    and found[k].stance not in ANSWER_STANCES and found[k].content[1] <= obj.left_edge.i]
            if here:
                item.refers = here[-1:]
                continue
        if not item.source and _narrated_caveat(item.cue_tokens[0], ctx):
            # "Two soldiers were reportedly killed, but the toll could not be verified": the
            # caveat is on the narrator's own clause, not on an earlier claim
            continue
        own_codes = {a.code for a in item.source if a.code and not a.code.startswith("---")}
        own_state = _states(item.source)
        # never an answer to the claim it is part of ("said the UN could not confirm the toll")
        # nor to its own source's earlier word ("The RSF said A. ... The RSF said the claims were
        # false"), a state's included ("Ethiopia denied any involvement" after its spokesman spoke)
        earlier = [k for k in earlier if not (found[k].content and found[k].content[0] <= cue_at < found[k].content[1])
                   and not own_codes & codes_of[k] and not own_state & states_of[k]]
        own = frozenset(k for a in item.source if (k := actor_key(a)))
        owned = _owned_names(item)
        whose = _possessor_claims(item.answer_object, earlier, found, ctx) if item.answer_object is not None else None
        spoken = _said_by_same_noun(item.answer_object, earlier, found) if item.answer_object is not None else []
        section = told_in.get(item.section, [])
        told = section[:bisect.bisect_left(section, n)]
        # of those, not the claim the answer is part of, nor its own side's word (only an answered
        # noun looks at them: the filter is skipped for the rest)
        others = [k for k in told if not (found[k].content[0] <= cue_at < found[k].content[1])
                  and not own_codes & codes_of[k] and not own_state & states_of[k]] \
            if item.answer_object is not None else []
        if whose is not None and obj.lemma_.lower() in _TELLINGS:
            # "the coalition's account": all it told in this section, however far back
            whose = _possessor_claims(obj, others, found, ctx) or whose
        if whose is None and item.answer_object is not None:
            # "would not comment on the Danish report": a claim noun that names its owner names
            # that owner's claims however far back (the report a story is about is often its lead)
            near = set(earlier)
            far = [k for k in others if k not in near]
            whose = _possessor_claims(item.answer_object, far, found, ctx) if far else None
        sides = _both_sides(item.answer_object, told, found, n) if item.answer_object is not None else None
        kind = _same_kind(item.answer_object, found[:n]) if item.answer_object is not None else []
        if whose is None and item.answer_object is not None:
            # "Moscow rejected the findings": what the body that inquired found, not the last
            # claim about Moscow (another side's reading of those findings)
            kind = _findings(item.answer_object, others, found) or kind
        disputed = _disputed(item, n, earlier, found, ctx, told_words)
        if disputed:
            # "The army said it shot down Pakistani drones. A Pakistani spokesman denied that any
            # drones had been launched": the charge about that act, not the last claim about Pakistan
            matched = disputed
        elif whose is None and spoken:
            # "According to a report in the daily, ... The ministry said the report was
            # inaccurate": the claim that report made
            matched = spoken
        elif whose is not None:
            # "rejected the ministry's statement": the claims of that source
            matched = whose
        elif aimed := _aimed_at(item, earlier, found):
            # "Musa Hilal rejected the accusations": the charges against him, not the last claim
            matched = aimed
        elif sides is not None:
            # "unable to verify either account": the claims of both sides
            matched = sides
        elif kind:
            # "declined to comment on the report": the last claim a report made, however far back
            matched = kind
        elif item.answer_object is not None and _states_content(item.answer_object):
            # "denied reports that it had supplied drones": the object says what is denied, so
            # only an earlier claim about the same actors is answered, never simply the last one
            about = _object_concerns(item.answer_object, ctx) | own
            need = min(2, len(about))
            matched = [k for k in earlier if len(found[k].concerns & about) >= need] if about else []
            # and only one that speaks of the same things: "dismissed reports that it had used
            # drones" does not answer a claim about mortar fire by the same army
            doc = item.sentence.doc
            stated = _words(t for t in item.answer_object.subtree if t.i != item.answer_object.i)
            matched = [k for k in matched if stated & told_words(k)]
        elif item.stance == "confirm" and (mine := _own_told(item, found[:n])):
            # "Sentinel Labs said it stood by its findings": what that source told before
            matched = mine
        elif item.answer_object is not None and (just := _just_made(item, earlier, found)):
            # "The US and Britain backed Poland's finding, saying A. Moscow rejected the
            # statement": a bare "the statement" is the one just made, whoever it names
            matched = just
        elif item.answer_object is not None:
            about = _object_concerns(item.answer_object, ctx) or own
            matched = [k for k in earlier if found[k].concerns & about] if about else []
            if not matched and earlier and _bare_charge(item.answer_object):
                # "The owner denied that its crew had cut the cable. '...,' the company said.
                # China called the accusation baseless": the charge already denied, not the
                # denier's own account just before
                matched = _last_denied(item, n, found)
            if not matched and earlier and not _culpability(item.answer_object):
                # (a denial of "any wrongdoing" answers what named its speaker, not the last claim)
                matched = [k for k in earlier if found[k].sent_no == found[earlier[-1]].sent_no]
            if _singular(item.answer_object):
                # ("A NATO official said peacekeepers had found X. The claim could not be
                # verified": the official's claim, not the finding nested inside it)
                outer = [k for k in matched if not any(
                    j != k and found[j].content[0] <= found[k].cue_tokens[0].i < found[j].content[1] for j in matched)]
                matched = (outer or matched)[-1:]
        elif item.concerns | own:
            # "Bolivia denied that its units crossed the river": earlier claims about the same actors
            about = item.concerns | own
            need = min(2, len(about))
            matched = [k for k in earlier if len(found[k].concerns & about) >= need]
            if not item.concerns:
                # "Israel's spokesman denied that civilians had been targeted": only the speaker's
                # own side links them, so the claim must tell of that side acting (a subject),
                # not merely name it ("Washington had asked Israel for details") ...
                matched = [k for k in matched if _acting(found[k], own, ctx)]
                # ... unless the last claim that speaks of the same things names no one ("some
                # detainees had been beaten" before "denied that any detainee was mistreated")
                sharing = _sharing_content(item, earlier, found)
                if not set(sharing) & set(matched):
                    matched = [k for k in sharing if not found[k].concerns][-1:] or matched
        else:
            matched = []
        if item.rule == "attribution:object" and not disputed:
            # "could not verify the footage": what the footage was said to show, before a claim
            # that merely speaks of it ("prosecutors said footage appeared to show ...")
            matched = _shown(item, earlier, found) or matched or _same_noun(item, earlier, found)
        if not matched and item.answer_object is None and not item.concerns and _harm_told(item):
            # "The coalition denied that any civilians had been hit": every claim of people
            # killed or hurt that another side told
            matched = [k for k in earlier if _harm_told(found[k], _CASUALTIES)]
        if not matched and item.content is not None and item.answer_object is None:
            # "Hezbollah denied keeping rocket launchers in the town": no actor in common, but the
            # latest claim that speaks of the same things (two content words, or a name)
            # "The ship's owner denied that its vessel was involved": or the same craft, named
            # by the answer or by what its source owns or runs, after a claim about that craft
            doc = item.sentence.doc
            said = told_words(n)
            names = {t.lemma_.lower() for t in doc[item.content[0]:item.content[1]] if t.pos_ == "PROPN"}
            crafts = {_CRAFT[w] for w in said | owned if w in _CRAFT}
            # the latest that does, so the scan stops there (each content's words read once)
            matched = next(([k] for k in reversed(earlier) if len(shared := said & (told := told_words(k))) >= 2
                            or (shared | (owned & told)) & (names | owned)
                            or crafts & {_CRAFT[w] for w in told if w in _CRAFT}), [])
        elif not disputed and item.answer_object is None and owned \
                and (by_name := [k for k in earlier if owned & _names(found[k])]):
            # "The owner of the Marlin Star denied ...": the claim about the Marlin Star, before
            # any other about the same countries
            matched = by_name[-1:]
        blame = item.answer_object if item.answer_object is not None else \
            (item.sentence.doc[item.content[0]:item.content[1]].root if item.content is not None else None)
        if not matched and item.stance == "deny" and item.speaker is not None and blame is not None \
                and _culpability(blame):
            # "A report linked the hackers to a network run by Orlov. ... Orlov denied any
            # involvement": the last claim that names the denier
            names = {t.lemma_.lower() for t in item.speaker.subtree if t.pos_ == "PROPN"}
            matched = next(([k] for k in reversed(earlier) if names & told_words(k)), [])
        if not matched and item.rule == "attribution:no-such" and item.content is not None:
            # "The Kremlin said it had received no such request": the claim that told of one
            thing = next((no_such(t) for t in item.sentence.doc[item.content[0]:item.content[1]]
                          if no_such(t) is not None), None)
            if thing is not None:
                matched = _told_of(thing, earlier, told_words)
        if not matched and item.rule in ("attribution:no-wrong", "attribution:no-part"):
            # "His lawyer said he did nothing illegal", "said its troops had no part in the
            # attack": the last charge another side made
            matched = [k for k in earlier if found[k].stance in ("accuse", "allege")][-1:]
        if not matched and item.rule == "attribution:no-part" and item.content is not None:
            # "Her editor said the arrest was retaliation for her reporting. The ministry said the
            # arrest had nothing to do with her work": the last claim another side made about
            # the act it disowns
            acts = told_words(n) & _INCIDENTS
            matched = next(([k] for k in reversed(earlier) if acts & told_words(k)), [])
        obj = item.answer_object
        if matched and obj is not None and evidence_noun(obj):
            # "dismissed the videos as staged": what the videos were said to show (the last
            # such claim when the actors named led to others)
            shown = [k for k in earlier if found[k].speaker is not None
                     and found[k].speaker.lemma_.lower() == obj.lemma_.lower()]
            matched = [k for k in matched if k in shown] or shown[-1:] or matched
        if matched and obj is not None and _pointed(obj):
            # "Israeli officials rejected that account, saying the station was undamaged": the
            # account the answerer's own words speak of, not merely the last one told
            matched = _spoken_of(item, n, found, earlier, told_words) or matched
        if len(matched) > 1 and obj is not None and _report_anaphor(obj):
            # "Some reports suggest A. The ELN has rejected those reports": the claims told as
            # reports, not an analyst's view quoted just before
            matched = [k for k in matched if _report_type(found[k])] or matched
        if len(matched) > 1:
            matched = _sharing_words(item, matched, told_words)
        if len(matched) > 1 and item.answer_object is None:
            matched = _one_definite_act(item, matched, found)
        if matched and item.stance in ("confirm", "corroborate") and obj is None and item.content is not None:
            # "Chinese authorities later acknowledged that the ship had caused the damage": with
            # no claim noun to point back, a confirmation answers only a claim of the same act or
            # words (two), not the last one about the same ship
            acts = {_kind(a) for a in act_stems(_content_tokens(item))}
            matched = [k for k in matched if len(told_words(n) & told_words(k)) >= 2
                       or acts & {_kind(a) for a in act_stems(_content_tokens(found[k]))}]
        if not matched and item.answer_object is not None and item.answer_object.pos_ == "NOUN" \
                and item.answer_object.lemma_.lower() in ctx.lex.claim_nouns:
            matched = _told_after(item, n, found, own, ctx)
        if not matched and item.stance == "deny" and item.answer_object is None and _in_lede(item):
            # "The government denied that its aircraft had bombed civilians", then residents and
            # the UN tell of the bombing: a denial that leads the story answers what follows
            matched = _act_told_after(item, n, found, codes_of, states_of)
        own_sources = {a.text for a in item.source}
        item.refers = [k for k in matched if not own_sources & {a.text for a in found[k].source}]
        if item.stance == "decline" and (not item.source or all(is_media_actor(a, ctx) for a in item.source)
                                         or _newsroom_caveat(item.cue_tokens[0])):
            # the narrator could not verify them: the answered claims are hedged
            cue = item.cue_tokens[0]
            first = min([c.i for c in cue.children if c.dep_ in ("aux", "neg", "auxpass", "advmod")] + [cue.i])
            if negated_by_governor(cue):  # "was unable to verify", "failed to confirm"
                first = cue.head.head.i if cue.head.dep_ == "acomp" else cue.head.i
            elif (subj := none_subject(cue.children)) is not None:
                first = subj.left_edge.i  # "Neither claim could be independently verified"
            caveat = cue.doc[first:cue.i + 1].text  # "could not be independently verified"
            for k in item.refers:
                found[k].hedges = (*found[k].hedges, *(h for h in (UNVERIFIED, caveat) if h not in found[k].hedges))


def _after_comma(noun: Token) -> bool:
    """Is the noun phrase set off by a comma before it (", an allegation X rejected")? The
    determiner may hang elsewhere when the parser read the noun as a compound of the source."""
    doc = noun.doc
    first = noun.left_edge.i
    if first > 0 and doc[first - 1].lower_ in ("a", "an", "the") and doc[first - 1].head.i != noun.i:
        first -= 1
    return first > 0 and doc[first - 1].text == ","


#: Claim nouns that, pointed back with "those", "these", "the" or "such", take up what was told
#: as a report or charge ("rejected those reports", "dismissed the allegations").
_REPORT_NOUNS = frozenset({"report", "claim", "allegation", "accusation", "rumour", "rumor", "suggestion",
                           "speculation"})
#: Stances and source words of claims told as reports rather than someone's own view.
_REPORT_STANCES = frozenset({"report", "claim", "allege", "accuse"})
_REPORT_SOURCES = frozenset({"report", "source", "media", "rumour", "rumor", "press", "newspaper"})
_REPORT_HEDGES = frozenset({"reportedly", "allegedly", "reported", "alleged", "purportedly"})


def _sides_named(item: Found, ctx: Context) -> set[str]:
    """The countries (or group codes) of every actor named in a claim's content, a weapon's
    owner included ("an Israeli drone", "Pakistani drones")."""
    keys: set[str] = set()
    if item.content is not None:
        for i in range(*item.content):
            m = ctx.index.get(i)
            if m is not None and m.actor is not None and (key := actor_key(m.actor)):
                keys.add(key)
    return keys


#: Words an answer and a charge may share without telling of the same act.
_LOOSE_WORDS = frozenset({"say", "tell", "have", "make", "take", "report", "statement", "claim", "people"})


def _disputed(item: Found, n: int, earlier: list[int], found: list[Found], ctx: Context,
              told_words: Callable[[int], set[str]]) -> list[int]:
    """The charge a denial of an act disputes: the latest claim another side told about that act
    (a content word or craft in common) with the denier, or what it disowns, in it: "denied
    that it had targeted the peacekeepers" answers "an Israeli drone had dropped a grenade near
    its peacekeepers". Failing that, a denial of any part in an act ("denied any role in the
    attack") answers the latest accusation against the denier. Only for a denial that says
    what it denies (not "rejected the report", which names the claim)."""
    obj = item.answer_object
    if item.stance != "deny" or item.content is None or obj is not None and (
            obj.lemma_.lower() in ctx.lex.claim_nouns or evidence_noun(obj) or obj.pos_ == "PRON"):
        return []
    keys = {k for a in item.source if (k := actor_key(a))}
    disowned = disowns(item.cue_tokens[0]) if item.rule == "attribution:no-part" else None
    if disowned is not None:
        # "said the vessel had no links to the United States": a charge naming the United States
        m = ctx.index.get(disowned.i)
        if m is not None and m.actor is not None and (key := actor_key(m.actor)):
            keys.add(key)
    if not keys:
        return []
    said = told_words(n) - _LOOSE_WORDS
    crafts = {_CRAFT[w] for w in said if w in _CRAFT}
    for k in reversed(earlier):
        if not keys & _sides_named(found[k], ctx):
            continue
        told = told_words(k)
        if said & told or crafts & {_CRAFT[w] for w in told if w in _CRAFT}:
            return [k]
    doc = item.sentence.doc
    start, end = item.content
    denied = [t for t in doc[start:end] if not start <= t.head.i < end]  # "any role (in the attack)"
    if item.rule == "attribution:no-part" or any(t.lemma_.lower() in _PARTS for t in [*denied, *([obj] if obj else [])]):
        return [k for k in earlier if found[k].stance in ("accuse", "allege")
                and keys & _sides_named(found[k], ctx)][-1:]
    return []


def _report_anaphor(obj: Token) -> bool:
    """'those reports', 'these claims', 'the allegations': a pointed claim noun with no owner and
    no content of its own, which takes up earlier reports."""
    return (obj.lemma_.lower() in _REPORT_NOUNS and not _states_content(obj)
            and not any(c.dep_ == "poss" for c in obj.children)
            and any(c.dep_ in ("det", "amod") and c.lower_ in ("the", "those", "these", "that", "this", "such")
                    for c in obj.children))


def _report_type(item: Found) -> bool:
    """Was the claim told as a report: a reported, claimed or alleged stance, a hedge of hearsay,
    an unnamed or relayed source, or a source that is a report, the media or 'sources'?"""
    if item.stance in _REPORT_STANCES or item.anonymous or item.via or set(item.hedges) & _REPORT_HEDGES:
        return True
    if item.speaker is not None and item.speaker.lemma_.lower() in _REPORT_SOURCES:
        return True
    return any(a.role == "report" or a.kind in ("media", "anonymous") or a.sector == "MED" for a in item.source)


def _content_tokens(item: Found) -> Iterable[Token]:
    return item.sentence.doc[item.content[0]:item.content[1]] if item.content is not None else ()


_CONJECTURE = frozenset({"might", "may", "could", "would"})


def _conjectured(item: Found) -> bool:
    """Is the claim's main verb under a modal of conjecture ("the strike might have been
    legal")? A view of what may be is no report of the act a denial answers."""
    doc = item.sentence.doc
    start, end = item.content
    heads = [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    return any(c.dep_ == "aux" and c.lower_ in _CONJECTURE for h in heads for c in h.children)


def _in_lede(item: Found) -> bool:
    """Is the claim in the story's first paragraph (no blank line before its sentence)?"""
    doc = item.sentence.doc
    text, first_break = _first_break(doc)
    if first_break < 0:
        return True
    last = item.sentence.start_char - 1  # the text before the sentence, less trailing spaces
    while last >= 0 and text[last].isspace():
        last -= 1
    return first_break + 2 > last + 1


def _first_break(doc) -> tuple[str, int]:
    """The text and its first blank line after leading spaces, once per document (read per claim,
    a long article's text made this quadratic)."""
    cached = doc.user_data.get("tacitus_first_break")
    if cached is None:
        text = doc_text(doc)
        start = len(text) - len(text.lstrip())
        cached = doc.user_data["tacitus_first_break"] = (text, text.find("\n\n", start))
    return cached


def _act_told_after(item: Found, n: int, found: list[Found], codes_of: list[set[str]],
                    states_of: list[set[str]]) -> list[int]:
    """The claims another side tells within FORWARD_WINDOW sentences after a denial, about the
    act the denial names (same verb stem: "bombed" / "the bombing"); an analyst's word on
    something else is no answer to it."""
    acts = act_stems(_content_tokens(item))
    if not acts:
        return []
    own_codes = {a.code for a in item.source if a.code and not a.code.startswith("---")}
    own_state = _states(item.source)
    later = []
    for k in range(n + 1, len(found)):
        claim = found[k]
        if claim.sent_no - item.sent_no > FORWARD_WINDOW:
            break
        if claim.stance in ANSWER_STANCES or claim.stance in ("believe", "suggest") or claim.content is None \
                or own_codes & codes_of[k] or own_state & states_of[k] or _conjectured(claim):
            continue
        if {_kind(a) for a in acts} & {_kind(a) for a in act_stems(_content_tokens(claim))}:
            later.append(k)
    return later


#: What a newsroom says it could not do to a claim ("could not independently verify").
_CHECKS = frozenset({"verify", "confirm"})


def _newsroom_caveat(cue: Token) -> bool:
    """'The Wire could not independently verify the footage': a name (not a common noun: "the
    rebels could not confirm") that could not *independently* verify or confirm is the outlet
    telling the story, whether or not the outlet is known as one."""
    if cue.lemma_.lower() not in _CHECKS or not any(c.lower_ == "independently" for c in cue.children):
        return False
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and negated_by_governor(cue) and cue.head.dep_ == "acomp":
        subj = next((c for c in cue.head.head.children if c.dep_ == "nsubj"), None)  # "was unable to verify"
    return subj is not None and subj.pos_ == "PROPN" and subj.text[:1].isupper()


def denials_go_on(found: list[Found]) -> None:
    """'The Taliban denied the accusation. "No convoy has been stopped," Sayeq said.': a flat
    negation that the denying side says right after its denial (same or next sentence) goes
    on with it, and answers the same claims. A speaker of no known side goes on with the denial
    just before ('Rwanda has rejected the accusations. "There are no Rwandan troops in Congo,"
    a government spokeswoman said'): the story quotes the denier's voice."""
    for n, item in enumerate(found):
        if item.stance != "assert" or item.content is None or not _negation(item):
            continue
        sides = _state_side(item.source)
        unknown = not any(actor_key(a) for a in item.source)  # ("a spokeswoman": ---GOV, no country)
        for prev in reversed(found[:n]):
            if item.sent_no - prev.sent_no > 1:
                break
            if prev.stance == "deny" and prev.refers and (
                    sides & _state_side(prev.source) or unknown and item.sent_no - prev.sent_no == 1
                    and _may_speak_for(item.source, prev.source)):
                item.stance, item.refers = "deny", list(prev.refers)
                break
            if unknown and prev.sent_no < item.sent_no:
                break  # only the claim just before


#: Verbs of holding to one's word ("insisted", "maintained"): said against the other side's
#: account, with a negation, they deny it.
_INSISTING = frozenset({"insist", "maintain"})


def counter_claims(found: list[Found], ctx: Context) -> None:
    """'Algeria said the drone had entered its airspace. Bamako insisted the aircraft never left
    Malian territory': an insistence whose content is a negation denies the latest earlier
    claim (within ANSWER_WINDOW sentences) of another side that speaks of the same thing (a
    content word in common, near-synonyms folded) and names the insister's side in its
    sentence. Not "insisted the talks would continue" (no negation), nor a negation that no
    other side's claim told the opposite of."""
    for n, item in enumerate(found):
        if item.stance != "assert" or item.content is None or item.refers \
                or item.cue_tokens[0].lemma_.lower() not in _INSISTING or not _negation(item):
            continue
        own = {k for a in item.source if (k := actor_key(a))}
        said = _words(_content_tokens(item)) - _LOOSE_WORDS
        if not own or not said:
            continue
        for k in range(n - 1, -1, -1):
            prev = found[k]
            if item.sent_no - prev.sent_no > ANSWER_WINDOW:
                break
            if prev.stance in ANSWER_STANCES or prev.content is None or _negation(prev):
                continue
            theirs = {key for a in prev.source if (key := actor_key(a))}
            if theirs and not theirs & own and said & _words(_content_tokens(prev)) \
                    and own & _named_in_sentence(prev, ctx):
                item.stance, item.refers = "deny", [k]
                break


def _named_in_sentence(item: Found, ctx: Context) -> set[str]:
    """The countries (or group codes) of the actors named in a claim's sentence outside its
    source ("shot down a Malian drone, saying it had entered Algerian airspace": Mali)."""
    keys: set[str] = set()
    for t in item.sentence:
        m = ctx.index.get(t.i)
        if m is not None and m.actor is not None and m.actor not in item.source and (key := actor_key(m.actor)):
            keys.add(key)
    return keys


#: Words of a source that speaks for a body: the voice a denial goes on in.
_OFFICIAL_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "government", "official", "minister",
                              "ministry", "presidency", "army", "military"})


def _may_speak_for(speakers: Iterable, denier: Iterable) -> bool:
    """Can speakers of no known country speak for the denier: none with a sector, or only that
    of the denier (a state's: government or military), and each an official voice ("a government
    spokeswoman")? "a village elder" cannot speak for an army."""
    if not all(_OFFICIAL_VOICES & set(a.text.lower().split()) for a in speakers):
        return False
    theirs = {a.code[3:6] or "GOV" for a in denier if a.code}
    if theirs & {"GOV", "MIL"}:
        theirs |= {"GOV", "MIL"}
    return all(not a.code or a.code[3:6] in theirs for a in speakers)


def _state_side(actors: Iterable) -> set[str]:
    """The countries whose state (government or forces, a military government included:
    MMRGOVMIL) the actors speak for; with no country, the sector itself ("the army" and "a
    military spokesman", both ---MIL)."""
    return {a.code if a.code.startswith("---") else a.code[:3] for a in actors
            if a.code and (len(a.code) == 3 or a.code[3:6] in ("GOV", "MIL"))}


def _negation(item: Found) -> bool:
    """Content that says no such thing is so: "No convoy has been stopped", "There are no
    camps", "had never ...", "did not ..." on its main verb."""
    doc = item.sentence.doc
    start, end = item.content
    heads = [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    for head in heads:
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in head.children):
            return True
        if any(c.dep_ in (*SUBJECTS, "attr", "dobj") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in head.children):
            return True
    return False


#: How many reporting sentences ahead an answer with no earlier claim may look: a lead that
#: rejects "a newspaper report" or "a remark by X" before a later paragraph tells it (as far
#: as an answer looks back; what it may link to is narrowed by side and owner).
FORWARD_WINDOW = ANSWER_WINDOW


def _told_after(item: Found, n: int, found: list[Found], own: frozenset[str], ctx: Context) -> list[int]:
    """The claims an answer names when none came before it: those told within FORWARD_WINDOW
    sentences after it by another side, about the actors the answered noun names (or the
    answerer); the first of them for a singular noun."""
    obj = item.answer_object
    about = _object_concerns(obj, ctx) | own
    if not about:
        return []
    # "a remark by the Australian prime minister that ...": only that speaker's
    by = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
               if p.dep_ == "pobj"), None)
    owners = {key for a in actors_of(by, ctx) if (key := actor_key(a))} if by is not None else set()
    later = []
    for k in range(n + 1, len(found)):
        claim = found[k]
        if claim.sent_no - item.sent_no > FORWARD_WINDOW:
            break
        keys = {key for a in claim.source if (key := actor_key(a))}
        # about someone other than its own source ("Colombia would protest", Colombia's
        # president said, is no claim about Venezuela's troops)
        if claim.stance in ANSWER_STANCES or claim.content is None or not (claim.concerns - keys) & about \
                or own & keys or (owners and not owners & keys):
            continue
        # a plain word said further down (an analyst's view) is no report the answer named:
        # only a charge or report, one by the owner named, or one by the named noun's speaker
        if not owners and claim.stance not in ("accuse", "allege", "claim", "report") and not (
                claim.speaker is not None and claim.speaker.lemma_.lower() == obj.lemma_.lower()):
            continue
        later.append(k)
    return later[:1] if _singular(obj) else later


#: Nouns that name what an inquiry found, the verbs by which it finds, and the words that
#: make a source a body that inquires ("A team of investigators concluded ...").
_FOUND_NOUNS = frozenset({"finding", "conclusion"})
_FINDING_CUES = frozenset({"find", "conclude", "determine", "establish"})
_INQUIRERS = frozenset({"investigator", "inquiry", "investigation", "probe", "panel", "commission", "inspector",
                        "expert", "audit", "review", "study", "report", "researcher", "prosecutor"})


def _findings(obj: Token, candidates: list[int], found: list[Found]) -> list[int]:
    """'rejected the findings', 'disputed the conclusions': the claims of the last body that
    inquired (a source named an investigator, a panel, a report) or that 'found' or
    'concluded' something; all of that source's for a plural, its last for a singular."""
    if obj.lemma_.lower() not in _FOUND_NOUNS or any(c.dep_ == "poss" for c in obj.children):
        return []

    def inquired(k: int) -> bool:
        speaker = found[k].speaker
        words = {t.lemma_.lower() for t in speaker.subtree} if speaker is not None else set()
        return found[k].cue_tokens[0].lemma_.lower() in _FINDING_CUES or bool(words & _INQUIRERS)

    last = next((k for k in reversed(candidates) if inquired(k)), None)
    if last is None:
        return []
    body = {a.text for a in found[last].source}
    out = [k for k in candidates if {a.text for a in found[k].source} & body]
    return out[-1:] if _singular(obj) else out


#: Claim nouns and the stances of the claims they name ("the report": what a report told).
_KINDS = {"report": ("report",), "claim": ("claim",), "allegation": ("allege", "accuse"),
          "accusation": ("accuse", "allege"), "charge": ("accuse", "allege"),
          **dict.fromkeys(_CASES, ("accuse", "allege"))}


def _same_kind(obj: Token, earlier: list[Found]) -> list[int]:
    """'declined to comment on the report': a definite singular claim noun with nothing of its
    own (no owner, no content, no modifier) names the last earlier claim of its kind, however
    far back (the report a story is about is often told in its lead)."""
    stances = _KINDS.get(obj.lemma_.lower())
    if stances is None or obj.tag_ != "NN" or [c.lower_ for c in obj.children] != ["the"]:
        return []
    return next(([k] for k in range(len(earlier) - 1, -1, -1)
                 if earlier[k].stance in stances and earlier[k].content is not None), [])


def _both_sides(obj: Token, earlier: list[int], found: list[Found], n: int) -> list[int] | None:
    """'unable to verify either account', 'could not confirm both versions': the claims of the
    two sides (of all `told`, however far back), which are the answerer and the answered of the last denial between two countries
    before it, else the two countries with most claims among the earlier ones. None when the
    noun is not so marked or no two sides are found."""
    if not any(c.dep_ in ("det", "predet", "preconj") and c.lower_ in ("either", "both", "neither")
               for c in obj.children):
        return None
    sides: set[str] = set()
    for m in range(n - 1, -1, -1):
        if found[m].stance in ("deny", "accuse") and found[m].refers:
            keys = {k for a in found[m].source if (k := actor_key(a))}
            keys |= {k for r in found[m].refers for a in found[r].source if (k := actor_key(a))}
            if len(keys) == 2:
                sides = keys
                break
    if not sides:
        counts: dict[str, int] = {}
        for k in earlier:
            for key in {key for a in found[k].source if (key := actor_key(a))}:
                counts[key] = counts.get(key, 0) + 1
        top = sorted(counts, key=lambda key: -counts[key])[:2]
        if len(top) < 2:
            return _last_two_speakers(earlier, found)
        sides = set(top)
    return [k for k in earlier if any(actor_key(a) in sides for a in found[k].source)] or None


def _last_two_speakers(earlier: list[int], found: list[Found]) -> list[int] | None:
    """'The rebels said A. The army said B. Neither account could be verified': with no
    countries to tell the sides apart, the last claim and the last one before it made by
    another source (by the sources' words). None when all were made by one source."""
    if not earlier:
        return None
    last = earlier[-1]
    said = {a.text.lower() for a in found[last].source}
    other = next((k for k in reversed(earlier[:-1])
                  if found[k].source and not said & {a.text.lower() for a in found[k].source}), None)
    return None if other is None or not said else [other, last]


def _sharing_content(item: Found, candidates: list[int], found: list[Found]) -> list[int]:
    """The candidates whose content shares a content word with the answer's."""
    if item.content is None:
        return []
    doc = item.sentence.doc
    said = _words(doc[item.content[0]:item.content[1]])
    return [k for k in candidates if said & _words(doc[found[k].content[0]:found[k].content[1]])]


def _states(actors: Iterable) -> set[str]:
    """The countries of the actors that speak for a state: the country itself, its government
    or its armed forces (not its opposition, rebels or press)."""
    return {a.code[:3] for a in actors if a.code and not a.code.startswith("---")
            and (len(a.code) == 3 or a.code[3:] in ("GOV", "MIL"))}


def _shown(item: Found, earlier: list[int], found: list[Found]) -> list[int]:
    """'Reuters could not verify the footage': the last claim made by a video, an image or a
    document ('A video ... appeared to show ...')."""
    head = _answered_head(item)
    if head is None or head.lemma_.lower() not in EVIDENCE_NOUNS:
        return []
    return [k for k in earlier if found[k].speaker is not None
            and found[k].speaker.lemma_.lower() in EVIDENCE_NOUNS][-1:]


def _acting(item: Found, keys: frozenset[str], ctx: Context) -> bool:
    """Does an actor of `keys` stand in a subject of the claim's content (or is the claim an
    accusation, whose object is the one acting: "accused Russia of ...")?"""
    if item.stance in ("accuse", "allege") or item.content is None:
        return True
    doc = item.sentence.doc
    for subj in (t for t in doc[item.content[0]:item.content[1]] if t.dep_ in SUBJECTS):
        words = list(subj.subtree)
        if subj.head.lemma_.lower() in _TIES and subj.head.tag_ in ("VBN", "VBD"):
            # "Hackers linked to a Russian unit were behind the attack": the parser makes the
            # participle the sentence's verb; who they are tied to acts through them
            words += [t for c in subj.head.children if c.dep_ in ("prep", "agent") for t in c.subtree]
        for t in words:
            m = ctx.index.get(t.i)
            if m is not None and m.actor is not None and actor_key(m.actor) in keys:
                return True
    return False


#: Participles that tie a subject to who stands behind it ("hackers linked to", "militias backed by").
_TIES = frozenset({"link", "tie", "connect", "affiliate", "back", "sponsor", "direct", "loyal"})


def _narrated_caveat(cue: Token, ctx: Context) -> bool:
    """A caveat conjoined to a clause the narrator tells without a reporting verb of its own."""
    if cue.dep_ != "conj" or cue.head.i > cue.i:
        return False
    first = cue.head
    return first.pos_ in ("VERB", "AUX") and first.lemma_.lower() not in ctx.lex.verbs


#: Nouns that stand for a number given earlier ("the toll", "the figures").
_TALLIES = frozenset({"toll", "figure", "tally", "count", "estimate"})
_CASUALTIES = frozenset({"kill", "die", "dead", "death", "wound", "injure", "casualty", "drown", "massacre"})


#: Words by which an answer speaks of people harmed ("no civilians were hit").
_HARMED = _CASUALTIES | {"hit", "harm", "hurt", "injury", "victim"}
#: The people whose harm such an answer denies (not soldiers it may admit losing).
_PEOPLE = frozenset({"civilian", "people", "person", "resident", "villager", "guest", "child", "woman",
                     "bystander", "one", "anyone", "nobody"})


def _harm_told(item: Found, harm: frozenset[str] = _HARMED) -> bool:
    """Does the claim speak of people killed or hurt ('any civilians had been hit', 'killing
    at least 23 people')? An answer must name the people; a claim may give a toll only."""
    if item.content is None:
        return False
    said = item.sentence.doc[item.content[0]:item.content[1]]
    if not any(t.lemma_.lower() in harm for t in said):
        return False
    return harm is _CASUALTIES or any(t.lemma_.lower() in _PEOPLE for t in said)


def _gives_number(item: Found) -> bool:
    if item.content is None:
        return False
    doc = item.sentence.doc
    return any(t.like_num and t.dep_ == "nummod" or t.ent_type_ == "CARDINAL" for t in doc[item.content[0]:item.content[1]])


#: Claim nouns of a charge against someone: answered by the one charged.
_CHARGES = frozenset({"accusation", "allegation", "charge"})


def _aimed_at(item: Found, earlier: list[int], found: list[Found]) -> list[int]:
    """'Musa Hilal rejected the accusations': the earlier claims whose content names the
    answer's named source (charges first, else any claim about it), when the answer names a
    charge without an owner. Only names count ("the army" is matched by its country elsewhere)."""
    obj = item.answer_object
    if obj is None or obj.lemma_.lower() not in _CHARGES or obj.pos_ != "NOUN" \
            or any(c.dep_ == "poss" for c in obj.children):
        return []
    names = {w.lower() for a in item.source for w in a.text.split()
             if w[:1].isupper() and w.lower() not in ("the", "a", "an")}
    if not names:
        return []
    about = [k for k in earlier if names & _names(found[k])]
    charged = [k for k in about if found[k].stance in ("accuse", "allege")]
    out = charged or about
    return out[-1:] if _singular(obj) else out


def _bare_charge(obj: Token) -> bool:
    """'the accusation', 'the allegations': a charge noun with no owner and no content of its own."""
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in _CHARGES \
        and all(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in obj.children)


def _last_denied(item: Found, n: int, found: list[Found]) -> list[int]:
    """What the latest denial (within ANSWER_WINDOW sentences, by another source) answered."""
    own = {a.text for a in item.source}
    for k in range(n - 1, -1, -1):
        prev = found[k]
        if item.sent_no - prev.sent_no > ANSWER_WINDOW:
            break
        if prev.stance == "deny" and prev.refers and not own & {a.text for a in prev.source}:
            return list(prev.refers)
    return []


def _own_told(item: Found, earlier: list[Found]) -> list[int]:
    """The earlier claims of the source that confirms 'its findings', 'their report': those
    whose source (or the owner named in it: 'a report by the firm Sentinel Labs') is the
    answer's source."""
    obj = item.answer_object
    if obj is None or not any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our", "his", "her")
                              for c in obj.children):
        return []
    names = {a.text.lower() for a in item.source if a.text}
    return [k for k, f in enumerate(earlier) if f.stance not in ANSWER_STANCES and f.content is not None
            and any(name == a.text.lower() or a.text.lower().endswith(" " + name) for a in f.source for name in names)]


#: Claim nouns for one act of saying, which "the ..." takes up from the sentence before.
_UTTERANCES = frozenset({"statement", "remark", "comment"})


def _pointed(obj: Token) -> bool:
    """Is the answered noun a pointer at one telling: "that account", "this version", "that claim"?"""
    return obj.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("that", "this") for c in obj.children) \
        and obj.lemma_.lower() in _TELLINGS | {"claim", "report", "assertion", "allegation", "description"}


def _spoken_of(item: Found, n: int, found: list[Found], earlier: list[int],
               told_words: Callable[[int], set[str]]) -> list[int]:
    """The last earlier claim sharing a content word with what the answerer goes on to say in
    the same sentence ("rejected that account, saying the station was undamaged"), or []."""
    own = {a.text for a in item.source}
    follow = next((k for k in range(n + 1, min(n + 3, len(found))) if found[k].sent_no == item.sent_no
                   and found[k].content is not None and {a.text for a in found[k].source} & own), None)
    if follow is None:
        return []
    said = told_words(follow)
    return [k for k in earlier if said & told_words(k)][-1:]


def _just_made(item: Found, earlier: list[int], found: list[Found]) -> list[int]:
    """The last claim of the sentence before, when the answer names a bare 'the statement'."""
    obj = item.answer_object
    if obj is None or obj.lemma_.lower() not in _UTTERANCES or obj.tag_ != "NN" \
            or [c.lower_ for c in obj.children] != ["the"]:
        return []
    return [k for k in earlier if found[k].sent_no == item.sent_no - 1][-1:]


def _said_by_same_noun(obj: Token, earlier: list[int], found: list[Found]) -> list[int]:
    """'the report', 'the statement': a definite singular claim noun names the earlier claims
    whose source is that noun ('according to a report published on Monday'): the last, and
    those before it back to where the noun came in ("A UN report accused X of A. The report
    said B. X rejected the report": both)."""
    if obj.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children):
        return []
    out: list[int] = []
    for k in reversed(earlier):
        speaker = found[k].speaker
        if speaker is not None and speaker.i != obj.i and speaker.pos_ == "NOUN" and speaker.lemma_ == obj.lemma_:
            out.insert(0, k)
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in speaker.children):
                break  # the report is introduced here
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in speaker.children):
                break  # a noun of its own ("a report by X", "reports"): no taking up
    return out


#: Nouns for a part or quality of a thing told ("the contents of the draft", "the authenticity
#: of the video"): what is answered is the thing after "of".
_PARTS_OF = frozenset({"content", "contents", "detail", "text", "authenticity", "veracity", "accuracy", "substance"})


def _answered_head(item: Found) -> Token | None:
    """The head of what an answer's content names, past a part or quality of it: "could not
    verify the contents of the leaked draft", "the authenticity of the documents": the draft,
    the documents."""
    doc = item.sentence.doc
    start, end = item.content
    head = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), None)
    if head is not None and head.lemma_.lower() in _PARTS_OF:
        head = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), head)
    return head


def _same_noun(item: Found, earlier: list[int], found: list[Found]) -> list[int]:
    """'The government has not confirmed the new toll': an object that names no claim answers
    the last earlier claim whose content speaks of the same thing ('the death toll had risen')."""
    doc = item.sentence.doc
    head = _answered_head(item)
    if head is None or head.pos_ != "NOUN":
        return []
    if head.lemma_.lower() in _TALLIES:
        # "could not confirm the death toll": the last claim that gives that tally ("put the
        # death toll at 31"), else the last that gives a number (of the dead or hurt, for a toll)
        for k in reversed(earlier):
            lo, hi = found[k].content
            if any(t.lemma_ == head.lemma_ for t in doc[lo:hi]) and any(t.like_num for t in doc[lo:hi]):
                return [k]
        for k in reversed(earlier):
            lo, hi = found[k].content
            said = doc[lo:hi]
            if any(t.like_num and t.dep_ == "nummod" or t.ent_type_ == "CARDINAL" for t in said) and (
                    head.lemma_.lower() != "toll" or any(t.lemma_.lower() in _CASUALTIES for t in said)):
                return [k]
    for k in reversed(earlier):
        lo, hi = found[k].content
        if any(t.lemma_ == head.lemma_ and t.pos_ == "NOUN" for t in doc[lo:hi]):
            return [k]
    return []


def _contrasted_claim(item: Found, earlier: list[Found]) -> int | None:
    """The claim whose cue governs an answer set against it in the same sentence ('said A,
    though officials denied it', 'said A, but the army denied that'), or None."""
    cue = item.cue_tokens[0]
    marked = cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST for c in cue.children)
    joined = cue.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "but" for c in cue.head.children)
    if not (marked or joined):
        return None
    return next((k for k, f in enumerate(earlier) if f.cue_tokens[0].i == cue.head.i and f.content is not None
                 and f.stance not in ANSWER_STANCES), None)


#: Craft a story follows by name or kind, each word to its kind ("its vessel" is the ship that
#: satellite images showed).
_CRAFT = {
    **dict.fromkeys(("ship", "vessel", "tanker", "freighter", "boat", "trawler", "ferry", "carrier"), "ship"),
    **dict.fromkeys(("aircraft", "plane", "airliner", "jet", "airplane"), "aircraft"),
    **dict.fromkeys(("truck", "lorry", "convoy"), "truck"),
}
#: Heads of a source phrase that speak for a thing they own or run ("the ship's owner").
_OWNERS = frozenset({"owner", "operator", "company", "firm", "manager", "captain", "crew", "charterer", "insurer"})


def _owned_names(item: Found) -> set[str]:
    """What the source of an answer owns or runs: the possessor, the 'of' object or the object
    of a relative clause of an owner noun ('the ship's owner', 'the owner of the Marlin Star',
    'the company that owns the Aurora'), as its names and its craft words ("ship")."""
    speaker = item.speaker
    if speaker is None or speaker.lemma_.lower() not in _OWNERS:
        return set()
    things = [c for c in speaker.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    things += [p for c in speaker.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj"]
    things += [o for c in speaker.children if c.dep_ == "relcl" for o in c.children if o.dep_ in ("dobj", "obj")]
    return {t.lemma_.lower() for thing in things for t in thing.subtree
            if t.pos_ == "PROPN" or t.lemma_.lower() in _CRAFT}


def _names(item: Found) -> set[str]:
    """The names (and craft words) in a claim's content."""
    doc = item.sentence.doc
    return {t.lemma_.lower() for t in doc[item.content[0]:item.content[1]]
            if t.pos_ == "PROPN" or t.lemma_.lower() in _CRAFT}


def _words(tokens: Iterable[Token]) -> set[str]:
    """The content words of a span, near-synonyms folded together ('blockade' as 'siege'), so
    that an answer and the claim it answers meet when they say the same thing in other words."""
    return {sense(t.lemma_.lower()) for t in tokens if t.pos_ in ("NOUN", "VERB", "ADJ", "PROPN") and not t.is_stop}


def _sharing_words(item: Found, matched: list[int], told_words: Callable[[int], set[str]]) -> list[int]:
    """Of several claims an answer may answer, those that share a content word with what it
    says is false ('denied storing weapons' answers 'targeted weapons stores', not the toll
    the health ministry gave); all of them when none or the answer says nothing."""
    said: set[str] = set()
    if item.content is not None:
        said = _words(item.sentence.doc[item.content[0]:item.content[1]])
    if item.answer_object is not None:
        said |= _words(t for t in item.answer_object.subtree if t.i != item.answer_object.i)
    if not said:
        return matched
    sharing = [k for k in matched if said & told_words(k)]
    return sharing or matched


def _possessor_claims(obj: Token, earlier: list[int], found: list[Found], ctx: Context) -> list[int] | None:
    """The earlier claims of the source an answered noun names as its owner ('the ministry's
    statement', "Moscow's claims", 'the Philippine claim'): by the same actor code (country
    for a national adjective) or the same head noun. None when the noun names no owner or
    none of the earlier claims is that owner's."""
    poss = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if poss is None:
        # ("the Philippine claim"; "the Kosovo account": a place name used as an adjective;
        # "the Azerbaijani claim", which the tagger may take for a name)
        national = next((c for c in obj.children if c.dep_ in ("amod", "compound") and c.i < obj.i
                         and (c.ent_type_ == "NORP" or (c.ent_type_ == "GPE" and c.i + 1 == obj.i)
                              or (c.pos_ == "PROPN" and c.i + 1 == obj.i and c.tag_ == "NNP"
                                  and any(actor_key(a) for a in actors_of(c, ctx))))), None)
        if national is None:
            by = _owner_by(obj, earlier, found, ctx)
            return by if by is not None else _named_owner(obj, earlier, found)
        owners = actors_of(national, ctx)
        if owners and all(a.kind == "media" for a in owners):
            # "the El Tiempo report": what that outlet told (as source or as the outlet a source
            # spoke through), or nothing when it told nothing here; never its country's claims
            names = {a.text.lower() for a in owners}
            out = [k for k in earlier if names & {a.text.lower() for a in (*found[k].source, *found[k].via)}]
            return out[-1:] if _singular(obj) else out
        keys = {k for a in owners if (k := actor_key(a))}
        out = [k for k in earlier if any(actor_key(a) in keys for a in found[k].source)] if keys else []
        if len(out) > 1 and obj.lemma_.lower() in _TALLIES:
            # "rejected the Armenian casualty figures": the claims of that side that give numbers
            out = [k for k in out if _gives_number(found[k])] or out
        if len(out) > 1 and _one_claim(obj):
            shared = [k for k in out if _words(t for t in obj.subtree if t.i not in (obj.i, national.i)) & _words(
                found[k].sentence.doc[found[k].content[0]:found[k].content[1]])]
            # "the Azerbaijani claim that ...": one of the kind the noun names when none shares words
            out = shared or [k for k in out if found[k].stance in _KINDS.get(obj.lemma_.lower(), ())] or out
        return (out[-1:] if _one_claim(obj) else out) or None
    owners = actors_of(poss, ctx)
    codes = {a.code for a in owners if a.code and not a.code.startswith("---")}
    head = poss.lemma_.lower()
    out = [k for k in earlier if head in _spoken_for(found[k]) or any(
        (a.code in codes) or (a.text.split() and a.text.split()[-1].lower() in (head, poss.lower_))
        for a in found[k].source
    )]
    if not out:
        return None
    return out[-1:] if _one_claim(obj) else out


def _spoken_for(item: Found) -> set[str]:
    """The body a source phrase speaks for, as the words that name it: 'a coalition spokesman',
    'a spokesman for the army' (the owner 'the coalition's account' names)."""
    speaker = item.speaker
    if speaker is None or speaker.pos_ == "PRON":
        return set()
    words = [c for c in speaker.children if c.dep_ in ("compound", "poss") and c.i < speaker.i]
    words += [p for c in speaker.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for p in c.children
              if p.dep_ == "pobj"]
    return {t.lemma_.lower() for t in (speaker, *words)}


def _owner_by(obj: Token, earlier: list[int], found: list[Found], ctx: Context) -> list[int] | None:
    """'contradicting an account by the RSF', 'reports by the rebels': the earlier claims of the
    owner the "by" phrase names, those on the topic of the answering sentence first (its content
    words outside the noun phrase); None when there is no such phrase or owner claim."""
    by = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
               if p.dep_ == "pobj"), None)
    keys = {k for a in actors_of(by, ctx) if (k := actor_key(a))} if by is not None else set()
    out = [k for k in earlier if any(actor_key(a) in keys for a in found[k].source)] if keys else []
    if not out:
        return None
    inside = {t.i for t in obj.subtree}
    topic = _words(t for t in obj.sent if t.i not in inside and t.i != obj.head.i)
    out = [k for k in out if topic & _words(found[k].sentence.doc[found[k].content[0]:found[k].content[1]])] or out
    return out[-1:] if _one_claim(obj) else out


def _named_owner(obj: Token, earlier: list[int], found: list[Found]) -> list[int] | None:
    """'the El Tiempo report': a claim noun after a proper name (no country's) names the claims
    whose source or outlet carries that name; none when no earlier claim does (the report was
    never told as a claim), and None when the noun has no such name."""
    names = [c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names or names[-1].i + 1 != obj.i:
        return None
    name = " ".join(t.text for t in obj.doc[names[0].left_edge.i:obj.i] if t.pos_ == "PROPN").lower()
    out = [k for k in earlier if any(name in a.text.lower() for a in (*found[k].source, *found[k].via))]
    return out[-1:] if _singular(obj) else out


def _object_concerns(obj: Token, ctx: Context) -> frozenset[str]:
    keys: set[str] = set()
    for t in obj.subtree:
        if t.i == obj.i:
            continue
        m = ctx.index.get(t.i)
        if m is not None and m.actor is not None and m.label != "WEAPON":
            key = actor_key(m.actor)
            if key:
                keys.add(key)
    return frozenset(keys)


def _states_content(obj: Token) -> bool:
    """'reports that Egypt supplied drones', 'claims of direct involvement': the answered noun
    carries its own content clause or 'of' phrase."""
    return any(c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and
               any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in obj.children)


#: Claim nouns that name a whole telling, however many claims it took ("the army's account"
#: is what the army and its spokesman said, not the last sentence of it).
_TELLINGS = frozenset({"account", "version", "narrative", "story", "explanation"})


def _one_claim(obj: Token) -> bool:
    """A singular claim noun that names one claim of its owner's ('the ministry's statement');
    not one that names the owner's whole telling ('the army's account', 'Moscow's version')."""
    return _singular(obj) and obj.lemma_.lower() not in _TELLINGS


#: Claim nouns that name an answer ("the Houthi denial"): what they answer is a denial.
_REBUTTALS = frozenset({"denial", "rebuttal"})


def _answered_answers(item: Found, n: int, found: list[Found], ctx: Context) -> list[int]:
    """'X denied A. ... Y rejected the X denial': the earlier denials (by the owner the noun
    names, when it names one) of another side within ANSWER_WINDOW sentences; the last one
    for a singular noun."""
    own_codes = {a.code for a in item.source if a.code and not a.code.startswith("---")}
    own_state = _states(item.source)
    denials = [k for k in range(n) if found[k].stance == "deny" and item.sent_no - found[k].sent_no <= ANSWER_WINDOW
               and not own_codes & {a.code for a in found[k].source} and not own_state & _states(found[k].source)]
    obj = item.answer_object
    whose = _possessor_claims(obj, denials, found, ctx)
    matched = denials if whose is None else whose
    return matched[-1:] if _singular(obj) else matched


def _singular(obj: Token) -> bool:
    """'this claim', 'the report', 'it' answer one claim; 'these claims' answer several."""
    return obj.pos_ == "PRON" or obj.tag_ in ("NN", "NNP")
