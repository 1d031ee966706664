"""Cross-article clusters, round 9: a night's attack whose wires write the day on either side
of midnight ("late on 3 June" and "early on 4 June") is one event, while two written days
without such a cue, or with cues that point away from each other, stay two. The part of the
day is read at the event's date mention when the event is stored (`day_part`), and stores
written before it are filled and reclustered by the migration 0005. Every sentence here is
the project's own."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from store_data import partition, settled_alike
from tacitus import store as store_module
from tacitus.errors import StoreError
from tacitus.records import Mention, TimeSpan
from tacitus.store import ClusterPoint, Store, dates_conflict, day_part
from test_store_round7 import ARMY, DAY, RSF, article, shell

NEXT = DAY + timedelta(1)


def part_of(sentence: str, date_text: str) -> str | None:
    at = sentence.index(date_text)
    return day_part(sentence, 0, len(sentence), at, at + len(date_text))


def test_the_part_of_the_day_is_read_next_to_the_date():
    assert part_of("Drones hit the depot late on 3 June 2025.", "3 June 2025") == "late"
    assert part_of("Drones hit the depot on the night of 3 June 2025.", "3 June 2025") == "late"
    assert part_of("Drones hit the depot on Monday night.", "Monday night") == "late"
    assert part_of("Gunmen raided the village early on 4 June 2025.", "4 June 2025") == "early"
    assert part_of("Gunmen raided the village in the early hours of Wednesday.", "of Wednesday") == "early"
    assert part_of("Gunmen raided the village before dawn on 4 June 2025.", "4 June 2025") == "early"
    assert part_of("Shelling went on overnight into 4 June 2025.", "4 June 2025") == "overnight"


def test_words_away_from_the_date_name_no_part_of_the_day():
    assert part_of("The late governor's guards fired on the crowd on 3 June 2025.", "3 June 2025") is None
    assert part_of("Drones hit the depot on 3 June 2025.", "3 June 2025") is None
    # a cue of another phrase, set off by a comma, is not this date's
    assert part_of("After a night of clashes, the army shelled the town on 4 June 2025.", "4 June 2025") is None
    assert part_of("Drones hit the depot on 3 June 2025, the governor said late on Friday.", "3 June 2025") is None


def written(uid: str, when: date, part: str | None = None) -> ClusterPoint:
    return ClusterPoint(uid, when, when, explicit=True, written=True, part=part)


def test_a_cue_on_the_side_of_midnight_joins_two_written_days():
    assert not dates_conflict(written("a", DAY, "late"), written("b", NEXT, "early"))
    assert not dates_conflict(written("a", DAY, "late"), written("b", NEXT))
    assert not dates_conflict(written("a", DAY), written("b", NEXT, "early"))
    assert not dates_conflict(written("b", NEXT, "overnight"), written("a", DAY))  # either order


def test_cues_that_bridge_no_midnight_leave_two_days():
    assert dates_conflict(written("a", DAY), written("b", NEXT))
    # early on the first day, late on the second: a day and a half apart
    assert dates_conflict(written("a", DAY, "early"), written("b", NEXT, "late"))
    # a cue bridges one midnight, not two
    assert dates_conflict(written("a", DAY, "late"), written("b", NEXT + timedelta(1), "early"))


def night_report(aid: str, outlet: str, sentence: str, date_text: str, when: date, cause=None):
    """A report whose one event (the RSF shelling the army) is dated by `date_text` in `sentence`."""
    at = sentence.index(date_text)
    span = TimeSpan(start=when, end=when, value=when.isoformat(), precision="day", kind="absolute")
    ev = replace(shell("e1", RSF, ARMY, when), sentence=sentence, sentence_start=0, sentence_end=len(sentence),
                 trigger_start=0, trigger_end=6, trigger=sentence[:6], date=span)
    coded = article(aid, sentence, outlet, when + timedelta(1), [ev])
    mention = Mention(text=date_text, start=at, end=at + len(date_text), label="DATE", date=span, sentence=0)
    return replace(coded, mentions=(mention,))


LATE = night_report("n1", "Nile Wire", "Shells fell on the barracks late on 3 June 2025.", "3 June 2025", DAY)
EARLY = night_report("n2", "Desert Post", "Shells fell on the barracks early on 4 June 2025.", "4 June 2025", NEXT)
PLAIN = night_report("n3", "Horn Courier", "Shells fell on the barracks on 4 June 2025.", "4 June 2025", NEXT)
MORNING = night_report("n4", "Red Sea Herald", "Shells fell on the barracks early on 3 June 2025.", "3 June 2025", DAY)


def test_a_night_attack_written_on_both_sides_of_midnight_is_one_event(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert settled_alike(tmp_path / "a", [LATE, EARLY], random.Random(1)) == {frozenset({"n1#e1", "n2#e1"})}
    assert settled_alike(tmp_path / "b", [LATE, PLAIN], random.Random(2)) == {frozenset({"n1#e1", "n3#e1"})}


def test_a_morning_and_the_next_day_stay_two_events(tmp_path):
    assert settled_alike(tmp_path, [MORNING, PLAIN], random.Random(3)) == {
        frozenset({"n4#e1"}), frozenset({"n3#e1"})}


def test_an_old_store_is_filled_and_reclustered_by_the_migration(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    with monkeypatch.context() as m:  # the rules before round 9: no part of the day
        m.setattr(store_module, "day_part", lambda *_: None)
        with Store(path) as s:
            s.add([LATE, EARLY])
            assert partition(s) == {frozenset({"n1#e1"}), frozenset({"n2#e1"})}
            s.sql("DELETE FROM migrations WHERE name = '0005_day_parts'")
    with pytest.raises(StoreError, match="0005_day_parts"):
        Store(path, read_only=True)
    with Store(path) as s:
        assert partition(s) == {frozenset({"n1#e1", "n2#e1"})}
        assert s.pending_migrations() == []
        assert sorted(r[0] for r in s.sql("SELECT date_part FROM events")[1]) == ["early", "late"]
