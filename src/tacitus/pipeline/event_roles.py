"""Who did it to whom: source and target actors of a trigger, read from the dependency parse
(subject, passive agent, object, prepositional and indirect objects, coordination, relative
clauses, appositions, pronouns, places standing for their country), and the parties of a
nominal trigger that names none, from the events told before.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from tacitus.kb import PERSON_NOUNS
from tacitus.pipeline import mentions_starting_in
from tacitus.pipeline.clauses import conjoined_governor, finite_over_infinitive, verb_above
from tacitus.pipeline.event_clauses import (
    INDIRECT_DEPS,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    alleged_agent,
    objects_of,
    preps_of,
    subject_of,
    summoned_to,
)
from tacitus.pipeline.event_lexicon import (
    STATEMENT_VERBS,
    LexEntry,
    Lexicon,
    match_entry,
    through_transparent,
    verb_lemma,
    word_matches,
)
from tacitus.records import Actor, Event, Mention

log = logging.getLogger(__name__)

# Prepositions whose object is the target when the entry does not name one.
TARGET_PREPS = ("with", "against", "to", "on", "at", "into", "toward", "towards", "upon", "for", "over", "onto",
                "from", "in", "outside")  # "rallied outside the Russian embassy"
SOURCE_PREPS_OF_NOUNS = ("by", "from")
TOPIC_PREPS = ("on", "over", "about")
WITHDRAWING_ROOTS = {"08", "16"}
TARGET_PREPS_OF_NOUNS = ("on", "against", "with", "to", "at", "into", "toward", "towards", "upon", "for", "in")
PRONOUNS = {"he": "PERSON", "him": "PERSON", "his": "PERSON", "she": "PERSON", "her": "PERSON",
            "it": "NONPERSON", "its": "NONPERSON", "they": "ANY", "them": "ANY", "their": "ANY"}
# Codes whose compound parties act on each other when no separate target is named.
MUTUAL_ROOTS = {"03", "04", "06"}
FIGHT_ROOTS = {"18", "19", "20"}
MUTUAL_CODES = {"050", "057", "193", "0311", "0312", "0313", "0314", "046"}
# Codes of those families done to a third party: visits (042/043), mediation (045, 039) and
# pledges of aid (033): two sources with no target are not each other's target.
ONE_WAY_CODES = {"042", "043", "045", "039", "033"}
# Codes whose "with" party is a counterpart doing the same ("held talks with", "clashed with"),
# unlike "ratified an agreement with", where only the subject acts.
WITH_MUTUAL_CODES = {"046", "193"}
# Object classes that name what is given (the theme), not who receives it.
THEME_CLASSES = {"@arms", "@troops", "@aid", "@money", "@humanitarian", "@evidence", "@weapon", "@military",
                 "@aerial", "@force", "@accord"}  # an accord is what is signed, not a party to it
# Determiners that make a nominal trigger refer back to an event already told.
ANAPHORIC_DETS = {"the", "this", "that", "these", "those", "such"}
CONFLICT_ROOTS = {"17", "18", "19", "20"}
# A visit or a summit with no named host: the place's country is the target (CAMEO practice).
PLACE_TARGET_CODES = {"042", "043", "044"}
# Protests and shows of force with no named target are aimed at the place's country.
PLACE_TARGET_ROOTS = {"14", "15"}
# Families of verbal acts a speaker performs alongside a statement ("denied ... and accused").
SPEECH_ROOTS = {"01", "02", "10", "11", "12", "13"}
SPEECH_CODES = {"050", "051"}
# Verdicts on an act (condemned, rejected, praised, welcomed the deal): aimed at whoever did it.
JUDGING_ROOTS = {"11", "12"}
JUDGING_CODES = {"050", "051"}
# A show of force or an attack "around Taiwan", "off the coast of X", "near the border" is aimed
# at the place's country.
VICINITY_PREPS = ("around", "near", "off", "along", "surrounding", "through", "across")

MEDIA_SECTORS = {"MED", "JRN"}
# "Hackers backed by Iran", "militias funded by Tehran": an unnamed group acts for its sponsor.
SPONSORING_VERBS = {"back", "support", "sponsor", "fund", "finance", "arm", "train", "direct", "control",
                    "hire", "employ", "recruit", "send", "equip"}
# Purpose verbs whose object receives what is sent ("sent troops to help X"); others name whom
# the sent force faces ("sent ships to shadow X").
HELPING_VERBS = {"help", "support", "assist", "aid", "back", "bolster", "reinforce", "strengthen", "protect",
                 "defend", "guard", "train", "equip", "arm", "supply", "rescue", "relieve", "evacuate", "shore",
                 "rebuild", "reconstruct", "fund", "finance", "feed", "house", "resettle", "modernize", "modernise"}


@dataclass
class Ctx:
    doc: Doc
    index: dict[int, Mention]
    lex: Lexicon
    recent: list[Event] = field(default_factory=list)
    text: str = ""  # doc.text (see `doc_text`): sentence texts are sliced from it
    entries: dict[tuple[int, str], LexEntry | None] = field(default_factory=dict)
    place_roots: dict[int, Mention] | None = None
    groups: dict[int, tuple[Actor, ...]] = field(default_factory=dict)  # coref.actor_groups: "the two"
    lemmas: dict[int, str] = field(default_factory=dict)
    objects: dict[int, list[Token]] = field(default_factory=dict)

    def entry(self, token: Token, pos: str) -> LexEntry | None:
        """`match_entry` memoised per token: the coder asks about the same token several times."""
        key = (token.i, pos)
        if key not in self.entries:
            verbal = pos == "verb"
            self.entries[key] = match_entry(self.lex, token, pos, lemma=self.verb_lemma(token) if verbal else None,
                                            objects=self.objects_of(token) if verbal else None)
        return self.entries[key]

    def verb_lemma(self, token: Token) -> str:
        """`verb_lemma` memoised per token: several rules ask it of every verb."""
        lemma = self.lemmas.get(token.i)
        if lemma is None:
            lemma = self.lemmas[token.i] = verb_lemma(self.lex, token)
        return lemma

    def objects_of(self, token: Token) -> list[Token]:
        """`objects_of` memoised per token, as a fresh list the caller may extend."""
        objs = self.objects.get(token.i)
        if objs is None:
            objs = self.objects[token.i] = objects_of(token)
        return list(objs)


def mention_actor(m: Mention) -> Actor | None:
    if m.actor is None or m.label == "WEAPON" or m.actor.kind == "weapon":
        return None
    return m.actor


def dedupe_actors(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    """One entry per party: a second mention of a coded party ("Putin ... a Kremlin leader",
    both RUSGOV) adds nothing, but two named people of one code ("Putin and Lavrov") stay."""
    out: list[Actor] = []
    seen: set[tuple] = set()
    for a in actors:
        named = a.kind == "person" and a.kb_id is not None
        key = (a.code, a.kb_id if named else None) if a.code else (None, a.text)
        if key in seen or (a.code and not named and any(k[0] == a.code for k in seen)):
            continue
        seen.add(key)
        out.append(a)
    return tuple(out)


def _resolve_pronoun(ctx: Ctx, token: Token) -> list[Actor]:
    kind = PRONOUNS.get(token.lower_)
    if kind is None:
        return []
    if token.dep_ == "poss" and token.lower_ in ("its", "their"):
        owner = _possessor_subject(token)
        if owner is not None:
            return [replace(a, rule=(a.rule + "+pronoun").lstrip("+")) for a in actors_of(ctx, owner)]
    speaker = _reporting_speaker(ctx, token, kind)
    if speaker == [UNRESOLVED]:
        return []
    if speaker:
        return [replace(a, rule=(a.rule + "+pronoun:speaker").lstrip("+")) for a in speaker]
    start = max(0, token.sent.start - 120)
    # An object pronoun never names its own clause's subject ("forces deployed to monitor them").
    bound: list[Mention] = []
    verb = token.head
    if token.dep_ in OBJECT_DEPS and verb.pos_ == "VERB":
        subj, passive = subject_of(verb)
        if subj is not None and not passive and subj.i in ctx.index:
            bound.append(ctx.index[subj.i])
        if verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            # "deployed its forces to monitor them": the forces do the monitoring.
            bound += [ctx.index[o.i] for o in objects_of(verb.head) if o.i in ctx.index]
    # A possessive "their" skips a singular body for plural people just before it ("troops left
    # after the government demanded their withdrawal"), in this sentence or the one before.
    # So does an object "them" ("sanctions on six officers ... ban them from travelling to the bloc").
    plural_from = _previous_sentence_start(token) if (token.lower_ == "their" and token.dep_ == "poss") or (
        token.lower_ == "them" and token.dep_ in OBJECT_DEPS) else None
    first: list[Actor] | None = None
    for i in range(token.i - 1, start - 1, -1):
        if token.lower_ == "them" and i >= token.sent.start and _unnamed_people(ctx, ctx.doc[i]):
            return []  # "spoke with both leaders ... and urged them": those people, named as no actor
        m = ctx.index.get(i)
        if m is None and kind == "PERSON" and i < token.sent.start and _person_noun_phrase(ctx.doc[i]):
            # "arrested the leader of a student union. He was charged": no mention of its own,
            # the person stands for what the noun itself would be read as.
            found = actors_of(ctx, ctx.doc[i])
            if found:
                return [replace(a, rule=(a.rule + "+pronoun").lstrip("+")) for a in found]
        if m is None or any(m is b for b in bound):
            continue
        actor = mention_actor(m)
        if actor is None:
            continue
        if token.lower_ == "them" and bound and same_side([actor], [b_actor for b in bound
                                                                   if (b_actor := mention_actor(b)) is not None]):
            continue  # "Lula spoke with both leaders and urged them to ...": not Lula's own side
        is_person = m.label == "PERSON" or actor.kind == "person" or m.text.lower().rsplit(None, 1)[-1] in PERSON_NOUNS
        if kind == "PERSON" and is_person or kind == "NONPERSON" and not is_person or kind == "ANY":
            found = [actor]
            if token.lower_ in PLURAL_PRONOUNS:
                found = _coordinated(ctx, ctx.doc[i], m) or found
            found = [replace(a, rule=(a.rule + "+pronoun").lstrip("+")) for a in found]
            if plural_from is None or len(found) > 1 or ctx.doc[i].tag_ in ("NNS", "NNPS"):
                return found
            first = first or found
            if i <= plural_from:
                break
    return first or []


def _person_noun_phrase(tok: Token) -> bool:
    """Is the token a singular person noun heading an argument ("the leader of a union")?"""
    return tok.tag_ == "NN" and tok.lemma_.lower() in PERSON_NOUNS and tok.dep_ in OBJECT_DEPS | {"nsubj", "nsubjpass"}


OWN_COUNTRY_NOUNS = {"country", "nation"}
PERSONAL_POSSESSIVES = {"his", "her", "my", "our"}


def _own_country(ctx: Ctx, token: Token) -> list[Actor]:
    """"his country", "our nation": the state of the person the possessive stands for (a
    speaker's "his country would not hesitate to strike" is the speaker's state)."""
    if token.lemma_.lower() not in OWN_COUNTRY_NOUNS:
        return []
    poss = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES), None)
    if poss is None:
        return []
    owners = _resolve_pronoun(ctx, poss) if poss.lower_ in PRONOUNS else _quote_speaker(ctx, poss)
    return [Actor(text=f"{poss.text} {token.text}", country=c, code=c, kind="country", rule="own-country:possessive",
                  confidence=0.6) for c in dict.fromkeys(a.country for a in owners if a.country)]


def _unnamed_people(ctx: Ctx, tok: Token) -> bool:
    """Is `tok` the head of a plural phrase of people that names no actor ("both leaders",
    "the two men")? A "them" after it stands for them."""
    return tok.tag_ == "NNS" and tok.lemma_.lower() in PERSON_NOUNS and tok.i not in ctx.index \
        and tok.dep_ in ("pobj", "dobj", "nsubj", "conj") and not actors_of(ctx, tok)


# What `_reporting_speaker` gives for a speaker that is no actor: the pronoun names no one.
UNRESOLVED = Actor(text="", rule="unresolved-speaker")


def _reporting_speaker(ctx: Ctx, token: Token, kind: str) -> list[Actor]:
    """The named speaker a subject pronoun of a reported clause stands for: in "Taiwan's
    defence ministry said it had detected aircraft ... and that it had deployed forces" each
    "it" is the ministry, not the nearer aircraft. [] when the pronoun is no such subject."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.pos_ not in ("VERB", "AUX"):
        return []
    clause = token.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in STATEMENT_VERBS:
        return []
    subj, passive = subject_of(clause.head)
    if subj is None or passive or subj.pos_ not in ("NOUN", "PROPN") or subj.i > token.i:
        return []
    if not actors_of(ctx, subj) and token.lower_ == "they" and subj.tag_ in ("NNS", "NNPS"):
        # "Fishing groups said they would hold a protest": the unnamed speakers, not whoever
        # was named before them; the pronoun stays unresolved.
        return [UNRESOLVED]
    m = ctx.index.get(subj.i)
    person = m is not None and (m.label == "PERSON" or (m.actor is not None and m.actor.kind == "person")) \
        or subj.lemma_.lower() in PERSON_NOUNS
    if kind == "PERSON" and not person or kind == "NONPERSON" and person:
        return []
    return actors_of(ctx, subj)


