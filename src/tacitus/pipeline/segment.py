"""Paragraphs, datelines and headings.

Runs before the parser: a blank line always ends a sentence, and the dateline is its own
segment. Paragraphs that read as headings (short, no closing punctuation) are recorded in
`doc._.tacitus_skip` so later stages code no events from them. `reporting_sents` is how
every stage walks the sentences that can report events.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from tacitus.pipeline import doc_text

_PARA = re.compile(r"\n[ \t]*\n")
_CLOSERS = tuple(".!?:;\"'”’)…")
# Longer runs without a sentence end are cut (at a comma or the like when there is one):
# later stages do per-sentence work for each event, so one enormous "sentence" would make
# coding time grow with the square of its length. News sentences stay far below this.
MAX_SENT_TOKENS = 200
_ENDS = frozenset(".!?")
_PAUSES = frozenset([",", ";", ":", "—", "–", "-", "--"])


def find_skips(text: str, body_start: int) -> list[tuple[int, int, str]]:
    """Spans of `text` that report nothing: (start, end, why) for the dateline and headings."""
    skips: list[tuple[int, int, str]] = []
    if body_start > 0:
        skips.append((0, body_start, "dateline"))
    # A heading stands above other text: a lone paragraph, or the last one, is never a heading
    # (a one-line input such as "The United States will supply arms" is a sentence).
    # Above the first paragraph of running text, a short unpunctuated line is a headline or
    # byline however it is capitalised (many outlets write sentence-case headlines); further
    # down, a sub-heading must also look like one (mostly capitalised words).
    paras = list(_paragraphs(text, body_start))
    on_top = True
    for para_start, para_end in paras[:-1]:
        if _is_heading(text[para_start:para_end], sentence_case=on_top):
            skips.append((para_start, para_end, "heading"))
        else:
            on_top = False
    return skips


def paragraph_starts(text: str, body_start: int) -> list[int]:
    """Character offsets where paragraphs begin (the body's first one included)."""
    return [s for s, _ in _paragraphs(text, body_start)]


def _paragraphs(text: str, body_start: int) -> Iterator[tuple[int, int]]:
    pos = body_start
    for m in _PARA.finditer(text, body_start):
        yield from _trimmed(text, pos, m.start())
        pos = m.end()
    yield from _trimmed(text, pos, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    chunk = text[start:end]
    if chunk.strip():
        lead = len(chunk) - len(chunk.lstrip())
        yield start + lead, start + len(chunk.rstrip())


def _is_heading(para: str, sentence_case: bool = False) -> bool:
    words = para.split()
    if not words or len(words) > (20 if sentence_case else 14) or "\n" in para.strip():
        return False
    if para.rstrip().endswith(_CLOSERS):
        return False
    if sentence_case:
        return True
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalised / len(words) >= 0.5


def set_boundaries(doc: Doc) -> Doc:
    """Start a sentence at each paragraph and at the body after a dateline; record skips."""
    article = doc._.tacitus_article
    body_start = article.body_start if article is not None else 0
    text = doc_text(doc)
    starts = set(paragraph_starts(text, body_start))
    if body_start:
        starts.add(body_start)
    # Boundaries are worked out on a list of SENT_START values (1 starts, -1 does not, 0 unknown)
    # and written back in one go: spaCy's `Token.is_sent_start` setter scans the whole Doc on
    # each call, which made long articles cost more than linear time. spaCy stores the values
    # as uint64, hence the int64 view.
    column = doc.to_array(SENT_START).view("int64")
    sent_start = column.tolist()
    forced = [token.i for token in doc[1:] if token.idx in starts]
    for i in forced:
        sent_start[i] = 1
    # The parser sometimes ends a sentence after the first word of a forced start ("Israel" |
    # "and Hamas agreed ..." after a dateline): the next two tokens of a paragraph never start one.
    forced_set = set(forced) | {0}
    for i in forced_set:
        for j in (i + 1, i + 2):
            if j < len(doc) and j not in forced_set and not doc[j - 1].is_space and doc[j - 1].text not in _ENDS:
                sent_start[j] = -1
            else:
                break
    _close_quotes_at_line_ends(doc, sent_start)
    _cap_runs(doc, sent_start, MAX_SENT_TOKENS)
    column[:] = sent_start
    doc.from_array([SENT_START], column.view("uint64"))
    doc._.tacitus_skip = find_skips(text, body_start)
    return doc


_QUOTE_MARKS = frozenset({'"', "”", "’", "'", "»", "''"})


def _close_quotes_at_line_ends(doc: Doc, sent_start: list[int]) -> None:
    """'... on the Polish state."' at the end of a line closes its sentence: the parser would
    start the next sentence at the mark and read it as opening a quotation on the next line."""
    for token in doc[1:-1]:
        i = token.i
        if token.text not in _QUOTE_MARKS or doc[i - 1].text not in _ENDS or doc[i - 1].whitespace_:
            continue
        if "\n" in token.whitespace_:
            nxt = i + 1
        elif doc[i + 1].is_space and "\n" in doc[i + 1].text:
            nxt = i + 2
            sent_start[i + 1] = -1
        else:
            continue
        sent_start[i] = -1
        if nxt < len(doc) and sent_start[nxt] != -1:
            sent_start[nxt] = 1


def _cap_runs(doc: Doc, sent_start: list[int], limit: int) -> None:
    """Start a sentence (in `sent_start`) wherever `limit` tokens have passed without a likely
    sentence end, preferably after the last pause (comma, semicolon, dash) in the second half
    of the run."""
    run_start = 0
    pause = None
    last = doc[0].text if len(doc) else ""  # the previous token's text, carried (doc[i] builds a Token)
    for token in doc[1:]:
        i = token.i
        prev, last = last, token.text
        if sent_start[i] == 1 or (prev in _ENDS and not token.is_lower):
            run_start, pause = i, None
            continue
        if prev in _PAUSES:
            pause = i
        if i - run_start >= limit:
            cut = pause if pause is not None and pause - run_start >= limit // 2 else i
            sent_start[cut] = 1
            run_start, pause = cut, None


def model_chunks(doc: Doc, limit: int) -> list[tuple[int, int]]:
    """Token ranges [start, end) of at most `limit` tokens that cover `doc`, for running spaCy's
    models piece by piece over a document too long to take whole. Each piece begins where
    `set_boundaries` started a sentence (paragraphs, capped runs), in the second half of the
    window when it can, else after a likely sentence end, else (never after `set_boundaries`,
    whose runs are shorter than any sensible limit) wherever the limit falls."""
    sent_start = doc.to_array(SENT_START).view("int64").tolist()
    forced = [i for i in range(1, len(doc)) if sent_start[i] == 1]
    likely = [i for i in range(1, len(doc)) if doc[i - 1].text in _ENDS and not doc[i].is_lower]
    chunks: list[tuple[int, int]] = []
    start = 0
    while len(doc) - start > limit:
        top = start + limit
        cut = _last_in(forced, start + limit // 2, top) or _last_in(likely, start, top) \
            or _last_in(forced, start, top) or top
        chunks.append((start, cut))
        start = cut
    chunks.append((start, len(doc)))
    return chunks


def _last_in(sorted_ints: list[int], lo: int, hi: int) -> int | None:
    """The largest value in (lo, hi] of a sorted list, or None."""
    k = bisect.bisect_right(sorted_ints, hi)
    return sorted_ints[k - 1] if k and sorted_ints[k - 1] > lo else None


def reporting_sents(doc: Doc) -> Iterator[Span]:
    """The sentences that may report events: not the dateline, not headings, not blank."""
    # Sentences come in text order, so one pointer walks the skipped spans (merged where they
    # overlap) alongside them: testing every sentence against every span was quadratic in a
    # text of many joined articles, each with its headline.
    skips = _merged((s, e) for s, e, _ in doc._.tacitus_skip or [])
    k = 0
    doc_str = doc_text(doc)
    for sent in doc.sents:
        text = doc_str[sent.start_char:sent.end_char]  # sent.text, without rebuilding it from the tokens
        if not text.strip():
            continue
        start = sent.start_char + (len(text) - len(text.lstrip()))
        while k < len(skips) and skips[k][1] <= start:
            k += 1
        if k < len(skips) and skips[k][0] <= start:
            continue
        yield sent


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans sorted, with overlapping ones joined (empty ones dropped)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if s >= e:
            continue
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


@Language.component("tacitus_segment")
def segment_component(doc: Doc) -> Doc:
    return set_boundaries(doc)
