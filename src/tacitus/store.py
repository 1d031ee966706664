"""The store: coded articles in an embedded DuckDB file, events deduplicated across articles.

Tables (created and upgraded by the named migrations in `MIGRATIONS`, recorded in the
`migrations` table, safe to re-run):

    articles        one row per stored article: metadata, text, content hash, the full coded record
    mentions        actor, place, weapon and date mentions (JSON plus flat columns)
    events          event mentions ("reports"): actors as JSON and flat codes/countries, CAMEO,
                    PLOVER, date, place, status, modality, evidence, the cluster key
    claims          who says what
    event_clusters  canonical events: the event mentions that describe the same real event,
                    with NumMentions, NumArticles, NumSources (distinct outlets), first and last seen
    cluster_members event mention -> canonical event
    runs, failures  one row per ingest run; one row per document that could not be coded

Writes go in one transaction per batch of articles, so a killed run never leaves a partial
article; an article already stored (same normalised content hash, or same url, or same
explicit id) is skipped, so ingesting the same input twice stores it once. The clusters of
every canonical event a batch touches are recomputed inside the same transaction.

Reports are clustered per block (`cluster_key`: family, actor pair, factuality; a side is
its countries, each with its non-state party, so a country's rebels and civilians never share
a side with its state) by date and place, and two reports that each state the event's day,
different days, are two events (`dates_conflict`, unless a night or early-morning cue at the
dates, `day_part`, bridges the midnight between two days in a row); then a report whose target is a bare
country ("shelled Sudan") joins the one event of the same family and source whose target is a
party of that country ("shelled civilians", `attach_bare`); a report whose target is unknown
joins the one event of the same family and source that it can be, and stays alone when there
are two; so does a report whose source is unknown ("a tanker was seized"), with the same
family and target (`attach_vague`).

Every query binds user values as parameters; no SQL is built from user strings.

The default database is `tacitus.duckdb` in the current directory, or `$TACITUS_DB`.

Example:
    >>> with Store(":memory:") as store:
    ...     store.counts()["articles"]
    0
"""

from __future__ import annotations

import bisect
import hashlib
import json
import logging
import math
import os
import re
import time
import unicodedata
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tacitus.errors import StoreError
from tacitus.records import (
    Actor,
    Article,
    CodedArticle,
    DocumentError,
    Event,
    Mention,
    coded_article_to_dict,
    to_dict,
)

log = logging.getLogger(__name__)

DEFAULT_DB = "tacitus.duckdb"
DEFAULT_WINDOW_DAYS = 2
# CAMEO roots whose direction carries no meaning for matching reports ("A met B" == "B met A").
SYMMETRIC_ROOTS = frozenset({"04"})
# Most to least committal: the status a canonical event shows when its reports differ.
STATUS_ORDER = ("asserted", "confirmed", "reported", "claimed", "alleged", "denied")
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5, "vague": 6}
_FAR_KM = 100.0


def default_db_path() -> str:
    """The database used when none is given: `$TACITUS_DB`, else `tacitus.duckdb` here."""
    return os.environ.get("TACITUS_DB") or DEFAULT_DB


# --------------------------------------------------------------------------- migrations

def _rekey_events(store: Store) -> None:
    """Recompute every stored event's cluster key from its stored actors, and when any key
    changed, recluster the whole store (an event whose key and reports stay keeps its id)."""
    import pyarrow as pa

    rows = store.con.execute("SELECT event_uid, cameo, plover_event, factual, source, target, cluster_key "
                             "FROM events").fetchall()
    changed = []
    for uid, cameo, plover_event, factual, source, target, old in rows:
        family = cameo[:2] if cameo else (plover_event or "?")
        key = block_key(family, json.loads(source or "[]"), json.loads(target or "[]"), bool(factual))
        if key != old:
            changed.append({"event_uid": uid, "cluster_key": key})
    if not changed:
        return
    store.con.register("_rekeyed", pa.Table.from_pylist(changed))
    try:
        store.con.execute("UPDATE events SET cluster_key = r.cluster_key FROM _rekeyed r WHERE events.event_uid = r.event_uid")
    finally:
        store.con.unregister("_rekeyed")
    store._recluster_all()
    log.info("store %s: %d event reports changed cluster key; canonical events recomputed", store.path, len(changed))


def _recluster_store(store: Store) -> None:
    """Recompute every canonical event under changed clustering rules (the keys stay), unless
    an earlier migration of this upgrade already did (`_rekey_events`)."""
    if not store._reclustered and store.con.execute("SELECT count(*) FROM events").fetchall()[0][0]:
        store._recluster_all()


def _add_day_parts(store: Store) -> None:
    """Give every stored event the part of the day its stated date carries (`day_part`), read
    from the article text around the date mention of the event's sentence, and recluster."""
    import pyarrow as pa

    store.con.execute("ALTER TABLE events ADD COLUMN IF NOT EXISTS date_part VARCHAR")
    rows = store.con.execute(
        "SELECT e.event_uid, a.text, e.sentence_start, e.sentence_end, m.start_char, m.end_char "
        "FROM events e JOIN articles a USING (article_id) JOIN mentions m ON m.article_id = e.article_id "
        "AND m.start_char >= e.sentence_start AND m.end_char <= e.sentence_end "
        "AND m.date_start = e.date_start AND m.date_end = e.date_end "
        "WHERE e.date_precision = 'day' ORDER BY e.event_uid, m.start_char").fetchall()
    parts: dict[str, str] = {}
    for uid, text, s_start, s_end, m_start, m_end in rows:
        part = day_part(text or "", s_start, s_end, m_start, m_end)
        if part and uid not in parts:
            parts[uid] = part
    if parts:
        store.con.register("_parts", pa.Table.from_pylist([{"event_uid": u, "date_part": p} for u, p in parts.items()]))
        try:
            store.con.execute("UPDATE events SET date_part = p.date_part FROM _parts p WHERE events.event_uid = p.event_uid")
        finally:
            store.con.unregister("_parts")
    _recluster_store(store)


# A migration is SQL (statements separated by ";") or a function of the store, for data
# changes SQL cannot express; each runs once, in its own transaction.
MIGRATIONS: tuple[tuple[str, str | Callable[[Store], None]], ...] = (
    (
        "0001_initial",
        """
        CREATE TABLE IF NOT EXISTS runs (
            run_id BIGINT PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP, command VARCHAR,
            inputs JSON, pipeline VARCHAR, status VARCHAR,
            coded INTEGER DEFAULT 0, duplicates INTEGER DEFAULT 0, failed INTEGER DEFAULT 0, events INTEGER DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS articles (
            article_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL UNIQUE, url VARCHAR, title VARCHAR,
            outlet VARCHAR, outlet_key VARCHAR, distributor VARCHAR, location VARCHAR, published DATE,
            date_source VARCHAR, body_start INTEGER, origin VARCHAR, text VARCHAR, pipeline VARCHAR,
            run_id BIGINT, ingested_at TIMESTAMP, n_mentions INTEGER, n_events INTEGER, n_claims INTEGER,
            record JSON
        );
        CREATE TABLE IF NOT EXISTS mentions (
            article_id VARCHAR, idx INTEGER, text VARCHAR, start_char INTEGER, end_char INTEGER,
            label VARCHAR, sentence INTEGER, actor_code VARCHAR, actor_country VARCHAR, actor_kind VARCHAR,
            place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE, date_start DATE, date_end DATE,
            rule VARCHAR, confidence DOUBLE, actor JSON, place JSON, date JSON,
            PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE IF NOT EXISTS events (
            event_uid VARCHAR PRIMARY KEY, article_id VARCHAR, event_id VARCHAR, idx INTEGER,
            published DATE, outlet_key VARCHAR, is_root BOOLEAN,
            sentence VARCHAR, sentence_start INTEGER, sentence_end INTEGER,
            trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
            source_code VARCHAR, source_country VARCHAR, target_code VARCHAR, target_country VARCHAR,
            source_codes VARCHAR[], source_countries VARCHAR[], target_codes VARCHAR[], target_countries VARCHAR[],
            source_names VARCHAR[], target_names VARCHAR[], source JSON, target JSON,
            cameo VARCHAR, cameo_base VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR,
            goldstein DOUBLE, quad_class INTEGER, plover_event VARCHAR, plover_mode VARCHAR, plover JSON,
            date_start DATE, date_end DATE, date_value VARCHAR, date_precision VARCHAR, date JSON,
            location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
            location_precision VARCHAR, location_feature VARCHAR, location_level VARCHAR, location JSON,
            status VARCHAR, attribution JSON, negated BOOLEAN, hypothetical BOOLEAN, future BOOLEAN,
            uncertain BOOLEAN, historical BOOLEAN, factual BOOLEAN, modality JSON,
            rule VARCHAR, confidence DOUBLE, cluster_key VARCHAR
        );
        CREATE TABLE IF NOT EXISTS claims (
            article_id VARCHAR, idx INTEGER, claim_id VARCHAR, sentence VARCHAR,
            sentence_start INTEGER, sentence_end INTEGER, source_code VARCHAR, source_country VARCHAR,
            source JSON, via JSON, cue VARCHAR, stance VARCHAR, content VARCHAR,
            content_start INTEGER, content_end INTEGER, hedged BOOLEAN, hedges VARCHAR[],
            events VARCHAR[], refers_to VARCHAR[], rule VARCHAR, confidence DOUBLE,
            PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE IF NOT EXISTS event_clusters (
            cluster_id VARCHAR PRIMARY KEY, global_id BIGINT, cluster_key VARCHAR, representative VARCHAR,
            cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR, plover_event VARCHAR,
            goldstein DOUBLE, quad_class INTEGER,
            source_code VARCHAR, source_country VARCHAR, target_code VARCHAR, target_country VARCHAR,
            source_codes VARCHAR[], source_countries VARCHAR[], target_codes VARCHAR[], target_countries VARCHAR[],
            date_start DATE, date_end DATE, location_name VARCHAR, location_country VARCHAR,
            lat DOUBLE, lon DOUBLE, factual BOOLEAN, status VARCHAR, statuses JSON, disputed BOOLEAN,
            num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER,
            first_seen DATE, last_seen DATE, added_at TIMESTAMP, updated_at TIMESTAMP
        );
        CREATE TABLE IF NOT EXISTS cluster_members (
            event_uid VARCHAR PRIMARY KEY, cluster_id VARCHAR
        );
        CREATE TABLE IF NOT EXISTS failures (
            run_id BIGINT, doc_id VARCHAR, origin VARCHAR, error VARCHAR, message VARCHAR, failed_at TIMESTAMP
        );
        """,
    ),
    (
        "0002_report_views",
        """
        CREATE OR REPLACE VIEW event_reports AS
            SELECT m.cluster_id, e.event_uid, e.article_id, e.event_id, a.outlet, a.url, a.title,
                   a.published, e.status, e.sentence, e.trigger, e.cameo, e.confidence
            FROM cluster_members m JOIN events e USING (event_uid) JOIN articles a USING (article_id);
        CREATE OR REPLACE VIEW store_counts AS
            SELECT (SELECT count(*) FROM articles) AS articles,
                   (SELECT count(*) FROM events) AS event_mentions,
                   (SELECT count(*) FROM event_clusters) AS events,
                   (SELECT count(*) FROM claims) AS claims,
                   (SELECT count(*) FROM mentions) AS mentions;
        """,
    ),
    # cluster keys tell a country's state from its rebels and its civilians (`party_class`)
    ("0003_party_cluster_keys", _rekey_events),
    # reports that state different days stay apart (`dates_conflict`); a bare country target
    # joins the one event of a party of it (`attach_bare`)
    ("0004_stated_days_and_bare_targets", _recluster_store),
    # a night or early-morning cue bridges the midnight between two written days (`day_part`)
    ("0005_day_parts", _add_day_parts),
)