# "We" inside a quotation is the body its speaker speaks for ("'We will not stand by,' a
# ministry spokeswoman said": the ministry).
FIRST_PERSON_PLURAL = {"we", "us", "our"}
QUOTE_MARKS = {'"', "“", "”", "''", "``"}


def _quote_speaker(ctx: Ctx, token: Token) -> list[Actor]:
    """The actors of the named speaker of the quotation holding `token`, or []."""
    sent = token.sent
    if not any(t.text in QUOTE_MARKS for t in ctx.doc[sent.start: token.i]):
        return []
    clause = token.head
    for _ in range(8):  # up to the clause the statement verb governs
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in STATEMENT_VERBS:
            break
        if clause.head.i == clause.i:
            return []
        clause = clause.head
    else:
        return []
    subj, passive = subject_of(clause.head)
    if subj is None or passive or subj.pos_ not in ("NOUN", "PROPN"):
        return []
    return [replace(a, rule=(a.rule + "+pronoun:quote-speaker").lstrip("+")) for a in actors_of(ctx, subj)]


def _previous_sentence_start(token: Token) -> int:
    sent = token.sent
    return sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start


PLURAL_PRONOUNS = {"they", "them", "their"}

def _possessor_subject(token: Token) -> Token | None:
    """The subject that binds a possessive "its"/"their" in its own clause ("groups receiving
    their funding" -> groups; "Russia moved its troops" -> Russia), or None to search back."""
    verb = verb_above(token.head, 5)
    if verb is None:
        return None
    subj, passive = subject_of(verb)
    if subj is None or passive or subj.i > token.i or subj.lower_ in PRONOUNS or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    return subj if plural == (token.lower_ == "their") else None


def _coordinated(ctx: Ctx, token: Token, m: Mention) -> list[Actor]:
    """All parties of the coordination that `token` (in mention `m`) ends: "they" after "Obama
    and Putin" is both of them. [] when the mention stands alone."""
    head = token
    while ctx.index.get(head.head.i) is m and head.head.i != head.i:
        head = head.head  # the mention's own head ("Vladimir Putin" -> "Putin")
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if not any(c.dep_ == "conj" for c in head.children):
        return []
    parties = dedupe_actors(actors_of(ctx, head, modifiers=False))
    return list(parties) if len(parties) > 1 else []


