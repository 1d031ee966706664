"""Word lists of the actor stage (`tacitus.pipeline.actors`): nouns, verbs and titles its rules read."""

from __future__ import annotations

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, POS, SPACY
from spacy.strings import hash_string
from spacy.symbols import NOUN, PROPN

WEAPON_NOUNS = frozenset({
    "missile", "missiles", "rocket", "rockets", "drone", "drones", "system", "systems", "launcher", "launchers",
    "tank", "tanks", "jet", "jets", "fighter", "fighters", "howitzer", "howitzers", "interceptor",
    "interceptors", "bomb", "bombs", "munitions", "munition", "shells", "aircraft", "helicopter",
    "helicopters", "vehicles", "vehicle", "batteries", "battery", "warheads", "warhead",
})
#: Weapon nouns that also name goods ("Chinese electric vehicles", "Israeli water systems"): arms
#: only with an arms word before them in the phrase ("air defence systems", "armoured vehicles").
GOODS_NOUNS = frozenset({"system", "systems", "vehicle", "vehicles", "battery", "batteries"})
ARMS_WORDS = frozenset({
    "defence", "defense", "missile", "missiles", "rocket", "rockets", "armoured", "armored", "military", "combat",
    "weapon", "weapons", "artillery", "launch", "launcher", "anti", "interceptor", "strike", "attack", "armed",
    "patriot", "guided", "drone", "drones", "army", "naval", "tactical", "ballistic", "unmanned", "aerial",
})
#: Ship nouns that do not say whose: merchant shipping unless a naval word says otherwise.
SHIP_NOUNS = frozenset({"ship", "ships", "vessel", "vessels"})
NAVAL_WORDS = frozenset({"naval", "military", "patrol", "war", "missile", "landing", "amphibious", "escort"})
# Nouns that put ships in a military setting anywhere in their sentence ("vessels taking part in
# a naval exercise"); merchant words before the noun keep them merchant ("cargo vessels").
DRILL_WORDS = frozenset({"exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "wargames",
                          "war-games"})
DEPLOYED_NOUNS = frozenset({"troops", "soldiers", "forces", "units", "battalions", "brigades", "warships"})
QUANTITY_NOUNS = frozenset({"thousands", "hundreds", "dozens", "scores", "tens", "battalions", "units"})
DEPLOY_VERBS = frozenset({"deploy", "send", "have", "station", "keep", "maintain", "mass", "dispatch", "move",
                           "withdraw", "pull", "commit", "base", "rush", "redeploy", "reinforce"})
#: Sectors of a country's own domestic bodies (police, courts, parties, lawmakers, ministries).
HOME_BODY_SECTORS = frozenset({"COP", "LEG", "JUD", "PTY", "OPP", "GOV"})
# Speakers whose "the country" / "the government" is their own (actors._speakers_country)
HOME_SPEAKERS = {"country": ("GOV", "OPP", "PTY", "LEG"), "nation": ("GOV", "OPP", "PTY", "LEG"),
                  "government": ("OPP", "PTY", "LEG"), "regime": ("OPP", "PTY", "LEG")}
