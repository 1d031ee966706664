"""Who speaks: the source and via actors of a reporting verb, read from its subject (or the
speaker the parser misplaced: an apposition, an aside, a governing verb, a controller), its
passive agent, "citing X", the outlet it spoke to ("told Reuters", "quoted by The Journal"),
pronouns resolved to the last fitting speaker or actor, and unnamed sources: what makes a
source anonymous and how "the official" takes that up again.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from tacitus.pipeline.attribution_base import (
    QUOTE_REACH,
    QUOTES,
    RAISING,
    STAMP,
    SUBJECTS,
    UNABLE,
    Context,
    Found,
    actor_key,
    evidence_noun,
    is_mark,
    is_stamp,
)
from tacitus.pipeline.clauses import conjoined_governor, finite_over_infinitive
from tacitus.records import Actor, Mention

_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "which", "what", "i", "we", "you", "me", "us"})
_PERSONAL = frozenset({"he", "she", "him", "her"})
_PLURAL = frozenset({"they", "them"})
#: Participles that name the outlet a source is known through ("quoted by", "seen by").
_OUTLET_VERBS = frozenset({"quote", "cite", "see", "obtain", "review"})
#: Verbs by which evidence is put out ("footage released by the army"): the one who put it out
#: is who it comes through.
_SPREADING = frozenset({"share", "publish", "release", "post", "circulate", "distribute", "broadcast", "air",
                        "issue", "provide", "upload", "leak", "supply"})
#: Verbs by which someone vouches for evidence ("images reviewed by a think tank"): who studied
#: it is, like who put it out, who it comes through.
_EXAMINING = frozenset({"review", "analyse", "analyze", "examine", "assess", "study", "verify", "geolocate"})
_PARTITIVES = frozenset({"one", "two", "three", "some", "several", "both", "each", "neither", "none", "another"})
#: Kinds of actor that are a body, not a person: never "he" or "she".
_BODIES = frozenset({"country", "government", "organisation", "igo", "media", "group"})
_LABEL_KIND = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group", "FAC": "organisation"}


def relative_report(token: Token) -> bool:
    """'a strike that medics said killed 15 people': a reporting verb inside a relative clause
    with two subjects, the relative pronoun (the subject of what is said) and the speaker."""
    subjects = [c for c in token.children if c.dep_ in SUBJECTS]
    if len(subjects) != 2 or not _is_relative(subjects[0]):
        return False
    # ("carries out strikes, which it says target militants": the parser may hang the clause
    # on the main verb as a complement; the relative pronoun right after a noun still marks it)
    return token.dep_ == "relcl" or _relative_noun(token) is not None


def _relative_noun(token: Token) -> Token | None:
    """The noun a relative clause headed by `token` describes: its head when parsed as one, else
    the noun just before the relative pronoun ("strikes, which it says ...")."""
    if token.dep_ == "relcl":
        return token.head
    rel = next((c for c in token.children if c.dep_ in SUBJECTS), None)
    if rel is None or not _is_relative(rel) or rel.lower_ == "that" or rel.i < 2:
        return None
    doc = token.doc
    before = doc[rel.i - 1] if doc[rel.i - 1].text != "," else doc[rel.i - 2]
    return before if before.pos_ in ("NOUN", "PROPN") and before.i < token.i else None


def _is_relative(token: Token) -> bool:
    return token.tag_ in ("WDT", "WP") or token.lower_ in ("that", "which", "who")


def _controller(token: Token) -> Token | None:
    """The subject an infinitive takes from the words above it: 'A video ... appeared to show',
    'Reuters was unable to verify'. None when the infinitive is not of that kind."""
    if token.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    head = token.head
    if token.dep_ == "advcl" and not going_on(head):
        return None  # ("went on to say": the parser may hang the infinitive as a clause of purpose)
    if head.lemma_.lower() not in RAISING | UNABLE and head.lower_ != "able" and not going_on(head):
        return None
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        head = head.head  # "was unable to": the copula has the subject
    for verb in (head, head.head if head.dep_ == "conj" else None):
        if verb is not None:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
    return None


def going_on(verb: Token) -> bool:
    """'went on', 'continued': a verb by which a speaker carries on ("He went on to say that
    ...", "..., she went on.")."""
    low = verb.lemma_.lower()
    return low == "continue" or (low == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children))


def appended_speaker(token: Token) -> Token | None:
    """'Militants may be recruiting in Benin, a researcher in Dakar said.': the parser reads the
    speaker as an apposition at the end of the reported clause and leaves the verb without a
    subject. The apposition, set off by a comma and ending right before the verb, is the speaker."""
    if token.i == 0 or any(c.dep_ in SUBJECTS for c in token.children):
        return None
    doc = token.doc
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.i < token.i):
        for t in clause.subtree:
            if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN") and t.right_edge.i == token.i - 1 \
                    and t.left_edge.i > clause.left_edge.i and doc[t.left_edge.i - 1].text == ",":
                return t
    return None


def parenthetical(token: Token) -> Token | None:
    """'Spokeswoman Mao Ning, asked about the collision, told reporters ...': the parser makes
    the aside a clause of its own with the speaker as its subject and leaves the reporting verb
    without one. The aside (a bare participle set off by commas before the verb), or None."""
    if any(c.dep_ in SUBJECTS for c in token.children):
        return None
    doc = token.doc
    for aside in token.children:
        if aside.dep_ not in ("ccomp", "advcl") or aside.i > token.i or aside.tag_ not in ("VBN", "VBD"):
            continue
        subj = aside_subject(aside)
        if subj is None or any(c.dep_ in ("aux", "auxpass", "mark") for c in aside.children):
            continue
        after = aside.right_edge.i if doc[aside.right_edge.i].text == "," else aside.right_edge.i + 1
        if after == token.i - 1 and doc[after].text == "," and any(t.text == "," for t in doc[subj.i + 1:aside.i]):
            return aside
    return None


