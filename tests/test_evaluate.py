"""The evaluation harness: every scorer on small hand-made gold and predictions whose scores
are worked out by hand, suite discovery, and `tacitus eval` end to end through the real CLI."""

from __future__ import annotations

import json
import math
from datetime import date

import pytest

from tacitus.cli import main
from tacitus.evaluate import EvalContext, detect_kind, find_suites, resolve_suite, run_suite
from tacitus.evaluate.actors import score_actors
from tacitus.evaluate.classes import penta_class, score_classes, sentence_class
from tacitus.evaluate.common import match_spans, prf
from tacitus.evaluate.entities import score_entities
from tacitus.evaluate.events import best_event, event_triples, score_petr, score_plover
from tacitus.evaluate.factuality import score_factuality
from tacitus.evaluate.report import to_markdown, to_table
from tacitus.evaluate.timex import score_timex
from tacitus.evaluate.toponyms import distance_km, score_toponyms
from tacitus.records import Actor, Event, Mention, Modality, Place, Plover, TimeSpan


def actor(code: str) -> Actor:
    return Actor(text=code, country=code[:3], sector=code[3:6] or None, code=code)


def event(sources, targets, cameo, *, plover=None, negated=False, uncertain=False, future=False,
          start=0, end=1, confidence=0.5) -> Event:
    return Event(
        id=f"e{start}", sentence="", sentence_start=0, sentence_end=0, trigger="x", trigger_start=start,
        trigger_end=end, source=tuple(actor(s) for s in sources), target=tuple(actor(t) for t in targets),
        cameo=cameo, plover=Plover(plover) if plover else None,
        modality=Modality(negated=negated, uncertain=uncertain, future=future), confidence=confidence,
    )


def approx(x):
    return pytest.approx(x, abs=1e-9)


# --- common -----------------------------------------------------------------------------------


def test_prf_edge_cases():
    assert prf(1, 2, 4) == {"precision": 0.5, "recall": 0.25, "f1": approx(1 / 3)}
    assert prf(0, 0, 3) == {"precision": None, "recall": 0.0, "f1": 0.0}
    assert prf(0, 0, 0) == {"precision": None, "recall": None, "f1": None}


def test_match_spans_prefers_exact_then_largest_overlap():
    gold = [(0, 5), (10, 20)]
    pred = [(12, 14), (10, 20), (3, 8), (30, 31)]
    assert match_spans(gold, pred) == [(0, 2), (1, 1)]
    assert match_spans(gold, pred, exact=True) == [(1, 1)]


# --- events -----------------------------------------------------------------------------------


def test_event_triples_expand_compound_actors_and_drop_negated():
    evs = [
        event(["USAGOV", "GBRGOV"], [], "042"),
        event(["FRA"], ["DEU", "ITA"], "036"),
        event(["RUS"], ["UKR"], "190", negated=True),
    ]
    assert event_triples(evs) == [
        ("USAGOV", "---", "042"), ("GBRGOV", "---", "042"), ("FRA", "DEU", "036"), ("FRA", "ITA", "036"),
    ]


def test_actor_without_code_is_country_plus_sector():
    e = Event(id="e", sentence="", sentence_start=0, sentence_end=0, trigger="x", trigger_start=0, trigger_end=1,
              source=(Actor(text="troops", country="TUR", sector="MIL"),), target=(Actor(text="rebels", sector="REB"),),
              cameo="190")
    assert event_triples([e]) == [("TURMIL", "---REB", "190")]


PETR_GOLD = [
    {"id": "s1", "events": [{"source": "USAGOV", "target": "RUSGOV", "code": "042"}], "no_events": False},
    {"id": "s2", "events": [{"source": "CHN", "target": "JPN", "code": "190"},
                            {"source": "JPN", "target": "CHN", "code": "190"}], "no_events": False},
    {"id": "s3", "events": [], "no_events": True},
]


