"""tacitus: source-attributed political event data from news text.

    >>> import tacitus
    >>> nlp = tacitus.load_pipeline()
    >>> coded = tacitus.code_text("MOSCOW, Oct 16 (Reuters) - Russia condemned Japan.", published="2024-10-16")
    >>> [(e.cameo, e.source[0].country, e.target[0].country) for e in coded.events]  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tacitus.errors import TacitusError
from tacitus.records import (
    Actor,
    Article,
    Attribution,
    Claim,
    CodedArticle,
    DocumentError,
    Event,
    Mention,
    Modality,
    Place,
    Plover,
    TimeSpan,
)

if TYPE_CHECKING:
    from tacitus.pipeline import code_article, code_articles, code_text, load_pipeline

__version__ = "0.1.0"

# The pipeline functions import spaCy (about two seconds): loaded on first use, so commands
# and programs that only read the codebook or the store start fast.
_PIPELINE_NAMES = frozenset({"code_article", "code_articles", "code_text", "load_pipeline"})


def __getattr__(name: str) -> Any:
    if name in _PIPELINE_NAMES:
        from tacitus import pipeline

        value = getattr(pipeline, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'tacitus' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _PIPELINE_NAMES)

__all__ = [
    "Actor",
    "Article",
    "Attribution",
    "Claim",
    "CodedArticle",
    "DocumentError",
    "Event",
    "Mention",
    "Modality",
    "Place",
    "Plover",
    "TacitusError",
    "TimeSpan",
    "code_article",
    "code_articles",
    "code_text",
    "load_pipeline",
]