def _renamed_body(ctx: Ctx, token: Token) -> list[Actor]:
    """"The mission", "the commission": a body named before by a proper name whose head word
    this is ("the United Nations Verification Mission in Colombia"), standing for the actor of
    that name's mention. [] unless the word is definite, bare and so named within the last
    five sentences."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
            or any(c.dep_ in ("amod", "compound", "poss", "prep") for c in token.children):
        return []
    sents = 0
    for k in range(token.i - 1, -1, -1):
        t = ctx.doc[k]
        sents += t.is_sent_start is True
        if sents > 5:
            break
        if t.pos_ != "PROPN" or t.lower_ != token.lower_:
            continue
        for n in range(t.left_edge.i, t.i):  # the name's words before its head: "United Nations"
            m = ctx.index.get(n)
            if m is not None and mention_actor(m) is not None and mention_actor(m).code \
                    and mention_actor(m).kind in ("igo", "organisation"):
                return [mention_actor(m)]
        return []
    return []


def actors_of(ctx: Ctx, token: Token | None, depth: int = 0, modifiers: bool = True) -> list[Actor]:
    """Actors named by the noun phrase headed by `token`: the head's own mention, its
    conjuncts and appositions, and (when the head is not an actor) actors among its
    modifiers ("North Korea's munitions", "leaders of the bloc")."""
    if token is None or depth > 3:
        return []
    out: list[Actor] = []
    m = ctx.index.get(token.i)
    speaker = _reporting_speaker(ctx, token, PRONOUNS[token.lower_]) \
        if token.pos_ == "PRON" and token.lower_ in PRONOUNS and m is not None else []
    if speaker:
        # "the US urged ... and said it was reviewing its aid": the subject pronoun of a
        # reported clause is its speaker, whatever a mention further back resolved it to.
        out.extend(replace(a, rule=(a.rule + "+pronoun:speaker").lstrip("+")) for a in speaker)
    elif token.i in ctx.groups:  # "the two", "Qatari and Egyptian mediators": several actors at once
        out.extend(ctx.groups[token.i])
    elif (members := _members_owner(ctx, token, m)):
        out.extend(members)
    elif m is not None and mention_actor(m) is not None:
        out.append(_with_country(ctx, mention_actor(m), token))
    elif m is None and (own := _own_country(ctx, token)):
        out.extend(own)
    elif token.lower_ in PRONOUNS and token.pos_ == "PRON":
        out.extend(_resolve_pronoun(ctx, token))
    elif token.lower_ in FIRST_PERSON_PLURAL and token.pos_ == "PRON":
        out.extend(_quote_speaker(ctx, token))
    elif token.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj") and token.lower_ in ("who", "which", "that"):
        head = token.head
        while head.dep_ not in ("relcl",) and head.head.i != head.i and head.pos_ != "NOUN":
            head = head.head
        if head.dep_ == "relcl":
            out.extend(actors_of(ctx, head.head, depth + 1))
    elif modifiers:
        before = len(out)
        for child in token.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod", "npadvmod") and child.i < token.i \
                    and not (child.dep_ == "poss" and child.pos_ == "PRON"):
                # A compound chain keeps looking left ("an Islamic State target southwest of ...").
                out.extend(actors_of(ctx, child, depth + 1, modifiers=child.dep_ == "compound"))
        if not out:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "from", "against", "in", "by"):
                    if child.lower_ == "in" and not _place_names_party(ctx, token):
                        continue  # "a ceasefire in Gaza": where the act is, not a party to it
                    pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                    out.extend(actors_of(ctx, pobj, depth + 1))
        if len(out) == before and token.pos_ == "NOUN" and (_clause_subject(token) or token.lemma_.lower() in OWNED_PARTS):
            # "its vessels had conducted patrols": the owner of an acting body acts; "one of its
            # positions was hit": the owner is hit; "sanctions on its banking sector": a part
            # of a state or group stands for its owner wherever it sits.
            poss = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            if poss is not None:
                out.extend(_resolve_pronoun(ctx, poss) if _clause_subject(token) else _part_owner(ctx, poss))
        if len(out) == before and token.pos_ == "NOUN" and token.lemma_.lower() in LEADERS_BODIES:
            # "the opposition leader said his party would challenge the result": the leader's
            # body, coded as its leader.
            poss = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
            if poss is not None:
                out.extend(_resolve_pronoun(ctx, poss))
        if len(out) == before:
            for child in token.children:
                if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
                    sponsored = child.tag_ == "VBN" and child.lemma_.lower() in SPONSORING_VERBS
                    for p, pobj in preps_of(child):
                        if p in ("to", "into", "with", "in", "at", "against") or (p == "by" and sponsored):
                            out.extend(actors_of(ctx, pobj, depth + 1))
        if len(out) == before and depth == 0 and _clause_subject(token):
            out.extend(_renamed_body(ctx, token))  # "The mission said ..." after "the UN Verification Mission"
        if len(out) > before and token.pos_ == "NOUN":
            out[before:] = [_with_agent(a, token) for a in out[before:]]
    heads = [token]
    if m is not None:  # "Barack Obama and Vladimir Putin" parsed with the conjunct on "Obama"
        heads += [t for t in token.doc[max(0, token.i - 4): token.i + 5]
                  if t.i != token.i and ctx.index.get(t.i) is m]
    for head in heads:
        for child in head.children:
            if m is not None and child.i < head.i and child.dep_ in ("poss", "nmod", "amod", "compound"):
                # "US and British activists", "al-Sisi and Qatar's emir": the parser hangs the first
                # conjunct on the head as a modifier whose conjunct lies inside the head's mention.
                own = ctx.index.get(child.i)
                if own is not None and own is not m and mention_actor(own) is not None and any(
                        c.dep_ == "conj" and ctx.index.get(c.i) is m for c in child.children):
                    out.append(mention_actor(own))
            if child.dep_ in ("conj", "appos") and (m is None or ctx.index.get(child.i) is not m):
                if child.dep_ == "conj" and _next_clause_subject(child):
                    continue  # "closed its border and armed men attacked ...": the next clause's subject
                extra = actors_of(ctx, child, depth + 1, modifiers=modifiers)
                # An apposition renames ("Sarkozy, the French president"), unless it opens a
                # list ("The US, Russia, and Switzerland").
                if child.dep_ == "appos" and out and not any(c.dep_ == "conj" for c in child.children):
                    continue
                if child.dep_ == "appos" and child.lemma_.lower() in LISTED_SITES and ctx.index.get(child.i) is None:
                    continue  # "the temple, a UNESCO World Heritage site": the listing body is no party
                out.extend(extra)
    return out


# Nouns an apposition describes a place by ("a UNESCO World Heritage site"): the body named in
# the description lists the place; it is no party to what happens there.
LISTED_SITES = {"site", "landmark", "monument", "attraction", "sanctuary", "reserve", "property"}


# Bodies a person leads ("his party", "her government"): the leader stands for them.
LEADERS_BODIES = {"party", "government", "administration", "movement", "coalition", "camp", "faction", "cabinet"}
# Parts of a state or group that stand for it ("its banking sector", "their crew").
OWNED_PARTS = {"sector", "industry", "economy", "bank", "export", "import", "asset", "crew", "citizen", "national",
               "company", "firm", "entity", "shipping", "fleet", "infrastructure", "facility", "installation"}


def _part_owner(ctx: Ctx, poss: Token, members: bool = False) -> list[Actor]:
    """Whose part "its" names outside the subject ("Washington imposed sanctions on its banking
    sector"): the nearest state or group named before it other than the clause's own subject,
    which does not act on a part of itself."""
    verb = verb_above(poss.head, 5)
    subj = subject_of(verb)[0] if verb is not None else None
    own = {a.code or a.text for a in actors_of(ctx, subj)} if subj is not None and subj.i < poss.i else set()
    for i in range(poss.i - 1, _previous_sentence_start(poss) - 1, -1):
        m = ctx.index.get(i)
        actor = mention_actor(m) if m is not None else None
        if actor is None or (actor.code or actor.text) in own:
            continue
        if members and (not actor.country or m.place is not None and m.place.admin_level != "country"
                        or (actor.sector or "") in UNLED_SECTORS):
            continue  # a group's members belong to a named party, not to a town, "diplomats" or refugees
        if m.label == "PERSON" or actor.kind == "person" or m.text.lower().rsplit(None, 1)[-1] in PERSON_NOUNS:
            if not actor.country or actor.country in own:
                continue
            # "Iran's oil minister ... its banking sector": the person's country owns it.
            actor = Actor(text=actor.text, country=actor.country, code=actor.country, kind="country",
                          rule=actor.rule, confidence=actor.confidence)
        return [replace(actor, rule=(actor.rule + "+pronoun:owner").lstrip("+"))]
    return []


# People who stand for the group they belong to ("threatened to jail its leaders").
MEMBER_NOUNS = {"leader", "leaders", "leadership", "commander", "commanders", "member", "members", "chief",
                "chiefs", "head", "heads", "official", "officials", "spokesman", "spokesperson", "fighter",
                "fighters", "militant", "militants", "activist", "activists", "founder", "founders"}


# People with no leaders or members of their own: civilians, refugees.
UNLED_SECTORS = {"CVL", "REF"}


def _members_owner(ctx: Ctx, token: Token, m: Mention | None) -> list[Actor]:
    """The group whose members "its leaders" or "their commanders" are, outside the clause's own
    subject (the Taliban do not jail their own leaders): the nearest state or group named before,
    not a town (Kabul has no leaders of its own here). [] when the phrase already names another
    party."""
    if token.pos_ != "NOUN" or token.lower_ not in MEMBER_NOUNS or _clause_subject(token):
        return []
    poss = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if poss is None:
        return []
    actor = mention_actor(m) if m is not None else None
    verb = verb_above(token, 5)
    subj = subject_of(verb)[0] if verb is not None else None
    if subj is not None and subj.left_edge.i <= token.i <= subj.right_edge.i:
        subj = None  # "a statement from its leadership said": inside the subject, not set against it
    if actor is not None and actor.country and not (subj is not None and same_side([actor], actors_of(ctx, subj))):
        return []
    return _part_owner(ctx, poss, members=True)


def _next_clause_subject(noun: Token) -> bool:
    """Is the conjunct `noun` in truth the subject of the finite verb after it, which the parser
    coordinated with the object ("the army released 120 fighters and the RSF freed ...")?"""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return nxt is not None and nxt.pos_ == "VERB" and subject_of(nxt)[0] is not None \
        and subject_of(nxt)[0].i == noun.i


def _clause_subject(token: Token) -> bool:
    """Is `token` a clause's subject, or the "of" object of one ("one of its positions")?"""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        token = token.head.head
    return token.dep_ in SUBJECT_DEPS or token.dep_ == "nsubjpass"


def _place_names_party(ctx: Ctx, head: Token) -> bool:
    """Does "in X" after `head` name a party: yes after people or things ("officials in Gaza",
    "the refineries in Iran") and after acts whose place is their target (a visit, a summit,
    an attack, a protest); no after other acts ("a ceasefire in Gaza", "talks in Geneva") nor
    after a bare purpose noun ("weapons for use in Ukraine": where they go, not who gets them)."""
    entry = ctx.entry(head, "noun")
    if entry is None or entry.code is None:
        return not _purpose_noun(head)
    code = entry.code
    return code[:3] in PLACE_TARGET_CODES or code[:2] in CONFLICT_ROOTS | PLACE_TARGET_ROOTS


def _purpose_noun(head: Token) -> bool:
    """"for use", "for deployment", "for sale": a bare singular noun under "for" that names no agent."""
    return (head.dep_ == "pobj" and head.head.lower_ == "for" and head.tag_ == "NN"
            and not any(c.dep_ in ("det", "poss") for c in head.children) and _agent_sector(head) is None)


def _agent_sector(head: Token) -> str | None:
    """The CAMEO sector a head noun names ("officials" -> GOV), from the knowledge base."""
    try:
        from tacitus.kb import load_kb
        kb = load_kb(None)
        return kb.agent_sector(head.lemma_.lower()) or kb.agent_sector(head.lower_)
    except Exception:  # the knowledge base is optional here
        log.debug("agent lookup failed for %r", head.text, exc_info=True)
        return None


def _with_agent(actor: Actor, head: Token) -> Actor:
    """"a court in Guyana", "Russian officials": a country actor plus the head noun's sector."""
    if actor.sector or not actor.country or actor.kind not in ("country", "unknown"):
        return actor
    sector = _agent_sector(head)
    if not sector:
        return actor
    return replace(actor, text=f"{actor.text} {head.text}", sector=sector, code=f"{actor.country}{sector}",
                   rule=(actor.rule + "+agent").lstrip("+"))


def _with_country(ctx: Ctx, actor: Actor, head: Token) -> Actor:
    """"the mayor of Nablus", "police in Basra": a role with no country takes the country of
    the place its "of"/"in" phrase names."""
    if actor.country or not actor.sector or actor.kind == "person" and actor.kb_id is not None:
        return actor
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("our", "my")), None)
    speakers = [a for a in _quote_speaker(ctx, poss) if a.country] if poss is not None else []
    if speakers:  # "'They are killing our fishermen,' Maduro said": the speaker's country's fishermen
        country = speakers[0].country
        return replace(actor, country=country, code=f"{country}{actor.sector}",
                       rule=(actor.rule + "+quote-speaker-country").lstrip("+"))
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        for t in prep.subtree:
            if t.i == prep.i:
                continue
            found = [a for a in place_actor(ctx, t) if a.country and t.i not in ctx.index] if t.pos_ == "PROPN" else []
            if found:
                country = found[0].country
                return replace(actor, country=country, code=f"{country}{actor.sector}",
                               rule=(actor.rule + "+place-country").lstrip("+"))
    return actor


def place_actor(ctx: Ctx, token: Token | None) -> list[Actor]:
    """A country actor for a place named at `token` ("from the Gaza Strip")."""
    if token is None:
        return []
    if ctx.place_roots is None:  # the first place with a country headed by each token, found once per document
        ctx.place_roots = {}
        for m in ctx.doc._.tacitus_places or ():
            if m.place is None or not m.place.country:
                continue
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                ctx.place_roots.setdefault(span.root.i, m)
    m = ctx.place_roots.get(token.i)
    if m is not None:
        return [Actor(text=m.text, country=m.place.country, code=m.place.country, kind="country",
                      rule="place-as-source", confidence=0.5)]
    return actors_of(ctx, token)


# Endings of nouns that name an act ("intimidation", "harassment", "killing", "interference").
ACT_NOUN_ENDINGS = ("tion", "sion", "ment", "ing", "ance", "ence")


def _names_an_act(ctx: Ctx, noun: Token) -> bool:
    """Is the noun an act rather than a party ("by intimidation of voters", not "by police")?"""
    if noun.pos_ != "NOUN" or noun.i in ctx.index or noun.i in ctx.groups:
        return False
    return ctx.entry(noun, "noun") is not None or noun.lower_.endswith(ACT_NOUN_ENDINGS)