def aside_subject(aside: Token) -> Token | None:
    """The speaker the parser hung on an aside: its subject, or a name it reads as a loose noun
    ("Petrescu, asked about the claim, said ...": "Petrescu" npadvmod of "asked")."""
    subj = next((c for c in aside.children if c.dep_ == "nsubj"), None)
    if subj is None:
        subj = next((c for c in aside.children if c.dep_ == "npadvmod" and c.i < aside.i and c.pos_ == "PROPN"
                     and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")), None)
    return subj


def _nearest_subject(token: Token, children: list[Token]) -> Token | None:
    """The verb's subject; of two before it, the nearer: "MOSCOW/KYIV, Aug 19 (Wire) - Russia's
    defence ministry said": a dateline the segmenter did not know is read as a second subject."""
    subjects = [c for c in children if c.dep_ in SUBJECTS]
    if len(subjects) > 1 and all(c.i < token.i for c in subjects):
        return subjects[-1]
    return subjects[0] if subjects else None


def verb_sources(
    token: Token, passive: bool, ctx: Context
) -> tuple[tuple[Actor, ...] | None, tuple[Actor, ...], float, Token | None]:
    """The source and via actors of a reporting verb, a confidence and the head of the source
    phrase.

    Returns (None, ...) when the subject cannot be a source ("This suggests ...").
    """
    children = list(token.children)
    via: list[Actor] = []
    subject = next((c for c in children if c.dep_ in SUBJECTS and not _is_relative(c)), None) \
        if relative_report(token) else _nearest_subject(token, children)
    confidence = 0.9
    verb = token
    hops = 0
    if subject is None:
        subject = appended_speaker(token) or _controller(token)
    if subject is None and (aside := parenthetical(token)) is not None:
        subject = aside_subject(aside)
    governor = (conjoined_governor(token) or finite_over_infinitive(token)) if subject is None else None
    if subject is None and token.dep_ == "ccomp" and token.tag_ in ("VBD", "VBZ", "VBP"):
        # A finite complement clause always has a subject: a subjectless one is a conjunct the
        # parser misattached ("X said A and warned that B"), and shares the speaker.
        governor = token.head
    if governor is not None and governor.lemma_.lower() in ctx.lex.verbs:
        subject = next((c for c in governor.children if c.dep_ in SUBJECTS), None)
        confidence = 0.8
    while subject is None and verb.dep_ == "conj" and verb.head.i != verb.i and hops < 3:
        verb, hops = verb.head, hops + 1
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        confidence = 0.8
    if subject is not None and subject.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
        subject = token.head
    if subject is None and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        # ("a statement saying ...": the noun speaks; "any attempt to blame us": it does not)
        subject = token.head
    if subject is None and token.tag_ == "VBG" and token.dep_ == "advcl" and token.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "mark" for c in token.children):
        # "Russia expelled two diplomats, saying they had spied": the participle's speaker is
        # the subject of the act it explains
        act = token.head
        if act.dep_ == "ccomp" and act.head.lemma_.lower() in ctx.lex.verbs and token.i > 0 \
                and token.doc[token.i - 1].text == "," and act.head.i < act.i:
            # (a reporting verb after the clause is no reporter of it: ", a charge X rejected"
            # misread as the root)
            # "X denied that its fighters had any role, saying ...": a participle of report
            # hung on the reported clause goes on with the one who reported it
            act = act.head
        subject = next((c for c in act.children if c.dep_ in SUBJECTS), None)
        confidence = 0.8
    if subject is None and token.tag_ == "VBG" and token.dep_ == "conj" and verb.i != token.i \
            and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        # "denied the charges, calling them lies and saying it sent only aid": a participle
        # coordinated with one that explains the act speaks for the act's subject too
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
        confidence = 0.8
    quoting = _quoted_as(token)
    if subject is None and quoting is not None:
        # "State media quoted an unnamed official as saying that ...": the one quoted speaks,
        # through whoever quoted them
        quoted = next(c for c in quoting.children if c.dep_ in ("dobj", "obj", "nsubjpass"))
        actors, nested = source_phrase(quoted, ctx)
        outlet = next((c for c in quoting.children if c.dep_ in SUBJECTS and c.i != quoted.i), None)
        if quoted.dep_ == "nsubjpass":  # "was quoted by public radio as saying": the agent quoted
            outlet = next((p for c in quoting.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
                          None)
        carriers = source_phrase(outlet, ctx)[0] if outlet is not None else ()
        if actors:
            ctx.speakers.append((quoted, actors))
            return actors, (*nested, *(a for a in carriers if a not in nested)), 0.8, quoted
    agent = next((c for c in children if c.dep_ == "agent"), None)
    if passive:
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if by is not None:
            actors, nested = source_phrase(by, ctx)
            return actors or (), tuple(nested), 0.85, by
        return (), (), 0.7, None
    if subject is None:
        return None, (), 0.0, None
    actors, nested = source_phrase(subject, ctx)
    if not actors and subject.lower_ in _FIRST_PERSON:
        # '"We reject any attempt to blame us," the ministry said': the quotation's speaker
        actors, nested = quotation_speaker(token, ctx), []
    if not actors or _no_speaker(token, subject, actors, ctx):
        return None, (), 0.0, None
    if subject.i == token.head.i and token.dep_ == "acl":
        sender = _sender(subject, ctx)  # "sent a note saying ...": the sender speaks
        if sender:
            actors, nested, confidence = sender, [], 0.8
    ctx.speakers.append((subject, actors))
    via.extend(nested)
    cited, cited_head = _cited(token, ctx)
    if cited:
        via.extend(actors)
        actors, subject = cited, cited_head
    via.extend(a for a in _via(token, ctx) if a not in via)
    return actors, tuple(via), confidence, subject


_FIRST_PERSON = frozenset({"we", "i"})


def _quoted_as(token: Token) -> Token | None:
    """The verb of 'quoted X as saying' (or 'X was quoted by Y as saying') above the participle
    `token`, when it has the one quoted as object (or passive subject)."""
    if token.tag_ != "VBG" or token.dep_ != "pcomp" or token.head.lower_ != "as":
        return None
    verb = token.head.head
    if verb.lemma_.lower() not in ("quote", "cite") \
            or not any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children):
        return None
    return verb

#: Verbs of what shows, not of what is said: their subject may be a fact, not a source.
_INFERRING = frozenset({"show", "indicate", "suggest", "reveal", "demonstrate", "prove", "underline", "underscore",
                        "highlight"})


def _no_speaker(token: Token, subject: Token, actors: tuple[Actor, ...], ctx: Context) -> bool:
    """'Exercises near the border showed that ...', 'The incident suggests ...': the writer's
    inference from an event, not a report. A common noun that is no actor, no source word, no
    claim, paper or evidence (`EVIDENCE_NOUNS`) cannot be the source of these verbs."""
    if token.lemma_.lower() not in _INFERRING or not (subject.pos_ == "NOUN" or subject.pos_ == "PROPN"
                                                       and not subject.ent_type_ and ctx.index.get(subject.i) is None):
        return False
    if evidence_noun(subject):
        return False
    lemma = subject.lemma_.lower()
    if lemma in ctx.lex.claim_nouns or lemma in _FILINGS or lemma in _PAPERS:
        return False
    return all(a.rule == "attribution:phrase" for a in actors)


#: Verbs by which a paper goes out from its writer ("sent a diplomatic note protesting ...").
_SENDING = frozenset({"send", "deliver", "hand", "submit", "issue", "release", "lodge", "file", "circulate",
                      "transmit", "address", "publish", "write", "pass"})


def _sender(paper: Token, ctx: Context) -> tuple[Actor, ...]:
    """The writer of a note, letter or statement that is the object of a sending verb ("Baku
    sent a diplomatic note protesting ...", "the ministry issued a statement saying ..."): the
    subject of that verb, or nothing."""
    lemma = paper.lemma_.lower()
    if paper.dep_ not in ("dobj", "obj") or not (lemma in _PAPERS or lemma in ctx.lex.claim_nouns):
        return ()
    verb = paper.head
    if verb.lemma_.lower() not in _SENDING:
        return ()
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return ()
    actors, _ = source_phrase(subject, ctx)
    # a bare phrase is no sender ("the man sent a letter"), unless it names one ("the
    # Inter-Services Public Relations wing issued a statement")
    named = any(t.pos_ == "PROPN" for t in subject.subtree)
    return tuple(a for a in actors if a.rule != "attribution:evidence" and (named or a.rule != "attribution:phrase"))


def quotation_speaker(token: Token, ctx: Context) -> tuple[Actor, ...]:
    """The speaker of the quotation `token` stands in: the source of the reporting verb above
    it outside the quotation marks ('"We deny it," the ministry said'). Empty when there is none."""
    sent = token.sent
    doc = token.doc
    if sum(1 for t in doc[sent.start:token.i] if t.text in QUOTES) % 2 == 0:
        return ()  # not inside a quotation
    for verb in token.ancestors:
        if verb.lemma_.lower() not in ctx.lex.verbs or verb.pos_ != "VERB":
            continue
        if sum(1 for t in doc[sent.start:verb.i] if t.text in QUOTES) % 2 == 1:
            continue  # the verb is inside the quotation too
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subj is not None and subj.lower_ not in _FIRST_PERSON:
            return source_phrase(subj, ctx)[0]
        return ()
    return ()


#: Source heads that are unnamed by definition ("sources said", "an insider said").
_ANONYMOUS_HEADS = frozenset({"source", "insider"})
#: Verbs whose negation says the speaker may not be named or may not speak on the record.
_UNNAMED_VERBS = frozenset({"name", "identify", "authorize", "authorise", "allow", "permit"})


def is_anonymous(speaker: Token | None, cue: Token, content: tuple[int, int] | None, ctx: Context) -> bool:
    """True when the source is unnamed on purpose: "sources said", "a US official speaking on
    condition of anonymity", "who asked not to be named", "not authorized to speak", "people
    familiar with the matter", "a person briefed on the talks", "officials with knowledge of".
    Looks at the source phrase and at the cue's own modifiers ("said on condition of anonymity"),
    never at the content."""
    if speaker is None:
        return False
    if speaker.lemma_.lower() in _ANONYMOUS_HEADS and speaker.pos_ == "NOUN":
        return True
    if any(c.dep_ == "amod" and c.lower_ in ("unnamed", "unidentified", "anonymous") for c in speaker.children):
        return True  # "an unnamed security official"
    lo, hi = content if content is not None else (-1, -1)
    words = [t for t in speaker.subtree if not lo <= t.i < hi]
    words += [t for c in cue.children if c.dep_ in ("advcl", "prep", "npadvmod", "advmod") and not lo <= c.i < hi
              for t in c.subtree]
    for t in words:
        low, lemma = t.lower_, t.lemma_.lower()
        if low in ("anonymity", "anonymously"):
            return True
        if lemma in _UNNAMED_VERBS and t.tag_ == "VBN" and (
            any(c.dep_ == "neg" for c in t.children) or any(c.dep_ == "neg" for c in t.head.children)
            or t.head.lemma_.lower() in ("decline", "refuse")
        ):
            return True  # "asked not to be named", "declined to be identified", "not authorized to speak"
        if lemma == "withhold" and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in ("name", "identity")
                                       for c in t.children):
            return True  # "who asked that his name be withheld"
    for mod in (c for c in speaker.children if c.i > speaker.i):
        # "familiar with the matter", "briefed on the talks", "with knowledge of", "close to the talks"
        lemma = mod.lemma_.lower()
        preps = {c.lower_ for c in mod.children if c.dep_ == "prep"}
        if (lemma == "familiar" and "with" in preps) or (lemma == "brief" and mod.tag_ in ("VBN", "VBD") and mod.dep_ in ("acl", "amod") and "on" in preps) \
                or (lemma == "close" and "to" in preps):
            return True
        if mod.dep_ == "prep" and mod.lower_ == "with" and any(c.lemma_.lower() == "knowledge" for c in mod.children):
            return True
    return False


