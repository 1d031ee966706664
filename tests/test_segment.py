"""Paragraphs, datelines and headings."""

from __future__ import annotations

from tacitus.ingest import article_from_text
from tacitus.pipeline.segment import find_skips, reporting_sents

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
