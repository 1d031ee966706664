"""Cross-article clusters, round 7: a cluster key tells a country's state from its armed
groups and opposition and from its civilians (`party_class`), so in a civil war the RSF
shelling a market and the army shelling RSF positions the same day in the same city stay two
events; the state's own actors (IRN, IRNMIL) still share a side. Stores keyed by the older
rule are rekeyed by the migration 0003_party_cluster_keys."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from store_data import article, partition, published_only
from tacitus import store as store_module
from tacitus.errors import StoreError
from tacitus.records import Actor, Attribution, CodedArticle, Event, Modality, Place, Plover, TimeSpan
from tacitus.store import Store, cluster_key, party_class

SDN = Actor(text="Sudan", country="SDN", code="SDN", name="Sudan", kind="country")
ARMY = Actor(text="the Sudanese army", country="SDN", sector="MIL", code="SDNMIL", kind="group")
RSF = Actor(text="the Rapid Support Forces", country="SDN", sector="REB", code="SDNREB", kind="group")
RSF_BY_CODE = Actor(text="RSF fighters", country="SDN", code="SDNREB", kind="group")  # sector only in the code
CIVILIANS = Actor(text="civilians", country="SDN", sector="CVL", code="SDNCVL", kind="group")
PROTESTERS = Actor(text="opposition protesters", country="SDN", sector="OPP", code="SDNOPP", kind="group")
IRN = Actor(text="Iran", country="IRN", code="IRN", name="Iran", kind="country")
IRN_NAVY = Actor(text="Iran's navy", country="IRN", sector="MIL", code="IRNMIL", kind="group")
MHL_SHIP = Actor(text="a Marshall Islands-flagged tanker", country="MHL", sector="BUS", code="MHLBUS", kind="group")
SOMEONE = Actor(text="unidentified gunmen", sector="UAF", code="---UAF", kind="group")
OMDURMAN = Place(name="Omdurman", lat=15.64, lon=32.48, country="SDN", admin_level="city", feature_id="o1")
HORMUZ = Place(name="Strait of Hormuz", lat=26.57, lon=56.25, admin_level="feature", feature_id="s1", precision="feature")
DAY = date(2025, 6, 3)


def shell(eid: str, source: Actor | None, target: Actor | None, when: date = DAY, *, cameo: str = "194",
          place: Place | None = OMDURMAN, modality: Modality | None = None) -> Event:
    text = "Shells fell on the city on Tuesday."
    return Event(
        id=eid, sentence=text, sentence_start=0, sentence_end=len(text), trigger="fell", trigger_start=11,
        trigger_end=15, source=(source,) if source else (), target=(target,) if target else (), cameo=cameo,
        cameo_name="fight with artillery", goldstein=-10.0, quad_class=4, plover=Plover(event="ASSAULT"),
        date=TimeSpan(start=when, end=when, value=when.isoformat(), precision="day", kind="absolute"),
        location=place, attribution=Attribution(status="asserted"), modality=modality or Modality(), rule="test",
        confidence=0.8)


def report(aid: str, outlet: str, *events: Event, published: date = DAY) -> CodedArticle:
    return article(aid, f"Report {aid} from {outlet}: shelling was heard across the city, residents said.",
                   outlet, published, events)


# Our own civil-war day: two wires each tell of both shellings; a third has the market only,
# a fourth says the paramilitaries shelled "the area" (no target), a fifth that RSF positions
# were shelled (no source); a Gulf story on the side shows the state's own actors still merge.
WAR = [
    report("w1", "Nile Wire", shell("e1", RSF, CIVILIANS), shell("e2", ARMY, RSF)),
    report("w2", "Desert Post", shell("e1", RSF_BY_CODE, CIVILIANS), shell("e2", SDN, RSF_BY_CODE)),
    report("w3", "Red Sea Herald", published_only(shell("e1", RSF, CIVILIANS, DAY + timedelta(days=1))),
           published=DAY + timedelta(days=1)),
    report("w4", "East Africa Daily", shell("e1", RSF, None)),
    report("w5", "Horn Courier", shell("e1", None, RSF)),
    report("g1", "Gulf Wire", shell("e1", IRN, MHL_SHIP, cameo="171", place=HORMUZ)),
    report("g2", "Harbour Post", shell("e1", IRN_NAVY, MHL_SHIP, cameo="171", place=HORMUZ)),
]
EXPECTED = {frozenset({"w1#e1", "w2#e1", "w3#e1", "w4#e1"}), frozenset({"w1#e2", "w2#e2", "w5#e1"}),
            frozenset({"g1#e1", "g2#e1"})}


def test_party_class_separates_rebels_and_civilians_from_the_state():
    assert party_class("SDN", "REB", "SDNREB") == party_class("SDN", None, "SDNREB") == "REB"
    assert party_class("SDN", "OPP", "SDNOPP") == party_class("SDN", "INS", None) == "REB"
    assert party_class("SDN", "CVL", "SDNCVL") == party_class("SDN", "REF", "SDNREF") == "CVL"
    for sector, code in (("MIL", "SDNMIL"), ("GOV", "SDNGOV"), ("COP", "SDNCOP"), (None, "SDN"), ("BUS", "MHLBUS")):
        assert party_class(code[:3], sector, code) is None


def test_cluster_keys_keep_the_parties_of_one_country_apart():
    assert cluster_key(shell("e", RSF, CIVILIANS)) == "19|SDN:REB>SDN:CVL|f"
    assert cluster_key(shell("e", ARMY, RSF)) == "19|SDN>SDN:REB|f"
    assert cluster_key(shell("e", RSF_BY_CODE, SDN)) == "19|SDN:REB>SDN|f"
    assert cluster_key(shell("e", SDN, PROTESTERS)) == cluster_key(shell("e", ARMY, RSF))
    # the state's own actors share a side, as before; an actor without a country keeps its code
    assert cluster_key(shell("e", IRN_NAVY, MHL_SHIP, cameo="171")) == cluster_key(shell("e", IRN, MHL_SHIP, cameo="171"))
    assert cluster_key(shell("e", IRN, MHL_SHIP, cameo="171")) == "17|IRN>MHL|f"
    assert cluster_key(shell("e", SOMEONE, CIVILIANS)) == "19|UAF>SDN:CVL|f"
    assert cluster_key(shell("e", RSF, ARMY, cameo="040")) == "04|SDN>SDN:REB|f"  # symmetric: sorted


def test_two_shellings_of_one_day_and_city_stay_two_events(tmp_path):
    with Store(tmp_path / "war.duckdb") as s:
        s.add(WAR)
        assert partition(s) == EXPECTED
        by_key = {c["cluster_key"]: c for c in s.clusters()}
        assert by_key["19|SDN:REB>SDN:CVL|f"]["num_sources"] == 4  # the market: joined by the no-target report
        assert by_key["19|SDN>SDN:REB|f"]["num_sources"] == 3  # the positions: joined by the no-source report


def test_unknown_sides_still_stay_alone_between_two_parties(tmp_path):
    # "RSF positions were shelled" with two events that shelled RSF that day: which one is not known
    with Store(tmp_path / "two.duckdb") as s:
        s.add([report("a", "Nile Wire", shell("e1", ARMY, RSF)),
               report("b", "Desert Post", shell("e1", PROTESTERS, RSF_BY_CODE)),
               report("c", "Horn Courier", shell("e1", None, RSF))])
        assert frozenset({"c#e1"}) in partition(s) and len(partition(s)) == 3


@pytest.mark.parametrize("order", list(itertools.permutations(range(5)))[::17])
def test_incremental_equals_full_recluster(tmp_path, order):
    with Store(tmp_path / f"o{'-'.join(map(str, order))}.duckdb") as s:
        for i in order:
            s.add([WAR[i]])
        s.add(WAR[5:])
        incremental = partition(s)
        s.recluster()
        assert partition(s) == incremental == EXPECTED


def test_an_old_store_is_rekeyed_by_the_migration(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    with monkeypatch.context() as m:
        m.setattr(store_module, "PARTY_CLASSES", {})  # the rule before round 7: countries only
        with Store(path) as s:
            s.add(WAR)
            old = {c["cluster_key"]: c for c in s.clusters()}
            assert "19|SDN>SDN|f" in old and partition(s) != EXPECTED  # the over-merge
            s.sql("DELETE FROM migrations WHERE name = '0003_party_cluster_keys'")
    with pytest.raises(StoreError, match="0003_party_cluster_keys"):
        Store(path, read_only=True)
    with Store(path) as s:
        assert partition(s) == EXPECTED
        assert not s.sql("SELECT 1 FROM events WHERE cluster_key = '19|SDN>SDN|f'")[1]
        gulf = next(c for c in s.clusters() if c["cluster_key"] == "17|IRN>MHL|f")
        # a key the rule did not change: same id, same time first added
        assert gulf["cluster_id"] == old["17|IRN>MHL|f"]["cluster_id"]
        assert gulf["added_at"] == old["17|IRN>MHL|f"]["added_at"]
        assert s.pending_migrations() == [] and s.migrate() == []
    with Store(path, read_only=True) as s:
        assert partition(s) == EXPECTED
