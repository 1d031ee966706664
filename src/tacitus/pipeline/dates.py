"""Dates stage (first version: to be deepened by the time-and-place work)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tacitus.records import Mention


def find_dates(doc: Doc) -> list[Mention]:
    return []


@Language.factory("tacitus_dates")
def make_dates(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.tacitus_dates = find_dates(doc)
        return doc

    return component
