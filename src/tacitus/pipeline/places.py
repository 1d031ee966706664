"""Places stage (first version: to be deepened by the time-and-place work)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tacitus.records import Mention


def find_places(doc: Doc) -> list[Mention]:
    return []


@Language.factory("tacitus_places")
def make_places(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.tacitus_places = find_places(doc)
        return doc

    return component
