"""Every command of the CLI is shown in the README, and the README's two commands exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tacitus.cli import build_parser

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


@pytest.mark.parametrize("command", _commands())
def test_command_is_documented(command):
    assert re.search(rf"tacitus {command}\b", README), f"README shows no `tacitus {command}`"


def test_readme_two_commands_are_make_targets():
    makefile = (Path(__file__).resolve().parents[1] / "Makefile").read_text(encoding="utf-8")
    for target in ("run", "test"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, re.M)
