"""The country of civilian victims told without one.

"Four children and a man were killed in Israeli tank shelling in the east of the Gaza Strip":
the actor stage reads "children" as civilians of no country (---CVL); a CAMEO coder gives them
the country of the place where they were hit (PSECVL). The place is the first one named inside
the act's own clause (not where the attack came from), else the article's dateline, else a place run into the sentence before
the act (a dateline the parser kept in the sentence, "GAZA CITY, Palestinian Territories: ...").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tacitus.pipeline import mentions_starting_in
from tacitus.records import Actor

VICTIM_SECTORS = {"CVL"}


def _place_countries(ctx, lo: int, hi: int) -> list[str]:
    """Countries of the places in [lo, hi), but for where an attack came from ("rockets fired
    from Gaza" hit elsewhere)."""
    places = ctx.doc._.tacitus_places or []
    out = []
    for m in mentions_starting_in(ctx.doc, "places", places, lo, hi):
        if m.place is None or not m.place.country:
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "from":
            continue
        out.append(m.place.country)
    return out


_DATELINE_KEY = "tacitus_victims_dateline"


def _dateline_country(doc) -> str | None:
    """The country of the first place named as the article's dateline, found once per document
    (each victims event asked for it again over every place of the article)."""
    if _DATELINE_KEY not in doc.user_data:
        location = getattr(doc._.tacitus_article, "location", None)
        found = next((m.place.country for m in (doc._.tacitus_places or []) if location and m.place is not None
                      and m.place.country and m.text.lower() == location.lower()), None)
        doc.user_data[_DATELINE_KEY] = found
    return doc.user_data[_DATELINE_KEY]


def _victims_place_country(ctx, trigger: Token) -> str | None:
    clause = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge)
    found = _place_countries(ctx, *clause)
    if found:
        return found[0]
    dateline = _dateline_country(ctx.doc)
    if dateline is not None:
        return dateline
    sent = trigger.sent
    found = _place_countries(ctx, sent.start_char, clause[0])
    return found[0] if found else None


def placed_victims(ctx, trigger: Token, target: tuple[Actor, ...]) -> tuple[tuple[Actor, ...], bool]:
    """The target with civilians of no country given the country of where they were hit, and
    whether any was."""
    if not any(a.country is None and a.sector in VICTIM_SECTORS for a in target):
        return target, False
    country = _victims_place_country(ctx, trigger)
    if country is None:
        return target, False
    out = tuple(replace(a, country=country, code=country + (a.code[3:] if a.code and a.code.startswith("---")
                                                             else a.sector or ""),
                        rule=a.rule + "+country:victims-place")
                if a.country is None and a.sector in VICTIM_SECTORS else a for a in target)
    return out, True
