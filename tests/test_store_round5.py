"""Cross-article clusters, round 5: a report whose target is unknown ("Iran's navy detained
the ship") joins the one canonical event of the same family and source that it can be, and
stays alone when there are two; the incremental path agrees with a full recluster."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from store_data import article, published_only, settled_alike, settled_in
from tacitus.records import Actor, Attribution, CodedArticle, Event, Modality, Place, Plover, TimeSpan
from tacitus.store import Store, cluster_group

IRN = Actor(text="Iran", country="IRN", code="IRN", name="Iran", kind="country")
IRN_NAVY = Actor(text="Iran's navy", country="IRN", sector="MIL", code="IRNMIL", kind="group")
MHL_SHIP = Actor(text="a Marshall Islands-flagged tanker", country="MHL", sector="BUS", code="MHLBUS", kind="group")
PAN_SHIP = Actor(text="a Panama-flagged freighter", country="PAN", sector="BUS", code="PANBUS", kind="group")
TANKER = Actor(text="the tanker", sector="BUS", code="---BUS", kind="group")  # no country
UKR = Actor(text="Ukraine", country="UKR", code="UKR", name="Ukraine", kind="country")
HORMUZ = Place(name="Strait of Hormuz", lat=26.57, lon=56.25, country=None, admin_level="feature", feature_id="s1",
               precision="feature")
ADEN = Place(name="Aden", lat=12.78, lon=45.04, country="YEM", admin_level="city", feature_id="a1", precision="city")
DAY = date(2026, 3, 10)


def seize(eid: str, source: Actor, target: Actor | None, when: date, *, cameo: str = "171",
          place: Place | None = HORMUZ, modality: Modality | None = None) -> Event:
    text = "The ship was seized in the strait."
    return Event(
        id=eid, sentence=text, sentence_start=0, sentence_end=len(text), trigger="seized", trigger_start=13,
        trigger_end=19, source=(source,), target=(target,) if target else (), cameo=cameo, cameo_name="seize",
        goldstein=-9.2, quad_class=4, plover=Plover(event="SEIZE"),
        date=TimeSpan(start=when, end=when, value=when.isoformat(), precision="day", kind="absolute"),
        location=place, attribution=Attribution(status="asserted"), modality=modality or Modality(), rule="test",
        confidence=0.8)


def report(aid: str, outlet: str, *events: Event, published: date = DAY) -> CodedArticle:
    return article(aid, f"Report {aid} from {outlet}: a ship was held in the strait, according to officials.",
                   outlet, published, events)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "r5.duckdb") as s:
        yield s


def test_cluster_group_keeps_family_source_and_factuality():
    assert cluster_group("17|IRN>MHL|f") == ("17|IRN>", "|f")
    assert cluster_group("17|IRN>-|m") == ("17|IRN>", "|m")
    assert cluster_group("04|PRK>RUS|f") == ("04|PRK>RUS|f", "")  # symmetric: its own group


def test_unknown_target_joins_the_one_known_event(store):
    store.add([report("k1", "Gulf Wire", seize("e1", IRN, MHL_SHIP, DAY))])
    (before,) = store.clusters()
    store.add([report("v1", "Harbour Post", seize("e1", IRN_NAVY, None, DAY))])  # "Iran's navy detained the ship"
    store.add([report("v2", "Sea Ledger", published_only(seize("e1", IRN, TANKER, DAY + timedelta(days=1))),
                      published=DAY + timedelta(days=1))])  # "the tanker"
    (after,) = store.clusters()
    assert after["cluster_id"] == before["cluster_id"]  # the known event keeps its id and key
    assert after["cluster_key"] == "17|IRN>MHL|f"
    assert (after["num_mentions"], after["num_articles"], after["num_sources"]) == (3, 3, 3)
    assert after["target_countries"] == ["MHL"]


def test_two_candidate_events_leave_the_vague_report_alone(store):
    store.add([report("k1", "Gulf Wire", seize("e1", IRN, MHL_SHIP, DAY))])
    store.add([report("v1", "Harbour Post", seize("e1", IRN_NAVY, None, DAY))])
    assert store.counts()["events"] == 1
    # a second seizure the same day: which one the vague report tells of is not known
    store.add([report("k2", "Sea Ledger", seize("e1", IRN, PAN_SHIP, DAY))])
    sizes = sorted(c["num_mentions"] for c in store.clusters())
    assert sizes == [1, 1, 1]
    # the second report is recoded without its seizure: the vague report joins the first again
    store.add([report("k2", "Sea Ledger")], replace=True)
    assert sorted(c["num_mentions"] for c in store.clusters()) == [2]


@pytest.mark.parametrize("vague, why", [
    (seize("e1", IRN_NAVY, None, DAY + timedelta(days=5)), "outside the window"),
    (seize("e1", IRN_NAVY, None, DAY, place=ADEN), "another country"),
    (seize("e1", IRN_NAVY, None, DAY, cameo="190"), "another family"),
    (seize("e1", UKR, None, DAY), "another source"),
    (seize("e1", IRN_NAVY, None, DAY, modality=Modality(future=True)), "not factual"),
    (seize("e1", IRN, Actor(text="the convoy", sector="GOV", code="---GOV", kind="group"), DAY), "another sector"),
])
def test_incompatible_vague_reports_stay_alone(store, vague, why):
    store.add([report("k1", "Gulf Wire", seize("e1", IRN, MHL_SHIP, DAY))])
    store.add([report("v1", "Harbour Post", vague)])
    assert store.counts()["events"] == 2, why


def test_known_targets_never_join_each_other(store):
    store.add([report("k1", "Gulf Wire", seize("e1", IRN, MHL_SHIP, DAY))])
    store.add([report("k2", "Sea Ledger", seize("e1", IRN, PAN_SHIP, DAY))])
    assert store.counts()["events"] == 2


def test_incremental_clusters_match_a_full_recluster(tmp_path):
    articles = [
        report("k1", "Gulf Wire", seize("e1", IRN, MHL_SHIP, DAY)),
        report("v1", "Harbour Post", seize("e1", IRN_NAVY, None, DAY)),
        report("v2", "Sea Ledger", seize("e1", IRN, TANKER, DAY + timedelta(days=2))),
        report("k2", "Daily Courier", seize("e1", IRN, PAN_SHIP, DAY + timedelta(days=4))),
        report("v3", "Gulf Wire", seize("e1", IRN_NAVY, None, DAY + timedelta(days=6)), published=DAY + timedelta(days=6)),
        report("k3", "Harbour Post", seize("e1", IRN, MHL_SHIP, DAY + timedelta(days=1))),
    ]
    settled_in(tmp_path, itertools.islice(itertools.permutations(articles), 0, None, 97))


def test_a_body_without_a_country_is_a_known_target(store):
    # The UN has a code (IGOUNO) but no country: it is a named target, not an unknown one.
    un = Actor(text="the United Nations", sector="IGO", code="IGOUNO", name="The United Nations", kind="igo")
    store.add([report("k1", "Gulf Wire", seize("e1", IRN, MHL_SHIP, DAY))])
    store.add([report("k2", "Sea Ledger", seize("e1", IRN, un, DAY))])
    assert store.counts()["events"] == 2
    # and an unknown target now has two candidates: it stays alone
    store.add([report("v1", "Harbour Post", seize("e1", IRN_NAVY, None, DAY))])
    assert store.counts()["events"] == 3


def test_reports_of_unknown_target_settle_the_same_in_any_order(tmp_path):
    # Known events each alone in their block (no block clustering to differ), reports of
    # unknown target among them with one, two or no candidates: one at a time in three
    # orders, the events equal those of a full recluster.
    import random

    rnd = random.Random(5)
    targets = [Actor(text=c, country=c, code=c, kind="country") for c in ("MHL", "PAN", "LBR", "GRC", "MLT", "CYP")]
    articles = [report(f"k{i}", f"Wire {i % 4}", seize("e1", IRN, t, DAY + timedelta(days=3 * i + rnd.randrange(2))))
                for i, t in enumerate(targets)]
    articles += [report(f"v{i}", f"Post {i % 3}", seize("e1", IRN_NAVY, None, DAY + timedelta(days=rnd.randrange(19))))
                 for i in range(12)]
    final = settled_alike(tmp_path, articles, rnd)
    assert any(len(c) > 1 for c in final) and sum(len(c) == 1 for c in final) > 1  # some joined, some alone


def test_a_country_and_its_forces_are_one_source(store):
    # "Iran seized ..." and "Iran's navy seized ..." block together: a side is its countries.
    store.add([report("k1", "Gulf Wire", seize("e1", IRN, MHL_SHIP, DAY))])
    store.add([report("k2", "Sea Ledger", published_only(seize("e1", IRN_NAVY, MHL_SHIP, DAY + timedelta(days=1))),
                      published=DAY + timedelta(days=1))])
    (c,) = store.clusters()
    assert c["num_articles"] == 2 and c["source_codes"] == ["IRN", "IRNMIL"]
