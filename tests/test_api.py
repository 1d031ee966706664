"""The HTTP API in-process over a real DuckDB store: reads, filters, validation, the write
token, body limits, security headers, and coding a posted article with the real pipeline."""

from __future__ import annotations

from urllib.parse import quote

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from tacitus.api import create_app, resolve_token  # noqa: E402

TOKEN = "s3cret-token-for-tests"
ARTICLE = ("TOKYO, June 2 (Wire E) - Japan's prime minister met South Korea's president in Tokyo on Monday. "
           "Japan criticised North Korea over its missile launches.")


@pytest.fixture
def db(api_db):
    return api_db


@pytest.fixture
def client(db):
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        yield c


def test_health_and_security_headers(client):
    r = client.get("/api/health")
    assert r.status_code == 200
    assert r.json()["counts"]["articles"] == 3 and r.json()["writes_enabled"] is False
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    r = client.get("/api/health", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_events_filters_and_paging(client):
    r = client.get("/api/events", params={"source": "PRK", "target": "RUS"})
    assert r.status_code == 200 and r.json()["total"] == 4
    assert client.get("/api/events", params={"source": "RUS", "target": "PRK", "undirected": True}).json()["total"] == 5
    assert client.get("/api/events", params={"actor": "JPN"}).json()["total"] == 1
    assert client.get("/api/events", params={"code": "07"}).json()["total"] == 2
    assert client.get("/api/events", params={"plover": "ACCUSE"}).json()["total"] == 1
    assert client.get("/api/events", params={"status": "denied"}).json()["total"] == 1
    assert client.get("/api/events", params={"min_sources": 2}).json()["total"] == 2
    assert client.get("/api/events", params={"since": "2025-04-01", "until": "2025-04-30"}).json()["total"] == 2
    page = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert page["total"] == 6 and len(page["items"]) == 2 and page["offset"] == 2


@pytest.mark.parametrize("params, field", [
    ({"since": "last tuesday"}, "since"),
    ({"status": "rumoured"}, "status"),
    ({"limit": 100000}, "limit"),
    ({"actor": "RUS' OR 1=1 --"}, "actor"),
    ({"source": "RUS"}, "source and target"),
    ({"code": "1; DROP TABLE events"}, "code"),
])
def test_bad_filters_are_4xx_with_a_message(client, params, field):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    assert field in r.json()["detail"]
    assert "Traceback" not in r.text and "/work" not in r.text


def test_event_evidence_timeline_network_claims_codebook(client):
    d = client.get("/api/events/" + quote("p2#e2", safe="")).json()
    a, b = d["trigger_in_sentence"]
    assert d["sentence"][a:b] == "shipped" and d["claim"]["stance"] == "assert"
    assert [x["event_uid"] for x in d["denials"]] == ["p2#e3"]
    assert client.get("/api/events/" + quote("no#such", safe="")).status_code == 404
    tl = client.get("/api/dyads/RUS/PRK/timeline", params={"interval": "month"}).json()
    assert [x["reports"] for x in tl["buckets"]] == [4, 1]
    assert client.get("/api/dyads/RUS/PRK/timeline", params={"interval": "fortnight"}).status_code == 422
    net = client.get("/api/network", params={"code": "11"}).json()
    assert [(e["source"], e["target"]) for e in net["edges"]] == [("RUS", "JPN")]
    claims = client.get("/api/claims", params={"a": "RUS", "b": "PRK"}).json()
    assert claims["total"] == 2 and claims["denials"] == 1
    assert client.get("/api/claims", params={"a": "RUS"}).status_code == 422
    book = client.get("/api/codebook", params={"code": "19"}).json()
    assert book["cameo"][0]["code"] == "19" and book["cameo"][0]["quad_class"] == 4
    assert any(t["event"] == "ASSAULT" for t in book["plover"])
    assert client.get("/api/articles").json()["total"] == 3
    assert client.get("/api/dyads").json()[0] == {"a": "PRK", "b": "RUS", "reports": 5}


def test_openapi_and_dashboard_are_served(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/events", "/api/events/{event_uid}", "/api/dyads/{a}/{b}/timeline", "/api/network",
            "/api/claims", "/api/codebook"} <= set(spec["paths"])
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text and "cdn" not in page.text.lower()
    js = client.get("/static/app.js").text
    assert "innerHTML" not in js and "textContent" in js


def test_writes_refused_without_a_configured_token(client):
    r = client.post("/api/articles", json={"text": ARTICLE})
    assert r.status_code == 403 and "TACITUS_API_TOKEN" in r.json()["detail"]
    assert client.get("/api/health").json()["counts"]["articles"] == 3


def test_wrong_or_missing_token_is_401(db):
    with TestClient(create_app(db, token=TOKEN), raise_server_exceptions=False) as c:
        assert c.post("/api/articles", json={"text": ARTICLE}).status_code == 401
        r = c.post("/api/articles", json={"text": ARTICLE}, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401 and TOKEN not in r.text
        assert c.get("/api/health").json()["counts"]["articles"] == 3


def test_body_limit_and_body_validation(db):
    with TestClient(create_app(db, token=TOKEN, max_body=2000), raise_server_exceptions=False) as c:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        r = c.post("/api/articles", json={"text": "x" * 5000}, headers=auth)
        assert r.status_code == 413 and "too large" in r.json()["detail"]
        r = c.post("/api/articles", json={"text": ""}, headers=auth)
        assert r.status_code == 422 and "text" in r.json()["detail"]
        r = c.post("/api/articles", json={"text": "ok", "published": "someday"}, headers=auth)
        assert r.status_code == 422 and "published" in r.json()["detail"]
        r = c.post("/api/articles", content=b"{not json", headers={**auth, "Content-Type": "application/json"})
        assert 400 <= r.status_code < 500


def test_token_from_environment_or_file(tmp_path, monkeypatch):
    monkeypatch.delenv("TACITUS_API_TOKEN", raising=False)
    monkeypatch.delenv("TACITUS_API_TOKEN_FILE", raising=False)
    assert resolve_token() is None
    secret = tmp_path / "token"
    secret.write_text("from-a-file\n")
    monkeypatch.setenv("TACITUS_API_TOKEN_FILE", str(secret))
    assert resolve_token() == "from-a-file"
    monkeypatch.setenv("TACITUS_API_TOKEN", "from-env")
    assert resolve_token() == "from-env"
    assert resolve_token("given") == "given"


def test_post_codes_and_stores_an_article_once(db, nlp):
    with TestClient(create_app(db, token=TOKEN, nlp=nlp), raise_server_exceptions=False) as c:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        r = c.post("/api/articles", json={"text": ARTICLE, "title": "<b>Summit</b>", "published": "2025-06-02"}, headers=auth)
        assert r.status_code == 201, r.text
        body = r.json()
        assert body["stored"] is True and body["events"] >= 1 and body["published"] == "2025-06-02"
        uid = body["event_uids"][0]
        d = c.get("/api/events/" + quote(uid, safe="")).json()
        assert d["outlet"] == "Wire E" and d["title"] == "<b>Summit</b>"
        assert c.get("/api/events", params={"actor": "JPN", "since": "2025-06-01"}).json()["total"] >= 1
        again = c.post("/api/articles", json={"text": ARTICLE}, headers={"X-Tacitus-Token": TOKEN})
        assert again.status_code == 200 and again.json()["duplicate_of"] == body["article_id"]
        assert c.get("/api/health").json()["counts"]["articles"] == 4