#: How many reporting sentences on a definite source ("the official") still names an
#: anonymous one ("a US official, speaking on condition of anonymity").
_ANONYMOUS_REACH = 3


def carry_anonymity(found: list[Found]) -> None:
    """'A Serbian official, who asked not to be named, said A. The official said B.': the
    definite phrase takes up the same unnamed source (same head word, same actor code)."""
    for n, item in enumerate(found):
        head = item.speaker
        if item.anonymous or head is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            continue
        codes = {a.code for a in item.source}
        for prev in reversed(found[:n]):
            if item.sent_no - prev.sent_no > _ANONYMOUS_REACH:
                break
            if prev.anonymous and prev.speaker is not None and prev.speaker.lemma_ == head.lemma_ \
                    and _same_codes(codes, {a.code for a in prev.source}):
                item.anonymous = True
                break


def carry_names(found: list[Found]) -> None:
    """'A spokesman for the disaster ministry, Janan Sayeq, said A. ... Sayeq said B.': a
    person named again by surname alone is the same source, with the country and code the
    full naming gave."""
    known: dict[str, Actor] = {}
    for item in found:
        source = []
        for actor in item.source:
            words = actor.text.split()
            if actor.kind == "person" and not actor.country and len(words) == 1 and words[0][:1].isupper():
                earlier = known.get(words[0])
                if earlier is not None:
                    actor = _with(actor, country=earlier.country, code=earlier.code, sector=earlier.sector,
                                  kb_id=actor.kb_id or earlier.kb_id)
            source.append(actor)
            if actor.kind == "person" and actor.country and len(words) > 1 and words[-1][:1].isupper():
                known[words[-1].strip(",")] = actor
        item.source = tuple(source)


def _same_codes(later: set[str | None], first: set[str | None]) -> bool:
    """The same actor codes, or a later "the diplomat" (---GOV) without the country its first
    mention gave ("A Western diplomat", WSTGOV): the same sector is enough then."""
    if later == first:
        return True
    if not later or not all(c and c.startswith("---") for c in later):
        return False
    # ("The official" ---GOV after "a regional health official" ---GOVHLH: a sector it refines)
    return all(any(f and f[3:].startswith(c[3:]) for f in first) for c in later if c)


def citing_participle(token: Token) -> Token | None:
    """The 'citing X' participle of a reporting verb, on the verb or on its content clause
    ('The agency reported, citing officials, that ...')."""
    places = [token] + [c for c in token.children if c.dep_ == "ccomp"]
    for verb in places:
        for child in verb.children:
            if child.lemma_.lower() in ("cite", "quote") and child.tag_ == "VBG" and child.dep_ in (
                "advcl", "xcomp", "conj", "dep", "acl"
            ):
                if verb.i != token.i and child.i > verb.i and not _cannot_cite(verb):
                    continue
                return child
    return None


