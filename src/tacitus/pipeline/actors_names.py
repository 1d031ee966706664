"""Names over the tokens: KB matching (longest first, with the checks that keep common
words from matching) and rule 1 of `tacitus.pipeline.actors`, the KB's names as mentions.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from tacitus.kb import (
    DEFUNCT_STATES,
    FILING_HUBS,
    SHORT_FORMS,
    USUAL_SHORT_FORMS,
    ActorKB,
    Entry,
    normalize,
)
from tacitus.pipeline import coref
from tacitus.pipeline.actors_base import (
    ResolverBase,
    demonym_country,
    known_place,
    load_gazetteer_or_none,
    office_rank,
    token_range,
    unpossessed,
)
from tacitus.pipeline.actors_lexicon import (
    ARMED_NAME_WORDS,
    ATTACK_NOUNS,
    CAPITAL_DATELINES,
    FEATURE_WORDS,
    HONORIFICS,
    LOWER_AMBIGUOUS,
    NAME_SMALL_WORDS,
    NAMED_KINDS,
    NOUN_IDS,
    OFFICE_SECTORS,
    PARTY_NAME_HEADS,
    PEOPLE_NOUNS,
    PLACE_KINDS,
    PLATFORM_NOUNS,
    POSSESSIVE_IDS,
    STATE_NAMESAKES,
    THE_ID,
    TOP_OFFICES,
    WEAPON_NOUNS,
)
from tacitus.records import Actor

#: Name nouns of civil-society bodies a possessive opens ("Young Lawyers' Association").
SOCIETY_NAME_NOUNS = frozenset({"association", "society", "league", "network", "forum"})

#: An open office in the Phoenix lists begun this long before the story is no evidence it is still
#: held (the lists stop about 2012): a bare title at home then names the home country's holder.
_STALE_OPEN_DAYS = 8 * 365
#: Words of a title that name no office ("the", "new"): left out when comparing with a recorded one.
#: Verbs of a visit: their subject came from elsewhere.
_TRAVEL_VERBS = frozenset({"arrive", "visit", "travel", "fly", "land", "tour", "come"})
_TITLE_FILLERS = frozenset({"the", "new", "acting", "interim", "then", "current", "s"})


#: Nouns of peers a pronoun owns that are still actors: "our European partners".
_PEER_NOUNS = frozenset({"partner", "ally", "neighbour", "neighbor", "friend", "counterpart", "colleague"})

class Names(ResolverBase):
    """KB matches and the mentions of known names (rule 1)."""

    # -------------------------------------------------------------- KB matching

    def _owned_association_names(self) -> None:
        """"Georgian Young Lawyers' Association": an agent phrase that is the capitalised possessor
        of a society's name noun is the first part of that society's name: one mention, a civil
        society body (NGO) of the phrase's country, not the trade its possessor names (JUD)."""
        doc = self.doc
        for n, m in enumerate(self.mentions):
            a = m.actor
            span = self._span_of(m)
            if a is None or span is None or not m.rule.startswith("agent:") or span.end + 1 >= len(doc):
                continue
            mark, noun = doc[span.end], doc[span.end + 1]
            if mark.lower_ not in ("'", "'s", "\u2019", "\u2019s") or span.root.dep_ != "poss" \
                    or span.root.head.i != noun.i or noun.lower_ not in SOCIETY_NAME_NOUNS or not noun.is_title \
                    or not span.root.is_title or self.taken[noun.i]:
                continue
            end = self.ends[noun.i]
            text = self.text[m.start:end]
            actor = replace(a, text=text, sector="NGO", code=(a.country or "---") + "NGO",
                            rule="agent:society-name", confidence=0.6)
            self.mentions[n] = replace(m, text=text, end=end, label="ORG", actor=actor, rule=actor.rule,
                                       confidence=0.6)
            self.taken[mark.i] = self.taken[noun.i] = True

    def _national_chapters(self) -> None:
        """"Transparency International Georgia": a transnational body the KB knows followed, in the
        same name, by a country is that body's national chapter: one mention of the country, with
        the body's sector (the trailing country is not a second actor)."""
        doc, keep = self.doc, []
        ms = sorted(self.mentions, key=lambda m: m.start)
        drop: set[int] = set()
        for m, nxt in zip(ms, ms[1:], strict=False):
            a, b = m.actor, nxt.actor
            if a is None or b is None or a.country or not a.sector or b.kind != "country" or not b.country \
                    or nxt.label != "GPE" or doc.text[m.end:nxt.start] != " ":
                continue
            body, state = doc.char_span(m.start, m.end), doc.char_span(nxt.start, nxt.end)
            if body is None or state is None or body.root.dep_ != "compound" or body.root.head.i != state.root.i \
                    or state.end < len(doc) and doc[state.end].pos_ == "PROPN":
                continue
            chapter = replace(a, code="---" + a.sector[:3], sector=a.sector[:3]).placed(
                b.country, text=doc.text[m.start:nxt.end], rule="kb:name+chapter", confidence=0.6)
            keep.append(replace(m, text=chapter.text, end=nxt.end, actor=chapter, rule=chapter.rule, confidence=0.6))
            drop |= {id(m), id(nxt)}
        if keep:
            self.mentions = [m for m in self.mentions if id(m) not in drop] + keep
    def _kb_matches(self) -> list[tuple[int, int, list[Entry]]]:
        """Longest-first KB name matches: (start token, end token, entries).

        The key of a span starts with the key of any shorter span from the same token (at a
        word boundary when a space follows it), so a span is lengthened only while some KB
        name begins with its key; the spans found are then tried longest first."""
        doc, kb = self.doc, self.kb
        text, starts, ends = self.text, self.starts, self.ends
        n = len(doc)
        spaced = [r[2] for r in self.rows]
        skip = [r[3] or r[4] or r[5] in POSSESSIVE_IDS for r in self.rows]
        sent_end = [0] * n
        for sent in self.sents:
            sent_end[sent.start:sent.end] = [sent.end] * len(sent)
        seen = self.memo.keys  # text -> key: most words recur within an article and across articles
        begins = self.memo.begins  # (key, whole words) -> kb.begins_name

        rejected = self.memo.rejected  # words that neither are a name nor begin one (by a space after them)

        def longest_at(i: int) -> tuple[int, int, list[Entry]] | None:
            piece = text[starts[i]:ends[i]]
            key = seen.get(piece)
            if key is None:
                key = seen[piece] = normalize(piece)
            if key and key not in kb.index:
                probe = (key, spaced[i])
                go_on = begins.get(probe)
                if go_on is None:
                    go_on = begins[probe] = kb.begins_name(key, whole_words=probe[1])
                if not go_on:
                    rejected[bool(spaced[i])].add(piece)
                    return None
            keys: list[str] = []  # keys[j - i - 1]: the key of doc[i:j]
            for j in range(i + 1, min(n, i + kb.max_words + 2, sent_end[i]) + 1):
                piece = text[starts[i]:ends[j - 1]]
                key = seen.get(piece)
                if key is None:
                    key = seen[piece] = normalize(piece)
                keys.append(key)
                if key:
                    probe = (key, spaced[j - 1])
                    go_on = begins.get(probe)
                    if go_on is None:
                        go_on = begins[probe] = kb.begins_name(key, whole_words=probe[1])
                    if not go_on:
                        break
            for j in range(i + len(keys), i, -1):
                if skip[j - 1]:
                    continue
                entries = kb.index.get(keys[j - i - 1])
                if not entries:
                    continue
                span = doc[i:j]
                entries = [e for e in entries if e.kind != "city" and self._plausible(span, e)]
                if entries:
                    return i, j, entries
            return None

        out: list[tuple[int, int, list[Entry]]] = []
        i = 0
        while i < n:
            if skip[i] or text[starts[i]:ends[i]] in rejected[bool(spaced[i])]:  # (most words)
                i += 1
                continue
            hit = longest_at(i)
            if hit and hit[1] - i > 1 and self.rows[i][5] == THE_ID and i + 1 < n:
                # "the West Bank": "the West" (WST) is a name, but a longer one starts after "the"
                inner = longest_at(i + 1)
                if inner is not None and inner[1] > hit[1]:
                    hit = inner
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out

    def _not_features(self, matches: list[tuple[int, int, list[Entry]]]) -> list[tuple[int, int, list[Entry]]]:
        """Country names inside a place's name are no country: "Congo River", "Jordan Valley"
        (a capitalised feature word after the name), "Lake Chad", "Gulf of Guinea" (before it)."""
        doc = self.doc

        def feature(t: Token) -> bool:
            return t.lower_ in FEATURE_WORDS and t.text[:1].isupper()

        out = []
        for start, end, entries in matches:
            if entries[0].kind == "country" and (
                    end < len(doc) and feature(doc[end])
                    or start > 0 and feature(doc[start - 1])
                    or start > 1 and doc[start - 1].lower_ == "of" and feature(doc[start - 2])):
                continue
            out.append((start, end, entries))
        return out

    def _short_forms(self, matches: list[tuple[int, int, list[Entry]]]) -> list[tuple[int, int, list[Entry]]]:
        """A short country name that another country also goes by ("Congo": kb.SHORT_FORMS)
        is that other country when the article points to it and never to the name's own
        country otherwise: its longer name earlier ("Democratic Republic of Congo"), or, where
        the usage allows, a dateline, capital, city or named body of it ("KINSHASA", "Goma",
        "M23"). Two such countries pointed to leave the name as it is; none pointed to, and the
        name's own country not named either, reads it as news usually does (kb.USUAL_SHORT_FORMS)."""
        low = self.text.lower()
        if not any(form in low for form in SHORT_FORMS):
            return matches  # (most articles: no need to key every match)
        keys = [normalize(self.text[self.starts[s]:self.ends[e - 1]]) for s, e, _ in matches]
        article = self.doc._.tacitus_article if Doc.has_extension("tacitus_article") else None
        dateline = coref.dateline_countries(self.kb, getattr(article, "location", None) or "")
        places = self._gazetteer_places(matches)
        out = []
        for n, (start, end, entries) in enumerate(matches):
            forms = SHORT_FORMS.get(keys[n])
            own = entries[0].country
            if forms is None or entries[0].kind != "country":
                out.append((start, end, entries))
                continue
            pointed = set()
            for other, by_context in forms:
                named = any(keys[k] not in SHORT_FORMS and m[2][0].country == other and k < n
                            and m[2][0].kind in ("country", "demonym") for k, m in enumerate(matches))
                placed = by_context and (other in dateline or other in places or any(
                    keys[k] not in SHORT_FORMS and m[2][0].country == other for k, m in enumerate(matches)))
                if named or placed:
                    pointed.add(other)
            home = any(keys[k] not in SHORT_FORMS and m[2][0].country == own for k, m in enumerate(matches)) \
                or own in dateline or own in places
            if not pointed and not home and keys[n] in USUAL_SHORT_FORMS:
                pointed.add(USUAL_SHORT_FORMS[keys[n]])  # a bare "Congo" with no pointer: the usual reading
            entry = self._country_entry(pointed.pop()) if len(pointed) == 1 and not home else None
            out.append((start, end, [entry] if entry is not None else entries))
        return out

    def _state_namesakes(self, matches: list[tuple[int, int, list[Entry]]]) -> list[tuple[int, int, list[Entry]]]:
        """A country's name that is also a division's of another country ("Georgia", the US
        state) is that division, coded as its country, in a story set there: a dateline in
        the division's country or another of its divisions named ("officials in Arizona"),
        and nothing else of the namesake country (no "Tbilisi", "Georgian", "Georgian Dream")."""
        low = self.text.lower()
        if not any(name in low for name in STATE_NAMESAKES):
            return matches
        found = {n: key for n, (s, e, entries) in enumerate(matches) if entries[0].kind == "country"
                 and (key := normalize(self.text[self.starts[s]:self.ends[e - 1]])) in STATE_NAMESAKES}
        if not found:
            return matches
        article = self.doc._.tacitus_article if Doc.has_extension("tacitus_article") else None
        place = getattr(article, "location", None) or ""
        # a dateline in the other country, unless it is where foreign news is filed ("WASHINGTON")
        dateline = coref.dateline_countries(self.kb, place) \
            if normalize(place.split(",")[0]) not in FILING_HUBS | CAPITAL_DATELINES else set()
        out = list(matches)
        gazetteer = load_gazetteer_or_none()
        for name, country in STATE_NAMESAKES.items():
            mine = [n for n, k in found.items() if k == name]
            if not mine:
                continue
            host = self.kb.index.get(name, [])
            host = next((e.country for e in host if e.kind == "country"), None)
            if host in coref.dateline_countries(self.kb, place) or any(
                    entries[0].country == host and n not in mine for n, (_s, _e, entries) in enumerate(matches)):
                continue  # the article names the country itself otherwise: "Georgian police", "Tbilisi"
            divisions = gazetteer is not None and any(
                ent.label_ == "GPE" and normalize(ent.text) != name and (cands := gazetteer.lookup(ent.text, limit=1))
                and cands[0].feature.country == country and cands[0].feature.level == "admin1"
                for ent in self.doc.ents)
            if dateline != {country} and not divisions:
                continue
            entry = self._country_entry(country)
            if entry is None:
                continue
            for n in mine:
                s, e, _entries = out[n]
                out[n] = (s, e, [entry])
        return out

    def _gazetteer_places(self, matches: list[tuple[int, int, list[Entry]]]) -> set[str]:
        """Countries of the places the model tagged GPE/LOC that the KB does not name ("Bukavu"):
        towns of 50,000 or more and divisions, through the gazetteer."""
        gazetteer = load_gazetteer_or_none()
        if gazetteer is None:
            return set()
        in_kb = {k for s, e, _ in matches for k in range(s, e)}
        out = set()
        for ent in self.doc.ents:
            if ent.label_ not in ("GPE", "LOC") or ent.start in in_kb:
                continue
            cands = gazetteer.lookup(ent.text, limit=1)
            f = cands[0].feature if cands else None
            if f is not None and f.country and (f.level in ("admin1", "admin2", "region")
                                                or (f.population or 0) >= 50_000):
                out.add(f.country)
        return out

    def _plausible(self, span: Span, entry: Entry) -> bool:
        """Case and part-of-speech checks that keep common words from matching names."""
        first = span[0]
        text = self.text[self.starts[span.start]:self.ends[span.end - 1]]  # (span.text joins the tokens)
        bare = unpossessed(text)  # "the UN's food agency" is written as the alias "UN food agency"
        exact = any(name == text or unpossessed(name) == bare for name in entry.names())
        key = self.memo.keys.get(text)
        if key is None:
            key = normalize(text)
        if len(key) <= 3 and not exact:
            return False
        if key.startswith("the ") and " " not in key[4:] and entry.kind in ("igo", "organisation") \
                and any(name[4:5].islower() and normalize(name) == key for name in entry.names()) \
                and not self._described_body(span, entry):
            return False  # "the alliance" is NATO only after NATO, never "The Alliance of Sahel States"
        if not (first.text[:1].isupper() or first.text[:1].isdigit() or exact
                or entry.kind == "country" and not text.islower() and len(text) > 3
                or self._lowercase_adjective(span, entry)):
            return False  # ("iSrael": a country name with a stray capital is still the country)
        if entry.kind in ("country", "demonym") and entry.country in DEFUNCT_STATES \
                and self._successors(span.start, entry.country):
            return False  # "former Soviet republics" after 1991: the successor states, not the USSR
        ent = self.ents_by_token.get(first.i)
        if entry.kind == "country" and ent is not None and ent.label_ == "PERSON" and ent.start == span.start \
                and ent.end > span.end and self._given_name_of(span):
            return False  # "Jordan" in "Jordan Peterson", "Chad" in "Chad Smith": a given name
        if entry.kind == "person" and self._other_given_name(span, entry):
            return False  # "Tomas Novak", "Peter Lavrov": someone else with a known surname
        if entry.kind == "person" and ent is not None and ent.label_ in ("GPE", "LOC", "FAC") \
                and ent.start == span.start and ent.end == span.end and self._place_name(text):
            return False  # "Jordan", "Chad": a place as well as a name; the model's place tag stands
            # ("Erdogan" tagged GPE is the model's error: the KB person wins)
        if entry.kind == "person" and ent is not None and ent.label_ == "PERSON" and ent.start <= span.start:
            ent_end = ent.end
            while ent_end > span.end and (self.doc[ent_end - 1].is_punct or self.doc[ent_end - 1].lower_ in ("'s", "’s")):
                ent_end -= 1
            if ent_end > span.end and not (len(span) > 1 and self._family_name_follows(span.end, ent_end)):
                return False  # "Hassan" in "Omar Hassan al-Bashir", "Albert" in "Albert Anastasia": another person
        last_ent = self.ents_by_token.get(span[-1].i)
        if entry.kind == "person" and last_ent is not None and last_ent.label_ == "PERSON" \
                and last_ent.start > span.start and last_ent.end > span.end \
                and not (len(span) > 1 and self._family_name_follows(span.end, last_ent.end)):
            return False  # "Foreign Minister Abdullah" (a KB title-name) in "Foreign Minister Abdullah bin Zayed"
        if self._named_platform(span[-1]) is not None:
            return False  # "Alliance" (NATO) in "the Alliance for Progress": another body's own name
        if entry.kind in ("group", "organisation") and self._surname_of_person(span):
            return False  # "Wagner" in "Foreign Minister Therese Kayikwamba Wagner": a person, not the group
        if entry.kind == "demonym" and (self._surname_of_person(span) or self._named_surname(span)):
            return False  # "Zulu" in "candidate Makebi Zulu" and his later "Zulu said": a person
        if not exact and any(t.text[:1].islower() and t.is_alpha and t.lower_ not in NAME_SMALL_WORDS for t in span[1:]):
            return False  # "Russia today" is not the channel Russia Today
        if len(span) == 1 and entry.source == "phoenix" and entry.kind in ("organisation", "group") \
                and not first.is_upper:
            return False  # single-word Phoenix names ("Organization", "Tigers") are too often plain words
        if len(span) == 1 and entry.kind in ("person", "organisation", "group", "igo"):
            if first.pos_ != "PROPN" and first.i not in self.ents_by_token and not first.is_upper:
                return False
            if first.is_sent_start and first.is_stop:
                return False
        return True

    def _described_body(self, span: Span, entry) -> bool:
        """May a description alias ("the alliance") stand for `entry` here? Not as the head of a
        longer name ("The Alliance of Sahel States", "the Alliance Party"), and only after the
        body's own name earlier in the article."""
        doc = self.doc
        end = span.end
        if end < len(doc) and (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                               or doc[end].lower_ in ("of", "for") and end + 1 < len(doc)
                               and doc[end + 1].text[:1].isupper()):
            return False
        before = " " + normalize(self.text[:self.starts[span.start]]) + " "
        return any(f" {normalize(name)} " in before for name in entry.names() if not normalize(name).startswith("the "))

    def _place_name(self, text: str) -> bool:
        """A name the KB or the gazetteer knows as a place."""
        key = normalize(text)
        return known_place(text) or any(e.kind in PLACE_KINDS for e in self.kb.index.get(key, []))

    def _family_name_follows(self, start: int, end: int) -> bool:
        """Only an Arabic family name ("al-Nahyan", "Al Thani") follows a name in its PERSON
        span: "Abdullah bin Zayed al-Nahyan" is still Abdullah bin Zayed."""
        first = self.doc[start]
        return first.lower_ in ("al", "el", "al-", "el-") or first.lower_.startswith(("al-", "el-"))

    def _surname_of_person(self, span: Span) -> bool:
        """A group's or organisation's name ending a PERSON span after a given name, or after an
        office title: the person's surname ("Therese Kayikwamba Wagner", "Minister Wagner")."""
        if span.start == 0:
            return False
        prev = self.doc[span.start - 1]
        if prev.text[:1].isupper() and prev.lower_ in HONORIFICS:
            return True
        ent = self.ents_by_token.get(span.start)
        if ent is None or ent.label_ != "PERSON" or ent.end != span.end or ent.start >= span.start:
            return False
        return prev.is_alpha and prev.text[:1].isupper() and not prev.is_upper \
            and not self.kb.index.get(normalize(prev.text))

    def _named_surname(self, span: Span) -> bool:
        """A one-word name the model tags PERSON on its own that ended a longer PERSON name
        earlier in the article ("Makebi Zulu ... Zulu told reporters"): that person's surname."""
        ent = self.ents_by_token.get(span.start)
        if len(span) != 1 or ent is None or ent.label_ != "PERSON" or ent.start != span.start or ent.end != span.end:
            return False
        word = span[0].lower_
        return any(e.label_ == "PERSON" and len(e) > 1 and e.end <= span.start and e[-1].lower_ == word
                   for e in self.doc.ents)

    def _given_name_of(self, span: Span) -> bool:
        """A country's name opening a PERSON span before a capitalised word that is no title,
        KB name or agent noun: the first name of someone ("Jordan Peterson"), not the country
        ("Jordan King Abdullah" keeps it)."""
        nxt = self.doc[span.end] if span.end < len(self.doc) else None
        return nxt is not None and nxt.pos_ == "PROPN" and nxt.is_alpha and nxt.text[:1].isupper() \
            and not nxt.is_upper and nxt.lower_ not in HONORIFICS and not self.kb.agent_sector(nxt.text) \
            and not self.kb.index.get(normalize(nxt.text))

    def _other_given_name(self, span: Span, entry: Entry) -> bool:
        """A KB person's surname after a capitalised proper noun that is no title, honorific or
        other KB name, and no given name of the entry nor a spelling of one (same first letter:
        "Sergey"/"Sergei", "Joe"/"Joseph"): another person ("Finance Minister Tomas Novak" is not
        Alexander Novak)."""
        if span.start == 0 or len(span) > 1:
            return False  # (a full name matched: "Secretary of State Marco Rubio")
        prev = self.doc[span.start - 1]
        if prev.pos_ != "PROPN" or not prev.is_alpha or not prev.text[:1].isupper() or prev.is_upper \
                or prev.lower_ in HONORIFICS or self.kb.agent_sector(prev.text) or self.kb.index.get(normalize(prev.text)):
            return False
        names = [normalize(n).split() for n in entry.names()]
        given = {words[0] for words in names if len(words) > 1}
        word = normalize(prev.text)
        ent = self.ents_by_token.get(span.start)
        if not given and ent is not None and ent.label_ == "PERSON" and ent.start <= prev.i:
            return True  # "Ali Hassan": Phoenix's one-word "Hassan" (a Jordanian prince) is a common surname
        if not given or any(word in words for words in names):
            return False
        return not any(g[:1] == word[:1] for g in given)

    def _lowercase_adjective(self, span: Span, entry: Entry) -> bool:
        """A national adjective written in lower case ("tunisian rioters", "syrian forces"): a
        demonym of the entry's country (the gazetteer's list, or the model's NORP) that modifies
        an agent, people or weapon noun. Country names in lower case are ordinary words
        ("turkey", "china", "guinea pigs") and are no demonyms; "polish" is a verb and a noun as
        often as a nationality."""
        last = span[-1]
        if entry.kind not in ("country", "demonym") or not span.text.islower() or last.lower_ in LOWER_AMBIGUOUS:
            return False
        if last.ent_type_ != "NORP" and demonym_country(span.text) != entry.country:
            return False
        return self._modifies_actor_noun(last)

    def _owned_quality(self, end: int) -> bool:
        """A national adjective on a thing a pronoun owns ("our European future", "their Georgian
        identity") names a quality, not an actor; "our Russian partners" stays an actor noun."""
        last = self.doc[end - 1]
        head = last.head
        return last.dep_ == "amod" and last.pos_ == "ADJ" and head.i > last.i and head.pos in NOUN_IDS \
            and not self._modifies_actor_noun(last) and head.lemma_.lower() not in _PEER_NOUNS \
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)

    def _modifies_actor_noun(self, token: Token) -> bool:
        """`token` modifies a later agent, people or weapon noun ("syrian" in "syrian forces",
        not "swiss" in "swiss cheese")."""
        head = token.head
        if token.dep_ not in ("amod", "compound", "nmod") or head.i <= token.i or head.pos not in NOUN_IDS:
            return False
        return bool(head.lower_ in PEOPLE_NOUNS or head.lower_ in WEAPON_NOUNS or head.lower_ in ATTACK_NOUNS
                    or self.kb.agent_sector(head.text))

    def _article_countries(self) -> list[str]:
        counts: Counter[str] = Counter()
        for _, _, entries in self.matches:
            e = entries[0]
            if e.kind in ("country", "demonym", "capital") and e.country or e.kind in ("person", "government", "organisation") and e.country:
                counts[e.country] += 1
        return [c for c, _ in counts.most_common()]

    # -------------------------------------------------------------- 1. named entities from the KB
    def _named(self) -> None:
        for start, end, entries in self.matches:
            entry = self.kb.pick(entries, self.when, self.article_countries[:3])
            bank = self._named_bank(start, end) if entry is not None and entry.kind in ("country", "demonym") else None
            if bank is not None:  # "the Bank of Korea": the body the country's name ends, not the country
                self._add(bank[0], end, "ORG", bank[1], bank[1].rule, bank[1].confidence)
                continue
            body = self._named_body(start, end, entry) if entry is not None and entry.kind in ("country", "demonym") \
                else None
            if body is not None:  # "the Law Society of Kenya": the body the country's name is part of
                self._add(body[0], body[1], "ORG", body[2], body[2].rule, body[2].confidence)
                continue
            if entry is None or entry.kind not in NAMED_KINDS:
                continue
            start = self._strip_determiner(start, end, entry)
            text = self.doc[start:end].text
            if entry.kind == "weapon":
                stop = end
                while stop < len(self.doc) and self.doc[stop].lower_ in WEAPON_NOUNS and stop - end < 2:
                    stop += 1
                actor = Actor(text=text, country=entry.country, sector=None, code=entry.country, name=entry.name,
                              kind="weapon", kb_id=entry.id, role=entry.weapon_type, rule="kb:weapon", confidence=0.9)
                self._add(start, stop, "WEAPON", actor, "kb:weapon", 0.9)
                continue
            if entry.kind in ("organisation", "igo", "group", "government") and self._agent_follows(end):
                continue  # "Pentagon officials", "NATO defence ministers": one agent phrase, built in step 2
            earlier = self._patronymic_namesake(text) if entry.kind == "person" and end - start == 1 else None
            if earlier is not None:  # "Abdullah" after "Abdullah bin Zayed" is he, not a KB "Abdullah"
                self._add(start, end, "PERSON", replace(earlier, text=text, rule="coref:given-name", confidence=0.8),
                          "coref:given-name", 0.8)
                continue
            actor = self.kb.actor_for(entry, text, self.when, rule="kb:name", confidence=0.9)
            if entry.kind in ("organisation", "government", "group") and actor.country is None \
                    and not (actor.code or "").startswith(("IGO", "NGO")):
                owner = self._owner_before(start)
                if owner is not None:  # "South Korea's Joint Chiefs of Staff", "Chinese Foreign Ministry"
                    start, country = owner
                    text = self.doc[start:end].text
                    actor = replace(actor, country=country, code=country + (actor.sector or ""), rule="kb:name+country")
            if entry.kind == "person" and actor.country is None and not (actor.code or "").startswith(("IGO", "NGO")):
                title = self._title_actor(start)  # an IGO's officer has no country by design: keep IGOWSTNAT
                if title is not None:
                    actor = replace(actor, country=title.country, code=(title.country or "---") + (actor.sector or ""))
            elif entry.kind == "person":
                actor = self._titled(start, self._of_country(start, end, actor), end)
                actor = self._home_title(start, end, entry, actor)
            self._add(start, end, self._label_for(start, end, entry), actor, actor.rule, actor.confidence)

    def _named_bank(self, start: int, end: int) -> tuple[int, Actor] | None:
        """A country's name that ends a capitalised bank's name ("the Bank of Korea", "Central Bank
        of Nigeria", "Reserve Bank of India"): the whole name through `kb.resolve_text`, when it
        gives a body of that country (its central bank is GOV). Returns (start token, actor)."""
        doc = self.doc
        if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].text not in ("Bank", "BANK"):
            return None
        s = start - 2
        sent_start = self.sents[self.sent_of[start]].start
        while s > sent_start and doc[s - 1].text[:1].isupper() and doc[s - 1].pos_ in ("PROPN", "ADJ", "NOUN") \
                and not self.taken[s - 1] and not self._person(doc[s - 1]):
            s -= 1  # "Central", "Reserve": the name's own words
        if s > sent_start and doc[s - 1].lower_ == "the":
            s -= 1
        actor = self.kb.resolve_text(doc[s:end].text, date=self.when)
        if actor is None or not actor.sector or actor.country != self.kb.resolve_text(doc[start:end].text).country:
            return None
        return s if doc[s].lower_ != "the" else s + 1, replace(actor, rule="kb:bank", confidence=0.8)

    def _named_body(self, start: int, end: int, entry: Entry) -> tuple[int, int, Actor] | None:
        """A country's name inside a capitalised body's name the model tagged ORG ("the Uganda
        National Commission on Human Rights", "the Law Society of Zambia", "the Nigerian Bar
        Association"): the whole name is one mention, the country's body with the sector its words
        give (`body_name_sector`). None when the name has no body head word, holds another KB
        name or a person, or its words give no sector. Returns (start, end, actor)."""
        doc = self.doc
        ent_start, ent_end = doc[start].ent_type_, doc[end - 1].ent_type_
        if ent_start != "ORG" or ent_end != "ORG" or not entry.country:
            return None
        s, e = start, end
        while s > 0 and doc[s].ent_iob_ != "B" and doc[s - 1].ent_type_ == "ORG":
            s -= 1
        while e < len(doc) and doc[e].ent_iob_ == "I":
            e += 1
        if doc[s].lower_ == "the":
            s += 1
        if e - s == end - start:
            return None
        rest = [t for t in doc[s:e] if not start <= t.i < end]
        if any(self.taken[t.i] or self._person(t) for t in rest) \
                or any(ms < e and s < me and (ms, me) != (start, end) for ms, me, _ in self.matches):
            return None  # another name inside: not a body named by its country alone
        sector = body_name_sector(self.kb, [t.text for t in rest])
        if sector is None:
            return None
        text = doc[s:e].text
        actor = Actor(text=text, country=entry.country, sector=sector, code=entry.country + sector,
                      name=self.kb.country_name(entry.country), kind="organisation",
                      rule="agent:country-body", confidence=0.75)
        return s, e, actor

    def _home_title(self, start: int, end: int, entry: Entry, actor: Actor) -> Actor:
        """"BAMAKO - Foreign Minister Abdoulaye Diop said": a bare national title (no country
        word) before a KB person of another country, in a story whose dateline names one country
        and that never names the person's, is the home country's office holder of that name,
        when the KB's record is weak: a Phoenix office open since long before the story (the
        lists stop about 2012), or a recorded office the title does not name. A title that names
        its country ("Malian Foreign Minister X") gives that country over such a record. Curated
        offices the title names stand ("Foreign Minister Wang Yi arrived in Bamako": CHNGOV),
        as do visitors ("Foreign Minister X arrived in Nairobi")."""
        if actor.country is None or actor.sector not in OFFICE_SECTORS or actor.rule != "kb:name":
            return actor
        title = self._title_actor(start)
        if title is None or title.sector not in OFFICE_SECTORS:
            return actor
        country = title.country
        by_story = False  # (round 28: no dateline, a story about one country gives it)
        if country is None:
            country = self.home_country.dateline(self.mentions)
            if country is None:
                country, by_story = self.story_country(), True
            verb = self.doc[end - 1].head
            if country is None or self.doc[end - 1].dep_ in ("nsubj", "nsubjpass") \
                    and verb.lemma_.lower() in _TRAVEL_VERBS:
                return actor  # "Foreign Minister X arrived in Nairobi": a visitor
            if any(not s_ <= start < e_ and entries[0].country == actor.country for s_, e_, entries in self.matches):
                return actor  # the story names the person's country: a visitor, or a foreign office
        if country == actor.country:
            return actor
        role, _ = entry.role_on(self.when)
        if role is None:
            return actor
        stale = entry.source == "phoenix" and role.end is None and role.start is not None \
            and (self.when - role.start).days > _STALE_OPEN_DAYS
        words = {w for w in normalize(title.text).split() if not self.kb.index.get(w)}  # ("malian": no office)
        other_office = bool(role.title) and not words <= set(normalize(role.title).split()) | _TITLE_FILLERS
        if not (stale and not by_story or other_office):
            return actor  # (with the story's country only an office the title contradicts is weak)
        return replace(actor, country=country, sector=title.sector, code=country + title.sector, kb_id=None,
                       role=title.text.lower(), rule="kb:name+home-title", confidence=0.6)

    def _of_country(self, start: int, end: int, actor: Actor) -> Actor:
        """"King Abdullah of Jordan": a person the KB places in another country is the one the
        country named after "of" has: its KB person in office whose name has these words (a head
        of state first), else a person of that country with the title's sector ("King" GOV).
        A person of that country already, or of none (an IGO's officer), is kept."""
        doc = self.doc
        of = end if end < len(doc) else None
        if of is None or doc[of].lower_ != "of" or not start <= doc[of].head.i < end or not actor.country:
            return actor
        match = self.match_at_start.get(of + 1)
        country = match[2][0].country if match is not None and match[2][0].kind == "country" else None
        if country is None or country == actor.country:
            return actor
        words = set(normalize(doc[start:end].text).split())
        cands = [e for e in self.kb.entries if e.kind == "person" and e.country == country
                 and any(r.dated and r.active(self.when) for r in e.roles)
                 and any(words <= set(normalize(name).split()) for name in e.names())]
        ranked = sorted(cands, key=lambda e: office_rank(e, self.when))
        if ranked and (len(ranked) == 1 or office_rank(ranked[0], self.when) < office_rank(ranked[1], self.when)):
            return self.kb.actor_for(ranked[0], actor.text, self.when, rule="kb:name+of-country", confidence=0.8)
        title = self._title_actor(start)
        sector = title.sector if title is not None and title.sector in OFFICE_SECTORS else None
        return replace(actor, country=country, sector=sector, code=country + (sector or ""), kb_id=None,
                       name=None, role=None, rule="kb:name+of-country", confidence=0.6)

    def _named_platform(self, t: Token) -> tuple[int, int] | None:
        """The span of a capitalised "Coalition/Alliance/Movement for <Name>" that the KB does not
        know: a party or political grouping's own name (the "for" aims at a cause, which armed
        coalitions' names do not state; "Liberation" names stay with the agent rules). A "Party"
        or "Front" for a cause is one too, with the capitalised words before it ("the United Party
        for National Development")."""
        doc = self.doc
        if t.lower_ not in PLATFORM_NOUNS | PARTY_NAME_HEADS or not t.text[:1].isupper() or t.i + 2 >= len(doc) \
                or doc[t.i + 1].lower_ != "for":
            return None
        start = t.i
        sent_start = self.sents[self.sent_of[t.i]].start
        while start - 1 > sent_start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].is_alpha and not self.taken[start - 1]:
            start -= 1
        end = t.i + 2
        while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha
                                  or doc[end].lower_ in ("the", "and", "of", "-") and end + 1 < len(doc)
                                  and doc[end + 1].text[:1].isupper()):
            end += 1
        words = {w.lower_ for w in doc[start:end]}
        if end == t.i + 2 or words & ARMED_NAME_WORDS:
            return None
        while doc[end - 1].lower_ in ("the", "and", "of", "-"):
            end -= 1
        return start, end

    def _owned_councils(self) -> None:
        """"The bloc's Peace and Security Council", "ECOWAS's Security Council": a council
        owned by another body, or the end of a longer name, is not the UN's. The owner's code
        goes to it (a country owner: its government); with no owner found it has none."""
        doc = self.doc
        for n, m in enumerate(self.mentions):
            if m.actor is None or not (m.actor.code or "").startswith("IGOUNO") or m.label == "PERSON":
                continue
            start, end = token_range(doc, m)
            if end - start < 2 or doc[end - 1].lower_ != "council":
                continue
            k = start
            while k >= 2 and doc[k - 1].lower_ == "and" and doc[k - 2].text[:1].isupper() and doc[k - 2].is_alpha:
                k -= 2  # "Peace and Security Council": the name starts further left
            owned = k >= 2 and doc[k - 1].lower_ in ("'s", "’s")
            if not owned and k == start:
                continue
            owner = None
            if owned:
                o = doc[k - 2]
                owner = next((x for x in self.mentions if x.actor is not None and x.start <= o.idx < x.end), None)
            a = owner.actor if owner is not None else None
            if a is not None and (a.code or "").startswith("IGOUNO"):
                continue  # "the UN's Security Council"
            if a is None:
                self.mentions[n] = replace(m, actor=None, rule="owned-council")
                continue
            code = a.code if a.sector or (a.code or "").startswith(("IGO", "NGO")) else (a.country or "---") + "GOV"
            self.mentions[n] = replace(m, actor=replace(a, text=m.text, code=code, rule="possessor:council",
                                                        confidence=0.6), rule="possessor:council")

    def _newer_office(self, actor: Actor) -> bool:
        """Does the KB say the person left a government office (GOV) and then took one of another
        branch, held on the article date ("Former Cambodian leader Hun Sen, now president of the
        Senate")? Then "former" names the government office left, not the one held; a "former"
        holder of a government office the KB still has open is the text's newer news."""
        entry = next((e for e in self.kb.entries if e.id == actor.kb_id), None) if actor.kb_id else None
        if entry is None:
            return False
        held = [r for r in entry.roles if r.dated and r.active(self.when)]
        left = [r for r in entry.roles if r.dated and r.end is not None and r.end <= self.when]
        return any(h.start is not None and h.start >= r.end and r.code[3:6] == "GOV" and h.code[3:6] != "GOV"
                   for h in held for r in left)

    def _patronymic_namesake(self, word: str) -> Actor | None:
        """An Arabic-style name ("X bin Y", "X ibn Y") mentioned earlier whose given name is
        `word`: such names are shortened to the given name, not the surname."""
        key = normalize(word)
        for m in reversed(self.mentions):
            name = (m.actor.name or "") if m.actor is not None else ""
            words = normalize(name).split()
            if len(words) > 2 and words[0] == key and any(w in ("bin", "ibn", "bint") for w in words[1:-1]):
                return m.actor
        return None

    def _titled(self, start: int, actor: Actor, end: int | None = None) -> Actor:
        """A KB person named with an office title the KB does not give on the article date: the
        text is newer than the KB, so the title wins.
        - No office on the date (all ended, or none begun: sector ELI or none), a title before
          the name ("Iran's foreign ministry spokesman X") or beside it in apposition ("The
          chief minister of Jammu and Kashmir, X,"): the title's sector, when its country is
          the person's or none ("former ..." resolves to ELI and is kept).
        - Another current office, a title before the name ("NATO chief X" while the KB still has
          X as a prime minister, "Secretary of State X" for a senator): an IGO title gives the
          IGO's code, as for its other officers; a title of the same country gives its sector."""
        out_of_office = actor.sector in (None, "ELI")
        title = self._title_actor(start)
        role = self.doc[start - 1].text.lower() if title is not None else None
        if title is None and out_of_office and end is not None:
            title = self._appositive_title(self.doc[start:end])
            role = title.text.lower() if title is not None else None
        if title is not None and title.sector == "ELI" and actor.sector in OFFICE_SECTORS \
                and title.country in (None, actor.country) and actor.country and not self._newer_office(actor):
            # "Former Kyrgyz president X" while the KB's office has no end: the text is newer
            return replace(actor, sector="ELI", code=actor.country + "ELI", role=role, rule="kb:name+former",
                           confidence=0.7)
        if title is None or title.sector == "ELI":
            return actor
        if out_of_office:
            if not title.sector or title.country not in (None, actor.country):
                return actor
            if actor.sector == "ELI" and names_past_office(title.text, actor.role) and not self._then_title(start):
                return actor  # "President Omar al-Bashir" in 2024: the office the KB says he left
            country = actor.country or title.country
            return replace(actor, sector=title.sector, code=(country or "---") + title.sector,
                           role=role, rule="kb:name+title", confidence=0.7)
        if not title.code:
            return actor
        if title.code.startswith(("IGO", "NGO")):
            body = title.code[: -len(title.sector)] if title.sector and title.code.endswith(title.sector) else title.code
            if (actor.code or "").startswith(body):
                return actor
            return replace(actor, country=None, sector=None, code=body, role=role, rule="kb:name+title",
                           confidence=0.7)
        if title.country and title.country == actor.country and title.sector and title.sector != actor.sector:
            return replace(actor, sector=title.sector, code=title.country + title.sector, role=role,
                           rule="kb:name+title", confidence=0.7)
        return actor

    def _then_title(self, start: int) -> bool:
        """"then-President X", "the then prime minister X": the title is the office X held at the
        time told of, not one the KB says X has left (no ELI)."""
        doc = self.doc
        k = start - 1
        while k > 0 and start - k <= 5 and (doc[k].pos_ in ("PROPN", "NOUN", "ADJ") or doc[k].text == "-"):
            k -= 1
        return k < start - 1 and doc[k].lower_ == "then"

    def _owner_before(self, start: int) -> tuple[int, str] | None:
        """A country name or adjective right before `start` (with or without "'s"): (its start, country)."""
        k = start - 1 if start > 0 and self.doc[start - 1].lower_ in ("'s", "’s") else start
        match = self.match_at_end.get(k)
        if match is not None and match[2][0].kind in ("country", "demonym") and match[2][0].country:
            return match[0], match[2][0].country
        return None

    def _agent_follows(self, end: int) -> bool:
        """An agent noun phrase (up to three words, ending on a noun) starts right at `end`."""
        doc = self.doc
        for k in range(end + 1, min(len(doc), end + 3) + 1):
            last = doc[k - 1]
            if last.pos_ in ("NOUN", "PROPN") and not self._person(last) and self._agent_at(end, k) \
                    and (k == len(doc) or not self._person(doc[k])):
                return True
        return False

    def _strip_determiner(self, start: int, end: int, entry: Entry) -> int:
        """Drop a leading "the"/"a" unless the entry's own name starts with it ("The Times"; not a
        Phoenix row's "The Security Council", whose article is no part of the name)."""
        if end - start > 1 and self.doc[start].lower_ in ("the", "a", "an") \
                and (entry.source == "phoenix" or not normalize(entry.name).startswith(self.doc[start].lower_ + " ")):
            return start + 1
        return start