def test_score_petr_levels_and_no_event_false_positive():
    preds = [
        [event(["USAGOV"], ["RUSGOV"], "042"), event(["USAGOV"], ["RUSGOV"], "042", start=5)],  # duplicate counts once
        [event(["CHNMIL"], ["JPN"], "193")],
        [event(["FRA"], ["DEU"], "010")],
    ]
    out = score_petr(PETR_GOLD, preds)
    f = out["figures"]
    assert f["gold_events"] == 3
    assert f["exact_precision"] == approx(1 / 3) and f["exact_recall"] == approx(1 / 3)
    levels = {row["level"]: row for row in out["tables"]["levels"]}
    assert (levels["country"]["tp"], levels["root"]["tp"], levels["country_root"]["tp"]) == (1, 1, 2)
    assert levels["country_root"]["precision"] == approx(2 / 3)
    # code level: sets of codes per sentence: {042}/{042}, {190}/{193}, {}/{010}
    assert (levels["code"]["tp"], levels["code"]["predicted"], levels["code"]["gold"]) == (1, 3, 2)
    assert f["no_event_sentences"] == 1 and f["no_event_sentences_coded"] == 1
    worst = {row["code"]: row for row in out["tables"]["worst_codes"]}
    assert worst["190"]["hit"] == 0 and worst["190"]["instead"] == "193"
    assert worst["042"]["f1"] == 1.0


def test_petr_report_counts_false_positives_per_rule():
    def ruled(ev, rule):
        from dataclasses import replace
        return replace(ev, rule=rule)

    preds = [
        [ruled(event(["USAGOV"], ["RUSGOV"], "042"), "core:v:visit/subject"),
         ruled(event(["USAGOV"], ["CHN"], "190", start=3), "core:v:attack/subject+place-target")],
        [ruled(event(["CHNMIL"], ["JPN"], "193"), "core:v:clash+with/subject+mutual:with")],
        [ruled(event(["FRA"], ["DEU"], "010"), "statement:say/statement"),
         ruled(event(["FRA"], [], "111", start=4), "core:n:criticism/noun")],
    ]
    out = score_petr(PETR_GOLD, preds)
    f = out["figures"]
    assert (f["false_positives_subject"], f["false_positives_statement"], f["false_positives_noun"]) == (2, 1, 1)
    rows = {(r["rule"], r["path"]): r for r in out["tables"]["false_positive_rules"]}
    assert rows[("core:v:attack", "subject")]["false_positives"] == 1
    assert rows[("statement:say", "statement")]["in_no_event"] == 1
    assert ("core:v:visit", "subject") not in rows  # its only triple is right


def test_score_petr_perfect_run():
    preds = [[event(["USAGOV"], ["RUSGOV"], "042")],
             [event(["CHN"], ["JPN"], "190"), event(["JPN"], ["CHN"], "190")], []]
    f = score_petr(PETR_GOLD, preds)["figures"]
    assert (f["exact_precision"], f["exact_recall"], f["exact_f1"]) == (1.0, 1.0, 1.0)
    assert f["no_event_sentences_coded"] == 0


def test_factual_only_figure_drops_future_events():
    gold = [{"id": "s", "events": [{"source": "USA", "target": "CHN", "code": "036"}], "no_events": False}]
    f = score_petr(gold, [[event(["USA"], ["CHN"], "036", future=True)]])["figures"]
    assert f["exact_f1"] == 1.0 and f["exact_f1_factual_only"] == 0.0


def test_score_plover_type_accuracy_and_triples():
    gold = [
        {"id": "p1", "event_current": "ASSAULT", "source": [{"code": "SDN", "sector": "MIL"}],
         "target": [{"code": "SDN", "sector": "CVLxyz"}]},
        {"id": "p2", "event_current": "AGREE", "source": [{"code": "HUN", "sector": "GOV"}, {"code": "ROU", "sector": "GOV"}],
         "target": []},
        {"id": "p3", "event_current": "PROTEST", "source": [{"code": "FRA", "sector": None}], "target": []},
    ]
    preds = [
        [event(["SDNMIL"], ["SDNCVL"], "190", plover="ASSAULT")],
        [event(["HUNGOV"], [], "030", plover="CONSULT", confidence=0.2),
         event(["HUNGOV", "ROUGOV"], [], "057", plover="AGREE", confidence=0.9, start=9)],
        [],
    ]
    out = score_plover(gold, preds)
    f = out["figures"]
    assert f["type_accuracy"] == approx(2 / 3)
    assert f["type_accuracy_when_coded"] == 1.0
    # exact: p1 hits (SDNMIL, SDNCVL, ASSAULT); p2 hits both AGREE triples, CONSULT is a false positive
    assert (f["exact_precision"], f["exact_recall"]) == (approx(3 / 4), approx(3 / 4))


