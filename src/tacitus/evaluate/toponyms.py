"""Toponyms: `geovirus` (place spans with coordinates, Wikinews).

A gold toponym is geolocated when one of our mentions that carries a place (`Mention.place`)
overlaps its span (one to one, exact spans first); its error is the great-circle distance
between our point and the gold point. `accuracy_161km` is the share of all gold toponyms
geolocated within 161 km (100 miles, the usual geoparsing threshold); `median_error_km` is
over the geolocated ones; `place_precision` is the share of our place mentions that overlap
a gold toponym.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from typing import Any

from tacitus.evaluate.common import code_records, match_spans, ratio
from tacitus.records import CodedArticle, DocumentError, Mention

NOTES = (
    "A gold toponym counts when a mention of ours with a place overlaps it and our point is within "
    "161 km of the gold point; median error over the toponyms we geolocated."
)

EARTH_RADIUS_KM = 6371.0088
THRESHOLD_KM = 161.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def score_toponyms(gold: Sequence[dict[str, Any]], predictions: Sequence[Sequence[Mention]], worst: int = 15) -> dict[str, Any]:
    """Share of gold toponyms within 161 km, median error, and span precision/recall."""
    n_gold = n_pred = found = within = 0
    errors: list[float] = []
    misses: list[dict[str, Any]] = []
    for doc, mentions in zip(gold, predictions, strict=True):
        g = [t for t in doc.get("toponyms") or [] if t.get("lat") is not None and t.get("lon") is not None]
        p = [m for m in mentions if m.place is not None]
        n_gold += len(g)
        n_pred += len(p)
        for gi, pi in match_spans([(t["start"], t["end"]) for t in g], [(m.start, m.end) for m in p]):
            t, place = g[gi], p[pi].place
            assert place is not None
            km = distance_km(float(t["lat"]), float(t["lon"]), place.lat, place.lon)
            found += 1
            errors.append(km)
            if km <= THRESHOLD_KM:
                within += 1
            elif len(misses) < worst:
                misses.append({"doc": doc.get("doc_id"), "toponym": t["name"], "ours": f"{place.name} ({place.country or '-'})",
                               "error_km": round(km)})
    figures = {
        "documents": len(gold),
        "gold_toponyms": n_gold,
        "predicted_places": n_pred,
        "accuracy_161km": ratio(within, n_gold),
        "accuracy_161km_when_found": ratio(within, found),
        "median_error_km": statistics.median(errors) if errors else None,
        "place_recall": ratio(found, n_gold),
        "place_precision": ratio(found, n_pred),
    }
    return {"figures": figures, "tables": {"far_off": misses}}


def evaluate_toponyms(records: Sequence[dict[str, Any]], ctx: Any) -> dict[str, Any]:
    """Code each article and score its geolocated places."""
    results = code_records([(r["doc_id"], r["text"], None) for r in records], ctx.nlp, ctx.batch_size, ctx.progress)
    out = score_toponyms(records, [r.mentions if isinstance(r, CodedArticle) else () for r in results])
    out["errors"] = sum(1 for r in results if isinstance(r, DocumentError))
    return out
