"""A government's protest is a diplomatic complaint, and anyone else's is a street protest.

CAMEO 14 is civilian dissent (demonstrations, strikes); a state that "protests" an act, often
by summoning the other side's envoy ("summoned the ambassador to protest the strikes"), makes
an official complaint (114, "written and institutionalized protests"), aimed at the envoy's
country when one was summoned. Students, workers or crowds who "protested against" the
government dissent (140), however the verb reads.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.pipeline.event_clauses import objects_of, preps_of, subject_of, summoned_to
from tacitus.pipeline.event_roles import act_doers, act_owners, actors_of, same_side, told_act_owners
from tacitus.records import Actor

OFFICIAL_COMPLAINT = "114"
POPULAR_PROTEST = "140"
VERBAL_PROTEST = "110"
# "protested the strikes" (140) and "protested against the strikes" (110).
PROTEST_CODES = {"140", "110"}
STATE_KINDS = {"country", "government"}
STATE_SECTORS = {"GOV"}
ENVOY_WORDS = {"ambassador", "envoy", "charge", "chargé", "d'affaires", "diplomat", "diplomats", "consul",
               "representative", "attache", "attaché", "commissioner", "nuncio"}


def _state(actors: tuple[Actor, ...]) -> bool:
    return bool(actors) and all(a.kind in STATE_KINDS or a.sector in STATE_SECTORS for a in actors)


def diplomatic_protest(ctx, trigger: Token, code: str, src: tuple[Actor, ...]) -> tuple[Actor, ...] | None:
    """The target of a state's protest coded as 114, or None when this is not one."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "protest" or not _state(src):
        return None
    envoy = summoned_to(trigger)  # "summoned the ambassador to protest the strikes"
    if envoy is not None and envoy.lemma_.lower() in ENVOY_WORDS:
        # Whatever the object ("to protest the arrest of ..."), a protest made by summoning an
        # envoy is official.
        return tuple(a for a in actors_of(ctx, envoy) if a.country and all(a.country != s.country for s in src))
    return () if code in PROTEST_CODES else None


def popular_protest(trigger: Token, code: str, src: tuple[Actor, ...]) -> bool:
    """Is "protested against" (110) said of someone other than a state, so dissent (140)?"""
    return code == VERBAL_PROTEST and trigger.pos_ == "VERB" and trigger.lemma_.lower() == "protest" \
        and not any(a.kind in STATE_KINDS or a.sector in STATE_SECTORS for a in src)


# Prepositions that name what a complaint is about ("lodged a protest over the incident").
GRIEVANCE_PREPS = ("over", "about", "against", "at")
# Conjunctions of a clause that tells the act complained of ("protested after X fired a missile").
OCCASION_MARKS = {"after", "when", "as", "following"}


def complaint_target(ctx, trigger: Token, src: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """Whom an official complaint (114) with no addressee is aimed at: the doer of the act it is
    about ("lodged a protest over the incident" after the incident was told; "over Chinese
    drills"), or the subject of a clause telling that act ("lodged a protest after North Korea
    fired a missile"); () when neither names anyone."""
    holders = [trigger, *(o for o in objects_of(trigger))]
    for holder in holders:
        for p, pobj in preps_of(holder):
            if p not in GRIEVANCE_PREPS or pobj is None:
                continue
            found = list(act_owners(ctx, pobj, judge=src) or told_act_owners(ctx, pobj, judge=src)
                         or act_doers(ctx, pobj) or actors_of(ctx, pobj))
            found = [a for a in found if not same_side([a], src)]
            if found:
                return tuple(found)
    for clause in (c for c in trigger.children if c.dep_ == "advcl"):
        if not any(m.dep_ == "mark" and m.lower_ in OCCASION_MARKS for m in clause.children):
            continue
        subj, passive = subject_of(clause)
        if subj is not None and not passive:
            found = [a for a in actors_of(ctx, subj) if not same_side([a], src)]
            if found:
                return tuple(found)
    return ()
