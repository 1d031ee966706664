"""Readers that turn files, folders and streams into Articles.

`read_inputs` is the one entry point: give it paths (or "-" for stdin) and it yields an
Article per readable document and a DocumentError per unreadable one, so a batch goes on
past bad input and can report it.
"""

from __future__ import annotations

import codecs
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO

from tacitus.errors import EncodingError, InputError, TacitusError, TooLargeError
from tacitus.ingest.html import article_from_html, declared_charset
from tacitus.ingest.jsonl import article_from_record, articles_from_json_text, articles_from_jsonl_bytes
from tacitus.ingest.text import MAX_BYTES, article_from_text, decode
from tacitus.records import Article, DocumentError

__all__ = ["article_from_html", "article_from_record", "article_from_text", "read_inputs", "detect_format"]

log = logging.getLogger(__name__)

_HTML = {".html", ".htm", ".xhtml"}
_JSONL = {".jsonl", ".ndjson", ".json"}
# Spreadsheet exports: coded as prose they give events between header cells, so they are refused.
_TABLES = {".csv", ".tsv"}


def detect_format(name: str, head: str) -> str:
    """Format of an input from its name, else from its first characters: text, html, jsonl, or
    table (CSV/TSV, refused by the readers)."""
    suffix = Path(name).suffix.lower()
    if suffix in _HTML:
        return "html"
    if suffix in _JSONL:
        return "jsonl"
    if suffix in _TABLES:
        return "table"
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
            yield from _read_stdin(sys.stdin.buffer, published, fmt)
            continue
        p = Path(path)
        if p.is_dir():
            files, broken = _walk(p)
            for bad in broken:
                what = "a broken link (its target does not exist)" if bad.is_symlink() else "cannot read this folder"
                yield DocumentError(id=bad.stem, error="input_error", origin=str(bad), message=f"{bad}: {what}")
            if not files and not broken:
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
        if path.stat().st_size > MAX_BYTES:  # known before reading: a 5 GB file is not loaded to be refused
            yield from _read_large(path, published, fmt)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield DocumentError(id=str(path), error="input_error", message=f"{path}: cannot read ({exc.strerror})", origin=str(path))
        return
    yield from _read_bytes(data, str(path), path.stem, published, fmt)


def _walk(folder: Path) -> tuple[list[Path], list[Path]]:
    """The files under `folder` in name order (hidden ones skipped), and what cannot be read
    under it (broken links, folders without read permission).
    Linked folders are followed, each real folder once, so a link loop ends."""
    files: list[Path] = []
    broken: list[Path] = []
    seen: set[str] = set()
    def unreadable(exc: OSError) -> None:
        broken.append(Path(exc.filename))

    for root, dirs, names in os.walk(folder, followlinks=True, onerror=unreadable):
        real = os.path.realpath(root)
        if real in seen:  # reached again through a link: a loop or a second route
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if name.startswith("."):
                continue
            f = Path(root, name)
            if f.is_file():
                files.append(f)
            elif f.is_symlink() and not f.exists():
                broken.append(f)
    return sorted(files), sorted(broken)


def _read_stdin(stream: IO[bytes], published: date | None, fmt: str | None) -> Iterator[Article | DocumentError]:
    """Standard input: read whole up to the size limit; beyond it, JSON Lines go on streaming
    line by line (`cat archive.jsonl | tacitus ingest -`) and anything else is refused."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) <= MAX_BYTES:
        yield from _read_bytes(data, "<stdin>", "stdin", published, fmt)
        return
    if fmt in (None, "jsonl") and data.lstrip().removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{"):
        yield from articles_from_jsonl_bytes(_lines_after(data, stream), origin="<stdin>", published=published)
        return
    yield DocumentError(id="stdin", error=TooLargeError.code, origin="<stdin>",
                        message=f"<stdin> is over the {MAX_BYTES // (1024 * 1024)} MB limit; give many articles as "
                                "JSON Lines (one article object per line), which is read line by line")


def _lines_after(head: bytes, rest: IO[bytes]) -> Iterator[bytes]:
    """The lines of `head` followed by those of `rest`, the line cut at their seam joined."""
    *lines, tail = head.split(b"\n")
    yield from (line + b"\n" for line in lines)
    for line in rest:
        if tail:
            line, tail = tail + line, b""
        yield line
    if tail:
        yield tail


def _read_large(path: Path, published: date | None, fmt: str | None) -> Iterator[Article | DocumentError]:
    """A file over the size limit: JSON Lines stream record by record (an archive of many
    articles is legitimately large); anything else is refused without being read."""
    with path.open("rb") as fh:
        head = fh.read(4096).lstrip().removeprefix(codecs.BOM_UTF8).lstrip()
        jsonl = fmt == "jsonl" or (fmt is None and path.suffix.lower() in _JSONL)
        if jsonl and head.startswith(b"{"):
            fh.seek(0)
            yield from articles_from_jsonl_bytes(fh, origin=str(path), published=published)
            return
    size = f"{path.stat().st_size / 1e6:.1f} MB, over the {MAX_BYTES // (1024 * 1024)} MB limit"
    hint = ("write it as JSON Lines (one article object per line), which is read line by line" if jsonl
            else "split it into articles, or give many articles as JSON Lines")
    yield DocumentError(id=path.stem, error=TooLargeError.code, message=f"{path} is {size}; {hint}", origin=str(path))


def _read_bytes(
    data: bytes, origin: str, default_id: str, published: date | None, fmt: str | None
) -> Iterator[Article | DocumentError]:
    try:
        try:
            text = decode(data, origin)
        except EncodingError:
            if fmt == "jsonl" or (fmt is None and Path(origin).suffix.lower() in _JSONL):
                # One bad line must not cost the whole file: decode it line by line.
                yield from articles_from_jsonl_bytes(data.split(b"\n"), origin=origin, published=published)
                return
            charset = declared_charset(data) if fmt in (None, "html") else None
            if charset is None or charset == "utf-8":
                raise
            # A page in windows-1252 or another charset it declares, as many older news sites serve.
            try:
                text = data.decode(charset)
            except UnicodeDecodeError as exc:
                raise EncodingError(f"{origin} declares {charset} but is not valid {charset} (byte {exc.start})") from exc
        kind = fmt or detect_format(origin, text[:200])
        if kind == "jsonl":
            # JSON Lines records end at "\n" only: str.splitlines() would also cut at U+2028,
            # U+0085 and other separators that JSON allows unescaped inside strings.
            yield from articles_from_json_text(text, origin=origin, published=published)
        elif kind == "html":
            yield article_from_html(text, id=default_id, published=published, origin=origin)
        elif kind == "text":
            yield article_from_text(text, id=default_id, published=published, origin=origin)
        elif kind == "table":
            raise InputError(f"{origin} is a CSV/TSV table, which tacitus does not read; write its rows as JSON Lines "
                             "(one object per line with 'id', 'text', 'published'), or give --input-format text "
                             "if it really is prose")
        else:
            raise InputError(f"unknown input format {kind!r}; use text, html or jsonl")
    except TacitusError as exc:
        yield DocumentError(id=default_id, error=getattr(exc, "code", "error"), message=str(exc), origin=origin)
