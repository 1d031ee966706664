"""Roles in the sentence (rules 6 to 10 of `tacitus.pipeline.actors`): possessed and
deployed forces, missions, offices and members, spokespeople, bodies named generically, and
agent phrases that take their country from a complement or a place.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Span, Token

from tacitus.kb import (
    PERSON_NOUNS,
    SPOKESPEOPLE,
    normalize,
)
from tacitus.pipeline.actors_base import (
    ResolverBase,
    is_office,
    is_peacekeepers,
    known_place,
    load_gazetteer_or_none,
)
from tacitus.pipeline.actors_lexicon import (
    ARMY_SPEAKER_NOUNS,
    ARMY_WORDS,
    CARGO_NOUNS,
    DEPLOY_VERBS,
    DEPLOYED_NOUNS,
    DIVISION_WORDS,
    DOMESTIC_SECTORS,
    FORCE_LEMMAS,
    GENERIC_BODIES,
    GENERIC_PARTIES,
    HAUL_VERBS,
    HEAD_TITLES,
    INTERIOR_TITLES,
    LOYAL_WORDS,
    MEMBER_IDS,
    MEMBER_NOUNS,
    MERCHANT_WORDS,
    MILITARY_COMMAND_WORDS,
    MISSION_IDS,
    NONRESIDENT_NOUNS,
    OFFICE_ID,
    OFFICE_NOUNS,
    OFFICE_SECTORS,
    POLICE_BY_COMMAND,
    POLICE_COMMAND_WORDS,
    POST_NOUNS,
    PREMISES_NOUNS,
    QUANTITY_NOUNS,
    SETTLER_NOUNS,
    SETTLER_STATES,
    SHIP_NOUNS,
    SOLE_ARMY_NOUNS,
    STATE_FLEET_WORDS,
    STRIKE_VERBS,
    TRADE_SECTORS,
    TRADE_VERBS,
)
from tacitus.records import Actor, Mention

#: Verbs of harm besides strikes: a post they befall is the owner's, not a tie with the host.
_HARM_VERBS = frozenset({"damage", "storm", "ransack", "loot", "torch", "burn", "vandalise", "vandalize", "destroy"})


class Roles(ResolverBase):
    """Agent phrases and offices coded from their place in the sentence."""

    # `_mention_at`'s index (see `_mention_index`): the list it was built on, and how much of it
    _at_list: list[Mention] | None = None
    _at: dict[int, int]
    _at_count: int

    def _members_body(self, root: Token) -> str | None:
        """The country of a national party the people of `root` are "from" ("lawmakers from the
        ruling Georgian Dream party"). (Not "of": "members of" a body are read by earlier rules.)"""
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "from"):
            for g in (c for c in prep.children if c.dep_ == "pobj"):
                for t in [g, *(c for c in g.children if c.dep_ in ("compound", "amod") and c.pos_ == "PROPN")]:
                    o = self._mention_at(t)
                    if o is not None and o.actor is not None and o.actor.country \
                            and o.actor.kind in ("organisation", "group", "government") \
                            and (o.actor.sector or "")[:3] == "PTY":
                        return o.actor.country
        return None

    def _post_host(self, root: Token, own: str) -> str | None:
        """"Egypt reopened its embassy in Damascus", "recalled its ambassador from Qatar": a post
        abroad its own state acts on is the state's tie with the host, the other party of the
        act: the host's government. A post that acts itself ("its embassy said") stays its own."""
        if root.lower_ not in POST_NOUNS or root.dep_ not in ("dobj", "nsubjpass"):
            return None
        if root.dep_ == "nsubjpass" and (root.head.lemma_.lower() in STRIKE_VERBS | _HARM_VERBS
                                         or any(c.dep_ == "agent" for c in root.head.children)):
            return None  # "its consulate in Damascus was hit (by ...)": struck by another, still its own
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "from")):
            for g in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                words = " ".join(x.text for x in self.doc[g.left_edge.i:g.i + 1] if x.dep_ != "det")
                countries = {e.country for e in self.kb.index.get(normalize(words), [])
                             if e.kind in ("country", "capital", "city") and e.country}
                if len(countries) == 1 and own not in countries:
                    return countries.pop()
        return None

    def _possessed(self) -> None:
        """"its troops", "their forces": an agent phrase without a country takes the country of the
        sentence's earlier non-person subject actor; "his soldiers", "her ministers": the country of
        the person named last before it (this sentence or the one before)."""
        by_sentence: dict[int | None, list[int]] = {}  # one pass, not every mention per phrase
        for k, o in enumerate(self.mentions):
            by_sentence.setdefault(o.sentence, []).append(k)
        for n, m in enumerate(self.mentions):
            if m.rule != "agent:noun" or m.actor is None or m.actor.country is not None:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            poss_token = next((c for c in span.root.children if c.dep_ == "poss"), None) if span is not None else None
            poss = poss_token.lower_ if poss_token is not None else None
            if poss in ("country", "nation"):  # "the country's central bank": the country resolved in step 6
                owner = self._mention_at(poss_token)
                if owner is not None and owner.actor is not None and owner.actor.country:
                    country = owner.actor.country
                    self.mentions[n] = replace(m, rule="coref:possessive", actor=replace(
                        m.actor, country=country, code=country + (m.actor.sector or ""),
                        name=self.kb.country_name(country), rule="coref:possessive", confidence=0.6))
                continue
            if poss is None and m.actor.sector:
                party = self._members_body(span.root)
                if party is not None:  # "lawmakers from the ruling Georgian Dream party": GEOLEG
                    self.mentions[n] = replace(m, rule="coref:members-of", actor=replace(
                        m.actor, country=party, code=party + m.actor.sector, name=self.kb.country_name(party),
                        rule="coref:members-of", confidence=0.6))
                continue
            if poss not in ("its", "their", "his", "her"):
                continue
            here = self.sent_of.get(span.start)
            owner = None
            if poss in ("his", "her"):
                people = [self.mentions[k] for s_ in (here - 1, here) for k in by_sentence.get(s_, ())]
                people = [o for o in people if (o.label == "PERSON" or self._titled_phrase(o)) and o.start < m.start
                          and o.actor is not None and o.actor.country]
                owner = self._clause_subject_person(here, people) or max(people, key=lambda o: o.start, default=None)
            for o in (self.mentions[k] for k in by_sentence.get(here, ()) if poss in ("its", "their")):
                if o.start < m.start and o.actor is not None and (o.actor.country or is_peacekeepers(o.actor)
                                                                  and m.actor.sector == "MIL") \
                        and o.label != "PERSON":
                    o_span = self.doc.char_span(o.start, o.end, alignment_mode="expand")
                    if o_span is not None and o_span.root.dep_ in ("nsubj", "nsubjpass"):
                        owner = o
            if owner is None and poss in ("its", "their"):
                owner = self._spoken_for(span.root)
            if owner is None and poss == "its" and not any(
                    self.mentions[k].start < m.start and self.mentions[k].actor is not None
                    for k in by_sentence.get(here, ())):
                # "The ministry said ... Its spokeswoman declined": the previous sentence's subject
                prev = self._previous_subject(span.root)
                owner = prev if prev is not None and prev.actor is not None and prev.actor.country else None
            if owner is not None and owner.actor.country is None:  # "the mission said its troops": its own
                self.mentions[n] = replace(m, rule="coref:possessive", actor=replace(
                    owner.actor, text=m.text, rule="coref:possessive", confidence=0.6))
            elif owner is not None:
                country = owner.actor.country
                sector = m.actor.sector
                host = self._post_host(span.root, country) if poss in ("its", "their") else None
                if host is not None:
                    country, sector = host, "GOV"
                self.mentions[n] = replace(m, rule="coref:possessive", actor=replace(
                    m.actor, country=country, code=country + (sector or ""), name=self.kb.country_name(country),
                    rule="coref:possessive", confidence=0.6))

    def _deployed_forces(self) -> None:
        """"Burundi, which has troops in South Kivu", "the army deployed thousands of soldiers",
        "accused Rwanda of sending troops": bare forces that an actor with a country deploys, keeps
        or sends are that country's military (the sender of an "accused X of sending" is X)."""
        for n, m in enumerate(self.mentions):
            a = m.actor
            if m.rule != "agent:noun" or a is None or a.country is not None or a.sector != "MIL":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.lower_ not in DEPLOYED_NOUNS \
                    or any(c.dep_ in ("poss", "det") and c.lower_ not in ("some", "more") for c in span.root.children):
                continue  # "the troops", "its troops": a definite or owned body, resolved elsewhere
            node = span.root
            if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in QUANTITY_NOUNS:
                node = node.head.head  # "thousands of soldiers"
            while node.dep_ == "conj" and node.head.i != node.i:
                node = node.head  # "deployed armoured vehicles and several hundred soldiers"
            verb = node.head
            if node.dep_ != "dobj" or verb.lemma_.lower() not in DEPLOY_VERBS:
                continue
            owner = self._deployer(verb)
            found = self._mention_at(owner) if owner is not None else None
            if found is None or found.actor is None or not found.actor.country or found.label == "PERSON" \
                    and found.actor.sector not in ("GOV", "MIL"):
                continue
            country = found.actor.country
            self.mentions[n] = replace(m, rule="coref:deployer", confidence=0.55, actor=replace(
                a, country=country, code=country + "MIL", name=self.kb.country_name(country),
                rule="coref:deployer", confidence=0.55))

    def _missions(self) -> None:
        """"The UN peacekeeping force in Lebanon, UNIFIL," is UNIFIL; "the mission" or "the force"
        after a peacekeeping mission (an IGO's military) named in the three sentences before is
        that mission. A mission or force of no IGO stays as it was."""
        for i, pos in enumerate(self.pos):
            if pos != NOUN or self.rows[i][5] not in MISSION_IDS:
                continue
            t = self.doc[i]
            own = self._mention_at(t)
            if own is not None and not (own.rule == "agent:noun" and own.actor is not None
                                        and own.actor.country is None):
                continue
            # (the parser hangs the name on the place in "the force in Lebanon, UNIFIL,")
            inner = [g for p in t.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children]
            named = next((self._mention_at(c) for w in [t, *inner] for c in w.children if c.dep_ == "appos"), None)
            if named is None or named.actor is None or not is_peacekeepers(named.actor):
                if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                        or any(c.dep_ == "prep" and c.lower_ != "in" for c in t.children):
                    continue  # ("the force of the blast"): only a plain "the mission"
                named = self._recent(t, lambda m: m.actor is not None and is_peacekeepers(m.actor), sentences=3)
            if named is None:
                continue
            actor = replace(named.actor, text=t.text, rule="coref:mission", confidence=0.6)
            if own is not None:
                self.mentions[self.mentions.index(own)] = replace(own, actor=replace(actor, text=own.text),
                                                                  rule="coref:mission", confidence=0.6)
            else:
                self._add(t.i, t.i + 1, "ORG", actor, "coref:mission", 0.6)

    def _known_as(self) -> None:
        """"The National Liberation Army, known as the ELN," or "... Army (ELN)": a phrase the KB
        only reads as a generic agent noun is the body its short name codes; the capitalised
        words before the noun are part of that name."""
        for n, m in enumerate(self.mentions):
            a = m.actor
            if m.rule != "agent:noun" or a is None or a.country is not None:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            names = [c for c in root.children if c.dep_ == "appos"]
            names += [g for c in root.children if c.dep_ == "acl" and c.lower_ in ("known", "called", "named")
                      for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                      if g.dep_ == "pobj"]
            found = next((f for f in map(self._mention_at, names) if f is not None and f.actor is not None
                          and f.rule.startswith("kb:name") and f.actor.kind in ("group", "organisation", "igo")
                          and not (f.actor.code or "---").startswith("---")), None)
            if found is None:
                continue
            start = span.start
            while start > 0 and self.doc[start - 1].is_title and not self.taken[start - 1] \
                    and self.doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
                start -= 1  # "National" in "The National Liberation Army"
            text = self.doc[start:span.end].text
            for k in range(start, span.start):
                self.taken[k] = True
            self.mentions[n] = replace(m, text=text, start=self.doc[start].idx, rule="coref:known-as",
                                       confidence=0.7, actor=replace(found.actor, text=text, rule="coref:known-as",
                                                                     confidence=0.7))
            self._at_list = None  # the mention now starts earlier: `_mention_at`'s index is rebuilt

    @staticmethod
    def _deployer(verb: Token) -> Token | None:
        """Who deploys in `verb`'s clause: its subject (a relative pronoun stands for the noun the
        clause hangs on); in "accused X of sending", X."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            if subject.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                return verb.head
            return subject
        if verb.dep_ == "pcomp" and verb.head.lower_ == "of":
            upper = verb.head.head
            return next((c for c in upper.children if c.dep_ == "dobj"), None)
        return None

    def _personal_offices(self) -> None:
        """"Penny Wong said ... Her office said": a person's office speaks for them, coded as the
        person named last with "his"/"her" (this sentence or the one before), when in office."""
        for i, pos in enumerate(self.pos):
            if pos != NOUN or self.taken[i] or self.rows[i][5] != OFFICE_ID:
                continue
            t = self.doc[i]
            if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children):
                continue
            here = self.sent_of[i]
            people = [self.mentions[k] for s_ in (here - 1, here) for k in self._mentions_by_sentence().get(s_, ())
                      if self.mentions[k].start < t.idx]
            people = [o for o in people if (o.label == "PERSON" or self._titled_phrase(o)) and o.actor is not None]
            owner = self._clause_subject_person(here, people) or max(people, key=lambda o: o.start, default=None)
            if owner is None or not owner.actor.country or owner.actor.sector not in OFFICE_SECTORS:
                continue  # (a former leader's office is no state body)
            actor = replace(owner.actor, kind="government", rule="coref:office", confidence=0.55)
            self._add(i, i + 1, "ORG", actor, actor.rule, 0.55)

    def _clause_subject_person(self, here: int, people: list[Mention]) -> Mention | None:
        """"He later left, according to his office": "his/her" is first the person subject of
        its sentence's main verb (a resolved "he" included), before a person named nearer."""
        root = self.sents[here].root
        return next((o for o in people if o.sentence == here and (s := self.doc.char_span(
            o.start, o.end, alignment_mode="expand")) is not None and s.root.dep_ == "nsubj"
            and (s.root.head.i == root.i or s.start == self.sents[here].start)), None)

    def _titled_phrase(self, m: Mention) -> bool:
        """A person named by office alone ("Rwanda's foreign minister"): an owner of "his"/"her"."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and m.label == "ORG" and span.root.lemma_.lower() in PERSON_NOUNS \
            and span.root.tag_ != "NNS"

    def _possessed_members(self) -> None:
        """"The opposition walked out, and its leader accused ...": a bare member noun ("leader",
        "chief") owned by "its"/"their" is a member of the sentence's earlier non-person subject
        body, and takes its code (a country subject: its government)."""
        for i, pos in enumerate(self.pos):
            if pos != NOUN or self.taken[i] or self.rows[i][5] not in MEMBER_IDS:
                continue
            t = self.doc[i]
            if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
                continue
            owner = None
            for k in self._mentions_by_sentence().get(self.sent_of[i], ()):
                o = self.mentions[k]
                if o.start >= t.idx or o.actor is None or not o.actor.code or o.label == "PERSON":
                    continue
                span = self.doc.char_span(o.start, o.end, alignment_mode="expand")
                if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                    owner = o
            if owner is None:
                continue
            actor = owner.actor
            if actor.kind == "country" and actor.country:
                actor = replace(actor, sector="GOV", code=actor.country + "GOV", kind="government")
            actor = replace(actor, rule="coref:possessive-member", confidence=0.55)
            self._add(i, i + 1, "ORG", actor, actor.rule, 0.55)

    def _spoken_for(self, token: Token) -> Mention | None:
        """"A spokesman for the army said its units ...": the body a spokesperson subject of
        `token`'s sentence speaks for, when it is a mention with a country."""
        sent = self.sents[self.sent_of[token.i]]
        for t in sent:
            if t.i >= token.i or t.dep_ != "nsubj" or t.lower_ not in SPOKESPEOPLE:
                continue
            for prep in t.children:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                    body = self._mention_of(next((g for g in prep.children if g.dep_ == "pobj"), None))
                    if body is not None and body.actor is not None and body.actor.country and body.label != "PERSON":
                        return body
        return None

    def _mention_of(self, token: Token | None) -> Mention | None:
        return None if token is None else self._mention_at(token)

    def _definite_bodies(self) -> None:
        """"Yoav Gallant said the army would press on": a state body named with "the" alone
        (army, military, police, navy), subject of a clause under a speaker's verb, is the
        speaker's country's."""
        for n, m in enumerate(self.mentions):
            if m.rule != "agent:noun" or m.actor is None or m.actor.country is not None \
                    or m.actor.sector not in ("MIL", "COP"):
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) != 1 or span.root.dep_ not in ("nsubj", "nsubjpass") \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in span.root.children):
                continue  # the subject of its clause only: "X said Russia attacked the army" is unclear
            country = self._ancestor_subject_country(span.root)
            if country:
                self.mentions[n] = replace(m, rule="coref:speaker", actor=replace(
                    m.actor, country=country, code=country + (m.actor.sector or ""),
                    name=self.kb.country_name(country), rule="coref:speaker", confidence=0.55))

    def _commanded_forces(self) -> None:
        """"Defence Minister X said the armed forces were ready", "Interior Minister Y said officers
        had seized documents", "Army spokesman Z said the military would ...": forces with no owner,
        subject of a clause under a speaker who commands forces (a defence or interior office, a
        military or police body), are the speaker's country's; under a police command "officers"
        are police. A speaker with no such office ("X said soldiers fired") may mean anyone's."""
        for n, m in enumerate(self.mentions):
            a = m.actor
            if not m.rule.startswith("agent:noun") or a is None or a.country or a.sector not in ("MIL", "COP"):
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            root = span.root if span is not None else None
            if root is None or root.lemma_.lower() not in FORCE_LEMMAS or root.dep_ not in ("nsubj", "nsubjpass") \
                    or any(c.dep_ in ("poss", "prep") for c in root.children):
                continue  # "its troops", "troops of X": owned, resolved elsewhere
            speaker = self._ancestor_subject(root)
            arm = self._command(speaker) if speaker is not None else None
            if arm is None:
                continue
            country = speaker.actor.country
            sector = "COP" if arm == "COP" and root.lemma_.lower() in POLICE_BY_COMMAND else a.sector
            self.mentions[n] = replace(m, rule="coref:commander", confidence=0.55, actor=replace(
                a, country=country, sector=sector, code=country + sector, name=self.kb.country_name(country),
                rule="coref:commander", confidence=0.55))

    def _sole_army(self) -> None:
        """"Sudan's army ... the RSF freed 85 soldiers": bare soldiers or troops, when every
        military the text has named with a country so far is one country's and their sentence
        names no other country, are that country's. Soldiers in a story of two armies, or in a
        sentence naming a foreign actor, may be anyone's. Round 18: soldiers named before any
        army ("killed 12 soldiers near Gao, the army said") in a datelined story whose armies
        are all the dateline country's are its own (a story that names no army leaves them open)."""
        def army(o: Mention) -> bool:
            return o.actor is not None and bool(o.actor.country) and (o.actor.sector or "")[:3] == "MIL" \
                and o.label != "PERSON"

        home = self.home_country.dateline(self.mentions)
        story_armies = {o.actor.country for o in self.mentions if army(o)}
        before: set[str] = set()  # the countries of the militaries named before mention n
        for n, m in enumerate(self.mentions):
            if n and army(prev := self.mentions[n - 1]):  # (as now: soldiers coded below count)
                before.add(prev.actor.country)
            a = m.actor
            if m.rule != "agent:noun" or a is None or a.country or a.sector != "MIL":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.lower_ not in SOLE_ARMY_NOUNS and not self._army_speaker(span.root) \
                    or any(c.dep_ == "poss" or c.dep_ == "det" and not (c.lower_ in ("a", "an") and self._army_speaker(span.root))
                           or c.dep_ == "prep" and c.lower_ in ("of", "from") for c in span.root.children):
                continue  # ("their soldiers", "soldiers of X"; "soldiers near Gao" are still bare)
            armies = before
            if not armies and home is not None and story_armies == {home}:
                armies = {home}
            if len(armies) != 1:
                continue
            country = next(iter(armies))
            sent = self.sents[self.sent_of[span.start]]
            if any(o.actor is not None and o.actor.country and o.actor.country != country
                   and sent.start_char <= o.start < sent.end_char for o in self.mentions):
                continue
            self.mentions[n] = replace(m, rule="coref:sole-army", confidence=0.45, actor=replace(
                a, country=country, code=country + "MIL", name=self.kb.country_name(country),
                rule="coref:sole-army", confidence=0.45))

    @staticmethod
    def _army_speaker(root: Token) -> bool:
        """"an army spokesman", "a military spokeswoman": a speaker for the (story's one) army."""
        return root.lower_ in ARMY_SPEAKER_NOUNS and any(c.lower_ in ARMY_WORDS and c.dep_ in ("compound", "amod")
                                                         for c in root.children)

    def _trade_kin(self) -> None:
        """"Filipino fishing boats ..., injuring three fishermen": people and bodies of a trade
        (AGR, LAB) with no country are of the trade's phrase named last with one, in their
        sentence or the two before; failing that, a "national" trade body is the home country's."""
        # bodies first: "X, chairman of a national fishermen's federation" is then the federation's
        order = sorted(range(len(self.mentions)), key=lambda k: self.mentions[k].label == "PERSON")
        for n in order:
            m = self.mentions[n]
            a = m.actor
            if a is None or a.country or (a.sector or "")[:3] not in TRADE_SECTORS or a.kind == "weapon" \
                    or not (m.rule.startswith("agent:noun") or m.rule.startswith("ner:person")):
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or any(c.dep_ == "prep" and c.lower_ in ("of", "from", "in") for c in span.root.children):
                continue  # ("fishermen from Vietnam": their own phrase says whose)
            inner = {t.idx for c in span.root.children if c.dep_ == "appos" for t in c.subtree}
            ante = next((o for o in self.mentions if o.start in inner and o.actor is not None and o.actor.country
                         and o.actor.sector == a.sector), None) if m.label == "PERSON" else None
            ante = ante or self._recent(span.root, lambda o, s=a.sector: o.actor is not None
                                        and o.actor.country is not None and o.actor.sector == s, sentences=2)
            country = ante.actor.country if ante is not None else None
            if country is None and any(t.lower_ == "national" for t in span.root.subtree if t.i <= span.root.i):
                country = self.home_country(self.mentions, self.sent_of[span.start], before=m.start)
            if country is None:
                continue
            actor = a.placed(country, rule="coref:trade", confidence=0.45)
            self.mentions[n] = replace(m, rule="coref:trade", confidence=0.45, actor=actor)

    def _state_ships(self) -> None:
        """"Two Chinese coast guard ships rammed ... The Chinese ships blocked ...", "expelled
        Philippine vessels": a country's ships with no merchant word, in a story that names that
        country's coast guard or navy, are that service's (coded as it is: MIL), not merchant
        shipping. Cargo ships, tankers and fishing boats keep their own sector."""
        services = {}
        for o in self.mentions:
            a = o.actor
            if a is not None and a.country and (a.sector or "")[:3] == "MIL" \
                    and any(w in o.text.lower() for w in STATE_FLEET_WORDS):
                services.setdefault(a.country, a)
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or not a.country or a.sector != "BUS" or a.country not in services:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.lower_ not in SHIP_NOUNS \
                    or any(t.lower_ in MERCHANT_WORDS for t in span.root.subtree if t.i <= span.root.i) \
                    or trades(span.root):
                continue
            service = services[a.country]
            self.mentions[n] = replace(m, rule="coref:state-ships", confidence=0.5, actor=replace(
                a, sector=service.sector, code=service.code, rule="coref:state-ships", confidence=0.5))

    def _command(self, speaker: Mention) -> str | None:
        """"COP" or "MIL" when `speaker` (with a country) commands police or military forces: by
        its sector, or the words of its office ("Interior Minister X", "the defence ministry")."""
        a = speaker.actor
        if a is None or not a.country:
            return None
        if (a.sector or "")[:3] in ("MIL", "COP"):
            return a.sector[:3]
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None:
            return None
        sent_start = self.sents[self.sent_of[span.start]].start
        words = {t.lower_ for t in self.doc[max(sent_start, span.start - 3):span.end]} \
            | set((a.role or "").lower().split())
        if words & POLICE_COMMAND_WORDS:
            return "COP"
        if words & MILITARY_COMMAND_WORDS:
            return "MIL"
        return None

    def _ancestor_subject(self, token: Token) -> Mention | None:
        """The actor subject of the nearest verb above `token`'s own clause that has one (a
        conjoined verb shares its head's: "X said ... and denied that soldiers had crossed")."""
        clause = token.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "said the offices had closed and that officers had seized ..."
        for verb in clause.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i]
            if not subjects and verb.dep_ == "conj":
                subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return self._mention_at(subjects[0])
        return None

    def _titled_newcomers(self) -> None:
        """A person the KB does not know, with a title that names no country, opening a sentence
        as its subject right after one whose subject is a country's government: that
        government's officer ("Venezuela's government called ... Foreign Minister X accused
        Washington ..."). Only when the sentence names no other country except as the
        person's own object ("accused Washington"): a wrong country is worse than none."""
        for n, m in enumerate(self.mentions):
            a = m.actor
            if m.label != "PERSON" or a is None or a.country or a.rule != "ner:person+title" \
                    or not (a.sector or "").startswith("GOV"):
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.root.dep_ != "nsubj" or span.root.head.dep_ != "ROOT" \
                    or any(c.dep_ in ("prep", "appos") for c in span.root.children):
                continue
            sent = self.sents[self.sent_of[span.start]]
            if any(not (t.pos_ in ("PROPN", "NOUN", "ADJ", "DET") or t.lower_ in ("'s", "’s", "-"))
                   for t in self.doc[sent.start:span.start]):
                continue  # the title and name open the sentence
            before = self._previous_subject(span.root)
            b = before.actor if before is not None else None
            if b is None or not b.country or not (b.sector or "").startswith("GOV") \
                    or b.kind not in ("government", "country"):
                continue
            verb = span.root.head
            own_objects = {g.i for c in verb.children if c.dep_ in ("dobj", "dative")
                           for g in c.subtree} | {g.i for c in verb.children if c.dep_ == "prep"
                                                  for g in c.subtree if g.dep_ == "pobj" and g.head.i == c.i}
            others = [o for o in self.mentions if o is not m and o.actor is not None and o.actor.country
                      and o.actor.country != b.country and sent.start_char <= o.start < sent.end_char
                      and self.doc.char_span(o.start, o.end, alignment_mode="expand").root.i not in own_objects]
            if others:
                continue
            actor = a.placed(b.country, rule="ner:person+title+previous-government", confidence=0.5)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=actor.confidence)

    def _island_possessors(self) -> None:
        """"China sent ships toward Taiwan, the island's defence ministry said": an agent phrase
        owned by "the island" is of the country named last before it (this or the previous
        sentence), as "the country" refers back (step 5)."""
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or not m.rule.startswith("agent:noun") or not a.sector:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            poss = [c for c in span.root.children if c.dep_ == "poss" and c.lower_ == "island"
                    and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)]
            if not poss:
                continue
            ante = self._recent(poss[0], lambda o: o.actor is not None and o.actor.kind == "country"
                                and o.actor.country is not None and o.rule == "kb:country"
                                and not self._names_ground(o), sentences=1)
            if ante is None:
                continue
            country = ante.actor.country
            actor = a.placed(country, name=self.kb.country_name(country), rule="coref:island", confidence=0.5)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=actor.confidence)

    def _spokespeople(self) -> None:
        """A spokesman the KB does not know, titled with no body or country ("spokeswoman X told
        reporters"), speaks for the body that spoke in the sentence before ("The foreign ministry
        of Y said ... \"...,\" spokeswoman X told a briefing"): that body's code. Failing that,
        a briefing he gives "in" a capital puts him in its government. Only when his own
        sentence names no actor of another country outside what he is told or says."""
        for n, m in enumerate(self.mentions):
            a = m.actor
            if m.label != "PERSON" or a is None or a.country or not (a.rule or "").startswith("ner:person+title"):
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.start == 0:
                continue
            spoken = self._apposed_spokesman(span.root)
            if spoken is not None:  # "A spokesman for the group, Farhad Shami,": the group's
                actor = replace(spoken, text=a.text, name=a.name, kind="person", kb_id=None, role=None,
                                rule="ner:person+title+body", confidence=0.5)
                self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=actor.confidence)
                continue
            if self.doc[span.start - 1].lower_ not in SPOKESPEOPLE:
                continue
            titled = self._titled_body(span.start - 1)  # ("Army spokesman": any body with a country)
            body = titled or self._previous_subject(span.root)
            b = body.actor if body is not None else None
            if b is not None and titled is None and not ((b.country or b.kind == "igo") and not (b.code or "---").startswith("---")
                                      and b.kind in ("government", "organisation", "igo")):
                b = None  # (an IGO has no country: its code says whose spokesman)
            country = b.country if b is not None else self._briefing_capital(span.root)
            if b is None and country is None:
                continue
            sent = self.sents[self.sent_of[span.start]]
            verb = span.root.head
            said = {g.i for c in verb.children if c.dep_ in ("ccomp", "dobj", "dative") for g in c.subtree} \
                if span.root.dep_ == "nsubj" else set()
            if any(o.actor is not None and o.actor.country and o.actor.country != country
                   and sent.start_char <= o.start < sent.end_char and self._token_at(o.start) not in said
                   for o in self.mentions):
                continue
            if b is not None:
                actor = replace(b, text=a.text, name=a.name, kind="person", kb_id=None, role=None,
                                rule="ner:person+title+body", confidence=0.5)
            else:
                actor = a.placed(country, rule="ner:person+title+briefing", confidence=0.45)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=actor.confidence)

    def _apposed_spokesman(self, root: Token) -> Actor | None:
        """The body a person speaks for when he is in apposition to "a spokesman for <body>":
        that body's actor, when it has a code."""
        head = root.head
        if root.dep_ != "appos" or head.lower_ not in SPOKESPEOPLE:
            head = next((c for c in root.children if c.dep_ == "appos" and c.lower_ in SPOKESPEOPLE), None)
            if head is None:
                return None
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                for pobj in prep.children:
                    body = self._mention_over(pobj) if pobj.dep_ == "pobj" else None
                    b = body.actor if body is not None else None
                    if b is not None and body.label != "PERSON" and b.code and not b.code.startswith("---"):
                        return b
        return None

    def _mention_over(self, token: Token) -> Mention | None:
        """The mention whose span holds `token`."""
        start, end = token.idx, token.idx + len(token.text)
        return next((o for o in self.mentions if o.start <= start and end <= o.end), None)

    def _titled_body(self, title: int) -> Mention | None:
        """"Army spokesman X" after "Sudan's army": the body a one-word title before the
        spokesperson noun names, when the text named that body (same head noun) with a country
        before, all such phrases agreeing."""
        if title == 0:
            return None
        word = self.doc[title - 1]
        if word.pos_ not in ("NOUN", "PROPN") or word.head.i != title or word.dep_ != "compound":
            return None
        lemma = word.lemma_.lower()
        found = []
        for o in self.mentions:
            if o.start >= word.idx or o.label == "PERSON" or o.actor is None or not o.actor.country:
                continue
            o_span = self.doc.char_span(o.start, o.end, alignment_mode="expand")
            if o_span is not None and o_span.root.lemma_.lower() == lemma:
                found.append(o)
        return found[-1] if found and len({o.actor.code for o in found}) == 1 else None

    def _token_at(self, char: int) -> int:
        return max(0, bisect_left(self.starts, char + 1) - 1)

    def _briefing_capital(self, person: Token) -> str | None:
        """The country of a capital named as the place of the person's own verb ("told a
        briefing in Beijing"): an "in" phrase in the verb's subtree whose object is a capital."""
        verb = person.head
        if person.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
            return None
        for t in verb.subtree:
            if t.dep_ == "pobj" and t.head.lower_ == "in":
                match = self.match_at_start.get(t.i)
                if match is not None and match[1] == t.i + 1 and match[2][0].kind == "capital":
                    return match[2][0].country
        return None

    def _generic_bodies(self) -> None:
        """A body named with words many countries use ("the House of Representatives", "the
        Senate") that the KB gives one country is the story's own when the story never names
        that country and its home country (coref rule 4) is another: "TRIPOLI - ... The House of
        Representatives accused the government ..." is Libya's. A party name many countries use
        (GENERIC_PARTIES: "the Democratic Party" in a Seoul story) only needs its own sentence and
        the one before to leave the KB's country unnamed."""
        for n, m in enumerate(self.mentions):
            a = m.actor
            key = normalize(m.text)
            if a is None or not a.country or m.rule != "kb:name" or key not in GENERIC_BODIES | GENERIC_PARTIES:
                continue
            others = [o for o in self.mentions if o is not m]
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            near = range(self.sent_of[span.start] - 1, self.sent_of[span.start] + 1) \
                if key in GENERIC_PARTIES and span is not None else None  # (a party: its own and the sentence before)
            if any(o.actor is not None and o.actor.country == a.country and o.start >= self.dateline_end
                   and (near is None or o.sentence in near) for o in others):  # ("(AP)" names no party's country)
                continue
            home = self.home_country(others, self.sent_of[span.start], before=m.start) if span is not None else None
            if home is None or home == a.country:
                continue
            sector = (a.code or "")[3:] or a.sector or ""
            if key in GENERIC_PARTIES and span is not None and self._called_opposition(span):
                sector = "OPP"  # "the opposition Democratic Party", as for parties the KB lacks
            actor = replace(a, country=home, code=home + sector, name=self.kb.country_name(home), kb_id=None,
                            kind="group", rule="kb:name+home", confidence=0.5)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=actor.confidence)

    def _home_heads(self) -> None:
        """A head of government (or interior minister) the KB does not know, titled with no
        country ("Prime Minister X said he would deploy soldiers"), in a datelined story whose
        sentence and the one before name no other country: the dateline's (coref rule 4, as for
        police or the opposition). Other ministers travel and stay out."""
        for n, m in enumerate(self.mentions):
            a = m.actor
            if m.label != "PERSON" or a is None or a.country or a.rule != "ner:person+title" or a.sector != "GOV":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.start == 0:
                continue
            title = " ".join(t.lower_ for t in self.doc[max(0, span.start - 2):span.start])
            if not title.endswith(HEAD_TITLES) or self.doc[span.start - 1].i < self.sents[self.sent_of[span.start]].start:
                continue
            # An interior minister speaks of the foreign countries of the sentence before (a head of
            # government named after them may be theirs), but only a dateline says he is at home.
            interior = title.endswith(INTERIOR_TITLES)
            sent = self.sent_of[span.start]
            # Round 31: a bare head title opening a paragraph of a datelined story is the home
            # office (wire copy names a foreign head's country: "Cambodian Prime Minister X"),
            # whatever the paragraph before or the rest of his sentence names
            opens = self.layout.para_start[sent] == sent \
                and all(self.doc[k].is_title for k in range(self.sents[sent].start, span.start))
            if opens and not interior and self.home_country.dateline(self.mentions) is not None:
                home = self.home_country(self.mentions, sent, previous=False, before=m.start)
            else:
                home = self.home_country(self.mentions, sent, previous=not interior)
            if home is None or interior and self.home_country.dateline(self.mentions) != home:
                continue
            actor = a.placed(home, rule="ner:person+title+home", confidence=0.5)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=actor.confidence)

    def _ancestor_subject_country(self, token: Token) -> str | None:
        """The country of the subject of the nearest verb above `token`'s own clause that has an
        actor subject with a country ("X said [the army would ...]")."""
        own = token.head
        for verb in own.ancestors:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i != token.i:
                    found = self._mention_at(child)
                    if found is not None and found.actor is not None and found.actor.country:
                        return found.actor.country
        return None

    def _possessor(self, span: Span, between: int = 0) -> Actor | None:
        """The actor of the mention before the "'s" that opens `span` ("Cambodia's Defence
        Ministry"), with up to `between` capitalised words after the "'s" ("Iran's Supreme
        National Security Council"); else None."""
        i = span.start - 1
        while between and i > 0 and self.doc[i].is_title and self.doc[i].lower_ not in ("'s", "’s"):
            i, between = i - 1, between - 1
        if i < 1 or self.doc[i].lower_ not in ("'s", "’s"):
            return None
        owner = self._mention_at(self.doc[i - 1])
        return owner.actor if owner is not None else None

    def _mention_at(self, token: Token) -> Mention | None:
        """The first mention (in list order) whose characters hold the token's start."""
        n = self._mention_index().get(token.i)
        return None if n is None else self.mentions[n]

    def _mention_index(self) -> dict[int, int]:
        """Token -> index of the first mention holding it (as coref's `at`): built once, not a
        scan of every mention per lookup. Mentions replaced in place keep their index; those
        added since are indexed on the next lookup; a new list is indexed anew, as is one whose
        mention moved (`_known_as` drops the index)."""
        if self._at_list is not self.mentions or self._at_count > len(self.mentions):
            self._at_list, self._at, self._at_count = self.mentions, {}, 0
        for n in range(self._at_count, len(self.mentions)):
            m = self.mentions[n]
            for k in range(bisect_left(self.starts, m.start), bisect_left(self.starts, m.end)):
                self._at.setdefault(k, n)
        self._at_count = len(self.mentions)
        return self._at

    def _complements(self) -> None:
        """Agent phrases still without a country take one from their own phrase:
        - "dissidents from Egypt", "exiled leaders of Egypt's Muslim Brotherhood": the "of"/"from"
          object's country (a member noun after "of" an organisation takes its code); "in" a
          country only for domestic sectors ("rebels in the Ivory Coast");
        - "71 Chinese aircraft and 13 navy ships": the national adjective of the conjunct they
          are listed with."""
        todo = [n for n, m in enumerate(self.mentions) if m.actor is not None and m.actor.country is None
                and m.actor.sector and m.actor.kind in ("group", "government", "organisation")
                and (m.actor.code or "").startswith("---") and m.label != "PERSON"]
        if not todo:
            return
        at: dict[int, Mention] = {}  # token -> mention
        for m in self.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for k in range(span.start, span.end):
                    at[k] = m
        for n in todo:
            m = self.mentions[n]
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            found = self._complement_actor(root, at, m)
            if found is not None:
                self.mentions[n] = replace(m, rule=found.rule, confidence=found.confidence, actor=found)

    def _complement_actor(self, root: Token, at: dict[int, Mention], m: Mention) -> Actor | None:
        if root.lower_ in SETTLER_NOUNS:
            return self._settlers(root, at, m)
        domestic = (m.actor.sector or "")[:3] in DOMESTIC_SECTORS and root.lower_ not in NONRESIDENT_NOUNS
        seat = self._based_in(root)
        if seat is not None:
            country = seat.country
            return m.actor.placed(country, name=self.kb.country_name(country), rule="agent:noun+based-in",
                                  confidence=0.6)
        for adj in root.children:
            if adj.lower_ not in LOYAL_WORDS or adj.dep_ not in ("amod", "acl"):
                continue
            # "forces loyal to commander X", "a militia allied to the government": the country of
            # the one they serve, in their own sector
            owners = {at[t.i] for prep in adj.children if prep.dep_ == "prep" and prep.lower_ in ("to", "with")
                      for t in prep.subtree if t.i in at and at[t.i] is not m and at[t.i].actor is not None
                      and at[t.i].actor.country}
            if len({o.actor.country for o in owners}) == 1:
                country = next(iter(owners)).actor.country
                return m.actor.placed(country, name=self.kb.country_name(country), rule="agent:noun+loyal",
                                      confidence=0.6)
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "from", "in", "for") \
                    or prep.lower_ == "for" and root.lower_ not in SPOKESPEOPLE:
                continue
            for pobj in prep.children:
                other = at.get(pobj.i)
                if pobj.dep_ != "pobj" or other is None or other.actor is None or other is m:
                    continue
                a = other.actor
                if prep.lower_ == "in" and not (domestic and a.kind == "country"):
                    continue  # "troops in Syria" are often foreign; "rebels in the Ivory Coast" are not
                if root.lower_ in SPOKESPEOPLE and prep.lower_ in ("of", "for") and a.code \
                        and (a.sector or a.kind == "igo"):
                    # "a spokesman for the Indian navy" speaks as the navy, one for the Commission as it
                    return replace(m.actor, country=a.country, sector=a.sector, code=a.code, name=a.name,
                                   kb_id=a.kb_id, rule=f"agent:noun+{prep.lower_}", confidence=0.6)
                if prep.lower_ == "of" and root.lower_ in OFFICE_NOUNS and a.kind == "igo" and a.code:
                    # "the president of the European Commission": the body's officer, coded as the body
                    return replace(m.actor, country=None, sector=a.sector, code=a.code, name=a.name, kind=a.kind,
                                   kb_id=a.kb_id, rule="agent:noun+of", confidence=0.6)
                if prep.lower_ == "of" and root.lower_ in PREMISES_NOUNS and a.code and other.label != "PERSON" \
                        and a.kind not in ("country", "weapon"):
                    # "raided the offices of an opposition newspaper": the body that works there
                    return replace(m.actor, country=a.country, sector=a.sector, code=a.code, name=a.name,
                                   kind=a.kind, kb_id=a.kb_id, rule="agent:noun+premises", confidence=0.6)
                if prep.lower_ == "of" and root.lower_ in MEMBER_NOUNS and a.kind in ("group", "organisation") \
                        and a.code and a.country:
                    return replace(m.actor, country=a.country, sector=a.sector, code=a.code, name=a.name,
                                   kb_id=a.kb_id, rule="agent:noun+of", confidence=0.6)
                if prep.lower_ in ("of", "from") and (m.actor.sector or "")[:3] in ("REB", "MIL") \
                        and a.kind in ("group", "organisation") and (a.sector or "")[:3] == "MIL" and a.code \
                        and other.label != "PERSON":
                    # "fighters from Russia's Africa Corps": the force's own men, coded as the force
                    return replace(m.actor, country=a.country, sector=a.sector, code=a.code, name=a.name,
                                   kb_id=a.kb_id, rule=f"agent:noun+{prep.lower_}-force", confidence=0.6)
                if a.country and a.kind in ("country", "government", "group", "organisation") \
                        and other.label != "PERSON":
                    return m.actor.placed(a.country, name=self.kb.country_name(a.country),
                                          rule=f"agent:noun+{prep.lower_}", confidence=0.6)
        found = self._gazetteer_place_of(root, at, domestic)  # its own "of" phrase before a listed neighbour's
        if found is not None:
            country, how = found
            return m.actor.placed(country, name=self.kb.country_name(country), rule=f"agent:noun+place-{how}",
                                  confidence=0.55)
        country = self._conjunct_country(root)
        if country is not None:
            return m.actor.placed(country, name=self.kb.country_name(country), rule="agent:noun+conjunct-country",
                                  confidence=0.55)
        return None

    def _settlers(self, root: Token, at: dict[int, Mention], m: Mention) -> Actor | None:
        """Settlers with no nationality written: the state that settles the territory they are
        "in" (see SETTLER_STATES), or, with no place, the one the article is about."""
        places = [self._place_phrase_country(pobj, at, depth=0) for prep in root.children
                  if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "from", "of")
                  for pobj in prep.children if pobj.dep_ == "pobj"]
        places = [p for p in places if p]
        states = {SETTLER_STATES.get(p) for p in places} if places \
            else {SETTLER_STATES.get(c) for c in self.article_countries[:2]}
        states.discard(None)
        if len(states) != 1:
            return None
        country = states.pop()
        return m.actor.placed(country, name=self.kb.country_name(country), rule="agent:settlers", confidence=0.55)

    def _gazetteer_place_of(self, root: Token, at: dict[int, Mention], domestic: bool) -> tuple[str, str] | None:
        """The country of a place the KB does not know that says whose the agent is: "the mayor
        of the northern West Bank city of Nablus", "the governor of Kursk region", "rebels in
        Darfur" (domestic sectors only, as above), "Darfur rebels" (a region or a city of
        100,000 or more before the noun). Returns (country, "of" | "in" | "before")."""
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "in") or prep.lower_ == "in" and not domestic:
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    country = self._place_phrase_country(pobj, at, depth=0)
                    if country:
                        return country, prep.lower_
        for c in root.children:  # "the Kharkiv governor": a place the model took for an ORG, resolved in step 4
            other = at.get(c.i) if c.i < root.i and c.dep_ in ("compound", "nmod", "poss") else None
            if other is not None and other.actor is not None and other.actor.kind == "country" \
                    and other.actor.country and other.label != "PERSON":
                return other.actor.country, "before"
        names = [c for c in root.children if c.i < root.i and c.dep_ in ("compound", "nmod", "poss")
                 and c.pos == PROPN and (not self.taken[c.i] or self._bare_person(at.get(c.i)))]
        if names:
            span = self.doc[names[0].left_edge.i:names[-1].i + 1]
            if span[-1].lower_ in ("'s", "’s"):
                span = span[:-1]
            # an office's place is a division ("Kherson's governor"), other agents' a region or a big city
            level = "admin1" if is_office(root, self.kb) else None
            country = self._gazetteer_country(span, level, 100_000) if len(span) else None
            if country:
                return country, "before"
        return None

    def _place_phrase_country(self, token: Token, at: dict[int, Mention], depth: int) -> str | None:
        """The country of the place a noun phrase names: a country mention in it ("the West
        Bank city of Nablus"), else its proper-noun head or modifiers through the gazetteer
        ("Kursk region", "Nablus"); nested "of" phrases are followed once."""
        words = [token, *(c for c in token.children if c.i < token.i and c.dep_ in ("compound", "amod", "nmod", "poss"))]
        for w in words:
            other = at.get(w.i)
            if other is not None and other.actor is not None and other.actor.country \
                    and other.actor.kind in ("country", "government") and other.label != "PERSON":
                return other.actor.country
        for c in token.children:
            if depth == 0 and c.dep_ == "prep" and c.lower_ == "of":
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        country = self._place_phrase_country(pobj, at, depth + 1)
                        if country:
                            return country
        level = "admin1" if token.lower_ in DIVISION_WORDS else None
        names = [w for w in sorted(words, key=lambda w: w.i) if w.pos == PROPN and not self.taken[w.i]]
        # "Students in Rajshahi": a town of some size after "in" is the place, whatever the model's PERSON tag
        town = bool(names) and token.dep_ == "pobj" and token.head.lower_ in ("in", "at") \
            and names[-1].ent_type_ == "PERSON" and known_place(self.doc[names[0].i:names[-1].i + 1].text)
        if not names or not town and (self._person(names[-1]) or names[-1].ent_type_ in ("ORG", "PERSON")):
            return None
        return self._gazetteer_country(self.doc[names[0].i:names[-1].i + 1], level, 0, tagged_ok=town,
                                       division=level == "admin1")

    def _gazetteer_country(self, span: Span, level: str | None, min_population: int,
                           tagged_ok: bool = False, division: bool = False) -> str | None:
        """The country of the best gazetteer place named `span` (a country, a division, or a city of
        at least `min_population`), weighted to the countries the article names. With `division`
        (the text says it is one: "Kasai province") only a country or a division counts."""
        if any(t.ent_type_ == "ORG" for t in span):
            return None
        gazetteer = load_gazetteer_or_none()
        if gazetteer is None:
            return None
        cands = gazetteer.lookup(span.text, context=self.article_countries[:3], level=level, limit=1)
        if not cands or not cands[0].feature.country:
            return None
        f = cands[0].feature
        if any(self._person(t) for t in span) and not tagged_ok and not (level == "admin1" and f.level == "admin1"):
            return None  # a name tagged PERSON counts only as a division before an office ("Kherson's governor")
        if division and f.level not in ("country", "admin1", "admin2", "region"):
            return None  # "rebels in Kasai province": no Japanese town Kasai (as the places stage refuses it)
        if f.level in ("country", "admin1", "admin2", "region") or (f.population or 0) >= min_population:
            return f.country
        return None

    def _conjunct_country(self, token: Token) -> str | None:
        """The country adjective of the noun that the phrase of `token` is listed after:
        "71 Chinese aircraft and 13 navy ships" -> CHN for "navy"."""
        head = token
        while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
            head = head.head
        if head.dep_ != "conj" or head.head.i > head.i:
            return None
        listed = head.head
        for c in listed.children:
            if c.i < listed.i and c.dep_ in ("amod", "compound", "nmod"):
                match = self.match_at_end.get(c.i + 1)
                if match is not None and match[2][0].kind in ("country", "demonym") and match[2][0].country:
                    return match[2][0].country
        return None



def trades(ship: Token) -> bool:
    """Do the ships (their noun `ship`, a subject) do what merchant or fishing ships do in their
    own clause ("Chinese vessels fished near the reef", "Philippine vessels carried rice")? Then
    a navy named elsewhere in the story does not make them its own."""
    verb = ship.head
    if ship.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in TRADE_VERBS:
        return True
    return lemma in HAUL_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in CARGO_NOUNS for c in verb.children)