def _cannot_cite(clause: Token) -> bool:
    """A content clause whose subject cannot be the one citing: 'reported that three workers
    were injured, citing the emergency services' (a passive clause: the outlet cites)."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)


def _cited(token: Token, ctx: Context) -> tuple[tuple[Actor, ...], Token | None]:
    """'The agency reported, citing officials, ...': the cited officials are the source (and
    the head of their phrase)."""
    citing = citing_participle(token)
    if citing is None:
        return (), None
    obj = next((c for c in citing.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or _reason(obj, ctx):
        return (), None
    actors, _ = source_phrase(obj, ctx)
    if any(a.kind == "evidence" for a in actors):
        # "a navy spokesman said, citing radar data, ...": the data back the speaker's word;
        # they do not speak (as with "According to the BBC, citing satellite images")
        return (), None
    return actors, obj


#: Papers that carry someone's word ("citing a letter from the minister"): the writer is the source.
_PAPERS = frozenset({"letter", "email", "message", "cable", "note", "transcript", "recording", "post", "communique"})


def _reason(obj: Token, ctx: Context) -> bool:
    """'citing an invitation from the government', 'citing its role in the talks': a common noun
    that is no source word, no claim and no document names why, not who told; the actor in its
    prepositional phrase did not speak."""
    lemma = obj.lemma_.lower()
    if obj.pos_ != "NOUN" or obj.ent_type_ or ctx.index.get(obj.i) is not None:
        return False
    if lemma in ctx.lex.sources or obj.lower_ in ctx.lex.sources or lemma in ctx.lex.claim_nouns \
            or lemma in ctx.lex.media or lemma in _FILINGS or lemma in _PAPERS:
        return False
    return any(c.dep_ == "prep" for c in obj.children)


def _via(token: Token, ctx: Context) -> list[Actor]:
    """Outlets a source spoke through: 'revealed to X', 'told X', 'in an interview with X'."""
    out: list[Actor] = []
    candidates: list[Token] = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "with"):
            candidates.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in ("in", "during"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                for prep in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "on")):
                    candidates.extend(c for c in prep.children if c.dep_ == "pobj")
        elif child.dep_ in ("dobj", "dative") and token.lemma_.lower() in ("tell", "inform", "brief"):
            candidates.append(child)
        elif child.dep_ == "advcl" and child.lemma_.lower() in ("speak", "talk"):
            for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
                candidates.extend(c for c in prep.children if c.dep_ == "pobj")
    for cand in candidates:
        if _is_media_token(cand, ctx):
            out.extend(actors_of(cand, ctx))
    return out


def _is_media_token(token: Token, ctx: Context) -> bool:
    """A named news outlet ("The Daily Herald"), not an audience ("reporters")."""
    mention = ctx.index.get(token.i)
    if mention is not None and mention.actor is not None and mention.actor.kind == "media":
        return True
    if token.pos_ != "PROPN":
        return False
    if mention is not None and mention.actor is not None and is_media_actor(mention.actor, ctx):
        return True
    words = {t.lower_ for t in token.subtree if t.pos_ == "PROPN"}
    return bool(words & ctx.lex.media)


def is_media_actor(actor: Actor, ctx: Context) -> bool:
    return actor.kind == "media" or actor.sector == "MED" or (actor.code or "").endswith("MED")


def source_phrase(head: Token, ctx: Context) -> tuple[tuple[Actor, ...], list[Actor]]:
    """The actors a source phrase names (each conjunct), and any outlets nested in it."""
    actors: list[Actor] = []
    for conj in _conjuncts(head):
        actor = actors_of(conj, ctx)
        appos = [c for c in conj.children if c.dep_ == "appos"]
        if appos and all(actor_key(a) is None for a in actor):  # (a body coded IGOUNO keeps its code)
            # "mediators Qatar and Egypt said": the apposition names who the common noun is.
            named = [a for ap in appos for c in _conjuncts(ap) for a in actors_of(c, ctx) if a.country]
            if named and len(appos) == 1 and conj.pos_ == "PROPN" and conj.ent_type_ == "PERSON":
                # "said Ahmed Nasser, a civil defence official in Gaza": the person keeps the name
                # and takes the country of the description
                start, end = _phrase(conj)[0], _phrase(appos[0])[1]
                named = [_with(a, text=conj.doc[start:end].text, kind="person") for a in named[:1]]
            actor = named or actor
        if len(appos) == 1 and conj.pos_ == "NOUN" and len(actor) == 1 and _named_person(appos[0]):
            # "A spokeswoman, Karen Lee, said", "its head Markus Ritter said": the title names
            # the office, the apposition the person; the source is that person in that office
            start, end = _phrase(conj)[0], _phrase(appos[0])[1]
            person = [a for a in actors_of(appos[0], ctx) if a.country or a.kb_id]
            base = person[0] if len(person) == 1 else actor[0]
            actor = [_with(base, text=conj.doc[start:end].text, kind="person")]
        elif len(appos) == 1 and conj.pos_ == "NOUN" and len(actor) == 1 and appos[0].i == conj.i + 1 \
                and appos[0].pos_ == "PROPN" and appos[0].ent_type_ == "ORG":
            # "the Finnish telecom operator Cinia said": a name set right after the description
            # (no comma) says which body it is; the source's text keeps it
            start, end = _phrase(conj)[0], _phrase(appos[0])[1]
            actor = [_with(actor[0], text=conj.doc[start:end].text, name=actor[0].name or appos[0].text)]
        # a mention's own text may keep a live blog's stamp ("- Police in Port Moresby")
        actor = [_with(a, text=STAMP.sub("", a.text)) if STAMP.match(a.text) and STAMP.sub("", a.text) else a
                 for a in actor]
        actors.extend(a for a in actor if a not in actors)
    outlets: list[Actor] = []
    for acl in (t for t in head.subtree if t.dep_ in ("acl", "relcl") and t.lemma_.lower() in _OUTLET_VERBS):
        # "officials quoted by The Journal", "a report seen by Reuters", "the report, which was
        # cited by the broadcaster ABC": the outlet we know it through
        for by in (p for a in acl.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"):
            # ("by the broadcaster ABC": the name in apposition says which outlet)
            named = next((c for c in by.children if c.dep_ == "appos" and _is_media_token(c, ctx)), None)
            if named is not None or _is_media_token(by, ctx):
                outlets.extend(a for a in actors_of(named or by, ctx) if a not in outlets)
    if evidence_noun(head):
        # "a video shared by the group appears to show ...": the picture is the source, and who
        # put it out the one we have it through (the parser may read "broadcast by" as a noun)
        spreaders = [head] if any(c.dep_ == "agent" for c in head.children) else []
        spreaders += [t for t in head.children if t.dep_ == "acl" and t.lemma_.lower() in _SPREADING | _EXAMINING]
        for by in (p for s in spreaders for a in s.children if a.dep_ == "agent" for p in a.children
                   if p.dep_ == "pobj"):
            outlets.extend(a for a in actors_of(by, ctx) if a not in outlets)
    return tuple(actors), outlets


def _named_person(token: Token) -> bool:
    """A single person's name (no list of names: "the leaders, Xi and Putin")."""
    return token.pos_ == "PROPN" and token.ent_type_ == "PERSON" and not any(c.dep_ == "conj" for c in token.children)


