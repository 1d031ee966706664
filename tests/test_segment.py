"""Paragraphs, datelines and headings."""

from __future__ import annotations

from tacitus.ingest import article_from_text
from tacitus.pipeline.segment import MAX_SENT_TOKENS, find_skips, reporting_sents, set_boundaries

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
