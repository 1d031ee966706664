"""The doer a report implies for an agentless strike: "Hegseth said Monday's strike killed four
narco-terrorists", "the army said Sunday's air strike killed 20 militants". A state official
or force telling, unprompted, what a strike without a named doer did to armed enemies tells of
its own side's strike; one telling of civilians or of its own people killed does not."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.pipeline.clauses import clause_head
from tacitus.pipeline.event_clauses import subject_of
from tacitus.pipeline.event_roles import CONFLICT_ROOTS, Ctx, actors_of
from tacitus.records import Actor

# Nouns naming a strike whose doer the sentence leaves out.
STRIKE_NOUNS = {"strike", "airstrike", "raid", "bombing", "bombardment", "operation", "drone"}
# Verbs that tell a strike's result as news of the speaker.
TELLING_VERBS = {"say", "announce", "confirm", "report", "tell", "add"}
# Speakers that speak for a side that strikes.
STRIKING_SECTORS = {"GOV", "MIL"}
# Victims a side does not report striking (its report of them accuses someone else).
UNARMED_SECTORS = {"CVL", "REF", "AGR", "EDU", "HLH", "MED", "REL", "NGO", "JRN"}


def speaker_as_striker(ctx: Ctx, trigger: Token, code: str, target) -> list[Actor]:
    """The speaker's actors as the doer of an agentless strike reported by its own side, or []."""
    if code[:2] not in CONFLICT_ROOTS or trigger.pos_ != "VERB":
        return []
    subj, passive = subject_of(trigger)
    if subj is None or passive or subj.lemma_.lower() not in STRIKE_NOUNS:
        return []
    clause = clause_head(trigger)
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause_head(clause.head)
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in TELLING_VERBS:
        return []
    speaker_tok, speaker_passive = subject_of(clause.head)
    if speaker_tok is None or speaker_passive:
        return []
    speaker = [a for a in actors_of(ctx, speaker_tok) if a.country]
    if not speaker or not all(a.sector in STRIKING_SECTORS or a.kind == "country" for a in speaker):
        return []
    countries = {a.country for a in speaker}
    if not target or any(a.country in countries or a.sector in UNARMED_SECTORS for a in target):
        return []  # "the governor said Sunday's strike killed 20 civilians": someone else's strike
    return speaker
