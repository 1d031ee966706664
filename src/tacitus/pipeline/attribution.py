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
  the hedge value "anonymous", as the reader cannot weigh who spoke, but `hedged` stays false
  unless the wording hedges too (an unnamed source is no hedge on what it says);
- a caveat that claims could not be verified ("Neither claim could be independently verified",
  "The figures could not be verified", "Reuters could not verify the footage") is a "decline"
  claim whose `refers_to` names the claims it is about; each of those carries the hedge value
  "unverified" (`attribution_base.UNVERIFIED`) and the caveat's own words among its hedges;
- reciprocal accusations ("a truce both sides accuse each other of breaking") are a claim
  (stance "claim") whose sources are both parties; an answer the tagger read as a noun
  (", a charge Moscow rejects") is still a denial, linked to the claim before it;
- answers: denials, confirmations and corroborations ("X and Y have denied these claims",
  "The footage supports the allegations of ...") carry `refers_to`, the ids of the earlier
  claims they answer (recent claims whose content concerns the same actors); a denial inside a
  quotation ('"We reject any attempt to blame us," the ministry said') is the quotation's
  speaker's, "has nothing to do with this" is a denial, and evidence called false ("dismissed
  the videos as staged") is answered like a claim;
- a trailing attribution ("..., Manila said") covers the whole sentence, except a first clause
  that names its own source ("A, according to the coast guard, and B, Manila said": B only);
