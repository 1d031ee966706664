"""How coding time grows with article size: seconds per 100 KB at three sizes.

    python benchmarks/scaling.py [--sizes 25 100 400] [--shape all]

Builds articles of the given sizes (KB of UTF-8 text) from generated news sentences
(`sentences`, one paragraph), the same sentences in paragraphs of four (`paragraphs`: each
paragraph sets a sentence boundary before parsing), and the same words with no sentence end at
all (`one-sentence`: the worst case for anything that works per sentence), and the same words
with no punctuation or capitals at all (`no-punctuation`: nothing but the segmenter's run cap
ends a sentence), reads each through the text reader and codes it with `code_article` on the
loaded pipeline. Linear growth shows as a flat seconds-per-100-KB column; peak MB is the
process's peak resident memory so far (sizes run smallest first), which should level off.
Sizes stay under the pipeline's default limit (MAX_CHARS).
"""

from __future__ import annotations

import argparse
import random
import re
import resource
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


SHAPES = ("sentences", "paragraphs", "one-sentence", "no-punctuation")
PARAGRAPH_SENTENCES = 4


def make_text(kb: int, shape: str, seed: int = 0) -> str:
    """About `kb` KB of news-like English in one of SHAPES; `one-sentence` joins clauses by commas."""
    rnd = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < kb * 1024:
        a, b = rnd.sample(COUNTRIES, 2)
        clause = rnd.choice(TEMPLATES).format(a=a, b=b, v=rnd.choice(VERBS), city=rnd.choice(CITIES),
                                              day=rnd.choice(DAYS))
        parts.append(clause)
        size += len(clause) + 2
    if shape == "no-punctuation":
        return " ".join(re.sub(r"[^\w\s]", " ", p) for p in parts).lower()
    if shape == "one-sentence":
        return ", and ".join(p.replace('"', "") for p in parts) + "."
    if shape == "paragraphs":
        paras = [parts[i:i + PARAGRAPH_SENTENCES] for i in range(0, len(parts), PARAGRAPH_SENTENCES)]
        return "\n\n".join(". ".join(p) + "." for p in paras)
    return ". ".join(parts) + "."


def measure(nlp, kb: int, shape: str) -> dict:
    from tacitus.ingest import article_from_text
    from tacitus.pipeline import code_article

    text = make_text(kb, shape)
    c0, t0 = time.process_time(), time.perf_counter()
    article = article_from_text(text, id=f"scale-{kb}", published=date(2025, 1, 1))
    t1 = time.perf_counter()
    coded = code_article(article, nlp)
    c2, t2 = time.process_time(), time.perf_counter()
    size = len(text.encode("utf-8")) / 1024
    return {"kb": size, "read_s": t1 - t0, "code_s": t2 - t1, "events": len(coded.events),
            "per_100kb": (t2 - t0) / size * 100, "cpu_per_100kb": (c2 - c0) / size * 100,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs=3, default=[25, 100, 400], metavar="KB")
    ap.add_argument("--shape", choices=[*SHAPES, "all"], default="all")
    args = ap.parse_args(argv)
    from tacitus.pipeline import MAX_CHARS, load_pipeline

    if max(args.sizes) * 1024 > MAX_CHARS:
        print(f"Error: sizes must stay under the {MAX_CHARS:,}-character limit", file=sys.stderr)
        return 2
    nlp = load_pipeline()
    measure(nlp, 5, "sentences")  # warm-up: lazy loads and caches are not part of the curve
    shapes = list(SHAPES) if args.shape == "all" else [args.shape]
    # CPU seconds (this process) beside wall-clock ones: steadier on a machine shared with other work
    print(f"{'shape':<14} {'KB':>7} {'read s':>8} {'code s':>8} {'events':>7} {'s / 100 KB':>11} {'cpu s / 100 KB':>15}"
          f" {'peak MB':>8}")
    for shape in shapes:
        rows = [measure(nlp, kb, shape) for kb in args.sizes]
        for r in rows:
            print(f"{shape:<14} {r['kb']:>7.0f} {r['read_s']:>8.3f} {r['code_s']:>8.2f} {r['events']:>7} "
                  f"{r['per_100kb']:>11.2f} {r['cpu_per_100kb']:>15.2f} {r['peak_mb']:>8.0f}")
        ratio = rows[-1]["per_100kb"] / rows[0]["per_100kb"]
        cpu_ratio = rows[-1]["cpu_per_100kb"] / rows[0]["cpu_per_100kb"]
        print(f"{shape:<14} largest/smallest seconds per 100 KB: {ratio:.2f}, CPU {cpu_ratio:.2f} (1.0 is linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
