"""Attribution stage: who says what, with which stance, and which earlier claims it answers.

`find_claims(doc)` walks the reporting sentences and returns one `Claim` per attribution:

- a reporting verb with a content clause, a quote or a noun-phrase object ("Officials said
  that ...", "The agency reported heavy shelling", "the commander told reporters");
- a sentence-final attribution ("The crossing was closed, officials said.");
- "according to X" at either end of a sentence;
- passive attributions with no named source ("It was reported that ...", "X is said to ...");
- nested sources: "Sources revealed to The Daily Herald that ..." (source: the sources, via:
  the outlet) and "The agency reported, citing officials, that ..." (source: the officials);
- claims inside claims: "The ministry said a report by the UN panel showed that ..." (source:
  the panel, via: the ministry);
- anonymous sources ("speaking on condition of anonymity", "who asked not to be named",
  "familiar with the matter", "sources said") keep their country and sector; the claim carries
  the hedge value "anonymous" (so `hedged` is true), as the reader cannot weigh who spoke;
- answers: denials, confirmations and corroborations ("X and Y have denied these claims",
  "The footage supports the allegations of ...") carry `refers_to`, the ids of the earlier
  claims they answer (recent claims whose content concerns the same actors); a denial inside a
  quotation ('"We reject any attempt to blame us," the ministry said') is the quotation's
  speaker's, "has nothing to do with this" is a denial, and evidence called false ("dismissed
  the videos as staged") is answered like a claim;
- a trailing attribution ("..., Manila said") covers the whole sentence, except a first clause
  that names its own source ("A, according to the coast guard, and B, Manila said": B only).

Sources come from the actor stage (`doc._.tacitus_actors`); a source that is not a known
actor ("Some reports", "sources familiar with the talks") is still an `Actor` with its text,
no country and kind "collective", "anonymous" or "media".

`attribution_for(doc, trigger)` gives an event's status from those claims: asserted by the
narrator, or reported, claimed, alleged, denied or confirmed when the trigger lies inside a
claim's content (or carries "reportedly", "allegedly", "alleged").

The cue words live in `data/lexicon/reporting_verbs.tsv`; `load_lexicon(path)` reads a
user's file of the same format.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tacitus import resources
from tacitus.errors import DataFileError
from tacitus.pipeline import doc_text
from tacitus.pipeline.actors import mentions_by_token
from tacitus.pipeline.clauses import conjoined_governor, finite_over_infinitive
from tacitus.pipeline.coref import groups_by_token
from tacitus.pipeline.segment import reporting_sents
from tacitus.records import Actor, Attribution, Claim, Mention

log = logging.getLogger(__name__)

LEXICON = "lexicon/reporting_verbs.tsv"

#: Stances that answer earlier claims (and so carry `refers_to`).
ANSWER_STANCES = frozenset({"deny", "confirm", "corroborate", "decline"})
#: How many reporting sentences back an answer looks for the claims it answers.
ANSWER_WINDOW = 8
#: The hedge value a claim carries when its source speaks unnamed ("a US official speaking on
#: condition of anonymity", "sources familiar with the matter"): the reader cannot weigh who
#: said it. The source keeps its country and sector; the flag is on the claim.
ANONYMOUS = "anonymous"

_FRAMES = frozenset({"clause", "object", "answer", "verdict"})
_QUOTES = frozenset({'"', "“", "”", "``", "''", "«", "»"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "which", "what", "i", "we", "you", "me", "us"})
_PERSONAL = frozenset({"he", "she", "him", "her"})
_PLURAL = frozenset({"they", "them"})
#: Participles that name the outlet a source is known through ("quoted by", "seen by").
_OUTLET_VERBS = frozenset({"quote", "cite", "see", "obtain", "review"})
_PARTITIVES = frozenset({"one", "two", "three", "some", "several", "both", "each", "neither", "none", "another"})
#: Kinds of actor that are a body, not a person: never "he" or "she".
_BODIES = frozenset({"country", "government", "organisation", "igo", "media", "group"})
_TRIM_LEFT = frozenset({"that", ",", ";", ":", "-", "--", "—", "–", "and", "but"})
_CLAUSE_STOPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "acl", "csubj", "conj", "xcomp", "pcomp"})
_STATUS = {
    "deny": "denied",
    "decline": "reported",
    "confirm": "confirmed",
    "corroborate": "confirmed",
    "allege": "alleged",
    "accuse": "alleged",
    "claim": "claimed",
    "report": "reported",
    "suggest": "reported",
    "believe": "reported",
}
_CONTRAST = frozenset({"while", "whereas", "although", "though"})
_XCOMP_STANCES = frozenset({"claim", "deny", "confirm", "allege"})
_LABEL_KIND = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group", "FAC": "organisation"}


@dataclass(frozen=True)
class Cue:
    """A reporting verb: its stance, when it counts (`frame`) and whether it hedges."""

    lemma: str
    stance: str
    frame: str
    hedge: bool = False


@dataclass(frozen=True)
class Lexicon:
    """The attribution cue words (see `data/lexicon/reporting_verbs.tsv` for the format)."""

    verbs: dict[str, Cue]
    hedges: frozenset[str]
    claim_nouns: frozenset[str]
    sources: dict[str, tuple[str, str | None]]
    sectors: dict[str, str]
    media: frozenset[str]
    adverbs: dict[str, str]
    refusals: frozenset[str] = frozenset()
    falsity: frozenset[str] = frozenset()


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read an attribution lexicon: the packaged one, or a user's file of the same format.

    Args:
        path: a TSV file as `tacitus/data/lexicon/reporting_verbs.tsv`; the packaged file when None.

    Returns:
        The Lexicon.

    Raises:
        DataFileError: the file is missing or a line is malformed (the message names the line).

    Example:
        >>> load_lexicon().verbs["deny"].stance
        'deny'
    """
    where = str(path or LEXICON)
    verbs: dict[str, Cue] = {}
    hedges: set[str] = set()
    claims: set[str] = set()
    sources: dict[str, tuple[str, str | None]] = {}
    sectors: dict[str, str] = {}
    media: set[str] = set()
    adverbs: dict[str, str] = {}
    refusals: set[str] = set()
    falsity: set[str] = set()
    for lineno, line in enumerate(resources.read_text(LEXICON, path).splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        kind, args = cols[0], [c for c in cols[1:] if c]
        try:
            if kind == "verb":
                lemma, stance, frame = args[0].lower(), args[1], args[2]
                if frame not in _FRAMES:
                    raise ValueError(f"frame {frame!r} is not one of {sorted(_FRAMES)}")
                verbs[lemma] = Cue(lemma, stance, frame, len(args) > 3 and args[3] == "hedge")
            elif kind == "hedge":
                hedges.add(args[0].lower())
            elif kind == "claim":
                claims.add(args[0].lower())
            elif kind == "source":
                sources[args[0].lower()] = (args[1], args[2] if len(args) > 2 else None)
            elif kind == "sector":
                sectors[args[0].lower()] = args[1]
            elif kind == "media":
                media.add(args[0].lower())
            elif kind == "adverb":
                adverbs[args[0].lower()] = args[1]
            elif kind == "refusal":
                refusals.add(args[0].lower())
            elif kind == "false":
                falsity.add(args[0].lower())
            else:
                raise ValueError(f"unknown entry kind {kind!r}")
        except (IndexError, ValueError) as exc:
            detail = exc if isinstance(exc, ValueError) else "too few tab-separated columns"
            raise DataFileError(f"{where}, line {lineno}: {detail}") from exc
    return Lexicon(
        verbs, frozenset(hedges), frozenset(claims), sources, sectors, frozenset(media), adverbs, frozenset(refusals),
        frozenset(falsity),
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, read once per process."""
    return load_lexicon()


# --------------------------------------------------------------------------------------------
# Claims


@dataclass
class _Found:
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


class _Context:
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


def find_claims(doc: Doc, lexicon: Lexicon | None = None) -> list[Claim]:
    """Find the attributions of a parsed document: one Claim per reporting cue.

    Args:
        doc: a Doc that went through the parser and the actor stage.
        lexicon: cue words; the packaged lexicon when None.

    Returns:
        Claims in document order, with ids `<article id>:c<n>` and `refers_to` filled for
        denials, confirmations and corroborations.

    Example:
        >>> nlp = load_pipeline()
        >>> doc = nlp("The harbour was mined overnight, navy officials said.")
        >>> [(c.cue, c.stance) for c in doc._.tacitus_claims]
        [('said', 'assert')]
    """
    ctx = _Context(doc, lexicon or default_lexicon())
    found: list[_Found] = []
    quoted_to = -1  # the end of the last continued quotation: its sentences report nothing else
    for sent_no, sent in enumerate(reporting_sents(doc)):
        section = bisect.bisect_left(ctx.headings, sent.start_char)  # headings before the sentence
        if sent.start < quoted_to:
            continue
        before = len(found)
        for token in sent:
            item = _verb_claim(token, sent, ctx) or _according_to(token, sent, ctx)
            if item is not None:
                item.sent_no, item.section = sent_no, section
                found.append(item)
        if len(found) == before:
            label = _speaker_label(sent, ctx)
            if label is not None:
                label.sent_no, label.section = sent_no, section
                found.append(label)
                quoted_to = label.content[1] if label.content else -1
                continue
        if len(found) == before and found:
            more = _continued_quote(found[-1], sent, ctx)
            if more is not None:
                more.sent_no, more.section = sent_no, section
                found.append(more)
                quoted_to = more.content[1] if more.content else -1
    found.sort(key=lambda f: f.cue_tokens[0].i)
    for item in found:
        item.concerns = _concerns(item, ctx)
    _nest(found)
    _carry_anonymity(found)
    _link_answers(found, ctx)
    article = doc._.tacitus_article
    prefix = article.id if article is not None else "doc"
    ids = [f"{prefix}:c{n}" for n in range(1, len(found) + 1)]
    text = doc_text(doc)
    return [_to_claim(item, ids[n], [ids[r] for r in item.refers], text) for n, item in enumerate(found)]


def _nest(found: list[_Found]) -> None:
    """A claim said inside another's content is known through the outer source: "The ministry
    said a report by the UN panel showed that ..." is the panel's, via the ministry."""
    for item in found:
        cue = item.cue_tokens[0].i
        outer = [f for f in found if f is not item and f.content is not None and f.content[0] <= cue < f.content[1]
                 and f.stance not in ANSWER_STANCES]
        if not outer:
            continue
        carrier = min(outer, key=lambda f: f.content[1] - f.content[0])
        item.via = (*item.via, *(a for a in carrier.source if a not in item.via and a not in item.source))


#: How many reporting sentences on a definite source ("the official") still names an
#: anonymous one ("a US official, speaking on condition of anonymity").
_ANONYMOUS_REACH = 3


def _carry_anonymity(found: list[_Found]) -> None:
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


def _same_codes(later: set[str | None], first: set[str | None]) -> bool:
    """The same actor codes, or a later "the diplomat" (---GOV) without the country its first
    mention gave ("A Western diplomat", WSTGOV): the same sector is enough then."""
    if later == first:
        return True
    if not later or not all(c and c.startswith("---") for c in later):
        return False
    # ("The official" ---GOV after "a regional health official" ---GOVHLH: a sector it refines)
    return all(any(f and f[3:].startswith(c[3:]) for f in first) for c in later if c)


def _to_claim(item: _Found, claim_id: str, refers: list[str], text: str) -> Claim:
    doc = item.sentence.doc
    sent_start, sent_end = _trimmed_chars(item.sentence, text)
    first, last = item.cue_tokens[0], item.cue_tokens[-1]
    content, c_start, c_end = "", None, None
    if item.content is not None:
        c_start = doc[item.content[0]].idx
        c_end = doc[item.content[1] - 1].idx + len(doc[item.content[1] - 1])
        content = text[c_start:c_end]
    return Claim(
        id=claim_id,
        sentence=text[sent_start:sent_end],
        sentence_start=sent_start,
        sentence_end=sent_end,
        source=item.source,
        cue=text[first.idx:last.idx + len(last)],
        cue_start=first.idx,
        cue_end=last.idx + len(last),
        stance=item.stance,
        content=content,
        content_start=c_start,
        content_end=c_end,
        via=item.via,
        hedged=bool(item.hedges) or item.anonymous,
        hedges=(*item.hedges, ANONYMOUS) if item.anonymous and ANONYMOUS not in item.hedges else item.hedges,
        refers_to=tuple(refers),
        rule=item.rule,
        confidence=item.confidence,
    )


def _trimmed_chars(span: Span, doc_text: str) -> tuple[int, int]:
    text = doc_text[span.start_char:span.end_char]  # span.text, without rebuilding it from the tokens
    start = span.start_char + (len(text) - len(text.lstrip()))
    return start, span.start_char + len(text.rstrip())


_CONDITIONS = frozenset({"if", "unless", "whether", "lest"})


def _verb_claim(token: Token, sent: Span, ctx: _Context) -> _Found | None:
    """A claim whose cue is a reporting verb (or None when `token` is not one)."""
    cue = ctx.lex.verbs.get(token.lemma_.lower())
    if cue is None or token.pos_ != "VERB" or token.dep_ in ("amod", "compound", "nmod"):
        return None
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in token.children):
        return None  # "if Taiwan declared independence": a condition, not something said
    children = list(token.children)
    negated = any(c.dep_ == "neg" for c in children) or _shares_negation(token) or _negated_by_governor(token)
    stance = cue.stance
    if negated:
        if stance not in ("confirm", "deny"):
            return None
        stance = "decline"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
    obj = next((c for c in children if c.dep_ in ("dobj", "obj")), None)
    if cue.stance == "deny" and _refusal(token, obj, ctx):
        return None
    if token.lemma_.lower() == "claim" and obj is not None and _possession(obj):
        return None
    answer = obj if obj is not None and _names_claim(obj, cue, ctx) else None
    subj_pass = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if stance == "decline" and passive and subj_pass is not None and subj_pass.pos_ in ("NOUN", "PROPN"):
        # "The images could not be independently verified": a caveat on the claim just made
        answer = subj_pass
    shown = obj if obj is not None and obj.lemma_.lower() in _EVIDENCE_NOUNS and obj.pos_ == "NOUN" else None
    if cue.frame == "verdict":
        # "called the allegations absurd", "branded the report a fabrication": a denial only
        # when the verdict on a named claim is that it is false
        answer = _false_verdict(token, answer or shown, ctx)
        if answer is None:
            return None
    elif answer is None and shown is not None and cue.stance == "deny" and not negated:
        # "dismissed the videos as staged": evidence called false is answered like a claim
        answer = _false_verdict(token, shown, ctx)
    content, rule = _content(token, sent, cue, obj, passive, ctx)
    pointer: Token | None = None
    if stance in ("assert", "claim") and answer is None:
        called_false = _called_false(token, ctx)
        if called_false is not None:
            # "The rebels said the claims were fabricated": a denial of the claims named
            stance, answer = "deny", called_false
        elif stance == "assert" and _unsupported(token):
            stance = "claim"  # "said without providing evidence that ...": asserted, not shown
        elif stance == "assert" and (disowned := _disowns(token)) is not None:
            stance = "deny"  # '"We have nothing to do with this," the spokesman said'
            if disowned.lower_ in ("this", "that", "it"):
                pointer = disowned  # answers the claim just made, as "denied it" does
    if content is not None:
        content = _cut(content, token, sent, ctx)
        content = _after_attributed_conjunct(content, token, ctx)
    citing = _citing(token)
    if content is not None and citing is not None and content[0] <= citing.i < content[1]:
        if citing.left_edge.i <= content[0] + 1:
            content = _trim((citing.right_edge.i + 1, content[1]), sent)
        elif citing.right_edge.i + 2 >= content[1]:
            content = _trim((content[0], citing.left_edge.i), sent)
    if answer is None and _sentential_relative(token, obj) and stance in ANSWER_STANCES:
        # "Russia used chemical agents near the town, which Moscow has denied": the relative
        # answers the claim the sentence makes
        answer, content, rule = obj, None, "attribution:answer"
        if not any(t.pos_ == "VERB" and t.lemma_.lower() in ctx.lex.verbs or t.lower_ == "according"
                   for t in sent.doc[sent.start:obj.i]):
            content = _trim((sent.start, obj.i - 1), sent)  # the narrator's clause is what is denied
    elif answer is None and obj is None and token.dep_ == "relcl" and token.head.lemma_.lower() in ctx.lex.claim_nouns:
        # "..., a charge the Kremlin denies": the relative clause answers the claim it modifies.
        answer, content, rule = token.head, None, "attribution:answer"
    elif answer is not None:
        content = _answer_content(answer, ctx.lex.falsity) if answer.i > token.i else None
        rule = "attribution:answer"
    elif content is None:
        return None

    source, via, confidence, speaker = _sources(token, passive, ctx)
    if source is None:
        return None
    if cue.frame == "verdict" and speaker is not None and speaker.pos_ == "PRON" and token.dep_ == "ccomp" \
            and obj is not None and obj.tag_ == "WP":
        # "The ministry rejected what it called lies": 'it' is the subject of the verb above
        above = next((c for c in token.head.children if c.dep_ in _SUBJECTS), None)
        if above is not None and above.pos_ != "PRON":
            source = _source_phrase(above, ctx)[0] or source
    opened = _quote_opened_before(content, token, sent)
    if opened is not None:
        # '"The site stored rockets. It broke the truce," the army said.': the quotation began
        # sentences earlier, and all of it is what the army said
        content = (opened + 1, content[1])
        sent = sent.doc[sent.doc[opened].sent.start:sent.end]
    closed = _quote_closed_after(content, token, sent)
    if closed is not None:
        # 'told reporters: "We had no part in it. It is a provocation."': the quotation runs on
        content = _trim((content[0], closed), sent.doc[sent.start:sent.doc[closed].sent.end]) or content
        sent = sent.doc[sent.start:sent.doc[closed].sent.end]
    hedges = _hedges(content, token, cue, ctx)
    return _Found(
        sentence=sent,
        sent_no=0,
        section=0,
        cue_tokens=(token,),
        stance=stance,
        source=source,
        content=content,
        via=via,
        hedges=hedges,
        answer_object=answer if answer is not None else pointer,
        rule=rule,
        confidence=confidence,
        anonymous=_anonymous(speaker, token, content, ctx),
        speaker=speaker,
    )


#: Words above an infinitive that say it did not happen ("was unable to verify", "failed to confirm").
_UNABLE = frozenset({"unable", "fail"})
#: Verbs whose subject belongs to the infinitive below them ("appeared to show").
_RAISING = frozenset({"appear", "seem"})


def _relative_report(token: Token) -> bool:
    """'a strike that medics said killed 15 people': a reporting verb inside a relative clause
    with two subjects, the relative pronoun (the subject of what is said) and the speaker."""
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
    return token.dep_ == "relcl" and len(subjects) == 2 and _is_relative(subjects[0])


def _is_relative(token: Token) -> bool:
    return token.tag_ in ("WDT", "WP") or token.lower_ in ("that", "which", "who")


def _negated_by_governor(token: Token) -> bool:
    """'Reuters was unable to verify the footage', 'failed to confirm', 'was not able to verify'."""
    if token.dep_ != "xcomp":
        return False
    head = token.head
    if head.lemma_.lower() in _UNABLE:
        return True
    return head.lower_ == "able" and any(c.dep_ == "neg" for c in (*head.children, *head.head.children))


def _controller(token: Token) -> Token | None:
    """The subject an infinitive takes from the words above it: 'A video ... appeared to show',
    'Reuters was unable to verify'. None when the infinitive is not of that kind."""
    if token.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    head = token.head
    if head.lemma_.lower() not in _RAISING | _UNABLE and head.lower_ != "able":
        return None
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        head = head.head  # "was unable to": the copula has the subject
    for verb in (head, head.head if head.dep_ == "conj" else None):
        if verb is not None:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
    return None


def _shares_negation(token: Token) -> bool:
    """'The statement did not name the men or say where they came from': a conjoined verb
    without a subject or an auxiliary of its own is negated with the verb it joins."""
    if token.dep_ != "conj" or token.head.i > token.i or token.tag_ != token.head.tag_:
        return False  # ("did not strike ... and dismissed": a past tense does not share "did not")
    if any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    return any(c.dep_ == "neg" for c in token.head.children)


_EVIDENCE = frozenset({"evidence", "proof", "detail", "details"})
_UNSAID_VERBS = frozenset({"make", "give", "offer", "provide", "present", "cite"})
_UNSAID_NOUNS = _EVIDENCE | {"mention", "comment", "information", "explanation", "figure", "reason"}


def _unsupported(token: Token) -> bool:
    """'said without providing evidence', 'said, without evidence, ...'."""
    return any(
        c.dep_ == "prep" and c.lower_ == "without" and any(t.lemma_.lower() in _EVIDENCE for t in c.subtree)
        for c in token.children
    )


def _clause_after_without(token: Token) -> Token | None:
    """The parser hangs the that-clause of 'said without providing evidence that X' on
    'evidence', and that of 'said in a statement that X' on 'statement'; it is what was said."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("without", "in")):
        for t in prep.subtree:
            if t.dep_ not in ("acl", "ccomp") or t.i <= t.head.i \
                    or not any(m.dep_ == "mark" and m.lower_ == "that" for m in t.children):
                continue
            if (prep.lower_ == "without" and t.head.lemma_.lower() in _EVIDENCE) or (
                    prep.lower_ == "in" and t.head.dep_ == "pobj" and t.head.head.i == prep.i and t.head.pos_ == "NOUN"):
                return t
    return None


def _called_false(token: Token, ctx: _Context) -> Token | None:
    """The claim noun of a content clause that calls it false ('said the reports were
    baseless', 'said the claims were fabricated'), or None."""
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lemma_.lower() not in ctx.lex.claim_nouns or subj.pos_ != "NOUN":
        return None
    predicates = [clause] + [c for c in clause.children if c.dep_ in ("acomp", "attr", "oprd")]
    predicates += [c for p in predicates[1:] for c in p.children if c.dep_ == "conj"]
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    return subj if any(p.lemma_.lower() in ctx.lex.falsity or p.lower_ in ctx.lex.falsity for p in predicates) else None


#: Things shown rather than said ("the videos", "the memo"): a denial answers them only when it
#: calls them false ("dismissed the videos as staged", "described the document as a forgery").
_EVIDENCE_NOUNS = frozenset({"video", "footage", "image", "photo", "photograph", "picture", "document", "memo",
                             "recording", "audio", "letter", "post", "tweet", "clip", "evidence", "dossier"})


def _is_false(token: Token, ctx: _Context) -> bool:
    return token.lemma_.lower() in ctx.lex.falsity or token.lower_ in ctx.lex.falsity


def _merged_verdict(token: Token, ctx: _Context) -> Token | None:
    """'labelled the allegations groundless', 'branded the report unfounded nonsense': the parser
    makes the verdict the object and the claim noun its modifier. That claim noun, or None."""
    for verdict in (c for c in token.children if c.dep_ in ("dobj", "obj", "oprd") and _is_false(c, ctx)):
        for noun in verdict.children:
            if noun.dep_ in ("compound", "nmod", "amod") and noun.i < verdict.i and noun.pos_ in ("NOUN", "PROPN") \
                    and (noun.lemma_.lower() in ctx.lex.claim_nouns or noun.lemma_.lower() in _EVIDENCE_NOUNS):
                return noun
    return None


def _false_verdict(token: Token, obj: Token | None, ctx: _Context) -> Token | None:
    """The claim noun a verdict verb calls false ('called the allegations lies', 'described the
    reports as fabricated'), or None."""
    if obj is None:
        merged = _merged_verdict(token, ctx)
        if merged is not None:
            return merged
        if any(c.dep_ in ("dobj", "obj") and c.tag_ == "WP" for c in token.children):
            # "rejected what it called Pristina's lies": the verdict noun names the claim
            return next((c for c in token.children if c.dep_ in ("oprd", "dobj", "obj") and c.pos_ == "NOUN"
                         and _is_false(c, ctx)), None)
    complements = [c for c in token.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "advcl")
                   or (c.dep_ == "prep" and c.lower_ == "as")]
    if obj is None:  # "called the allegations lies": the parser makes the noun the subject of "lies"
        obj = next((s for c in complements if c.dep_ == "ccomp" for s in c.children
                    if s.dep_ == "nsubj" and s.lemma_.lower() in ctx.lex.claim_nouns and s.pos_ == "NOUN"), None)
    if obj is None:
        return None
    # "branded the accusations a fabrication": the parser makes the verdict a second object
    complements += [c for c in token.children if c.dep_ in ("dobj", "npadvmod") and c.i > obj.i]
    words = [t for c in complements for t in c.subtree]
    if obj.dep_ == "dobj":
        words += [t for t in obj.subtree if t.i > obj.i]  # "as fabricated" hung on the noun
    false = any(t.lemma_.lower() in ctx.lex.falsity or t.lower_ in ctx.lex.falsity for t in words)
    return obj if false else None


def _disowns(token: Token) -> Token | None:
    """What a content clause says someone 'has nothing to do with' (a denial of a part in it),
    or None."""
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.lemma_.lower() != "have" or any(c.dep_ == "neg" for c in clause.children):
        return None
    for nothing in (o for o in clause.children if o.dep_ == "dobj" and o.lower_ == "nothing"):
        for do in (d for d in nothing.children if d.lemma_.lower() == "do"):
            for with_ in (w for w in do.children if w.dep_ == "prep" and w.lower_ == "with"):
                return next((p for p in with_.children if p.dep_ == "pobj"), with_)
    return None


def _sentential_relative(token: Token, obj: Token | None) -> bool:
    """', which Moscow has denied': a relative clause set off by a comma whose object 'which'
    stands for the whole clause before it, not for the noun it hangs on."""
    return (
        obj is not None and obj.lower_ == "which" and token.dep_ == "relcl" and obj.i == token.left_edge.i
        and obj.i > 0 and obj.doc[obj.i - 1].text == ","
    )


def _names_claim(obj: Token, cue: Cue, ctx: _Context) -> bool:
    """True when an object names an earlier claim ("these claims", "the allegations"; "it"
    after deny or confirm, not after "support": "he supports them" is not an answer)."""
    if obj.lemma_.lower() in ctx.lex.claim_nouns and obj.pos_ in ("NOUN", "PROPN"):
        return True
    if cue.stance == "deny" and obj.pos_ == "NOUN" and any(
            c.dep_ == "acl" and (v := ctx.lex.verbs.get(c.lemma_.lower())) is not None and v.stance in ("accuse", "allege")
            for c in obj.children):
        return True  # "rejected any attempt to blame Serbia", "dismissed efforts to accuse it"
    return (
        cue.frame == "object"
        and cue.stance in ("deny", "confirm")
        and obj.lower_ in ("it", "this", "that")
        and obj.pos_ in ("PRON", "DET")
        and obj.tag_ != "WDT"
    ) or (obj.tag_ == "WDT" and obj.head.dep_ == "relcl" and obj.head.head.lemma_.lower() in ctx.lex.claim_nouns)


# What one claims to own or takes, not what one says: "claim sovereignty over the islands",
# "claimed the lives of twelve people", "claim parts of the sea"
_POSSESSIONS = frozenset({"sovereignty", "territory", "land", "island", "islands", "sea", "water", "waters", "life",
                          "lives", "ownership", "title", "seat", "seats", "part", "parts", "whole", "all", "most",
                          "share", "prize", "medal", "area", "region", "jurisdiction"})


def _possession(obj: Token) -> bool:
    """'claim parts of the sea', 'claims the whole of Taiwan', 'claimed the lives of ...': an
    object that is land, a title or lives (a claim of possession, not of fact)."""
    return obj.lemma_.lower() in _POSSESSIONS or obj.lower_ in _POSSESSIONS or obj.ent_type_ in ("GPE", "LOC", "FAC")


def _refusal(token: Token, obj: Token | None, ctx: _Context) -> bool:
    """'denied entry to the delegation', 'denied them visas': a refusal, not a denial."""
    if any(c.dep_ == "dative" for c in token.children):
        return True
    return obj is not None and obj.lemma_.lower() in ctx.lex.refusals


def _answer_content(obj: Token, falsity: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The content of an answer's object: its modifiers beyond a determiner ("the allegations
    of direct involvement" keeps "of direct involvement"), or None for "these claims"."""
    # "dismissed the reports as groundless", "rejected claims that X failed as 'fabricated'":
    # the 'as' phrase is the speaker's verdict, not the content of what is answered
    verdict = [t for t in obj.subtree if t.lower_ == "as" and t.i > obj.i and (
        t.dep_ == "prep" or (t.dep_ == "mark" and any(
            w.lemma_.lower() in falsity or w.lower_ in falsity for w in t.head.subtree if w.i > t.i)))]
    extra = [c for c in obj.children if c.dep_ not in ("det", "poss", "amod", "nummod", "punct", "case")
             and not (verdict and c.i >= verdict[0].i)]
    if not extra:
        return None
    start, end = _range(obj.subtree)
    if verdict:
        end = verdict[0].i
    while end > start + 1 and _is_mark(obj.doc[end - 1]):
        end -= 1
    return start, end


def _content(
    token: Token, sent: Span, cue: Cue, obj: Token | None, passive: bool, ctx: _Context
) -> tuple[tuple[int, int] | None, str]:
    """The token range of what is said, and the rule that found it."""
    if cue.frame in ("answer", "verdict"):
        return None, ""  # "support", "reject": only as answers to a named claim
    children = list(token.children)
    aside = _parenthetical(token)
    clause = next((c for c in children if c.dep_ == "ccomp" and (aside is None or c.i != aside.i)), None) \
        or _clause_after_without(token)
    subj_pass = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if passive and subj_pass is not None and subj_pass.lower_ != "it":
        clause = None  # "After the news was announced the index fell": no reported clause
    if clause is not None and clause.i > token.i and obj is not None and obj.lower_ == "that" and obj.i > clause.i:
        clause = None
    if clause is not None and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return None, ""  # "will confirm whether ...": an open question, not a claim
    if clause is not None and clause.i < token.i and _contact_relative(token):
        # "... has carried out strikes it says target Hezbollah": the parser makes the sentence
        # before the relative clause its complement; what is said is what follows the verb
        return _trim((token.i + 1, token.right_edge.i + 1), sent), "attribution:contact-relative"
    if clause is not None:
        start, end = _range(clause.subtree)
        appended = _appended_speaker(token)
        if appended is not None:
            end = min(end, appended.left_edge.i)
        for child in clause.children:
            # "said on Friday it had ...": the parser hangs the time of saying on the complement
            if child.dep_ == "prep" and child.left_edge.i == token.i + 1 == start and _is_time(child):
                start = child.right_edge.i + 1
        return _trim((start, end), sent), "attribution:clause"
    xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
    if xcomp is not None and cue.frame != "answer":
        if passive:
            subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
            start = subj.left_edge.i if subj is not None else xcomp.left_edge.i
            return _trim((start, xcomp.right_edge.i + 1), sent), "attribution:passive"
        if (cue.stance in _XCOMP_STANCES or _relative_report(token)) and obj is None:
            # ("a school that medics said killed 15 people": what was said is the infinitive)
            # "Russia claimed to have downed the drones": what is claimed is the infinitive.
            return _trim(_range(xcomp.subtree), sent), "attribution:xcomp"
    final = _final_content(token, sent)
    if final is not None:
        return final, "attribution:final"
    quoted = _quoted(token, sent) if obj is None else None  # "accused W of ...": the object says what
    if quoted is not None:
        return quoted, "attribution:quote"
    if cue.frame != "object":
        return None, ""
    if passive:
        subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
        prep = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
        if subj is not None and prep is not None and cue.stance in ("accuse", "allege"):
            return _trim((subj.left_edge.i, prep.right_edge.i + 1), sent), "attribution:passive"
        return None, ""
    tail = [c for c in children if c.dep_ == "prep" and c.lower_ in ("of", "for", "against", "about", "over")]
    if cue.stance == "warn":
        tail += [c for c in children if c.dep_ == "xcomp"]
    if obj is None and not (tail and cue.stance == "warn"):
        return None, ""
    parts = ([obj] if obj is not None else []) + [c for c in tail if obj is None or c.i > obj.i]
    start = min(p.left_edge.i for p in parts)
    end = max(p.right_edge.i for p in parts) + 1
    return _trim((start, end), sent), "attribution:object"


def _cut(content: tuple[int, int], cue: Token, sent: Span, ctx: _Context) -> tuple[int, int] | None:
    """End the content before a part that is not what the source said: an apposition that
    names a claim ("..., a charge the Kremlin denies") or a contrastive clause ("..., while
    the rebels claimed ...")."""
    doc = sent.doc
    start, end = content
    for t in doc[start:end]:
        if t.i == start or t.i <= cue.i < t.right_edge.i + 1:
            continue
        # ("npadvmod": the parser's other reading of ", an allegation the agency rejected")
        appos = t.dep_ in ("appos", "npadvmod") and t.lemma_.lower() in ctx.lex.claim_nouns \
            and doc[t.left_edge.i - 1].text == ","
        # (and whatever the parse: ", a claim opposition figures called absurd" read as a
        # compound "claim opposition figures")
        if t.lower_ in ("a", "an") and doc[t.i - 1].text == "," and t.i + 1 < end \
                and doc[t.i + 1].lemma_.lower() in ctx.lex.claim_nouns:
            end = min(end, t.i)
        contrast = t.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CONTRAST for c in t.children
        ) and t.left_edge.i > start
        # "... denied that the drills were aimed at X and accused W": the conjoined act is the
        # speaker's own, not part of what was denied.
        # (but "said troops had crossed the border and shelled a village": a plain act after a
        # perfect shares its "had" and is part of what was said)
        own_act = t.dep_ == "conj" and t.pos_ == "VERB" and (
            ((gov := conjoined_governor(t)) is not None and gov.i == cue.i
             and not (_after_perfect(t) and t.lemma_.lower() not in ctx.lex.verbs))
            or ((gov := finite_over_infinitive(t)) is not None and gov.i == cue.i))
        # "... warned that the fighting could spread, and aid groups accuse both sides of ...":
        # a conjoined report with its own speaker is a claim of its own, not part of this one
        other_report = t.dep_ == "conj" and t.pos_ == "VERB" and t.lemma_.lower() in ctx.lex.verbs \
            and any(c.dep_ in _SUBJECTS for c in t.children) and t.left_edge.i > start
        # "... near the town, which Moscow has denied": the answer is not part of the claim
        answered = t.dep_ == "relcl" and t.lemma_.lower() in ctx.lex.verbs and _sentential_relative(
            t, next((c for c in t.children if c.dep_ in ("dobj", "obj")), None))
        # "said they had found no evidence, rejecting claims that ...": a participle of report
        # set off by a comma is the speaker's own act (a claim of its own), not what was found
        own_report = t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in ctx.lex.verbs \
            and doc[t.left_edge.i - 1].text == "," and not any(c.dep_ in _SUBJECTS for c in t.children)
        # "said its forces had hit depots and made no mention of the power station", "... but
        # gave no details": what the speaker left unsaid is told of the speaker
        unsaid = t.dep_ == "conj" and t.pos_ == "VERB" and t.lemma_.lower() in _UNSAID_VERBS \
            and not any(c.dep_ in _SUBJECTS for c in t.children) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _UNSAID_NOUNS and any(
                    d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in t.children)
        if answered:
            end = min(end, t.left_edge.i - 1)
        if appos or contrast or own_act or other_report or own_report or unsaid:
            end = min(end, t.left_edge.i)
    return _trim((start, end), sent)


def _own_attribution(clause: Token, ctx: _Context) -> bool:
    """A clause that names its own source: "..., according to the coast guard" hung on it, or
    a reporting verb with a subject at its head ("Human Rights Watch said ...")."""
    if clause.lemma_.lower() in ctx.lex.verbs and clause.pos_ == "VERB" and any(
            c.dep_ in _SUBJECTS for c in clause.children):
        return True
    return any(c.lower_ == "according" and c.dep_ in ("prep", "advcl", "advmod") for c in clause.children)


def _conjunct_start(conj: Token) -> int:
    """The first token of a conjoined clause's own words: its left edge, past a leading 'and'."""
    return conj.left_edge.i


def _after_attributed_conjunct(content: tuple[int, int] | None, cue: Token, ctx: _Context) -> tuple[int, int] | None:
    """'A happened, according to Y, and B happened, Manila said': a trailing attribution covers
    the whole sentence, unless the first clause names a source of its own; then it covers only
    the clauses after that one."""
    if content is None or cue.i < content[1]:
        return content
    doc = cue.doc
    start, end = content
    if start > 0 and doc[start - 1].text in _QUOTES:
        return content  # a quotation is said whole: '"He said he would come, and he did," the aide said'
    heads = [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    if len(heads) != 1:
        return content
    head = heads[0]
    later = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and start <= c.i < end
             and any(s.dep_ in _SUBJECTS for s in c.children)]
    if not later or not _own_attribution(head, ctx):
        return content
    return _trim((_conjunct_start(later[0]), end), doc[start:end]) or content


def _contact_relative(token: Token) -> bool:
    """'strikes it says target Hezbollah': a pronoun subject right after a noun, with no comma
    or quotation mark between (a final attribution is set off: '..., it said')."""
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PRON" or subj.i != token.i - 1 or subj.i == 0:
        return False
    return token.doc[subj.i - 1].pos_ in ("NOUN", "PROPN")


def _appended_speaker(token: Token) -> Token | None:
    """'Militants may be recruiting in Benin, a researcher in Dakar said.': the parser reads the
    speaker as an apposition at the end of the reported clause and leaves the verb without a
    subject. The apposition, set off by a comma and ending right before the verb, is the speaker."""
    if token.i == 0 or any(c.dep_ in _SUBJECTS for c in token.children):
        return None
    doc = token.doc
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.i < token.i):
        for t in clause.subtree:
            if t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN") and t.right_edge.i == token.i - 1 \
                    and t.left_edge.i > clause.left_edge.i and doc[t.left_edge.i - 1].text == ",":
                return t
    return None


