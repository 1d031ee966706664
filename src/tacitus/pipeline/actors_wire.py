"""Round 29 actor rules for patterns of wire copy (a mixin of the actor resolver):

- `_titled_names` (before the model's entities): "army spokesman General Sylvain Ekenge",
  "government spokeswoman Yolande Makolo": capitalised words after a spokesperson noun (and a
  rank) are a person with that title, whether the model missed them or tagged them ORG;
- `_counterpart_offices`: "her Rwandan counterpart Olivier X": a counterpart holds the office of
  the officer named before him in the sentence (a government's when none has one);
- `_named_armies`: "..., the army said", "an army spokesman said", "army spokesman General X"
  with no country, when the same sentence or the one before names one country's army or military
  ("Congolese army positions", "The Israeli military said"): that country's;
- `_answering_states`: "Rwanda has rejected the accusations. ... government spokeswoman X said": a
  spokesperson with no country who speaks right after his state rejected or denied speaks for it;
- `_workplaces`: "Raghav Menon, a security analyst at a New Delhi think tank": a person (or a name
  the model tagged ORG) apposed
  as the analyst (researcher, economist ...) at a non-state body takes that body's country and
  sector (INDEDU), not the sector a word of the title suggests;
- `_presidency`: "a statement from the presidency": the office of the president named last in the
  sentence or the three before ("President Joseph Aoun"), else of the story's one country.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.symbols import PROPN

from tacitus.kb import SPOKESPEOPLE, normalize
from tacitus.pipeline.actors_lexicon import COUNTERPART_NOUNS, COUNTERPART_SECTORS
from tacitus.records import Actor, Mention

#: Ranks that may stand between a spokesperson noun and the name ("army spokesman General X").
_RANKS = frozenset({"general", "gen", "gen.", "colonel", "col", "col.", "major", "maj", "maj.", "lieutenant", "lt",
                    "lt.", "brigadier", "brig", "brig.", "captain", "capt", "capt.", "commander", "admiral", "adm",
                    "adm.", "sergeant", "sgt", "sgt.", "lieutenant-colonel", "lieutenant-general", "major-general",
                    "brigadier-general", "colonel-major", "dr", "dr."})
#: Words of a state's land or air force, whose unnamed instances the rule `_named_armies` places.
_ARMY_WORDS = frozenset({"army", "military", "armed"})
#: People apposed as working at a body ("an analyst at a think tank") and the bodies that employ them.
_STAFF_NOUNS = frozenset({"analyst", "researcher", "economist", "expert", "scholar", "fellow", "professor",
                          "lecturer", "academic", "specialist", "strategist"})
_EMPLOYER_SECTORS = frozenset({"EDU", "BUS", "MED", "NGO", "HLH"})
#: A state's answer to a charge ("Rwanda has rejected the accusations"), after which its officer speaks.
#: ("said" is no answer: "X's government said ... Army spokesman Y said" may be either side's.)
_ANSWER_VERBS = frozenset({"reject", "deny", "dismiss", "refute", "respond", "protest", "counter"})


class Wire:
    """Rules for patterns of wire copy; mixed into the actor resolver (see module doc)."""

    # ------------------------------------------------------------------ before any rule
    def _dash_dateline(self) -> int:
        """"KYIV - Russian forces ...": a dateline with no agency the segmenter did not mark
        (upper-case words, then a dash, opening the text): the character offset after the dash."""
        doc = self.doc
        k = 0
        while k < min(len(doc), 6) and (doc[k].is_upper or doc[k].text == "," or doc[k].is_space):
            k += 1
        if k == 0 or k >= len(doc) or doc[k].text not in ("-", "\u2013", "\u2014") or not doc[k - 1].is_upper:
            return 0
        return doc[k].idx + len(doc[k].text)

    def _family_names(self, matches: list) -> list:
        """"Mohammed Ali al-Houthi": a body's name after "al-"/"el-" that follows a capitalised
        given name is a family name, part of the person, not the body."""
        doc = self.doc
        kept = []
        for s, e, entries in matches:
            if entries[0].kind in ("group", "organisation") and s >= 3 and doc[s - 1].text == "-" \
                    and doc[s - 2].lower_ in ("al", "el") and doc[s - 3].text[:1].isupper() and doc[s - 3].pos == PROPN:
                continue
            kept.append((s, e, entries))
        return kept

    # ------------------------------------------------------------------ names after titles
    def _titled_names(self) -> None:
        doc = self.doc
        for k in range(len(doc) - 2):
            if self.lowers[k] not in SPOKESPEOPLE:
                continue
            j = k + 1
            while j < len(doc) and self.lowers[j] in _RANKS and doc[j].text[:1].isupper():
                j += 1
            e = j
            while e < len(doc) and e - j < 4 and doc[e].pos == PROPN and doc[e].text[:1].isupper() \
                    and doc[e].is_alpha and self.sent_of[e] == self.sent_of[k]:
                e += 1
            if e - j < 2 or not self._free(j, e) or any(self.kb.index.get(normalize(doc[x].text)) for x in range(j, e)):
                continue  # (one word may be a place or a body: "spokesman Kinshasa" is no name)
            ent = self.ents_by_token.get(j)
            if ent is not None and ent.label_ == "PERSON" and ent.start == j:
                continue  # the model's own person: the entity rules read it
            self._person_entity(doc[j:e])

    # ------------------------------------------------------------------ counterparts
    def _counterpart_offices(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if m.label != "PERSON" or a is None or not a.country or a.sector or not (a.rule or "").startswith("ner:person"):
                continue
            span = self._span_of(m)
            if span is None or span.start == 0 or self.lowers[span.start - 1] not in COUNTERPART_NOUNS:
                continue
            sent_start = self.sents[self.sent_of[span.start]].start_char
            before = [x for x in self.mentions if sent_start <= x.start < m.start and x.actor is not None
                      and (x.actor.sector or "")[:3] in COUNTERPART_SECTORS]
            sector = max(before, key=lambda x: x.start).actor.sector[:3] if before else "GOV"
            actor = replace(a, sector=sector, code=a.country + sector, rule="ner:person+counterpart", confidence=0.5)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.5)

    # ------------------------------------------------------------------ unnamed armies
    def _army_words(self, m: Mention) -> bool:
        """Does the phrase (or, for a person, the title before him) name an army or a military?"""
        span = self._span_of(m)
        if span is None:
            return False
        lo = max(0, span.start - 4) if m.label == "PERSON" else span.start
        return any(self.lowers[k] in _ARMY_WORDS for k in range(lo, span.end))

    def _named_armies(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or a.sector != "MIL" or a.code != "---MIL" or not self._army_words(m):
                continue
            here = self.sent_of[self._span_of(m).start]
            lo = self.sents[max(0, here - 1)].start_char
            armies = {x.actor.country for x in self.mentions
                      if lo <= x.start < m.start and x.actor is not None and x.actor.country and x.actor.sector == "MIL"
                      and x.label != "WEAPON" and x.actor.role != "instrument" and self._army_words(x)}
            if len(armies) != 1:
                continue  # (none, or two states' armies: "the army" may be either)
            country = armies.pop()
            actor = a.placed(country, name=self.kb.country_name(country), rule="coref:named-army", confidence=0.5)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.5)

    # ------------------------------------------------------------------ answering states
    def _answering_states(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if m.label != "PERSON" or a is None or a.country or a.sector not in ("GOV", "MIL") \
                    or not (a.rule or "").startswith("ner:person+title"):
                continue
            span = self._span_of(m)
            here = self.sent_of[span.start] if span is not None else 0
            if span is None or here == 0 or self.layout.para_start[here] > here - 1 \
                    or not any(self.lowers[k] in SPOKESPEOPLE for k in range(max(0, span.start - 4), span.start)):
                continue  # (a spokesperson, and the answer in his paragraph: "Major General X" may be anyone's)
            root = self.sents[here - 1].root
            if root.lemma_.lower() not in _ANSWER_VERBS:
                continue
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
            x = self._mention_at(subject) if subject is not None else None
            b = x.actor if x is not None else None
            if b is None or not b.country or b.kind not in ("country", "government"):
                continue
            actor = a.placed(b.country, rule="ner:person+title+answering-state", confidence=0.45)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=0.45)

    # ------------------------------------------------------------------ the presidency
    def _presidency(self) -> None:
        doc = self.doc
        for k, low in enumerate(self.lowers):
            if low != "presidency" or self.taken[k] or not any(c.lower_ == "the" for c in doc[k].children):
                continue
            here = self.sent_of[k]
            lo = self.sents[max(0, here - 3)].start_char
            presidents = [x for x in self.mentions if lo <= x.start < self.starts[k] and x.label == "PERSON"
                          and x.actor is not None and x.actor.country and x.actor.sector == "GOV"
                          and (s := self._span_of(x)) is not None and s.start > 0 and self.lowers[s.start - 1] == "president"]
            country = max(presidents, key=lambda x: x.start).actor.country if presidents else self.story_country()
            if country is None:
                continue
            actor = Actor(text=doc[k].text, country=country, sector="GOV", code=country + "GOV",
                          name=self.kb.country_name(country), kind="government", rule="coref:presidency",
                          confidence=0.5)
            self._add(k, k + 1, "ORG", actor, actor.rule, actor.confidence)

    # ------------------------------------------------------------------ workplaces
    def _workplaces(self) -> None:
        at = {k: self.mentions[i] for k, i in self._mention_index().items()}
        for n, m in enumerate(self.mentions):
            a = m.actor
            # (a name the model tagged ORG and the KB lacks is a person when apposed as an analyst)
            named = m.label == "PERSON" or m.label == "ORG" and a is not None and a.code is None and a.rule == "ner:org+ner:org"
            span = self._span_of(m) if named and a is not None and not a.country else None
            if span is None:
                continue
            title = next((c for c in span.root.children if c.dep_ == "appos" and c.lower_ in _STAFF_NOUNS), None)
            body = next((at.get(g.i) for c in title.children if c.dep_ == "prep" and c.lower_ in ("at", "with")
                         for g in c.children if g.dep_ == "pobj"), None) if title is not None else None
            b = body.actor if body is not None else None
            if b is None or not b.country or (b.sector or "")[:3] not in _EMPLOYER_SECTORS:
                continue  # (an analyst at a ministry is left to the title rules)
            actor = replace(a, country=b.country, sector=b.sector[:3], code=b.country + b.sector[:3], kind="person",
                            name=m.text, rule="affiliation:workplace", confidence=0.5)
            self.mentions[n] = replace(m, label="PERSON", actor=actor, rule=actor.rule, confidence=0.5)