def test_best_event_skips_negated_and_prefers_confidence():
    a = event(["A"], [], "010", confidence=0.9, negated=True)
    b = event(["B"], [], "020", confidence=0.4, start=3)
    c = event(["C"], [], "030", confidence=0.4, start=1)
    assert best_event([a, b, c]) is c
    assert best_event([a]) is None


# --- sentence classes -------------------------------------------------------------------------


def test_penta_class_table():
    expect = {"010": 0, "0231": 0, "036": 1, "051": 1, "073": 2, "0841": 2, "090": 3, "112": 3, "138": 3,
              "160": 3, "141": 4, "150": 4, "173": 4, "193": 4, "200": 4}
    assert {code: penta_class(code) for code in expect} == expect
    assert penta_class("") is None and penta_class("99") is None


def test_score_classes_counts_no_event_as_wrong():
    gold = [{"quad": 0}, {"quad": 4}, {"quad": 4}, {"quad": 1}]
    preds = [[event(["A"], [], "010")], [event(["A"], ["B"], "190")], [event(["A"], ["B"], "112")], []]
    assert sentence_class(preds[3]) is None
    out = score_classes(gold, preds)
    f = out["figures"]
    assert f["accuracy"] == 0.5
    assert f["accuracy_when_coded"] == approx(2 / 3)
    assert f["accuracy_no_event_as_0"] == 0.5
    # per-class F1: 0 -> 1.0, 1 -> 0 (missed), 2 -> 0 (no support), 3 -> 0 (false positive), 4 -> 2/3
    assert f["macro_f1"] == approx((1.0 + 0 + 0 + 0 + 2 / 3) / 5)


# --- actor strings ----------------------------------------------------------------------------


def test_score_actors_with_a_fake_resolver():
    gold = [
        {"id": "a", "text": "Ruritanian troops", "country": "RUR", "sector": "MIL"},
        {"id": "b", "text": "the interior minister", "country": "", "sector": "GOV", "sector_2": None},
        {"id": "c", "text": "Freedonia", "country": "FRE", "sector": ""},
        {"id": "d", "text": "a protester", "country": None, "sector": "CVL", "sector_2": "OPP"},
    ]
    answers = {
        "Ruritanian troops": Actor(text="Ruritanian troops", country="RUR", sector="MIL"),
        "the interior minister": Actor(text="the interior minister", country="---", sector="GOV"),
        "Freedonia": {"country": "FRE", "sector": "GOV"},
        "a protester": Actor(text="a protester", sector="OPPCVL"),
    }
    calls = []

    def resolver(text, date=None, context=None):
        calls.append((text, date, context))
        return answers[text]

    from tacitus.evaluate.actors import resolve_all

    preds = resolve_all(gold, resolver)
    out = score_actors(gold, preds)
    f = out["figures"]
    assert f["country_cases"] == 3 and f["country_accuracy"] == 1.0
    assert f["sector_cases"] == 4 and f["sector_accuracy"] == 0.5  # c wants none, d has OPP first
    assert f["sector_any_accuracy"] == 0.75  # d: our second sector CVL is the gold's
    assert f["sector2_accuracy"] == 1.0
    assert {m["id"] for m in out["tables"]["misses"]} == {"c", "d"}
    assert len(calls) == 4


def test_organisations_count_by_bloc_code():
    gold = [
        {"id": "1", "text": "x", "country": "EUR", "sector": None},
        {"id": "2", "text": "y", "country": "IGO", "sector": None},
        {"id": "3", "text": "z", "country": "UNO", "sector": None},
        {"id": "4", "text": "w", "country": "FRA", "sector": None},
    ]
    preds = [Actor(text="x", code="IGOEUREEC"), Actor(text="y", code="IGOAFRAU"), Actor(text="z", code="IGO"),
             Actor(text="w", code="NGO")]
    f = score_actors(gold, preds)["figures"]
    assert f["country_accuracy"] == 0.5  # 1 and 2 right; a bare IGO is not the UN; an NGO is not France


def test_score_actors_no_answer_is_wrong_unless_none_expected():
    gold = [{"id": "x", "text": "t", "country": "ABC", "sector": ""}]
    f = score_actors(gold, [None])["figures"]
    assert f["country_accuracy"] == 0.0 and f["sector_accuracy"] == 1.0


# --- dates ------------------------------------------------------------------------------------

