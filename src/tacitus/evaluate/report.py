"""Rendering suite results: a plain table for the terminal, JSON, and the markdown report
(`make eval` writes it to reports/eval.md), with the known anchor figures beside ours."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from tacitus.evaluate import KINDS, SuiteResult

# Published figures of other systems on the same suites: (figure, value, who and where).
ANCHORS: dict[str, list[tuple[str, float, str]]] = {
    "petr2_gsr": [
        ("exact_precision", 0.78, "PETRARCH-2, stock dictionaries (gold derived from its output, so optimistic)"),
        ("exact_recall", 0.70, "PETRARCH-2, stock dictionaries"),
        ("exact_f1", round(2 * 0.78 * 0.70 / (0.78 + 0.70), 3), "F1 of the PETRARCH-2 P and R above"),
    ],
}


def fmt(value: Any) -> str:
    """A figure as text: ratios to 3 decimals, other floats to 1, None as n/a."""
    if value is None:
        return "n/a"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return f"{value:.3f}" if -1.0 <= value <= 1.0 else f"{value:.1f}"
    return str(value)


def _anchor_map(name: str) -> dict[str, tuple[float, str]]:
    return {fig: (val, who) for fig, val, who in ANCHORS.get(name.split("/")[0], [])}


def _meta(r: SuiteResult) -> str:
    kind = KINDS[r.kind].title if r.kind in KINDS else r.kind
    bits = [f"kind {r.kind} ({kind})", f"{r.records} records" + (f" (--limit {r.limit})" if r.limit else ""),
            f"{r.seconds:.1f} s"]
    if r.records and r.seconds:
        bits.append(f"{r.records / r.seconds:.1f} records/s")
    if r.errors:
        bits.append(f"{r.errors} records could not be coded")
    return ", ".join(bits)


def to_json(results: Sequence[SuiteResult], header: dict[str, Any] | None = None) -> str:
    return json.dumps({**(header or {}), "suites": [r.to_dict() for r in results]}, ensure_ascii=False, indent=2)


def _rows_table(rows: list[list[str]], header: list[str]) -> list[str]:
    widths = [max(len(x) for x in col) for col in zip(header, *rows, strict=True)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()  # noqa: E731
    return [line(header), line(["-" * w for w in widths]), *[line(r) for r in rows]]


def to_table(results: Sequence[SuiteResult]) -> str:
    """Plain aligned text, one block per suite."""
    out: list[str] = []
    for r in results:
        out.append(f"{r.name}: {_meta(r)}")
        if r.skipped:
            out += [f"  skipped: {r.skipped}", ""]
            continue
        anchors = _anchor_map(r.name)
        rows = [[k, fmt(v), f"{fmt(anchors[k][0])} ({anchors[k][1]})" if k in anchors else ""] for k, v in r.figures.items()]
        out += ["  " + x for x in _rows_table(rows, ["figure", "tacitus", "anchor"])]
        for tname, trows in r.tables.items():
            if trows:
                cols = list(trows[0])
                out += ["", f"  {tname}:"]
                out += ["  " + x for x in _rows_table([[fmt(row.get(c)) for c in cols] for row in trows], cols)]
        out.append("")
    return "\n".join(out)


def _md_cell(value: Any) -> str:
    return fmt(value).replace("|", "\\|").replace("\n", " ")


def to_markdown(results: Sequence[SuiteResult], command: str = "", load_seconds: float | None = None,
                pipeline: str = "") -> str:
    """The markdown report: a summary table, then a section per suite with its figures (and
    any anchor figures beside ours), its detail tables and how long it took."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = ["# tacitus evaluation report", ""]
    if command:
        lines += [f"Command: `{command}`", ""]
    info = [f"Generated {now}"]
    if pipeline:
        info.append(f"pipeline {pipeline}")
    if load_seconds:
        info.append(f"model and pipeline loaded once in {load_seconds:.1f} s")
    total = sum(r.seconds for r in results)
    info.append(f"{total:.1f} s over {len(results)} suite(s)")
    lines += ["; ".join(info) + ".", ""]
    lines += ["| suite | kind | records | headline figures | seconds |", "|---|---|---:|---|---:|"]
    for r in results:
        lines.append(f"| {r.name} | {r.kind} | {r.records} | {_md_cell(headline(r))} | {r.seconds:.1f} |")
    lines.append("")
    for r in results:
        lines += [f"## {r.name}", "", _meta(r) + ".", f"Suite file: `{r.path}`.", ""]
        if r.kind in KINDS and KINDS[r.kind].notes:
            lines += [f"How scored: {KINDS[r.kind].notes}", ""]
        if r.skipped:
            lines += [f"**Skipped:** {r.skipped}", ""]
            continue
        anchors = _anchor_map(r.name)
        if anchors:
            lines += ["| figure | tacitus | anchor | anchor source |", "|---|---:|---:|---|"]
        else:
            lines += ["| figure | tacitus |", "|---|---:|"]
        for k, v in r.figures.items():
            if anchors:
                a = anchors.get(k)
                lines.append(f"| {k} | {_md_cell(v)} | {_md_cell(a[0]) if a else ''} | {a[1] if a else ''} |")
            else:
                lines.append(f"| {k} | {_md_cell(v)} |")
        lines.append("")
        for tname, trows in r.tables.items():
            if not trows:
                continue
            cols = list(trows[0])
            lines += [f"**{tname.replace('_', ' ')}**", "", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
            lines += ["| " + " | ".join(_md_cell(row.get(c)) for c in cols) + " |" for row in trows]
            lines.append("")
    return "\n".join(lines)


# The figures shown in the summary line of each kind.
HEADLINE = {
    "cameo_events": ("exact_precision", "exact_recall", "exact_f1", "country_root_f1"),
    "plover_events": ("type_accuracy", "country_f1", "type_f1"),
    "sentence_class": ("accuracy", "macro_f1"),
    "actor_strings": ("country_accuracy", "sector_accuracy"),
    "timex": ("detection_f1", "value_accuracy"),
    "toponyms": ("accuracy_161km", "median_error_km"),
    "entities": ("exact_f1", "overlap_f1"),
    "factuality": ("matched", "polarity_accuracy", "certainty_accuracy"),
}


def headline(r: SuiteResult) -> str:
    if r.skipped:
        return f"skipped: {r.skipped}"
    keys = HEADLINE.get(r.kind, ())
    return ", ".join(f"{k} {fmt(r.figures.get(k))}" for k in keys if k in r.figures)