def _parenthetical(token: Token) -> Token | None:
    """'Spokeswoman Mao Ning, asked about the collision, told reporters ...': the parser makes
    the aside a clause of its own with the speaker as its subject and leaves the reporting verb
    without one. The aside (a bare participle set off by commas before the verb), or None."""
    if any(c.dep_ in _SUBJECTS for c in token.children):
        return None
    doc = token.doc
    for aside in token.children:
        if aside.dep_ not in ("ccomp", "advcl") or aside.i > token.i or aside.tag_ not in ("VBN", "VBD"):
            continue
        subj = next((c for c in aside.children if c.dep_ == "nsubj"), None)
        if subj is None or any(c.dep_ in ("aux", "auxpass", "mark") for c in aside.children):
            continue
        after = aside.right_edge.i if doc[aside.right_edge.i].text == "," else aside.right_edge.i + 1
        if after == token.i - 1 and doc[after].text == "," and any(t.text == "," for t in doc[subj.i + 1:aside.i]):
            return aside
    return None


def _after_perfect(conj: Token) -> bool:
    """A conjunct whose first conjunct is a perfect ("had crossed ... and shelled")."""
    first = conj.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in first.children)


def _is_time(prep: Token) -> bool:
    """A prepositional phrase that is only a time: "on Friday", "in March"."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(t.ent_type_ in ("DATE", "TIME") for o in objects for t in o.subtree)


def _final_content(token: Token, sent: Span) -> tuple[int, int] | None:
    """'The road was closed, officials said.': the attribution hangs off (or after) the clause
    it reports; the content is what comes before it."""
    head = token.head
    if head.i == token.i:
        return _final_root_content(token, sent)
    if head.i > token.i or token.dep_ not in ("ccomp", "parataxis", "advcl", "conj"):
        return None
    if not any(c.dep_ == "nsubj" for c in token.children) or any(c.dep_ == "mark" for c in token.children):
        return None
    doc = token.doc
    left = token.left_edge.i
    while left < token.i and _is_mark(doc[left]):
        left += 1
    if left - 1 < sent.start or not _is_mark(doc[left - 1]):
        return None  # the attribution is set off by a comma or a closing quote
    start = head.left_edge.i if head.left_edge.i >= sent.start else sent.start
    return _trim((start, left), sent)


def _final_root_content(token: Token, sent: Span) -> tuple[int, int] | None:
    """The parser sometimes makes the reported clause a loose `dep` of a final "..., officials
    told reporters." The content is then what comes before the comma that sets the speaker off."""
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "mark" for c in token.children):
        return None
    left = subj.left_edge.i
    loose = [c for c in token.children if c.dep_ in ("dep", "parataxis") and c.i < left]
    if not loose or left - 1 <= sent.start or not _is_mark(token.doc[left - 1]):
        return None
    return _trim((sent.start, left - 1), sent)


