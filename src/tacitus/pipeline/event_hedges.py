"""Speech verbs that only hedge: a caveat given with "cautioned" or "warned", and a
suggestion that tells what may be so rather than proposes what should be done.

"A spokesperson cautioned that it could not independently verify who fired first" threatens
no one: the speaker says what it does not know (a statement, CAMEO 010). "A diplomat suggested
that the incident might have escalated" is a claim (010); "suggested that talks resume", with
the bare subjunctive (or "should"), stays a proposal. The caveat test itself (`clauses.caveat_clause`)
is shared with the claims stage, which reads the same "cautioned" as a hedged assertion.
"""

from __future__ import annotations

from spacy.tokens import Token

# Auxiliaries that keep a "suggested that" clause a proposal ("suggested that talks should resume").
PROPOSING_AUX = {"should", "shall"}
SUGGESTING_VERBS = {"suggest", "propose"}
CAVEAT = "warn:caveat"
CLAIM = "suggest:claim"


def _clause(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)


def suggests_a_claim(verb: Token) -> bool:
    """Is `verb` a "suggested that ..." whose clause is indicative or hedged by a modal ("might
    have escalated", "had stalled", "was behind the attack"), a claim not a proposal?"""
    if verb.lemma_.lower() not in SUGGESTING_VERBS:
        return False
    comp = _clause(verb)
    if comp is None or not any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children):
        return False
    auxes = [c for c in comp.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in PROPOSING_AUX for a in auxes):
        return False
    if not auxes and (comp.tag_ == "VB" or (comp.tag_ == "VBP" and comp.lemma_.lower() not in ("be", "have"))):
        # "suggested that the two sides resume talks": the mandative subjunctive, which a plural
        # subject makes look present ("are" and "have" are the indicative's own forms).
        return False
    return bool(auxes) or comp.tag_ in ("VBD", "VBZ", "VBP")
