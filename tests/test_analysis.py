"""Analysis over a real DuckDB store: dyad timelines, the actor network, the claim ledger
and event evidence (records built here and stored through the real Store; one test codes
an article with the real pipeline)."""

from __future__ import annotations

from datetime import date

import pytest

from store_data import populate
from tacitus import analysis
from tacitus.analysis import AnalysisError, EventFilter
from tacitus.ingest import article_from_text
from tacitus.store import EventQuery, Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "a.duckdb") as s:
        populate(s)
        yield s


def test_monthly_dyad_timeline_counts_quads_statuses_and_clusters(store):
    tl = analysis.dyad_timeline(store, "RUS", "PRK", interval="month")
    assert [b["period"] for b in tl["buckets"]] == ["2025-03-01", "2025-04-01"]
    march, april = tl["buckets"]
    assert march["reports"] == 4
    assert march["events"] == 2  # the meeting reported twice is one event; claim and denial are one
    assert march["quad"] == {"1": 2, "2": 2, "3": 0, "4": 0}
    assert march["plover"] == {"CONSULT": 2, "AID": 2}
    assert march["status"] == {"asserted": 2, "claimed": 1, "denied": 1}
    assert march["goldstein_sum"] == pytest.approx(18.6)
    assert march["goldstein_mean"] == pytest.approx(4.65)
    assert march["directions"] == {"RUS>PRK": 0, "PRK>RUS": 4}
    assert april["reports"] == 1 and april["directions"] == {"RUS>PRK": 1, "PRK>RUS": 0}
    assert tl["totals"]["reports"] == 5  # the condemnation of Japan is not part of the pair


def test_timeline_direction_period_and_bad_input(store):
    directed = analysis.dyad_timeline(store, "RUS", "PRK", undirected=False)
    assert sum(b["reports"] for b in directed["buckets"]) == 1
    daily = analysis.dyad_timeline(store, "rus", "prkgov", interval="day", since=date(2025, 3, 2))
    assert [b["period"] for b in daily["buckets"] if b["reports"]] == ["2025-03-03", "2025-04-10"]
    assert len(daily["buckets"]) == 39 and daily["buckets"][1]["reports"] == 0  # empty days fill the axis
    sparse = analysis.dyad_timeline(store, "RUS", "PRK", interval="day", fill=False)
    assert [b["period"] for b in sparse["buckets"]] == ["2025-03-01", "2025-03-03", "2025-04-10"]
    weekly = analysis.dyad_timeline(store, "RUS", "PRK", interval="week")
    assert weekly["buckets"][0]["period"] == "2025-02-24"  # weeks start on Monday
    with pytest.raises(AnalysisError, match="interval"):
        analysis.dyad_timeline(store, "RUS", "PRK", interval="year")
    with pytest.raises(AnalysisError, match="actor code"):
        analysis.dyad_timeline(store, "RUS' OR 1=1 --", "PRK")
    assert analysis.dyad_timeline(store, "USA", "CHN")["buckets"] == []


def test_network_weights_cooperation_and_conflict(store):
    net = analysis.actor_network(store)
    assert {n["id"] for n in net["nodes"]} == {"RUS", "PRK", "JPN"}
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert edges["PRK", "RUS"]["reports"] == 4 and edges["PRK", "RUS"]["cooperation"] == 4
    assert edges["PRK", "RUS"]["events"] == 2
    assert edges["RUS", "JPN"]["conflict"] == 1 and edges["RUS", "JPN"]["cooperation"] == 0
    assert edges["RUS", "PRK"]["goldstein_sum"] == pytest.approx(3.4)
    conflict = analysis.actor_network(store, code="11")
    assert [(e["source"], e["target"]) for e in conflict["edges"]] == [("RUS", "JPN")]
    april = analysis.actor_network(store, since=date(2025, 4, 1), plover="SUPPORT")
    assert [(e["source"], e["target"]) for e in april["edges"]] == [("RUS", "PRK")]
    codes = analysis.actor_network(store, level="code", actor="JPN")
    assert {n["id"] for n in codes["nodes"]} == {"RUSGOV", "JPNGOV"}


