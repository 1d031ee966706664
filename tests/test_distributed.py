"""The Dask runner against a real scheduler and two real worker processes on 127.0.0.1.

A cluster run must store exactly what a local run stores, skip what is already stored
without sending work, survive a worker killed in the middle of a run, and resume a run whose
client stopped after partitions were coded but before they were merged.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")

from tacitus.distributed import DaskCoder, local_cluster_size, partition_key  # noqa: E402
from tacitus.export import read_coded_parquet  # noqa: E402
from tacitus.ingest import read_inputs  # noqa: E402
from tacitus.store import Store, ingest  # noqa: E402

log = logging.getLogger(__name__)

DASK = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "dask"
PUBLISHED = date(2025, 3, 12)

# Our own short articles: distinct texts with events, quotes, places and dates.
CORPUS = {
    "a01.txt": "Finland summoned the Russian ambassador on Tuesday after a drone crossed into its airspace "
               "near Kotka. The foreign minister said the incursion was unacceptable.",
    "a02.txt": "Brazil and Argentina signed a trade agreement in Buenos Aires on Monday. Officials said the deal "
               "would cut tariffs on steel and grain.",
    "a03.txt": "Protesters marched through Nairobi on Wednesday to demand lower fuel prices. Police fired tear gas "
               "at the crowd, witnesses said.",
    "a04.txt": "India accused Pakistan of shelling villages along the border in Kashmir. Pakistan denied the "
               "accusation and called for talks.",
    "a05.txt": "The United Nations sent food aid to Sudan on Thursday. The World Food Programme said trucks reached "
               "Darfur after weeks of delay.",
    "a06.txt": "Japan and South Korea agreed on Friday to resume security talks in Tokyo. The two governments said "
               "they would meet again next month.",
    "a07.txt": "Israeli aircraft struck targets in southern Lebanon overnight, the army said. Hezbollah fired "
               "rockets at northern Israel in response.",
    "a08.txt": "France expelled two Iranian diplomats on Saturday, the interior ministry said. Iran condemned the "
               "decision and threatened to respond.",
}

_VOLATILE = {"run_id", "ingested_at", "added_at", "updated_at", "first_seen", "last_seen", "failed_at"}
_TABLES = ("articles", "mentions", "events", "claims", "event_clusters", "cluster_members")


# ---------------------------------------------------------------------------- helpers


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_port(port: int, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the dask scheduler exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"no dask scheduler on port {port} after {timeout}s")


def _start(*args: str, log_path: Path) -> subprocess.Popen:
    """A dask process in its own session, so that its whole group (nanny and worker) can be killed."""
    out = open(log_path, "wb")  # noqa: SIM115 - closed with the process in teardown
    return subprocess.Popen([str(DASK), *args], stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def _kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        log.warning("dask process %d did not exit", proc.pid)


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row except run ids and timestamps, sorted: what a run stored."""
    out = {}
    with Store(db, read_only=True) as store:
        for table in _TABLES:
            cols = [c for c, in store.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if c not in _VOLATILE]
            rows = store.con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            out[table] = sorted(rows, key=repr)
    return out


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("dask-corpus")
    for name, text in CORPUS.items():
        (root / name).write_text(text + "\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def local_db(corpus: Path, nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("local") / "local.duckdb"
    with Store(db) as store:
        started = time.monotonic()
        summary = ingest([str(corpus)], store, nlp=nlp, batch_size=2, published=PUBLISHED)
        log.warning("local run (pipeline already loaded): %d articles in %.2fs", summary.coded,
                    time.monotonic() - started)
    assert summary.coded == len(CORPUS) and not summary.failed
    return db


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory):
    """A real scheduler and two single-threaded workers; always killed at the end."""
    if not DASK.exists():
        pytest.skip(f"no dask executable at {DASK}")
    logs = tmp_path_factory.mktemp("dask-logs")
    port = _free_port()
    procs: dict[str, subprocess.Popen] = {}
    try:
        procs["scheduler"] = _start("scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard",
                                    log_path=logs / "scheduler.log")
        _wait_port(port, procs["scheduler"])
        address = f"tcp://127.0.0.1:{port}"
        for name in ("w1", "w2"):
            procs[name] = _start("worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard",
                                 "--host", "127.0.0.1", "--name", name, log_path=logs / f"{name}.log")
        from distributed import Client

        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=120)
        yield address, procs
    finally:
        for proc in procs.values():
            _kill(proc)


# ---------------------------------------------------------------------------- tests


def test_local_cluster_size_is_the_usable_cores() -> None:
    assert 1 <= local_cluster_size() <= (os.cpu_count() or 1)


def test_unreachable_scheduler_is_a_clear_error(corpus: Path, tmp_path: Path) -> None:
    from tacitus.distributed import ClusterError

    address = f"tcp://127.0.0.1:{_free_port()}"
    with Store(tmp_path / "x.duckdb") as store, DaskCoder(address, timeout=2) as coder, \
            pytest.raises(ClusterError, match="cannot reach"):
        ingest([str(corpus)], store, coder=coder, published=PUBLISHED)


