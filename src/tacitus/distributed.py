"""Code articles on a Dask cluster: `tacitus ingest --cluster local|tcp://HOST:8786`.

An optional extra (`dask[distributed]`), imported only when `--cluster` is given. The client
process stays the only reader of the inputs and the only writer of the store: it reads the
inputs, drops the articles the store already holds (`tacitus.store.ingest` does this before any
work is sent) and submits each batch of new articles as one task (a partition).

Each worker loads the pipeline once, in the `setup` of a `distributed.WorkerPlugin`; a worker
that joins later (or is restarted) loads it too. A worker codes its partition and writes it as
one Parquet file (`tacitus.export.write_coded_parquet`) into the run directory, a path the
workers and the client share, and returns only the file's path. The client reads the
partitions back in the order the batches were read and merges each into the store through
`Store.add`, with the same idempotency as a local run, then deletes the file.

A partition file is named after what it holds (the pipeline configuration and the articles),
and is written aside then renamed, so it is complete or absent. A task lost with its worker is
re-run on another worker and writes the same file. A client that crashed leaves the partitions
it had not merged yet; the same command run again finds them and merges them without coding
them again, while the partitions already merged are never formed again (their articles are
in the store, and `Store.add` would skip them anyway; a complete run deletes the files such
partitions leave behind).

Example:
    >>> from tacitus.store import Store, ingest                       # doctest: +SKIP
    >>> with Store("news.duckdb") as store, DaskCoder("local", run_dir="news.duckdb.parts") as coder:
    ...     ingest(["archive/"], store, coder=coder)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import tempfile
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tacitus.errors import ClusterError
from tacitus.records import Article, CodedArticle, DocumentError, to_dict

log = logging.getLogger(__name__)

_NLP_ATTR = "_tacitus_pipelines"  # on each worker: {plugin name: loaded pipeline}


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ClusterError("--cluster needs Dask: pip install 'dask[distributed]'") from exc
    return distributed


def _plugin_class() -> type:
    """The WorkerPlugin class, defined lazily so that importing this module needs no Dask."""
    distributed = _import_distributed()

    class PipelinePlugin(distributed.WorkerPlugin):
        """Loads the tacitus pipeline once per worker process, kept under the plugin's name."""

        idempotent = True  # registered again by a later run: workers that hold it keep it

        def __init__(self, name: str, model: str, actors: str | None) -> None:
            self.name = name
            self.model = model
            self.actors = actors

        def setup(self, worker: Any) -> None:
            from tacitus.pipeline import load_pipeline

            log.info("worker %s: loading the tacitus pipeline (%s)", worker.address, self.name)
            loaded = getattr(worker, _NLP_ATTR, None)
            if loaded is None:
                loaded = {}
                setattr(worker, _NLP_ATTR, loaded)
            loaded[self.name] = load_pipeline(self.model, actors=self.actors)

        def teardown(self, worker: Any) -> None:
            getattr(worker, _NLP_ATTR, {}).pop(self.name, None)

    return PipelinePlugin


def plugin_name(model: str, actors: str | None) -> str:
    """The plugin's name: one per pipeline configuration (model, actor file and its version, tacitus
    version), so that a running cluster keeps a loaded pipeline across runs and reloads it when the
    configuration changes."""
    from tacitus.pipeline import PIPELINE_VERSION

    stamp = ""
    if actors:
        try:
            st = os.stat(actors)
            stamp = f"{st.st_mtime_ns}:{st.st_size}"
        except OSError:
            stamp = "missing"
    digest = hashlib.sha1(f"{PIPELINE_VERSION}|{model}|{actors}|{stamp}".encode()).hexdigest()[:12]
    return f"tacitus-pipeline-{digest}"


