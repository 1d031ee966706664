"""spaCy entities the KB did not know and names already seen: rules 4 and 5 of
`tacitus.pipeline.actors` (people the model tags, surnames, first names, short body names).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Span, Token

from tacitus.kb import (
    DEFUNCT_STATES,
    PERSON_NOUNS,
    Entry,
    normalize,
)
from tacitus.pipeline.actors_base import (
    ResolverBase,
    cited_as_source,
    head_of_government,
    known_place,
    office_rank,
    outlet_name,
)
from tacitus.pipeline.actors_lexicon import (
    HONORIFICS,
    OUTLET_TAILS,
    SPOKES_NOUNS,
    THE_ID,
    WHERE_PREPS,
)
from tacitus.records import Actor, Mention

#: Things only a person owns: their possessor is a person whatever the model's tag.
_PERSONAL_THINGS = frozenset({"phone", "phones", "car", "house", "home", "passport", "passports", "lawyer",
                              "lawyers", "wife", "husband", "family", "son", "daughter", "laptop", "mother",
                              "father", "brother", "sister", "children", "body", "arrest", "detention"})


def owns_personal_things(span: Span) -> bool:
    """Is `span` the possessor of a personal thing ("Kamau's phone", "Otieno's lawyers")?"""
    root = span.root
    return root.dep_ == "poss" and root.head.lower_ in _PERSONAL_THINGS


class Entities(ResolverBase):
    """The model's PERSON/ORG/NORP entities and names that refer back within the article."""

    # -------------------------------------------------------------- 4. spaCy entities the KB does not know
    def _entities(self) -> None:
        for ent in self.layout.ents:
            if not self._free(ent.start, ent.end) or ent.start_char < self.dateline_end:
                continue  # the dateline's place ("NIAMEY, July 28 -") is no actor; its outlet is a KB name
            start = ent.start
            while start < ent.end and self.doc[start].lower_ in ("the", "a", "an"):
                start += 1
            if start >= ent.end:
                continue
            span = self.doc[start:ent.end]
            if ent.label_ == "PERSON":
                self._person_entity(span)
            elif ent.label_ in ("ORG", "NORP"):
                if ent.label_ == "NORP" and span.start > 0 and self.doc[span.start - 1].lower_ == "ethnic":
                    continue  # an ethnic group without a place (step 3 took those with one)
                if ent.label_ == "NORP" and self._owned_quality(span.end):
                    continue  # "our European future": a quality, no actor
                if len(span) == 1 and span[0].pos == PROPN or _hyphened_proper(span):
                    # ("Quispe-Mamani said": a hyphened surname of a person named before, round 36)
                    person = self._earlier_person(span)
                    if person is not None:  # "Kamau said" after "Wanjiru Kamau": the person, whatever the tag
                        self._add(span.start, span.end, "PERSON", person, person.rule, person.confidence)
                        continue
                if self._city_in_place(span):
                    continue  # "marched in Mombasa and Kisumu": a city the model tagged ORG is where, not who
                match = self.match_at_start.get(span.start)
                if match is not None and match[1] == span.end and match[2][0].kind == "capital":
                    continue  # "the embassy in Bamako", "the highway linking Dhaka to the port": a capital the
                    # metonym step left (it does not act) is a place, whatever the model's tag
                actor = self.kb.resolve_text(span.text, date=self.when)
                if actor is not None and actor.rule == "gazetteer:place" and owns_personal_things(span):
                    continue  # "seized Kamau's phone": a person tagged ORG, not a town of that name
                if actor is not None and actor.rule == "gazetteer:place":  # a name several countries may share
                    actor = self.kb.resolve_text(span.text, date=self.when, context=self._article_context())
                if actor is not None and actor.kind == "country" and span.text.islower() \
                        and not self._modifies_actor_noun(span[-1]):
                    actor = None  # "swiss cheese": a lower-case adjective names a nation only before an actor noun
                if actor is not None and actor.country in DEFUNCT_STATES and self._successors(span.end - 1, actor.country):
                    continue  # "post-Soviet states", "Former Soviet republics": the successors, not the USSR
                if actor is not None and actor.rule == "kb:agent" and self._title_of_person(span.end):
                    continue  # "Army chief Abdel Fattah al-Burhan": a title the model tagged ORG, not an actor
                if actor is None and ent.label_ == "ORG" and (len(span) > 1 or span[0].is_upper) \
                        and not self.kb.agent_sector(span[-1].text):
                    actor = self._investigation_body(span) \
                        or Actor(text=span.text, kind="organisation", rule="ner:org", confidence=0.3)
                    if outlet_name(span) and cited_as_source(span):  # "obtained by El Tiempo"
                        actor = Actor(text=span.text, sector="MED", code="---MED", kind="media", rule="ner:outlet",
                                      confidence=0.4)
                if ent.label_ == "ORG" and len(span) > 1 and span[-1].text in OUTLET_TAILS \
                        and (actor is None or actor.rule in ("kb:country", "kb:country+agent")):
                    # "the Tehran Times", "Caucasus Wire": an outlet named for its place, media of that country
                    country = actor.country if actor is not None else None
                    actor = Actor(text=span.text, country=country, sector="MED", code=(country or "---") + "MED",
                                  kind="media", rule="ner:outlet", confidence=0.4)
                if actor is not None and actor.kind == "collective" and ent.label_ == "ORG" and len(span) > 2:
                    actor = replace(actor, kind="organisation")  # "the Press Institute of West Africa": a body
                if actor is not None:
                    actor = replace(actor, rule=f"ner:{ent.label_.lower()}+{actor.rule}")
                    self._add(span.start, span.end, ent.label_, actor, actor.rule, min(actor.confidence, 0.6))

    def _city_in_place(self, span: Span) -> bool:
        """A KB city (no capital: "Kisumu") after a verb's preposition of place, or listed with
        one ("marched in Mombasa and Kisumu")."""
        entries = self.kb.index.get(normalize(span.text), [])
        if not entries or any(e.kind != "city" for e in entries):
            return False
        t = span.root
        while t.dep_ == "conj" and t.head.i < t.i:
            t = t.head
        # (a noun's place stays a mention: "Journalists in Karachi" are the country's, round 20)
        return t.dep_ == "pobj" and t.head.lower_ in WHERE_PREPS and t.head.head.pos_ in ("VERB", "AUX")

    def _apposed_names(self) -> None:
        """"Nika Melia, an opposition leader, ...": two or three capitalised proper nouns the
        model left untagged, followed by an indefinite appositive the agent rules coded, are a
        person of that description (the surname then carries over: "Melia said")."""
        for m in list(self.mentions):
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or m.actor is None or not m.actor.sector or not m.rule.startswith("agent:noun") \
                    or span.root.dep_ != "appos" or span.start < 3 or self.doc[span.start - 1].lower_ not in ("a", "an") \
                    or self.doc[span.start - 2].text != ",":
                continue
            name = span.root.head
            start = name.i
            while start > 0 and name.i - start < 2 and self.doc[start - 1].pos == PROPN \
                    and self.doc[start - 1].dep_ == "compound":
                start -= 1
            words = self.doc[start:name.i + 1]
            if name.i != span.start - 3 or len(words) < 2 or any(
                    self.taken[t.i] or not t.text.istitle() or t.pos != PROPN or self.kb.index.get(normalize(t.text))
                    or self.kb.agent_sector(t.text) or t.lower_ in HONORIFICS for t in words) or known_place(words.text):
                continue
            actor = replace(m.actor, text=words.text, name=words.text, kind="person", kb_id=None,
                            rule="ner:person+title", confidence=0.5)
            self._add(words.start, words.end, "PERSON", actor, actor.rule, 0.5)

    def _article_context(self) -> str:
        """The names of the article's most named countries, as context for names several
        countries share ("the Savanes region" of Togo and of Ivory Coast)."""
        if self._context is None:
            names = (self.kb.country_name(c) for c in self.article_countries[:3])
            self._context = " ".join(n for n in names if n)
        return self._context

    @staticmethod
    def _bare_person(m: Mention | None) -> bool:
        """A PERSON mention the KB and the title could not code (perhaps a place the model misread)."""
        return m is not None and m.label == "PERSON" and (m.actor is None or not m.actor.code)

    def _title_of_person(self, end: int) -> bool:
        """A person's name starts at `end` or after at most two title nouns ("chief")."""
        doc = self.doc
        k = end
        while k < len(doc) and k - end < 2 and doc[k].pos == NOUN and not self._person(doc[k]):
            k += 1
        return k < len(doc) and self._person(doc[k])

    def _person_entity(self, span: Span) -> None:
        key = normalize(span.text)
        entries = self.kb.index.get(key, [])
        if any(e.kind in ("country", "capital", "city", "demonym") for e in entries):
            return  # a place the small model took for a person: the places stage has it
        if span[-1].lower_ in ("'s", "’s"):
            span = span[:-1]
        if self._agent_person(span):
            return  # "Guerrillas stormed ...": an agent noun, not a person
        if not any(e.kind == "person" for e in entries) and outlet_name(span) \
                and (self._bracketed(span) or cited_as_source(span)):
            # "(Caucasus Wire)", "according to Andean Wire": a news outlet's credit, not a person
            actor = Actor(text=span.text, sector="MED", code="---MED", kind="media", rule="ner:outlet", confidence=0.4)
            self._add(span.start, span.end, "ORG", actor, actor.rule, actor.confidence)
            return
            if not len(span):
                return
        span = self._surname_after(span)
        actor = self._earlier_person(span)
        if actor is None and len(span) == 1:
            span = self._given_name_before(span)
        if actor is None and len(span) == 1:
            actor = self._first_name(span)
        if actor is None and len(span) == 1:
            entry = self.kb.by_surname(span.text, self.when, self.article_countries[:4])
            if entry is not None and (entry.country in self.article_countries[:6] or not self.article_countries):
                actor = self.kb.actor_for(entry, span.text, self.when, rule="kb:surname", confidence=0.6)
                if actor.sector in (None, "ELI"):
                    actor = self._titled(span.start, actor, span.end)
            elif entry is None:
                entry = self._surname_in_sentence(span)
                if entry is not None:
                    actor = self.kb.actor_for(entry, span.text, self.when, rule="kb:surname+sentence", confidence=0.55)
        if actor is None and not any(e.kind == "person" for e in entries) and self._struck_town(span):
            return
        if actor is None and not any(e.kind == "person" for e in entries) and known_place(span.text):
            return  # "Zaporizhzhia" tagged PERSON: a known place, left to the places stage
        if actor is None:
            title = self._title_actor(span.start) or self._appositive_title(span)
            country = title.country if title else None
            if title is not None and country is None and title.sector and title.sector != "ELI":
                country = self._country_of_name(span) or self._title_owner_country(span)
            sector = title.sector if title and title.sector else None
            code = (country or "---") + (sector or "") if (country or sector) else None
            if title is not None and country is None and (title.code or "").startswith(("IGO", "NGO")):
                code = title.code  # "the president of the Red Cross": the body's code (NGOHLHIRC)
            actor = Actor(text=span.text, country=country, sector=sector, code=code,
                          name=span.text, kind="person", rule="ner:person" + ("+title" if title else ""),
                          confidence=0.6 if title else 0.3)
        self._add(span.start, span.end, "PERSON", actor, actor.rule, actor.confidence)

    def _title_owner_country(self, span: Span) -> str | None:
        """"Georgian Dream's parliamentary leader Mamuka Mdinaradze": a title owned by a body the
        KB gives a country (a party, a ministry) is an office of that country."""
        i = span.start - 1
        while i > 0 and span.start - i <= 4 and self.doc[i].tag_ != "POS" and self.doc[i].pos_ in ("ADJ", "NOUN", "PROPN"):
            i -= 1
        if i <= 0 or self.doc[i].tag_ != "POS":
            return None
        owner = next((m for m in self.mentions if m.end == self.doc[i].idx and m.actor is not None
                      and m.actor.kind in ("organisation", "group", "government") and m.actor.country), None)
        return owner.actor.country if owner is not None else None

    def _struck_town(self, span: Span) -> bool:
        """"Russian forces shelled Kherson" with "Kherson" tagged PERSON: the places stage reads a
        struck name as a town (places._struck_object); the actor is the town's country, its ground,
        as for a town the model tagged ORG. True when the span was taken so."""
        from tacitus.pipeline.places import _struck_object  # (places imports the actor stage)

        if span.root.dep_ == "poss" or not _struck_object(span):
            return False  # ("seized Kamau's phone": a person's things are taken too)
        place = self.kb.resolve_text(span.text, date=self.when, context=self._article_context())
        if place is None or place.rule != "gazetteer:place" or not place.country:
            return False
        actor = replace(place, text=span.text, rule="ner:person+struck-place", confidence=0.5)
        self._add(span.start, span.end, "GPE", actor, actor.rule, 0.5)
        return True

    def _surname_in_sentence(self, span: Span) -> Entry | None:
        """A surname several KB people in office share ("Kim"), read by the countries its own
        sentence names ("Putin met Kim in Pyongyang": PRK): the one person from them, or among
        several the one head of state or government. None otherwise."""
        cands = [e for e in self.kb.surnames.get(normalize(span.text), [])
                 if any(r.dated and r.active(self.when) for r in e.roles)]
        if len(cands) < 2:
            return None
        sent = self.sents[self.sent_of[span.start]]
        here = {m[2][0].country for m in self._matches_within(sent.start, sent.end)
                if m[2][0].country and not span.start <= m[0] < span.end}
        local = list({e.id: e for e in cands if e.country in here}.values())
        if len(local) > 1:  # a head of state before a head of government before other offices
            ranks = sorted(((office_rank(e, self.when), head_of_government(e, self.when)), n)
                           for n, e in enumerate(local))
            if ranks[0][0] < ranks[1][0]:
                local = [local[ranks[0][1]]]
        return local[0] if len(local) == 1 else None

    def _country_of_name(self, span: Span) -> str | None:
        """The country of an "of <country>" phrase hung on a titled name, or right after it
        when the parser hung the "of" elsewhere (on the title, on a fronted "On Tuesday,")."""
        if span.end < len(self.doc) and self.doc[span.end].lower_ == "of":
            for k in (span.end + 1, span.end + 2):  # "of Norway", "of the Netherlands"
                match = self.match_at_start.get(k)
                if match is not None and match[2][0].kind == "country" and match[2][0].country \
                        and all(self.doc[j].lower_ == "the" for j in range(span.end + 1, k)):
                    return match[2][0].country
        for c in span.root.children:
            if c.dep_ == "prep" and c.lower_ == "of" and c.i >= span.end:
                for obj in (o for o in c.children if o.dep_ == "pobj"):
                    match = self.match_at_end.get(obj.i + 1)  # "of Norway", "of the United States"
                    entry = match[2][0] if match is not None and match[0] >= obj.left_edge.i else None
                    if entry is not None and entry.kind in ("country", "demonym") and entry.country:
                        return entry.country
        return None

    def _appositive_title(self, span: Span) -> Actor | None:
        """Country and sector from an office set beside the name with commas: "The U.S.
        ambassador, MaryKay Carlson," or "MaryKay Carlson, the U.S. ambassador,"."""
        root = span.root
        nouns = [root.head] if root.dep_ == "appos" else []
        nouns += [c for c in root.children if c.dep_ == "appos"]
        for noun in nouns:
            if noun.pos != NOUN or not (self.kb.agent_sector(noun.text) or noun.lower_ in PERSON_NOUNS):
                continue
            left = noun.left_edge.i
            if span.start <= left < span.end:
                left = noun.i  # the name is inside the noun's own phrase: the noun alone
            right = noun.i + 1  # with its own "of"/"for" phrase: "the president of the Red Cross"
            for c in noun.children:
                if c.dep_ == "prep" and c.i > noun.i and c.lower_ in ("of", "for") \
                        and not (c.i <= span.start < c.right_edge.i + 1):
                    right = max(right, c.right_edge.i + 1)
                    body = self._body_phrase(c)
                    if body is not None:  # "chairman of a fishermen's federation": the body's member
                        return replace(body, rule="ner:person+body", confidence=0.5)
            actor = self.kb.resolve_text(self.doc[left:right].text, date=self.when) \
                if self.kb.agent_sector(noun.text) else None
            if actor is not None and actor.sector:
                return actor
        return None

    def _body_phrase(self, prep: Token) -> Actor | None:
        """The actor of an agent phrase (not a person, not a bare country) that is the object
        of `prep`, when it has a sector."""
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            for m in self.mentions:
                if m.start <= obj.idx < m.end and m.label != "PERSON" and m.actor is not None \
                        and m.actor.sector and m.rule.startswith("agent:"):
                    return m.actor
        return None

    def _given_name_before(self, span: Span) -> Span:
        """"Nika Melia" when the model tagged only "Melia": a capitalised proper noun joined to
        the name as its compound, free and no title or place ("President", "Georgian"), is its
        first part."""
        k = span.start - 1
        if k < 0 or self.taken[k]:
            return span
        t = self.doc[k]
        if t.pos != PROPN or t.dep_ != "compound" or t.head.i != span.start or not t.text.istitle() \
                or t.lower_ in HONORIFICS or self.kb.agent_sector(t.text) or self.kb.index.get(normalize(t.text)):
            return span
        return self.doc[k:span.end]

    def _bracketed(self, span: Span) -> bool:
        doc = self.doc
        return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(" and doc[span.end].text == ")"

    def _surname_after(self, span: Span) -> Span:
        """"Foreign Minister Arnoldo Andre Tinoco met": the model tagged only "Arnoldo Andre"; the
        untagged capitalised proper noun right after, that the name's last word hangs on as its
        compound, free and no title or known name, is the name's last part."""
        k = span.end
        if k >= len(self.doc) or self.taken[k]:
            return span
        t = self.doc[k]
        if t.pos != PROPN or span[-1].dep_ != "compound" or span[-1].head.i != k or t.ent_type_ \
                or len(t) < 2 or not t.text.istitle() or t.lower_ in HONORIFICS or self.kb.agent_sector(t.text) \
                or self.kb.index.get(normalize(t.text)):
            return span
        return self.doc[span.start:k + 1]

    def _earlier_person(self, span: Span) -> Actor | None:
        """A surname (or any part) of a person already mentioned in the article."""
        words = normalize(span.text).split()
        if not words:
            return None
        for m in reversed(self.mentions):
            if m.label != "PERSON" or m.actor is None or m.start >= span.start_char:
                continue
            names = normalize(m.actor.name or m.text).split()
            if len(names) > len(words) and words in (names[-len(words):], names[:len(words)]):
                # the last part ("Putin"), or the first where the family name leads ("Kim", "Xi")
                return replace(m.actor, rule="coref:surname", confidence=0.8)
        return None

    def _first_name(self, span: Span) -> Actor | None:
        """A first name alone: one KB person with that first name in office on the article
        date, from a country the article mentions."""
        key = normalize(span.text)
        cands = [e for e in self.kb.first_names.get(key, [])
                 if any(r.dated and r.active(self.when) for r in e.roles)]
        local = [e for e in cands if e.country in self.article_countries[:4]]
        if len({e.id for e in local}) > 1:  # several: a head of state or government wins
            ranked = sorted(local, key=lambda e: office_rank(e, self.when))
            if office_rank(ranked[0], self.when) < office_rank(ranked[1], self.when):
                local = ranked[:1]
        if len({e.id for e in local}) != 1:
            return None
        actor = self.kb.actor_for(local[0], span.text, self.when, rule="coref:first-name", confidence=0.6)
        return actor

    # -------------------------------------------------------------- 5. names already seen
    def _within_article(self) -> None:
        """Surnames the KB matched before the spaCy pass are already resolved; here, PROPN tokens
        equal to the surname of a person mentioned earlier and not yet taken."""
        by_part: dict[str, list[Mention]] = {}  # first or last name part -> persons, in mention order
        for m in self.mentions:
            if m.label == "PERSON" and m.actor is not None and m.actor.name:
                parts = normalize(m.actor.name).split()
                if len(parts) > 1 and parts[0] in HONORIFICS:
                    parts = parts[1:]  # "King Abdullah II", "Queen Elizabeth II": "King" names no one
                if len(parts) > 1:
                    for part in dict.fromkeys((parts[0], parts[-1])):
                        by_part.setdefault(part, []).append(m)
        if not by_part:
            return
        for i, pos in enumerate(self.pos):
            if pos != PROPN or self.taken[i]:
                continue
            t = self.doc[i]
            if len(t.text) < 3 or not t.text[:1].isupper():
                continue
            for m in by_part.get(normalize(t.text), ()):
                if m.start < t.idx:
                    start, end = self._hyphened_name(t.i, normalize(m.actor.name))
                    self._add(start, end, "PERSON", replace(m.actor, rule="coref:surname", confidence=0.75),
                              "coref:surname", 0.75)
                    break

    def _hyphened_name(self, i: int, name: str) -> tuple[int, int]:
        """Token range of the name part at `i` with the parts hyphened to it that the person's
        name has too ("Ndiaye-Sow" after "Marie-Claire Ndiaye-Sow", not "Sow" alone; round 36)."""
        doc, start, end = self.doc, i, i + 1
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_ and doc[start - 2].text[:1].isupper() and not self.taken[start - 2] \
                and f" {normalize(doc[start - 2:end].text)} " in f" {name} ":
            start -= 2
        while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper() and not self.taken[end + 1] \
                and f" {normalize(doc[start:end + 2].text)} " in f" {name} ":
            end += 2
        return start, end

    def _body_in_context(self, t: Token, ante: Mention) -> bool:
        """Whether "the Council", "the Office" can be a body of the IGO `ante` ("the UN") without
        its full name: no "of" phrase naming its own owner ("the Council of Kharkiv"), and the
        nearest body named before it is of that IGO (not a city's mayor or another group)."""
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            return False
        nearest = max((m for m in self.mentions if m.start < t.idx and m.actor is not None and m.label != "PERSON"
                       and m.actor.kind in ("organisation", "igo", "government", "group", "media")),
                      key=lambda m: m.start, default=None)
        return nearest is not None and (nearest.actor.code or "").startswith(ante.actor.code or "")

    def _short_names(self) -> None:
        """"the Commission" after "the European Commission", "the Department" after "the State
        Department": a capitalised "the <word>" that is the last word of one body the KB named
        earlier is that body."""
        by_tail: dict[str, dict[str, Mention]] = {}
        loose: set[tuple[str, str]] = set()  # (tail, code) known only from the IGO's family of bodies
        for m in self.mentions:
            a = m.actor
            words = m.text.split()
            if a is not None and a.code and m.rule == "kb:name" and len(words) > 1 \
                    and a.kind in ("organisation", "igo", "government", "media", "group"):
                by_tail.setdefault(normalize(words[-1]), {})[a.code] = m
                loose.discard((normalize(words[-1]), a.code))
            if a is not None and a.code and m.rule == "kb:name" and a.kind == "igo":
                for tail in self.kb.igo_tails(a.code):  # "the Commission" after "the EU"
                    if a.code not in by_tail.get(tail, {}):
                        loose.add((tail, a.code))
                    by_tail.setdefault(tail, {}).setdefault(a.code, m)
        for i, pos in enumerate(self.pos):
            if pos != PROPN or self.taken[i] or i == 0:
                continue
            t = self.doc[i]
            spokesman = i + 1 < len(self.doc) and self.doc[i + 1].lower_ in SPOKES_NOUNS
            if self.rows[i - 1][5] != THE_ID and not (spokesman and self.doc[i - 1].lower_ in ("a", "an")):
                continue  # ("a Commission spokesman": the body's own spokesman)
            if len(t.text) < 4 or not t.text[:1].isupper() or i + 1 < len(self.doc) and self.pos[i + 1] == PROPN:
                continue
            found = [m for m in by_tail.get(normalize(t.text), {}).values() if m.start < t.idx]
            if len(by_tail.get(normalize(t.text), {})) == 1 and found:
                ante = found[0]
                if (normalize(t.text), ante.actor.code) in loose and not self._body_in_context(t, ante):
                    continue  # "The UN warned ... the mayor said the Council would meet": the city's
                self._add(i, i + 1, ante.label, replace(ante.actor, rule="coref:short-name", confidence=0.7),
                          "coref:short-name", 0.7)
                if spokesman:  # the speaker the agent step left without a country is the body's
                    nxt = self.doc[i + 1]
                    for n, m in enumerate(self.mentions):
                        if m.start == nxt.idx and m.rule == "agent:noun" and m.actor is not None \
                                and m.actor.country is None:
                            self.mentions[n] = replace(m, actor=replace(ante.actor, text=m.text, rule="coref:short-name",
                                                                        confidence=0.6), rule="coref:short-name")


def _hyphened_proper(span: Span) -> bool:
    """"Quispe-Mamani", "Ndiaye-Sow": proper words joined by hyphens with no space, nothing else."""
    return len(span) >= 3 and len(span) % 2 == 1 and all(
        (t.text == "-" if k % 2 else t.pos == PROPN and t.text[:1].isupper()) and (k == len(span) - 1 or not t.whitespace_)
        for k, t in enumerate(span))

