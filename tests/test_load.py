"""Load on a real `tacitus serve` (benchmarks/load.py, scaled down): concurrent readers and
writers get no 5xx, and every acknowledged write is stored exactly once with its events.
Timings are printed by the benchmark, never asserted here. Also, in process: the app's
writes reach the store one at a time (DuckDB has a single writer) by design, not by luck."""

from __future__ import annotations

import importlib.util
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

_spec = importlib.util.spec_from_file_location("_load", Path(__file__).parents[1] / "benchmarks" / "load.py")
load = importlib.util.module_from_spec(_spec)
sys.modules["_load"] = load  # dataclasses look their module up
_spec.loader.exec_module(load)


def test_concurrent_readers_and_writers_lose_nothing(tmp_path):
    db = tmp_path / "load.duckdb"
    with load.Server(db) as server:
        status, warm = load.request(server.url + "/api/articles", "POST", load.article(999, 7), load.TOKEN)
        assert status == 201  # loads the pipeline before the clock starts
        tally, _ = load.run_load(server.url, readers=4, writers=3, writes=15, seconds=240, seed=7)
    assert tally.errors == []
    assert all(code < 500 for codes in tally.statuses.values() for code in codes)
    assert len(tally.acked) == 15 and tally.duplicates == 3  # articles 0, 5, 10 were sent twice
    assert sum(tally.statuses["write"].values()) == 18
    assert sum(len(v) for k, v in tally.latencies.items() if k != "write") > 0  # readers ran alongside
    assert load.stored_check(db, {**tally.acked, warm["article_id"]: warm["events"]}) == []
    assert load.stored_check(db, tally.acked) == [f"{warm['article_id']} stored but never acknowledged"]  # it can fail


def test_app_writes_one_at_a_time(tmp_path, nlp, monkeypatch):
    """Sync endpoints run on a thread pool; posts from many threads must still reach
    Store.add one at a time."""
    from fastapi.testclient import TestClient

    from tacitus.api import create_app
    from tacitus.store import Store

    inside = 0
    most = 0
    guard = threading.Lock()
    real_add = Store.add

    def watched_add(self, *args, **kwargs):
        nonlocal inside, most
        with guard:
            inside += 1
            most = max(most, inside)
        try:
            time.sleep(0.05)  # widen the window two writers would share without the lock
            return real_add(self, *args, **kwargs)
        finally:
            with guard:
                inside -= 1

    monkeypatch.setattr(Store, "add", watched_add)
    statuses: list[int] = []
    with TestClient(create_app(tmp_path / "w.duckdb", token="t", nlp=nlp)) as client:
        def post(i: int) -> None:
            r = client.post("/api/articles", json=load.article(i, 3), headers={"Authorization": "Bearer t"})
            statuses.append(r.status_code)

        threads = [threading.Thread(target=post, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert client.get("/api/health").json()["counts"]["articles"] == 8
    assert sorted(statuses) == [201] * 8
    assert most == 1
