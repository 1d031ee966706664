"""`tacitus report --dyad A B`: a self-contained HTML report on a pair of actors.

The report holds inline SVG charts (timeline by QuadClass with the mean Goldstein score,
the pair's neighbourhood in the actor network), the claim ledger and the event table. It
loads nothing from the network: no scripts, no fonts, no images. Every value from the store
is HTML-escaped. `--png DIR` also writes the two charts as PNG files (tacitus.charts, which
needs matplotlib; it is imported only then).
"""

from __future__ import annotations

import argparse
import logging
import math
import sys
from datetime import UTC, date, datetime
from html import escape
from typing import Any

from tacitus.cli import date_arg, output

log = logging.getLogger("tacitus")

QCOL = {"1": "#7fb3d5", "2": "#1f618d", "3": "#f0b27a", "4": "#c0392b"}
QUAD = {"1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict", "4": "material conflict"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write a self-contained HTML report on a dyad",
                       description="Write an HTML report (inline SVG charts, no external files) on the events, "
                                   "claims and network of a pair of actors.")
    p.add_argument("--dyad", nargs=2, metavar=("A", "B"), required=True, help="two countries or actor codes, e.g. RUS PRK")
    p.add_argument("--since", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--interval", choices=["day", "week", "month"], default=None,
                   help="timeline period (default: day for spans up to 60 days, else week up to a year, else month)")
    p.add_argument("--db", metavar="FILE", help="the store (a DuckDB file); default $TACITUS_DB, else ./tacitus.duckdb")
    p.add_argument("-o", "--output", metavar="FILE", help="the HTML file (stdout when omitted)")
    p.add_argument("--png", metavar="DIR", help="also write the charts (timeline, network) as PNG files in DIR "
                                                "(needs matplotlib)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from tacitus.store import Store

    a, b = (x.strip().upper() for x in args.dyad)
    with Store(args.db, read_only=True) as store:
        interval, tl, net = _chart_data(store, a, b, args.since, args.until, args.interval)
        page = render_report(store, a, b, since=args.since, until=args.until, interval=interval, charts=(tl, net))
    with output(args.output) as out:
        out.write(page)
    if args.output and args.output != "-":
        print(f"wrote {args.output}", file=sys.stderr)
    if getattr(args, "png", None):
        from tacitus import charts

        for path in charts.write_report_charts(tl, net, a, b, args.png, interval=interval):
            print(f"wrote {path}", file=sys.stderr)
    return 0


def _chart_data(store: Any, a: str, b: str, since: date | None, until: date | None,
                interval: str | None) -> tuple[str, dict[str, Any], dict[str, Any]]:
    """The timeline interval, the dyad timeline and the actor network the report charts."""
    from tacitus import analysis

    interval = interval or _pick_interval(store, a, b, since, until)
    tl = analysis.dyad_timeline(store, a, b, interval=interval, since=since, until=until)
    net = analysis.actor_network(store, since=since, until=until, actor=a, max_nodes=20)
    return interval, tl, net


def _pick_interval(store: Any, a: str, b: str, since: date | None, until: date | None) -> str:
    from tacitus import analysis

    days = analysis.dyad_timeline(store, a, b, interval="day", since=since, until=until)["buckets"]
    if len(days) < 2:
        return "day"
    span = (date.fromisoformat(days[-1]["period"]) - date.fromisoformat(days[0]["period"])).days
    return "day" if span <= 60 else "week" if span <= 370 else "month"


def render_report(store: Any, a: str, b: str, *, since: date | None = None, until: date | None = None,
                  interval: str | None = None,
                  charts: tuple[dict[str, Any], dict[str, Any]] | None = None) -> str:
    """The HTML report on `a` and `b` as one string. `charts` is the (timeline, network)
    pair from `_chart_data` when the caller has computed it already, with `interval` set."""
    from tacitus import analysis

    if charts is None or interval is None:
        interval, tl, net = _chart_data(store, a, b, since, until, interval)
    else:
        tl, net = charts
    ledger = analysis.claim_ledger(store, a, b, since=since, until=until)
    f = analysis.EventFilter(query=analysis.EventQuery(dyad=(a, b), undirected=True, since=since, until=until))
    events = analysis.list_events(store, f, limit=500)
    t = tl["totals"]
    period = f"{since or 'the start'} to {until or 'the latest report'}"
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>tacitus report: {escape(a)} – {escape(b)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(a)} – {escape(b)}</h1>",
        f"<p class='muted'>Events between {escape(a)} and {escape(b)} (either direction), {escape(period)}; "
        f"written {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by tacitus.</p>",
        "<ul class='totals'>",
        f"<li><b>{t['reports']}</b> event reports of <b>{t['events']}</b> events</li>",
        f"<li>Goldstein sum <b>{t['goldstein_sum']:+.1f}</b></li>",
        "<li>" + ", ".join(f"{QUAD[k]} <b>{v}</b>" for k, v in t["quad"].items()) + "</li>",
        f"<li>asserted <b>{t['status']['asserted']}</b>, claimed <b>{t['status']['claimed']}</b>, "
        f"denied <b>{t['status']['denied']}</b></li></ul>",
        f"<h2>Timeline (per {escape(interval)})</h2>", timeline_svg(tl),
        "<h2>Network</h2>", network_svg(net, [a, b]),
        "<h2>Claim ledger</h2>", _ledger_table(ledger),
        f"<h2>Events ({events['total']})</h2>", _events_table(events["items"]),
        "</body></html>",
    ]
    return "\n".join(parts)


