"""Analysis over the store: dyad timelines, the actor network, the claim ledger of a pair,
and the event pages the API and dashboard show.

Every function takes an open `Store` (or anything with a DuckDB `con`, such as a cursor
wrapper) and returns plain JSON-ready data (dicts, lists, ISO date strings). User values are
bound as query parameters; the only SQL text built here is fixed clauses from
`tacitus.store.event_filters`.

Example:
    >>> from tacitus.store import Store
    >>> with Store(":memory:") as store:
    ...     dyad_timeline(store, "RUS", "PRK")["buckets"]
    []
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from tacitus.errors import TacitusError
from tacitus.store import EventQuery, event_filters

log = logging.getLogger(__name__)

INTERVALS = ("day", "week", "month")
# How an event report's status counts in a timeline: the narrator's own (or confirmed),
# someone's claim, or a denial.
STATUS_GROUP = {"asserted": "asserted", "confirmed": "asserted", "reported": "claimed", "claimed": "claimed",
                "alleged": "claimed", "denied": "denied"}
QUAD_KEYS = ("1", "2", "3", "4")
NETWORK_LEVELS = ("country", "code")
_EVENT_DATE = "coalesce(e.date_start, e.published)"


class AnalysisError(TacitusError):
    """A request the analysis cannot answer (an unknown interval, a bad actor code)."""


@dataclass(frozen=True)
class EventFilter:
    """Filters for event reports beyond `EventQuery`: one actor on either side, a PLOVER type,
    and offset-based paging. Every value is bound as a query parameter."""

    query: EventQuery = EventQuery()
    actor: str | None = None
    plover: str | None = None
    offset: int = 0


def _rows(con: Any, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _con(store: Any) -> Any:
    return getattr(store, "con", store)


def _iso(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _iso(v) for k, v in row.items()}


def _code(value: str, what: str) -> str:
    v = (value or "").strip().upper()
    if not v or len(v) > 16 or not all(c.isalnum() or c in "-_" for c in v):
        raise AnalysisError(f"{what} must be an actor code or country such as RUS or RUSGOV (letters and digits), got {value!r}")
    return v


def check_filters(*, since: date | None = None, until: date | None = None, code: str | None = None,
                  plover: str | None = None) -> None:
    """Refuse filters that can match nothing because they are wrong, not because nothing
    is stored: a period that ends before it starts, a CAMEO prefix no code has, an unknown
    PLOVER type. (An actor code is open: user dictionaries add their own.)

    Raises:
        AnalysisError: naming the filter and what it accepts.
    """
    from tacitus import ontology

    if since and until and since > until:
        raise AnalysisError(f"since ({since.isoformat()}) is after until ({until.isoformat()}): give since <= until")
    if code and not any(c.code.startswith(code.strip()) for c in ontology.all_codes()):
        raise AnalysisError(f"no CAMEO code starts with {code!r}; see GET /api/codebook or `tacitus codebook`")
    if plover and plover.strip().upper() not in {t.event for t in ontology.plover_types()}:
        raise AnalysisError(f"unknown PLOVER type {plover!r}; see GET /api/codebook or `tacitus codebook`")


def _actor_clause(alias: str, params: list[Any], value: str) -> str:
    """Either side of an event report is `value` (a country, or a code prefix)."""
    parts = []
    for role in ("source", "target"):
        params.extend([value, value])
        parts.append(f"(list_contains({alias}.{role}_countries, ?) OR EXISTS "
                     f"(SELECT 1 FROM unnest({alias}.{role}_codes) AS t(c) WHERE starts_with(t.c, ?)))")
    return "(" + " OR ".join(parts) + ")"


def _where(f: EventFilter) -> tuple[list[str], list[Any]]:
    check_filters(since=f.query.since, until=f.query.until, code=f.query.code, plover=f.plover)
    where, params = event_filters(f.query, "e", _EVENT_DATE)
    if f.actor:
        where.append(_actor_clause("e", params, _code(f.actor, "actor")))
    if f.plover:
        where.append("e.plover_event = ?")
        params.append(f.plover.strip().upper())
    if f.query.min_sources is not None:
        where.append("c.num_sources >= ?")
        params.append(f.query.min_sources)
    return where, params


_FROM = ("FROM events e JOIN articles a USING (article_id) "
         "LEFT JOIN cluster_members m USING (event_uid) LEFT JOIN event_clusters c ON c.cluster_id = m.cluster_id")


# --------------------------------------------------------------------------- events


def list_events(store: Any, f: EventFilter | None = None, limit: int = 50) -> dict[str, Any]:
    """A page of event reports matching `f`, newest last, with the total that match.

    Returns:
        {"total": N, "offset": .., "limit": .., "items": [event rows]}.
    """
    f = f or EventFilter()
    where, params = _where(f)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    con = _con(store)
    total = int(con.execute(f"SELECT count(*) {_FROM}{clause}", params).fetchall()[0][0])
    items = _rows(con,
        "SELECT e.event_uid, e.article_id, e.event_id, " + _EVENT_DATE + " AS date, e.date_end, "
        "e.source_code, e.source_country, e.source_names, e.target_code, e.target_country, e.target_names, "
        "e.cameo, e.cameo_name, e.plover_event AS plover, e.goldstein, e.quad_class, e.status, e.factual, "
        "e.location_name, e.location_country, e.lat, e.lon, e.trigger, e.sentence, e.confidence, "
        "a.outlet, a.title, a.url, a.published, c.cluster_id, c.num_mentions, c.num_articles, c.num_sources, "
        f"c.disputed {_FROM}{clause} ORDER BY date NULLS LAST, e.article_id, e.idx LIMIT ? OFFSET ?",
        [*params, limit, f.offset])
    return {"total": total, "offset": f.offset, "limit": limit, "items": [_clean(r) for r in items]}


def event_detail(store: Any, event_uid: str) -> dict[str, Any] | None:
    """One event report with its evidence: the sentence and the trigger's offsets in it, the
    claim it sits in (who said it, the cue, the stance), the article and outlet, and the
    other reports of the same canonical event (supporting ones and denials). None when
    there is no such event."""
    con = _con(store)
    rows = _rows(con,
        "SELECT e.*, a.outlet, a.title, a.url, a.published AS article_published, c.cluster_id, c.num_mentions, "
        "c.num_articles, c.num_sources, c.status AS cluster_status, c.statuses, c.disputed "
        f"{_FROM} WHERE e.event_uid = ?", [event_uid])
    if not rows:
        return None
    ev = rows[0]
    out: dict[str, Any] = {k: _iso(v) for k, v in ev.items()
                           if k not in ("source", "target", "plover", "date", "location", "attribution", "modality",
                                        "statuses")}
    for key in ("source", "target", "plover", "date", "location", "attribution", "modality", "statuses"):
        out[key] = json.loads(ev[key]) if isinstance(ev[key], str) else ev[key]
    s0 = ev["sentence_start"] or 0
    out["trigger_in_sentence"] = (
        [ev["trigger_start"] - s0, ev["trigger_end"] - s0]
        if ev["trigger_start"] is not None and ev["trigger_end"] is not None
        and 0 <= ev["trigger_start"] - s0 <= ev["trigger_end"] - s0 <= len(ev["sentence"] or "") else None)
    claim_id = (out.get("attribution") or {}).get("claim_id")
    claim = None
    if claim_id:
        found = _rows(con, "SELECT claim_id, sentence, source_code, source_country, source, via, cue, stance, content, "
                      "hedged, hedges, refers_to FROM claims WHERE article_id = ? AND claim_id = ?",
                      [ev["article_id"], claim_id])
        if found:
            claim = found[0]
            claim["source"] = json.loads(claim["source"]) if claim["source"] else []
            claim["via"] = json.loads(claim["via"]) if claim["via"] else []
    out["claim"] = claim
    # Claims in the same article that answer this one (denials, confirmations) or that it answers.
    related: list[dict[str, Any]] = []
    if claim_id:
        related = _rows(con, "SELECT claim_id, sentence, source_code, source_country, cue, stance, content, refers_to "
                        "FROM claims WHERE article_id = ? AND claim_id <> ? AND (list_contains(refers_to, ?) OR "
                        "list_contains(?::VARCHAR[], claim_id)) ORDER BY idx",
                        [ev["article_id"], claim_id, claim_id, list((claim or {}).get("refers_to") or [])])
    out["related_claims"] = related
    reports: list[dict[str, Any]] = []
    if ev["cluster_id"]:
        reports = [_clean(r) for r in _rows(con,
            "SELECT r.event_uid, r.article_id, r.outlet, r.url, r.title, r.published, r.status, r.sentence, r.trigger "
            "FROM event_reports r WHERE r.cluster_id = ? AND r.event_uid <> ? ORDER BY r.published, r.article_id",
            [ev["cluster_id"], event_uid])]
    out["supporting"] = [r for r in reports if r["status"] != "denied"]
    out["denials"] = [r for r in reports if r["status"] == "denied"]
    return out


# --------------------------------------------------------------------------- timelines


def dyad_timeline(store: Any, a: str, b: str, *, interval: str = "month", since: date | None = None,
                  until: date | None = None, undirected: bool = True, factual_only: bool = False,
                  fill: bool = True, max_periods: int = 5000) -> dict[str, Any]:
    """How relations between two actors moved over time.

    Per period (day, week starting Monday, or month): event reports and canonical events
    (clusters) between `a` and `b`, their counts by QuadClass and by PLOVER type, the
    Goldstein sum and mean, and reports by status group (asserted, claimed, denied).

    Args:
        a, b: countries or actor-code prefixes (RUS, PRKGOV).
        interval: "day", "week" or "month".
        undirected: count both directions (a on b and b on a); `directions` splits them.
        fill: include the empty periods between the first and the last (up to `max_periods`),
            so the time axis has no gaps.

    Raises:
        AnalysisError: an unknown interval or a malformed actor code.
    """
    if interval not in INTERVALS:
        raise AnalysisError(f"interval must be one of {', '.join(INTERVALS)}, got {interval!r}")
    a, b = _code(a, "first actor"), _code(b, "second actor")
    check_filters(since=since, until=until)
    q = EventQuery(dyad=(a, b), undirected=undirected, since=since, until=until, factual_only=factual_only)
    where, params = event_filters(q, "e", _EVENT_DATE)
    a_params: list[Any] = []
    a_first = _actor_clause_side("e", "source", a_params, a)
    rows = _rows(_con(store),
        f"SELECT date_trunc(?, {_EVENT_DATE}) AS period, e.quad_class, e.plover_event, e.goldstein, e.status, "
        f"m.cluster_id, {a_first} AS forward "
        f"FROM events e JOIN articles a USING (article_id) LEFT JOIN cluster_members m USING (event_uid) "
        f"WHERE {_EVENT_DATE} IS NOT NULL AND " + " AND ".join(where) + " ORDER BY period",
        [interval, *a_params, *params])
    buckets: dict[Any, dict[str, Any]] = {}
    clusters: dict[Any, set[str]] = defaultdict(set)
    for r in rows:
        p = r["period"].date() if isinstance(r["period"], datetime) else r["period"]
        bkt = buckets.get(p)
        if bkt is None:
            bkt = buckets[p] = _empty_bucket(p, a, b)
        bkt["reports"] += 1
        if r["quad_class"]:
            bkt["quad"][str(r["quad_class"])] += 1
        if r["plover_event"]:
            bkt["plover"][r["plover_event"]] += 1
        if r["goldstein"] is not None:
            bkt["goldstein_sum"] += float(r["goldstein"])
            bkt["_g"] += 1
        bkt["status"][STATUS_GROUP.get(r["status"] or "asserted", "claimed")] += 1
        bkt["directions"][f"{a}>{b}" if r["forward"] else f"{b}>{a}"] += 1
        clusters[p].add(r["cluster_id"] or f"report:{id(r)}")
    out = []
    keys = sorted(buckets)
    if fill and keys:
        keys = _periods(keys[0], keys[-1], interval, max_periods) or keys
    for p in keys:
        bkt = buckets.get(p) or _empty_bucket(p, a, b)
        bkt["events"] = len(clusters[p])
        bkt["goldstein_sum"] = round(bkt["goldstein_sum"], 3)
        bkt["goldstein_mean"] = round(bkt["goldstein_sum"] / bkt["_g"], 3) if bkt["_g"] else None
        bkt["plover"] = dict(Counter(bkt["plover"]).most_common())
        del bkt["_g"]
        out.append(bkt)
    totals = {
        "reports": sum(x["reports"] for x in out), "events": sum(x["events"] for x in out),
        "goldstein_sum": round(sum(x["goldstein_sum"] for x in out), 3),
        "quad": {k: sum(x["quad"][k] for x in out) for k in QUAD_KEYS},
        "status": {k: sum(x["status"][k] for x in out) for k in ("asserted", "claimed", "denied")},
    }
    return {"dyad": [a, b], "undirected": undirected, "interval": interval, "since": _iso(since),
            "until": _iso(until), "buckets": out, "totals": totals}


def _empty_bucket(p: Any, a: str, b: str) -> dict[str, Any]:
    return {"period": _iso(p.date() if isinstance(p, datetime) else p), "reports": 0, "events": 0,
            "quad": dict.fromkeys(QUAD_KEYS, 0), "plover": Counter(), "goldstein_sum": 0.0, "goldstein_mean": None,
            "_g": 0, "status": {"asserted": 0, "claimed": 0, "denied": 0}, "directions": {f"{a}>{b}": 0, f"{b}>{a}": 0}}


def _periods(first: Any, last: Any, interval: str, max_periods: int = 5000) -> list[Any]:
    """Every period start from `first` to `last` (both period starts); [] when too many."""
    d0 = first.date() if isinstance(first, datetime) else first
    d1 = last.date() if isinstance(last, datetime) else last
    out: list[Any] = []
    cur = d0
    while cur <= d1:
        out.append(cur)
        if len(out) > max_periods:
            return []
        try:
            if interval == "day":
                cur = cur + timedelta(days=1)
            elif interval == "week":
                cur = cur + timedelta(days=7)
            else:
                cur = date(cur.year + cur.month // 12, cur.month % 12 + 1, 1)
        except (OverflowError, ValueError):  # the period after one in December 9999
            break
    return out


def _actor_clause_side(alias: str, role: str, params: list[Any], value: str) -> str:
    params.extend([value, value])
    return (f"(list_contains({alias}.{role}_countries, ?) OR EXISTS "
            f"(SELECT 1 FROM unnest({alias}.{role}_codes) AS t(c) WHERE starts_with(t.c, ?)))")


# --------------------------------------------------------------------------- network


def _node_key(actor: dict[str, Any], level: str) -> tuple[str, str]:
    """(id, label) of the node an actor belongs to."""
    name = actor.get("name") or actor.get("text") or "?"
    if level == "country" and actor.get("country"):
        return actor["country"], actor["country"]
    if actor.get("code"):
        return actor["code"], actor["code"]
    if actor.get("country"):
        return actor["country"], actor["country"]
    return "name:" + " ".join(name.casefold().split()), name


def actor_network(store: Any, *, since: date | None = None, until: date | None = None, code: str | None = None,
                  plover: str | None = None, actor: str | None = None, status: str | None = None,
                  level: str = "country", factual_only: bool = False, max_nodes: int = 60) -> dict[str, Any]:
    """Actors as nodes and directed edges weighted by cooperation and conflict.

    An edge source -> target counts the event reports from one to the other: cooperation
    (QuadClass 1-2), conflict (QuadClass 3-4), the Goldstein sum, and the canonical events.
    Nodes are countries (`level="country"`, falling back to the actor code, then the name)
    or actor codes (`level="code"`). Filters: period, CAMEO code prefix, PLOVER type, an
    actor on either side, status. The `max_nodes` busiest nodes are kept.
    """
    if level not in NETWORK_LEVELS:
        raise AnalysisError(f"level must be one of {', '.join(NETWORK_LEVELS)}, got {level!r}")
    f = EventFilter(query=EventQuery(since=since, until=until, code=code, status=status, factual_only=factual_only),
                    actor=actor, plover=plover)
    where, params = _where(f)
    rows = _rows(_con(store),
        f"SELECT e.source, e.target, e.quad_class, e.goldstein, m.cluster_id {_FROM}"
        + (" WHERE " + " AND ".join(where) if where else ""), params)
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        src = [_node_key(x, level) for x in json.loads(r["source"] or "[]")]
        tgt = [_node_key(x, level) for x in json.loads(r["target"] or "[]")]
        quad = r["quad_class"] or 0
        for nid, label in dict(src + tgt).items():
            n = nodes.setdefault(nid, {"id": nid, "label": label, "reports": 0, "cooperation": 0, "conflict": 0})
            n["reports"] += 1
            if quad in (1, 2):
                n["cooperation"] += 1
            elif quad in (3, 4):
                n["conflict"] += 1
        for s, _ in dict(src).items():
            for t, _ in dict(tgt).items():
                if s == t:
                    continue
                e = edges.setdefault((s, t), {"source": s, "target": t, "reports": 0, "cooperation": 0, "conflict": 0,
                                              "goldstein_sum": 0.0, "_clusters": set()})
                e["reports"] += 1
                if quad in (1, 2):
                    e["cooperation"] += 1
                elif quad in (3, 4):
                    e["conflict"] += 1
                if r["goldstein"] is not None:
                    e["goldstein_sum"] += float(r["goldstein"])
                if r["cluster_id"]:
                    e["_clusters"].add(r["cluster_id"])
    keep = {n["id"] for n in sorted(nodes.values(), key=lambda n: (-n["reports"], n["id"]))[:max_nodes]}
    out_edges = []
    for e in sorted(edges.values(), key=lambda e: (-e["reports"], e["source"], e["target"])):
        if e["source"] in keep and e["target"] in keep:
            e["events"] = len(e.pop("_clusters"))
            e["goldstein_sum"] = round(e["goldstein_sum"], 3)
            out_edges.append(e)
    return {"level": level, "nodes": sorted((nodes[k] for k in keep), key=lambda n: (-n["reports"], n["id"])),
            "edges": out_edges}


# --------------------------------------------------------------------------- claims


def claim_ledger(store: Any, a: str, b: str, *, since: date | None = None, until: date | None = None,
                 limit: int = 200) -> dict[str, Any]:
    """Who claims what about whom between `a` and `b` (either direction).

    Each entry is a claim (its speaker, cue, stance, content, sentence, article and outlet)
    whose content holds an event between the pair, with those events, their canonical
    event's status and counts (corroboration: how many outlets report it; disputed when
    some reports deny it), and the earlier claims it answers. `speakers` sums stances per
    speaker.
    """
    a, b = _code(a, "first actor"), _code(b, "second actor")
    check_filters(since=since, until=until)
    q = EventQuery(dyad=(a, b), undirected=True, since=since, until=until)
    where, params = event_filters(q, "e", _EVENT_DATE)
    con = _con(store)
    rows = _rows(con,
        "SELECT cl.article_id, cl.claim_id, cl.sentence AS claim_sentence, cl.source_code AS speaker_code, "
        "cl.source_country AS speaker_country, cl.source AS speaker, cl.cue, cl.stance, cl.content, cl.hedged, "
        "cl.refers_to, a.outlet, a.url, a.title, a.published, e.event_uid, e.cameo, e.cameo_name, e.plover_event, "
        "e.source_code, e.target_code, e.source_names, e.target_names, e.status, " + _EVENT_DATE + " AS date, "
        "c.cluster_id, c.num_sources, c.num_articles, c.disputed, c.statuses "
        "FROM claims cl JOIN articles a USING (article_id) "
        "JOIN events e ON e.article_id = cl.article_id AND list_contains(cl.events, e.event_id) "
        "LEFT JOIN cluster_members m ON m.event_uid = e.event_uid "
        "LEFT JOIN event_clusters c ON c.cluster_id = m.cluster_id "
        "WHERE " + " AND ".join(where) + " ORDER BY a.published NULLS LAST, cl.article_id, cl.idx, e.idx",
        params)
    entries: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        key = (r["article_id"], r["claim_id"])
        ent = entries.get(key)
        if ent is None:
            speaker = json.loads(r["speaker"] or "[]")
            ent = entries[key] = {
                "article_id": r["article_id"], "claim_id": r["claim_id"], "sentence": r["claim_sentence"],
                "speaker": ", ".join((s.get("name") or s.get("text") or "?") for s in speaker) or None,
                "speaker_code": r["speaker_code"] or r["speaker_country"], "cue": r["cue"], "stance": r["stance"],
                "content": r["content"], "hedged": r["hedged"], "refers_to": list(r["refers_to"] or []),
                "outlet": r["outlet"], "url": r["url"], "title": r["title"], "published": _iso(r["published"]),
                "events": [],
            }
        statuses = json.loads(r["statuses"]) if isinstance(r["statuses"], str) else (r["statuses"] or {})
        ent["events"].append({
            "event_uid": r["event_uid"], "date": _iso(r["date"]), "cameo": r["cameo"], "cameo_name": r["cameo_name"],
            "plover": r["plover_event"], "source_code": r["source_code"], "target_code": r["target_code"],
            "source_names": list(r["source_names"] or []), "target_names": list(r["target_names"] or []),
            "status": r["status"], "cluster_id": r["cluster_id"], "num_sources": r["num_sources"],
            "num_articles": r["num_articles"], "disputed": r["disputed"], "statuses": statuses,
            "corroborated": bool(r["num_sources"] and r["num_sources"] > 1),
        })
    items = list(entries.values())
    speakers: dict[str, Counter] = defaultdict(Counter)
    for ent in items:
        speakers[ent["speaker_code"] or ent["speaker"] or "unknown"][ent["stance"] or "?"] += 1
    return {"dyad": [a, b], "total": len(items), "items": items[:limit],
            "speakers": {k: dict(v) for k, v in sorted(speakers.items())},
            "denials": sum(1 for e in items if e["stance"] == "deny")}


# --------------------------------------------------------------------------- map, articles, actors


def event_locations(store: Any, f: EventFilter | None = None, limit: int = 2000) -> list[dict[str, Any]]:
    """Places of the event reports matching `f`: one point per place with its report count."""
    f = f or EventFilter()
    where, params = _where(f)
    where.append("e.lat IS NOT NULL AND e.lon IS NOT NULL")
    rows = _rows(_con(store),
        f"SELECT e.location_name AS name, e.location_country AS country, e.lat, e.lon, count(*) AS reports, "
        f"min(e.event_uid) AS example {_FROM} WHERE " + " AND ".join(where)
        + " GROUP BY ALL ORDER BY reports DESC, name LIMIT ?", [*params, limit])
    return rows


def list_articles(store: Any, *, since: date | None = None, until: date | None = None, offset: int = 0,
                  limit: int = 50) -> dict[str, Any]:
    """A page of stored articles (metadata and counts, not the text), oldest first."""
    check_filters(since=since, until=until)
    where, params = [], []
    if since:
        where.append("published >= ?")
        params.append(since)
    if until:
        where.append("published <= ?")
        params.append(until)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    con = _con(store)
    total = int(con.execute("SELECT count(*) FROM articles" + clause, params).fetchall()[0][0])
    items = _rows(con,
        "SELECT article_id, title, url, outlet, published, n_mentions, n_events, n_claims, ingested_at FROM articles"
        + clause + " ORDER BY published NULLS LAST, article_id LIMIT ? OFFSET ?", [*params, limit, offset])
    return {"total": total, "offset": offset, "limit": limit, "items": [_clean(r) for r in items]}


def actors(store: Any, limit: int = 200) -> list[dict[str, Any]]:
    """Countries and actor codes seen in events, busiest first (for pickers)."""
    return _rows(_con(store),
        "SELECT k AS id, count(*) AS reports FROM ("
        "SELECT unnest(list_concat(source_countries, target_countries)) AS k FROM events) "
        "WHERE k IS NOT NULL GROUP BY k ORDER BY reports DESC, k LIMIT ?", [limit])


def dyads(store: Any, limit: int = 100) -> list[dict[str, Any]]:
    """Country pairs (sorted) with events between them, busiest first."""
    return _rows(_con(store),
        "SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b, "
        "count(*) AS reports FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
        "AND source_country <> target_country GROUP BY ALL ORDER BY reports DESC, a, b LIMIT ?", [limit])
