"""Places stage: find toponyms, resolve them against the gazetteer, and locate events.

`find_places(doc)` takes spaCy's GPE/LOC/FAC entities (and known places the small model
mislabels, such as a city tagged PERSON), widens a name followed by a level word ("Donetsk
province", "Kursk region") to the division, and resolves each name in two passes: first
alone, then with the countries the article is about as context. Every place carries a
feature ID, coordinates, country, admin level, precision, the rule and a confidence, with
scored alternatives when the name is ambiguous. Capitals used as metonyms ("Moscow warned")
stay places; the actors stage may give the same span an actor and the mention merge keeps both.
A name the article gives a disease ("Marburg virus") or a person ("Maya Harden") is no place
where it stands alone without a place cue ("Because Marburg kills", "Harden was"), unless it is
a country, a curated division or region, or a large city. A river, lake or delta says so in
`Place.feature_kind`, and so does a border crossing or bridge ("the Kerem Shalom crossing"); a
name with such a noun after it is looked up whole, and two names the model split at "of" are
one where the whole is a place ("Port of Spain"). A small town's other name (a GeoNames
alternate) in a country the article gives no other sign of is no reading ("the village of Banjska" is not Bansko, Bulgaria, in a
story about Kosovo); a division named like its own big city is the city where the sentence
speaks of a city ("at the United Nations in New York"); near-tied towns follow the countries of
the sentence's other places. A dateline may name its country ("TBILISI, Georgia"). A river or
lake of several countries takes the one of them the sentence's other places are in (else the
dateline's); a feature word cut from its name ("Pag-asa" + "Island") is joined back, and alone
is no place; a curated crossing said to be a place counts though the model tags it otherwise
("via Rafah and Kerem Shalom").

`event_location(doc, sent, trigger)` picks where an event happened from its own clause: a
place in a locative phrase governed by the trigger ("attacks on Kyiv"), or a national
adjective on a locative noun ("at a Russian cosmodrome" -> Russia at country precision).
With none, an event that carries on the scene of the sentence before in its paragraph takes
that scene's place (`event-location:scene`); an act in an unnamed part of "the country" ("in
the north of the country", "across the country") is in the country the article means, at country
precision and low confidence (`event-location:the-country:north`); and only then does the
dateline stand in, and not when the sentence names a place of its own away from it.
Residents' acts are where they live ("residents of Lethem said"); a bearing from a town places
an act by it ("60 miles southwest of Hodeidah"); a bare "the crossing" / "the port" / "the shoal"
is the last such place named (`anaphor:<noun>`, lower confidence).
A country-level location always says so (`precision="country"`); nothing falls back to a
country centre silently.
"""

from __future__ import annotations

import bisect
import logging
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from difflib import SequenceMatcher

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tacitus import ontology
from tacitus.errors import TacitusError
from tacitus.gazetteer import (
    DIVISION_LEVELS,
    Candidate,
    Feature,
    Gazetteer,
    distance_km,
    load_gazetteer,
    normalize_name,
)
from tacitus.pipeline import doc_text, mentions_starting_in
from tacitus.pipeline.actors_lexicon import OUTLET_TAILS
from tacitus.pipeline.clauses import REPORTING_LEMMAS, clause_head, own_clause
from tacitus.pipeline.date_scope import fronted_participle, harm_participles
from tacitus.records import Actor, Mention, Place, PlaceAlternative

log = logging.getLogger(__name__)

PLACE_LABELS = ("GPE", "LOC", "FAC")
# Labels the small model sometimes gives to well-known places.
MISLABELS = ("PERSON", "ORG", "NORP", "PRODUCT", "LANGUAGE")  # "in Rafah" tagged LANGUAGE
TITLE_LABELS = ("WORK_OF_ART", "EVENT", "LAW")  # "The Manchar Lake" at a sentence's start read as a title
WATER_WORDS = {"lake", "river", "reservoir", "delta", "sea", "valley", "basin", "dam", "canal", "marshes"}
# Words after a name that say which admin level is meant.
LEVEL_WORDS = {
    "province": "province", "oblast": "admin1", "region": "admin1", "governorate": "admin1",
    "state": "admin1", "prefecture": "admin1", "krai": "admin1", "territory": "admin1",
    "county": "admin2", "district": "admin2", "parish": "admin2", "department": "province",
    "city": "city", "town": "city", "village": "city",
}
# Prepositions that introduce where something happened (not "to", which is a direction).
LOCATIVE_PREPS = {"in", "at", "near", "on", "inside", "outside", "across", "throughout", "around", "within",
                  "over", "off", "along", "into", "onto", "outskirts", "upon", "beside", "towards", "toward"}
# A direction is not where an act happened: "sent aircraft toward Taiwan", "in the direction of Kyiv".
DIRECTION_PREPS = {"toward", "towards"}
# What "to" before a name makes a place of: a way there or a move there.
ROUTE_NOUNS = {"road", "highway", "route", "railway", "flight", "flights", "border", "corridor", "convoy", "exodus"}
MOTION_VERBS = {"flee", "travel", "return", "head", "move", "go", "drive", "march", "advance", "retreat", "relocate",
                "evacuate", "deport", "fly", "sail", "walk", "transfer", "escape", "withdraw", "come", "migrate"}
DIRECTION_NOUNS = {"direction", "directions"}
EVENT_PREPS = LOCATIVE_PREPS - DIRECTION_PREPS
PRECISION = {"city": "city", "admin2": "admin2", "admin1": "admin1", "region": "region", "country": "country",
             "continent": "continent"}
# Score bonuses on top of the gazetteer's: a place inside a division the article names, and a
# place written "<town>, <division>".
WITHIN_BONUS = 1.5
CONTAINER_BONUS = 4.0
SAME_ARTICLE_BONUS = 3.0  # a name that an earlier mention resolved keeps that reading
# The division of the article's other towns: per town, at most the cap; a listed neighbour's more.
NEARBY_BONUS = 1.0
NEARBY_CAP = 2.0
LIST_NEIGHBOUR_BONUS = 1.5


