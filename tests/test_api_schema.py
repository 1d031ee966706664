"""Schemathesis against the app's own OpenAPI schema: no request it generates gets a 5xx
(skips when schemathesis is not installed)."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed (pip install schemathesis)")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

import store_data as _data  # noqa: E402
from tacitus.api import create_app  # noqa: E402
from tacitus.store import Store  # noqa: E402


def _app():
    """The app over a small store in a temporary folder (removed at exit). Posts without the
    token are refused before any coding."""
    folder = Path(tempfile.mkdtemp(prefix="tacitus-schema-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    with Store(folder / "st.duckdb") as s:
        _data.populate(s)
    return create_app(folder / "st.duckdb")


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    case.call_and_validate(checks=[not_a_server_error])
