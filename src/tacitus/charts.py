"""PNG charts of analysis results, drawn with matplotlib's Agg backend (no display).

The functions take the dictionaries returned by `tacitus.analysis.dyad_timeline` and
`tacitus.analysis.actor_network` and write one PNG file each. matplotlib is an optional
dependency: it is imported only when a chart is drawn, and its absence raises ChartError.
No pyplot is used, so no global figure state or GUI backend is touched.
"""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import Any

from tacitus.errors import ChartError

log = logging.getLogger(__name__)

QCOL = {"1": "#7fb3d5", "2": "#1f618d", "3": "#f0b27a", "4": "#c0392b"}
QUAD = {"1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict", "4": "material conflict"}
GOLD = "#6c3483"
DPI = 100


def _figure(width: float, height: float) -> Any:
    """A new Figure on an Agg canvas, importing matplotlib lazily."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise ChartError("PNG charts need matplotlib (pip install matplotlib)") from exc
    fig = Figure(figsize=(width, height), dpi=DPI)
    FigureCanvasAgg(fig)
    return fig


def _save(fig: Any, path: Path) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, format="png", dpi=DPI)
    except OSError as exc:
        raise ChartError(f"cannot write {path}: {exc}") from exc
    log.info("wrote %s", path)
    return path


def timeline_png(tl: dict[str, Any], path: str | Path, title: str = "") -> Path:
    """Stacked bars of reports by QuadClass per period with the mean Goldstein score on a
    second axis (-10..+10), written to `path`. An empty timeline gives a chart saying so."""
    path = Path(path)
    fig = _figure(9, 3.6)
    ax = fig.add_subplot(1, 1, 1)
    buckets = tl.get("buckets") or []
    if title:
        ax.set_title(title, fontsize=11)
    if not buckets:
        ax.text(0.5, 0.5, "No events", ha="center", va="center", transform=ax.transAxes, color="#667085")
        ax.set_axis_off()
        return _save(fig, path)
    xs = list(range(len(buckets)))
    bottom = [0] * len(buckets)
    for q in ("1", "2", "3", "4"):
        vals = [bk["quad"].get(q, 0) for bk in buckets]
        ax.bar(xs, vals, bottom=bottom, color=QCOL[q], width=0.7, label=QUAD[q])
        bottom = [b + v for b, v in zip(bottom, vals, strict=True)]
    ax.set_ylabel("event reports")
    ax.set_ylim(0, max(1, *bottom) * 1.1)
    ax.yaxis.get_major_locator().set_params(integer=True)
    every = max(1, math.ceil(len(buckets) / 12))
    ax.set_xticks(xs[::every], [bk["period"] for bk in buckets][::every], fontsize=8, rotation=30, ha="right")
    ax.set_xlim(-0.6, len(buckets) - 0.4)
    g_ax = ax.twinx()
    pts = [(x, bk["goldstein_mean"]) for x, bk in zip(xs, buckets, strict=True) if bk.get("goldstein_mean") is not None]
    if pts:
        g_ax.plot([p[0] for p in pts], [p[1] for p in pts], color=GOLD, marker="o", linewidth=2, markersize=4,
                  label="mean Goldstein")
    g_ax.axhline(0, color="#cccccc", linestyle="--", linewidth=1)
    g_ax.set_ylim(-10.5, 10.5)
    g_ax.set_ylabel("mean Goldstein")
    handles, labels = ax.get_legend_handles_labels()
    h2, l2 = g_ax.get_legend_handles_labels()
    fig.legend(handles + h2, labels + l2, loc="lower center", ncol=5, fontsize=8, frameon=False)
    fig.subplots_adjust(left=0.07, right=0.92, top=0.9 if title else 0.95, bottom=0.3)
    return _save(fig, path)


def network_png(net: dict[str, Any], focus: list[str], path: str | Path, title: str = "") -> Path:
    """The actor network with the `focus` actors in the centre and the others on a ring;
    edges are arrows coloured blue (mostly cooperation) or red (mostly conflict), widths
    and node sizes scaled by reports. Written to `path`."""
    path = Path(path)
    fig = _figure(7, 5)
    ax = fig.add_axes((0.02, 0.02, 0.96, 0.9 if title else 0.96))
    ax.set_axis_off()
    if title:
        fig.suptitle(title, fontsize=11)
    nodes, edges = net.get("nodes") or [], net.get("edges") or []
    if not nodes:
        ax.text(0.5, 0.5, "No actors", ha="center", va="center", transform=ax.transAxes, color="#667085")
        return _save(fig, path)
    pos: dict[str, tuple[float, float]] = {}
    centre = [nd for nd in nodes if nd["id"] in focus]
    ring = [nd for nd in nodes if nd["id"] not in focus]
    for i, nd in enumerate(centre):
        pos[nd["id"]] = ((-0.3 if i == 0 else 0.3) if len(centre) > 1 else 0.0, 0.0)
    for i, nd in enumerate(ring):
        ang = math.pi / 2 - 2 * math.pi * i / max(1, len(ring))
        pos[nd["id"]] = (math.cos(ang), 0.75 * math.sin(ang))
    max_e = max([1] + [e["reports"] for e in edges])
    max_n = max([1] + [nd["reports"] for nd in nodes])
    size = {nd["id"]: 120 + 900 * nd["reports"] / max_n for nd in nodes}
    for e in edges:
        if e["source"] not in pos or e["target"] not in pos:
            continue
        col = "#1f618d" if e["cooperation"] >= e["conflict"] else "#c0392b"
        both = any(o["source"] == e["target"] and o["target"] == e["source"] for o in edges)
        ax.annotate("", xy=pos[e["target"]], xytext=pos[e["source"]],
                    arrowprops={"arrowstyle": "-|>", "color": col, "alpha": 0.7,
                                "linewidth": 1 + 4 * e["reports"] / max_e,
                                "shrinkA": math.sqrt(size[e["source"]]) / 2 + 2,
                                "shrinkB": math.sqrt(size[e["target"]]) / 2 + 2,
                                "connectionstyle": "arc3,rad=0.15" if both else "arc3,rad=0.0"})
    ax.scatter([pos[nd["id"]][0] for nd in nodes], [pos[nd["id"]][1] for nd in nodes],
               s=[size[nd["id"]] for nd in nodes], zorder=3,
               c=[GOLD if nd["id"] in focus else "#85929e" for nd in nodes], edgecolors="white")
    for nd in nodes:
        x, y = pos[nd["id"]]
        ax.annotate(f"{nd['label']} ({nd['reports']})", (x, y), xytext=(0, math.sqrt(size[nd["id"]]) / 2 + 4),
                    textcoords="offset points", ha="center", va="bottom", fontsize=8, zorder=4)
    ax.set_xlim(-1.3, 1.3)
    ax.set_ylim(-1.0, 1.05)
    return _save(fig, path)


def write_report_charts(tl: dict[str, Any], net: dict[str, Any], a: str, b: str, directory: str | Path,
                        interval: str = "") -> list[Path]:
    """The dyad report's charts as `{A}-{B}-timeline.png` and `{A}-{B}-network.png` in `directory`."""
    d = Path(directory)
    stem = f"{a}-{b}".replace("/", "_")
    per = f" (per {interval})" if interval else ""
    return [timeline_png(tl, d / f"{stem}-timeline.png", f"{a} – {b}: event reports by QuadClass{per}"),
            network_png(net, [a, b], d / f"{stem}-network.png", f"Actor network around {a}")]
