"""Within-article reference for the actor stage: phrases that name no country themselves but
point back to an actor the article has already named.

`resolve_references(doc, mentions, kb, taken)` runs inside the actor resolver, after names and
agent phrases and before its pronoun and description pass (so "The ministry said it ..." gives
"it" the resolved ministry). In text order, an agent phrase with no country takes one from:

1. a name right before its generic noun: "KCNA news agency" is KCNA (same sector); "the
   chancellor" is the one person of the last three sentences with that office ("Chancellor
   Olaf Scholz");
2. an earlier phrase with the same head noun: "The ministry said" after "Taiwan's defence
   ministry said", "The officials" after "two Egyptian officials" (this and the two previous
   sentences; failing that, any earlier one when all of them agree), unless the text has also
   used the noun outside any placed actor ("the three-party coalition" after "Germany's ruling
   coalition" despite the different words). Nouns for a ruling body ("the junta", "the
   authorities") also take an earlier "military government" or "regime";
3. for a bare "spokesman": the speaker of the previous sentence ("France's foreign ministry
   said ... A spokesman denied ..."); for "state media" and a bare "parliament"/"lawmakers": the
   speaker who addresses it ("X told parliament"), else the one country of the sentence (for a
   legislature, named before it), else the dateline's;
4. home-country default, for domestic nouns only (police, ministry, parliament, party,
   protesters, the authorities, a titled opposition figure): the dateline's country, when this
   and the previous sentence name no other country ("TBILISI - ... the interior ministry said";
   "KHARTOUM - ... the authorities in the east said": a compass phrase is no owner); civilian
   nouns ("residents") only when the whole article names no other country. A country named
   after the noun in its own sentence does not count, nor one that only places a border or
   coast ("the Malian border"). A paragraph that names one other country's domestic bodies
   ("The Georgian Dream party ... Parliament met") sets that country over the dateline; a
   dateline in a hub city (kb.FILING_HUBS: Geneva, New York, Brussels, ...) of a story that
   names other countries and never the host's yields to the country of the nearest earlier
   sentence that names one, as does a bare parliament or state outlet with no dateline. AP's
   "NIAMEY, Niger" datelines count (city and country must agree). Police, protesters and a crowd
   are the home country's when this or the previous sentence of the paragraph sets the scene
   "in"/"at" one of its cities and their own sentence names no other country, whatever foreign
   flags or targets the sentence before names; an embassy or envoy is no domestic body of its
   country in the paragraph. Round 8: a sentence that sets the street "in"/"at" a foreign city
   ("protesters outside the embassy in Bamako") keeps its police and protesters from the home
   country; "the president", "the prime minister", "a government spokesman" alone are home
   nouns; a country joined to a participle by a hyphen ("Kenyan-led mission", "Saudi-backed")
   names a party of that noun only and does not count as a country the sentence names.
   Round 9: a bare cabinet title ("the defence minister") ignores countries the sentence
   before names; "the army" and armed men ("fighters", "rebels") with no owner take the home
   country when it is named in their sentence or the one before and no other country is.
Then "his party" / "her party" becomes the party of the one person just named.

Each rule resolves only when every candidate agrees: a wrong country is worse than none.

`actor_groups(doc, mentions)` finds phrases that stand for several actors at once, set on
`doc._.tacitus_actor_groups` (token index -> actors) and read by the claims and events stages
through `groups_by_token`:
- "the two", "both sides", "the two leaders": the pair of the nearest earlier conjoined actors
  ("Israel and Hamas") or subject and object of one verb ("Putin met Kim");
  "both sides" / "the two parties" first take the two sides of the first fight or accusation
  told before them ("Armenia accused Azerbaijan ..."), and are never the speakers that
  mention them ("X and Y said they spoke with both sides");
- round 14: "both sides" after "X ... and Y retaliated" are X and Y; "both leaders" with no pair
  before are the officials of exactly two countries named in the five sentences before (not the
  speaker's own); an object "them" later in the sentence, with no actor between, is the same pair;
- "Qatari and Egyptian mediators": the listed country ("Qatari", its own mention) with the
  head phrase's actor.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.attrs import IDX, LENGTH, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from tacitus.kb import FILING_HUBS, MONARCH_TITLES, PERSON_NOUNS, SPOKESPEOPLE, ActorKB, normalize
from tacitus.pipeline import doc_text
from tacitus.records import Actor, Mention

GROUPS = "tacitus_actor_groups"
if not Doc.has_extension(GROUPS):
    Doc.set_extension(GROUPS, default=None)

_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Nouns for the body that rules a country: any of them may refer back to another.
_RULING_NOUNS = frozenset({"junta", "government", "regime", "administration", "authority", "authorities",
                           "leadership", "rulers", "ruler"})
#: Nouns whose body acts at home: in a datelined story that names no other country, they are
#: the dateline country's. Diplomats, envoys, troops and "officials" are often foreign and stay out.
_HOME_NOUNS = frozenset({"police", "policeman", "policemen", "ministry", "parliament", "legislature",
                         "lawmakers", "judiciary", "court", "prosecutor", "prosecutors", "party", "opposition",
                         "protester", "protesters", "demonstrator", "demonstrators", "senate", "congress",
                         # a monarch named by title alone reigns at home ("the king urged calm")
                         "king", "queen", "monarch", "emir", "sultan",
                         # a state's or province's governor governs a part of the home country
                         "governor",
                         # police officers (COP: a bare "officers" reads MIL and stays out)
                         "officer", "officers",
                         # a national assembly and its delegates sit at home, as parliament does
                         "assembly", "delegate", "delegates"}) | _RULING_NOUNS
#: Bodies that run a vote ("the Central Election Commission", "the electoral council"): home
#: nouns only with an election word (_ELECTION_WORDS); other commissions may be anyone's.
#: A town the KB lacks sets a scene (`_scene_countries`) only from this size: small places share names.
_SCENE_TOWN_POPULATION = 20_000
_TIME_ENTS = frozenset({"DATE", "TIME"})
_DETAIN_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "hold", "charge", "round", "sentence"})
_VOTE_BODIES = frozenset({"commission", "council", "board", "committee", "tribunal"})
_ELECTION_WORDS = frozenset({"election", "elections", "electoral", "poll", "polls", "voting"})
#: Titles alone that name the home country's own office holder ("the president called the
#: security council into session"); other ministers travel and stay out, as do diplomats.
_HOME_TITLES = frozenset({"president", "prime minister", "premier", "interior minister", "interior ministry"})
#: Cabinet offices by title alone ("The interior minister said ..."): the home country's unless
#: their own sentence names another; foreign countries in the sentence before are what the
#: minister speaks of, not whose minister they are.
_OFFICE_TITLES = frozenset({f"{field} minister" for field in (
    "interior", "foreign", "defence", "defense", "finance", "justice", "health", "home", "energy", "economy",
    "trade", "education", "agriculture", "information")}) | {"interior ministry"}
#: Heads whose modifiers vary while naming one body ("Germany's ruling coalition" ... "the
#: three-party coalition"): an earlier phrase with the head is the antecedent whatever the
#: words before it, and its sector wins (a bare "coalition" reads MIL: a government's is GOV).
_LOOSE_HEADS = frozenset({"coalition"})
#: Courts by their head noun: "the court" after the ICJ is the ICJ (`_named_court`).
_COURT_NOUNS = frozenset({"court", "tribunal"})
#: A state's ruling body by a noun only it has ("the junta", "the generals"): the home country's
#: though the sentence before names a foreign broker ("China brokered talks. ... with the junta").
_OWN_RULERS = frozenset({"junta", "generals"})
_HOME_SECTORS = frozenset({"COP", "LEG", "JUD", "PTY", "OPP", "GOV"})
#: Forces whose name says they guard their own state ("the National Guard", "the Presidential
#: Guard"): like "federal" troops, the home country's whatever foreign country the sentence before names.
_OWN_GUARDS = frozenset({"national guard", "national guards", "presidential guard", "republican guard"})
#: A state's forces of order by their usual collective name: home nouns, as the police are.
_HOME_FORCES = frozenset({"security forces", "security force", "riot police"})
#: An army or armed men with no owner, in a story set where only the home country is named
#: ("the army", "paramilitary fighters"): the home country's (`_armed_home`).
_ARMED_HOME_SECTORS = frozenset({"MIL", "REB"})
#: Title words naming a state's one ruling or armed institution ("Junta spokesman X", "Army chief Y").
_RULING_TITLE_WORDS = frozenset({"junta", "army", "military"})
_SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources"})
_ARMED_HOME_NOUNS = frozenset({"army", "military", "fighters", "rebels", "insurgents", "militiamen",
                               "paramilitaries", "gunmen"})
#: A government's bodies abroad: "the French embassy in Niamey" puts no French domestic body in the paragraph.
_ABROAD_NOUNS = frozenset({"embassy", "embassies", "consulate", "consulates", "ambassador", "ambassadors", "envoy",
                           "envoys", "diplomat", "diplomats", "delegation", "mission"})
#: Bodies of the street (police, protesters): where the text sets the scene in a city of the home
#: country, they are its own even when the sentence before names foreign flags or an embassy.
_STREET_SECTORS = frozenset({"COP", "OPP"})
#: Civilians of the street: a crowd is where the police meet it, the home country's like them.
_CROWD_NOUNS = frozenset({"crowd", "crowds", "mob", "mobs", "marchers", "onlookers"})
#: Trades whose people are the home country's in a domestic story ("university students marched").
_HOME_PEOPLE_SECTORS = frozenset({"EDU", "LAB", "AGR"})
_VISITING_WORDS = frozenset({"foreign", "international", "overseas", "visiting", "exchange", "migrant", "expatriate"})
#: People of a place by what they do (students, workers, farmers, doctors, clergy): like civilians,
#: they are of the city a sentence sets them in.
#: "Turkish-backed": a country named as someone's backer, not as the owner of armed men near it.
_BACKER_SUFFIXES = frozenset({"backed", "supported", "funded", "sponsored", "armed", "trained", "allied", "aligned"})
_SCENE_PEOPLE_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "HLH", "REL"})
#: Compass words: "the government in the north", "the authorities in the east" name a part of
#: the country, not an owner, and do not block the rules above.
_REGION_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "north-east", "north-west", "south-east", "south-west", "centre", "center", "interior"})
#: The story's own ground by a bare common noun ("crowds in the capital", "police across the country").
_GROUND_WORDS = frozenset({"capital", "city", "streets", "country", "town"})
#: A person titled with a domestic role ("Opposition leader X") may take the home country too.
_HOME_PERSON_SECTORS = frozenset({"OPP", "PTY", "LEG", "JUD", "COP", "ELI"}) | _HOME_PEOPLE_SECTORS
# ("Wanjiru Kamau, a student leader" in a Nairobi story is Kenya's, as "students" there are)
#: A state outlet with no country written: "state media", "state-run television", "the official news agency".
_MEDIA_NOUNS = frozenset({"media", "television", "tv", "radio", "agency", "broadcaster", "newspaper", "outlet",
                          "outlets", "channel", "press", "news"})
_STATE_WORDS = frozenset({"state", "state-run", "state-owned", "state-controlled", "official", "government-run",
                          "government-controlled", "run", "owned", "controlled"})
#: Bare nouns for a country's legislature: "X told parliament", "lawmakers voted".
_LEGISLATURE_NOUNS = frozenset({"parliament", "legislature", "lawmakers", "legislators", "mps", "parliamentarians",
                                "deputies", "assembly", "senate", "congress", "senators", "delegates"})
_INSTITUTION_KINDS = frozenset({"government", "group", "organisation", "igo", "media"})
#: Nouns of a country's ground: "the Mauritanian border", "the Libyan coast" name a place by its
#: country and put no actor of that country in the story.
PLACE_HEADS = frozenset({"border", "borders", "frontier", "coast", "coastline", "waters", "airspace", "side",
                         "soil", "shore", "shores", "mainland", "hinterland"})
#: Prepositions that give a phrase its own owner ("spokesman for X", "police in Y"): left to
#: the resolver's complement pass.
_OWNER_PREPS = frozenset({"of", "for", "from", "in", "at", "with"})
_PERSON_PAIR_NOUNS = frozenset({"leaders", "men", "women", "presidents", "ministers", "leader", "premiers",
                                "counterparts"})
#: Pair nouns for a body every state has: "the two armies" after two states are their armed
#: forces, "both governments" their governments (a pair noun -> the sector it gives each state).
_STATE_BODY_PAIRS = {"governments": "GOV", "armies": "MIL", "militaries": "MIL", "navies": "MIL",
                     "administrations": "GOV", "parliaments": "LEG"}
_STATE_PAIR_NOUNS = frozenset({"countries", "nations", "states", "neighbours", "neighbors",
                               "allies", "rivals", "capitals", *_STATE_BODY_PAIRS})
_PAIR_NOUNS = _PERSON_PAIR_NOUNS | _STATE_PAIR_NOUNS | {"sides", "parties"}
#: Pair nouns for the sides of a fight or dispute, and the verbs that make two actors its sides.
_SIDE_NOUNS = frozenset({"sides", "parties"})
_DISPUTE_VERBS = frozenset({"accuse", "blame", "attack", "shell", "fight", "clash", "bomb", "strike", "invade",
                            "raid", "battle", "besiege", "exchange", "threaten", "fire"})
#: Talks a verb takes up, breaks off or holds with the other side ("suspended talks with X"),
#: and verbs of negotiating: their two parties are the two sides too.
_TALK_NOUNS = frozenset({"talks", "negotiations", "dialogue", "negotiation"})
_TALK_VERBS = frozenset({"negotiate"})
#: Verbs a bare "both" speaks or acts with as a pair ("Both said ...", "both signed"): the nearest pair.
_PAIR_SPEECH_VERBS = frozenset({"say", "tell", "announce", "add", "state", "note", "stress", "agree", "sign",
                                "issue", "urge", "call", "welcome", "express", "pledge", "vow", "praise"})
#: Verbs of striking back: their subject and the one who acted before are the two sides.
_RETALIATE_VERBS = frozenset({"retaliate", "reciprocate"})
#: Pair nouns for two heads of government the story has named ("spoke with both leaders").
_LEADER_PAIR_NOUNS = frozenset({"leaders", "presidents"})
#: Pair nouns of office holders: "the two presidents" after two states (or their officials) are
#: the two states' governments (not "the two men": people of no office).
_OFFICE_PAIR_NOUNS = frozenset({"leaders", "leader", "presidents", "ministers", "premiers", "counterparts"})
_LIST_WORDS = frozenset({",", "and", "or", "&"})
_PARTY_NOUNS = frozenset({"party", "camp"})
# token.lower ids of the words the token scans below stop at (building every Token is slow)
_PAIR_IDS = frozenset(hash_string(w) for w in _PAIR_NOUNS | {"two", "both", "side"})
_PARTY_IDS = frozenset(hash_string(w) for w in _PARTY_NOUNS)


def resolve_references(doc: Doc, mentions: list[Mention], kb: ActorKB, taken: list[bool],
                       layout: Layout | None = None) -> list[Mention]:
    """The mentions with agent phrases resolved from earlier ones (see the module doc); new
    mentions ("his party") are added and their tokens marked in `taken`. `layout`: the
    document's, when the caller has built it."""
    return _Article(doc, mentions, kb, taken, layout).resolve()