TIMEX_DOC = {
    "doc_id": "d1",
    "text": "x" * 100,
    "timex": [
        {"start": 10, "end": 16, "text": "Monday", "type": "DATE", "value": "2013-03-18"},
        {"start": 30, "end": 39, "text": "last year", "type": "DATE", "value": "2012"},
        {"start": 50, "end": 57, "text": "a month", "type": "DURATION", "value": "P1M"},
    ],
}


def dmention(start, end, value, kind="relative"):
    return Mention(text="", start=start, end=end, label="DATE", date=TimeSpan(None, None, value=value, kind=kind))


def test_score_timex():
    preds = [[
        dmention(7, 16, "2013-03-18"),     # overlaps Monday, right value
        dmention(30, 39, "2013"),          # exact span, wrong value
        dmention(48, 57, None),            # overlaps only a DURATION: ignored
        dmention(70, 75, "2013-03-01"),    # false positive
        dmention(80, 85, "P2D", kind="duration"),  # durations are not DATE predictions
    ]]
    out = score_timex([TIMEX_DOC], preds)
    f = out["figures"]
    assert (f["gold_dates"], f["predicted_dates"]) == (2, 3)
    assert f["detection_precision"] == approx(2 / 3) and f["detection_recall"] == 1.0
    assert f["exact_span_f1"] == approx(2 * 1 / 5)
    assert f["value_accuracy"] == 0.5
    assert out["tables"]["wrong_values"] == [{"doc": "d1", "text": "last year", "gold": "2012", "ours": "2013"}]


# --- toponyms ---------------------------------------------------------------------------------


def test_distance_km():
    assert distance_km(0, 0, 0, 0) == 0
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.5)  # one degree on the equator
    assert distance_km(90, 0, -90, 0) == pytest.approx(math.pi * 6371.0, rel=1e-3)


def pmention(start, end, lat, lon):
    return Mention(text="", start=start, end=end, label="GPE", place=Place(name="p", lat=lat, lon=lon))


def test_score_toponyms():
    doc = {"doc_id": "g1", "toponyms": [
        {"start": 0, "end": 5, "name": "A", "lat": 10.0, "lon": 10.0},
        {"start": 10, "end": 15, "name": "B", "lat": 20.0, "lon": 20.0},
        {"start": 20, "end": 25, "name": "C", "lat": 30.0, "lon": 30.0},
    ]}
    preds = [[
        pmention(0, 5, 10.0, 11.0),      # ~110 km off: within 161 km
        pmention(10, 12, 20.0, 25.0),    # ~523 km off
        pmention(40, 45, 0.0, 0.0),      # not a gold toponym
        Mention(text="", start=20, end=25, label="GPE"),  # no place: not a geolocation
    ]]
    f = score_toponyms([doc], preds)["figures"]
    assert f["accuracy_161km"] == approx(1 / 3)
    assert f["place_recall"] == approx(2 / 3) and f["place_precision"] == approx(2 / 3)
    assert f["median_error_km"] == pytest.approx((distance_km(10, 10, 10, 11) + distance_km(20, 20, 20, 25)) / 2)


# --- entities ---------------------------------------------------------------------------------


def test_score_entities_types_confidence_and_spans():
    doc = {"doc_id": "r1", "entities": [
        {"start": 0, "end": 10, "type": "Person", "confidence": 1},
        {"start": 20, "end": 30, "type": "Organisation", "confidence": 0.8},
        {"start": 40, "end": 45, "type": "Location", "confidence": 0.2},   # below 0.5: not gold
        {"start": 50, "end": 55, "type": "Quantity", "confidence": 1},     # type we do not emit
    ]}
    preds = [[
        Mention(text="", start=0, end=10, label="PERSON"),
        Mention(text="", start=22, end=30, label="ORG"),
        Mention(text="", start=40, end=45, label="GPE"),
        Mention(text="", start=60, end=65, label="CARDINAL"),
    ]]
    out = score_entities([doc], preds)
    f = out["figures"]
    assert (f["gold_entities"], f["predicted_entities"]) == (2, 3)
    assert f["exact_precision"] == approx(1 / 3) and f["exact_recall"] == 0.5
    assert f["overlap_precision"] == approx(2 / 3) and f["overlap_recall"] == 1.0


# --- factuality -------------------------------------------------------------------------------


