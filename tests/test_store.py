"""The store: schema and migrations, idempotent batch writes, queries with bound parameters,
and cross-article event clusters (records built here, a real DuckDB file in tmp_path)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from tacitus.ingest import article_from_text
from tacitus.records import (
    Actor,
    Attribution,
    Claim,
    CodedArticle,
    DocumentError,
    Event,
    Mention,
    Modality,
    Place,
    Plover,
    TimeSpan,
)
from tacitus.store import (
    MIGRATIONS,
    ClusterPoint,
    EventQuery,
    Store,
    StoreError,
    cluster_points,
    content_hash,
    default_db_path,
    places_compatible,
)

RUS = Actor(text="Moscow", country="RUS", sector="GOV", code="RUSGOV", name="Russia", kind="government")
PRK = Actor(text="Pyongyang", country="PRK", sector="GOV", code="PRKGOV", name="North Korea", kind="government")
UKR = Actor(text="Ukrainian forces", country="UKR", sector="MIL", code="UKRMIL", kind="group")
KYIV = Place(name="Kyiv", lat=50.45, lon=30.52, country="UKR", admin_level="city", feature_id="703448", precision="city")
LVIV = Place(name="Lviv", lat=49.84, lon=24.03, country="UKR", admin_level="city", feature_id="702550", precision="city")
DAY = date(2025, 3, 10)


def day(d: date) -> TimeSpan:
    return TimeSpan(start=d, end=d, value=d.isoformat(), precision="day", kind="absolute")


def make_event(eid: str, source: Actor, target: Actor | None, cameo: str, when: date | None, *, plover: str = "CONSULT",
               place: Place | None = None, status: str = "asserted", modality: Modality | None = None,
               sentence: str = "A sentence.") -> Event:
    return Event(
        id=eid, sentence=sentence, sentence_start=0, sentence_end=len(sentence), trigger="met", trigger_start=2,
        trigger_end=5, source=(source,), target=(target,) if target else (), cameo=cameo, cameo_name="name",
        goldstein=1.0, quad_class=1, plover=Plover(event=plover), date=day(when) if when else None,
        location=place, attribution=Attribution(status=status), modality=modality or Modality(), rule="test", confidence=0.8,
    )


def make_article(aid: str, text: str, events: tuple[Event, ...] = (), outlet: str | None = "Wire A",
                 published: date = DAY, url: str | None = None) -> CodedArticle:
    art = replace(article_from_text(text, id=aid, published=published, outlet=outlet, url=url), origin=f"{aid}.jsonl:1")
    mention = Mention(text=text.split()[0], start=0, end=len(text.split()[0]), label="GPE", actor=RUS)
    claim = Claim(id="c1", sentence=text, sentence_start=0, sentence_end=len(text), source=(RUS,), cue="said",
                  cue_start=0, cue_end=4, stance="assert")
    return CodedArticle(article=art, mentions=(mention,), events=events, claims=(claim,), pipeline="test")


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_migrations_are_recorded_and_safe_to_rerun(tmp_path):
    path = tmp_path / "m.duckdb"
    with Store(path) as s:
        names = [r[0] for r in s.con.execute("SELECT name FROM migrations ORDER BY name").fetchall()]
        assert names == [name for name, _ in MIGRATIONS]
        assert s.migrate() == []
        tables = {r[0] for r in s.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"articles", "mentions", "events", "claims", "event_clusters", "cluster_members", "runs", "failures"} <= tables
    with Store(path) as s:  # reopening applies nothing twice
        assert s.pending_migrations() == []
    with Store(path, read_only=True) as s:
        assert s.counts()["articles"] == 0


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_not_a_duckdb_file_is_a_store_error(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_text("this is not a database")
    with pytest.raises(StoreError, match="cannot open the store"):
        Store(bad)


def test_default_db_path_follows_environment(monkeypatch):
    monkeypatch.delenv("TACITUS_DB", raising=False)
    assert default_db_path() == "tacitus.duckdb"
    monkeypatch.setenv("TACITUS_DB", "/data/news.duckdb")
    assert default_db_path() == "/data/news.duckdb"


def test_article_rows_and_flat_columns(store):
    ev = make_event("e1", RUS, PRK, "043", DAY, place=KYIV)
    coded = make_article("a1", "Officials from the two governments met on Monday for talks in the capital.", (ev,))
    stored, skipped = store.add([coded])
    assert stored == ["a1"] and skipped == []
    row = store.sql("SELECT source_code, source_countries, target_country, cameo, cameo_root, status, factual, "
                    "location_country, date_start FROM events")[1][0]
    assert row == ("RUSGOV", ["RUS"], "PRK", "043", "04", "asserted", True, "UKR", DAY)
    assert store.counts() == {"articles": 1, "event_mentions": 1, "events": 1, "claims": 1, "mentions": 1}
    record = next(store.articles())
    assert record["article"]["id"] == "a1" and record["events"][0]["cameo"] == "043"


def test_same_article_is_stored_once(store):
    text = "Envoys of both states held talks in the border town on Monday, according to officials."
    first = make_article("a1", text, (make_event("e1", RUS, PRK, "043", DAY),))
    # Same content with different whitespace and case, a different id: still the same article.
    again = make_article("other-id", "  " + text.upper().replace(" ", "  ") + "\n", (make_event("e1", RUS, PRK, "043", DAY),))
    assert content_hash(first.article.text) == content_hash(again.article.text)
    assert store.add([first]) == (["a1"], [])
    assert store.add([again]) == ([], ["a1"])
    assert store.add([first, first]) == ([], ["a1", "a1"])
    assert store.counts()["articles"] == 1
    assert store.counts()["event_mentions"] == 1


def test_same_url_or_explicit_id_is_a_duplicate(store):
    one = make_article("x1", "A first version of the story about the ministers meeting in the city.", url="https://n.example/1")
    edited = make_article("x2", "An edited version of the story about the ministers meeting in the city.", url="https://n.example/1")
    same_id = make_article("x1", "Completely different text that nonetheless carries the same explicit id here.")
    store.add([one])
    assert store.add([edited])[1] == ["x1"]
    assert store.add([same_id])[1] == ["x1"]
    assert store.counts()["articles"] == 1


def test_file_name_ids_do_not_collide(store):
    """Two different files called report.txt in different folders are two articles."""
    a = make_article("report", "The first report describes a meeting of two delegations in the port city.")
    b = make_article("report", "The second report describes a protest by farmers outside the parliament.")
    a = replace(a, article=replace(a.article, origin="north/report.txt"))
    b = replace(b, article=replace(b.article, origin="south/report.txt"))
    stored, _ = store.add([a])
    stored2, _ = store.add([b])
    assert stored == ["report"] and stored2[0].startswith("report~")
    assert store.counts()["articles"] == 2


def test_batch_is_all_or_nothing(store):
    good = make_article("g1", "The delegations met again on Tuesday to continue the negotiations.")
    ev = replace(make_event("e1", RUS, PRK, "043", DAY), date=TimeSpan(start="not a date", end="not a date"))  # type: ignore[arg-type]
    broken = make_article("g2", "Another article about the talks between the delegations on Tuesday.", (ev,))
    with pytest.raises(StoreError, match="nothing of it was stored"):
        store.add([good, broken])  # the articles insert, then the events fail: all is rolled back
    assert store.counts() == {"articles": 0, "event_mentions": 0, "events": 0, "claims": 0, "mentions": 0}
    assert store.add([good])[0] == ["g1"]


def test_same_id_twice_in_one_batch(store):
    a = make_article("dup", "The first text that carries the identifier of the record in question.")
    b = make_article("dup", "The second text that carries the very same identifier of the record.")
    assert store.add([a, b]) == (["dup"], ["dup"])


def test_failures_are_recorded(store):
    err = DocumentError(id="broken.txt", error="encoding", message="broken.txt is not valid UTF-8", origin="broken.txt")
    store.add([err], run_id=7)
    rows = store.failures(7)
    assert [(r["doc_id"], r["error"]) for r in rows] == [("broken.txt", "encoding")]


def test_replace_recodes_an_article(store):
    text = "The ministers met in the capital on Monday and agreed to meet again in spring."
    store.add([make_article("r1", text, (make_event("e1", RUS, PRK, "043", DAY),))])
    newer = make_article("r1", text, (make_event("e1", RUS, PRK, "043", DAY), make_event("e2", PRK, RUS, "057", DAY, plover="AGREE")))
    assert store.add([newer], replace=True) == (["r1"], [])
    assert store.counts()["articles"] == 1
    assert store.counts()["event_mentions"] == 2
    assert store.counts()["events"] == 2


# --------------------------------------------------------------------------- queries


@pytest.fixture
def filled(store):
    texts = [
        ("q1", "Wire A", DAY, (make_event("e1", RUS, PRK, "043", DAY), make_event("e2", PRK, RUS, "0231", DAY, plover="REQUEST"))),
        ("q2", "Wire B", DAY + timedelta(days=1), (make_event("e1", RUS, UKR, "190", DAY + timedelta(days=1), plover="FIGHT",
                                                             place=KYIV, status="alleged"),)),
        ("q3", "Wire C", DAY + timedelta(days=20), (make_event("e1", RUS, PRK, "072", DAY + timedelta(days=20), plover="AID",
                                                              status="denied"),)),
    ]
    for i, (aid, outlet, published, events) in enumerate(texts):
        store.add([make_article(aid, f"Story number {i} about the relations between the states, as officials said.",
                                events, outlet=outlet, published=published)])
    return store


def test_event_filters(filled):
    def ids(**kw):
        return sorted((r["article_id"], r["event_id"]) for r in filled.events(EventQuery(**kw)))

    assert ids(dyad=("RUS", "PRK")) == [("q1", "e1"), ("q3", "e1")]
    assert ids(dyad=("RUSGOV", "PRK")) == [("q1", "e1"), ("q3", "e1")]  # a code prefix
    assert ids(dyad=("PRK", "RUS")) == [("q1", "e2")]
    assert ids(dyad=("PRK", "RUS"), undirected=True) == [("q1", "e1"), ("q1", "e2"), ("q3", "e1")]
    assert ids(code="02") == [("q1", "e2")]
    assert ids(code="0231") == [("q1", "e2")]
    assert ids(code="07") == [("q3", "e1")]
    assert ids(since=DAY + timedelta(days=1)) == [("q2", "e1"), ("q3", "e1")]
    assert ids(until=DAY) == [("q1", "e1"), ("q1", "e2")]
    assert ids(status="denied") == [("q3", "e1")]
    assert ids(status="asserted", dyad=("RUS", "UKR")) == []
    assert len(ids()) == 4


def test_user_values_are_bound_not_spliced(filled):
    hostile = "RUS') OR 1=1 --"
    assert filled.events(EventQuery(dyad=(hostile, "PRK"))) == []
    assert filled.events(EventQuery(code="0' OR '1'='1")) == []
    assert filled.events(EventQuery(status="asserted' OR 'x'='x")) == []
    assert filled.counts()["articles"] == 3


def test_articles_filtered_by_event(filled):
    assert [r["article"]["id"] for r in filled.articles(EventQuery(dyad=("RUS", "UKR")))] == ["q2"]
    assert [r["article"]["id"] for r in filled.articles(EventQuery(since=DAY + timedelta(days=2)))] == ["q3"]


# --------------------------------------------------------------------------- clusters


def test_cluster_points_window_and_places():
    pts = [
        ClusterPoint("a", DAY, DAY),
        ClusterPoint("b", DAY + timedelta(days=2), DAY + timedelta(days=2)),
        ClusterPoint("c", DAY + timedelta(days=5), DAY + timedelta(days=5)),
        ClusterPoint("d", DAY, DAY + timedelta(days=30), precision="month"),
        ClusterPoint("e", None, None),
    ]
    groups = [[p.uid for p in g] for g in cluster_points(pts, window_days=2)]
    assert ["a", "b", "d"] in groups
    assert ["c"] in groups and ["e"] in groups
    assert [[p.uid for p in g] for g in cluster_points(pts[:3], window_days=0)] == [["a"], ["b"], ["c"]]


def test_places_compatible():
    kyiv = ClusterPoint("a", DAY, DAY, country="UKR", lat=KYIV.lat, lon=KYIV.lon, place_precision="city")
    lviv = ClusterPoint("b", DAY, DAY, country="UKR", lat=LVIV.lat, lon=LVIV.lon, place_precision="city")
    nowhere = ClusterPoint("c", DAY, DAY)
    abroad = ClusterPoint("d", DAY, DAY, country="POL")
    assert not places_compatible(kyiv, lviv)  # about 470 km apart
    assert places_compatible(kyiv, nowhere)
    assert not places_compatible(kyiv, abroad)


def test_reports_of_one_event_form_one_canonical_event(store):
    # Three outlets report the same meeting over two days; one outlet reports it twice.
    meet = "The two leaders met for talks in the capital, officials said."
    reports = [
        make_article("m1", "First wire story: the leaders of the two states met for talks on Monday.",
                     (make_event("e1", RUS, PRK, "040", DAY, sentence=meet), make_event("e2", PRK, RUS, "043", DAY)),
                     outlet="Wire A", published=DAY),
        make_article("m2", "Second story from another outlet on the summit between the two leaders.",
                     (make_event("e1", PRK, RUS, "042", DAY),), outlet="Wire B", published=DAY + timedelta(days=1)),
        make_article("m3", "A third outlet later carried an account of the same summit meeting.",
                     (make_event("e1", RUS, PRK, "043", None),), outlet="The Wire C", published=DAY + timedelta(days=1)),
        make_article("m4", "A later follow-up by the first outlet about the meeting of the leaders.",
                     (make_event("e1", RUS, PRK, "043", DAY),), outlet="wire a", published=DAY + timedelta(days=2)),
    ]
    for r in reports:
        store.add([r])
    clusters = store.clusters()
    assert len(clusters) == 1
    c = clusters[0]
    assert (c["num_mentions"], c["num_articles"], c["num_sources"]) == (5, 4, 3)
    assert (c["first_seen"], c["last_seen"]) == (DAY, DAY + timedelta(days=2))
    assert c["date_start"] == DAY
    assert {r["article_id"] for r in store.reports(c["cluster_id"])} == {"m1", "m2", "m3", "m4"}
    assert store.counts()["event_mentions"] == 5 and store.counts()["events"] == 1


def test_different_events_stay_apart(store):
    events = (
        make_event("e1", RUS, UKR, "190", DAY, plover="FIGHT", place=KYIV),
        make_event("e2", RUS, UKR, "190", DAY, plover="FIGHT", place=LVIV),  # same day, far away
        make_event("e3", RUS, UKR, "190", DAY + timedelta(days=9), plover="FIGHT", place=KYIV),  # later
        make_event("e4", RUS, UKR, "111", DAY, plover="DISAPPROVE"),  # another family
        make_event("e5", UKR, RUS, "190", DAY, plover="FIGHT", place=KYIV),  # the other direction
        make_event("e6", RUS, UKR, "190", DAY, plover="FIGHT", place=KYIV, modality=Modality(future=True)),
    )
    store.add([make_article("d1", "A long report about several separate attacks and statements this month.", events)])
    assert store.counts()["events"] == 6


def test_reingest_updates_clusters(store):
    store.add([make_article("u1", "One outlet reports that the two sides met on Monday in the city.",
                            (make_event("e1", RUS, PRK, "043", DAY),), outlet="Wire A")])
    before = store.clusters()
    assert before[0]["num_sources"] == 1
    store.add([make_article("u2", "Another outlet confirms the meeting of the two sides this week.",
                            (make_event("e1", RUS, PRK, "043", None, status="confirmed"),),  # dated by publication
                            outlet="Wire B", published=DAY + timedelta(days=1))])
    after = store.clusters()
    assert len(after) == 1
    assert after[0]["cluster_id"] == before[0]["cluster_id"]  # the canonical event keeps its id
    assert after[0]["added_at"] == before[0]["added_at"]
    assert (after[0]["num_articles"], after[0]["num_sources"]) == (2, 2)
    assert store.events(EventQuery(min_sources=2)) and not store.events(EventQuery(min_sources=3))


def test_denied_reports_mark_a_disputed_event(store):
    store.add([make_article("s1", "Officials said troops were shipped to the front by rail last week.",
                            (make_event("e1", PRK, RUS, "074", DAY, plover="AID", status="reported"),), outlet="Wire A")])
    store.add([make_article("s2", "The government denied that any troops had been shipped by rail.",
                            (make_event("e1", PRK, RUS, "074", DAY, plover="AID", status="denied"),), outlet="Wire B")])
    (c,) = store.clusters()
    assert c["status"] == "reported" and c["disputed"] is True


def test_recluster_with_another_window(store):
    for i in range(3):
        store.add([make_article(f"w{i}", f"Report {i} on another round of talks between the two delegations.",
                                (make_event("e1", RUS, PRK, "043", None),), outlet=f"Wire {i}",
                                published=DAY + timedelta(days=3 * i))])  # dated by publication
    assert store.counts()["events"] == 3
    assert store.recluster(window_days=6) == 1
    assert store.recluster(window_days=0) == 3


def test_cluster_membership_is_complete(filled):
    n_events = filled.sql("SELECT count(*) FROM events")[1][0][0]
    n_members = filled.sql("SELECT count(*) FROM cluster_members")[1][0][0]
    orphans = filled.sql("SELECT count(*) FROM cluster_members m LEFT JOIN event_clusters c USING (cluster_id) "
                         "WHERE c.cluster_id IS NULL")[1][0][0]
    assert n_events == n_members and orphans == 0