def _quoted(token: Token, sent: Span) -> tuple[int, int] | None:
    """The quotation nearest to a cue outside it: '"We will respond," the minister said.'"""
    marks = [t.i for t in sent if t.text in _QUOTES]
    pairs = list(zip(marks[0::2], marks[1::2], strict=False))
    outside = [(a, b) for a, b in pairs if not a < token.i < b and b - a > 1]
    if not outside:
        return None
    a, b = min(outside, key=lambda p: min(abs(token.i - p[0]), abs(token.i - p[1])))
    return _trim((a + 1, b), sent)


#: How far back (in tokens) a quotation closed before a cue may have opened.
_QUOTE_REACH = 250


def _quote_opened_before(content: tuple[int, int] | None, cue: Token, sent: Span) -> int | None:
    """The opening quotation mark, in an earlier sentence of the paragraph, of a quotation
    that closes in this sentence before the cue and makes up the content. None otherwise."""
    if content is None or content[1] > cue.i:
        return None
    doc = sent.doc
    if any(not _is_mark(t) for t in doc[sent.start:content[0]]):
        return None
    if sum(1 for t in doc[sent.start:cue.i] if t.text in _QUOTES) % 2 == 0:
        return None  # the quotation opens and closes in this sentence
    for i in range(sent.start - 1, max(-1, sent.start - _QUOTE_REACH), -1):
        token = doc[i]
        if "\n" in token.text or "\n" in token.whitespace_:
            return None  # a new paragraph: no open quotation here
        if token.text in _QUOTES:
            return i if token.text not in ("”", "»", "''") else None
    return None


