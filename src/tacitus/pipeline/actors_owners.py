"""Round 24 actor rules that give a phrase the country of whoever its words say owns it (a mixin
of the actor resolver):

- `_owned_bodies`: "Ghana's Coastal Fisheries Council", "Peru's Water Administration": a body
  the KB does not know, named after a country's "'s" and ending in a word for a state body, is
  that country's government (GOV);
- `_conferred_offices`: "General X, whom the Malian junta named defence minister": a person
  whose own words give no country takes the country of who conferred the office on them;
- `_owned_officers`: "Its spokesman, Colonel X": a person apposed to an officer owned by "its"/
  "their" takes the country of the body the pronoun stands for (the nearest earlier body with a
  country, in this sentence or the one before); round 37: also a title before the name ("Its
  leader Jimmy X", after a gang coalition) when the body is a non-state one;
- `_home_opposition`: "Opposition parties accused the Zambian government": an opposition (the
  word itself, not protesters) with no country is of the one country its sentence names (else
  the story's home country).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tacitus.records import Mention

#: Last words of a state body's name ("... Council", "... Administration").
_BODY_HEADS = frozenset({"council", "commission", "agency", "administration", "ministry", "authority", "board",
                         "directorate", "bureau", "department", "service", "secretariat", "inspectorate"})
#: Verbs that confer an office on their object ("whom the junta named defence minister").
_CONFER_VERBS = frozenset({"name", "appoint", "nominate", "install", "make", "designate"})
#: Pronouns that own a body's officer (not "his"/"her": a person's aide is theirs, not a state's).
_BODY_OWNERS = frozenset({"its", "their"})
#: Non-state bodies whose officers are their own, not their country's government ("its negotiator").
_NONSTATE_SECTORS = frozenset({"REB", "OPP", "PTY", "CRM", "NGO"})
_OPPOSITION_SECTORS = frozenset({"OPP", "PTYOPP", "LEGOPP"})


class Owners:
    """Rules that read a phrase's owner from its words; mixed into the actor resolver (see module doc)."""

    def _country_mention(self, i: int) -> Mention | None:
        """The mention covering token `i` when it names a country (or its government)."""
        t = self.doc[i]
        m = next((x for x in self.mentions if x.start <= t.idx < x.end), None)
        if m is None or m.actor is None or not m.actor.country or m.actor.kind not in ("country", "government"):
            return None
        return m

    def _owned_bodies(self) -> None:
        doc = self.doc
        for n, m in enumerate(self.mentions):
            if m.actor is not None and (m.actor.country or m.actor.code):
                continue
            span = self._span_of(m)
            if span is None or len(span) < 2 or span[-1].lower_ not in _BODY_HEADS \
                    or not all(t.text[:1].isupper() for t in span if t.is_alpha and t.lower_ not in ("of", "and", "for")):
                continue
            k = span.start
            if k < 2 or doc[k - 1].lower_ not in ("'s", "’s"):
                continue
            owner = self._country_mention(k - 2)
            if owner is None:
                continue
            country = owner.actor.country
            actor = (m.actor or owner.actor)
            self.mentions[n] = replace(m, rule="possessor:body", confidence=0.6, actor=replace(
                actor, text=m.text, country=country, sector="GOV", code=country + "GOV", kind="organisation",
                name=m.text, rule="possessor:body", confidence=0.6))

    def _countryless_people(self):
        """(index, span) of each person mention with a sector but no country yet."""
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or not a.sector or m.label != "PERSON":
                continue
            span = self._span_of(m)
            if span is not None:
                yield n, span

    def _conferred_offices(self) -> None:
        for n, span in self._countryless_people():
            for verb in span.root.children:
                if verb.dep_ != "relcl" or verb.lemma_.lower() not in _CONFER_VERBS \
                        or not any(c.dep_ == "dobj" and c.lower_ in ("whom", "who") for c in verb.children):
                    continue
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                country = self._owner_country(subject) if subject is not None else None
                if country is not None:
                    self._set_country(n, country, "kb:conferred-office", 0.6)
                break

    def _owner_country(self, t: Token) -> str | None:
        """The country of the mention that covers `t` (any kind: "the junta" is its state's)."""
        m = next((x for x in self.mentions if x.start <= t.idx < x.end), None)
        return m.actor.country if m is not None and m.actor is not None else None

    def _owned_officers(self) -> None:
        for n, span in self._countryless_people():
            root = span.root
            office = root.head if root.dep_ == "appos" else None
            before_name = span.start > 0 and self.doc[span.start - 1]
            titled = office is None and before_name and before_name.pos_ == "NOUN" \
                and before_name.dep_ == "compound" and before_name.head.i == root.i
            if titled:
                office = before_name  # round 37: "Its leader Jimmy X said": the title before the name
            if office is None or office.i >= span.start or office.pos_ != "NOUN":
                continue
            poss = next((c for c in office.children if c.dep_ == "poss"), None)
            owner = self._mention_at(poss) if poss is not None else None
            if owner is not None and owner.actor is not None and not owner.actor.country \
                    and (owner.actor.code or "").startswith("IGO") and not (self.mentions[n].actor.code or "").startswith("IGO"):
                # round 36: "The bloc's commission president, X": the bloc's officer (IGOWAFWASGOV)
                m = self.mentions[n]
                code, sector = owner.actor.code, m.actor.sector or ""
                code = code if not sector or code.endswith(sector) else code + sector
                actor = replace(m.actor, country=None, code=code, rule="coref:owned-officer", confidence=0.55)
                self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.55)
                self._carry(m, actor)
                continue
            if poss is None or poss.lower_ not in _BODY_OWNERS:
                continue
            sent = self.sent_of[poss.i]
            lo = self.sents[sent - 1].start if sent > 0 else self.sents[sent].start
            before = [x for x in self.mentions if x.actor is not None and x.actor.country and x.label != "PERSON"
                      and self.starts[lo] <= x.start < poss.idx]
            if not before:
                continue
            b = before[-1].actor
            if b.kind in ("group", "organisation") and (b.sector or "")[:3] in _NONSTATE_SECTORS:
                # "The ELN denied ... its chief negotiator X": the body's officer, not its country's
                m = self.mentions[n]
                actor = replace(m.actor, country=b.country, sector=b.sector, code=b.code, rule="coref:owned-officer",
                                confidence=0.55)
                self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.55)
                self._carry(m, actor)
            elif not titled:  # (a state body's titled officer is left to the title rules)
                self._set_country(n, b.country, "coref:owned-officer", 0.55)

    def _home_opposition(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or (a.code or "")[3:] not in _OPPOSITION_SECTORS:
                continue  # (a party of the opposition is sector PTY, code ---PTYOPP)
            span = self._span_of(m)
            if span is None or not any(t.lower_ == "opposition" for t in span):
                continue  # (protesters and dissidents, also OPP, are placed by the rules for people)
            sent = self.sents[self.sent_of[span.start]]
            countries = self._countries_in(sent.start, sent.end, skip=range(span.start, span.end))
            home = next(iter(countries)) if len(countries) == 1 else None
            if not countries:
                home = self.home_country(self.mentions, self.sent_of[span.start], before=m.start)
            if home is not None:
                rule = "coref:opposition-country"
                self.mentions[n] = replace(m, rule=rule, confidence=0.5, actor=replace(
                    a, country=home, code=home + a.code[3:], name=self.kb.country_name(home), rule=rule,
                    confidence=0.5))
