"""Actor resolution stage (first version: to be deepened by the actors work).

`resolve_actors(doc, kb)` -> list[Mention] with `actor` set (and label WEAPON for weapons).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tacitus.records import Mention


def resolve_actors(doc: Doc, kb: object | None = None) -> list[Mention]:
    return []


@Language.factory("tacitus_actors", default_config={"actors_path": None})
def make_actors(nlp: Language, name: str, actors_path: str | None):
    def component(doc: Doc) -> Doc:
        doc._.tacitus_actors = resolve_actors(doc)
        return doc

    return component
