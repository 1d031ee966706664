"""Attribution stage (first version: to be deepened by the claims work)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from tacitus.records import Attribution, Claim


def find_claims(doc: Doc) -> list[Claim]:
    return []


def attribution_for(doc: Doc, trigger: Token) -> Attribution:
    """The status of an event whose trigger is `trigger`: asserted by the narrator unless it
    lies inside the content of a claim in doc._.tacitus_claims."""
    return Attribution(status="asserted")


@Language.factory("tacitus_attribution")
def make_attribution(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.tacitus_claims = find_claims(doc)
        return doc

    return component
