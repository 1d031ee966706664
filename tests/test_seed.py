"""The seed article, scored by ../shared/seed/score_seed.py: the first acceptance test."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tacitus.cli import main

FLOOR = 0.60  # the foundation's bar; later work raises it


@pytest.fixture(scope="module")
def seed_output(shared, tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "seed.json"
    assert main(["code", str(shared / "seed" / "seed-article.txt"), "--format", "json", "-o", str(out)]) == 0
    return out


def test_dateline_fields(seed_output, shared):
    gold = json.loads((shared / "seed" / "seed.gold.json").read_text(encoding="utf-8"))["article"]
    art = json.loads(seed_output.read_text(encoding="utf-8"))["article"]
    assert (art["published"], art["outlet"], art["distributor"]) == (gold["published"], gold["outlet"], gold["distributor"])


def test_subheading_yields_no_event(seed_output, shared):
    data = json.loads(seed_output.read_text(encoding="utf-8"))
    text = data["article"]["text"]
    heading = next(p.strip() for p in text.split("\n\n") if p.strip() and not p.strip().endswith("."))
    assert not [e for e in data["events"] if e["sentence"].strip().startswith(heading)]


def test_seed_score_meets_floor(seed_output, shared):
    proc = subprocess.run(
        [sys.executable, str(shared / "seed" / "score_seed.py"), str(seed_output), "--min", str(FLOOR)],
        capture_output=True, text=True, timeout=60,
    )
    summary = proc.stdout.strip().splitlines()[-1]
    assert proc.returncode == 0, summary
