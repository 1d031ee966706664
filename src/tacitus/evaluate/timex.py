"""Temporal expressions: `tempeval3` (TIMEX3 DATE detection and normalisation).

Each document is coded with `published` = its creation time (dct). Our DATE mentions are
the mentions that carry a normalised date (`Mention.date`, not a duration) or have label
DATE. They are matched one to one with the gold TIMEX3 of type DATE by overlap (exact
spans first). A mention of ours that overlaps only a gold TIME, DURATION or SET is neither
right nor wrong (ignored). Value accuracy is over matched pairs: our `Mention.date.value`
(TimeML-style: 2013-03-22, 2013-W12, 2012, PRESENT_REF) equal to the gold value.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tacitus.evaluate.common import code_records, match_spans, overlaps, parse_date, prf, ratio
from tacitus.records import CodedArticle, DocumentError, Mention

NOTES = (
    "Documents coded with published = their creation time; our DATE mentions (a normalised non-"
    "duration date, or label DATE) matched one to one to gold TIMEX3 of type DATE by overlap; "
    "mentions overlapping only TIME/DURATION/SET gold are ignored; value_accuracy over matched pairs "
    "(TimeML value equal)."
)


def date_mentions(mentions: Sequence[Mention]) -> list[Mention]:
    """Our mentions that count as DATE expressions."""
    out = []
    for m in mentions:
        if m.date is not None:
            if m.date.kind != "duration":
                out.append(m)
        elif m.label == "DATE":
            out.append(m)
    return out


def score_timex(gold: Sequence[dict[str, Any]], predictions: Sequence[Sequence[Mention]], worst: int = 15) -> dict[str, Any]:
    """Detection P/R/F1 (overlap and exact span) and value accuracy of DATE expressions.

    `predictions` holds, per document, our mentions (all of them; DATEs are picked here).
    """
    tp = tp_exact = n_pred = n_gold = value_ok = 0
    misses: list[dict[str, Any]] = []
    for doc, mentions in zip(gold, predictions, strict=True):
        timex = doc.get("timex") or []
        g = [t for t in timex if t.get("type") == "DATE"]
        others = [t for t in timex if t.get("type") != "DATE"]
        p = [m for m in date_mentions(mentions)]
        pairs = match_spans([(t["start"], t["end"]) for t in g], [(m.start, m.end) for m in p])
        matched_p = {pi for _, pi in pairs}
        ignored = {
            pi for pi, m in enumerate(p)
            if pi not in matched_p and any(overlaps(m.start, m.end, t["start"], t["end"]) for t in others)
        }
        n_gold += len(g)
        n_pred += len(p) - len(ignored)
        tp += len(pairs)
        for gi, pi in pairs:
            t, m = g[gi], p[pi]
            if (t["start"], t["end"]) == (m.start, m.end):
                tp_exact += 1
            ours = m.date.value if m.date else None
            if ours == t.get("value"):
                value_ok += 1
            elif len(misses) < worst:
                misses.append({"doc": doc.get("doc_id"), "text": t["text"], "gold": t.get("value"), "ours": ours or "-"})
    figures: dict[str, Any] = {"documents": len(gold), "gold_dates": n_gold, "predicted_dates": n_pred}
    for k, v in prf(tp, n_pred, n_gold).items():
        figures[f"detection_{k}"] = v
    figures["exact_span_f1"] = prf(tp_exact, n_pred, n_gold)["f1"]
    figures["value_accuracy"] = ratio(value_ok, tp)
    figures["value_recall"] = ratio(value_ok, n_gold)
    return {"figures": figures, "tables": {"wrong_values": misses}}


def evaluate_timex(records: Sequence[dict[str, Any]], ctx: Any) -> dict[str, Any]:
    """Code each document with its creation time and score its DATE expressions."""
    results = code_records([(r["doc_id"], r["text"], parse_date(r.get("dct"))) for r in records], ctx.nlp, ctx.batch_size, ctx.progress)
    out = score_timex(records, [r.mentions if isinstance(r, CodedArticle) else () for r in results])
    out["errors"] = sum(1 for r in results if isinstance(r, DocumentError))
    return out
