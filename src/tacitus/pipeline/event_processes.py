"""Whose a judged domestic process is.

"Observers praised the conduct of the election", "the UN criticised the handling of the
protests": the process (an election run, protests policed) is the home government's, so the
praise or criticism is aimed at that government when the article makes the country clear (one
country among the places and parties told around it, less a foreign judge's own). Left empty
when the country is unclear or the judge is that government itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.pipeline.event_clauses import objects_of, preps_of
from tacitus.pipeline.event_roles import Ctx, home_country, same_side
from tacitus.records import Actor

# Nouns of running something ("the conduct of the election", "its handling of the crisis").
PROCESS_NOUNS = {"conduct", "handling", "management", "organisation", "organization", "running",
                 "administration", "policing", "oversight"}
# What a state runs at home: elections and the unrest it polices.
DOMESTIC_NOUNS = {"election", "elections", "vote", "poll", "polls", "ballot", "referendum", "runoff",
                  "protest", "protests", "demonstration", "demonstrations", "unrest", "riots", "crackdown"}


def _process_of(verb: Token) -> Token | None:
    """The judged "conduct of the election": the process noun whose "of" names a domestic
    process; None when it has an owner of its own ("Kenya's handling", "by the police")."""
    for obj in objects_of(verb):
        if obj.lemma_.lower() not in PROCESS_NOUNS:
            continue
        if any(c.dep_ == "poss" for c in obj.children) or any(p == "by" for p, _ in preps_of(obj)):
            return None
        if any(p == "of" and pobj is not None and (pobj.lower_ in DOMESTIC_NOUNS or pobj.lemma_.lower() in DOMESTIC_NOUNS)
               for p, pobj in preps_of(obj)):
            return obj
    return None


def process_holder(ctx: Ctx, verb: Token, judge: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The home government whose domestic process the verb judges, or ()."""
    process = _process_of(verb)
    if process is None:
        return ()
    country = home_country(ctx, verb) or home_country(ctx, verb, outsiders=judge)
    if country is None:
        return ()
    holder = Actor(text=process.text, country=country, sector="GOV", code=country + "GOV", kind="group",
                   rule="process-holder", confidence=0.5)
    return () if same_side([holder], judge) else (holder,)
