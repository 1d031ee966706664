"""Store commands: `ingest`, `export`, `events` and `sql`.

Every command takes `--db FILE` (default: $TACITUS_DB, else ./tacitus.duckdb); the ones that
print data take `--format` and `-o FILE`.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import shutil
import sys
import time
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from tacitus.cli import count_arg, date_arg, describe, failed_line, output

log = logging.getLogger("tacitus")

_DB_HELP = "the store (a DuckDB file); default $TACITUS_DB, else ./tacitus.duckdb"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ingest", help="code articles into the store (idempotent, resumable)",
                       description="Read files, folders, JSON Lines, HTML and WARC archives; code each new article and "
                                   "store it. Articles already stored are skipped; failures are recorded and reported.")
    p.add_argument("inputs", nargs="+", metavar="PATH", help="files, folders, WARC archives, or - for stdin")
    p.add_argument("--db", metavar="FILE", help=_DB_HELP)
    p.add_argument("--workers", type=count_arg(1), default=1, metavar="N", help="coding processes (default 1: in this process)")
    p.add_argument("--batch-size", type=count_arg(1), default=16, metavar="N", help="articles per batch and per transaction")
    p.add_argument("--cluster", metavar="ADDRESS",
                   help="code on Dask: 'local' (a local cluster sized to the machine) or a scheduler such as "
                        "tcp://HOST:8786; needs dask[distributed]; replaces --workers")
    p.add_argument("--run-dir", metavar="DIR",
                   help="with --cluster: where workers write coded partitions (Parquet) for this machine to merge; "
                        "a folder the workers and this machine share (default: FILE.parts next to the --db file)")
    p.add_argument("--published", type=date_arg, metavar="YYYY-MM-DD", help="publication date for every input")
    p.add_argument("--input-format", choices=["text", "html", "jsonl"], help="skip format detection")
    p.add_argument("--actors", metavar="FILE", help="your own actors (YAML or CSV) added to the knowledge base")
    p.add_argument("--recode", action="store_true", help="re-code articles already stored instead of skipping them")
    p.add_argument("--window-days", type=count_arg(0), default=None, metavar="N",
                   help="how many days apart two reports of one event may be dated (default 2)")
    p.set_defaults(func=run_ingest)

    p = sub.add_parser("export", help="export the store: jsonl, parquet, gdelt or plover",
                       description="Export coded articles (jsonl), tables (parquet: a folder of files), canonical events "
                                   "as GDELT 2.0 Events TSV (gdelt) or PLOVER JSON Lines (plover).")
    p.add_argument("--db", metavar="FILE", help=_DB_HELP)
    p.add_argument("--format", choices=["jsonl", "parquet", "gdelt", "plover"], required=True)
    p.add_argument("-o", "--output", metavar="OUT", help="file (a folder for parquet); stdout when omitted")
    _add_filters(p)
    p.add_argument("--reports", action="store_true", help="gdelt/plover: one row per report instead of per canonical event")
    p.add_argument("--header", action="store_true", help="gdelt: write a header row (GDELT files have none)")
    p.set_defaults(func=run_export)

    p = sub.add_parser("events", help="query events in the store",
                       description="List event reports (or, with --canonical, canonical events with their report counts).")
    p.add_argument("--db", metavar="FILE", help=_DB_HELP)
    _add_filters(p)
    p.add_argument("--canonical", action="store_true", help="one row per canonical event (reports merged)")
    p.add_argument("--limit", type=count_arg(1), metavar="N")
    p.add_argument("--format", choices=["table", "jsonl", "tsv"], default="table")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    p.set_defaults(func=run_events)

    p = sub.add_parser("sql", help="run SQL against the store",
                       description="Run any SQL against the store (read-only unless --write). Tables: articles, mentions, "
                                   "events, claims, event_clusters, cluster_members, runs, failures; views event_reports, "
                                   "store_counts.")
    p.add_argument("query", metavar="SQL")
    p.add_argument("--db", metavar="FILE", help=_DB_HELP)
    p.add_argument("--write", action="store_true", help="allow statements that change the store")
    p.add_argument("--format", choices=["table", "jsonl", "tsv", "csv"], default="table")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    p.set_defaults(func=run_sql)


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dyad", nargs=2, metavar=("SOURCE", "TARGET"),
                   help="source and target actor: a country (RUS) or a code prefix (RUSGOV)")
    p.add_argument("--undirected", action="store_true", help="--dyad matches either direction")
    p.add_argument("--code", metavar="CAMEO", help="CAMEO code prefix, e.g. 07 or 072")
    p.add_argument("--since", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--status", choices=["asserted", "reported", "claimed", "alleged", "denied", "confirmed"])
    p.add_argument("--min-sources", type=count_arg(1), metavar="N", help="canonical events reported by at least N outlets")
    p.add_argument("--factual", action="store_true", help="leave out negated, hypothetical, future and uncertain events")


def _query(args: argparse.Namespace, limit: int | None = None):
    from tacitus.analysis import check_filters
    from tacitus.store import EventQuery

    check_filters(since=args.since, until=args.until, code=args.code)  # a wrong filter is an error, not 0 rows
    return EventQuery(
        dyad=tuple(args.dyad) if args.dyad else None, undirected=args.undirected, code=args.code,
        since=args.since, until=args.until, status=args.status, min_sources=args.min_sources,
        factual_only=args.factual, limit=limit,
    )


# --------------------------------------------------------------------------- ingest


def run_ingest(args: argparse.Namespace) -> int:
    from tacitus.store import DEFAULT_WINDOW_DAYS, Store, ingest

    coder = None
    if getattr(args, "cluster", None):
        from tacitus.distributed import DaskCoder

        coder = DaskCoder(args.cluster, actors=args.actors, run_dir=args.run_dir or _run_dir(args.db))
    bar = _Progress()
    try:
        window = DEFAULT_WINDOW_DAYS if args.window_days is None else args.window_days  # 0 is a window too
        with Store(args.db, window_days=window) as store:
            log.info("ingesting into %s", store.path)
            try:
                summary = ingest(args.inputs, store, workers=args.workers, batch_size=args.batch_size,
                                 published=args.published, fmt=args.input_format, actors=args.actors,
                                 replace=args.recode, progress=bar.update, coder=coder)
            except KeyboardInterrupt:
                bar.close()
                # The run's row counts what was committed (ingest records it on the way out).
                _, rows = store.sql("SELECT coded FROM runs ORDER BY run_id DESC LIMIT 1")
                print(f"Error: interrupted; the {rows[0][0] if rows else 0} article(s) this run stored are kept (each "
                      "batch is committed whole); run the same command again to go on: stored articles are skipped",
                      file=sys.stderr)
                return 130
            bar.close()
            counts = store.counts()
    finally:
        if coder is not None:
            coder.close()
    rate = summary.coded / summary.seconds if summary.seconds else 0.0
    print(f"ingested into {store.path}: {summary.coded} coded ({summary.events} event reports), "
          f"{summary.duplicates} skipped as duplicate, {len(summary.failed)} failed "
          f"in {summary.seconds:.1f}s ({rate:.1f} articles/s); the store holds {counts['articles']} articles, "
          f"{counts['event_mentions']} event reports, {counts['events']} canonical events", file=sys.stderr)
    if summary.conflicts:
        print(f"  {summary.conflicts} of the duplicates share an id or url with another article but not its text "
              "(see the warnings); --recode replaces stored articles with them", file=sys.stderr)
    for err in summary.failed[:20]:
        print(f"  failed [{err.error}]: {describe(err)}", file=sys.stderr)
    if len(summary.failed) > 20:
        print(f"  ... and {len(summary.failed) - 20} more (tacitus sql \"SELECT * FROM failures WHERE run_id = "
              f"{summary.run_id}\")", file=sys.stderr)
    if summary.failed:
        print(failed_line(len(summary.failed), summary.seen, "stored"), file=sys.stderr)
        return 1
    if summary.seen == 0:
        print("Error: no article found in the input", file=sys.stderr)
        return 1
    return 0


def _run_dir(db: str | None) -> str | None:
    """The default run directory of a cluster run: `FILE.parts` next to the store, so that a
    re-run of an interrupted ingest finds the partitions already coded."""
    from tacitus.store import default_db_path

    path = Path(db or default_db_path())
    return None if str(path) == ":memory:" else str(path.with_name(path.name + ".parts"))


class _Progress:
    """A one-line progress counter on an interactive stderr; silent in pipes and CI."""

    def __init__(self) -> None:
        self.on = sys.stderr.isatty()
        self.start = time.monotonic()
        self.last = 0.0

    def update(self, summary: Any) -> None:
        now = time.monotonic()
        if not self.on or now - self.last < 0.2:
            return
        self.last = now
        rate = summary.coded / (now - self.start) if now > self.start else 0.0
        sys.stderr.write(f"\r\033[K{summary.coded} coded · {summary.duplicates} duplicate · {len(summary.failed)} failed"
                         f" · {rate:.1f}/s")
        sys.stderr.flush()

    def close(self) -> None:
        if self.on:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


# --------------------------------------------------------------------------- export


def run_export(args: argparse.Namespace) -> int:
    from tacitus import export
    from tacitus.store import Store

    q = _query(args)
    with Store(args.db, read_only=True) as store:
        if args.format == "parquet":
            if not args.output or args.output == "-":
                print("Error: parquet export writes a folder of files; give it with -o FOLDER", file=sys.stderr)
                return 2
            counts = export.export_parquet(store, args.output, q)
            log.info("wrote %s", ", ".join(f"{t}: {n}" for t, n in counts.items()))
            print(f"exported to {args.output}: " + ", ".join(f"{t} {n}" for t, n in counts.items()), file=sys.stderr)
            return 0
        with output(args.output, atomic=True) as out:
            if args.format == "jsonl":
                n = export.export_jsonl(store, out, q)
            elif args.format == "gdelt":
                n = export.export_gdelt(store, out, q, header=args.header, reports=args.reports)
            else:
                n = export.export_plover(store, out, q, reports=args.reports)
    what = "articles" if args.format == "jsonl" else ("event reports" if args.reports else "canonical events")
    print(f"exported {n} {what} as {args.format}", file=sys.stderr)
    return 0


# --------------------------------------------------------------------------- events


_EVENT_COLUMNS = ("date", "source_code", "cameo", "plover", "target_code", "status", "location_name", "outlet",
                  "num_sources", "article_id", "trigger", "sentence")
_CLUSTER_COLUMNS = ("cluster_id", "date_start", "date_end", "source_code", "cameo", "plover_event", "target_code",
                    "status", "disputed", "location_name", "num_mentions", "num_articles", "num_sources",
                    "first_seen", "last_seen")


def run_events(args: argparse.Namespace) -> int:
    from tacitus.store import Store

    q = _query(args, limit=args.limit)
    with Store(args.db, read_only=True) as store:
        rows = store.clusters(q) if args.canonical else store.events(q)
    columns = list(_CLUSTER_COLUMNS if args.canonical else _EVENT_COLUMNS)
    with output(args.output, atomic=True) as out:
        if args.format == "jsonl":
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False, default=_jsonable) + "\n")
        else:
            write_rows(out, columns, [[r.get(c) for c in columns] for r in rows], args.format)
    log.info("%d row(s)", len(rows))
    return 0


# --------------------------------------------------------------------------- sql


def run_sql(args: argparse.Namespace) -> int:
    from tacitus.store import Store

    with Store(args.db, read_only=not args.write) as store:
        columns, rows = store.sql(args.query)
    with output(args.output, atomic=True) as out:
        if args.format == "jsonl":
            for row in rows:
                out.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False, default=_jsonable) + "\n")
        elif columns:
            write_rows(out, columns, rows, args.format)
    return 0


# --------------------------------------------------------------------------- formatting


def write_rows(out: IO[str], columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> None:
    """Rows as tsv (tabs/newlines in values become spaces), csv, or a terminal table."""
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([[_text(v) for v in row] for row in rows])
    elif fmt == "tsv":
        out.write("\t".join(columns) + "\n")
        for row in rows:
            out.write("\t".join(" ".join(_text(v).split()) for v in row) + "\n")
    else:
        out.write(_table(columns, rows) + "\n")


def _table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    width = min(shutil.get_terminal_size((140, 20)).columns, 200)
    cells = [[" ".join(_text(v).split()) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    # Shrink the widest columns until the table fits the terminal.
    while sum(widths) + 2 * (len(widths) - 1) > width and max(widths) > 12:
        widths[widths.index(max(widths))] -= 1
    def fmt(values: Sequence[str]) -> str:
        return "  ".join((v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()
    lines = [fmt(list(columns)), "  ".join("-" * w for w in widths)]
    lines += [fmt(r) for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=_jsonable)
    return str(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return str(value)


