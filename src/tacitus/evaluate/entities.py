"""Entities: `re3d` (defence-domain entity spans, crowd + expert labels).

Our mention labels map onto re3d types (LABEL_TO_TYPE); gold entities of those types with
confidence >= 0.5 are the gold. A mention without a mapped label counts as Location when
it carries a place and as Temporal when it carries a date; others are left out. P/R/F1 is
given for exact spans with the same type, and for overlapping spans with the same type
(one to one), overall (micro) and per type.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tacitus.evaluate.common import code_records, match_spans, prf
from tacitus.records import CodedArticle, DocumentError, Mention

NOTES = (
    "PERSON -> Person, ORG -> Organisation, GPE/LOC -> Location, NORP -> Nationality, WEAPON -> "
    "Weapon, DATE -> Temporal; gold entities of those types with confidence >= 0.5; exact spans or "
    "one-to-one overlap, same type."
)

LABEL_TO_TYPE = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "GPE": "Location",
    "LOC": "Location",
    "NORP": "Nationality",
    "WEAPON": "Weapon",
    "DATE": "Temporal",
}
TYPES = ("Person", "Organisation", "Location", "Nationality", "Weapon", "Temporal")
MIN_CONFIDENCE = 0.5


def mention_type(m: Mention) -> str | None:
    """The re3d type of one of our mentions, or None."""
    if m.label in LABEL_TO_TYPE:
        return LABEL_TO_TYPE[m.label]
    if m.place is not None:
        return "Location"
    if m.date is not None:
        return "Temporal"
    return None


def score_entities(gold: Sequence[dict[str, Any]], predictions: Sequence[Sequence[Mention]]) -> dict[str, Any]:
    """Micro and per-type P/R/F1 of our typed mentions against re3d entities."""
    counts = {t: {"tp": 0, "tp_exact": 0, "pred": 0, "gold": 0} for t in TYPES}
    for doc, mentions in zip(gold, predictions, strict=True):
        for t in TYPES:
            g = sorted({(e["start"], e["end"]) for e in doc.get("entities") or []
                        if e.get("type") == t and float(e.get("confidence") or 0) >= MIN_CONFIDENCE})
            p = sorted({(m.start, m.end) for m in mentions if mention_type(m) == t})
            c = counts[t]
            c["gold"] += len(g)
            c["pred"] += len(p)
            c["tp"] += len(match_spans(g, p))
            c["tp_exact"] += len(match_spans(g, p, exact=True))
    tot = {k: sum(c[k] for c in counts.values()) for k in ("tp", "tp_exact", "pred", "gold")}
    figures: dict[str, Any] = {"documents": len(gold), "gold_entities": tot["gold"], "predicted_entities": tot["pred"]}
    for k, v in prf(tot["tp_exact"], tot["pred"], tot["gold"]).items():
        figures[f"exact_{k}"] = v
    for k, v in prf(tot["tp"], tot["pred"], tot["gold"]).items():
        figures[f"overlap_{k}"] = v
    rows = []
    for t, c in counts.items():
        exact = prf(c["tp_exact"], c["pred"], c["gold"])
        loose = prf(c["tp"], c["pred"], c["gold"])
        rows.append({"type": t, "gold": c["gold"], "predicted": c["pred"], "exact_precision": exact["precision"],
                     "exact_recall": exact["recall"], "exact_f1": exact["f1"], "overlap_f1": loose["f1"]})
    return {"figures": figures, "tables": {"per_type": rows}}


def evaluate_entities(records: Sequence[dict[str, Any]], ctx: Any) -> dict[str, Any]:
    """Code each document and score its typed mentions."""
    results = code_records([(r["doc_id"], r["text"], None) for r in records], ctx.nlp, ctx.batch_size, ctx.progress)
    out = score_entities(records, [r.mentions if isinstance(r, CodedArticle) else () for r in results])
    out["errors"] = sum(1 for r in results if isinstance(r, DocumentError))
    return out