def find_places(doc: Doc, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Geolocated place mentions of `doc`, in text order.

    Args:
        doc: a parsed Doc (entities set); `doc._.tacitus_article` and `doc._.tacitus_actors`
            are used for context when present.
        gazetteer: defaults to the packaged one.

    Returns:
        Mentions labelled GPE, LOC or FAC, each with `.place` set.

    Example:
        >>> doc = nlp("Shelling hit Kharkiv and the Donetsk region.")
        >>> [m.place.admin_level for m in find_places(doc)]
        ['city', 'admin1']
    """
    gaz = gazetteer or load_gazetteer()
    spans = _toponym_spans(doc, gaz)
    if not spans:
        return []
    # Pass 1: resolve each name alone; confident answers say which countries the article is about.
    context: Counter[str] = Counter()
    vouched: Counter[str] = Counter()  # how many of those answers each name gave
    # The first-level divisions of the towns resolved with confidence, per span and in all.
    town_division: dict[int, str] = {}
    confident: dict[int, str] = {}  # span -> country of its confident reading
    for k, (_, name, level, _, _) in enumerate(spans):
        cands = gaz.lookup(name, level=level)
        # another spelling of a town ("Qalqilya") is read in the article's context, never sets it
        if (cands and (len(cands) == 1 or cands[0].score - cands[1].score >= 1.0) and cands[0].feature.country
                and cands[0].matched != "variant"):
            confident[k] = cands[0].feature.country
            context[cands[0].feature.country] += 1
            vouched[normalize_name(name)] += 1
            if cands[0].feature.level in ("city", "admin2") and cands[0].feature.admin1:
                town_division[k] = normalize_name(cands[0].feature.admin1)
    towns_in = Counter(town_division.values())
    # The divisions of each name's own confident readings, counted once per article (not per span).
    own_divisions: dict[str, Counter[str]] = {}
    for k, division in town_division.items():
        own_divisions.setdefault(normalize_name(spans[k][1]), Counter())[division] += 1
    placed = Counter(context)  # the countries of the places alone, for a name two countries share
    for iso3, n in _actor_countries(doc, [(sp.start_char, sp.end_char) for sp, *_ in spans]).items():
        context[iso3] += 0.5 * n
    theatre = _theatre(doc, gaz, context)
    context.update(theatre)
    dateline, _ = _dateline_place(doc, gaz)  # "KYIV, Oct 16 (Reuters) -"
    if dateline is not None and dateline.country:
        context[dateline.country] += 1
        placed[dateline.country] += 1
    total = sum(context.values()) or 1.0
    sent_index = {sent.start: i for i, sent in enumerate(doc.sents)} if doc.has_annotation("SENT_START") else {}
    # Divisions the article names: a town inside one of them is the likelier reading.
    named = {normalize_name(name) for _, name, level, *_ in spans
             if any(c.feature.level in ("admin1", "admin2") for c in gaz.lookup(name, level=level, limit=1))}
    named |= {key.rsplit(" ", 1)[0] for key in named if key.rsplit(" ", 1)[-1] in LEVEL_WORDS}  # "scott county" -> "scott"
    joins = _joins(doc, spans)
    list_levels = _list_levels(spans, joins, gaz)
    resolved: set[str] = set()  # features already chosen in this article
    read_as: dict[str, str] = {}  # the country each name resolved to, for the sentence rule
    mentions: list[Mention] = []
    waters: dict[int, Feature] = {}  # mention -> its river or lake of several countries
    # A name read again with the same level and container gets the same reading: remember the
    # candidates (and the plain Place) per article, as articles repeat their places many times.
    readings: dict[tuple, tuple[list, bool]] = {}
    plain_places: dict[tuple, Place] = {}
    same_sentence: dict[int, list[int]] = {}  # sentence start -> the spans in it, for the sentence rule
    for k, (sp, *_) in enumerate(spans):
        same_sentence.setdefault(sp.sent.start, []).append(k)
    for i, (span, name, level, label, rule) in enumerate(spans):
        asked = level
        container = _container(spans, joins, i, gaz)
        if level is None and _is_container(spans, joins, i, gaz):  # "Austin, Indiana": Indiana the state
            level = "province"
        if level is None and i in list_levels:  # "Utah, Virginia, Washington and Wyoming": the state
            level = list_levels[i]
        near = _near_divisions(i, name, spans, joins, town_division, towns_in, own_divisions)
        key = (name, asked, level, container, tuple(sorted(near.items())))
        if key in readings:
            cands, weighted = readings[key]
        else:
            first = gaz.lookup(name, level=asked)
            # "Congo", a short name of two countries: news writes it bare for the larger (the
            # DRC); only the article's places (Brazzaville, Pointe-Noire) read it as the other,
            # not its actors, whose country the same bare name may have set
            own = Counter(placed if _shared_country_name(first) else context)
            # a name does not vouch for itself, however often written (a variant never vouches)
            if first and first[0].feature.country and first[0].matched != "variant":
                # ... but keeps the theatre's weight, which its rivals next door get too ("Rafah"
                # after "Israeli soldiers": Gaza's and Egypt's both border Israel)
                c = first[0].feature.country
                own[c] = max(own[c] - (vouched[normalize_name(name)] or 1), theatre.get(c, 0))
            # a neighbour of an armed actor's country, and no more, counts at most THEATRE_CAP
            weights = {c: min(THEATRE_CAP if own[c] <= theatre.get(c, 0) else 1.0, 3 * n / total)
                       for c, n in own.items() if n > 0}
            within = dict.fromkeys(named - {normalize_name(name)}, WITHIN_BONUS)
            if container is not None:  # "Austin, Indiana": the town in Indiana
                within[normalize_name(container)] = CONTAINER_BONUS
            cands = gaz.lookup(name, context=weights, level=level, within=within, limit=250 if near else 8)
            if near:
                cands = _nearer_towns(cands, near)
            weighted = bool(weights)
            readings[key] = cands, weighted
        if len(cands) > 1 and cands[0].score - cands[1].score < SENTENCE_TIE:
            cands = _sentence_countries(i, spans, same_sentence[span.sent.start], confident, read_as, cands)
        if cands and container is None:  # "the village of Banjska" read as Bansko in a story about Kosovo
            cands = _drop_stray_alternates(cands, context, vouched[normalize_name(name)])
        if cands and asked in DIVISION_LEVELS and not any(c.feature.level != "city" for c in cands):
            # "Kasai province" with no such division known: a namesake town only in a country the
            # article gives other signs of ("Donetsk province" finds the oblast before this)
            own_sign = vouched[normalize_name(name)]
            cands = [c for c in cands if context.get(c.feature.country or "", 0) - own_sign > 0]
        if cands and level is None and cands[0].feature.level == "admin1":
            cands = _city_meant(span, name, cands, spans, joins, i, dateline, gaz)
        if cands and level is None:
            cands = _seat_first(name, cands)
        if cands and container is None and any(c.feature.kind == "seat" for c in cands):
            # the text spells the seat whole and after a locative (`_government_seat_placed`): a country the
            # article names does not make "the White House" Casablanca's other name
            cands = [c for c in cands if c.feature.kind == "seat"]
        if cands and container is None and _definite_stray_town(doc, span, cands, context,
                                                                 vouched[normalize_name(name)]):
            # "patrolled the Baltic": "the" before a name the article ties to no small town's
            # country is a sea or a region ("Baltic Sea"), never Baltic, Connecticut.
            cands = _sea_or_region(gaz, name)
            rule += "+sea-or-region"
        if cands and container is None and _island_stray_town(doc, span, cands, context, theatre,
                                                               vouched[normalize_name(name)]):
            continue  # "landed on Patos island" in a story about Venezuela: not Patos, Brazil
        if cands and container is None and _village_stray_town(doc, span, cands, context, theatre,
                                                                vouched[normalize_name(name)]):
            continue  # "near the village of Bistrica" in a story about Kosovo: not a namesake in North Macedonia
        if not cands:
            continue
        why = f"{rule}+{'context' if weighted else 'prior'}"
        if any(c.feature.id in resolved for c in cands[1:]):  # "the Republic of Congo ... Congo": the same one
            cands = sorted((replace(c, score=round(c.score + SAME_ARTICLE_BONUS, 3)) if c.feature.id in resolved else c
                            for c in cands), key=lambda c: (-c.score, c.feature.id))
            place = _place(cands, why)
        else:
            memo = (key, why, tuple((c.feature.id, c.score) for c in cands[:2]))  # sentence rules may re-rank
            place = plain_places.get(memo)
            if place is None:
                place = plain_places[memo] = _place(cands, why)
        if place.country is None and cands[0].feature.id == place.feature_id and cands[0].feature.countries:
            waters[len(mentions)] = cands[0].feature
        resolved.add(place.feature_id)
        if place.country:
            read_as.setdefault(normalize_name(name), place.country)
        mentions.append(Mention(
            text=span.text, start=span.start_char, end=span.end_char, label=label, place=place,
            sentence=sent_index.get(span.sent.start) if sent_index else None, rule=place.rule, confidence=place.confidence,
        ))
    named_countries = {m.place.country for m in mentions if m.place is not None and m.place.country}
    for k, feature in waters.items():
        mentions[k] = _shared_water_country(mentions[k], feature, mentions, dateline, named_countries)
    return mentions


def _shared_country_name(cands: list[Candidate]) -> bool:
    """Whether the name is an alternate name of two countries or more ("Congo")."""
    return sum(c.feature.level == "country" and c.matched == "alternate" for c in cands) >= 2


def _shared_water_country(mention: Mention, feature: Feature, mentions: list[Mention],
                          dateline: Place | None, named: set[str]) -> Mention:
    """A river or lake of several countries has none of its own; the stretch the text means is
    in the one of them that the sentence's other places are in ("patrolled the Prut near
    Ungheni": Moldova), or failing that the dateline's, when the article places nothing in
    another of its countries (`named`: the countries of the article's places): a story from
    New Delhi about the Indus and Pakistan is about the shared river. Unchanged when none (or
    more than one) of its countries is named so; the rule says `water-country:<how>`."""
    near = {m.place.country for m in mentions if m.sentence == mention.sentence and m.start != mention.start
            and m.place is not None} & set(feature.countries)
    how = "sentence"
    if (not near and dateline is not None and dateline.country in feature.countries
            and not (named & set(feature.countries)) - {dateline.country}):
        near, how = {dateline.country}, "dateline"
    if len(near) != 1 or mention.place is None:
        return mention
    place = replace(mention.place, country=near.pop(), rule=f"{mention.place.rule}+water-country:{how}")
    return replace(mention, place=place, rule=place.rule)


STRAY_TOWN_POPULATION = 100_000
# Readings this close are settled by the countries of the sentence's other places.
SENTENCE_TIE = 1.0
SENTENCE_BONUS = 1.0


def _sentence_countries(i: int, spans: list, neighbours: list[int], confident: dict[int, str],
                        read_as: dict[str, str], cands: list[Candidate]) -> list[Candidate]:
    """Near-tied towns in different countries: the one in the country of another place of the
    same sentence, read with confidence, goes first ("airstrikes in Rafah, according to the Gaza
    health ministry": Rafah in Gaza, not in Egypt, though the article names Egypt more). `read_as`:
    the country of each name the article has already resolved; `neighbours`: the indices of the
    spans in the same sentence (`i` among them)."""
    own = normalize_name(spans[i][1])
    near = {confident.get(k) or read_as.get(normalize_name(spans[k][1])) for k in neighbours
            if k != i and normalize_name(spans[k][1]) != own} - {None}
    towns = [c for c in cands[:2] if c.feature.level == "city" and c.feature.country]
    if not near or len(towns) < 2 or towns[0].feature.country == towns[1].feature.country:
        return cands  # towns only: a sea, a region or a country is not settled by its neighbours
    scored = [replace(c, score=round(c.score + SENTENCE_BONUS, 3))
              if c.feature.level == "city" and c.feature.country in near else c for c in cands]
    return sorted(scored, key=lambda c: (-c.score, c.feature.id))


def _drop_stray_alternates(cands: list[Candidate], context: Counter[str], own: int) -> list[Candidate]:
    """Without the readings that are a small town's other name (GeoNames alternates include old,
    foreign and look-alike spellings) in a country the article gives no other sign of, when it
    gives signs of some country: "the village of Banjska" in a story about Kosovo is not Bansko
    (Bulgaria). A name with no other reading is then left unplaced rather than put far away.
    `own`: how much of the context the name itself gave."""
    first = cands[0].feature
    others = sum(n for c, n in context.items() if c != first.country and n > 0)
    if not others:
        return cands
    return [c for c in cands if not (  # a curated point's short name is no stray spelling: "via Kerem Shalom"
        c.matched == "alternate" and c.feature.level == "city" and not c.feature.id.startswith("tacitus:")
        and (c.feature.population or 0) < STRAY_TOWN_POPULATION
        and context.get(c.feature.country or "", 0) - (own if c.feature.country == first.country else 0) <= 0)]
STRAY_TOWN_SUPPORT = 2.0  # context weight: a toponym counts 1, an actor 0.5
SEA_WORDS = ("Sea", "Ocean")


def _definite_stray_town(doc: Doc, span: Span, cands: list[Candidate], context: Counter[str], own: int) -> bool:
    """Is `span` a one-word name after "the" whose best reading is a small GeoNames town in a country
    the article gives little other sign of ("the Baltic" -> Baltic, Connecticut)? `own`: how much of
    the context the name itself gave."""
    words = [t for t in span if t.lower_ != "the"]
    f = cands[0].feature
    if span.end < len(doc) and doc[span.end].lower_ in AFTER_NOUNS:  # "the Adre crossing" is at the town
        return False
    if _tail_follows(span, CROSSING_TAILS):
        return False  # "the Adre border crossing" too
    return (len(words) == 1 and (span[0].lower_ == "the" or span.start > 0 and doc[span.start - 1].lower_ == "the")
            and not normalize_name(f.name).startswith("the ")  # "The Dalles" is the town's own name
            and not f.id.startswith("tacitus:")  # a curated point: "at the Kremlin"
            and f.level == "city" and (f.population or 0) < STRAY_TOWN_POPULATION
            and context.get(f.country or "", 0) - own < STRAY_TOWN_SUPPORT)


ISLAND_NOUNS = {"island", "islands", "islet", "islets", "atoll"}


def _island_stray_town(doc: Doc, span: Span, cands: list[Candidate], context: Counter[str],
                       theatre: dict[str, float], own: int) -> bool:
    """Is `span` a name written before "island" whose best reading is a small town in a country
    the article gives no other sign of? Then the text names an island the gazetteer lacks
    ("Patos island" in a story about Venezuela is not Patos, Brazil), and no place is better than
    a town far away. A curated island joins its noun before this (`_feature_tail`); a town in the
    article's country stays ("Lamu island" in a story about Kenya). Bordering an armed actor's
    country is no sign (`theatre`: Venezuelan troops make no Brazilian island); `own`: how much
    of the context the name itself gave."""
    if span.end >= len(doc) or doc[span.end].lower_ not in ISLAND_NOUNS:
        return False
    f = cands[0].feature
    return (f.level == "city" and not f.id.startswith("tacitus:") and not f.capital
            and (f.population or 0) < STRAY_TOWN_POPULATION and context.get(f.country or "", 0) - theatre.get(f.country or "", 0) - own <= 0)


VILLAGE_NOUNS = {"village", "villages", "hamlet", "hamlets", "settlement", "settlements"}
VILLAGE_POPULATION = 20_000


def _village_stray_town(doc: Doc, span: Span, cands: list[Candidate], context: Counter[str],
                        theatre: dict[str, float], own: int) -> bool:
    """Is `span` a name the text calls a village ("the village of X", "the villages of X and Y")
    whose best reading is a small town in a country the article gives no other sign of, while it
    gives signs of others? Village names repeat across a region, and the gazetteer lacks most
    villages: a namesake across the border is no better than no place. `theatre` and `own` as
    for `_island_stray_town`."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:  # "the villages of Bumbacari and Dudescu"
        first = first.head
    i = min(span.start, first.left_edge.i) - 1
    if i < 1 or doc[i].lower_ != "of" or doc[i - 1].lower_ not in VILLAGE_NOUNS:
        return False
    f = cands[0].feature
    if f.level != "city" or f.id.startswith("tacitus:") or f.capital or (f.population or 0) >= VILLAGE_POPULATION:
        return False
    others = sum(n for c, n in context.items() if c != f.country and n > 0)
    return others > 0 and context.get(f.country or "", 0) - theatre.get(f.country or "", 0) - own <= 0


# A division named like its own big city ("New York") is the city where the sentence speaks of
# a city's things, unless it speaks of the division's.
NAMESAKE_CITY = 1_000_000
CITY_CUES = {"mayor", "city", "downtown", "headquarters", "headquartered", "borough", "subway", "un", "u.n.",
             "nations", "street", "exchange", "airport", "consulate", "embassy"}
DIVISION_CUES = {"state", "statewide", "upstate", "governor", "legislature", "county", "counties", "province",
                 "provincial"}


def _city_meant(span: Span, name: str, cands: list[Candidate], spans: list, joins: list[str | None], i: int,
                dateline: Place | None, gaz: Gazetteer) -> list[Candidate]:
    """Put first the big city inside the division a name reads as, when the text means the city:
    the dateline is that city, the sentence speaks of a city's things ("at the United Nations in
    New York", "a Wall Street bank"), or the name is listed with a city ("from New York and
    Toronto"). Not when the sentence speaks of a state or province ("New York Governor")."""
    division = cands[0].feature
    key = normalize_name(name)
    city = next((c for c in cands if c.feature.level == "city" and c.feature.country == division.country
                 and normalize_name(c.feature.admin1) == key and (c.feature.population or 0) >= NAMESAKE_CITY), None)
    if city is None:
        return cands
    words = {t.lower_ for t in span.sent}
    if words & DIVISION_CUES:
        return cands
    cue = dateline is not None and dateline.feature_id == city.feature.id or bool(words & CITY_CUES)
    for k in (i - 1, i + 1):  # a neighbour in a list that is a city, not a division
        if not cue and 0 <= k < len(spans) and _joined(joins, min(i, k)) in ("and", "or", ", and", ", or"):
            best = gaz.lookup(spans[k][1], level=spans[k][2], limit=1)
            cue = bool(best) and best[0].feature.level == "city" and (best[0].feature.population or 0) >= 100_000
    if not cue:
        return cands
    # the sentence's cue outweighs an earlier mention's reading (SAME_ARTICLE_BONUS) too
    lifted = replace(city, score=round(cands[0].score + SAME_ARTICLE_BONUS + 1.0, 3))
    return [lifted, *(c for c in cands if c.feature.id != city.feature.id)]


SEAT_POPULATION = 50_000


def _seat_first(name: str, cands: list[Candidate]) -> list[Candidate]:
    """A GeoNames division read by its bare name, when a town inside it is written almost the
    same ("Mitrovica" the district, "Mitrovicë" its town), is the town, as the gazetteer already
    rules for a town of exactly the division's name (SHADOWED): "gathered in Mitrovica"."""
    top = cands[0]
    if not (top.feature.id.startswith("geonames-admin") and top.matched == "name"):
        return cands
    key = normalize_name(top.feature.name)
    seat = next((c for c in cands[1:] if c.feature.level == "city" and c.feature.country == top.feature.country
                 and key in (normalize_name(c.feature.admin1), normalize_name(c.feature.admin2))
                 and (c.feature.population or 0) >= SEAT_POPULATION and _near_spelling(name, c.feature.name)), None)
    if seat is None:
        return cands
    return [replace(seat, score=round(top.score + 0.1, 3)), *(c for c in cands if c.feature.id != seat.feature.id)]


def _sea_or_region(gaz: Gazetteer, name: str) -> list[Candidate]:
    """The sea, ocean or region a bare name stands for ("Baltic" -> the Baltic Sea), or []."""
    for full in (*(f"{name} {w}" for w in SEA_WORDS), f"{name}s"):
        cands = gaz.lookup(full, limit=1)
        if cands and cands[0].feature.level in ("region", "continent") \
                and normalize_name(cands[0].feature.name) == normalize_name(full):
            return cands
    return []


def _near_divisions(i: int, name: str, spans: list, joins: list[str | None], town_division: dict[int, str],
                    towns_in: Counter[str], own_divisions: dict[str, Counter[str]]) -> dict[str, float]:
    """Bonuses for the divisions where the article's other towns lie: a little for each other
    town resolved with confidence (an article about Tyler and Dallas means the Fairfield in
    Texas), more for the towns listed with this one ("San Juan, Choropampa and Magdalena")."""
    key = normalize_name(name)
    own = own_divisions.get(key, Counter())
    out = {d: min(NEARBY_CAP, NEARBY_BONUS * (n - own[d])) for d, n in towns_in.items() if n > own[d]}
    members = []
    j = i
    while _joined(joins, j - 1) is not None:
        j -= 1
        members.append(j)
    j = i
    while _joined(joins, j) is not None:
        j += 1
        members.append(j)
    for k in members:
        if k in town_division and normalize_name(spans[k][1]) != key:
            out[town_division[k]] = out.get(town_division[k], 0.0) + LIST_NEIGHBOUR_BONUS
    return out


def _nearer_towns(cands: list[Candidate], near: dict[str, float], limit: int = 8) -> list[Candidate]:
    """Towns in the divisions of the article's other towns gain those divisions' bonuses: towns
    only (a division is not made likelier by the towns inside it), by their own name (not the
    town once called "Atlantic")."""
    if any(c.feature.level in ("country", "admin1", "continent", "region") and c.matched == "name" for c in cands):
        return cands[:limit]  # "Texas" stays the state, as in the gazetteer's own `within`
    scored = [replace(c, score=round(c.score + near.get(normalize_name(c.feature.admin1), 0.0), 3))
              if c.feature.level == "city" and c.feature.admin1 and c.matched == "name" else c for c in cands]
    return sorted(scored, key=lambda c: (-c.score, c.feature.id))[:limit]


def _joins(doc: Doc, spans: list) -> list[str | None]:
    """For each place i, what joins it to place i + 1 when only a comma or a conjunction stands
    between them ("," / "and" / "or"), else None; computed once per article."""
    text = doc_text(doc)
    out: list[str | None] = []
    for i in range(len(spans)):
        between = ""
        if i + 1 < len(spans) and spans[i][0].end <= spans[i + 1][0].start:
            between = text[spans[i][0].end_char:spans[i + 1][0].start_char].strip().lower()
        out.append(between if between in (",", "and", "or", ", and", ", or") else None)
    return out


def _joined(joins: list[str | None], i: int) -> str | None:
    """What joins place i to place i + 1 (see `_joins`), None at either end of the list."""
    return joins[i] if 0 <= i < len(joins) - 1 else None


def _container(spans: list, joins: list[str | None], i: int, gaz: Gazetteer | None = None) -> str | None:
    """The name right after "<this place>, " ("Austin, Indiana" -> "Indiana") when the two are
    not part of a longer list ("Washington, Pennsylvania and California"), else None. With the
    gazetteer, a third name that is a country closes the address: "Stroud, Ontario, Canada"."""
    if _joined(joins, i) != "," or _joined(joins, i - 1) is not None:
        return None
    after = _joined(joins, i + 1)
    if after is not None and not (
            after == "," and gaz is not None and _joined(joins, i + 2) is None and i + 2 < len(spans)
            and any(c.feature.level == "country" for c in gaz.lookup(spans[i + 2][1], limit=1))):
        return None
    return spans[i + 1][1]


def _list_levels(spans: list, joins: list[str | None], gaz: Gazetteer) -> dict[int, str]:
    """In a list of three or more places, the level most members clearly have, for the others
    that can have it too: a list of US states makes "Washington" the state."""
    out: dict[int, str] = {}
    i = 0
    while i < len(spans):
        j = i
        while _joined(joins, j) is not None:
            j += 1
        if j - i >= 2:
            members = range(i, j + 1)
            best = {k: gaz.lookup(spans[k][1], level=spans[k][2], limit=1) for k in members}
            levels = Counter(b[0].feature.level for b in best.values() if b)
            level, n = levels.most_common(1)[0] if levels else ("", 0)
            if level in ("admin1", "country") and n >= 2 and n * 2 > len(members):
                for k in members:
                    if best[k] and best[k][0].feature.level != level and spans[k][2] is None:
                        out[k] = level
        i = j + 1
    return out


def _is_container(spans: list, joins: list[str | None], i: int, gaz: Gazetteer) -> bool:
    """Whether this name follows "<place>, " and names a division that place lies in."""
    if i == 0 or _container(spans, joins, i - 1, gaz) is None:
        return False
    key = normalize_name(spans[i][1])
    inside = {c.feature.country for c in gaz.lookup(spans[i - 1][1], level=spans[i - 1][2], limit=60)
              if key in (normalize_name(c.feature.admin1), normalize_name(c.feature.admin2))}
    # "Taipei, Taiwan": a country whose main division has its name is the country here; "Atlanta,
    # Georgia" stays the state, the country Georgia not being where Atlanta lies.
    country = [c.feature.country for c in gaz.lookup(spans[i][1], limit=1)
               if c.feature.level == "country" and c.matched == "name"]
    return bool(inside) and not (country and country[0] in inside)


def event_location(doc: Doc, sent: Span, trigger: Token, gazetteer: Gazetteer | None = None, *,
                   code: str | None = None, source: Iterable[Actor] = (),
                   target: Iterable[Actor] = ()) -> Place | None:
    """Where the event triggered by `trigger` in `sent` happened, from its own clause.

    Looks for a place in a locative phrase ("in", "at", "on", "near" ...) inside the trigger's
    subtree (the most specific, then the nearest), then in locative phrases elsewhere in the
    sentence that do not belong to another verb's clause. A phrase that describes a target or a
    topic is not where the event happened: "sanctions on settlers in the West Bank", "talks over
    a truce in Sudan", and for a verbal act (CAMEO quad 1 or 3) "praised the war in Ukraine".
    A national adjective on a locative noun ("at a Russian cosmodrome") gives the country at
    country precision. A place that is the object of a visit or of a physical act ("visited
    Kenya", "shelled Kharkiv") or the destination of a movement ("deployed troops to Belarus")
    is the location too. When the clause names no place, an event that continues the scene of
    one of the two sentences before it in its paragraph takes that scene's place (see
    `_scene_location`); failing that, an event whose source belongs to the
    dateline's country (and whose target to no other) is put at the dateline, at lower
    confidence, and says so.

    Args:
        doc, sent, trigger: the parsed article, the event's sentence and its trigger token.
        gazetteer: defaults to the packaged one.
        code: the event's CAMEO code, when known (verbal acts skip places inside their object).
        source, target: the event's actors, for the dateline rule.

    Returns:
        The Place (its `rule` says how it was chosen: `event-location:<how>:<word>`), or None
        when neither the clause nor the dateline rule gives one.
    """
    gaz = gazetteer or load_gazetteer()
    places = doc._.tacitus_places if doc._.tacitus_places is not None else find_places(doc, gaz)
    by_token = _places_by_token(doc, places, sent)
    verbal = _is_verbal(code)
    subtree = own_clause(trigger)
    found = _locative_places(sent, trigger, by_token, gaz, subtree, verbal=verbal)
    if found is None:
        found = _object_place(trigger, by_token, code)
    if found is None:
        head = clause_head(trigger)
        if head.i != trigger.i:  # a noun trigger: the rest of its verb's clause
            found = _locative_places(sent, trigger, by_token, gaz, own_clause(head), rule="clause", verbal=verbal)
    if found is None and trigger.head.pos_ == "VERB" and (trigger.dep_ == "conj" or _bare_participle(trigger)):
        # "met Kim in Pyongyang, and the two signed a pact", "attacked a base near Beledweyne,
        # killing nine soldiers": the governing verb's place holds for both
        first = trigger.head
        rule = "conjunct" if trigger.dep_ == "conj" else "participle"
        found = _locative_places(sent, first, by_token, gaz, own_clause(first), rule=rule, verbal=verbal)
    if found is None and trigger.pos_ in ("VERB", "AUX"):
        # "shelled the town on Sunday, killing three civilians in Kidal": the harm the act did
        # there says where it was
        for part in harm_participles(trigger):
            found = _locative_places(sent, part, by_token, gaz, own_clause(part), rule="harm-participle",
                                     verbal=verbal)
            if found is not None:
                break
    if found is None and trigger.pos_ in ("VERB", "AUX"):
        # "Speaking in Brussels on Tuesday, the envoy urged ...": the occasion the subject acted on
        for part in fronted_participle(trigger):
            found = _locative_places(sent, part, by_token, gaz, own_clause(part), rule="occasion-participle")
            if found is None and part.lemma_.lower() in ("visit", "tour"):
                found = _replace_rule(_object_place(part, by_token, "042"), "event-location:occasion-participle:visit")
            if found is not None:
                break
    if found is None and trigger.pos_ == "NOUN":
        # "airstrikes killed 24 people in Rafah" parsed as a noun with a reduced relative, "strikes
        # carried out near Idlib": the verb describing the act says where it was
        for verb in (c for c in trigger.children if c.dep_ == "acl" and c.pos_ == "VERB"):
            found = _locative_places(sent, trigger, by_token, gaz, own_clause(verb), rule="acl", verbal=verbal)
            if found is not None:
                break
    if found is None and trigger.pos_ == "VERB" and not any(c.dep_ in ("dobj", "prep") for c in trigger.children):
        # "rammed and fired water cannon at boats near the shoal": a verb with neither object nor
        # phrase of its own shares its conjunct's
        for conj in (c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            found = _locative_places(sent, conj, by_token, gaz, own_clause(conj), rule="shared-conjunct", verbal=verbal)
            if found is not None:
                break
    if found is None and trigger.pos_ in ("VERB", "AUX"):
        # "Talks in Jeddah produced a declaration", "A meeting in Doha ended": the place of the
        # subject that names the gathering is the event's
        for subj in (c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")
                     and c.lemma_.lower() in GATHERING_NOUNS):
            found = _locative_places(sent, subj, by_token, gaz, {t.i for t in subj.subtree}, rule="subject",
                                     verbal=verbal)
            if found is not None:
                break
    if found is None and trigger.dep_ in ("advcl", "xcomp") and _purpose(trigger) \
            and trigger.head.lemma_.lower() in MOVE_LEMMAS:
        # "will travel to Tokyo next week to meet Ishiba": the journey's end is where it meets
        found = _replace_rule(_object_place(trigger.head, by_token, None), "event-location:purpose")
    if found is None and trigger.dep_ == "advcl" and trigger.head.pos_ in ("VERB", "AUX") \
            and trigger.head.lemma_.lower() not in REPORTING_LEMMAS and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in SAME_SCENE_MARKS for c in trigger.children):
        # "closed a bridge in Mitrovica after a crowd gathered": a temporal clause with no place
        # of its own tells what happened at the scene of the physical act it times (the place
        # is judged for that act, not for a statement: "said in Kabul after ..." does not count)
        found = _locative_places(sent, trigger.head, by_token, gaz, own_clause(trigger.head),
                                 rule="temporal-clause")
    if found is None:
        found = _scene_location(doc, sent, trigger, gaz, subtree, source, target, code=code, by_token=by_token)
    if found is None:
        found = _country_part_location(doc, sent, trigger, gaz, subtree, source, target)
    if found is None:
        found = _dateline_location(doc, gaz, subtree, source, target, sent=sent, code=code, by_token=by_token)
    return found


# Marks of a clause telling what happened at the same time and scene as its governor's act.
SAME_SCENE_MARKS = {"after", "when"}  # not "while" or "as": often a parallel act elsewhere
# Nouns for a gathering whose place, given on the subject, is where its verb's act happened.
GATHERING_NOUNS = {"talk", "talks", "meeting", "negotiation", "negotiations", "summit", "conference",
                   "consultation", "consultations"}
COUNTRY_PART_CONFIDENCE = 0.35  # a whole country for a part of it, and "the country" read from context
COMPASS_NOUNS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre",
                 "center", "interior"}
COMPASS_ADJECTIVES = {"northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
                      "southwestern", "central"}
PART_NOUNS = {"part", "parts", "region", "regions", "area", "areas"}
WHOLE_PREPS = {"across", "throughout", "in", "around", "over", "nationwide"}
COUNTRY_WORDS = {"country", "nation"}
COUNTRY_PART_REACH = 2  # sentences back where the country "the country" means may be named


def _country_part_location(doc: Doc, sent: Span, trigger: Token, gaz: Gazetteer, clause: set[int],
                           source: Iterable[Actor], target: Iterable[Actor]) -> Place | None:
    """The country that "the country" means, for an act placed in a part of it or across it
    without a name ("raided two villages in the north of the country", "in the country's east",
    "protests spread across the country"): of the countries named in this sentence or the two
    before it, the dateline's and the event's actors', the one the article names most. Country
    precision and a low confidence, and the rule names the part (`event-location:the-country:north`);
    never the dateline's town."""
    scope = set(clause)
    head = clause_head(trigger)
    if head.i != trigger.i:
        scope |= own_clause(head)
    if trigger.dep_ in ("conj", "advcl") and trigger.head.pos_ in ("VERB", "AUX"):  # "raided ..., stealing fuel"
        scope |= own_clause(trigger.head)
    part = next((p for p in (_country_part(doc[i]) for i in sorted(scope)) if p is not None), None)
    if part is None:
        return None
    iso3 = _the_country(doc, sent, gaz, [*source, *target])
    if iso3 is None:
        return None
    place = _country_place(gaz, iso3, f"event-location:the-country:{part}")
    return replace(place, confidence=COUNTRY_PART_CONFIDENCE) if place is not None else None


def _country_part(tok: Token) -> str | None:
    """The part of the country a locative phrase names with "the country" ("north" for "in the
    north of the country" or "in the country's north", "whole" for "across the country"), or None."""
    if tok.lemma_.lower() not in COUNTRY_WORDS or not any(c.dep_ == "det" and c.lower_ in ("the", "this")
                                                           for c in tok.children):
        return None
    if tok.dep_ == "poss":  # "the country's north", "the country's northern regions"
        part = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep":  # "the north of the country"
        part = tok.head.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in WHOLE_PREPS and tok.head.dep_ == "prep":
        return "whole" if not any(c.dep_ in ("amod", "compound", "prep", "relcl") for c in tok.children) else None
    else:
        return None
    word = part.lemma_.lower()
    if word in PART_NOUNS:
        adjective = next((c.lower_ for c in part.children if c.dep_ == "amod" and c.lower_ in COMPASS_ADJECTIVES), None)
        word = adjective.removesuffix("ern").removesuffix("al") if adjective else None
        word = {"centr": "centre"}.get(word or "", word)
    elif word not in COMPASS_NOUNS:
        return None
    if word is None or part.dep_ != "pobj" or part.head.lower_ not in EVENT_PREPS:
        return None
    return word


def _the_country(doc: Doc, sent: Span, gaz: Gazetteer, actors: list[Actor]) -> str | None:
    """The country "the country" means in `sent` (see `_country_part_location`)."""
    places = [m for m in doc._.tacitus_places or () if m.place is not None and m.place.country]
    memo = doc.user_data.get("tacitus_scene_sentences")
    if memo is None:
        sents = list(doc.sents)
        memo = doc.user_data["tacitus_scene_sentences"] = (sents, {s.start: n for n, s in enumerate(sents)})
    sents, index = memo
    here = index.get(sent.start, 0)
    first = sents[max(0, here - COUNTRY_PART_REACH)]
    near = Counter(m.place.country for m in places if first.start_char <= m.start < sent.end_char)
    article = Counter(m.place.country for m in places)
    dateline, _ = _dateline_place(doc, gaz)
    options = set(near) | {a.country for a in actors if a.country}
    if dateline is not None and dateline.country:
        options.add(dateline.country)
        article[dateline.country] += 1
    options.discard(None)
    if not options:
        return None
    return max(sorted(options), key=lambda c: (article[c], near[c]))


def _bare_participle(trigger: Token) -> bool:
    """An -ing clause with no subject of its own that continues its verb's act ("attacked the
    base, killing nine"); a clause with its own subject ("as rebels shelled X") is another act."""
    return (trigger.dep_ == "advcl" and trigger.tag_ == "VBG"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in trigger.children))