- a trailing "according to Z" is no part of the content of the claim it closes ("X said A,
  according to Z": Z's word relayed by X, X's content ends at A); a paper with no author of
  its own ("according to a statement") is the speaker's medium, not a second source;
- a refusal to comment on an inquiry ("declined to comment on the investigation") is a decline
  whose content is the inquiry, linked to no claim; "quoted X as saying" is X's, via the quoter.

Sources come from the actor stage (`doc._.tacitus_actors`); a source that is not a known
actor ("Some reports", "sources familiar with the talks") is still an `Actor` with its text,
no country and kind "collective", "anonymous" or "media". Evidence that shows something
("Satellite images showed ...", "Flight records showed ...") is the source of a reported claim
with no human speaker (kind "evidence"); a fact or event that "shows" or "suggests" ("Exercises
near the border showed ...", "The incident suggests ...") is the writer's inference, no claim.
A note, letter or statement sent by someone speaks for its sender ("Baku sent a note
protesting ..."). Evidence the parser breaks still shows ("Footage posted online showed ...",
where "showed" is read as a modifier), and a tally given at a number is stated ("The ministry
put the death toll at 31").

`attribution_for(doc, trigger)` gives an event's status from those claims: asserted by the
narrator, or reported, claimed, alleged, denied or confirmed when the trigger lies inside a
claim's content (or carries "reportedly", "allegedly", "alleged").

The cue words live in `data/lexicon/reporting_verbs.tsv`; `load_lexicon(path)` reads a
user's file of the same format.

The stage is split by what each part reads (imports run one way, down this list):

- `attribution_lexicon`: the cue words and their loader;
- `attribution_base`: the claim under construction, the per-document context, token ranges;
- `attribution_speakers`: sources, via outlets, pronoun speakers, anonymity;
- `attribution_content`: content spans, where they end, quotations, hedges;
- `attribution_answers`: what a denial or confirmation names and which claims it answers;
- this module: the cues (reporting verbs, "according to", quotations going on, transcript
  labels), the flow of `find_claims`, the spaCy component and the status of events.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tacitus.pipeline import doc_text
from tacitus.pipeline.attribution_answers import (
    ANSWER_WINDOW,
    EVIDENCE_NOUNS,
    claim_called_false,
    concerns_of,
    counter_claims,
    denials_go_on,
    disowns,
    false_verdict,
    link_answers,
    names_claim,
    no_intent,
    no_such,
    own_intent,
)
from tacitus.pipeline.attribution_base import (
    ANSWER_STANCES,
    FIGURE_NOUNS,
    QUOTE_REACH,
    QUOTES,
    RAISING,
    SUBJECTS,
    Context,
    Found,
    actor_key,
    evidence_noun,
    is_mark,
    negated_by_governor,
    none_subject,
    relative_which,
    shares_passive,
    trim,
)
from tacitus.pipeline.attribution_content import (
    after_attributed_conjunct,
    answer_content,
    content_of,
    cut_content,
    dated_charge,
    hedges_of,
    medial_gap,
    quote_closed_after,
    quote_opened_before,
    split_quote,
    unsupported,
)
from tacitus.pipeline.attribution_lexicon import LEXICON, Cue, Lexicon, default_lexicon, load_lexicon
from tacitus.pipeline.attribution_speakers import (
    carry_anonymity,
    carry_names,
    citing_participle,
    going_on,
    is_anonymous,
    is_media_actor,
    quotation_speaker,
    source_phrase,
    stolen_subject,
    verb_sources,
)
from tacitus.pipeline.clauses import caveat_clause
from tacitus.pipeline.segment import reporting_sents
from tacitus.records import Actor, Attribution, Claim

__all__ = ["ANONYMOUS", "ANSWER_STANCES", "ANSWER_WINDOW", "LEXICON", "Cue", "Lexicon", "attribution_for",
           "claim_status", "default_lexicon", "find_claims", "load_lexicon", "make_attribution"]

log = logging.getLogger(__name__)


#: The hedge value a claim carries when its source speaks unnamed ("a US official speaking on
#: condition of anonymity", "sources familiar with the matter"): the reader cannot weigh who
#: said it. The source keeps its country and sector; the flag is on the claim.
ANONYMOUS = "anonymous"


# --------------------------------------------------------------------------------------------
# Claims


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
    ctx = Context(doc, lexicon or default_lexicon())
    found: list[Found] = []
    quoted_to = -1  # the end of the last continued quotation: its sentences report nothing else
    for sent_no, sent in enumerate(reporting_sents(doc)):
        section = bisect.bisect_left(ctx.headings, sent.start_char)  # headings before the sentence
        if sent.start < quoted_to:
            continue
        before = len(found)
        for token in sent:
            item = _verb_claim(token, sent, ctx) or _according_to(token, sent, ctx) or _no_comment(token, sent, ctx) \
                or _told_by(token, sent, ctx) or _misparsed_showing(token, sent, ctx) or _toll_given(token, sent, ctx) \
                or _answer_read_as_noun(token, sent, ctx) or _answer_read_as_root(token, sent, ctx) \
                or _answer_in_subject(token, sent, ctx)
            if item is not None:
                item.sent_no, item.section = sent_no, section
                found.append(item)
        if len(found) == before:
            label = _speaker_label(sent, ctx) or _colon_speaker(sent, ctx)
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
    found = _quote_across_paragraphs(found, ctx)
    for item in found:
        item.concerns = concerns_of(item, ctx)
    _nest(found)
    found = _trailing_according(found, ctx)
    carry_anonymity(found)
    carry_names(found)
    link_answers(found, ctx)
    denials_go_on(found)
    counter_claims(found, ctx)
    article = doc._.tacitus_article
    prefix = article.id if article is not None else "doc"
    ids = [f"{prefix}:c{n}" for n in range(1, len(found) + 1)]
    text = doc_text(doc)
    return [_to_claim(item, ids[n], [ids[r] for r in item.refers], text) for n, item in enumerate(found)]


def _breaks(token: Token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_


def _quote_across_paragraphs(found: list[Found], ctx: Context) -> list[Found]:
    """'"There is clear evidence ...<new paragraph>"What we do not know ...," the minister
    said.': a paragraph that opens a quotation and leaves it open (an odd number of marks, no
    cue after the last) is continued by the quotation that opens the next paragraph, so it is
    the same speaker's: a claim of its own, with that speaker and cue."""
    doc = ctx.doc
    out: list[Found] = []
    cues = sorted(f.cue_tokens[0].i for f in found)
    for item in found:
        if item.content is not None and item.stance not in ANSWER_STANCES \
                and item.content[1] <= item.cue_tokens[0].i and item.content[0] >= 2:
            mark = doc[item.content[0] - 1]
            gap = doc[item.content[0] - 2]
            if mark.text in QUOTES and mark.text not in ("”", "»") and (_breaks(gap) or gap.is_space):
                # the paragraph before: back over the break to the line before it
                end = item.content[0] - 1
                while end > 0 and doc[end - 1].is_space:
                    end -= 1
                start = end
                while start > 0 and end - start < QUOTE_REACH and not _breaks(doc[start - 1]):
                    start -= 1
                marks = [t.i for t in doc[start:end] if t.text in QUOTES]
                # an odd number of marks: the last one opens a quotation the paragraph leaves open
                opened = marks[-1] if len(marks) % 2 == 1 else None
                if 0 < end - start < QUOTE_REACH and opened is not None and doc[opened].text not in ("”", "»") \
                        and not any(opened <= c < end for c in cues):
                    span = doc[doc[opened].sent.start:end]
                    content = trim((opened + 1, end), span)
                    if content is not None and content[1] - content[0] >= 3:
                        cue = ctx.lex.verbs.get(item.cue_tokens[0].lemma_.lower())
                        out.append(replace(item, sentence=span, content=content, answer_object=None, refers=[],
                                           rule="attribution:quote-paragraph",
                                           hedges=hedges_of(content, item.cue_tokens[0], cue, ctx)))
        out.append(item)
    return out


def _nest(found: list[Found]) -> None:
    """A claim said inside another's content is known through the outer source: "The ministry
    said a report by the UN panel showed that ..." is the panel's, via the ministry."""
    # Contents indexed by start: only one starting at most the longest content's length before
    # a cue can hold it (comparing every claim with every other made long articles quadratic).
    order = sorted((k for k, f in enumerate(found) if f.content is not None and f.stance not in ANSWER_STANCES),
                   key=lambda k: found[k].content[0])
    starts = [found[k].content[0] for k in order]
    longest = max((found[k].content[1] - found[k].content[0] for k in order), default=0)
    for n, item in enumerate(found):
        cue = item.cue_tokens[0].i
        near = order[bisect.bisect_left(starts, cue - longest + 1):bisect.bisect_right(starts, cue)]
        outer = [k for k in near if k != n and cue < found[k].content[1]]
        if not outer:
            continue
        # the innermost content; the first claim of equal length, as in document order
        carrier = found[min(outer, key=lambda k: (found[k].content[1] - found[k].content[0], k))]
        item.via = (*item.via, *(a for a in carrier.source if a not in item.via and a not in item.source))


#: Papers a speaker's own word comes in ("..., according to a statement"): with no author of
#: their own they are the medium of the claim they close, not a second source.
_OWN_PAPERS = frozenset({"statement", "note", "letter", "message", "email", "post", "transcript", "release",
                         "communique", "memo", "text", "posting"})


def _trailing_according(found: list[Found], ctx: Context) -> list[Found]:
    """'X said Y, according to Z': `_nest` has read the relation off the contents (Z's word,
    relayed by X, as round 6 has it); X's content then ends before the phrase, which is no part
    of what X said. When Z is only the paper X spoke in ('..., according to a statement',
    '..., according to messages seen by Reuters') it is no source of its own: the claim stays
    X's alone, and an outlet that saw the paper is X's via."""
    doc = ctx.doc
    drop: set[int] = set()
    for k, acc in enumerate(found):
        if acc.rule != "attribution:according-to" or len(acc.cue_tokens) != 2:
            continue
        word, to = acc.cue_tokens
        left, right = word.left_edge.i, max(word.right_edge.i, to.right_edge.i)
        carriers = [n for n, f in enumerate(found) if n != k and f.content is not None and f.stance not in ANSWER_STANCES
                    and f.content[0] < left < f.content[1] and f.sentence.start == acc.sentence.start]
        paper = acc.speaker
        own_paper = paper is not None and paper.lemma_.lower() in _OWN_PAPERS and not any(
            c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("from", "by", "of") for c in paper.children)
        if not carriers:
            # "Two nurses said A, according to messages seen by Reuters", with the phrase hung on
            # "said": the paper is the nurses' medium too, and `_nest` gave them it as a via
            inner = [f for n, f in enumerate(found) if n != k and acc.content is not None
                     and acc.content[0] <= f.cue_tokens[0].i < acc.content[1] and f.stance not in ANSWER_STANCES]
            if own_paper and len(inner) == 1:
                kept = tuple(a for a in inner[0].via if a not in acc.source)
                inner[0].via = (*kept, *(a for a in acc.via if a not in kept and a not in inner[0].source))
                drop.add(k)
            continue
        for n in carriers:
            item = found[n]
            if any(not is_mark(t) for t in doc[right + 1:item.content[1]]):
                # "said the strike, according to officials, killed nine": the text skips the phrase
                item.gap = item.gap or aside_gap(left, right, item.content, doc)
                continue
            item.content = trim((item.content[0], left), item.sentence) or item.content
        if own_paper:
            carrier = found[min(carriers, key=lambda n: found[n].content[1] - found[n].content[0])]
            carrier.via = (*carrier.via, *(a for a in acc.via if a not in carrier.source and a not in carrier.via))
            drop.add(k)
    return [f for k, f in enumerate(found) if k not in drop]


def _to_claim(item: Found, claim_id: str, refers: list[str], text: str) -> Claim:
    doc = item.sentence.doc
    sent_start, sent_end = _trimmed_chars(item.sentence, text)
    first, last = item.cue_tokens[0], item.cue_tokens[-1]
    content, c_start, c_end = "", None, None
    if item.content is not None:
        c_start = doc[item.content[0]].idx
        c_end = doc[item.content[1] - 1].idx + len(doc[item.content[1] - 1])
        content = text[c_start:c_end]
        if item.gap is not None:
            # "The strike, according to local officials, killed nine": the span keeps its ends,
            # the text leaves out the aside
            before, after = doc[item.gap[0] - 1], doc[item.gap[1]]
            content = f"{text[c_start:before.idx + len(before)]} {text[after.idx:c_end]}"
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
        # an unnamed source is flagged ("anonymous" among the hedges) but is no hedge on what it
        # says: "a diplomatic source told the Post that X" states X as firmly as a named one
        hedged=any(h != ANONYMOUS for h in item.hedges),
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


def _legal_charge(token: Token) -> bool:
    """'was charged with extremism', 'charged him with inciting unrest': a "with" phrase on a
    passive, or one that holds a gerund. Not 'police charged the crowd with batons' (an
    active charge with a thing, which is an assault)."""
    with_ = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if with_ is None:
        return False
    if any(c.dep_ == "auxpass" for c in token.children):
        return True
    return any(c.dep_ == "pcomp" or c.tag_ == "VBG" for c in with_.children)


def _verb_claim(token: Token, sent: Span, ctx: Context) -> Found | None:
    """A claim whose cue is a reporting verb (or None when `token` is not one)."""
    cue = ctx.lex.verbs.get(token.lemma_.lower())
    if cue is None and going_on(token) and any(c.dep_ == "ccomp" and c.i < token.i for c in token.children):
        cue = ctx.lex.verbs.get("add")  # '"...," he went on': said as "he added" would be
    if cue is None and token.lemma_.lower() == "protest" and _paper_verb(token, ctx):
        # "a diplomatic note protesting the detention of its citizens": the writer's charge (a
        # crowd that protests a decision says nothing that is coded here)
        cue = Cue("protest", "accuse", "object")
    if cue is not None and cue.frame == "clause" and token.lemma_.lower() in _SHOWING and any(
            c.dep_ == "nsubj" and evidence_noun(c) for c in _subject_holders(token)):
        # "Satellite images showed a ship loitering above the pipeline": what a picture or a
        # record shows is a thing seen, and a noun phrase says it
        cue = replace(cue, frame="object")
    if cue is not None and cue.frame == "clause" and cue.stance == "accuse" and _legal_charge(token):
        # "He was charged with extremism", "charged the editor with inciting hatred": a charge
        # laid, whose "with" phrase says what is charged
        cue = replace(cue, frame="object")
    if cue is None or token.pos_ != "VERB" or token.dep_ in ("amod", "compound", "nmod"):
        return None
    if _misread_claim_noun(token, ctx) is not None or _claim_noun_in_subject(token, ctx) is not None:
        return None  # "..., charges it rejects": the noun of an answer, no claim of its own
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in token.children):
        return None  # "if Taiwan declared independence": a condition, not something said
    children = list(token.children)
    if _directive(token, children):
        return None
    negated = any(c.dep_ == "neg" for c in children) or _shares_negation(token) or negated_by_governor(token) \
        or none_subject(children) is not None
    stance = cue.stance
    if negated:
        if stance not in ("confirm", "deny"):
            return None
        stance = "decline"
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
    obj = next((c for c in children if c.dep_ in ("dobj", "obj")), None)
    if cue.stance == "deny" and _refusal(token, obj, ctx):
        return None
    if cue.stance == "deny" and _held(obj or next((c for c in children if c.dep_ == "nsubjpass"), None), ctx):
        return None  # "the two states dispute the islands": a quarrel over land, not a denial
    if token.lemma_.lower() == "claim" and obj is not None and _possession(obj):
        return None
    if obj is not None and _apposition_read_as_object(token, obj):
        obj = None
    answer = obj if obj is not None and names_claim(obj, cue, ctx) else None
    subj_pass = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if stance == "decline" and passive and subj_pass is not None and subj_pass.pos_ in ("NOUN", "PROPN"):
        # "The images could not be independently verified": a caveat on the claim just made
        answer = subj_pass
    shown = obj if obj is not None and obj.lemma_.lower() in EVIDENCE_NOUNS and obj.pos_ == "NOUN" else None
    if shown is None and obj is not None and obj.pos_ == "NOUN" and cue.stance == "deny" and cue.frame == "answer":
        # "rejected the casualty figures as a fabrication": any noun a denial calls false is
        # answered like a claim (false_verdict below asks for the verdict)
        shown = obj
    said_gap: tuple[int, int] | None = None
    if cue.frame == "verdict":
        # "called the allegations absurd", "branded the report a fabrication": a denial only
        # when the verdict on a named claim is that it is false
        answer = false_verdict(token, answer or shown, ctx)
        said = _characterisation(token, obj) if answer is None else None
        if answer is None and said is None:
            said, said_gap = _relative_characterisation(token) or (None, None)
        if answer is None and said is None:
            return None
        if said is not None:
            # "called the detention an attempt to silence the press": the speaker's word on what
            # the thing is, a claim of its own that a later answer can name ("an accusation the
            # ministry rejected")
            stance = "claim" if stance == "deny" else stance
    elif answer is None and shown is not None and cue.stance == "deny" and not negated:
        # "dismissed the videos as staged": evidence called false is answered like a claim
        answer = false_verdict(token, shown, ctx)
    content, rule = content_of(token, sent, cue, obj, passive, ctx)
    clause = next((c for c in children if c.dep_ == "ccomp"), None)
    if stance == "warn" and clause is not None and caveat_clause(clause):
        stance = "assert"  # "cautioned that it could not verify who fired": a caveat, no warning
    if cue.frame == "verdict" and answer is None and said is not None:
        content, rule = trim(said, sent), "attribution:characterisation"
    if stance == "accuse" and _reciprocal(token, obj):
        # "a truce both sides accuse each other of breaking": each side's word against the
        # other's, no one charged by a party that stands outside: a claim of both
        stance = "claim"
    if rule == "attribution:object" and obj is not None and token.lemma_.lower() in _SHOWING \
            and ctx.lex.verbs.get(token.lemma_.lower(), cue).frame == "clause":
        # "showed new trenches near the town": all the verb's words after the object are seen
        content = trim((content[0], token.right_edge.i + 1), sent) if content is not None else None
    pointer: Token | None = None
    called_false: Token | None = None
    if stance in ("assert", "claim") and answer is None:
        called_false = claim_called_false(token, ctx)
        if called_false is not None:
            # "The rebels said the claims were fabricated": a denial of the claims named
            stance, answer = "deny", called_false
        elif stance == "assert" and (kept := _stood_by(token, ctx)) is not None:
            # "The firm said it stood by its findings": the speaker confirms what it told
            stance, answer = "confirm", kept
        elif stance == "assert" and unsupported(token):
            stance = "claim"  # "said without providing evidence that ...": asserted, not shown
        elif stance == "assert" and (disowned := disowns(token)) is not None:
            stance = "deny"  # '"We have nothing to do with this," the spokesman said'
            if disowned.lower_ in ("this", "that", "it"):
                pointer = disowned  # answers the claim just made, as "denied it" does
            elif disowned.lower_ == "nothing":
                rule = "attribution:no-wrong"  # "said he did nothing illegal": answers a charge
            elif no_such(disowned.head) is not None:
                rule = "attribution:no-such"  # "said it had received no such request": answers that request
            else:
                rule = "attribution:no-part"  # "said its troops played no part in the attack": so does this
        elif stance == "assert" and no_intent(token) is not None:
            rule = "attribution:no-intent"  # (a denial once the source is known to speak for itself)
    if content is not None:
        content = cut_content(content, token, sent, ctx)
        content = after_attributed_conjunct(content, token, ctx)
    gap: tuple[int, int] | None = None
    if content is not None and stance == "accuse" and rule == "attribution:object":
        content, gap = dated_charge(content, token)
    elif content is not None and rule == "attribution:medial":
        gap = medial_gap(token)  # the tag itself is no part of what it reports
    elif content is not None and said_gap is not None:
        gap = said_gap
    citing = citing_participle(token)
    if content is not None and citing is not None and content[0] <= citing.i < content[1]:
        if citing.left_edge.i <= content[0] + 1:
            content = trim((citing.right_edge.i + 1, content[1]), sent)
        elif citing.right_edge.i + 2 >= content[1]:
            content = trim((content[0], citing.left_edge.i), sent)
    if answer is None and (which := relative_which(token, obj)) is not None and stance in ANSWER_STANCES:
        # "Russia used chemical agents near the town, which Moscow has denied": the relative
        # answers the claim the sentence makes
        answer, content, rule = which, None, "attribution:answer"
        if not any(t.pos_ == "VERB" and t.lemma_.lower() in ctx.lex.verbs or t.lower_ == "according"
                   for t in sent.doc[sent.start:which.i]):
            content = trim((sent.start, which.i - 1), sent)  # the narrator's clause is what is denied
    elif answer is None and (obj is None or _relative_that(token, obj)) and (
            token.dep_ == "relcl" and _answerable(token.head, stance, ctx)
            or _misread_claim_noun(token.head, ctx) is not None):
        # "..., a charge the Kremlin denies", "..., a toll the rebels dispute": the relative
        # clause answers the claim it modifies.
        answer, content, rule = token.head, None, "attribution:answer"
    elif answer is not None:
        if called_false is None or content is None:
            # ("said the charges were fabricated": the clause itself is what the speaker says)
            content = answer_content(answer, ctx.lex.falsity) if answer.i > token.i else None
        rule = "attribution:answer"
    elif content is None:
        return None

    source, via, confidence, speaker = verb_sources(token, passive, ctx)
    if source is None:
        return None
    if stance == "decline" and passive and not source and (quoted := quotation_speaker(token, ctx)):
        # '"... no civilian casualties have been confirmed," the office said': inside a
        # speaker's quotation the unconfirmed act is the speaker's denial, not a caveat
        stance, source, confidence = "deny", quoted, 0.7
    if rule == "attribution:no-intent":
        if own_intent(token, source, ctx):
            stance = "deny"  # "insisted that Caracas had no intention of invading": denies that intent
        else:
            rule = "attribution:clause"  # what another side does not intend is only said of it
    if stance == "claim" and rule != "attribution:answer" and _reciprocal(token, obj):
        source = _both_parties(speaker, source, ctx)
    if cue.frame == "verdict" and speaker is not None and speaker.pos_ == "PRON" and token.dep_ == "ccomp" \
            and obj is not None and obj.tag_ == "WP":
        # "The ministry rejected what it called lies": 'it' is the subject of the verb above
        above = next((c for c in token.head.children if c.dep_ in SUBJECTS), None)
        if above is not None and above.pos_ != "PRON":
            source = source_phrase(above, ctx)[0] or source
    opened = quote_opened_before(content, token, sent)
    if opened is not None:
        # '"The site stored rockets. It broke the truce," the army said.': the quotation began
        # sentences earlier, and all of it is what the army said
        content = (opened + 1, content[1])
        sent = sent.doc[sent.doc[opened].sent.start:sent.end]
    closed = quote_closed_after(content, token, sent)
    if closed is not None:
        # 'told reporters: "We had no part in it. It is a provocation."': the quotation runs on
        content = trim((content[0], closed), sent.doc[sent.start:sent.doc[closed].sent.end]) or content
        sent = sent.doc[sent.start:sent.doc[closed].sent.end]
    if gap is None and (split := split_quote(content, token, sent)) is not None:
        content, gap = split  # '"A," the spokesman said, "and B."': both parts were said
    hedges = hedges_of(content, token, cue, ctx)
    return Found(
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
        gap=gap,
        rule=rule,
        confidence=confidence,
        anonymous=is_anonymous(speaker, token, content, ctx),
        speaker=speaker,
    )


#: Verbs by which evidence shows what it shows (with a noun phrase as well as a clause).
_SHOWING = frozenset({"show", "reveal", "indicate"})
#: Papers that carry their writer's word, besides the claim nouns ("a letter protesting ...").
_LETTERS = frozenset({"letter", "message", "cable"})


def _apposition_read_as_object(token: Token, obj: Token) -> bool:
    """'reported that the convoy had been stopped, a claim the army denies': the parser may
    hang the apposition on the reporting verb as its object; an object after the verb's
    complement clause, set off from it by a comma, is that apposition."""
    doc = token.doc
    return obj.left_edge.i > 0 and doc[obj.left_edge.i - 1].text == "," and any(
        c.dep_ == "ccomp" and token.i < c.i < obj.i and c.right_edge.i < obj.left_edge.i for c in token.children)


def _answerable(noun: Token, stance: str, ctx: Context) -> bool:
    """A noun a reduced relative answers: a claim noun, or after a comma and "a" a noun of a
    reported figure (", a result the opposition disputes"), denied or confirmed (", a
    candidate the government backs" is no answer, nor ", a figure the party expelled")."""
    low = noun.lemma_.lower()
    if low in ctx.lex.claim_nouns:
        return True
    doc = noun.doc
    return low in FIGURE_NOUNS and stance in ("deny", "confirm", "decline") and noun.i >= 2 \
        and doc[noun.i - 1].lower_ in ("a", "an", "the") and doc[noun.i - 2].text == ","


def _misread_claim_noun(token: Token, ctx: Context) -> Token | None:
    """'accused the coalition of hitting civilian sites, charges it rejects': the parser takes
    the claim noun set after the clause for a verb conjoined to it, and the relative clause
    that answers it for its complement. That complement (a denial or confirmation with a subject
    of its own right after the noun and no object), or None."""
    if token.dep_ != "conj" or token.tag_ != "VBZ" or token.lemma_.lower() not in ctx.lex.claim_nouns \
            or token.i == 0 or token.doc[token.i - 1].text != "," \
            or any(c.dep_ in (*SUBJECTS, "dobj", "obj") for c in token.children):
        return None
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
    if clause is None or any(c.dep_ in ("dobj", "obj", "ccomp") for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    cue = ctx.lex.verbs.get(clause.lemma_.lower())
    if subj is None or subj.i != token.i + 1 or cue is None or cue.stance not in ANSWER_STANCES:
        return None
    return clause


def _answer_read_as_noun(token: Token, sent: Span, ctx: Context) -> Found | None:
    """', a charge Moscow rejects.': with no "that", the tagger may read the answering verb
    as a plural noun ("Moscow rejects" as a compound). Only that surface: after a comma, a
    determiner and a claim noun, one to six words of source, then a word that is the third
    person of a denial or confirmation ("rejects", "denies"), ending the phrase. The answer
    names the claim noun, which `link_answers` links to the claim before it."""
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ not in ("NNS", "NNPS") or not token.lower_.endswith("s"):
        return None
    low = token.lower_
    forms = [low[:-1], low[:-2], low[:-3] + "y" if low.endswith("ies") else ""]
    cue = next((ctx.lex.verbs[f] for f in forms if f in ctx.lex.verbs), None)
    if cue is None or cue.stance not in ANSWER_STANCES:
        return None
    doc = sent.doc
    if token.i + 1 < sent.end and not is_mark(doc[token.i + 1]):
        return None  # the phrase must end here ("a charge Moscow rejects.")
    noun = next((doc[k] for k in range(token.i - 2, max(sent.start, token.i - 8), -1)
                 if _answerable(doc[k], cue.stance, ctx) and doc[k].pos_ == "NOUN"), None)
    if noun is None or noun.i < sent.start + 2 or doc[noun.i - 1].lower_ not in ("a", "an", "the") \
            or doc[noun.i - 2].text != ",":
        return None
    words = doc[noun.i + 1:token.i]
    if any(is_mark(t) or t.pos_ in ("VERB", "AUX") or t.pos_ == "ADP" and t.lower_ != "of" for t in words):
        return None
    # ("a figure the ministry of finance contests": the source's head is before its "of")
    named = doc[noun.i + 1:next((t.i for t in words if t.lower_ == "of"), token.i)]
    # (the tagger that misread the verb may read the source's noun as an adjective as well:
    # "the Ukrainian military rejects")
    head = next((t for t in reversed(named) if t.pos_ in ("PROPN", "NOUN", "PRON")), None) \
        or next((t for t in reversed(named) if t.pos_ == "ADJ"), None)
    if head is None:
        return None
    actors, via = source_phrase(head, ctx)
    if not actors:
        return None
    if len(actors) == 1 and len(words) > 1 and (actors[0].text == head.text or actors[0].text.endswith(token.text)
                                                or words.text.endswith(" " + actors[0].text)):
        # the whole phrase, not the misread head alone, nor with the misread verb in its "of",
        # nor without its determiner ("the coast guard disputes": "the" hung on the verb)
        actors = (replace(actors[0], text=words.text),)
    return Found(sentence=sent, sent_no=0, section=0, cue_tokens=(token,), stance=cue.stance, source=actors,
                 content=None, via=tuple(via), answer_object=noun, rule="attribution:answer", confidence=0.6,
                 speaker=head)


def _relative_that(token: Token, obj: Token) -> bool:
    """', an allegation that Phnom Penh rejected': the tagger may read the relative pronoun as
    the conjunction "that", the parser keeping it as the object; it is no object of its own."""
    return token.dep_ == "relcl" and obj.lower_ == "that" and obj.tag_ == "IN" and obj.i < token.i


def _claim_noun_in_subject(token: Token, ctx: Context) -> tuple[Token, Token] | None:
    """', an allegation Phnom Penh rejected as "fabricated"': with no "that", the parser may read
    the claim noun as a compound of a source name of several words, the whole the subject of
    the answering verb. The claim noun and the subject's head when the subject starts ", a/an/the
    <claim noun>" and goes on with a name, and the verb (a denial or confirmation) has no object
    or clause of its own; else None."""
    cue = ctx.lex.verbs.get(token.lemma_.lower())
    if cue is None or cue.stance not in ANSWER_STANCES or token.tag_ not in ("VBN", "VBD", "VBZ", "VBP") \
            or any(c.dep_ in ("dobj", "obj") or c.dep_ == "ccomp" and c.i > token.i for c in token.children):
        return None  # (a clause before it is the claim, taken for its complement when it is the root)
    subj = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
    if subj is None and token.dep_ in ("acl", "relcl") and token.head.i < token.i:
        subj = token.head  # (or the verb hung on the name as its relative clause)
    if subj is None or subj.pos_ != "PROPN":
        return None
    det = subj.left_edge
    doc = token.doc
    if det.i < 1 or det.lower_ not in ("a", "an", "the") or doc[det.i - 1].text != "," or det.i + 2 > subj.i:
        return None
    noun = doc[det.i + 1]
    if noun.pos_ != "NOUN" or noun.dep_ != "compound" or not _answerable(noun, cue.stance, ctx) \
            or any(t.pos_ != "PROPN" for t in doc[noun.i + 1:subj.i + 1]):
        return None
    return noun, subj


def _answer_in_subject(token: Token, sent: Span, ctx: Context) -> Found | None:
    """The answer of `_claim_noun_in_subject`: its source the name after the claim noun, its
    answered noun the claim noun, which `link_answers` links to the claim before the comma."""
    found = _claim_noun_in_subject(token, ctx)
    if found is None:
        return None
    noun, subj = found
    actors, via = source_phrase(subj, ctx)
    if not actors:
        return None
    name = token.doc[noun.i + 1:subj.i + 1].text
    if len(actors) == 1 and actors[0].text != name:
        actors = (replace(actors[0], text=name),)  # "Phnom Penh", not "an allegation Phnom Penh"
    cue = ctx.lex.verbs[token.lemma_.lower()]
    return Found(sentence=sent, sent_no=0, section=0, cue_tokens=(token,), stance=cue.stance, source=actors,
                 content=None, via=tuple(via), answer_object=noun, rule="attribution:answer", confidence=0.6,
                 speaker=subj)


def _answer_read_as_root(token: Token, sent: Span, ctx: Context) -> Found | None:
    """'..., accusing X of Y, a charge Warsaw has repeatedly rejected.': with no "that" and an
    auxiliary, the parser may make the answering verb the sentence's root, the claim noun its
    subject, the source an apposition of the noun, and the clause before the comma its
    complement. Only that shape: a denial or confirmation after ", a/the <claim noun>
    <source>", with no object of its own and the clause it took for a complement before it."""
    cue = ctx.lex.verbs.get(token.lemma_.lower())
    if cue is None or cue.stance not in ANSWER_STANCES or token.pos_ not in ("VERB", "AUX") \
            or token.tag_ not in ("VBN", "VBD", "VBZ", "VBP"):
        return None
    children = list(token.children)
    noun = next((c for c in children if c.dep_ in SUBJECTS and c.i < token.i), None)
    if noun is None or not _answerable(noun, cue.stance, ctx) or noun.i < sent.start + 2 \
            or noun.doc[noun.i - 1].lower_ not in ("a", "an", "the") or noun.doc[noun.i - 2].text != ",":
        return None
    if any(c.dep_ in ("dobj", "obj") for c in children) \
            or not any(c.dep_ in ("ccomp", "conj", "advcl") and c.i < noun.i for c in children):
        return None
    named = next((c for c in noun.children if c.dep_ in ("appos", "compound", "nmod") and noun.i < c.i < token.i
                  and c.pos_ in ("PROPN", "NOUN")), None)
    if named is None:
        return None
    actors, via = source_phrase(named, ctx)
    if not actors:
        return None
    return Found(sentence=sent, sent_no=0, section=0, cue_tokens=(token,), stance=cue.stance, source=actors,
                 content=None, via=tuple(via), answer_object=noun, rule="attribution:answer", confidence=0.6,
                 speaker=named)


#: Objects that turn an accusation back on its subject ("accuse each other", "one another").
_RECIPROCAL = frozenset({"other", "another"})


def _reciprocal(token: Token, obj: Token | None) -> bool:
    """'both sides accuse each other of violating it', 'each side accuses the other of ...':
    the object is the subject's own other half."""
    if obj is None or obj.lower_ not in _RECIPROCAL:
        return False
    if any(c.lower_ in ("each", "one") for c in obj.children):
        return True  # "each other", "one another"
    # "each side accuses the other": a subject counted one by one, the other as object
    return any(c.dep_ in SUBJECTS and (c.lower_ == "each" or any(d.lower_ == "each" for d in c.children))
               for c in token.children)


def _both_parties(speaker: Token | None, source: tuple[Actor, ...], ctx: Context) -> tuple[Actor, ...]:
    """The actors a reciprocal subject ("both sides", "each side", "the two") stands for: the
    group the actor stage gave it, else the last two parties (a country or a group with a
    country) named before it in the sentence or the one before; the source as it is when none
    are found."""
    if speaker is None:
        return source
    group = ctx.groups.get(speaker.i)
    if group and len(group) >= 2:
        return group
    if any(a.country for a in source):
        return source  # "Israel and Hamas accuse each other": already the two
    sent_no = bisect.bisect_right(ctx.sent_starts, speaker.i) - 1
    floor = ctx.sents[max(0, sent_no - 1)].start_char
    named: list[Actor] = []
    for mention in reversed(ctx.actors[:bisect.bisect_left(ctx.actor_starts, speaker.idx)]):
        if mention.start < floor:
            break
        actor = mention.actor
        if actor is not None and actor.country and all(actor_key(a) != actor_key(actor) for a in named):
            named.append(actor)
        if len(named) == 2:
            return tuple(reversed(named))
    return source


#: Nouns that stand for a number someone gives, and the verbs by which they give it at a value.
_TALLY_NOUNS = frozenset({"toll", "tally", "figure", "number", "count"})
_PUTTING = frozenset({"put", "place"})


def _toll_given(token: Token, sent: Span, ctx: Context) -> Found | None:
    """'The health ministry put the death toll at 31': the subject states a number (assert);
    the content is the tally with its value. Not 'put the toll at risk' (no number)."""
    if token.lemma_.lower() not in _PUTTING or token.pos_ != "VERB":
        return None
    obj = next((c for c in token.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.lemma_.lower() not in _TALLY_NOUNS:
        return None
    # ("put the number of displaced at 4,000": the parser may hang "at" inside the object)
    at = next((c for c in (*token.children, *obj.subtree) if c.dep_ == "prep" and c.lower_ == "at" and c.i > obj.i),
              None)
    if at is None or not any(t.like_num for t in at.subtree):
        return None
    source, via, confidence, speaker = verb_sources(token, False, ctx)
    content = trim((obj.left_edge.i, at.right_edge.i + 1), sent)
    if not source or content is None:
        return None
    return Found(sentence=sent, sent_no=0, section=0, cue_tokens=(token,), stance="assert", source=source,
                 content=content, via=via, hedges=hedges_of(content, token, None, ctx), rule="attribution:tally",
                 confidence=confidence, anonymous=is_anonymous(speaker, token, content, ctx), speaker=speaker)


def _subject_holders(token: Token) -> list[Token]:
    """The words whose subject is the verb's: its own, and those of a raising verb above it
    ('Footage ... appeared to show': the footage shows)."""
    holders = list(token.children)
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in RAISING:
        holders += list(token.head.children)
    return holders


#: Participles that say where or how evidence came out ("Footage posted online showed ...").
_CIRCULATED = frozenset({"post", "share", "publish", "release", "circulate", "broadcast", "air", "upload", "leak",
                         "film", "take", "obtain", "record", "see", "verify", "review", "show"})


def _misparsed_showing(token: Token, sent: Span, ctx: Context) -> Found | None:
    """'Footage posted online showed soldiers beating a man': the parser takes the participle
    for the main verb and 'showed' for a modifier of the noun after it, so `_verb_claim` sees no
    verb. Only that exact surface: an evidence noun, right after it a participle of showing it
    ('posted', 'filmed', 'released') whose own words are all that stands before 'showed' or
    'shows', the evidence noun the participle's subject and 'showed' under the participle."""
    if token.lower_ not in ("show", "shows", "showed", "reveal", "reveals", "revealed") \
            or token.dep_ in ("ROOT", "ccomp", "conj", "xcomp", "pobj", "dobj", *SUBJECTS) \
            or any(c.dep_ in (*SUBJECTS, "det", "poss") for c in token.children):
        return None  # (the tagger may take "show" for a noun: "Videos shared online show smoke ...")
    participle = next((t for t in sent if t.i < token.i and t.tag_ in ("VBD", "VBN")
                       and t.lemma_.lower() in _CIRCULATED and t.lemma_.lower() not in _SHOWING), None)
    if participle is None or participle.i == sent.start:
        return None
    noun = participle.doc[participle.i - 1]
    if not evidence_noun(noun) or noun.head.i != participle.i or noun.dep_ not in SUBJECTS:
        return None
    # what stands between is the participle's own (an adverb, "by residents", "on social media")
    between = participle.doc[participle.i + 1:token.i]
    if any(t.pos_ in ("VERB", "AUX") or not _under(t, participle) for t in between) or not _under(token, participle):
        return None
    content = trim((token.i + 1, sent.end), sent)
    actors, _ = source_phrase(noun, ctx)
    if content is None or not actors:
        return None
    cue = ctx.lex.verbs.get(token.lemma_.lower())
    return Found(sentence=sent, sent_no=0, section=0, cue_tokens=(token,), stance=cue.stance if cue else "report",
                 source=actors, content=content, hedges=hedges_of(content, token, cue, ctx),
                 rule="attribution:misparsed-showing", confidence=0.6, speaker=noun)


def _under(token: Token, head: Token) -> bool:
    """Is `head` an ancestor of `token` (by index: spaCy tokens are views)?"""
    return any(a.i == head.i for a in token.ancestors)


def _paper_verb(token: Token, ctx: Context) -> bool:
    """A participle that says what a note, letter or statement does ("a note protesting ...")."""
    head = token.head
    return token.dep_ == "acl" and token.tag_ == "VBG" and head.pos_ == "NOUN" \
        and (head.lemma_.lower() in ctx.lex.claim_nouns or head.lemma_.lower() in _LETTERS)


#: Verbs that give an order when they take an infinitive ("were told to leave", "told them to
#: stay") and report only with a content clause or quotation ("told reporters that ...").
#: ("warned them to stay away" stays a warning: its stance says so.)
_DIRECTING = frozenset({"tell"})


def _directive(token: Token, children: list[Token]) -> bool:
    """'Residents were told to leave', 'told civilians to stay indoors': an order, not a report
    (no content clause, no quotation, an infinitive)."""
    if token.lemma_.lower() not in _DIRECTING or any(c.dep_ in ("ccomp", "parataxis") for c in children):
        return False
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in children)


#: Verbs over "to comment" that withhold the comment ("declined to comment on the report").
_WITHHOLD = frozenset({"decline", "refuse"})


def _no_comment(token: Token, sent: Span, ctx: Context) -> Found | None:
    """'The Pentagon declined to comment on the report', 'Armenia has not commented on the
    claim': a source that will not answer a named claim (stance decline, linked like a denial).
    Only a claim noun after "on": "declined to comment on the talks" answers nothing. A refusal
    to discuss an inquiry ("the investigation") is recorded with what it is about, linked to
    nothing."""
    if token.lemma_.lower() != "comment":
        return None
    if token.pos_ == "NOUN":
        verb = _unanswered_request(token)  # "did not respond to a request for comment on ..."
        if verb is None:
            return None
    elif token.pos_ == "VERB":
        withheld = token.dep_ == "xcomp" and token.head.lemma_.lower() in _WITHHOLD \
            and not any(c.dep_ == "neg" for c in token.head.children)
        if not withheld and not any(c.dep_ == "neg" for c in token.children):
            return None
        verb = token.head if withheld else token
    else:
        return None
    claim = next((p for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "about")
                  for p in c.children if p.dep_ == "pobj"), None)
    if claim is None or claim.pos_ != "NOUN":
        return None
    inquiry = claim.lemma_.lower() in _INQUIRIES
    if claim.lemma_.lower() not in ctx.lex.claim_nouns and not inquiry:
        return None
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subj is None and verb.dep_ == "conj" and verb.head.i < verb.i:
        # "said it was consulting allies and would not comment on the report": the conjunct
        # shares the first verb's subject
        subj = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    if subj is None:
        return None
    source, nested = source_phrase(subj, ctx)
    if not source:
        return None
    if inquiry:
        # "declined to comment on the investigation into the collapse": a stance an analyst
        # wants (the inquiry stands for a charge), but it names no claim to answer; the
        # content says what the source would not discuss
        return Found(sentence=sent, sent_no=0, section=0, cue_tokens=(token,), stance="decline", source=source,
                     content=trim((claim.left_edge.i, claim.right_edge.i + 1), sent), via=tuple(nested),
                     rule="attribution:no-comment-inquiry", confidence=0.7, speaker=subj)
    return Found(sentence=sent, sent_no=0, section=0, cue_tokens=(token,), stance="decline", source=source,
                 content=None, via=tuple(nested), answer_object=claim, rule="attribution:no-comment",
                 confidence=0.8, speaker=subj)


#: Inquiries a source may refuse to discuss ("declined to comment on the investigation"): each
#: stands for a charge under examination, unlike talks or visits, which are events.
_INQUIRIES = frozenset({"investigation", "inquiry", "probe", "case", "lawsuit", "prosecution", "indictment",
                        "audit", "review"})


def _told_by(token: Token, sent: Span, ctx: Context) -> Found | None:
    """'The statement followed a report by the newspaper El Tiempo that a unit had crossed': a
    claim noun with its source ("by X") and its content ("that ..."). Not when a reporting verb
    or "comment on" takes the noun: that is an answer to the claim ("rejected a report by ...")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in ctx.lex.claim_nouns:
        return None
    taker = token.head.head if token.head.dep_ == "prep" else token.head
    if taker.lemma_.lower() in ctx.lex.verbs or taker.lemma_.lower() == "comment":
        return None
    clause = next((c for c in token.children if c.dep_ == "acl" and c.pos_ in ("VERB", "AUX")), None)
    by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if clause is None or agent is None or by.i > clause.i:
        return None
    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)
    if mark is None or mark.i != clause.left_edge.i:
        return None
    # "by the Colombian newspaper El Tiempo": the name in apposition says which outlet
    named = next((c for c in agent.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    actors, via = source_phrase(named, ctx) if named is not None else ((), [])
    if not actors:
        actors, via = source_phrase(agent, ctx)
    content = trim((mark.i + 1, clause.right_edge.i + 1), sent)
    if not actors or content is None:
        return None
    party = any(a.country and a.kind not in ("media", "anonymous", "collective") for a in actors)
    return Found(sentence=sent, sent_no=0, section=0, cue_tokens=(token,),
                 stance="claim" if party and not any(is_media_actor(a, ctx) for a in actors) else "report",
                 source=actors, content=content, via=tuple(via), hedges=hedges_of(content, token, None, ctx),
                 rule="attribution:noun", confidence=0.8, anonymous=is_anonymous(agent, token, content, ctx),
                 speaker=agent)


#: Verbs by which a request is answered ("did not respond to a request for comment").
_RESPOND = frozenset({"respond", "reply", "answer"})


def _unanswered_request(comment: Token) -> Token | None:
    """The negated verb of 'did not respond to a request for comment (on ...)' over the noun
    'comment', or None."""
    request = comment.head
    if comment.dep_ != "pobj" or request.lower_ != "for" or request.head.lemma_.lower() != "request":
        return None
    verb = request.head.head.head if request.head.head.dep_ == "prep" else request.head.head
    if verb.lemma_.lower() not in _RESPOND or not any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb


def _shares_negation(token: Token) -> bool:
    """'The statement did not name the men or say where they came from': a conjoined verb
    without a subject or an auxiliary of its own is negated with the verb it joins."""
    if token.dep_ != "conj" or token.head.i > token.i or token.tag_ != token.head.tag_:
        return False  # ("did not strike ... and dismissed": a past tense does not share "did not")
    if any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    return any(c.dep_ == "neg" for c in token.head.children)


# What one claims to own or takes, not what one says: "claim sovereignty over the islands",
# "claimed the lives of twelve people", "claim parts of the sea"
_POSSESSIONS = frozenset({"sovereignty", "territory", "land", "island", "islands", "sea", "water", "waters", "life",
                          "lives", "ownership", "title", "seat", "seats", "part", "parts", "whole", "all", "most",
                          "share", "prize", "medal", "area", "region", "jurisdiction"})


def _possession(obj: Token) -> bool:
    """'claim parts of the sea', 'claims the whole of Taiwan', 'claimed the lives of ...': an
    object that is land, a title or lives (a claim of possession, not of fact)."""
    return obj.lemma_.lower() in _POSSESSIONS or obj.lower_ in _POSSESSIONS or obj.ent_type_ in ("GPE", "LOC", "FAC")


def _stood_by(token: Token, ctx: Context) -> Token | None:
    """The claim noun in 'said it stood by its findings / the report', or None."""
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None or clause.lemma_.lower() != "stand" or any(c.dep_ == "neg" for c in clause.children):
        return None
    return next((p for c in clause.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                 if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.lemma_.lower() in ctx.lex.claim_nouns), None)


def _characterisation(token: Token, obj: Token | None) -> tuple[int, int] | None:
    """The tokens from the object to the end of the verdict of 'called the detention an attempt
    to ...', 'described the vote as a sham', 'branded the law an assault on workers': what the
    speaker says a thing is. None for a name given ('call themselves the Army of God', 'call
    the city Al-Quds'), a call made ('called a press conference') or no object."""
    if obj is None or obj.dep_ not in ("dobj", "obj") or obj.tag_ in ("WDT", "WP") or obj.i < token.i \
            or obj.lower_.endswith(("self", "selves")) or token.dep_ in ("acl", "relcl", "amod"):
        return None
    verdicts = [c for c in token.children if c.i > obj.i and (
        c.dep_ in ("oprd", "dobj") and c.pos_ in ("NOUN", "ADJ")
        or c.dep_ == "prep" and c.lower_ == "as" and any(p.dep_ == "pobj" and p.pos_ in ("NOUN", "ADJ") for p in c.children))]
    if not verdicts:
        return None
    return obj.left_edge.i, max(v.right_edge.i for v in verdicts) + 1


def _relative_characterisation(token: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'moves that Georgetown described as a direct threat', 'an attack that Kyiv called a war
    crime': a relative clause whose speaker says what the noun it modifies is. The content runs
    from the noun to the verdict, and leaves out the relative pronoun, speaker and verb (the
    gap), as "called the attack a war crime" keeps "the attack a war crime"."""
    head = token.head
    pronoun = next((c for c in token.children if (c.tag_ in ("WDT", "WP") or c.lower_ in ("that", "which"))
                    and c.dep_ in (*SUBJECTS, "dobj", "obj", "mark") and c.i < token.i), None)
    if pronoun is None or head.i > token.i:
        return None
    doc = token.doc
    # (", moves that the opposition described as ...": the tagger may read the plural noun as a
    # verb with the relative clause as its complement)
    plural_read_as_verb = token.dep_ == "ccomp" and head.tag_ == "VBZ" and pronoun.i == head.i + 1 \
        and head.i > 0 and (doc[head.i - 1].text == "," or doc[head.i - 1].pos_ == "ADP")
    if not (token.dep_ == "relcl" and head.pos_ == "NOUN" or plural_read_as_verb):
        return None
    # (the parser may make the pronoun a second subject: "that Kyiv called" with both nsubj)
    speaker = next((c for c in token.children if c.dep_ == "nsubj" and pronoun is not None and c.i != pronoun.i), None)
    if pronoun is None or speaker is None:
        return None
    verdicts = [c for c in token.children if c.i > token.i and (
        c.dep_ in ("oprd", "dobj") and c.pos_ in ("NOUN", "ADJ")
        or c.dep_ == "prep" and c.lower_ == "as" and any(p.dep_ == "pobj" and p.pos_ in ("NOUN", "ADJ") for p in c.children))]
    if not verdicts:
        return None
    first = verdicts[0]
    begin = min(x.left_edge.i for x in first.children) if first.lower_ == "as" else first.left_edge.i
    start = head.i if plural_read_as_verb else head.left_edge.i
    return (start, max(v.right_edge.i for v in verdicts) + 1), (pronoun.i, begin)


def _held(obj: Token | None, ctx: Context) -> bool:
    """A thing held, which "dispute" or "contest" quarrels over: land, sea or sovereignty
    ("dispute the islands", "contested Kashmir"), not a claim or a figure ("disputed the toll")."""
    if obj is None:
        return False
    if obj.lemma_.lower() in ctx.lex.holdings or obj.lower_ in ctx.lex.holdings:
        return True
    return obj.pos_ == "PROPN" and obj.ent_type_ in ("GPE", "LOC", "FAC")


def _refusal(token: Token, obj: Token | None, ctx: Context) -> bool:
    """'denied entry to the delegation', 'denied them visas': a refusal, not a denial."""
    if any(c.dep_ == "dative" for c in token.children):
        return True
    if obj is not None and obj.lemma_.lower() in ctx.lex.refusals:
        return True
    return shares_passive(token, obj, ctx)


def _continued_quote(last: Found, sent: Span, ctx: Context) -> Found | None:
    """'"We will respond," the minister said. "Nobody should doubt it."': a quotation that
    opens a sentence right after a quoted claim (same paragraph, no cue of its own) goes on
    with the same speaker. The new claim runs to the closing mark, across sentences."""
    doc = sent.doc
    prev = last.sentence
    if last.content is None or last.content[1] > last.cue_tokens[0].i or prev.end > sent.start:
        return None
    if any("\n" in t.text or "\n" in t.whitespace_ for t in doc[prev.end - 1:sent.start]):
        return None  # a new paragraph
    if not any(t.text in QUOTES for t in doc[last.content[1]:last.cue_tokens[0].i]):
        return None  # the earlier claim was no quotation
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.text not in QUOTES or first.text in ("”", "»"):
        return None
    for i in range(first.i + 1, min(len(doc), first.i + QUOTE_REACH)):
        token = doc[i]
        if token.text in QUOTES:
            if i - first.i < 2:
                return None
            span = doc[sent.start:doc[i].sent.end]
            content = trim((first.i + 1, i), span)
            if content is None:
                return None
            cue = ctx.lex.verbs.get(last.cue_tokens[0].lemma_.lower())
            return replace(last, sentence=span, content=content, answer_object=None, refers=[],
                           rule="attribution:quote-continued", hedges=hedges_of(content, last.cue_tokens[0], cue, ctx))
        if "\n" in token.text or "\n" in token.whitespace_:
            return None
    return None


#: How many words a transcript's speaker label may have ("Foreign Minister Ana Varga:").
_LABEL_WORDS = 5


def _speaker_label(sent: Span, ctx: Context) -> Found | None:
    """A transcript's answer: a paragraph that opens with a known actor's name and a colon, then
    a quotation ('Varga: "No. There was no condition."'). The quotation, across sentences, is
    what the named actor said. A question label ("Question:") names no actor and gives nothing."""
    doc = sent.doc
    first = next((t for t in sent if not t.is_space), None)
    if first is None or (first.i > 0 and "\n" not in doc[first.i - 1].text + doc[first.i - 1].whitespace_):
        return None
    colon = next((t for t in doc[first.i:min(sent.end, first.i + _LABEL_WORDS + 1)] if t.text == ":"), None)
    if colon is None or colon.i == first.i or colon.i + 1 >= len(doc) or doc[colon.i + 1].text not in QUOTES:
        return None
    if any(t.pos_ not in ("PROPN", "NOUN") for t in doc[first.i:colon.i]):
        return None
    name = doc[colon.i - 1]
    mention = ctx.index.get(name.i)
    if mention is None or mention.actor is None:
        return None
    quoted = _quote_after_colon(sent, colon)
    if quoted is None:
        return None
    span, content = quoted
    return Found(sentence=span, sent_no=0, section=0, cue_tokens=(colon,), stance="assert",
                 source=(mention.actor,), content=content, hedges=hedges_of(content, colon, None, ctx),
                 rule="attribution:speaker-label", confidence=0.8, speaker=name)


def _quote_after_colon(sent: Span, colon: Token) -> tuple[Span, tuple[int, int]] | None:
    """The quotation opened right after `colon` (it may run across sentences, not across a line
    break): the span from `sent` to the sentence closing it, and its trimmed content; None if it
    does not close within QUOTE_REACH tokens or has no content."""
    doc = sent.doc
    opening = colon.i + 1
    for i in range(opening + 1, min(len(doc), opening + QUOTE_REACH)):
        if doc[i].text in QUOTES:
            span = doc[sent.start:doc[i].sent.end]
            content = trim((opening + 1, i), span)
            return None if content is None else (span, content)
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            return None
    return None


#: The longest clause (in tokens) that may introduce a speaker's quotation with a colon.
_COLON_CLAUSE = 10


def _colon_speaker(sent: Span, ctx: Context) -> Found | None:
    """'Peskov was blunt: "We have never interfered."', 'The minister had a message for Kyiv:
    "..."': a short clause with no reporting verb whose subject is a known actor, then a colon
    and a quotation: the quotation (across sentences) is what the subject said. Not when the
    subject is no actor ("The sign was clear: ...")."""
    doc = sent.doc
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i + 1 >= sent.end or doc[colon.i + 1].text not in QUOTES \
            or colon.i - sent.start > _COLON_CLAUSE:
        return None
    before = [t for t in doc[sent.start:colon.i] if not is_mark(t)]
    if not before or any(t.lemma_.lower() in ctx.lex.verbs or t.text in QUOTES for t in doc[sent.start:colon.i]):
        return None
    subject = next((t for t in before if t.dep_ == "nsubj" and t.head.i < colon.i and t.head.pos_ in ("VERB", "AUX")), None)
    if subject is None:
        return None
    known = ctx.index.get(subject.i)
    if subject.pos_ != "PRON" and (known is None or known.actor is None):
        return None
    actors, via = source_phrase(subject, ctx)
    if not actors or not any(a.kind in _SPEAKING_KINDS for a in actors):
        return None
    quoted = _quote_after_colon(sent, colon)
    if quoted is None:
        return None
    span, content = quoted
    return Found(sentence=span, sent_no=0, section=0, cue_tokens=(colon,), stance="assert",
                 source=actors, via=tuple(via), content=content,
                 hedges=hedges_of(content, colon, None, ctx), rule="attribution:colon", confidence=0.7,
                 speaker=subject)


#: Kinds of actor that speak (not "evidence" or an unknown phrase).
_SPEAKING_KINDS = frozenset({"person", "government", "organisation", "igo", "group", "country", "media",
                             "collective", "anonymous"})


def _according_to(token: Token, sent: Span, ctx: Context) -> Found | None:
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
    actors, via = source_phrase(pobj, ctx)
    if not actors:
        return None
    speaker, relayed = pobj, False
    citing = next((c for c in pobj.children if c.lemma_.lower() in ("cite", "quote") and (
        c.dep_ == "relcl" and any(w.tag_ == "WDT" and w.dep_ in SUBJECTS for w in c.children)
        or c.dep_ == "acl" and c.tag_ == "VBG")), None)
    cited = next((c for c in citing.children if c.dep_ in ("dobj", "obj")), None) if citing is not None else None
    if cited is not None and all(is_media_actor(a, ctx) for a in actors):
        # "according to The Times, which cited two unnamed officials": the officials speak,
        # through the paper
        told, _ = source_phrase(cited, ctx)
        if told and not any(a.kind == "evidence" for a in told):
            via, actors, speaker, relayed = [*via, *actors], told, cited, True
    own_left, own_right = token.left_edge.i, max(token.right_edge.i, to.right_edge.i)
    stolen = stolen_subject(pobj)
    if stolen is not None:
        own_right = stolen.left_edge.i - 1  # the clause's subject, which the parser hung on the phrase
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
    elif (taken := _subject_taken_as_object(head, own_left, ctx)) is not None:
        # "said the blast, according to firefighters, had damaged forty homes": the clause's
        # subject, which the parser made the object of "said", is part of what the phrase reports
        h_start = taken.left_edge.i
    words = [t.i for t in sent if not is_mark(t)]
    if own_right + 1 > words[-1] and head.dep_ == "ccomp" and head.head.lemma_.lower() in ctx.lex.verbs \
            and h_start > sent.start:
        # "A diplomat told Reuters that officials had reported it, according to people
        # briefed": the phrase names the diplomat's sources for the reported clause
        content = trim((h_start, own_left), sent)
    elif own_right + 1 > words[-1]:
        # "A depot near the port burned, according to the governor": all before it, even when
        # the parser hung the phrase on a verb below the subject
        content = trim((sent.start, own_left), sent)
    elif own_left <= words[0]:
        content = trim((own_right + 1, sent.end), sent)
    elif own_left <= (trim((h_start, h_end), sent) or (h_start,))[0] + 1:
        # ("said that, according to the police, ten had died": the clause's mark and comma
        # stand before the phrase, which still opens the clause)
        content = trim((own_right + 1, h_end), sent)
    elif own_right + 1 >= h_end - 1:
        content = trim((h_start, own_left), sent)
    elif _narrator_participle(sent.doc, own_right + 1, head, h_end):
        # "X is believed to have moved launchers, according to people familiar with it, raising
        # concerns that ...": the participle after the phrase is the writer's comment
        content = trim((h_start, own_left), sent)
    else:
        content = trim((h_start, h_end), sent)
    final = _final_cue(sent, ctx)
    if content is not None and final is not None and head is not token and final.i > own_right \
            and head.i != final.i:
        # "A happened, according to Y, and B happened, Manila said": Y's word is the first clause
        later = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > own_right
                 and any(s.dep_ in SUBJECTS for s in c.children)]
        if later:
            end = later[0].left_edge.i if own_left <= content[0] else min(later[0].left_edge.i, own_left)
            content = trim((content[0], end), sent) or content
        else:
            subj = next(c for c in final.children if c.dep_ in SUBJECTS)
            content = trim((content[0], min(content[1], subj.left_edge.i)), sent) or content
    lead = next((t for t in sent.doc[content[0]:content[1]] if t.lemma_.lower() in ("cite", "quote")
                 and t.tag_ == "VBG" and t.left_edge.i == content[0]), None) if content is not None else None
    cited = next((c for c in lead.children if c.dep_ in ("dobj", "obj")), None) if lead is not None else None
    rest = trim((lead.right_edge.i + 1, content[1]), sent) if lead is not None else None
    if rest is not None:
        # "According to the BBC, citing a senior officer, the convoy was ambushed": the
        # participle is no part of what was said, and a person or body cited by an outlet
        # speaks through it
        told = source_phrase(cited, ctx)[0] if cited is not None and not relayed \
            and all(is_media_actor(a, ctx) for a in actors) else ()
        if told and not any(a.kind == "evidence" for a in told):
            via, actors, speaker, relayed = [*via, *actors], told, cited, True
        content = rest
    gap = aside_gap(own_left, own_right, content, sent.doc) if content is not None else None
    party = any(a.country and a.kind not in ("media", "anonymous", "collective") for a in actors)
    party = party or any(a.kind == "collective" and a.sector not in (None, "MED") for a in actors)
    hedges = hedges_of(content, token, None, ctx)
    return Found(
        sentence=sent,
        sent_no=0,
        section=0,
        cue_tokens=(token, to),
        stance="claim" if party and not relayed and not any(is_media_actor(a, ctx) for a in actors) else "report",
        source=actors,
        content=content,
        via=via,
        hedges=hedges,
        rule="attribution:according-to",
        confidence=0.9,
        anonymous=is_anonymous(speaker, token, content, ctx),
        speaker=speaker,
        gap=gap,
    )


def _subject_taken_as_object(clause: Token, left: int, ctx: Context) -> Token | None:
    """The object of the reporting verb above `clause` that stands right before an aside at
    `left` (past its comma) when the clause has no subject of its own: the clause's subject,
    misread. None otherwise."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in ctx.lex.verbs \
            or any(c.dep_ in SUBJECTS for c in clause.children):
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.i > left or any(not is_mark(t) for t in clause.doc[obj.right_edge.i + 1:left]):
        return None
    return obj


def aside_gap(left: int, right: int, content: tuple[int, int], doc: Doc) -> tuple[int, int] | None:
    """The tokens [start, end) of a phrase from `left` to `right` set inside `content` with
    words on both sides ("The strike, according to local officials, killed nine"), with the
    commas or dashes that set it off; None when the phrase is not inside."""
    start, end = left, right + 1
    if not (content[0] < start and end < content[1]):
        return None
    if doc[start - 1].text in _ASIDE_MARKS:
        start -= 1
    if end < content[1] and doc[end].text in _ASIDE_MARKS:
        end += 1
    if start <= content[0] or end >= content[1] or all(is_mark(t) for t in doc[end:content[1]]):
        return None
    return start, end


_ASIDE_MARKS = frozenset({",", "-", "--", "—", "–", "(", ")"})


#: Participles with which a writer comments on a report ("raising concerns that ...", "adding
#: to fears of ..."); "killing three people" after a report is part of what was reported.
_COMMENTING = frozenset({"raise", "add", "fuel", "stoke", "underscore", "highlight", "deepen", "heighten", "renew"})


def _narrator_participle(doc: Doc, at: int, head: Token, end: int) -> bool:
    """The rest of the clause from `at` (past commas) is one commenting participle clause on
    `head` that runs to its end ('..., raising concerns that ...')."""
    while at < end and doc[at].text == ",":
        at += 1
    if at >= end:
        return False
    first, last = doc[at], end - 1
    while last > at and is_mark(doc[last]):
        last -= 1  # the full stop, and a paragraph break the parser hangs on the root
    return first.tag_ == "VBG" and first.lemma_.lower() in _COMMENTING and first.dep_ == "advcl" \
        and first.head.i == head.i and first.left_edge.i == at and first.right_edge.i >= last


def _final_cue(sent: Span, ctx: Context) -> Token | None:
    """The reporting verb of a sentence-final attribution ('..., Manila said.'): the root,
    a cue verb with a subject, after a comma that ends the reported words."""
    root = sent.root
    if root.lemma_.lower() not in ctx.lex.verbs or root.pos_ != "VERB":
        return None
    subj = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if subj is None or not any(c.dep_ == "ccomp" and c.i < subj.i for c in root.children):
        return None
    return root if is_mark(sent.doc[min(subj.left_edge.i, root.i) - 1]) else None


# --------------------------------------------------------------------------------------------
# Event attribution


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


def attribution_for(doc: Doc, trigger: Token, agents: tuple[Actor, ...] = ()) -> Attribution:
    """The status of an event whose trigger is `trigger`.

    Asserted by the narrator unless the trigger lies inside the content of a claim in
    `doc._.tacitus_claims` (the innermost one decides: reported, claimed, alleged, denied,
    confirmed, with the claim's sources) or carries a marker such as "reportedly" or
    "alleged" (reported or alleged, with no named source).

    Args:
        doc: a Doc that went through the attribution stage.
        trigger: the event's trigger token.
        agents: the event's source actors; a government telling its own act ("Chile's foreign
            minister said Chile had suspended aid") reports it rather than claims it.

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
        status = claim_status(claim)
        if status in ("reported", "claimed") and _denied_by_other(doc, claim):
            # "According to the letter, Emirati planes had flown weapons ... Abu Dhabi denied
            # the allegation": a contested claim tells no fact
            status = "alleged" if status == "reported" else status
        elif status == "claimed" and own_act(claim.source, agents):
            status = "reported"
        return Attribution(status=status, source=claim.source, claim_id=claim.id)
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


def _denied_by_other(doc: Doc, claim: Claim) -> bool:
    """Does a denial by another source answer `claim` (its refers_to names the claim)?"""
    own = {a.text for a in claim.source}
    return any(c.stance == "deny" and claim.id in c.refers_to and not own & {a.text for a in c.source}
               for c in doc._.tacitus_claims or [])


# Sectors that speak for the state: a ministry or army spokesman tells the state's own acts.
STATE_SECTORS = frozenset({"GOV", "ELI", "MIL", "COP", "JUD", "SPY", "LEG"})


def own_act(speakers: tuple[Actor, ...], agents: tuple[Actor, ...]) -> bool:
    """Do the speakers tell an act of their own: the same actor, or the state of the same
    country ("Chile's foreign minister" on "Chile", the army spokesman on the army)? A rebel
    spokesman on the government's act, or one government on another's, still claims."""
    if not speakers or not agents:
        return False

    def same(agent: Actor) -> bool:
        for speaker in speakers:
            if speaker.text.lower() == agent.text.lower():
                return True
            if speaker.country and speaker.country == agent.country and speaker.sector in STATE_SECTORS \
                    and (agent.sector is None and agent.kind in ("country", "place", "government")
                         or agent.sector in STATE_SECTORS):
                return True
        return False

    return all(same(a) for a in agents)


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
