"""What the attribution modules share: a claim under construction (`Found`), the rules'
per-document `Context`, token ranges cut to their words (`trim`, `is_mark`) and the few
grammar tests that the claim, content and answer rules all ask.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from tacitus.pipeline.actors import mentions_by_token
from tacitus.pipeline.attribution_lexicon import Lexicon
from tacitus.pipeline.coref import groups_by_token
from tacitus.records import Actor, Mention

#: The hedge value a claim carries when a caveat says it could not be verified ("Neither claim
#: could be independently verified", "Reuters was unable to verify the footage"): the caveat is
#: a "decline" claim whose `refers_to` names the claims, and each of those carries this value
#: and the caveat's own words among its hedges.
UNVERIFIED = "unverified"
#: Nouns that name a reported outcome or figure rather than a claim, which a reduced relative
#: answers as it answers a claim noun (", a result the opposition disputes", ", a toll the
#: rebels dispute"); only in that construction, where an ordinary object (", a town the rebels
#: hold") is no answer because its noun is not one of these.
FIGURE_NOUNS = frozenset({"result", "figure", "toll", "count", "tally", "estimate", "total", "version", "account",
                          "number"})
#: Stances that answer earlier claims (and so carry `refers_to`).
ANSWER_STANCES = frozenset({"deny", "confirm", "corroborate", "decline"})
QUOTES = frozenset({'"', "“", "”", "``", "''", "«", "»"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Marks of a clause set against another ("said A, while B claimed ...").
CONTRAST = frozenset({"while", "whereas", "although", "though"})


#: What can show or document a fact without being anyone's word: pictures, recordings, data,
#: records, tests and studies ("satellite images showed", "flight records showed", "dismissed the
#: videos as staged"). As the subject of "show" or "reveal" such a noun is the source of a reported
#: claim with no human speaker (an `Actor` of kind "evidence" unless a paper names its author).
EVIDENCE_NOUNS = frozenset({
    "video", "footage", "image", "imagery", "photo", "photograph", "picture", "clip", "recording", "audio",
    "document", "memo", "letter", "post", "tweet", "evidence", "dossier",
    "data", "datum", "record", "log", "intercept", "map", "survey", "poll", "statistic", "study", "analysis", "test", "autopsy",
})


def evidence_noun(token: Token) -> bool:
    """A common noun of `EVIDENCE_NOUNS` (the tagger may take a capitalised first word, "Footage
    posted online showed ...", for a name with no entity), or a participle after one that the
    parser read as a noun ("footage broadcast by ...")."""
    if not (token.pos_ == "NOUN" or token.pos_ == "PROPN" and not token.ent_type_):
        return False
    if any(c.dep_ == "agent" for c in token.children):
        # "footage broadcast by Houthi television": the parser reads the participle as a noun
        # compounded with the evidence noun ("by" shows it is a participle)
        return any(c.dep_ == "compound" and c.i == token.i - 1 and evidence_noun(c) for c in token.children)
    low = token.lower_
    return token.lemma_.lower() in EVIDENCE_NOUNS or low in EVIDENCE_NOUNS or (low[-1:] == "s" and low[:-1] in EVIDENCE_NOUNS)


@dataclass
class Found:
    """A claim under construction, with what linking answers needs."""

    sentence: Span
    sent_no: int
    section: int
    cue_tokens: tuple[Token, ...]
    stance: str
    source: tuple[Actor, ...]
    content: tuple[int, int] | None  # token range [start, end)
    via: tuple[Actor, ...] = ()
    hedges: tuple[str, ...] = ()
    answer_object: Token | None = None
    rule: str = ""
    confidence: float = 0.0
    concerns: frozenset[str] = frozenset()
    refers: list[int] = field(default_factory=list)
    anonymous: bool = False
    speaker: Token | None = None  # the head of the source phrase, when there is one
    gap: tuple[int, int] | None = None  # an aside inside the content that is no part of it


class Context:
    """What the rules share for one document: the lexicon, the actor index, the sentences."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.index: dict[int, Mention] = mentions_by_token(doc)
        self.groups: dict[int, tuple[Actor, ...]] = groups_by_token(doc)  # "the two said": both actors
        self.actors: list[Mention] = sorted(doc._.tacitus_actors or (), key=lambda m: m.start)
        self.actor_starts = [m.start for m in self.actors]
        # Sentences and PERSON entities once per document: pronoun resolution looks them up
        # for every pronoun, and a scan each time made long articles quadratic.
        self.sents = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]
        self.people = [e for e in doc.ents if e.label_ == "PERSON"]
        self.people_starts = [e.start_char for e in self.people]
        self.headings = sorted(s for s, _, why in (doc._.tacitus_skip or ()) if why == "heading")
        # The subject heads of the claims found so far, with their actors, in text order: a
        # pronoun speaker ("He said ...") most often continues the last one.
        self.speakers: list[tuple[Token, tuple[Actor, ...]]] = []
        # Per sentence (by its start), the tokens that may end a claim's content, by left edge
        # (`attribution_content.cut_content`).
        self.cuts: dict[int, tuple[list[int], list[Token]]] = {}