def _quote_closed_after(content: tuple[int, int] | None, cue: Token, sent: Span) -> int | None:
    """The closing quotation mark, in a later sentence of the paragraph, of a quotation that
    opens after the cue and makes up the content. None otherwise."""
    if content is None or content[0] < cue.i:
        return None
    doc = sent.doc
    marks = [t.i for t in doc[cue.i:sent.end] if t.text in _QUOTES]
    if len(marks) % 2 == 0 or marks[-1] >= content[0] or doc[marks[-1]].text in ("”", "»", "''"):
        return None  # closed in this sentence, or the content is not the quotation
    for i in range(sent.end, min(len(doc), sent.end + _QUOTE_REACH)):
        token = doc[i]
        if token.text in _QUOTES:
            return i
        if "\n" in token.text or "\n" in token.whitespace_:
            return None
    return None


def _continued_quote(last: _Found, sent: Span, ctx: _Context) -> _Found | None:
    """'"We will respond," the minister said. "Nobody should doubt it."': a quotation that
    opens a sentence right after a quoted claim (same paragraph, no cue of its own) goes on
    with the same speaker. The new claim runs to the closing mark, across sentences."""
    doc = sent.doc
    prev = last.sentence
    if last.content is None or last.content[1] > last.cue_tokens[0].i or prev.end > sent.start:
        return None
    if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[prev.end - 1:sent.start]):
        return None  # a new paragraph
    if not any(t.text in _QUOTES for t in doc[last.content[1]:last.cue_tokens[0].i]):
        return None  # the earlier claim was no quotation
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.text not in _QUOTES or first.text in ("”", "»"):
        return None
    for i in range(first.i + 1, min(len(doc), first.i + _QUOTE_REACH)):
        token = doc[i]
        if token.text in _QUOTES:
            if i - first.i < 2:
                return None
            span = doc[sent.start:doc[i].sent.end]
            content = _trim((first.i + 1, i), span)
            if content is None:
                return None
            cue = ctx.lex.verbs.get(last.cue_tokens[0].lemma_.lower())
            return replace(last, sentence=span, content=content, answer_object=None, refers=[],
                           rule="attribution:quote-continued", hedges=_hedges(content, last.cue_tokens[0], cue, ctx))
        if "\n" in token.text or "\n" in token.whitespace_:
            return None
    return None