def home_country(doc: Doc, mentions: list[Mention], kb: ActorKB, sentence: int, previous: bool = True) -> str | None:
    """The dateline's country for a phrase in sentence `sentence` when this (and, with
    `previous`, the previous) sentence name no other country (rule 4 of the module doc)."""
    return _Article(doc, mentions, kb, None).home(sentence, previous=previous)



#: Nouns of a law or policy: "legislation in Russia" compares a law abroad, and puts no one there.
_LAW_NOUNS = frozenset({"law", "laws", "legislation", "bill", "bills", "act", "rules", "statute", "statutes",
                        "measure", "measures", "policy", "policies", "regulation", "regulations"})


def names_law_abroad(t: Token) -> bool:
    """Country `t` only places a law ("mirrors legislation in Russia", "a law like one in
    Hungary"): no actor of the scene, so it does not unsettle the home country."""
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ in ("in", "of") and prep.head.lower_ in _LAW_NOUNS

class HomeCountry:
    """`home_country` for many phrases of one article: the article's view is built once and
    rebuilt only when the mentions passed in differ (the resolver adds them as it goes)."""

    def __init__(self, doc: Doc, kb: ActorKB, layout: Layout | None = None):
        self.doc = doc
        self.kb = kb
        self.layout = layout
        self._mentions: tuple[Mention, ...] = ()
        self._article: _Article | None = None

    def __call__(self, mentions: list[Mention], sentence: int, previous: bool = True,
                 before: int | None = None) -> str | None:
        return self._view(mentions).home(sentence, previous=previous, before=before)

    def dateline(self, mentions: list[Mention]) -> str | None:
        """The dateline's country, when it says where the story is (not a filing hub's)."""
        return self._view(mentions)._dateline_country()

    def scene(self, mentions: list[Mention], sentence: int, verb: Token) -> str | None:
        """The one country of the city that clause `verb` is set in ("protested against the
        government in Dhaka"), when the sentence names no other country; else None. A city in
        another clause ("said that talks in Doha would resume") sets nothing for this one."""
        article = self._view(mentions)
        found = article._scene_countries(sentence, sentence, unarmed=True, verb=verb.i)
        if len(found) != 1 or not article._countries_named({sentence}, skip=-1) <= found:
            return None
        return found.pop()

    def _view(self, mentions: list[Mention]) -> _Article:
        # mentions are frozen: the same objects in the same order are the same view
        if self._article is None or len(mentions) != len(self._mentions) \
                or any(a is not b for a, b in zip(mentions, self._mentions, strict=True)):
            self._mentions = tuple(mentions)
            if self.layout is None:
                self.layout = Layout(self.doc)
            self._article = _Article(self.doc, list(mentions), self.kb, None, self.layout)
        return self._article


def dateline_countries(kb: ActorKB, place: str) -> set[str]:
    """Countries a dateline's place names: "KHARTOUM", or AP's "NIAMEY, Niger" (the city, and
    the country written after it; where both are known they must agree)."""
    def look(name: str) -> set[str]:
        return {e.country for e in kb.index.get(normalize(name), [])
                if e.kind in ("capital", "city", "country") and e.country}
    found = look(place)
    if found or "," not in place:
        return found
    city, _, rest = place.partition(",")
    where, country = look(city), look(rest)
    if where and country:
        return where & country
    return where or country


def _main_verb(verb: Token) -> bool:
    """The sentence's own verb, or one joined to it ("denied ... and said")."""
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def clause_verb(t: Token) -> Token:
    """The verb of the clause a noun is in: up through prepositions and noun links."""
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            return t
        t = t.head
    return t


def names_ground(root: Token) -> bool:
    """"Mauritanian" in "the Mauritanian border": a country word that only places a noun of ground."""
    return root.dep_ in ("amod", "compound", "poss") and root.head.lower_ in PLACE_HEADS


#: Participles that join a country to one noun by a hyphen ("Kenyan-led mission", "Saudi-backed
#: coalition"): the country is a party of that noun only, not where the story is.
_PARTY_SUFFIXES = frozenset({"led", "backed", "brokered", "mediated", "sponsored", "supported", "funded", "armed",
                             "trained", "allied", "aligned", "made", "built", "supplied", "owned", "flagged",
                             "registered", "based"})


def names_party(doc: Doc, end: int) -> bool:
    """The name ending before token `end` is joined by a hyphen to a participle ("Kenyan-led")."""
    return end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].lower_ in _PARTY_SUFFIXES


def _speaks_for_rulers(root: Token) -> bool:
    """"a government spokesman", "government officials", "a police spokeswoman": people of a
    ruling or domestic body, which is itself a home noun."""
    return root.lower_ in _RULERS_PEOPLE and any(c.dep_ == "compound" and c.lower_ in _HOME_NOUNS
                                                 for c in root.children)  # ("a police spokeswoman")


_RULERS_PEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials"})


def region_phrase(prep: Token) -> bool:
    """"in the north", "in the country's east": a compass phrase that names part of a country;
    "in the capital", "across the city": the story's own ground, named by a bare common noun."""
    if prep.lower_ not in ("in", "across"):
        return False
    return any(c.dep_ == "pobj" and (c.lower_ in _REGION_WORDS or c.lower_ in _GROUND_WORDS
                                     and all(g.dep_ == "det" and g.lower_ == "the" for g in c.children))
               for c in prep.children)


def actor_groups(doc: Doc, mentions: list[Mention], layout: Layout | None = None) -> dict[int, tuple[Actor, ...]]:
    """Token index -> the actors a phrase stands for together ("the two", "Qatari and Egyptian
    mediators"); see the module doc."""
    art = _Article(doc, list(mentions), None, None, layout)
    groups = art.listed_groups()
    for token, actors in art.owner_groups().items():
        groups.setdefault(token, actors)
    for token, actors in art.pair_groups().items():
        groups.setdefault(token, actors)
    return groups


def groups_by_token(doc: Doc) -> dict[int, tuple[Actor, ...]]:
    """What the actor stage set in `doc._.tacitus_actor_groups` (empty when it did not run)."""
    return doc._.get(GROUPS) or {}


# How many sentences back a paragraph's start is sought (news paragraphs run one to four).
PARAGRAPH_REACH = 8