POLICE_WORDS = frozenset({"police", "policing", "policemen", "policewomen", "gendarmerie", "constabulary"})
MISSION_NOUNS = frozenset({"mission", "force", "peacekeepers", "contingent"})
MISSION_IDS = frozenset(hash_string(w) for w in MISSION_NOUNS)
WARSHIP_WORDS = frozenset({"warship", "warships", "destroyer", "destroyers", "frigate", "frigates"})
#: Prefixes written before a ship's name: a navy's (or coast guard's) gives its state, whose armed
#: forces the ship is (MIL); a merchant one (MV, MT) gives no state and is shipping (BUS). (Not "INS":
#: India's, Israel's and a US agency's.) Written as the fleets write them (case kept).
SHIP_PREFIXES: dict[str, tuple[str | None, str]] = {
    "USS": ("USA", "MIL"), "USNS": ("USA", "MIL"), "USCGC": ("USA", "MIL"), "HMS": ("GBR", "MIL"),
    "HMAS": ("AUS", "MIL"), "HMCS": ("CAN", "MIL"), "HMNZS": ("NZL", "MIL"), "BRP": ("PHL", "MIL"),
    "ROKS": ("KOR", "MIL"), "JS": ("JPN", "MIL"), "TCG": ("TUR", "MIL"), "KRI": ("IDN", "MIL"),
    "PNS": ("PAK", "MIL"), "BNS": ("BGD", "MIL"), "KD": ("MYS", "MIL"), "RSS": ("SGP", "MIL"),
    "HTMS": ("THA", "MIL"), "ARA": ("ARG", "MIL"), "NRP": ("PRT", "MIL"), "ESPS": ("ESP", "MIL"),
    "FGS": ("DEU", "MIL"), "HNLMS": ("NLD", "MIL"), "HDMS": ("DNK", "MIL"), "HNoMS": ("NOR", "MIL"),
    "HSwMS": ("SWE", "MIL"), "ITS": ("ITA", "MIL"),
    "MV": (None, "BUS"), "MT": (None, "BUS"),
}
#: What merchant and fishing ships do (`actors_roles.trades`): their ships are no navy's.
TRADE_VERBS = frozenset({"fish", "trawl", "unload", "offload", "dock", "export", "import", "trade"})
HAUL_VERBS = frozenset({"carry", "transport", "deliver", "ferry", "ship", "haul", "bring", "load"})
CARGO_NOUNS = frozenset({"rice", "grain", "wheat", "corn", "food", "fuel", "oil", "gas", "goods", "cargo", "fish",
                         "passenger", "container", "coal", "timber", "fertiliser", "fertilizer", "iron", "ore"})
MERCHANT_WORDS = frozenset({"cargo", "merchant", "commercial", "fishing", "container", "civilian", "tanker",
                             "passenger", "aid", "grain", "oil", "gas"})
#: Attacks that a national adjective makes its military's act ("Israeli shelling", "Russian strikes").
ATTACK_NOUNS = frozenset({
    "shelling", "strike", "strikes", "airstrike", "airstrikes", "bombardment", "bombardments", "barrage",
    "barrages", "fire", "gunfire", "attack", "attacks", "raid", "raids", "offensive", "incursion", "incursions",
    "shells", "bombing", "bombings",
})
#: People nouns that say nothing of who someone is: with a national adjective they are that
#: country's civilians (CVL: "two Brazilian men", "British nationals"); bare ("a man") no actor
#: here (the KB gives a free-standing "two men" PLOVER's UNK).
PEOPLE_NOUNS = frozenset({
    "man", "men", "woman", "women", "person", "persons", "people", "individual", "individuals", "boy", "boys",
    "girl", "girls", "national", "nationals", "youth", "youths", "teenager", "teenagers", "family", "families",
    "couple", "tourist", "tourists", "passenger", "passengers", "hostage", "hostages", "captive", "captives",
})
#: Head nouns that name a division: "the governor of Kursk region" looks "Kursk" up as one.
DIVISION_WORDS = frozenset({"region", "province", "oblast", "state", "governorate", "district", "county",
                             "prefecture", "krai", "department"})
#: Words between a country and a weapon that make it the maker, not the user ("Russian-made").
ORIGIN_WORDS = frozenset({"made", "built", "designed", "supplied", "manufactured", "produced", "origin", "style",
                           "type", "era"})
#: After "<country>-": the country backs, made or is favoured by the phrase ("Iranian-backed
#: militias"); "-led", "-based", "-run" keep it as the phrase's own ("Saudi-led coalition").
FOREIGN_SUFFIXES = frozenset({"backed", "supported", "funded", "sponsored", "armed", "trained", "made", "built",
                               "designed", "supplied", "speaking", "aligned", "allied", "friendly", "leaning",
                               "inspired", "born", "educated"})
