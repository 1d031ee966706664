"""WARC archives (`.warc`, `.warc.gz`): one Article per HTML (or plain-text) response.

HTML responses go through `article_from_html`, plain-text responses and resources through
`article_from_text`; request, metadata, revisit and warcinfo records are skipped. A record
that cannot be parsed becomes a DocumentError and reading resumes at the next record
(the next `WARC/1.x` header, or the next gzip member of a compressed archive). Responses that
carry no article (images, scripts, PDFs, non-2xx statuses) are skipped and counted: one log
line per archive says how many and of which content types (`tacitus -v`).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from tacitus.errors import InputError, MalformedRecordError, TacitusError
from tacitus.ingest.html import article_from_html
from tacitus.ingest.text import article_from_text, decode
from tacitus.records import Article, DocumentError

log = logging.getLogger(__name__)

_CHUNK = 1 << 16


def is_warc(path: str | Path) -> bool:
    """Whether a file name says WARC (`.warc`, `.warc.gz`)."""
    name = str(path).lower()
    return name.endswith((".warc", ".warc.gz"))


def articles_from_warc(path: str | Path, published: date | None = None) -> Iterator[Article | DocumentError]:
    """Yield an Article per readable HTML/text response of a WARC file and a DocumentError
    per malformed or unreadable record.

    Args:
        path: the archive (`.warc` or `.warc.gz`).
        published: a publication date for every article (overrides page metadata).

    Yields:
        Article (id: the target URI, or the WARC-Record-ID) or DocumentError.

    Example:
        >>> for item in articles_from_warc("crawl.warc.gz"):   # doctest: +SKIP
        ...     print(item.url)
    """
    path = Path(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield DocumentError(id=str(path), error="input_error", message=f"{path}: cannot read ({exc.strerror})", origin=str(path))
        return
    skipped: Counter[str] = Counter()
    with fh:
        gz = fh.read(2) == b"\x1f\x8b"
        offset = 0
        index = 0
        while offset is not None:
            fh.seek(offset)
            offset, index = yield from _read_from(fh, path, offset, index, gz, published, skipped)
    if skipped:
        kinds = ", ".join(f"{kind} {n}" for kind, n in skipped.most_common(5))
        log.info("%s: skipped %d response(s) that carry no article (%s)", path, skipped.total(), kinds)


def _read_from(fh: BinaryIO, path: Path, start: int, index: int, gz: bool,
               published: date | None, skipped: Counter[str]) -> Iterator[Article | DocumentError]:
    """Read records from `start`; return (offset to resume at or None, records seen). Responses
    without an article are counted in `skipped` by content type (or status)."""
    from warcio.archiveiterator import ArchiveIterator

    it = ArchiveIterator(fh)
    try:
        for record in it:
            where = it.offset  # absolute offset of this record (warcio tracks it from fh.tell())
            index += 1
            origin = f"{path}#{where}"
            try:
                item = _record_article(record, origin, published)
            except TacitusError as exc:
                yield DocumentError(id=_record_id(record) or origin, error=getattr(exc, "code", "error"), message=str(exc), origin=origin)
                continue
            except Exception as exc:  # warcio/zlib raise assorted errors on damaged payloads
                yield DocumentError(id=_record_id(record) or origin, error="malformed_record",
                                    message=f"{origin}: the WARC record could not be read ({type(exc).__name__}: {exc})", origin=origin)
                continue
            if isinstance(item, str):
                skipped[item] += 1
            elif item is not None:
                yield item
    except Exception as exc:  # warcio raises ArchiveLoadFailed and assorted other errors on damaged records
        bad = max(it.offset, start)  # where the record that failed begins
        origin = f"{path}#{bad}"
        detail = "".join(ch if ch.isprintable() else "?" for ch in str(exc).split("\n")[0])[:120] or type(exc).__name__
        yield DocumentError(id=origin, error="malformed_record",
                            message=f"{origin}: malformed WARC record ({detail}); skipped to the next record", origin=origin)
        return _next_record(fh, bad + 1, gz), index + 1
    return None, index



def _next_record(fh: BinaryIO, after: int, gz: bool) -> int | None:
    """Offset of the next record start after `after`: a gzip member or a `WARC/1.` line."""
    marker = b"\x1f\x8b\x08" if gz else b"\nWARC/1."
    skip = 0 if gz else 1
    fh.seek(after)
    pos = after
    tail = b""
    while chunk := fh.read(_CHUNK):
        data = tail + chunk
        found = data.find(marker)
        if found >= 0:
            return pos - len(tail) + found + skip
        tail = data[-(len(marker) - 1):]
        pos += len(chunk)
    return None


def _record_id(record) -> str | None:
    return record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("WARC-Record-ID")


def _record_article(record, origin: str, published: date | None) -> Article | str | None:
    """The Article of one record; None for records that are no response (requests, metadata);
    for a response that carries no article, why (its content type, or its HTTP status)."""
    if record.rec_type not in ("response", "resource", "conversion"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type == "response":
        if record.http_headers is None:
            raise MalformedRecordError(f"{origin}: response record without HTTP headers")
        status = record.http_headers.get_statuscode()
        if status and not status.startswith("2"):
            return f"status {status}"
        ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    else:
        ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
    if "html" not in ctype and "text/plain" not in ctype:
        return ctype.split(";")[0].strip() or "no content type"
    data = record.content_stream().read()
    text = _decode(data, ctype, origin)
    rid = url or record.rec_headers.get_header("WARC-Record-ID") or origin
    if "html" in ctype:
        return article_from_html(text, id=rid, published=published, url=url, origin=origin)
    article = article_from_text(text, id=rid, published=published, url=url, origin=origin)
    return article


def _decode(data: bytes, ctype: str, origin: str) -> str:
    charset = None
    if "charset=" in ctype:
        charset = ctype.split("charset=", 1)[1].split(";")[0].strip().strip('"') or None
    if charset and charset.replace("-", "").lower() not in ("utf8", "usascii", "ascii"):
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError) as exc:
            raise InputError(f"{origin}: the page is not valid {charset} ({type(exc).__name__})") from exc
    return decode(data, origin)