def _conjuncts(head: Token) -> Iterator[Token]:
    yield head
    for child in head.children:
        if child.dep_ == "conj":
            yield from _conjuncts(child)


def _phrase(head: Token, describes: bool = False) -> tuple[int, int]:
    """The token range of a noun phrase without its relative clauses, appositions and conjuncts
    (and participles, unless `describes`: "a person briefed on the talks" is how an anonymous
    source is named)."""
    cut = [c for c in head.children if c.dep_ in ("relcl", "appos", "conj", "cc", "acl", "punct", "parataxis")
           and not _inner_hyphen(c)  # "Chen Yu-ting": a hyphen inside a name is no break
           and not (describes and c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in _OUTLET_VERBS)]
    start, end = head.left_edge.i, head.right_edge.i + 1
    for child in cut:
        if child.i > head.i:
            end = min(end, child.left_edge.i)
        else:
            start = max(start, child.right_edge.i + 1)
    doc = head.doc
    for child in head.rights:
        # "Venezuela's government on Friday denied ...": the parser hangs the time of saying on
        # the subject; it is no part of the name
        if child.dep_ == "prep" and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in child.children):
            end = min(end, child.left_edge.i)
    stolen = stolen_subject(head)
    if stolen is not None:
        end = min(end, stolen.left_edge.i)
    for t in doc[head.i + 1:end]:
        # "officials familiar with the operation, who spoke on condition of anonymity": a
        # relative clause set off by a comma is about the source, not its name
        if t.dep_ == "relcl" and t.left_edge.i > head.i + 1 and doc[t.left_edge.i - 1].text == ",":
            end = min(end, t.left_edge.i - 1)
        # "a report by U.N. experts seen by Reuters": the outlet is a via, not part of the name
        if t.dep_ == "acl" and t.lemma_.lower() in _OUTLET_VERBS and any(c.dep_ == "agent" for c in t.children):
            end = min(end, t.left_edge.i)
    for i in range(start, head.i):  # a headline or dateline above the sentence is not part of it
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("and", "or")):
        end -= 1
    while start < end - 1 and (doc[start].is_punct or is_stamp(doc[start])):
        start += 1
    return start, end


def _inner_hyphen(token: Token) -> bool:
    """Is `token` a hyphen joining two words with no space ("Yu-ting", "Al-Burhan")?"""
    doc = token.doc
    return token.text in ("-", "‐", "‑") and not token.whitespace_ and token.i > 0 \
        and not doc[token.i - 1].whitespace_ and token.i + 1 < len(doc)


def stolen_subject(head: Token) -> Token | None:
    """'According to a report by the daily JoongAng Ilbo, the North may be preparing ...': the
    parser reads the clause's subject as an apposition ending the phrase. That apposition (set
    off by a comma, right before a verb that has no subject), or None."""
    doc = head.doc
    end = head.right_edge.i + 1
    if end >= len(doc) or doc[end].pos_ not in ("AUX", "VERB"):
        return None
    verb = doc[end].head if doc[end].dep_ in ("aux", "auxpass") else doc[end]
    if verb.i < end or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    last = next((t for t in head.subtree if t.dep_ == "appos" and t.right_edge.i + 1 == end
                 and t.left_edge.i > head.i + 1 and doc[t.left_edge.i - 1].text == ","), None)
    return last


#: Court papers and documents that speak for whoever filed or wrote them.
_FILINGS = frozenset({"lawsuit", "suit", "filing", "complaint", "indictment", "petition", "affidavit", "submission",
                      "motion", "dossier", "memo", "document", "brief"})


