"""Round 18 actor rules for a story set in one country (a mixin of the actor resolver):

- `_home_premises`: "Police raided the presidential office", "protesters stormed a prison",
  "rallied outside the National Assembly": the state's premises and an assembly with no owner are
  the home country's body (coref's home-country view: the dateline's, when the sentence and the
  one before name no other country); it runs before the spokespeople rules, so that "a
  spokeswoman for the presidential office, X," speaks for it;
- `_rallying_people`: "Tens of thousands of people rallied outside the assembly": plain people
  who protest are civilians of the home country (CVL), as demonstrators are its own;
- `_visiting_delegates`: "The delegates met in Tokyo": delegates whose country no word gives are
  visitors to where they meet, not its lawmakers; the scene's country is taken back from them;
- `_scene_forces` (round 20): "Two policemen were shot dead by militants in Balochistan",
  "soldiers at a checkpoint in northern Mali", "Police clashed with protesters in Kenya's capital":
  police and soldiers with no owner are of the one country their sentence sets things in, when the
  sentence names no other country ("Russian soldiers in Ukraine" keep their own words' country).
- `_dateline_speakers` (round 36): "BAMAKO, Mali - ... army commanders said Algerian forces shot down
  a drone", "Rebels said they killed ..., a claim the army denied", "Foreign Secretary X told
  reporters": in a datelined story of two states where the dateline's is not outnumbered, the
  sources who speak with no country in their words (unnamed bodies, people titled with no
  state) are the dateline's, as wire copy marks the foreign side's speakers and not its own,
  when their sentence names the home state (or names none, after a sentence naming only it).
- `_home_gangs` (round 37): "PORT-AU-PRINCE, Haiti - Armed gangs torched ...": a datelined
  story's gangs are the home state's criminals when their sentence names no other country.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from tacitus.pipeline.actors_lexicon import PEOPLE_NOUNS, WHERE_PREPS
from tacitus.pipeline.coref import dateline_countries
from tacitus.records import Actor, Mention

#: Premises of the state that stand for the body in them: prisons are the prison service (Phoenix
#: PRISON: COP) wherever they are named; offices and palaces only with the word of whose they are.
_PRISON_NOUNS = frozenset({"prison", "prisons", "jail", "jails"})
#: ("State House": the presidential seat in several Commonwealth countries.)
_SEAT_NOUNS = frozenset({"office", "palace", "residence", "compound", "house"})
_SEAT_WORDS = frozenset({"presidential", "royal", "state"})
#: Legislatures by a name many countries use ("the National Assembly"; coref's home nouns lack it).
_ASSEMBLY_NOUNS = frozenset({"assembly", "assemblies"})
#: What people do when they protest (lemmas): their subject is the street, not bystanders. Verbs
#: that may only move them ("marched to the square", "gathered") stay out (round 13: counted
#: people who act are no actor).
_RALLY_VERBS = frozenset({"rally", "protest", "demonstrate"})
#: Quantity heads that carry the people after "of" ("Tens of thousands of people").
_COUNT_HEADS = frozenset({"tens", "thousands", "hundreds", "dozens", "scores", "millions", "crowds"})
_ACROSS = frozenset({"across", "throughout"})
#: Forces that belong to where they serve when their sentence names one country (not officials:
#: "officials in Georgia" may be visitors, and envoys are abroad by office).
_SCENE_SECTORS = frozenset({"COP", "MIL"})
#: What a source does with its words: its subject is who speaks (lemmas).
_SPEECH_VERBS = frozenset({"say", "tell", "deny", "claim", "confirm", "report", "add", "announce", "state", "insist",
                           "allege", "admit", "acknowledge", "dismiss"})
#: Sectors of a state's own bodies and people that the dateline's speakers stand for.
_SPEAKER_SECTORS = frozenset({"MIL", "COP", "GOV", "REB", "CVL", "SPY", "JUD", "LEG"})
#: Speakers often foreign or anyone's (as the story rules leave them): no dateline's.
_OPEN_SPEAKERS = frozenset({"official", "officials", "source", "sources", "diplomat", "diplomats", "envoy", "envoys",
                            "ambassador", "ambassadors", "embassy", "delegation", "mission", "analysts", "experts",
                            "observers", "witnesses", "reporters", "journalists", "people"})
#: Words of gangs, whose members are a country's criminals (CRM).
_GANG_WORDS = frozenset({"gang", "gangs", "gangster", "gangsters"})
#: Nouns of people sent to a meeting: visitors where it is held.
_DELEGATE_NOUNS = frozenset({"delegate", "delegates"})


class Home:
    """Rules for a story's home country; mixed into the actor resolver (see module doc)."""

    def _home_premises(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or m.rule != "agent:noun" or (a.sector or "")[:3] not in ("GOV", "COP", "LEG"):
                continue
            span = self._span_of(m)
            if span is None:
                continue
            root = span.root
            words = {c.lower_ for c in root.children if c.dep_ in ("amod", "compound")}
            if not (root.lower_ in _PRISON_NOUNS or root.lower_ in _SEAT_NOUNS and words & _SEAT_WORDS
                    or root.lower_ in _ASSEMBLY_NOUNS and (a.sector or "")[:3] == "LEG"):
                continue
            if any(c.dep_ in ("poss", "prep") for c in root.children):
                continue  # ("Netanyahu's office", "a prison in Syria": their own words say whose)
            home = self.home_country(self.mentions, self.sent_of[span.start], before=m.start)
            if home is not None:
                self._set_country(n, home, "coref:home-premises", 0.5)

    def _rallying_people(self) -> None:
        doc = self.doc
        for i in range(len(doc)):
            if self.taken[i] or self.lowers[i] not in PEOPLE_NOUNS:
                continue
            t = doc[i]
            if t.pos_ != "NOUN" \
                    or any(c.dep_ in ("amod", "compound", "poss") for c in t.children):
                continue  # ("foreign tourists", "young men": a word of who they are; left to the other rules)
            subject = t
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _COUNT_HEADS:
                subject = t.head.head
                while subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.lower_ in _COUNT_HEADS:
                    subject = subject.head.head  # "tens of thousands of people"
            if subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in _RALLY_VERBS:
                continue
            here = self.sent_of[i]
            # people rally where they are: a place they rally in says where; else the story's
            # home (a country they rally against or whose flags they wave does not move them)
            places = self._scene_places(here)
            home = places.pop() if len(places) == 1 else None if places else \
                self.home_country.dateline(self.mentions) or self.home_country(self.mentions, here, before=t.idx)
            if home is None:
                continue
            actor = Actor(text=t.text, country=home, sector="CVL", code=home + "CVL",
                          name=self.kb.country_name(home), kind="group", rule="coref:home-rally", confidence=0.45)
            self._add(i, i + 1, "NORP", actor, actor.rule, actor.confidence)

    def _scene_places(self, sentence: int) -> set[str]:
        """The countries of the places (a country, capital or city) a sentence puts something
        "in", "at", "across" ... ("rallied in Tokyo", "across Russia", "in the United States")."""
        sent = self.sents[sentence]
        return {entries[0].country for start, end, entries in self.matches
                if sent.start <= start < sent.end and entries[0].country and self._placed_by(start)
                and entries[0].kind in ("capital", "city", "country", "demonym") and self.doc[end - 1].dep_ == "pobj"}

    def _placed_by(self, start: int) -> bool:
        """Is the name at `start` the object of a word of where ("in Tokyo", "in the United States")?"""
        if self.doc[start].lower_ == "the":
            start += 1  # (a match may hold its "the")
        k = start - 1 if start > 0 and self.doc[start - 1].lower_ != "the" else start - 2
        return k >= 0 and self.doc[k].lower_ in WHERE_PREPS | _ACROSS

    def _visiting_delegates(self) -> None:
        for n, m in enumerate(self.mentions):
            a = m.actor
            span = self._span_of(m) if a is not None and m.rule == "coref:scene-country" else None
            if span is None or span.root.lower_ not in _DELEGATE_NOUNS:
                continue
            self.mentions[n] = replace(m, rule="agent:noun", confidence=0.5, actor=replace(
                a, country=None, code="---" + (a.code or "---")[3:], name=None, rule="agent:noun", confidence=0.5))

    def _scene_forces(self) -> None:
        at: dict[int, Mention] | None = None
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or m.rule != "agent:noun" or (a.sector or "")[:3] not in _SCENE_SECTORS:
                continue
            span = self._span_of(m)
            if span is None:
                continue
            sent = self.sents[self.sent_of[span.start]]
            if at is None:
                at = {k: self.mentions[i] for k, i in self._mention_index().items()}
            scene = {c for t in sent if _placed_object(t, span.root) and not span.start <= t.i < span.end
                     for c in (self._place_phrase_country(t, at, depth=0),) if c}
            if len(scene) != 1 or not self._countries_in(sent.start, sent.end, skip=range(span.start, span.end)) <= scene:
                continue  # two places, or another country named ("clashed with Chadian troops in Niger")
            self._set_country(n, scene.pop(), "scene:one-country", 0.45)


def _placed_object(t, force) -> bool:
    """Is `t` the object of a word of where ("in Paris and Berlin") that sets the clause of the
    `force` noun, or the force itself: the phrase hangs from a verb, the force, or objects of
    prepositions up to them ("killed by militants in Balochistan"), not from a subject or object
    of its own ("Residents in Chad's capital welcomed troops": the residents' place)."""
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    if t.dep_ != "pobj" or t.head.lower_ not in WHERE_PREPS | _ACROSS:
        return False
    k = t.head.head
    if k.i == force.i:
        return False  # "Troops in Syria": forces are often abroad; their own "in" is left to the owner rules
    while k.i != force.i and k.pos_ not in ("VERB", "AUX"):
        if k.dep_ not in ("pobj", "prep", "agent") or k.head.i == k.i:
            return False
        k = k.head
    return True


class DatelineSpeakers:
    """`_dateline_speakers`; mixed into the actor resolver with `Home` (see module doc)."""

    def _dateline_speakers(self) -> None:
        home = self.home_country.dateline(self.mentions)
        if home is None or home != self._written_dateline():
            return  # (none, or a story filed from a neighbour's capital about another state)
        counts = Counter(entries[0].country for _s, _e, entries in self.matches if entries[0].country)
        if counts[home] + 1 < max((c for k, c in counts.items() if k != home), default=0):
            return  # (a story filed from a capital about another state's affairs)
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or (a.code or "").startswith(("IGO", "NGO")) \
                    or (a.sector or "")[:3] not in _SPEAKER_SECTORS:
                continue
            titled = m.label == "PERSON" and (a.rule or "").startswith("ner:person+title")
            if not titled and m.rule != "agent:noun":
                continue
            span = self._span_of(m)
            if span is None or span.root.lower_ in _OPEN_SPEAKERS or span.root.dep_ != "nsubj" \
                    or span.root.head.lemma_.lower() not in _SPEECH_VERBS:
                continue
            root = span.root
            if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "for", "from", "in", "at", "with")
                   for c in root.children):
                continue  # ("the bloc's envoy", "commanders of the force": their own words say whose)
            here = self.sent_of[span.start]
            sent = self.sents[here]
            if any(x.actor is not None and (x.actor.kind == "igo" or (x.actor.code or "").startswith("IGO"))
                   and sent.start_char <= x.start < sent.end_char for x in self.mentions):
                continue  # (a bloc in the sentence: its people may be the speakers)
            # the home state is in the speaker's own sentence, or it names none and the sentence
            # before names only the home state ("Russian drones hit the suburbs. Residents said
            # ...", "After Colombia's envoy left, the defence minister said ...": left open)
            own = self._countries_in(sent.start, sent.end, skip=range(span.start, span.end))
            if home not in own and (own or here == 0 or self._countries_in(
                    self.sents[here - 1].start, self.sents[here - 1].end) != {home}):
                continue
            rule = "coref:dateline-speaker"
            self.mentions[n] = replace(m, rule=rule, confidence=0.4, actor=a.placed(
                home, name=a.name if titled else self.kb.country_name(home), rule=rule, confidence=0.4))

    def _home_gangs(self) -> None:
        """"PORT-AU-PRINCE, Haiti - Armed gangs torched ...", "Gang leaders said ...": a story's
        gangs are the dateline state's criminals (CAMEO codes criminals by their country) when
        the story is about that state and their sentence names no other country."""
        home = self.home_country.dateline(self.mentions)
        if home is None or home != self._written_dateline():
            return
        counts = Counter(entries[0].country for _s, _e, entries in self.matches if entries[0].country)
        if counts[home] + 1 < max((c for k, c in counts.items() if k != home), default=0):
            return  # (a story filed from a capital about another state's affairs)
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or a.country or m.rule != "agent:noun" or (a.sector or "")[:3] not in ("CRM", "UAF"):
                continue
            span = self._span_of(m)
            if span is None or not any(t.lower_ in _GANG_WORDS for t in span):
                continue
            if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "from") for c in span.root.children):
                continue  # ("gangs from Ecuador", "the cartel's gangs": their own words say whose)
            sent = self.sents[self.sent_of[span.start]]
            if not self._countries_in(sent.start, sent.end, skip=range(span.start, span.end)) <= {home}:
                continue  # ("Haitian police and Dominican gangs": another country named)
            rule = "coref:dateline-gangs"
            self.mentions[n] = replace(m, rule=rule, confidence=0.4, actor=replace(
                a, country=home, sector="CRM", code=home + "CRM", name=self.kb.country_name(home),
                rule=rule, confidence=0.4))

    def _written_dateline(self) -> str | None:
        """The one country the dateline's words name ("BAMAKO, Mali"), whatever the story is about."""
        article = self.doc._.tacitus_article if Doc.has_extension("tacitus_article") else None
        place = getattr(article, "location", None)
        countries = dateline_countries(self.kb, place) if place else set()
        return countries.pop() if len(countries) == 1 else None

