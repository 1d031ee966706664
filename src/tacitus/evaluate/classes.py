"""Sentence classes: `conflibert_cameo` (CAMEO PentaClass 0..4).

Our coding of a sentence is the CAMEO root of its best counted event (see
`tacitus.evaluate.events.best_event`), mapped through the Phoenix/ConfliBERT root->class
table below. A sentence where we code no event gets no class: it counts as wrong (it is a
miss for its gold class and a false positive for none). `accuracy_no_event_as_0` shows the
alternative convention (no event = class 0, "statement") for comparison.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tacitus.evaluate.common import code_records, macro_f1, ratio
from tacitus.evaluate.events import best_event, events_of
from tacitus.records import DocumentError, Event

NOTES = (
    "The CAMEO root of each sentence's best event, mapped 01-02 -> 0, 03-05 -> 1, 06-08 -> 2, 09-13 "
    "and 16 -> 3, 14-15 and 17-20 -> 4; a sentence with no event counts as wrong "
    "(accuracy_no_event_as_0 shows the other convention)."
)

CLASS_NAMES = ("statement", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")

# CAMEO root (two digits) -> PentaClass, as in the Phoenix pipeline's quad conversion.
ROOT_CLASS: dict[str, int] = {
    **dict.fromkeys(("01", "02"), 0),
    **dict.fromkeys(("03", "04", "05"), 1),
    **dict.fromkeys(("06", "07", "08"), 2),
    **dict.fromkeys(("09", "10", "11", "12", "13", "16"), 3),
    **dict.fromkeys(("14", "15", "17", "18", "19", "20"), 4),
}


def penta_class(cameo: str | None) -> int | None:
    """The PentaClass of a CAMEO event code ("0231" -> 0, "190" -> 4), None if unknown."""
    if not cameo:
        return None
    return ROOT_CLASS.get(cameo[:2])


def sentence_class(events: Sequence[Event]) -> int | None:
    """The class of a sentence from our events: the best counted event's root, or None."""
    best = best_event(events)
    return penta_class(best.cameo) if best else None


def score_classes(gold: Sequence[dict[str, Any]], predictions: Sequence[Sequence[Event]]) -> dict[str, Any]:
    """Accuracy and macro-F1 of our sentence classes against each record's `quad`."""
    g = [int(r["quad"]) for r in gold]
    p = [sentence_class(evs) for evs in predictions]
    scores = macro_f1(g, p, labels=range(5))
    figures: dict[str, Any] = {
        "sentences": len(gold),
        "accuracy": scores["accuracy"],
        "macro_f1": scores["macro_f1"],
        "coded": sum(1 for x in p if x is not None),
        "accuracy_when_coded": ratio(sum(1 for a, b in zip(g, p, strict=True) if a == b), sum(1 for x in p if x is not None)),
        "accuracy_no_event_as_0": ratio(sum(1 for a, b in zip(g, p, strict=True) if a == (0 if b is None else b)), len(g)),
    }
    rows = [
        {"class": f"{i} {CLASS_NAMES[i]}", "support": v["support"], "precision": v["precision"], "recall": v["recall"], "f1": v["f1"]}
        for i, v in ((int(k), v) for k, v in scores["per_label"].items())
    ]
    return {"figures": figures, "tables": {"per_class": rows}}


def evaluate_classes(records: Sequence[dict[str, Any]], ctx: Any) -> dict[str, Any]:
    """Code each sentence (no date) and score its class (`conflibert_cameo`)."""
    results = code_records([(r["id"], r["text"], None) for r in records], ctx.nlp, ctx.batch_size, ctx.progress)
    out = score_classes(records, events_of(results))
    out["errors"] = sum(1 for r in results if isinstance(r, DocumentError))
    return out
