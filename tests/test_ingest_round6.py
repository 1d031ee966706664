"""Ingest, round 6: malformed `published` values in JSON Lines are per-record errors, a page
of navigation only is `empty`, a WARC's responses that carry no article are skipped and
counted, a folder of many files is read one file at a time, empty stdin is `empty`."""

from __future__ import annotations

import io
import json
import logging
import subprocess
from pathlib import Path

import pytest

from tacitus.ingest import read_inputs
from tacitus.ingest.html import has_prose
from tacitus.records import Article, DocumentError
from test_cli_store import ROOT, TACITUS, tacitus

STORY = "Russia shelled the port of Odesa on Monday, regional officials said."


@pytest.mark.parametrize("published", ["2024-13-45", "yesterday", 1714000000, 20240105, ["2024-01-05"], {"y": 2024}])
def test_a_malformed_published_is_a_per_record_error(tmp_path, published):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "bad", "text": STORY, "published": published}) + "\n"
                    + json.dumps({"id": "good", "text": STORY, "published": "2024-01-05"}) + "\n", encoding="utf-8")
    bad, good = list(read_inputs([str(path)]))
    assert isinstance(bad, DocumentError) and bad.error == "malformed_record" and bad.id == "bad"
    assert "'published'" in bad.message and f"{path}:1" in bad.message
    assert isinstance(good, Article) and good.published.isoformat() == "2024-01-05"
    assert good.date_source == "metadata"  # the record's own date; "override" is --published


def test_a_missing_published_is_no_error(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "n", "text": STORY, "published": None}) + "\n", encoding="utf-8")
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article) and article.published is None and article.date_source == "missing"


def test_malformed_dates_through_the_cli_name_each_record_without_a_traceback(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [{"id": "x1", "text": STORY, "published": "2024-13-45"}, {"id": "x2", "text": STORY, "published": 7},
            {"id": "x3", "text": STORY}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    r = tacitus("ingest", str(path), "--db", str(tmp_path / "s.duckdb"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert f"{path}:1" in r.stderr and f"{path}:2" in r.stderr and "2 of 3 inputs failed" in r.stderr


NAV_ONLY = ("<html><head><title>Wire</title></head><body><nav><a href='/'>Home</a> | <a href='/w'>World</a> | "
            "<a href='/b'>Business</a> | <a href='/s'>Sport</a></nav><footer>Terms of Use · Privacy Policy · "
            "Contact Us</footer></body></html>")


def test_a_page_of_navigation_only_is_empty(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text(NAV_ONLY, encoding="utf-8")
    (err,) = read_inputs([str(path)])
    assert isinstance(err, DocumentError) and err.error == "empty", err
    assert "navigation" in err.message or "no article text" in err.message


def test_a_short_real_page_still_reads(tmp_path):
    path = tmp_path / "story.html"
    path.write_text(f"<html><body><nav><a href='/'>Home</a></nav><article><p>{STORY}</p></article></body></html>",
                    encoding="utf-8")
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article) and "Odesa" in article.text


@pytest.mark.parametrize("text, prose", [
    ("Home | World | Business | Sport | Opinion | Culture", False),
    ("Sign In\nSubscribe\nAll rights reserved", False),
    ("Terms of Use · Privacy Policy · Contact Us · About the Company", False),
    (STORY, True),
    ("MOSCOW, March 3 (Wire) - Troops crossed the river at dawn.", True),
])
def test_has_prose(text, prose):
    assert has_prose(text) is prose


def _warc_with_other_responses(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    responses = [
        ("https://w.example/story", "text/html; charset=utf-8", "200 OK",
         f"<html><body><article><p>{STORY}</p><p>{STORY}</p></article></body></html>".encode()),
        ("https://w.example/logo.png", "image/png", "200 OK", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("https://w.example/app.js", "application/javascript", "200 OK", b"var x = 1;"),
        ("https://w.example/logo2.png", "image/png", "200 OK", b"\x89PNG\r\n\x1a\n" + bytes(32)),
        ("https://w.example/gone", "text/html", "404 Not Found", b"<html><body>gone</body></html>"),
    ]
    for url, ctype, status, payload in responses:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers))
    path.write_bytes(buf.getvalue())


def test_a_warc_skips_responses_without_an_article_and_counts_them(tmp_path, caplog):
    path = tmp_path / "crawl.warc.gz"
    _warc_with_other_responses(path)
    with caplog.at_level(logging.INFO, logger="tacitus.ingest.warc"):
        items = list(read_inputs([str(path)]))
    assert [type(i) for i in items] == [Article] and items[0].url == "https://w.example/story"
    (line,) = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert "skipped 4 response(s)" in line and "image/png 2" in line and "status 404 1" in line


def test_a_folder_of_many_files_is_read_one_file_at_a_time(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(3000):
        (folder / f"{i:05d}.txt").write_text(f"Story {i}: the council met on Monday to discuss the budget.\n")
    items = read_inputs([str(folder)])
    first = next(items)
    assert isinstance(first, Article) and first.id == "00000"
    # files still ahead are read only when reached: one removed now is reported, not yielded
    (folder / "02999.txt").unlink()
    rest = list(items)
    assert len(rest) == 2999 and all(isinstance(i, Article) for i in rest[:-1])
    assert isinstance(rest[-1], DocumentError) and rest[-1].error == "input_error" and "02999" in rest[-1].message


@pytest.mark.parametrize("data", [b"", b"  \n\t\n"])
@pytest.mark.parametrize("command", ["ingest", "code"])
def test_empty_stdin_is_an_empty_error(tmp_path, data, command):
    args = [TACITUS, command, "-"] + (["--db", str(tmp_path / "s.duckdb")] if command == "ingest" else [])
    r = subprocess.run(args, input=data, capture_output=True, cwd=ROOT, timeout=300)
    err = r.stderr.decode()
    assert r.returncode == 1 and "Traceback" not in err
    assert "[empty]" in err or "(empty)" in err or "is empty" in err, err