def _is_verbal(code: str | None) -> bool:
    """A verbal act (quad class 1 or 3): its object is what was said about, not where."""
    if not code:
        return False
    try:
        return ontology.cameo(code).quad_class in (1, 3)
    except (KeyError, TacitusError):
        return False


# Acts whose direct object, when a place, is where they happened: visits and physical acts.
OBJECT_PLACE_ROOTS = {"042", "043", "15", "17", "18", "19", "20"}
# Movements whose destination ("to X") is where the event happened.
MOVE_LEMMAS = {"deploy", "redeploy", "dispatch", "travel", "fly", "arrive", "return", "move", "sail", "march",
               "advance", "relocate", "station", "airlift"}


# Acts that take people or goods away, whose "from X" is where they were done (not a
# departure: "fled from Goma" is no act in Goma).
TAKEN_FROM_LEMMAS = {"abduct", "kidnap", "snatch", "steal", "loot", "rescue", "free", "seize", "grab", "take"}


# Withdrawals whose "from X" ("out of X") is the place the act ends a presence in.
WITHDRAW_LEMMAS = {"withdraw", "pull", "retreat", "evacuate", "redeploy"}


def _object_place(trigger: Token, by_token: dict[int, Mention], code: str | None) -> Place | None:
    """The place a visit or a physical act is done to ("visited Kenya", "shelled Kharkiv", "seized
    the town of Goma"), or the destination of a movement ("deployed troops to Belarus")."""
    if code and (code[:3] in OBJECT_PLACE_ROOTS or code[:2] in OBJECT_PLACE_ROOTS):
        for child in trigger.children:
            # the passive's subject is the object too: "Kharkiv was shelled overnight"
            if child.dep_ in ("dobj", "nsubjpass"):
                hit = _place_in_phrase(child, by_token)
                if hit is not None:
                    return _replace_rule(hit.place, "event-location:object")
    if trigger.lemma_.lower() in WITHDRAW_LEMMAS and not any(
            c.dep_ == "dobj" and c.lemma_.lower() not in FORCE_NOUNS for c in trigger.children):
        # "troops withdrew from Mali", "pulled its forces out of Mali": the place left; not
        # "withdrew its ambassador from Paris", a step taken at home
        for prep in trigger.children:
            objs = [c for c in prep.children if c.dep_ == "pobj"] if prep.lower_ == "from" else [
                g for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"] if prep.lower_ == "out" else []
            for obj in objs:
                hit = _place_in_phrase(obj, by_token)
                if hit is not None:
                    return _replace_rule(hit.place, "event-location:left:" + prep.lower_)
    if trigger.lemma_.lower() in TAKEN_FROM_LEMMAS:
        # "abducted 20 women from a camp in Gwoza": the place people or goods were taken from
        for prep in trigger.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    # the place itself, or where the thing named is ("a camp in Gwoza")
                    hit = _place_in_phrase(obj, by_token) or next(
                        (by_token[t.i] for t in obj.subtree if t.i in by_token and t.head.dep_ == "prep"
                         and t.head.lower_ in ("in", "at", "near", "outside") and t.head.head.i == obj.i), None)
                    if hit is not None:
                        return _replace_rule(hit.place, "event-location:taken-from")
    if trigger.lemma_.lower() in MOVE_LEMMAS:
        for prep in trigger.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "into"):
                for obj in prep.children:
                    toward = obj.dep_ != "pobj" or obj.lemma_.lower() in DIRECTION_NOUNS  # "into the direction of"
                    hit = _place_in_phrase(obj, by_token) if not toward else None
                    if hit is not None:
                        return _replace_rule(hit.place, f"event-location:destination:{prep.lower_}")
    return None


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose: "to meet" (not "in order" spelled out, not a participle)."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


