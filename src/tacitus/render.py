"""Render coded articles for people and pipes: JSON, JSON Lines, TSV and a terminal table."""

from __future__ import annotations

import json
import shutil
import textwrap
from collections.abc import Iterable
from typing import Any

from tacitus.records import CodedArticle, DocumentError, Event, coded_article_to_dict, to_dict

EVENT_COLUMNS = (
    "article_id", "event_id", "date", "source", "source_code", "cameo", "cameo_name", "goldstein",
    "quad_class", "plover", "target", "target_code", "location", "country", "status", "modality",
    "trigger", "sentence",
)


def result_to_dict(result: CodedArticle | DocumentError) -> dict[str, Any]:
    """JSON-ready data of a coded article, or an error record that keeps the input's id."""
    if isinstance(result, DocumentError):
        return {"article": {"id": result.id, "ok": False, "origin": result.origin},
                "error": {"code": result.error, "message": result.message}}
    return coded_article_to_dict(result)


def to_json(result: CodedArticle | DocumentError) -> str:
    return json.dumps(result_to_dict(result), ensure_ascii=False, indent=2)


def to_jsonl_line(result: CodedArticle | DocumentError) -> str:
    return json.dumps(result_to_dict(result), ensure_ascii=False)


def event_row(article_id: str, event: Event) -> dict[str, str]:
    """One event as flat strings (TSV and table)."""
    loc = event.location
    return {
        "article_id": article_id,
        "event_id": event.id,
        "date": _span(event),
        "source": _actors(event.source, "text"),
        "source_code": _actors(event.source, "code"),
        "cameo": event.cameo,
        "cameo_name": event.cameo_name,
        "goldstein": "" if event.goldstein is None else f"{event.goldstein:g}",
        "quad_class": "" if event.quad_class is None else str(event.quad_class),
        "plover": event.plover.event if event.plover else "",
        "target": _actors(event.target, "text"),
        "target_code": _actors(event.target, "code"),
        "location": loc.name if loc else "",
        "country": (loc.country or "") if loc else "",
        "status": event.attribution.status if event.attribution else "asserted",
        "modality": ",".join(k for k, v in to_dict(event.modality).items() if v is True and k != "factual"),
        "trigger": event.trigger,
        "sentence": " ".join(event.sentence.split()),
    }


def tsv_lines(results: Iterable[CodedArticle | DocumentError], header: bool = True) -> Iterable[str]:
    """One event per row; tabs and newlines inside fields become spaces."""
    if header:
        yield "\t".join(EVENT_COLUMNS)
    for result in results:
        if isinstance(result, DocumentError):
            continue
        for event in result.events:
            row = event_row(result.article.id, event)
            yield "\t".join(" ".join(row[c].split()) for c in EVENT_COLUMNS)


def table(results: Iterable[CodedArticle | DocumentError], width: int | None = None) -> str:
    """A readable table of events with their evidence sentences, article by article."""
    width = width or min(shutil.get_terminal_size((110, 20)).columns, 140)
    out: list[str] = []
    for result in results:
        if isinstance(result, DocumentError):
            out.append(f"== {result.id}: FAILED ({result.error}) {result.message}")
            continue
        art = result.article
        when = art.published.isoformat() if art.published else "no date"
        outlet = f" · {art.outlet}" if art.outlet else ""
        out.append(f"== {art.id} · {when}{outlet} · {len(result.events)} events, {len(result.claims)} claims")
        for ev in result.events:
            row = event_row(art.id, ev)
            marks = [row["status"]] + ([row["modality"]] if row["modality"] else [])
            head = (f"  {row['date'] or '?':<23} {row['source_code'] or '?':<14} {ev.cameo:<5} "
                    f"{(ev.plover.event if ev.plover else ''):<10} {row['target_code'] or '-':<14} [{' '.join(marks)}]")
            out.append(head)
            name = f"{ev.cameo_name} · " if ev.cameo_name else ""
            where = f" · at {row['location']}" if row["location"] else ""
            out.extend(textwrap.wrap(f"{name}trigger '{ev.trigger}'{where}", width, initial_indent="      ", subsequent_indent="      "))
            out.extend(textwrap.wrap(f"“{row['sentence']}”", width, initial_indent="      ", subsequent_indent="       "))
        out.append("")
    return "\n".join(out)


def _span(event: Event) -> str:
    d = event.date
    if d is None or d.start is None:
        return ""
    start, end = d.start.isoformat(), d.end.isoformat() if d.end else ""
    return start if start == end else f"{start}..{end}"


def _actors(actors: Iterable[Any], attr: str) -> str:
    return "+".join(str(getattr(a, attr) or "?") for a in actors)
