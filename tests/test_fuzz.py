"""Property-based tests (hypothesis) of every reader and of `code_article` on hostile text:
random Unicode, control characters, zero-width and right-to-left marks, very long lines and
tokens, deeply nested or broken HTML, thousands of tiny sentences, one enormous sentence.

The properties: a reader returns an Article or raises an InputError that says what is wrong
(never any other exception); `code_article` returns a CodedArticle whose every offset points
at the text it names; nothing hangs (each example runs under an alarm, generous because the
test machine is shared; it catches loops and blow-ups, not slowness). Input over the size
limit gets a TooLargeError naming the limit, before any parsing."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tacitus.errors import InputError, TooLargeError
from tacitus.ingest import article_from_html, article_from_text, read_inputs
from tacitus.ingest.jsonl import articles_from_jsonl
from tacitus.pipeline import code_article
from tacitus.records import Article, CodedArticle, DocumentError, coded_article_to_dict

HANG_SECONDS = 60
# A few dozen fixed examples per test keep the suite fast and repeatable; set
# TACITUS_FUZZ_EXAMPLES=500 for a deeper, random search.
_DEEP = int(os.environ.get("TACITUS_FUZZ_EXAMPLES", "0"))
FUZZ = settings(max_examples=_DEEP or 30, deadline=None, derandomize=not _DEEP, database=None,
                suppress_health_check=list(HealthCheck))

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
BIDI = ["\u202e", "\u202b", "\u202a", "\u202c", "\u2066", "\u2067", "\u2069", "\u200f", "\u200e"]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1c", "\x1e", "\x7f", "\x85", "\u2028", "\u2029"]
ODD = ["\u0301", "\u0336", "\U0001f4a3", "\U0001f1f7\U0001f1fa", "\ufffd", "\u00a0", "\u3000", "ﬁ", "İ", "ß", "\u05d0",
       "\u0627\u0644", "\u4e2d\u56fd", "Ⅻ", "⁹", "½", "\U0001d54f"]
WORDS = ["Russia", "condemned", "Japan", "said", "on", "Monday", "the", "talks", "in", "Moscow", "Kyiv", "NATO",
         "denied", "that", "troops", "attacked", "Ukraine's", "president", "met", "officials", "would", "not", "U.S.",
         "2024", "Oct.", "16", "(Reuters)", "-", "—", ".", ",", "?", "!", '"', "'", ";", ":", "…", "(", ")", "[", "]"]
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", "\t", "  ", "\r\n"]


@contextlib.contextmanager
def no_hang(seconds: int = HANG_SECONDS):
    """Fail (rather than wait forever) when the body runs longer than `seconds`."""

    def expired(*_):
        raise AssertionError(f"no result after {seconds} s: a hang or a blow-up on this input")

    old = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@st.composite
def hostile_text(draw, max_pieces: int = 120) -> str:
    """English-ish words mixed with every kind of awkward character, plus long runs."""
    piece = st.one_of(
        st.sampled_from(WORDS), st.sampled_from(ZERO_WIDTH + BIDI + CONTROL + ODD),
        st.text(max_size=12),  # any code point but surrogates
        st.builds(lambda c, n: c * n, st.sampled_from(["a", "x", ".", "-", "Ж", "\u200b", " ", "\n", "A."]),
                  st.integers(100, 3000)),  # very long tokens and lines
    )
    pieces = draw(st.lists(piece, max_size=max_pieces))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + s for p, s in zip(pieces, seps, strict=True))


@st.composite
def hostile_html(draw) -> str:
    """Broken, unclosed, deeply nested markup with hostile text and entities in it."""
    tags = ["<p>", "</p>", "<div>", "</div>", "<b>", "</i>", "<table><tr><td>", "</td>", "<script>", "</script>",
            "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<br/>", "<img src=x onerror=alert(1)>", "<a href='javascript:x'>",
            "&amp;", "&lt;", "&#0;", "&#x110000;", "&#65;", "&nbsp;", "&bogus;", "<", ">", "</", "<?xml?>",
            "<!DOCTYPE html>", "<html>", "<body>", "<article>", "<h1>", "<title>", "<meta charset=utf-8>", "<svg><g>",
            "<math>", "<template>", "<noscript>", "<iframe>", "<p class='a\"b'>"]
    depth = draw(st.sampled_from([0, 0, 5, 300, 3000]))
    inner = draw(st.lists(st.one_of(st.sampled_from(tags), hostile_text(max_pieces=15)), max_size=40))
    nest = draw(st.sampled_from(["<div>", "<span>", "<p>", "<b><i>", "<table>", "<ul><li>"]))
    closer = draw(st.booleans())
    return nest * depth + "".join(inner) + ("</div>" * depth if closer else "")


def _reader_result_ok(result: Article | DocumentError, text_in: str | None = None) -> None:
    if isinstance(result, DocumentError):
        assert result.message and result.error
        return
    assert isinstance(result, Article) and result.text.strip()
    assert 0 <= result.body_start <= len(result.text)
    if text_in is not None:
        assert result.text == text_in


# --------------------------------------------------------------------------- readers


@FUZZ
@given(hostile_text())
@example("\u202eRussia condemned Japan\u202c on Monday.\u200b")
@example("\x00" * 50 + "Russia condemned Japan.")
@example("MOSCOW, Oct 16 (" + "A" * 5000 + ") - Russia condemned Japan.")
@example("date 2024-99-99 (MENAFN- x) the talks")
@example("x" * 100_000)
def test_text_reader(text):
    with no_hang():
        try:
            article = article_from_text(text, published=None)
        except InputError as exc:
            assert str(exc)
            return
        _reader_result_ok(article, text)


@FUZZ
@given(hostile_html())
@example("<div>" * 5000 + "Russia condemned Japan on Monday in the talks that were held in Moscow.")
@example("<html><body><p>Russia condemned Japan on Monday" + "<p>" * 2000)
@example("<p>" + "&#x110000;" * 100 + "</p>")
@example("<script>alert(1)</script><p>The talks in Moscow were said to be on the rise.</p>")
def test_html_reader(html):
    with no_hang():
        try:
            article = article_from_html(html, origin="fuzz.html")
        except InputError as exc:
            assert str(exc)
            return
        _reader_result_ok(article)


_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), hostile_text(max_pieces=10),
                    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))
_RECORD = st.fixed_dictionaries({}, optional={"id": _VALUES, "text": st.one_of(hostile_text(), _VALUES),
                                              "html": st.one_of(hostile_html(), _VALUES), "published": _VALUES,
                                              "title": _VALUES, "url": _VALUES, "outlet": _VALUES})


@FUZZ
@given(st.lists(st.one_of(_RECORD, _VALUES), max_size=8), st.booleans())
@example([{"id": "a", "text": "Russia\u2028condemned\x85Japan\x1c on Monday in the talks."}], False)
def test_jsonl_file_reader_one_result_per_record(tmp_path_factory, rows, ascii_only):
    """Each record of a JSON Lines file gives exactly one Article or DocumentError, even when
    its strings hold line and paragraph separators that are not newlines."""
    folder = tmp_path_factory.mktemp("jsonl")
    path = folder / "in.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=ascii_only) for r in rows) + "\n", encoding="utf-8")
    with no_hang():
        results = list(read_inputs([str(path)]))
    assert len(results) == len(rows)
    for row, result in zip(rows, results, strict=True):
        text = row.get("text") if isinstance(row, dict) else None
        _reader_result_ok(result, text if isinstance(result, Article) and isinstance(text, str) else None)


@FUZZ
@given(st.lists(st.one_of(hostile_text(max_pieces=30), st.binary(max_size=200).map(lambda b: b.decode("latin-1"))),
                max_size=8))
def test_jsonl_reader_on_garbage_lines(lines):
    with no_hang():
        results = list(articles_from_jsonl(lines, origin="fuzz"))
    assert len(results) <= len(lines)
    for result in results:
        _reader_result_ok(result)


def _warc_bytes(payloads: list[tuple[str, bytes]], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i, (ctype, body) in enumerate(payloads):
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/{i}", "response", payload=io.BytesIO(body),
                                                      http_headers=http))
    return buf.getvalue()


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(["text/html", "text/plain; charset=utf-8", "text/html; charset=bogus-8",
                                           "text/plain; charset=latin-1", "application/pdf"]),
                          st.one_of(hostile_html(), hostile_text()).map(lambda s: s.encode("utf-8", "surrogatepass")),
                          ), min_size=1, max_size=4),
       st.booleans(), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=4),
       st.integers(0, 10**6) | st.none())
def test_warc_reader_on_hostile_and_damaged_archives(tmp_path_factory, payloads, gz, flips, cut):
    """Every readable response becomes one result; a damaged archive gives errors, never an
    exception or an endless loop."""
    from tacitus.ingest.warc import articles_from_warc

    data = bytearray(_warc_bytes(payloads, gz))
    damaged = bool(flips) or cut is not None
    for at, value in flips:
        data[at % len(data)] = value
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    path = tmp_path_factory.mktemp("warc") / ("in.warc.gz" if gz else "in.warc")
    path.write_bytes(bytes(data))
    with no_hang():
        results = list(articles_from_warc(path))
    for result in results:
        _reader_result_ok(result)
    if not damaged:
        assert len(results) == sum(1 for ctype, _ in payloads if "pdf" not in ctype)


# --------------------------------------------------------------------------- code_article


def _offsets_point_at_their_text(coded: CodedArticle) -> None:
    text = coded.article.text
    for m in coded.mentions:
        assert 0 <= m.start <= m.end <= len(text) and text[m.start:m.end] == m.text, m
    for e in coded.events:
        assert text[e.sentence_start:e.sentence_end] == e.sentence, e
        assert e.sentence_start <= e.trigger_start <= e.trigger_end <= e.sentence_end
        assert text[e.trigger_start:e.trigger_end] == e.trigger, e
    for c in coded.claims:
        assert text[c.sentence_start:c.sentence_end] == c.sentence, c
        assert text[c.cue_start:c.cue_end] == c.cue, c
    ids = {e.id for e in coded.events}
    assert len(ids) == len(coded.events)
    json.dumps(coded_article_to_dict(coded), default=str)  # the output contract serialises


@FUZZ
@given(hostile_text())
@example("Go. " * 3000)  # thousands of tiny sentences
@example(("Russia condemned Japan and " * 1500) + "Moscow said the talks would go on")  # one enormous sentence
@example("\u202eMOSCOW, Oct 16 (Reuters) - \u200bRussia\u200d condemned\u2060 Japan\u202c, the Kremlin said.")
@example("Putin said that " * 400 + "Ukraine attacked.")  # deep attribution nesting
@example(" ".join(["Kyiv"] * 5000))
@example("A" * 50_000)
@example("")
def test_code_article_on_hostile_text(nlp, text):
    article = Article(id="fuzz", text=text, published=date(2024, 10, 16))
    with no_hang():
        coded = code_article(article, nlp)
    assert coded.article.text == text
    _offsets_point_at_their_text(coded)


def test_code_article_over_the_size_limit_is_a_clear_error(nlp):
    article = Article(id="big", text="Russia condemned Japan. " * 1000, published=date(2024, 10, 16))
    with pytest.raises(TooLargeError, match=r"24,000 characters, over the 5,000 limit"):
        code_article(article, nlp, max_chars=5000)
    assert code_article(article, nlp, max_chars=len(article.text)).events  # at the limit: coded


def test_cli_refuses_an_article_over_max_chars_and_codes_the_rest(tmp_path):
    (tmp_path / "big.txt").write_text("Russia condemned Japan on Monday. " * 200, encoding="utf-8")
    (tmp_path / "small.txt").write_text("Russia condemned Japan on Monday.", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "tacitus.cli", "code", str(tmp_path), "--max-chars", "1000",
                        "--published", "2024-10-16", "--format", "jsonl"], capture_output=True, text=True, timeout=300)
    assert r.returncode != 0
    assert "6,800 characters, over the 1,000 limit" in r.stderr and "Traceback" not in r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["article"]["ok"] for row in rows] == [False, True]


def test_reader_refuses_input_over_the_byte_limit_before_decoding(monkeypatch):
    import tacitus.ingest.text as text_mod

    monkeypatch.setattr(text_mod, "MAX_BYTES", 1000)
    with pytest.raises(TooLargeError, match="over the"):
        text_mod.decode(b"a" * 1001, "big.txt")
    results = list(text_mod_read(b"Russia condemned Japan. " * 100))
    assert len(results) == 1 and isinstance(results[0], DocumentError) and results[0].error == "too_large"


def text_mod_read(data: bytes):
    from tacitus.ingest import _read_bytes

    return _read_bytes(data, "big.txt", "big", None, None)



def test_an_enormous_sentence_is_cut_into_bounded_ones(nlp):
    """Per-sentence work for each event would make one enormous sentence cost the square of
    its length; the segmenter cuts runs without a sentence end (at commas when it can)."""
    from tacitus.pipeline.segment import MAX_SENT_TOKENS

    doc = nlp(", and ".join(["Russia condemned Japan in Geneva"] * 300) + ".")
    lengths = [len(s) for s in doc.sents]
    assert max(lengths) <= MAX_SENT_TOKENS and len(lengths) >= len(doc) // MAX_SENT_TOKENS
    assert all(s[0].i == 0 or doc[s[0].i - 1].text == "," for s in doc.sents)  # cut after a comma
    normal = "Russia condemned Japan, France and Germany on Monday in Geneva, officials said."
    assert len(list(nlp(normal).sents)) == 1
    long_run = nlp(" ".join(["word"] * 1000))  # no pause to cut at: cut at the limit
    assert max(len(s) for s in long_run.sents) <= MAX_SENT_TOKENS