def actors_of(head: Token, ctx: Context) -> list[Actor]:
    """The Actor a source noun phrase stands for (empty when it cannot be a source)."""
    low = head.lower_
    if low in _DEMONSTRATIVES:
        return []
    if low in _PERSONAL or low in _PLURAL or low == "it":
        found = _antecedent(head, ctx)
        if found is None:
            kind = "person" if low in _PERSONAL else "unknown"
            found = Actor(text=head.text, kind=kind, rule="attribution:pronoun", confidence=0.2)
        return [found]
    named = _self_named(head)
    if named is not None:
        # "a little-known group calling itself the X Front claimed": the group is the one it names
        start, end = _phrase(named)
        found = ctx.index.get(named.i) or ctx.index.get(head.i)
        if found is not None and found.actor is not None:
            return [_with(found.actor, text=head.doc[start:end].text)]
        return [Actor(text=head.doc[start:end].text, kind="organisation", rule="attribution:self-named",
                      confidence=0.5)]
    if head.i in ctx.groups:
        return list(ctx.groups[head.i])
    if low in _PARTITIVES:
        return _partitive(head, ctx)
    poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    if poss is not None and head.lemma_.lower() in ctx.lex.claim_nouns and ctx.index.get(head.i) is None:
        # "The ministry's statement said": the ministry speaks through it
        owners = actors_of(poss, ctx)
        if len(owners) == 1 and (owners[0].country or owners[0].sector):  # an owner we know something of
            start, end = _phrase(head)
            return [_with(owners[0], text=head.doc[start:end].text, rule="attribution:owner")]
    author = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                   if p.dep_ == "pobj"), None)
    filing = head.lemma_.lower() in _FILINGS
    if author is None and (filing or head.lemma_.lower() in ctx.lex.claim_nouns):
        # "a lawsuit filed by the operator", "a report published by the daily": its filer
        # ("a statement, which was signed by the minister,": a passive relative clause of authoring alike)
        author = next((p for acl in head.children if acl.tag_ == "VBN" and (
                           acl.dep_ == "acl" or acl.dep_ == "relcl" and acl.lemma_.lower() in _AUTHORING)
                       for a in acl.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)
    if author is not None and (head.lemma_.lower() in ctx.lex.claim_nouns or filing) and ctx.index.get(head.i) is None:
        # "a report by the UN panel showed": the panel speaks through its report
        owners = actors_of(author, ctx)
        named = author if author.pos_ == "PROPN" else next(
            (c for c in author.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > author.i), None)
        if named is not None and ctx.index.get(named.i) is not None and not (owners and owners[0].code):
            # "a report released by the cybersecurity firm Sentinel Labs": a body the actor
            # stage found by name speaks through its report, known codes or not
            owners = actors_of(named, ctx)
        if len(owners) == 1 and (owners[0].country or owners[0].sector or owners[0].code
                                 or named is not None and owners[0].kind == "organisation"):
            start, end = _phrase(head, describes=filing or author.head.dep_ == "agent")
            return [_with(owners[0], text=head.doc[start:end].text, rule="attribution:owner")]
    issuer = _earlier_issuer(head, ctx)
    if issuer:
        return list(issuer)
    namesake = _namesake(head, ctx)
    if namesake is not None:
        return [namesake]
    lemma = head.lemma_.lower()
    anonymous = (ctx.lex.sources.get(lemma) or ctx.lex.sources.get(low) or ("", None))[0] == "anonymous"
    start, end = _phrase(head, describes=anonymous or filing)  # ("a lawsuit filed by the operator")
    doc = head.doc
    text = doc[start:end].text
    mention = ctx.index.get(head.i)
    if mention is not None and mention.actor is not None:
        actor = mention.actor
        if text != actor.text and len(text) > len(actor.text):
            actor = _with(actor, text=text)
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if actor.country is None and actor.sector and owner is not None:
            # "Varga's spokesman": the spokesman of a known person serves that person's country
            known = [a for a in actors_of(owner, ctx) if a.country]
            if len(known) == 1:
                actor = _with(actor, country=known[0].country, code=f"{known[0].country}{actor.sector}")
        given = {ctx.lex.sectors.get(t.lower_) for t in head.lefts} - {None, "GOV", "MED"}  # "aid agencies"
        if (ctx.lex.sources.get(lemma) or ctx.lex.sources.get(low) or ("", None))[0] == "media" and actor.sector != "MED" \
                and actor.kind != "media" and not given and actor.sector in (None, "GOV"):
            # "Iranian state media", "the state news agency": an outlet, whoever owns it (the actor
            # stage's own outlets, "state media" IRNGOVMED, are kept as they are). A body the
            # actor stage knows by a sector of its own is no outlet ("the U.N. refugee agency"
            # is UNHCR, IGOUNOREFHCR)
            actor = _with(actor, sector="MED", code=f"{actor.country or '---'}MED", kind="media")
        return [_spoken_for(head, actor, ctx) or actor]
    inner = []
    for i in range(start, end):
        m = ctx.index.get(i)
        if m is not None and m.actor is not None and m not in inner and m.label != "WEAPON":
            inner.append(m)
    kind, sector = ctx.lex.sources.get(lemma) or ctx.lex.sources.get(low) or (None, None)
    modifiers = [t for t in doc[start:end] if t.i != head.i]
    given = next((ctx.lex.sectors[t.lower_] for t in modifiers if t.lower_ in ctx.lex.sectors), None)
    if kind == "media" and given not in (None, "GOV", "MED"):
        kind, sector = "collective", given  # "aid agencies", "an intelligence agency": not outlets
    elif kind != "media":  # "state media" are media, whoever owns them
        sector = given or sector
    base = next((m.actor for m in inner if m.actor is not None and actor_key(m.actor)), None)
    if base is None:
        # "the two armies' directors general said": the body they serve, known only by its
        # sector (---MIL), is what the actor stage made of the same words
        owner = next((ctx.index[c.i] for c in head.children if c.dep_ == "poss" and c.i in ctx.index), None)
        base = owner.actor if owner is not None and owner.actor is not None and owner.actor.code else None
    if base is not None and evidence_noun(head) and any(c.dep_ == "agent" for c in head.children):
        base = None  # "footage broadcast by Houthi television": who aired it is no source's country
    if base is not None:
        # "Ukrainian officials", "Western intelligence reports": the modifier gives the
        # country (or the group code, WST), the head noun the kind and sector.
        sector = sector or base.sector
        # a body with no country keeps its whole code when the head noun adds no sector ("a
        # U.N. panel of experts" is IGOUNO, not just IGO)
        whole = base.country is None and not sector and base.code
        return [Actor(
            text=text,
            country=base.country,
            sector=sector,
            code=base.code if whole else f"{base.country or actor_key(base) or '---'}{sector or ''}",
            name=None,
            kind=kind or base.kind,
            kb_id=None,
            role=lemma,
            rule="attribution:modifier",
            confidence=round(min(base.confidence or 0.8, 0.8), 2),
        )]
    if head.ent_type_ and head.pos_ == "PROPN":
        return [Actor(text=text, kind=_LABEL_KIND.get(head.ent_type_, "unknown"), rule="attribution:ner", confidence=0.5)]
    if kind is not None:
        actor = Actor(text=text, sector=sector, code=_code(None, sector), kind=kind, role=lemma,
                      rule="attribution:unnamed", confidence=0.7)
        return [_spoken_for(head, actor, ctx) or actor]
    if head.pos_ == "PROPN" and _is_media_token(head, ctx):
        return [Actor(text=text, sector="MED", code="---MED", kind="media", rule="attribution:media-name", confidence=0.5)]
    if evidence_noun(head) and lemma not in _PAPERS and lemma not in _FILINGS:
        # "Satellite images showed ...": a reported claim that no one speaks
        return [Actor(text=text, kind="evidence", role=lemma, rule="attribution:evidence", confidence=0.5)]
    if head.pos_ in ("NOUN", "PROPN"):
        return [Actor(text=text, kind="unknown", role=lemma, rule="attribution:phrase", confidence=0.3)]
    return []


#: Verbs a group names itself by ("calling itself", "which styles itself").
_NAMING = frozenset({"call", "name", "style", "dub", "term"})
_REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself"})


def _self_named(head: Token) -> Token | None:
    """'A group calling itself the X Front', 'a militia that calls itself Y': the head of the name
    the phrase gives itself (a proper name; "a man calling himself a witness" names no one)."""
    for verb in head.children:
        if verb.dep_ not in ("acl", "relcl") or verb.lemma_.lower() not in _NAMING \
                or not any(c.lower_ in _REFLEXIVE for c in verb.children):
            continue
        name = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr", "dobj")
                     and c.lower_ not in _REFLEXIVE), None)
        if name is not None and name.pos_ == "PROPN":
            return name
    return None


#: Verbs by which a paper gets its author ("issued by", "signed by"), not a reader ("criticised by").
_AUTHORING = frozenset({"issue", "release", "publish", "sign", "write", "compile", "draft", "prepare",
                        "produce", "author", "send", "post", "file", "submit", "circulate", "distribute"})
#: Determiners of a paper named before ("the statement", "this communique").
_DEFINITE = frozenset({"the", "this", "that"})
#: How far back (in sentences) a paper's issuer is looked for.
_ISSUER_REACH = 8  # a report is often named again well after the lede that named its author