#: Words that tell one office of a kind from another ("prime minister", "foreign minister").
_OFFICE_QUALIFIERS = frozenset({"prime", "foreign", "defence", "defense", "interior", "finance", "vice", "deputy",
                                "chief", "home", "justice"})


#: Head words of a civil or professional body's name: "the <Country> Union of Journalists".
_BODY_HEADS = frozenset({"commission", "union", "society", "association", "federation", "confederation",
                         "syndicate", "council", "league", "institute", "foundation", "chamber", "guild"})
_NAME_LINKS = frozenset({"of", "on", "for", "in", "and", "&"})


def body_name_sector(kb: ActorKB, words: list[str]) -> str | None:
    """The sector a body's name gives, its country's words taken out: the name read the other way
    round ("Commission on Human Rights" -> "human rights commission" HRI), its head phrase ("Bar
    Association" JUD, "National Union" -> "union" LAB), else an agent word after the link
    ("... of Industry" BUS). None without a capitalised head word from _BODY_HEADS."""
    low = [w.lower() for w in words]
    head = next((k for k, w in enumerate(low) if w in _BODY_HEADS and words[k][:1].isupper()), None)
    if head is None:
        return None
    pre = low[:head + 1]
    link = next((k for k in range(head + 1, len(low)) if low[k] in _NAME_LINKS), None)
    post = [w for w in low[link + 1:] if w not in _NAME_LINKS] if link == head + 1 else []
    tries = [" ".join([*post, low[head]])] if post else []
    tries += [" ".join(pre[k:]) for k in range(len(pre))]
    tries += post
    for phrase in tries:
        sector = kb.agent_sector(phrase)
        if sector is not None:
            return sector[:3]
    return None


def names_past_office(title: str, role: str | None) -> bool:
    """Does the title before a name ("President", "Sudanese Prime Minister") name the head of
    state or government's office the KB says the person held and left (`role`: "former
    president")? Then the text speaks of the past: an article of 2024 calling Omar al-Bashir
    "President" is no evidence he rules again; heads' terms are news the KB follows. Lesser
    offices ("spokesman X" after the KB's term) still take the title: the text may be newer.
    Phoenix rows carry no titles ("former"): their people keep the title rule."""
    ended = normalize(role or "").removeprefix("former").strip()
    words = normalize(title).split()
    if not ended or not words or words[-1] not in ended.split():
        return False
    if not any(ended == office or ended.startswith(office + " ") or f" {office}" in f" {ended}"
               for office in TOP_OFFICES if office.split()[-1] == words[-1]):
        return False
    return all(w in ended.split() for w in words if w in _OFFICE_QUALIFIERS)
