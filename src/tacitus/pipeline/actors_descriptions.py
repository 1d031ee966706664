"""Pronouns and description nouns (rule 6 of `tacitus.pipeline.actors`): "he", "it",
"the nation", "the government", "the group", "its ally", "the army" under a speaker.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Token

from tacitus.kb import (
    ARMED_SECTORS,
    DESCRIBED_COUNTRIES,
    PERSON_NOUNS,
    normalize,
)
from tacitus.pipeline import coref
from tacitus.pipeline.actors_base import (
    ResolverBase,
    load_gazetteer_or_none,
    rule_regime,
)
from tacitus.pipeline.actors_lexicon import (
    ALLY_NOUNS,
    DESCRIBING_IDS,
    DESCRIPTION_NOUNS,
    GROUP_KINDS,
    GROUP_NOUNS,
    HOME_BODY_SECTORS,
    HOME_SPEAKERS,
    PERSON_PRONOUNS,
    SETTING_PREPS,
)
from tacitus.records import Actor, Mention

#: The gender a person pronoun gives, and explicit cues of a person's gender before or beside a name.
_PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_TITLE_GENDERS = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "spokesman": "m",
                  "chairman": "m", "congressman": "m", "businessman": "m", "mrs": "f", "mrs.": "f", "ms": "f",
                  "ms.": "f", "miss": "f", "madam": "f", "madame": "f", "lady": "f", "dame": "f", "queen": "f",
                  "princess": "f", "spokeswoman": "f", "chairwoman": "f", "congresswoman": "f",
                  "businesswoman": "f"}
#: Singular nouns of one person named by function, whom a pronoun may continue.
_FUNCTION_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "commander", "minister",
                             "envoy", "ambassador", "diplomat", "officer", "leader", "chief"})


class Descriptions(ResolverBase):
    """Pronouns and description nouns resolved to an earlier mention."""

    # -------------------------------------------------------------- 6. pronouns and descriptions
    def _descriptions(self) -> None:
        doc = self.doc
        for i, row in enumerate(self.rows):
            if row[5] not in DESCRIBING_IDS or self.taken[i]:
                continue  # only pronouns and the nouns below can refer back
            t = doc[i]
            low = t.lower_
            if low in PERSON_PRONOUNS and t.pos_ == "PRON":
                gender = _PRONOUN_GENDERS[low]
                ante = self._recent(t, lambda m, g=gender: m.label == "PERSON" and m.actor is not None
                                    and self._gender_of(m) in (None, g), sentences=2)
                ante = self._subject_person(t, ante)
                if ante is not None:
                    self._add(t.i, t.i + 1, "PERSON", replace(ante.actor, rule="coref:pronoun", confidence=0.6),
                              "coref:pronoun", 0.6)
                else:
                    self._pronoun_of_speaker(t, gender)
            elif low == "it" and t.dep_ in ("nsubj", "nsubjpass"):
                ante = self._speaker(t) or self._previous_subject(t)
                if ante is not None and ante.text.lower().rsplit(None, 1)[-1] in PERSON_NOUNS:
                    ante = None  # "A researcher said it could attack": "it" is never a person
                if ante is not None:
                    self._add(t.i, t.i + 1, ante.label, replace(ante.actor, rule="coref:it", confidence=0.5),
                              "coref:it", 0.5)
            elif t.pos_ == "NOUN" and low in DESCRIPTION_NOUNS:
                det = [c for c in t.children if c.dep_ == "det" and c.lower_ in ("the", "this", "that")]
                if not det or any(c.dep_ == "prep" and not coref.region_phrase(c) and not _charge(c) for c in t.children) \
                        or t.i < det[0].i or rule_regime(t):
                    continue  # ("the government in the north" is still the government; "the sanctions regime" no ruler)
                # A compass phrase ("the government in the south") names part of the story's own
                # country, not of the country named last: a country inside the phrase ("in the east
                # of Ethiopia"), else the dateline's when the sentence names no other.
                region = [c for c in t.children if c.dep_ == "prep" and not _charge(c)]
                if region:
                    inside = (region[0].idx, self.ends[region[0].right_edge.i])
                    ante = next((m for m in self.mentions if m.actor is not None and m.actor.kind == "country"
                                 and m.actor.country and inside[0] <= m.start < inside[1]), None)
                else:
                    ante = self._recent(t, lambda m: m.actor is not None and m.actor.kind == "country"
                                        and m.actor.country is not None and m.rule == "kb:country"
                                        and not self._names_ground(m), sentences=2)
                    ante = self._home_over_passing(ante, t)
                    ante = self._home_over_earlier_paragraph(ante, t)
                    ante = self._setting_over_outsider(ante, t)
                    ante = self._speakers_country(t) or ante
                    fits = self._fitting(t)
                    if fits is not None and (ante is None or ante.actor.country not in fits):
                        # "the island nation" after "Taiwan said China ...": the last state that fits
                        ante = self._recent(t, lambda m, fits=fits: m.actor is not None and m.actor.country in fits
                                            and not self._names_ground(m), sentences=self.sent_of[t.i])
                        if ante is None:
                            continue  # no state of the story fits: better none than a wrong one
                sector = DESCRIPTION_NOUNS[low]
                same = self._same_noun_before(t, sector) if sector and not region and not self._set_in(ante, t) else None
                if same is not None:  # "the cabinet" after "Lebanon's new cabinet", whatever was named between
                    self._add(det[0].i + 1, t.i + 1, "ORG", replace(same, rule="coref:same-head", confidence=0.6),
                              "coref:same-head", 0.6)
                    continue
                start = det[0].i + 1
                # ("the country's central bank" at home: the dateline's country owns the body)
                home = self.home_country(self.mentions, self.sent_of[t.i], previous=not region, before=t.idx) \
                    if ante is None and (sector or t.dep_ == "poss") else None
                if home is None and ante is None and sector and not region:
                    # "students protested against the government in Dhaka": the city the sentence is set in
                    home = self.home_country.scene(self.mentions, self.sent_of[t.i], coref.clause_verb(t))
                if home is None and ante is None and not region:
                    home = self._city_country_before(t)
                if home is not None:  # "KHARTOUM - ... The government said": the dateline's country
                    entry = next((e for e in self.kb.index.get(normalize(self.kb.country_name(home) or ""), [])
                                  if e.kind == "country"), None)
                    if entry is not None:
                        actor = self._country_actor(entry, t.text, "coref:home-country", 0.5, sector=sector)
                        self._add(start, t.i + 1, "ORG" if sector else "GPE", actor, "coref:home-country", 0.5)
                        continue
                if ante is not None:
                    actor = replace(ante.actor, sector=sector, code=(ante.actor.country or "---") + (sector or ""),
                                    kind="government" if sector else "country", rule="coref:description",
                                    confidence=0.55)
                    self._add(start, t.i + 1, "GPE", actor, "coref:description", 0.55)
                elif sector:  # "The government said ...": a government, whose country the text has not given
                    actor = Actor(text=t.text, country=None, sector=sector, code="---" + sector, kind="government",
                                  rule="agent:noun", confidence=0.5)
                    self._add(start, t.i + 1, "ORG", actor, "agent:noun", 0.5)
            elif (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.is_lower) and low in GROUP_NOUNS:
                # (the model tags a lower-case "the bloc" PROPN at times)
                det = [c for c in t.children if c.dep_ == "det" and c.lower_ in ("the", "this", "that")]
                if not det or any(c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and any(
                        g.dep_ == "pobj" for g in c.children) for c in t.children):
                    continue  # ("accused the group of shelling ...": a verb's "of" is no owner)
                if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children):
                    continue  # "the monitoring group NetBlocks": the name given is the actor
                wanted = GROUP_KINDS.get(low, ("group", "organisation", "igo"))
                own = self._members_speaking(t, wanted)
                if own is not None and self._add(det[0].i + 1, t.i + 1, "ORG", own, own.rule, own.confidence):
                    continue  # "Hezbollah lawmakers said the group would ...": their own group
                ante = self._named_by_head(t, low) or self._previous_subject_group(t, det[0], wanted)
                # the preferred kind first ("the group" -> an armed group), in the paragraphs before too
                # ("disarming the group" after a list that ends with UNIFIL is still Hezbollah)
                tries = ((wanted[:1], 2), (wanted[:1], 5), (wanted, 2)) if wanted[:1] == ("group",) \
                    else ((wanted[:1], 2), (wanted, 2))
                for kinds, back in () if ante is not None else tries:
                    def fits(m: Mention, kinds=kinds) -> bool:
                        return m.actor is not None and (m.rule == "kb:name" or _bloc_people(m)) and m.actor.kind in kinds \
                            or "group" in kinds and self._armed_group(m)
                    ante = self._recent(t, fits, sentences=back)
                    if ante is not None and t.dep_ in ("nsubj", "nsubjpass") and ante.sentence != self.sent_of[t.i]:
                        # "Hezbollah said it fired ... in support of Hamas. The group said ...": a
                        # subject opening its sentence continues the earlier subject, not the group
                        # named last in passing (within its own sentence the nearest still wins)
                        ante = self._recent(t, lambda m, fits=fits: fits(m) and self._subject(m), sentences=2) or ante
                    if ante is not None:
                        break
                if ante is not None and _bloc_people(ante):
                    ante = replace(ante, actor=_bloc_of(ante.actor))
                if ante is not None:
                    # "the Iran-aligned group": a backer named inside is its own mention; the phrase
                    # starts after it
                    start = max([det[0].i + 1] + [k + 1 for k in range(det[0].i + 1, t.i) if self.taken[k]])
                    while start < t.i and self.doc[start].is_punct:
                        start += 1
                    self._add(start, t.i + 1, ante.label,
                              replace(ante.actor, rule="coref:description", confidence=0.55), "coref:description", 0.55)
            elif t.pos_ == "NOUN" and low in ALLY_NOUNS:
                poss = [c for c in t.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
                if not poss or self._named_beside(t):
                    continue  # "its ally Syria": the name is the actor
                ally = self._ally_of(t, poss[0])
                entry = next((e for e in self.kb.index.get(normalize(self.kb.country_name(ally) or ""), [])
                              if e.kind == "country"), None) if ally else None
                if entry is not None:
                    actor = self._country_actor(entry, t.text, "coref:ally", 0.5)
                    self._add(poss[0].i + 1, t.i + 1, "GPE", actor, "coref:ally", 0.5)

    @staticmethod
    def _fitting(t: Token) -> frozenset[str] | None:
        """The states a description noun phrase can mean ("the island nation": island states,
        "the Gulf kingdom": kingdoms of the Gulf; kb.DESCRIBED_COUNTRIES), None when its words
        say nothing of the state ("the nation", "the country")."""
        fits = None
        for w in [t, *(c for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i)]:
            allowed = DESCRIBED_COUNTRIES.get(w.lower_)
            if allowed is not None:
                fits = allowed if fits is None else fits & allowed
        return fits

    def _members_speaking(self, t: Token, kinds: tuple[str, ...]) -> Actor | None:
        """The organisation whose members are the speaker over `t`'s clause ("Hamas officials
        said the group ..."): a "the group" subject is their own body, not the group named last."""
        if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "ccomp":
            return None
        speaker = next((c for c in t.head.head.children if c.dep_ == "nsubj"), None)
        found = self._mention_at(speaker) if speaker is not None else None
        if found is None or found.actor is None or found.rule != "agent:org+noun":
            return None
        span = self.doc.char_span(found.start, found.end, alignment_mode="expand")
        for _s, _e, entries in self._matches_within(span.start, span.end) if span is not None else ():
            if entries[0].kind in kinds:
                return self.kb.actor_for(entries[0], t.text, self.when, rule="coref:members", confidence=0.6)
        return None

    def _subject(self, m: Mention) -> bool:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")

    def _set_in(self, ante: Mention | None, t: Token) -> bool:
        """Whether the sentence of `t` is set in the country `ante` names ("In Fiji, the
        government appealed ..."): that country beats a same-head phrase told of another."""
        if ante is None or ante.sentence != self.sent_of[t.i]:
            return False
        span = self.doc.char_span(ante.start, ante.end, alignment_mode="expand")
        return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "in" \
            and span.root.head.i == self.sents[self.sent_of[t.i]].start

    def _city_country_before(self, t: Token) -> str | None:
        """"Thousands marched in Tbilisi. The country's government ...": with no country named,
        the one country of the KB cities and capitals this and the previous sentence name before
        `t` (cities of two countries: none)."""
        here = self.sent_of[t.i]
        found: set[str] = set()
        for sent in self.sents[max(0, here - 1):here + 1]:
            for ent in sent.ents:
                if ent.end <= t.i and ent.start_char >= self.dateline_end:  # ("Yerevan" read as PERSON too)
                    found |= {e.country for e in self.kb.index.get(normalize(ent.text), [])
                              if e.kind in ("capital", "city") and e.country}
        return next(iter(found)) if len(found) == 1 else None

    def _same_noun_before(self, t: Token, sector: str) -> Actor | None:
        """The actor of the earlier phrases with the same head noun and sector and a country
        ("Lebanon's new cabinet" for "the cabinet"), when they all agree."""
        found = {m.actor.code: m.actor for m in self.mentions
                 if m.start < t.idx and m.actor is not None and m.actor.country and m.actor.sector == sector
                 and m.label != "PERSON" and m.text.lower().rsplit(None, 1)[-1] == t.lower_}
        return next(iter(found.values())) if len(found) == 1 else None

    @staticmethod
    def _armed_group(m: Mention) -> bool:
        """An armed group named by the KB ("the Rapid Support Forces") or by its members ("M23
        rebels"): what "the group", "the militia" refer back to."""
        a = m.actor
        return a is not None and (m.rule == "kb:name" and a.kind == "group" or m.rule == "agent:org+noun"
                                  and (a.sector or "")[:3] in ARMED_SECTORS and bool(a.code))

    def _home_over_passing(self, ante: Mention | None, t: Token) -> Mention | None:
        """"MASERU, Lesotho - Lesotho's prime minister announced ... after talks with officials
        from South Africa. The IMF praised the government's response": a foreign country named in
        passing, as the object of a preposition that does not make it act, does not take "the
        government" from the dateline's country when that country is a subject since (or in the
        sentence of) that mention. Returns the dateline country's mention to use, else `ante`."""
        if ante is None:
            return None
        home = self.home_country.dateline(self.mentions)
        if home is None or ante.actor.country == home:
            return ante
        span = self.doc.char_span(ante.start, ante.end, alignment_mode="expand")
        named = span.root if span is not None else None
        while named is not None and named.dep_ == "conj" and named.head.i < named.i:
            named = named.head  # "from the European Union and the United States"
        if named is None or named.dep_ != "pobj" or self._acts(named):
            return ante
        first = self.sents[self.sent_of[span.start]].start
        for m in self.mentions:
            if m.actor is None or m.actor.country != home or m.start >= t.idx:
                continue
            root = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if root is None or root.start < first or root.root.dep_ not in ("nsubj", "nsubjpass"):
                continue
            entry = next((e for e in self.kb.index.get(normalize(self.kb.country_name(home) or ""), [])
                          if e.kind == "country"), None)
            if entry is None:
                return ante
            actor = self._country_actor(entry, self.kb.country_name(home) or home, "coref:home-subject", 0.5)
            return replace(m, actor=actor, rule="coref:home-subject")
        # "Diplomats from the European Union and the United States met ...": a country that only
        # says where some people come from, in a story whose own bodies (police, parties, the
        # commission) are the dateline country's, leaves "the government" to that country
        if named.head.head.pos_ in ("NOUN", "PROPN") and named.head.dep_ == "prep":
            own = [m for m in self.mentions if m.actor is not None and m.actor.country == home
                   and m.start < t.idx and m.label != "PERSON" and (m.actor.sector or "")[:3] in HOME_BODY_SECTORS]
            entry = self._country_entry(home)
            if len(own) >= 2 and entry is not None:
                actor = self._country_actor(entry, self.kb.country_name(home) or home, "coref:home-story", 0.5)
                return replace(own[-1], actor=actor, rule="coref:home-story")
        return ante

    def _named_by_head(self, t: Token, low: str) -> Mention | None:
        """"the agency" after "the International Atomic Energy Agency": the nearest earlier body
        the knowledge base knows whose name ends in the description's noun, however far back
        (a body named by its own head noun is the one the description takes up)."""
        for m in reversed(self.mentions):
            if m.start >= t.idx or m.rule != "kb:name" or m.actor is None or m.label == "PERSON":
                continue
            words = m.text.split()
            if len(words) > 1 and words[-1].lower() == low \
                    or len(words) > 2 and words[0].lower() == low and words[1] == "of":
                return m  # (round 36: "the alliance" after "the Alliance of Sahel States" too)
        return None

    def _home_over_earlier_paragraph(self, ante: Mention | None, t: Token) -> Mention | None:
        """"PORT-AU-PRINCE - ... The United States designated the gang ...\n\n A drone strike ...
        killed civilians ...\n\n The government denied ...": "the government" opening a paragraph
        of a datelined story, when the foreign state named last is neither in its paragraph nor
        in the one before, is the dateline country's. Returns the mention to use, else `ante`."""
        home = self.home_country.dateline(self.mentions)
        if ante is None or home is None or ante.actor.country == home:
            return ante
        here = self.sent_of[t.i]
        para = self.layout.para_start[here]
        span = self.doc.char_span(ante.start, ante.end, alignment_mode="expand")
        if para != here or here == 0 or span is None:
            return ante
        if self.layout.para_start[self.sent_of[span.start]] >= self.layout.para_start[here - 1]:
            return ante  # named in the paragraph just before: that state's government
        entry = self._country_entry(home)
        if entry is None:
            return ante
        return replace(ante, actor=self._country_actor(entry, self.kb.country_name(home) or home,
                                                       "coref:home-paragraph", 0.5), rule="coref:home-paragraph")

    def _speakers_country(self, t: Token) -> Mention | None:
        """"Prime Minister X told parliament that the country would ...": "the country" or "the
        nation" opening a clause reported from a government or domestic political speaker (a head
        of government, a ministry, the opposition) is the speaker's own country, whatever country
        was named last; so is "the government" in the words of the opposition or a party ("X said
        the government had lost control"), and the one they call on ("lawmakers urged the
        government to ..."). A government's "the government" may be another's."""
        clause = t.head if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ccomp" else None
        if clause is None and t.dep_ == "poss":
            # "X said the armed forces were ready to protect the nation's sovereignty": the
            # possessor anywhere in the reported clause, when the clause names no country before it
            clause = next((v for v in t.ancestors if v.dep_ == "ccomp"), None)
            if clause is not None and any(m.actor is not None and m.actor.country and m.start < t.idx
                                          and self.starts[clause.left_edge.i] <= m.start for m in self.mentions):
                return None
        verb = clause.head if clause is not None else self._addressed_by(t)
        if verb is None:
            return None
        sectors = HOME_SPEAKERS.get(t.lower_)
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = self._mention_at(speaker) if speaker is not None and sectors else None
        if found is None or found.actor is None or not found.actor.country or found.actor.sector not in sectors:
            return None
        entry = self._country_entry(found.actor.country)
        if entry is None:
            return None
        actor = self._country_actor(entry, self.kb.country_name(found.actor.country) or found.actor.country,
                                    "coref:speaker-country", 0.55)
        return replace(found, actor=actor, rule="coref:speaker-country")

    @staticmethod
    def _addressed_by(t: Token) -> Token | None:
        """"Jordanian lawmakers called on the government to ...", "the opposition urged the
        government": the verb whose object "the government" is (its subject, when a domestic body
        of one country, is the government's own). None for other nouns and roles."""
        if t.lower_ not in ("government", "regime"):
            return None
        if t.dep_ == "dobj":
            return t.head
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in ("on", "upon") \
                and t.head.head.pos_ == "VERB":
            return t.head.head
        return None

    def _setting_over_outsider(self, ante: Mention | None, t: Token) -> Mention | None:
        """"Protests spread across Kazakhstan ... Russia offered to send troops. The country's
        government resigned": a country the story only has acting from outside (never where
        things happen, no domestic body of its own named) does not take "the country" from the
        country the paragraph set its events in ("in/across/throughout <country>") shortly before."""
        if ante is None or ante.actor.kind != "country" or self._set_there(ante.actor.country, t.idx):
            return ante
        first = self.sents[max(0, self.sent_of[t.i] - 3)].start_char
        for m in reversed(self.mentions):
            if m.start >= t.idx or m.start < first or m.actor is None or m.actor.kind != "country" \
                    or m.actor.country in (None, ante.actor.country) or m.rule != "kb:country":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in SETTING_PREPS:
                return m
        return ante

    def _set_there(self, country: str | None, before: int) -> bool:
        """Whether the text before character `before` sets events in `country` ("in Russia") or
        names a domestic body of it (its government, police, parties)."""
        for m in self.mentions:
            if m.start >= before or m.actor is None or m.actor.country != country:
                continue
            if (m.actor.sector or "")[:3] in HOME_BODY_SECTORS | {"MIL"} or m.label == "PERSON":
                return True
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in SETTING_PREPS:
                return True
        return False

    def _names_ground(self, m: Mention) -> bool:
        """"the Mauritanian border": the country only places a noun of ground (coref.names_ground);
        "the Kenyan-led mission": it is a party of one noun (coref.names_party). Neither is the
        country "the government" or "the country" later refers to."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and (coref.names_ground(span.root) or coref.names_party(self.doc, span.end))

    def _recent(self, t: Token, ok, sentences: int) -> Mention | None:
        """The last mention before `t` that passes `ok`, in its sentence or the `sentences` before."""
        here = self.sent_of.get(t.i, 0)
        index = self._mentions_by_sentence()
        best = None
        for n in range(here - sentences, here + 1):
            for k in index.get(n, ()):
                m = self.mentions[k]
                if m.start >= t.idx or not ok(m):
                    continue
                if best is None or m.start > best.start:
                    best = m
        return best

    def _mentions_by_sentence(self) -> dict[int, list[int]]:
        """Positions in self.mentions by sentence: a scan of every mention per lookup made long
        articles quadratic. Mentions are only appended (new ones are indexed as they come) or
        replaced in place with the same span; a new list (after coreference) is indexed anew."""
        done = self._by_sentence_key[1] if self._by_sentence_key and self._by_sentence_key[0] == id(self.mentions) else 0
        if done == 0:
            self._by_sentence = {}
        for k in range(done, len(self.mentions)):
            m = self.mentions[k]
            if m.sentence is not None:
                self._by_sentence.setdefault(m.sentence, []).append(k)
        self._by_sentence_key = (id(self.mentions), len(self.mentions))
        return self._by_sentence

    def _speaker(self, t: Token) -> Mention | None:
        """"X said it would ...": the non-person subject of the verb that governs it's clause,
        also through the clause's conjuncts ("The ministry said 12 planes entered ... and that it
        had sent jets": the second clause is the speaker's own act as much as the first)."""
        verb = t.head
        while verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        governor = verb.head
        if verb.dep_ in ("acl", "relcl") and verb.head.dep_ in ("dobj", "pobj"):
            # "X denied reports that it had ...", "X hit a convoy it said ...": a clause on the
            # governing verb's object is told of from that verb's subject
            governor = verb.head.head.head if verb.head.dep_ == "pobj" else verb.head.head
            if governor.pos_ not in ("VERB", "AUX"):
                return None
        elif verb.dep_ not in ("ccomp", "xcomp", "advcl"):
            return None
        if governor.i >= t.i:
            return None
        for child in governor.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < t.i:
                for m in self.mentions:
                    if m.actor is not None and m.label != "PERSON" and m.start <= child.idx < m.end:
                        return m
        return None

    def _gender_of(self, m: Mention) -> str | None:
        """"m" or "f" when an explicit cue gives the person's gender: the mention is itself a
        pronoun, an honorific or gendered title stands before (or is apposed to) one mention of the
        name ("Mrs", "spokeswoman"), or a pronoun was resolved to the name before. A name alone
        gives none."""
        name = m.actor.name or m.text
        for x in self.mentions:
            if x.label != "PERSON" or x.actor is None or (x.actor.name or x.text) != name:
                continue
            cue = _PRONOUN_GENDERS.get(x.text.lower())
            span = self._span_of(x) if cue is None else None
            if span is not None:
                words = [self.lowers[k] for k in range(max(0, span.start - 2), span.start)]
                words += [c.lower_ for c in span.root.children if c.dep_ == "appos"]
                if span.root.dep_ == "appos":
                    words.append(span.root.head.lower_)
                cue = next((_TITLE_GENDERS[w] for w in reversed(words) if w in _TITLE_GENDERS), None)
            if cue is not None:
                return cue
        return None

    def _pronoun_of_speaker(self, t: Token, gender: str) -> None:
        """"A JNIM spokesman denied ... He threatened ...": a pronoun opening its sentence as
        subject, with no person of its gender near, continues the previous sentence's subject when
        that is one person named by his function (a spokesman, an official) of no other gender."""
        here = self.sent_of.get(t.i, 0)
        if here == 0 or t.dep_ != "nsubj" or t.i != self.sents[here].start and t.head.i != self.sents[here].root.i:
            return
        root = self.sents[here - 1].root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in _FUNCTION_NOUNS or _TITLE_GENDERS.get(subject.lower_, gender) != gender:
            return
        x = self._mention_at(subject)
        if x is None or x.actor is None or x.label == "PERSON" or not x.actor.code:
            return
        self._add(t.i, t.i + 1, "PERSON", replace(x.actor, rule="coref:pronoun-function", confidence=0.5),
                  "coref:pronoun-function", 0.5)

    def _subject_person(self, t: Token, ante: Mention | None) -> Mention | None:
        """"Lai met Governor Green. He later left ...": a pronoun subject of its sentence's main
        verb continues the person subject of the sentence before, not a person named after it
        there (the nearest person `ante` otherwise)."""
        here = self.sent_of.get(t.i, 0)
        opens = t.head.i == self.sents[here].root.i or t.i == self.sents[here].start  # ("He left, X said")
        if ante is None or t.dep_ != "nsubj" or not opens or here == 0 or ante.sentence != here - 1:
            return ante
        root = self.sents[here - 1].root
        for k in self._mentions_by_sentence().get(here - 1, ()):
            m = self.mentions[k]
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.label == "PERSON" and m.actor is not None and span is not None \
                    and span.root.dep_ == "nsubj" and span.root.head.i == root.i:
                return m if m.start < ante.start else ante
        return ante

    def _armed_descriptions(self) -> None:
        """"the armed group", "the paramilitary group" after "M23 rebels" or "the Rapid Support
        Forces": the armed group named in this or the two previous sentences."""
        for n, m in enumerate(self.mentions):
            a = m.actor
            if m.rule != "agent:noun" or a is None or a.country or (a.sector or "")[:3] not in ARMED_SECTORS:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) > 2 or span.root.lower_ not in GROUP_NOUNS \
                    or span.start == 0 or self.doc[span.start - 1].lower_ != "the":
                continue
            ante = self._recent(span.root, self._armed_group, sentences=2)
            if ante is not None:
                self.mentions[n] = replace(m, rule="coref:description", confidence=0.55,
                                           actor=replace(ante.actor, text=m.text, rule="coref:description",
                                                         confidence=0.55))

    def _previous_subject(self, t: Token) -> Mention | None:
        here = self.sent_of.get(t.i, 0)
        if here == 0:
            return None
        sent = self.sents[here - 1]
        for k in self._mentions_by_sentence().get(here - 1, ()):
            m = self.mentions[k]
            if m.actor is None or m.label == "PERSON":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head == sent.root:
                return m
        return None

    def _previous_subject_group(self, t: Token, det: Token, kinds: tuple[str, ...]) -> Mention | None:
        """"Doctors Without Borders said ... The group urged ...": a "The group" that opens its
        sentence as subject continues the previous sentence's subject when that is a named
        organisation of a fitting kind (an aid group or UN body as much as an armed group),
        before any armed group named earlier."""
        if t.dep_ not in ("nsubj", "nsubjpass") or det.i != self.sents[self.sent_of[t.i]].start:
            return None
        ante = self._previous_subject(t)
        if ante is None or ante.actor is None:
            return None
        if ante.rule == "kb:name" and ante.actor.kind in kinds or "group" in kinds and self._armed_group(ante):
            return ante
        # "..., the Media Institute of Southern Africa said. The group condemned ...": a body
        # the model named in full (the KB gave it only a sector) speaks on as "the group"
        if ante.rule.startswith("ner:org") and ante.label == "ORG" and ante.actor.code \
                and ante.actor.kind in kinds + ("media",):
            return ante
        return None

    def _named_beside(self, t: Token) -> bool:
        """An actor name set right after the noun or beside it in apposition ("its ally Syria",
        "its partner, Egypt,")."""
        k = t.i + 1
        if k < len(self.doc) and self.doc[k].text == ",":
            k += 1
        return k < len(self.doc) and self.taken[k] or any(c.dep_ in ("appos", "compound") and self.taken[c.i]
                                                           for c in t.children)

    def _ally_of(self, t: Token, poss: Token) -> str | None:
        """The country "its ally" stands for: the possessor is the nearest country or government
        actor before "its" in the sentence (or the previous sentence's subject when the sentence
        names none: "Its ally ..."), and its ally the country the article names most before it
        other than the possessor, only when that country leads the count alone. None rather
        than a guess."""
        sent = self.sents[self.sent_of[t.i]]
        here = (self.mentions[k] for k in self._mentions_by_sentence().get(self.sent_of[t.i], ()))
        before = [m for m in here if sent.start_char <= m.start < poss.idx and m.actor is not None
                  and m.actor.country and m.label != "PERSON" and m.actor.kind in ("country", "government")]
        if before:
            owner = max(before, key=lambda m: m.start).actor.country
        else:
            prev = self._previous_subject(t)
            owner = prev.actor.country if prev is not None and prev.actor is not None else None
        if not owner:
            return None
        counts: Counter[str] = Counter()
        for m in self.mentions:
            if m.start < t.idx and m.actor is not None and m.actor.country and m.actor.kind in ("country", "government"):
                counts[m.actor.country] += 1
        ranked = [(c, n) for c, n in counts.most_common() if c != owner]
        if t.lower_ in ("neighbour", "neighbor"):  # "its southern neighbour": a bordering state only
            ranked = [(c, n) for c, n in ranked if c in _bordering(owner, t)]
        if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]