def test_score_factuality():
    doc = {"doc_id": "m1", "events": [
        {"start": 0, "end": 4, "text": "sold", "polarity": "POS", "certainty": "CERTAIN"},
        {"start": 10, "end": 15, "text": "agree", "polarity": "NEG", "certainty": "POSSIBLE"},
        {"start": 20, "end": 25, "text": "rises", "polarity": "UNDERSPECIFIED", "certainty": None},
        {"start": 30, "end": 35, "text": "fell", "polarity": "POS", "certainty": "CERTAIN"},
    ]}
    preds = [[
        event(["A"], [], "010", start=0, end=4),
        event(["A"], [], "010", start=10, end=15, negated=True, future=True),
        event(["A"], [], "010", start=20, end=25, uncertain=True),
        event(["A"], [], "010", start=30, end=35, negated=True),
        event(["A"], [], "010", start=60, end=64),
    ]]
    out = score_factuality([doc], preds)
    f = out["figures"]
    assert (f["matched"], f["our_events"]) == (4, 5)
    assert (f["polarity_pairs"], f["polarity_accuracy"]) == (3, approx(2 / 3))
    assert f["negation_recall"] == 1.0
    assert (f["certainty_pairs"], f["certainty_accuracy"]) == (3, 1.0)
    assert [m["trigger"] for m in out["tables"]["disagreements"]] == ["fell"]


# --- suites: kinds, discovery, report ---------------------------------------------------------


@pytest.mark.parametrize(("record", "kind"), [
    ({"id": "1", "text": "t", "events": [], "no_events": True}, "cameo_events"),
    ({"id": "1", "text": "t", "event_current": "AGREE", "source": []}, "plover_events"),
    ({"id": "1", "text": "t", "quad": 2}, "sentence_class"),
    ({"id": "1", "text": "t", "method": "agent_to_code", "country": "USA", "assertions": []}, "actor_strings"),
    ({"doc_id": "1", "text": "t", "dct": "2013-01-01", "timex": []}, "timex"),
    ({"doc_id": "1", "text": "t", "toponyms": []}, "toponyms"),
    ({"doc_id": "1", "text": "t", "entities": [], "relations": []}, "entities"),
    ({"doc_id": "1", "text": "t", "events": [], "timex": [], "links": []}, "factuality"),
])
def test_detect_kind(record, kind):
    assert detect_kind(record) == kind


def test_detect_kind_refuses_unknown_records():
    from tacitus.errors import InputError

    with pytest.raises(InputError, match="kind of suite"):
        detect_kind({"id": "1", "body": "t"})


def test_find_and_resolve_suites(tmp_path):
    (tmp_path / "zeta").mkdir()
    (tmp_path / "zeta" / "dev.jsonl").write_text("{}\n")
    (tmp_path / "petr2_gsr" / "original").mkdir(parents=True)
    (tmp_path / "petr2_gsr" / "petr2_gsr.jsonl").write_text("{}\n")
    (tmp_path / "petr2_gsr" / "original" / "x.jsonl").write_text("{}\n")
    (tmp_path / "loose.jsonl").write_text("{}\n")
    found = find_suites(tmp_path)
    assert list(found) == ["petr2_gsr", "loose", "zeta"]
    assert resolve_suite("zeta", tmp_path) == [("zeta", tmp_path / "zeta" / "dev.jsonl")]
    assert resolve_suite(str(tmp_path / "zeta" / "dev.jsonl"), "/nonexistent") == [("zeta", tmp_path / "zeta" / "dev.jsonl")]
    assert len(resolve_suite("all", tmp_path)) == 3
    from tacitus.errors import InputError

    with pytest.raises(InputError, match="found: petr2_gsr, loose, zeta"):
        resolve_suite("nope", tmp_path)


# --- end to end through the real CLI ----------------------------------------------------------

# Our own sentences, in the petr2_gsr format.
TINY_EVENTS = [
    {"id": "t1", "date": "2021-05-04", "text": "The Ruritanian government condemned the missile test carried out by Freedonia on Tuesday.",
     "events": [{"source": "RURGOV", "target": "FRE", "code": "111"}], "no_events": False},
    {"id": "t2", "date": "2021-05-04", "text": "Officials in Lisbon said the weather would improve by the weekend.",
     "events": [], "no_events": True},
    {"id": "t3", "date": None, "text": "French troops attacked rebel positions near the northern border, the army said.",
     "events": [{"source": "FRAMIL", "target": "---REB", "code": "190"}], "no_events": False},
]