# --------------------------------------------------------------------------- records of a run


@dataclass
class IngestSummary:
    """What an ingest run did: articles newly coded and stored, skipped duplicates, failures."""

    run_id: int | None = None
    coded: int = 0
    duplicates: int = 0
    events: int = 0
    failed: list[DocumentError] = field(default_factory=list)
    seconds: float = 0.0
    #: duplicates by id or url whose text differs from the article kept (an update, or two
    #: articles given one id): skipped like any duplicate, but counted so none goes unnoticed
    conflicts: int = 0

    @property
    def seen(self) -> int:
        return self.coded + self.duplicates + len(self.failed)


@dataclass(frozen=True)
class EventQuery:
    """Filters for events and canonical events. Every value is bound as a query parameter.

    `dyad` is (source, target): each matches an actor's country or the start of its code
    (RUS matches RUSGOV); `undirected` also accepts the pair the other way round. `code`
    is a CAMEO code prefix ("07", "072"). `since`/`until` bound the event date (the
    publication date when the event has none). `min_sources` keeps events whose canonical
    event has at least that many distinct outlets.
    """

    dyad: tuple[str, str] | None = None
    undirected: bool = False
    code: str | None = None
    since: date | None = None
    until: date | None = None
    status: str | None = None
    min_sources: int | None = None
    factual_only: bool = False
    limit: int | None = None


# --------------------------------------------------------------------------- helpers


def content_hash(text: str) -> str:
    """A hash of the normalised text (Unicode NFKC, case-folded, whitespace collapsed)."""
    norm = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def outlet_key(outlet: str | None, url: str | None, article_id: str) -> str:
    """Who published a report, for counting distinct sources: the outlet name normalised,
    else the host of the url, else the article itself (an unknown outlet counts once)."""
    if outlet and outlet.strip():
        name = re.sub(r"[^\w]+", " ", outlet.casefold()).strip()
        name = re.sub(r"^the ", "", name)
        return name or outlet.strip()
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return f"article:{article_id}"


def _id_is_explicit(article: Article) -> bool:
    """False when the reader made the id up from a file name (two files called `a.txt` in
    different folders are different articles)."""
    if article.id.startswith("sha1:"):
        return False
    if not article.origin or re.search(r":\d+$", article.origin):
        return True
    return Path(article.origin).stem != article.id


def _identity_keys(article: Article, digest: str | None = None) -> set[str]:
    """What makes two articles the same: content hash, url, explicit id."""
    keys = {f"h:{digest or content_hash(article.text)}"}
    if article.url:
        keys.add(f"u:{article.url}")
    if _id_is_explicit(article):
        keys.add(f"i:{article.id}")
    return keys


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(to_dict(value), ensure_ascii=False)


# A country's actors fall in parties that one event never mixes up: its state (no sector,
# or GOV, MIL, COP, JUD, LEG, SPY... and anything else, as before), the armed groups and
# opposition that fight or contest it, and its civilians. In a civil war the RSF (SDNREB)
# shelling a market and the army (SDNMIL) shelling RSF positions are both "Sudan > Sudan";
# the party keeps them apart, while IRN and IRNMIL (both the state) still share a side.
PARTY_CLASSES: dict[str, str] = {
    **dict.fromkeys(("REB", "INS", "OPP", "UAF", "SEP", "IMG", "PRM", "RAD"), "REB"),
    **dict.fromkeys(("CVL", "REF"), "CVL"),
}


def party_class(country: str | None, sector: str | None, code: str | None) -> str | None:
    """The non-state party of a country actor ("REB" for rebels, insurgents, opposition,
    militias, separatists; "CVL" for civilians and refugees), or None for its state and every
    other sector. The sector is the actor's own, else the one its code gives (SDNREB -> REB)."""
    if not sector and code and country and code.startswith(country):
        sector = code[len(country):len(country) + 3]
    return PARTY_CLASSES.get((sector or "").upper())


def _identity(country: str | None, sector: str | None, code: str | None, name: str | None, text: str) -> str:
    if country:
        party = party_class(country, sector, code)
        return f"{country}:{party}" if party else country
    if code:
        return code.strip("-")[:6] or code
    # "|" and ">" separate the parts of a cluster key (`cluster_group` splits on them)
    return " ".join((name or text).casefold().replace("|", " ").replace(">", " ").split())


def _side_key(actors: Sequence[Actor] | Sequence[dict[str, Any]]) -> str:
    """One side of a cluster key: its actors' identities (country and party, or code, or
    name), from Actor records or their stored JSON dicts."""
    ids = {_identity(a.country, a.sector, a.code, a.name, a.text) if isinstance(a, Actor) else
           _identity(a.get("country"), a.get("sector"), a.get("code"), a.get("name"), a.get("text") or "")
           for a in actors}
    return "+".join(sorted(ids)) or "-"


def block_key(family: str, source: Sequence[Actor] | Sequence[dict[str, Any]],
              target: Sequence[Actor] | Sequence[dict[str, Any]], factual: bool) -> str:
    """`cluster_key` from its parts (the stored JSON of the actors will do, for migrations)."""
    src, tgt = _side_key(source), _side_key(target)
    if family in SYMMETRIC_ROOTS:
        src, tgt = sorted((src, tgt))
    return f"{family}|{src}>{tgt}|{'f' if factual else 'm'}"


def cluster_key(event: Event) -> str:
    """The block an event mention is clustered in: event family, actor pair, factuality.

    The family is the CAMEO root (or the PLOVER type when there is no CAMEO code); each side
    of the pair is its actors' countries with their non-state party (`party_class`: "SDN:REB"
    for the RSF, "SDN" for the army), or codes, or names; for symmetric families (meet,
    consult) the pair is sorted. A report whose target names no country ("the ship") is
    blocked alone, and joins an event of a known target in `attach_vague`.
    """
    family = event.cameo[:2] if event.cameo else (event.plover.event if event.plover else "?")
    return block_key(family, event.source, event.target, event.modality.factual)


def cluster_group(key: str, side: str = "target") -> tuple[str, str]:
    """The (prefix, suffix) of the cluster keys a report of block `key` may share a canonical
    event with when its `side` is unknown: for an unknown target, the same family, source
    side and factuality, any target; for an unknown source, the same family, target side and
    factuality, any source (`attach_vague`). Symmetric families are their own group (their
    pair is sorted, so no side is the source).

    Example:
        >>> cluster_group("17|IRN>MHL|f")
        ('17|IRN>', '|f')
        >>> cluster_group("17|IRN>MHL|f", side="source")
        ('17|', '>MHL|f')
    """
    family, _, rest = key.partition("|")
    pair, _, fact = rest.rpartition("|")
    src, sep, tgt = pair.partition(">")
    if family in SYMMETRIC_ROOTS or not sep:
        return key, ""
    if side == "source":
        return f"{family}|", f">{tgt}|{fact}"
    return f"{family}|{src}>", f"|{fact}"


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class ClusterPoint:
    """What clustering needs to know about one event mention."""

    uid: str
    start: date | None
    end: date | None
    precision: str = "day"
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    place_precision: str | None = None
    #: the report states the event's day ("on 4 June", "on Tuesday"), not only its publication date
    explicit: bool = False
    #: the stated day is written out ("on 4 June"), not counted from the report's own day
    written: bool = False
    #: the part of that day the report names: "late" ("late on 3 June", "on the night of"),
    #: "early" ("early on 4 June", "in the early hours of") or "overnight" (either side)
    part: str | None = None


def dates_conflict(a: ClusterPoint, b: ClusterPoint) -> bool:
    """Two reports that each state the event's day, and different days, tell of two events
    ("air strikes on 4 June" is not "shelling on 3 June"); a date inferred from publication,
    or one less precise than a day, conflicts with nothing (the window decides). A day
    counted from publication ("yesterday", "on Tuesday") can be one off between wires in
    different time zones, so unless both days are written out they must be two days apart."""
    if not (a.explicit and b.explicit and a.start is not None and b.start is not None):
        return False
    gap = max((a.start - (b.end or b.start)).days, (b.start - (a.end or a.start)).days)
    if a.written and b.written and gap == 1:
        # "late on 3 June" and "early on 4 June" (or "on 3 June" and "in the early hours of 4
        # June"): a night's attack, whose wires each wrote the day on their side of midnight
        first, then = (a, b) if a.start < b.start else (b, a)
        return first.part not in ("late", "overnight") and then.part not in ("early", "overnight")
    return gap >= (1 if a.written and b.written else 2)