def test_claim_ledger_shows_speakers_denials_and_corroboration(store):
    led = analysis.claim_ledger(store, "PRK", "RUS")
    assert led["total"] == 2 and led["denials"] == 1
    claim, denial = led["items"]
    assert claim["speaker_code"] == "KORSPY" and claim["stance"] == "assert" and claim["outlet"] == "Wire B"
    assert denial["speaker_code"] == "RUSGOV" and denial["refers_to"] == ["c1"]
    assert claim["events"][0]["disputed"] is True and claim["events"][0]["corroborated"] is False
    assert led["speakers"] == {"KORSPY": {"assert": 1}, "RUSGOV": {"deny": 1}}
    assert analysis.claim_ledger(store, "RUS", "JPN")["total"] == 0


def test_event_detail_has_evidence_supporting_reports_and_denials(store):
    d = analysis.event_detail(store, "p2#e2")
    s, e = d["trigger_in_sentence"]
    assert d["sentence"][s:e] == "shipped"
    assert d["claim"]["cue"] == "said" and d["claim"]["source"][0]["code"] == "KORSPY"
    assert [c["claim_id"] for c in d["related_claims"]] == ["c2"]
    assert [r["event_uid"] for r in d["denials"]] == ["p2#e3"]
    meeting = analysis.event_detail(store, "p1#e1")
    assert [r["event_uid"] for r in meeting["supporting"]] == ["p2#e1"] and meeting["num_sources"] == 2
    assert meeting["claim"] is None and meeting["location"]["name"] == "Moscow"
    assert analysis.event_detail(store, "nope#e1") is None


def test_event_filters_and_paging(store):
    def total(**kw) -> int:
        query = kw.pop("query", EventQuery())
        return analysis.list_events(store, EventFilter(query=query, **kw))["total"]

    assert total() == 6
    assert total(actor="JPN") == 1
    assert total(query=EventQuery(dyad=("PRK", "RUS"))) == 4
    assert total(query=EventQuery(dyad=("PRK", "RUS"), undirected=True)) == 5
    assert total(query=EventQuery(status="denied")) == 1
    assert total(query=EventQuery(min_sources=2)) == 2
    assert total(plover="aid") == 2
    assert total(query=EventQuery(dyad=("RUS' OR '1'='1", "PRK"))) == 0
    page = analysis.list_events(store, EventFilter(offset=4), limit=10)
    assert page["total"] == 6 and [e["event_uid"] for e in page["items"]] == ["p3#e1", "p3#e2"]
    assert [p["name"] for p in analysis.event_locations(store)] == ["Moscow", "Tokyo"]
    assert analysis.list_articles(store, since=date(2025, 3, 5))["total"] == 2
    assert analysis.dyads(store)[0] == {"a": "PRK", "b": "RUS", "reports": 5}


def test_report_html_is_self_contained_and_escaped(store):
    from tacitus.cli.report import render_report

    html = render_report(store, "RUS", "PRK")
    assert html.count("<svg") == 2 and "src=" not in html and "http" not in html.replace("http://www.w3.org", "")
    assert "denied <b>1</b>" in html
    assert "Seoul&#x27;s spy agency said" in html  # store text is escaped


def test_timeline_over_a_coded_article(nlp, tmp_path):
    from tacitus.pipeline import code_article

    text = ("SEOUL, May 6 (Wire D) - North Korea's foreign minister met Russia's foreign minister in Pyongyang on "
            "Tuesday. Russia praised North Korea for its support.")
    coded = code_article(article_from_text(text, id="real", published=date(2025, 5, 6)), nlp)
    with Store(tmp_path / "r.duckdb") as s:
        s.add([coded])
        tl = analysis.dyad_timeline(s, "RUS", "PRK", interval="month")
        assert tl["totals"]["reports"] >= 1
        assert tl["buckets"][0]["period"] == "2025-05-01"
        uid = analysis.list_events(s, EventFilter(query=EventQuery(dyad=("RUS", "PRK"), undirected=True)))["items"][0]
        d = analysis.event_detail(s, uid["event_uid"])
        a, b = d["trigger_in_sentence"]
        assert d["sentence"][a:b] == d["trigger"]


def test_report_command_writes_a_file(tmp_path):
    from tacitus.cli import main

    db = tmp_path / "c.duckdb"
    with Store(db) as s:
        populate(s)
    out = tmp_path / "r.html"
    assert main(["report", "--dyad", "RUS", "PRK", "--db", str(db), "--since", "2025-04-01", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "<b>1</b> event reports" in html
    assert main(["report", "--dyad", "RUS", "PRK", "--db", str(tmp_path / "missing.duckdb"), "-o", str(out)]) == 1