#: How many words a transcript's speaker label may have ("Foreign Minister Ana Varga:").
_LABEL_WORDS = 5


def _speaker_label(sent: Span, ctx: _Context) -> _Found | None:
    """A transcript's answer: a paragraph that opens with a known actor's name and a colon, then
    a quotation ('Varga: "No. There was no condition."'). The quotation, across sentences, is
    what the named actor said. A question label ("Question:") names no actor and gives nothing."""
    doc = sent.doc
    first = next((t for t in sent if not t.is_space), None)
    if first is None or (first.i > 0 and "\n" not in doc[first.i - 1].text + doc[first.i - 1].whitespace_):
        return None
    colon = next((t for t in doc[first.i:min(sent.end, first.i + _LABEL_WORDS + 1)] if t.text == ":"), None)
    if colon is None or colon.i == first.i or colon.i + 1 >= len(doc) or doc[colon.i + 1].text not in _QUOTES:
        return None
    if any(t.pos_ not in ("PROPN", "NOUN") for t in doc[first.i:colon.i]):
        return None
    name = doc[colon.i - 1]
    mention = ctx.index.get(name.i)
    if mention is None or mention.actor is None:
        return None
    opening = colon.i + 1
    for i in range(opening + 1, min(len(doc), opening + _QUOTE_REACH)):
        if doc[i].text in _QUOTES:
            span = doc[sent.start:doc[i].sent.end]
            content = _trim((opening + 1, i), span)
            if content is None:
                return None
            return _Found(sentence=span, sent_no=0, section=0, cue_tokens=(colon,), stance="assert",
                          source=(mention.actor,), content=content, hedges=_hedges(content, colon, None, ctx),
                          rule="attribution:speaker-label", confidence=0.8, speaker=name)
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            return None
    return None


def _range(tokens: Iterable[Token]) -> tuple[int, int]:
    idx = [t.i for t in tokens]
    return min(idx), max(idx) + 1


def _trim(span: tuple[int, int], sent: Span) -> tuple[int, int] | None:
    """Cut punctuation, quotes and a leading "that" from a token range; None when empty."""
    doc = sent.doc
    start, end = max(span[0], sent.start), min(span[1], sent.end)
    while start < end and (_is_mark(doc[start]) or doc[start].lower_ in _TRIM_LEFT or _is_stamp(doc[start])):
        start += 1
    while end > start and (_is_mark(doc[end - 1]) or doc[end - 1].dep_ == "cc"):
        if doc[end - 1].text in _QUOTES and sum(1 for t in doc[start:end - 1] if t.text in _QUOTES) % 2 == 1:
            break  # 'would respond "at a time of its choosing"': the quotation closes here
        end -= 1
    if sum(1 for t in doc[start:end] if t.text in _QUOTES) % 2 == 1:
        # the closing mark of a quotation opened inside, which the parser hangs elsewhere,
        # sometimes after the full stop ('... "at a time of its choosing."')
        for k in (end, end + 1):
            if k <= min(sent.end, len(doc) - 1) and doc[k].text in _QUOTES and all(doc[j].is_punct for j in range(end, k)):
                end = k + 1
                break
    return (start, end) if end > start else None


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
_DASHES = frozenset({"-", "--", "—", "–", "|"})
#: A live blog's time stamp before a source's name ("09:12 - Police in ... say").
_STAMP = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*)?[-–—|]+\s*")


def _is_stamp(token: Token) -> bool:
    """The time stamp of a live-blog entry: "09:12" followed by a dash ("09:12 - Police say")."""
    doc = token.doc
    return bool(_CLOCK.fullmatch(token.text)) and token.i + 1 < len(doc) and doc[token.i + 1].text in _DASHES


def _is_mark(token: Token) -> bool:
    """Punctuation, space or a quotation mark (also "``" and "''" as some texts write them)."""
    return token.is_punct or token.is_space or token.text in _QUOTES or not token.text.strip("`'\"")


def _according_to(token: Token, sent: Span, ctx: _Context) -> _Found | None:
    """'According to X, ...' and '..., according to X.'"""
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    if to is None and token.i + 1 < sent.end and token.nbor().lower_ == "to":
        to = token.nbor()
    if to is None:
        return None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    actors, via = _source_phrase(pobj, ctx)
    if not actors:
        return None
    own_left, own_right = token.left_edge.i, max(token.right_edge.i, to.right_edge.i)
    for t in sent.doc[own_left:own_right + 1]:
        if t.dep_ == "conj" and t.i > pobj.i and sent.doc[t.left_edge.i - 1].text == "," and not any(
                c.dep_ == "cc" for c in t.head.children):
            # "According to the official, who spoke on condition of anonymity, trucks were
            # stuck": the parser joins the clause's subject to the phrase
            own_right = t.left_edge.i - 1
            break
    head = token.head if token.head.i != token.i else token
    h_start, h_end = head.left_edge.i, head.right_edge.i + 1
    if head is token:
        h_start, h_end = sent.start, sent.end
    words = [t.i for t in sent if not _is_mark(t)]
    if own_right + 1 > words[-1] and head.dep_ == "ccomp" and head.head.lemma_.lower() in ctx.lex.verbs \
            and h_start > sent.start:
        # "A diplomat told Reuters that officials had reported it, according to people
        # briefed": the phrase names the diplomat's sources for the reported clause
        content = _trim((h_start, own_left), sent)
    elif own_right + 1 > words[-1]:
        # "A depot near the port burned, according to the governor": all before it, even when
        # the parser hung the phrase on a verb below the subject
        content = _trim((sent.start, own_left), sent)
    elif own_left <= words[0]:
        content = _trim((own_right + 1, sent.end), sent)
    elif own_left <= h_start + 1:
        content = _trim((own_right + 1, h_end), sent)
    elif own_right + 1 >= h_end - 1:
        content = _trim((h_start, own_left), sent)
    else:
        content = _trim((h_start, h_end), sent)
    final = _final_cue(sent, ctx)
    if content is not None and final is not None and head is not token and final.i > own_right \
            and head.i != final.i:
        # "A happened, according to Y, and B happened, Manila said": Y's word is the first clause
        later = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > own_right
                 and any(s.dep_ in _SUBJECTS for s in c.children)]
        if later:
            end = later[0].left_edge.i if own_left <= content[0] else min(later[0].left_edge.i, own_left)
            content = _trim((content[0], end), sent) or content
        else:
            subj = next(c for c in final.children if c.dep_ in _SUBJECTS)
            content = _trim((content[0], min(content[1], subj.left_edge.i)), sent) or content
    party = any(a.country and a.kind not in ("media", "anonymous", "collective") for a in actors)
    party = party or any(a.kind == "collective" and a.sector not in (None, "MED") for a in actors)
    hedges = _hedges(content, token, None, ctx)
    return _Found(
        sentence=sent,
        sent_no=0,
        section=0,
        cue_tokens=(token, to),
        stance="claim" if party and not any(_is_media_actor(a, ctx) for a in actors) else "report",
        source=actors,
        content=content,
        via=via,
        hedges=hedges,
        rule="attribution:according-to",
        confidence=0.9,
        anonymous=_anonymous(pobj, token, content, ctx),
        speaker=pobj,
    )


def _final_cue(sent: Span, ctx: _Context) -> Token | None:
    """The reporting verb of a sentence-final attribution ('..., Manila said.'): the root,
    a cue verb with a subject, after a comma that ends the reported words."""
    root = sent.root
    if root.lemma_.lower() not in ctx.lex.verbs or root.pos_ != "VERB":
        return None
    subj = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subj is None or not any(c.dep_ == "ccomp" and c.i < subj.i for c in root.children):
        return None
    return root if _is_mark(sent.doc[min(subj.left_edge.i, root.i) - 1]) else None


# --------------------------------------------------------------------------------------------
# Sources


