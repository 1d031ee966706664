"""The command line: parse arguments, call the library, format the result.

Data goes to stdout (or -o FILE), progress and logs to stderr. Exit codes: 0 success,
1 a runtime error or any input that failed, 2 a usage error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import IO

from tacitus.errors import TacitusError

log = logging.getLogger("tacitus")

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {}


def command(name: str):
    def register(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        COMMANDS[name] = func
        return func

    return register


def _date_arg(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tacitus", description="Source-attributed political event data from news text."
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging on stderr (-vv for debug)")
    parser.add_argument("-q", "--quiet", action="store_true", help="only errors on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("code", help="code articles into events, actors, claims, dates and places",
                       description="Code articles (text with a dateline, HTML, JSON Lines, or folders of these).")
    p.add_argument("inputs", nargs="*", default=["-"], metavar="INPUT", help="files or folders; - or nothing for stdin")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    p.add_argument("--format", choices=["json", "jsonl", "tsv", "table"], default="table")
    p.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD", help="publication date for every input")
    p.add_argument("--input-format", choices=["text", "html", "jsonl"], help="skip format detection")
    p.add_argument("--actors", metavar="FILE", help="your own actors (YAML or CSV) added to the knowledge base")
    p.add_argument("--max-chars", type=int, default=None, metavar="N", help="refuse articles longer than N characters")
    p.add_argument("--batch-size", type=int, default=16, metavar="N")
    return parser


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    if path in (None, "-"):
        yield sys.stdout
        sys.stdout.flush()
    else:
        with open(path, "w", encoding="utf-8") as fh:
            yield fh


@command("code")
def run_code(args: argparse.Namespace) -> int:
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
                log.error("%s: %s", result.origin or result.id, result.message)
            else:
                coded += 1
            _progress(coded + len(failed))
            yield result

    with _output(args.output) as out:
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
                import json

                out.write(json.dumps([render.result_to_dict(d) for d in docs], ensure_ascii=False, indent=2) + "\n")
        else:
            for result in counted():
                out.write(render.table([result]) + "\n")
    _progress(None)
    if failed:
        print(f"Error: {len(failed)} of {coded + len(failed)} inputs failed; the others were coded "
              f"(first: {failed[0].message})", file=sys.stderr)
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


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `tacitus` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    level = logging.ERROR if args.quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        return COMMANDS[args.command](args)
    except TacitusError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