def act_doers(ctx: Ctx, noun: Token) -> list[Actor]:
    """Who does the act a noun names: its possessor or modifier ("police harassment", "Russia's
    interference") or its "by" party; never its "of" party, who suffers it."""
    out: list[Actor] = []
    for child in noun.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i < noun.i:
            out.extend(actors_of(ctx, child, 1))
    # "a proposal from Kenya", "an offer from Washington": what is put forward comes from its maker.
    makers = ("by", "from") if noun.lemma_.lower() in PROPOSAL_NOUNS else ("by",)
    out += [a for p, pobj in preps_of(noun) if p in makers for a in actors_of(ctx, pobj, 1)]
    return out


# Acts on property ("seized their catch", "froze their assets"): the owner is the target.
PROPERTY_CODES = ("171", "1621")  # with their subcodes (1711 confiscate property)
# Verbs of a purpose clause whose object suffers the instrument's use ("used water cannon to
# disperse demonstrators", "fired drones to hit Kyiv").
PURPOSE_DEPS = ("xcomp", "advcl")


def _property_owners(ctx: Ctx, verb: Token, source: list[Actor]) -> list[Actor]:
    """The owner of what the verb acts on: the possessor of its object. "Their" and "its" name
    a party told before the clause's subject (no one seizes their own catch)."""
    own = {a.code for a in source}
    for obj in objects_of(verb):
        poss = next((c for c in obj.children if c.dep_ == "poss"), None)
        if poss is None:
            continue
        if poss.lower_ not in ("their", "its"):
            return [a for a in actors_of(ctx, poss) if a.code not in own]
        subj, _ = subject_of(verb)
        before = subj.left_edge.i if subj is not None and subj.i < poss.i else poss.i
        for i in range(before - 1, max(0, verb.sent.start - 120) - 1, -1):
            m = ctx.index.get(i)
            actor = mention_actor(m) if m is not None and ctx.doc[i].pos_ != "PRON" else None
            if actor is not None and actor.code not in own:
                return [replace(a, rule=(a.rule + "+pronoun:owner").lstrip("+"))
                        for a in (_coordinated(ctx, ctx.doc[i], m) or [actor])]
    return []


def _purpose_targets(ctx: Ctx, verb: Token) -> list[Actor]:
    """The parties the purpose clause of an instrument's use acts on ("used water cannon to
    disperse demonstrators" -> demonstrators)."""
    for clause in verb.children:
        if clause.dep_ in PURPOSE_DEPS and clause.pos_ == "VERB" \
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
            found = [a for o in objects_of(clause) for a in actors_of(ctx, o)]
            if found:
                return found
    return []


# Things a word is carried in: their owner or "from" party is where they came from, not who
# hears them ("delivered Iran's message to Washington").
CARRIED_THINGS = {"message", "letter", "note", "greeting", "greetings"}


def _carried_from(obj: Token) -> bool:
    return obj.lemma_.lower() in CARRIED_THINGS


def _filing_bodies(ctx: Ctx, verb: Token) -> list[Actor]:
    """The international bodies a complaint is lodged with ("file a complaint with the World
    Trade Organization"): where it is heard, not whom it is against."""
    heads = [verb] + objects_of(verb)
    return [a for h in heads for p, pobj in preps_of(h) if p in ("with", "at", "before") and pobj is not None
            for a in actors_of(ctx, pobj) if a.sector == "IGO" or (a.code or "").startswith("IGO")]


MEASURE_AIMING = {"target", "hit", "penalize", "penalise", "punish"}


def _measure_targets(ctx: Ctx, verb: Token) -> list[Actor]:
    """Whom a trade measure named in the verb's object or "with" phrase falls on: its own
    "on"/"against"/"to" party, or the party of the goods it covers ("a ban on exports of
    gallium to the United States", "duties on American soybeans")."""
    nouns = objects_of(verb) + [pobj for p, pobj in preps_of(verb) if p == "with" and pobj is not None]
    for noun in (n for n in nouns if word_matches(ctx.lex, "@sanction", n)):
        # "sanctions targeting Russian banks", "hitting Haitian elites": the participle's object.
        aimed = [a for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in MEASURE_AIMING
                 for o in objects_of(c) for a in actors_of(ctx, o)]
        if aimed:
            return aimed
        for p, pobj in preps_of(noun):
            if p not in ("on", "against", "to") or pobj is None:
                continue
            # "exports of gallium and germanium to the United States": the parser may hang the
            # destination on any word of the goods phrase.
            found = actors_of(ctx, pobj) or [a for t in pobj.subtree if t.dep_ == "prep" and t.lower_ in ("to", "from")
                                              for g in t.children if g.dep_ == "pobj" for a in actors_of(ctx, g)]
            if found:
                return found
    return []


# Verbs of calling an act off or putting it off: unless someone else is named, its own party does
# ("the visit was postponed"); a judgement ("the deal was criticised") is not its parties' own.
CALLING_OFF_VERBS = {"postpone", "cancel", "delay", "defer", "suspend", "scrap", "shelve", "call"}


# Families of asking: what is asked "for" is the thing wanted, not whom it is asked of.
ASKING_FAMILIES = ("02", "10")
# Forces and arms asked for name no giver ("troops", "police officers"); aid keeps its "from" giver.
ASKED_FORCES = ("@troops", "@arms", "@police_contingent")


def _asked_thing(ctx: Ctx, entry: LexEntry, pobj: Token | None) -> bool:
    """Is `pobj` what an appeal or demand asks for ("appealed for more troops", "asked for
    police officers"), troops, arms, aid or money, rather than a party?"""
    return pobj is not None and (entry.code or "")[:2] in ASKING_FAMILIES \
        and any(word_matches(ctx.lex, cls, pobj) for cls in ASKED_FORCES)


