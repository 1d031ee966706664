"""The command line: parse arguments, call the library, format the result.

Each command lives in its own module here and registers a subparser; none has logic of its
own beyond reading arguments and formatting results. Data goes to stdout (or -o FILE),
progress and logs to stderr. Exit codes: 0 success, 1 a runtime error or any input that
failed, 2 a usage error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO

from tacitus.errors import OutputError, TacitusError
from tacitus.records import DocumentError

log = logging.getLogger("tacitus")

# Command modules, each with `register(subparsers)` that sets `func` on its parser.
COMMAND_MODULES = ["code", "codebook", "evaluate", "actor", "store", "serve", "report"]


def date_arg(value: str) -> date:
    """argparse type for YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def count_arg(minimum: int):
    """argparse type for a whole number of at least `minimum` (a negative --limit reached SQL,
    a negative --window-days clustered nothing, a negative --max-chars refused every article)."""
    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
        if number < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}, got {number}")
        return number

    return parse


def describe(err: DocumentError) -> str:
    """A failed input as "where: message", naming the place once (`tacitus.store.failure_text`)."""
    from tacitus.store import failure_text

    return failure_text(err)


def failed_line(failed: int, total: int, done: str) -> str:
    """The closing `Error:` line of a batch with failures; "the others" only when there are some."""
    if failed >= total:
        return f"Error: {'the input' if total == 1 else f'all {total} inputs'} failed; nothing was {done}"
    return f"Error: {failed} of {total} inputs failed; the others were {done}"


@contextmanager
def output(path: str | None, atomic: bool = False) -> Iterator[IO[str]]:
    """stdout, or a file opened for writing when a path is given.

    With `atomic` (exports), the data goes to a hidden file beside `path` that replaces it
    only when the block ends without an error: a killed or failed export leaves the file
    that was there before, never a cut-short one; the hidden files of killed exports to
    `path` are removed first (`tacitus.export.clean_partials`). Devices and pipes are
    written directly.
    """
    if path in (None, "-"):
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    if atomic and (not target.exists() or target.is_file()):
        from tacitus.export import clean_partials, partial_path

        clean_partials(target)
        tmp = partial_path(target)
        try:
            fh = open(tmp, "w", encoding="utf-8")  # noqa: SIM115 (closed below)
        except OSError as exc:
            raise OutputError(f"cannot write {path} ({exc.strerror}); check that its folder exists and is writable") from exc
        try:
            with fh:
                yield fh
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        return
    try:
        fh = open(path, "w", encoding="utf-8")  # noqa: SIM115 (closed below)
    except OSError as exc:
        raise OutputError(f"cannot write {path} ({exc.strerror}); check that its folder exists and is writable") from exc
    with fh:
        yield fh


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tacitus", description="Source-attributed political event data from news text.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging on stderr (-vv for debug)")
    parser.add_argument("-q", "--quiet", action="store_true", help="only errors on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"tacitus.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `tacitus` command."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    level = logging.ERROR if args.quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if args.verbose < 2:  # trafilatura warns "discarding data: None" on every page without text; ours says why
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
    from tacitus.analysis import AnalysisError

    try:
        return args.func(args)
    except AnalysisError as exc:  # a filter or option that cannot be answered: a usage error
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    except TacitusError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a disk full or gone while writing: one line, not a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"Error: {where}{exc.strerror or exc}; check the path, its permissions and free space", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
