"""Cross-article clusters, round 6: a report whose source is unknown ("a Marshall
Islands-flagged tanker was seized") joins the one canonical event of the same family and
target that it can be, and stays alone when there are two; the incremental path agrees with
a full recluster, and the host keeps its id."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace
from datetime import timedelta

import pytest

from store_data import published_only, settled_alike, settled_in
from tacitus.records import Actor, Modality
from tacitus.store import Store, cluster_group
from test_store_round5 import ADEN, DAY, IRN, IRN_NAVY, MHL_SHIP, PAN_SHIP, TANKER, report, seize

RUS = Actor(text="Russia", country="RUS", code="RUS", name="Russia", kind="country")
GUNMEN = Actor(text="gunmen", sector="MIL", code="---MIL", kind="group")  # no country, a sector


def seize_by(eid, source, target, when=DAY, **kw):
    """`seize` with an unknown source when `source` is None ("the tanker was seized")."""
    return replace(seize(eid, IRN, target, when, **kw), source=(source,) if source else ())


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "r6.duckdb") as s:
        yield s


def test_cluster_group_of_the_source_side():
    assert cluster_group("17|IRN>MHL|f", "source") == ("17|", ">MHL|f")
    assert cluster_group("17|->MHL|m", "source") == ("17|", ">MHL|m")
    assert cluster_group("04|PRK>RUS|f", "source") == ("04|PRK>RUS|f", "")


def test_unknown_source_joins_the_one_known_event(store):
    store.add([report("k1", "Gulf Wire", seize_by("e1", IRN, MHL_SHIP))])
    (before,) = store.clusters()
    store.add([report("p1", "Harbour Post", seize_by("e1", None, MHL_SHIP))])  # "a tanker was seized"
    store.add([report("p2", "Sea Ledger", seize_by("e1", GUNMEN, MHL_SHIP, DAY + timedelta(days=1)))])
    clusters = store.clusters()
    # gunmen (---MIL) need a host with a MIL source; plain Iran has none, so they stay alone
    assert sorted(c["num_mentions"] for c in clusters) == [1, 2]
    joined = max(clusters, key=lambda c: c["num_mentions"])
    assert joined["cluster_id"] == before["cluster_id"] and joined["cluster_key"] == "17|IRN>MHL|f"
    assert joined["source_countries"] == ["IRN"]


def test_a_sector_source_joins_a_host_of_that_sector(store):
    store.add([report("k1", "Gulf Wire", seize_by("e1", IRN_NAVY, MHL_SHIP))])
    store.add([report("p2", "Sea Ledger", seize_by("e1", GUNMEN, MHL_SHIP))])
    (c,) = store.clusters()
    assert c["num_articles"] == 2 and c["source_codes"] == ["---MIL", "IRNMIL"]


def test_two_candidate_sources_leave_the_passive_report_alone(store):
    store.add([report("k1", "Gulf Wire", seize_by("e1", IRN, MHL_SHIP))])
    store.add([report("p1", "Harbour Post", seize_by("e1", None, MHL_SHIP))])
    assert store.counts()["events"] == 1
    store.add([report("k2", "Sea Ledger", seize_by("e1", RUS, MHL_SHIP))])  # who seized it is now not known
    assert sorted(c["num_mentions"] for c in store.clusters()) == [1, 1, 1]
    store.add([report("k2", "Sea Ledger")], replace=True)
    assert sorted(c["num_mentions"] for c in store.clusters()) == [2]


@pytest.mark.parametrize("vague, why", [
    (seize_by("e1", None, MHL_SHIP, DAY + timedelta(days=5)), "outside the window"),
    (seize_by("e1", None, MHL_SHIP, place=ADEN), "another country"),
    (seize_by("e1", None, MHL_SHIP, cameo="190"), "another family"),
    (seize_by("e1", None, PAN_SHIP), "another target"),
    (seize_by("e1", None, MHL_SHIP, modality=Modality(future=True)), "not factual"),
    (seize_by("e1", None, TANKER), "neither side known"),
])
def test_incompatible_passive_reports_stay_alone(store, vague, why):
    store.add([report("k1", "Gulf Wire", seize_by("e1", IRN, MHL_SHIP))])
    store.add([report("p1", "Harbour Post", vague)])
    assert store.counts()["events"] == 2, why


def test_a_passive_report_is_no_host_for_an_unknown_target(store):
    # "a tanker was seized" and "Iran's navy detained the ship" name no common side
    store.add([report("p1", "Harbour Post", seize_by("e1", None, MHL_SHIP))])
    store.add([report("v1", "Sea Ledger", seize_by("e1", IRN_NAVY, None))])
    assert store.counts()["events"] == 2
    # a known event joins both: one event of three reports
    store.add([report("k1", "Gulf Wire", seize_by("e1", IRN, MHL_SHIP))])
    (c,) = store.clusters()
    assert c["num_mentions"] == 3 and c["cluster_key"] == "17|IRN>MHL|f"


def test_both_unknown_sides_settle_the_same_in_any_order(tmp_path):
    articles = [
        report("k1", "Gulf Wire", seize_by("e1", IRN, MHL_SHIP)),
        report("k2", "Daily Courier", seize_by("e1", IRN, PAN_SHIP, DAY + timedelta(days=4))),
        report("k3", "Wire 3", seize_by("e1", RUS, PAN_SHIP, DAY + timedelta(days=9))),
        report("v1", "Harbour Post", seize_by("e1", IRN_NAVY, None, DAY)),
        report("p1", "Sea Ledger", published_only(seize_by("e1", None, MHL_SHIP, DAY + timedelta(days=1))),
               published=DAY + timedelta(days=1)),
        report("p2", "Gulf Wire", seize_by("e1", None, PAN_SHIP, DAY + timedelta(days=5))),
        report("p3", "Post 2", seize_by("e1", None, PAN_SHIP, DAY + timedelta(days=8))),
    ]
    final = settled_in(tmp_path, itertools.islice(itertools.permutations(articles), 0, None, 211))
    assert any(len(c) == 3 for c in final)  # k1 with v1 and p1


def test_passive_reports_settle_the_same_in_random_orders(tmp_path):
    rnd = random.Random(6)
    sources = [Actor(text=c, country=c, code=c, kind="country") for c in ("IRN", "RUS", "USA", "GBR", "FRA", "ISR")]
    articles = [report(f"k{i}", f"Wire {i % 4}", seize_by("e1", s, MHL_SHIP, DAY + timedelta(days=3 * i + rnd.randrange(2))))
                for i, s in enumerate(sources)]
    articles += [report(f"p{i}", f"Post {i % 3}", seize_by("e1", None, MHL_SHIP, DAY + timedelta(days=rnd.randrange(19))))
                 for i in range(12)]
    final = settled_alike(tmp_path, articles, rnd)
    assert any(len(c) > 1 for c in final) and sum(len(c) == 1 for c in final) > 1