SCENE_CONFIDENCE = 0.55  # below a place of the event's own clause, above the dateline's
SCENE_REACH = 2  # sentences back, within the paragraph
# Unnamed people at a scene, whom a following sentence names by role: "Hundreds of Serbs gathered
# in Mitrovica. Police said protesters threw stones." Crowds may speak at the scene too ("the
# crowd demanded ..."); the forces only act there (their statements come from elsewhere).
CROWD_NOUNS = {"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "marcher", "resident", "villager",
               "worker", "striker", "student", "supporter"}
FORCE_NOUNS = {"police", "policeman", "officer", "trooper", "troop", "soldier", "fighter", "gunman", "attacker",
               "militant", "guard", "force", "security"}
# Scene sentences whose place is a whole country or more set no scene: "Protests spread in Georgia".
SCENE_LEVELS = ("city", "admin2", "admin1", "region", "feature")


def _scene_location(doc: Doc, sent: Span, trigger: Token, gaz: Gazetteer, clause: set[int],
                    source: Iterable[Actor], target: Iterable[Actor], *, code: str | None,
                    by_token: dict[int, Mention]) -> Place | None:
    """The place of the scene the previous sentence (or the one before, in the same paragraph)
    sets, for an event with no place of its own that continues that scene: an actor of it acts
    again, or unnamed people at a scene do ("Hundreds of Serbs gathered in Mitrovica. Police said
    protesters threw stones at officers"). Not across a paragraph break, nor past a sentence that
    names another place, nor when this sentence names a new scene of its own ("while in Pristina
    ..."), nor for a body of another country than the scene's ("Serbia's foreign ministry
    condemned the arrests"), nor for a statement by anyone but the crowd. The rule says
    `scene`; the confidence lies between the clause's own places and the dateline's."""
    source, target = list(source), list(target)
    verbal = _is_verbal(code)
    if _unnamed_place(doc, clause) or _other_scene(doc, sent, trigger, by_token):
        return None
    memo = doc.user_data.get("tacitus_scene_sentences")
    if memo is None:  # once per article: a long one holds thousands of events
        sents = list(doc.sents)
        memo = doc.user_data["tacitus_scene_sentences"] = (sents, {s.start: n for n, s in enumerate(sents)})
    sents, index = memo
    here = index.get(sent.start)
    if here is None:
        return None
    places = doc._.tacitus_places or []
    for n in range(here - 1, max(-1, here - 1 - SCENE_REACH), -1):
        prev = sents[n]
        between = doc_text(doc)[prev.start_char:sents[n + 1].start_char]  # a sentence keeps its trailing blank lines
        if "\n" in between[len(between.rstrip()):]:
            return None  # a paragraph break: a new scene
        actors = [m.actor for m in mentions_starting_in(doc, "actors", doc._.tacitus_actors or [], prev.start_char,
                                                         prev.end_char) if m.actor is not None]
        prev_places = _places_by_token(doc, places, prev)
        place = _scene_place(prev, prev_places, gaz)
        if place is None:
            if any(_in_locative(doc[i]) for i in prev_places):
                return None  # the sentence between moved elsewhere
            continue
        if place.admin_level not in SCENE_LEVELS or not _continues(source, target, actors, place, verbal):
            return None
        confidence = max(DATELINE_CONFIDENCE + 0.05, min(place.confidence - 0.05, SCENE_CONFIDENCE))
        return replace(place, rule=f"event-location:scene; {place.rule}", confidence=round(confidence, 3))
    return None


def _scene_place(sent: Span, by_token: dict[int, Mention], gaz: Gazetteer) -> Place | None:
    """Where the sentence's main act happened: a place in its root verb's clause, its conjoined
    verbs' or the clause it reports ("Police said protesters gathered in X")."""
    root = sent.root
    verbs = [root] + [c for c in root.children if c.pos_ in ("VERB", "AUX") and (
        c.dep_ == "conj" or c.dep_ == "ccomp" or _bare_participle(c))]
    for verb in verbs:
        found = _locative_places(sent, verb, by_token, gaz, own_clause(verb))
        if found is not None and "demonym" not in found.rule:
            return found
    return None


def _head_word(actor: Actor) -> str:
    words = actor.text.lower().split()
    word = words[-1] if words else ""
    return word[:-1] if word.endswith("s") and word[:-1] in CROWD_NOUNS | FORCE_NOUNS else word


def _continues(source: list[Actor], target: list[Actor], scene_actors: list[Actor], place: Place,
               verbal: bool) -> bool:
    """Whether the event's actors carry on the scene: one of the scene's actors again (the same
    knowledge-base entry, or the same code with a sector), or unnamed people at a scene, of the
    scene's country or none; no named source, nor one of another country, that the scene did not
    name ("the European Union imposed sanctions on Russian officers")."""
    def same(a: Actor, b: Actor) -> bool:
        return bool(a.kb_id and a.kb_id == b.kb_id) or bool(
            a.code and len(a.code) > 3 and not a.code.startswith("---") and a.code == b.code)

    def seen(a: Actor) -> bool:
        return any(same(a, b) for b in scene_actors)

    def local(a: Actor, nouns: set[str]) -> bool:  # unnamed: "police", not "Russian intelligence officers"
        return _head_word(a) in nouns and a.kb_id is None and a.country in (None, place.country)

    if any((a.kb_id or a.country not in (None, place.country)) and not seen(a) for a in source):
        return False  # a named body the scene did not name: "Serbia's foreign ministry condemned the arrests"
    if verbal:  # a statement: only the crowd speaks at the scene
        return bool(source) and all(local(a, CROWD_NOUNS) or seen(a) and _head_word(a) in CROWD_NOUNS for a in source)
    return any(seen(a) or local(a, CROWD_NOUNS | FORCE_NOUNS) for a in source + target)


def _unnamed_place(doc: Doc, clause: set[int]) -> bool:
    """The clause says where the act was without naming it ("in the north", "in the capital")."""
    return any(doc[i].dep_ == "pobj" and doc[i].head.lower_ in EVENT_PREPS
               and doc[i].lemma_.lower() in ELSEWHERE_NOUNS | {"capital", "city"} for i in clause)


def _other_scene(doc: Doc, sent: Span, trigger: Token, by_token: dict[int, Mention]) -> bool:
    """Whether the sentence names a place in a locative phrase outside the clauses that report
    the event ("Police in Belgrade said ..." reports; "while in Pristina hundreds rallied" is a
    new scene)."""
    for i in by_token:
        if not _in_locative(doc[i]):
            continue
        verb = clause_head(doc[i])
        if verb.i == trigger.i or not any(t.i == trigger.i for t in verb.subtree):
            return True
    return False


DATELINE_CONFIDENCE = 0.4
# Acts done in the field, not in the newsroom's town: force postures, fighting, mass violence.
FIELD_ROOTS = ("15", "19", "20")
# Sources that are not where the dateline's government sits: rebels and insurgents.
OUTSIDE_SECTORS = ("REB", "INS")
# A sentence that names a place this far from the dateline is not about the dateline's town.
FAR_KM = 100.0
NEAR_KM = 25.0  # a town this far from the dateline's is another town
AROUND_KM = 50.0  # an area centred this near the dateline's town, though not its division, is around it
# Unnamed parts of a country: an act "in the north of the country" is not at the dateline.
ELSEWHERE_NOUNS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "border",
                   "frontier", "coast", "countryside", "province", "region", "village", "town", "outskirts", "waters",
                   "sea", "front", "frontline"}
# "Withdraw from the area" names a place away from the newsroom too; "in the area" may be its own town.
FROM_NOUNS = ELSEWHERE_NOUNS | {"area"}


def _dateline_location(doc: Doc, gaz: Gazetteer, clause: set[int], source: Iterable[Actor],
                       target: Iterable[Actor], *, sent: Span | None = None, code: str | None = None,
                       by_token: dict[int, Mention] | None = None) -> Place | None:
    """The dateline's place for a domestic event: every source actor belongs to the dateline's
    country and no target to another ("Georgian police detained protesters" in a TBILISI
    story). "The capital" in the clause names the dateline when it is its country's capital.
    Not for force postures and fighting (CAMEO 15, 19, 20: a front, not the newsroom's town), nor
    for rebels or insurgents, nor where the clause says the act was elsewhere without naming the
    place ("in the north of the country"), nor when a locative phrase of the sentence names a
    place far from the dateline ("a camp in Sudan's Darfur region").
    Lower confidence; the rule says `dateline`."""
    place, is_capital = _dateline_place(doc, gaz)
    if place is None:
        return None
    source, target = list(source), list(target)
    if any(a.sector in OUTSIDE_SECTORS for a in source):
        return None
    domestic = bool(source) and all(a.country == place.country for a in source) and all(
        a.country in (None, place.country) for a in target)
    capital = is_capital and any(
        doc[i].lemma_.lower() == "capital" and doc[i].dep_ == "pobj" and doc[i].head.lower_ in LOCATIVE_PREPS
        and not any(c.dep_ in ("prep", "poss") for c in doc[i].children) for i in clause)
    if capital and domestic:  # "shot down missiles over the capital" in a KYIV story
        return replace(place, rule=f"event-location:dateline-capital; {place.rule}", confidence=0.7)
    if domestic and not _elsewhere(doc, place, clause, code, by_token if sent is not None else None, gaz):
        return replace(place, rule=f"event-location:dateline; {place.rule}",
                       confidence=round(min(place.confidence, DATELINE_CONFIDENCE), 3))
    return None


def _elsewhere(doc: Doc, place: Place, clause: set[int], code: str | None,
               by_token: dict[int, Mention] | None, gaz: Gazetteer | None = None) -> bool:
    """Whether the text puts an act away from the dateline's town (see `_dateline_location`)."""
    if code and code[:2] in FIELD_ROOTS:
        return True
    reach = clause | {t.i for i in clause for t in doc[i].subtree}  # "offices run by Serbia in the north"
    named = by_token or {}
    if any(i not in named and doc[i].dep_ == "pobj" and (  # "in the Kyiv region" names its place
            doc[i].head.lower_ in EVENT_PREPS and doc[i].lemma_.lower() in ELSEWHERE_NOUNS
            or doc[i].head.lower_ == "from" and doc[i].lemma_.lower() in FROM_NOUNS and _has_det(doc[i]))
           for i in reach):  # "withdraw its vessels from the area", not "students from abroad"
        return True
    if not by_token:
        return False
    town = _dateline_feature(gaz, place) if gaz is not None else None
    return any(  # a place of its own in a locative phrase, not "accused Caracas" (a metonym)
        _away_from(m.place, place, town) for i, m in by_token.items() if _in_locative(doc[i]))


def _away_from(named: Place, dateline: Place, town: Feature | None) -> bool:
    """Whether a place the sentence names in a locative phrase is somewhere other than the
    dateline's town: another country; a town more than NEAR_KM from it; an area that is not
    one of the town's divisions and is centred over AROUND_KM away ("in the Kyiv region" is
    around Kyiv, "into the Gaza Strip" is not Jerusalem's), or, when the town's divisions are not
    known, over FAR_KM away."""
    if named.admin_level == "country":
        return named.country != dateline.country
    if named.admin_level in ("city", "admin2"):  # towns and crossings: points
        return distance_km(named.lat, named.lon, dateline.lat, dateline.lon) > NEAR_KM
    km = distance_km(named.lat, named.lon, dateline.lat, dateline.lon)
    if town is not None and (town.admin1 or town.admin2):
        key = normalize_name(named.name)
        own = any(a and (key == a or key.startswith(a + " ") or a.startswith(key + " "))
                  for a in (normalize_name(town.admin1), normalize_name(town.admin2)))
        return not own and km > AROUND_KM  # "the Kyiv region" around Kyiv (which GeoNames sets apart)
    return km > FAR_KM


def _dateline_feature(gaz: Gazetteer, place: Place) -> Feature | None:
    """The gazetteer feature of the dateline's place (for its divisions)."""
    return next((c.feature for c in gaz.lookup(place.name, limit=20) if c.feature.id == place.feature_id), None)


def _has_det(tok: Token) -> bool:
    return any(c.dep_ in ("det", "poss") for c in tok.children)


def _in_locative(tok: Token) -> bool:
    """Whether `tok` stands in a locative phrase ("in Sudan's Darfur region", "near Goma")."""
    while tok.dep_ in SAME_PLACE_DEPS and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in EVENT_PREPS


def _dateline_place(doc: Doc, gaz: Gazetteer) -> tuple[Place | None, bool]:
    """The article's dateline place ("TBILISI, May 1 -") and whether it is a capital, resolved
    once per article."""
    memo = doc.user_data.get("tacitus_dateline_place")
    if memo is not None:
        return memo
    article = doc._.tacitus_article
    dateline = getattr(article, "location", None) if article is not None else None
    memo = (None, False)
    if isinstance(dateline, str) and dateline.strip():
        cands = _dateline_candidates(gaz, dateline)
        if cands:
            memo = (_place(cands, "dateline"), cands[0].feature.capital)
    doc.user_data["tacitus_dateline_place"] = memo
    return memo


