"""Round 27 actor rules: whom a body or a person belongs to by the words around the name (a
mixin of the actor resolver):

- `_research_bodies`: "the Regional Centre for Peace Studies", "the Institute for Policy
  Research": a body the KB lacks, named as a centre, institute or foundation, is civil society
  (NGO) of the story's home country (no country when the home is unclear);
- `_state_firms`: "the state oil company Petrocaribe": a firm the KB lacks, called a state
  company, is a business (BUS) of the story's home country;
- `_affiliated_people`: "Ana Ruiz, head of the Andean Institute", "The agency's director, Ana
  Ruiz,": a person no rule coded takes the code of the body she heads; round 31: also of the
  body she is apposed a member or officer "of" ("a senior member of the group's council");
- `_ordered_forces`: "President X ordered the armed forces to remain on alert": forces with no
  owner that a state's leader or body orders are that state's.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from tacitus.records import Actor, Mention

#: Name words of research and civil-society bodies (not "the Center Party": a party is no such body).
_BODY_WORDS = frozenset({"center", "centre", "institute", "foundation"})
#: Words that make a name a state body, a party or a school rather than civil society.
_NOT_NGO_WORDS = frozenset({"party", "university", "college", "ministry", "national", "state", "government"})
_COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "conglomerate"})
_STATE_WORDS = frozenset({"state", "state-owned", "state-run"})
#: Head nouns of a body's leader ("head of X", "X's director").
_HEAD_NOUNS = frozenset({"head", "chief", "leader", "director", "chairman", "chairwoman", "chair", "president",
                         "founder", "executive"})
#: Nouns of a body's member or officer apposed to a person ("X, a senior member of the Y"): only
#: "of" names the body ("the group's official" may be anyone's spokesman).
_MEMBER_NOUNS = frozenset({"member", "official", "commander", "officer", "figure", "leader", "spokesman",
                           "spokeswoman", "spokesperson"})
#: Verbs by which a leader puts forces to a task (lemmas).
_ORDER_VERBS = frozenset({"order", "instruct", "command", "direct"})
_ORDERING_SECTORS = frozenset({"GOV", "MIL"})


class Affiliation:
    """Rules for whom a body or person belongs to; mixed into the actor resolver (see module doc)."""

    def _unnamed_org(self, m: Mention) -> Span | None:
        """The span of an ORG mention the KB does not know (the model's tag alone), else None."""
        a = m.actor
        if m.label != "ORG" or a is None or a.code or not m.rule.startswith("ner:org"):
            return None
        return self._span_of(m)

    def _home_of(self, m: Mention, span: Span) -> str | None:
        return self.home_country(self.mentions, self.sent_of[span.start], before=m.start) \
            or self.home_country.dateline(self.mentions)

    def _research_bodies(self) -> None:
        for n, m in enumerate(self.mentions):
            span = self._unnamed_org(m)
            words = {t.lower_ for t in span} if span is not None else set()
            if not words & _BODY_WORDS or words & _NOT_NGO_WORDS:
                continue
            home = self._home_of(m, span)
            self._recode(n, home, "NGO", "affiliation:research-body", 0.45)

    def _state_firms(self) -> None:
        for i in range(len(self.doc)):
            # "the state oil company X": a company noun the word "state" describes, and its name
            if self.lowers[i] not in _COMPANY_NOUNS:
                continue  # the word first: a Token built for every word is the cost of this loop
            t = self.doc[i]
            if not any(c.lower_ in _STATE_WORDS for c in t.children if c.dep_ in ("amod", "compound")):
                continue
            name = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if name is None:
                continue
            start = min([name.i] + [c.i for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN"])
            n = next((k for k, m in enumerate(self.mentions) if m.start == self.starts[start]), None)
            if n is None:
                # (one bare word the model tagged ORG, or not at all, is no mention of its own: the
                # description makes it a firm)
                actor = Actor(text=self.doc[start:name.i + 1].text, kind="organisation", rule="ner:org", confidence=0.3)
                if self._add(start, name.i + 1, "ORG", actor, actor.rule, actor.confidence) is None:
                    continue
                n = len(self.mentions) - 1
            m = self.mentions[n]
            span = self._unnamed_org(m)
            if span is not None:
                self._recode(n, self._home_of(m, span), "BUS", "affiliation:state-firm", 0.45)

    def _recode(self, n: int, country: str | None, sector: str, rule: str, confidence: float) -> None:
        m = self.mentions[n]
        self.mentions[n] = replace(m, rule=rule, confidence=confidence, actor=replace(
            m.actor, country=country, sector=sector, code=(country or "---") + sector, rule=rule, confidence=confidence))

    def _affiliated_people(self) -> None:
        at = {k: self.mentions[i] for k, i in self._mention_index().items()}
        for n, m in enumerate(self.mentions):
            a = m.actor
            span = self._span_of(m) if m.label == "PERSON" and a is not None and not a.code else None
            if span is None:
                continue
            body = self._headed_body(span.root, at)
            if body is None:
                continue
            self.mentions[n] = replace(m, rule="affiliation:head", confidence=0.5, actor=replace(
                a, country=body.country, sector=body.sector, code=body.code, rule="affiliation:head", confidence=0.5))

    def _headed_body(self, person: Token, at: dict[int, Mention]) -> Actor | None:
        """The body a person is apposed as the head of: "X, head of the Y" or "Y's head, X"."""
        if person.dep_ == "appos" and person.head.lower_ in _HEAD_NOUNS:
            title = person.head  # "The agency's director, Ana Ruiz,"
        else:
            title = next((c for c in person.children if c.dep_ == "appos"
                          and (c.lower_ in _HEAD_NOUNS or c.lower_ in _MEMBER_NOUNS)), None)
        if title is None:
            return None
        owners = [c for c in title.children if c.dep_ == "poss"] if title.lower_ in _HEAD_NOUNS else []
        of = [g for c in title.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
              if g.dep_ == "pobj"]
        # "a member of the group's political council": the council, else its owner
        owners += of + [c for g in of if g.i not in at for c in g.children if c.dep_ == "poss"]
        for owner in owners:
            o = at.get(owner.i)
            if o is not None and o.label != "PERSON" and o.actor is not None and o.actor.code \
                    and o.actor.code != "---" and o.actor.kind != "country":  # ("---NGO": a body of no known country)
                return o.actor
        return None

    def _ordered_forces(self) -> None:
        at: dict[int, Mention] | None = None
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or (a.sector or "")[:3] not in ("MIL", "COP"):
                continue
            span = self._span_of(m)
            if span is None or any(c.dep_ == "poss" for c in span.root.children):
                continue
            verb = _ordering_verb(span.root)
            if verb is None:
                continue
            if at is None:
                at = {k: self.mentions[i] for k, i in self._mention_index().items()}
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            o = _subject_mention(subjects[0], at) if len(subjects) == 1 else None
            if o is None or o.actor is None or not o.actor.country \
                    or (o.actor.sector or "")[:3] not in _ORDERING_SECTORS and o.actor.kind != "country":
                continue  # ("the UN ordered the troops": an IGO gives forces no country)
            self._set_country(n, o.actor.country, "affiliation:ordered-forces", 0.5)


def _subject_mention(subject: Token, at: dict[int, Mention]) -> Mention | None:
    """The mention of a subject, or of the name apposed to its title ("Azerbaijan's president
    Ilham Aliyev ordered": the president is Aliyev)."""
    found = at.get(subject.i)
    if found is None:
        found = next((at[c.i] for c in subject.children if c.dep_ == "appos" and c.i in at), None)
    return found


def _ordering_verb(root: Token) -> Token | None:
    """The verb of ordering whose object the forces are ("ordered the army to ...", "ordered
    that the army remain"), else None."""
    if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in _ORDER_VERBS:
        return root.head
    if root.dep_ == "nsubj" and root.head.dep_ in ("ccomp", "xcomp") and root.head.head.lemma_.lower() in _ORDER_VERBS:
        return root.head.head
    return None