# Words around a date that name a part of its day. A cue word counts only when nothing but
# the words of a time phrase stand between it and the date ("late on", "in the early hours of").
_LATE = frozenset({"late", "night", "nightfall"})
_EARLY = frozenset({"early", "dawn", "daybreak", "pre-dawn", "predawn", "sunrise", "small", "wee"})
_BOTH = frozenset({"overnight", "midnight"})  # "after midnight on 4 June", "before midnight on 3 June"
_TIME_GLUE = frozenset({"on", "of", "the", "in", "into", "at", "before", "hours", "until", "by", "around", "just"})
_WORD = re.compile(r"[A-Za-z-]+")


def day_part(text: str, sent_start: int, sent_end: int, start: int, end: int) -> str | None:
    """The part of the day named around the date mention text[start:end] of a sentence:
    "late", "early", "overnight" (named both ways, or "overnight"), or None.

    Example:
        >>> t = "Drones hit the depot late on 3 June."
        >>> day_part(t, 0, len(t), t.index("3 June"), t.index("3 June") + 6)
        'late'
    """
    before = _WORD.findall(text[max(sent_start, start - 40):start].split(",")[-1].lower())
    words = _WORD.findall(text[start:end].lower())
    after = _WORD.findall(text[end:min(sent_end, end + 12)].split(",")[0].lower())[:1]
    for w in reversed(before):  # back from the date, over the words of its time phrase only
        if w not in _TIME_GLUE and w not in _LATE | _EARLY | _BOTH:
            break
        words.append(w)
    words += [w for w in after if w in _LATE | _BOTH]  # "Monday night", "3 June overnight"
    late = any(w in _LATE for w in words)
    early = any(w in _EARLY for w in words)
    if any(w in _BOTH for w in words) or (late and early):
        return "overnight"
    return "late" if late else "early" if early else None


def places_compatible(a: ClusterPoint, b: ClusterPoint, far_km: float = _FAR_KM) -> bool:
    """Two reports can describe the same event unless their places rule it out: different
    countries, or two city-level points more than `far_km` apart."""
    if a.country and b.country and a.country != b.country:
        return False
    fine = {"city", "feature", "sub-city"}
    if (
        a.lat is not None and b.lat is not None and a.lon is not None and b.lon is not None
        and a.place_precision in fine and b.place_precision in fine
    ):
        return _haversine_km(a.lat, a.lon, b.lat, b.lon) <= far_km
    return True


def _shift(day: date, delta: timedelta) -> date:
    """`day + delta`, held at date.min/date.max: a publication date of 0001-01-01 or
    9999-12-31 is odd but legal, and must not overflow the clustering window."""
    try:
        return day + delta
    except OverflowError:
        return date.max if delta > timedelta(0) else date.min


def cluster_points(points: Sequence[ClusterPoint], window_days: int = DEFAULT_WINDOW_DAYS) -> list[list[ClusterPoint]]:
    """Group event mentions of one block into real events.

    Mentions are taken most precise date first; each joins the first cluster whose anchor
    (its first, most precise mention) has a date interval within `window_days` of its own, a
    compatible place, and no member that states another day (`dates_conflict`), else it
    anchors a new cluster. Mentions without any date stay alone.

    Example:
        >>> d = date(2024, 10, 14)
        >>> groups = cluster_points([ClusterPoint("a", d, d), ClusterPoint("b", d + timedelta(1), d + timedelta(1))])
        >>> [[p.uid for p in g] for g in groups]
        [['a', 'b']]
        >>> groups = cluster_points([ClusterPoint("a", d, d, explicit=True),
        ...                          ClusterPoint("b", d + timedelta(1), d + timedelta(1), explicit=True)])
        >>> [[p.uid for p in g] for g in groups]
        [['a'], ['b']]
    """
    window = timedelta(days=window_days)
    order = sorted(points, key=lambda p: (p.start is None, _PRECISION_RANK.get(p.precision, 9), p.start or date.max, p.uid))
    clusters: list[list[ClusterPoint]] = []
    for p in order:
        home = None
        if p.start is not None:
            p_end = p.end or p.start
            for members in clusters:
                anchor = members[0]
                if anchor.start is None:
                    continue
                a_end = anchor.end or anchor.start
                if p.start <= _shift(a_end, window) and p_end >= _shift(anchor.start, -window) and all(
                    places_compatible(p, m) for m in members[:5]
                ) and not any(dates_conflict(p, m) for m in members):
                    home = members
                    break
        if home is None:
            clusters.append([p])
        else:
            home.append(p)
    return clusters


def _vague_sector(rows: Sequence[dict[str, Any]], side: str = "target") -> str | None:
    """For a block whose `side` (target or source) names no one (empty, a bare name, or
    "the tanker" coded ---BUS): the sector its codes on that side give ("" when none); else
    None (a country, or a body such as IGOUNO, is a known actor)."""
    codes = [c for r in rows for c in r[f"{side}_codes"] or ()]
    if any(r[f"{side}_countries"] for r in rows) or any(not c.startswith("---") for c in codes):
        return None
    sectors = {c[3:6] for c in codes if c[3:6]}
    return min(sectors) if len(sectors) == 1 else ""


def _is_known(rows: Sequence[dict[str, Any]]) -> bool:
    """Both sides of a block name someone: only such an event hosts reports of an unknown side."""
    return _vague_sector(rows, "target") is None and _vague_sector(rows, "source") is None


# An event mention whose target (or source) names no one (`_vague_sector`), as SQL over
# `events e`. (every code starts with ---; no lambda, which DuckDB spells differently across versions)
_VAGUE_SQL = {side: (f"(len(e.{side}_countries) = 0 AND regexp_full_match(array_to_string(e.{side}_codes, ','), "
                     "'(---[^,]*(,---[^,]*)*)?'))") for side in ("target", "source")}
# An event mention whose target is bare countries only (`_bare_countries`), as SQL over `events e`.
_BARE_SQL = "(len(e.target_codes) > 0 AND list_has_all(e.target_countries, e.target_codes))"
# The reports that may join another event of their group, per unknown side (`attach_vague`, `attach_bare`).
_JOINER_SQL = {"target": f"({_VAGUE_SQL['target']} OR {_BARE_SQL})", "source": _VAGUE_SQL["source"]}


def attach_vague(groups: list[tuple[str, list[dict[str, Any]]]], points: dict[str, ClusterPoint],
                 window_days: int = DEFAULT_WINDOW_DAYS, side: str = "target") -> list[tuple[str, list[dict[str, Any]]]]:
    """Join each canonical event whose `side` is unknown to the one event of its group that
    names both sides and that it can be. An unknown target ("Iran's navy detained the ship")
    joins "Iran seized a Marshall Islands-flagged tanker": same family, source and
    factuality; an unknown source ("a Marshall Islands-flagged tanker was seized") joins it
    too: same family, target and factuality (the caller passes one `cluster_group` of that
    side). Anchor dates must lie within `window_days`, places be compatible, and the host's
    actors on that side have the sector of the unknown ones when they have one (---BUS joins
    MHLBUS, not UKR). With two or more such events the report stays alone: which one it
    tells of is not known. A report that names neither side stays alone, and is no host.
    Events are matched on the reports of their own block only (not on reports joined to them
    before), so the result does not depend on the order of `groups`.

    Args:
        groups: (cluster key, reports) of one group, as block clustering left them.
        points: the ClusterPoint of every report of the block rows, by event_uid.
        window_days: the clustering window.
        side: "target" or "source": the side that is unknown in the reports that join.

    Returns:
        The groups after joining, in their order; a joined event keeps its host's key.
    """
    window = timedelta(days=window_days)
    other = "source" if side == "target" else "target"

    def anchor(rows: list[dict[str, Any]]) -> ClusterPoint:
        return min((points[r["event_uid"]] for r in rows),
                   key=lambda p: (p.start is None, _PRECISION_RANK.get(p.precision, 9), p.start or date.max, p.uid))

    own = [[r for r in rows if r["cluster_key"] == key] for key, rows in groups]
    # the sector of a unit that may join (its side unknown, the other known), else None
    sectors = [_vague_sector(rows, side) if rows and _vague_sector(rows, other) is None else None for rows in own]
    hosts_at = {i: anchor(rows) for i, rows in enumerate(own) if rows and _is_known(rows)}

    def fits(v_rows: list[dict[str, Any]], a: ClusterPoint, sector: str, i: int) -> bool:
        b, k_rows = hosts_at[i], own[i]
        if b.start is None:
            return False
        if not (a.start <= _shift(b.end or b.start, window) and (a.end or a.start) >= _shift(b.start, -window)):
            return False
        if sector and not any(c[3:6] == sector for r in k_rows for c in r[f"{side}_codes"] or ()):
            return False
        return all(places_compatible(points[v["event_uid"]], points[k["event_uid"]])
                   for v in v_rows for k in k_rows[:5]) and not _any_conflict(v_rows, k_rows, points)

    joined: dict[int, list[dict[str, Any]]] = {}
    gone: set[int] = set()
    for i, (_, rows) in enumerate(groups):
        if sectors[i] is None:
            continue
        a = anchor(rows)
        hosts = [] if a.start is None else [h for h in hosts_at if fits(rows, a, sectors[i], h)]
        if len(hosts) == 1:
            joined.setdefault(hosts[0], []).extend(rows)
            gone.add(i)
    return [(key, rows + joined.get(i, [])) for i, (key, rows) in enumerate(groups) if i not in gone]


def _any_conflict(a_rows: Sequence[dict[str, Any]], b_rows: Sequence[dict[str, Any]],
                  points: dict[str, ClusterPoint]) -> bool:
    """Some report of `a_rows` states another day than some report of `b_rows` (`dates_conflict`)."""
    a_stated = [points[r["event_uid"]] for r in a_rows if points[r["event_uid"]].explicit]
    b_stated = [points[r["event_uid"]] for r in b_rows if points[r["event_uid"]].explicit]
    return any(dates_conflict(a, b) for a in a_stated for b in b_stated)


def _bare_countries(rows: Sequence[dict[str, Any]], side: str = "target") -> frozenset[str] | None:
    """The countries of a `side` that names bare countries only ("shelling in Sudan", coded
    SDN: no sector, so neither its state nor a party of it is known), else None. Row by row,
    the same test as `_BARE_SQL`."""
    countries: set[str] = set()
    for r in rows:
        codes, own = r[f"{side}_codes"] or (), r[f"{side}_countries"] or ()
        if not codes or any(c not in own for c in codes):
            return None
        countries.update(own)
    return frozenset(countries) if countries else None