def _dateline_candidates(gaz: Gazetteer, dateline: str) -> list[Candidate]:
    """The town of a dateline, which may name its country or division after a comma ("TBILISI,
    Georgia", "Jeddah, Saudi Arabia", "ATLANTA, Georgia"): a town in that country or division."""
    town, _, where = (part.strip() for part in dateline.partition(","))
    town = town.title() if town.isupper() else town
    if not where:
        return gaz.lookup(town, level="city")
    key = normalize_name(where)
    countries = [c.feature.country for c in gaz.lookup(where, limit=5) if c.feature.level == "country"]
    cands = gaz.lookup(town, level="city", context=countries, within=[key])
    inside = [c for c in cands if c.feature.country in countries or key in (
        normalize_name(c.feature.admin1), normalize_name(c.feature.admin2))]
    return inside or cands


def _places_by_token(doc: Doc, places: list[Mention], sent: Span) -> dict[int, Mention]:
    """Each token of the sentence's geolocated place mentions, mapped to its mention; built once
    per sentence (a sentence can hold many events)."""
    memo = doc.user_data.get("tacitus_place_tokens")
    if memo is None or memo[0] is not places:
        memo = doc.user_data["tacitus_place_tokens"] = (places, {})
    by_token = memo[1].get((sent.start, sent.end))
    if by_token is None:
        by_token = memo[1][(sent.start, sent.end)] = {}
        for m in mentions_starting_in(doc, "places", places, sent.start_char, sent.end_char):
            if m.place is not None:
                for tok in doc.char_span(m.start, m.end, alignment_mode="expand") or ():
                    by_token[tok.i] = m
    return by_token


# Nouns whose "on" names a target, not a place: "sanctions on Minsk", "talks on Gaza".
NOT_LOCATIVE_ON = {"sanction", "sanctions", "ban", "embargo", "tariff", "tariffs", "pressure", "restriction",
                   "restrictions", "talks", "deal", "agreement", "report", "comment", "comments", "stance",
                   "position", "focus", "call", "calls", "demand", "demands", "vote", "decision", "policy",
                   "resolution", "statement", "views", "debate", "negotiations", "dependence", "reliance"}
_NOT_LOCATIVE_ON_LEMMAS = NOT_LOCATIVE_ON | {w.rstrip("s") for w in NOT_LOCATIVE_ON}
SPECIFICITY = {"city": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4, "continent": 5}


def _locative_places(sent: Span, trigger: Token, by_token: dict[int, Mention], gaz: Gazetteer,
                     allowed: set[int], rule: str = "subtree", verbal: bool = False) -> Place | None:
    options: list[tuple[float, int, Place | None]] = []  # (specificity, distance, place)
    doc = sent.doc
    anchor = clause_head(trigger) if rule == "clause" else trigger
    for i in sorted(allowed):  # the allowed tokens of the sentence, in text order
        if not sent.start <= i < sent.end:
            continue
        tok = doc[i]
        if tok.dep_ != "prep" or tok.lower_ not in EVENT_PREPS and not _dwellers_of(tok) and not _offset_of(tok):
            continue
        if _topical(tok) or not _describes_event(tok, anchor, verbal):
            continue
        for obj in tok.children:
            if obj.dep_ not in ("pobj", "pcomp") or obj.lemma_.lower() in DIRECTION_NOUNS:
                continue
            distance = abs(tok.i - trigger.i)
            hit = _place_in_phrase(obj, by_token)
            if hit is not None:
                place = _replace_rule(hit.place, f"event-location:{rule}:{tok.lower_}")
                options.append((SPECIFICITY.get(hit.place.admin_level, 4), distance, place))
                continue
            # "near the Nigerian border": either side of it, so no country
            country = _national_adjective(obj, gaz) if obj.lemma_.lower() not in BORDER_NOUNS else None
            if country is not None:
                # after any named place of country precision or finer: "at a Philippine boat near
                # Second Thomas Shoal", "at a Chinese ship off Vietnam"
                place = _country_place(gaz, country, f"event-location:{rule}:{tok.lower_}+demonym")
                options.append((SPECIFICITY["country"] + 0.5, distance, place))
    options = [o for o in options if o[2] is not None]
    if not options:
        return None
    # The most specific place first ("in Khan Younis in the southern Gaza Strip"), then the nearest.
    options.sort(key=lambda o: (o[0], o[1]))
    return options[0][2]


BORDER_NOUNS = {"border", "frontier", "boundary", "borderland", "borderlands"}


# People who live in a place: "residents of Lethem said", "villagers of Tawila fled" happen
# where they live. Not office-holders ("the mayor of Lethem" may speak anywhere).
DWELLER_LEMMAS = {"resident", "inhabitant", "villager", "townspeople", "townsfolk"}


def _dwellers_of(prep: Token) -> bool:
    """An "of" naming where the people before it live ("residents of Lethem")."""
    return prep.lower_ == "of" and prep.head.lemma_.lower() in DWELLER_LEMMAS


def _offset_of(prep: Token) -> bool:
    """An "of" after a compass word that places the act by a town: "hit 60 nautical miles
    southwest of Hodeidah", "clashes north of Goma"."""
    return prep.lower_ == "of" and prep.head.lower_ in COMPASS_NOUNS - {"centre", "center", "interior"} \
        and prep.head.dep_ in ("advmod", "npadvmod", "prep", "pobj")


def _topical(prep: Token) -> bool:
    """A preposition that names a target or a topic here: "sanctions on Minsk", and "impose
    bans on X" where the parser hangs "on" on the verb."""
    if prep.lower_ not in ("on", "upon", "onto"):
        return False
    head = prep.head
    return head.lemma_.lower() in _NOT_LOCATIVE_ON_LEMMAS or (head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _NOT_LOCATIVE_ON_LEMMAS for c in head.children))


# Verbs whose object is the event itself ("held talks in Pyongyang", "signed a deal in Hanoi"),
# so a place on the object is where a verbal act happened.
LIGHT_VERBS = {"hold", "sign", "conduct", "stage", "host", "convene", "open", "begin", "start", "resume", "launch",
               "give", "make", "issue", "deliver", "reach", "conclude", "attend", "chair"}
# Verbs of speaking to an audience: the audience's place is where they spoke ("told supporters
# in Caracas", "briefed reporters in Brussels"), unlike a topic's ("praised the troops in Ukraine").
AUDIENCE_VERBS = {"tell", "address", "brief", "inform", "assure"}
AUDIENCE_NOUNS = {"supporter", "reporter", "journalist", "crowd", "lawmaker", "legislator", "diplomat", "student",
                  "resident", "official", "delegate", "audience", "rally", "gathering", "press", "crowds",
                  "supporters", "reporters", "journalists", "lawmakers", "diplomats", "students", "residents"}


# Places of an act's own scene behind "from" ("chased boats from waters near the shoal").
FROM_LOCALE_NOUNS = {"water", "waters", "vicinity"}


# Things whose "over" is where they stand, not a topic ("the bridge over the Ibar in Mitrovica").
SPANNING_NOUNS = {"bridge", "dam"}


def _describes_event(prep: Token, anchor: Token, verbal: bool) -> bool:
    """Whether a locative phrase says where the event of `anchor` happened, judged on the path
    from the phrase up to `anchor`: not when the path crosses a non-locative or topical
    preposition ("restrictions on settlers in the West Bank", "talks over a truce in Sudan"),
    nor, for a verbal act, its object ("praised the war in Ukraine", "condemned the bombing in
    Kabul") unless the verb is light ("held talks in Pyongyang")."""
    node = prep.head
    while node.i != anchor.i:
        if node.dep_ in ("pobj", "pcomp"):
            via = node.head
            inner = not verbal and via.lower_ in ("of", "for")  # "attacked a camp for displaced people in Darfur"
            # "expelled two vessels from waters near Kinmen": the waters the act drove them from
            inner = inner or via.lower_ == "from" and node.lemma_.lower() in FROM_LOCALE_NOUNS
            # "hosted two rounds of talks in Ankara": the gathering a light verb's object counts
            inner = inner or via.lower_ == "of" and node.lemma_.lower() in GATHERING_NOUNS
            spanning = via.lower_ == "over" and via.head.lemma_.lower() in SPANNING_NOUNS  # "the bridge over the Ibar"
            if (via.lower_ not in EVENT_PREPS and not inner) or via.lower_ == "over" and not spanning or _topical(via):
                return False
        elif verbal and node.dep_ in ("dobj", "attr", "dative", "oprd") and node.head.i == anchor.i \
                and node.pos_ == "NOUN" and anchor.lemma_.lower() not in LIGHT_VERBS \
                and not (anchor.lemma_.lower() in AUDIENCE_VERBS and node.lemma_.lower() in AUDIENCE_NOUNS):
            return False  # not "met Kim in Pyongyang", nor "told supporters in Caracas"
        if node.head.i == node.i:  # the root: the phrase is not under the anchor at all
            return True
        node = node.head
    return True


# Dependency links inside a noun phrase that keep naming the same place ("the outskirts of
# Kyiv", "the town of Goma", "Ukraine's east", "the Kyiv region"); a place further down behind
# another preposition ("a truce in Sudan") is judged as a phrase of its own.
SAME_PLACE_DEPS = {"compound", "appos", "conj", "poss", "nmod", "amod"}


