"""HTML pages: main text, title, publication date and outlet through trafilatura."""

from __future__ import annotations

import codecs
import logging
import re
from datetime import date

from tacitus.errors import InputError
from tacitus.ingest.text import _iso, article_from_text
from tacitus.records import Article

log = logging.getLogger(__name__)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its top (`<meta charset="windows-1252">`
    or the http-equiv form), when Python knows it; else None."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def article_from_html(
    html: str,
    id: str | None = None,
    published: date | None = None,
    url: str | None = None,
    origin: str | None = None,
) -> Article:
    """Extract the article from an HTML page. Paragraphs are kept apart by blank lines,
    so the title and sub-headings stay out of the sentences that report events.

    Raises:
        InputError: no article text could be found in the page.
    """
    import trafilatura  # imported here: a second or two that plain-text users never pay

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises assorted lxml/parser errors on broken pages
        raise InputError(f"{origin or 'HTML input'}: the page could not be parsed ({type(exc).__name__})") from exc
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = (meta.get("text") or "").strip()
    if not text:
        raise InputError(f"{origin or 'HTML input'}: no article text found in the page")
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    when = published or _iso(str(meta.get("date") or "")[:10])
    article = article_from_text(
        text,
        id=id,
        published=when,
        title=meta.get("title"),
        url=url or meta.get("url"),
        outlet=meta.get("sitename"),
        origin=origin,
    )
    if published is None and when is not None:
        from dataclasses import replace

        article = replace(article, date_source="metadata")
    return article
