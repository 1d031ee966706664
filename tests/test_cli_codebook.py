"""`tacitus codebook` prints the packaged CAMEO/PLOVER codebook."""

from __future__ import annotations

import json

from tacitus.cli import main


def test_one_root_with_children(capsys):
    assert main(["codebook", "19", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0]["code"] == "19"
    assert all(r["code"].startswith("19") for r in rows) and len(rows) > 5
    assert {r["quad_class"] for r in rows} == {4}


def test_whole_codebook_keeps_leading_zeros(capsys):
    assert main(["codebook", "--format", "tsv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    codes = [line.split("\t")[0] for line in lines[1:]]
    assert "010" in codes and "0874" in codes and len(codes) >= 300


def test_unknown_code_is_a_clear_error(capsys):
    assert main(["codebook", "999"]) == 1
    assert capsys.readouterr().err.startswith("Error:")