def _place_in_phrase(obj: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The place mention a prepositional object (or a direct object) is or contains."""
    if obj.i in by_token:
        return by_token[obj.i]
    for tok in obj.subtree:
        m = by_token.get(tok.i)
        if m is None or ">embedded" in m.rule:  # "the U.S. Embassy" is not in the U.S.
            continue
        node = tok
        while node.i != obj.i:
            of_link = node.dep_ == "pobj" and node.head.lower_ == "of" or node.dep_ == "prep" and node.lower_ == "of"
            if not (node.dep_ in SAME_PLACE_DEPS or of_link):
                break
            node = node.head
        if node.i == obj.i:
            return m
    return _antecedent(obj)


# Feature nouns that, written bare with "the", mean the last such feature the article named:
# "trucks entered through Kerem Shalom ... the crossing was closed", "at the shoal".
ANAPHOR_NOUNS = {"crossing": ("crossing",), "checkpoint": ("crossing",), "bridge": ("bridge",), "river": ("river",),
                 "lake": ("lake",), "port": (), "harbour": (), "harbor": (), "shoal": (), "reef": (), "strait": (),
                 "island": (), "canal": (), "dam": ()}
ANAPHOR_CONFIDENCE = 0.6
# "the city", "the town": the one town named in this sentence or the one before ("seized the
# town of Lashio in August ... bombed the town"); two different towns there leave it open,
# unless one is written with the noun. "the capital" must be a capital.
TOWN_ANAPHORS = {"city", "town", "village", "capital"}


def _antecedent(obj: Token) -> Mention | None:
    """For a bare "the crossing" / "the port" / "the shoal" (nothing but "the", or "border"
    before "crossing"), the last place before it of that kind: its gazetteer kind is the noun, or
    its name has the word ("Second Thomas Shoal", "Kerem Shalom crossing"), or the text writes
    the noun beside it ("Hodeidah port", "the port of Hodeidah"). None when no such place
    precedes; at lower confidence, and the rule says `anaphor`."""
    noun = obj.lower_
    kinds = ANAPHOR_NOUNS.get(noun, () if noun in TOWN_ANAPHORS else None)
    doc = obj.doc
    if kinds is None or obj.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass") or doc._.tacitus_places is None:
        return None
    mods = [c for c in obj.children if c.i < obj.i]
    if not mods or mods[0].lower_ != "the" or any(c.lower_ != "border" for c in mods[1:]) or any(
            c.i > obj.i and c.dep_ in ("prep", "acl", "relcl", "appos") and doc[c.left_edge.i - 1].text != ","
            for c in obj.children):
        return None  # "the bridge over the Ibar", "a port", "the new crossing": not a reference back
    if noun in TOWN_ANAPHORS:
        return _town_antecedent(obj)
    for m in sorted(doc._.tacitus_places, key=lambda m: -m.start):
        if m.start >= obj.idx or m.place is None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        words = set(normalize_name(m.text).split()) | set(normalize_name(m.place.name).split())
        beside = span is not None and (
            span.end < len(doc) and doc[span.end].lower_ == noun
            or span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ == noun)
        if (m.place.feature_kind or "") in kinds or noun in words or beside:
            place = replace(m.place, rule=f"anaphor:{noun}; {m.place.rule}",
                            confidence=round(min(m.place.confidence, ANAPHOR_CONFIDENCE), 3))
            return replace(m, place=place)
    return None


def _town_antecedent(obj: Token) -> Mention | None:
    """The town a bare "the city/town/village/capital" refers back to: the one town named
    earlier in its sentence or in the sentence before (see TOWN_ANAPHORS)."""
    doc = obj.doc
    sent = obj.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    lo, hi = doc[first].idx, obj.idx
    gaz = load_gazetteer()
    towns: list[tuple[Mention, bool]] = []  # (mention, written with the noun)
    for m in doc._.tacitus_places:
        if not lo <= m.start < hi or m.place is None or m.place.admin_level != "city" or ">embedded" in m.rule:
            continue
        if m.start == 0 and m.text.isupper():
            continue  # "HANOI, May 1 -": the dateline rule reads "over the capital" itself
        if obj.lower_ == "capital" and not any(c.feature.id == m.place.feature_id and c.feature.capital
                                               for c in gaz.lookup(m.place.name, limit=5)):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        beside = span is not None and (
            span.end < len(doc) and doc[span.end].lower_ == obj.lower_
            or span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ == obj.lower_)
        towns.append((m, beside))
    with_noun = {m.place.feature_id: m for m, beside in towns if beside}
    named = {m.place.feature_id: m for m, _ in towns}
    pick = with_noun if with_noun else named
    if len(pick) != 1:
        return None  # none, or "shelled Kharkiv and Izium ... entered the city": which one?
    m = next(iter(pick.values()))
    place = replace(m.place, rule=f"anaphor:{obj.lower_}; {m.place.rule}",
                    confidence=round(min(m.place.confidence, ANAPHOR_CONFIDENCE), 3))
    return replace(m, place=place)


def _national_adjective(obj: Token, gaz: Gazetteer) -> str | None:
    for child in obj.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE", ""):
            iso3 = gaz.demonym(child.text)
            if iso3 is None and child.i > 0 and obj.doc[child.i - 1].dep_ == "compound":
                iso3 = gaz.demonym(f"{obj.doc[child.i - 1].text} {child.text}")
            if iso3:
                return iso3
    return None


def _country_place(gaz: Gazetteer, iso3: str, rule: str) -> Place | None:
    feature = gaz.country(iso3)
    if feature is None:
        return None
    return Place(
        name=feature.name, lat=feature.lat, lon=feature.lon, country=iso3, admin_level="country",
        feature_id=feature.id, population=feature.population, precision="country", rule=rule, confidence=0.6,
    )


def _replace_rule(place: Place | None, rule: str) -> Place | None:
    if place is None:
        return None
    return replace(place, rule=f"{rule}; {place.rule}")


def _toponym_spans(doc: Doc, gaz: Gazetteer) -> list[tuple[Span, str, str | None, str, str]]:
    """(span, name to look up, implied level, label, rule) for each candidate toponym."""
    out: list[tuple[Span, str, str | None, str, str]] = []
    taken: set[int] = set()
    pending: list[tuple[Span, str]] = []

    def add(span: Span, label_hint: str, rule: str, name: str | None = None, context: Iterable[str] = ()) -> bool:
        if name is not None:  # a name the text spells in part: "Central" of "Central and South America"
            level = None
        elif gaz.knows(span.text) and span[-1].lower_ in LEVEL_WORDS:  # "Mexico City", "Quezon City"
            name, level = span.text, None
        else:
            span, name, level = _widen(span, gaz)
        if any(i in taken for i in range(span.start, span.end)):
            return False
        if _names_disease(span):  # "West Nile virus", "Marburg haemorrhagic fever"
            return False
        if span.end < len(doc) and doc[span.end].text in OUTLET_TAILS:
            return False  # "(Caucasus Wire)", "the Tehran Times", "Sahel Press Agency": an outlet's name
        if level is None and [t.lower_ for t in span if t.lower_ != "the"] in COMPASS:
            return False  # "the West bore responsibility": a bloc or a part of a country, not West (Texas)
        if len(span) == 1 and span[0].lower_ in SPLIT_FEATURE_WORDS:
            return False  # "Island" cut from its name is no town (Carville, Louisiana)
        water = _shared_water_noun(span)
        if water is not None:
            # "the Niger and Benue rivers": each name is a river, never the country or the state;
            # a river the gazetteer lacks is no place rather than its namesake division
            name, level = f"{' '.join(t.text for t in span if t.lower_ != 'the')} {water}", None
            found = gaz.lookup(name, limit=1)
            if not found or found[0].feature.kind not in ("river", "lake"):
                return False
        # another spelling of a small town is found only in the article's countries (`context`,
        # where the caller knows them): "the village of Kfar Kela" in a story about Lebanon
        cands = gaz.lookup(name, level=level) or (gaz.lookup(name, context=context, level=level) if context else [])
        if not cands:
            return False
        if cands[0].feature.kind == "seat" and not _government_seat_placed(span):
            return False  # "the Kremlin said": the government, an actor; "talks at the Kremlin": Moscow
        if label_hint == "FAC" and _translated_alternate(span, cands[0]):
            return False  # "the White House" is no other name of Casablanca
        if disease(span, cands):  # "imported Marburg", "Because Marburg kills": the disease the article names
            return False
        if len(span) == 1 and span[0].lower_ in person_words and not (
                _place_cue(span) or _address_follows(span, gaz) or _strong(cands[0], PERSON_NAME_CITY)):
            return False  # "Maya Harden ... Harden was": the person, not Hardin (Montana)
        taken.update(range(span.start, span.end))
        level_of = cands[0].feature.level
        label = "LOC" if level_of in ("region", "continent") else ("FAC" if label_hint == "FAC" else "GPE")
        out.append((span, name, level, label, rule))
        return True

    diseases = _disease_names(doc)
    # the words of the people the article names in full ("Maya Harden", "Socorro Molina")
    person_words = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e if t.is_title}

    def disease(span: Span, cands: list[Candidate] | None = None) -> bool:
        """A name the article gives a disease, here without a place cue; a country, curated
        division or region, or a city of DISEASE_CITY people stays a place."""
        if normalize_name(span.text) not in diseases or _place_cue(span) or _address_follows(span, gaz):
            return False
        cands = gaz.lookup(span.text, limit=1) if cands is None else cands
        return not (cands and _strong(cands[0], DISEASE_CITY))

    weak: list[tuple[Span, str]] = []  # known names inside other names, kept if placed elsewhere
    for ent in _joined_of_names(doc, gaz):
        span = _trim(ent)
        if span is None or not span.text.strip():
            continue
        span = _hyphenated(span, gaz)
        text = span.text
        if _names_disease(span) or disease(span):  # "West Nile cases": no part of it is a place either
            continue
        if ent.label_ in PLACE_LABELS:
            if (gaz.demonym(text) and not _is_place_name(text, gaz)) or text.islower():  # "the dead swan"
                continue
            if add(span, ent.label_, f"ner:{ent.label_}"):
                continue
            if ent.label_ != "FAC" and len(span) > 1 and not any(t.dep_ == "cc" or t.text in (",", "&") for t in span):
                # A place name the gazetteer lacks as a whole, with a known place inside:
                # "Eastern China", "North-Western Sydney", "Asia-Pacific", "the Indian Ocean coast"
                subs = _embedded_places(span, gaz, 100_000)
                for sub in subs:
                    add(sub, ent.label_, f"ner:{ent.label_}>part")
                if subs:
                    continue
        elif ent.label_ in TITLE_LABELS and span[0].lower_ == "the" and len(span) > 1 and any(
                t.lower_ in WATER_WORDS for t in span[1:]) and _known_place(span[1:], gaz):
            # "The Manchar Lake overflowed": the capitalised article makes the model read a
            # title; the name after it is the lake
            add(span, "LOC", f"ner:{ent.label_}->feature")
        elif ent.label_ in TITLE_LABELS and len(span) <= 3 and _place_cue(span) and _known_place(span, gaz):
            # "fled to Mandalay" tagged LAW: a known place the text says is a place
            add(span, ent.label_, f"ner:{ent.label_}->place")
        elif ent.label_ in MISLABELS:
            if _known_place(span, gaz) and add(span, ent.label_, f"ner:{ent.label_}->place"):
                continue
            if len(span) <= 3:
                pending.append((span, ent.label_))
            if any(t.text in (",", "-", "–", "—") and t.whitespace_ for t in span):
                # "Pandi, Bulacan" read as one organisation, "Sri Lanka - approximately" as a person
                for part in _conjuncts(span):
                    if _known_place(part, gaz):
                        add(part, ent.label_, f"ner:{ent.label_}>part->place")
                    elif len(part) <= 3:
                        pending.append((part, ent.label_))
        # A list the model read as one name: "Kyiv and Odesa"
        if len(span) > 2 and any(t.dep_ == "cc" or t.text in (",", "&") for t in span):
            parts = _conjuncts(span)
            if parts and all(ent.label_ in PLACE_LABELS or _known_place(p, gaz) for p in parts):
                for part, name in zip(parts, _shared_heads(parts, gaz), strict=True):
                    add(part, ent.label_, f"ner:{ent.label_}>conjunct" + ("+shared-head" if name else ""), name)
                continue
        # A place named inside a longer name: "the Kenyan Ministry of Health", "Seoul City Hall"
        if ent.label_ in ("ORG", "FAC", "EVENT", "PERSON") and len(span) > 1:
            found: list[Span] = []
            whole = ent.label_ == "PERSON" or _is_place_name(span.text, gaz)
            for sub in _embedded_places(span, gaz, weak=found) if not whole else ():
                add(sub, "GPE", f"ner:{ent.label_}>embedded")
            if whole:
                # "Randwick Racecourse", or an organisation that is the name of a place ("Ceamurlia
                # de Jos" is a village, not Jos): parts only where the article places them elsewhere
                _embedded_places(span, gaz, min_city=10**12, weak=found)
            if ent.label_ == "PERSON":  # "Ray Lincoln": a surname; "Village Malakal": a place after a place noun
                found = [sub for sub in found if sub.end < span.end or sub.doc[sub.start - 1].lower_ in PLACE_NOUNS]
            weak.extend((sub, ent.label_) for sub in found)
    # Names the model did not tag at all: countries, divisions and large cities only.
    for sub in _untagged_places(doc, gaz, taken):
        add(sub, "GPE", "gazetteer-scan")
    # A name given another label (or none) that is a place of a country the article is about,
    # where the text says it is a place: after "in"/"at"/"near"/"from", or listed with places
    # ("Rogaland, Vestfold and Telemark"), or (organisations) a town of 20,000 or more.
    # An organisation (or untagged name) is also a place when the article names it as a place
    # elsewhere ("in Esperance ... Esperance residents"); a person's name is not enough.
    pending.extend((sub, "") for sub in _untagged_names(doc, taken))
    named = {normalize_name(name) for _, name, level, _, _ in out if level is None}
    countries = {c[0].feature.country for c in (gaz.lookup(name, level=level, limit=1) for _, name, level, _, _ in out) if c}
    countries |= {gaz.demonym(e.text) for e in doc.ents if e.label_ == "NORP" and gaz.demonym(e.text)}  # "Philippine"
    surnames = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    changed = True
    while changed:
        changed = False
        for span, label in pending:
            if any(i in taken for i in range(span.start, span.end)) or gaz.demonym(span.text):
                continue
            cands = gaz.lookup(span.text, context=countries, limit=2)
            division = bool(cands) and cands[0].feature.level in ("admin1", "admin2")  # "Bohol" for "Province of Bohol"
            # a curated place said to be a place needs no sign of its country: "through Kerem Shalom"
            curated = bool(cands) and cands[0].feature.id.startswith("tacitus:") and _place_cue(span)
            if not cands or (cands[0].feature.country not in countries and not curated):
                continue
            if cands[0].matched != "name" and not division and not (
                    (_place_cue(span) or _struck_object(span)) and (_near_spelling(span.text, cands[0].feature.name)
                                          or cands[0].feature.id.startswith("tacitus:")
                                          or _strong(cands[0], ALTERNATE_CITY))):
                # an alternate only as another spelling of the name, said to be a place ("at
                # Metema"), a curated place's short name ("through Kerem Shalom"), or a large
                # city's other spelling in a country the article names ("southwest of Hodeidah")
                continue
            if _acronym_for_name(span, cands[0]):
                continue
            placed = _place_cue(span) or _struck_object(span)  # "overran Menaka's villages" in a story about Mali
            listed = _next_to_place(span, taken)
            if label == "PERSON" and listed and not _strong(cands[0], 5_000) and not division:
                listed = False  # a list of people next to a place: only clear places join it
            elsewhere = normalize_name(span.text) in named and not (label == "PERSON" and (
                len(span) > 1 or span[0].lower_ in surnames or _titled(span)))  # "Ray Chambers ... Chambers said"
            # An organisation that is a division of the article's country: "KwaZulu-Natal" tagged ORG;
            # not the surname of a person the article names ("Senator Colton Moore ... Moore's figure")
            sized = label == "ORG" and not (len(span) == 1 and span[0].lower_ in surnames) and (
                _strong(cands[0], 20_000) or (
                    cands[0].feature.level == "admin1" and all(t.pos_ == "PROPN" or t.text == "-" for t in span)))
            if placed or listed or elsewhere or sized:
                why = "prep" if placed else ("list" if listed else ("named-elsewhere" if elsewhere else "size"))
                changed |= add(span, "GPE", f"ner:{label or 'none'}->place+context:{why}", context=countries)
    # A name the article gives as a place elsewhere is that place inside a longer name too:
    # "in Santa Ana, California ... the Santa Ana Unified School District".
    named = {normalize_name(name) for _, name, level, _, _ in out if level is None}
    for span, label in weak:
        if normalize_name(span.text) in named and not gaz.demonym(span.text):
            add(span, "GPE", f"ner:{label}>embedded+named-elsewhere")
    out.sort(key=lambda o: o[0].start)
    return out


GOVERNMENT_SEAT_PREPS = {"at", "in", "inside", "outside"}  # not "into": "an inquiry into the White House"


def _government_seat_placed(span: Span) -> bool:
    """Whether a seat of government's name is where something happens ("met at the White
    House", "returned to Downing Street"), not the government acting ("the Kremlin said",
    "sanctions on the Kremlin")."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ == "to":
        return _place_cue(span)  # "flew to", "the road to": motion; not "a letter to the Kremlin"
    return i >= 0 and doc[i].lower_ in GOVERNMENT_SEAT_PREPS


def _translated_alternate(span: Span, cand: Candidate) -> bool:
    """Whether a facility's name matched only a GeoNames town's alternate that is no spelling of
    the town's name: a building is not a town, and GeoNames lists translations of town names
    among their alternates ("White House" for Casablanca, "Dar al-Bayda")."""
    return (cand.matched == "alternate" and cand.feature.level == "city" and cand.feature.id.startswith("geonames:")
            and not _near_spelling(span.text, cand.feature.name))


