"""Hostile requests against the API (in process, over a real store) and hostile options to the
CLI: injection strings through every filter, wrong tokens, oversized bodies, forced
internal errors, path traversal, CORS probes. Nothing may answer 5xx (except the forced
errors, with a generic body), change the store, or reveal paths, stack traces or the token."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

import store_data as _data  # noqa: E402
from tacitus import analysis  # noqa: E402
from tacitus.api import CSP, create_app  # noqa: E402
from tacitus.errors import StoreError  # noqa: E402
from tacitus.store import EventQuery, Store  # noqa: E402

TOKEN = "hostile-test-token-0123456789"
INJECTIONS = [
    "' OR 1=1 --", "RUS' OR '1'='1", "RUS'; DROP TABLE events; --", 'RUS") OR ("1"="1', "1 UNION SELECT * FROM articles",
    "%' OR '%'='", "RUS--", "0 OR 1=1", "19;DELETE FROM articles", "RUS\x00", "ＲＵＳ", "RUS\u202e", "../../etc/passwd",
    "$(touch /tmp/pwned)", "{{7*7}}", "<script>alert(1)</script>", "a" * 600, "", " ", "\\", "RUS_-",
]
SECRET_MARKERS = ("Traceback", "/work", "/tmp", ".py", "duckdb", TOKEN, "site-packages")


@pytest.fixture
def db(api_db):
    return api_db


@pytest.fixture
def client(db):
    with TestClient(create_app(db, token=TOKEN, max_body=4000), raise_server_exceptions=False) as c:
        yield c


def _rows(where: Path | TestClient) -> dict[str, int]:
    """Row counts of the store's tables (through the app's own connection while it runs)."""
    import duckdb

    if isinstance(where, TestClient):
        con = where.app.state.tacitus.writer().con.cursor()
    else:
        con = duckdb.connect(str(where), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                for t in ("articles", "mentions", "events", "claims", "event_clusters", "cluster_members")}
    finally:
        con.close()


def _no_secrets(text: str) -> None:
    for marker in SECRET_MARKERS:
        assert marker not in text, f"{marker!r} in a response: {text[:300]}"


# --------------------------------------------------------------------------- injection


def _get_operations(client) -> list[tuple[str, list[str], list[str]]]:
    """(path, query parameter names, path parameter names) of every GET in the schema."""
    spec = client.get("/openapi.json").json()
    ops = []
    for path, methods in spec["paths"].items():
        if "get" in methods:
            params = methods["get"].get("parameters", [])
            ops.append((path, [p["name"] for p in params if p["in"] == "query"],
                        [p["name"] for p in params if p["in"] == "path"]))
    return ops


def _fill(path: str, names: list[str], value: str | None = None) -> str:
    good = {"a": "RUS", "b": "PRK", "event_uid": "p2#e2"}
    for name in names:
        path = path.replace("{" + name + "}", quote(value if value is not None else good[name], safe=""))
    return path


def test_every_api_filter_takes_injection_strings_as_values(client, db):
    before = _rows(client)
    ops = _get_operations(client)
    assert {"/api/events", "/api/locations", "/api/network", "/api/claims", "/api/dyads/{a}/{b}/timeline",
            "/api/events/{event_uid}", "/api/articles", "/api/codebook"} <= {p for p, _, _ in ops}
    tried = 0
    for path, query, path_params in ops:
        required = {"a": "RUS", "b": "PRK"} if path == "/api/claims" else {}
        for name in query:
            for bad in INJECTIONS:
                r = client.get(_fill(path, path_params), params={**required, name: bad})
                assert r.status_code in (200, 400, 404, 422), (path, name, bad, r.status_code, r.text[:200])
                _no_secrets(r.text.replace(bad, ""))
                tried += 1
        for name in path_params:
            for bad in INJECTIONS:
                if not bad.strip() or bad in ("\\",):
                    continue  # an empty or slash-like segment is another route, not a value
                r = client.get(_fill(path, path_params, None).replace(quote(
                    {"a": "RUS", "b": "PRK", "event_uid": "p2#e2"}[name], safe=""), quote(bad, safe=""), 1))
                assert r.status_code in (200, 400, 404, 422), (path, name, bad, r.status_code, r.text[:200])
                if r.status_code == 200:  # a value the pattern allows ("RUS--") matches nothing
                    assert r.json()["totals"]["reports"] == 0
                _no_secrets(r.text.replace(bad, ""))
                tried += 1
    assert tried > 400
    assert _rows(client) == before
    assert client.get("/api/events").json()["total"] == 6


def test_injection_strings_that_pass_validation_match_nothing(client):
    """Values the patterns allow (letters, digits, '-', '_') still reach SQL only as bound values."""
    for params in ({"actor": "RUS--"}, {"actor": "RUS_-"}, {"source": "X--", "target": "RUS"}):
        r = client.get("/api/events", params=params)
        assert r.status_code == 200 and r.json()["total"] == 0, (params, r.text[:200])
    r = client.get("/api/events", params={"plover": "ACCUSE_OR_"})  # not a PLOVER type: refused, not run
    assert r.status_code == 400 and "unknown PLOVER type" in r.json()["detail"]
    r = client.get("/api/events/" + quote("x' OR '1'='1", safe=""))
    assert r.status_code == 404


@pytest.mark.parametrize("bad", [b for b in INJECTIONS if b.strip()])
def test_analysis_binds_values_past_the_api_patterns(db, bad):
    """Called directly (no HTTP patterns in front), every filter value is bound, never spliced:
    a hostile value matches nothing or is refused with an AnalysisError."""
    with Store(db, read_only=True) as store:
        calls = [
            lambda: analysis.list_events(store, analysis.EventFilter(actor=bad))["total"],
            lambda: analysis.list_events(store, analysis.EventFilter(plover=bad))["total"],
            lambda: analysis.list_events(store, analysis.EventFilter(query=EventQuery(dyad=(bad, "PRK"))))["total"],
            lambda: analysis.list_events(store, analysis.EventFilter(query=EventQuery(code=bad)))["total"],
            lambda: analysis.list_events(store, analysis.EventFilter(query=EventQuery(status=bad)))["total"],
            lambda: len(analysis.event_locations(store, analysis.EventFilter(actor=bad))),
            lambda: len(analysis.actor_network(store, actor=bad)["edges"]),
            lambda: len(analysis.actor_network(store, plover=bad, code=bad, status=bad)["edges"]),
            lambda: analysis.claim_ledger(store, bad, "PRK")["total"],
            lambda: analysis.dyad_timeline(store, "RUS", bad)["totals"]["reports"],
            lambda: analysis.event_detail(store, bad) or 0,
        ]
        for call in calls:
            try:
                assert call() == 0
            except analysis.AnalysisError as exc:
                assert any(m in str(exc) for m in ("must be", "unknown PLOVER type", "no CAMEO code starts with"))
        assert store.counts()["articles"] == 3


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tacitus.cli", *args], capture_output=True, text=True, timeout=300)


def test_every_cli_option_that_reaches_sql_binds_its_value(db, tmp_path):
    before = _rows(db)
    bad = "RUS' OR 1=1; DROP TABLE events; --"
    filters = ["--dyad", bad, bad, "--code", "0", "--undirected"]
    for cmd in (["events"], ["export", "--format", "gdelt"]):  # a CAMEO prefix no code has is refused before SQL
        r = _cli(*cmd, "--db", str(db), "--code", "0' OR '1'='1")
        assert r.returncode == 2 and "no CAMEO code starts with" in r.stderr and "Traceback" not in r.stderr
    r = _cli("events", "--db", str(db), *filters, "--format", "jsonl")
    assert r.returncode == 0 and r.stdout == "", r.stderr
    r = _cli("events", "--db", str(db), "--canonical", *filters, "--format", "jsonl")
    assert r.returncode == 0 and r.stdout == "", r.stderr
    for fmt in ("jsonl", "gdelt", "plover"):
        r = _cli("export", "--db", str(db), "--format", fmt, *filters)
        assert r.returncode == 0 and r.stdout.strip() == "", (fmt, r.stderr)
    r = _cli("report", "--db", str(db), "--dyad", bad, "PRK", "-o", str(tmp_path / "r.html"))
    assert r.returncode != 0 and "must be an actor code" in r.stderr and "Traceback" not in r.stderr
    r = _cli("report", "--db", str(db), "--dyad", "RUS--", "PRK", "-o", str(tmp_path / "r.html"))
    assert "Traceback" not in r.stderr
    # `tacitus sql` runs SQL by design, but read-only unless --write.
    for stmt in ("DROP TABLE events", "DELETE FROM articles", "SELECT 1; DROP TABLE events",
                 "UPDATE articles SET title = 'x'"):
        r = _cli("sql", stmt, "--db", str(db))
        assert r.returncode != 0 and "Traceback" not in r.stderr, (stmt, r.stderr)
    assert _rows(db) == before


# --------------------------------------------------------------------------- access


def test_token_compared_in_constant_time(client, monkeypatch):
    import tacitus.api as api

    seen = []
    real = api.hmac.compare_digest

    def spy(a, b):
        seen.append((len(a), len(b)))
        return real(a, b)

    monkeypatch.setattr(api.hmac, "compare_digest", spy)
    assert client.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer short"}).status_code == 401
    assert client.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer " + "y" * 500}).status_code == 401
    assert seen == [(32, 32), (32, 32)]  # digests: equal lengths whatever was sent


@pytest.mark.parametrize("headers", [
    {},
    {"Authorization": "Bearer wrong"},
    {"Authorization": f"Bearer {TOKEN[:-1]}"},
    {"Authorization": f"Bearer {TOKEN}x"},
    {"Authorization": f"Bearer {TOKEN.upper()}"},
    {"Authorization": f"Basic {TOKEN}"},
    {"Authorization": "Bearer "},
    {"Authorization": TOKEN},
    {"X-Tacitus-Token": ""},
    {"X-Tacitus-Token": (TOKEN + "\u00e9").encode()},
])
def test_wrong_or_missing_token_is_401_and_says_nothing_more(client, db, headers):
    before = _rows(client)
    r = client.post("/api/articles", json={"text": _data.populate.__doc__}, headers=headers)
    assert r.status_code == 401
    assert r.json() == {"detail": "a valid write token is required"}
    assert r.headers["www-authenticate"] == "Bearer"
    assert _rows(client) == before


def test_writes_without_a_configured_token_are_403(db):
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        for headers in ({}, {"Authorization": "Bearer anything"}, {"Authorization": "Bearer "}):
            r = c.post("/api/articles", json={"text": "Russia condemned Japan."}, headers=headers)
            assert r.status_code == 403 and "TACITUS_API_TOKEN" in r.json()["detail"]


def test_bodies_over_the_limit_are_413_with_or_without_a_length(client, db):
    before = _rows(client)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = json.dumps({"text": "Russia condemned Japan. " * 500}).encode()
    r = client.post("/api/articles", content=big, headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 413 and "too large" in r.json()["detail"]

    def chunks():  # no Content-Length: the limit is counted as the body arrives
        for i in range(0, len(big), 1000):
            yield big[i:i + 1000]

    r = client.post("/api/articles", content=chunks(), headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 413
    r = client.post("/api/articles", content=big, headers={**auth, "Content-Type": "application/json",
                                                            "Content-Length": "not-a-number"})
    assert r.status_code == 400
    r = client.post("/api/articles", content=big)  # no token either: still 413, before anything is read
    assert r.status_code == 413
    assert _rows(client) == before


@pytest.mark.parametrize("failure", [
    RuntimeError("boom in /work/secret/tacitus/analysis.py line 3"),
    KeyError("/home/analyst/.config"),
])
def test_internal_errors_are_a_generic_500(client, monkeypatch, failure):
    def explode(*_args, **_kwargs):
        raise failure

    monkeypatch.setattr(analysis, "list_events", explode)
    r = client.get("/api/events")
    assert r.status_code == 500
    assert r.json() == {"detail": "internal error"}
    assert r.headers["content-security-policy"] == CSP
    _no_secrets(r.text)


def test_a_store_error_is_503_without_paths(client, monkeypatch):
    def explode(*_args, **_kwargs):
        raise StoreError("cannot open the store /srv/data/private.duckdb (IO Error)")

    monkeypatch.setattr(analysis, "list_events", explode)
    r = client.get("/api/events")
    assert r.status_code == 503 and r.json()["error"] == "store_unavailable"
    assert "damaged or unreadable" in r.json()["detail"]
    _no_secrets(r.text)


def test_input_errors_say_what_is_wrong_without_paths(client):
    r = client.post("/api/articles", json={"text": "\x01\x02\x03\x04" * 50 + "x"}, headers={"X-Tacitus-Token": TOKEN})
    assert r.status_code == 400 and "control characters" in r.json()["detail"]
    _no_secrets(r.text)


@pytest.mark.parametrize("path", ["/static/../api.py", "/static/%2e%2e/api.py", "/static/..%2fapi.py",
                                  "/static/%2e%2e%2f%2e%2e%2fpyproject.toml", "/static//etc/passwd",
                                  "/static/app.js%00.txt", "/..%2f..%2fetc/passwd", "/api/../../etc/passwd"])
def test_no_path_traversal(client, path):
    r = client.get(path)
    assert r.status_code in (400, 404)
    assert "import " not in r.text and "root:" not in r.text and "[project]" not in r.text
    _no_secrets(r.text)


def test_no_cors_and_csp_on_every_kind_of_response(client):
    evil = {"Origin": "https://evil.example"}
    pre = client.options("/api/articles", headers={**evil, "Access-Control-Request-Method": "POST",
                                                   "Access-Control-Request-Headers": "authorization"})
    assert pre.status_code in (400, 404, 405)
    responses = [pre, client.get("/", headers=evil), client.get("/static/app.js", headers=evil),
                 client.get("/api/events", headers=evil), client.get("/api/nothing", headers=evil),
                 client.get("/api/events", params={"limit": -1}, headers=evil),
                 client.post("/api/articles", json={"text": "x"}, headers=evil)]
    for r in responses:
        assert not [h for h in r.headers if h.lower().startswith("access-control-")], (r.url, r.headers)
        assert r.headers["content-security-policy"] == CSP
        assert r.headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in CSP and "'unsafe-eval'" not in CSP and "script-src 'self'" in CSP


def test_hostile_text_comes_back_as_json_data(db, nlp):
    """What an article says is returned verbatim as JSON, never as a page a browser would render."""
    client = TestClient(create_app(db, token=TOKEN, nlp=nlp), raise_server_exceptions=False).__enter__()
    hostile = ("TOKYO, June 2 (Wire <b>E</b>) - Japan's prime minister met South Korea's president "
               "<img src=x onerror=alert(1)> in Tokyo on Monday &amp; talked.")
    r = client.post("/api/articles", json={"text": hostile, "title": "<script>alert(1)</script>",
                                           "url": "javascript:alert(1)", "published": "2025-06-02"},
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201, r.text
    uid = r.json()["event_uids"][0]
    d = client.get("/api/events/" + quote(uid, safe=""))
    assert d.headers["content-type"] == "application/json"
    body = d.json()
    assert body["title"] == "<script>alert(1)</script>" and body["url"] == "javascript:alert(1)"
    assert "<img src=x onerror=alert(1)>" in body["sentence"] or "&amp;" in body["sentence"]
    client.__exit__(None, None, None)