def write_jsonl(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_eval_cli_json_on_a_tiny_suite(tmp_path, capsys):
    path = tmp_path / "tiny.jsonl"
    write_jsonl(path, TINY_EVENTS)
    code = main(["eval", str(path), "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    (suite,) = data["suites"]
    assert suite["suite"] == "tiny" and suite["kind"] == "cameo_events" and suite["records"] == 3
    f = suite["figures"]
    assert f["sentences"] == 3 and f["gold_events"] == 2 and f["no_event_sentences"] == 1
    assert 0.0 <= f["exact_recall"] <= 1.0
    assert suite["seconds"] >= 0


def test_eval_cli_markdown_report_with_anchor_and_limit(tmp_path, capsys):
    write_jsonl(tmp_path / "suites" / "petr2_gsr" / "petr2_gsr.jsonl", TINY_EVENTS)
    write_jsonl(tmp_path / "suites" / "classes" / "train.jsonl", [
        {"id": "c1", "text": "Freedonia sent food aid to flood victims in Ruritania.", "quad": 2},
        {"id": "c2", "text": "Protesters burned tyres outside the parliament in the capital.", "quad": 4},
    ])
    report = tmp_path / "reports" / "eval.md"
    code = main(["eval", "all", "--suites", str(tmp_path / "suites"), "--limit", "2", "--format", "markdown",
                 "-o", str(report)])
    assert code == 0
    text = report.read_text(encoding="utf-8")
    assert "## petr2_gsr" in text and "## classes" in text
    assert "| exact_precision |" in text and "| 0.780 |" in text and "| 0.700 |" in text
    assert "2 records (--limit 2)" in text
    assert capsys.readouterr().out == ""


def test_eval_cli_unknown_suite_exits_1(tmp_path, capsys):
    write_jsonl(tmp_path / "a" / "a.jsonl", TINY_EVENTS)
    code = main(["eval", "nope", "--suites", str(tmp_path)])
    assert code == 1
    assert "no suite 'nope'" in capsys.readouterr().err


def test_reports_render_skipped_and_scored_results():
    from tacitus.evaluate import SuiteResult

    ok = SuiteResult("petr2_gsr", "cameo_events", "p.jsonl", 3, {"exact_precision": 0.5, "exact_recall": None},
                     {"levels": [{"level": "exact", "f1": 0.25}]}, 1.5)
    skipped = SuiteResult("ngec_actors", "actor_strings", "a.jsonl", 2, {}, {}, 0.0, skipped="no resolver")
    md = to_markdown([ok, skipped], command="tacitus eval all")
    assert "| exact_precision | 0.500 | 0.780 |" in md
    assert "| exact_recall | n/a | 0.700 |" in md
    assert "**Skipped:** no resolver" in md
    table = to_table([ok, skipped])
    assert "skipped: no resolver" in table and "0.250" in table


def test_run_suite_with_a_resolver_passed_in(tmp_path, nlp):
    path = tmp_path / "actors.jsonl"
    write_jsonl(path, [
        {"id": "1", "method": "agent_to_code", "text": "Ruritanian soldiers", "context": None, "date": "2020-01-01",
         "country": "RUR", "sector": "MIL", "assertions": []},
        {"id": "2", "method": "query_wiki", "text": "Something", "context": None, "date": None,
         "country": None, "sector": None, "assertions": []},
    ])
    seen = []

    def resolver(text, date=None, context=None):
        seen.append(date)
        return Actor(text=text, country="RUR", sector="GOV")

    result = run_suite(path, ctx=EvalContext(nlp_factory=lambda: nlp, resolver=resolver))
    assert result.skipped is None
    assert result.figures["country_accuracy"] == 1.0 and result.figures["sector_accuracy"] == 0.0
    assert seen == [date(2020, 1, 1)]  # the case with nothing asserted is not resolved


# --- the real suites (../shared) --------------------------------------------------------------


@pytest.mark.slow
def test_real_suites_run_with_limit(shared, nlp):
    found = find_suites(shared / "suites")
    assert {"petr2_gsr", "plover_gsr", "conflibert_cameo", "tempeval3", "geovirus", "re3d", "meantime"} <= set(found)
    ctx = EvalContext(nlp_factory=lambda: nlp)
    try:
        from tacitus.kb import resolve_text  # noqa: F401
    except ImportError:
        found.pop("ngec_actors", None)  # needs the actor knowledge base
    for name, path in found.items():
        result = run_suite(path, name=name, limit=3, ctx=ctx)
        assert result.skipped is None, name
        assert result.records == 3, name
        assert result.figures, name
        assert result.errors == 0, name
