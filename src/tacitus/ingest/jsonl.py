"""JSON Lines: one article per line with `id`, `text`, `published` and optional `title`,
`url`, `outlet` (and `html` instead of `text` for raw pages). A broken line becomes a
per-document error; the other lines are still read. A `.json` file holding one JSON document
(an object, or an array of objects, pretty-printed or not) is read as those records."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from tacitus.errors import EncodingError, InputError, MalformedRecordError, TacitusError
from tacitus.ingest.html import article_from_html
from tacitus.ingest.text import _iso, article_from_text
from tacitus.jsonlines import parse_object
from tacitus.records import Article, DocumentError


def articles_from_jsonl(
    lines: Iterable[str], origin: str = "input", published: date | None = None
) -> Iterator[Article | DocumentError]:
    """Yield an Article per good line and a DocumentError per bad one."""
    for lineno, line in enumerate(lines, start=1):
        if line.strip():
            yield _from_line(line, f"{origin}:{lineno}", published)


def articles_from_jsonl_bytes(
    lines: Iterable[bytes], origin: str = "input", published: date | None = None
) -> Iterator[Article | DocumentError]:
    """Like `articles_from_jsonl` over undecoded lines (an open binary file streams): each line
    is decoded on its own, so a file of any size is read line by line and a line that is not
    UTF-8 costs that record only."""
    for lineno, raw in enumerate(lines, start=1):
        if lineno == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
        if not raw.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield DocumentError(id=where, error=EncodingError.code, origin=where,
                                message=f"{where}: not valid UTF-8 (byte {exc.start} of the line); the other lines are read")
            continue
        yield _from_line(line, where, published)


def _from_line(line: str, where: str, published: date | None) -> Article | DocumentError:
    try:
        return article_from_record(parse_object(line, where, MalformedRecordError), where, published)
    except TacitusError as exc:
        return DocumentError(id=_guess_id(line) or where, error=getattr(exc, "code", "error"), message=str(exc), origin=where)


def articles_from_json_text(
    text: str, origin: str = "input", published: date | None = None
) -> Iterator[Article | DocumentError]:
    """Records from JSON text: a whole JSON document (an array of objects or one object over
    several lines) when the text is one, else JSON Lines. Reading a pretty-printed document line
    by line would turn every line into an error."""
    rows = _document(text)
    if rows is None:
        yield from articles_from_jsonl(text.split("\n"), origin=origin, published=published)
        return
    for n, row in enumerate(rows, start=1):
        where = f"{origin}[{n}]" if len(rows) > 1 else origin
        try:
            if not isinstance(row, dict):
                raise MalformedRecordError(f"{where}: expected a JSON object per record")
            yield article_from_record(row, where, published)
        except TacitusError as exc:
            rid = row.get("id") if isinstance(row, dict) else None
            yield DocumentError(id=str(rid) if isinstance(rid, (str, int)) else where,
                                error=getattr(exc, "code", "error"), message=str(exc), origin=where)


def _document(text: str) -> list | None:
    """The records of a whole-document JSON text, or None when the text is JSON Lines (or broken,
    which the line reader then reports line by line)."""
    stripped = text.strip()
    if not stripped.startswith("[") and not (stripped.startswith("{") and "\n" in stripped):
        return None
    try:
        value = json.loads(stripped)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, list) else [value]


def article_from_record(row: dict, where: str, published: date | None = None) -> Article:
    """Build an Article from one JSON object.

    Raises:
        MalformedRecordError: a field has the wrong type or the text is missing.
    """
    if "text" not in row and "html" not in row and isinstance(row.get("article"), dict):
        row = row["article"]  # tacitus's own coded output: code its article again
    rid = row.get("id")
    if rid is not None and not isinstance(rid, (str, int)):
        raise MalformedRecordError(f"{where}: 'id' must be a string or number")
    rid = str(rid) if rid is not None else None
    when = published
    given = row.get("published")
    if given not in (None, "") and not isinstance(given, str):
        # a number is no date: 20240105 or 1714000000 (epoch seconds?) would be guesses
        raise MalformedRecordError(f"{where}: 'published' must be a date string as YYYY-MM-DD, "
                                   f"got {type(given).__name__} {json.dumps(given)[:30]}")
    if when is None and given:
        when = _iso(given[:10])
        if when is None:
            raise MalformedRecordError(f"{where}: 'published' must be a real date as YYYY-MM-DD, got {given[:30]!r}")
    meta = {k: row.get(k) for k in ("title", "url", "outlet")}
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise MalformedRecordError(f"{where}: '{key}' must be a string")
    if isinstance(row.get("text"), str):
        article = article_from_text(row["text"], id=rid, published=when, origin=where, **meta)
        # the record's own date is metadata; "override" is kept for --published
        return replace(article, date_source="metadata") if published is None and when is not None else article
    if isinstance(row.get("html"), str):
        return article_from_html(row["html"], id=rid, published=when, url=meta["url"], origin=where)
    raise MalformedRecordError(f"{where}: no 'text' string in the record")


def _guess_id(line: str) -> str | None:
    try:
        row = json.loads(line)
    except (json.JSONDecodeError, InputError):
        return None
    return str(row["id"]) if isinstance(row, dict) and isinstance(row.get("id"), (str, int)) else None
