"""Event coding stage (first version: to be deepened by the event-coder work)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tacitus.records import Event


def code_events(doc: Doc) -> list[Event]:
    return []


@Language.factory("tacitus_events")
def make_events(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.tacitus_events = code_events(doc)
        return doc

    return component