#: National adjectives whose lower-case form is an ordinary word ("polish the boots").
LOWER_AMBIGUOUS = frozenset({"polish"})
POLITICAL_VERBS = frozenset({
    "warn", "urge", "accuse", "criticize", "criticise", "condemn", "support", "back", "meet", "call", "ask",
    "threaten", "sanction", "thank", "praise", "blame", "invite", "pressure", "help", "aid", "arm", "supply",
    "join", "recognize", "recognise", "reject", "oppose", "denounce", "press", "tell", "inform", "assure",
    "reassure", "contact", "engage", "persuade", "convince", "rebuke", "snub", "court", "lobby", "advise",
    "defend", "protect", "deter", "provoke", "challenge", "congratulate", "host", "visit", "embrace",
    "counter", "punish", "isolate", "befriend", "ally", "negotiate", "fund", "finance",
})
ACTING_PREPS = frozenset({"with", "against", "toward", "towards", "by"})
#: A verb or noun and the preposition whose object it acts on ("called on Tehran", "appealed to
#: Tehran", "pressure on Moscow", "sanctions on Caracas"): that object is a government. Travel
#: and location ("flew to Tehran", "protests in Tehran") are not listed and stay places.
TARGET_PREPS = {
    "on": frozenset({"call", "prevail", "lean", "pressure", "sanction", "sanctions", "demand", "demands", "embargo",
                     "crackdown", "ultimatum", "tariff", "tariffs", "war", "veto"}),
    "to": frozenset({"appeal", "appeals", "reach", "respond", "reply", "write", "signal", "apologise", "apologize",
                     "complain", "protest", "ultimatum", "message", "warning", "overture", "overtures",
                     "concession", "concessions", "offer", "letter", "note", "request", "plea", "call", "calls"}),
    "for": frozenset({"support", "backing", "sympathy"}),
}
#: A noun or verb and the preposition whose object is a party to it, not a place: "a protest from
#: Tokyo" (the act comes from its government), "talks between Tokyo and Seoul". Travel and origin
#: ("flights from Tokyo", "returned from Tokyo", "trains between Tokyo and Osaka") are not listed;
#: nor are stances ("support from Moscow"), which the event coder does not read as acts.
PARTY_PREPS = {
    "from": frozenset({"protest", "protests", "complaint", "complaints", "response", "reply", "rebuke",
                       "condemnation", "criticism", "objection", "objections", "warning", "warnings", "demand",
                       "demands", "request", "assurance", "assurances", "apology",
                       "invitation", "pushback", "reaction", "retaliation", "threat",
                       "threats", "ultimatum", "overture", "overtures", "concession", "concessions", "veto"}),
    "between": frozenset({"talks", "negotiations", "dialogue", "meeting", "summit", "agreement", "deal", "accord",
                          "treaty", "pact", "truce", "ceasefire", "dispute", "tension", "tensions", "rift", "row",
                          "feud", "relations", "ties", "rapprochement", "war", "conflict", "standoff",
                          "mediate", "mediated", "broker", "brokered", "negotiate", "negotiated"}),
}
DESCRIPTION_NOUNS = {"nation": None, "country": None, "state": None, "regime": "GOV", "government": "GOV",
                     "kingdom": None, "emirate": None, "sultanate": None, "republic": None, "administration": "GOV",
                     "leadership": "GOV", "cabinet": "GOV"}
#: Words that make "regime" a system of rules, not a ruler: "the non-proliferation regime", "the
#: sanctions regime", "the visa regime", "the international regime" (general usage of the word).
RULE_REGIME_WORDS = frozenset({"proliferation", "nonproliferation", "non-proliferation", "sanctions", "sanction",
                               "visa", "ceasefire", "truce", "control", "trade", "trading", "tax", "tariff", "customs",
                               "safeguards", "inspection", "inspections", "verification", "export", "import",
                               "climate", "treaty", "border", "transit", "licensing", "currency", "exchange-rate",
                               "international", "multilateral", "global", "regulatory", "legal", "fiscal",
                               "monetary", "rules-based"})
GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militia", "alliance", "bloc",
                          "faction", "outlet", "newspaper", "agency", "paramilitary", "paramilitaries"})
#: Group nouns that are agent nouns too: "the militia" is the armed group named just before, when
#: there is one (step 6), else the agent phrase.
ARMED_GROUP_NOUNS = frozenset({"militia", "paramilitary", "paramilitaries"})
GROUP_KINDS = {"alliance": ("igo", "organisation"), "bloc": ("igo", "organisation"),
                "outlet": ("media",), "newspaper": ("media",), "agency": ("organisation", "igo", "media")}
ALLY_NOUNS = frozenset({"ally", "partner", "backer", "supporter", "friend", "neighbour", "neighbor", "patron"})
PERSON_PRONOUNS = frozenset({"he", "she", "him"})
NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for", "al", "el", "de", "du", "la", "le", "von", "van", "der",
                               "bin", "ibn", "y", "da", "do", "dos", "das", "di", "on", "in", "at", "to", "a", "an",
                               "au", "aux", "des", "les", "en", "sur"})  # "Port-au-Prince", "Bar-sur-Aube"
