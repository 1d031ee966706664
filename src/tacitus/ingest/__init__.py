"""Readers that turn files, folders and streams into Articles.

`read_inputs` is the one entry point: give it paths (or "-" for stdin) and it yields an
Article per readable document and a DocumentError per unreadable one, so a batch goes on
past bad input and can report it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from tacitus.errors import InputError, TacitusError
from tacitus.ingest.html import article_from_html
from tacitus.ingest.jsonl import article_from_record, articles_from_json_text
from tacitus.ingest.text import article_from_text, decode
from tacitus.records import Article, DocumentError

__all__ = ["article_from_html", "article_from_record", "article_from_text", "read_inputs", "detect_format"]

log = logging.getLogger(__name__)

_HTML = {".html", ".htm", ".xhtml"}
_JSONL = {".jsonl", ".ndjson", ".json"}


def detect_format(name: str, head: str) -> str:
    """Format of an input from its name, else from its first characters: text, html or jsonl."""
    suffix = Path(name).suffix.lower()
    if suffix in _HTML:
        return "html"
    if suffix in _JSONL:
        return "jsonl"
    if suffix and suffix != "-":
        return "text"
    stripped = head.lstrip()
    if stripped.startswith("{") or (stripped.startswith("[") and stripped[1:].lstrip().startswith("{")):
        return "jsonl"
    if stripped[:15].lower().startswith(("<!doctype html", "<html", "<head", "<body", "<article")):
        return "html"
    return "text"


def read_inputs(
    paths: Iterable[str], published: date | None = None, fmt: str | None = None
) -> Iterator[Article | DocumentError]:
    """Yield Articles (and DocumentErrors) from files, folders, WARC archives and "-" (stdin).

    Folders are read recursively in name order; hidden files are skipped.
    """
    for path in paths:
        if path == "-":
            yield from _read_bytes(sys.stdin.buffer.read(), "<stdin>", "stdin", published, fmt)
            continue
        p = Path(path)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not files:
                yield DocumentError(id=str(p), error="empty", message=f"folder {p} holds no files", origin=str(p))
            for f in files:
                yield from _read_file(f, published, fmt)
        elif p.exists():
            yield from _read_file(p, published, fmt)
        else:
            yield DocumentError(id=str(p), error="input_error", message=f"{p}: no such file or folder", origin=str(p))


def _read_file(path: Path, published: date | None, fmt: str | None) -> Iterator[Article | DocumentError]:
    if fmt in (None, "warc") and path.name.lower().endswith((".warc", ".warc.gz")):
        from tacitus.ingest.warc import articles_from_warc  # warcio is imported only for archives

        yield from articles_from_warc(path, published=published)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield DocumentError(id=str(path), error="input_error", message=f"{path}: cannot read ({exc.strerror})", origin=str(path))
        return
    yield from _read_bytes(data, str(path), path.stem, published, fmt)


def _read_bytes(
    data: bytes, origin: str, default_id: str, published: date | None, fmt: str | None
) -> Iterator[Article | DocumentError]:
    try:
        text = decode(data, origin)
        kind = fmt or detect_format(origin, text[:200])
        if kind == "jsonl":
            # JSON Lines records end at "\n" only: str.splitlines() would also cut at U+2028,
            # U+0085 and other separators that JSON allows unescaped inside strings.
            yield from articles_from_json_text(text, origin=origin, published=published)
        elif kind == "html":
            yield article_from_html(text, id=default_id, published=published, origin=origin)
        elif kind == "text":
            yield article_from_text(text, id=default_id, published=published, origin=origin)
        else:
            raise InputError(f"unknown input format {kind!r}; use text, html or jsonl")
    except TacitusError as exc:
        yield DocumentError(id=default_id, error=getattr(exc, "code", "error"), message=str(exc), origin=origin)