def _sources(
    token: Token, passive: bool, ctx: _Context
) -> tuple[tuple[Actor, ...] | None, tuple[Actor, ...], float, Token | None]:
    """The source and via actors of a reporting verb, a confidence and the head of the source
    phrase.

    Returns (None, ...) when the subject cannot be a source ("This suggests ...").
    """
    children = list(token.children)
    via: list[Actor] = []
    subject = next((c for c in children if c.dep_ in _SUBJECTS and not _is_relative(c)), None) \
        if _relative_report(token) else next((c for c in children if c.dep_ in _SUBJECTS), None)
    confidence = 0.9
    verb = token
    hops = 0
    if subject is None:
        subject = _appended_speaker(token) or _controller(token)
    if subject is None and (aside := _parenthetical(token)) is not None:
        subject = next(c for c in aside.children if c.dep_ == "nsubj")
    governor = (conjoined_governor(token) or finite_over_infinitive(token)) if subject is None else None
    if subject is None and token.dep_ == "ccomp" and token.tag_ in ("VBD", "VBZ", "VBP"):
        # A finite complement clause always has a subject: a subjectless one is a conjunct the
        # parser misattached ("X said A and warned that B"), and shares the speaker.
        governor = token.head
    if governor is not None and governor.lemma_.lower() in ctx.lex.verbs:
        subject = next((c for c in governor.children if c.dep_ in _SUBJECTS), None)
        confidence = 0.8
    while subject is None and verb.dep_ == "conj" and verb.head.i != verb.i and hops < 3:
        verb, hops = verb.head, hops + 1
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
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
        subject = next((c for c in token.head.children if c.dep_ in _SUBJECTS), None)
        confidence = 0.8
    agent = next((c for c in children if c.dep_ == "agent"), None)
    if passive:
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if by is not None:
            actors, nested = _source_phrase(by, ctx)
            return actors or (), tuple(nested), 0.85, by
        return (), (), 0.7, None
    if subject is None:
        return None, (), 0.0, None
    actors, nested = _source_phrase(subject, ctx)
    if not actors and subject.lower_ in _FIRST_PERSON:
        # '"We reject any attempt to blame us," the ministry said': the quotation's speaker
        actors, nested = _quotation_speaker(token, ctx), []
    if not actors:
        return None, (), 0.0, None
    ctx.speakers.append((subject, actors))
    via.extend(nested)
    cited, cited_head = _cited(token, ctx)
    if cited:
        via.extend(actors)
        actors, subject = cited, cited_head
    via.extend(a for a in _via(token, ctx) if a not in via)
    return actors, tuple(via), confidence, subject


_FIRST_PERSON = frozenset({"we", "i"})


def _quotation_speaker(token: Token, ctx: _Context) -> tuple[Actor, ...]:
    """The speaker of the quotation `token` stands in: the source of the reporting verb above
    it outside the quotation marks ('"We deny it," the ministry said'). Empty when there is none."""
    sent = token.sent
    doc = token.doc
    if sum(1 for t in doc[sent.start:token.i] if t.text in _QUOTES) % 2 == 0:
        return ()  # not inside a quotation
    for verb in token.ancestors:
        if verb.lemma_.lower() not in ctx.lex.verbs or verb.pos_ != "VERB":
            continue
        if sum(1 for t in doc[sent.start:verb.i] if t.text in _QUOTES) % 2 == 1:
            continue  # the verb is inside the quotation too
        subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subj is not None and subj.lower_ not in _FIRST_PERSON:
            return _source_phrase(subj, ctx)[0]
        return ()
    return ()


#: Source heads that are unnamed by definition ("sources said", "an insider said").
_ANONYMOUS_HEADS = frozenset({"source", "insider"})
#: Verbs whose negation says the speaker may not be named or may not speak on the record.
_UNNAMED_VERBS = frozenset({"name", "identify", "authorize", "authorise", "allow", "permit"})


def _anonymous(speaker: Token | None, cue: Token, content: tuple[int, int] | None, ctx: _Context) -> bool:
    """True when the source is unnamed on purpose: "sources said", "a US official speaking on
    condition of anonymity", "who asked not to be named", "not authorized to speak", "people
    familiar with the matter", "a person briefed on the talks", "officials with knowledge of".
    Looks at the source phrase and at the cue's own modifiers ("said on condition of anonymity"),
    never at the content."""
    if speaker is None:
        return False
    if speaker.lemma_.lower() in _ANONYMOUS_HEADS and speaker.pos_ == "NOUN":
        return True
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
        if (lemma == "familiar" and "with" in preps) or (lemma == "brief" and mod.tag_ == "VBN" and "on" in preps) \
                or (lemma == "close" and "to" in preps):
            return True
        if mod.dep_ == "prep" and mod.lower_ == "with" and any(c.lemma_.lower() == "knowledge" for c in mod.children):
            return True
    return False


def _citing(token: Token) -> Token | None:
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


