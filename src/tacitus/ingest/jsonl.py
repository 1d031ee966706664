"""JSON Lines: one article per line with `id`, `text`, `published` and optional `title`,
`url`, `outlet` (and `html` instead of `text` for raw pages). A broken line becomes a
per-document error; the other lines are still read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date

from tacitus.errors import InputError, MalformedRecordError, TacitusError
from tacitus.ingest.html import article_from_html
from tacitus.ingest.text import _iso, article_from_text
from tacitus.records import Article, DocumentError


def articles_from_jsonl(
    lines: Iterable[str], origin: str = "input", published: date | None = None
) -> Iterator[Article | DocumentError]:
    """Yield an Article per good line and a DocumentError per bad one."""
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            yield article_from_record(_parse(line, where), where, published)
        except TacitusError as exc:
            yield DocumentError(id=_guess_id(line) or where, error=getattr(exc, "code", "error"), message=str(exc), origin=where)


def article_from_record(row: dict, where: str, published: date | None = None) -> Article:
    """Build an Article from one JSON object.

    Raises:
        MalformedRecordError: a field has the wrong type or the text is missing.
    """
    rid = row.get("id")
    if rid is not None and not isinstance(rid, (str, int)):
        raise MalformedRecordError(f"{where}: 'id' must be a string or number")
    rid = str(rid) if rid is not None else None
    when = published
    if when is None and row.get("published"):
        when = _iso(str(row["published"])[:10])
        if when is None:
            raise MalformedRecordError(f"{where}: 'published' must be YYYY-MM-DD, got {str(row['published'])[:30]!r}")
    meta = {k: row.get(k) for k in ("title", "url", "outlet")}
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise MalformedRecordError(f"{where}: '{key}' must be a string")
    if isinstance(row.get("text"), str):
        return article_from_text(row["text"], id=rid, published=when, origin=where, **meta)
    if isinstance(row.get("html"), str):
        return article_from_html(row["html"], id=rid, published=when, url=meta["url"], origin=where)
    raise MalformedRecordError(f"{where}: no 'text' string in the record")


def _parse(line: str, where: str) -> dict:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedRecordError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(row, dict):
        raise MalformedRecordError(f"{where}: expected a JSON object per line")
    return row


def _guess_id(line: str) -> str | None:
    try:
        row = json.loads(line)
    except (json.JSONDecodeError, InputError):
        return None
    return str(row["id"]) if isinstance(row, dict) and isinstance(row.get("id"), (str, int)) else None