def roles_for_verb(ctx: Ctx, verb: Token, entry: LexEntry) -> tuple[list[Actor], list[Actor], str]:
    subj, passive = subject_of(verb)
    preps = preps_of(verb)
    agent = next((pobj for p, pobj in preps if p == "by" and pobj is not None), None)
    source: list[Actor] = []
    target: list[Actor] = []
    how = "subject"
    if passive:
        source = actors_of(ctx, agent) if agent is not None else []
        target = actors_of(ctx, subj)
        how = "passive"
        if agent is not None and _names_an_act(ctx, agent):
            # "marred by intimidation of voters", "shaken by the killing of protesters": the
            # agent is an act; its "of" party suffers it, its owner or "by" party does it.
            source = act_doers(ctx, agent)
        if theme_object(entry) and subj is not None and any(word_matches(ctx.lex, w, subj) for w in entry.obj):
            # "mercenaries were deployed to Mali", "Iranian drones were sent to Russia": the
            # subject is what was sent, not who got it; with no agent, its owner sent it.
            target = []
            if not source:
                # "weapons sent to Mogadishu": where it went is never who sent it.
                dest = {a.code for p, pobj in preps if p in ("to", "into") for a in actors_of(ctx, pobj)}
                source, how = [a for a in actors_of(ctx, subj) if a.code not in dest], "passive+theme-owner"
        if agent is not None and not any(a.code or a.country for a in source):
            # "blown up by a missile believed to be fired by rebels": whoever used the instrument.
            user = _instrument_user(ctx, agent)
            if user:
                source, how = user, "passive+instrument-agent"
        if not source and agent is None and ctx.verb_lemma(verb) in CALLING_OFF_VERBS and subj is not None \
                and subj.pos_ == "NOUN" and ctx.entry(subj, "noun") is not None:
            # "a visit by the Japanese prime minister to Seoul was postponed": with no one named
            # to have done it, the act's own party calls it off, towards its other party.
            source, target = roles_for_noun(ctx, subj)
            how = "passive+act-parties"
        if not source and entry.code and entry.code[:2] in CONFLICT_ROOTS:
            # "a mortar bomb was fired at it from the Gaza Strip": the place it came from acts.
            source = [a for p, pobj in preps if p == "from" for a in place_actor(ctx, pobj)]
            if source:
                how = "passive+from-place"
        if not source:
            # "were killed in an air strike by government forces", "in Israeli shelling"
            for p, pobj in preps:
                if p not in ("in", "during", "after", "from") or pobj is None:
                    continue
                if ctx.entry(pobj, "noun") is not None:
                    nsrc, ntgt = roles_for_noun(ctx, pobj)
                    if same_side(nsrc, target) and ntgt:
                        nsrc = ntgt  # "wounded in a battle with gunmen": the other side wounded them
                elif pobj.lemma_.lower() in ctx.lex.classes.get("@arms", ()):
                    nsrc = actors_of(ctx, pobj)  # "killed in Israeli tank fire": the weapon's owner
                else:
                    continue
                if nsrc:
                    source, how = nsrc, "passive+instrument"
                    break
    else:
        act = ctx.entry(subj, "noun") if subj is not None and subj.pos_ == "NOUN" else None
        if act is not None and _done_to_of(act.code or ""):
            source = roles_for_noun(ctx, subj)[0]  # "the shelling of Kharkiv killed ...": Kharkiv did nothing
        else:
            source = actors_of(ctx, subj)
        if not theme_object(entry) and not _topic_object(ctx, verb, source):
            for obj in ctx.objects_of(verb):
                # "delivered a message from the American envoy": who sent it is no target;
                # "reaffirmed Paris's support for Kyiv": whose support it is gives it, "for" gets it.
                given = obj.lemma_.lower() in GIVEN_NOUNS and _owned_by(ctx, obj, source)
                target.extend(actors_of(ctx, obj, modifiers=not (_carried_from(obj) or given)))
    for dat in (c for c in verb.children if c.dep_ in INDIRECT_DEPS and c.pos_ != "ADP"):
        target.extend(actors_of(ctx, dat))
    if not passive:
        for obj in ctx.objects_of(verb):
            dat = _dative_read_as_modifier(obj)
            if dat is not None:
                target.extend(actors_of(ctx, dat, modifiers=False))
    # "Israel and Lebanon renewed negotiations on a troop pullback": parties who consult each
    # other have no target in what they talk about.
    consulting = bool(entry.code) and entry.code[:2] == "04" and len(dedupe_actors(source)) >= 2
    if not target and not passive:
        for obj in ctx.objects_of(verb):
            # "promised support for Kyiv": a place stands for its country after the entry's own object.
            named = any(word_matches(ctx.lex, w, obj) for w in entry.obj)
            # "recalled its ambassador from X", "pulled its troops from X": what is withdrawn
            # leaves the target (giving "aid from Chad" names an origin, not a target).
            leaving = ("from",) if theme_object(entry) and (entry.code or "")[:2] in WITHDRAWING_ROOTS else ()
            # "dismissed the talks offer from Seoul": what is refused came from the party refused.
            refused = ("from",) if (entry.code or "")[:2] == "12" else ()
            # "500 million dollars in loans to Manila", "a shipment of arms to X": the phrase the
            # amount or batch carries holds the recipient.
            inner = [(p, pobj) for q, carried in preps_of(obj) if q in ("in", "of") and carried is not None
                     for p, pobj in preps_of(carried)]
            about = consulting or _shares_information(ctx, verb, entry)
            for p, pobj in preps_of(obj) + inner:
                if about and p in TOPIC_PREPS:
                    continue  # "resumed talks on Tehran's nuclear programme"
                if p in ("with", "to", "against", "on", "for", "toward", "towards") + leaving + refused:
                    target.extend(actors_of(ctx, pobj) or (place_actor(ctx, pobj) if named else []))
            if target:
                break
    if not target and not passive and not theme_object(entry):
        # "demanded their withdrawal": the act the entry names is aimed at whoever it belongs to
        # (not "sent its own forces": what is sent is no act).
        for obj in ctx.objects_of(verb):
            poss = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in ("their", "its")), None)
            if poss is not None and any(word_matches(ctx.lex, w, obj) for w in entry.obj) \
                    and ctx.entry(obj, "noun") is not None:
                own = {a.code for a in source}
                target.extend(a for a in _resolve_pronoun(ctx, poss) if a.code not in own)
    if not target and not passive and entry.code and entry.code.startswith(PROPERTY_CODES):
        target = _property_owners(ctx, verb, source)  # "seized their catch": whose catch it was
    if not target and not passive and entry.obj and entry.code and entry.code[:2] in CONFLICT_ROOTS:
        target = _purpose_targets(ctx, verb)  # "used tear gas to disperse demonstrators"
    if not target and not passive and entry.code == "163":
        target = _measure_targets(ctx, verb)
    if not passive and (entry.code or "")[:2] in ("03", "04", "05", "08") \
            and all(same_side([a], source) for a in target):
        # "sent its minister to Beijing for talks with Chinese officials", "agreed to a ceasefire
        # with the army": the other side of the talks, the truce or the deal.
        target = [a for p, pobj in preps if p in ("for", "to", "on") and pobj is not None
                  and any(word_matches(ctx.lex, c, pobj) for c in ("@talks", "@ceasefire", "@accord"))
                  for q, inner in preps_of(pobj) if q == "with" for a in actors_of(ctx, inner)] or target
    if entry.code == "114" and target:
        target = [a for a in target if a not in _filing_bodies(ctx, verb)]
    wanted = [p for p, h in entry.preps if h is None]
    if wanted and not any(q in wanted for q, _ in preps):
        # "Evidence against Russia was presented by the US": the phrase the entry asks for
        # hangs on what is presented (the object, or the passive subject).
        themes = list(ctx.objects_of(verb)) + ([subj] if passive and subj is not None else [])
        preps = preps + [pp for t in themes for pp in preps_of(t) if pp[0] in wanted]
    informing = _shares_information(ctx, verb, entry)
    topics = TOPIC_PREPS if consulting or informing else ()
    if entry.code and len(dedupe_actors(source)) >= 2 and (entry.code[:2] in MUTUAL_ROOTS or entry.code in MUTUAL_CODES):
        # "the government and the rebels signed a truce in Havana", "held joint patrols in the
        # South China Sea": parties acting together are each other's target, not the place's.
        topics += ("in",)
    if not target or entry.roles == "reverse":
        order = wanted + [p for p in TARGET_PREPS if p not in wanted and p not in topics]
        for p in order:
            if p == "from" and (entry.roles == "reverse" or any(_carried_from(o) for o in ctx.objects_of(verb))):
                continue  # "delivered a message from the envoy": the sender is no target
            if passive and p == "in":
                continue  # "were killed in Ukraine": where it happened; the patient is the subject
            found = [a for q, pobj in preps if q == p and not (p == "at" and p not in wanted and _venue(pobj))
                     and not (p == "for" and _asked_thing(ctx, entry, pobj))
                     for a in actors_of(ctx, pobj)]
            if not found and p in wanted and not passive and (entry.code or "")[:2] in JUDGING_ROOTS:
                # "put the blame on Tehran": the capital the entry's own phrase names is its state.
                found = [a for q, pobj in preps if q == p for a in place_actor(ctx, pobj)]
            if not found and p == "from" and not passive and (entry.code or "")[:2] in WITHDRAWING_ROOTS:
                # "recalled its envoy from Moscow": the capital left stands for its country.
                found = [a for q, pobj in preps if q == p for a in place_actor(ctx, pobj)]
            if found and not (passive and p == "by"):
                if not target:
                    target = found
                break
    if not target and not passive:
        # "advised against travel to Tunisia": the destination of the act the entry's phrase names.
        named = {p for p, h in entry.preps if h is not None}
        for p, pobj in preps:
            if p in named and pobj is not None and pobj.pos_ == "NOUN" and not actors_of(ctx, pobj):
                target.extend(a for q, inner in preps_of(pobj) if q in ("to", "into")
                              for a in actors_of(ctx, inner) or place_actor(ctx, inner))
            if target:
                break
    if not target and not passive and (entry.code or "")[:2] == "03" and entry.specificity == 0:
        # "agreed to represent Argentina's interests": a bare intent is toward whom the promised
        # act, coded by nothing of its own, touches (a party of another country: "pledged to
        # deploy 600 officers" sends its own, unnamed ones).
        target.extend(a for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                      and ctx.entry(c, "verb") is None for o in objects_of(c) for a in actors_of(ctx, o)
                      if a.country and not any(s.country == a.country for s in source))
    if not target and theme_object(entry):
        # "sending troops to support Russian forces": the purpose clause names the recipient;
        # "sent forces to monitor them": the forces face its object, no one receives them.
        for child in verb.children:
            if child.dep_ in ("xcomp", "advcl") and child.pos_ == "VERB" \
                    and any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children):
                for obj in objects_of(child):
                    target.extend(actors_of(ctx, obj))
                if target and child.lemma_.lower() not in HELPING_VERBS:
                    how += "+purpose-target"
    if entry.roles == "reverse":
        # "drew condemnation from Moscow": a capital named as a place stands for its state.
        giver = [a for q, pobj in preps if q == "from" for a in actors_of(ctx, pobj) or place_actor(ctx, pobj)]
        if not giver:  # "drew a protest from Baku" with "from" read on the object
            giver = [a for o in ctx.objects_of(verb) for q, pobj in preps_of(o) if q == "from"
                     for a in actors_of(ctx, pobj) or place_actor(ctx, pobj)]
        if giver:
            source, target = giver, source
            how = "reverse"
    if not target and not passive and entry.code and entry.code[:2] in VERBAL_ROOTS:
        # "called Lavrov on Thursday and urged restraint": urged on the one just called.
        target = [a for a in _contacted(ctx, verb) if not same_side([a], source)]
        if target:
            how += "+contacted"
    summoned = summoned_to(verb) if not target and not passive else None
    if summoned is not None:
        target = actors_of(ctx, summoned)  # "summoned the envoy to lodge a protest": told to the envoy
    over = finite_over_infinitive(verb) if not passive else None
    if over is not None and entry.code and (entry.code[:2] in SPEECH_ROOTS or entry.code[:3] in SPEECH_CODES):
        # "said Eritrea was trying to cover it up and accused Asmara": the sayer accuses.
        speaker = next((c for c in over.children if c.dep_ in SUBJECT_DEPS), None)
        if speaker is not None and actors_of(ctx, speaker):
            source = [a for a in actors_of(ctx, speaker) if a not in target]
            how = "subject+finite-conjunct"
    if (not source or (target and same_side(source, target))) and not passive and entry.code \
            and (entry.code[:2] in SPEECH_ROOTS or entry.code[:3] in SPEECH_CODES):
        # No one, or the party itself, read as accusing the party ("said the US had provoked the
        # crisis and accused Washington"): the reporter speaks.
        speaker = reporter_subject(verb)
        if speaker is not None:
            reporter = [a for a in actors_of(ctx, speaker) if a not in target]
            if reporter:
                source, how = reporter, "subject+conjoined-speaker"
    return source, target, how


# Nouns of a thing given for someone ("Washington's support for Israel"): their possessor is
# the giver, not the one it is aimed at.
GIVEN_NOUNS = {"support", "backing", "commitment", "solidarity", "assistance", "help"}


def _owned_by(ctx: Ctx, obj: Token, source: list[Actor]) -> bool:
    """Is the possessor of the given thing on the source's own side (a capital for its leader)?"""
    poss = [a for c in obj.children if c.dep_ == "poss" for a in actors_of(ctx, c)]
    return bool(poss) and same_side(poss, source)


# Verbs of getting in touch whose object the next conjoined verb of speech addresses.
CONTACT_VERBS = {"call", "phone", "telephone", "ring", "meet", "visit", "receive", "host"}
# Families of verbal acts (statements, appeals, offers, talks, demands, refusals, threats).
VERBAL_ROOTS = ("01", "02", "03", "04", "05", "10", "11", "12", "13")