def _key_side(key: str, side: str = "target") -> str:
    """One side of a cluster key ("SDN:REB+SDN:CVL")."""
    pair = key.partition("|")[2].rpartition("|")[0]
    src, _, tgt = pair.partition(">")
    return tgt if side == "target" else src


def attach_bare(formed: list[tuple[str, list[dict[str, Any]]]], stored: list[tuple[str, list[dict[str, Any]]]],
                points: dict[str, ClusterPoint], window_days: int = DEFAULT_WINDOW_DAYS,
                ) -> list[tuple[str, list[dict[str, Any]]]]:
    """Join each event whose target is a bare country ("the RSF shelled Sudan", SDN) to the
    one event of its group (`cluster_group`: same family, source and factuality) whose target
    is a party of the same countries ("the RSF shelled civilians", SDN:CVL; or its rebels)
    and that it can be: anchor dates within `window_days`, places compatible, no day stated
    otherwise (`dates_conflict`). With two or more such events it stays alone, as in
    `attach_vague`. A bare target is the country's state as well (SDN and SDNMIL share a
    block), so an event that also has reports naming the army is no bare event and stays.

    Args:
        formed: (cluster key, reports) of one group as block clustering left them; only these
            may join.
        stored: stored events of the group that stay as they are unless one joins them
            (`Store._candidates`); hosts only.
        points: the ClusterPoint of every report, by event_uid.
        window_days: the clustering window.

    Returns:
        The events of `formed` then `stored`, after joining; a joined event keeps its host's key.
    """
    window = timedelta(days=window_days)
    units = formed + stored
    own = [[r for r in rows if r["cluster_key"] == key] for key, rows in units]

    def anchor(rows: list[dict[str, Any]]) -> ClusterPoint:
        return min((points[r["event_uid"]] for r in rows),
                   key=lambda p: (p.start is None, _PRECISION_RANK.get(p.precision, 9), p.start or date.max, p.uid))

    def party_countries(key: str) -> frozenset[str] | None:
        ids = _key_side(key).split("+")
        if not any(":" in i for i in ids):
            return None
        return frozenset(i.partition(":")[0] for i in ids)

    hosts = {i: (party_countries(key), anchor(own[i])) for i, (key, _) in enumerate(units)
             if own[i] and party_countries(key) and _is_known(own[i])}
    joined: dict[int, list[dict[str, Any]]] = {}
    gone: set[int] = set()
    for i, (key, rows) in enumerate(formed):
        bare = _bare_countries(own[i]) if cluster_group(key)[1] else None  # symmetric families: no sides
        if bare is None:
            continue
        a = anchor(rows)
        if a.start is None:
            continue
        fits = []
        for h, (countries, b) in hosts.items():
            if countries != bare or b.start is None:
                continue
            if not (a.start <= _shift(b.end or b.start, window) and (a.end or a.start) >= _shift(b.start, -window)):
                continue
            if all(places_compatible(points[v["event_uid"]], points[k["event_uid"]])
                   for v in rows for k in own[h][:5]) and not _any_conflict(rows, own[h], points):
                fits.append(h)
        if len(fits) == 1:
            joined.setdefault(fits[0], []).extend(rows)
            gone.add(i)
    return [(key, rows + joined.get(i, [])) for i, (key, rows) in enumerate(units) if i not in gone]


# --------------------------------------------------------------------------- rows


def _actor_lists(actors: Sequence[Actor]) -> tuple[list[str], list[str], list[str]]:
    codes = [a.code for a in actors if a.code]
    countries = [a.country for a in actors if a.country]
    names = [a.name or a.text for a in actors]
    return codes, countries, names


def _article_row(coded: CodedArticle, article_id: str, digest: str, run_id: int | None, now: datetime) -> dict[str, Any]:
    art = coded.article
    record = coded_article_to_dict(coded)
    record["article"]["id"] = article_id
    return {
        "article_id": article_id, "content_hash": digest, "url": art.url, "title": art.title,
        "outlet": art.outlet, "outlet_key": outlet_key(art.outlet, art.url, article_id),
        "distributor": art.distributor, "location": art.location, "published": art.published,
        "date_source": art.date_source, "body_start": art.body_start, "origin": art.origin, "text": art.text,
        "pipeline": coded.pipeline, "run_id": run_id, "ingested_at": now,
        "n_mentions": len(coded.mentions), "n_events": len(coded.events), "n_claims": len(coded.claims),
        "record": json.dumps(record, ensure_ascii=False),
    }


def _mention_rows(coded: CodedArticle, article_id: str) -> list[dict[str, Any]]:
    rows = []
    for i, m in enumerate(coded.mentions):
        rows.append({
            "article_id": article_id, "idx": i, "text": m.text, "start_char": m.start, "end_char": m.end,
            "label": m.label, "sentence": m.sentence,
            "actor_code": m.actor.code if m.actor else None, "actor_country": m.actor.country if m.actor else None,
            "actor_kind": m.actor.kind if m.actor else None,
            "place_name": m.place.name if m.place else None, "place_country": m.place.country if m.place else None,
            "lat": float(m.place.lat) if m.place else None, "lon": float(m.place.lon) if m.place else None,
            "date_start": m.date.start if m.date else None, "date_end": m.date.end if m.date else None,
            "rule": m.rule, "confidence": float(m.confidence),
            "actor": _json(m.actor), "place": _json(m.place), "date": _json(m.date),
        })
    return rows


def _event_rows(coded: CodedArticle, article_id: str, okey: str) -> list[dict[str, Any]]:
    rows = []
    lead = min((e.sentence_start for e in coded.events), default=None)
    dated = sorted((m for m in coded.mentions if m.date is not None), key=lambda m: m.start)
    seen: set[str] = set()
    for i, ev in enumerate(coded.events):
        uid = f"{article_id}#{ev.id}"
        if uid in seen:
            uid = f"{uid}~{i}"
        seen.add(uid)
        s_codes, s_countries, s_names = _actor_lists(ev.source)
        t_codes, t_countries, t_names = _actor_lists(ev.target)
        loc, when, mod = ev.location, ev.date, ev.modality
        part = _event_day_part(coded.article.text, dated, ev) if when is not None and when.precision == "day" else None
        rows.append({
            "event_uid": uid, "article_id": article_id, "event_id": ev.id, "idx": i,
            "published": coded.article.published, "outlet_key": okey, "is_root": ev.sentence_start == lead,
            "sentence": ev.sentence, "sentence_start": ev.sentence_start, "sentence_end": ev.sentence_end,
            "trigger": ev.trigger, "trigger_start": ev.trigger_start, "trigger_end": ev.trigger_end,
            "source_code": s_codes[0] if s_codes else None, "source_country": s_countries[0] if s_countries else None,
            "target_code": t_codes[0] if t_codes else None, "target_country": t_countries[0] if t_countries else None,
            "source_codes": s_codes, "source_countries": s_countries, "target_codes": t_codes,
            "target_countries": t_countries, "source_names": s_names, "target_names": t_names,
            "source": _json(ev.source), "target": _json(ev.target),
            "cameo": ev.cameo, "cameo_base": ev.cameo[:3] or None, "cameo_root": ev.cameo[:2] or None,
            "cameo_name": ev.cameo_name, "goldstein": None if ev.goldstein is None else float(ev.goldstein),
            "quad_class": ev.quad_class, "plover_event": ev.plover.event if ev.plover else None,
            "plover_mode": ev.plover.mode if ev.plover else None, "plover": _json(ev.plover),
            "date_start": when.start if when else None, "date_end": when.end if when else None,
            "date_value": when.value if when else None, "date_precision": when.precision if when else None,
            "date": _json(when), "date_part": part,
            "location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
            "lat": float(loc.lat) if loc else None, "lon": float(loc.lon) if loc else None,
            "location_precision": loc.precision if loc else None, "location_feature": loc.feature_id if loc else None,
            "location_level": loc.admin_level if loc else None, "location": _json(loc),
            "status": ev.attribution.status if ev.attribution else "asserted", "attribution": _json(ev.attribution),
            "negated": mod.negated, "hypothetical": mod.hypothetical, "future": mod.future,
            "uncertain": mod.uncertain, "historical": mod.historical, "factual": mod.factual,
            "modality": _json(mod), "rule": ev.rule, "confidence": float(ev.confidence),
            "cluster_key": cluster_key(ev),
        })
    return rows


def _event_day_part(text: str, dated: list[Mention], ev: Event) -> str | None:
    """The part of the day (`day_part`) named at the date mention of the event's sentence that
    gives the event's date; None when there is none. `dated`: the article's date mentions by
    start (searched by bisection: an article may hold thousands of events and dates)."""
    first = bisect.bisect_left(dated, ev.sentence_start, key=lambda m: m.start)
    for m in dated[first:]:
        if m.start >= ev.sentence_end:
            break
        if m.end <= ev.sentence_end and (m.date.start, m.date.end) == (ev.date.start, ev.date.end):
            part = day_part(text, ev.sentence_start, ev.sentence_end, m.start, m.end)
            if part:
                return part
    return None


def _claim_rows(coded: CodedArticle, article_id: str) -> list[dict[str, Any]]:
    rows = []
    for i, c in enumerate(coded.claims):
        codes, countries, _ = _actor_lists(c.source)
        rows.append({
            "article_id": article_id, "idx": i, "claim_id": c.id, "sentence": c.sentence,
            "sentence_start": c.sentence_start, "sentence_end": c.sentence_end,
            "source_code": codes[0] if codes else None, "source_country": countries[0] if countries else None,
            "source": _json(c.source), "via": _json(c.via), "cue": c.cue, "stance": c.stance, "content": c.content,
            "content_start": c.content_start, "content_end": c.content_end, "hedged": c.hedged,
            "hedges": list(c.hedges), "events": list(c.events), "refers_to": list(c.refers_to),
            "rule": c.rule, "confidence": float(c.confidence),
        })
    return rows


# --------------------------------------------------------------------------- the store


