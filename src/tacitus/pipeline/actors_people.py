"""Round 31 actor rules for people and bodies described by the words around them (a mixin of
the actor resolver):

- `_designated_weapons` (before the model's entities): "BM-21 rockets", "PMN-2 mines": a model
  designator (capitals, a hyphen, digits) before a weapon noun is a weapon (WEAPON) the KB
  lacks, of no known maker; a bare generic noun ("rockets") stays no weapon;
- `_other_states_bodies`: "Iran's Supreme National Security Council": a body the KB knows as
  another state's, after a country's possessive, is the possessor's;
- `_possessed_bodies`: "Cambodia's Defence Ministry spokeswoman": a state body with no country
  right after a country's possessive (which the parse hangs on the last noun) is that country's;
- `_sole_police`: "Police said five suspects were detained": bare police in a datelined story
  whose police named with a country are all the dateline country's are that country's, unless
  their sentence names another state's body before them;
- `_ranked_people`: "Sergeant X, 34, was killed" (a rank the model kept in the name): police
  (COP) when the sentence or the one before speaks of police, else the army (MIL); the country
  of the story's one police (or army) when it has one;
- `_party_people`: "X, whose Bhumjaithai Party quit the coalition": a person with no sector
  whose relative clause owns a party is the party's (PTY) in the person's country;
- `_placed_officials`: "X, a civil defence official in Gaza": a person with a sector and no
  country, apposed to an official noun "in" a place, takes the place's country.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tacitus.pipeline.actors_lexicon import WEAPON_NOUNS
from tacitus.pipeline.actors_wire import _RANKS as RANKS
from tacitus.pipeline.coref import dateline_countries
from tacitus.records import Actor

#: A model designator: "BM-21", "PMN-2", "T-72B" (a hyphen is required: "G20", "M23" are no weapons).
_DESIGNATOR = re.compile(r"^[A-Z]{1,5}-\d{1,4}[A-Z]{0,2}$")
#: Weapon nouns a designator may stand before: the weapon nouns, and mines (no weapon bare: "gold mines").
_DESIGNATED_NOUNS = WEAPON_NOUNS | {"mine", "mines", "landmine", "landmines"}
#: Heads of a bare police phrase.
_POLICE_HEADS = frozenset({"police", "policeman", "policemen", "policewoman", "officer", "officers"})
#: Words that say a passage is about police ("a police patrol", "his fellow officers").
_POLICE_WORDS = frozenset({"police", "policeman", "policemen", "policewoman", "gendarme", "gendarmes",
                           "gendarmerie", "constable"})
#: Sectors of a state's bodies: an owner of them names the state.
_STATE_SECTORS = frozenset({"MIL", "GOV", "COP", "SPY", "JUD", "LEG"})


class People:
    """Rules for people and bodies described by their words; mixed into the actor resolver."""

    # ------------------------------------------------------------------ weapons
    def _designated_weapons(self) -> None:
        doc = self.doc
        for t in doc[:-1]:
            nxt = doc[t.i + 1]
            if not _DESIGNATOR.match(t.text) or nxt.lower_ not in _DESIGNATED_NOUNS or not self._free(t.i, t.i + 2):
                continue
            actor = Actor(text=doc[t.i:t.i + 2].text, name=t.text, kind="weapon", role=nxt.lemma_.lower(),
                          rule="pattern:weapon-designator", confidence=0.6)
            self._add(t.i, t.i + 2, "WEAPON", actor, actor.rule, actor.confidence)

    # ------------------------------------------------------------------ owned by a country
    def _possessed_bodies(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or m.label == "PERSON" or (a.sector or "")[:3] not in _STATE_SECTORS \
                    or not (a.code or "").startswith("---"):
                continue
            span = self._span_of(m)
            b = self._possessor(span) if span is not None else None
            if b is None or not b.country or b.kind != "country":
                continue
            actor = a.placed(b.country, name=self.kb.country_name(b.country), rule="agent:country-possessive",
                             confidence=0.6)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.6)

    def _other_states_bodies(self) -> None:
        """"Iran's Supreme National Security Council": a body the KB knows as another state's (the
        US council) after a country's possessive, with at most two capitalised words between, is
        the possessor's own body of that sector."""
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or not a.country or m.rule != "kb:name" or m.label == "PERSON" \
                    or a.kind not in ("government", "organisation") or (a.sector or "")[:3] not in _STATE_SECTORS:
                continue
            span = self._span_of(m)
            b = self._possessor(span, between=2) if span is not None else None
            if b is None or not b.country or b.kind != "country" or b.country == a.country:
                continue
            first = next(k for k in range(span.start - 1, -1, -1) if self.doc[k].lower_ in ("'s", "’s")) + 1
            actor = a.placed(b.country, kb_id=None, name=self.doc[first:span.end].text,
                             rule="agent:country-possessive+kb-body", confidence=0.6)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.6)

    # ------------------------------------------------------------------ police
    def _story_force(self, sector: str) -> str | None:
        """The one country whose `sector` bodies (not people) the story names, if one."""
        found = {x.actor.country for x in self.mentions if x.actor is not None and x.actor.country
                 and x.label != "PERSON" and (x.actor.sector or "")[:3] == sector
                 and self.kb.country_name(x.actor.country)}
        return found.pop() if len(found) == 1 else None

    def _sole_police(self) -> None:
        home = self.home_country.dateline(self.mentions)
        if home is None or self._story_force("COP") != home:
            return
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or m.rule != "agent:noun" or a.sector != "COP":
                continue
            span = self._span_of(m)
            if span is None or span.root.lower_ not in _POLICE_HEADS \
                    or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "from", "in")
                           for c in span.root.children):
                continue  # ("their police", "police in Serbia": their own words say whose)
            if self._foreign_body_before(m, home):
                continue
            actor = a.placed(home, name=self.kb.country_name(home), rule="coref:sole-police", confidence=0.45)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.45)

    def _foreign_body_before(self, m, home: str) -> bool:
        """Does `m`'s sentence name, before it, another state or a body of one ("In Serbia,
        police ...", "Serbian officials said police ...")? People and firms do not count."""
        sent = self.sents[self.sent_of[self._span_of(m).start]]
        return any(x.actor is not None and x.actor.country and x.actor.country != home
                   and sent.start_char <= x.start < m.start and x.label != "NORP"
                   and (x.actor.kind == "country" or (x.actor.sector or "")[:3] in _STATE_SECTORS)
                   for x in self.mentions)

    def _ranked_people(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if m.label != "PERSON" or a is not None and (a.sector or a.country):
                continue
            span = self._span_of(m)
            if span is None or len(span) < 2 or span[0].lower_ not in RANKS or span[0].lower_ in ("dr", "dr."):
                continue
            sent = self.sent_of[span.start]
            lo = self.sents[max(0, sent - 1)].start
            words = set(self.lowers[lo:self.sents[sent].end])
            sector = "COP" if words & _POLICE_WORDS else "MIL"
            country = self._story_force(sector) or self.home_country(self.mentions, sent, before=m.start)
            base = a or Actor(text=m.text, kind="person")
            actor = replace(base, country=country, sector=sector, code=(country or "---") + sector, kind="person",
                            name=base.name or span[1:].text, rule="ner:person+rank", confidence=0.45)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.45)

    # ------------------------------------------------------------------ parties and places
    def _party_people(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if m.label != "PERSON" or a is None or not a.country or a.sector:
                continue
            span = self._span_of(m)
            if span is None:
                continue
            for clause in (c for c in span.root.children if c.dep_ == "relcl"):
                owned = [t.head for t in clause.subtree if t.lower_ == "whose" and t.dep_ == "poss"]
                party = next((x for t in owned if (x := self._mention_at(t)) is not None and x.actor is not None
                              and (x.actor.sector or "")[:3] == "PTY"), None)
                if party is None and not any(t.lower_ == "party" for t in owned):
                    continue
                actor = replace(a, sector="PTY", code=a.country + "PTY", rule="ner:person+party", confidence=0.5)
                self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.5)
                break

    def _placed_officials(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if m.label != "PERSON" or a is None or a.country or (a.sector or "")[:3] not in _STATE_SECTORS:
                continue
            span = self._span_of(m)
            if span is None:
                continue
            for noun in (c for c in span.root.children if c.dep_ == "appos" and self.kb.agent_sector(c.lower_)):
                places = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"
                          for g in c.children if g.dep_ == "pobj"]
                found = set()
                for g in places:
                    name = " ".join(t.text for t in g.subtree if t.dep_ in ("compound",) or t.i == g.i)
                    found |= dateline_countries(self.kb, name)
                if len(found) != 1:
                    continue
                country = found.pop()
                actor = a.placed(country, rule="ner:person+official-in-place", confidence=0.5)
                self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.5)
                break
