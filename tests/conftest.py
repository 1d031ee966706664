"""Shared fixtures: the real pipeline loaded once per test session, and ../shared paths."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from tacitus.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def code(nlp):
    """Code a string as an article published on 2024-10-16 (or the date given)."""
    from tacitus.ingest import article_from_text
    from tacitus.pipeline import code_article

    def run(text: str, published: date = date(2024, 10, 16)):
        return code_article(article_from_text(text, id="t", published=published), nlp)

    return run


@pytest.fixture(scope="session")
def parse(nlp):
    """Run the whole pipeline on a string as an article published on 2024-10-16 (or the date
    given) and return the Doc, for tests of one stage's annotations."""
    from tacitus.ingest import article_from_text

    def run(text: str, published: date | None = date(2024, 10, 16)):
        doc = nlp.make_doc(text)
        doc._.tacitus_article = article_from_text(text, id="t", published=published)
        return nlp(doc)

    return run


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder beside the project; tests that need it skip when it is absent."""
    if not (SHARED / "seed" / "seed-article.txt").exists():
        pytest.skip("../shared is not beside the project (seed, suites and reference data live there)")
    return SHARED


@pytest.fixture
def api_db(tmp_path, monkeypatch) -> Path:
    """A DuckDB file holding the hand-built corpus of tests/store_data.py, with no API token in
    the environment (each test passes its own)."""
    from store_data import populate
    from tacitus.store import Store

    monkeypatch.delenv("TACITUS_API_TOKEN", raising=False)
    monkeypatch.delenv("TACITUS_API_TOKEN_FILE", raising=False)
    path = tmp_path / "api.duckdb"
    with Store(path) as s:
        populate(s)
    return path
