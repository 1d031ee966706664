"""Round 30 actor rules that link a phrase to an actor the story named (a mixin of the actor resolver):

- `_state_fighters`: "Russian fighters" in a story set elsewhere that names Russia's forces
  ("Russia's Africa Corps", RUSMIL) and no Russian armed group are those forces (RUSMIL), not
  rebels; a story's own nationals ("Syrian fighters" in a Damascus story) and an adjective that
  is no country's own ("Chechen") stay fighters (REB);
- `_possessor_governments`: "Petro's government": a state body with no country owned by a
  person of a state's government takes that state;
- `_apposed_envoys`: "Richard Grenell, Trump's envoy for special missions": a person with no
  country apposed to an office noun owned by a state's officer or the state is of that state;
- `_named_envoys`: "Russia's ambassador, Alexei Sorokin, met ... The presidency said the envoy
  had pledged": "the envoy" is the one envoy (ambassador) named in the sentence or the two before;
- `_reporting_governments`: "Mali's army drove militants from the highway, the military
  government said": a government with no country reporting the act of a body of the dateline's
  (or the story's) country is that country's;
- `_led_groups`: "the Cartel de los Soles, which it alleges is led by Maduro": a non-state group
  with no country that its own clause says is led, run or headed by a state's person or body
  takes that country;
- `_settled_copies` (last): a surname or pronoun copied from a person before a later rule gave
  the person a country ("Foreign Minister Yvan Gil ... Gil called") ends with that person's final
  actor.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tacitus.kb import normalize
from tacitus.records import Mention

#: Nouns of a state's envoy that "the envoy" may refer back to.
_ENVOY_NOUNS = frozenset({"envoy", "ambassador", "emissary"})
#: Heads of a government that may report an act ("the military government said").
_GOVERNMENT_HEADS = frozenset({"government", "junta", "authorities", "regime", "administration"})
#: Verbs of reporting.
_REPORT_VERBS = frozenset({"say", "announce", "state", "report", "claim", "confirm", "add"})
#: Verbs saying who leads a group ("led by Maduro"): an owner, unlike a backer ("backed by").
_LEAD_VERBS = frozenset({"lead", "run", "head", "command", "control", "direct"})
#: Sectors of non-state groups whose country an owner gives.
_GROUP_SECTORS = frozenset({"CRM", "REB", "OPP", "PTY", "BUS", "NGO"})
#: Sectors of a state's own bodies.
_STATE_SECTORS = frozenset({"MIL", "GOV", "COP", "SPY", "JUD", "LEG"})
#: Rules of a copy of an earlier person's actor.
_COPY_RULES = frozenset({"coref:surname", "coref:pronoun"})


class Links:
    """Rules that link a phrase to an actor the story named; mixed into the actor resolver."""

    # ------------------------------------------------------------------ a state's fighters
    def _state_fighters(self) -> None:
        home = self.home_country.dateline(self.mentions) or self.story_country()
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or m.rule != "agent:country+noun" or a.sector != "REB" or not a.country or a.country == home:
                continue
            span = self._span_of(m)
            if span is None or span.root.lower_ != "fighters" or span.root.i == span.start:
                continue
            adjective = normalize(self.doc[span.start:span.root.i].text)
            if not any(e.kind == "country" and e.country == a.country for e in self.kb.index.get(adjective, ())):
                continue  # ("Chechen fighters": a people's name, no state's own)
            same = [x.actor for x in self.mentions if x is not m and x.actor is not None and x.actor.country == a.country
                    and x.label != "WEAPON" and x.actor.role != "instrument"]
            if not any(b.sector == "MIL" and b.kind in ("group", "organisation", "government") for b in same) \
                    or any((b.sector or "")[:3] == "REB" for b in same):
                continue  # (no forces of the state named, or a rebel group of its people)
            actor = replace(a, sector="MIL", code=a.country + "MIL", rule="agent:country+noun+state-fighters",
                            confidence=0.5)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.5)

    # ------------------------------------------------------------------ owned by a state's person
    def _state_owner(self, token) -> str | None:
        """The country of the possessor of `token` ("Petro's", "Trump's", "Russia's") when it is a
        state's officer or the state."""
        for c in token.children:
            if c.dep_ != "poss":
                continue
            owner = self._mention_at(c)
            b = owner.actor if owner is not None else None
            if b is None or not b.country:
                return None
            if owner.label == "PERSON" and (b.sector or "")[:3] in ("GOV", "MIL") \
                    or b.kind in ("country", "government"):
                return b.country
        return None

    def _possessor_governments(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or not m.rule.startswith("agent:noun") or (a.sector or "")[:3] != "GOV":
                continue
            span = self._span_of(m)
            country = self._state_owner(span.root) if span is not None else None
            if country is None:
                continue
            actor = a.placed(country, name=self.kb.country_name(country), rule="agent:noun+owner", confidence=0.55)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.55)

    def _apposed_envoys(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if m.label != "PERSON" or a is None or a.country or not (a.rule or "").startswith("ner:person"):
                continue
            span = self._span_of(m)
            if span is None:
                continue
            nouns = [c for c in span.root.children if c.dep_ == "appos"]
            if span.root.dep_ == "appos":
                nouns.append(span.root.head)
                nouns += self._posted_office(span.root.head)
            country = None
            for noun in nouns:
                if noun.pos_ == "NOUN" and self.kb.agent_sector(noun.lower_) == "GOV":
                    country = self._state_owner(noun)
                    if country is not None:
                        break
            if country is None:
                continue
            actor = replace(a, country=country, sector=a.sector or "GOV", code=country + (a.sector or "GOV"),
                            rule="ner:person+apposed-office", confidence=0.5)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.5)

    def _posted_office(self, place: Token) -> list[Token]:
        """"Russia's envoy in Vienna, Mikhail Ulyanov,": the parser sets the name beside the post's
        place, but a place has no officer for a name: the name is the office noun's that the
        place's "in"/"to"/"at" phrase hangs from."""
        prep = place.head
        if place.dep_ != "pobj" or prep.lower_ not in ("in", "to", "at") or prep.dep_ != "prep" \
                or prep.head.pos_ != "NOUN" or not self._is_place(place):
            return []
        return [prep.head]

    def _is_place(self, token: Token) -> bool:
        m = self._mention_at(token)
        return m is None and token.ent_type_ in ("GPE", "LOC") or m is not None and m.label == "GPE"

    def _named_envoys(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or m.rule != "agent:noun":
                continue
            span = self._span_of(m)
            if span is None or len(span) != 1 or span.root.lower_ not in _ENVOY_NOUNS or span.start == 0 \
                    or self.doc[span.start - 1].lower_ != "the" or any(c.dep_ in ("prep", "poss") for c in span.root.children):
                continue
            here = self.sent_of[span.start]
            lo = self.sents[max(0, here - 2)].start_char
            envoys = [x for x in self.mentions if lo <= x.start < m.start and x.label == "PERSON" and x.actor is not None
                      and x.actor.country and (s := self._span_of(x)) is not None and self._titled_envoy(s)]
            if len({x.actor.name or x.text for x in envoys}) != 1:
                continue  # (none, or two envoys: "the envoy" may be either)
            b = envoys[-1].actor
            actor = replace(b, text=m.text, rule="coref:named-envoy", confidence=0.5)
            self.mentions[n] = replace(m, label="PERSON", actor=actor, rule=actor.rule, confidence=0.5)

    def _titled_envoy(self, span: Span) -> bool:
        """"Russia's ambassador, Alexei Sorokin", "envoy Steve Witkoff", "X, Trump's envoy"."""
        root = span.root
        if root.dep_ == "appos" and root.head.lower_ in _ENVOY_NOUNS:
            return True
        if any(c.dep_ == "appos" and c.lower_ in _ENVOY_NOUNS for c in root.children):
            return True
        return any(self.lowers[k] in _ENVOY_NOUNS for k in range(max(0, span.start - 2), span.start))

    # ------------------------------------------------------------------ reporting governments
    def _reporting_governments(self) -> None:
        wanted = {c for c in (self.home_country.dateline(self.mentions), self.story_country()) if c}
        if not wanted:
            return
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or not m.rule.startswith("agent:noun") or not (a.sector or "").startswith("GOV"):
                continue
            span = self._span_of(m)
            if span is None or span.root.lower_ not in _GOVERNMENT_HEADS or span.root.dep_ != "nsubj":
                continue
            verb = span.root.head
            if verb.lemma_.lower() not in _REPORT_VERBS:
                continue
            clauses = [c for c in verb.children if c.dep_ == "ccomp"]
            if verb.dep_ in ("ccomp", "parataxis") and verb.head.pos_ in ("VERB", "AUX"):
                clauses.append(verb.head)  # "X did Y, the government said"
            found = set()
            for clause in clauses:
                for s in clause.children:
                    if s.dep_ in ("nsubj", "nsubjpass"):
                        x = self._mention_at(s)
                        if x is not None and x.actor is not None and x.actor.country:
                            found.add(x.actor.country)
            if not found:
                found = self._opening_body(span)
            if len(found) != 1 or not found <= wanted:
                continue
            country = found.pop()
            actor = a.placed(country, name=self.kb.country_name(country), rule="agent:noun+reported-act",
                             confidence=0.5)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.5)

    def _opening_body(self, span: Span) -> set[str]:
        """"Mali's army, backed by ..., drove ..., the military government said": when the parse
        gives the reported clause no subject, the country of the state body that opens the
        sentence, if the speaker tag ends it."""
        sent = self.sents[self.sent_of[span.start]]
        if span.start == sent.start or self.doc[span.start - 2].text != "," and self.doc[span.start - 1].text != ",":
            return set()
        first = next((x for x in self.mentions if sent.start_char <= x.start < span.start_char and x.actor is not None
                      and x.actor.code), None)
        b = first.actor if first is not None else None
        if b is None or not b.country or first.label == "PERSON" or (b.sector or "")[:3] not in _STATE_SECTORS:
            return set()
        return {b.country}

    # ------------------------------------------------------------------ groups and their leaders
    def _led_groups(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or (a.sector or "")[:3] not in _GROUP_SECTORS or m.label == "PERSON":
                continue
            span = self._span_of(m)
            if span is None:
                continue
            found = set()
            for clause in (c for c in span.root.children if c.dep_ in ("relcl", "acl")):
                for verb in clause.subtree:
                    if verb.lemma_.lower() not in _LEAD_VERBS or verb.pos_ != "VERB":
                        continue
                    for agent in (c for c in verb.children if c.dep_ == "agent"):
                        for obj in (g for g in agent.children if g.dep_ == "pobj"):
                            x = self._mention_at(obj)
                            b = x.actor if x is not None else None
                            if b is not None and b.country and x is not m and (
                                    x.label == "PERSON" or b.kind in ("country", "government")):
                                found.add(b.country)
            if len(found) != 1:
                continue
            country = found.pop()
            actor = a.placed(country, rule="agent:led-by", confidence=0.5)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.5)

    # ------------------------------------------------------------------ copies of people
    def _settled_copies(self) -> None:
        last: dict[str, Mention] = {}  # a person's name -> the last mention of it that is no copy
        for n in sorted(range(len(self.mentions)), key=lambda k: self.mentions[k].start):
            m = self.mentions[n]
            a = m.actor
            if m.label != "PERSON" or a is None or not a.name:
                continue
            if m.rule not in _COPY_RULES:
                last[a.name] = m
                continue
            ante = last.get(a.name)
            b = ante.actor if ante is not None else None
            if b is None or not b.country or b.code == a.code or a.country and a.country != b.country:
                continue
            self.mentions[n] = replace(m, actor=replace(b, text=a.text, rule=a.rule, confidence=a.confidence))
