"""CLI round 6: an export killed with SIGKILL leaves a hidden partial file, which the next
export to that target removes (while an export still running keeps its own); two exports
never share a partial name; every command that resolves actors takes --actors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tacitus.export import clean_partials, export_parquet, partial_path
from tacitus.store import Store
from test_cli_store import ROOT, TACITUS, tacitus
from test_store import DAY, PRK, RUS, make_article, make_event

pytestmark = pytest.mark.skipif(not Path(TACITUS).exists(), reason="the tacitus command is not installed in this venv")


def dead_pid() -> int:
    """The pid of a process that has ended (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "x.duckdb"
    with Store(path) as s:
        s.add([make_article("a1", "The two leaders met in the capital on Monday for talks.",
                            (make_event("e1", RUS, PRK, "043", DAY),), outlet="Wire A")])
    return path


def test_partial_names_differ_within_one_process(tmp_path):
    target = tmp_path / "out.tsv"
    names = {partial_path(target).name for _ in range(50)}
    assert len(names) == 50
    assert all(n.startswith(f".out.tsv.{os.getpid()}-") and n.endswith(".partial") for n in names)


def test_next_export_removes_the_partial_of_a_killed_one(db, tmp_path):
    target = tmp_path / "events.tsv"
    stale = tmp_path / f".events.tsv.{dead_pid()}-abc123.partial"
    old_style = tmp_path / f".events.tsv.{dead_pid()}.partial"
    live = tmp_path / f".events.tsv.{os.getpid()}-def456.partial"  # this test process still runs
    other = tmp_path / f".other.tsv.{dead_pid()}-abc123.partial"  # another target's
    for p in (stale, old_style, live, other):
        p.write_text("cut sho")
    r = tacitus("export", "--db", str(db), "--format", "gdelt", "-o", str(target))
    assert r.returncode == 0, r.stderr
    assert target.read_text().count("\n") == 1
    assert not stale.exists() and not old_style.exists()
    assert live.exists() and other.exists()


def test_a_sigkilled_export_is_cleaned_by_the_next(db, tmp_path):
    # A real export of a big store killed mid-write, then a real export to the same file.
    with Store(db) as s:
        s.add([make_article(f"b{i}", f"Report {i}: the leaders met again in the capital for talks number {i}.",
                            (make_event("e1", RUS, PRK, "043", DAY),), outlet=f"Wire {i}") for i in range(400)])
    target = tmp_path / "all.jsonl"
    env = {k: v for k, v in os.environ.items() if k != "TACITUS_DB"}
    proc = subprocess.Popen([TACITUS, "export", "--db", str(db), "--format", "jsonl", "-o", str(target)],
                            cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".all.jsonl.*.partial")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    left = list(tmp_path.glob(".all.jsonl.*.partial"))
    if not left:
        pytest.skip("the export finished before it could be killed")
    r = tacitus("export", "--db", str(db), "--format", "jsonl", "-o", str(target))
    assert r.returncode == 0, r.stderr
    assert not list(tmp_path.glob(".all.jsonl.*.partial"))
    assert target.read_text().count("\n") == 401


def test_parquet_export_removes_stale_partials(db, tmp_path):
    out = tmp_path / "tables"
    out.mkdir()
    stale = out / f".events.parquet.{dead_pid()}.partial"
    stale.write_bytes(b"PAR1")
    with Store(db) as s:
        counts = export_parquet(s, out)
    assert counts["events"] == 1 and not stale.exists()
    assert not list(out.glob(".*.partial"))
    assert clean_partials(out / "events.parquet") == 0


# --------------------------------------------------------------------------- --actors everywhere

MY_ACTORS = "name,kind,country,aliases\nVelmora Rangers,group,RUS,the Velmora unit\n"


@pytest.fixture
def my_actors(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(MY_ACTORS, encoding="utf-8")
    return path


def test_actor_command_reads_the_users_actors(my_actors):
    import json

    r = tacitus("actor", "Velmora Rangers", "--format", "jsonl")
    assert r.returncode == 0 and json.loads(r.stdout)["actor"] is None  # unknown without the file
    r = tacitus("actor", "the Velmora unit", "--actors", str(my_actors), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["actor"]["country"] == "RUS"


def test_actor_command_with_a_bad_actor_file_is_a_one_line_error(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text('name,kind\n"Velmora Rangers,group\n', encoding="utf-8")
    r = tacitus("actor", "Velmora Rangers", "--actors", str(bad))
    assert r.returncode == 1 and "Traceback" not in r.stderr and f"Error: {bad}, line 2" in r.stderr


def test_every_command_that_resolves_actors_takes_actors():
    from tacitus.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in ("code", "ingest", "actor", "serve"):
        assert any("--actors" in a.option_strings for a in sub.choices[name]._actions), name


def test_serve_with_a_bad_actor_file_fails_before_serving(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("", encoding="utf-8")
    r = tacitus("serve", "--db", str(tmp_path / "s.duckdb"), "--port", "1", "--actors", str(bad), timeout=120)
    assert r.returncode == 1 and f"Error: {bad}" in r.stderr and "serving" not in r.stderr


def test_the_app_codes_posted_articles_with_the_users_actors(tmp_path, my_actors):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from tacitus.api import create_app

    with pytest.raises(ValueError, match="not both"):
        create_app(tmp_path / "x.duckdb", nlp=object(), actors=my_actors)
    text = "MOSCOW, March 3 (Wire) - The Velmora Rangers shelled the port of Odesa on Monday, officials said."
    with TestClient(create_app(tmp_path / "a.duckdb", token="t0ken", actors=my_actors)) as c:
        r = c.post("/api/articles", json={"text": text, "published": "2026-03-04"}, headers={"X-Tacitus-Token": "t0ken"})
        assert r.status_code == 201, r.text
    with Store(tmp_path / "a.duckdb", read_only=True) as s:
        codes = [row[0] for row in s.sql("SELECT actor_code FROM mentions WHERE text LIKE '%Velmora%'")[1]]
    assert codes and all(code and code.startswith("RUS") for code in codes), codes
