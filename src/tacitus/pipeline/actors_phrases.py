"""Agent-noun phrases and capitals as metonyms: rules 2 and 3 of `tacitus.pipeline.actors`."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace

from spacy.symbols import PROPN, VERB
from spacy.tokens import Span, Token

from tacitus.kb import (
    ARMED_SECTORS,
    IGO_SEATS,
    PERSON_NOUNS,
    Entry,
    normalize,
)
from tacitus.pipeline.actors_base import (
    ResolverBase,
    append_sector,
    dispute_parties,
    known_place,
    not_a_body,
    token_range,
)
from tacitus.pipeline.actors_lexicon import (
    ABSTRACT_AGENT_WORDS,
    ACTING_PREPS,
    ARMED_FORCE_WORDS,
    ARMED_GROUP_NOUNS,
    ARMS_WORDS,
    ATTACK_IDS,
    ATTACK_NOUNS,
    CITY_PART_NOUNS,
    COUNTERPART_NOUNS,
    COUNTERPART_SECTORS,
    DESCRIPTION_NOUNS,
    DRILL_WORDS,
    FOREIGN_SUFFIXES,
    GOODS_NOUNS,
    GROUP_OF_NOUNS,
    HELD_NOUNS,
    LOOSE_STRIKE_VERBS,
    MANNER_WORDS,
    MERCHANT_WORDS,
    MODIFIER_KINDS,
    NAVAL_WORDS,
    NOMINAL_DEPS,
    NOUN_IDS,
    OFFICE_SECTORS,
    ORIGIN_WORDS,
    OUTLET_NOUNS,
    PARTY_PREPS,
    PEOPLE_NOUNS,
    PLACE_KINDS,
    PLACED_NOUN_IDS,
    POLICE_WORDS,
    POLITICAL_VERBS,
    POST_NOUNS,
    PROTEST_NOUNS,
    SEATED_NOUNS,
    SHIP_NOUNS,
    SKIP_AGENT_IDS,
    SKIP_AGENT_WORDS,
    STRIKE_VERBS,
    TARGET_PREPS,
    TRADE_BODY_NOUNS,
    TRADE_CRAFT_NOUNS,
    TRADE_NOUN_IDS,
    TRADE_OWNERS,
    TRADE_WORDS,
    TRANSFER_VERBS,
    WARSHIP_WORDS,
    WEAPON_NOUNS,
    WHERE_PREPS,
)
from tacitus.records import Actor, Mention

#: "the international community", "the world community": no body of civilians.
_WORLD_NOUNS = frozenset({"community"})
_WORLD_WORDS = frozenset({"international", "global", "world", "wider"})


class Phrases(ResolverBase):
    """Agent-noun phrases ("North Korean soldiers") and capitals that act ("Moscow warned")."""

    # -------------------------------------------------------------- 2. agent-noun phrases
    def _agent_at(self, start: int, end: int) -> str | None:
        if start >= end or end - start == 1 and self.rows[start][5] in SKIP_AGENT_IDS:
            return None
        return self._sector(self.text[self.starts[start]:self.ends[end - 1]])

    def _agent_phrases(self) -> None:
        doc = self.doc
        candidates: list[tuple[int, int, int, str]] = []  # (span start, head end, agent start, sector)
        attackers: list[tuple[int, int, list[Entry]]] = []  # the place matches before attack nouns
        group_of: dict[int, int] = {}  # the noun after "<group noun> of" -> that group noun
        in_name = {k for s, e, _ in self.matches for k in range(s, e)}
        # a KB body's name the model tagged PERSON ("Boko Haram fighters") is no named person
        in_body = {k for s, e, entries in self.matches if entries[0].kind in ("group", "organisation", "igo")
                   and not any(x.kind == "person" for x in entries) for k in range(s, e)}
        for i, pos in enumerate(self.pos):
            if pos not in NOUN_IDS and not (pos == VERB and self.rows[i][5] in ATTACK_IDS) or self.taken[i] \
                    or i in in_name or self.starts[i] < self.dateline_end:
                continue  # (the model tags "shelling", "bombing" VERB even as nouns: "in Israeli shelling")
            t = doc[i]
            if pos == VERB and (t.dep_ not in NOMINAL_DEPS or not any(c.dep_ == "amod" for c in t.children)
                                and not any(c.dep_ == "compound" for c in t.children)):
                continue
            if self._person(t):
                continue
            platform = self._named_platform(t)
            if platform is not None:  # "the Coalition for Change": a political grouping, not forces
                self._add(platform[0], platform[1], "ORG", Actor(
                    text=doc[platform[0]:platform[1]].text, sector="PTY", code="---PTY", kind="group",
                    rule="agent:platform", confidence=0.5), "agent:platform", 0.5)
                continue
            if t.lower_ in GROUP_OF_NOUNS:
                of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                if pobj is not None and pobj.pos in NOUN_IDS:
                    group_of[pobj.i] = t.i
            edge = t.left_edge.i
            left = edge if edge <= t.i else t.i
            # An adjacent country or collective word ("Western intelligence"), also before the
            # compound the noun leads ("Chinese coast guard vessels": "Chinese" modifies "vessels")
            for before in (self.match_at_end.get(t.i), self.match_at_end.get(left)):
                if before is not None and before[2][0].kind in PLACE_KINDS:
                    left = min(left, before[0])
            bloc = self.match_at_end.get(left)
            if bloc is not None and bloc[2][0].kind == "igo" and not self.taken[bloc[0]] \
                    and self.sent_of[bloc[0]] == self.sent_of[t.i]:
                left = bloc[0]  # "ECOWAS foreign ministers" the model parsed apart: the bloc's ministers
            left = max(left, self.sents[self.sent_of[t.i]].start)
            while left < t.i and self.starts[left] < self.dateline_end:
                left += 1  # ("KYIV - Russian forces": the dateline is no part of the phrase)
            low_id = self.rows[i][5]
            best = self._trade_craft(t, left) if low_id in TRADE_NOUN_IDS else None  # "the fishing fleet": the trade's
            for k in range(left, t.i + 1) if best is None else ():
                if self.rows[k][3]:  # IS_PUNCT
                    continue  # ("the two countries' foreign ministers": the phrase starts after the "'")
                sector = self._agent_at(k, t.i + 1)
                if sector:
                    best = (k, sector)
                    break
            if best is None:
                if low_id not in PLACED_NOUN_IDS:
                    continue  # (none of the nouns below: most nouns that are no agent)
                placed = self._placed_noun_sector(t, left)
                if placed is not None and t.lower_ in ATTACK_NOUNS and t.lower_ not in WEAPON_NOUNS:
                    attackers.append(placed[1])  # "Israeli shelling": the noun stays free as an event trigger
                    continue
                best = (t.i, placed[0]) if placed is not None else self._ship_sector(t, left)
                if best is None and (self._listed_with_civilians(t) or self._counted_patients(t)):
                    best = (t.i, "CVL")  # "Four children and a man were killed": civilians like the others
            if best is None:
                continue
            agent_start, sector = best
            if t.lower_ in DESCRIPTION_NOUNS and agent_start == t.i and left == t.i - 1 \
                    and doc[left].lower_ in ("the", "this", "that") and self._seat_after(t.i) is None:
                continue  # "the regime", "the government": a definite description, resolved in step 6
                # ("the government in Ankara" names its seat: coded below like "officials in Kyiv")
            if t.lower_ in ARMED_GROUP_NOUNS and agent_start == t.i and left == t.i - 1 \
                    and doc[left].lower_ == "the" and self._recent(t, self._armed_group, sentences=2) is not None:
                continue  # "the paramilitary" after "the Rapid Support Forces": resolved in step 6
            if any(c.dep_ == "prep" and any(self._person(g) and not self._place_after(c, g) for g in c.subtree)
                   for c in t.children) \
                    and not (t.lower_ in PROTEST_NOUNS and self._seat_after(t.i) is not None) \
                    or any(c.dep_ in ("appos", "compound") and self._person(c) and not agent_start <= c.i < t.i
                           and c.i not in in_body for c in t.children) \
                    or t.dep_ == "appos" and self._person(t.head):
                continue  # "Secretary of State Antony Blinken", "X, a former minister,": a named person's title
                # (a PERSON tag inside the agent phrase is the model's error: "Riot police")
            # A title before a name is not its own actor ("President" in "President X").
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in ("of", "for") and t.text[:1].isupper():
                k = t.i + 2  # "Secretary of State Antony Blinken": the title runs on over capitalised words
                while k < len(doc) and doc[k].text[:1].isupper() and not self._person(doc[k]) and k - t.i < 5:
                    k += 1
                nxt = doc[k] if k < len(doc) and k > t.i + 2 else nxt
            if nxt is not None and (self._person(nxt) or (t.dep_ == "compound" and nxt.pos_ == "PROPN"
                                                                     and self.taken[nxt.i])):
                continue
            modifier = t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i
            if modifier and self._agent_at(t.head.i, t.head.i + 1):
                continue  # the head noun will carry the phrase
            start = self._modifier_start(left, agent_start)
            if modifier and start == agent_start and self._conjunct_country(t) is None:
                continue  # "military support": a modifier is an actor only with its country ("Western intelligence")
            if start == agent_start == t.i and t.lower_ in ABSTRACT_AGENT_WORDS and not any(
                    c.dep_ in ("det", "poss", "amod", "compound", "nummod", "nmod") and c.lower_ not in MANNER_WORDS
                    for c in t.children):
                continue  # "use force", "for security", "excessive force": the abstract noun, not a body of people
            if sector == "MIL" and agent_start == t.i and t.lower_ in ("officer", "officers") \
                    and any(w.lower_ in POLICE_WORDS for w in self.sents[self.sent_of[t.i]]):
                sector = "COP"  # "police officers trained local officers": officers of a police story are police
            if agent_start == t.i and not_a_body(t):
                continue  # "lives in exile", "wrote on social media": a condition or a channel
            if sector == "CVL" and t.lower_ in _WORLD_NOUNS and any(c.lower_ in _WORLD_WORDS for c in t.children
                                                                 if c.dep_ in ("amod", "compound")):
                continue  # "the international community": the world's states, no one's civilians
            if sector.startswith("PTY") and agent_start == t.i and dispute_parties(t):
                continue  # "urged all parties to keep talking": the sides, not political parties
            candidates.append((start, t.i + 1, agent_start, sector))
        # "a delegation of U.S. lawmakers": one mention, coded by the members it names.
        by_head = {c[1] - 1: c for c in candidates}
        for member, group in group_of.items():
            inner, outer = by_head.get(member), by_head.get(group)
            if inner is not None and (outer is None or outer[0] == outer[2] == group):
                if outer is not None:
                    candidates.remove(outer)
                candidates.remove(inner)
                candidates.append((group, inner[1], inner[2], inner[3]))
        # Longer phrases first; drop phrases inside others.
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        for start, end, agent_start, sector in candidates:
            if not self._free(start, end):
                if not self._free(agent_start, end):
                    continue
                # "al-Sisi and Qatar's emir": the country nearest the noun, after the names taken before it
                last_taken = max(k for k in range(start, agent_start) if self.taken[k]) if start < agent_start \
                    else agent_start - 1
                start = self._modifier_start(last_taken + 1, agent_start)
            if start == agent_start and self.doc[start].lower_ in ("'s", "’s"):
                possessor = self._possessor_mention(start - 1)
                start = agent_start = start + 1  # the mention is "office", not "'s office"
                if start >= end:
                    continue
                if possessor is not None:  # "Netanyahu's office": the possessor's country, the noun's sector
                    country = possessor.actor.country
                    actor = Actor(text=self.doc[start:end].text, country=country, sector=sector[:3],
                                  code=country + sector, name=self.kb.country_name(country),
                                  kind="government" if sector.startswith("GOV") else "group",
                                  rule="agent:noun+possessor", confidence=0.75)
                    self._add(start, end, "ORG", actor, actor.rule, 0.75)
                    continue
            seat = self._seat_after(end - 1) if start == agent_start else None
            if seat is not None and self._free(end, seat[1]) and not self._hosts_body(seat[2]):
                # "officials in Kyiv", "diplomats in Beijing": the seat of government gives the country
                s_, e_, entry = seat
                actor = self._country_actor(entry, self.doc[start:e_].text, "agent:noun+seat", 0.75, sector=sector[:3])
                self._add(start, e_, "ORG", actor, actor.rule, 0.75)
                continue
            start = self._split_listed_countries(start, agent_start, sector)
            actor = self._phrase_actor(start, agent_start, end, sector)
            if sector == "GOVMED" and self.doc[end - 1].lower_ in OUTLET_NOUNS:  # not "information ministry"
                actor = replace(actor, sector=sector, code=(actor.country or "---") + sector, kind="media")
            elif actor.country is None and (based := self._based_in(self.doc[end - 1])) is not None:
                actor = self._country_actor(based, actor.text, "agent:noun+based-in", 0.75, sector=sector[:3])
            elif sector[:3] in OFFICE_SECTORS and self.doc[end - 1].lemma_.lower() in PERSON_NOUNS \
                    and self._former(start, agent_start):  # (not "the former regime": a body)
                # "a former Ukrainian defence minister": out of office, an elite (Phoenix FORMER_* ~ELI)
                actor = replace(actor, sector="ELI", code=(actor.country or "---") + "ELI", kind="group")
            head = self.doc[end - 1].lower_
            if actor.country and actor.rule == "agent:country+noun" and (head in WEAPON_NOUNS or head in ATTACK_NOUNS) \
                    and self.kb.agent_sector(head) in (None, "MIL") and sector[:3] in ("MIL", ""):
                # (not "a New Delhi think tank": the phrase's own sector, EDU, is no weapon's;
                # "Tigrayan fighters" are people: REB)
                # "a Russian missile": the military that fired it, as the agent behind the instrument
                actor = replace(actor, rule="agent:country+weapon", role="instrument")
            conf = 0.8 if actor.country or actor.kind == "collective" else 0.5
            self._add(start, end, "NORP" if actor.kind == "collective" else "ORG", actor, actor.rule, conf)
        self._add_attackers(attackers)

    @staticmethod
    def _place_after(prep: Token, g: Token) -> bool:
        """"Students in Rajshahi", "soldiers near Gao": a known town after "in", "at", "from" or
        another word of where (WHERE_PREPS) that the model tagged PERSON is the place it reads as."""
        return (prep.lower_ in WHERE_PREPS or prep.lower_ == "from") and g.pos_ == "PROPN" and known_place(g.text)

    def _held_people(self) -> None:
        """"Prisoners in Tehran went on hunger strike": held people with no national word are of
        the country of the capital or city they are held in, with no sector (HELD_NOUNS)."""
        doc = self.doc
        for i in range(len(doc)):
            if self.lowers[i] not in HELD_NOUNS or self.taken[i]:
                continue  # the word first: building a Token for every word cost a third of this stage
            t = doc[i]
            if t.pos_ != "NOUN" or any(c.dep_ in ("amod", "compound", "poss") for c in t.children):
                continue
            if t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "in" or doc[t.i + 1].head.i != t.i:
                continue
            match = self.match_at_start.get(t.i + 2)
            seat = (match[0], match[1], match[2][0]) if match is not None and match[2][0].kind == "capital" \
                else self._city_seat(t.i + 2, kb_city=True)
            if seat is None or not self._free(t.i, seat[1]):
                continue
            actor = replace(self._country_actor(seat[2], doc[t.i:seat[1]].text, "agent:held+seat", 0.6), kind="group")
            self._add(t.i, seat[1], "NORP", actor, actor.rule, 0.6)

    def _former(self, start: int, agent_start: int) -> bool:
        """"former" or "ex-" right before an agent phrase or among its modifiers."""
        k = start - 1
        while k >= 0 and self.doc[k].text in ("-", "–"):
            k -= 1
        words = [self.doc[k].lower_] if k >= 0 else []
        words += [t.lower_ for t in self.doc[start:agent_start]]
        return any(w in ("former", "ex", "ex-") for w in words)

    def _add_attackers(self, attackers: list[tuple[int, int, list[Entry]]]) -> None:
        """The country before an attack noun as its military, the attack's agent: "Israeli" in
        "Israeli shelling", "Egypt" in "Egypt's attack" (the noun is left to the event coder)."""
        for start, end, entries in attackers:
            entry = entries[0]
            if entry.kind not in ("country", "demonym") or not self._free(start, end):
                continue
            actor = self._country_actor(entry, self.doc[start:end].text, "agent:country+attack", 0.7, sector="MIL")
            self._add(start, end, self._label_for(start, end, entry), replace(actor, role="instrument"),
                      actor.rule, 0.7)

    def _placed_noun_sector(self, t: Token, left: int) -> tuple[str, tuple[int, int, list[Entry]]] | None:
        """The sector of a noun that is an actor only with a place before it, and that place's
        KB match: people nouns are the country's civilians ("two Brazilian men" CVL), weapons and
        attacks its military ("a Russian missile", "Israeli shelling": MIL), and the nouns too
        vague alone ("leaders", "people", "court") take their usual sector ("Palestinian
        leaders" GOV). "Russian-made missiles" say where they were built, not who fired them:
        no actor."""
        low = t.lower_
        if low in PEOPLE_NOUNS:
            sector = "CVL"
        elif low in GOODS_NOUNS and not any(w.lower_ in ARMS_WORDS for w in self.doc[left:t.i]):
            return None  # goods, not arms: the national word alone is the country
        elif low in WEAPON_NOUNS or low in ATTACK_NOUNS:
            sector = "MIL"
        elif low in SKIP_AGENT_WORDS:
            sector = self._sector(t.text)
        else:
            return None
        places = [m for m in self._matches_within(left, t.i) if m[2][0].kind in PLACE_KINDS]
        if not sector or not places or self._foreign(places[-1][0], places[-1][1]):
            return None
        between = self.doc[places[-1][1]:t.i]
        if any(w.lower_ in ORIGIN_WORDS or w.text == "-" for w in between):
            return None
        if sector != "CVL" and any(self.kb.agent_sector(w.text) for w in between) \
                and not (sector.startswith("PTY") and all(w.is_title for w in between)):
            return None  # "a Venezuelan police helicopter": the police's, as the agent phrase before it says
            # ("the Lebanese Forces party": capitalised words before "party" are its name)
        return sector, places[-1]

    def _ship_sector(self, t: Token, left: int) -> tuple[int, str] | None:
        """"a vessel", "a Greek-owned ship": merchant shipping (BUS), as Phoenix codes "tanker"
        and "cargo ship"; "naval vessels" are the military's. A body named before the noun
        ("coast guard vessels", "navy ships") carries the phrase itself: None."""
        if t.lower_ not in SHIP_NOUNS:
            return None
        words = self.doc[left:t.i]
        if any(w.lower_ in NAVAL_WORDS for w in words):
            return t.i, "MIL"
        if any(self._agent_at(k, j) for k in range(left, t.i) for j in range(k + 1, t.i + 1)) \
                or any(m[2][0].kind in ("organisation", "group", "igo", "government", "weapon")
                       for m in self._matches_within(left, t.i)):
            return None
        if self._in_drills(t, words):
            return t.i, "MIL"
        return t.i, "BUS"

    def _in_drills(self, t: Token, words: Span) -> bool:
        """Ships in a sentence about exercises ("Italian and German vessels joined the drills") or
        listed with warships ("three warships and two vessels") are navies', unless a merchant
        word sets them apart ("cargo vessels"). A navy merely named ("the navy seized two
        vessels") is no such setting: the ships may be anyone's."""
        if any(w.lower_ in MERCHANT_WORDS for w in words):
            return False
        if any(c.lower_ in WARSHIP_WORDS for c in t.conjuncts):
            return True
        sent = self.sents[self.sent_of[t.i]]
        return any(w.lower_ in DRILL_WORDS and w.pos_ == "NOUN" for w in sent)

    def _trade_craft(self, t: Token, left: int) -> tuple[int, str] | None:
        """"Filipino fishing boats", "the fishing fleet", "Fishing groups", "a fishermen's
        federation": boats and bodies of a trade are that trade's people (Phoenix codes fishermen
        AGR), not a navy ("fleet" alone reads MIL) nor merchant shipping."""
        if t.lower_ not in TRADE_CRAFT_NOUNS and t.lower_ not in TRADE_BODY_NOUNS:
            return None
        for k in range(left, t.i):
            w = self.doc[k]
            sector = TRADE_WORDS.get(w.lower_)
            if sector is None and t.lower_ in TRADE_BODY_NOUNS and w.dep_ == "poss" and w.head.i == t.i:
                sector = TRADE_OWNERS.get(w.lower_)  # "fishermen's federation", "farmers' union"
            if sector is not None:
                return k, sector
        return None

    @staticmethod
    def _counted_patients(t: Token) -> bool:
        """"Forty-two people were detained", "killed 40 people": a counted people noun that
        undergoes the act (passive subject or object) is civilians; counted people who act
        ("200 people marched") are left to the event's own words."""
        if t.lower_ not in PEOPLE_NOUNS or t.dep_ not in ("nsubjpass", "dobj"):
            return False
        return any(c.dep_ == "nummod" or c.like_num and c.dep_ in ("amod", "quantmod", "compound")
                   for c in t.children)

    def _listed_with_civilians(self, t: Token) -> bool:
        """A bare people noun ("a man") listed with a civilian agent noun ("four children")."""
        if t.lower_ not in PEOPLE_NOUNS:
            return False
        return any(c.pos in NOUN_IDS and (self._sector(c.text) or "")[:3] == "CVL"
                   and c.lower_ not in PEOPLE_NOUNS for c in t.conjuncts)

    def _split_listed_countries(self, start: int, agent_start: int, sector: str) -> int:
        """"US and British activists", "Israeli and Hamas negotiators": each country or body listed
        before the noun is its own actor with the noun's sector (USAOPP, GBROPP; ISRGOV and Hamas's
        own code); returns where the last one's phrase starts."""
        places = [m for m in self._matches_within(start, agent_start)
                  if m[2][0].kind in ("country", "demonym") and m[2][0].country
                  or m[2][0].kind in ("organisation", "group", "igo", "government")]
        if len(places) < 2 or places[0][0] != start:
            return start
        for (_s, e, _), (s2, _e, _) in zip(places, places[1:], strict=False):
            if not all(self.doc[k].lower_ in ("and", "or", ",", "&") for k in range(e, s2)) or e == s2:
                return start
        for s_, e_, entries in places[:-1]:
            if entries[0].kind in ("country", "demonym"):
                actor = self._country_actor(entries[0], self.doc[s_:e_].text, "agent:country+noun(list)", 0.7,
                                            sector=sector[:3])
                self._add(s_, e_, "NORP", actor, actor.rule, 0.7)
            else:
                actor = replace(self._phrase_actor(s_, e_, e_, sector), rule="agent:org+noun(list)", confidence=0.7)
                self._add(s_, e_, "ORG", actor, actor.rule, 0.7)
        return places[-1][0]

    def _possessor_mention(self, k: int) -> Mention | None:
        """The person or organisation mention ending at token `k` (a possessor before "'s") when it has a country."""
        end_char = self.ends[k] if k >= 0 else -1
        for m in reversed(self.mentions):
            if m.end == end_char:
                ok = m.actor is not None and m.actor.country and m.label in ("PERSON", "ORG")
                return m if ok else None
        return None

    def _modifier_start(self, left: int, agent_start: int) -> int:
        """The first KB place/organisation token between the phrase's left edge and the agent noun."""
        for start, end, entries in self._matches_within(left, agent_start):
            if entries[0].kind in MODIFIER_KINDS and not self._foreign(start, end):
                return start
        return agent_start

    def _foreign(self, start: int, end: int) -> bool:
        """A name that says who backs, makes or is favoured by the phrase, not whose it is:
        "pro-Russian separatists", "anti-American protesters", "Iranian-backed militias",
        "Russian-made drones", "Russian-speaking residents"."""
        doc = self.doc
        before = [doc[k].lower_ for k in range(max(0, start - 2), start)]
        if before and (before[-1] in ("pro", "anti", "pro-", "anti-")
                       or before[-1] == "-" and len(before) == 2 and before[0] in ("pro", "anti")):
            return True
        return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in FOREIGN_SUFFIXES

    def _matches_within(self, start: int, end: int) -> Iterator[tuple[int, int, list[Entry]]]:
        """The KB matches inside tokens [start, end), in text order."""
        for k in range(bisect_left(self.match_starts, start), len(self.matches)):
            match = self.matches[k]
            if match[1] > end:
                return
            yield match

    def _seat_after(self, head: int) -> tuple[int, int, Entry] | None:
        """A capital in a prepositional phrase "in/from <capital>" right after an agent noun
        (token `head`): (start, end, entry). Countries do not count: "troops in Syria" are
        often foreign troops, while "officials in Kyiv" are Ukraine's; but a ruling body
        ("the government", "the authorities") in a country or any of its cities is its own."""
        doc = self.doc
        if head + 2 >= len(doc) or doc[head + 1].lower_ not in ("in", "from") or doc[head + 1].head.i != head:
            return None
        if doc[head].lower_ in POST_NOUNS and doc[head + 1].lower_ == "in":
            return None  # "the embassy in Bamako", "the envoy in Kyiv": a state's post in another's capital
        if doc[head].lower_ in POST_NOUNS and any(c.dep_ == "poss" for c in doc[head].children):
            return None  # "recalled its ambassador from Tehran": the owner's envoy, the capital is the post
        match = self.match_at_start.get(head + 2)
        if match is not None and match[2][0].kind == "capital":
            return match[0], match[1], match[2][0]
        if doc[head].lower_ in PROTEST_NOUNS and doc[head + 1].lower_ == "in" and match is None:
            return self._city_seat(head + 2, kb_city=True)  # "protesters in Goma" are of Goma's country
        if doc[head].lower_ not in SEATED_NOUNS:
            return None
        if match is not None and match[2][0].kind in ("country", "demonym") and match[2][0].country:
            return match[0], match[1], match[2][0]  # "the authorities in Gaza": a ruling body is the place's own
        return self._city_seat(head + 2) if match is None else None

    def _based_in(self, root: Token) -> Entry | None:
        """"the government, based in Aden": the country of where a ruling body sits, as for
        "the government in Aden" (the place stays out of the mention)."""
        if root.lower_ not in SEATED_NOUNS:
            return None
        for verb in root.children:
            if verb.dep_ != "acl" or verb.lower_ not in ("based", "headquartered", "seated"):
                continue
            prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"), None)
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
            if pobj is None or pobj.i != prep.i + 1:
                continue
            match = self.match_at_start.get(pobj.i)
            if match is not None:
                entry = match[2][0]
                return entry if entry.kind in ("capital", "country", "demonym") and entry.country else None
            seat = self._city_seat(pobj.i)
            return seat[2] if seat is not None and seat[2].country else None
        return None

    def _city_seat(self, start: int, kb_city: bool = False) -> tuple[int, int, Entry] | None:
        """"the government in Aden", "authorities in Benghazi": a city that is no capital names
        where a ruling body sits, and so its country (a KB city, else the gazetteer's city).
        (start, end, the country's entry). With `kb_city`, a KB city the model tagged PERSON
        ("protesters in Goma") still counts."""
        doc = self.doc
        end = start
        while end < len(doc) and doc[end].pos == PROPN and doc[end].text[:1].isupper() and end - start < 3:
            end += 1
        key = normalize(doc[start:end].text)
        if kb_city and end > start and any(e.kind == "city" for e in self.kb.index.get(key, [])):
            pass
        elif end == start or doc[start].ent_type_ not in ("GPE", "LOC", "") or self._person(doc[start]):
            return None
        countries = {e.country for e in self.kb.index.get(key, []) if e.kind in ("city", "capital") and e.country}
        if not countries:
            country = self._gazetteer_country(doc[start:end], None, 50_000)
            countries = {country} if country else set()
        if len(countries) != 1:
            return None
        entry = self._country_entry(countries.pop())
        return (start, end, entry) if entry is not None else None

    def _country_entry(self, country: str) -> Entry | None:
        return next((e for e in self.kb.index.get(normalize(self.kb.country_name(country) or ""), [])
                     if e.kind == "country"), None)

    def _phrase_actor(self, start: int, agent_start: int, end: int, sector: str) -> Actor:
        text = self.doc[start:end].text
        for s_, e_, entries in self._matches_within(start, agent_start):
            entry = entries[0]
            if self._foreign(s_, e_):
                continue
            if entry.kind in PLACE_KINDS:
                return self._country_actor(entry, text, "agent:country+noun", 0.8, sector=sector[:3])
            base = self.kb.actor_for(entry, text, self.when)
            if entry.kind == "group" and (base.sector or "")[:3] in ARMED_SECTORS and (
                    sector[:3] in ("MIL", "GOV") or self.lowers[end - 1] in ("operative", "operatives")):
                # "Hezbollah commanders", "Hamas officials": the armed group itself ("operatives" of a
                # group are its members, no intelligence service's)
                sector = base.sector
            elif entry.kind == "group" and (base.sector or "")[:3] == "MIL" and sector[:3] in ARMED_SECTORS | {"MIL"}:
                sector = base.sector  # "Wagner fighters": a state's private force stays the group (RUSMIL)
            code = (base.country + sector) if base.country else append_sector(base.code, sector[:3])
            return Actor(text=text, country=base.country, sector=sector[:3], code=code, name=base.name,
                         kind=base.kind if entry.kind == "igo" else "organisation", kb_id=entry.id,
                         rule="agent:org+noun", confidence=0.8)
        kind = "government" if sector.startswith("GOV") else "group"
        return Actor(text=text, country=None, sector=sector[:3], code="---" + sector, name=None, kind=kind,
                     rule="agent:noun", confidence=0.5)

    def _title_actor(self, name_start: int) -> Actor | None:
        """Country and sector from the words before a name ("Ukrainian President" X)."""
        doc = self.doc
        k = name_start
        sent_start = self.sents[self.sent_of[name_start]].start
        def joins(t: Token) -> bool:
            # "Secretary-General", "Secretary of State": a hyphen inside a word, or "of"/"for"
            # between capitalised title words
            if t.i - 1 < sent_start:
                return False
            if t.text == "-":
                return not doc[t.i - 1].whitespace_ and not t.whitespace_
            return t.lower_ in ("of", "for") and doc[t.i - 1].text[:1].isupper() and doc[t.i + 1].text[:1].isupper()

        while k > sent_start and (doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ") or doc[k - 1].lower_ in ("'s", "’s")
                                  or doc[k - 1].dep_ == "case" and doc[k - 1].text in ("'", "’")
                                  or doc[k - 1].lower_ == "then" and doc[k - 1].dep_ in ("advmod", "amod")  # "Chile's then-"
                                  or joins(doc[k - 1])) \
                and (not self._person(doc[k - 1]) or k - 1 in self.body_tokens):
            k -= 1  # ("The Houthis' spokesman": a KB body the model tagged PERSON is still a body)
        if k == name_start:
            return None
        return self.kb.resolve_text(doc[k:name_start].text, date=self.when)

    # -------------------------------------------------------------- 3. capitals as metonyms
    def _fronted_setting(self, span: Span) -> bool:
        """"In Bangkok, X called for ...": a capital in a fronted locative opening its sentence is
        where the act is, not the government acting."""
        doc = self.doc
        sent_start = self.sents[self.sent_of[span.start]].start
        return span.start - 1 == sent_start and doc[sent_start].lower_ == "in" \
            and span.end < len(doc) and doc[span.end].text == ","

    def _metonyms(self) -> None:
        for start, end, entries in self.matches:
            entry = entries[0]
            if not self._free(start, end):
                continue
            start = self._strip_determiner(start, end, entry)
            span = self.doc[start:end]
            if entry.kind == "capital":
                if span.start_char < self.dateline_end or (start == 0 and end < len(self.doc) and self.doc[end].text == ","
                                                           and span.text.isupper()):
                    continue  # "KYIV, March 3 (Reuters) -" is where the story was filed, not an actor
                if self._struck_place(span.root) and not self._listed_with_places(span.root):  # "jets struck Beirut's southern suburbs": the country's ground
                    actor = self._country_actor(entry, span.text, "metonym:capital-place", 0.6)
                    self._add(start, end, "GPE", actor, actor.rule, 0.6)
                elif self._acts(span.root) and not self._listed_with_places(span.root) \
                        and not self._fronted_setting(span):
                    actor = self._country_actor(entry, span.text, "metonym:capital", 0.8, sector="GOV")
                    actor = replace(actor, name=f"{self.kb.country_name(entry.country) or entry.country} government")
                    actor = self._seated_body(entry, span.text) or actor
                    self._add(start, end, "GPE", actor, actor.rule, 0.8)
            elif entry.kind in ("country", "demonym", "collective"):
                if span.start_char < self.dateline_end:
                    continue  # "PORT SUDAN, Sept 20 -": where the story was filed
                if self._owned_quality(end):
                    continue  # "our European future": a quality of a thing owned, no actor
                ent = self.ents_by_token.get(start)
                if entry.kind == "collective" and ent is not None and ent.label_ in ("ORG", "FAC", "EVENT") \
                        and (ent.start < start or ent.end > end):
                    continue  # "the Press Institute of West Africa", "the Africa Cup": a region inside a name
                actor = self._country_actor(entry, span.text, "kb:country", 0.9)
                peer = self._counterpart(start, end) if entry.kind == "demonym" else None
                if peer is not None:  # "his Tanzanian counterpart": Tanzania's holder of the same office
                    actor = replace(actor, sector=peer, code=(actor.country or "---") + peer,
                                    kind="government" if peer == "GOV" else "group", rule="kb:counterpart",
                                    confidence=0.6)
                    self._add(start, end + 1, "ORG", actor, actor.rule, actor.confidence)
                    continue
                if start > 0 and self.doc[start - 1].lower_ == "ethnic" and entry.kind != "collective":
                    actor = self._ethnic_group(span, actor)
                    if actor is None:
                        continue
                self._add(start, end, self._label_for(start, end, entry), actor, actor.rule, actor.confidence)

    def _struck_place(self, token: Token) -> bool:
        """A capital that owns a part of the city ("Beirut's southern suburbs", CITY_PART_NOUNS)
        or that a military attack verb takes as its object ("bombed Damascus", "Kyiv was shelled")
        is ground, not the government speaking for it ("Beirut rejected", "talks with Beirut").
        (Listed with other cities, "Kyiv, Kharkiv and Odesa were hit", it is left to the places stage.)"""
        head = token.head
        if token.dep_ == "poss":
            return head.lower_ in CITY_PART_NOUNS
        if token.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in STRIKE_VERBS:
            if head.lemma_.lower() not in LOOSE_STRIKE_VERBS or token.dep_ == "nsubjpass":
                return True  # ("Sanctions hit Moscow": "hit" strikes only with a weapon or a force)
            return any(c.dep_ == "nsubj" and (c.lower_ in WEAPON_NOUNS or c.lower_ in ATTACK_NOUNS
                                              or c.lower_ in ARMED_FORCE_WORDS) for c in head.children)
        return False

    def _counterpart(self, start: int, end: int) -> str | None:
        """The sector of "<demonym> counterpart" owned by someone ("his Tanzanian counterpart",
        "Ruto's Nigerian counterparts"): the office of the nearest actor named before it in its
        sentence (an army chief's counterpart is an army's), a government's by default. Without
        an owner ("the Nigerian counterpart of the firm") the peer may be anything: None."""
        doc = self.doc
        if end >= len(doc) or doc[end].lower_ not in COUNTERPART_NOUNS or self.taken[end] \
                or not any(c.dep_ == "poss" for c in doc[end].children):
            return None
        sent_start = self.sents[self.sent_of[start]].start_char
        before = [m for m in self.mentions if sent_start <= m.start < self.starts[start] and m.actor is not None]
        for m in sorted(before, key=lambda m: -m.start):
            if (m.actor.sector or "")[:3] in COUNTERPART_SECTORS:
                return m.actor.sector[:3]
        return "GOV"

    def _hosts_body(self, entry: Entry) -> bool:
        """Does the city seat an international body (kb.IGO_SEATS) in a story that never names its
        host country? "Diplomats in Brussels" are then no Belgian government (round 28)."""
        return normalize(entry.name) in IGO_SEATS and not any(
            e[0].kind in ("country", "demonym") and e[0].country == entry.country for _s, _e, e in self.matches)

    def _seated_body(self, entry: Entry, text: str) -> Actor | None:
        """"Brussels" acting is the EU (kb.IGO_SEATS), unless the article names the host country
        itself: then the city may as well be the host's government."""
        body = IGO_SEATS.get(normalize(entry.name))
        if body is None or any(e[0].kind in ("country", "demonym") and e[0].country == entry.country
                               for _s, _e, e in self.matches):
            return None
        found = next((e for e in self.kb.index.get(normalize(body), []) if e.kind == "igo"), None)
        if found is None:
            return None
        return replace(self.kb.actor_for(found, text, self.when), rule="metonym:seat", confidence=0.7)

    def _ethnic_group(self, span: Span, actor: Actor) -> Actor | None:
        """"ethnic Albanians in southern Serbia": people of a nation living in another country
        are that country's civilians; without a place ("an ethnic Chechen who fought for
        Ukraine") they are no country's actor (None)."""
        at = {k: m for m in self.mentions for k in range(*token_range(self.doc, m))}
        for prep in span.root.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from"):
                for pobj in prep.children:
                    country = self._place_phrase_country(pobj, at, depth=0) if pobj.dep_ == "pobj" else None
                    if country:
                        return replace(actor, country=country, sector="CVL", code=country + "CVL", kind="group",
                                       name=self.kb.country_name(country), rule="kb:ethnic+place", confidence=0.6)
        return None

    def _listed_with_places(self, token: Token) -> bool:
        """A capital listed with cities that are not seats of government ("Kyiv, Kharkiv and
        Odesa were hit") is one of the places, not the government."""
        for conj in token.conjuncts:
            if conj.i in self.place_tokens or self.taken[conj.i]:
                continue
            if conj.ent_type_ in ("GPE", "LOC") or (conj.pos_ == "PROPN" and known_place(conj.text)):
                return True
        return False

    def _acts(self, token: Token, depth: int = 0) -> bool:
        dep = token.dep_
        if dep == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
            return True  # "according to Kyiv": the government is the source
        if dep in ("nsubj", "nsubjpass", "poss", "agent"):
            return True
        if dep == "conj" and depth < 3:
            head = token.head
            return self._acts(head, depth + 1) or self.taken[head.i] and head.dep_ in ("nsubj", "nsubjpass", "poss")
        if dep == "pobj" and token.head.lower_ in ("to", "from") and token.head.head.pos_ == "VERB" \
                and token.head.head.lemma_.lower() in TRANSFER_VERBS | POLITICAL_VERBS:
            return True  # "supplied weapons to Moscow", "bought drones from Tehran"
        if dep == "pobj" and self._act_target(token.head):
            return True  # "called on Tehran", "appealed to Tehran", "pressure on Moscow"
        if dep == "pobj" and self._act_target(token.head, PARTY_PREPS):
            return True  # "a protest from Tokyo", "talks between Tokyo and Seoul": a party, not a place
        if dep == "pobj" and token.head.lower_ in ACTING_PREPS:
            return token.head.lower_ == "by" or token.head.head.pos_ in ("VERB", "NOUN")
        if dep in ("dobj", "iobj") and token.head.lemma_.lower() in POLITICAL_VERBS:
            return True
        if dep == "appos" and depth < 2:
            return self._acts(token.head, depth + 1)
        return False

    @staticmethod
    def _act_target(prep: Token, table: dict[str, frozenset[str]] = TARGET_PREPS) -> bool:
        """`prep` joins its object to an act done to it (TARGET_PREPS; PARTY_PREPS: an act it
        does or takes part in): on the verb or noun itself, or on the verb whose object names the
        act ("imposed sanctions on", "stepped up pressure on": the parser hangs the preposition on
        the verb)."""
        words = table.get(prep.lower_)
        head = prep.head
        if not words or head.pos_ not in ("VERB", "NOUN"):
            return False
        if head.lemma_.lower() in words or head.lower_ in words:
            return True
        return head.pos_ == "VERB" and any(c.dep_ == "dobj" and (c.lemma_.lower() in words or c.lower_ in words)
                                           for c in head.children)