#: Crowds whose "in <city>" is where they live ("protesters in Goma").
PROTEST_NOUNS = frozenset({"protesters", "protestors", "demonstrators", "protester", "demonstrator", "rioters"})
#: A body's speakers ("a Commission spokesman").
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources"})
#: Heads of a political grouping's name "X for <cause>" ("Coalition for Change").
PLATFORM_NOUNS = frozenset({"coalition", "alliance", "movement"})
#: Last (or heading) words of a party's own name ("the Patriotic Front", "the United Party for
#: National Development"): a name the KB lacks is a party of the story's country (round 16).
PARTY_NAME_HEADS = frozenset({"front", "party", "movement", "alliance", "congress"})
#: Words that make a grouping's name an armed one ("Polisario Front" is in the KB; "the National
#: Liberation Front", "the Islamic Salvation Front"): no party rule for them.
ARMED_NAME_WORDS = frozenset({"liberation", "salvation", "resistance", "jihad", "army", "armed", "militia",
                              "mujahideen", "rebel", "rebels", "insurgent", "brigade", "brigades", "forces",
                              "war"})  # ("the Eastern War Front": a guerrilla unit, no party)
#: Words before a surname that are no given name ("Mr Putin", "Sheikh Tamim").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "sheikh", "sheikha",
                         "emir", "king", "queen", "prince", "princess", "crown", "pope", "imam", "ayatollah", "rev",
                         "gen", "col", "lt", "maj", "capt", "sgt", "adm", "sen", "rep", "gov", "herr", "madame",
                         "monsieur", "senor", "señor", "comrade", "marshal", "general", "president", "premier",
                         "chancellor", "minister", "secretary", "ambassador", "envoy", "spokesman", "spokeswoman",
                         "leader", "chairman", "director", "commander", "chief", "judge", "justice", "mayor",
                         "governor", "senator", "deputy", "speaker", "elder", "brother", "sister", "father",
                         "saint", "st", "san", "santa", "al", "el", "bin", "ibn", "abu", "von", "van", "de"})
NAMED_KINDS = frozenset({"person", "organisation", "igo", "media", "group", "government", "weapon"})
PLACE_KINDS = frozenset({"country", "demonym", "capital", "collective"})
TOKEN_ATTRS = [IDX, LENGTH, SPACY, IS_PUNCT, IS_SPACE, LOWER, POS]
NOUN_IDS = frozenset({NOUN, PROPN})
THE_ID = hash_string("the")
OFFICE_ID = hash_string("office")
#: Heads of a state outlet's phrase ("state media", "the state news agency"): with the KB's GOVMED
#: (Phoenix's STATE_MEDIA) the mention keeps both sectors and is a medium, as its claims are.
OUTLET_NOUNS = frozenset({"media", "television", "tv", "radio", "agency", "broadcaster", "newspaper", "outlet",
                           "outlets", "channel", "press"})
#: Names of bodies many countries have (general knowledge), which the KB ties to one country.
GENERIC_BODIES = frozenset({"house of representatives", "the house of representatives", "senate", "the senate",
                             "congress", "the congress", "national assembly", "the national assembly"})
#: Party names many countries use, which the KB gives to the best-known one ("the Democratic
#: Party": the USA's; South Korea's has the same short name): a party is a domestic body, so a
#: foreign country named elsewhere in the story does not make it that country's (round 18).
GENERIC_PARTIES = frozenset({"democratic party", "the democratic party", "republican party", "the republican party",
                             "labour party", "the labour party", "conservative party", "the conservative party"})
