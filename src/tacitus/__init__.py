"""tacitus: source-attributed political event data from news text.

    >>> import tacitus
    >>> nlp = tacitus.load_pipeline()
    >>> coded = tacitus.code_text("MOSCOW, Oct 16 (Reuters) - Russia condemned Japan.", published="2024-10-16")
    >>> [(e.cameo, e.source[0].country, e.target[0].country) for e in coded.events]  # doctest: +SKIP
"""

from tacitus.errors import TacitusError
from tacitus.pipeline import code_article, code_articles, code_text, load_pipeline
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

__version__ = "0.1.0"

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
