"""CLI round 7: `tacitus eval` takes --actors like code, ingest, actor and serve; the user's
actors reach both the resolver (actor suites) and the pipeline."""

from __future__ import annotations

import json

import pytest

from tacitus.cli import build_parser, main
from tacitus.evaluate import EvalContext

MY_ACTORS = "name,kind,country,aliases\nVelmora Rangers,group,RUS,the Velmora unit\n"
# Our own actor-string records, in the ngec_actors format.
SUITE = [
    {"id": "v1", "method": "agent_to_code", "text": "the Velmora unit", "context": None, "date": "2024-03-01",
     "country": "RUS", "sector": None, "expect_none": False},
    {"id": "v2", "method": "agent_to_code", "text": "Velmora Rangers", "context": None, "date": "2024-03-01",
     "country": "RUS", "sector": None, "expect_none": False},
]


@pytest.fixture
def files(tmp_path):
    actors = tmp_path / "mine.csv"
    actors.write_text(MY_ACTORS, encoding="utf-8")
    suite = tmp_path / "velmora.jsonl"
    suite.write_text("".join(json.dumps(r) + "\n" for r in SUITE), encoding="utf-8")
    return actors, suite


def test_eval_takes_actors_like_the_other_commands():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in ("code", "ingest", "actor", "serve", "eval"):
        assert any("--actors" in a.option_strings for a in sub.choices[name]._actions), name


def _figures(capsys, *args):
    code = main(["eval", *args, "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0
    (suite,) = json.loads(out)["suites"]
    assert suite["kind"] == "actor_strings" and suite["records"] == 2
    return suite["figures"]


def test_eval_actor_suite_uses_the_users_actors(files, capsys):
    actors, suite = files
    assert _figures(capsys, str(suite))["country_accuracy"] == 0.0
    assert _figures(capsys, str(suite), "--actors", str(actors))["country_accuracy"] == 1.0


def test_eval_markdown_command_line_keeps_actors(files, tmp_path):
    actors, suite = files
    report = tmp_path / "r.md"
    assert main(["eval", str(suite), "--actors", str(actors), "--format", "markdown", "-o", str(report)]) == 0
    assert f"--actors {actors}" in report.read_text(encoding="utf-8")


def test_eval_with_a_bad_actor_file_is_a_one_line_error(files, tmp_path, capsys):
    _, suite = files
    bad = tmp_path / "bad.csv"
    bad.write_text('name,kind\n"Velmora Rangers,group\n', encoding="utf-8")
    assert main(["eval", str(suite), "--actors", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"Error: {bad}, line 2" in err and "Traceback" not in err


def test_eval_context_loads_the_pipeline_with_the_users_actors(monkeypatch):
    seen = {}

    def fake_load(actors=None):
        seen["actors"] = actors
        return "nlp"

    monkeypatch.setattr("tacitus.pipeline.load_pipeline", fake_load)
    assert EvalContext(actors="mine.csv").nlp == "nlp" and seen == {"actors": "mine.csv"}
