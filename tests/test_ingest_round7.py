"""Ingest round 7: an HTML page's date counts only when the page states it (metadata, JSON-LD,
a <time> element, a dated byline, a dated URL); a bare year in a copyright footer is not a
publication date, so the article's date is then missing. Plain-text datelines: a place and a
dash with no outlet ("MAPUTO, Mozambique — "), accented capitals ("LOMÉ")."""

from __future__ import annotations

import pytest

from tacitus.ingest import article_from_html
from tacitus.ingest.text import parse_dateline

STORY = ("Engineers in the river province said on Tuesday that the rebuilt bridge would carry traffic again "
         "next month, after floods closed it for most of the year. ")
BODY = f"<p>{STORY * 2}</p><p>{STORY}</p>"


def page(head: str = "", header: str = "", footer: str = "<footer>(c) 2026 Riverside Courier. All rights reserved.</footer>") -> str:
    return (f"<html><head><title>Bridge reopens</title>{head}</head><body><nav><a href='/'>Home</a> | "
            f"<a href='/n'>News</a></nav><article><h1>Bridge reopens</h1>{header}{BODY}</article>{footer}</body></html>")


@pytest.mark.parametrize("footer", [
    "<footer>(c) 2026 Riverside Courier. All rights reserved.</footer>",
    "<div class='copyright'>Copyright © 2025 Riverside Courier</div>",
    "<footer>© 2019-2026 Riverside Courier Ltd</footer>",
])
def test_a_copyright_year_is_not_a_publication_date(footer):
    a = article_from_html(page(footer=footer))
    assert a.published is None and a.date_source == "missing"


@pytest.mark.parametrize(("head", "header", "url", "want"), [
    ("<meta property='article:published_time' content='2024-03-12T08:00:00Z'>", "", None, "2024-03-12"),
    ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-08-09T10:00:00Z\"}</script>",
     "", None, "2024-08-09"),
    ("", "<time datetime='2024-05-02'>2 May 2024</time>", None, "2024-05-02"),
    ("", "<p class='byline'>Published 7 June 2024</p>", None, "2024-06-07"),
    ("", "", "https://courier.example/2024/09/14/bridge-reopens", "2024-09-14"),
    # a real New Year's Day story keeps its date
    ("<meta property='article:published_time' content='2025-01-01T09:00:00Z'>", "", None, "2025-01-01"),
])
def test_an_explicit_date_is_kept_and_labelled_metadata(head, header, url, want):
    a = article_from_html(page(head=head, header=header), url=url)
    assert a.published is not None and a.published.isoformat() == want and a.date_source == "metadata"


def test_a_year_only_meta_tag_gives_no_date():
    a = article_from_html(page(head="<meta name='date' content='2026'>"))
    assert a.published is None and a.date_source == "missing"


# ------------------------------------------------------------- datelines with no outlet or accents

@pytest.mark.parametrize("text, place, outlet", [
    ("MAPUTO, Mozambique — Soldiers patrolled the port.", "Maputo, Mozambique", None),
    ("QUITO -- The assembly voted on Monday.", "Quito", None),
    ("LOMÉ, Togo (AP) — The curfew was lifted.", "Lomé, Togo", "AP"),
    ("BOGOTÁ — Talks resumed.", "Bogotá", None),
])
def test_place_datelines_without_an_outlet_or_with_accents(text, place, outlet):
    line = parse_dateline(text)
    assert (line.location, line.outlet) == (place, outlet)
    assert text[line.body_start:][0].isupper()


@pytest.mark.parametrize("text", [
    "BREAKING — Troops crossed the border.",
    "EU - Mercosur talks stalled on Friday.",
    "UN — The council met.",
    "The envoy — and two aides — arrived late.",
])
def test_rubrics_acronyms_and_running_text_are_no_datelines(text):
    line = parse_dateline(text)
    assert line.location is None and line.body_start == 0


def test_a_place_dateline_sets_the_home_country_of_the_police(code):
    coded = code("MAPUTO, Mozambique — Riot police dispersed a crowd outside the market on Sunday.")
    police = [m.actor.code for m in coded.mentions if m.actor is not None and "police" in m.text.lower()]
    assert police and police[0].startswith("MOZ"), police


# ------------------------------------------------------------- joint datelines (session 8)

@pytest.mark.parametrize("text, place, outlet", [
    ("ANKARA/DAMASCUS, May 2 (Wire) - Turkey said its troops would stay.", "Ankara/Damascus", "Wire"),
    ("LIMA/LA PAZ (Wire) - Both governments closed the crossing.", "Lima/La Paz", "Wire"),
    ("HANOI/MANILA/BEIJING — Coast guards traded accusations.", "Hanoi/Manila/Beijing", None),
])
def test_joint_datelines_name_every_city_and_the_body_starts_after_them(text, place, outlet):
    line = parse_dateline(text)
    assert (line.location, line.outlet) == (place, outlet)
    assert text[line.body_start:][0].isupper() and "/" not in text[line.body_start:]


def test_a_rubric_pair_is_no_joint_dateline():
    line = parse_dateline("BREAKING/UPDATE — Troops crossed the border.")
    assert line.location is None and line.body_start == 0


def test_a_joint_dateline_is_not_a_speaker_and_sets_no_home_country(code):
    coded = code("ANKARA/DAMASCUS, May 2 (Wire) - Riot police dispersed a crowd on Sunday, the interior ministry said.")
    police = [m.actor.code for m in coded.mentions if m.actor is not None and "police" in m.text.lower()]
    assert police == ["---COP"], police  # neither city is the story's home
    assert all("Ankara" not in m.text and "Damascus" not in m.text for m in coded.mentions)
    assert [c.source[0].text for c in coded.claims if c.source] == ["the interior ministry"]
