"""Cross-article clusters, round 8: two reports that each state the event's day, and different
days, are two events ("air strikes on 4 June" is not "shelling on 3 June"), while a report
dated only by its publication still joins within the window; and a report whose target is
the bare country ("the RSF shelled Sudan") joins the one event whose target is a party of
that country ("the RSF shelled civilians"), the way reports of an unknown side join. Stores
clustered by the older rules are reclustered by the migration 0004."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from store_data import partition, published_only, settled_alike
from tacitus import store as store_module
from tacitus.errors import StoreError
from tacitus.records import Actor, TimeSpan
from tacitus.store import ClusterPoint, Store, dates_conflict
from test_store_round7 import ARMY, CIVILIANS, DAY, RSF, SDN, report, shell

ISR = Actor(text="Israel", country="ISR", code="ISR", name="Israel", kind="country")
LBN = Actor(text="Lebanon", country="LBN", code="LBN", name="Lebanon", kind="country")
HEZBOLLAH = Actor(text="Hezbollah", country="LBN", sector="REB", code="LBNREB", kind="group")
LBN_CIVILIANS = Actor(text="Lebanese civilians", country="LBN", sector="CVL", code="LBNCVL", kind="group")
SOMEWHERE = None  # no place named


def on(ev, when: date, kind: str = "absolute"):
    """`ev` stating the day `when` ("on 4 June" is absolute, "on Tuesday" relative)."""
    return replace(ev, date=TimeSpan(start=when, end=when, value=when.isoformat(), precision="day", kind=kind))


def point(uid: str, when: date, explicit: bool, written: bool = True) -> ClusterPoint:
    return ClusterPoint(uid, when, when, explicit=explicit, written=explicit and written)


def test_only_two_stated_days_conflict():
    d = DAY
    assert dates_conflict(point("a", d, True), point("b", d + timedelta(1), True))
    assert not dates_conflict(point("a", d, True), point("b", d, True))
    assert not dates_conflict(point("a", d, True), point("b", d + timedelta(1), False))  # dated by publication
    assert not dates_conflict(point("a", d, False), point("b", d + timedelta(1), False))
    # a stated span ("on 3 and 4 June") holds each of its days
    span = ClusterPoint("s", d, d + timedelta(1), explicit=True, written=True)
    assert not dates_conflict(span, point("b", d + timedelta(1), True))
    assert dates_conflict(span, point("b", d + timedelta(2), True))


def test_days_counted_from_publication_need_two_days_between_them():
    # "yesterday" in Manila and "on Monday" in New York may name one night's strike
    d = DAY
    assert not dates_conflict(point("a", d, True, written=False), point("b", d + timedelta(1), True))
    assert not dates_conflict(point("a", d, True), point("b", d + timedelta(1), True, written=False))
    assert dates_conflict(point("a", d, True, written=False), point("b", d + timedelta(2), True, written=False))


# Israel and Lebanon over three days: strikes stated on 3 June by two wires, on 4 June by a
# third, a fourth report dated only by its publication on
# 4 June; a fifth report of the 4 June strikes with no target.
STRIKES = [
    report("s1", "Levant Wire", shell("e1", ISR, LBN, place=SOMEWHERE)),
    report("s2", "Cedar Post", shell("e1", ISR, LBN, place=SOMEWHERE)),
    report("s3", "Coast Herald", on(shell("e1", ISR, LBN, place=SOMEWHERE), DAY + timedelta(1)),
           published=DAY + timedelta(1)),
    report("s4", "Beirut Daily", published_only(shell("e1", ISR, LBN, DAY + timedelta(1), place=SOMEWHERE)),
           published=DAY + timedelta(1)),
]


def test_reports_of_two_stated_days_stay_two_events(tmp_path):
    final = settled_alike(tmp_path, STRIKES, random.Random(8))
    # the report dated by publication joins the first event of the window, as before
    assert final == {frozenset({"s1#e1", "s2#e1", "s4#e1"}), frozenset({"s3#e1"})}


def test_a_report_of_unknown_target_keeps_its_stated_day(tmp_path):
    # "Israeli jets struck on 4 June" (no target) with one Israel > Lebanon event stated on 3 June
    vague = report("v1", "Harbour Post", on(shell("e1", ISR, None, place=SOMEWHERE), DAY + timedelta(1)),
                   published=DAY + timedelta(1))
    vague_pub = report("v2", "Sea Ledger", published_only(shell("e1", ISR, None, DAY + timedelta(1), place=SOMEWHERE)),
                       published=DAY + timedelta(1))
    (tmp_path / "stated").mkdir()
    (tmp_path / "published").mkdir()
    assert settled_alike(tmp_path / "stated", STRIKES[:2] + [vague], random.Random(3)) == {
        frozenset({"s1#e1", "s2#e1"}), frozenset({"v1#e1"})}
    assert settled_alike(tmp_path / "published", STRIKES[:2] + [vague_pub], random.Random(3)) == {
        frozenset({"s1#e1", "s2#e1", "v2#e1"})}


# Bare country targets: "the RSF shelled Sudan" (SDN) and "the RSF shelled civilians" (SDNCVL).
BARE = [
    report("b1", "Nile Wire", shell("e1", RSF, CIVILIANS)),
    report("b2", "Desert Post", shell("e1", RSF, SDN)),
    report("b3", "Horn Courier", published_only(shell("e1", RSF, SDN, DAY + timedelta(1))),
           published=DAY + timedelta(1)),
    report("b4", "Gulf Wire", shell("e1", ISR, LBN, place=SOMEWHERE)),
    report("b5", "Cedar Post", shell("e1", ISR, HEZBOLLAH, place=SOMEWHERE)),
]


def test_a_bare_country_target_joins_its_one_party_event(tmp_path):
    final = settled_alike(tmp_path, BARE, random.Random(5))
    assert final == {frozenset({"b1#e1", "b2#e1", "b3#e1"}), frozenset({"b4#e1", "b5#e1"})}
    with Store(tmp_path / "one.duckdb") as s:
        s.add(BARE)
        by_key = {c["cluster_key"]: c for c in s.clusters()}
        # the party event keeps its key and represents the event; the bare report adds a source
        market = by_key["19|SDN:REB>SDN:CVL|f"]
        assert market["num_sources"] == 3 and market["target_codes"] == ["SDN", "SDNCVL"]
        assert "19|SDN:REB>SDN|f" not in by_key


def test_a_bare_country_target_stays_alone_between_two_parties(tmp_path):
    # Israel struck Hezbollah and, the same day, Lebanese civilians: "Israel struck Lebanon" is either
    two = BARE[3:] + [report("b6", "Levant Wire", shell("e1", ISR, LBN_CIVILIANS, place=SOMEWHERE))]
    final = settled_alike(tmp_path, two, random.Random(6))
    assert final == {frozenset({"b4#e1"}), frozenset({"b5#e1"}), frozenset({"b6#e1"})}


def test_what_a_bare_country_target_does_not_join(tmp_path):
    cases = [
        # a stated day other than the party event's
        report("n1", "Desert Post", on(shell("e1", RSF, SDN), DAY + timedelta(1)), published=DAY + timedelta(1)),
        # the bare country as the doer is its state: the army, not the RSF
        report("n2", "Horn Courier", shell("e1", SDN, CIVILIANS)),
        # another country
        report("n3", "Gulf Wire", shell("e1", RSF, LBN, place=SOMEWHERE)),
        # another family (a threat is not the shelling)
        report("n4", "Nile Wire", shell("e1", RSF, SDN, cameo="138")),
    ]
    final = settled_alike(tmp_path, [BARE[0], *cases], random.Random(7))
    assert final == {frozenset({"b1#e1"}), *(frozenset({f"{c.article.id}#e1"}) for c in cases)}


def test_a_bare_target_that_also_names_the_state_is_no_bare_event(tmp_path):
    # "the RSF shelled Sudan" with "the RSF shelled the army" the same day: one event of the
    # state (SDN and SDNMIL share a block), which the civilians' event does not absorb
    arts = [BARE[0], BARE[1], report("m1", "Red Sea Herald", shell("e1", RSF, ARMY))]
    final = settled_alike(tmp_path, arts, random.Random(9))
    assert final == {frozenset({"b1#e1"}), frozenset({"b2#e1", "m1#e1"})}


def test_a_second_party_event_releases_the_bare_report(tmp_path):
    with Store(tmp_path / "r.duckdb") as s:
        s.add(BARE[3:])
        assert frozenset({"b4#e1", "b5#e1"}) in partition(s)
        s.add([report("b6", "Levant Wire", shell("e1", ISR, LBN_CIVILIANS, place=SOMEWHERE))])
        assert partition(s) == {frozenset({"b4#e1"}), frozenset({"b5#e1"}), frozenset({"b6#e1"})}
        s.add([report("b6", "Levant Wire")], replace=True)  # recoded without its event
        assert partition(s) == {frozenset({"b4#e1", "b5#e1"})}


def test_an_old_store_is_reclustered_by_the_migration(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    arts = STRIKES + BARE
    with monkeypatch.context() as m:  # the rules before round 8
        m.setattr(store_module, "dates_conflict", lambda a, b: False)
        m.setattr(store_module, "attach_bare", lambda formed, stored, *_: formed + stored)
        with Store(path) as s:
            s.add(arts)
            old = partition(s)
            s.sql("DELETE FROM migrations WHERE name = '0004_stated_days_and_bare_targets'")
    with pytest.raises(StoreError, match="0004_stated_days_and_bare_targets"):
        Store(path, read_only=True)
    with Store(tmp_path / "new.duckdb") as s:
        s.add(arts)
        expected = partition(s)
    assert old != expected
    with Store(path) as s:
        assert partition(s) == expected
        assert s.pending_migrations() == []


def test_an_upgrade_of_keys_and_rules_reclusters_once(tmp_path, monkeypatch):
    path = tmp_path / "older.duckdb"
    arts = STRIKES + BARE
    with monkeypatch.context() as m:  # before round 7: keys of countries only, and the older rules
        m.setattr(store_module, "PARTY_CLASSES", {})
        m.setattr(store_module, "dates_conflict", lambda a, b: False)
        m.setattr(store_module, "attach_bare", lambda formed, stored, *_: formed + stored)
        with Store(path) as s:
            s.add(arts)
            s.sql("DELETE FROM migrations WHERE name IN ('0003_party_cluster_keys', '0004_stated_days_and_bare_targets')")
    calls = []
    full = Store._recluster_all
    monkeypatch.setattr(Store, "_recluster_all", lambda self: (calls.append(1), full(self))[1])
    with Store(path) as s:
        assert len(calls) == 1 and s.pending_migrations() == []
        upgraded = partition(s)
    with Store(tmp_path / "fresh.duckdb") as s:
        s.add(arts)
        assert partition(s) == upgraded
