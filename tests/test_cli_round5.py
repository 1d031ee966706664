"""CLI, round 5: a malformed `--actors` CSV is an error naming the file and line; exports of
an empty store; an export that is killed or fails leaves the file that was there before."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tacitus.cli import output
from tacitus.errors import DataFileError
from tacitus.kb import read_actor_file
from tacitus.store import Store
from test_store import DAY, PRK, RUS, make_article, make_event

TACITUS = str(Path(sys.executable).with_name("tacitus"))
ENV = {k: v for k, v in os.environ.items() if k != "TACITUS_DB"}


def tacitus(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([TACITUS, *args], capture_output=True, text=True, timeout=timeout, env=ENV)


# --------------------------------------------------------------------------- --actors CSV


@pytest.mark.parametrize("text, line, says", [
    # an unterminated quote swallowed the rows after it into one garbled actor
    ('name,kind,country\nBlack Sea Fleet,organisation,RUS\n"Azov Brigade,group,UKR\nWagner Group,group,RUS\n',
     3, "unterminated or stray quote"),
    ('name,kind,country\n"Azov" Brigade,group,UKR\n', 2, "unterminated or stray quote"),
    ('name,kind,country\n"Black Sea\nFleet",organisation,RUS\n', 2, "runs over a line break"),
    ("name,country\nBlack Sea Fleet,RUS\n", 1, "the header lacks 'kind'"),
    ("kind,country\ngroup,RUS\n", 1, "the header lacks 'name'"),
    ("alias;kind;country\nBSF;group;RUS\n", 1, "the header lacks 'name' and 'kind'"),
    ("name,kind\nWagner Group,group,RUS\n", 2, "more fields than the header has"),
    ("", 1, "empty"),
])
def test_a_malformed_actor_csv_names_the_file_and_line(tmp_path, text, line, says):
    path = tmp_path / "mine.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        read_actor_file(path)
    assert f"{path}, line {line}:" in str(err.value) and says in str(err.value), str(err.value)


def test_a_well_formed_actor_csv_reads_quoted_fields_and_skips_blank_lines(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text('name,kind,country,aliases\n\n"Black Sea Fleet, Sevastopol",organisation,RUS,"BSF|the fleet"\n'
                    "\nWagner Group,group,RUS,\n", encoding="utf-8")
    entries = read_actor_file(path)
    assert [(e.name, e.kind, e.country) for e in entries] == [
        ("Black Sea Fleet, Sevastopol", "organisation", "RUS"), ("Wagner Group", "group", "RUS")]
    assert entries[0].aliases == ("BSF", "the fleet")


def test_ingest_with_a_malformed_actor_csv_is_a_one_line_error(tmp_path):
    actors = tmp_path / "mine.csv"
    actors.write_text('name,kind\n"Azov Brigade,group\n', encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("KYIV, March 3 (Wire) - Russia shelled the port of Odesa on Monday.\n", encoding="utf-8")
    r = tacitus("ingest", str(story), "--db", str(tmp_path / "s.duckdb"), "--actors", str(actors))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert f"Error: {actors}, line 2: not valid CSV" in r.stderr


# --------------------------------------------------------------------------- exports


@pytest.fixture
def empty_db(tmp_path):
    db = tmp_path / "empty.duckdb"
    with Store(db):
        pass
    return db


@pytest.mark.parametrize("fmt", ["jsonl", "gdelt", "plover"])
def test_an_empty_store_exports_an_empty_file(empty_db, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    r = tacitus("export", "--db", str(empty_db), "--format", fmt, "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_text() == "" and "exported 0" in r.stderr


def test_an_empty_store_exports_parquet_tables_with_their_columns(empty_db, tmp_path):
    r = tacitus("export", "--db", str(empty_db), "--format", "parquet", "-o", str(tmp_path / "pq"))
    assert r.returncode == 0, r.stderr
    files = sorted(p.name for p in (tmp_path / "pq").iterdir())
    assert files == sorted(f"{t}.parquet" for t in ("articles", "mentions", "events", "claims", "event_clusters",
                                                    "cluster_members"))
    events = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert events.num_rows == 0 and "cluster_key" in events.schema.names


def test_a_failed_export_keeps_the_file_that_was_there(tmp_path):
    out = tmp_path / "events.jsonl"
    out.write_text("the export of yesterday\n")
    with pytest.raises(KeyboardInterrupt), output(str(out), atomic=True) as fh:
        fh.write("half of a new ")
        raise KeyboardInterrupt
    assert out.read_text() == "the export of yesterday\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.jsonl"]  # no hidden partial left
    with output(str(out), atomic=True) as fh:
        fh.write("today\n")
    assert out.read_text() == "today\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.jsonl"]


def test_an_export_killed_while_writing_leaves_the_old_file_whole(tmp_path):
    db = tmp_path / "big.duckdb"
    long = " ".join(["The delegations met again in the capital to discuss the border, officials said."] * 40)
    with Store(db) as store:
        for start in range(0, 1500, 250):
            store.add([make_article(f"k{i}", f"Story {i}. {long}", (make_event("e1", RUS, PRK, "043", DAY + timedelta(i)),),
                                    outlet=f"Wire {i % 7}") for i in range(start, start + 250)])
    out = tmp_path / "articles.jsonl"
    out.write_text('{"old": true}\n')
    proc = subprocess.Popen([TACITUS, "export", "--db", str(db), "--format", "jsonl", "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    try:
        deadline = time.monotonic() + 120
        while proc.poll() is None and not any(p.name.endswith(".partial") for p in tmp_path.iterdir()):
            if time.monotonic() > deadline:
                break
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    if proc.returncode == -signal.SIGKILL:
        assert out.read_text() == '{"old": true}\n'  # the new export was still in its hidden file
    else:  # it finished before the kill: the new export is whole
        lines = out.read_text().splitlines()
        assert len(lines) == 1500 and all(json.loads(line)["article"]["id"] for line in lines)