#: Country names that are also a division of another country, and that country: "Georgia" in a
#: story set in the United States is the state (step 1).
STATE_NAMESAKES = {"georgia": "USA"}
#: Datelines of a capital whose stories are as often about other countries ("WASHINGTON").
CAPITAL_DATELINES = frozenset({"washington"})
#: Words that tie an armed body to whom it serves: "forces loyal to X", "militias allied to Y".
LOYAL_WORDS = frozenset({"loyal", "allied", "aligned", "affiliated", "linked"})
#: Titles of a head of state or government (the last words before a name), and of the minister
#: who runs the police at home: "Interior Minister X" in a datelined story is the home country's
#: (other ministers travel and stay out).
HEAD_TITLES = ("prime minister", "president", "premier", "interior minister", "home minister")
INTERIOR_TITLES = ("interior minister", "home minister")
#: Sectors of offices a person holds and leaves: "former" before them makes an elite (ELI).
OFFICE_SECTORS = frozenset({"GOV", "LEG", "JUD"})
#: Words that make a country's name part of a place's name: "the Congo River", "the Jordan
#: Valley", "the Niger Delta", "Lake Chad", "the Gulf of Guinea" are places, not the country.
FEATURE_WORDS = frozenset({"river", "basin", "valley", "delta", "lake", "gulf", "bay", "sea", "strait", "straits",
                            "canal", "desert", "mountains", "highlands", "plateau", "rift", "estuary", "corridor"})
POSSESSIVE_IDS = frozenset({hash_string("'s"), hash_string("’s")})  # token.lower of "'s" (skipped by KB matching)
MODIFIER_KINDS = PLACE_KINDS | {"organisation", "igo", "government", "group"}
#: Collective nouns whose "of" phrase says who they are: "a delegation of U.S. lawmakers" is the lawmakers.
GROUP_OF_NOUNS = frozenset({"delegation", "delegations", "group", "groups", "team", "teams", "contingent", "band",
                             "squad", "unit", "units", "detachment", "party", "batch"})
#: Agent nouns that, bare (no determiner, possessor or modifier), are abstract: "use force", "for security".
#: Ruling bodies whose "in <city>" names their seat ("the government in Aden").
#: Prepositions that place what they follow ("in Bamako", "at Kyiv"): their capital is a place.
WHERE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})
#: A state's posts abroad: "the embassy in Bamako" is not Mali's.
POST_NOUNS = frozenset({"embassy", "embassies", "consulate", "consulates", "ambassador", "ambassadors"})
SEATED_NOUNS = frozenset({"government", "authorities", "administration", "regime", "leadership", "cabinet",
                           "authority", "junta", "juntas", "rulers"})  # ("the junta in Mali")
ABSTRACT_AGENT_WORDS = frozenset({"force", "security", "intelligence", "defence", "defense", "command"})
#: Words that say how much or how hard ("excessive force", "lethal force"): the abstract noun still.
MANNER_WORDS = frozenset({"excessive", "lethal", "deadly", "disproportionate", "brute", "reasonable", "minimal",
                          "unnecessary", "indiscriminate", "more", "less", "much"})
#: A person's title word after "<title> of": "leaders of the Muslim Brotherhood" are coded as the organisation.
MEMBER_NOUNS = frozenset({"leader", "leaders", "member", "members", "head", "heads", "chief", "chiefs", "founder",
                           "founders", "figure", "figures", "commander", "commanders", "fighters", "militants"})
#: People held in jails: no sector of their own (CAMEO and Phoenix list none; "Palestinian prisoners"
#: are coded PSE), but "prisoners in Tehran" are of the country they are held in.
HELD_NOUNS = frozenset({"prisoners", "prisoner", "inmates", "inmate", "convicts"})
#: Buildings of a body: "the offices of an opposition newspaper" are the newspaper's, coded as it.
PREMISES_NOUNS = frozenset({"office", "offices", "headquarters", "premises", "compound", "newsroom", "studios"})
#: Offices whose "of" an international organisation makes them its officers.
MEMBER_IDS = frozenset(hash_string(w) for w in MEMBER_NOUNS)
OFFICE_NOUNS = MEMBER_NOUNS | {"president", "chairman", "chairwoman", "chair", "director", "secretary", "envoy",
                                 "representative", "commissioner", "officials", "official", "spokesman",
                                 "spokeswoman", "spokesperson"}
#: Sectors of armed non-state groups: their commanders and units are the group, not a military.
#: People who speak for a body: "a spokesman for the army" is coded as the army.
#: Parts of a city a capital can own ("Beirut's southern suburbs"): the capital is a place there, its country's.
CITY_PART_NOUNS = frozenset({"suburb", "suburbs", "outskirts", "centre", "center", "airport", "port", "district",
                             "districts", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
                             "streets", "downtown", "environs", "outskirt", "quarter", "periphery"})