def timeline_svg(tl: dict[str, Any], width: int = 900, height: int = 260) -> str:
    """Stacked bars of reports by QuadClass per period and the mean Goldstein line, as SVG."""
    buckets = tl["buckets"]
    if not buckets:
        return "<p class='muted'>No events.</p>"
    left, right, top, bottom = 40, 40, 10, 40
    n = len(buckets)
    max_n = max(1, *(x["reports"] for x in buckets))
    bw = (width - left - right) / n

    def y(v: float) -> float:
        return top + (height - top - bottom) * (1 - v / max_n)

    def g(v: float) -> float:
        return top + (height - top - bottom) * (1 - (v + 10) / 20)

    out = [f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' role='img' class='chart'>",
           f"<line x1='{left}' x2='{width - right}' y1='{height - bottom}' y2='{height - bottom}' stroke='#999'/>",
           f"<line x1='{left}' x2='{width - right}' y1='{g(0):.1f}' y2='{g(0):.1f}' stroke='#ccc' stroke-dasharray='3 3'/>",
           f"<text x='{left - 6}' y='{y(max_n) + 4:.1f}' text-anchor='end' font-size='11'>{max_n}</text>",
           f"<text x='{width - right + 4}' y='{g(10) + 4:.1f}' font-size='11'>+10</text>",
           f"<text x='{width - right + 4}' y='{g(-10):.1f}' font-size='11'>-10</text>"]
    points = []
    every = math.ceil(n / 12)
    bar = max(1.0, min(bw * 0.7, 48.0))
    for i, bk in enumerate(buckets):
        x = left + i * bw
        bx = x + (bw - bar) / 2
        acc = 0
        for q in ("1", "2", "3", "4"):
            v = bk["quad"][q]
            if v:
                out.append(f"<rect x='{bx:.1f}' width='{bar:.1f}' y='{y(acc + v):.1f}' "
                           f"height='{y(acc) - y(acc + v):.1f}' fill='{QCOL[q]}'><title>{escape(bk['period'])}: {v} "
                           f"{QUAD[q]}</title></rect>")
                acc += v
        if bk["goldstein_mean"] is not None:
            points.append((x + bw / 2, g(bk["goldstein_mean"])))
        if i % every == 0:
            out.append(f"<text x='{x + bw / 2:.1f}' y='{height - bottom + 14}' text-anchor='middle' font-size='11'>"
                       f"{escape(bk['period'])}</text>")
    if points:
        out.append("<polyline fill='none' stroke='#6c3483' stroke-width='2' points='"
                   + " ".join(f"{px:.1f},{py:.1f}" for px, py in points) + "'/>")
        out += [f"<circle cx='{px:.1f}' cy='{py:.1f}' r='3' fill='#6c3483'/>" for px, py in points]
    out.append("</svg>")
    legend = " ".join(f"<span><i style='background:{QCOL[q]}'></i>{QUAD[q]}</span>" for q in QCOL)
    return "".join(out) + f"<div class='legend'>{legend}<span><i style='background:#6c3483'></i>mean Goldstein</span></div>"