class Layout:
    """What the views of one article share and never change: its text, sentences, lower-case
    ids, paragraphs and place entities, and where tokens start and end. The actor stage builds
    several views (`_Article`) of one document as mentions are added; each used to rebuild these
    and to align every mention with `Doc.char_span`, which is slow."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.sents = list(doc.sents)
        self.sent_of: dict[int, int] = {}
        for n, sent in enumerate(self.sents):
            for k in range(sent.start, sent.end):
                self.sent_of[k] = n
        skips = doc._.tacitus_skip if Doc.has_extension("tacitus_skip") else None
        self.dateline_end = max((end for _s, end, why in skips or () if why == "dateline"), default=0)
        rows = doc.to_array([IDX, LENGTH, LOWER]).tolist() if len(doc) else []
        self.lower = [r[2] for r in rows]
        self._token_at = {r[0]: k for k, r in enumerate(rows)}  # a token's first character -> the token
        self._token_before = {r[0] + r[1]: k + 1 for k, r in enumerate(rows)}  # its end -> the next token
        self._spans: dict[tuple[int, int], Span] = {}
        # the first sentence of each sentence's paragraph (a line break before it), looking back
        # at most PARAGRAPH_REACH sentences: a text with no breaks is not one paragraph of 5,000
        self.para_start: list[int] = []
        for n, sent in enumerate(self.sents):
            starts = n == 0 or "\n" in self.text[max(0, sent.start_char - 2):sent.start_char]
            self.para_start.append(n if starts else max(self.para_start[n - 1], n - PARAGRAPH_REACH))
        # (start, end) of a mention's span -> it names ground or a party only (`names_ground`,
        # `names_party`): asked for every mention of a sentence each time its countries are counted
        self.not_setting: dict[tuple[int, int], bool] = {}
        self.ents: list[Span] = list(doc.ents)  # (Doc.ents builds every Span anew on each access)
        self.ents_in: dict[int, list[Span]] = {}
        for ent in self.ents:
            if ent.label_ in ("GPE", "LOC"):
                self.ents_in.setdefault(self.sent_of.get(ent.start, -1), []).append(ent)

    def span(self, start_char: int, end_char: int) -> Span | None:
        """`doc.char_span(start_char, end_char, alignment_mode="expand")`, without its search
        when the offsets fall on token boundaries (a mention's always do)."""
        start, end = self._token_at.get(start_char), self._token_before.get(end_char)
        if start is None or end is None or start >= end:
            return self.doc.char_span(start_char, end_char, alignment_mode="expand")
        span = self._spans.get((start, end))  # (the same mentions recur in each view)
        if span is None:
            span = self._spans[(start, end)] = self.doc[start:end]
        return span


class _Article:
    def __init__(self, doc: Doc, mentions: list[Mention], kb: ActorKB | None, taken: list[bool] | None,
                 layout: Layout | None = None):
        layout = layout if layout is not None and layout.doc is doc else Layout(doc)
        self.doc = doc
        self.text = layout.text
        self.kb = kb
        self.taken = taken
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.sents = layout.sents
        self.sent_of = layout.sent_of
        self.spans: list[Span | None] = [layout.span(m.start, m.end) for m in self.mentions]
        self.dateline_end = layout.dateline_end
        self._dateline: str | None | bool = False  # _dateline_country, once known
        self._hub = False  # the dateline is a hub the story is not about
        self._towns: dict[str, set[str]] = {}  # gazetteer towns already looked up
        self.lower = layout.lower
        self.at: dict[int, int] = {}  # token -> index into self.mentions
        for n, span in enumerate(self.spans):
            if span is not None:
                for k in range(span.start, span.end):
                    self.at[k] = n
        self.para_start = layout.para_start
        # sentence -> its mentions and its place entities: lookups per sentence stay local
        # instead of scanning the article for every mention (quadratic on long documents)
        self.in_sentence: dict[int, list[int]] = {}
        for n in range(len(self.mentions)):
            self.in_sentence.setdefault(self._sentence(n), []).append(n)
        self.ents_in = layout.ents_in
        self._not_setting = layout.not_setting
        self._ent_countries: dict[int, set[str]] = {}  # place entity (its first token) -> countries the KB gives it
        # The countries the whole article names (`_countries_everywhere`), once asked: per country
        # the number of mentions naming it, each such mention's country, and the place entities'
        # countries; `_replace` keeps the counts current.
        self._everywhere: tuple[Counter[str], dict[int, str], set[str]] | None = None

    # ---------------------------------------------------------------- helpers
    def _envoys_country(self, n: int) -> bool:
        """Mention `n` is an envoy or embassy ("ambassadors", "the French embassy") or the country
        that owns one ("the ambassadors of France", "French and German diplomats")."""
        span = self.spans[n]
        if span is None:
            return False
        root = span.root
        if root.lower_ in _ABROAD_NOUNS:
            return True
        owner = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
        while owner.dep_ == "conj" and owner.head.i != owner.i:  # "France and Germany": the first conjunct's head
            owner = owner.head
        if root.dep_ == "conj":
            first = root
            while first.dep_ == "conj":
                first = first.head
            owner = first.head.head if first.dep_ == "pobj" and first.head.lower_ == "of" else first.head
        return owner.lower_ in _ABROAD_NOUNS and owner.i != root.i

    def _sentence(self, n: int) -> int:
        span = self.spans[n]
        return self.sent_of.get(span.start, -1) if span is not None else -1

    def _mention_at(self, token: Token | None) -> int | None:
        return None if token is None else self.at.get(token.i)

    def _unresolved(self, m: Mention) -> bool:
        a = m.actor
        return a is not None and a.country is None and (a.code or "---").startswith("---") and a.kind != "weapon"

    def _replace(self, n: int, actor: Actor, rule: str, confidence: float) -> None:
        m = self.mentions[n]
        self.mentions[n] = replace(m, rule=rule, confidence=confidence,
                                   actor=replace(actor, text=m.text, rule=rule, confidence=confidence))
        if self._everywhere is not None:
            counts, country_of, _ = self._everywhere
            old = country_of.pop(n, None)
            if old is not None:
                counts[old] -= 1
                if not counts[old]:
                    del counts[old]
            if n < len(self.spans) and self._sentence(n) >= 0 and (new := self._setting_country(n)) is not None:
                counts[new] += 1
                country_of[n] = new

    def _setting_country(self, n: int) -> str | None:
        """The country mention `n` counts for in `_countries_named` (with no `before`), if any."""
        m = self.mentions[n]
        if m.actor is not None and m.actor.country and m.actor.kind != "media" and self.dateline_end <= m.start \
                and not self._names_no_setting(n):
            return m.actor.country
        return None

    def _countries_everywhere(self, skip: int) -> set[str]:
        """`_countries_named` over every sentence of the article, without rescanning it on each
        call (asked for each civilian mention: quadratic on a long article)."""
        if self._everywhere is None:
            counts: Counter[str] = Counter()
            country_of: dict[int, str] = {}
            for s in range(len(self.sents)):
                for n in self.in_sentence.get(s, ()):
                    if (country := self._setting_country(n)) is not None:
                        counts[country] += 1
                        country_of[n] = country
            places: set[str] = set()
            if self.kb is not None:
                for s in range(len(self.sents)):
                    for ent in self.ents_in.get(s, ()):
                        if self.dateline_end <= ent.start_char:
                            places |= self._place_countries(ent)
            self._everywhere = (counts, country_of, places)
        counts, country_of, places = self._everywhere
        own = country_of.get(skip)
        return {c for c, k in counts.items() if k > 1 or c != own} | places

    def _countries_named(self, sentences: set[int], skip: int, before: int | None = None,
                         envoys: bool = True) -> set[str]:
        """Countries that mentions (other than mention `skip`) and place names in these sentences
        name (only those starting before character `before`, when given; without `envoys`, not
        the countries of diplomats and embassies, who are abroad by office)."""
        end = before if before is not None else len(self.text) + 1
        out = {m.actor.country for n, m in ((n, self.mentions[n]) for s in sorted(sentences)
                                            for n in self.in_sentence.get(s, ()))
               if n != skip and m.actor is not None and m.actor.country and m.actor.kind != "media"
               and self.dateline_end <= m.start < end and (envoys or not self._envoys_country(n))
               and not self._names_no_setting(n)}
        if self.kb is not None:
            for ent in (e for s in sorted(sentences) for e in self.ents_in.get(s, ())):
                if self.dateline_end <= ent.start_char < end and not names_law_abroad(ent.root) \
                        and (envoys or self.at.get(ent.root.i) is None or not self._envoys_country(self.at[ent.root.i])):
                    out |= self._place_countries(ent)
        return out

    def _names_no_setting(self, n: int) -> bool:
        """Mention `n` only places a noun of ground or names a party (see `_countries_named`)."""
        span = self.spans[n]
        if span is None:
            return False
        key = (span.start, span.end)
        found = self._not_setting.get(key)
        if found is None:
            found = self._not_setting[key] = names_ground(span.root) or names_party(self.doc, span.end) \
                or names_law_abroad(span.root)
        return found

    def _place_countries(self, ent: Span) -> set[str]:
        """The countries the KB gives place entity `ent` (none when it names a party)."""
        found = self._ent_countries.get(ent.start)
        n = self.at.get(ent.root.i) if found is None else None
        own = self.mentions[n].actor if n is not None else None
        if own is not None and own.kind == "country" and own.country and not names_party(self.doc, ent.end):
            # the actor stage has read the name already ("Congo" in a story of the DRC: kb.SHORT_FORMS)
            found = self._ent_countries[ent.start] = {own.country}
        if found is None:
            found = self._ent_countries[ent.start] = set() if names_party(self.doc, ent.end) else {
                e.country for e in self.kb.index.get(normalize(ent.text), [])
                if e.kind in ("country", "capital", "city") and e.country}
        return found

    def home(self, sentence: int, skip: int = -1, previous: bool = True, before: int | None = None) -> str | None:
        """The dateline's country when this (and the previous) sentence name no other country;
        in a paragraph that opens "In Bangladesh, ...", that country instead; with no dateline
        filed from a hub ("GENEVA"), the country in focus (`_focus`). The phrase's own sentence
        counts countries before mention `skip` (or character `before`) only."""
        home = self._setting(sentence) or self._domestic_focus(sentence, skip) or self._dateline_country() \
            or self._hub_focus(sentence, skip) or self._story_country(sentence)
        # the phrase's own sentence counts only countries named before it: "The health ministry
        # said ..., and Egypt's foreign ministry called ..." is still the home ministry
        if skip >= 0:
            before = self.mentions[skip].start
        named = self._countries_named({sentence}, skip=skip, before=before)
        if previous and not self._opens_setting(sentence):
            named |= self._countries_named({sentence - 1}, skip=skip)
        if home is None or not named <= {home}:
            return None
        return home

    def _domestic_focus(self, sentence: int, skip: int = -1) -> str | None:
        """The one country whose domestic bodies (government, parliament, parties, police,
        courts, opposition: a person or body) its paragraph names before mention `skip`, when
        that is not the dateline's: "LONDON - ... \n\nThe Georgian Dream party dismissed the
        criticism. Parliament met ..." is Georgia's parliament. A country named bare ("Russia
        launched drones at Kyiv") is no such focus."""
        end = self.mentions[skip].start if skip >= 0 else len(self.text) + 1
        first = self.para_start[sentence]
        found = {m.actor.country for k, m in ((k, self.mentions[k]) for s in range(first, sentence + 1)
                                              for k in self.in_sentence.get(s, ()))
                 if k != skip and m.actor is not None and m.actor.country and m.start < end
                 and (m.actor.sector or "")[:3] in _HOME_SECTORS and m.actor.kind != "media"
                 and m.start >= self.dateline_end
                 and not self._envoys_country(k)}
        if len(found) != 1:
            return None
        country = found.pop()
        return country if country != self._dateline_country() else None

    def _setting(self, sentence: int, reach: int = 6) -> str | None:
        """The country a sentence of its paragraph, up to this one, is set in by opening with
        "In <country>," ("In Bangladesh, a court jailed ... Police detained ..."), or None."""
        text = self.text
        for n in range(sentence, max(-1, sentence - reach), -1):
            sent = self.sents[n]
            first = sent[0]
            if first.lower_ == "in":
                for obj in first.children:
                    if obj.dep_ != "pobj":
                        continue
                    k = self.at.get(obj.i)
                    m = self.mentions[k] if k is not None else None
                    span = self.spans[k] if k is not None else self.doc[obj.left_edge.i:obj.i + 1]
                    if span is None or span.end >= len(self.doc) or self.doc[span.end].text != ",":
                        continue
                    if m is not None and m.actor is not None and m.actor.kind == "country" and m.actor.country:
                        return m.actor.country
                    city = self._city_country(span.text) if m is None or m.actor is None else None
                    if city is not None:  # "In New Delhi, the Ministry of External Affairs ..."
                        return city
            if sent.start_char == 0 or "\n" in text[max(0, sent.start_char - 2):sent.start_char]:
                return None  # the paragraph starts here
        return None

    def _office_name(self, root: Token, prep: Token) -> bool:
        """"the Ministry of External Affairs": a capitalised body whose "of" phrase is its
        field, named by no actor, not an owner."""
        return prep.lower_ == "of" and root.tag_ == "NNP" and root.lower_ in _HOME_NOUNS \
            and not any(k.i in self.at for k in prep.subtree)

    def _city_country(self, name: str) -> str | None:
        """The one country of a KB capital or city that is no filing hub ("New Delhi"; not
        "Geneva", where other countries' news is told)."""
        key = normalize(name)
        if self.kb is None or key in FILING_HUBS:
            return None
        countries = {e.country for e in self.kb.index.get(key, []) if e.kind in ("capital", "city") and e.country}
        return countries.pop() if len(countries) == 1 else None

    def _opens_setting(self, sentence: int) -> bool:
        """Does this sentence open its paragraph with "In <place>,"? (Then the sentence before,
        in another paragraph, says nothing of whose bodies this one names.)"""
        sent = self.sents[sentence]
        start = sent.start_char
        return sent[0].lower_ == "in" and (start == 0 or "\n" in self.text[max(0, start - 2):start]) \
            and self._setting(sentence, reach=1) is not None

    def _focus(self, sentence: int, skip: int = -1, reach: int = 2) -> str | None:
        """The country the text has in focus when nothing says where the story is: the one
        country of the nearest of the `reach` previous sentences that names any ("Ukraine is
        seeking air defences. Parliament approved ..."); None when that sentence names several."""
        for n in range(sentence - 1, max(-1, sentence - 1 - reach), -1):
            named = self._countries_named({n}, skip=skip)
            if named:
                return named.pop() if len(named) == 1 else None
        return None

    def _hub_focus(self, sentence: int, skip: int = -1) -> str | None:
        """The country in focus, for a story filed from a hub about another country (a story
        with no dateline at all is often one sentence of a longer text: its domestic nouns keep
        no country rather than guess one from a place named before)."""
        self._dateline_country()
        return self._focus(sentence, skip) if self._hub else None

    def _story_country(self, sentence: int) -> str | None:
        """A story with no dateline whose paragraph, up to this sentence, names one country and
        no other, and names it as where things happen (a subject, an actor's possessor, "in Zambia"):
        "Zambia held an election ... Security forces fired tear gas at demonstrators". A country
        only acted on ("Lawmakers condemned Russia") or for or against ("anti-American") is no
        setting; a paragraph of two countries, or another paragraph's country, leaves it open."""
        if sentence < 0 or self.kb is None:
            return None
        article = self.doc._.tacitus_article if Doc.has_extension("tacitus_article") else None
        if getattr(article, "location", None):
            return None
        sentences = set(range(self.para_start[sentence], sentence + 1))
        named = self._countries_named(sentences, skip=-1)
        if len(named) != 1:
            return None
        country = next(iter(named))
        for s in sentences:
            for n in self.in_sentence.get(s, ()):
                m, span = self.mentions[n], self.spans[n]
                if m.actor is None or m.actor.country != country or m.actor.kind != "country" or span is None:
                    continue
                root = span.root
                if root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "pobj" and root.head.lower_ in ("in", "throughout") \
                        or root.dep_ == "poss" and root.head.i in self.at:  # "Niger's president", not "China's aid"
                    return country
        return None

    def _dateline_country(self) -> str | None:
        """The dateline's country, when it says where the story is. A city where international
        bodies sit or foreign news is filed (kb.FILING_HUBS: "GENEVA", "BRUSSELS") says only
        where the reporter was when the body names other countries and never the host's."""
        if self._dateline is not False:
            return self._dateline
        self._dateline = None
        article = self.doc._.tacitus_article if Doc.has_extension("tacitus_article") else None
        place = getattr(article, "location", None)
        if not place or self.kb is None:
            return None
        countries = dateline_countries(self.kb, place)
        country = countries.pop() if len(countries) == 1 else None
        if country is not None and normalize(place.split(",")[0]) in FILING_HUBS:
            named = self._countries_everywhere(skip=-1)
            if named and country not in named:
                country, self._hub = None, True
        elif country is not None:
            country = self._story_abroad(country) or country
        self._dateline = country
        return country

    def _story_abroad(self, dateline: str) -> str | None:
        """The country a story filed from a neighbour's capital is about ("BANGKOK - Myanmar's
        junta denied ..."; Nairobi for Somalia, Beirut for Syria): the country whose state or
        body is the lede's main subject, named at least as often as any other, when the body
        names the dateline's country nowhere (its name, people, cities). That country is then
        the home of the story's unqualified "army", "junta", "residents". A lede led by an
        unqualified noun ("NAIROBI - Police arrested two Somali men") stays the dateline's."""
        if self._names_anywhere(dateline):
            return None
        self._countries_everywhere(skip=-1)
        counts = self._everywhere[0] if self._everywhere is not None else Counter()
        lede = next((s for s, sent in enumerate(self.sents) if sent.end_char > self.dateline_end), None)
        if lede is None:
            return None
        for root in self.sents[lede]:
            if root.dep_ not in ("nsubj", "nsubjpass") or root.idx < self.dateline_end or not _main_verb(root.head):
                continue
            country = self._subject_state(root)
            if country and country != dateline and counts.get(country, 0) >= 2 and counts[country] >= max(counts.values()):
                return country
        return None

    def _names_anywhere(self, country: str) -> bool:
        """Does the body name `country` itself (a mention read from the text, not one the home
        country gave, or one of its places)?"""
        if self._everywhere is None:
            self._countries_everywhere(skip=-1)
        if country in self._everywhere[2]:
            return True
        return any(m.actor is not None and m.actor.country == country and m.start >= self.dateline_end
                   and not m.rule.startswith("coref:") and not self._names_no_setting(n)
                   for n, m in enumerate(self.mentions))

    def _subject_state(self, root: Token) -> str | None:
        """The country of a subject that is a state or its domestic body: "Myanmar's junta",
        "Sudan's army", "Syrian government forces", "Iran"; None for "Police" or "Residents"."""
        k = self.at.get(root.i)
        m = self.mentions[k] if k is not None else None
        sector = (m.actor.sector or "")[:3] if m is not None and m.actor is not None else ""
        if m is not None and m.actor is not None and m.actor.country \
                and (m.actor.kind == "country" or sector in _HOME_SECTORS | _ARMED_HOME_SECTORS):
            return m.actor.country
        if m is not None and sector not in _HOME_SECTORS | _ARMED_HOME_SECTORS:
            return None
        for c in root.children:  # "Myanmar's military government" before its noun took the country
            if c.dep_ != "poss":
                continue
            o = self.at.get(c.i)
            if o is not None and (a := self.mentions[o].actor) is not None and a.kind == "country" and a.country:
                return a.country
            ent = next((e for e in self.ents_in.get(self.sent_of.get(c.i, -1), ()) if e.root.i == c.i), None)
            found = self._place_countries(ent) if ent is not None else set()
            if len(found) == 1 and self.kb is not None and self.kb.index.get(normalize(ent.text)) \
                    and any(e.kind == "country" for e in self.kb.index[normalize(ent.text)]):
                return next(iter(found))
        return None

    # ---------------------------------------------------------------- resolve_references
    def resolve(self) -> list[Mention]:
        home = self._dateline_country()
        for n, m in enumerate(self.mentions):
            span = self.spans[n]
            if span is None or not self._unresolved(m):
                continue
            root = span.root
            # "In Bangladesh, ..." beats the dateline; with no dateline, the country in focus
            here = self._setting(self._sentence(n)) or self._domestic_focus(self._sentence(n), skip=n) or home \
                or self._hub_focus(self._sentence(n), skip=n) or self._story_country(self._sentence(n))
            if m.label == "PERSON":
                if here and m.rule.startswith("ner:person") and (m.actor.sector in _HOME_PERSON_SECTORS
                                                                 or self._ruling_title(n)):
                    self._home(n, root, here)
                elif m.rule == "coref:surname":
                    self._surname_of(n)
                continue
            if not m.rule.startswith("agent:noun") or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in root.children) \
                    or any(c.dep_ == "prep" and c.lower_ in _OWNER_PREPS and not region_phrase(c)
                           and any(g.dep_ == "pobj" for g in c.children)
                           and not self._office_name(root, c) for c in root.children):
                continue  # "its troops", "spokesman for X": the resolver's own passes ("accused X of
                # blocking": a verb's "of" is no owner)
            for rule in (self._named_before, self._office_holder, self._same_head, self._named_court, self._spokesman,
                         self._state_media, self._legislature):
                if rule(n, root):
                    break
            else:
                if not (here is not None and (self._home(n, root, here) or self._domestic_civilians(n, here))):
                    self._scene_body(n, root) or self._carried_scene(n)
        self._parties()
        return self.mentions

    def _surname_of(self, n: int) -> bool:
        """"Opposition leader Nika Melia ... Melia was detained": a surname copied from the full
        name before that name got its home country here takes it now (same person, same name)."""
        m = self.mentions[n]
        for k in range(n - 1, -1, -1):
            o = self.mentions[k]
            if o.label == "PERSON" and o.actor is not None and o.actor.name == m.actor.name \
                    and o.actor.sector == m.actor.sector:
                if not o.actor.country:
                    return False
                self._replace(n, o.actor, "coref:surname", 0.7)
                return True
        return False

    def _named_before(self, n: int, root: Token) -> bool:
        """"KCNA news agency": the name right before the generic noun, when its sector is the noun's."""
        span = self.spans[n]
        k = self._mention_at(self.doc[span.start - 1]) if span.start > 0 else None
        if k is None:
            return False
        name, m = self.mentions[k], self.mentions[n]
        a = name.actor
        if a is None or a.kind not in ("media", "organisation", "igo", "group") or not a.code \
                or a.code.startswith("---") or not name.rule.startswith("kb:"):
            return False
        sector = m.actor.sector
        if not sector or not (a.sector == sector or a.code.endswith(sector)):
            return False
        self._replace(n, a, "coref:name+noun", 0.7)
        return True

    def _office_holder(self, n: int, root: Token) -> bool:
        """"the chancellor" after "Chancellor Olaf Scholz": the one person in this or the two
        previous sentences whose office is that title (a king, queen or emir: in the story)."""
        span = self.spans[n]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
            return False
        title = normalize(" ".join(t.text for t in span if t.dep_ != "det"))
        here = self._sentence(n)
        # a monarch is the one of the story however far back ("the king's remarks")
        reach = len(self.sents) if title in MONARCH_TITLES else 2
        found = {m.actor.kb_id or m.actor.name: m for k, m in enumerate(self.mentions[:n])
                 if m.label == "PERSON" and m.actor is not None and m.actor.role and m.actor.country
                 and 0 <= here - self._sentence(k) <= reach and normalize(m.actor.role) == title}
        if len(found) != 1:
            return False
        ante = next(iter(found.values()))
        self._replace(n, ante.actor, "coref:office", 0.6)
        return True

    def _same_head(self, n: int, root: Token) -> bool:
        """"The ministry" after "Taiwan's defence ministry"; "the junta" after "Mali's military government"."""
        if _pair_phrase(root) is not None:
            return False  # "the two presidents" are not the one president before: a pair (pair_groups)
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in root.children):
            return False
        if self._used_unowned(root) or any(c.dep_ == "prep" and self._office_name(root, c) for c in root.children):
            return False  # ("the Ministry of External Affairs" is its own name, not "the ministry" again)
        m = self.mentions[n]
        lemma = root.lemma_.lower()
        words = _modifier_words(root)  # "the interior ministry" needs an earlier interior ministry
        here = self._sentence(n)
        near: list[Actor] = []
        far: list[Actor] = []
        for k in range(n):
            o, o_span = self.mentions[k], self.spans[k]
            a = o.actor
            if o_span is None or a is None or not a.country or o.label == "PERSON" or a.kind not in _INSTITUTION_KINDS:
                continue
            o_root = o_span.root
            o_lemma = o_root.lemma_.lower()
            same = o_lemma == lemma and (words <= _modifier_words(o_root) | {t.lower_ for t in o_span}
                                         or lemma in _LOOSE_HEADS)
            ruling = lemma in _RULING_NOUNS and o_lemma in _RULING_NOUNS and o_root.tag_ == root.tag_ \
                and (a.sector or "")[:3] in ("GOV", "MIL")
            if not (same or ruling):
                continue
            if here - self._sentence(k) <= 2:
                near.append(k)
            elif same:
                far.append(k)
        found = [self.mentions[k].actor for k in near or far]
        if not found or len({a.code for a in found}) != 1:
            return False
        ante = found[-1]
        if m.actor.sector and m.actor.sector != ante.sector and lemma not in _RULING_NOUNS | _LOOSE_HEADS:
            return False
        speaker = self._speaker_since(n, root, self.mentions[(near or far)[-1]])
        if speaker is not None:
            name = self.kb.country_name(speaker) if self.kb is not None else None
            self._replace(n, replace(m.actor, country=speaker, code=speaker + (m.actor.sector or ""), name=name),
                          "coref:speaker", 0.55)
            return True
        self._replace(n, ante, "coref:same-head", 0.6)
        return True

    def _named_court(self, n: int, root: Token) -> bool:
        """"The International Court of Justice ordered ... while the court examines the case":
        a bare "the court" after a court of no country (the ICJ, the ICC) is that court, not the
        home country's; a national court named last is `_same_head`'s or the home rule's."""
        if root.lemma_.lower() not in _COURT_NOUNS or [c.lower_ for c in root.children if c.i < root.i] != ["the"]:
            return False
        last = None
        for k in range(n):
            o, o_span = self.mentions[k], self.spans[k]
            if o_span is not None and o.actor is not None and o.label != "PERSON" and o.rule.startswith(("kb:", "ner:")) \
                    and o_span.root.lemma_.lower() in _COURT_NOUNS and o.actor.code and not o.actor.code.startswith("---"):
                last = o.actor
        if last is None or last.country or last.kind != "igo":
            return False
        self._replace(n, last, "coref:named-court", 0.6)
        return True

    def _speaker_since(self, n: int, root: Token, ante: Mention) -> str | None:
        """"Egypt's army was on alert. Israel's defence minister said the army would ...": a state
        body named with "the" alone, subject of a clause under a government or military speaker
        named after the same-head phrase, is the speaker's country's (as the resolver codes "the
        army" under a speaker), not the earlier phrase's: the country of the speaker's
        government, returned when it is another than the phrase's."""
        m = self.mentions[n]
        span = self.spans[n]
        if m.actor.sector not in ("MIL", "COP") or span is None or len(span) != 1 \
                or root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for verb in root.head.ancestors:  # the nearest verb above the clause with an actor subject
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            for c in verb.children:
                k = self._mention_at(c) if c.dep_ in ("nsubj", "nsubjpass") and c.i != root.i else None
                a = self.mentions[k].actor if k is not None and k != n else None
                if a is None or not a.country:
                    continue
                later = self.mentions[k].start > ante.start
                if later and (a.sector or "")[:3] in ("GOV", "MIL") and a.country != ante.actor.country:
                    return a.country
                return None
        return None

    def _used_unowned(self, root: Token) -> bool:
        """Has the body text used this noun before outside any actor with a country? Then the
        noun also names something the text never placed ("Coalition advisers ... the Syrian Arab
        Coalition ... The Coalition"), and the nearest phrase with that head is no safe antecedent."""
        lemma = root.lemma_.lower()
        ids = {hash_string(root.lower_), hash_string(lemma)}
        for k in range(root.i):
            if self.lower[k] not in ids:
                continue
            t = self.doc[k]
            if t.idx < self.dateline_end or t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() != lemma:
                continue
            if t.dep_ == "compound" and t.head.lower_ in SPOKESPEOPLE:
                continue  # "Army spokesman X": a title naming the body, not another body
            owner = self.at.get(k)
            if owner is None or self.mentions[owner].actor is None or not self.mentions[owner].actor.country:
                return True
        return False

    def _spokesman(self, n: int, root: Token) -> bool:
        """A bare "spokesman" speaks for the previous sentence's speaker, when this sentence
        names no actor before it."""
        if root.lemma_.lower() not in SPOKESPEOPLE and root.lower_ not in SPOKESPEOPLE:
            return False
        if any(t.i != root.i and t.dep_ != "det" for t in self.spans[n]):
            return False  # "a State Department spokesman" names its own body
        here = self._sentence(n)
        if here <= 0 or any(self._sentence(k) == here and self.mentions[k].actor is not None
                            and self.mentions[k].actor.country for k in range(n)):
            return False
        prev = self.sents[here - 1]
        subjects = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        k = self._mention_at(subjects[0]) if len(subjects) == 1 else None
        if k is None:
            return False
        a = self.mentions[k].actor
        if a is None or not a.country or a.kind not in _INSTITUTION_KINDS | {"person"}:
            return False
        self._replace(n, a, "coref:spokesman", 0.55)
        return True

    def _state_media(self, n: int, root: Token) -> bool:
        """"state media", "state television", "the official news agency" with no country of
        their own: the country of the speaker whose words they carry ("X said on state
        television"), else the one country the sentence names, else the dateline's country when
        the sentence names it or none."""
        span = self.spans[n]
        if root.lower_ not in _MEDIA_NOUNS or not any(t.lower_ in _STATE_WORDS for t in span):
            return False
        return self._speaker_country(n, root, "coref:state-media")

    def _legislature(self, n: int, root: Token) -> bool:
        """A bare "parliament", "the legislature", "lawmakers": the country of the speaker who
        addresses it ("X told parliament", "X said in parliament"), else the one country the
        sentence names, else the dateline's (as for state media)."""
        m = self.mentions[n]
        if (m.actor.sector or "")[:3] != "LEG" or root.lower_ not in _LEGISLATURE_NOUNS \
                or any(t.i != root.i and t.dep_ != "det" for t in self.spans[n]):
            return False  # ("European lawmakers", "the upper house": the phrase's own words decide)
        # only countries named before it: "Lawmakers condemned Russia" are not Russia's
        return self._speaker_country(n, root, "coref:legislature", before=True)

    def _speaker_country(self, n: int, root: Token, rule: str, before: bool = False) -> bool:
        """Give mention `n` the country of the subject of the verb it is the object of (directly
        or through a preposition), else of the one country its sentence names (`before`: before
        the mention), else of the paragraph's setting or the dateline when the sentence names it
        or none, else (no dateline that says where) of the country in focus."""
        here = self._sentence(n)
        country = None
        verb = root.head.head if root.dep_ == "pobj" else root.head if root.dep_ in ("dobj", "dative") else None
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            for c in verb.children:
                k = self._mention_at(c) if c.dep_ in ("nsubj", "nsubjpass") else None
                if k is not None and k != n and self.mentions[k].actor is not None:
                    country = self.mentions[k].actor.country
        if country is None:
            named = self._countries_named({here}, skip=n, before=self.mentions[n].start if before else None)
            home = self._setting(here) or self._domestic_focus(here, skip=n) or self._dateline_country()
            if len(named) == 1:
                country = named.pop()
            elif home is not None and (not named or home in named):
                country = home
            elif home is None and not named:  # no dateline that says where: the country in focus
                country = self._focus(here, skip=n)
        if not country:
            return False
        m = self.mentions[n]
        name = self.kb.country_name(country) if self.kb is not None else None
        self._replace(n, m.actor.placed(country, name=name),
                      rule, 0.5)
        return True

    def _domestic_civilians(self, n: int, home: str) -> bool:
        """Civilians with no nationality ("residents", "villagers") in a domestic story: the
        dateline's country when the article names no other country anywhere. Where a story
        names a foreign actor, the place of the event alone does not say whose they are."""
        m = self.mentions[n]
        if (m.actor.sector or "")[:3] != "CVL" or m.actor.kind == "weapon":
            return False
        here = self._sentence(n)
        span = self.spans[n]
        if span is not None and span.root.lower_ in _CROWD_NOUNS and self._street_at_home(n, here, home):
            name = self.kb.country_name(home) if self.kb is not None else None
            self._replace(n, m.actor.placed(home, name=name),
                          "coref:home-crowd", 0.45)
            return True
        if not self._countries_everywhere(skip=n) <= {home} and not (
                self._countries_named({here}, skip=n) <= {home} and self._placed_at_home(here, home)) \
                and not (self._detained(n) and self.home(here, skip=n) == home):
            return False
        name = self.kb.country_name(home) if self.kb is not None else None
        self._replace(n, m.actor.placed(home, name=name),
                      "coref:home-civilians", 0.45)
        return True

    def _detained(self, n: int) -> bool:
        """Are civilians `n` the ones arrested or detained ("Forty-two people were detained")? A
        state detains at home: with no other country near, they are the home country's."""
        span = self.spans[n]
        if span is None or span.root.dep_ not in ("nsubjpass", "dobj"):
            return False
        return span.root.head.lemma_.lower() in _DETAIN_VERBS

    def _street_at_home(self, n: int, sentence: int, home: str) -> bool:
        """Police, protesters or a crowd with no country, in a sentence that names no other: the
        home country's when the sentence before names only other countries ("Uganda closed its
        border. Police fired tear gas at crowds"), unless that sentence set a scene abroad
        ("Thousands marched in Paris. Police ...") and this one none at home."""
        if self.home(sentence, skip=n, previous=False) != home:
            return False
        if self._placed_at_home(sentence, home):
            return True
        if sentence == 0 or self._scene_countries(sentence - 1, sentence - 1, unarmed=True) - {home}:
            return False  # ("In Amman, protesters gathered ...\n\nPolice fired": the scene carries)
        # a sentence before that names the home country with another ("Belgium and the Netherlands
        # agreed a rail link. Police said ...") leaves the police either's
        return home not in self._countries_named({sentence - 1}, skip=n)

    def _placed_at_home(self, sentence: int, home: str) -> bool:
        """Does this sentence, or the one before it in its paragraph, set what happens "in" or
        "at" a city of the home country ("protesters gathered outside the French embassy in
        Niamey ... Police fired tear gas")? Then the street's police, protesters and crowd are
        the home country's, whatever foreign flags, embassies or targets the sentences name."""
        text = self.text
        first = sentence
        if sentence > 0 and "\n" not in text[max(0, self.sents[sentence].start_char - 2):self.sents[sentence].start_char]:
            first = sentence - 1
        return home in self._scene_countries(first, sentence)

    def _scene_countries(self, first: int, last: int, unarmed: bool = False, verb: int | None = None) -> set[str]:
        """Countries of the KB cities sentences `first`..`last` set something "in" or "at"
        (`unarmed`: not the place of armed men, "Troops in Goma", who may be foreign there;
        `verb`: only phrases on that verb or its objects)."""
        found: set[str] = set()
        for sent in self.sents[first:last + 1]:
            for t in sent:
                if t.dep_ != "pobj" or t.head.lower_ not in ("in", "at") or t.pos_ != "PROPN" \
                        or t.idx < self.dateline_end or t.ent_type_ in _TIME_ENTS:
                    continue  # ("in March": a month, not the English town)
                if verb is not None and t.head.head.i != verb and clause_verb(t.head.head).i != verb:
                    continue
                if unarmed and self._armed_word(t.head.head):
                    continue
                name = normalize(self.doc[t.left_edge.i:t.i + 1].text)
                countries = {e.country for e in self.kb.index.get(name, []) if e.kind in ("capital", "city")} \
                    if self.kb is not None else set()
                if not countries and self.kb is not None and not self.kb.index.get(name):
                    countries = self._gazetteer_town(self.doc[t.left_edge.i:t.i + 1].text)
                if len(countries) == 1:
                    found |= countries
        return found

    def _armed_word(self, t: Token) -> bool:
        """Is `t` (in a mention or not) a noun of armed men ("troops", "gunmen")?"""
        owner = self.at.get(t.i)
        actor = self.mentions[owner].actor if owner is not None else None
        sector = actor.sector if actor is not None else self.kb.agent_sector(t.text) if self.kb is not None else None
        return (sector or "")[:3] in _ARMED_HOME_SECTORS | {"UAF"}

    def _gazetteer_town(self, name: str) -> set[str]:
        """The country of a town the KB does not know ("gathered in Mitrovica"), read from the
        gazetteer with the dateline's country as context: a town or district of some size only."""
        if name not in self._towns:
            self._towns[name] = set()
            try:
                from tacitus.gazetteer import load_gazetteer  # (optional here, as in the resolver)

                home = self._dateline_country()
                cands = load_gazetteer().lookup(name, context=[home] if home else [], limit=1)
            except Exception:
                cands = []
            f = cands[0].feature if cands else None
            if f is not None and f.country and f.level not in ("country", "region") \
                    and (f.population or 0) >= _SCENE_TOWN_POPULATION:
                self._towns[name] = {f.country}
        return self._towns[name]

    def _home(self, n: int, root: Token, home: str) -> bool:
        """The dateline's (or the paragraph's "In <country>,") country for a domestic noun, when
        this and the previous sentence name no other country."""
        m = self.mentions[n]
        sector = (m.actor.sector or "")[:3]
        # "federal troops", "federal agents": the words say the body is the country's own
        federal = m.label != "PERSON" and any(c.lower_ == "federal" and c.dep_ in ("amod", "compound")
                                              for c in root.children)
        span = self.spans[n]
        title = " ".join(t.lower_ for t in span if t.dep_ != "det") if span is not None else ""
        federal = federal or m.label != "PERSON" and title in _OWN_GUARDS
        if sector in _ARMED_HOME_SECTORS and m.label != "PERSON" and not federal:
            return self._armed_home(n, root, home)
        # "local media", "university students", "workers": the words or the trade say the people are
        # of the place, as a home body is (not "foreign students", "migrant workers")
        local = m.label != "PERSON" and any(c.lower_ in ("local", "domestic") and c.dep_ in ("amod", "compound")
                                            for c in root.children)
        people = m.label != "PERSON" and sector in _HOME_PEOPLE_SECTORS and not any(
            c.lower_ in _VISITING_WORDS for c in root.children if c.dep_ in ("amod", "compound"))
        if sector not in _HOME_SECTORS and not (federal and sector in ("MIL", "SPY")) and not local and not people \
                and not (m.label == "PERSON" and sector in ("ELI", *_HOME_PEOPLE_SECTORS)) \
                and not (m.label == "PERSON" and self._ruling_title(n)):
            # ("Former President X", whom the KB lacks; "X, a student leader"; "Junta spokesman X")
            return False
        vote_body = root.lemma_.lower() in _VOTE_BODIES and any(t.lower_ in _ELECTION_WORDS for t in span or ())
        if m.label != "PERSON" and not local and not people and root.lower_ not in _HOME_NOUNS \
                and root.lemma_.lower() not in _HOME_NOUNS \
                and not vote_body and not (sector == "OPP" and any(c.lower_ == "opposition" for c in root.children)) \
                and title not in _HOME_TITLES | _OFFICE_TITLES | _HOME_FORCES and not federal \
                and not _speaks_for_rulers(root):
            return False
        # a compass phrase ("the authorities in the north") says the body is of the story's own country
        region = any(c.dep_ == "prep" and region_phrase(c) for c in root.children)
        here = self._sentence(n)
        if sector in _STREET_SECTORS and m.label != "PERSON" and self._scene_countries(here, here) - {home}:
            return False  # "protesters gathered outside the embassy in Bamako": the street abroad
        # ("federal agents": the word says whose; the countries of the sentence before do not matter)
        # (an opposition is its own country's: a foreign name in the sentence before does not unsettle it)
        previous = not region and title not in _OFFICE_TITLES and not federal and not (m.label == "PERSON" and sector == "OPP") \
            and not (root.lower_ in _OWN_RULERS and self._names_anywhere(home))
        # (a junta of a story that never names its dateline's country may be the neighbour's named before)
        if self.home(here, skip=n, previous=previous) != home and not (
                sector in _STREET_SECTORS and m.label != "PERSON" and self._street_at_home(n, here, home)):
            return False
        name = self.kb.country_name(home) if self.kb is not None else None
        actor = m.actor.placed(home, name=m.actor.name if m.label == "PERSON" else name)
        self._replace(n, actor, "coref:home-country", 0.5)
        return True

    def _ruling_title(self, n: int) -> bool:
        """A person titled by the state's one ruling or armed institution and no country ("Junta
        spokesman Major General X", "Army chief General Y"): of the home country, as "the army" is.
        A bare rank ("General Y") can be any country's and is left open."""
        m, span = self.mentions[n], self.spans[n]
        if span is None or m.actor is None or (m.actor.sector or "")[:3] not in ("MIL", "GOV") or m.actor.country:
            return False
        words = []
        k = span.start - 1
        while k >= 0 and self.doc[k].dep_ in ("compound", "amod", "nmod") and self.doc[k].head.i > k:
            words.append(self.doc[k].lower_)
            k -= 1
        return any(w in _RULING_TITLE_WORDS for w in words)

    def _scene_body(self, n: int, root: Token) -> bool:
        """"Police in Caracas detained three activists who protested outside the national
        electoral council": a domestic body, the street or civilians with no country, in a sentence
        that sets what happens in a city of one country and names no other country, are that
        country's, whatever the dateline says. Bodies abroad (embassies, envoys) stay out."""
        m = self.mentions[n]
        sector = (m.actor.sector or "")[:3]
        if sector not in _HOME_SECTORS | _SCENE_PEOPLE_SECTORS or m.label == "PERSON" or root.lower_ in _ABROAD_NOUNS:
            return False
        here = self._sentence(n)
        scene = self._scene_countries(here, here, unarmed=True)
        if len(scene) != 1 or not self._countries_named({here}, skip=n) <= scene:
            return False
        country = next(iter(scene))
        name = self.kb.country_name(country) if self.kb is not None else None
        self._replace(n, m.actor.placed(country, name=name),
                      "coref:scene-country", 0.45)
        return True

    def _backer_named(self, sentence: int) -> bool:
        """Does the sentence name a country as the backer of someone ("Turkish-backed", "Iran-funded")?"""
        doc = self.doc
        for k in self.in_sentence.get(sentence, ()):
            span = self.spans[k]
            if span is not None and span.end + 1 < len(doc) and doc[span.end].text == "-" \
                    and doc[span.end + 1].lower_ in _BACKER_SUFFIXES:
                return True
        return False

    def _carried_scene(self, n: int) -> bool:
        """"In Amman, protesters gathered ...\n\nPolice fired tear gas": police or protesters
        opening a paragraph that names no country or place before them carry on the scene of the
        paragraph before, when that one was set in a country or a city ("In Amman,")."""
        m = self.mentions[n]
        if (m.actor.sector or "")[:3] not in _STREET_SECTORS | {"CVL"} or m.label == "PERSON":
            return False
        here = self._sentence(n)
        first = self.para_start[here]
        country = self._setting(first - 1) if first > 0 else None
        if country is None or not self._countries_named(set(range(first, here + 1)), skip=n, before=m.start) \
                | self._scene_countries(first, here) <= {country}:
            return False
        name = self.kb.country_name(country) if self.kb is not None else None
        self._replace(n, m.actor.placed(country, name=name),
                      "coref:carried-scene", 0.45)
        return True

    def _armed_home(self, n: int, root: Token, home: str) -> bool:
        """"PORT SUDAN, Sudan - Paramilitary fighters attacked a camp in Sudan's Darfur region":
        an army or armed men with no owner are the dateline country's when the home country is
        named in their sentence or the one before and no other country is, in either sentence
        or anywhere in the paragraph so far. Troops and soldiers are often foreign and stay out."""
        # ("the air force", "the navy": the one of their kind, as "the army" is)
        service = root.lower_ in ("army", "military", "navy") or root.lower_ == "force" and any(
            c.lower_ == "air" and c.dep_ in ("compound", "amod") for c in root.children)
        institution = service and any(c.lower_ == "the" for c in root.children) \
            or root.lower_ in _SPOKES_NOUNS and any(c.lower_ in ("military", "army") for c in root.children)
        # ("the generals": the ruling ones of the home country; a foreign broker before does not own them)
        ruling = root.lower_ in _OWN_RULERS and any(c.lower_ == "the" for c in root.children)
        if root.lower_ not in _ARMED_HOME_NOUNS and not institution and not ruling:
            return False
        here = self._sentence(n)
        if self._backer_named(here):
            return False  # "a Turkish-backed militia ... killing four fighters": the fighters are the backed side's
        if ruling:
            return self._countries_named({here}, skip=n, envoys=False) <= {home} and self._set_home_armed(n, home)
        named = self._countries_named({here, here - 1}, skip=n, envoys=False)
        # "the army", "a military spokesman": the one army of the dateline's country, named or not
        if named != {home} and not (institution and named <= {home}):
            return False
        first = self.para_start[here]
        if not self._countries_named(set(range(first, here + 1)), skip=n, envoys=False) <= {home}:
            return False
        return self._set_home_armed(n, home)

    def _set_home_armed(self, n: int, home: str) -> bool:
        m = self.mentions[n]
        name = self.kb.country_name(home) if self.kb is not None else None
        self._replace(n, m.actor.placed(home, name=name),
                      "coref:home-armed", 0.45)
        return True

    def _parties(self) -> None:
        """"his party": the party of the one person named in this sentence (or, when it names
        none, in the previous one)."""
        added: list[Mention] = []
        dropped: set[int] = set()
        for i in (i for i, low in enumerate(self.lower) if low in _PARTY_IDS):
            t = self.doc[i]
            if t.pos_ != "NOUN" or t.i in self.at or (self.taken is not None and self.taken[t.i]):
                continue
            if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children):
                continue
            here = self.sent_of.get(t.i, -1)
            owner = None
            for sentence in (here, here - 1):
                people = [m for k, m in enumerate(self.mentions) if m.label == "PERSON" and self._sentence(k) == sentence
                          and m.start < t.idx and m.actor is not None]
                if people:
                    owner = people[0] if len({p.actor.kb_id or p.actor.name for p in people}) == 1 else None
                    break
            if owner is None or not owner.actor.country:
                continue
            sector = "OPP" if owner.actor.sector == "OPP" else "PTY"
            actor = Actor(text=t.text, country=owner.actor.country, sector=sector, code=owner.actor.country + sector,
                          name=owner.actor.name, kind="group", rule="coref:party", confidence=0.5)
            added.append(Mention(text=t.text, start=t.idx, end=t.idx + len(t.text), label="ORG", actor=actor,
                                 sentence=here, rule="coref:party", confidence=0.5))
            if self.taken is not None:
                self.taken[t.i] = True
            named = self._party_name(t, owner.actor.country)
            if named is not None:  # "Her party, Vente Venezuela,": the name is the party, not the country in it
                dropped.update(n for n, span in enumerate(self.spans) if span is not None
                               and named.start <= span.start and span.end <= named.end)
                added.append(Mention(text=named.text, start=named.start_char, end=named.end_char, label="ORG",
                                     actor=replace(actor, text=named.text), sentence=here, rule="coref:party",
                                     confidence=0.5))
                if self.taken is not None:
                    for k in range(named.start, named.end):
                        self.taken[k] = True
        if dropped:
            self.mentions = [m for n, m in enumerate(self.mentions) if n not in dropped]
        self.mentions.extend(added)
        self._everywhere = None

    def _party_name(self, party: Token, country: str) -> Span | None:
        """The capitalised name set in apposition to "his party" ("Her party, Vente Venezuela,"),
        unless a mention inside it is already a body of the owner's country ("His party, CHP,"
        keeps TURPTY); a country inside the name, or a party of another country matched on part
        of it ("Democratic Party" in "the Liberal Democratic Party"), gives way."""
        name = next((c for c in party.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is None:
            return None
        start = name.left_edge.i + (self.doc[name.left_edge.i].lower_ == "the")
        span = self.doc[start:name.right_edge.i + 1]
        if any(t.is_punct and t.text != "-" for t in span) or not all(t.is_title or t.is_upper or t.lower_ in
                                                                        ("of", "for", "the", "and") for t in span):
            return None
        inside = [self.mentions[n] for n, sp in enumerate(self.spans) if sp is not None
                  and span.start <= sp.start and sp.end <= span.end]
        if not len(span) or any(m.actor is not None and m.actor.kind not in ("country", "demonym")
                                and m.actor.country == country for m in inside):
            return None
        return span

    # ---------------------------------------------------------------- actor_groups
    def listed_groups(self) -> dict[int, tuple[Actor, ...]]:
        """"Qatari and Egyptian mediators": the resolver made "Qatari" its own mention
        (rule agent:country+noun(list)); the head phrase stands for both."""
        groups: dict[int, tuple[Actor, ...]] = {}
        text = doc_text(self.doc)
        n = 0
        while n < len(self.mentions):
            if not self.mentions[n].rule.endswith("(list)") or self.mentions[n].actor is None:
                n += 1
                continue
            listed = [self.mentions[n].actor]
            k = n + 1
            while k < len(self.mentions):
                gap = text[self.mentions[k - 1].end:self.mentions[k].start].split()
                if not all(w in _LIST_WORDS for w in gap) or self.mentions[k].actor is None:
                    break
                listed.append(self.mentions[k].actor)
                if not self.mentions[k].rule.endswith("(list)"):
                    span = self.spans[k]
                    if span is not None and len(listed) > 1:
                        for i in range(span.start, span.end):
                            groups[i] = tuple(listed)
                    break
                k += 1
            n = k
        return groups

    def owner_groups(self) -> dict[int, tuple[Actor, ...]]:
        """"the military rulers of Mali and Burkina Faso", "the ambassadors of France and
        Germany": a body noun whose "of" phrase lists countries stands for each country's body
        (the noun's sector), as "Qatari and Egyptian mediators" do."""
        groups: dict[int, tuple[Actor, ...]] = {}
        text = doc_text(self.doc)
        for n, m in enumerate(self.mentions):
            span = self.spans[n]
            if span is None or m.actor is None or not m.actor.sector or m.label == "PERSON" \
                    or m.actor.kind == "country":
                continue
            of = next((c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is None or of.i < span.end - 1:
                continue
            owners = sorted({k for t in of.subtree if (k := self.at.get(t.i)) is not None and k != n})
            listed = [self.mentions[k] for k in owners]
            if len(listed) < 2 or any(o.actor is None or o.actor.kind != "country" or not o.actor.country
                                      for o in listed):
                continue
            if not all(w in _LIST_WORDS for a, b in zip(listed, listed[1:], strict=False)
                       for w in text[a.end:b.start].split()):
                continue
            countries = list(dict.fromkeys(o.actor.country for o in listed))
            if len(countries) < 2:
                continue
            sector = m.actor.sector
            actors = tuple(replace(m.actor, country=c, code=c + sector, name=o.actor.name, kb_id=None)
                           for c, o in zip(countries, listed, strict=False))
            for i in range(span.start, span.end):
                groups[i] = actors
        return groups

    def pair_groups(self) -> dict[int, tuple[Actor, ...]]:
        groups: dict[int, tuple[Actor, ...]] = {}
        for i in (i for i, low in enumerate(self.lower) if low in _PAIR_IDS):
            t = self.doc[i]
            noun = _pair_phrase(t)
            if noun is None or t.i in self.at and not self._bare_office_pair(t, noun):
                continue
            pair = self._dispute_pair(t) if noun in _SIDE_NOUNS else None
            if pair is None:
                pair = self._pair_before(t, noun)
                if pair is not None and t.lower_ == "both" and t.head.lemma_.lower() not in _PAIR_SPEECH_VERBS:
                    # "A and B exchanged strikes. C and D urged restraint. Analysts say both may
                    # feel unable to back down": a bare "both" that does not speak is the fight's
                    # two sides over a nearer pair that stands outside it
                    fight = self._dispute_pair(t)
                    if fight is not None and not {a.code for a in fight} & {a.code for a in pair}:
                        pair = fight
            if pair is None:  # round 14: a retaliation's two sides, the two leaders the story names
                pair = self._retaliation_pair(t) if noun in _SIDE_NOUNS else \
                    self._named_leaders(t) if noun in _LEADER_PAIR_NOUNS else None
            if pair is None and noun in _STATE_PAIR_NOUNS | {"two"}:
                pair = self._story_pair(t)  # "appealed to both countries": the story's two states
            if pair is not None and noun in _SIDE_NOUNS and self._speaks_of_sides(t, pair):
                pair = None  # "X and Y said they were in touch with both sides": never the speakers
            if pair is not None and noun in _OFFICE_PAIR_NOUNS:
                pair = (_as_office(pair[0]), _as_office(pair[1]))  # "the two leaders" of two states: their governments
            if pair is not None and noun in _STATE_BODY_PAIRS:
                pair = (_as_body(pair[0], _STATE_BODY_PAIRS[noun]), _as_body(pair[1], _STATE_BODY_PAIRS[noun]))
            if pair is not None:
                phrase = self.doc[t.left_edge.i:t.i + 1].text
                # ("each side" is one side at a time: the two keep their own names, as a claim's sources)
                groups[t.i] = tuple(replace(a, text=a.text if t.lower_ == "side" else phrase, rule="coref:pair",
                                            confidence=0.5) for a in pair)
                them = self._them_after(t)
                if them is not None:  # "criticised both sides and urged them to ...": the same two
                    groups[them] = tuple(replace(a, text=self.doc[them].text, rule="coref:pair+pronoun",
                                                 confidence=0.45) for a in pair)
        return groups

    def _bare_office_pair(self, t: Token, noun: str) -> bool:
        """"the two foreign ministers", "both governments": a mention of office holders or state
        bodies with no country of its own, which the pair may still stand for."""
        n = self.at[t.i]
        m, span = self.mentions[n], self.spans[n]
        return noun in _OFFICE_PAIR_NOUNS | _STATE_BODY_PAIRS.keys() and m.actor is not None and not m.actor.country \
            and span is not None and span.root.i == t.i

    def _them_after(self, t: Token) -> int | None:
        """The object "them" later in `t`'s sentence with no actor named between (round 14)."""
        end = t.sent.end
        for k in range(t.i + 1, end):
            if k in self.at:
                return None
            tok = self.doc[k]
            if tok.lower_ == "them" and tok.dep_ in ("dobj", "pobj", "dative"):
                return k
        return None

    def _dispute_pair(self, t: Token) -> tuple[Actor, Actor] | None:
        """"both sides", "the two parties": the two sides of the first fight, accusation or
        negotiation the article tells before `t` ("Armenia accused Azerbaijan of shelling ...",
        "the RSF, which have been fighting the army", "suspended talks with the rebels"): subject
        and object of a conflict verb, or its conjoined subjects ("A and B exchanged fire").
        None when the text tells no such act."""
        for k in range(0, t.i):
            verb = self.doc[k]
            if verb.pos_ != "VERB":
                continue
            talks = [c for c in verb.children if c.dep_ == "dobj" and (c.lower_ in _TALK_NOUNS or c.lemma_.lower() in _TALK_NOUNS)]
            if verb.lemma_.lower() not in _DISPUTE_VERBS | _TALK_VERBS and not talks:
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].tag_ == "WDT" and verb.dep_ == "relcl":
                subjects = [verb.head]  # "the RSF, which have been fighting the army"
            if not subjects:
                continue
            subj = self._mention_at(subjects[0])
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            objects += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "against", "on")
                        for g in p.children if g.dep_ == "pobj"]
            # "suspended peace talks with the rebels": the other side of the talks
            objects += [g for n in talks for p in n.children if p.dep_ == "prep" and p.lower_ == "with"
                        for g in p.children if g.dep_ == "pobj"]
            objects += [c for c in subjects[0].children if c.dep_ == "conj"]
            for obj in objects:
                other = self._mention_at(obj)
                if subj is not None and other is not None and self._side(subj) and self._side(other) \
                        and self.mentions[subj].actor.code != self.mentions[other].actor.code \
                        and self.spans[other].end <= t.i:
                    first, second = sorted((subj, other), key=lambda x: self.mentions[x].start)
                    return self.mentions[first].actor, self.mentions[second].actor
        return None

    def _retaliation_pair(self, t: Token) -> tuple[Actor, Actor] | None:
        """"X imposed tariffs on Y's goods, and Y retaliated ... both sides": the one who
        retaliates and the subject of the act just before, in its sentence or the one before."""
        for k in range(0, t.i):
            verb = self.doc[k]
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in _RETALIATE_VERBS:
                continue
            subj = next((self._mention_at(c) for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or not self._side(subj):
                continue
            here = self._sentence(subj)
            first = None
            for n, span in enumerate(self.spans):
                if span is None or span.start >= verb.i or not 0 <= here - self._sentence(n) <= 1 \
                        or span.root.dep_ != "nsubj" or not self._side(n):
                    continue
                if self.mentions[n].actor.country != self.mentions[subj].actor.country:
                    first = n  # the last earlier subject of another country
            if first is not None:
                return self.mentions[first].actor, self.mentions[subj].actor
        return None

    def _named_leaders(self, t: Token) -> tuple[Actor, Actor] | None:
        """"X spoke by phone with both leaders": the officials of exactly two countries named
        in the five sentences before (and `t`'s own), other than the country of `t`'s own
        clause subject: the last of each."""
        here = self.sent_of.get(t.i, -1)
        own = {self.mentions[k].actor.country for c in t.head.head.children if c.dep_ == "nsubj"
               for k in [self._mention_at(c)] if k is not None and self.mentions[k].actor is not None}
        last: dict[str, int] = {}
        for n, span in enumerate(self.spans):
            m = self.mentions[n]
            if span is None or span.end > t.i or m.label != "PERSON" or m.actor is None or not m.actor.country \
                    or not (m.actor.sector or "").startswith("GOV") or not 0 <= here - self._sentence(n) <= 5:
                continue
            if m.actor.country not in own:
                last[m.actor.country] = n
        if len(last) != 2:
            return None
        first, second = sorted(last.values(), key=lambda x: self.mentions[x].start)
        return self.mentions[first].actor, self.mentions[second].actor

    def _story_pair(self, t: Token) -> tuple[Actor, Actor] | None:
        """The two countries a story is about, when no pair is named near `t`: the two named
        most before it (as countries, at least twice each), well ahead of any third (which has
        at most half the second's count), neither being the subject of `t`'s own clause."""
        counts: dict[str, int] = {}
        last: dict[str, Actor] = {}
        for n, m in enumerate(self.mentions):
            span = self.spans[n]
            if span is None or span.end > t.i or m.actor is None or not m.actor.country or m.label == "PERSON":
                continue
            counts[m.actor.country] = counts.get(m.actor.country, 0) + 1  # ("Azerbaijan's troops" count too)
            if m.actor.kind == "country" and not m.actor.sector:
                last[m.actor.country] = m.actor  # the pair is the states themselves
        ranked = sorted(counts, key=lambda c: -counts[c])
        if len(ranked) < 2 or counts[ranked[1]] < 2 or len(ranked) > 2 and 2 * counts[ranked[2]] > counts[ranked[1]] \
                or not set(ranked[:2]) <= set(last):
            return None
        verb = t.head.head if t.dep_ == "pobj" else t.head
        own = {self.mentions[k].actor.country for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
               for k in [self._mention_at(c)] if k is not None and self.mentions[k].actor is not None}
        if own & set(ranked[:2]):
            return None  # "India said both countries ...": not a pair of others
        first, second = sorted(ranked[:2], key=lambda c: min(m.start for m in self.mentions
                                                             if m.actor is not None and m.actor.country == c))
        return last[first], last[second]

    def _side(self, n: int) -> bool:
        """Can mention `n` be a side of a fight or dispute (not civilians, a weapon or a place)?"""
        a = self.mentions[n].actor
        return a is not None and bool(a.code) and self.mentions[n].label != "WEAPON" and a.kind != "weapon" \
            and (a.sector or "")[:3] not in ("CVL", "REF") and (bool(a.country) or a.kind in ("group", "igo"))

    def _speaks_of_sides(self, t: Token, pair: tuple[Actor, Actor]) -> bool:
        """Is either actor of `pair` the subject of a verb `t` depends on ("X and Y said they
        were in contact with both sides", "X told parliament that both sides ...")?"""
        codes = {a.code for a in pair}
        node = t
        while node.head.i != node.i and node.dep_ != "conj":  # a clause joined by "and" has its own subject
            node = verb = node.head
            for c in verb.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    k = self._mention_at(c)
                    if k is not None and self.mentions[k].actor is not None and self.mentions[k].actor.code in codes:
                        return True
        return False

    def _pair_before(self, t: Token, noun: str) -> tuple[Actor, Actor] | None:
        """The nearest pair before `t` in this or the two previous sentences: conjoined actors
        or the subject and object of one verb, neither being the subject of `t`'s own clause."""
        here = self.sent_of.get(t.i, -1)
        own_subject = None
        if t.dep_ not in ("nsubj", "nsubjpass"):
            own_subject = next((self._mention_at(c) for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        best: tuple[int, tuple[int, int]] | None = None
        for n, span in enumerate(self.spans):
            if span is None or span.end > t.i or not 0 <= here - self._sentence(n) <= 2 or n == own_subject:
                continue
            for k in self._partners(span.root):
                if k in (n, own_subject) or self.spans[k] is None or self.spans[k].end > t.i:
                    continue
                pair = (n, k)
                if not self._pair_fits(pair, noun):
                    continue
                last = max(self.spans[n].end, self.spans[k].end)
                if best is None or last > best[0]:
                    best = (last, pair)
        if best is None:
            return None
        a, b = best[1]
        first, second = sorted((a, b), key=lambda x: self.mentions[x].start)
        return self.mentions[first].actor, self.mentions[second].actor

    def _office_or_state(self, n: int) -> bool:
        """Is mention `n` a person, a state, or a state's office holder ("Egypt's president")?"""
        m, span = self.mentions[n], self.spans[n]
        a = m.actor
        if a is None or not a.country:
            return False
        if m.label == "PERSON" or a.kind == "country" and not a.sector:
            return True
        return (a.sector or "").startswith("GOV") and span is not None and span.root.lemma_.lower() in PERSON_NOUNS

    def _partners(self, root: Token) -> list[int]:
        """Mentions paired with the one headed by `root`: its conjuncts, and, for a subject,
        the object of its verb ("Putin met Kim", "held talks with Kim")."""
        out = [self._mention_at(c) for c in root.children if c.dep_ == "conj"]
        if root.dep_ == "nsubj" and root.head.pos_ == "VERB":
            verb = root.head
            for c in verb.children:
                if c.dep_ == "dobj":
                    out.append(self._mention_at(c))
                    out += [self._mention_at(g) for p in c.children if p.dep_ == "prep" and p.lower_ == "with"
                            for g in p.children if g.dep_ == "pobj"]
                elif c.dep_ == "prep" and c.lower_ == "with":
                    out += [self._mention_at(g) for g in c.children if g.dep_ == "pobj"]
        return [k for k in out if k is not None]

    def _pair_fits(self, pair: tuple[int, int], noun: str) -> bool:
        a, b = (self.mentions[k] for k in pair)
        if a.actor is None or b.actor is None or not a.actor.code or not b.actor.code:
            return False
        if "WEAPON" in (a.label, b.label) or a.actor.code == b.actor.code and a.actor.kb_id == b.actor.kb_id:
            return False
        people = a.label == "PERSON" and b.label == "PERSON"
        if noun in _PERSON_PAIR_NOUNS and not people and noun in _OFFICE_PAIR_NOUNS:
            # "Egypt's president met Sudan's leader", "Japan and South Korea held talks": two states'
            # office holders or the states themselves, the two leaders after them
            return all(self._office_or_state(k) for k in pair) and a.actor.country != b.actor.country
        if noun in _PERSON_PAIR_NOUNS:
            return people
        if noun in _STATE_PAIR_NOUNS:
            return bool(a.actor.country and b.actor.country and a.actor.country != b.actor.country)
        return True


def _as_office(a: Actor) -> Actor:
    """A state as the office holders who speak for it (its government); other actors as they are."""
    if a.kind == "country" and a.country and not a.sector:
        return replace(a, sector="GOV", code=a.country + "GOV", kind="government")
    return a


def _as_body(a: Actor, sector: str) -> Actor:
    """A state (or its leader) as the body a pair noun names ("the two armies": each one's army)."""
    if not a.country or (a.sector or "").startswith(sector):
        return a
    return replace(a, sector=sector, code=a.country + sector, kind="government" if sector == "GOV" else "group")


def _modifier_words(root: Token) -> set[str]:
    """The words before a noun in its phrase, without determiners and numbers: the mention may
    not cover them ("the Royal Alexandra Hospital" is a mention of "Hospital" alone)."""
    return {t.lower_ for t in root.doc[root.left_edge.i:root.i]
            if t.dep_ not in ("det", "nummod", "punct", "predet") and not t.is_punct}


def _pair_phrase(t: Token) -> str | None:
    """The kind word of a phrase that refers to a pair ("the two" -> "two", "both sides" ->
    "sides", "the two leaders" -> "leaders"), or None."""
    low = t.lower_
    kids = {c.lower_: c for c in t.children}
    if low == "two" and t.pos_ == "NUM" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") \
            and "the" in kids and kids["the"].dep_ == "det":
        return "two"
    if low == "both" and t.dep_ in ("nsubj", "nsubjpass"):
        return "two"
    if low == "side" and t.pos_ == "NOUN" and any(c.lower_ in ("each", "either") and c.dep_ == "det"
                                                  for c in t.children):
        return "sides"  # round 36: "each side", "either side": one of the two sides, said of both
    if t.pos_ == "NOUN" and low in _PAIR_NOUNS \
            and ("both" in kids or ("the" in kids and "two" in kids and kids["two"].dep_ == "nummod")):
        return low
    return None
