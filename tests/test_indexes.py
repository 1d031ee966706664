"""The per-document indexes and caches that keep long articles linear give the answers of the
plain scans they replace."""

from __future__ import annotations

import random
from types import SimpleNamespace

import spacy

from tacitus.gazetteer import load_gazetteer
from tacitus.pipeline import doc_text, mentions_starting_in
from tacitus.pipeline.attribution import _claims_around


def _doc(text: str = "word " * 400):
    return spacy.blank("en")(text)


def test_gazetteer_answers_do_not_depend_on_its_cache():
    gaz = load_gazetteer()
    calls = [("Paris", {}), ("Kharkiv", {"level": "province"}), ("Washington", {"context": {"USA": 1.0}}),
             ("Springfield", {"within": {"illinois": 2.0}}), ("Georgia", {"limit": 2}), ("Nowhere-at-all", {})]
    warm = [gaz.lookup(name, **kw) for name, kw in calls for _ in range(2)][::2]
    gaz._answers.clear()
    gaz._scored.clear()
    cold = [gaz.lookup(name, **kw) for name, kw in calls]
    assert warm == cold
    warm[0].clear()  # a caller may change the list it gets
    assert gaz.lookup("Paris") == cold[0]


def test_claims_around_matches_a_scan():
    rnd = random.Random(7)
    doc = _doc()
    claims = []
    for _ in range(60):
        start = rnd.randrange(0, 1900)
        end = start + rnd.choice([0, 1, 5, 40, 300])
        claims.append(SimpleNamespace(content_start=start, content_end=end, n=len(claims)))
    claims.append(SimpleNamespace(content_start=None, content_end=None, n=len(claims)))
    doc._.tacitus_claims = claims
    for at in range(0, 2000, 7):
        scan = [c for c in claims if c.content_start is not None and c.content_start <= at < c.content_end]
        assert _claims_around(doc, at) == scan


def test_mentions_starting_in_keeps_list_order():
    doc = _doc()
    mentions = [SimpleNamespace(start=s) for s in (50, 10, 30, 10, 90)]
    assert [m.start for m in mentions_starting_in(doc, "test", mentions, 10, 60)] == [50, 10, 30, 10]
    other = [SimpleNamespace(start=5)]  # a new list is indexed anew
    assert mentions_starting_in(doc, "test", other, 0, 10) == other


def test_doc_text_is_the_doc_text():
    doc = _doc("Kyiv, Oct 16 -  Shelling hit the port.\n\nOfficials said so. ")
    assert doc_text(doc) == doc.text


def test_gazetteer_lines_search_as_the_sorted_str_lines():
    import bisect

    from tacitus.gazetteer import SAMPLE_STEP, Lines

    rnd = random.Random(3)
    for n in (0, 1, SAMPLE_STEP - 1, SAMPLE_STEP, SAMPLE_STEP + 1, 5 * SAMPLE_STEP + 7):
        words = sorted("".join(rnd.choice("abé\t") for _ in range(rnd.randint(0, 4))) for _ in range(n))
        lines = Lines()
        lines.extend(words[:n // 2])
        lines.extend(words[n // 2:])
        lines.freeze()
        assert [lines.text(i) for i in range(len(lines))] == words
        for q in ["", "a", "b\t", "é", "éé", "z", *words[::3]]:
            assert lines.bisect_left(q.encode()) == bisect.bisect_left(words, q)
        assert list(lines.containing("\t")) == [i for i, w in enumerate(words) if "\t" in w]
