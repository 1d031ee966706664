"""`tacitus code` through the real command line: formats, exit codes, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tacitus.cli import main

STORY = (
    "BRUSSELS, March 4, 2024 (Example News) - The foreign minister said on Monday that the government "
    "had recalled its ambassador after the border incident.\n\nOfficials from both countries met in "
    "Geneva to discuss the dispute, according to a statement released by the ministry."
)


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_keeps_id_dateline_and_contract(tmp_path, capsys):
    path = tmp_path / "story-1.txt"
    path.write_text(STORY, encoding="utf-8")
    code, out, _ = run(capsys, "code", str(path), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["article"]["id"] == "story-1"
    assert data["article"]["published"] == "2024-03-04"
    assert data["article"]["outlet"] == "Example News"
    assert data["article"]["text"] == STORY
    for key in ("mentions", "events", "claims"):
        assert isinstance(data[key], list)
    for m in data["mentions"]:
        assert STORY[m["start"]:m["end"]] == m["text"]


def test_published_override_and_output_file(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text(STORY, encoding="utf-8")
    out_path = tmp_path / "out.jsonl"
    code, out, _ = run(capsys, "code", str(src), "--published", "2020-02-02", "--format", "jsonl", "-o", str(out_path))
    assert code == 0 and out == ""
    rows = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert rows[0]["article"]["published"] == "2020-02-02"


def test_bad_date_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["code", "x.txt", "--published", "16/10/2024"])
    assert exc.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_batch_with_bad_inputs_codes_the_rest_and_exits_1(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 10)
    (folder / "latin1.txt").write_bytes("Le ministre a déclaré que les négociations étaient suspendues.".encode("latin-1"))
    (folder / "german.txt").write_text(
        "Der Minister sagte am Montag, dass die Regierung ihren Botschafter nach dem Zwischenfall an der Grenze "
        "zurückgerufen habe.", encoding="utf-8")
    (folder / "broken.html").write_text("<html><body><div><p>" + STORY.split("\n")[0] + "<p><b>unclosed <i>tags",
                                        encoding="utf-8")
    (folder / "batch.jsonl").write_text(
        json.dumps({"id": "j1", "text": STORY, "published": "2024-03-04"}) + "\n{broken json\n", encoding="utf-8")
    code, out, err = run(capsys, "code", str(folder), "--format", "jsonl")
    assert code == 1
    rows = {r["article"]["id"]: r for r in map(json.loads, out.splitlines())}
    ok = {k for k, r in rows.items() if r["article"]["ok"]}
    failed = {k: r["error"]["code"] for k, r in rows.items() if not r["article"]["ok"]}
    assert {"good", "j1", "broken"} <= ok  # malformed HTML is still read
    assert failed["empty"] == "empty"
    assert failed["binary"] == "binary"
    assert failed["latin1"] == "encoding"
    assert failed["german"] == "not_english"
    assert any(code == "malformed_record" for code in failed.values())
    assert "inputs failed" in err.splitlines()[-1] and err.splitlines()[-1].startswith("Error:")


def test_huge_text_gets_a_clear_error(tmp_path, capsys):
    big = tmp_path / "big.txt"
    sentence = "The minister said the talks would continue next week in the capital. "
    big.write_text(sentence * (20_000_000 // len(sentence)), encoding="utf-8")
    code, out, err = run(capsys, "code", str(big), "--format", "jsonl")
    assert code == 1
    row = json.loads(out)
    assert row["error"]["code"] == "too_large" and "limit" in row["error"]["message"]


def test_stdin_and_tsv_through_the_installed_entry_point():
    proc = subprocess.run(
        [sys.executable, "-m", "tacitus.cli", "code", "-", "--format", "tsv"],
        input=STORY, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    header = proc.stdout.splitlines()[0].split("\t")
    assert header[:3] == ["article_id", "event_id", "date"]
    assert all(len(line.split("\t")) == len(header) for line in proc.stdout.splitlines())


def test_no_command_is_a_usage_error(capsys):
    assert main([]) == 2