def _cited(token: Token, ctx: _Context) -> tuple[tuple[Actor, ...], Token | None]:
    """'The agency reported, citing officials, ...': the cited officials are the source (and
    the head of their phrase)."""
    citing = _citing(token)
    if citing is None:
        return (), None
    obj = next((c for c in citing.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return (), None
    actors, _ = _source_phrase(obj, ctx)
    return actors, obj


def _via(token: Token, ctx: _Context) -> list[Actor]:
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
            out.extend(_actors_of(cand, ctx))
    return out


def _is_media_token(token: Token, ctx: _Context) -> bool:
    """A named news outlet ("The Daily Herald"), not an audience ("reporters")."""
    mention = ctx.index.get(token.i)
    if mention is not None and mention.actor is not None and mention.actor.kind == "media":
        return True
    if token.pos_ != "PROPN":
        return False
    if mention is not None and mention.actor is not None and _is_media_actor(mention.actor, ctx):
        return True
    words = {t.lower_ for t in token.subtree if t.pos_ == "PROPN"}
    return bool(words & ctx.lex.media)


def _is_media_actor(actor: Actor, ctx: _Context) -> bool:
    return actor.kind == "media" or actor.sector == "MED" or (actor.code or "").endswith("MED")


def _source_phrase(head: Token, ctx: _Context) -> tuple[tuple[Actor, ...], list[Actor]]:
    """The actors a source phrase names (each conjunct), and any outlets nested in it."""
    actors: list[Actor] = []
    for conj in _conjuncts(head):
        actor = _actors_of(conj, ctx)
        appos = [c for c in conj.children if c.dep_ == "appos"]
        if appos and all(a.country is None for a in actor):
            # "mediators Qatar and Egypt said": the apposition names who the common noun is.
            named = [a for ap in appos for c in _conjuncts(ap) for a in _actors_of(c, ctx) if a.country]
            if named and len(appos) == 1 and conj.pos_ == "PROPN" and conj.ent_type_ == "PERSON":
                # "said Ahmed Nasser, a civil defence official in Gaza": the person keeps the name
                # and takes the country of the description
                start, end = _phrase(conj)[0], _phrase(appos[0])[1]
                named = [_with(a, text=conj.doc[start:end].text, kind="person") for a in named[:1]]
            actor = named or actor
        # a mention's own text may keep a live blog's stamp ("- Police in Port Moresby")
        actor = [_with(a, text=_STAMP.sub("", a.text)) if _STAMP.match(a.text) and _STAMP.sub("", a.text) else a
                 for a in actor]
        actors.extend(a for a in actor if a not in actors)
    outlets: list[Actor] = []
    for acl in (t for t in head.subtree if t.dep_ == "acl" and t.lemma_.lower() in _OUTLET_VERBS):
        # "officials quoted by The Journal", "a report seen by Reuters": the outlet we know it through
        for by in (p for a in acl.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"):
            if _is_media_token(by, ctx):
                outlets.extend(a for a in _actors_of(by, ctx) if a not in outlets)
    return tuple(actors), outlets


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
           and not (describes and c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in _OUTLET_VERBS)]
    start, end = head.left_edge.i, head.right_edge.i + 1
    for child in cut:
        if child.i > head.i:
            end = min(end, child.left_edge.i)
        else:
            start = max(start, child.right_edge.i + 1)
    doc = head.doc
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
    while start < end - 1 and (doc[start].is_punct or _is_stamp(doc[start])):
        start += 1
    return start, end


#: Court papers and documents that speak for whoever filed or wrote them.
_FILINGS = frozenset({"lawsuit", "suit", "filing", "complaint", "indictment", "petition", "affidavit", "submission",
                      "motion", "dossier", "memo", "document", "brief"})


def _actors_of(head: Token, ctx: _Context) -> list[Actor]:
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
    if head.i in ctx.groups:
        return list(ctx.groups[head.i])
    if low in _PARTITIVES:
        return _partitive(head, ctx)
    poss = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    if poss is not None and head.lemma_.lower() in ctx.lex.claim_nouns and ctx.index.get(head.i) is None:
        # "The ministry's statement said": the ministry speaks through it
        owners = _actors_of(poss, ctx)
        if len(owners) == 1 and (owners[0].country or owners[0].sector):  # an owner we know something of
            start, end = _phrase(head)
            return [_with(owners[0], text=head.doc[start:end].text, rule="attribution:owner")]
    author = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                   if p.dep_ == "pobj"), None)
    filing = head.lemma_.lower() in _FILINGS
    if author is None and filing:
        # "a lawsuit filed by the operator", "a complaint submitted by Ukraine": its filer
        author = next((p for acl in head.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                       for a in acl.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)
    if author is not None and (head.lemma_.lower() in ctx.lex.claim_nouns or filing) and ctx.index.get(head.i) is None:
        # "a report by the UN panel showed": the panel speaks through its report
        owners = _actors_of(author, ctx)
        if len(owners) == 1 and (owners[0].country or owners[0].sector or owners[0].code):
            start, end = _phrase(head, describes=filing)
            return [_with(owners[0], text=head.doc[start:end].text, rule="attribution:owner")]
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
            known = [a for a in _actors_of(owner, ctx) if a.country]
            if len(known) == 1:
                actor = _with(actor, country=known[0].country, code=f"{known[0].country}{actor.sector}")
        given = {ctx.lex.sectors.get(t.lower_) for t in head.lefts} - {None, "GOV", "MED"}  # "aid agencies"
        if (ctx.lex.sources.get(lemma) or ctx.lex.sources.get(low) or ("", None))[0] == "media" and actor.sector != "MED" \
                and actor.kind != "media" and not given:
            # "Iranian state media", "the state news agency": an outlet, whoever owns it (the actor
            # stage's own outlets, "state media" IRNGOVMED, are kept as they are)
            actor = _with(actor, sector="MED", code=f"{actor.country or '---'}MED", kind="media")
        return [actor]
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
    base = next((m.actor for m in inner if m.actor is not None and _actor_key(m.actor)), None)
    if base is not None:
        # "Ukrainian officials", "Western intelligence reports": the modifier gives the
        # country (or the group code, WST), the head noun the kind and sector.
        sector = sector or base.sector
        return [Actor(
            text=text,
            country=base.country,
            sector=sector,
            code=f"{base.country or _actor_key(base)}{sector or ''}",
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
        return [Actor(text=text, sector=sector, code=_code(None, sector), kind=kind, role=lemma,
                      rule="attribution:unnamed", confidence=0.7)]
    if head.pos_ == "PROPN" and _is_media_token(head, ctx):
        return [Actor(text=text, sector="MED", code="---MED", kind="media", rule="attribution:media-name", confidence=0.5)]
    if head.pos_ in ("NOUN", "PROPN"):
        return [Actor(text=text, kind="unknown", role=lemma, rule="attribution:phrase", confidence=0.3)]
    return []


def _partitive(head: Token, ctx: _Context) -> list[Actor]:
    """'One of them said', 'one of the officials told AFP': a member of the group named after
    'of' (the group's country and sector, the phrase's own text)."""
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None:
        return []
    members = _actors_of(group, ctx)
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


def _antecedent(pronoun: Token, ctx: _Context) -> Actor | None:
    """The actor a pronoun subject most likely stands for: the last person (he, she) or
    organisation/country (it, they) named in this or the previous three sentences."""
    sents = ctx.sents
    here = max(0, bisect.bisect_right(ctx.sent_starts, pronoun.i) - 1)
    floor = sents[max(0, here - 3)].start_char
    low = pronoun.lower_
    opened = _quotation_start(pronoun)
    if opened is not None:  # '"It appears ... It could attack," she said': the quotation's first sentence
        here = max(0, bisect.bisect_right(ctx.sent_starts, opened) - 1)
    last = _last_speaker(pronoun, sents[max(0, here - 1)].start, ctx)
    if last is not None:
        return last
    wanted = {"person"} if low in _PERSONAL else {"government", "organisation", "country", "igo", "media", "group"}
    best: Mention | None = None
    for k in range(bisect.bisect_left(ctx.actor_starts, floor), bisect.bisect_left(ctx.actor_starts, pronoun.idx)):
        m = ctx.actors[k]
        if m.actor is None:
            continue
        kind = m.actor.kind
        if kind in wanted or (low in _PERSONAL and m.label == "PERSON"):
            best = m
    if best is not None and best.actor is not None:
        return best.actor
    if low in _PERSONAL:
        k = bisect.bisect_left(ctx.people_starts, pronoun.idx) - 1
        if k >= 0 and ctx.people_starts[k] >= floor:
            return Actor(text=ctx.people[k].text, kind="person", rule="attribution:pronoun-ner", confidence=0.4)
    return None


def _quotation_start(token: Token) -> int | None:
    """The opening mark of the quotation that closes right before `token` in its paragraph
    ('"A. B," she said'), or None."""
    doc = token.doc
    marks = []
    for i in range(token.i - 1, max(-1, token.i - _QUOTE_REACH), -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            break
        if doc[i].text in _QUOTES:
            marks.append(i)
    if len(marks) < 2 or len(marks) % 2 or any(not _is_mark(t) for t in doc[marks[0] + 1:token.i]):
        return None
    return marks[1]


def _last_speaker(pronoun: Token, floor: int, ctx: _Context) -> Actor | None:
    """The source of the last claim when it is close (this or the sentence before) and
    agrees with the pronoun: "The magistrate said A. He said B." is the magistrate's, even
    when another person was named in between. None when there is no such speaker."""
    before = [(subj, actors) for subj, actors in ctx.speakers if floor <= subj.i < pronoun.i]
    if not before:
        return None
    subj, actors = before[-1]
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


# --------------------------------------------------------------------------------------------
# Hedges, concerns and answers


def _hedges(content: tuple[int, int] | None, cue_token: Token, cue: Cue | None, ctx: _Context) -> tuple[str, ...]:
    """Hedge words in the content (modals, adverbs, verbs such as "appear"), on the cue, or the
    cue itself when it hedges ("suggest")."""
    out: list[str] = []
    if cue is not None and cue.hedge:
        out.append(cue_token.text)
    doc = cue_token.doc
    tokens: list[Token] = [c for c in cue_token.children if c.dep_ in ("advmod", "aux")]
    if cue_token.dep_ == "xcomp" and cue_token.head.lemma_.lower() in _RAISING:
        tokens.append(cue_token.head)  # "appeared to show": the source only seems to say it
    # "Unconfirmed reports said ...": a source called unconfirmed hedges what it says
    tokens.extend(a for c in cue_token.children if c.dep_ in _SUBJECTS for a in c.children if a.dep_ == "amod")
    if content is not None:
        tokens.extend(doc[content[0]:content[1]])
    for t in tokens:
        low = t.lower_
        marked = low in ctx.lex.hedges and (t.tag_ == "MD" or t.pos_ in ("ADV", "ADJ"))
        hedging_verb = t.pos_ == "VERB" and t.lemma_.lower() in ctx.lex.hedges and t.i != cue_token.i
        if marked or hedging_verb:
            out.append(t.text)
    seen: list[str] = []
    for word in out:
        if word not in seen:
            seen.append(word)
    return tuple(seen)


def _actor_key(actor: Actor) -> str | None:
    if actor.country:
        return actor.country
    if actor.code and not actor.code.startswith("---"):
        return actor.code[:3]
    return None


def _concerns(item: _Found, ctx: _Context) -> frozenset[str]:
    """Who a claim is about: the countries (or IGO codes) of the actors in its content."""
    keys: set[str] = set()
    if item.content is not None:
        for i in range(*item.content):
            m = ctx.index.get(i)
            if m is not None and m.actor is not None and m.label != "WEAPON":
                key = _actor_key(m.actor)
                if key:
                    keys.add(key)
    return frozenset(keys)


def _link_answers(found: list[_Found], ctx: _Context) -> None:
    """Fill `refers` of denials, confirmations and corroborations with the earlier claims they
    answer: recent claims (same section first, within ANSWER_WINDOW sentences) whose content
    concerns the actors the answer names, or its sources when it names none."""
    # Claims come in text order, so their sentence numbers rise: the claims within the window
    # start at a binary-searched index (a long article holds thousands of claims).
    sent_nos = [f.sent_no for f in found]
    rising = all(a <= b for a, b in zip(sent_nos, sent_nos[1:], strict=False))
    for n, item in enumerate(found):
        if item.stance not in ANSWER_STANCES:
            continue
        first = bisect.bisect_left(sent_nos, item.sent_no - ANSWER_WINDOW, 0, n) if rising else 0
        earlier = [
            k for k in range(first, n)
            if found[k].stance not in ANSWER_STANCES
            and found[k].content is not None
            and item.sent_no - found[k].sent_no <= ANSWER_WINDOW
        ]
        same = [k for k in earlier if found[k].section == item.section]
        earlier = same or earlier
        cue_at = item.cue_tokens[0].i
        governing = _contrasted_claim(item, found[:n])
        if governing is not None:
            # "Sources said A, though officials denied any such plans": the denial answers A
            item.refers = [governing]
            continue
        if item.answer_object is not None and _sentential_relative(item.cue_tokens[0], item.answer_object):
            item.refers = [k for k in range(n) if found[k].sent_no == item.sent_no and found[k].content
                           and found[k].stance not in ANSWER_STANCES and found[k].content[1] <= cue_at][-1:]
            continue
        obj = item.answer_object
        if obj is not None and obj.dep_ in ("appos", "npadvmod") and obj.i > 0 and obj.doc[obj.left_edge.i - 1].text == ",":
            # "Rights groups say hundreds were killed, an accusation the government has denied":
            # the noun set after the claim names that claim
            here = [k for k in range(n) if found[k].sent_no == item.sent_no and found[k].content
                    and found[k].stance not in ANSWER_STANCES and found[k].content[1] <= obj.left_edge.i]
            if here:
                item.refers = here[-1:]
                continue
        if not item.source and _narrated_caveat(item.cue_tokens[0], ctx):
            # "Two soldiers were reportedly killed, but the toll could not be verified": the
            # caveat is on the narrator's own clause, not on an earlier claim
            continue
        own_codes = {a.code for a in item.source if a.code and not a.code.startswith("---")}
        # never an answer to the claim it is part of ("said the UN could not confirm the toll")
        # nor to its own source's earlier word ("The RSF said A. ... The RSF said the claims were false")
        earlier = [k for k in earlier if not (found[k].content and found[k].content[0] <= cue_at < found[k].content[1])
                   and not own_codes & {a.code for a in found[k].source}]
        own = frozenset(k for a in item.source if (k := _actor_key(a)))
        whose = _possessor_claims(item.answer_object, earlier, found, ctx) if item.answer_object is not None else None
        if whose is not None:
            # "rejected the ministry's statement": the claims of that source
            matched = whose
        elif item.answer_object is not None and _states_content(item.answer_object):
            # "denied reports that it had supplied drones": the object says what is denied, so
            # only an earlier claim about the same actors is answered, never simply the last one
            about = _object_concerns(item.answer_object, ctx) | own
            need = min(2, len(about))
            matched = [k for k in earlier if len(found[k].concerns & about) >= need] if about else []
        elif item.answer_object is not None:
            about = _object_concerns(item.answer_object, ctx) or own
            matched = [k for k in earlier if found[k].concerns & about] if about else []
            if not matched and earlier:
                matched = [k for k in earlier if found[k].sent_no == found[earlier[-1]].sent_no]
            if _singular(item.answer_object):
                # ("A NATO official said peacekeepers had found X. The claim could not be
                # verified": the official's claim, not the finding nested inside it)
                outer = [k for k in matched if not any(
                    j != k and found[j].content[0] <= found[k].cue_tokens[0].i < found[j].content[1] for j in matched)]
                matched = (outer or matched)[-1:]
        elif item.concerns | own:
            # "Bolivia denied that its units crossed the river": earlier claims about the same actors
            about = item.concerns | own
            need = min(2, len(about))
            matched = [k for k in earlier if len(found[k].concerns & about) >= need]
            if not item.concerns:
                # "Israel's spokesman denied that civilians had been targeted": only the speaker's
                # own side links them, so the claim must tell of that side acting (a subject),
                # not merely name it ("Washington had asked Israel for details")
                matched = [k for k in matched if _acting(found[k], own, ctx)]
        else:
            matched = []
        if not matched and item.rule == "attribution:object":
            matched = _shown(item, earlier, found) or _same_noun(item, earlier, found)
        if not matched and item.content is not None and item.answer_object is None:
            # "Hezbollah denied keeping rocket launchers in the town": no actor in common, but the
            # latest claim that speaks of the same things (two content words, or a name)
            doc = item.sentence.doc
            said = _words(doc[item.content[0]:item.content[1]])
            names = {t.lemma_.lower() for t in doc[item.content[0]:item.content[1]] if t.pos_ == "PROPN"}
            matched = [k for k in earlier if len(shared := said & _words(doc[found[k].content[0]:found[k].content[1]])) >= 2
                       or shared & names][-1:]
        obj = item.answer_object
        if len(matched) > 1 and obj is not None and obj.lemma_.lower() in _EVIDENCE_NOUNS:
            # "dismissed the videos as staged": what the videos were said to show
            shown = [k for k in matched if found[k].speaker is not None and found[k].speaker.lemma_ == obj.lemma_]
            matched = shown or matched
        if len(matched) > 1:
            matched = _sharing_words(item, matched, found)
        own_sources = {a.text for a in item.source}
        item.refers = [k for k in matched if not own_sources & {a.text for a in found[k].source}]
        if item.stance == "decline" and (not item.source or all(_is_media_actor(a, ctx) for a in item.source)):
            # the narrator could not verify them: the answered claims are hedged
            cue = item.cue_tokens[0]
            first = min([c.i for c in cue.children if c.dep_ in ("aux", "neg", "auxpass", "advmod")] + [cue.i])
            if _negated_by_governor(cue):  # "was unable to verify", "failed to confirm"
                first = cue.head.head.i if cue.head.dep_ == "acomp" else cue.head.i
            caveat = cue.doc[first:cue.i + 1].text  # "could not be independently verified"
            for k in item.refers:
                if caveat not in found[k].hedges:
                    found[k].hedges = (*found[k].hedges, caveat)


def _shown(item: _Found, earlier: list[int], found: list[_Found]) -> list[int]:
    """'Reuters could not verify the footage': the last claim made by a video, an image or a
    document ('A video ... appeared to show ...')."""
    doc = item.sentence.doc
    start, end = item.content
    head = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), None)
    if head is None or head.lemma_.lower() not in _EVIDENCE_NOUNS:
        return []
    return [k for k in earlier if found[k].speaker is not None
            and found[k].speaker.lemma_.lower() in _EVIDENCE_NOUNS][-1:]


def _acting(item: _Found, keys: frozenset[str], ctx: _Context) -> bool:
    """Does an actor of `keys` stand in a subject of the claim's content (or is the claim an
    accusation, whose object is the one acting: "accused Russia of ...")?"""
    if item.stance in ("accuse", "allege") or item.content is None:
        return True
    doc = item.sentence.doc
    for subj in (t for t in doc[item.content[0]:item.content[1]] if t.dep_ in _SUBJECTS):
        for t in subj.subtree:
            m = ctx.index.get(t.i)
            if m is not None and m.actor is not None and _actor_key(m.actor) in keys:
                return True
    return False


def _narrated_caveat(cue: Token, ctx: _Context) -> bool:
    """A caveat conjoined to a clause the narrator tells without a reporting verb of its own."""
    if cue.dep_ != "conj" or cue.head.i > cue.i:
        return False
    first = cue.head
    return first.pos_ in ("VERB", "AUX") and first.lemma_.lower() not in ctx.lex.verbs


#: Nouns that stand for a number given earlier ("the toll", "the figures").
_TALLIES = frozenset({"toll", "figure", "tally", "count"})
_CASUALTIES = frozenset({"kill", "die", "dead", "death", "wound", "injure", "casualty", "drown", "massacre"})


def _same_noun(item: _Found, earlier: list[int], found: list[_Found]) -> list[int]:
    """'The government has not confirmed the new toll': an object that names no claim answers
    the last earlier claim whose content speaks of the same thing ('the death toll had risen')."""
    doc = item.sentence.doc
    start, end = item.content
    head = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), None)
    if head is None or head.pos_ != "NOUN":
        return []
    if head.lemma_.lower() in _TALLIES:
        # "could not confirm the death toll": the last claim that gives a number (of the dead
        # or hurt, for a toll)
        for k in reversed(earlier):
            lo, hi = found[k].content
            said = doc[lo:hi]
            if any(t.like_num and t.dep_ == "nummod" or t.ent_type_ == "CARDINAL" for t in said) and (
                    head.lemma_.lower() != "toll" or any(t.lemma_.lower() in _CASUALTIES for t in said)):
                return [k]
    for k in reversed(earlier):
        lo, hi = found[k].content
        if any(t.lemma_ == head.lemma_ and t.pos_ == "NOUN" for t in doc[lo:hi]):
            return [k]
    return []