#: Military attack verbs: a capital as their object is a place struck ("jets bombed Damascus"), not the government.
STRIKE_VERBS = frozenset({"strike", "bomb", "shell", "bombard", "pound", "attack", "hit", "raid", "target",
                          "storm", "blitz"})
#: Strike verbs that also take sanctions, storms or prices as subject: a place only under a weapon or force.
LOOSE_STRIKE_VERBS = frozenset({"hit", "target"})
ARMED_FORCE_WORDS = frozenset({"jets", "warplanes", "troops", "forces", "army", "military", "soldiers", "artillery",
                               "militants", "fighters", "rebels", "aircraft"})
#: Prepositions that set a story's events in a country ("protests spread across Kazakhstan").
SETTING_PREPS = frozenset({"in", "across", "throughout", "inside"})
#: A peer in office: "<demonym> counterpart" is that country's holder of the office named before.
COUNTERPART_NOUNS = frozenset({"counterpart", "counterparts"})
COUNTERPART_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "OPP", "PTY"})
#: Verbs of giving and getting: a capital as their "to"/"from" object is the government ("weapons to Moscow").
TRANSFER_VERBS = frozenset({"supply", "send", "deliver", "sell", "give", "transfer", "provide", "ship", "export",
                             "receive", "buy", "purchase", "obtain", "acquire", "lend", "offer", "pay", "hand"})
#: Sectors whose members belong to the country they are "in" ("rebels in Mali", "opposition groups in Zimbabwe").
#: Not GOV: "officials in Georgia" under an ATLANTA dateline are the state's, and the places stage reads actor
#: countries as context for the toponym.
DOMESTIC_SECTORS = frozenset({"REB", "OPP", "CVL", "PTY", "LEG", "JUD", "COP", "LAB", "AGR", "EDU", "MED"})
SKIP_AGENT_WORDS = frozenset({"people", "public", "population", "office", "department", "agency", "mission",
                               "press", "industry", "school", "court", "union", "party", "bank", "leader",
                               "leaders", "company", "business", "firm"})
SKIP_AGENT_IDS = frozenset(hash_string(w) for w in SKIP_AGENT_WORDS)
#: People who are in a place without being its people: "tourists in Egypt" are not Egypt's.
NONRESIDENT_NOUNS = frozenset({"settler", "settlers", "colonist", "colonists", "tourist", "tourists", "visitor",
                                "visitors", "expatriate", "expatriates", "expat", "expats", "foreigner",
                                "foreigners", "migrant", "migrants", "immigrant", "immigrants", "pilgrim",
                                "pilgrims"})
#: Whose settlers live in a territory: the settlements in the occupied Palestinian territories are
#: Israel's, so "settlers in the West Bank" (or settlers in a story on Israel or the territories,
#: no nationality written) are Israeli civilians.
SETTLER_STATES = {"PSE": "ISR", "ISR": "ISR"}
SETTLER_NOUNS = frozenset({"settler", "settlers"})
#: Words that leave "parties" the sides of a dispute, not political parties: "the warring parties".
DISPUTE_PARTY_WORDS = frozenset({"warring", "conflicting", "opposing", "concerned", "relevant", "involved",
                                  "negotiating", "contracting", "belligerent", "interested", "respective"})


ATTACK_IDS = frozenset(hash_string(w) for w in ATTACK_NOUNS)
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})
# token.lower ids of the words _descriptions looks at
DESCRIBING_IDS = frozenset(hash_string(w) for w in PERSON_PRONOUNS | {"it"} | set(DESCRIPTION_NOUNS) | GROUP_NOUNS
                            | ALLY_NOUNS)


TOP_OFFICES = ("president", "prime minister", "premier", "supreme leader", "chancellor", "king", "queen", "emir",
                "head of state", "crown prince")


#: Newspaper-like names the KB does not list: an article word of the outlet's language first
#: ("El Tiempo", "Die Zeit") or a word of the trade ("The Daily Nation", "Prensa Libre TV").
OUTLET_ARTICLES = frozenset({"el", "la", "le", "die", "il", "o", "los", "las", "les", "der", "het", "de"})
OUTLET_WORDS = frozenset({"times", "post", "news", "journal", "tribune", "herald", "gazette", "daily", "agency",
                           "tv", "radio", "television", "chronicle", "observer", "express", "mail", "telegraph",
                           "courier", "press", "prensa", "diario", "nation", "standard", "star", "monitor",
                           "broadcasting", "newspaper", "magazine", "review", "weekly", "wire", "newswire"})