def _earlier_issuer(head: Token, ctx: Context) -> tuple[Actor, ...]:
    """'The ministry issued a statement on Monday. ... "We reject it," the statement said': a
    definite paper with no author of its own speaks for whoever issued the same paper in this or
    the last eight sentences (the subject of "issued a statement", or of "said in a statement").
    Empty when none did."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or not (lemma in _PAPERS or lemma in ctx.lex.claim_nouns) or ctx.index.get(head.i) \
            or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children) \
            or any(c.dep_ in ("poss", "prep", "acl", "relcl", "compound", "amod") for c in head.children):
        return ()
    here = max(0, bisect.bisect_right(ctx.sent_starts, head.i) - 1)
    floor = ctx.sents[max(0, here - _ISSUER_REACH)].start
    for i in range(head.i - 1, floor - 1, -1):
        paper = head.doc[i]
        if paper.lemma_.lower() != lemma or paper.pos_ != "NOUN":
            continue
        issuer = _sender(paper, ctx)
        if not issuer and any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in paper.children):
            # "according to a statement from the presidency. ... the statement said": its author
            issuer = tuple(a for a in actors_of(paper, ctx)
                           if a.rule not in ("attribution:phrase", "attribution:evidence") and actor_key(a))
        if not issuer and paper.dep_ == "pobj" and paper.head.lower_ == "in" \
                and paper.head.head.lemma_.lower() in ctx.lex.verbs:
            # "the ministry said in a statement that ...": the speaker of that verb
            subject = next((c for c in paper.head.head.children if c.dep_ in SUBJECTS), None)
            if subject is not None and subject.i != head.i:
                issuer = tuple(a for a in source_phrase(subject, ctx)[0]
                               if a.rule not in ("attribution:phrase", "attribution:evidence"))
        if not issuer:
            # "A report published by the watchdog suggests A. ... The report said B": the paper
            # spoke before, so it speaks for the same source now
            issuer = next((tuple(a for a in actors if a.rule not in ("attribution:phrase", "attribution:evidence"))
                           for subj, actors in reversed(ctx.speakers) if subj.i == paper.i), ())
        if issuer:
            return tuple(_with(a, rule="attribution:issuer", confidence=round(min(a.confidence or 0.7, 0.7), 2))
                         for a in issuer)
    return _issuer_after(head, here, ctx)


def _issuer_after(head: Token, here: int, ctx: Context) -> tuple[Actor, ...]:
    """'"...," the statement said. It was issued by the defence ministry': a paper whose author
    the next sentence names as the agent of a passive of authoring, with "it" or the same noun
    as its subject. Empty otherwise."""
    if here + 1 >= len(ctx.sents):
        return ()
    root = ctx.sents[here + 1].root
    subject = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    agent = next((p for c in root.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if root.tag_ != "VBN" or root.lemma_.lower() not in _AUTHORING or subject is None or agent is None \
            or not (subject.lower_ == "it" or subject.lemma_.lower() == head.lemma_.lower()):
        return ()
    return tuple(_with(a, rule="attribution:issuer", confidence=round(min(a.confidence or 0.7, 0.7), 2))
                 for a in actors_of(agent, ctx) if actor_key(a))


#: Titles of those who speak for a body.
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _spoken_for(head: Token, actor: Actor, ctx: Context) -> Actor | None:
    """'Central Command denied it. ... "No," a spokesman said', 'The Pentagon rejected it. Press
    secretary Ann Lee said': a spokesperson of no known country speaks for the body (a state's
    organ with a country) that spoke last, in this or the sentence before. None otherwise."""
    if actor.country or actor_key(actor):
        return None
    titles = [t for t in (head, *head.lefts) if t.i <= head.i]
    if not any(t.lemma_.lower() in _SPOKES or t.lower_ in _SPOKES
               or (t.lower_ == "secretary" and t.i > 0 and t.doc[t.i - 1].lower_ == "press") for t in titles):
        return None
    here = max(0, bisect.bisect_right(ctx.sent_starts, head.i) - 1)
    floor = ctx.sents[max(0, here - 1)].start
    for subj, actors in reversed(ctx.speakers):
        if subj.i >= head.i:
            continue
        if subj.i < floor or len(actors) != 1:
            return None
        body = actors[0]
        if body.kind not in _BODIES or not body.country:
            return None
        return _with(actor, country=body.country, sector=body.sector or actor.sector, code=body.code,
                     rule="attribution:spokesperson")
    return None


#: How far back (in sentences) a definite description looks for the body it names again.
_NAMESAKE_REACH = 4
_OWN_MODIFIERS = frozenset({"poss", "compound", "amod", "prep", "acl", "relcl", "nummod", "appos"})


def _namesake(head: Token, ctx: Context) -> Actor | None:
    """'U.S. Central Command denied it. ... the command said': a bare definite common noun
    ("the command", "the ministry") that the actor stage gave no country names again the body
    last named with that head word as the last word of its name ("Central Command"), in this
    or the last four sentences: that body, with the phrase's own text. None when none was."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ in _OWN_MODIFIERS for c in head.children):
        return None
    mention = ctx.index.get(head.i)
    if mention is not None and mention.actor is not None and mention.actor.country:
        return None
    here = max(0, bisect.bisect_right(ctx.sent_starts, head.i) - 1)
    floor = ctx.sents[max(0, here - _NAMESAKE_REACH)].start_char
    words = {head.lower_, head.lemma_.lower()}
    for k in range(bisect.bisect_left(ctx.actor_starts, head.idx) - 1, -1, -1):
        m = ctx.actors[k]
        if m.start < floor:
            break
        names = m.text.split()
        # a name whose last word is the head, capitalised ("Central Command", not "the command")
        if m.actor is None or not m.actor.country or len(names) < 2 or not names[-1][:1].isupper() \
                or names[-1].lower() not in words:
            continue
        start, end = _phrase(head)
        return _with(m.actor, text=head.doc[start:end].text, rule="attribution:namesake",
                     confidence=round(min(m.actor.confidence or 0.7, 0.7), 2))
    return None