#: The compass words of "its southern neighbour": (coordinate, sign of the neighbour's offset).
_COMPASS = {"northern": (0, 1), "southern": (0, -1), "eastern": (1, 1), "western": (1, -1)}


def _bordering(owner: str, t: Token) -> set[str]:
    """The countries bordering `owner` (the gazetteer's), on the side a compass word on `t`
    names ("its southern neighbour": centroid south of the owner's). Empty without a gazetteer."""
    gaz = load_gazetteer_or_none()
    home = gaz.country(owner) if gaz is not None else None
    if home is None:
        return set()
    found = set(home.neighbours)
    side = next((_COMPASS[c.lower_] for c in t.children if c.dep_ == "amod" and c.lower_ in _COMPASS), None)
    if side is not None:
        axis, sign = side
        here = (home.lat, home.lon)[axis]
        found = {c for c in found if (f := gaz.country(c)) is not None and sign * ((f.lat, f.lon)[axis] - here) > 0}
    return found


def _charge(prep: Token) -> bool:
    """"accused the government of killing protesters": an "of" with a gerund and no noun is the
    verb's charge (misattached by the parser), not an owner of the noun."""
    return prep.lower_ == "of" and any(c.dep_ == "pcomp" for c in prep.children) \
        and not any(c.dep_ == "pobj" for c in prep.children)


def _bloc_people(m: Mention) -> bool:
    """"ASEAN foreign ministers", "EU leaders": a bloc's people, which a later "the bloc" takes up
    as the bloc itself (round 36)."""
    return m.rule == "agent:org+noun" and m.actor is not None and m.actor.kind == "igo" and not m.actor.country


def _bloc_of(a):
    """The bloc itself for its people's actor: the code without the people's sector ("IGOSEAASNGOV" -> "IGOSEAASN")."""
    sector = a.sector or ""
    code = a.code[:-len(sector)] if sector and a.code and a.code.endswith(sector) and len(a.code) > len(sector) + 3 else a.code
    return replace(a, code=code, sector=None)