def _contacted(ctx: Ctx, verb: Token) -> list[Actor]:
    """The party a conjoined verb's first verb got in touch with ("phoned X and urged ..."),
    when the second verb has no party of its own and shares the first verb's subject."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ != "VERB" or head.lemma_.lower() not in CONTACT_VERBS \
            or any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
            or any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in head.children):  # "called X a liar"
        return []
    return [a for o in head.children if o.dep_ == "dobj" for a in actors_of(ctx, o)]


# Verbs whose object is what is talked about, not a party ("discussed Syria").
TOPIC_VERBS = {"discuss", "debate"}


# Cooperation that hands over information: intelligence shared (064) or promised (0314).
INFORMATION_ROOTS = {"03", "06"}


def _shares_information(ctx: Ctx, verb: Token, entry: LexEntry) -> bool:
    """Does the verb share information ("share intelligence on militants")? Its "on" party is
    what the information is about, not who gets it (evidence presented against or "on" a party
    in an accusation stays aimed at it)."""
    return (entry.code or "")[:2] in INFORMATION_ROOTS and any(
        word_matches(ctx.lex, "@evidence", o) for o in ctx.objects_of(verb))


def _topic_object(ctx: Ctx, verb: Token, source: list[Actor]) -> bool:
    """Is the verb's object only the topic between parties named otherwise: two or more
    subjects ("the two leaders discussed Syria": each other's target) or a "with" party
    ("discussed Syria with Putin")? A lone subject's topic stays its target."""
    if ctx.verb_lemma(verb) not in TOPIC_VERBS:
        return False
    return len(dedupe_actors(source)) >= 2 or any(p == "with" and pobj is not None for p, pobj in preps_of(verb))


def _dative_read_as_modifier(obj: Token) -> Token | None:
    """"sell Armenia three radar systems": the recipient the parser hung on the object as a
    modifier before its number; None when there is none ("sold three Russian tanks")."""
    num = next((c for c in obj.children if c.dep_ == "nummod"), None)
    if num is None:
        return None
    return next((c for c in obj.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < num.i
                 and not any(g.dep_ == "case" for g in c.children)), None)


def names_recipient(ctx: Ctx, verb: Token) -> bool:
    """Does the verb name who receives what it sends: an indirect object, or a "to" phrase
    naming an actor, a place by name or people ("to the militias"), not a spot ("to the border")?"""
    if any(c.dep_ in INDIRECT_DEPS and c.pos_ != "ADP" for c in verb.children):
        return True
    objects = objects_of(verb)
    holders = [verb, *objects, *(through_transparent(o) for o in objects)]  # "sent rifles to the militias"
    # "sent supplies and personnel such as doctors to Nepal": the phrase may hang on the last item
    holders += [t for o in objects for t in o.subtree if t.pos_ in ("NOUN", "PROPN") and t.i != o.i]
    for p, pobj in (pair for h in holders for pair in preps_of(h)):
        if p not in ("to", "for") or pobj is None:
            continue
        head = through_transparent(pobj)
        if head.lemma_.lower() in FEATURE_HEADS:
            continue  # "deploy aircraft to the Baltic Sea": a spot, no one receives them
        if head.i in ctx.index or head.pos_ == "PROPN" or _agent_sector(head) is not None:
            return True
    return False


# Heads of geographic features: forces sent there are deployed, not given to anyone.
FEATURE_HEADS = {"sea", "ocean", "gulf", "strait", "straits", "bay", "channel", "peninsula", "coast", "border",
                 "island", "islands", "desert", "mountains", "region", "flank", "front", "waters", "zone",
                 "area", "frontier", "airspace", "skies", "theatre", "theater", "vicinity"}


def _instrument_user(ctx: Ctx, noun: Token) -> list[Actor]:
    """The agent of a participle on an instrument noun ("a missile believed to be fired by
    rebels", "a bomb planted by militants"), through control verbs, or []."""
    for clause in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for verb in [clause, *(c for c in clause.children if c.dep_ == "xcomp")]:
            for p, pobj in preps_of(verb):
                if p == "by" and pobj is not None:
                    found = actors_of(ctx, pobj)
                    if found:
                        return found
    return []


# Bodies that sit, meet or hear: "raise the issue at the UN Security Council" names where the
# act is done, not at whom it is aimed.
FORUM_NOUNS = {"council", "assembly", "summit", "conference", "meeting", "session", "forum", "court", "tribunal",
               "talks", "parliament", "congress", "general assembly", "headquarters", "hearing"}


def _venue(pobj: Token | None) -> bool:
    """Is the object of "at" a sitting body or a gathering (a venue, not a target)?"""
    return pobj is not None and pobj.lemma_.lower() in FORUM_NOUNS


def theme_object(entry: LexEntry) -> bool:
    """Does the entry's object name what is given or sent (arms, aid, "sent a delegation to X":
    roles=theme) rather than who receives it? Forces fought ("destroy the army") are its victims."""
    themes = set(entry.obj) & THEME_CLASSES
    if (entry.code or "")[:2] in FIGHT_ROOTS:
        themes -= FOUGHT_FORCES
    return entry.roles == "theme" or bool(themes)


# Classes of forces: sent or deployed they are a theme, attacked they are the target.
FOUGHT_FORCES = {"@military", "@troops"}


def reporter_subject(verb: Token) -> Token | None:
    """The subject of the statement verb whose complement the parser hung this subjectless
    conjunct on ("Beijing denied that ... and accused Washington": Beijing accuses)."""
    governor = conjoined_governor(verb)
    if governor is None or governor.lemma_.lower() not in STATEMENT_VERBS:
        return None
    return next((c for c in governor.children if c.dep_ in SUBJECT_DEPS), None)


# Verbs that tell an act happening, its parties hung on the verb ("clashes erupted between X
# and Y", "fighting broke out between ...").
OUTBREAK_VERBS = {"erupt", "break", "flare", "rage", "resume", "continue", "escalate", "intensify", "occur",
                  "take", "start", "begin", "spread"}


def between_parties(ctx: Ctx, head: Token) -> list[Actor]:
    """The parties "between X and Y" of the act `head` names (or of the verb it is the subject
    of: "clashes erupted between ..."): two or more, or, for a fight, one plural party ("clashes
    between rival gangs"; "talks between the two countries" is no party of its own), each side
    acting on the other."""
    entry = ctx.entry(head, "noun") if head.pos_ in ("NOUN", "PROPN") else None
    fight = head.pos_ == "VERB" or (entry is not None and (entry.code or "")[:2] in ("18", "19", "20"))
    heads = [head]
    if head.dep_ in ("nsubj", "csubj") and head.head.lemma_.lower() in OUTBREAK_VERBS \
            and not any(c.dep_ in OBJECT_DEPS for c in head.head.children):
        heads.append(head.head)
    for h in heads:
        for p, pobj in preps_of(h):
            if p != "between" or pobj is None:
                continue
            parties = actors_of(ctx, pobj)
            if len(parties) >= 2 or (fight and parties and pobj.tag_ == "NNS" and not pobj.conjuncts
                                     and not any(c.dep_ == "nummod" for c in pobj.children)):
                return parties
    return []


# Participles that tell who did an act a noun names ("a strike carried out by the army").
PERFORMING_VERBS = {"carry", "conduct", "launch", "stage", "mount", "perform", "execute", "claim", "commit"}


def _performed_by(ctx: Ctx, noun: Token) -> list[Actor]:
    """The agent of a participle on the act noun that says who did it ("a drone strike carried
    out by a government task force", "the raid conducted by Turkish forces"), else []."""
    for acl in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_.lower() in PERFORMING_VERBS):
        agents = [g for c in acl.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        found = [a for g in agents for a in actors_of(ctx, g)]
        if found:
            return found
    return []


def roles_for_noun(ctx: Ctx, noun: Token) -> tuple[list[Actor], list[Actor]]:
    source: list[Actor] = []
    target: list[Actor] = []
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < noun.i:
            source.extend(actors_of(ctx, child, modifiers=False))
            if child.dep_ == "compound" and child.lemma_.lower() in ctx.lex.classes.get("@arms", ()):
                # "an RSF drone strike": the weapon's owner does the act the noun names.
                source.extend(a for g in child.children if g.dep_ in ("poss", "compound", "amod", "nmod")
                              and g.i < child.i for a in actors_of(ctx, g, modifiers=False))
        if child.dep_ == "amod" and child.pos_ == "VERB" and child.i < noun.i:
            # "Armenia and Azerbaijan renewed negotiations" read with "renewed" as an adjective
            # that has a subject: the verb is the predicate and its subject does the act.
            for subj in (g for g in child.children if g.dep_ in SUBJECT_DEPS):
                source.extend(actors_of(ctx, subj))
    if not source:
        source = _performed_by(ctx, noun)
    preps = preps_of(noun)
    parties = between_parties(ctx, noun)
    if parties:
        return parties, parties
    for p in SOURCE_PREPS_OF_NOUNS:
        found = [a for q, pobj in preps if q == p for a in actors_of(ctx, pobj)]
        if found and not source:
            source = found
    entry = ctx.entry(noun, "noun")
    consulting = entry is not None and (entry.code or "")[:2] == "04" and len(dedupe_actors(source)) >= 2
    for p in TARGET_PREPS_OF_NOUNS:
        if consulting and p in TOPIC_PREPS:
            continue  # "negotiations on a border mission": what the parties talk about
        if p == "in" and not _place_names_party(ctx, noun):
            continue  # "a ceasefire in Gaza", "talks in Geneva": where the act is, not a party to it
        found = [a for q, pobj in preps if q == p for a in actors_of(ctx, pobj)]
        if found:
            target = found
            break
    alleged = alleged_agent(noun) if not source else None
    if alleged is not None:
        source = actors_of(ctx, alleged[1])  # "Russia was blamed for a cyberattack on X": Russia, allegedly
    if not source and noun.dep_ in OBJECT_DEPS and noun.head.pos_ == "VERB" and noun.head.i in ctx.index:
        # "The bloc ECOWAS imposed sanctions" read with "ECOWAS" as the verb: the name acts.
        source = actors_of(ctx, noun.head)
    if not source and target and any(p == "with" for p, _ in preps):
        # "soldiers were wounded in a gun battle with gunmen": the sufferers fought the "with" party.
        source = _sufferers_of_setting(ctx, noun)
    if not source and target and entry is not None and (entry.code or "")[:2] == "04":
        source = _framing_subject(ctx, noun)
    if not target:
        done_to = entry is not None and _done_to_of(entry.code or "")
        for p, pobj in preps:
            if p == "of" and pobj is not None and (source or done_to):
                # "the arrest of the opposition leader", "the shelling of Kharkiv": force,
                # coercion, release and expulsion are done to their "of" party.
                target = actors_of(ctx, pobj)
                break
            if p == "of" and pobj is not None and not source:
                source = actors_of(ctx, pobj)
                break
    return source, target


# Families and codes whose act noun's "of" names who suffers it (17 coercion, 18 assault, 19
# force, 20 mass violence, 084 release, 161/174 expulsion); other acts' "of" is the doer ("the
# withdrawal of troops", "the visit of the king").
DONE_TO_ROOTS = {"17", "18", "19", "20"}
DONE_TO_CODES = ("084", "174", "161", "166")


def _done_to_of(code: str) -> bool:
    return code[:2] in DONE_TO_ROOTS or code.startswith(DONE_TO_CODES)


# Prepositions of a time frame set before a clause ("After talks with Macron, Scholz said ...").
FRAME_PREPS = {"after", "following", "during", "before", "since", "ahead"}


def _framing_subject(ctx: Ctx, noun: Token) -> list[Actor]:
    """Who held the meeting or talks a clause is framed by ("Following a meeting with Erdogan,
    Putin said ...", "... said after talks with Macron"): the subject of that clause."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in FRAME_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    subj = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    return actors_of(ctx, subj) if subj is not None else []


def _sufferers_of_setting(ctx: Ctx, noun: Token) -> list[Actor]:
    """Who a passive verb says suffered in the event `noun` names ("were killed in a clash")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "during") or prep.head.pos_ != "VERB":
        return []
    verb = prep.head
    return [a for c in verb.children if c.dep_ == "nsubjpass" for a in actors_of(ctx, c)]


