"""Event sentences: `petr2_gsr` (CAMEO dyads) and `plover_gsr` (PLOVER types and actors).

Decisions (documented here and in the report):

- Which events count as predictions: every event we emit whose modality is not negated
  ("X did not attack Y" is not a coded attack). Hypothetical, future and uncertain events
  are counted, because the gold codes statements of intent and reported events too.
- Compound actors: an event with sources [A, B] and targets [C] is scored as the triples
  (A, C) and (B, C). An empty side is written "---" (as the PETRARCH gold writes it).
- Triples are compared as sets per sentence at each level (a triple found twice in one
  sentence counts once), then summed over sentences. A sentence marked "no event" has no
  gold triple, so anything we code there is a false positive.
- Actor codes: `Actor.code` as we write it (USAGOV, IGOEUREEC, ---LEG); if an actor has no
  code, its country (or ---) followed by its sector.
- Levels: exact (source, target, code); country (first 3 characters of each actor);
  root (CAMEO root = first 2 digits); country_root (both relaxed); code (the set of codes
  in the sentence, actors ignored). PLOVER: exact (actor = country + primary sector, the
  first 6 characters), country, and type (set of PLOVER types in the sentence).
- Every wrong exact triple is charged to the rule that produced it (`rule_errors`), so each
  change to the coder shows where its false positives come from.
- "The" event of a sentence (for PLOVER type accuracy and sentence classes) is the counted
  event with the highest confidence, the earliest trigger on ties.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from tacitus.evaluate.common import code_records, parse_date, prf, ratio
from tacitus.records import Actor, CodedArticle, DocumentError, Event

PETR_NOTES = (
    "Predictions are all events we emit that are not negated (exact_f1_factual_only keeps only "
    "factual ones); compound actors expand to one triple per (source, target) pair, an empty side is "
    '"---"; triples are compared as sets per sentence; a "no event" sentence makes anything coded '
    "there a false positive. Levels: exact (source, target, CAMEO code), country (first 3 characters "
    "of each actor code), root (first 2 digits of the code), country_root (both), code (codes per "
    "sentence, actors ignored). false_positives_<path> and the false_positive_rules table say which "
    "rule (lexicon entry or derived rule, and the path: subject, passive, noun, light, statement, "
    "appeal, accusation ...) produced each exact triple not in the gold."
)
PLOVER_NOTES = (
    "type_accuracy: the PLOVER type of each sentence's best event (highest confidence, earliest "
    "trigger; not negated) against event_current, a sentence we do not code counts as wrong. Triples:"
    " (source, target, PLOVER type) with actors as country + primary sector (exact), country only, or"
    " the types per sentence (type)."
)

Triple = tuple[str, str, str]
EMPTY = "---"
_SECTOR = re.compile(r"[A-Za-z]{3}")


def counted(event: Event) -> bool:
    """Whether an emitted event counts as a prediction (not negated)."""
    return not event.modality.negated


def counted_events(events: Sequence[Event]) -> list[Event]:
    return [e for e in events if counted(e)]


def best_event(events: Sequence[Event]) -> Event | None:
    """The counted event with the highest confidence (earliest trigger on ties), or None."""
    pool = counted_events(events)
    if not pool:
        return None
    return min(pool, key=lambda e: (-e.confidence, e.trigger_start))


def actor_code(actor: Actor) -> str:
    """The CAMEO actor code we write for an actor (USAGOV, ---LEG)."""
    if actor.code:
        return actor.code
    return (actor.country or EMPTY) + (actor.sector or "")


def event_triples(
    events: Sequence[Event], code: Callable[[Event], str | None] = lambda e: e.cameo,
    keep: Callable[[Event], bool] = counted,
) -> list[Triple]:
    """(source, target, code) triples of the events `keep` accepts (by default the counted,
    i.e. not negated, ones), one per source x target pair."""
    out: list[Triple] = []
    for e in events:
        if not keep(e):
            continue
        label = code(e)
        if not label:
            continue
        sources = [actor_code(a) for a in e.source] or [EMPTY]
        targets = [actor_code(a) for a in e.target] or [EMPTY]
        # A mutual event ("A and B met") lists the parties on both sides: A->B and B->A, never A->A.
        mutual = len(e.source) > 1 and e.source == e.target
        out.extend((s, t, label) for s in sources for t in targets if not (mutual and s == t))
    return out


def _plover_type(e: Event) -> str | None:
    return e.plover.event if e.plover else None


# Relaxations of a triple, by level.
PETR_LEVELS: dict[str, Callable[[Triple], Any]] = {
    "exact": lambda t: t,
    "country": lambda t: (t[0][:3], t[1][:3], t[2]),
    "root": lambda t: (t[0], t[1], t[2][:2]),
    "country_root": lambda t: (t[0][:3], t[1][:3], t[2][:2]),
    "code": lambda t: t[2],
}
PLOVER_LEVELS: dict[str, Callable[[Triple], Any]] = {
    "exact": lambda t: (t[0][:6], t[1][:6], t[2]),
    "country": lambda t: (t[0][:3], t[1][:3], t[2]),
    "type": lambda t: t[2],
}


def score_triples(
    gold: Sequence[Sequence[Triple]], pred: Sequence[Sequence[Triple]], levels: dict[str, Callable[[Triple], Any]],
    headline: str = "exact",
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """P/R/F1 per level over sentences (sets per sentence).

    Returns the figures (P/R/F1 of the `headline` level, F1 of the others) and a table with
    every level's P/R/F1 and counts.
    """
    figures: dict[str, Any] = {}
    rows: list[dict[str, Any]] = []
    for name, key in levels.items():
        tp = n_pred = n_gold = 0
        for g, p in zip(gold, pred, strict=True):
            gs = {key(t) for t in g}
            ps = {key(t) for t in p}
            tp += len(gs & ps)
            n_pred += len(ps)
            n_gold += len(gs)
        scores = prf(tp, n_pred, n_gold)
        if name == headline:
            figures.update({f"{name}_{k}": v for k, v in scores.items()})
        else:
            figures[f"{name}_f1"] = scores["f1"]
        rows.append({"level": name, **scores, "tp": tp, "predicted": n_pred, "gold": n_gold})
    return figures, rows


def code_confusion(gold: Sequence[Sequence[Triple]], pred: Sequence[Sequence[Triple]], worst: int = 10) -> list[dict[str, Any]]:
    """Per gold CAMEO/PLOVER code: support, hits (exact code anywhere in the sentence), F1, and
    what we coded instead where we missed it; the `worst` codes by F1 then support."""
    support: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    instead: dict[str, Counter[str]] = defaultdict(Counter)
    for g, p in zip(gold, pred, strict=True):
        gcodes = {t[2] for t in g}
        pcodes = {t[2] for t in p}
        predicted.update(pcodes)
        for c in gcodes:
            support[c] += 1
            if c in pcodes:
                hits[c] += 1
            else:
                others = sorted(pcodes - gcodes) or ["(none)"]
                instead[c].update(others)
    rows = []
    for c in support:
        scores = prf(hits[c], predicted[c], support[c])
        rows.append({
            "code": c, "support": support[c], "hit": hits[c], "predicted": predicted[c],
            "f1": scores["f1"] or 0.0,
            "instead": ", ".join(f"{k} x{v}" if v > 1 else k for k, v in instead[c].most_common(4)),
        })
    rows.sort(key=lambda r: (r["f1"], -r["support"], r["code"]))
    return rows[:worst]


def rule_parts(rule: str) -> tuple[str, str]:
    """(lexicon entry or derived rule, path) of an event's rule id: "core:v:attack/passive+place-target"
    -> ("core:v:attack", "passive"); "statement:say/accusation" -> ("statement:say", "accusation")."""
    entry, _, how = rule.partition("/")
    return entry, re.split(r"[+:]", how, maxsplit=1)[0] or "-"


def rule_errors(gold: Sequence[Sequence[Triple]], predictions: Sequence[Sequence[Event]],
                top: int = 15) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Which rule produced each wrong triple: per (entry, path), the counted exact triples that are
    not in the sentence's gold (false positives; `in_no_event` of them in "no event" sentences) and
    those that are (true positives). Returns the figures by path and the `top` rules by false
    positives, so every change to the coder shows where its errors come from."""
    fp: Counter[tuple[str, str]] = Counter()
    tp: Counter[tuple[str, str]] = Counter()
    empty: Counter[tuple[str, str]] = Counter()
    for g, evs in zip(gold, predictions, strict=True):
        gs = set(g)
        for e in evs:
            key = rule_parts(e.rule)
            for t in set(event_triples([e])):
                if t in gs:
                    tp[key] += 1
                else:
                    fp[key] += 1
                    if not gs:
                        empty[key] += 1
    by_path: Counter[str] = Counter()
    for (_, how), n in fp.items():
        by_path[how] += n
    figures = {f"false_positives_{how}": n for how, n in sorted(by_path.items(), key=lambda kv: (-kv[1], kv[0]))}
    rows = [{"rule": entry, "path": how, "false_positives": n, "in_no_event": empty[(entry, how)],
             "true_positives": tp[(entry, how)]}
            for (entry, how), n in sorted(fp.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    return figures, rows


def gold_petr_triples(record: dict[str, Any]) -> list[Triple]:
    return [(e["source"] or EMPTY, e["target"] or EMPTY, e["code"]) for e in record.get("events") or []]


def _plover_actor(a: dict[str, Any]) -> str:
    code = (a.get("code") or EMPTY)[:3]
    sector = a.get("sector") or ""
    m = _SECTOR.match(sector)
    return code + (m.group(0).upper() if m else "")


def gold_plover_triples(record: dict[str, Any]) -> list[Triple]:
    kind = record.get("event_current") or record.get("event")
    sources = [_plover_actor(a) for a in record.get("source") or []] or [EMPTY]
    targets = [_plover_actor(a) for a in record.get("target") or []] or [EMPTY]
    return [(s, t, kind) for s in sources for t in targets]


def score_petr(gold: Sequence[dict[str, Any]], predictions: Sequence[Sequence[Event]], worst: int = 10) -> dict[str, Any]:
    """Score CAMEO dyads of `petr2_gsr`-style records against our events (one list per record).

    Returns {"figures": {...}, "tables": {"levels", "worst_codes", "false_positive_rules"}}; the
    figures include the false positives per rule path (`false_positives_subject`, ...).
    """
    g = [gold_petr_triples(r) for r in gold]
    p = [event_triples(evs) for evs in predictions]
    figures: dict[str, Any] = {"sentences": len(gold), "gold_events": sum(len(x) for x in g)}
    level_figures, levels = score_triples(g, p, PETR_LEVELS)
    figures.update(level_figures)
    factual = [event_triples(evs, keep=lambda e: e.modality.factual) for evs in predictions]
    figures["exact_f1_factual_only"] = score_triples(g, factual, {"exact": PETR_LEVELS["exact"]})[0]["exact_f1"]
    no_event = [i for i, r in enumerate(gold) if r.get("no_events") or not r.get("events")]
    figures["no_event_sentences"] = len(no_event)
    figures["no_event_sentences_coded"] = sum(1 for i in no_event if p[i])
    figures["sentences_with_any_event"] = sum(1 for x in p if x)
    path_figures, rule_rows = rule_errors(g, predictions)
    figures.update(path_figures)
    return {"figures": figures, "tables": {"levels": levels, "worst_codes": code_confusion(g, p, worst),
                                           "false_positive_rules": rule_rows}}


def score_plover(gold: Sequence[dict[str, Any]], predictions: Sequence[Sequence[Event]], worst: int = 10) -> dict[str, Any]:
    """Score `plover_gsr`-style records: (source, target, PLOVER type) triples, and the
    accuracy of the PLOVER type of each sentence's best event against `event_current`."""
    g = [gold_plover_triples(r) for r in gold]
    p = [event_triples(evs, _plover_type) for evs in predictions]
    figures: dict[str, Any] = {"sentences": len(gold), "gold_events": sum(len(x) for x in g)}
    gold_types = [r.get("event_current") or r.get("event") for r in gold]
    best = [best_event(evs) for evs in predictions]
    pred_types = [_plover_type(b) if b else None for b in best]
    correct = sum(1 for a, b in zip(gold_types, pred_types, strict=True) if a == b)
    figures["type_accuracy"] = ratio(correct, len(gold))
    figures["type_accuracy_when_coded"] = ratio(correct, sum(1 for t in pred_types if t))
    figures["sentences_with_any_event"] = sum(1 for t in pred_types if t)
    level_figures, levels = score_triples(g, p, PLOVER_LEVELS)
    figures.update(level_figures)
    return {"figures": figures, "tables": {"levels": levels, "worst_types": code_confusion(g, p, worst)}}


def events_of(results: Sequence[CodedArticle | DocumentError]) -> list[tuple[Event, ...]]:
    return [r.events if isinstance(r, CodedArticle) else () for r in results]


def evaluate_petr(records: Sequence[dict[str, Any]], ctx: Any) -> dict[str, Any]:
    """Code each sentence with its date and score it (`petr2_gsr`)."""
    results = code_records([(r["id"], r["text"], parse_date(r.get("date"))) for r in records], ctx.nlp, ctx.batch_size, ctx.progress)
    out = score_petr(records, events_of(results))
    out["errors"] = sum(1 for r in results if isinstance(r, DocumentError))
    return out


def evaluate_plover(records: Sequence[dict[str, Any]], ctx: Any) -> dict[str, Any]:
    """Code each sentence with its date and score it (`plover_gsr`)."""
    results = code_records([(r["id"], r["text"], parse_date(r.get("date"))) for r in records], ctx.nlp, ctx.batch_size, ctx.progress)
    out = score_plover(records, events_of(results))
    out["errors"] = sum(1 for r in results if isinstance(r, DocumentError))
    return out
