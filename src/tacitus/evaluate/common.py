"""Small helpers shared by the scorers: reading suites, coding texts in batches, counting.

Scorers are pure functions; only `code_records` runs the pipeline.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language

from tacitus.errors import InputError, LanguageError, TacitusError
from tacitus.jsonlines import parse_object
from tacitus.records import Article, CodedArticle, DocumentError

log = logging.getLogger(__name__)


def read_jsonl(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Read a normalized suite file: one JSON object per line.

    Raises:
        InputError: the file is missing or a line is not a JSON object.
    """
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"{p}: cannot read suite ({exc.strerror}); check the path or --suites") from exc
    records: list[dict[str, Any]] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        records.append(parse_object(line, f"{p}, line {lineno}", InputError))
        if limit is not None and len(records) >= limit:
            break
    return records


def parse_date(value: Any) -> date | None:
    """A suite's ISO date (YYYY-MM-DD, or a longer ISO timestamp), or None."""
    if not value or not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def code_records(
    items: Sequence[tuple[str, str, date | None]], nlp: Language, batch_size: int = 32,
    progress: Callable[[int, int], None] | None = None,
) -> list[CodedArticle | DocumentError]:
    """Code (id, text, published) triples with the pipeline, batched; one result per item, in order.

    A text that cannot be read as an article (e.g. empty) becomes a DocumentError and is
    scored as "nothing found"; a text only the language guess doubts is coded anyway.
    `progress(done, total)` is called after each item.
    """
    from tacitus.ingest import article_from_text
    from tacitus.pipeline import code_articles

    def articles() -> Iterator[Article | DocumentError]:
        for rid, text, published in items:
            try:
                yield article_from_text(text, id=rid, published=published)
            except LanguageError:
                # Suites are English by construction; a short sentence full of names can fail
                # the language guess, so code it anyway rather than score a refusal.
                log.info("%s: coded although the language check doubted it is English", rid)
                yield Article(id=rid, text=text, published=published,
                              date_source="override" if published else "missing")
            except TacitusError as exc:
                yield DocumentError(id=rid, error=exc.code, message=str(exc))

    out: list[CodedArticle | DocumentError] = []
    for result in code_articles(articles(), nlp, batch_size=batch_size):
        out.append(result)
        if progress is not None:
            progress(len(out), len(items))
    for result in out:
        if isinstance(result, DocumentError):
            log.warning("%s: %s", result.id, result.message)
    return out


def ratio(num: float, den: float) -> float | None:
    """num / den, or None when there is nothing to divide by (shown as "n/a")."""
    return num / den if den else None


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | None]:
    """Precision, recall and F1 from counts. Precision is None when nothing was predicted and
    recall None when there is no gold; F1 = 2tp / (predicted + gold), None when both are 0."""
    return {
        "precision": ratio(tp, n_pred),
        "recall": ratio(tp, n_gold),
        "f1": ratio(2 * tp, n_pred + n_gold),
    }


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Two half-open character spans share at least one character."""
    return a_start < b_end and b_start < a_end


def match_spans(
    gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]], exact: bool = False
) -> list[tuple[int, int]]:
    """One-to-one matching of gold and predicted spans: (gold index, pred index) pairs.

    Exact matches are taken first, then overlaps by largest shared length (unless `exact`).
    """
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used_p and gi not in used_g and g == p:
                pairs.append((gi, pi))
                used_g.add(gi)
                used_p.add(pi)
    if exact:
        return sorted(pairs)
    cands = []
    for gi, (gs, ge) in enumerate(gold):
        if gi in used_g:
            continue
        for pi, (ps, pe) in enumerate(pred):
            if pi not in used_p and overlaps(gs, ge, ps, pe):
                cands.append((-(min(ge, pe) - max(gs, ps)), gi, pi))
    for _, gi, pi in sorted(cands):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return sorted(pairs)


def macro_f1(gold: Iterable[Any], pred: Iterable[Any], labels: Sequence[Any]) -> dict[str, Any]:
    """Accuracy, macro-F1 over `labels` and per-label P/R/F1. A prediction outside `labels`
    (e.g. None for "no answer") is wrong and counts against recall only."""
    g = list(gold)
    p = list(pred)
    per: dict[str, dict[str, float | None]] = {}
    f1s: list[float] = []
    for label in labels:
        tp = sum(1 for a, b in zip(g, p, strict=True) if a == label and b == label)
        n_pred = sum(1 for b in p if b == label)
        n_gold = sum(1 for a in g if a == label)
        scores = prf(tp, n_pred, n_gold)
        per[str(label)] = {**scores, "support": n_gold}
        f1s.append(scores["f1"] or 0.0)
    correct = sum(1 for a, b in zip(g, p, strict=True) if a == b)
    return {"accuracy": ratio(correct, len(g)), "macro_f1": ratio(sum(f1s), len(f1s)), "per_label": per}
