"""Load on a real `tacitus serve`: concurrent readers and writers, then a count of what was stored.

    python benchmarks/load.py [--readers 8] [--writers 4] [--writes 60] [--seconds 120]

Starts `tacitus serve` on 127.0.0.1 over a fresh store (a write token in its environment),
then runs reader threads (events, timeline, network, claims, health, dashboard) and writer
threads (POST /api/articles: distinct articles, plus resends of some, which must be
reported as duplicates) until every writer has sent its share or the time is up. Afterwards
the server is stopped and the store is opened directly: every article acknowledged with 201
must be there exactly once, with the events the server reported, and nothing else.

Prints p50/p99 latency per kind of request, throughput, and the count check; exits 1 when
any request got a 5xx or the count check fails. `tests/test_load.py` runs a small load and
asserts the same correctness (never timings); `tests/test_faults.py` reuses `Server`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

TOKEN = "load-test-token"
COUNTRIES = [("Russia", "Moscow"), ("Japan", "Tokyo"), ("China", "Beijing"), ("France", "Paris"), ("Germany", "Berlin"),
             ("India", "New Delhi"), ("Brazil", "Brasilia"), ("Turkey", "Ankara"), ("Egypt", "Cairo"), ("Kenya", "Nairobi")]
VERBS = ["condemned", "praised", "met officials from", "accused", "threatened", "signed an agreement with",
         "criticised", "expelled diplomats of", "offered aid to", "held talks with"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`tacitus serve --db DB` as a subprocess on a free 127.0.0.1 port.

    `start()` waits until /api/health answers; `kill()` is SIGKILL (no cleanup at all);
    `stop()` asks politely (SIGTERM), then kills."""

    def __init__(self, db: Path, token: str | None = TOKEN, max_body: int | None = None) -> None:
        self.db = Path(db)
        self.token = token
        self.max_body = max_body
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self.log = self.db.with_suffix(".serve.log")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 120) -> Server:
        env = {k: v for k, v in os.environ.items() if k not in ("TACITUS_API_TOKEN", "TACITUS_API_TOKEN_FILE")}
        if self.token:
            env["TACITUS_API_TOKEN"] = self.token
        self.port = free_port()
        cmd = [sys.executable, "-m", "tacitus.cli", "serve", "--db", str(self.db), "--port", str(self.port)]
        if self.max_body:
            cmd += ["--max-body", str(self.max_body)]
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(self.url + "/api/health", timeout=5) as r:
                    if r.status == 200:
                        return self
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(f"tacitus serve did not start: {self.log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.2)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()


def request(url: str, method: str = "GET", body: dict | None = None, token: str | None = None,
            timeout: float = 120) -> tuple[int, dict | str | None]:
    """(status, parsed JSON body or text); network failures are status 0."""
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Content-Type": "application/json"} if data else {}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            status = r.status
    except urllib.error.HTTPError as exc:
        raw, status = exc.read(), exc.code
    except OSError as exc:
        return 0, f"{type(exc).__name__}: {exc}"
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, raw.decode(errors="replace")


def article(i: int, seed: int = 0) -> dict:
    """A short article of its own (distinct text per i), dated so it lands in the store's range."""
    rnd = random.Random(seed * 1_000_003 + i)
    (a, cap), (b, _) = rnd.sample(COUNTRIES, 2)
    day = 1 + i % 28
    text = (f"{cap.upper()}, March {day}, 2025 (Load Wire) - {a} {rnd.choice(VERBS)} {b} on Monday, "
            f"officials said in statement number {i}-{seed}. {b} {rnd.choice(VERBS)} {a} a day later.")
    return {"text": text, "id": f"load-{seed}-{i}", "published": f"2025-03-{day:02d}", "title": f"Report {i}"}


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, dict[int, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    acked: dict[str, int] = field(default_factory=dict)  # article_id -> events the server reported
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def note(self, kind: str, status: int, seconds: float, detail: object = None) -> None:
        with self.lock:
            self.latencies[kind].append(seconds)
            self.statuses[kind][status] += 1
            if status == 0 or status >= 500:
                self.errors.append(f"{kind}: {status} {str(detail)[:200]}")


READS = [
    ("events", "/api/events?source=RUS&target=JPN&undirected=true&limit=20"),
    ("events", "/api/events?actor=CHN&since=2025-03-01&limit=50"),
    ("timeline", "/api/dyads/RUS/JPN/timeline?interval=day"),
    ("network", "/api/network"),
    ("claims", "/api/claims?a=RUS&b=JPN"),
    ("health", "/api/health"),
    ("dashboard", "/"),
    ("locations", "/api/locations?actor=FRA"),
]


def run_load(url: str, readers: int = 8, writers: int = 4, writes: int = 60, seconds: float = 120,
             resend_every: int = 5, seed: int = 0, token: str = TOKEN) -> tuple[Tally, float]:
    """Hit `url` with reader and writer threads; return the tally and the wall time.

    Writers share `writes` distinct articles; every `resend_every`-th is sent a second time
    (a duplicate: 200, not stored again). Readers loop until the writers are done or
    `seconds` have passed."""
    tally = Tally()
    stop = threading.Event()
    todo = list(range(writes))
    todo_lock = threading.Lock()

    def writer() -> None:
        while not stop.is_set():
            with todo_lock:
                if not todo:
                    return
                i = todo.pop(0)
            body = article(i, seed)
            for attempt in range(2 if i % resend_every == 0 else 1):
                t0 = time.perf_counter()
                status, data = request(url + "/api/articles", "POST", body, token)
                tally.note("write", status, time.perf_counter() - t0, data)
                if status == 201 and isinstance(data, dict):
                    with tally.lock:
                        if data["article_id"] in tally.acked:
                            tally.errors.append(f"write: {data['article_id']} acknowledged as new twice")
                        tally.acked[data["article_id"]] = data["events"]
                elif status == 200 and isinstance(data, dict) and data.get("duplicate_of"):
                    with tally.lock:
                        tally.duplicates += 1
                        if attempt == 0:
                            tally.errors.append(f"write: first send of {body['id']} reported as a duplicate")
                elif status < 500 and status != 0:
                    tally.errors.append(f"write: unexpected {status} {str(data)[:200]}")

    def reader(k: int) -> None:
        rnd = random.Random(k)
        while not stop.is_set():
            kind, path = rnd.choice(READS)
            t0 = time.perf_counter()
            status, data = request(url + path)
            tally.note(kind, status, time.perf_counter() - t0, data)
            if status != 200:
                with tally.lock:
                    tally.errors.append(f"{kind}: {status} {str(data)[:200]}")

    ws = [threading.Thread(target=writer, name=f"writer-{k}") for k in range(writers)]
    rs = [threading.Thread(target=reader, args=(k,), name=f"reader-{k}") for k in range(readers)]
    start = time.perf_counter()
    for t in ws + rs:
        t.start()
    deadline = start + seconds
    for t in ws:
        t.join(max(0.0, deadline - time.perf_counter()))
    stop.set()
    for t in ws + rs:
        t.join(180)
    return tally, time.perf_counter() - start


def stored_check(db: Path, acked: dict[str, int]) -> list[str]:
    """Problems with the store against what was acknowledged: missing, doubled, unexpected
    articles, and events counts that differ from what the server reported."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT article_id, count(*) FROM articles GROUP BY article_id").fetchall()
        events = dict(con.execute("SELECT article_id, count(*) FROM events GROUP BY article_id").fetchall())
    finally:
        con.close()
    stored = dict(rows)
    problems = [f"{a} acknowledged but missing" for a in acked if a not in stored]
    problems += [f"{a} stored {n} times" for a, n in stored.items() if n != 1]
    problems += [f"{a} stored but never acknowledged" for a in stored if a not in acked]
    problems += [f"{a}: {events.get(a, 0)} events stored, {n} acknowledged" for a, n in acked.items()
                 if a in stored and events.get(a, 0) != n]
    return problems


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else float("nan")


def report(tally: Tally, wall: float) -> str:
    lines = [f"{'request':<10} {'n':>6} {'p50 ms':>9} {'p99 ms':>9}  statuses"]
    total = 0
    for kind in sorted(tally.latencies):
        lat = tally.latencies[kind]
        total += len(lat)
        codes = ", ".join(f"{c}: {n}" for c, n in sorted(tally.statuses[kind].items()))
        lines.append(f"{kind:<10} {len(lat):>6} {1000 * percentile(lat, 0.5):>9.1f} {1000 * percentile(lat, 0.99):>9.1f}  {codes}")
    every = [x for lat in tally.latencies.values() for x in lat]
    reads = [x for k, lat in tally.latencies.items() if k != "write" for x in lat]
    lines.append(f"{'all reads':<10} {len(reads):>6} {1000 * percentile(reads, 0.5):>9.1f} {1000 * percentile(reads, 0.99):>9.1f}")
    lines.append(f"{'all':<10} {len(every):>6} {1000 * percentile(every, 0.5):>9.1f} {1000 * percentile(every, 0.99):>9.1f}")
    writes = len(tally.latencies.get("write", []))
    lines.append(f"throughput: {total / wall:.1f} requests/s over {wall:.1f} s ({writes / wall:.2f} writes/s); "
                 f"{len(tally.acked)} articles acknowledged, {tally.duplicates} duplicates refused")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--readers", type=int, default=8)
    ap.add_argument("--writers", type=int, default=4)
    ap.add_argument("--writes", type=int, default=60, help="distinct articles to post")
    ap.add_argument("--seconds", type=float, default=180, help="stop after this long in any case")
    ap.add_argument("--db", help="store to use (default: a new one in a temporary folder)")
    args = ap.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="tacitus-load-"))
    db = Path(args.db) if args.db else folder / "load.duckdb"
    server = Server(db).start()
    try:
        status, data = request(server.url + "/api/articles", "POST", article(10**6, 99), TOKEN)  # loads the pipeline
        warm = {data["article_id"]: data["events"]} if status == 201 and isinstance(data, dict) else {}
        print(f"tacitus serve on {server.url} over {db}; warm-up write: {status}", file=sys.stderr)
        tally, wall = run_load(server.url, args.readers, args.writers, args.writes, args.seconds)
    finally:
        server.stop()
    print(f"load: {args.readers} readers, {args.writers} writers, {args.writes} distinct articles "
          f"(every 5th sent twice), {os.cpu_count()} CPUs")
    print(report(tally, wall))
    problems = stored_check(db, {**warm, **tally.acked})
    print(f"store check: {'every acknowledged write stored exactly once' if not problems else '; '.join(problems[:10])}")
    for err in tally.errors[:10]:
        print("error:", err)
    return 1 if problems or tally.errors else 0


if __name__ == "__main__":
    sys.exit(main())