def _joined_of_names(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """The entities of `doc`, with two the model split at "of" joined where the whole is the
    main name of a place ("Port" + "of" + "Spain": Port of Spain, not Spain)."""
    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (nxt is not None and nxt.start == ent.end + 1 and doc[ent.end].lower_ == "of"
                and ent.label_ in PLACE_LABELS + MISLABELS and nxt.label_ in PLACE_LABELS + MISLABELS):
            whole = doc[ent.start:nxt.end]
            best = gaz.lookup(whole.text, limit=1)
            if best and best[0].matched == "name" and normalize_name(best[0].feature.name) == normalize_name(whole.text):
                out.append(Span(doc, ent.start, nxt.end, label="GPE"))
                i += 2
                continue
        if (nxt is not None and nxt.start == ent.end and len(nxt) == 1 and nxt[0].lower_ in SPLIT_FEATURE_WORDS
                and ent.label_ in PLACE_LABELS + MISLABELS):
            # "Pag-asa" (ORG) + "Island" (GPE): one curated name the model cut in two
            whole = doc[ent.start:nxt.end]
            best = gaz.lookup(whole.text, limit=1)
            if best and best[0].feature.id.startswith("tacitus:"):
                out.append(Span(doc, ent.start, nxt.end, label="LOC"))
                i += 2
                continue
        out.append(ent)
        i += 1
    return out


# Feature words the model may tag apart from the name before them ("Pag-asa" + "Island"); bare,
# they name no place.
SPLIT_FEATURE_WORDS = {"island", "islands", "reef", "shoal", "cay", "strait", "sea", "gulf", "bay", "channel"}


# Nouns after a name that make a named feature of it when the gazetteer knows the whole ("the
# Kerem Shalom crossing", "the Ibar river", "the Galwan valley").
FEATURE_NOUNS = {"crossing", "bridge", "corridor", "river", "valley", "gap", "glacier", "triangle", "peninsula",
                 "island", "islands", "islet", "atoll", "plain", "plains", "pass", "mountains", "desert", "palace"}


# Generic words after a crossing's name that name the crossing, longest first: "the Masnaa
# border post", "the Nasib checkpoint", "the Torkham border crossing point".
CROSSING_TAILS = (("border", "crossing", "point"), ("border", "crossing"), ("land", "crossing"), ("crossing", "point"),
                  ("border", "post"), ("border", "point"), ("border", "gate"), ("checkpoint",))


# Generic words after the name of a camp or a military base, longest first (the gazetteer writes
# its curated sites with them: scripts/build_gazetteer.py SITE_TAILS).
SITE_TAILS = (("air", "force", "base"), ("air", "base"), ("airbase",), ("airfield",), ("naval", "base"),
              ("military", "base"), ("refugee", "camp"), ("displacement", "camp"), ("idp", "camp"), ("camp",))
# Tails after which a town of the name stands for the site when no curated site has it: a base
# takes its town's name ("the Nevatim air base"); a "camp" may be a faction ("the Harris camp"),
# so only a curated camp is one. (A town before a crossing's tail stays the town, tail left out:
# see _place_cue.)
TOWN_TAILS = {"base", "airbase", "airfield"}


def _words_after(span: Span, n: int) -> tuple[str, ...]:
    """The lower-case words of the (at most) `n` tokens after `span`: the tails above are
    compared with one slice of them rather than a slice of the doc each."""
    return tuple(t.lower_ for t in span.doc[span.end:span.end + n])


def _tail_follows(span: Span, tails: tuple[tuple[str, ...], ...]) -> bool:
    after = _words_after(span, max(map(len, tails)))
    return any(after[:len(tail)] == tail for tail in tails)


def _site_tail(span: Span, gaz: Gazetteer, bare: list[str]) -> tuple[str, int] | None:
    """A camp or base named by `span` with a generic tail after it ("Zamzam camp", "the Nevatim
    air base"): the curated site, else (bases only) a town of that name; and the tail's length."""
    after = _words_after(span, 3)
    for tail in SITE_TAILS:
        if after[:len(tail)] != tail:
            continue
        best = gaz.lookup(" ".join([*bare, *tail]), limit=1)
        if best and best[0].feature.id.startswith("tacitus:site:"):
            return best[0].feature.name, len(tail)
        if tail[-1] in TOWN_TAILS:
            town = gaz.lookup(" ".join(bare), limit=1)
            if town and town[0].matched == "name" and town[0].feature.level == "city":
                return town[0].feature.name, len(tail)
        return None
    return None


def _feature_tail(span: Span, gaz: Gazetteer) -> tuple[str, int] | None:
    """The name of the feature `span` and the noun(s) after it make together, and how many words
    follow the name: the gazetteer's own name of it ("Kerem Shalom" + "crossing"), a curated
    crossing named by `span` with a generic tail ("Masnaa" + "border post"), a curated camp or
    base, or a town standing for its base or crossing ("Nevatim" + "air base"); else None."""
    doc = span.doc
    bare = [t.text for t in span if t.lower_ != "the"]
    site = _site_tail(span, gaz, bare)
    if site is not None:
        return site
    if span.end < len(doc) and doc[span.end].lower_ in FEATURE_NOUNS:
        name = " ".join([*bare, doc[span.end].text])
        best = gaz.lookup(name, limit=1)
        if best and best[0].feature.id.startswith("tacitus:"):
            return name, 1
    after = _words_after(span, 3)
    for tail in CROSSING_TAILS:
        if after[:len(tail)] != tail:
            continue
        best = gaz.lookup(" ".join(bare), limit=1)
        if best and best[0].feature.id.startswith("tacitus:crossing:"):
            return best[0].feature.name, len(tail)
        return None
    return None


SHARED_WATER_NOUNS = {"rivers": "River", "lakes": "Lake"}


def _shared_water_noun(span: Span) -> str | None:
    """"River" when `span` is one of the names a plural "rivers" after them shares ("the Niger
    and Benue rivers", "the Tigris, Euphrates and Jordan rivers"); "Lake" likewise; else None."""
    doc = span.doc
    i = span.end
    while i < len(doc):
        tok = doc[i]
        if tok.lower_ in SHARED_WATER_NOUNS:
            return SHARED_WATER_NOUNS[tok.lower_] if i > span.end or span.end == i else None
        if not (tok.text == "," or tok.lower_ in ("and", "or") or tok.pos_ == "PROPN" and tok.is_title):
            return None
        i += 1
    return None


def _feature_name(span: Span, gaz: Gazetteer) -> str | None:
    found = _feature_tail(span, gaz)
    return found[0] if found else None


def _hyphenated(span: Span, gaz: Gazetteer) -> Span:
    """Extend a name over a part the model left out when the whole is a known name: "Guinea" +
    "-Bissau", "Mashonaland" + "West", "Rio Grande" + "do Sul", "Goz" + "Beida"."""
    doc = span.doc

    def free(tok: Token) -> bool:  # a capitalised word outside any entity, or in a short mislabelled one
        return tok.is_title and (not tok.ent_type_ or tok.ent_type_ in MISLABELS and tok.pos_ == "PROPN")

    end = span.end
    if end + 1 < len(doc) and doc[end].lower_ == "and" and doc[end + 1].is_title | (doc[end + 1].lower_ == "the"):
        for j in range(min(len(doc), end + 4), end + 1, -1):  # "Saint Vincent" + "and the Grenadines"
            whole = doc[span.start:j]
            if doc[j - 1].is_title and any(c.matched == "name" and c.feature.level == "country"
                                           for c in gaz.lookup(whole.text, limit=1)):
                return whole
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].is_title and not doc[end].whitespace_:
        whole = doc[span.start:end + 2]
        if gaz.knows(whole.text):
            return whole
    if end < len(doc) and doc[end].is_title and not doc[end].ent_type_ and doc[end].pos_ == "PROPN":
        whole = doc[span.start:end + 1]
        if gaz.knows(whole.text):
            return whole
    if end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES - {"-", "'s", "and", "of"} and free(doc[end + 1]):
        whole = doc[span.start:end + 2]
        if _is_place_name(whole.text, gaz):
            return whole
    if span.start > 0 and free(doc[span.start - 1]) and doc[span.start - 1].pos_ == "PROPN":
        whole = doc[span.start - 1:end]
        if _is_place_name(whole.text, gaz):
            return whole
    return span


NEAR_SPELLING = 0.8  # difflib ratio: "metema"/"metemma" 0.92, "gondar"/"gonder" 0.83, "izmail"/"hacidar" 0.31
PLACE_NOUNS = {"island", "islands", "town", "towns", "village", "villages", "city", "cities", "area", "capital", "port",
               "community", "communities", "suburb", "district", "districts", "province", "provinces", "region",
               "regions", "state", "states", "county", "counties", "department", "governorate", "oblast",
               "prefecture", "municipality"}


# Nouns that make the name before them a disease's, not a place: "West Nile virus", "Lassa fever",
# "Reston ebolavirus", "the Ebola Reston strain"; with a kind of fever between ("Marburg haemorrhagic fever").
DISEASE_WORDS = {"virus", "fever", "encephalitis", "ebolavirus", "strain"}
FEVER_KINDS = {"hemorrhagic", "haemorrhagic"}
# A name the article gives a disease is the disease elsewhere in it too, without a place cue,
# unless it is a country, a curated division or region, or a city this large ("Hong Kong flu").
DISEASE_CITY = 1_000_000
# A word of a person's name the article gives in full is that person when written alone, without
# a place cue, unless it is a country, a curated division or region, or a city this large.
PERSON_NAME_CITY = 100_000


def _names_disease(span: Span) -> bool:
    """Whether the words after `span` make it the name of a disease or a pathogen."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].lower_ in FEVER_KINDS:
        i += 1
    return i < len(doc) and doc[i].lower_ in DISEASE_WORDS


def _address_follows(span: Span, gaz: Gazetteer) -> bool:
    """Whether a division or country follows `span` after a comma: "Reston, Virginia"."""
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].text != "," or not doc[i + 1].is_title:
        return False
    for j in range(i + 2, min(i + 4, len(doc) + 1)):
        best = gaz.lookup(doc[i + 1:j].text, limit=1)
        if best and best[0].feature.level in ("admin1", "country"):
            return True
    return False


def _disease_names(doc: Doc) -> set[str]:
    """Normalised names the article gives a disease or pathogen: the capitalised words (one to
    three) before a disease word ("Marburg" and "West Nile" of "Marburg virus", "West Nile virus")."""
    out: set[str] = set()
    for tok in doc:
        if tok.lower_ not in DISEASE_WORDS:
            continue
        end = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ in FEVER_KINDS else tok.i
        start = end
        while start > 0 and end - start < 3 and doc[start - 1].is_title and not doc[start - 1].is_stop:
            start -= 1
        for s in range(start, end):  # "Ebola Reston": both "Ebola Reston" and "Reston"
            out.add(normalize_name(doc[s:end].text))
    return out


# Nouns that make the name before them a place, though not one before a name ("the crossing X")
AFTER_NOUNS = {"camp", "camps", "crossing", "checkpoint"}


# Nouns whose "of" names a place: "residents of Lethem", "the outskirts of Goma".
DWELLER_NOUNS = {"residents", "inhabitants", "villagers", "outskirts", "streets", "mayor"}
COMPASS_OF = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
ALTERNATE_CITY = 100_000  # a city this large is taken under another spelling where the text says it is a place


def _place_cue(span: Span) -> bool:
    """Whether the words before `span` say it is a place: "in", "near", "from" ..., or a place
    noun ("the province Gauteng", "the island of Bohol", "the villages of Maliuc and Dudescu", "a town
    called Midrand")."""
    doc = span.doc
    if span[-1].lower_ in LEVEL_WORDS and len(span) > 1:  # "Jefferson Parish"
        return True
    if span.end < len(doc) and doc[span.end].lower_ in PLACE_NOUNS - {"capital", "port", "area"} | AFTER_NOUNS:
        return True  # "the Cuvette-Ouest region", "Heze city", "the Dadaab camps", "the Adre crossing"
    if _tail_follows(span, CROSSING_TAILS):
        return True  # "the Adre border crossing", "the Gao checkpoint"
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:  # "the villages of Bumbacari and Dudescu"
        first = first.head
    if first.i < span.start:  # the first conjunct's whole name: "in Zubin Potok and Leposavic"
        span = doc[min(first.left_edge.i, first.i):first.i + 1]
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ in ("of", "called", "named"):  # "the villages of X", "a town called X"
        word = doc[i].lower_
        i -= 1  # "residents of Lethem", "the mayor of Lethem", "60 miles southwest of Hodeidah"
        return i >= 0 and (doc[i].lower_ in PLACE_NOUNS or word == "of" and doc[i].lower_ in DWELLER_NOUNS | COMPASS_OF)
    if i >= 0 and doc[i].lower_ == "to":  # "the road to Tyre", "fled to Mandalay"; not "spoke to Kim"
        return doc[i].head.lemma_.lower() in ROUTE_NOUNS | MOTION_VERBS or (
            i > 0 and doc[i - 1].lemma_.lower() in ROUTE_NOUNS)  # "closed the road to X": "to" under the verb
    return i >= 0 and (doc[i].lower_ in LOCATIVE_PREPS | {"from", "through", "via"} or doc[i].lower_ in PLACE_NOUNS)


def _near_spelling(text: str, name: str) -> bool:
    """'Metema' for Metemma, 'Gondar' for Gonder: a transliteration of the name, not another name."""
    a, b = normalize_name(text), normalize_name(name)
    return SequenceMatcher(None, a, b).ratio() >= NEAR_SPELLING


def _next_to_place(span: Span, taken: set[int]) -> bool:
    """Whether `span` is joined by a comma, "and" or "or" to a place already found."""
    doc = span.doc
    joiners = (",", "and", "or")
    i = span.start - 1
    if i >= 1 and doc[i].lower_ in ("and", "or") and doc[i - 1].text == ",":  # "Cairo, Giza, and Al-Minya"
        i -= 1
    left = i >= 1 and doc[i].lower_ in joiners and (i - 1) in taken
    right = span.end + 1 < len(doc) and doc[span.end].lower_ in joiners and (span.end + 1) in taken
    return left or right or _route_end(span, taken)


def _route_end(span: Span, taken: set[int]) -> bool:
    """Whether `span` is one end of a route named by its two ends, the other a place already
    found: "the Maiduguri-Damaturu highway", "the Kyiv–Odesa road"."""
    doc = span.doc
    dashes = ("-", "–", "—")
    i = span.start - 1
    if i >= 1 and doc[i].text in dashes and (i - 1) in taken:
        end = span.end
    elif span.end + 1 < len(doc) and doc[span.end].text in dashes and (span.end + 1) in taken:
        end = span.end + 1
        while end < len(doc) and end in taken:
            end += 1
    else:
        return False
    return end < len(doc) and doc[end].lemma_.lower() in ROUTE_NOUNS | {"pipeline", "railroad", "line"}


def _untagged_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Runs of one to three capitalised proper nouns (joined by hyphens too: "Vest-Agder") that
    the model left without an entity."""
    out: list[Span] = []
    toks = list(doc)  # doc[j] makes a new Token object on every access
    i = 0
    while i < len(toks):
        j = i
        while (j < len(toks) and j - i < 4 and j not in taken and not toks[j].ent_type_
               and (toks[j].pos_ == "PROPN" and toks[j].is_title
                    or j > i and toks[j].text == "-" and not toks[j - 1].whitespace_ and j + 1 < len(toks)
                    and toks[j + 1].is_title and not toks[j + 1].ent_type_)):
            j += 1
        if j > i and toks[j - 1].text == "-":
            j -= 1
        if j > i:
            out.append(doc[i:j])
            i = j
        else:
            i += 1
    return out


COMPASS = [["north"], ["south"], ["east"], ["west"]]
DIRECTION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                   "upper", "lower", "northeast", "northwest", "southeast", "southwest"}


def _shared_heads(parts: list[Span], gaz: Gazetteer) -> list[str | None]:
    """For conjuncts that share the last one's head noun ("Central and South America", "North
    and South Korea"), the whole name of each bare direction word; None for the others."""
    last = parts[-1]
    if len(last) < 2 or last[0].lower_ not in DIRECTION_WORDS:
        return [None] * len(parts)
    head = last[1:].text
    out: list[str | None] = []
    for part in parts:
        whole = f"{part.text} {head}"
        shared = len(part) == 1 and part[0].lower_ in DIRECTION_WORDS and part.end <= last.start
        out.append(whole if shared and _is_place_name(whole, gaz) else None)
    return out


def _adjective_only(text: str, gaz: Gazetteer) -> bool:
    """A national adjective that is not also a country's name: "Kenyan", but not "New Zealand"
    (the adjective of New Zealand is its name)."""
    if not gaz.demonym(text):
        return False
    return not any(c.matched == "name" and c.feature.level == "country" for c in gaz.lookup(text, limit=1))


def _conjuncts(span: Span) -> list[Span]:
    parts: list[Span] = []
    start = span.start
    for tok in span:
        if tok.dep_ == "cc" or tok.text in (",", "&", "and", "or") or tok.text in ("-", "–", "—") and tok.whitespace_:
            if tok.i > start:
                parts.append(span.doc[start:tok.i])
            start = tok.i + 1
    if start < span.end:
        parts.append(span.doc[start:span.end])
    return parts


def _is_place_name(text: str, gaz: Gazetteer) -> bool:
    return any(c.matched == "name" for c in gaz.lookup(text, limit=3))


# Words of division names that say where or what rather than which ("North-Western", "Federal District").
GENERIC_NAME_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                      "upper", "lower", "federal", "capital", "district", "region", "province", "state", "coast",
                      "islands", "national", "new", "greater", "middle", "far"}


