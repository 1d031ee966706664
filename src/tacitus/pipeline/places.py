"""Places stage (first version: to be deepened by the time-and-place work)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tacitus.records import Mention, Place


def find_places(doc: Doc) -> list[Mention]:
    return []


def event_location(doc: Doc, sent: Span, trigger: Token) -> Place | None:
    """Where the event triggered by `trigger` in `sent` happened, from its own clause."""
    return None


@Language.factory("tacitus_places")
def make_places(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.tacitus_places = find_places(doc)
        return doc

    return component
