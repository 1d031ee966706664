"""Attribution stage (first version: to be deepened by the claims work)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tacitus.records import Claim


def find_claims(doc: Doc) -> list[Claim]:
    return []


@Language.factory("tacitus_attribution")
def make_attribution(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.tacitus_claims = find_claims(doc)
        return doc

    return component