def mutual(code: str, source: tuple[Actor, ...], target: tuple[Actor, ...], entry: LexEntry | None) -> bool:
    if target or len(source) < 2:
        return False
    if code in ONE_WAY_CODES or code[:3] in ONE_WAY_CODES:
        return False  # "Qatar and Egypt mediated the talks": the parties are others, not each other
    return (entry is not None and entry.roles == "mutual") or code[:2] in MUTUAL_ROOTS or code in MUTUAL_CODES


def with_party(ctx: Ctx, trigger: Token, tgt: tuple[Actor, ...]) -> bool:
    """Is the target named by a "with" phrase of the trigger, its light verb or its object?"""
    owners = [trigger] + ([trigger.head] if trigger.dep_ in OBJECT_DEPS else []) + objects_of(trigger)
    found = {a.code or a.text for o in owners for p, pobj in preps_of(o) if p == "with" for a in actors_of(ctx, pobj)}
    return bool(found) and {a.code or a.text for a in tgt} <= found


def _rejected_noun(ctx: Ctx, prev: Event, noun: Token) -> bool:
    """Was the earlier event a rejection (CAMEO 12) of a thing named by the same noun ("rejected
    a European offer" before "the offer")?"""
    if prev.cameo[:2] != "12":
        return False
    span = ctx.doc.char_span(prev.trigger_start, prev.trigger_end)
    if span is None or span.end <= span.start or span.start >= noun.i:
        return False
    lemma = noun.lemma_.lower()
    return any(o.lemma_.lower() == lemma for o in objects_of(span.root))


# How many earlier events a noun that names an act again ("the talks") looks back over.
KIN_REACH = 40


def _kin_words(ctx: Ctx, noun: Token) -> set[str]:
    """The noun's own words and those of every lexicon class it belongs to."""
    words = {noun.lower_, noun.lemma_.lower()}
    return set().union(*(m for m in ctx.lex.classes.values() if words & m)) | words


def _names_kin(ctx: Ctx, prev: Event, kin: set[str]) -> bool:
    """Did the earlier event's trigger, or its object, name an act of the noun's class
    ("talks" after "held talks", "suspended negotiations")?"""
    if prev.trigger.lower() in kin:
        return True
    span = ctx.doc.char_span(prev.trigger_start, prev.trigger_end)
    if span is None or span.end <= span.start:
        return False
    if span.root.lemma_.lower() in kin:
        return True  # "The pledge ..." after "pledged $40 million"
    return any(o.lower_ in kin or o.lemma_.lower() in kin for o in ctx.objects_of(span.root))


def context_parties(ctx: Ctx, code: str, noun: Token | None = None) -> tuple[tuple[Actor, ...], tuple[Actor, ...], str] | None:
    """Actors of a nominal trigger that names none ("The meeting ..."): from the most recent
    event in the sentences before, one named by a word of the noun's own class first ("the
    drills" after "launched exercises", not after "conducted patrols"); mutual codes (meetings,
    treaties) take both parties."""
    recent = list(ctx.recent[-6:])
    if noun is not None:
        kin = _kin_words(ctx, noun)
        # "The talks began in ..." after "suspended talks with X" and a phone call: the talks are
        # the ones named before, however far back, not the nearest interaction.
        named = [prev for prev in ctx.recent[-KIN_REACH:] if _names_kin(ctx, prev, kin)]
        ids = {id(prev) for prev in named}
        recent = [prev for prev in recent if id(prev) not in ids] + named  # kin last, so tried first
    if code[:2] in FIGHT_ROOTS:
        # "the clashes", told again, are between the sides of the article's last fight, not of
        # whatever came last ("the US urged India and Pakistan to de-escalate")
        fights = [prev for prev in ctx.recent if prev.cameo[:2] in FIGHT_ROOTS and prev.source and prev.target
                  and not prev.modality.negated]  # "denied targeting civilians" is no fight
        recent = [prev for prev in recent if prev not in fights] + fights[-1:]
    for prev in reversed(recent):
        if not prev.source and not prev.target:
            continue
        if noun is not None and prev.source and prev.target and _rejected_noun(ctx, prev, noun):
            # "Iran rejected a European offer ... The offer would have ...": the rejected
            # thing came from the rejection's target to its source.
            return prev.target, prev.source, "context:rejected"
        if noun is not None and id(prev) in ids and code[:2] == prev.cameo[:2] == "03" and prev.source \
                and prev.cameo in ONE_WAY_CODES | {"030"} and not same_side(prev.target, prev.source):
            # "The pledge comes after ..." after "the US pledged $40 million": one side's promise,
            # named again, is that side's, not both parties' of whatever came last.
            return prev.source, prev.target, "context:same-family"
        if code[:2] in MUTUAL_ROOTS or code in MUTUAL_CODES or code[:2] == "05" and code.startswith("057"):
            parties = dedupe_actors(prev.source + prev.target)
            if len(parties) >= 2:
                return parties, parties, "context:parties"
            continue
        if prev.cameo[:2] == code[:2]:
            return prev.source, prev.target, "context:same-family"
    return None


def act_owners(ctx: Ctx, noun: Token, judge: Iterable[Actor] = ()) -> tuple[Actor, ...]:
    """The actors of the act a nominal trigger names ("Iran's deliveries"; "the deliveries" told
    in an earlier sentence), or () when `noun` names no act. An earlier act by the `judge`'s own
    side is passed over: Taiwan condemning "the drills" means China's, not its own jets scrambled."""
    judge = tuple(judge)
    entry = ctx.entry(noun, "noun")
    if entry is None or entry.code is None:
        return ()
    nsrc, _ = roles_for_noun(ctx, noun)
    if nsrc:
        return tuple(nsrc)
    prev = told_act(ctx, noun, judge)
    if prev is not None:
        # "praised the talks" after "A negotiated with B": talks and meetings are both sides'.
        # (An accord agreed to stays its agreer's: "agreed to restructure its debt with Japan".)
        mutual = prev.source == prev.target or entry.code[:2] == "04" and bool(prev.target)
        return prev.source if not mutual else dedupe_actors(prev.source + prev.target)
    return ()


# Judging codes that are deeds others judge in turn: a veto blocks a resolution ("condemned the
# vetoes", "welcomed the veto" name the vetoing states).
DEED_JUDGEMENTS = {"129", "114"}  # and an official protest ("rejected the protest" names who lodged it)


def _mere_judgement(prev: Event) -> bool:
    """Is the earlier event a verdict on some act (condemned, rejected, praised), not a deed?"""
    return (prev.cameo[:2] in JUDGING_ROOTS or prev.cameo[:3] in JUDGING_CODES) and prev.cameo not in DEED_JUDGEMENTS


def told_act(ctx: Ctx, noun: Token, judge: Iterable[Actor] = ()) -> Event | None:
    """The earlier event "the <noun>" names ("the deliveries": an act of the same family told
    before, by whoever did it), or None. An accord ("the deal") may have been told as agreed to
    (CAMEO 03) rather than signed."""
    judge = tuple(judge)
    entry = ctx.entry(noun, "noun")
    if entry is None or entry.code is None \
            or not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in noun.children):
        return None
    families = {entry.code[:2]} | ({"03"} if entry.code == "057" else set())
    acts = [prev for prev in ctx.recent[-10:]
            if prev.cameo[:2] in families and prev.source and not prev.modality.negated
            and not _mere_judgement(prev) and not (judge and same_side(prev.source, judge))
            and (entry.code != "057" or _accord_act(ctx, prev))]
    if entry.code[:2] == "04":
        # "The talks began ..." after "suspended talks with X" (however far back) and a phone
        # call: talks named before as the object of an act are those talks, between its parties.
        kin = _kin_words(ctx, noun)
        named = [prev for prev in ctx.recent[-KIN_REACH:] if prev.source and prev.target
                 and prev.cameo[:2] not in ("04",) and not _mere_judgement(prev) and _names_kin(ctx, prev, kin)
                 and not (judge and same_side(prev.source, judge))]
        if named:
            return named[-1]
    if not acts:
        return None
    return max(enumerate(acts), key=lambda ia: (_names_act(noun, entry, ia[1]), ia[0]))[1]


def _accord_act(ctx: Ctx, prev: Event) -> bool:
    """Could "the deal" name this earlier act: an accord signed (057) or agreed to, not some
    other cooperation ("would send aid" is no deal)?"""
    if prev.cameo == "057":
        return True
    words = {w.strip(".,;:'\"").lower() for w in prev.sentence.split()}
    return prev.cameo[:2] == "03" and bool(words & (ctx.lex.classes.get("@accord", set()) | AGREE_WORDS))


AGREE_WORDS = {"agree", "agreed", "agrees", "agreeing"}


# Nouns that name no act of their own but point back at one ("rejected the demand", "welcomed
# the decision", "condemned the purchase"), with the families they name first.
GENERIC_ACT_NOUNS = {"decision": (), "move": (), "step": (), "purchase": ("03", "05", "06", "07"),
                     "announcement": (), "plan": (), "demand": ("02", "10"), "request": ("02", "10"),
                     "call": ("02", "10"), "appeal": ("02", "10"), "ultimatum": ("13", "10"),
                     "offer": ("03",), "proposal": ("03",), "action": (), "actions": (), "measure": (),
                     "measures": (), "deal": ("03", "05", "06"), "sale": ("03", "05", "06", "07"),
                     "incident": (), "protest": ("11", "14"), "complaint": ("11",),
                     "order": ("16", "17", "13", "10"), "directive": ("16", "17", "13", "10")}
