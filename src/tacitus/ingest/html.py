"""HTML pages: main text, title, publication date and outlet through trafilatura."""

from __future__ import annotations

import codecs
import logging
import re
from datetime import date

from tacitus.errors import EmptyInputError, InputError
from tacitus.ingest.text import _iso, article_from_text
from tacitus.records import Article

log = logging.getLogger(__name__)


# Menus and footers come out of a page as short Title Case items between separators ("Home |
# World | Sport"); prose has a run of several words with some in lower case.
_SEPARATORS = re.compile(r"[|•·»«›‹/\\]+|\s[-–—>]\s|\n")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
PROSE_WORDS = 5


def has_prose(text: str) -> bool:
    """Whether extracted page text holds at least one run of `PROSE_WORDS` words, one of them
    in lower case, between menu separators: a page of navigation links and footers has none."""
    for piece in _SEPARATORS.split(text):
        words = _WORD.findall(piece)
        if len(words) >= PROSE_WORDS and any(w.islower() for w in words):
            return True
    return False


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


def date_params() -> dict[str, object]:
    """htmldate settings: the original (publication) date, and only from the page's metadata,
    its URL, `<time>` elements and dated bylines. Its extensive search also reads the whole
    text and turns a bare year ("(c) 2026", "Copyright 2025") into 1 January of it, which is a
    guess, not the page's date; without one the article's date is missing, which is honest."""
    return {"original_date": True, "extensive_search": False,
            "max_date": date.today().isoformat()}


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
        EmptyInputError: no article text could be found in the page (or only menus,
            link lists and footers: `has_prose`).
        InputError: the page could not be parsed.
    """
    import trafilatura  # imported here: a second or two that plain-text users never pay

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          date_extraction_params=date_params())
    except Exception as exc:  # trafilatura raises assorted lxml/parser errors on broken pages
        raise InputError(f"{origin or 'HTML input'}: the page could not be parsed ({type(exc).__name__})") from exc
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = (meta.get("text") or "").strip()
    if not text:
        raise EmptyInputError(f"{origin or 'HTML input'}: no article text found in the page")
    if not has_prose(text):
        raise EmptyInputError(f"{origin or 'HTML input'}: no article text found in the page, only navigation or "
                              f"boilerplate ({' '.join(text.split())[:60]!r})")
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
