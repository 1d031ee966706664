"""Named outlets (round 25): "the state newspaper Granma", "the public broadcaster Kan" are news
media of the story's country, not the place or person the name also reads as.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from tacitus.pipeline.actors_base import ResolverBase, demonym_country
from tacitus.pipeline.actors_lexicon import OUTLET_NOUNS
from tacitus.records import Mention

#: Nouns that introduce an outlet's name ("the daily Haaretz"), besides the outlet nouns.
_OUTLET_HEADS = OUTLET_NOUNS - {"media", "outlets", "press"} | {"daily", "weekly", "paper", "network", "broadcaster"}


class Outlets(ResolverBase):
    """Outlet names after an outlet noun."""

    def _named_outlets(self) -> None:
        """"The state newspaper Granma said": a name right after an outlet noun it hangs on (or
        that hangs on it) is that outlet: media of a country named on the noun ("the Cuban daily
        X"), else of the story's home country, else of no country. KB media keep their own."""
        doc = self.doc
        for n, m in enumerate(self.mentions):
            span = self._span(m)
            # (an upper-case name the model tagged ORG, "state broadcaster ORTM", is a name even
            # when the parser reads it as a verb and hangs it elsewhere)
            acronym = span is not None and m.label == "ORG" and len(span) == 1 and span.text.isupper()
            if span is None or span.start == 0 or m.actor is None or span.root.pos_ != "PROPN" and not acronym \
                    or m.actor.kind == "media" and m.actor.country:
                continue
            noun = doc[span.start - 1]
            if noun.lower_ not in _OUTLET_HEADS or noun.pos_ != "NOUN" and noun.lower_ not in ("daily", "weekly") \
                    or not (span.root.head.i == noun.i or noun.head.i == span.root.i or acronym):
                continue  # ("Radio Free Asia" is one name; "the newspaper said Granma ..." no outlet)
            owned = next((o for o in self.mentions if o is not m and o.actor is not None and o.actor.country
                          and (os := self._span(o)) is not None and os.end == noun.i + 1), None)
            country = next((c for c in (demonym_country(x.text) for x in noun.lefts) if c), None) \
                or (owned.actor.country if owned is not None else None) \
                or self.home_country(self.mentions, m.sentence or 0, before=m.start)
            actor = replace(m.actor, country=country, sector="MED", code=(country or "---") + "MED", kind="media",
                            rule="outlet:named", confidence=0.55)
            self.mentions[n] = replace(m, label="ORG", rule="outlet:named", confidence=0.55, actor=actor)
            for k, o in enumerate(self.mentions):  # the outlet noun's own mention ("newspaper"): the same outlet
                os = self._span(o)
                if o.actor is not None and os is not None and os.root.i == noun.i and o.actor.sector == "MED":
                    self.mentions[k] = replace(o, rule="outlet:named", actor=replace(actor, text=o.text))

    def _span(self, m: Mention) -> Span | None:
        return self.doc.char_span(m.start, m.end, alignment_mode="expand")