def _partitive(head: Token, ctx: Context) -> list[Actor]:
    """'One of them said', 'one of the officials told AFP': a member of the group named after
    'of' (the group's country and sector, the phrase's own text)."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None:
        return []
    members = actors_of(group, ctx)
    if len(members) != 1:
        return members
    start, end = _phrase(head)
    return [_with(members[0], text=head.doc[start:end].text, rule="attribution:partitive",
                  confidence=round(min(members[0].confidence or 0.5, 0.7), 2))]


def _code(country: str | None, sector: str | None) -> str | None:
    if not country and not sector:
        return None
    return f"{country or '---'}{sector or ''}"


def _with(actor: Actor, **changes: object) -> Actor:
    return replace(actor, **changes)


def _antecedent(pronoun: Token, ctx: Context) -> Actor | None:
    """The actor a pronoun subject most likely stands for: the last person (he, she) or
    organisation/country (it, they) named in this or the previous three sentences."""
    sents = ctx.sents
    here = max(0, bisect.bisect_right(ctx.sent_starts, pronoun.i) - 1)
    floor = sents[max(0, here - 3)].start_char
    low = pronoun.lower_
    opened = _quotation_start(pronoun)
    # ('"They told him ...," she said': not a speaker or a name inside the quotation she closes)
    before = pronoun
    if opened is not None:  # '"It appears ... It could attack," she said': the quotation's first sentence
        here = max(0, bisect.bisect_right(ctx.sent_starts, opened) - 1)
        before = pronoun.doc[opened]
    phrase = _relative_host(pronoun)
    if phrase is not None and phrase.left_edge.i < before.i:
        # "the firms, which they accused of ...": the subject of a relative clause is not the
        # noun phrase the clause describes, nor anyone named inside it
        before = pronoun.doc[phrase.left_edge.i]
    first = sents[max(0, here - 1)].start
    inside = _open_quotation(pronoun)
    if inside is not None:
        # '"They told him they would find him," she said': a pronoun in a quotation is one its
        # speaker uses; it stands for no one named before the quotation opened
        first, floor = inside, pronoun.doc[inside].idx
    if phrase is not None and inside is None:
        # "Eritrea has refused to work with the rapporteur, whose mandate it says is unfair": the
        # subject of a relative clause is first the subject of the sentence it hangs in
        main = next((c for c in pronoun.sent.root.children if c.dep_ in SUBJECTS and c.i < pronoun.i), None)
        known = ctx.index.get(main.i) if main is not None and main.pos_ != "PRON" else None
        if known is not None and known.actor is not None and (
                known.actor.kind == "person" if low in _PERSONAL else known.actor.kind != "person"):
            return known.actor
    last = _last_speaker(pronoun, first, ctx, before.i)
    if last is not None:
        return last
    wanted = {"person"} if low in _PERSONAL else {"government", "organisation", "country", "igo", "media", "group"}
    best: Mention | None = None
    for k in range(bisect.bisect_left(ctx.actor_starts, floor), bisect.bisect_left(ctx.actor_starts, before.idx)):
        m = ctx.actors[k]
        if m.actor is None:
            continue
        kind = m.actor.kind
        if kind in wanted or (low in _PERSONAL and m.label == "PERSON"):
            best = m
    if best is not None and best.actor is not None:
        if best.actor.name and best.actor.text.lower() in _PERSONAL | _PLURAL | {"it"}:
            # "Ruiz lost. He has since led protests against an election he says was stolen": the
            # pronoun before stands for a name, and the source is told by it
            return _with(best.actor, text=best.actor.name)
        return best.actor
    if low in _PERSONAL:
        k = bisect.bisect_left(ctx.people_starts, before.idx) - 1
        if k >= 0 and ctx.people_starts[k] >= floor:
            return Actor(text=ctx.people[k].text, kind="person", rule="attribution:pronoun-ner", confidence=0.4)
    return None


_NOMINAL_LINKS = frozenset({"pobj", "prep", "dobj", "relcl", "acl", "appos", "conj", "compound", "poss"})


def _relative_host(pronoun: Token) -> Token | None:
    """The top of the noun phrase a relative clause with subject `pronoun` hangs in ('two of
    the firms that hosted the servers, which it accused ...' → "two"), or None."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or not relative_report(pronoun.head) \
            and pronoun.head.dep_ != "relcl":
        return None
    top = _relative_noun(pronoun.head)
    if top is None:
        return None
    t = top
    while t.dep_ in _NOMINAL_LINKS and t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("relcl", "acl"):
            break
        if t.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            top = t
    return top


def _marks_before(token: Token) -> list[int]:
    """The quotation marks before `token` in its paragraph (within QUOTE_REACH), nearest first."""
    doc = token.doc
    marks = []
    for i in range(token.i - 1, max(-1, token.i - QUOTE_REACH), -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            break
        if doc[i].text in QUOTES:
            marks.append(i)
    return marks


def _open_quotation(token: Token) -> int | None:
    """The opening mark of a quotation `token` stands inside (an odd number of marks before it
    in its paragraph, the last one set against the word after it: '"They'), or None. (A mark
    with a space after it closes a quotation whose opening the tokenizer may have kept in a
    word: "`` We hope ... , '' he said".)"""
    marks = _marks_before(token)
    return marks[0] if len(marks) % 2 == 1 and not token.doc[marks[0]].whitespace_ else None


def _quotation_start(token: Token) -> int | None:
    """The opening mark of the quotation that closes right before `token` in its paragraph
    ('"A. B," she said'), or None."""
    doc = token.doc
    marks = _marks_before(token)
    if len(marks) < 2 or len(marks) % 2 or any(not is_mark(t) for t in doc[marks[0] + 1:token.i]):
        return None
    return marks[1]


def _last_speaker(pronoun: Token, floor: int, ctx: Context, before: int | None = None) -> Actor | None:
    """The source of the last claim when it is close (this or the sentence before) and
    agrees with the pronoun: "The magistrate said A. He said B." is the magistrate's, even
    when another person was named in between. None when there is no such speaker. Only
    speakers before token `before` count (the pronoun by default)."""
    # The last speaker between `floor` (a sentence start) and the pronoun. ctx.speakers runs in
    # sentence order and a subject is in its verb's sentence, so the scan back stops at the first
    # speaker before `floor` (a scan of all speakers made long articles quadratic).
    last = None
    for entry in reversed(ctx.speakers):
        if entry[0].i < floor:
            break
        if entry[0].i < (pronoun.i if before is None else before):
            last = entry
            break
    if last is None:
        return None
    subj, actors = last
    if len(actors) != 1:
        return None
    actor, low = actors[0], pronoun.lower_
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    if subj.pos_ == "PRON":  # "He said A. He added B.": the same pronoun goes on with the same speaker
        same = (low in _PERSONAL and subj.lower_ in _PERSONAL) or (low in _PLURAL and subj.lower_ in _PLURAL) \
            or (low == "it" and subj.lower_ == "it")
        return actor if same and actor.rule != "attribution:pronoun" else None
    if low in _PERSONAL:
        # a singular common noun ("the magistrate") or a name after a title ("envoy Ann Lee")
        # is a person whatever kind the actor stage gave
        titled = any(t.tag_ == "NN" and t.dep_ == "compound" for t in subj.lefts)
        fits = not plural and (subj.ent_type_ == "PERSON" or subj.tag_ == "NN" or titled or actor.kind not in _BODIES)
    elif low in _PLURAL:
        fits = plural or actor.kind in ("government", "organisation", "group", "country", "igo")
    else:
        fits = not plural and subj.ent_type_ != "PERSON" and actor.kind != "person"
    return actor if fits else None
