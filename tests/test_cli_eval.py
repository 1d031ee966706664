"""`tacitus actor` and `tacitus eval` argument handling through the real command line."""

from __future__ import annotations

import io
import json

import pytest

from tacitus.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def kb_resolver():
    kb = pytest.importorskip("tacitus.kb", reason="the actor knowledge base (tacitus.kb) is not in this build yet")
    if not hasattr(kb, "resolve_text"):
        pytest.skip("tacitus.kb has no resolve_text yet")
    return kb.resolve_text


def test_actor_without_text_is_a_usage_error(capsys):
    code, out, err = run(capsys, "actor")
    assert code == 2 and out == ""
    assert "give an actor string" in err


def test_actor_batch_missing_file_exits_1(tmp_path, capsys):
    code, _, err = run(capsys, "actor", "--batch", str(tmp_path / "missing.jsonl"))
    assert code == 1
    assert "missing.jsonl: no such file" in err


def test_eval_limit_must_be_positive(capsys):
    code, _, err = run(capsys, "eval", "all", "--limit", "0")
    assert code == 2 and "--limit" in err


def test_eval_bad_format_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["eval", "all", "--format", "csv"])
    assert exc.value.code == 2


def test_actor_json_names_country_and_why(capsys):
    kb_resolver()
    code, out, _ = run(capsys, "actor", "French soldiers", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["query"]["text"] == "French soldiers"
    assert data["actor"]["country"] == "FRA"
    assert data["actor"]["rule"]


def test_actor_date_and_context_reach_the_resolver(capsys):
    kb_resolver()
    code, out, _ = run(capsys, "actor", "Defense Minister", "--context", "German", "--date", "2020-06-01",
                       "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["query"] == {"text": "Defense Minister", "context": "German", "date": "2020-06-01"}
    assert data["actor"]["country"] == "DEU"


def test_actor_batch_from_stdin_goes_past_a_bad_line(capsys, monkeypatch):
    kb_resolver()
    lines = [
        json.dumps({"text": "Japanese police", "context": None, "date": "2019-03-01"}),
        "not json",
        json.dumps({"text": "the Italian government"}),
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    code, out, err = run(capsys, "actor", "--batch", "-", "--format", "jsonl")
    assert code == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 3
    assert rows[0]["actor"]["country"] == "JPN"
    assert "error" in rows[1] and "line 2" in rows[1]["error"]
    assert rows[2]["actor"]["country"] == "ITA"
    assert "1 input(s) could not be resolved" in err
