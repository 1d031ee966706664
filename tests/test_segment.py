"""Paragraphs, datelines and headings."""

from __future__ import annotations

from tacitus.ingest import article_from_text
from tacitus.pipeline.segment import (
    MAX_SENT_TOKENS,
    find_skips,
    model_chunks,
    reporting_sents,
    set_boundaries,
)

TEXT = (
    "ANKARA, May 2, 2024 (Example Wire) - Turkey closed its airspace to military flights on Thursday.\n\n"
    "Regional Tensions Rise Again\n\n"
    "The defence ministry said the measure was temporary\n"
    "and would be reviewed next month.\n\n"
    "Officials declined to comment"
)


def test_dateline_and_heading_are_skipped():
    art = article_from_text(TEXT)
    skips = find_skips(TEXT, art.body_start)
    reasons = [(TEXT[s:e], why) for s, e, why in skips]
    assert reasons[0][1] == "dateline"
    assert ("Regional Tensions Rise Again", "heading") in reasons
    # a wrapped paragraph and a long last line without a full stop are not headings
    assert all("defence ministry" not in text for text, _ in reasons)


def test_reporting_sentences_start_at_paragraphs(nlp):
    art = article_from_text(TEXT)
    doc = nlp.make_doc(art.text)
    doc._.tacitus_article = art
    doc = nlp(doc)
    sents = [s.text.strip() for s in reporting_sents(doc)]
    assert sents[0].startswith("Turkey closed its airspace")
    assert not any(s.startswith("Regional Tensions") for s in sents)
    assert not any("ANKARA" in s for s in sents)
    assert sents[-1] == "Officials declined to comment"


def test_sentence_case_headline_on_top_is_skipped_but_not_lower_down():
    text = (
        "Turkey closes its airspace to military flights, ministry says\n\n"
        "Turkey closed its airspace to military flights on Thursday, the defence ministry said.\n\n"
        "Flights resume next month under the plan\n\n"
        "Officials declined to say when the measure would end."
    )
    reasons = [(text[s:e], why) for s, e, why in find_skips(text, 0)]
    assert reasons == [("Turkey closes its airspace to military flights, ministry says", "heading")]


def test_first_word_after_a_dateline_stays_in_its_sentence(nlp):
    # The parser once ended a sentence after the body's first word ("Israel" | "and Hamas ...").
    text = ("CAIRO, Jan 15 (Example Wire) - Chile and Peru agreed on Wednesday to reopen their border, "
            "officials in both capitals said.\n\nTrade is expected to resume next week.")
    art = article_from_text(text)
    doc = nlp.make_doc(art.text)
    doc._.tacitus_article = art
    doc = nlp(doc)
    sents = [s.text.strip() for s in reporting_sents(doc)]
    assert sents[0].startswith("Chile and Peru agreed") and sents[0].endswith("said.")


def _boundaries(nlp, text):
    """SENT_START per token after the segmenter alone (1 starts, -1 does not, 0 unknown)."""
    doc = nlp.make_doc(text)
    doc._.tacitus_article = None
    set_boundaries(doc)
    return doc, [1 if t.is_sent_start else (-1 if t.is_sent_start is False else 0) for t in doc]


def test_every_paragraph_starts_a_sentence_and_its_next_two_tokens_do_not(nlp):
    paras = [f"Delegates from region {n} met again on Friday in the capital." for n in range(40)]
    doc, marks = _boundaries(nlp, "\n\n".join(paras))
    firsts = [t.i for t in doc if t.text == "Delegates"]
    assert len(firsts) == 40
    for i in firsts[1:]:
        assert marks[i] == 1 and marks[i + 1] == -1 and marks[i + 2] == -1
    assert marks[1] == -1 and marks[2] == -1  # the first paragraph too
    # nothing else is decided before the parser runs
    decided = {i for i in firsts[1:]} | {i + k for i in firsts for k in (1, 2)}
    assert all(m == 0 for i, m in enumerate(marks) if i and i not in decided)


def test_a_run_without_sentence_end_is_cut_after_a_pause(nlp):
    clause = "ministers from both sides kept talking about the border and the trade routes"
    doc, marks = _boundaries(nlp, ", ".join([clause] * 60))  # about 900 tokens, no full stop
    starts = [i for i, m in enumerate(marks) if m == 1 and i]
    assert len(starts) >= 4
    for a, b in zip([0, *starts], [*starts, len(doc)], strict=True):
        assert b - a <= MAX_SENT_TOKENS
    assert all(doc[i - 1].text == "," for i in starts)


# No full stop, comma or capital anywhere: nothing but the run cap can end a sentence.
_RUN = ("officials in kenya said the delegation from the northern province would travel to the coast "
        "to inspect the harbour while ministers in uganda discussed grain exports with traders ")


def test_a_long_text_without_punctuation_is_cut_into_bounded_sentences(nlp, monkeypatch):
    import tacitus.pipeline as pipeline
    from tacitus.pipeline import code_article

    text = _RUN * 60  # about 2,000 tokens
    monkeypatch.setattr(pipeline, "MODEL_PIECE_TOKENS", 700)  # so the models run piece by piece
    doc = pipeline._annotate(nlp, pipeline._make_doc(nlp, article_from_text(text), pipeline.MAX_CHARS))
    sizes = [len(s) for s in doc.sents]
    assert max(sizes) <= MAX_SENT_TOKENS
    assert len(sizes) >= len(doc) // MAX_SENT_TOKENS
    assert doc.text == text and doc.has_annotation("DEP") and doc.has_annotation("LEMMA")
    assert len(code_article(article_from_text(text), nlp).events) == len(doc._.tacitus_events)


def test_model_pieces_cover_the_doc_and_begin_at_sentence_starts(nlp):
    paras = [f"Delegates from region {n} met again on Friday in the capital, and talks went on." for n in range(60)]
    doc, marks = _boundaries(nlp, "\n\n".join(paras) + "\n\n" + _RUN * 20)
    pieces = model_chunks(doc, 250)  # above MAX_SENT_TOKENS, so a forced start is in reach
    assert pieces[0][0] == 0 and pieces[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    assert all(0 < end - start <= 250 for start, end in pieces) and len(pieces) >= 6
    assert all(marks[start] == 1 for start, _ in pieces[1:])  # paragraph starts and capped runs
    assert model_chunks(doc, len(doc)) == [(0, len(doc))]


def test_a_long_article_in_a_batch_is_coded_in_pieces_like_in_one_pass(nlp, monkeypatch):
    import tacitus.pipeline as pipeline
    from tacitus.pipeline import code_article, code_articles

    paras = [f"Officials in Nairobi said on Monday that Kenya had criticised Uganda over border fees, "
             f"and a spokesman for Uganda told reporters in Kampala that talks would resume in week {n}."
             for n in range(30)]
    long_one = article_from_text("\n\n".join(paras), id="long")
    short = [article_from_text("Kenya praised Tanzania on Friday.", id=f"s{n}") for n in range(2)]
    one_pass = code_article(long_one, nlp)
    monkeypatch.setattr(pipeline, "MODEL_PIECE_TOKENS", 300)  # the long one is about 1,000 tokens
    out = list(code_articles([short[0], long_one, short[1]], nlp))
    assert [c.article.id for c in out] == ["s0", "long", "s1"]
    assert out[1].events == one_pass.events and out[1].mentions == one_pass.mentions
    assert out[1].claims == one_pass.claims
    assert out[0].events == code_article(short[0], nlp).events
