"""Round 28 actor rules for a story about one country (a mixin of the actor resolver):

- `story_country`: the country a story is about, when one clearly leads: the dateline's when the
  story names it at least one and a half times as often as any other country, else (no dateline) the country its
  KB names point to at least four times, twice as often as the next and in half of all such names.
  A story of two states (Russia and Ukraine) has none;
- `_ship_names` (before the model's entities): "the bulk carrier Ocean Pearl 3", "the tanker Eagle
  Star": a name after a ship noun is the ship (merchant shipping, BUS, unless a naval word), not a
  person; it takes the ship noun's actor, and "the vessel" with no country the one country of the
  ships named before it;
- `_prefixed_ships` (round 36, before the ship names): "the BRP Sierra Madre", "USS Ralph Johnson",
  "HMS Prince of Wales": a name after a fleet's prefix is the ship, of the prefix's state's armed
  forces (a merchant "MV Galaxy Leader" is shipping, BUS), whatever the model tagged it;
- `_agent_person` (in the model's PERSON entities): "Guerrillas stormed ...": an agent noun the
  model tagged PERSON at the start of a sentence is the agent phrase (REB), not a person;
- `_investigation_body`: "The National Bureau of Investigation" the KB lacks is a police body (COP);
- `_owned_bodies_of_groups`: "the Front's Northern Sector": a name the KB lacks, owned by a
  non-state body, is that body (its code);
- `_story_bodies` (last): "Army commanders", "the Defence Ministry", "soldiers", "guerrillas" with
  no country, in a story about one country whose paragraph so far (at least the sentence before)
  names no other state or international body, are that country's. Envoys, "officials" and
  "sources" stay out (often foreign), as do the objects of the story country's own acts ("Finnish police questioned the captain");
- `_story_ministers` (last): "Foreign Minister X said Riga was sharing ..." (a titled person the KB
  lacks): the state that is the subject of what he says, when his paragraph names a domestic body of
  it before him ("Latvian prosecutors"); else the story country when his paragraph names no other.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Span

from tacitus.pipeline.actors_lexicon import SHIP_PREFIXES, WARSHIP_WORDS
from tacitus.pipeline.coref import _BACKER_SUFFIXES as BACKER_SUFFIXES
from tacitus.pipeline.coref import PLACE_HEADS
from tacitus.records import Actor, Mention

#: Nouns of a ship a name may follow ("the tanker Eagle Star").
_SHIP_WORDS = frozenset({"ship", "vessel", "tanker", "carrier", "freighter", "trawler", "ferry", "boat", "frigate",
                         "destroyer", "corvette", "submarine", "minehunter", "warship", "icebreaker", "yacht"})
_NAVY_WORDS = WARSHIP_WORDS | {"submarine", "corvette", "minehunter", "aircraft"}
#: Sectors of a state's (or its rebels') bodies that a one-country story owns when nothing else does.
_STORY_SECTORS = frozenset({"MIL", "GOV", "COP", "REB", "SPY", "JUD", "LEG"})
#: Sectors of people and firms, not of a state: no owner of a state's body.
_PRIVATE_SECTORS = frozenset({"BUS", "CVL", "MED", "AGR", "EDU", "HLH", "LAB", "REL"})
_ARMED_SECTORS = frozenset({"MIL", "REB", "SPY", "UAF"})
#: Agent heads often foreign or anyone's: left to the other rules.
_OPEN_HEADS = frozenset({"official", "officials", "source", "sources", "diplomat", "diplomats", "envoy", "envoys",
                         "ambassador", "ambassadors", "embassy", "embassies", "delegation", "mission", "consulate",
                         "captain", "crew", "attackers", "gunmen", "bomber", "bombers",
                         # troops and forces are often foreign (peacekeepers, allies): round 9
                         "troops", "forces"})
_STORY_RULES = frozenset({"agent:noun", "ner:org+kb:agent", "ner:org+investigation"})
#: A state's domestic bodies: when a paragraph names one, the state is its subject.
_DOMESTIC_SECTORS = frozenset({"COP", "JUD", "GOV", "LEG", "MIL", "SPY"})
#: Names of a police body the KB lacks ("the National Bureau of Investigation").
_INVESTIGATION_HEADS = frozenset({"bureau", "agency", "service", "department", "directorate", "office"})


class Story:
    """Rules for the country a story is about; mixed into the actor resolver (see module doc)."""

    _story: tuple[str | None] | None = None

    def story_country(self) -> str | None:
        if self._story is None:
            self._story = (self._lead_country(),)
        return self._story[0]

    def _lead_country(self) -> str | None:
        counts = Counter(entries[0].country for _s, _e, entries in self.matches if entries[0].country)
        home = self.home_country.dateline(self.mentions)
        if home is not None:
            other = max((c for k, c in counts.items() if k != home), default=0)
            return home if 2 * (counts[home] + 1) >= 3 * other else None  # (+1: the dateline itself)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 4:
            return None
        top, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        return top if n >= 2 * second and 2 * n >= sum(counts.values()) else None

    # ------------------------------------------------------------------ ships
    def _ship_names(self) -> None:
        doc = self.doc
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG") or ent.start == 0 or not self._free(ent.start, ent.end):
                continue
            noun = doc[ent.start - 1]
            if noun.lower_ not in _SHIP_WORDS or self.sent_of[noun.i] != self.sent_of[ent.start] \
                    or any(self.kb.index.get(w) for w in (ent.text.lower(),)):
                continue
            ship = self._mention_at(noun)
            a = ship.actor if ship is not None and ship.actor is not None else None
            if a is None:
                words = {t.lower_ for t in doc[max(0, noun.i - 2):noun.i + 1]}
                sector = "MIL" if words & _NAVY_WORDS else "BUS"
                a = Actor(text=ent.text, sector=sector, code="---" + sector, kind="group")
            a = self._earlier_ship(noun, a) or a
            end = ent.end + 1 if ent.end < len(doc) and doc[ent.end].like_num and self._free(ent.end, ent.end + 1) \
                else ent.end  # ("Ocean Pearl 3": the model often leaves the number out)
            actor = replace(a, name=doc[ent.start:end].text, rule="ship:name", confidence=0.5)
            self._add(ent.start, end, "ORG", actor, actor.rule, actor.confidence)

    def _prefixed_ships(self) -> None:
        doc = self.doc
        for i in range(len(doc) - 1):
            entry = SHIP_PREFIXES.get(doc[i].text)
            if entry is None or self.taken[i] or doc[i].text == "MT" and (
                    i == 0 or doc[i - 1].lower_ not in ("the", "flagged", "registered") and doc[i - 1].lower_ not in _SHIP_WORDS):
                continue  # ("MT" is a ship's only after "the", a flag or a ship noun: not "MT Everest")
            end = i + 1
            sent_end = self.sents[self.sent_of[i]].end
            while end < sent_end and not self.taken[end] and (
                    doc[end].text[:1].isupper() and doc[end].is_alpha
                    or doc[end].lower_ in ("of", "de", "del") and end + 1 < sent_end and doc[end + 1].text[:1].isupper()
                    or doc[end].like_num and end > i + 1):
                end += 1
            while end > i + 1 and doc[end - 1].lower_ in ("of", "de", "del"):
                end -= 1
            if end == i + 1:
                continue
            country, sector = entry
            if country is None:  # "the Liberian-flagged MV Tutor": the flag's state
                country = self._flag_before(i)
            name = doc[i:end].text
            actor = Actor(text=name, country=country, sector=sector, code=(country or "---") + sector,
                          name=name, kind="group", rule="ship:prefix", confidence=0.6)
            self._add(i, end, "ORG", actor, actor.rule, actor.confidence)

    def _flag_before(self, i: int) -> str | None:
        """The country of "<Country>-flagged" right before token `i`, else None."""
        doc = self.doc
        if i < 3 or doc[i - 1].lower_ not in ("flagged", "registered") or doc[i - 2].text != "-":
            return None
        found = {e.country for e in self.kb.index.get(doc[i - 3].lower_, [])
                 if e.kind in ("country", "demonym") and e.country}
        return found.pop() if len(found) == 1 else None

    def _earlier_ship(self, noun, a: Actor) -> Actor | None:
        """"the vessel, the bulk carrier X": with no country of its own, the ship is the one ship
        with a country named before it ("a Chinese-flagged cargo ship"), when all agree."""
        if a.country:
            return None
        appos = noun.head if noun.dep_ == "appos" else None
        head = appos if appos is not None and appos.lower_ in _SHIP_WORDS else noun
        if not any(c.lower_ == "the" for c in head.children):
            return None  # "a tanker X": a new ship
        before = [m.actor for m in self.mentions if m.actor is not None and m.actor.country and m.start < head.idx
                  and (span := self._span_of(m)) is not None and span.root.lower_ in _SHIP_WORDS]
        if len({(b.country, b.sector) for b in before}) != 1:
            return None
        return before[-1]

    # ------------------------------------------------------------------ entities
    def _agent_person(self, span: Span) -> bool:
        """"Guerrillas stormed the base": a plural agent noun opening a sentence, tagged PERSON."""
        t = span[0]
        if len(span) != 1 or t.i != self.sents[self.sent_of[t.i]].start or t.tag_ != "NNS" \
                and not t.lower_.endswith("s") or self.kb.index.get(t.lower_):
            return False
        sector = self.kb.agent_sector(t.lower_)
        if sector is None:
            return False
        actor = Actor(text=t.text, sector=sector[:3], code="---" + sector, kind="group", rule="agent:noun",
                      confidence=0.5)
        self._add(t.i, t.i + 1, "ORG", actor, actor.rule, actor.confidence)
        return True

    def _investigation_body(self, span: Span) -> Actor | None:
        """"The National Bureau of Investigation": a police body (COP) with no country."""
        words = [t.lower_ for t in span]
        if "investigation" not in words and "investigations" not in words \
                or not _INVESTIGATION_HEADS & set(words):
            return None
        return Actor(text=span.text, sector="COP", code="---COP", name=span.text, kind="organisation",
                     rule="investigation", confidence=0.45)

    def _owned_bodies_of_groups(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.code or m.rule != "ner:org+ner:org":
                continue
            span = self._span_of(m)
            b = self._possessor(span) if span is not None else None
            if b is None or not b.code or b.kind not in ("group", "organisation") or b.code.startswith("---") \
                    or (b.sector or "")[:3] not in ("REB", "OPP", "PTY", "NGO", "CRM"):
                continue  # (a state's body: "Iran's Supreme Council" is left to the title rules)
            actor = replace(b, text=a.text, name=b.name, rule="coref:owned-group-body", confidence=0.5)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.5)
            self._carry(m, actor)

    def _carry(self, m: Mention, actor: Actor) -> None:
        """Later uses of the same name with no code ("the Eastern Sector") or pronouns copied
        from it take the resolved actor."""
        for k, x in enumerate(self.mentions):
            b = x.actor
            if x.start <= m.start or b is None or b.country or b.code and not b.code.startswith("---"):
                continue
            if x.text == m.text or b.name and m.actor is not None and b.name == m.actor.name \
                    and x.rule in ("coref:it", "coref:pronoun", "coref:surname"):
                self.mentions[k] = replace(x, actor=replace(actor, text=x.text, rule=x.rule))

    # ------------------------------------------------------------------ story bodies
    def _others_in(self, sent: int, m: Mention, story: str) -> bool:
        """Does sentence `sent` name a state other than `story`, or an international body, outside
        `m` (a national adjective before a place noun does not count: "the Bolivian border")?"""
        s = self.sents[sent]
        if any(t.lower_ in BACKER_SUFFIXES and t.i > s.start and self.doc[t.i - 1].text == "-" for t in s):
            return True  # ("a Turkish-backed militia": armed men near a backer may be anyone's)
        for x in self.mentions:
            b = x.actor
            if b is None or x is m or not s.start_char <= x.start < s.end_char:
                continue
            if b.kind == "igo" or (b.code or "").startswith("IGO"):
                return True
            if not b.country or b.country == story or (b.sector or "")[:3] in _PRIVATE_SECTORS:
                continue  # (a Chinese merchant ship owns no bureau or army)
            span = self._span_of(x)
            if span is not None and span.root.head.lower_ in PLACE_HEADS and span.root.dep_ == "amod":
                continue
            return True
        return False

    def _paragraph_so_far(self, sent: int) -> range:
        """The sentences of `sent`'s paragraph up to it, and the one before when its paragraph is
        that sentence alone (wire copy often breaks after every sentence)."""
        start = self.layout.para_start[sent]
        alone = start == sent and (sent + 1 >= len(self.sents) or self.layout.para_start[sent + 1] == sent + 1)
        return range(max(0, start - 1) if alone else start, sent + 1)

    def _story_bodies(self) -> None:
        story = self.story_country()
        if story is None:
            return
        # a story where another state's (or its rebels') armed men act is no story of one army:
        # "soldiers" there may be either side's
        armed = any(m.actor is not None and m.actor.country and m.actor.country != story
                    and (m.actor.sector or "")[:3] in _ARMED_SECTORS for m in self.mentions)
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or m.label == "PERSON" or m.rule not in _STORY_RULES \
                    or (a.sector or "")[:3] not in _STORY_SECTORS or (a.code or "").startswith(("IGO", "NGO")):
                continue
            span = self._span_of(m)
            if span is None or span.root.lower_ in _OPEN_HEADS or m.rule != "ner:org+investigation" and any(
                    c.dep_ == "prep" and c.lower_ in ("of", "for", "from", "in") for c in span.root.children):
                continue  # ("troops of ...", "police in ...": their own words were read by the other rules)
            if self._names_story(self.sent_of[span.start], story):
                continue  # ("The foreign ministry said fuel reached the rebels through Niger": a body
                # that speaks of the story's country by name is likely another's)
            paragraph = self._paragraph_so_far(self.sent_of[span.start])
            if armed and (a.sector or "")[:3] in _ARMED_SECTORS \
                    or any(self._others_in(k, m, story) for k in paragraph) or self._acted_on_by(span.root, story):
                continue
            actor = a.placed(story, name=self.kb.country_name(story), rule="story:one-country", confidence=0.4)
            self.mentions[n] = replace(m, rule="story:one-country", confidence=0.4, actor=actor)
            self._carry(m, self.mentions[n].actor)

    def _names_story(self, sent: int, story: str) -> bool:
        s = self.sents[sent]
        return any(s.start_char <= x.start < s.end_char and x.actor is not None and x.actor.kind == "country"
                   and x.actor.country == story and x.label == "GPE" for x in self.mentions)

    def _acted_on_by(self, root, story: str) -> bool:
        """Is the phrase the object of an act whose subject is the story country's ("Finnish
        investigators questioned the captain": the captain may be anyone's)?"""
        if root.dep_ not in ("dobj", "pobj"):
            return False
        verb = root.head if root.dep_ == "dobj" else root.head.head
        for c in verb.children:
            if c.dep_ == "nsubj":
                x = self._mention_at(c)
                if x is not None and x.actor is not None and x.actor.country == story:
                    return True
        return False

    def _story_ministers(self) -> None:
        story = self.story_country()
        for n, m in enumerate(self.mentions):
            a = m.actor
            if m.label != "PERSON" or a is None or a.country or not (a.rule or "").startswith("ner:person+title") \
                    or (a.sector or "") != "GOV":
                continue
            span = self._span_of(m)
            if span is None or span.root.dep_ != "nsubj":
                continue
            sent = self.sent_of[span.start]
            para = self.layout.para_start[sent]
            lo, hi = self.sents[para].start_char, self.sents[sent].end_char
            near = [x for x in self.mentions if x is not m and x.actor is not None and x.actor.country
                    and lo <= x.start < hi and x.label != "PERSON"]
            country = self._said_state(span.root.head, near, m.start)
            if country is None and story is not None and all(x.actor.country == story for x in near):
                country = story
            if country is None:
                continue
            rule = "story:titled-person"
            self.mentions[n] = replace(m, rule=rule, confidence=0.45, actor=a.placed(country, rule=rule,
                                                                                    confidence=0.45))
            self._carry(m, self.mentions[n].actor)

    def _said_state(self, verb, near: list[Mention], before: int) -> str | None:
        """The state that is the subject of the clause a speaker says ("said Riga was ..."), when
        the paragraph named a domestic body of it before the speaker ("Latvian prosecutors")."""
        for c in verb.children:
            if c.dep_ != "ccomp":
                continue
            subject = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            x = self._mention_at(subject) if subject is not None else None
            b = x.actor if x is not None else None
            if b is None or not b.country or b.kind not in ("government", "country"):
                return None
            if any(y.start < before and y.actor.country == b.country and (y.actor.sector or "")[:3] in _DOMESTIC_SECTORS
                   and y.actor.kind not in ("government", "country") for y in near):
                return b.country
        return None