#: Words above an infinitive that say it did not happen ("was unable to verify", "failed to confirm").
UNABLE = frozenset({"unable", "fail"})
#: Verbs whose subject belongs to the infinitive below them ("appeared to show").
RAISING = frozenset({"appear", "seem"})


#: Subjects that negate the verb they govern ("Neither claim could be verified", "None of the
#: figures could be confirmed", "No account could be verified").
NONE_WORDS = frozenset({"neither", "no", "none"})


def none_subject(children: Iterable[Token]) -> Token | None:
    """The subject among `children` that negates its verb: "neither"/"none" itself, or a noun
    with "no"/"neither" as determiner. None when there is none."""
    for subj in (c for c in children if c.dep_ in SUBJECTS):
        if subj.lower_ in ("neither", "none") or any(
                c.dep_ in ("det", "preconj") and c.lower_ in NONE_WORDS for c in subj.children):
            return subj
    return None


def negated_by_governor(token: Token) -> bool:
    """'Reuters was unable to verify the footage', 'failed to confirm', 'was not able to verify'."""
    if token.dep_ != "xcomp":
        return False
    head = token.head
    if head.lemma_.lower() in UNABLE:
        return True
    return head.lower_ == "able" and any(c.dep_ == "neg" for c in (*head.children, *head.head.children))


def sentential_relative(token: Token, obj: Token | None) -> bool:
    """', which Moscow has denied': a relative clause set off by a comma whose object 'which'
    stands for the whole clause before it, not for the noun it hangs on."""
    return relative_which(token, obj) is not None


def relative_which(token: Token, obj: Token | None) -> Token | None:
    """The 'which' that opens a relative clause of report `token` set off by a comma: its object
    (', which Moscow has denied') or the subject of what it reports (', which the Taliban
    confirmed had arrived'). Either way the clause answers the claim before it."""
    if token.dep_ != "relcl":
        return None
    held = [obj] if obj is not None and obj.lower_ == "which" else []
    held += [s for c in token.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in SUBJECTS and s.lower_ == "which"]
    return next((w for w in held if w.i == token.left_edge.i and w.i > 0 and w.doc[w.i - 1].text == ","), None)


#: How far (in tokens) the rules look for the other mark of a quotation that runs across sentences.
#: What a denial is of, when no claim noun names it ("denied any involvement").
_DENIED = frozenset({"involvement", "wrongdoing", "responsibility", "role", "link", "knowledge", "part", "guilt",
                     "participation", "complicity", "presence", "existence"})


