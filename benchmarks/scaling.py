"""How coding time grows with article size: seconds per 100 KB at three sizes.

    python benchmarks/scaling.py [--sizes 25 100 400] [--shape both]

Builds articles of the given sizes (KB of UTF-8 text) from generated news sentences
(`sentences`), and from the same words with no sentence end at all (`one-sentence`: the
worst case for anything that works per sentence), reads each through the text reader and
codes it with `code_article` on the loaded pipeline. Linear growth shows as a flat
seconds-per-100-KB column. Sizes stay under the pipeline's default limit (MAX_CHARS).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date

COUNTRIES = ["Russia", "Japan", "China", "France", "Germany", "India", "Brazil", "Turkey", "Egypt", "Kenya", "Ukraine",
             "Poland", "Iran", "Israel", "Mexico", "Canada", "Nigeria", "Vietnam", "Chile", "Norway"]
VERBS = ["condemned", "praised", "met", "accused", "threatened", "criticised", "thanked", "warned", "rebuked", "welcomed"]
TEMPLATES = [
    "{a} {v} {b} on {day}, officials in {city} said",
    "The foreign minister of {a} said {b} would face consequences after the talks in {city}",
    '"We will not accept this," a spokesman for {a} told reporters in {city}',
    "{b} denied that its troops had crossed into {a} last week",
    "Analysts said the dispute between {a} and {b} was unlikely to end soon",
    "{a} and {b} signed an agreement on trade and energy in {city} on {day}",
]
CITIES = ["Geneva", "Vienna", "Nairobi", "Lima", "Oslo", "Hanoi", "Doha", "Accra", "Tbilisi", "Manila"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def make_text(kb: int, one_sentence: bool, seed: int = 0) -> str:
    """About `kb` KB of news-like English; with `one_sentence`, clauses are joined by commas."""
    rnd = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < kb * 1024:
        a, b = rnd.sample(COUNTRIES, 2)
        clause = rnd.choice(TEMPLATES).format(a=a, b=b, v=rnd.choice(VERBS), city=rnd.choice(CITIES),
                                              day=rnd.choice(DAYS))
        parts.append(clause)
        size += len(clause) + 2
    if one_sentence:
        return ", and ".join(p.replace('"', "") for p in parts) + "."
    return ". ".join(parts) + "."


def measure(nlp, kb: int, one_sentence: bool) -> dict:
    from tacitus.ingest import article_from_text
    from tacitus.pipeline import code_article

    text = make_text(kb, one_sentence)
    t0 = time.perf_counter()
    article = article_from_text(text, id=f"scale-{kb}", published=date(2025, 1, 1))
    t1 = time.perf_counter()
    coded = code_article(article, nlp)
    t2 = time.perf_counter()
    size = len(text.encode("utf-8")) / 1024
    return {"kb": size, "read_s": t1 - t0, "code_s": t2 - t1, "events": len(coded.events),
            "per_100kb": (t2 - t0) / size * 100}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs=3, default=[25, 100, 400], metavar="KB")
    ap.add_argument("--shape", choices=["sentences", "one-sentence", "both"], default="both")
    args = ap.parse_args(argv)
    from tacitus.pipeline import MAX_CHARS, load_pipeline

    if max(args.sizes) * 1024 > MAX_CHARS:
        print(f"Error: sizes must stay under the {MAX_CHARS:,}-character limit", file=sys.stderr)
        return 2
    nlp = load_pipeline()
    measure(nlp, 5, False)  # warm-up: lazy loads and caches are not part of the curve
    shapes = ["sentences", "one-sentence"] if args.shape == "both" else [args.shape]
    print(f"{'shape':<13} {'KB':>7} {'read s':>8} {'code s':>8} {'events':>7} {'s / 100 KB':>11}")
    for shape in shapes:
        rows = [measure(nlp, kb, shape == "one-sentence") for kb in args.sizes]
        for r in rows:
            print(f"{shape:<13} {r['kb']:>7.0f} {r['read_s']:>8.3f} {r['code_s']:>8.2f} {r['events']:>7} "
                  f"{r['per_100kb']:>11.2f}")
        ratio = rows[-1]["per_100kb"] / rows[0]["per_100kb"]
        print(f"{shape:<13} largest/smallest seconds per 100 KB: {ratio:.2f} (1.0 is linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
