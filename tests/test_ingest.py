"""Readers: datelines, HTML, JSON Lines, folders, and every kind of bad input."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tacitus.errors import BinaryInputError, EmptyInputError, EncodingError, LanguageError, TooLargeError
from tacitus.ingest import article_from_html, article_from_text, detect_format, read_inputs
from tacitus.ingest.text import check_text, decode, parse_dateline
from tacitus.records import Article, DocumentError

TODAY = date(2026, 11, 25)
BODY = "The foreign ministry said on Monday that talks with its neighbour had been postponed."


@pytest.mark.parametrize(
    ("text", "published", "outlet", "distributor", "place"),
    [
        (" date 2024-10-16 (MENAFN- The Example Times) " + BODY, date(2024, 10, 16), "The Example Times", "MENAFN", None),
        ("MOSCOW, Oct 16 (Reuters) - " + BODY, date(2026, 10, 16), "Reuters", None, "Moscow"),
        ("SEOUL, South Korea, Oct. 3, 2023 (AP) — " + BODY, date(2023, 10, 3), "AP", None, "Seoul, South Korea"),
        ("KYIV (AFP) - " + BODY, None, "AFP", None, "Kyiv"),
        ("September 5, 2022 - " + BODY, date(2022, 9, 5), None, None, None),
        (BODY, None, None, None, None),
    ],
)
def test_dateline_forms(text, published, outlet, distributor, place):
    line = parse_dateline(text, today=TODAY)
    assert line.published == published
    assert line.outlet == outlet
    assert line.distributor == distributor
    assert line.location == place
    assert text[line.body_start:].startswith("The foreign ministry")


def test_dateline_below_a_headline_and_byline():
    text = "Ministers postpone border talks again\n\nBy a staff writer\n\nBAKU, March 3 (Reuters) - " + BODY
    line = parse_dateline(text, today=TODAY)
    assert line.published == date(2026, 3, 3) and line.outlet == "Reuters" and line.location == "Baku"
    assert line.headline == "Ministers postpone border talks again"
    assert text[line.body_start:].startswith("The foreign ministry")
    art = article_from_text(text, today=TODAY)
    assert art.title == "Ministers postpone border talks again" and art.body_start == line.body_start


def test_no_dateline_below_running_text():
    # A paragraph of running text above is body, not a headline: what follows is not a dateline.
    text = BODY + "\n\nBAKU, March 3 (Reuters) - " + BODY
    assert parse_dateline(text, today=TODAY).published is None
    assert parse_dateline(text, today=TODAY).body_start == 0


def test_year_inferred_never_in_the_future():
    line = parse_dateline("WASHINGTON, Dec 30 (Reuters) - " + BODY, today=TODAY)
    assert line.published == date(2025, 12, 30)
    assert line.year_inferred


def test_override_wins_and_missing_date_is_recorded():
    art = article_from_text("MOSCOW, Oct 16 (Reuters) - " + BODY, published=date(2020, 1, 2))
    assert art.published == date(2020, 1, 2) and art.date_source == "override"
    bare = article_from_text(BODY)
    assert bare.published is None and bare.date_source == "missing"
    assert bare.id.startswith("sha1:")


def test_same_story_same_id_whatever_the_whitespace():
    assert article_from_text(BODY).id == article_from_text("  " + BODY.replace(" ", "  ") + "\n").id


def test_html_page_gives_title_date_outlet():
    html = (
        "<html><head><title>Talks postponed</title><meta property='og:site_name' content='Example Post'>"
        "<meta name='date' content='2024-03-02'></head><body><nav>Home | World</nav><article>"
        "<h1>Talks postponed</h1><p>" + BODY + "</p><p>Officials in both capitals said the delay was "
        "technical and that a new date would be set within a month.</p></article></body></html>"
    )
    art = article_from_html(html, id="h1")
    assert art.title == "Talks postponed"
    assert art.published == date(2024, 3, 2) and art.date_source == "metadata"
    assert art.outlet == "Example Post"
    assert "foreign ministry said" in art.text and "Home | World" not in art.text
    assert "\n\n" in art.text  # paragraphs stay apart


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [("a.html", "", "html"), ("a.jsonl", "", "jsonl"), ("a.txt", "{", "text"), ("-", "<!DOCTYPE html>", "html"),
     ("-", '{"id": 1}', "jsonl"), ("-", "Plain words", "text")],
)
def test_detect_format(name, head, kind):
    assert detect_format(name, head) == kind


def test_bad_bytes_and_text_raise_clear_errors():
    with pytest.raises(BinaryInputError, match="PNG image"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "img.png")
    with pytest.raises(BinaryInputError, match="binary"):
        decode(b"\x07\x00\x13\x00\xffunknown", "blob.dat")
    with pytest.raises(EncodingError, match="not UTF-8.*Latin-1"):
        decode("Caf\xe9 au lait".encode("latin-1"), "latin.txt")
    with pytest.raises(EmptyInputError):
        check_text("  \n\t ")
    with pytest.raises(LanguageError, match="English"):
        check_text("Der Außenminister erklärte am Montag, dass die Gespräche mit dem Nachbarland verschoben wurden und "
                   "bald wieder aufgenommen werden sollen.")
    with pytest.raises(LanguageError, match="English"):  # "in" and "an" are English words too
        check_text("Der Präsident traf am Montag den Kanzler in Berlin und sprach über ein Abkommen.")
    # A short English text that borrows foreign words stays English.
    assert check_text("The envoy met the head of the Unión de Naciones in La Paz on Monday and said talks went well.")
    with pytest.raises(TooLargeError):
        decode(b"a" * (50 * 1024 * 1024 + 1), "big.txt")


def test_jsonl_broken_line_is_a_record_and_the_rest_is_read(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": BODY, "published": "2024-05-01", "outlet": "Example Post"}),
        '{"id": "a2", "text": "unterminated',
        json.dumps({"id": "a3", "text": BODY, "published": "May 1st"}),
        json.dumps({"id": "a4", "title": "no text"}),
        json.dumps({"id": 5, "text": BODY}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["Article", "DocumentError", "DocumentError", "DocumentError", "Article"]
    assert items[0].published == date(2024, 5, 1) and items[0].outlet == "Example Post"
    assert items[1].error == "malformed_record" and "batch.jsonl:2" in items[1].message
    assert items[2].id == "a3" and "YYYY-MM-DD" in items[2].message
    assert items[4].id == "5"


def test_a_pretty_printed_json_document_is_read_as_its_records(tmp_path):
    # One array over many lines: each object is a record, not each line an error.
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": "b1", "text": BODY, "published": "2024-05-01"}, {"id": "b2", "title": "no text"}, 7],
                               indent=2), encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["Article", "DocumentError", "DocumentError"]
    assert items[0].id == "b1" and items[0].published == date(2024, 5, 1)
    assert items[1].id == "b2" and "no 'text'" in items[1].message
    assert "batch.json[3]" in items[2].message
    # One object over several lines, and the same on stdin-like input without a suffix.
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"id": "c1", "text": BODY}, indent=2), encoding="utf-8")
    assert [i.id for i in read_inputs([str(single)])] == ["c1"]
    assert detect_format("-", '[\n  {"id": 1}]') == "jsonl"
    # tacitus's own output (`tacitus code --format json`) holds its article: it can be coded again.
    coded = tmp_path / "coded.json"
    coded.write_text(json.dumps({"article": {"id": "d1", "text": BODY, "published": "2024-05-02"}, "events": []}, indent=2),
                     encoding="utf-8")
    assert [(i.id, i.published) for i in read_inputs([str(coded)])] == [("d1", date(2024, 5, 2))]
    assert detect_format("-", "[Update 2] " + BODY) == "text"


def test_folder_reads_every_file_and_reports_the_bad_ones(tmp_path):
    (tmp_path / "good.txt").write_text("MOSCOW, Oct 16 (Reuters) - " + BODY, encoding="utf-8")
    (tmp_path / "page.html").write_text("<html><body><article><p>" + BODY + " " + BODY + "</p></article></body></html>",
                                        encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.dat").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / ".hidden").write_text(BODY, encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    good = {i.id for i in items if isinstance(i, Article)}
    bad = {i.id: i.error for i in items if isinstance(i, DocumentError)}
    assert good == {"good", "page"}
    assert bad == {"empty": "empty", "bin": "binary"}


def test_missing_path_is_an_error_record():
    items = list(read_inputs(["/no/such/file.txt"]))
    assert isinstance(items[0], DocumentError) and "no such file" in items[0].message