#: Capitalised words that end an outlet's name whatever precedes it ("Caucasus Wire", "the Tehran
#: Times"): a place before one is part of the name (words like "Nation", "Star" also end other names).
OUTLET_TAILS = frozenset({"Wire", "Newswire", "Post", "Times", "Press", "News", "Herald", "Tribune", "Gazette",
                          "Journal"})
#: Verbs whose "by" names a source of news ("obtained by", "reported by", "seen by").
SOURCE_BY_VERBS = frozenset({"obtain", "report", "see", "review", "publish", "quote", "cite", "air", "broadcast",
                              "interview", "leak", "release"})

#: Forces a speaker may command: with no owner, subject of a clause under a defence or interior
#: speaker, they are the speaker's country's ("Defence Minister X said the armed forces ...").
FORCE_LEMMAS = frozenset({"officer", "soldier", "troop", "force", "military", "army", "police", "policeman",
                          "navy", "agent",
                          # round 36: the ships, planes and crews a commander's words speak of
                          "warship", "frigate", "destroyer", "warplane", "jet", "sailor", "pilot", "unit", "marine"})
#: Words of a speaker's office or body that say which forces answer to it: the police
#: (interior, home affairs) or the military (defence, army). "officers" under the police are police.
POLICE_COMMAND_WORDS = frozenset({"interior", "home", "police", "policing"})
MILITARY_COMMAND_WORDS = frozenset({"defence", "defense", "army", "military", "armed", "navy", "war"})
#: Force nouns that are police under a police command ("officers had seized documents").
POLICE_BY_COMMAND = frozenset({"officer", "agent"})
#: Bare forces that, in a story of one army, are that army's ("the rebels freed 85 soldiers").
SOLE_ARMY_NOUNS = frozenset({"soldiers", "troops", "soldier"})
#: A speaker for the army with no owner ("an army spokesman"): the one army of the story, like bare soldiers.
ARMY_SPEAKER_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
ARMY_WORDS = frozenset({"army", "military"})
#: Craft and bodies of a trade: with a trade word before them ("fishing boats", "the fishing
#: fleet", "farming groups", "a fishermen's federation") they are the trade's people, coded with
#: the sector Phoenix gives its workers (fishermen, farmers: AGR).
TRADE_CRAFT_NOUNS = frozenset({"boat", "boats", "fleet", "fleets", "vessel", "vessels", "trawler", "trawlers",
                               "ship", "ships"})
TRADE_BODY_NOUNS = frozenset({"group", "groups", "association", "associations", "federation", "federations",
                              "union", "unions", "cooperative", "cooperatives", "alliance"})
TRADE_WORDS = {"fishing": "AGR", "farming": "AGR", "fisheries": "AGR", "farm": "AGR"}
TRADE_OWNERS = {"fishermen": "AGR", "fisherman": "AGR", "fisherfolk": "AGR", "farmers": "AGR", "farmer": "AGR",
                "peasants": "AGR"}
#: Sectors of a trade's people whose country a nearby phrase of the trade gives (`_trade_kin`).
TRADE_SECTORS = frozenset({"AGR", "LAB"})
#: Services whose ships a country's bare "ships", "vessels" are in a story naming them.
STATE_FLEET_WORDS = ("coast guard", "coastguard", "navy", "naval")

# Token ids (token.lower) of the nouns the agent-phrase scan tests by word, to skip the others:
# those of `Phrases._trade_craft`, and of `_placed_noun_sector`, `_ship_sector`,
# `_listed_with_civilians` and `_counted_patients`.
TRADE_NOUN_IDS = frozenset(hash_string(w) for w in TRADE_CRAFT_NOUNS | TRADE_BODY_NOUNS)
PLACED_NOUN_IDS = frozenset(hash_string(w) for w in PEOPLE_NOUNS | GOODS_NOUNS | WEAPON_NOUNS | ATTACK_NOUNS
                            | SKIP_AGENT_WORDS | SHIP_NOUNS)