def test_cluster_run_equals_local_run_and_is_idempotent(cluster, corpus: Path, local_db: Path, tmp_path: Path) -> None:
    address, _ = cluster
    db = tmp_path / "cluster.duckdb"
    run_dir = tmp_path / "parts"
    with Store(db) as store, DaskCoder(address, run_dir=run_dir) as coder:
        started = time.monotonic()
        summary = ingest([str(corpus)], store, batch_size=2, published=PUBLISHED, coder=coder)
        log.warning("cluster run (2 workers, pipeline loaded in the plugin): %d articles in %.2fs",
                    summary.coded, time.monotonic() - started)
        assert summary.coded == len(CORPUS) and not summary.failed
        assert summary.events > 0  # the corpus really codes events, so the comparison means something
        assert coder.resumed == 0
    assert not run_dir.exists()  # every partition merged, then removed

    # A second run finds everything stored and sends no work: it never even connects.
    with Store(db) as store, DaskCoder(address) as idle:
        again = ingest([str(corpus)], store, batch_size=2, published=PUBLISHED, coder=idle)
        assert (again.coded, again.duplicates) == (0, len(CORPUS))
        assert idle._client is None

    got, want = snapshot(db), snapshot(local_db)
    assert want["events"], "the local run stored no event"
    for table in _TABLES:
        assert got[table] == want[table], f"{table} differs between the cluster run and the local run"


def test_cli_ingest_with_cluster_option(cluster, corpus: Path, local_db: Path, tmp_path: Path) -> None:
    address, _ = cluster
    db = tmp_path / "cli.duckdb"
    tacitus = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "tacitus"
    run = subprocess.run([str(tacitus), "ingest", str(corpus), "--db", str(db), "--published", PUBLISHED.isoformat(),
                          "--cluster", address], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert f"{len(CORPUS)} coded" in run.stderr
    assert snapshot(db) == snapshot(local_db)
    assert not (tmp_path / "cli.duckdb.parts").exists()  # the default run directory, emptied and removed


def test_client_crash_after_coding_resumes_from_the_partitions(cluster, corpus: Path, local_db: Path,
                                                              tmp_path: Path) -> None:
    """The client stops right after the first partition is merged, with the others coded (their
    Parquet files written) but not merged; the same run again merges them without coding."""
    address, _ = cluster
    db, run_dir = tmp_path / "crash.duckdb", tmp_path / "parts"

    class ClientCrash(Exception):
        pass

    def crash(summary: Any) -> None:
        if summary.coded >= 2:
            # wait until every partition in flight is written, as if the client died just now
            deadline = time.monotonic() + 120
            while len(list(run_dir.glob("part-*.parquet"))) < len(CORPUS) // 2 and time.monotonic() < deadline:
                time.sleep(0.2)
            raise ClientCrash

    with Store(db) as store, DaskCoder(address, run_dir=run_dir, in_flight=4) as coder, \
            pytest.raises(ClientCrash):
        ingest([str(corpus)], store, batch_size=2, published=PUBLISHED, coder=coder, progress=crash)
    left = sorted(run_dir.glob("part-*.parquet"))
    assert len(left) == len(CORPUS) // 2  # the first (merged) partition and three not merged yet
    assert sum(len(read_coded_parquet(p)) for p in left) == len(CORPUS)
    assert not list(run_dir.glob(".*"))  # no half-written file
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 2

    # partitions are named after their content: the batches of the re-run find them
    articles = list(read_inputs([str(corpus)], published=PUBLISHED))
    name = DaskCoder(address).name
    assert {p.name for p in left} == {f"{partition_key(articles[i:i + 2], name)}.parquet"
                                      for i in range(0, len(articles), 2)}

    with Store(db) as store, DaskCoder(address, run_dir=run_dir) as coder:
        summary = ingest([str(corpus)], store, batch_size=2, published=PUBLISHED, coder=coder)
        assert coder.resumed == len(left) - 1  # the merged partition is never formed again
        assert coder._client is None  # nothing was left to code: the cluster was never contacted
    assert (summary.coded, summary.duplicates) == (len(CORPUS) - 2, 2)
    assert not run_dir.exists()  # the merged partition's stale file was deleted with the others
    assert snapshot(db) == snapshot(local_db)


def test_worker_killed_mid_run_still_stores_every_article_once(cluster, corpus: Path, local_db: Path,
                                                               tmp_path: Path) -> None:
    address, procs = cluster
    victim = procs["w1"]
    killed: list[int] = []

    def progress(summary: Any) -> None:
        if summary.coded >= 1 and not killed:  # the first partition is stored; the others are in flight
            assert summary.coded < len(CORPUS), "the run finished before the worker could be killed"
            os.killpg(victim.pid, signal.SIGKILL)
            killed.append(summary.coded)

    db = tmp_path / "killed.duckdb"
    with Store(db) as store, DaskCoder(address, in_flight=4) as coder:
        summary = ingest([str(corpus)], store, batch_size=1, published=PUBLISHED, coder=coder, progress=progress)
        assert killed, "no worker was killed"
        assert coder.workers() == 1
    victim.wait(timeout=20)
    assert victim.returncode is not None

    assert summary.coded == len(CORPUS) and not summary.failed
    with Store(db, read_only=True) as store:
        ids = [r for r, in store.con.execute("SELECT article_id FROM articles").fetchall()]
        hashes = {r for r, in store.con.execute("SELECT content_hash FROM articles").fetchall()}
    assert len(ids) == len(set(ids)) == len(hashes) == len(CORPUS)
    assert snapshot(db) == snapshot(local_db)