def partition_key(articles: list[Article], name: str) -> str:
    """What a partition holds, as a file name stem: the pipeline configuration (`name`) and
    every field of its articles, in order. The same batch coded the same way gets the same key."""
    data = json.dumps([name, [to_dict(a) for a in articles]], ensure_ascii=False, sort_keys=True)
    return "part-" + hashlib.sha256(data.encode("utf-8")).hexdigest()[:24]


def code_partition(articles: list[Article], name: str, path: str) -> str:
    """Code one partition on a worker with the pipeline the plugin `name` loaded, write it as
    Parquet at `path` and return the path (a Dask task)."""
    from distributed import get_worker

    from tacitus.export import write_coded_parquet
    from tacitus.pipeline import code_articles

    nlp = getattr(get_worker(), _NLP_ATTR, {}).get(name)
    if nlp is None:
        raise ClusterError("the tacitus pipeline is not loaded on this worker (worker plugin missing)")
    results = list(code_articles(articles, nlp, batch_size=max(1, len(articles))))
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    write_coded_parquet(results, path)
    return path


def local_cluster_size() -> int:
    """Worker processes for `--cluster local`: one per core the process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


class DaskCoder:
    """A `coder` for `tacitus.store.ingest` that codes batches on a Dask cluster.

    Args:
        cluster: "local" starts a LocalCluster sized to the machine (one single-threaded
            worker process per core); an address such as "tcp://HOST:8786" connects to a
            running scheduler.
        actors: a user actor file, passed to the pipeline on every worker (the path must
            be readable by the workers).
        model: the spaCy model the workers load.
        in_flight: partitions submitted ahead per worker (bounds the client's memory).
        timeout: seconds to wait for the scheduler, and for the first worker.
        run_dir: where workers write the coded partitions (Parquet) for the client to merge;
            a path the workers and the client share. Give a stable one (the CLI uses
            `DB.parts` next to the store) so that a run interrupted after coding resumes
            without coding again; by default a new temporary folder, removed on close.
        n_workers: worker processes of a "local" cluster (default: one per usable core).

    Raises:
        ClusterError: the scheduler cannot be reached or has no worker.
    """

    def __init__(self, cluster: str, actors: str | None = None, model: str | None = None,
                 in_flight: int = 2, timeout: float = 60.0, run_dir: str | Path | None = None,
                 n_workers: int | None = None) -> None:
        from tacitus.pipeline import MODEL

        self.address = cluster
        self.actors = os.path.abspath(actors) if actors else None
        self.model = model or MODEL
        self.in_flight = max(1, in_flight)
        self.name = plugin_name(self.model, self.actors)
        self.timeout = timeout
        self.n_workers = n_workers
        self._own_dir = run_dir is None
        self.run_dir = Path(run_dir).resolve() if run_dir else None
        self.resumed = 0  # partitions found already coded in the run directory (not sent again)
        self._cluster: Any = None
        self._client: Any = None
        self._plugged = False

    # ---- connection

    def __enter__(self) -> DaskCoder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def client(self) -> Any:
        """The Dask client, connected (and the local cluster started) on first use."""
        if self._client is not None:
            return self._client
        distributed = _import_distributed()
        try:
            if self.address == "local":
                n = self.n_workers or local_cluster_size()
                log.info("starting a local Dask cluster: %d worker process(es), 1 thread each", n)
                self._cluster = distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                                         dashboard_address=None)
                self._client = distributed.Client(self._cluster, timeout=self.timeout)
            else:
                log.info("connecting to the Dask scheduler at %s", self.address)
                self._client = distributed.Client(self.address, timeout=self.timeout)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ClusterError(f"cannot reach the Dask scheduler {self.address!r}: {exc}") from exc
        return self._client

    def ready(self, workers: int = 1) -> None:
        """Wait for `workers` workers and load the pipeline on them (and on any that joins later).

        Raises:
            ClusterError: fewer workers joined within the timeout.
        """
        client = self.client()
        try:
            client.wait_for_workers(workers, timeout=self.timeout)
        except TimeoutError as exc:
            raise ClusterError(f"the Dask scheduler {self.address!r} has fewer than {workers} worker(s)") from exc
        if not self._plugged:
            client.register_plugin(_plugin_class()(self.name, self.model, self.actors), name=self.name)
            self._plugged = True

    def workers(self) -> int:
        """Workers the scheduler knows now."""
        return len(self.client().scheduler_info(n_workers=-1)["workers"])

    def close(self) -> None:
        """Disconnect; stop the local cluster if this coder started it; remove the run
        directory if this coder made it."""
        if self._own_dir and self.run_dir is not None:
            shutil.rmtree(self.run_dir, ignore_errors=True)
            self.run_dir = None
        if self._client is not None:
            try:
                self._client.close()
            finally:
                self._client = None
        if self._cluster is not None:
            try:
                self._cluster.close()
            finally:
                self._cluster = None
        self._plugged = False

    # ---- coding

    def partitions(self) -> Path:
        """The run directory (created on first use)."""
        if self.run_dir is None:
            self.run_dir = Path(tempfile.mkdtemp(prefix="tacitus-run-"))
        self.run_dir.mkdir(parents=True, exist_ok=True)
        return self.run_dir

    def __call__(self, batches: Iterator[list[Article]]) -> Iterator[list[CodedArticle | DocumentError]]:
        """Code each batch as a partition; yield the partitions' records in batch order.

        The caller merges what it is given before asking for the next partition (as
        `tacitus.store.ingest` does); a partition's file is deleted once the caller asks
        for the next one, i.e. once it is merged. At most `in_flight` partitions per worker
        wait at a time, so a large archive streams through the client without being held
        in memory.
        """
        pending: deque[tuple[Path, Any]] = deque()  # (partition file, its task, or None when already coded)
        try:
            for batch in batches:
                path = self.partitions() / f"{partition_key(batch, self.name)}.parquet"
                if path.exists():  # coded by an earlier run that stopped before merging it
                    log.info("partition %s is already coded: merging it without coding it again", path.name)
                    self.resumed += 1
                    pending.append((path, None))
                else:
                    if not self._plugged:
                        self.ready()  # the pipeline loads only once there is something to code
                    pending.append((path, self.client().submit(code_partition, batch, self.name, str(path),
                                                               pure=False)))
                while len(pending) >= self.in_flight * max(1, self.workers() if self._plugged else 1):
                    yield from self._merge(*pending.popleft())
            while pending:
                yield from self._merge(*pending.popleft())
            self._tidy()
        finally:
            for _, fut in pending:
                if fut is not None:
                    fut.cancel()

    def _tidy(self) -> None:
        """After a complete run: delete the partitions left by earlier interrupted runs (merged
        just before a crash, or over other inputs: at worst they are coded again), then the run
        directory if it is empty. A run directory therefore serves one store at a time."""
        if self.run_dir is None or self._own_dir:
            return
        left = list(self.run_dir.glob("part-*.parquet"))
        if left:
            log.info("deleting %d partition file(s) left in %s by earlier interrupted runs", len(left), self.run_dir)
        for path in left:
            path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # the user's own files are in it
            self.run_dir.rmdir()

    def _merge(self, path: Path, future: Any) -> Iterator[list[CodedArticle | DocumentError]]:
        """Yield the records of a partition once coded; delete its file once the caller has them merged."""
        from tacitus.export import read_coded_parquet

        if future is not None:
            distributed = _import_distributed()
            try:
                future.result()
            except distributed.KilledWorker as exc:  # the scheduler gave up on this partition
                raise ClusterError(f"a partition was lost with every worker that tried it: {exc}") from exc
        if not path.exists():
            raise ClusterError(f"a worker wrote the partition {path} but this machine cannot see it: give --run-dir "
                               "a folder that the workers and this machine share")
        yield read_coded_parquet(path)
        path.unlink(missing_ok=True)  # reached only when the caller asks for more: the partition is merged
