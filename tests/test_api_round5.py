"""The API over a damaged, empty or missing store, and filters that cannot be answered: a
clear 4xx or 503 with a JSON message, never a 500 or a traceback."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from store_data import populate  # noqa: E402
from tacitus.api import create_app  # noqa: E402
from tacitus.errors import StoreError  # noqa: E402
from tacitus.store import Store  # noqa: E402

GETS = ["/api/health", "/api/articles", "/api/events", "/api/events/p1%23e1", "/api/locations", "/api/dyads",
        "/api/actors", "/api/dyads/RUS/PRK/timeline", "/api/network", "/api/claims?a=RUS&b=PRK", "/api/codebook", "/"]
BLOCK, HEADER = 262144, 12288  # DuckDB's block size and file header


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    path = tmp_path_factory.mktemp("api5") / "clean.duckdb"
    with Store(path) as s:
        populate(s)
    return path


def test_a_damaged_store_is_503_or_refused_at_start(clean, tmp_path, caplog):
    caplog.set_level(logging.CRITICAL, logger="tacitus")
    statuses: dict[int, int] = {}
    refused = 0
    for i in range((clean.stat().st_size - HEADER) // BLOCK):
        hurt = tmp_path / f"hurt{i}.duckdb"
        shutil.copy(clean, hurt)
        with hurt.open("r+b") as fh:  # spoil the checksum of one block
            fh.seek(HEADER + i * BLOCK)
            fh.write(b"\xa5" * 16)
        try:
            app = create_app(hurt)
        except StoreError as exc:  # the damage is in the catalogue: `tacitus serve` says so and stops
            assert "damaged" in str(exc) and "another process holds it" not in str(exc)
            refused += 1
            continue
        with TestClient(app, raise_server_exceptions=False) as c:
            for url in GETS:
                r = c.get(url)
                statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
                assert r.status_code in (200, 503), (i, url, r.status_code, r.text[:200])
                if r.status_code == 503:
                    body = r.json()
                    assert body["error"] == "store_unavailable" and "damaged" in body["detail"]
                    assert str(tmp_path) not in r.text  # no server paths
    assert statuses.get(503, 0) >= 1 and refused >= 1, (statuses, refused)


def test_an_empty_store_answers_every_endpoint(tmp_path):
    with TestClient(create_app(tmp_path / "empty.duckdb"), raise_server_exceptions=False) as c:
        for url in GETS:
            r = c.get(url)
            expected = 404 if url.startswith("/api/events/") else 200
            assert r.status_code == expected, (url, r.text[:200])
        assert c.get("/api/events").json()["total"] == 0
        assert c.get("/api/health").json()["counts"]["articles"] == 0


def test_a_store_in_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="its folder does not exist"):
        create_app(tmp_path / "no" / "such" / "store.duckdb")
    r = subprocess.run([sys.executable, "-m", "tacitus.cli", "serve", "--db", str(tmp_path / "no" / "s.duckdb")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and r.stderr.startswith("Error: ") and "Traceback" not in r.stderr


@pytest.mark.parametrize("url, status, says", [
    ("/api/events?since=2025-05-01&until=2025-01-01", 400, "is after until"),
    ("/api/articles?since=2025-05-01&until=2025-01-01", 400, "is after until"),
    ("/api/dyads/RUS/PRK/timeline?since=2025-05-01&until=2025-01-01", 400, "is after until"),
    ("/api/claims?a=RUS&b=PRK&since=2025-05-01&until=2025-01-01", 400, "is after until"),
    ("/api/events?code=999", 400, "no CAMEO code starts with '999'"),
    ("/api/locations?code=999", 400, "no CAMEO code starts with"),
    ("/api/network?code=999", 400, "no CAMEO code starts with"),
    ("/api/events?plover=NOPE", 400, "unknown PLOVER type"),
    ("/api/events?since=2025-13-01", 422, "since"),
    ("/api/events?until=yesterday", 422, "until"),
    ("/api/events?limit=100000000", 422, "limit"),
    ("/api/dyads?limit=99999999999999999999", 422, "limit"),
    ("/api/events?code=ABC", 422, "code"),
])
def test_filters_that_cannot_be_answered_say_why(clean, tmp_path, url, status, says):
    db = tmp_path / "s.duckdb"
    shutil.copy(clean, db)
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        r = c.get(url)
    assert r.status_code == status and says in r.json()["detail"], r.text[:300]


def test_known_codes_and_types_still_filter(clean, tmp_path):
    db = tmp_path / "s.duckdb"
    shutil.copy(clean, db)
    with TestClient(create_app(db), raise_server_exceptions=False) as c:
        assert c.get("/api/events?code=072").json()["total"] == 2
        assert c.get("/api/events?plover=aid").json()["total"] == 2  # any case
        assert c.get("/api/events?code=20").json()["total"] == 0  # a real code nobody reported: empty, not an error


def test_posting_to_a_damaged_store_is_503_not_500(clean, tmp_path, nlp, caplog):
    caplog.set_level(logging.CRITICAL, logger="tacitus")
    text = "MOSCOW, March 4 (Wire A) - Russia condemned Japan over the sanctions on Monday, officials said."
    statuses = set()
    for i in range(1, (clean.stat().st_size - HEADER) // BLOCK):
        hurt = tmp_path / f"hurt{i}.duckdb"
        shutil.copy(clean, hurt)
        with hurt.open("r+b") as fh:
            fh.seek(HEADER + i * BLOCK)
            fh.write(b"\xa5" * 16)
        try:
            app = create_app(hurt, token="secret", nlp=nlp)
        except StoreError:
            continue
        with TestClient(app, raise_server_exceptions=False) as c:
            r = c.post("/api/articles", json={"text": text}, headers={"X-Tacitus-Token": "secret"})
        assert r.status_code in (200, 201, 503), (i, r.status_code, r.text[:200])
        statuses.add(r.status_code)
    assert 503 in statuses, statuses
