"""The only module that opens packaged data files (under `tacitus/data/`).

Loaders elsewhere call these functions and accept an override path, so users can bring
their own dictionaries without code changes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from tacitus.errors import DataFileError
from tacitus.jsonlines import parse_object


def read_text(name: str, override: str | Path | None = None) -> str:
    """Return the text of packaged data file `name` (or of `override` when given).

    Raises:
        DataFileError: the file does not exist or is not UTF-8.
    """
    try:
        if override is not None:
            return Path(override).read_text(encoding="utf-8")
        return resources.files("tacitus").joinpath("data", name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        where = override or f"tacitus/data/{name}"
        raise DataFileError(f"data file {where} not found; reinstall tacitus or check the path") from exc
    except UnicodeDecodeError as exc:
        raise DataFileError(f"data file {override or name} is not UTF-8 text") from exc


def iter_jsonl(name: str, override: str | Path | None = None) -> Iterator[dict[str, Any]]:
    """Yield the rows of a JSON Lines data file, naming the file and line of a bad row.

    Raises:
        DataFileError: the file is missing, or a line is not a JSON object.
    """
    where = str(override or name)
    for lineno, line in enumerate(read_text(name, override).splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield parse_object(line, f"{where}, line {lineno}", DataFileError)


def read_json(name: str, override: str | Path | None = None) -> Any:
    """Return the parsed content of a JSON data file."""
    try:
        return json.loads(read_text(name, override))
    except json.JSONDecodeError as exc:
        raise DataFileError(f"{override or name}: not valid JSON ({exc.msg}, line {exc.lineno})") from exc


def data_file(name: str) -> Path:
    """Filesystem path of a packaged data file, for readers that need a path (DuckDB, pyarrow)."""
    return Path(str(resources.files("tacitus").joinpath("data", name)))