def network_svg(net: dict[str, Any], focus: list[str], width: int = 600, height: int = 380) -> str:
    """Nodes on a ring around the focus actors, edges coloured by cooperation or conflict."""
    nodes, edges = net["nodes"], net["edges"]
    if not nodes:
        return "<p class='muted'>No actors.</p>"
    cx, cy = width / 2, height / 2
    pos: dict[str, tuple[float, float]] = {}
    centre = [nd for nd in nodes if nd["id"] in focus]
    ring = [nd for nd in nodes if nd["id"] not in focus]
    for i, nd in enumerate(centre):
        pos[nd["id"]] = (cx + ((-60 if i == 0 else 60) if len(centre) > 1 else 0), cy)
    for i, nd in enumerate(ring):
        ang = 2 * math.pi * i / max(1, len(ring)) - math.pi / 2
        pos[nd["id"]] = (cx + 250 * math.cos(ang), cy + 150 * math.sin(ang))
    max_e = max([1] + [e["reports"] for e in edges])
    max_n = max([1] + [nd["reports"] for nd in nodes])
    out = [f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {width} {height}' role='img' class='chart'>"]
    for e in edges:
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        col = "#1f618d" if e["cooperation"] >= e["conflict"] else "#c0392b"
        out.append(f"<line x1='{x1:.1f}' y1='{y1:.1f}' x2='{x2:.1f}' y2='{y2:.1f}' stroke='{col}' stroke-opacity='0.6' "
                   f"stroke-width='{1 + 5 * e['reports'] / max_e:.1f}'><title>{escape(e['source'])} → "
                   f"{escape(e['target'])}: {e['reports']} reports ({e['cooperation']} cooperation, {e['conflict']} "
                   f"conflict)</title></line>")
    for nd in nodes:
        x, y = pos[nd["id"]]
        r = 5 + 12 * math.sqrt(nd["reports"] / max_n)
        fill = "#6c3483" if nd["id"] in focus else "#85929e"
        out.append(f"<circle cx='{x:.1f}' cy='{y:.1f}' r='{r:.1f}' fill='{fill}'><title>{escape(nd['label'])}: "
                   f"{nd['reports']} reports</title></circle>"
                   f"<text x='{x:.1f}' y='{y - r - 3:.1f}' text-anchor='middle' font-size='11'>{escape(nd['label'])}</text>")
    out.append("</svg>")
    return "".join(out)


def _ledger_table(ledger: dict[str, Any]) -> str:
    if not ledger["items"]:
        return "<p class='muted'>No claims about events between them.</p>"
    rows = []
    for c in ledger["items"]:
        about = "; ".join(f"{e['source_code'] or '?'} {e['cameo'] or ''} {e['target_code'] or '?'}" for e in c["events"])
        corr = "; ".join(f"{e['num_sources'] or 0} outlet(s)" + (", disputed" if e["disputed"] else "") for e in c["events"])
        rows.append("<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in (
            c["published"] or "", c["speaker"] or c["speaker_code"] or "?", c["stance"] or "", c["cue"] or "",
            c["content"] or c["sentence"] or "", about, corr, c["outlet"] or "")) + "</tr>")
    head = "".join(f"<th>{h}</th>" for h in ("Published", "Who", "Stance", "Cue", "Says", "About", "Corroboration", "Outlet"))
    return f"<p class='muted'>{ledger['total']} claim(s), {ledger['denials']} denial(s)</p><table><tr>{head}</tr>{''.join(rows)}</table>"


def _events_table(items: list[dict[str, Any]]) -> str:
    if not items:
        return "<p class='muted'>No events.</p>"
    cols = ("date", "source_code", "cameo", "plover", "target_code", "status", "location_name", "outlet", "num_sources",
            "sentence")
    head = "".join(f"<th>{escape(c)}</th>" for c in cols)
    rows = ["<tr>" + "".join(f"<td>{escape('' if e.get(c) is None else str(e.get(c)))}</td>" for c in cols) + "</tr>"
            for e in items]
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"


_CSS = """
body { font: 14px/1.4 system-ui, sans-serif; color: #1d2430; max-width: 1100px; margin: 1em auto; padding: 0 1em; }
.muted { color: #667085; } .chart { width: 100%; height: auto; max-width: 900px; display: block; }
table { border-collapse: collapse; width: 100%; font-size: .85em; } th, td { text-align: left; padding: .2em .4em;
border-bottom: 1px solid #d0d5dd; vertical-align: top; } .legend span { margin-right: 1em; font-size: .85em; }
.legend i { display: inline-block; width: .8em; height: .8em; margin-right: .3em; } ul.totals { padding-left: 1.2em; }
"""
