"""Actor resolution stage (first version: to be deepened by the actors work).

`resolve_actors(doc, kb)` -> list[Mention] with `actor` set (and label WEAPON for weapons).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tacitus.records import Mention


def resolve_actors(doc: Doc, kb: object | None = None) -> list[Mention]:
    return []


def mentions_by_token(doc: Doc) -> dict[int, Mention]:
    """Map each token index inside an actor mention (doc._.tacitus_actors) to that mention."""
    index: dict[int, Mention] = {}
    for m in doc._.tacitus_actors or ():
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for token in span:
                index[token.i] = m
    return index


@Language.factory("tacitus_actors", default_config={"actors_path": None})
def make_actors(nlp: Language, name: str, actors_path: str | None):
    def component(doc: Doc) -> Doc:
        doc._.tacitus_actors = resolve_actors(doc)
        return doc

    return component