def _contrasted_claim(item: _Found, earlier: list[_Found]) -> int | None:
    """The claim whose cue governs an answer set against it in the same sentence ('said A,
    though officials denied it', 'said A, but the army denied that'), or None."""
    cue = item.cue_tokens[0]
    marked = cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST for c in cue.children)
    joined = cue.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "but" for c in cue.head.children)
    if not (marked or joined):
        return None
    return next((k for k, f in enumerate(earlier) if f.cue_tokens[0].i == cue.head.i and f.content is not None
                 and f.stance not in ANSWER_STANCES), None)


def _words(tokens: Iterable[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "VERB", "ADJ", "PROPN") and not t.is_stop}


def _sharing_words(item: _Found, matched: list[int], found: list[_Found]) -> list[int]:
    """Of several claims an answer may answer, those that share a content word with what it
    says is false ('denied storing weapons' answers 'targeted weapons stores', not the toll
    the health ministry gave); all of them when none or the answer says nothing."""
    doc = item.sentence.doc
    said: set[str] = set()
    if item.content is not None:
        said = _words(doc[item.content[0]:item.content[1]])
    if item.answer_object is not None:
        said |= _words(t for t in item.answer_object.subtree if t.i != item.answer_object.i)
    if not said:
        return matched
    sharing = [k for k in matched if found[k].content is not None
               and said & _words(doc[found[k].content[0]:found[k].content[1]])]
    return sharing or matched


def _possessor_claims(obj: Token, earlier: list[int], found: list[_Found], ctx: _Context) -> list[int] | None:
    """The earlier claims of the source an answered noun names as its owner ('the ministry's
    statement', "Moscow's claims", 'the Philippine claim'): by the same actor code (country
    for a national adjective) or the same head noun. None when the noun names no owner or
    none of the earlier claims is that owner's."""
    poss = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if poss is None:
        # ("the Philippine claim"; "the Kosovo account": a place name used as an adjective)
        national = next((c for c in obj.children if c.dep_ in ("amod", "compound")
                         and (c.ent_type_ == "NORP" or (c.ent_type_ == "GPE" and c.i + 1 == obj.i))), None)
        if national is None:
            return None
        keys = {k for a in _actors_of(national, ctx) if (k := _actor_key(a))}
        out = [k for k in earlier if any(_actor_key(a) in keys for a in found[k].source)] if keys else []
        if len(out) > 1 and _singular(obj):
            shared = [k for k in out if _words(t for t in obj.subtree if t.i != obj.i) & _words(
                found[k].sentence.doc[found[k].content[0]:found[k].content[1]])]
            out = shared or out
        return (out[-1:] if _singular(obj) else out) or None
    owners = _actors_of(poss, ctx)
    codes = {a.code for a in owners if a.code and not a.code.startswith("---")}
    head = poss.lemma_.lower()
    out = [k for k in earlier if any(
        (a.code in codes) or (a.text.split() and a.text.split()[-1].lower() in (head, poss.lower_))
        for a in found[k].source
    )]
    if not out:
        return None
    return out[-1:] if _singular(obj) else out


def _object_concerns(obj: Token, ctx: _Context) -> frozenset[str]:
    keys: set[str] = set()
    for t in obj.subtree:
        if t.i == obj.i:
            continue
        m = ctx.index.get(t.i)
        if m is not None and m.actor is not None and m.label != "WEAPON":
            key = _actor_key(m.actor)
            if key:
                keys.add(key)
    return frozenset(keys)


def _states_content(obj: Token) -> bool:
    """'reports that Egypt supplied drones', 'claims of direct involvement': the answered noun
    carries its own content clause or 'of' phrase."""
    return any(c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and
               any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in obj.children)


def _singular(obj: Token) -> bool:
    """'this claim', 'the report', 'it' answer one claim; 'these claims' answer several."""
    return obj.pos_ == "PRON" or obj.tag_ in ("NN", "NNP")


# --------------------------------------------------------------------------------------------
# Event attribution


def attribution_for(doc: Doc, trigger: Token) -> Attribution:
    """The status of an event whose trigger is `trigger`.

    Asserted by the narrator unless the trigger lies inside the content of a claim in
    `doc._.tacitus_claims` (the innermost one decides: reported, claimed, alleged, denied,
    confirmed, with the claim's sources) or carries a marker such as "reportedly" or
    "alleged" (reported or alleged, with no named source).

    Args:
        doc: a Doc that went through the attribution stage.
        trigger: the event's trigger token.

    Returns:
        The Attribution.

    Example:
        >>> doc = nlp("Rebels shelled the port, the governor said.")
        >>> attribution_for(doc, doc[1]).status
        'claimed'
    """
    at = trigger.idx
    inside = [c for c in _claims_around(doc, at) if not (c.cue_start <= at < c.cue_end)]
    if inside:
        claim = min(inside, key=lambda c: (c.content_end or 0) - (c.content_start or 0))
        return Attribution(status=claim_status(claim), source=claim.source, claim_id=claim.id)
    marker = _marker(trigger, default_lexicon())
    if marker is not None:
        return Attribution(status=marker)
    return Attribution(status="asserted")


def _claims_around(doc: Doc, at: int) -> list[Claim]:
    """The claims of `doc._.tacitus_claims` whose content holds character `at`, in list order.
    Their contents are indexed once per document by start: only a content that starts at most
    the longest content's length before `at` can hold it (an article can hold thousands of
    events and claims)."""
    claims = doc._.tacitus_claims or []
    index = doc.user_data.get("tacitus_claim_contents")
    if index is None or index[0] is not claims:
        order = sorted((k for k, c in enumerate(claims) if c.content_start is not None and c.content_end is not None),
                       key=lambda k: claims[k].content_start)
        longest = max((claims[k].content_end - claims[k].content_start for k in order), default=0)
        index = doc.user_data["tacitus_claim_contents"] = (claims, order, [claims[k].content_start for k in order],
                                                           longest)
    _, order, starts, longest = index
    near = order[bisect.bisect_left(starts, at - longest + 1):bisect.bisect_right(starts, at)]
    return [claims[k] for k in sorted(near) if at < claims[k].content_end]


def claim_status(claim: Claim) -> str:
    """The status a claim gives the events in its content (reported, claimed, alleged, ...)."""
    status = _STATUS.get(claim.stance)
    if status is not None:
        return status
    if not claim.source or all(
        a.kind in ("media", "anonymous") or a.sector == "MED" or (a.kind == "collective" and a.sector is None)
        for a in claim.source
    ):
        return "reported"
    return "claimed"


def _marker(trigger: Token, lex: Lexicon) -> str | None:
    """'reportedly entered', 'the alleged strike', 'is said to have fired' on the trigger's clause."""
    token = trigger
    for _ in range(4):
        for child in token.children:
            if child.dep_ in ("advmod", "amod") and child.lower_ in lex.adverbs:
                return lex.adverbs[child.lower_]
        if token.dep_ in _CLAUSE_STOPS or token.head.i == token.i:
            break
        token = token.head
    return None


@Language.factory("tacitus_attribution", default_config={"lexicon_path": None})
def make_attribution(nlp: Language, name: str, lexicon_path: str | None = None):
    """The attribution stage: sets doc._.tacitus_claims."""
    lexicon = load_lexicon(lexicon_path) if lexicon_path else default_lexicon()

    def component(doc: Doc) -> Doc:
        doc._.tacitus_claims = find_claims(doc, lexicon)
        return doc

    return component