# A result or outcome points back at whoever declared it ("the commission declared X the winner
# ... would challenge the result in court"), a statement the other pointers pass over.
RESULT_NOUNS = {"result", "results", "outcome", "tally", "count"}
DECLARING_STEMS = ("declar", "announc", "certif", "proclaim", "confirm", "publish")


# Pointers to a proposal, and the stems of words that make one ("proposed", "offer", "plan").
PROPOSAL_NOUNS = {"plan", "proposal", "offer"}
PROPOSING_STEMS = ("propos", "offer", "plan", "suggest", "put forward", "unveil")
DEED_ROOTS = ("03", "04", "05", "06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20")


def told_act_owners(ctx: Ctx, noun: Token, judge: Iterable[Actor] = ()) -> tuple[Actor, ...]:
    """The doers of the act told in an earlier sentence that "the decision", "the move" or "the
    demand" points back at: the latest one (of the noun's own families first), not a judgement
    and not by the `judge`'s own side; () when the noun is no such pointer."""
    word = noun.lemma_.lower()
    if not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in noun.children):
        return ()
    judge = tuple(judge)
    if word in RESULT_NOUNS or noun.lower_ in RESULT_NOUNS:
        # Only the declarer itself is passed over: a party, even the ruling one, is no electoral
        # council ("the Liberal Party rejected the results" the council declared).
        judged = {a.code or a.text for a in judge}
        return next((prev.source for prev in reversed(ctx.recent[-6:]) if prev.source and not prev.modality.negated
                     and prev.trigger.lower().startswith(DECLARING_STEMS)
                     and not any((a.code or a.text) in judged for a in prev.source)), ())
    if word not in GENERIC_ACT_NOUNS:
        return ()
    accord = word in ctx.lex.classes.get("@accord", ())
    acts = [prev for prev in ctx.recent[-6:]
            if prev.source and not prev.modality.negated and prev.cameo[:2] not in ("01",)
            and not _mere_judgement(prev) and not (judge and same_side(prev.source, judge))
            and (not accord or _accord_act(ctx, prev))]  # "the deal" names an accord, no other act
    if not acts:
        return ()
    # "the move", "the decision": a deed, before words (demands and warnings are not moves).
    families = GENERIC_ACT_NOUNS[word] or DEED_ROOTS
    # "proposed a transition ... rejected the plan": an act told by a proposing word comes first.
    proposing = word in PROPOSAL_NOUNS

    def named(prev: Event) -> bool:
        return proposing and prev.trigger.lower().startswith(PROPOSING_STEMS)

    prev = max(enumerate(acts), key=lambda ia: (named(ia[1]), ia[1].cameo[:2] in families, ia[0]))[1]
    return prev.source


def _names_act(noun: Token, entry: LexEntry, prev: Event) -> tuple[bool, bool, bool, bool]:
    """How well "the <noun>" names an earlier act: the same word, the same code, the same
    mutuality (a deal is between its parties: "agreed to a ceasefire", not "will release
    prisoners"), an act on a party ("condemned the strikes" after an attack on Kyiv and missiles
    shot down: the attack)."""
    words = {noun.lower_, noun.lemma_.lower()}
    lemma = prev.rule.split("/", 1)[0].rsplit(":", 1)[-1].split("+", 1)[0]
    same_word = prev.trigger.lower() in words or lemma in words
    # "agreed to restructure its debt ... welcomed the agreement": the noun of the intent verb.
    intent = prev.rule.partition("+intent:")[2].split("+", 1)[0].split("/", 1)[0]
    same_word = same_word or (len(intent) > 3 and any(w.startswith(intent) for w in words))
    code = entry.code or ""
    mutual_kind = code[:2] in MUTUAL_ROOTS or code in MUTUAL_CODES
    same_mutuality = (len(prev.source) > 1 and prev.source == prev.target) == mutual_kind
    # missiles shot down aim at the attacker only by inference ("+target:attacker"): no act on a party
    on_party = bool(prev.target) and "+target:attacker" not in prev.rule
    return same_word, prev.cameo == code, same_mutuality, on_party


# Sectors that fight or oppose their own state: in a civil war the RSF and Sudan's army share a
# country but not a side.
NONSTATE_SECTORS = {"REB", "INS", "SEP", "OPP", "UAF"}


def _camp(a: Actor) -> bool:
    """Is the actor on the armed or political opposition side of its country?"""
    code = a.code or ""
    return (a.sector or "") in NONSTATE_SECTORS or any(code[i:i + 3] in NONSTATE_SECTORS for i in range(3, len(code), 3))


def same_side(actors: Iterable[Actor], others: Iterable[Actor]) -> bool:
    """Do any of `actors` stand for the same party as one of `others`: the same code, or the same
    country and the same camp (the state's, or its armed or political opposition's)?"""
    others = list(others)
    codes = {a.code for a in others if a.code}
    keys = {(a.country, _camp(a)) for a in others if a.country}
    return any((a.code and a.code in codes) or (a.country and (a.country, _camp(a)) in keys) for a in actors)


# Nouns whose "of" phrase names the place itself ("shelled the city of Kharkiv").
SETTLEMENT_NOUNS = {"city", "town", "village", "port", "region", "province", "district", "capital", "area",
                    "island", "state", "county", "governorate", "enclave", "outskirts", "suburb", "suburbs"}


def place_target(ctx: Ctx, trigger: Token) -> Actor | None:
    """The country of a place in the trigger's clause, as an actor ("visited Beijing")."""
    lo, hi = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge)
    heads = {pobj.i for p, pobj in preps_of(trigger) if pobj is not None and p in ("on", "against", "at", "to", "in",
                                                                                   "into", "toward", "towards")
             + VICINITY_PREPS}
    objects = [through_transparent(o) for o in objects_of(trigger)]  # "staged a week of drills near X"
    objects += [c for o in objects for c in o.conjuncts if c.i > o.i]  # "sent ships and a submarine toward X"
    for o in objects:
        heads.add(o.i)
        heads |= {c.i for c in o.children if c.dep_ == "compound"}  # "attend the Beijing Olympics"
        heads |= {pobj.i for p, pobj in preps_of(o) if pobj is not None and (
            p in ("in", "at", "on", "toward", "towards") + VICINITY_PREPS
            or (p == "of" and o.lemma_.lower() in SETTLEMENT_NOUNS))}
    # "off the coast of Japan", "near the border with Lebanon": the place named inside the phrase.
    heads |= {inner.i for t in [trigger, *objects] for p, pobj in preps_of(t)
              if p in VICINITY_PREPS and pobj is not None
              for q, inner in preps_of(pobj) if q in ("of", "with") and inner is not None}
    # "responded with drills around Taiwan": the means' own place of display, nothing else of it.
    heads |= {inner.i for p, pobj in preps_of(trigger) if p == "with" and pobj is not None
              for q, inner in preps_of(pobj) if q in VICINITY_PREPS and inner is not None}
    places = ctx.doc._.tacitus_places or []
    for m in mentions_starting_in(ctx.doc, "places", places, max(lo, trigger.idx), hi):
        if m.place is None or not m.place.country:
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.i not in heads:
            continue
        return Actor(text=m.text, country=m.place.country, code=m.place.country, kind="country",
                     rule="place-as-target", confidence=0.5)
    return None


def home_country(ctx: Ctx, trigger: Token, outsiders: Iterable[Actor] = ()) -> str | None:
    """The one country of the places and parties named in the trigger's sentence and the two
    before it, less the countries of `outsiders` (a foreign judge of the story); None when
    there is no single such country: a story between two states says not whose."""
    start = _previous_sentence_start(ctx.doc[_previous_sentence_start(trigger)])
    places = ctx.doc._.tacitus_places or []
    countries = {m.place.country for m in mentions_starting_in(ctx.doc, "places", places, ctx.doc[start].idx,
                                                              trigger.sent.end_char) if m.place and m.place.country}
    # and the parties named ("Haitian police raided ...")
    countries |= {m.actor.country for i, m in ctx.index.items()
                  if start <= i < trigger.sent.end and m.actor is not None and m.actor.country}
    countries -= {a.country for a in outsiders if a.country}
    return next(iter(countries)) if len(countries) == 1 else None


# Seats of a state that stand for it when struck or threatened ("threatened to target the
# national palace"): palaces with a word of the state's, its parliament and ministries.
SEAT_NOUNS = {"palace": {"national", "presidential", "royal", "government"}, "parliament": set(),
              "legislature": set(), "ministry": set(), "ministries": set(),
              "building": {"government", "parliament", "state"}, "buildings": {"government", "parliament", "state"}}
SEAT_LEGISLATURES = {"parliament", "legislature"}
# Prepositions of a march or strike on a seat ("marched on parliament", "fired towards the palace").
SEAT_PREPS = ("on", "to", "toward", "towards", "outside")
# Prepositions that only say where the seat stands ("the parliament building in Bratislava").
SITE_PREPS = {"in", "at"}


def state_seat_target(ctx: Ctx, trigger: Token) -> Actor | None:
    """The state whose seat an act strikes or threatens when the phrase names no owner (no
    actor, no possessor, no place of its own): the one country of the places and parties named
    in this sentence and the two before it. None when no such seat or no single country."""
    held = objects_of(trigger) + [pobj for p, pobj in preps_of(trigger) if p in SEAT_PREPS and pobj is not None]
    seat = next((o for o in held if o.lemma_.lower() in SEAT_NOUNS and o.i not in ctx.index
                 and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ not in SITE_PREPS)
                             for c in o.children)), None)
    if seat is None:
        return None
    words = SEAT_NOUNS[seat.lemma_.lower()]
    mods = {c.lower_ for c in seat.children if c.dep_ in ("amod", "compound")}
    if words and not mods & words:
        return None  # "a palace", "the building": no word makes them the state's
    country = home_country(ctx, trigger)
    if country is None:
        return None
    legislature = seat.lemma_.lower() in SEAT_LEGISLATURES or mods & {"parliament"}
    sector = "LEG" if legislature else "GOV"
    return Actor(text=seat.text, country=country, sector=sector, code=country + sector, kind="group",
                 rule="state-seat", confidence=0.5)