def shares_passive(token: Token, obj: Token | None, ctx: Context) -> bool:
    """'detainees had been beaten, starved and denied medical care': a conjunct with no subject
    or auxiliary of its own shares the passive of the first ("had been ... denied"), so it says
    what was done to the subject. Only "deny" (and "refuse") reads so: a thing withheld is its
    object; what a denial is of ("and denied the charges", "denied any role") keeps such a
    conjunct the subject's own denial, as "accused Manila of ..." stays the speaker's act."""
    if token.lemma_.lower() not in ("deny", "refuse"):
        return False
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.i != token.i and any(c.dep_ == "auxpass" for c in first.children) \
        and not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in token.children) \
        and obj is not None and obj.lemma_.lower() not in ctx.lex.claim_nouns and obj.lemma_.lower() not in _DENIED


QUOTE_REACH = 250


def quote_marks(doc: Doc) -> tuple[list[int], list[int]]:
    """The quotation marks of `doc`, counted once per document: `before[i]` is how many stand
    in doc[:i], `at` their indices in order. Rules that count the marks between two tokens
    ask these rather than walk the tokens, which in one enormous sentence made every claim
    cost the length of the sentence."""
    cached = doc.user_data.get("tacitus_quote_marks")
    if cached is None or len(cached[0]) != len(doc) + 1:
        before, at = [0], []
        for t in doc:
            if t.text in QUOTES:
                at.append(t.i)
            before.append(len(at))
        cached = doc.user_data["tacitus_quote_marks"] = (before, at)
    return cached


def quotes_between(doc: Doc, start: int, end: int) -> int:
    """How many quotation marks stand in doc[start:end]."""
    before = quote_marks(doc)[0]
    return before[max(end, start)] - before[start]


_TRIM_LEFT = frozenset({"that", ",", ";", ":", "-", "--", "—", "–", "and", "but"})


def token_range(tokens: Iterable[Token]) -> tuple[int, int]:
    idx = [t.i for t in tokens]
    return min(idx), max(idx) + 1


def subtree_range(token: Token) -> tuple[int, int]:
    """The token range of a token's subtree, from its edges (walking `.subtree` for every
    claim made a long chained sentence quadratic)."""
    return token.left_edge.i, token.right_edge.i + 1


def trim(span: tuple[int, int], sent: Span) -> tuple[int, int] | None:
    """Cut punctuation, quotes and a leading "that" from a token range; None when empty."""
    doc = sent.doc
    start, end = max(span[0], sent.start), min(span[1], sent.end)
    while start < end and (is_mark(doc[start]) or doc[start].lower_ in _TRIM_LEFT or is_stamp(doc[start])):
        start += 1
    while end > start and (is_mark(doc[end - 1]) or doc[end - 1].dep_ == "cc"):
        if doc[end - 1].text in QUOTES and quotes_between(doc, start, end - 1) % 2 == 1:
            break  # 'would respond "at a time of its choosing"': the quotation closes here
        end -= 1
    if quotes_between(doc, start, end) % 2 == 1:
        # the closing mark of a quotation opened inside, which the parser hangs elsewhere,
        # sometimes after the full stop ('... "at a time of its choosing."')
        for k in (end, end + 1):
            if k <= min(sent.end, len(doc) - 1) and doc[k].text in QUOTES and all(doc[j].is_punct for j in range(end, k)):
                end = k + 1
                break
    return (start, end) if end > start else None


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_DASHES = frozenset({"-", "--", "—", "–", "|"})
#: A live blog's time stamp before a source's name ("09:12 - Police in ... say").
STAMP = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*)?[-–—|]+\s*")


def is_stamp(token: Token) -> bool:
    """The time stamp of a live-blog entry: "09:12" followed by a dash ("09:12 - Police say")."""
    doc = token.doc
    return bool(_CLOCK.fullmatch(token.text)) and token.i + 1 < len(doc) and doc[token.i + 1].text in _DASHES


def is_mark(token: Token) -> bool:
    """Punctuation, space or a quotation mark (also "``" and "''" as some texts write them)."""
    return token.is_punct or token.is_space or token.text in QUOTES or not token.text.strip("`'\"")


def actor_key(actor: Actor) -> str | None:
    """The country (or group code, "WST") an actor stands for: what claims and answers match on."""
    if actor.country:
        return actor.country
    if actor.code and not actor.code.startswith("---"):
        return actor.code[:3]
    return None
