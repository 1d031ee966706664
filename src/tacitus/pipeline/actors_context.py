"""Round 14 actor rules that read the story around a phrase (a mixin of the actor resolver):

- `_coup_forces`: "Soldiers seized power in Niger": armed men with no owner who take power in
  (or topple the government of) one country named in their own clause are its military (round
  16: a clause that names no country, in a datelined story: the dateline's);
- `_coup_rulers` (round 16): "the new authorities", "the junta" after soldiers seized power in
  one country are its government;
- `_named_parties` (round 16): "the Patriotic Front", a party name the KB lacks, is a party of
  the story's country;
- `_speaking_officers`: "a colonel said the army had dissolved the government": an officer with
  no owner speaking of one country's army is of that army; "He said ..." right after is the officer,
  not a person named further back;
- `_story_nouns`: "the junta", "the soldiers" with no owner take the one country every earlier
  phrase with that noun was given; "the bloc", "the regional bloc", "the agency" keep the body
  "the bloc"/"the agency" first stood for, whatever body was named since;
- `_home_departments`: "The Agriculture Department" (a US name) with no owner is the dateline
  country's, or the United States' when there is no dateline and the story names it;
- `_named_body_heads`: "the commission" after one named commission ("the Electoral Commission
  of Zambia") is that body;
- `_titled_adjectives`: "Chinese Vice Premier He Lifeng" is one actor: the adjective of a title
  before a person the KB does not know is no mention of its own.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from tacitus.kb import SPOKESPEOPLE
from tacitus.pipeline.actors_lexicon import ARMED_NAME_WORDS, PARTY_NAME_HEADS
from tacitus.records import Actor, Mention

#: Verbs by which armed men take a state's power ("seized power", "toppled the president").
_COUP_VERBS = frozenset({"topple", "overthrow", "oust", "depose", "unseat"})
_POWER_VERBS = frozenset({"seize", "take", "grab", "assume"})
_POWER_OBJECTS = frozenset({"power", "control"})
_COUP_NOUNS = frozenset({"soldiers", "troops", "officers", "army", "military", "mutineers", "putschists"})
#: Bodies that rule after a coup (`_coup_rulers`): these always, the others with a word that
#: makes them the coup's ("the new authorities", "the military government").
_JUNTA_NOUNS = frozenset({"junta", "juntas", "putschists"})
_RULER_NOUNS = frozenset({"authorities", "authority", "government", "regime", "rulers", "leaders", "leadership",
                          "administration"})
_NEW_RULER_WORDS = frozenset({"new", "military", "transitional", "interim"})
#: Officers who may speak for an army ("a colonel said the army ...").
_OFFICER_NOUNS = frozenset({"colonel", "general", "major", "captain", "lieutenant", "officer", "commander",
                            "spokesman", "spokeswoman", "spokesperson"})
_SPEECH_VERBS = frozenset({"say", "announce", "declare", "tell", "state"})
#: Nouns whose later bare use ("the junta") keeps the country of every earlier use.
_STORY_NOUNS = frozenset({"junta", "soldiers", "putschists", "mutineers"})
#: Names of bodies ("the bloc", "the agency") whose later use keeps the body first meant.
_CHAIN_NOUNS = frozenset({"bloc", "agency", "alliance"})
_DEPARTMENT_HEADS = frozenset({"department"})
#: Words for the pope ("the Pope", "the pontiff"; `_pontiff`).
_POPE_WORDS = frozenset({"pope", "pontiff"})
#: Heads of named bodies that a bare "the <noun>" later stands for ("the commission" after "the
#: Electoral Commission of Zambia"): only when every earlier body with the head is one actor.
_BODY_HEADS = frozenset({"commission", "council", "committee", "institute", "tribunal", "board", "department"})
#: People who speak or act for a body named by its head word before them ("a department spokesman").
_BODY_PEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials"})


class Context:
    """Rules over the story around a phrase; mixed into the actor resolver (see module doc)."""

    # ------------------------------------------------------------------ helpers
    def _span_of(self, m: Mention) -> Span | None:
        return self.doc.char_span(m.start, m.end, alignment_mode="expand")

    def _countries_in(self, start: int, end: int, skip: range = range(0)) -> set[str]:
        """Countries named by mentions between token positions (outside `skip`)."""
        lo, hi = self.starts[start], self.ends[end - 1]
        out = set()
        for m in self.mentions:
            if m.actor is None or not m.actor.country or not lo <= m.start < hi:
                continue
            if skip and self.starts[skip.start] <= m.start < self.ends[skip.stop - 1]:
                continue
            out.add(m.actor.country)
        return out

    def _set_country(self, n: int, country: str, rule: str, confidence: float) -> None:
        m = self.mentions[n]
        a = m.actor
        self.mentions[n] = replace(m, rule=rule, confidence=confidence, actor=replace(
            a, country=country, code=country + (a.sector or ""), name=self.kb.country_name(country),
            rule=rule, confidence=confidence))

    # ------------------------------------------------------------------ coups
    def _coup_forces(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or (a.sector or "")[:3] != "MIL":
                continue
            span = self._span_of(m)
            if span is None or span.root.lower_ not in _COUP_NOUNS or span.root.dep_ != "nsubj":
                continue
            verb = span.root.head
            lemma = verb.lemma_.lower()
            power = lemma in _POWER_VERBS and any(c.dep_ == "dobj" and c.lower_ in _POWER_OBJECTS
                                                  for c in verb.children)
            if not (power or lemma in _COUP_VERBS):
                continue
            # the country the clause names: "in Niger", "the government of Mali", "Mali's president"
            parts = [c for c in verb.children if c.dep_ in ("dobj", "prep") and c.i > verb.i]
            countries = set()
            for c in parts:
                countries |= self._countries_in(c.left_edge.i, c.right_edge.i + 1)
            if len(countries) == 1:
                self._set_country(n, next(iter(countries)), "coref:coup", 0.5)
            elif not countries and (home := self.home_country.dateline(self.mentions)) is not None:
                # "NIAMEY, Niger - ... when soldiers seized power last July": a coup told with no
                # place is in the country the story is filed from
                self._set_country(n, home, "coref:coup", 0.45)

    def _coup_rulers(self) -> None:
        """"Soldiers seized power in Mali ... The new authorities suspended parties": the bodies
        that rule after a coup with no owner of their own ("the junta", "the military rulers";
        "authorities", "government", "leaders" only when "new", "military", "transitional" or
        "interim" says they are the coup's) are the government of the one country the story's
        coups were in, unless their sentence names another country before them. A bare "the
        government" may be the ousted one and stays open."""
        coups = {m.actor.country for m in self.mentions if m.rule == "coref:coup" and m.actor is not None}
        if len(coups) != 1:
            return
        country = next(iter(coups))
        first = min(m.start for m in self.mentions if m.rule == "coref:coup")
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or a.sector != "GOV" or m.start <= first or m.label == "PERSON":
                continue
            span = self._span_of(m)
            if span is None or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                                   for c in span.root.children):
                continue
            if self._countries_in(span.sent.start, span.start) - {country}:
                continue  # "Mali and Burkina Faso, also run by military rulers": theirs
            root = span.root.lower_
            words = {t.lower_ for t in span.root.children if t.i < span.root.i}
            if root in _JUNTA_NOUNS or root in _RULER_NOUNS and words & _NEW_RULER_WORDS:
                self._set_country(n, country, "coref:coup-rulers", 0.5)

    def _named_parties(self) -> None:
        """"Supporters of the Patriotic Front marched": a capitalised name the KB lacks that ends
        in (or, "Movement for ...", starts with) a party word (PARTY_NAME_HEADS: "the United Party for National Development") is a party
        of the country the story is set in (the dateline's, a paragraph's "In <country>,", or the
        one country a story without dateline names), as domestic nouns are: OPP when the text
        calls it the opposition anywhere, else PTY. Names with armed words ("Liberation",
        "Resistance") stay out; a name the KB knows ("Polisario Front") is never reached."""
        found: dict[str, list[int]] = {}
        for n, m in enumerate(self.mentions):
            a = m.actor
            worded = a is not None and not a.country and a.rule.endswith("kb:agent")  # coded by a word in it
            if m.label != "ORG" or a is not None and not worded and (a.country or a.sector not in (None, "PTY")) \
                    or a is not None and not worded and a.code not in (None, "---PTY"):
                continue  # ("the Islamic Action Front": a party name beats the religion word inside it)
            span = self._span_of(m)
            if span is None:
                continue
            words = [t for t in span if t.lower_ != "the"]
            if len(words) < 2 or not all(t.text[:1].isupper() or t.lower_ in ("for", "of", "and", "the") for t in words) \
                    or not (words[-1].lower_ in PARTY_NAME_HEADS or any(
                        t.lower_ in PARTY_NAME_HEADS and t.nbor().lower_ == "for" for t in words[:-1])) \
                    or {t.lower_ for t in words} & ARMED_NAME_WORDS:
                continue
            found.setdefault(" ".join(t.lower_ for t in words), []).append(n)
        for uses in found.values():
            country = None
            for n in uses:
                span = self._span_of(self.mentions[n])
                country = self.home_country(self.mentions, self.sent_of[span.start], before=self.mentions[n].start)
                if country is not None:
                    break
            if country is None:
                continue
            opposition = any(self._called_opposition(self._span_of(self.mentions[n])) for n in uses)
            sector = "OPP" if opposition else "PTY"
            for n in uses:
                m = self.mentions[n]
                actor = Actor(text=m.text, country=country, sector=sector, code=country + sector,
                              name=m.text.removeprefix("the ").removeprefix("The "), kind="group",
                              rule="story:party", confidence=0.5)
                self.mentions[n] = replace(m, actor=actor, rule="story:party", confidence=0.5)

    def _called_opposition(self, span: Span) -> bool:
        """"the opposition Patriotic Front", "the Patriotic Front, the main opposition party"."""
        doc = self.doc
        before = {doc[k].lower_ for k in range(max(0, span.start - 3), span.start)}
        if "opposition" in before:
            return True
        return any(t.dep_ == "appos" and any(w.lower_ == "opposition" for w in t.subtree) for t in span.root.children)

    def _speaking_officers(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or (a.sector or "")[:3] != "MIL" or m.label == "PERSON":
                continue
            span = self._span_of(m)
            if span is None or span.root.lower_ not in _OFFICER_NOUNS or span.root.dep_ != "nsubj" \
                    or span.root.head.lemma_.lower() not in _SPEECH_VERBS:
                continue
            verb = span.root.head
            armies = set()
            for c in verb.children:
                if c.dep_ != "ccomp":
                    continue
                for s in c.children:
                    if s.dep_ in ("nsubj", "nsubjpass"):
                        for o in self.mentions:
                            if o.actor is not None and o.actor.country and (o.actor.sector or "")[:3] == "MIL" \
                                    and self.starts[s.left_edge.i] <= o.start <= self.starts[s.i]:
                                armies.add(o.actor.country)
            if len(armies) == 1:
                self._set_country(n, next(iter(armies)), "coref:officer-army", 0.5)

    def _officer_pronouns(self) -> None:
        """"A colonel ... said ... He said ...": a pronoun opening the next sentence as its
        subject is that officer when the sentence before named no person."""
        for n, m in enumerate(self.mentions):
            if m.rule != "coref:pronoun" or m.sentence is None or m.sentence == 0:
                continue
            tok = self._span_of(m)
            if tok is None or tok.root.dep_ != "nsubj" or tok.root.i != self.sents[m.sentence].start:
                continue
            before = [o for o in self.mentions if o.sentence == m.sentence - 1 and o.actor is not None]
            if any(o.label == "PERSON" for o in before):
                continue
            officer = next((o for o in before if o.rule in ("coref:officer-army", "agent:noun")
                            and (o.actor.sector or "")[:3] == "MIL" and (s := self._span_of(o)) is not None
                            and s.root.lower_ in _OFFICER_NOUNS and s.root.dep_ == "nsubj"
                            and s.root.head.dep_ == "ROOT"), None)
            if officer is not None:
                self.mentions[n] = replace(m, rule="coref:officer", actor=replace(
                    officer.actor, text=m.text, rule="coref:officer", confidence=0.55), confidence=0.55)

    # ------------------------------------------------------------------ the pope
    def _pontiff(self) -> None:
        """"The Pope will travel to Lebanon", "the pontiff": the KB person who is pope on the
        article date (VATREL, as the KB codes the popes: Phoenix has no pope row and CAMEO gives
        clergy REL), else the Holy See's religious sector with no person."""
        doc = self.doc
        for i in range(len(doc)):
            if self.taken[i] or self.lowers[i] not in _POPE_WORDS:
                continue
            t = doc[i]
            if t.pos_ not in ("NOUN", "PROPN") \
                    or i == 0 or doc[i - 1].lower_ != "the" \
                    or i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON":
                continue  # ("Pope Leo" is the KB's name; "the Pope's visit" keeps the possessive out)
            pope = next((e for e in self.kb.entries if e.kind == "person" and e.country == "VAT"
                         and any(r.active(self.when) and r.dated and "pope" in r.title for r in e.roles)), None)
            if pope is not None:
                actor = self.kb.actor_for(pope, t.text, self.when, rule="kb:pope", confidence=0.8)
            else:
                actor = Actor(text=t.text, country="VAT", sector="REL", code="VATREL", name="Holy See",
                              kind="person", rule="kb:pope", confidence=0.6)
            self._add(i, i + 1, "PERSON", actor, "kb:pope", actor.confidence)

    # ------------------------------------------------------------------ the story's nouns
    def _story_nouns(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country:
                continue
            span = self._span_of(m)
            if span is None or span.root.lower_ not in _STORY_NOUNS or span.root.tag_ == "NNP" \
                    or any(c.dep_ != "det" for c in span.root.children if c.i < span.root.i) \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in span.root.children):
                continue
            earlier = set()
            for o in self.mentions:
                if o.start >= m.start or o.actor is None:
                    continue
                s = self._span_of(o)
                if s is not None and s.root.lower_ == span.root.lower_ and o.actor.country:
                    earlier.add(o.actor.country)
            if len(earlier) == 1:
                self._set_country(n, next(iter(earlier)), "coref:story-noun", 0.5)

    def _chain_bodies(self) -> None:
        """"The bloc also imposed sanctions ... the regional bloc": the body "the bloc" first
        stood for, even when another body was named since; a bare later "the agency" the
        resolver left without a referent takes it too."""
        first: dict[str, Mention] = {}
        for m in sorted(self.mentions, key=lambda x: x.start):
            if m.actor is None:
                continue
            span = self._span_of(m)
            if span is None or span.root.lower_ not in _CHAIN_NOUNS:
                continue
            if m.rule == "coref:description" and span.root.lower_ not in first:
                first[span.root.lower_] = m
        if not first:
            return
        for n, m in enumerate(self.mentions):
            span = self._span_of(m)
            if m.rule != "coref:description" or span is None or span.root.lower_ not in first:
                continue
            head = first[span.root.lower_]
            if head.start < m.start and m.actor.code != head.actor.code:
                self.mentions[n] = replace(m, actor=replace(head.actor, text=m.text, rule="coref:chain"),
                                           rule="coref:chain")
        wanted = {self.doc.vocab.strings.add(word) for word in first}
        for i, row in enumerate(self.rows):
            if row[5] not in wanted or self.taken[i]:
                continue
            t = self.doc[i]
            if t.pos_ != "NOUN" or first[t.lower_].start >= t.idx:
                continue
            det = [c for c in t.children if c.dep_ == "det" and c.lower_ == "the"]
            if not det or any(c.dep_ in ("amod", "compound", "prep", "relcl", "acl") for c in t.children):
                continue  # ("the agency's board" is fine; "the UN agency", "the agency for ..." are not)
            head = first[t.lower_]
            self._add(t.i, t.i + 1, head.label, replace(head.actor, rule="coref:chain", confidence=0.5),
                      "coref:chain", 0.5)

    def _named_body_heads(self) -> None:
        """"The Electoral Commission of Zambia said ... observers urged the commission to ...":
        a bare lower-case "the commission" no rule resolved is the one body named before with
        that head word; two different bodies with it (or none) leave it alone."""
        by_head: dict[str, list[Mention]] = {}
        for m in self.mentions:
            span = self._span_of(m)
            if m.actor is not None and m.actor.code and m.label != "PERSON" and span is not None \
                    and span.root.lower_ in _BODY_HEADS:
                by_head.setdefault(span.root.lower_, []).append(m)
        for i in range(len(self.doc)):
            if self.taken[i] or self.lowers[i] not in by_head:
                continue
            t = self.doc[i]
            if t.pos_ != "NOUN" or not t.is_lower:
                continue
            if [c.lower_ for c in t.children if c.i < t.i] != ["the"] \
                    or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in t.children):
                continue  # ("the election commission", "the commission of inquiry": another body)
            before = [m for m in by_head[t.lower_] if m.end <= t.idx]
            if not before or len({m.actor.code for m in before}) != 1:
                continue
            head = before[-1]
            self._add(i, i + 1, head.label, replace(head.actor, rule="coref:body-head", confidence=0.5),
                      "coref:body-head", 0.5)
        # round 36: "The State Department condemned ... A department spokesman urged ...": people
        # of a body told by its head word alone speak for the one body named before with that head
        for n, m in enumerate(self.mentions):
            a = m.actor
            span = self._span_of(m) if a is not None and not a.country and m.rule == "agent:noun" else None
            if span is None or span.root.lower_ not in _BODY_PEOPLE:
                continue
            words = [c for c in span.root.children if c.dep_ == "compound"]
            if len(words) != 1 or words[0].lower_ not in by_head or not words[0].is_lower \
                    or any(c.dep_ in ("compound", "amod") for c in words[0].children):
                continue  # ("a defence department spokesman": another department)
            before = [x for x in by_head[words[0].lower_] if x.end <= m.start]
            if not before or len({x.actor.code for x in before}) != 1:
                continue
            actor = replace(before[-1].actor, text=m.text, kind="person" if span.root.lower_ in SPOKESPEOPLE else "group",
                            kb_id=None, role=None, rule="coref:body-head", confidence=0.5)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.5)

    # ------------------------------------------------------------------ departments and titles
    def _home_departments(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or a.sector != "GOV":
                continue
            span = self._span_of(m)
            if span is None or span.root.lower_ not in _DEPARTMENT_HEADS or span.root.tag_ != "NNP" \
                    or span.root.i == span.start:
                continue  # "The Agriculture Department", not "the department"
            country = self.home_country.dateline(self.mentions)
            if country is None and any(o.actor is not None and o.actor.country == "USA" for o in self.mentions):
                country = "USA"  # "the X Department" is the United States' usage
            if country is not None:
                self._set_country(n, country, "coref:home-department", 0.5)

    def _titled_adjectives(self) -> None:
        drop = set()
        for n, m in enumerate(self.mentions):
            if m.actor is None or m.actor.kind != "country" or m.label != "NORP" or m.rule != "kb:country":
                continue
            span = self._span_of(m)
            if span is None or len(span) != 1 or span.root.dep_ != "amod":
                continue
            title = span.root.head  # "Premier" in "Chinese Vice Premier He Lifeng"
            if title.i <= span.root.i or title.i + 1 >= len(self.doc) or title.ent_type_ == "PERSON" \
                    or any(self.doc[k].tag_ != "NNP" for k in range(span.root.i + 1, title.i + 1)):
                continue
            after = self.starts[title.i + 1]  # the person's name follows the title
            person = next((o for o in self.mentions if o.label == "PERSON" and o.actor is not None
                           and o.actor.country == m.actor.country and o.start == after), None)
            pspan = self._span_of(person) if person is not None else None
            # the events stage reaches the person from the title only through the parse
            # ("Premier" with "He Lifeng" as its apposition); else the adjective is what it finds
            if pspan is not None and person.rule.startswith("ner:person+title") \
                    and (pspan.root.head.i == title.i or pspan.start <= title.head.i < pspan.end):
                drop.add(n)
        if drop:
            self.mentions = [m for n, m in enumerate(self.mentions) if n not in drop]
            self._by_sentence_key = None

