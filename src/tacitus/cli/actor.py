"""`tacitus actor`: resolve an actor string (with its context and date) to a coded actor."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from datetime import date
from typing import Any

from tacitus.cli import date_arg, output
from tacitus.errors import InputError, TacitusError

log = logging.getLogger("tacitus")

FIELDS = ("text", "name", "country", "sector", "code", "kind", "kb_id", "role", "rule", "confidence")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("actor", help="resolve an actor string to name, country, sector and knowledge-base id",
                       description="Resolve an actor string (\"the Kremlin\", \"Defense Minister\" with context "
                                   "\"German\") to a coded actor, and say why. With --batch, read JSON Lines of "
                                   "{\"text\", \"context\", \"date\"} from a file or stdin (-).")
    p.add_argument("text", nargs="?", metavar="TEXT", help="the actor string")
    p.add_argument("--date", type=date_arg, metavar="YYYY-MM-DD", help="when (offices change hands)")
    p.add_argument("--context", metavar="C", help="words around the string (e.g. a country)")
    p.add_argument("--batch", metavar="FILE", help="JSON Lines of {text, context, date}; - for stdin")
    p.add_argument("--actors", metavar="FILE", help="your own actors (YAML or CSV) added to the knowledge base")
    p.add_argument("--format", choices=["json", "jsonl", "table"], default="json")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    p.set_defaults(func=run)


def _requests(args: argparse.Namespace) -> Iterator[tuple[dict[str, Any], str | None]]:
    """(request, error) pairs: from TEXT or from the batch file."""
    if args.batch is None:
        yield {"text": args.text, "context": args.context, "date": args.date}, None
        return
    fh = sys.stdin if args.batch == "-" else open(args.batch, encoding="utf-8")  # noqa: SIM115
    try:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if not isinstance(row, dict) or not isinstance(row.get("text"), str) or not row["text"].strip():
                    raise ValueError("expected an object with a non-empty \"text\"")
                when = date.fromisoformat(row["date"][:10]) if row.get("date") else None
            except (ValueError, TypeError) as exc:
                yield {"text": None, "line": lineno}, f"line {lineno}: {exc}"
                continue
            yield {"text": row["text"], "context": row.get("context"), "date": when}, None
    finally:
        if fh is not sys.stdin:
            fh.close()


def _resolver(actors: str | None = None):
    """`resolve(text, date=, context=)` over the knowledge base, with the user's file when given
    (the same KB `code` and `ingest --actors` build)."""
    try:
        from tacitus.kb import load_kb
    except ImportError as exc:
        raise TacitusError(f"actor resolution is not available in this build ({exc})") from exc
    return load_kb(actors).resolve_text


def _as_dict(request: dict[str, Any], actor: Any) -> dict[str, Any]:
    from tacitus.records import to_dict

    out: dict[str, Any] = {"query": {k: (v.isoformat() if isinstance(v, date) else v) for k, v in request.items()}}
    if actor is None:
        out["actor"] = None
    else:
        out["actor"] = to_dict(actor) if not isinstance(actor, dict) else actor
    return out


def run(args: argparse.Namespace) -> int:
    if args.batch is None and not (args.text and args.text.strip()):
        print("Error: give an actor string, or --batch FILE", file=sys.stderr)
        return 2
    if args.batch is not None and args.batch != "-":
        from pathlib import Path

        if not Path(args.batch).is_file():
            raise InputError(f"{args.batch}: no such file")
    resolve = _resolver(args.actors)
    results: list[dict[str, Any]] = []
    failed = 0
    with output(args.output) as out:
        for request, error in _requests(args):
            if error is None:
                try:
                    actor = resolve(request["text"], date=request["date"], context=request["context"])
                except TacitusError as exc:
                    error = str(exc)
            if error is not None:
                failed += 1
                log.error("%s", error)
                item = {"query": request, "error": error}
            else:
                item = _as_dict(request, actor)
            if args.format == "jsonl":
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
            else:
                results.append(item)
        if args.format == "json":
            data = results[0] if args.batch is None else results
            out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        elif args.format == "table":
            out.write(_table(results) + "\n")
    if failed:
        print(f"Error: {failed} input(s) could not be resolved; the others were", file=sys.stderr)
        return 1
    return 0


def _table(items: list[dict[str, Any]]) -> str:
    cols = ["query", *FIELDS[1:]]
    rows = []
    for item in items:
        actor = item.get("actor") or {}
        query = item["query"].get("text") or ""
        if item.get("error"):
            rows.append([query, f"error: {item['error']}"] + [""] * (len(cols) - 2))
        else:
            rows.append([query] + ["" if actor.get(c) is None else str(actor.get(c)) for c in FIELDS[1:]])
    widths = [max(len(x) for x in col) for col in zip(cols, *rows, strict=True)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in [cols, *rows]]
    return "\n".join(lines)