class Store:
    """A tacitus store in a DuckDB file (or `":memory:"`).

    Args:
        path: the database file; `default_db_path()` when omitted. Created when missing
            (unless `read_only`).
        read_only: open for queries only (several readers may share a file).
        window_days: how far apart two reports' dates may be and still describe one event.

    Raises:
        StoreError: the file cannot be opened (locked by another writer, not a DuckDB file,
            missing in read-only mode).
    """

    def __init__(self, path: str | Path | None = None, read_only: bool = False,
                 window_days: int = DEFAULT_WINDOW_DAYS) -> None:
        import duckdb

        self.path = str(path or default_db_path())
        self.read_only = read_only
        self.window_days = window_days
        self._reclustered = False  # every canonical event recomputed by this Store (a migration need not again)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"no store at {self.path}; create one with `tacitus ingest ... --db {self.path}`")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {self.path} ({str(exc).splitlines()[0]}); {_open_hint(exc)}") from exc
        try:
            if read_only:
                pending = self.pending_migrations()
                if pending:
                    raise StoreError(
                        f"the store {self.path} needs upgrading ({', '.join(pending)}); "
                        f"open it once for writing, e.g. `tacitus sql --write --db {self.path} \"SELECT 1\"`"
                    )
            else:
                self.migrate()
                self._close_stale_runs()
        except (duckdb.Error, StoreError) as exc:
            # a damaged catalogue shows as a failed read of the migrations or runs table
            self.con.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"cannot open the store {self.path} ({str(exc).splitlines()[0]}); {_open_hint(exc)}") from exc

    # ---- lifecycle

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def pending_migrations(self) -> list[str]:
        """Names of migrations not yet applied to this store."""
        import duckdb

        try:
            done = {r[0] for r in self.con.execute("SELECT name FROM migrations").fetchall()}
        except duckdb.CatalogException:  # no migrations table yet: a new store
            done = set()
        return [name for name, _ in MIGRATIONS if name not in done]

    def migrate(self) -> list[str]:
        """Apply the migrations this store lacks, each in its own transaction. Safe to re-run.

        Returns:
            The names applied now (empty when the store was up to date).
        """
        self.con.execute("CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
        applied = []
        for name in self.pending_migrations():
            step = dict(MIGRATIONS)[name]
            with self._transaction():
                if callable(step):
                    step(self)
                else:
                    for statement in (s.strip() for s in step.split(";")):
                        if statement:
                            self.con.execute(statement)
                self.con.execute("INSERT INTO migrations VALUES (?, ?)", [name, _now()])
            applied.append(name)
            log.info("store %s: applied migration %s", self.path, name)
        return applied

    def _transaction(self) -> _Transaction:
        return _Transaction(self.con)

    def _close_stale_runs(self) -> None:
        # A writer holds the file lock, so a run still marked running was killed.
        self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")

    # ---- runs

    def begin_run(self, command: str, inputs: Sequence[str], pipeline: str = "") -> int:
        """Record the start of an ingest run and return its id."""
        run_id = int(self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchall()[0][0])
        self.con.execute(
            "INSERT INTO runs (run_id, started_at, command, inputs, pipeline, status) VALUES (?, ?, ?, ?, ?, 'running')",
            [run_id, _now(), command, json.dumps(list(inputs)), pipeline],
        )
        return run_id

    def finish_run(self, run_id: int, summary: IngestSummary, status: str = "done") -> None:
        # coded and events are counted from the store, not taken from the summary: an interrupt
        # can land after a batch is committed and before the summary counts it.
        self.con.execute(
            "UPDATE runs SET finished_at = ?, status = ?, duplicates = ?, failed = ?, "
            "coded = (SELECT count(*) FROM articles WHERE run_id = ?), "
            "events = (SELECT count(*) FROM events JOIN articles a USING (article_id) WHERE a.run_id = ?) "
            "WHERE run_id = ?",
            [_now(), status, summary.duplicates, len(summary.failed), run_id, run_id, run_id],
        )

    def record_failure(self, error: DocumentError, run_id: int | None = None) -> None:
        """Record a document that could not be read or coded."""
        self.con.execute(
            "INSERT INTO failures VALUES (?, ?, ?, ?, ?, ?)",
            [run_id, error.id, error.origin, error.error, error.message, _now()],
        )

    # ---- writes

    def find_duplicate(self, article: Article) -> str | None:
        """The id of a stored article that is this one (same normalised content, same url,
        or same explicit id), or None."""
        return self.find_duplicates([article])[0]

    def find_duplicates(self, articles: Sequence[Article]) -> list[str | None]:
        """`find_duplicate` for many articles in one query."""
        return [dup for dup, _ in self._lookup(articles)]

    def content_hashes(self, article_ids: Sequence[str]) -> dict[str, str]:
        """The content hash of each stored article of `article_ids`."""
        if not article_ids:
            return {}
        return dict(self.con.execute("SELECT article_id, content_hash FROM articles WHERE article_id IN "
                                     "(SELECT unnest(?::VARCHAR[]))", [list(article_ids)]).fetchall())

    def _lookup(self, articles: Sequence[Article]) -> list[tuple[str | None, bool]]:
        """Per article: (id of the stored article it duplicates, whether its own id is taken)."""
        if not articles:
            return []
        hashes = [content_hash(a.text) for a in articles]
        urls = [a.url for a in articles if a.url]
        ids = [a.id for a in articles]
        rows = self.con.execute(
            "SELECT article_id, content_hash, url FROM articles WHERE content_hash IN (SELECT unnest(?::VARCHAR[])) "
            "OR url IN (SELECT unnest(?::VARCHAR[])) OR article_id IN (SELECT unnest(?::VARCHAR[]))",
            [hashes, urls, ids]).fetchall()
        by_hash = {h: aid for aid, h, _ in rows}
        by_url = {u: aid for aid, _, u in rows if u}
        by_id = {aid for aid, _, _ in rows}
        out = []
        for art, digest in zip(articles, hashes, strict=True):
            dup = by_hash.get(digest) or (by_url.get(art.url) if art.url else None) or (
                art.id if _id_is_explicit(art) and art.id in by_id else None)
            out.append((dup, art.id in by_id))
        return out

    def add(self, results: Iterable[CodedArticle | DocumentError], run_id: int | None = None,
            replace: bool = False) -> tuple[list[str], list[str]]:
        """Store a batch of coded articles in one transaction, and update the canonical
        events they touch. DocumentErrors in the batch are recorded as failures.

        Args:
            results: coded articles (and errors) to store.
            run_id: the ingest run they belong to.
            replace: re-code: an article already stored is replaced (its old rows deleted)
                instead of skipped.

        Returns:
            (ids stored, ids skipped as duplicates).

        Raises:
            StoreError: the write failed; nothing of the batch is stored.
        """
        import duckdb
        import pyarrow as pa

        now = _now()
        stored: list[str] = []
        skipped: list[str] = []
        articles, mentions, events, claims = [], [], [], []
        new_uids: list[str] = []
        stored_ids: set[str] = set()
        affected: set[str] = set()
        batch_keys: set[str] = set()
        try:
            with self._transaction():
                items = list(results)
                coded = [item for item in items if isinstance(item, CodedArticle)]
                found = dict(zip((id(c) for c in coded), self._lookup([c.article for c in coded]), strict=True))
                for item in items:
                    if isinstance(item, DocumentError):
                        self.record_failure(item, run_id)
                        continue
                    art = item.article
                    digest = content_hash(art.text)
                    ident = _identity_keys(art, digest)
                    if ident & batch_keys:
                        skipped.append(art.id)
                        continue
                    existing, id_taken = found[id(item)]
                    article_id = art.id
                    if existing is not None:
                        if not replace:
                            skipped.append(existing)
                            continue
                        affected |= self._delete_article(existing)
                        article_id = existing
                    elif id_taken or f"i:{article_id}" in stored_ids:
                        article_id = f"{art.id}~{digest[:8]}"  # a file-name id shared by different articles
                    stored_ids.add(f"i:{article_id}")
                    batch_keys.update(ident)
                    row = _article_row(item, article_id, digest, run_id, now)
                    articles.append(row)
                    mentions += _mention_rows(item, article_id)
                    ev_rows = _event_rows(item, article_id, row["outlet_key"])
                    events += ev_rows
                    new_uids += [r["event_uid"] for r in ev_rows]
                    claims += _claim_rows(item, article_id)
                    stored.append(article_id)
                for table, rows in (("articles", articles), ("mentions", mentions), ("events", events), ("claims", claims)):
                    self._insert_rows(table, rows)
                if new_uids or affected:
                    self._recluster(new_uids, affected, now)
                if run_id is not None:
                    self.con.execute(
                        "UPDATE runs SET coded = coded + ?, duplicates = duplicates + ?, events = events + ? WHERE run_id = ?",
                        [len(stored), len(skipped), len(events), run_id],
                    )
        except (duckdb.Error, pa.ArrowException, RuntimeError) as exc:
            if _was_interrupted(exc):
                raise KeyboardInterrupt from exc
            if isinstance(exc, RuntimeError):
                raise
            raise StoreError(f"writing a batch to {self.path} failed ({str(exc).splitlines()[0]}); nothing of it was stored") from exc
        return stored, skipped

    def _insert_rows(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert dict rows by column name in one statement, through an Arrow table."""
        if not rows:
            return
        import pyarrow as pa  # lazy: pyarrow is slow to import and read-only commands need none

        self.con.register("_batch", pa.Table.from_pylist(rows))
        try:
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _batch")  # table names are ours
        finally:
            self.con.unregister("_batch")

    def _delete_article(self, article_id: str) -> set[str]:
        """Delete an article's rows; return the canonical events that lose members."""
        affected = {r[0] for r in self.con.execute(
            "SELECT DISTINCT cluster_id FROM cluster_members WHERE event_uid IN "
            "(SELECT event_uid FROM events WHERE article_id = ?)", [article_id]).fetchall()}
        self.con.execute("DELETE FROM cluster_members WHERE event_uid IN (SELECT event_uid FROM events WHERE article_id = ?)", [article_id])
        for table in ("mentions", "events", "claims", "articles"):
            self.con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])  # table names are ours
        return affected

    # ---- clusters

    def recluster(self, window_days: int | None = None) -> int:
        """Recompute every canonical event (e.g. with another window). Returns their number."""
        if window_days is not None:
            self.window_days = window_days
        with self._transaction():
            self._recluster_all()
        return int(self.con.execute("SELECT count(*) FROM event_clusters").fetchall()[0][0])

    def _recluster_all(self) -> None:
        """Recompute every canonical event, inside the caller's transaction; an event keeps
        the time it was first added when its id stays."""
        added = dict(self.con.execute("SELECT cluster_id, added_at FROM event_clusters").fetchall())
        self.con.execute("DELETE FROM cluster_members")
        self.con.execute("DELETE FROM event_clusters")
        cur = self.con.execute(f"SELECT {_CLUSTER_FIELDS} FROM events e JOIN articles a USING (article_id) "
                               "ORDER BY e.cluster_key, e.event_uid")
        self._insert_clusters(self._rows_by_key(cur), added, _now())
        self._reclustered = True

    def _recluster(self, new_uids: list[str], affected: set[str], now: datetime) -> None:
        """Update canonical events after event mentions were added or removed (inside the
        caller's transaction).

        Only the neighbourhood is recomputed: the canonical events of the same block whose
        dates lie within two windows of a new mention, and those in `affected` (which lost
        members), are dissolved and their mentions clustered again with the new ones. So are
        the events of the group (`cluster_group`) that hold a report of unknown side or of a
        bare country target near them (its one candidate may have changed). Every event that
        such a report could join is read as well, dissolved or not (`attach_bare` and
        `attach_vague` must see all candidates); one that gains a report is rewritten.
        """
        import pyarrow as pa

        near = timedelta(days=2 * self.window_days)
        if new_uids or affected:
            ranges = self.con.execute(
                "SELECT e.cluster_key, min(coalesce(e.date_start, a.published)), "
                "max(coalesce(e.date_end, e.date_start, a.published)) FROM events e JOIN articles a USING (article_id) "
                "WHERE e.event_uid IN (SELECT unnest(?::VARCHAR[])) GROUP BY e.cluster_key "
                "UNION ALL SELECT cluster_key, date_start, date_end FROM event_clusters "
                "WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [new_uids, sorted(affected)]).fetchall()
            for side in ("target", "source"):
                dated = [{"key": k, "prefix": cluster_group(k, side)[0], "suffix": cluster_group(k, side)[1],
                          "lo": _shift(lo, -near), "hi": _shift(hi, near)} for k, lo, hi in ranges if lo is not None]
                if not dated:
                    break
                self.con.register("_ranges", pa.Table.from_pylist(dated))
                try:
                    affected |= {r[0] for r in self.con.execute(
                        "SELECT c.cluster_id FROM event_clusters c JOIN _ranges r ON c.date_start <= r.hi "
                        "AND c.date_end >= r.lo AND starts_with(c.cluster_key, r.prefix) AND ends_with(c.cluster_key, r.suffix) "
                        "WHERE c.cluster_key = r.key OR EXISTS (SELECT 1 FROM cluster_members m JOIN events e "
                        f"ON e.event_uid = m.event_uid WHERE m.cluster_id = c.cluster_id AND {_JOINER_SQL[side]})").fetchall()}
                finally:
                    self.con.unregister("_ranges")
        ids = sorted(affected)
        added = dict(self.con.execute(
            "SELECT cluster_id, added_at FROM event_clusters WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall())
        cur = self.con.execute(
            "WITH pts AS (SELECT unnest(?::VARCHAR[]) AS uid UNION SELECT m.event_uid FROM cluster_members m "
            "WHERE m.cluster_id IN (SELECT unnest(?::VARCHAR[]))) "
            f"SELECT {_CLUSTER_FIELDS} FROM pts JOIN events e ON e.event_uid = pts.uid JOIN articles a USING (article_id) "
            "ORDER BY e.cluster_key, e.event_uid",
            [new_uids, ids])
        rows_by_key = self._rows_by_key(cur)
        self.con.execute("DELETE FROM cluster_members WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        self.con.execute("DELETE FROM event_clusters WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        self._insert_clusters(rows_by_key, added, now, self._candidates(rows_by_key))

    def _candidates(self, rows_by_key: dict[str, list[dict[str, Any]]]) -> dict[str, tuple[str, list[dict[str, Any]]]]:
        """The stored events that a report of unknown target or source, or of a bare country
        target, among `rows_by_key` could join: (key, all reports) by cluster id, for the events
        of its group (of that side) within two windows that name both sides."""
        import pyarrow as pa

        near = timedelta(days=2 * self.window_days)
        spans = []
        for key, rows in rows_by_key.items():
            sides = [side for side, other in (("target", "source"), ("source", "target"))
                     if _vague_sector(rows, side) is not None and _vague_sector(rows, other) is None
                     or side == "target" and any(_bare_countries([r]) for r in rows)]
            starts = [p.start for p in map(_point, rows) if p.start is not None]
            ends = [p.end or p.start for p in map(_point, rows) if p.start is not None]
            for side in sides if starts else ():
                prefix, suffix = cluster_group(key, side)
                spans.append({"prefix": prefix, "suffix": suffix, "lo": _shift(min(starts), -near),
                              "hi": _shift(max(ends), near)})
        if not spans:
            return {}
        self.con.register("_spans", pa.Table.from_pylist(spans))
        try:
            cur = self.con.execute(
                "WITH hosts AS (SELECT DISTINCT c.cluster_id, c.cluster_key FROM event_clusters c JOIN _spans r "
                "ON c.date_start <= r.hi AND c.date_end >= r.lo AND starts_with(c.cluster_key, r.prefix) "
                "AND ends_with(c.cluster_key, r.suffix)) "
                f"SELECT h.cluster_id AS host_id, h.cluster_key AS host_key, {_CLUSTER_FIELDS} FROM hosts h "
                "JOIN cluster_members m ON m.cluster_id = h.cluster_id JOIN events e ON e.event_uid = m.event_uid "
                "JOIN articles a USING (article_id) ORDER BY h.cluster_id, e.event_uid")
            names = [d[0] for d in cur.description]
            out: dict[str, tuple[str, list[dict[str, Any]]]] = {}
            for values in cur.fetchall():
                row = dict(zip(names, values, strict=True))
                out.setdefault(row.pop("host_id"), (row.pop("host_key"), []))[1].append(row)
        finally:
            self.con.unregister("_spans")
        return {cid: (key, rows) for cid, (key, rows) in out.items()
                if _is_known([r for r in rows if r["cluster_key"] == key])}

    @staticmethod
    def _rows_by_key(cur: Any) -> dict[str, list[dict[str, Any]]]:
        names = [d[0] for d in cur.description]
        rows_by_key: dict[str, list[dict[str, Any]]] = {}
        for values in cur.fetchall():
            row = dict(zip(names, values, strict=True))
            rows_by_key.setdefault(row["cluster_key"], []).append(row)
        return rows_by_key

    def _insert_clusters(self, rows_by_key: dict[str, list[dict[str, Any]]], added: dict[str, datetime],
                         now: datetime, candidates: dict[str, tuple[str, list[dict[str, Any]]]] | None = None) -> None:
        """Cluster `rows_by_key` (block by block, then `attach_vague` per group of each side)
        and insert the events. `candidates` are stored events (by id) that stay as they are unless a
        report of unknown target joins them: then they are rewritten with it."""

        clusters, members = [], []
        by_group: dict[tuple[str, str], list[str]] = {}
        for key in sorted(rows_by_key):
            by_group.setdefault(cluster_group(key), []).append(key)
        stored: dict[tuple[str, str], list[tuple[str, str, list[dict[str, Any]]]]] = {}
        for cid, (key, rows) in sorted((candidates or {}).items()):
            stored.setdefault(cluster_group(key), []).append((cid, key, rows))
        points: dict[str, ClusterPoint] = {}
        for _, _, rows in (c for kept in stored.values() for c in kept):
            points.update((r["event_uid"], _point(r)) for r in rows)
        # Blocks, then reports of a bare country target and then of unknown target (per source
        # group), then reports of unknown source (per target group). Hosts name both sides and
        # only formed events join, so no report joins twice.
        units: list[tuple[str, list[dict[str, Any]]]] = []
        for group in sorted(by_group.keys() | stored.keys()):
            formed: list[tuple[str, list[dict[str, Any]]]] = []
            for key in by_group.get(group, ()):
                by_uid = {r["event_uid"]: r for r in rows_by_key[key]}
                block = [_point(r) for r in rows_by_key[key]]
                points.update((p.uid, p) for p in block)
                formed += [(key, [by_uid[p.uid] for p in g]) for g in cluster_points(block, self.window_days)]
            kept = [(key, rows) for _, key, rows in stored.get(group, [])]
            units += attach_vague(attach_bare(formed, kept, points, self.window_days), points, self.window_days)
        by_target: dict[tuple[str, str], list[tuple[str, list[dict[str, Any]]]]] = {}
        for key, rows in units:
            by_target.setdefault(cluster_group(key, "source"), []).append((key, rows))
        was = {id(rows[0]): (cid, len(rows)) for kept in stored.values() for cid, _, rows in kept}  # a unit keeps its first row
        rewritten: list[str] = []
        for group_units in by_target.values():
            for key, rows in attach_vague(group_units, points, self.window_days, side="source"):
                if id(rows[0]) in was:
                    cid, size = was[id(rows[0])]
                    if len(rows) == size:
                        continue  # a stored candidate nothing joined: as it was
                    rewritten.append(cid)
                crow = _cluster_row(key, rows, now)
                crow["added_at"] = added.get(crow["cluster_id"], now)
                clusters.append(crow)
                members += [{"event_uid": r["event_uid"], "cluster_id": crow["cluster_id"]} for r in rows]
        if rewritten:
            added.update(self.con.execute("SELECT cluster_id, added_at FROM event_clusters WHERE cluster_id IN "
                                          "(SELECT unnest(?::VARCHAR[]))", [rewritten]).fetchall())
            for crow in clusters:
                crow["added_at"] = added.get(crow["cluster_id"], crow["added_at"])
            self.con.execute("DELETE FROM cluster_members WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [rewritten])
            self.con.execute("DELETE FROM event_clusters WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [rewritten])
        for table, rows in (("event_clusters", clusters), ("cluster_members", members)):
            self._insert_rows(table, rows)

    # ---- queries

    def events(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """Event mentions (one per report) matching `query`, with their canonical event's counts.

        Example:
            >>> with Store(":memory:") as store:
            ...     store.events(EventQuery(dyad=("RUS", "PRK"), code="07"))
            []
        """
        q = query or EventQuery()
        where, params = event_filters(q, "e", date_expr="coalesce(e.date_start, e.published)")
        if q.min_sources is not None:
            where.append("c.num_sources >= ?")
            params.append(q.min_sources)
        sql = (
            "SELECT e.article_id, e.event_id, e.event_uid, coalesce(e.date_start, e.published) AS date, "
            "e.date_end, e.source_code, e.source_country, e.cameo, e.cameo_name, e.plover_event AS plover, "
            "e.target_code, e.target_country, e.goldstein, e.quad_class, e.status, e.factual, "
            "e.location_name, e.location_country, e.lat, e.lon, a.outlet, a.url, a.published, e.trigger, "
            "e.sentence, e.confidence, e.rule, c.cluster_id, c.num_mentions, c.num_articles, c.num_sources "
            "FROM events e JOIN articles a USING (article_id) "
            "LEFT JOIN cluster_members m USING (event_uid) LEFT JOIN event_clusters c ON c.cluster_id = m.cluster_id"
        )
        return self._select(sql, where, params, "date NULLS LAST, e.article_id, e.idx", q.limit)

    def clusters(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """Canonical events matching `query`: one per real event, with its report counts."""
        q = query or EventQuery()
        where, params = event_filters(q, "c", date_expr="c.date_start")
        if q.min_sources is not None:
            where.append("c.num_sources >= ?")
            params.append(q.min_sources)
        return self._select("SELECT c.* FROM event_clusters c", where, params,
                            "c.date_start NULLS LAST, c.cluster_id", q.limit)

    def reports(self, cluster_id: str) -> list[dict[str, Any]]:
        """The reports (event mentions, with outlet, url and sentence) behind a canonical event."""
        return self._dicts("SELECT * FROM event_reports WHERE cluster_id = ? ORDER BY published, article_id, event_uid", [cluster_id])

    def articles(self, query: EventQuery | None = None) -> Iterator[dict[str, Any]]:
        """The stored coded records (the output contract) of articles, oldest first. A query's
        `since`/`until` bound the publication date; its `dyad`/`code`/`status` keep articles
        with at least one such event."""
        where, params = article_filters(query or EventQuery())
        with self.reading():
            cur = self.con.cursor().execute(  # its own cursor: callers may query while this streams
                "SELECT a.record FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
                + " ORDER BY a.published NULLS LAST, a.article_id",
                params,
            )
            while batch := cur.fetchmany(500):
                for (record,) in batch:
                    yield json.loads(record)

    def counts(self) -> dict[str, int]:
        """How many articles, event mentions, canonical events, claims and mentions are stored."""
        return self._dicts("SELECT * FROM store_counts")[0]

    def failures(self, run_id: int | None = None) -> list[dict[str, Any]]:
        if run_id is None:
            return self._dicts("SELECT * FROM failures ORDER BY failed_at")
        return self._dicts("SELECT * FROM failures WHERE run_id = ? ORDER BY failed_at", [run_id])

    def sql(self, query: str, params: Sequence[Any] | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run any SQL (read-only stores refuse writes). Returns (column names, rows).

        Raises:
            StoreError: the query failed (the message is DuckDB's).
        """
        import duckdb

        try:
            cur = self.con.execute(query, list(params or []))
            if cur.description is None:
                return [], []
            return [d[0] for d in cur.description], cur.fetchall()
        except (duckdb.Error, RuntimeError) as exc:
            if _was_interrupted(exc):
                raise KeyboardInterrupt from exc
            if isinstance(exc, RuntimeError):
                raise
            raise StoreError(f"query failed: {str(exc).splitlines()[0]}") from exc

    def _select(self, select: str, where: list[str], params: list[Any], order: str,
                limit: int | None) -> list[dict[str, Any]]:
        """Run `select` with the filter clauses (bound parameters only), an order and a limit."""
        sql = select + (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {order}"
        if limit:
            sql += " LIMIT ?"
            params = [*params, limit]
        return self._dicts(sql, params)

    def _dicts(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        with self.reading():
            cur = self.con.execute(sql, list(params or []))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Turn a failed read into a StoreError: our own queries fail only when the file is
        damaged (a checksum error) or the query was interrupted."""
        import duckdb

        try:
            yield
        except (duckdb.Error, RuntimeError) as exc:
            if _was_interrupted(exc):
                raise KeyboardInterrupt from exc
            if isinstance(exc, RuntimeError):
                raise
            first = str(exc).splitlines()[0]
            damaged = is_damage(exc)
            raise StoreError(f"reading the store {self.path} failed ({first})" + (
                "; the file is damaged: restore it from a backup or ingest the articles again into a new store"
                if damaged else "")) from exc


def is_damage(exc: BaseException) -> bool:
    """Whether a DuckDB error says the store file is damaged or unreadable (a checksum or
    I/O error, or a database DuckDB invalidated after one), not that a query was wrong."""
    first = str(exc).splitlines()[0] if str(exc) else ""
    return (type(exc).__name__ in {"IOException", "FatalException"}
            or any(m in first for m in ("Corrupt", "IO Error", "FATAL Error", "invalidated")))


def _open_hint(exc: Exception) -> str:
    """What to do when DuckDB cannot open a store, by the cause its message names."""
    msg = str(exc)
    if is_damage(exc) and "Corrupt" in msg:
        return ("the file is damaged: restore it from a backup, or ingest the articles again into a new store "
                "(stored runs can be re-read from their inputs)")
    if "Could not set lock" in msg or "Conflicting lock" in msg:
        return ("another process holds it (DuckDB allows one writer per file): wait for that process or stop it; "
                "queries while `tacitus serve` runs go through its HTTP API")
    if "not a valid DuckDB database" in msg:
        return "it is not a DuckDB file: give the path of a tacitus store, or a new path to create one"
    if "No such file or directory" in msg:
        return "its folder does not exist: create the folder first"
    if "Permission denied" in msg or "Read-only file system" in msg:
        return "it cannot be written here: give a writable path, or open it read-only"
    return ("the file may be damaged or cut short: restore it from a backup, "
            "or ingest the articles again into a new store (stored runs can be re-read from their inputs)")


def failure_text(err: DocumentError) -> str:
    """A failure as "where: message", naming the place once (most messages start with it)."""
    where = err.origin or err.id
    return err.message if err.message.startswith(where) else f"{where}: {err.message}"


def _was_interrupted(exc: BaseException | None) -> bool:
    """Whether `exc`, or an error it masks, is DuckDB's answer to Ctrl-C: DuckDB catches
    SIGINT during a query and raises RuntimeError("Query interrupted") instead of
    KeyboardInterrupt, and a statement run afterwards in the aborted transaction fails with
    an error of its own that hides the first."""
    seen = 0
    while exc is not None and seen < 10:
        if (isinstance(exc, RuntimeError) and "interrupted" in str(exc).lower()) or \
                type(exc).__name__ == "InterruptException":  # duckdb's own, from connection.interrupt()
            return True
        exc, seen = exc.__context__, seen + 1
    return False


class _Transaction:
    def __init__(self, con: Any) -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.begin()

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            self.con.commit()
        else:
            self.con.rollback()


def article_filters(q: EventQuery) -> tuple[list[str], list[Any]]:
    """WHERE clauses (fixed SQL, alias `a` for articles) and their bound values: `since`/
    `until` bound the publication date; `dyad`/`code`/`status` keep articles with such an event."""
    where: list[str] = []
    params: list[Any] = []
    if q.since:
        where.append("a.published >= ?")
        params.append(q.since)
    if q.until:
        where.append("a.published <= ?")
        params.append(q.until)
    if q.dyad or q.code or q.status:
        ev_where, ev_params = event_filters(
            EventQuery(dyad=q.dyad, undirected=q.undirected, code=q.code, status=q.status), "e", "e.published")
        where.append("EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.article_id AND " + " AND ".join(ev_where) + ")")
        params += ev_params
    return where, params


def event_filters(q: EventQuery, alias: str, date_expr: str) -> tuple[list[str], list[Any]]:
    """WHERE clauses (fixed SQL) and their bound values for an EventQuery."""
    where: list[str] = []
    params: list[Any] = []

    def side(role: str, value: str) -> str:
        params.extend([value, value])
        return (f"(list_contains({alias}.{role}_countries, ?) OR EXISTS "
                f"(SELECT 1 FROM unnest({alias}.{role}_codes) AS t(c) WHERE starts_with(t.c, ?)))")

    if q.dyad:
        a, b = (v.strip().upper() for v in q.dyad)
        direct = f"({side('source', a)} AND {side('target', b)})"
        if q.undirected:
            where.append(f"({direct} OR ({side('source', b)} AND {side('target', a)}))")
        else:
            where.append(direct)
    if q.code:
        where.append(f"starts_with({alias}.cameo, ?)")
        params.append(q.code.strip())
    if q.since:
        where.append(f"{date_expr} >= ?")
        params.append(q.since)
    if q.until:
        where.append(f"{date_expr} <= ?")
        params.append(q.until)
    if q.status:
        where.append(f"{alias}.status = ?")
        params.append(q.status)
    if q.factual_only:
        where.append(f"{alias}.factual")
    return where, params


_CLUSTER_FIELDS = ", ".join(
    [f"e.{c}" for c in (
        "event_uid", "article_id", "cluster_key", "cameo", "cameo_root", "cameo_name", "plover_event", "goldstein",
        "quad_class", "source_code", "source_country", "target_code", "target_country", "source_codes",
        "source_countries", "target_codes", "target_countries", "date_start", "date_end", "date_precision",
        "location_name", "location_country", "lat", "lon", "location_precision", "location_level", "status",
        "factual", "confidence", "date_part")]
    + ["json_extract_string(e.date, '$.kind') AS date_kind", "a.published AS art_published",
       "a.outlet_key AS art_outlet"]
)
# Date kinds that state the event's own day; "publication" is only "on or before publication".
_STATED_KINDS = frozenset({"absolute", "relative"})


def _point(row: dict[str, Any]) -> ClusterPoint:
    start, end, precision = row["date_start"], row["date_end"], row["date_precision"] or "day"
    explicit = start is not None and precision == "day" and row.get("date_kind") in _STATED_KINDS
    if start is None and row["art_published"] is not None:
        start = end = row["art_published"]
        precision = "publication"
    return ClusterPoint(
        uid=row["event_uid"], start=start, end=end or start, precision=precision,
        country=row["location_country"], lat=row["lat"], lon=row["lon"], place_precision=row["location_precision"],
        explicit=explicit, written=explicit and row.get("date_kind") == "absolute", part=row.get("date_part"),
    )


def _cluster_row(key: str, rows: list[dict[str, Any]], now: datetime) -> dict[str, Any]:
    """One canonical event from the reports that describe it."""
    def rank(r: dict[str, Any]) -> tuple:
        # A report joined from a vague block never represents the event, so the event keeps
        # the id it had before the report came (`attach_vague`).
        return (r["cluster_key"] != key, _PRECISION_RANK.get(r["date_precision"] or "", 8), -(r["confidence"] or 0.0),
                r["art_published"] or date.max, r["event_uid"])

    rep = min(rows, key=rank)
    located = [r for r in rows if r["location_name"]]
    place = min(located, key=lambda r: (r["location_level"] == "country", rank(r))) if located else None
    statuses = Counter(r["status"] or "asserted" for r in rows)
    status = min(statuses, key=lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else len(STATUS_ORDER))
    day_dated = [r for r in rows if r["date_start"] is not None and (r["date_precision"] or "day") == "day"]
    if day_dated:
        d_start, d_end = min(r["date_start"] for r in day_dated), max(r["date_end"] or r["date_start"] for r in day_dated)
    else:
        d_start = rep["date_start"] or rep["art_published"]
        d_end = rep["date_end"] or d_start
    seen = [r["art_published"] for r in rows if r["art_published"] is not None]
    digest = hashlib.sha1(f"{key}|{rep['event_uid']}".encode()).hexdigest()
    return {
        "cluster_id": digest[:16], "global_id": int(digest[:15], 16), "cluster_key": key,
        "representative": rep["event_uid"], "cameo": rep["cameo"], "cameo_root": rep["cameo_root"],
        "cameo_name": rep["cameo_name"], "plover_event": rep["plover_event"], "goldstein": rep["goldstein"],
        "quad_class": rep["quad_class"], "source_code": rep["source_code"], "source_country": rep["source_country"],
        "target_code": rep["target_code"], "target_country": rep["target_country"],
        "source_codes": sorted({c for r in rows for c in r["source_codes"] or ()}),
        "source_countries": sorted({c for r in rows for c in r["source_countries"] or ()}),
        "target_codes": sorted({c for r in rows for c in r["target_codes"] or ()}),
        "target_countries": sorted({c for r in rows for c in r["target_countries"] or ()}),
        "date_start": d_start, "date_end": d_end,
        "location_name": place["location_name"] if place else None,
        "location_country": place["location_country"] if place else None,
        "lat": place["lat"] if place else None, "lon": place["lon"] if place else None,
        "factual": bool(rep["factual"]), "status": status, "statuses": json.dumps(dict(statuses)),
        "disputed": "denied" in statuses and len(statuses) > 1,
        "num_mentions": len(rows), "num_articles": len({r["article_id"] for r in rows}),
        "num_sources": len({r["art_outlet"] for r in rows}),
        "first_seen": min(seen) if seen else None, "last_seen": max(seen) if seen else None,
        "updated_at": now,
    }


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# --------------------------------------------------------------------------- batch ingest


def iter_inputs(paths: Iterable[str], published: date | None = None, fmt: str | None = None) -> Iterator[Article | DocumentError]:
    """The articles of `paths` (files, folders, WARC archives, "-"): `tacitus.ingest.read_inputs`."""
    from tacitus.ingest import read_inputs

    return read_inputs(paths, published=published, fmt=fmt)


_WORKER_NLP: Any = None


def _init_worker(model: str, actors: str | None, level: int) -> None:
    global _WORKER_NLP
    from tacitus.pipeline import load_pipeline

    logging.basicConfig(level=level, format="%(levelname)s %(name)s[worker]: %(message)s")
    _WORKER_NLP = load_pipeline(model, actors=actors)


def _code_chunk(articles: list[Article]) -> list[CodedArticle | DocumentError]:
    from tacitus.pipeline import code_articles

    return list(code_articles(articles, _WORKER_NLP, batch_size=max(1, len(articles))))


def ingest(
    paths: Sequence[str],
    store: Store,
    *,
    nlp: Any = None,
    workers: int = 1,
    batch_size: int = 16,
    published: date | None = None,
    fmt: str | None = None,
    actors: str | None = None,
    replace: bool = False,
    progress: Callable[[IngestSummary], None] | None = None,
    coder: Callable[[Iterator[list[Article]]], Iterator[list[CodedArticle | DocumentError]]] | None = None,
) -> IngestSummary:
    """Read, code and store articles; skip those already stored; record the ones that fail.

    The main process reads the inputs and is the only writer; with `workers` > 1 that many
    processes code the articles, each loading the pipeline once. Each batch of
    `batch_size` articles is committed in one transaction, so an interrupted run loses at
    most the batch in flight and a re-run picks up where it stopped.

    Args:
        paths: files, folders (read recursively), WARC archives, or "-" for stdin.
        store: an open, writable Store.
        nlp: a loaded pipeline for in-process coding (loaded here when omitted).
        workers: coding processes; 1 codes in this process.
        batch_size: articles per coding batch and per transaction.
        published: publication date for every input (overrides datelines).
        fmt: skip format detection: text, html or jsonl.
        actors: a user actor file, passed to the pipeline.
        replace: re-code articles already stored instead of skipping them.
        progress: called with the running summary after each batch and each skipped input.
        coder: codes elsewhere (e.g. `tacitus.distributed`): takes the batches of new
            articles and yields their results, in the same order; overrides `workers`.

    Returns:
        The IngestSummary (also recorded in the `runs` table).

    Example:
        >>> with Store("news.duckdb") as store:                     # doctest: +SKIP
        ...     summary = ingest(["archive/"], store, workers=2)
        ...     print(summary.coded, summary.duplicates, len(summary.failed))
    """
    from tacitus.pipeline import MODEL, PIPELINE_VERSION, code_articles, load_pipeline

    started = time.monotonic()
    summary = IngestSummary(run_id=store.begin_run("ingest", list(paths), PIPELINE_VERSION))
    run_id = summary.run_id
    seen: set[str] = set()  # identity keys of this run's inputs (content hash, url, explicit id)

    def note(results: list[CodedArticle | DocumentError]) -> None:
        stored, skipped = store.add(results, run_id=run_id, replace=replace)
        stored_set = set(stored)
        for r in results:
            if isinstance(r, DocumentError):
                summary.failed.append(r)
                log.warning("%s", failure_text(r))
        summary.coded += len(stored)
        summary.duplicates += len(skipped)
        summary.events += sum(len(r.events) for r in results if isinstance(r, CodedArticle) and r.article.id in stored_set)
        log.info("committed a batch: %d stored, %d duplicate(s) (run %s: %d stored so far)",
                 len(stored), len(skipped), run_id, summary.coded)
        if progress:
            progress(summary)

    def conflict(article: Article, kept: str) -> None:
        summary.conflicts += 1
        log.warning("%s: same id or url as %s but a different text; skipped (--recode replaces stored articles)",
                    article.origin or article.id, kept)

    def new_only(batch: list[Article]) -> list[Article]:
        """Drop the articles the store already holds (one query per batch)."""
        if replace:
            return batch
        dups = store.find_duplicates(batch)
        keep = [a for a, dup in zip(batch, dups, strict=True) if dup is None]
        summary.duplicates += len(batch) - len(keep)
        stored_hash = store.content_hashes([d for d in dups if d is not None])
        for article, dup in zip(batch, dups, strict=True):
            if dup is not None and stored_hash.get(dup) != content_hash(article.text):
                conflict(article, f"the stored article {dup}")
        if progress and len(keep) < len(batch):
            progress(summary)
        return keep

    def batches() -> Iterator[list[Article]]:
        batch: list[Article] = []
        for item in iter_inputs(paths, published=published, fmt=fmt):
            if isinstance(item, DocumentError):
                store.record_failure(item, run_id)
                summary.failed.append(item)
                log.warning("%s", failure_text(item))
                if progress:
                    progress(summary)
                continue
            keys = _identity_keys(item)
            if keys & seen:  # read twice in this run
                summary.duplicates += 1
                if not any(k.startswith("h:") for k in keys & seen):
                    conflict(item, "an article read earlier in this run")
                if progress:
                    progress(summary)
                continue
            seen.update(keys)
            batch.append(item)
            if len(batch) >= batch_size:
                if keep := new_only(batch):
                    yield keep
                batch = []
        if batch and (keep := new_only(batch)):
            yield keep

    status = "failed"
    try:
        if coder is not None:
            for results in coder(batches()):
                note(results)
        elif workers <= 1:
            for batch in batches():
                nlp = nlp or load_pipeline(actors=actors)  # loaded when the first new article needs it
                note(list(code_articles(batch, nlp, batch_size=batch_size)))
        else:
            import multiprocessing

            ctx = multiprocessing.get_context("spawn")  # no fork of a process holding DuckDB threads
            level = logging.getLogger("tacitus").getEffectiveLevel()
            pool = None
            try:
                pending: deque[Any] = deque()
                for batch in batches():
                    if pool is None:  # started when the first new article needs coding
                        pool = ctx.Pool(workers, initializer=_init_worker, initargs=(MODEL, actors, level))
                    pending.append(pool.apply_async(_code_chunk, (batch,)))
                    while len(pending) > 2 * workers:
                        note(pending.popleft().get())
                while pending:
                    note(pending.popleft().get())
            finally:
                if pool is not None:
                    pool.terminate()
                    pool.join()
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    except RuntimeError as exc:
        if _was_interrupted(exc):  # Ctrl-C caught by DuckDB in a lookup or failure record
            status = "interrupted"
            raise KeyboardInterrupt from exc
        raise
    finally:
        summary.seconds = time.monotonic() - started
        store.finish_run(run_id, summary, status)
    return summary
