"""Factuality: `meantime` (event mentions with polarity and certainty).

Our events (all of them, negated ones included) whose trigger overlaps a gold event
mention are matched to it one to one. On matched pairs:

- polarity: gold NEG iff our `modality.negated` (gold POS/NEG only; UNDERSPECIFIED and
  missing values are left out);
- certainty: gold CERTAIN iff our event is not uncertain, hypothetical or future (gold
  CERTAIN/PROBABLE/POSSIBLE only).

`trigger_recall` / `trigger_precision` say how many gold mentions we found at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tacitus.evaluate.common import code_records, match_spans, parse_date, ratio
from tacitus.records import CodedArticle, DocumentError, Event

NOTES = (
    "Our events (negated ones too) whose trigger overlaps a gold event mention; polarity: gold NEG "
    "iff our modality is negated (POS/NEG gold only); certainty: gold CERTAIN iff we mark the event "
    "neither uncertain, hypothetical nor future (CERTAIN/PROBABLE/POSSIBLE gold only)."
)


def our_certain(e: Event) -> bool:
    m = e.modality
    return not (m.uncertain or m.hypothetical or m.future)


def score_factuality(gold: Sequence[dict[str, Any]], predictions: Sequence[Sequence[Event]], worst: int = 15) -> dict[str, Any]:
    """Agreement on polarity and certainty for our events that match gold event mentions."""
    n_gold = n_pred = matched = 0
    pol_n = pol_ok = cer_n = cer_ok = neg_gold = neg_found = 0
    misses: list[dict[str, Any]] = []
    for doc, events in zip(gold, predictions, strict=True):
        g = doc.get("events") or []
        n_gold += len(g)
        n_pred += len(events)
        pairs = match_spans([(x["start"], x["end"]) for x in g], [(e.trigger_start, e.trigger_end) for e in events])
        matched += len(pairs)
        for gi, pi in pairs:
            x, e = g[gi], events[pi]
            wrong = []
            if x.get("polarity") in ("POS", "NEG"):
                pol_n += 1
                gold_neg = x["polarity"] == "NEG"
                neg_gold += gold_neg
                if gold_neg == e.modality.negated:
                    pol_ok += 1
                    neg_found += gold_neg
                else:
                    wrong.append("polarity")
            if x.get("certainty") in ("CERTAIN", "PROBABLE", "POSSIBLE"):
                cer_n += 1
                if (x["certainty"] == "CERTAIN") == our_certain(e):
                    cer_ok += 1
                else:
                    wrong.append("certainty")
            if wrong and len(misses) < worst:
                misses.append({"doc": doc.get("doc_id"), "trigger": x.get("text"),
                               "gold": f"{x.get('polarity')}/{x.get('certainty')}",
                               "ours": f"{'NEG' if e.modality.negated else 'POS'}/{'CERTAIN' if our_certain(e) else 'UNCERTAIN'}",
                               "wrong": "+".join(wrong)})
    figures = {
        "documents": len(gold),
        "gold_event_mentions": n_gold,
        "our_events": n_pred,
        "matched": matched,
        "trigger_recall": ratio(matched, n_gold),
        "trigger_precision": ratio(matched, n_pred),
        "polarity_pairs": pol_n,
        "polarity_accuracy": ratio(pol_ok, pol_n),
        "negation_recall": ratio(neg_found, neg_gold),
        "certainty_pairs": cer_n,
        "certainty_accuracy": ratio(cer_ok, cer_n),
    }
    return {"figures": figures, "tables": {"disagreements": misses}}


def evaluate_factuality(records: Sequence[dict[str, Any]], ctx: Any) -> dict[str, Any]:
    """Code each document with its creation time and score its events' factuality."""
    results = code_records([(r["doc_id"], r["text"], parse_date(r.get("dct"))) for r in records], ctx.nlp, ctx.batch_size, ctx.progress)
    out = score_factuality(records, [r.events if isinstance(r, CodedArticle) else () for r in results])
    out["errors"] = sum(1 for r in results if isinstance(r, DocumentError))
    return out
