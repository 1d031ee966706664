"""`tacitus codebook [CODE]`: print CAMEO codes with Goldstein, QuadClass and PLOVER."""

from __future__ import annotations

import argparse
import json

from tacitus.cli import output


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("codebook", help="print the CAMEO codebook with Goldstein, QuadClass and PLOVER",
                       description="Print one CAMEO code and its children, or the whole codebook.")
    p.add_argument("code", nargs="?", help="a CAMEO code such as 19 or 0874 (default: every code)")
    p.add_argument("--format", choices=["table", "jsonl", "tsv"], default="table")
    p.add_argument("-o", "--output", metavar="OUT")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tacitus import ontology

    if args.code:
        top = ontology.cameo(args.code)
        rows = [top] + [c for c in ontology.all_codes() if c.code != top.code and c.code.startswith(top.code)]
    else:
        rows = ontology.all_codes()
    with output(args.output) as out:
        if args.format == "jsonl":
            for c in rows:
                out.write(json.dumps(_row(c), ensure_ascii=False) + "\n")
        elif args.format == "tsv":
            cols = list(_row(rows[0]))
            out.write("\t".join(cols) + "\n")
            for c in rows:
                out.write("\t".join("" if v is None else str(v) for v in _row(c).values()) + "\n")
        else:
            for c in rows:
                plover = " ".join(x for x in (c.plover_event, c.plover_mode) if x) or "-"
                indent = "  " * (c.level - 1)
                out.write(f"{indent}{c.code:<5} {c.goldstein:+5.1f}  Q{c.quad_class}  {plover:<24} {c.name}\n")
    return 0


def _row(c) -> dict:
    return {"code": c.code, "name": c.name, "goldstein": c.goldstein, "quad_class": c.quad_class,
            "penta_class": c.penta_class, "plover_event": c.plover_event, "plover_mode": c.plover_mode,
            "plover_context": ",".join(c.plover_context)}
