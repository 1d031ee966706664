"""Code articles on a Dask cluster: `tacitus ingest --cluster local|tcp://HOST:8786`.

An optional extra (`dask[distributed]`), imported only when `--cluster` is given. The client
process stays the only reader and the only writer: it reads the inputs, drops the articles the
store already holds (`tacitus.store.ingest` does this before any work is sent), submits each
batch of new articles as one task, and writes the results back through `Store.add` in the
order the batches were read, so a cluster run stores exactly what a local run stores.

Each worker loads the pipeline once, in the `setup` of a `distributed.WorkerPlugin`; a
worker that joins later (or is restarted) loads it too. A task lost with its worker is
re-run by the scheduler on another worker; its results are written once, when the client
receives them, so every article is stored exactly once.

Results travel back as the coded records themselves (Dask pickles them), not as Parquet
partitions: `tacitus.records` has no reader from Parquet yet, and the store's own write
path then applies the same idempotency rules as a local run.

Example:
    >>> from tacitus.store import Store, ingest                       # doctest: +SKIP
    >>> with Store("news.duckdb") as store, DaskCoder("local") as coder:
    ...     ingest(["archive/"], store, coder=coder)
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import deque
from collections.abc import Iterator
from typing import Any

from tacitus.errors import ClusterError
from tacitus.records import Article, CodedArticle, DocumentError

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


def code_partition(articles: list[Article], name: str) -> list[CodedArticle | DocumentError]:
    """Code one partition on a worker with the pipeline the plugin `name` loaded (a Dask task)."""
    from distributed import get_worker

    from tacitus.pipeline import code_articles

    nlp = getattr(get_worker(), _NLP_ATTR, {}).get(name)
    if nlp is None:
        raise ClusterError("the tacitus pipeline is not loaded on this worker (worker plugin missing)")
    return list(code_articles(articles, nlp, batch_size=max(1, len(articles))))


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

    Raises:
        ClusterError: the scheduler cannot be reached or has no worker.
    """

    def __init__(self, cluster: str, actors: str | None = None, model: str | None = None,
                 in_flight: int = 2, timeout: float = 60.0) -> None:
        from tacitus.pipeline import MODEL

        self.address = cluster
        self.actors = os.path.abspath(actors) if actors else None
        self.model = model or MODEL
        self.in_flight = max(1, in_flight)
        self.name = plugin_name(self.model, self.actors)
        self.timeout = timeout
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
                n = local_cluster_size()
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

    def _plug(self) -> None:
        """Register the pipeline plugin (loads the pipeline on every worker, now and later)."""
        if self._plugged:
            return
        client = self.client()
        try:
            client.wait_for_workers(1, timeout=self.timeout)
        except TimeoutError as exc:
            raise ClusterError(f"the Dask scheduler {self.address!r} has no worker") from exc
        client.register_plugin(_plugin_class()(self.name, self.model, self.actors), name=self.name)
        self._plugged = True

    def workers(self) -> int:
        """Workers the scheduler knows now."""
        return len(self.client().scheduler_info(n_workers=-1)["workers"])

    def close(self) -> None:
        """Disconnect; stop the local cluster if this coder started it."""
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

    def __call__(self, batches: Iterator[list[Article]]) -> Iterator[list[CodedArticle | DocumentError]]:
        """Submit each batch as a task; yield the results in the order of the batches.

        At most `in_flight` partitions per worker wait at a time, so a large archive streams
        through the client without being held in memory.
        """
        pending: deque[Any] = deque()
        try:
            for batch in batches:
                if not self._plugged:
                    self._plug()  # the pipeline loads only once there is something to code
                pending.append(self.client().submit(code_partition, batch, self.name, pure=False))
                while len(pending) >= self.in_flight * max(1, self.workers()):
                    yield self._result(pending.popleft())
            while pending:
                yield self._result(pending.popleft())
        finally:
            for fut in pending:
                fut.cancel()

    def _result(self, future: Any) -> list[CodedArticle | DocumentError]:
        distributed = _import_distributed()
        try:
            return future.result()
        except distributed.KilledWorker as exc:  # the scheduler gave up on this partition
            raise ClusterError(f"a partition was lost with every worker that tried it: {exc}") from exc
