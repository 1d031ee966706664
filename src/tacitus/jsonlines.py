"""One JSON object per line: the parse and the error every reader of JSON Lines gives."""

from __future__ import annotations

import json
from typing import Any

from tacitus.errors import TacitusError


def parse_object(line: str, where: str, error: type[TacitusError]) -> dict[str, Any]:
    """Return the JSON object on `line`; raise `error` naming `where` (file and line) otherwise."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        # json's messages end in "at" before the position ("Unterminated string starting at")
        raise error(f"{where}: not valid JSON at column {exc.colno} ({exc.msg.removesuffix(' at')})") from exc
    if not isinstance(row, dict):
        raise error(f"{where}: expected a JSON object per line")
    return row
