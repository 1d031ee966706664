"""A small stored corpus shared by the analysis, API, dashboard and report tests: records built
by hand (no model), so those tests check the store and its readers, not the coder."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tacitus.ingest import article_from_text
from tacitus.records import Actor, Attribution, Claim, CodedArticle, Event, Place, Plover, TimeSpan
from tacitus.store import Store

RUS = Actor(text="Moscow", country="RUS", sector="GOV", code="RUSGOV", name="Russia", kind="government")
PRK = Actor(text="Pyongyang", country="PRK", sector="GOV", code="PRKGOV", name="North Korea", kind="government")
KOR = Actor(text="Seoul's spy agency", country="KOR", sector="SPY", code="KORSPY", name="South Korea", kind="group")
JPN = Actor(text="Tokyo", country="JPN", sector="GOV", code="JPNGOV", name="Japan", kind="government")
MOSCOW = Place(name="Moscow", lat=55.75, lon=37.62, country="RUS", admin_level="city", feature_id="524901",
               precision="city")
TOKYO = Place(name="Tokyo", lat=35.69, lon=139.69, country="JPN", admin_level="city", feature_id="1850147",
              precision="city")


def day(d: date) -> TimeSpan:
    return TimeSpan(start=d, end=d, value=d.isoformat(), precision="day", kind="absolute")


def event(eid: str, text: str, trigger: str, src: Actor, tgt: Actor, cameo: str, plover: str, goldstein: float,
           quad: int, when: date, *, place: Place | None = None, status: str = "asserted", claim: str | None = None,
           by: Actor | None = None) -> Event:
    at = text.index(trigger)
    return Event(id=eid, sentence=text, sentence_start=0, sentence_end=len(text), trigger=trigger, trigger_start=at,
                 trigger_end=at + len(trigger), source=(src,), target=(tgt,), cameo=cameo, cameo_name="n",
                 goldstein=goldstein, quad_class=quad, plover=Plover(event=plover), date=day(when), location=place,
                 attribution=Attribution(status=status, source=(by,) if by else (), claim_id=claim), rule="test",
                 confidence=0.9)


def published_only(ev: Event) -> Event:
    """`ev` dated as the pipeline dates an event whose sentence names no day: on or before
    publication (its date's day), which conflicts with no stated day (`dates_conflict`)."""
    d = ev.date.start
    return replace(ev, date=TimeSpan(start=d, end=d, precision="vague", kind="publication", rule="publication"))


def article(aid: str, text: str, outlet: str, published: date, events=(), claims=()) -> CodedArticle:
    art = replace(article_from_text(text, id=aid, published=published, outlet=outlet), origin=f"{aid}.jsonl:1")
    return CodedArticle(article=art, events=tuple(events), claims=tuple(claims), pipeline="test")


def partition(store: Store) -> set[frozenset[str]]:
    """The stored canonical events, each as the set of its reports' event uids."""
    rows = store.sql("SELECT cluster_id, list(event_uid ORDER BY event_uid) FROM cluster_members GROUP BY cluster_id")[1]
    return {frozenset(uids) for _, uids in rows}


def settled_alike(tmp_path, articles: list[CodedArticle], rnd, orders: int = 3) -> set[frozenset[str]]:
    """Store `articles` one at a time in `orders` shuffled orders (see `settled_in`)."""
    shuffled = []
    for _ in range(orders):
        order = articles[:]
        rnd.shuffle(order)
        shuffled.append(order)
    return settled_in(tmp_path, shuffled)


def settled_in(tmp_path, orders) -> set[frozenset[str]]:
    """Store each order's articles one at a time; each time the incremental clusters (and
    their ids) must equal a full recluster's, and every order must give the same. Returns them."""
    results = set()
    for n, order in enumerate(orders):
        with Store(tmp_path / f"o{n}.duckdb") as s:
            for a in order:
                s.add([a])
            incremental = partition(s)
            ids = {c["cluster_id"] for c in s.clusters()}
            s.recluster()
            assert partition(s) == incremental, [a.article.id for a in order]
            assert {c["cluster_id"] for c in s.clusters()} == ids
            results.add(frozenset(incremental))
    assert len(results) == 1  # the order of arrival does not change the events
    (final,) = results
    return set(final)


def populate(store: Store) -> None:
    """Three outlets: one meeting reported twice, an arms shipment claimed and denied, a
    condemnation of a third country and a word of praise a month later."""
    met1 = "The envoy from Pyongyang met the Russian minister in Moscow on Monday."
    met2 = "An envoy of the North held talks with Russian officials in Moscow this week and met the minister."
    said = "Seoul's spy agency said the North shipped shells to Russia."
    deny = "Moscow denied that it received shells from the North."
    store.add([article("p1", met1, "Wire A", date(2025, 3, 4), [
        event("e1", met1, "met", PRK, RUS, "040", "CONSULT", 1.0, 1, date(2025, 3, 3), place=MOSCOW)])])
    store.add([article("p2", f"{met2} {said} {deny}", "Wire B", date(2025, 3, 5), [
        event("e1", met2, "met", PRK, RUS, "040", "CONSULT", 1.0, 1, date(2025, 3, 3), place=MOSCOW),
        event("e2", said, "shipped", PRK, RUS, "072", "AID", 8.3, 2, date(2025, 3, 1), status="claimed", claim="c1",
               by=KOR),
        event("e3", deny, "received", PRK, RUS, "072", "AID", 8.3, 2, date(2025, 3, 1), status="denied", claim="c2",
               by=RUS),
    ], [
        Claim(id="c1", sentence=said, sentence_start=0, sentence_end=len(said), source=(KOR,), cue="said", cue_start=0,
              cue_end=4, stance="assert", content="the North shipped shells to Russia", events=("e2",)),
        Claim(id="c2", sentence=deny, sentence_start=0, sentence_end=len(deny), source=(RUS,), cue="denied",
              cue_start=0, cue_end=6, stance="deny", content="it received shells from the North", events=("e3",),
              refers_to=("c1",)),
    ])])
    cond = "Moscow condemned Tokyo over the sanctions."
    praise = "Russian officials praised Pyongyang."
    store.add([article("p3", f"{cond} {praise}", "Wire C", date(2025, 4, 10), [
        event("e1", cond, "condemned", RUS, JPN, "111", "ACCUSE", -2.0, 3, date(2025, 4, 8), place=TOKYO),
        event("e2", praise, "praised", RUS, PRK, "051", "SUPPORT", 3.4, 1, date(2025, 4, 10)),
    ])])
