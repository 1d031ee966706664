"""The store commands through the real CLI (`.venv/bin/tacitus` in a subprocess) against
real DuckDB files: ingest (idempotent, resumable after SIGKILL, per-document failures),
export, events and sql."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from tacitus.store import Store
from test_store import DAY, KYIV, PRK, RUS, UKR, make_article, make_event

ROOT = Path(__file__).resolve().parents[1]
TACITUS = str(Path(sys.executable).with_name("tacitus"))
FIXTURES = Path(__file__).parent / "fixtures" / "cluster"

pytestmark = pytest.mark.skipif(not Path(TACITUS).exists(), reason="the tacitus command is not installed in this venv")


def tacitus(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "TACITUS_DB"}
    return subprocess.run([TACITUS, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env)


def count(db: Path, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()[0][0]
    finally:
        con.close()


# --------------------------------------------------------------------------- own corpus


_CITIES = ["LIMA", "QUITO", "HANOI", "ACCRA", "OSLO", "RIGA"]
_PAIRS = [("Chile", "Peru"), ("Ghana", "Togo"), ("Norway", "Sweden"), ("Vietnam", "Laos"), ("Latvia", "Estonia")]
_TOPICS = ["fishing rights", "a new rail link", "border trade", "energy prices", "water sharing", "port fees"]


def write_corpus(folder: Path, n: int) -> list[str]:
    """`n` short, distinct wire-style articles of our own, one file each; returns their ids."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for i in range(n):
        city, (a, b), topic = _CITIES[i % 6], _PAIRS[i % 5], _TOPICS[(i // 5) % 6]
        text = (f"{city}, March {1 + i % 28}, 2025 (Test Wire) - The foreign ministers of {a} and {b} met in "
                f"{city.title()} on Monday to discuss {topic}, officials said in statement number {i}.\n\n"
                f"The two governments agreed to meet again, a spokesman for the ministry of {a} said.\n")
        (folder / f"story-{i:03d}.txt").write_text(text, encoding="utf-8")
        ids.append(f"story-{i:03d}")
    return ids


# --------------------------------------------------------------------------- ingest


def test_ingest_folder_twice_stores_each_article_once(tmp_path):
    """First with two coding processes, then again in one: the second run stores nothing new."""
    db = tmp_path / "news.duckdb"
    first = tacitus("ingest", str(FIXTURES), "--db", str(db), "--workers", "2", "--batch-size", "2")
    assert first.returncode == 0, first.stderr
    assert "6 coded" in first.stderr and "0 skipped as duplicate" in first.stderr
    events = count(db, "SELECT count(*) FROM events")
    second = tacitus("ingest", str(FIXTURES), str(FIXTURES / "harbor-shells.txt"), "--db", str(db))
    assert second.returncode == 0, second.stderr
    assert "0 coded" in second.stderr and "7 skipped as duplicate" in second.stderr
    assert count(db, "SELECT count(*) FROM articles") == 6
    assert count(db, "SELECT count(DISTINCT content_hash) FROM articles") == 6
    assert count(db, "SELECT count(*) FROM events") == events
    assert count(db, "SELECT count(*) FROM runs WHERE status = 'done'") == 2
    assert count(db, "SELECT count(*) FROM articles WHERE record IS NULL OR pipeline = ''") == 0
    # The dateline gave each article its outlet and date.
    assert count(db, "SELECT count(DISTINCT outlet) FROM articles") == 3
    assert count(db, "SELECT count(*) FROM articles WHERE published IS NULL") == 0


def test_kill_mid_ingest_then_rerun_stores_every_article_once(tmp_path):
    corpus = tmp_path / "corpus"
    ids = write_corpus(corpus, 60)
    db = tmp_path / "resume.duckdb"
    env = {k: v for k, v in os.environ.items() if k != "TACITUS_DB"}
    proc = subprocess.Popen([TACITUS, "-v", "ingest", str(corpus), "--db", str(db), "--batch-size", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    try:
        for line in proc.stderr:
            if "committed a batch" in line:
                break
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    partial = count(db, "SELECT count(*) FROM articles")
    assert 2 <= partial < len(ids), "the run should have been killed part-way"
    # No partial article: every stored article has its mentions, and nothing belongs to an unstored one.
    assert count(db, "SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT article_id FROM articles)") == 0
    assert count(db, "SELECT count(*) FROM articles WHERE n_mentions <> "
                     "(SELECT count(*) FROM mentions m WHERE m.article_id = articles.article_id)") == 0

    rerun = tacitus("ingest", str(corpus), "--db", str(db), "--batch-size", "8")
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(ids) - partial} coded" in rerun.stderr and f"{partial} skipped as duplicate" in rerun.stderr
    assert count(db, "SELECT count(*) FROM articles") == len(ids)
    assert count(db, "SELECT count(DISTINCT article_id) FROM articles") == len(ids)
    assert count(db, "SELECT count(DISTINCT content_hash) FROM articles") == len(ids)
    with Store(db, read_only=True) as store:
        assert sorted(r[0] for r in store.sql("SELECT article_id FROM articles")[1]) == ids
        statuses = [r[0] for r in store.sql("SELECT status FROM runs ORDER BY run_id")[1]]
    assert statuses == ["interrupted", "done"]


def _warc(path: Path, tag: str, gz: bool, broken: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    paras = [
        ("Ferry talks", "Transport ministers from the two island states met in the harbour city on Thursday to agree on a new ferry timetable"),
        ("Grain deal", "The agriculture ministry said on Friday that the neighbouring government had agreed to buy more grain this winter"),
    ]
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i, (title, body) in enumerate(paras):
        html = ("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>"
                + "".join(f"<p>{body}, {tag} officials said in remark {k}.</p>" for k in range(4)) + "</article></body></html>")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://warc.example/{tag}/{i}", "response",
                                                      payload=io.BytesIO(html.encode()), http_headers=headers))
    data = buf.getvalue()
    if broken:
        marker = b"\x1f\x8b\x08" if gz else b"WARC/1."
        second = data.find(marker, 10)
        junk = b"\x1f\x8b\x08\x00this is not a gzip member" if gz else b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 7\r\n\r\ngarbage\r\n\r\n"
        data = data[:second] + junk + data[second:]
    path.write_bytes(data)


def test_bad_inputs_are_recorded_and_the_run_goes_on(tmp_path):
    inputs = tmp_path / "mixed"
    inputs.mkdir()
    (inputs / "good.txt").write_text("OSLO, March 3, 2025 (Test Wire) - The prime ministers of Norway and Sweden met "
                                     "in Oslo on Monday to discuss energy prices, officials said.\n", encoding="utf-8")
    (inputs / "corrupt.bin").write_bytes(bytes(range(256)) * 8)
    (inputs / "latin1.txt").write_bytes("RIGA (Test Wire) - The minister said the caf\xe9 talks went well and "
                                        "that the two governments would meet again.".encode("latin-1"))
    (inputs / "feed.jsonl").write_text(
        json.dumps({"id": "feed-1", "text": "The finance ministers of Ghana and Togo met in Accra on Tuesday to discuss port fees, officials said.",
                    "published": "2025-03-04", "outlet": "Feed Wire"}) + "\n"
        + '{"id": "feed-2", "text": "The ministers of the two countries said on Wed\n', encoding="utf-8")
    _warc(inputs / "crawl.warc.gz", "crawl", gz=True, broken=True)
    _warc(inputs / "plain.warc", "plain", gz=False, broken=True)
    db = tmp_path / "mixed.duckdb"
    result = tacitus("ingest", str(inputs), "--db", str(db))
    assert result.returncode == 1
    assert "failed" in result.stderr and result.stderr.strip().splitlines()[-1].startswith("Error:")
    with Store(db, read_only=True) as store:
        failures = store.failures()
        stored = sorted(r[0] for r in store.sql("SELECT article_id FROM articles")[1])
    where = {Path(f["origin"].split("#")[0].split(":")[0]).name: f["error"] for f in failures}
    assert where["corrupt.bin"] == "binary"
    assert where["latin1.txt"] == "encoding"
    assert where["feed.jsonl"] == "malformed_record"
    assert where["crawl.warc.gz"] == "malformed_record" and where["plain.warc"] == "malformed_record"
    assert len(failures) == 5
    assert stored == sorted(["feed-1", "good", "https://warc.example/crawl/0", "https://warc.example/crawl/1",
                             "https://warc.example/plain/0", "https://warc.example/plain/1"])
    for name in ("corrupt.bin", "latin1.txt", "feed.jsonl", "crawl.warc.gz"):
        assert name in result.stderr


def test_ingest_nothing_is_an_error(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = tacitus("ingest", str(empty), "--db", str(tmp_path / "e.duckdb"))
    assert result.returncode == 1 and "Error:" in result.stderr


# --------------------------------------------------------------------------- queries and exports


@pytest.fixture
def filled_db(tmp_path) -> Path:
    db = tmp_path / "filled.duckdb"
    with Store(db) as s:
        s.add([make_article("a1", "First outlet: the leaders met in the capital on Monday for talks.",
                            (make_event("e1", RUS, PRK, "043", DAY),), outlet="Wire A")])
        s.add([make_article("a2", "Second outlet: a summit of the two leaders took place on Monday.",
                            (make_event("e1", RUS, PRK, "040", DAY),), outlet="Wire B")])
        s.add([make_article("a3", "Third outlet: shelling hit the city on Saturday, officials alleged.",
                            (make_event("e1", RUS, UKR, "190", DAY + timedelta(days=5), plover="FIGHT", place=KYIV,
                                        status="alleged"),), outlet="Wire C", published=DAY + timedelta(days=5))])
    return db


def test_events_command_formats_and_filters(filled_db, tmp_path):
    out = tacitus("events", "--db", str(filled_db), "--dyad", "RUS", "PRK", "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert sorted(r["article_id"] for r in rows) == ["a1", "a2"]
    assert {r["num_sources"] for r in rows} == {2}
    tsv = tacitus("events", "--db", str(filled_db), "--code", "19", "--format", "tsv", "-o", str(tmp_path / "e.tsv"))
    assert tsv.returncode == 0 and tsv.stdout == ""
    lines = (tmp_path / "e.tsv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and lines[1].split("\t")[2] == "190"
    table = tacitus("events", "--db", str(filled_db), "--since", (DAY + timedelta(days=1)).isoformat(), "--status", "alleged")
    assert table.returncode == 0 and "190" in table.stdout and "(1 row)" in table.stdout
    canon = tacitus("events", "--db", str(filled_db), "--canonical", "--min-sources", "2", "--format", "jsonl")
    rows = [json.loads(line) for line in canon.stdout.splitlines()]
    assert len(rows) == 1 and rows[0]["num_articles"] == 2
    bad = tacitus("events", "--db", str(filled_db), "--since", "last week")
    assert bad.returncode == 2


def test_export_command_all_formats(filled_db, tmp_path):
    gdelt = tmp_path / "g.tsv"
    r = tacitus("export", "--db", str(filled_db), "--format", "gdelt", "-o", str(gdelt))
    assert r.returncode == 0, r.stderr
    rows = [line.split("\t") for line in gdelt.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 and all(len(row) == 61 for row in rows)
    assert sorted(row[26] for row in rows) in (["043", "190"], ["040", "190"])

    r = tacitus("export", "--db", str(filled_db), "--format", "parquet", "-o", str(tmp_path / "pq"))
    assert r.returncode == 0, r.stderr
    assert pq.read_table(tmp_path / "pq" / "events.parquet").num_rows == 3
    assert pq.read_table(tmp_path / "pq" / "event_clusters.parquet").num_rows == 2
    assert count(filled_db, f"SELECT count(*) FROM read_parquet('{tmp_path / 'pq' / 'articles.parquet'}')") == 3

    r = tacitus("export", "--db", str(filled_db), "--format", "jsonl", "--dyad", "RUS", "UKR")
    assert r.returncode == 0 and [json.loads(x)["article"]["id"] for x in r.stdout.splitlines()] == ["a3"]
    r = tacitus("export", "--db", str(filled_db), "--format", "plover", "--until", DAY.isoformat())
    records = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(records) == 1 and records[0]["event"] == ["CONSULT"] and records[0]["num_sources"] == 2
    r = tacitus("export", "--db", str(filled_db), "--format", "parquet")
    assert r.returncode == 2 and "-o FOLDER" in r.stderr


def test_sql_command(filled_db):
    r = tacitus("sql", "SELECT count(*) AS n FROM articles", "--db", str(filled_db), "--format", "jsonl")
    assert r.returncode == 0 and json.loads(r.stdout) == {"n": 3}
    r = tacitus("sql", "SELECT outlet, published FROM articles ORDER BY outlet", "--db", str(filled_db), "--format", "csv")
    assert r.stdout.splitlines()[0] == "outlet,published" and r.stdout.splitlines()[1] == f"Wire A,{DAY.isoformat()}"
    r = tacitus("sql", "DELETE FROM articles", "--db", str(filled_db))
    assert r.returncode == 1 and r.stderr.startswith("Error:")
    assert count(filled_db, "SELECT count(*) FROM articles") == 3
    r = tacitus("sql", "SELECT * FROM nowhere", "--db", str(filled_db))
    assert r.returncode == 1 and "nowhere" in r.stderr
    r = tacitus("sql", "SELECT 1", "--db", str(filled_db.with_name("missing.duckdb")))
    assert r.returncode == 1 and "no store at" in r.stderr


def test_db_defaults_to_environment(filled_db):
    env = dict(os.environ, TACITUS_DB=str(filled_db))
    r = subprocess.run([TACITUS, "sql", "SELECT count(*) AS n FROM articles", "--format", "tsv"],
                       capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert r.returncode == 0 and r.stdout.splitlines() == ["n", "3"]


# --------------------------------------------------------------------------- clustering through the real pipeline


def test_pipeline_clusters_reports_of_the_same_events(tmp_path, nlp):
    from tacitus.store import ingest

    with Store(tmp_path / "c.duckdb") as store:
        summary = ingest([str(FIXTURES)], store, nlp=nlp, batch_size=4)
        assert summary.coded == 6 and not summary.failed
        clusters = store.clusters()
        talks = [c for c in clusters if c["cameo_root"] == "04"
                 and {"TUR", "EGY"} <= set(c["source_countries"]) | set(c["target_countries"])]
        shells = [c for c in clusters if c["plover_event"] == "AID"
                  and "POL" in c["source_countries"] and "UKR" in c["target_countries"]]
    # Three outlets report the Cairo talks and two the shell delivery, each in their own words.
    assert talks and max(c["num_sources"] for c in talks) >= 2
    assert shells and max(c["num_sources"] for c in shells) == 2
    biggest = max(talks, key=lambda c: c["num_sources"])
    assert biggest["num_articles"] == biggest["num_sources"]  # one outlet per fixture article here
    # Reports are kept apart from other events: no canonical event mixes families or dyads.
    with Store(tmp_path / "c.duckdb", read_only=True) as store:
        mixed = store.sql("SELECT m.cluster_id FROM cluster_members m JOIN events e USING (event_uid) "
                          "GROUP BY m.cluster_id HAVING count(DISTINCT e.cameo_root) > 1")[1]
    assert mixed == []
