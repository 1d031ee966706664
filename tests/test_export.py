"""Exports re-read by pyarrow and DuckDB: JSON Lines, Parquet, GDELT 2.0 TSV, PLOVER JSON."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import duckdb
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tacitus.export import (
    GDELT_COLUMNS,
    coded_schema,
    export_gdelt,
    export_jsonl,
    export_parquet,
    export_plover,
    gdelt_row,
    read_coded_parquet,
    write_coded_parquet,
)
from tacitus.records import Actor, CodedArticle, DocumentError
from tacitus.store import EventQuery, Store
from test_records import values_of
from test_store import DAY, KYIV, PRK, RUS, UKR, make_article, make_event

UN = Actor(text="the United Nations", code="IGOUNO", name="United Nations", kind="igo")


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "x.duckdb") as s:
        # Two outlets report one meeting (one canonical event); a third reports an attack and a UN appeal.
        s.add([make_article("a1", "First outlet: the leaders met in the capital on Monday for talks.",
                            (make_event("e1", RUS, PRK, "043", DAY),), outlet="Wire A")])
        s.add([make_article("a2", "Second outlet: a summit of the two leaders took place on Monday.",
                            (make_event("e1", PRK, RUS, "040", DAY),), outlet="Wire B", url="https://b.example/summit")])
        s.add([make_article("a3", "Third outlet: shelling hit the city and the world body appealed for calm.",
                            (make_event("e1", RUS, UKR, "190", DAY + timedelta(days=5), plover="FIGHT", place=KYIV),
                             make_event("e2", UN, None, "0254", DAY + timedelta(days=5), plover="", status="reported")),
                            outlet="Wire C", published=DAY + timedelta(days=5))])
        yield s


def test_jsonl_round_trip(store, tmp_path):
    path = tmp_path / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        assert export_jsonl(store, out) == 3
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["article"]["id"] for r in rows] == ["a1", "a2", "a3"]
    assert rows[2]["events"][0]["cameo"] == "190"
    assert duckdb.sql(f"SELECT count(*) FROM read_json_auto('{path}')").fetchall()[0][0] == 3
    out = io.StringIO()
    assert export_jsonl(store, out, EventQuery(dyad=("RUS", "UKR"))) == 1


def test_parquet_tables(store, tmp_path):
    counts = export_parquet(store, tmp_path / "pq")
    assert counts == {"articles": 3, "mentions": 3, "events": 4, "claims": 3, "event_clusters": 3, "cluster_members": 4}
    for table, n in counts.items():
        assert pq.read_table(tmp_path / "pq" / f"{table}.parquet").num_rows == n
        assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path / 'pq' / table}.parquet')").fetchall()[0][0] == n
    events = pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()
    assert sorted(e["cameo"] for e in events) == ["0254", "040", "043", "190"]  # strings keep leading zeros
    clusters = pq.read_table(tmp_path / "pq" / "event_clusters.parquet").to_pylist()
    assert sorted(c["num_sources"] for c in clusters) == [1, 1, 2]


def test_parquet_filtered(store, tmp_path):
    counts = export_parquet(store, tmp_path / "f", EventQuery(since=DAY + timedelta(days=1)))
    assert counts["articles"] == 1 and counts["events"] == 2 and counts["event_clusters"] == 2
    assert counts["mentions"] == 1 and counts["cluster_members"] == 2


def test_gdelt_has_61_columns_and_keeps_codes(store, tmp_path):
    path = tmp_path / "events.tsv"
    with open(path, "w", encoding="utf-8", newline="") as out:
        assert export_gdelt(store, out) == 3  # canonical events, not reports
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    rows = [line.split("\t") for line in lines]
    assert all(len(r) == 61 for r in rows)
    by_code = {r[GDELT_COLUMNS.index("EventCode")]: dict(zip(GDELT_COLUMNS, r, strict=True)) for r in rows}
    assert set(by_code) == {"043", "190", "0254"} or set(by_code) == {"040", "190", "0254"}
    meet = by_code.get("043") or by_code["040"]
    assert (meet["NumMentions"], meet["NumArticles"], meet["NumSources"]) == ("2", "2", "2")
    assert meet["EventRootCode"] == "04" and meet["SQLDATE"] == DAY.strftime("%Y%m%d")
    assert meet["Actor1CountryCode"] in ("RUS", "PRK") and meet["Actor1Type1Code"] == "GOV"
    fight = by_code["190"]
    assert fight["EventBaseCode"] == "190" and fight["EventRootCode"] == "19"
    assert fight["ActionGeo_Type"] == "4" and fight["ActionGeo_FullName"] == "Kyiv"
    assert fight["ActionGeo_CountryCode"] == "UP"  # GDELT's FIPS code for Ukraine
    assert fight["ActionGeo_FeatureID"] == "703448" and fight["Actor2Code"] == "UKRMIL"
    un = by_code["0254"]
    assert un["Actor1Code"] == "IGOUNO" and un["Actor1KnownGroupCode"] == "UNO" and un["Actor1CountryCode"] == ""
    assert un["EventBaseCode"] == "025" and un["EventRootCode"] == "02"
    assert len(un["DATEADDED"]) == 14
    # DuckDB reads it back as 61 columns, codes as strings.
    rel = duckdb.sql(f"SELECT * FROM read_csv('{path}', delim='\t', header=false, all_varchar=true)")
    assert len(rel.columns) == 61 and len(rel.fetchall()) == 3


def test_gdelt_per_report_and_header(store):
    out = io.StringIO()
    assert export_gdelt(store, out, header=True, reports=True) == 4
    lines = out.getvalue().splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS)
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert any(line.endswith("https://b.example/summit") for line in lines)


def test_gdelt_columns_match_the_codebook(shared):
    with open(shared / "reference" / "gdelt_events_2.0_columns.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert [r["column"] for r in rows] == list(GDELT_COLUMNS)


def test_gdelt_row_strips_tabs():
    ev = {"event_uid": "a#1", "source": json.dumps([{"code": "RUS", "country": "RUS", "text": "Russia\tnow"}]),
          "target": None, "cameo": "010", "published": DAY, "url": "http://x.example/a\tb"}
    row = gdelt_row(ev, {})
    assert len(row) == 61 and row[26] == "010"
    line = "\t".join(" ".join(v.split()) if "\t" in v else v for v in row)
    assert len(line.split("\t")) == 61


def test_plover_json(store):
    out = io.StringIO()
    assert export_plover(store, out) == 2  # the UN appeal has no PLOVER type
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    meet = next(r for r in records if r["event"] == ["CONSULT"])
    assert meet["date"] == DAY.isoformat() and meet["num_sources"] == 2
    assert {a["code"] for a in meet["actor"] + meet["recipient"]} == {"RUS", "PRK"}
    assert meet["actor"][0]["sector"] == "GOV"
    assert {c["citation"] for c in meet["cite_info"]} == {"a1", "a2"}
    fight = next(r for r in records if r["event"] == ["FIGHT"])
    assert fight["event_loc"]["resolved_place"] == "Kyiv" and fight["event_loc"]["geonameid"] == 703448
    assert fight["event_loc"]["country_code"] == "UKR"
    for r in records:
        assert {"id", "date", "actor", "event"} <= set(r)  # PLOVER's required fields
    out = io.StringIO()
    assert export_plover(store, out, EventQuery(dyad=("RUS", "UKR"))) == 1


# ---------------------------------------------------------------------------- coded-article partitions


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                  HealthCheck.function_scoped_fixture])
@given(results=st.lists(st.one_of(values_of(CodedArticle), values_of(DocumentError)), max_size=3))
def test_coded_parquet_round_trip(results, tmp_path) -> None:
    path = tmp_path / "part.parquet"
    assert write_coded_parquet(results, path) == len(results)
    assert read_coded_parquet(path) == results


def test_coded_parquet_of_real_articles_is_queryable(code, tmp_path) -> None:
    coded = code("Finland summoned the Russian ambassador on Tuesday after a drone crossed into its airspace.")
    failed = DocumentError(id="b", error="EmptyArticle", message="no text", origin="b.txt")
    path = tmp_path / "part.parquet"
    write_coded_parquet([coded, failed], path)
    assert read_coded_parquet(path) == [coded, failed]
    assert pq.read_schema(path).equals(coded_schema())
    assert not [p for p in tmp_path.iterdir() if p.name != "part.parquet"]  # nothing left aside
    rows = duckdb.sql(f"SELECT article.id, len(events), error.error FROM '{path}'").fetchall()
    assert rows == [("t", len(coded.events), None), (None, 0, "EmptyArticle")]


def test_gdelt_actor_codes_are_cameo_only():
    from tacitus.export import _gdelt_actor

    assert _gdelt_actor({"code": "---GOV", "sector": "GOV"})[:3] == ["GOV", "", ""]
    assert _gdelt_actor({"code": "---UNK", "sector": "UNK", "text": "He"})[0] == ""
    assert _gdelt_actor({"code": "---UNK", "sector": "UNK", "text": "He"})[7:] == ["", "", ""]
    row = _gdelt_actor({"code": "GEOPRE", "country": "GEO", "sector": "PRE"})
    assert row[0] == "GEO" and row[2] == "GEO" and row[7:] == ["", "", ""]
    assert _gdelt_actor({"code": "RUSGOVMIL"})[2] == "RUS" and _gdelt_actor({"code": "RUSGOVMIL"})[7:9] == ["GOV", "MIL"]
