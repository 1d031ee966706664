"""Dates stage (first version: to be deepened by the time-and-place work)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tacitus.records import Mention, TimeSpan


def find_dates(doc: Doc) -> list[Mention]:
    return []


def event_date(doc: Doc, sent: Span, trigger: Token) -> tuple[TimeSpan | None, str]:
    """The date of an event triggered by `trigger` in `sent`, and the rule that chose it."""
    return None, "none"


@Language.factory("tacitus_dates")
def make_dates(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.tacitus_dates = find_dates(doc)
        return doc

    return component
