"""`tacitus code`: code articles and print events, or whole coded articles."""

from __future__ import annotations

import argparse
import json
import logging
import sys

from tacitus.cli import count_arg, date_arg, describe, failed_line, output

log = logging.getLogger("tacitus")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("code", help="code articles into events, actors, claims, dates and places",
                       description="Code articles (text with a dateline, HTML, JSON Lines, or folders of these).")
    p.add_argument("inputs", nargs="*", default=["-"], metavar="INPUT", help="files or folders; - or nothing for stdin")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    p.add_argument("--format", choices=["json", "jsonl", "tsv", "table"], default="table")
    p.add_argument("--published", type=date_arg, metavar="YYYY-MM-DD", help="publication date for every input")
    p.add_argument("--input-format", choices=["text", "html", "jsonl"], help="skip format detection")
    p.add_argument("--actors", metavar="FILE", help="your own actors (YAML or CSV) added to the knowledge base")
    p.add_argument("--max-chars", type=count_arg(1), default=None, metavar="N", help="refuse articles longer than N characters")
    p.add_argument("--batch-size", type=count_arg(1), default=16, metavar="N")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tacitus import render
    from tacitus.ingest import read_inputs
    from tacitus.pipeline import MAX_CHARS, code_articles, load_pipeline
    from tacitus.records import DocumentError

    nlp = load_pipeline(actors=args.actors)
    items = read_inputs(args.inputs, published=args.published, fmt=args.input_format)
    results = code_articles(items, nlp, batch_size=args.batch_size, max_chars=args.max_chars or MAX_CHARS)
    failed: list[DocumentError] = []
    coded = 0

    def counted():
        nonlocal coded
        for result in results:
            if isinstance(result, DocumentError):
                failed.append(result)
                log.error("%s", describe(result))
            else:
                coded += 1
            _progress(coded + len(failed))
            yield result

    with output(args.output) as out:
        if args.format == "jsonl":
            for result in counted():
                out.write(render.to_jsonl_line(result) + "\n")
        elif args.format == "tsv":
            for line in render.tsv_lines(counted()):
                out.write(line + "\n")
        elif args.format == "json":
            docs = list(counted())
            if len(docs) == 1:
                out.write(render.to_json(docs[0]) + "\n")
            else:
                out.write(json.dumps([render.result_to_dict(d) for d in docs], ensure_ascii=False, indent=2) + "\n")
        else:
            for result in counted():
                out.write(render.table([result]) + "\n")
    _progress(None)
    if failed:
        print(f"{failed_line(len(failed), coded + len(failed), 'coded')} (first: {describe(failed[0])})", file=sys.stderr)
        return 1
    if coded == 0:
        print("Error: no article found in the input", file=sys.stderr)
        return 1
    log.info("coded %d article(s)", coded)
    return 0


def _progress(done: int | None) -> None:
    """A one-line counter on an interactive stderr; silent in pipes and CI."""
    if not sys.stderr.isatty():
        return
    if done is None:
        sys.stderr.write("\r\033[K")
    else:
        sys.stderr.write(f"\rcoded {done} article(s)…")
    sys.stderr.flush()
