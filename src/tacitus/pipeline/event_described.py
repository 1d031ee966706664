"""Participles that describe an act of force rather than tell an act of their own: in "an
attack planned and paid for by Belgrade", paying for the attack is no aid (061) and planning it
no cooperation; the agent is named as the attack's author. Inside a speaker's quotation that
naming is the speaker's accusation of the author (112)."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.pipeline.event_clauses import subject_of
from tacitus.pipeline.event_roles import CONFLICT_ROOTS, Ctx, actors_of, same_side

# Verbs that make their agent the author of the act they describe.
AUTHORING_VERBS = {"plan", "pay", "fund", "finance", "sponsor", "order", "orchestrate", "organise", "organize",
                   "mastermind", "bankroll", "direct", "commission", "back", "instigate"}
REPORTING = {"say", "tell", "add", "declare", "state", "insist", "allege", "charge", "claim"}
QUOTES = {'"', "“", "”", "''", "``"}


def described_force(ctx: Ctx, verb: Token) -> Token | None:
    """The force noun (`attack`) when `verb` is an authoring participle hung on it ("an attack
    planned and paid for by X"), else None."""
    if verb.tag_ != "VBN" or ctx.verb_lemma(verb) not in AUTHORING_VERBS:
        return None
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "acl" or head.tag_ != "VBN":
        return None
    entry = ctx.entry(head.head, "noun")
    return head.head if entry is not None and entry.code and entry.code[:2] in CONFLICT_ROOTS else None


def _quoting_speaker(ctx: Ctx, noun: Token):
    """(reporting verb, speaker's actors) when `noun` stands in a quotation the sentence's
    reporting verb attributes ("'... an attack paid for by X,' the minister said")."""
    root = noun.sent.root
    if ctx.verb_lemma(root) not in REPORTING:
        return None
    doc = noun.doc
    lo, hi = sorted((noun.i, root.i))
    if not any(t.text in QUOTES for t in doc[lo:hi]):
        return None
    subj, passive = subject_of(root)
    if subj is None or passive:
        return None
    return root, actors_of(ctx, subj)


def recode_described_force(ctx: Ctx, found: list) -> list:
    """Drop authoring participles on force nouns as events of their own; a quoted one accuses
    its agent on behalf of the speaker (kept once per sentence)."""
    out, accused = [], set()
    for f in found:
        noun = described_force(ctx, f[0])
        if noun is None:
            out.append(f)
            continue
        authors = [a for a in f[3] if a.country]
        quoted = _quoting_speaker(ctx, noun) if authors else None
        if quoted is None or not quoted[1] or same_side(quoted[1], authors) or quoted[0].i in accused:
            continue
        accused.add(quoted[0].i)
        out.append((quoted[0], "112", None, quoted[1], authors, "accusation:authored-force"))
    return out
