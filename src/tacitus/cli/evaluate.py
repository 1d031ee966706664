"""`tacitus eval`: score tacitus against normalized gold suites and print a report."""

from __future__ import annotations

import argparse
import logging
import shlex
import sys
from pathlib import Path

from tacitus.cli import output

log = logging.getLogger("tacitus")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "eval", help="score tacitus against gold suites (events, actors, dates, places, entities, factuality)",
        description="Score tacitus against a normalized gold suite (JSON Lines, see ../shared/suites/README.md): "
                    "a suite name found under --suites, a path to a .jsonl file, or 'all'.")
    p.add_argument("suite", metavar="SUITE", help="suite name (e.g. petr2_gsr), path to a .jsonl, or 'all'")
    p.add_argument("--suites", metavar="DIR", default=str(Path("..") / "shared" / "suites"),
                   help="folder holding the suites (default: ../shared/suites)")
    p.add_argument("--limit", type=int, metavar="N", help="score only the first N records of each suite")
    p.add_argument("--format", choices=["table", "json", "markdown"], default="table")
    p.add_argument("-o", "--output", metavar="OUT", help="write the report here instead of stdout")
    p.add_argument("--batch-size", type=int, default=32, metavar="N", help="texts per pipeline batch")
    p.add_argument("--actors", metavar="FILE", help="your own actors (YAML or CSV) added to the knowledge base")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tacitus.evaluate import EvalContext, resolve_suite, run_suite
    from tacitus.evaluate import report as render

    if args.limit is not None and args.limit < 1:
        print("Error: --limit must be at least 1", file=sys.stderr)
        return 2
    if args.output and args.output != "-":
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    suites = resolve_suite(args.suite, args.suites)
    if args.actors:
        from tacitus.kb import load_kb

        load_kb(args.actors)  # a bad file is an error now, not after the first suite
    ctx = EvalContext(batch_size=args.batch_size, actors=args.actors)
    results = []
    for name, path in suites:
        log.info("suite %s (%s)", name, path)
        ctx.progress = _progress(name, args.verbose > 0)
        result = run_suite(path, name=name, limit=args.limit, ctx=ctx)
        if sys.stderr.isatty():
            sys.stderr.write("\r\033[K")
        if sys.stderr.isatty() or args.verbose:
            print(f"{name}: {render.headline(result)} ({result.seconds:.1f} s)", file=sys.stderr)
        results.append(result)
    from tacitus.pipeline import PIPELINE_VERSION

    command = _command(args)
    with output(args.output) as out:
        if args.format == "json":
            out.write(render.to_json(results, {"pipeline": PIPELINE_VERSION, "load_seconds": round(ctx.load_seconds, 2)}) + "\n")
        elif args.format == "markdown":
            out.write(render.to_markdown(results, command=command, load_seconds=ctx.load_seconds,
                                         pipeline=PIPELINE_VERSION) + "\n")
        else:
            out.write(render.to_table(results) + "\n")
    skipped = [r for r in results if r.skipped]
    if skipped:
        print(f"Error: {len(skipped)} of {len(results)} suites could not run "
              f"({', '.join(f'{r.name}: {r.skipped}' for r in skipped)}); the others were scored", file=sys.stderr)
        return 1
    return 0


def _progress(name: str, verbose: bool):
    """A one-line counter on an interactive stderr; with -v elsewhere, a log line every 100
    records; otherwise None (silent)."""
    if not sys.stderr.isatty():
        if not verbose:
            return None

        def note(done: int, total: int) -> None:
            if done % 100 == 0 or done == total:
                log.info("%s: coded %d/%d", name, done, total)

        return note

    def show(done: int, total: int) -> None:
        sys.stderr.write(f"\r{name}: coded {done}/{total}…")
        sys.stderr.flush()

    return show


def _command(args: argparse.Namespace) -> str:
    """The `tacitus eval` command line that reproduces this report."""
    parts = ["tacitus", "eval", args.suite, "--suites", args.suites]
    if args.limit:
        parts += ["--limit", str(args.limit)]
    if args.actors:
        parts += ["--actors", args.actors]
    parts += ["--format", args.format]
    if args.output:
        parts += ["-o", args.output]
    return " ".join(shlex.quote(p) for p in parts)