def _strong(cand: Candidate, min_city: int) -> bool:
    """A candidate safe to take without the model's PLACE label: a country, continent,
    curated division or region, or a city of at least `min_city` people. GeoNames' own
    divisions are not when their name is one word: many are generic ("West", "Delta", "Bay")."""
    f = cand.feature
    if f.id.startswith("geonames-admin"):  # a main name of two specific words is not generic: "Rhône-Alpes"
        words = normalize_name(f.name).split()
        return (f.id.startswith("geonames-admin1") and cand.matched == "name" and len(words) > 1
                and not any(w in GENERIC_NAME_WORDS for w in words))
    return f.level in ("country", "continent", "admin1", "region") or (
        f.level == "city" and (f.population or 0) >= min_city)


# Lower-case words inside place names ("Ceamurlia de Jos", "Rio Grande do Sul").
NAME_PARTICLES = {"of", "de", "del", "do", "da", "dos", "das", "di", "du", "des", "la", "le", "el", "al", "y",
                  "van", "von", "der", "and", "-", "'s"}


def _embedded_places(span: Span, gaz: Gazetteer, min_city: int = 1_000_000,
                     weak: list[Span] | None = None) -> list[Span]:
    """Places named inside a longer name: the longest known name at each position that is a
    strong place (`_strong(.., min_city)`); with `weak`, other known names are collected there
    (the caller keeps them when the article names the same place elsewhere)."""
    found: list[Span] = []
    i = span.start
    doc = span.doc
    while i < span.end:
        hit = None
        for j in range(min(span.end, i + 5), i, -1):
            sub = doc[i:j]
            if not (sub[0].is_title or sub[0].is_upper) or not (sub[-1].is_title or sub[-1].is_upper) or sub[0].lower_ == "the":
                continue
            if not all(t.is_title or t.is_upper or t.lower_ in NAME_PARTICLES for t in sub):
                continue
            if sub.start == span.start and sub.end == span.end:
                continue
            if _adjective_only(sub.text, gaz):
                continue
            cands = gaz.lookup(sub.text, limit=3)
            if cands and _strong(cands[0], min_city):
                hit = sub
                break
            if cands and weak is not None and cands[0].matched == "name":
                weak.append(sub)
                break
        if hit is not None:
            found.append(hit)
            i = hit.end
        else:
            i += 1
    return found


def _untagged_places(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[Span]:
    found: list[Span] = []
    toks = list(doc)  # doc[i] makes a new Token object on every access
    i = 0
    while i < len(toks):
        tok = toks[i]
        # "near the Second Thomas Shoal": the model tags a capitalised ordinal that opens a name
        ordinal = tok.ent_type_ == "ORDINAL" and tok.is_title and not tok.is_sent_start
        if tok.i in taken or tok.ent_type_ and not ordinal or tok.pos_ != "PROPN" and not ordinal \
                or not (tok.is_title or tok.is_upper):
            i += 1
            continue
        hit = None
        first = i + 1 if ordinal else i  # the run of untagged names to check
        for j in range(min(len(doc), i + 4), first, -1):
            sub = doc[first:j]
            if any(t.i in taken or t.ent_type_ or not (t.pos_ in ("PROPN", "PART") or t.text == "-" and not t.whitespace_)
                   for t in sub) or sub[-1].text == "-":  # "Rhône-Alpes"
                continue
            sub = doc[i:j]
            cands = gaz.lookup(sub.text, limit=3)
            if (cands and (cands[0].matched == "name" or cands[0].feature.level != "city")
                    and _strong(cands[0], 1_000_000) and not gaz.demonym(sub.text)
                    and not _acronym_for_name(sub, cands[0])):
                hit = sub
                break
        if hit is not None:
            found.append(hit)
            i = hit.end
        else:
            i += 1
    return found


def _known_place(span: Span, gaz: Gazetteer) -> bool:
    """A name the model gave another label is a place when it is the main name of a country,
    a division or a large city, or a known place after a locative preposition ("in Randwick")."""
    text = span.text
    if gaz.demonym(text):
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if _titled(span):
        return False
    if _feature_name(span, gaz) is not None:  # "the Kerem Shalom crossing" tagged ORG
        return True
    after_prep = before is not None and before.lower_ in LOCATIVE_PREPS | {"from", "to", "of", "via", "through"}
    struck = _struck_object(span)
    last = span[-1].lower_
    if len(span) > 1 and LEVEL_WORDS.get(last, "city") != "city" and span[-1].is_title and not (
            span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN")):
        # "the capital of Adamawa State" tagged ORG: a division's name with its level word (not
        # a name that qualifies a noun: "the Ohio State coach")
        level = LEVEL_WORDS[last]
        if any(c.matched == "name" and c.feature.level in ("admin1", "admin2")
               for c in gaz.lookup(doc[span.start:span.end - 1].text, level=level, limit=3)):
            return True
    for cand in gaz.lookup(text, limit=3):
        if _acronym_for_name(span, cand):
            continue
        if cand.feature.id.startswith(("tacitus:crossing:", "tacitus:site:", "tacitus:city:")) \
                and (after_prep or _place_cue(span)):
            return True  # a curated place said to be one: "via Rafah and Kerem Shalom", "near Fordow and Natanz"
        if cand.matched != "name" and cand.feature.level == "city":
            if (after_prep or struck) and _strong(cand, 50_000):  # "in Khan Younis" (an alternate spelling)
                return True
            if struck and _strong(cand, STRUCK_CITY) and _near_spelling(text, cand.feature.name):
                return True  # "besieged Avdiivka": Avdiyivka spelt another way
            continue
        if _strong(cand, 500_000) or (after_prep and _strong(cand, 5_000)) or (struck and _strong(cand, STRUCK_CITY)):
            return True
    return False


# Verbs whose object is a place taken, entered or attacked from afar; not "attack", "hit" or
# "target", whose object is as often a person ("the scandal hit Bolton").
STRUCK_VERBS = {"shell", "bomb", "bombard", "pound", "storm", "raid", "besiege", "encircle", "overrun", "invade",
                "occupy", "enter", "capture", "seize", "recapture", "retake", "liberate", "blockade", "shelle"}
STRUCK_CITY = 20_000  # a town this large is the object of such a verb; a person's name rarely


def _struck_object(span: Span) -> bool:
    """Whether `span` is what a verb of STRUCK_VERBS acts on ("shelled Kherson", "Kherson was
    shelled", "captured Avdiivka and Marinka"), and no person the article names in full or the
    knowledge base knows bears the name ("Officers surrounded Ahmed Hassan ... seized Hassan")."""
    doc = span.doc
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ == "poss":  # "captured Pokrovsk's outskirts"
        root = root.head
    if not (root.dep_ in ("dobj", "nsubjpass") and root.head.pos_ == "VERB"
            and root.head.lemma_.lower() in STRUCK_VERBS):
        return False
    words = {t.lower_ for t in span}
    if any(e.label_ == "PERSON" and len(e) > 1 and words & {t.lower_ for t in e} and (e.end <= span.start or e.start >= span.end)
           for e in doc.ents):  # another name than this one: "Khan Younis" read as a person is itself
        return False
    return not any(m.actor is not None and m.actor.kind == "person" and m.actor.kb_id
                   and m.start < span.end_char and span.start_char < m.end for m in doc._.tacitus_actors or ())


def _acronym_for_name(span: Span, cand) -> bool:
    """"EU-mediated talks": a short all-capitals name that matches a place's ordinary name
    ("Eu", a French town) is an acronym; an abbreviation the gazetteer lists ("NSW") is not."""
    return (span.text.isupper() and len(span.text) <= 5 and cand.matched == "name" and not cand.feature.name.isupper()
            and not _dateline_word(span))


def _dateline_word(span: Span) -> bool:
    """Whether `span` opens a line and is followed by ",", "(" or a dash: a dateline ("CAIRO (AP) -",
    "KYIV - ")."""
    doc = span.doc
    opens = span.start == 0 or doc[span.start - 1].is_space or "\n" in doc[span.start - 1].whitespace_
    return opens and span.end < len(doc) and doc[span.end].text in (",", "(", "-", "–", "—")


PERSON_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "minister", "senator", "governor",
                 "mayor", "general", "gen.", "sir", "lord"}


def _titled(span: Span) -> bool:
    """Whether a title for a person stands before `span` ("Mr Chambers", "Senator Dunn")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in PERSON_TITLES


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "’s", "'", "’")
                           or doc[end - 1].is_punct):  # "KYIV -" of a dash dateline the model ran on
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    return doc[start:end] if end > start else None


# Nouns whose "of" names a town: "the village of Mawza" (not the district), "the port of Djibouti"
# (not the state).
CITY_OF = {"city", "port", "town", "village"}


def _widen(span: Span, gaz: Gazetteer | None = None) -> tuple[Span, str, str | None]:
    """Add a following level word ("Donetsk" + "province"). Returns the span, the name to look
    up and the level it implies."""
    doc = span.doc
    last = span[-1].lower_
    feature = _feature_tail(span, gaz) if gaz is not None else None
    if feature is not None:  # "the Kerem Shalom crossing", "the Masnaa border post": the crossing, not a town
        return doc[span.start:span.end + feature[1]], feature[0], None
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        before = doc[span.start - 2].lower_
        if before in LEVEL_WORDS and LEVEL_WORDS[before] != "city":  # "the state of Washington"
            return span, span.text, LEVEL_WORDS[before]
        if before in CITY_OF:
            return span, span.text, "city"  # "the village of Mawza", "the port of Djibouti": the town
    if last in LEVEL_WORDS and len(span) > 1:
        return span, doc[span.start:span.end - 1].text, LEVEL_WORDS[last]
    if span.end < len(doc) and doc[span.end].lower_ in LEVEL_WORDS and doc[span.end].pos_ in ("NOUN", "PROPN"):
        nxt = doc[span.end]
        if nxt.is_title and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "of":
            return span, span.text, None  # "the New Zealand Department of Conservation": an office's name
        # "Donetsk province", not "Texas state officials" read as a level
        if nxt.lower_ == "state" and span.end + 1 < len(doc) and doc[span.end + 1].pos_ in ("NOUN", "PROPN"):
            return span, span.text, "admin1"  # "Washington state farm": the state, span stays the name
        return doc[span.start:span.end + 1], span.text, LEVEL_WORDS[nxt.lower_]
    return span, span.text, None


def _place(cands: list[Candidate], rule: str) -> Place:
    best = cands[0]
    f: Feature = best.feature
    scores = [c.score for c in cands]
    top = max(scores)
    weights = [math.exp(s - top) for s in scores]
    confidence = weights[0] / sum(weights)
    alternatives = tuple(
        PlaceAlternative(name=c.feature.name, country=c.feature.country, lat=c.feature.lat, lon=c.feature.lon,
                         feature_id=c.feature.id, score=round(w / sum(weights), 3))
        for c, w in zip(cands[1:5], weights[1:5], strict=False)
    )
    precision = PRECISION.get(f.level, "city")
    return Place(
        name=f.name, lat=f.lat, lon=f.lon, country=f.country, admin_level=f.level, feature_id=f.id,
        population=f.population, precision=precision,
        rule=f"gazetteer:{rule}:{best.matched}" + (f":centre={f.centre}" if f.centre else ""),
        confidence=round(confidence, 3), alternatives=alternatives, feature_kind=f.kind or None,
    )


# The rule of an actor whose country the actors stage took from a place phrase ("the mayor of
# Nablus", "the village of X"): it repeats the toponym's reading, so it is no evidence of its own.
PLACE_DERIVED_ACTOR = "agent:noun+place-"


# An armed actor of a country fights in it or next door: the countries it borders count a
# little ("Israeli troops entered Jenin": Janin in the West Bank, not Jenin in Poland).
ARMED_SECTORS = {"MIL", "REB", "INS", "UAF"}
THEATRE_WEIGHT = 0.25  # context weight: a toponym counts 1, an actor 0.5
THEATRE_CAP = 0.5  # of CONTEXT_BONUS, for a country only the theatre gives


def _theatre(doc: Doc, gaz: Gazetteer, context: Counter[str]) -> Counter[str]:
    """THEATRE_WEIGHT for each neighbour of the country of an armed actor of the article,
    none for a country the article gives more sign of already."""
    armed = {m.actor.country for m in doc._.tacitus_actors or ()
             if m.actor is not None and m.actor.sector in ARMED_SECTORS and isinstance(m.actor.country, str)
             and not (m.actor.rule or "").startswith(PLACE_DERIVED_ACTOR)}
    out: Counter[str] = Counter()
    for iso3 in sorted(armed):
        feature = gaz.country(iso3)
        for n in feature.neighbours if feature is not None else ():
            if context.get(n, 0) <= 0:
                out[n] = THEATRE_WEIGHT
    return out


def _actor_countries(doc: Doc, toponyms: list[tuple[int, int]]) -> Counter[str]:
    """Countries of the article's actors, leaving out actors that are the toponyms themselves."""
    # Overlap test in log time: sorted toponym starts and the running maximum of their ends.
    spans = sorted(toponyms)
    starts = [s for s, _ in spans]
    reach: list[int] = []
    for _, e in spans:
        reach.append(max(e, reach[-1]) if reach else e)
    out: Counter[str] = Counter()
    for m in doc._.tacitus_actors or ():
        k = bisect.bisect_left(starts, m.end) - 1  # the last toponym starting before the actor ends
        if k >= 0 and reach[k] > m.start:
            continue
        if m.actor is not None and (m.actor.rule or "").startswith(PLACE_DERIVED_ACTOR):
            continue  # "the village of Banjska" as an agent: its country is the toponym's own reading
        country = getattr(m.actor, "country", None) if m.actor is not None else None
        if isinstance(country, str) and len(country) == 3 and country.isalpha():
            out[country] += 1
    return out


def countries_of(mentions: Iterable[Mention]) -> Counter[str]:
    """How often each country's places are mentioned (a helper for other stages)."""
    return Counter(m.place.country for m in mentions if m.place is not None and m.place.country)


@Language.factory("tacitus_places", default_config={"gazetteer_path": None})
def make_places(nlp: Language, name: str, gazetteer_path: str | None = None):
    """The `tacitus_places` component: sets `doc._.tacitus_places`.

    `gazetteer_path` is a folder with a user's own gazetteer (see `tacitus.gazetteer`); the
    gazetteer loads once, when the component is made.
    """
    gaz = load_gazetteer(gazetteer_path)

    def component(doc: Doc) -> Doc:
        doc._.tacitus_places = find_places(doc, gaz)
        return doc

    return component
