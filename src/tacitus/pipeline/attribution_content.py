"""What a claim says: the token range of a reporting verb's content (a that-clause, an
infinitive, a quotation, an object, the clause before a final "officials said"), where that
content ends (not at an apposition naming a claim, a contrast, the speaker's own act), a
quotation that runs across sentences, and the hedge words on the cue and in the content.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

from tacitus.pipeline.attribution_base import (
    CONTRAST,
    FIGURE_NOUNS,
    QUOTE_REACH,
    QUOTES,
    RAISING,
    SUBJECTS,
    Context,
    is_mark,
    quote_marks,
    quotes_between,
    sentential_relative,
    shares_passive,
    subtree_range,
    trim,
)
from tacitus.pipeline.attribution_lexicon import Cue
from tacitus.pipeline.attribution_speakers import (
    appended_speaker,
    citing_participle,
    parenthetical,
    relative_report,
)
from tacitus.pipeline.clauses import conjoined_governor, finite_over_infinitive

#: Cues whose infinitive is what they say ("Russia claimed to have downed the drones").
_XCOMP_STANCES = frozenset({"claim", "deny", "confirm", "allege"})
_EVIDENCE = frozenset({"evidence", "proof", "detail", "details"})
_UNSAID_VERBS = frozenset({"make", "give", "offer", "provide", "present", "cite"})
_UNSAID_NOUNS = _EVIDENCE | {"mention", "comment", "information", "explanation", "figure", "reason"}


def unsupported(token: Token) -> bool:
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


def _clause_after_citing(token: Token) -> Token | None:
    """'The agency said, citing officials, that the dam had burst': the parser hangs the
    that-clause on 'citing'; it is what the verb reports. Only a clause after the cited words."""
    citing = citing_participle(token)
    if citing is None or citing.head.i != token.i:
        return None
    cited = next((c for c in citing.children if c.dep_ in ("dobj", "obj")), None)
    for clause in (c for c in citing.children if c.dep_ == "ccomp"):
        if cited is not None and clause.left_edge.i > cited.right_edge.i \
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
            return clause
    return None


def answer_content(obj: Token, falsity: frozenset[str] = frozenset()) -> tuple[int, int] | None:
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
    start, end = subtree_range(obj)
    if verdict:
        end = verdict[0].i
    while end > start + 1 and is_mark(obj.doc[end - 1]):
        end -= 1
    return start, end


def _past_name(clause: Token) -> Token:
    """'told state broadcaster ORTM that 300 tankers had arrived': the tagger may read a bare
    name after the object as a verb, the complement of the reporting verb, the clause after it
    hung on it or on the reporting verb. A one-word complement the entity recogniser calls a
    name, with nothing on it but that clause, gives way to the clause."""
    if clause.ent_type_ not in _NAME_TYPES or clause.pos_ != "VERB":
        return clause
    own = list(clause.children)
    if not own:
        return next((c for c in clause.head.children if c.dep_ == "ccomp" and c.i > clause.i), clause)
    if len(own) == 1 and own[0].dep_ == "ccomp" and own[0].i > clause.i \
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in own[0].children):
        return own[0]
    return clause


_NAME_TYPES = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC"})


def content_of(
    token: Token, sent: Span, cue: Cue, obj: Token | None, passive: bool, ctx: Context
) -> tuple[tuple[int, int] | None, str]:
    """The token range of what is said, and the rule that found it."""
    if cue.frame in ("answer", "verdict"):
        return None, ""  # "support", "reject": only as answers to a named claim
    children = list(token.children)
    aside = parenthetical(token)
    clause = next((_past_name(c) for c in children if c.dep_ == "ccomp" and (aside is None or c.i != aside.i)), None) \
        or _clause_after_without(token) or _clause_after_citing(token)
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
        return trim((token.i + 1, token.right_edge.i + 1), sent), "attribution:contact-relative"
    if clause is not None:
        start, end = subtree_range(clause)
        for more in (c for c in children if c.dep_ == "ccomp" and c.i > end and c.left_edge.i == end):
            # "saying police had offered protection and he had declined it": the parser makes
            # the second conjunct a second complement; what was said is both. The "and" may
            # hang on either clause ("A offered help, but B declined it, an official said";
            # "that the army had offered to leave and the council had refused", the council
            # read as a conjunct of the object before it)
            if any(x.dep_ == "cc" and x.i < more.i for x in more.children) \
                    or any(doc_t.dep_ == "cc" for doc_t in token.doc[max(start, end - 3):end]):
                end = more.right_edge.i + 1
        if obj is not None and token.i < obj.i < start and not any(c.dep_ in SUBJECTS for c in clause.children) \
                and (clause.tag_ in _FINITE or any(c.dep_ == "aux" and c.tag_ in (*_FINITE, "MD") for c in clause.children)) \
                and obj.pos_ in ("NOUN", "PROPN"):
            # "said the clash, if it took place, was between farmers", "said the blast, according
            # to firefighters, had damaged forty homes": the parser makes the subject of a finite
            # complement the verb's object
            start = obj.left_edge.i
        start = _relative_start(token, clause, start)
        appended = appended_speaker(token)
        if appended is not None:
            end = min(end, appended.left_edge.i)
        for child in clause.children:
            # "said on Friday it had ...": the parser hangs the time of saying on the complement
            if child.dep_ == "prep" and child.left_edge.i == token.i + 1 == start and _is_time(child):
                start = child.right_edge.i + 1
        return trim((start, end), sent), "attribution:clause"
    if token.lemma_.lower() in JUDGING:
        # "deem the deal fragile", "judged the election free and fair": what the speaker holds a
        # thing to be; without such a complement ("considered the proposal", "is considering
        # sending troops") the verb weighs something and says nothing
        return (trim((token.i + 1, token.right_edge.i + 1), sent), "attribution:judgement") \
            if _judged_complement(token) else (None, "")
    xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
    if xcomp is not None and cue.frame != "answer":
        if passive:
            subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
            start = subj.left_edge.i if subj is not None else xcomp.left_edge.i
            end = xcomp.right_edge.i + 1
            appended = appended_speaker(token.head) if token.dep_ == "ccomp" else None
            if appended is not None and start < appended.left_edge.i < end:
                end = appended.left_edge.i  # "X is reported to ..., a diplomat said": not the speaker
            return trim((start, end), sent), "attribution:passive"
        if (cue.stance in _XCOMP_STANCES or relative_report(token)) and obj is None:
            # ("a school that medics said killed 15 people": what was said is the infinitive)
            # "Russia claimed to have downed the drones": what is claimed is the infinitive.
            return trim(subtree_range(xcomp), sent), "attribution:xcomp"
    final = _final_content(token, sent) or _raised_final_content(token, obj, sent)
    if final is not None:
        return final, "attribution:final"
    if medial_gap(token) is not None:
        head = token.head
        return trim((head.left_edge.i, head.right_edge.i + 1), sent), "attribution:medial"
    misparsed = _noun_for_clause(token)
    if misparsed is not None:
        return trim((misparsed.left_edge.i, misparsed.right_edge.i + 1), sent), "attribution:clause"
    # ("accused W of ...": the object says what; "those arrested had been charged": a passive
    # with a subject of its own speaks no quotation)
    own_subject = passive and subj_pass is not None and subj_pass.lower_ != "it"
    quoted = _quoted(token, sent) if obj is None and not own_subject else None
    if quoted is not None:
        return quoted, "attribution:quote"
    if cue.frame != "object":
        return None, ""
    if passive:
        subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
        prep = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("of", "for", "with")), None)
        if subj is not None and prep is not None and cue.stance in ("accuse", "allege"):
            return trim((subj.left_edge.i, prep.right_edge.i + 1), sent), "attribution:passive"
        return None, ""
    tail = [c for c in children if c.dep_ == "prep" and c.lower_ in ("of", "for", "against", "about", "over")
            or cue.stance == "accuse" and c.dep_ == "prep" and c.lower_ == "with"]  # ("charged him with ...")
    if cue.stance == "warn":
        tail += [c for c in children if c.dep_ == "xcomp"]
    if obj is None and not (tail and cue.stance == "warn"):
        return None, ""
    if obj is not None and obj.tag_ in ("WDT", "WP") and token.dep_ == "relcl":
        # "two of the firms, which it accused of laundering money": the relative pronoun stands
        # for a noun outside the clause; what is charged is the phrase after "of"
        said = [p for c in tail if c.i > token.i for p in c.children if p.dep_ in ("pobj", "pcomp")]
        if not said:
            return None, ""
        return trim((min(p.left_edge.i for p in said), max(p.right_edge.i for p in said) + 1), sent), \
            "attribution:object"
    if obj is not None and cue.stance == "accuse" and not any(c.i > obj.i for c in tail):
        # "accused the charity on Wednesday of funding rebels": the parser hangs the charge on
        # the day; what is charged is still the "of" phrase (`dated_charge` leaves the day out)
        tail = [p for c in children if c.dep_ in ("prep", "npadvmod") and c.i > obj.i and _is_day(c)
                for o in (c, *c.children) for p in o.children
                if p.dep_ == "prep" and p.lower_ in ("of", "with", "for")]
    parts = ([obj] if obj is not None else []) + [c for c in tail if obj is None or c.i > obj.i]
    start = min(p.left_edge.i for p in parts)
    end = max(p.right_edge.i for p in parts) + 1
    return trim((start, end), sent), "attribution:object"


def _answered_noun(token: Token, ctx: Context) -> bool:
    """A claim noun, or a noun of a reported figure ("a toll the rebels dispute")."""
    low = token.lemma_.lower()
    return low in ctx.lex.claim_nouns or low in FIGURE_NOUNS


def _may_cut(t: Token, ctx: Context) -> bool:
    """What `_cut_at` asks of a token before it looks at the claim: one test per token and
    sentence, so each claim reads only the few tokens that pass."""
    doc = t.doc
    if t.dep_ in ("appos", "npadvmod") and _answered_noun(t, ctx) and t.left_edge.i > 0 \
            and doc[t.left_edge.i - 1].text == ",":
        return True
    if t.lower_ in ("a", "an") and t.i > 0 and doc[t.i - 1].text == "," and t.i + 1 < len(doc) \
            and _answered_noun(doc[t.i + 1], ctx):
        return True
    reporting = t.lemma_.lower() in ctx.lex.verbs
    return t.dep_ == "advcl" or t.dep_ == "conj" and t.pos_ == "VERB" or t.dep_ == "relcl" and reporting


def _cut_candidates(sent: Span, ctx: Context) -> tuple[list[int], list[Token]]:
    """The sentence's tokens that may end a content, by left edge, with those left edges."""
    cached = ctx.cuts.get(sent.start)
    if cached is None:
        tokens = sorted((t for t in sent if _may_cut(t, ctx)), key=lambda t: (t.left_edge.i, t.i))
        cached = ctx.cuts[sent.start] = ([t.left_edge.i for t in tokens], tokens)
    return cached


def cut_content(content: tuple[int, int], cue: Token, sent: Span, ctx: Context) -> tuple[int, int] | None:
    """End the content before a part that is not what the source said: an apposition that
    names a claim ("..., a charge the Kremlin denies") or a contrastive clause ("..., while
    the rebels claimed ...").

    Linear over a sentence's claims: the candidates are found once per sentence and read in
    order of where they would cut, from the content's start until one cuts (a later one cannot
    cut earlier). Candidates whose subtree begins before the content are its first token's
    ancestors inside it."""
    doc = sent.doc
    start, end = content
    edges, tokens = _cut_candidates(sent, ctx)
    candidates = {t.i for t in tokens}
    # (an ancestor of the first token that stands inside the content: its subtree begins
    # before the content, so it is not among those read from the start)
    straddling = []
    up = doc[start]
    while up.head.i != up.i and start < up.head.i < content[1]:
        up = up.head
        if up.i in candidates and up.left_edge.i < start:
            straddling.append(up)
    for t in (*straddling, *tokens[bisect_left(edges, start):]):
        if t.left_edge.i > end:
            break
        if not start < t.i < content[1] or t.i <= cue.i < t.right_edge.i + 1:
            continue
        cut = _cut_at(t, cue, start, end, ctx)
        if cut is not None:
            end = min(end, cut)
    return trim((start, end), sent)


def _cut_at(t: Token, cue: Token, start: int, end: int, ctx: Context) -> int | None:
    """Where a content from `start` to `end` ends because of token `t`, or None."""
    doc = t.doc
    # ("npadvmod": the parser's other reading of ", an allegation the agency rejected")
    appos = t.dep_ in ("appos", "npadvmod") and _answered_noun(t, ctx) and doc[t.left_edge.i - 1].text == ","
    # (and whatever the parse: ", a claim opposition figures called absurd" read as a
    # compound "claim opposition figures")
    if t.lower_ in ("a", "an") and doc[t.i - 1].text == "," and t.i + 1 < end and _answered_noun(doc[t.i + 1], ctx):
        return t.i
    contrast = t.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONTRAST for c in t.children
    ) and t.left_edge.i > start
    # "... denied that the drills were aimed at X and accused W": the conjoined act is the
    # speaker's own, not part of what was denied.
    # (but "said troops had crossed the border and shelled a village": a plain act after a
    # perfect shares its "had" and is part of what was said)
    own_act = t.dep_ == "conj" and t.pos_ == "VERB" and (
        ((gov := conjoined_governor(t)) is not None and gov.i == cue.i
         and not (_after_perfect(t) and _shares_have(t) and t.lemma_.lower() not in ctx.lex.verbs))
        or ((gov := finite_over_infinitive(t)) is not None and gov.i == cue.i)) \
        and not shares_passive(t, next((c for c in t.children if c.dep_ in ("dobj", "obj")), None), ctx)
    # "... warned that the fighting could spread, and aid groups accuse both sides of ...":
    # a conjoined report with its own speaker is a claim of its own, not part of this one
    # (not "said A and that investigators had not shown any evidence": a conjunct with its own
    # "that" is a second clause of the same verb)
    other_report = t.dep_ == "conj" and t.pos_ == "VERB" and t.lemma_.lower() in ctx.lex.verbs \
        and any(c.dep_ in SUBJECTS for c in t.children) and t.left_edge.i > start \
        and not any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
    # "... near the town, which Moscow has denied": the answer is not part of the claim
    answered = t.dep_ == "relcl" and t.lemma_.lower() in ctx.lex.verbs and sentential_relative(
        t, next((c for c in t.children if c.dep_ in ("dobj", "obj")), None))
    # "said they had found no evidence, rejecting claims that ...": a participle of report
    # set off by a comma is the speaker's own act (a claim of its own), not what was found
    own_report = t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in ctx.lex.verbs \
        and doc[t.left_edge.i - 1].text == "," and not any(c.dep_ in SUBJECTS for c in t.children)
    # "said its forces had hit depots and made no mention of the power station", "... but
    # gave no details": what the speaker left unsaid is told of the speaker
    unsaid = t.dep_ == "conj" and t.pos_ == "VERB" and t.lemma_.lower() in _UNSAID_VERBS \
        and not any(c.dep_ in SUBJECTS for c in t.children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _UNSAID_NOUNS and any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in t.children)
    # "... summoned the ambassador, whom it accused of spreading lies": a relative clause of
    # report with a speaker of its own, set off by a comma, is that speaker's claim
    answered = answered or t.dep_ == "relcl" and t.lemma_.lower() in ctx.lex.verbs and t.i > cue.i \
        and doc[t.left_edge.i].tag_ in ("WP", "WDT") and t.left_edge.i > start \
        and doc[t.left_edge.i - 1].text == "," and any(
            c.dep_ in SUBJECTS and c.tag_ not in ("WP", "WDT") for c in t.children)
    if answered:
        return t.left_edge.i - 1
    # "said Moscow had never interfered, a day after Sandu accused it of ...": a clause timed
    # a span of time from the saying, set off by a comma, is the narrator's timing of it
    sequel = t.dep_ == "advcl" and t.left_edge.i > start and doc[t.left_edge.i - 1].text == "," \
        and any(m.dep_ == "mark" and m.lower_ in ("after", "before") for m in t.children) \
        and any(c.dep_ == "npadvmod" and c.lemma_.lower() in _SPANS for c in t.children)
    if appos or contrast or own_act or other_report or own_report or unsaid or sequel:
        return t.left_edge.i
    return None


#: Spans of time by which a clause is timed from another ("a day after", "hours before").
_SPANS = frozenset({"minute", "hour", "day", "week", "month", "year", "moment"})


def _own_attribution(clause: Token, ctx: Context) -> bool:
    """A clause that names its own source: "..., according to the coast guard" hung on it, or
    a reporting verb with a subject at its head ("Human Rights Watch said ...")."""
    if clause.lemma_.lower() in ctx.lex.verbs and clause.pos_ == "VERB" and any(
            c.dep_ in SUBJECTS for c in clause.children):
        return True
    return any(c.lower_ == "according" and c.dep_ in ("prep", "advcl", "advmod") for c in clause.children)


def _conjunct_start(conj: Token) -> int:
    """The first token of a conjoined clause's own words: its left edge, past a leading 'and'."""
    return conj.left_edge.i


def after_attributed_conjunct(content: tuple[int, int] | None, cue: Token, ctx: Context) -> tuple[int, int] | None:
    """'A happened, according to Y, and B happened, Manila said': a trailing attribution covers
    the whole sentence, unless the first clause names a source of its own; then it covers only
    the clauses after that one."""
    if content is None or cue.i < content[1]:
        return content
    doc = cue.doc
    start, end = content
    if start > 0 and doc[start - 1].text in QUOTES:
        return content  # a quotation is said whole: '"He said he would come, and he did," the aide said'
    heads = [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    if len(heads) != 1:
        return content
    head = heads[0]
    later = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and start <= c.i < end
             and any(s.dep_ in SUBJECTS for s in c.children)]
    if not later or not _own_attribution(head, ctx):
        return content
    return trim((_conjunct_start(later[0]), end), doc[start:end]) or content


#: Tags of a finite verb.
_FINITE = ("VBD", "VBZ", "VBP")
#: What a predicate needs besides its subject to say something on its own ("killed 15 people").
_OBJECTS = frozenset({"dobj", "obj", "dative", "ccomp", "xcomp"})


def _relative_start(token: Token, clause: Token, start: int) -> int:
    """Where the content of a reporting verb inside a relative clause starts: 'an election he
    says was stolen', 'symptoms that doctors said were consistent with ...'. The noun the clause
    hangs on is the subject of what is said: a predicate with no object says nothing without it,
    so the content starts at that noun ('an election he says was stolen'); one with an object
    starts after the cue ('raids it says target smugglers'), never at the relative pronoun."""
    if token.dep_ != "relcl" or token.head.pos_ not in ("NOUN", "PROPN") or clause.i < token.i:
        return start
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    if any(c.i > token.i for c in subjects):
        return start  # the clause has a subject of its own ("a rule he said the army broke")
    if not any(c.dep_ in _OBJECTS for c in clause.children):
        return token.head.left_edge.i
    return max(start, token.right_edge.i + 1 if token.right_edge.i < clause.left_edge.i else token.i + 1)


def _contact_relative(token: Token) -> bool:
    """'strikes it says target Hezbollah': a pronoun subject right after a noun, with no comma
    or quotation mark between (a final attribution is set off: '..., it said')."""
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PRON" or subj.i != token.i - 1 or subj.i == 0:
        return False
    return token.doc[subj.i - 1].pos_ in ("NOUN", "PROPN")


def _after_perfect(conj: Token) -> bool:
    """A conjunct whose first conjunct is a perfect ("had crossed ... and shelled")."""
    first = conj.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in first.children)


def _shares_have(conj: Token) -> bool:
    """A participle can share the perfect's "had" ("had crossed and shelled"); "giving" cannot
    ("claiming the other had fired first and giving other figures": the claimant gives them)."""
    return conj.tag_ in ("VBN", "VBD")


def _noun_for_clause(token: Token) -> Token | None:
    """'Denmark said the attack endangered shipping': the parser reads the finite verb of the
    complement as a modifier ("endangered" amod) and hangs the clause on a noun after the cue.
    That noun, when it starts right after the cue and a finite verb tagged as a modifier
    follows a noun inside it; else None."""
    for child in token.rights:
        if child.dep_ not in ("advcl", "dobj", "npadvmod") or child.pos_ != "NOUN" or child.left_edge.i != token.i + 1:
            continue
        words = list(child.subtree)
        if any(t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ in ("amod", "compound") and t.i > words[0].i
               and t.nbor(-1).pos_ in ("NOUN", "PROPN") for t in words):
            return child
    return None


#: Words of the day a thing is said on ("on Tuesday", "yesterday").
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                   "today", "yesterday", "tonight"})


def _is_day(token: Token) -> bool:
    """'on Wednesday', 'on Tuesday night', 'yesterday': a phrase (or its head) naming a day."""
    words = [token, *(c for c in token.children if c.dep_ == "pobj")]
    return any(w.lower_ in _DAYS and w.ent_type_ in ("DATE", "TIME", "") for w in words)


def _day_phrase(token: Token) -> tuple[int, int]:
    """The tokens of a day phrase, up to the last word of the date itself ('on Wednesday' of
    'on Wednesday of funding rebels')."""
    end = token.i + 1
    doc = token.doc
    while end < len(doc) and (doc[end].ent_type_ in ("DATE", "TIME") or doc[end].lower_ in _DAYS):
        end += 1
    return token.i, end


def dated_charge(content: tuple[int, int], cue: Token) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """A charge's content less the day it was laid: cut when the day ends it ('charged the
    editor with inciting extremism on Tuesday'), a gap when it is inside ('accused the charity on
    Wednesday of funding rebels'). Returns the content and the gap (or None)."""
    start, end = content
    doc = cue.doc
    for t in doc[start:end]:
        if not (t.dep_ in ("prep", "npadvmod") and _is_day(t)):
            continue
        if t.dep_ == "prep" and t.lower_ not in ("on", "at", "during"):
            continue
        left, right = _day_phrase(t)
        if t.head.i == cue.i and left > start and right < end:
            return (start, end), (left, right)
        if right >= end and left > start:
            return (start, left), None
    return content, None


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
    while left < token.i and is_mark(doc[left]):
        left += 1
    if left - 1 < sent.start or not is_mark(doc[left - 1]):
        return None  # the attribution is set off by a comma or a closing quote
    start = head.left_edge.i if head.left_edge.i >= sent.start else sent.start
    return trim((start, left), sent)


def _raised_final_content(token: Token, obj: Token | None, sent: Span) -> tuple[int, int] | None:
    """'Troops massed on the border, satellite images (published on Monday) appeared to show':
    a postposed tag whose cue is the infinitive under "appear"/"seem". The raising verb is the
    one the parser hangs on (or over) the clause reported before it."""
    head = token.head
    if obj is not None or token.dep_ != "xcomp" or head.lemma_.lower() not in RAISING or head.i > token.i:
        return None
    final = _final_content(head, sent)
    if final is not None or head.dep_ != "ROOT":
        return final
    # (the parser may make the clause before the tag the raising verb's complement)
    clause = next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if clause is None or subj is None or clause.right_edge.i >= subj.left_edge.i \
            or not is_mark(token.doc[subj.left_edge.i - 1]):
        return None
    return trim((clause.left_edge.i, subj.left_edge.i - 1), sent)


#: Verbs of judgement that report a belief only with a predicate complement ("consider X unlikely").
JUDGING = frozenset({"consider", "deem", "judge"})


def _judged_complement(token: Token) -> bool:
    """Does the verb take a predicate after its object: an adjective or noun read as an object
    complement (oprd), a small clause ("consider an invasion unlikely", the parser's ccomp),
    an adjective parsed as the object ("deem the deal fragile") or "to be" + predicate?"""
    for c in token.children:
        if c.i < token.i or c.lower_ == "own":
            continue  # ("waters that Malta considers its own": a thing held, not a belief)
        if c.dep_ == "oprd" and c.pos_ in ("ADJ", "NOUN"):
            return True
        if c.dep_ in ("ccomp", "dobj") and c.pos_ == "ADJ":
            return True
        if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() == "be" and any(
                p.dep_ in ("acomp", "attr") for p in c.children):
            return True
    return False


def medial_gap(token: Token) -> tuple[int, int] | None:
    """'Had the truce broken down, analysts said, the vote would have failed', 'The vote,
    analysts said, would have failed': a speaker tag set off by commas inside the clause it
    reports (the parser hangs it loosely on that clause's verb). The tokens [start, end) the
    content leaves out: the tag with its commas, the first kept after a fronted clause."""
    head = token.head
    if token.dep_ not in ("parataxis", "advcl", "ccomp") or head.i <= token.i \
            or not any(c.dep_ == "nsubj" for c in token.children) or any(c.dep_ == "mark" for c in token.children):
        return None
    doc = token.doc
    # the commas (the parser may hang them on the tag or on the clause)
    left = token.left_edge.i if doc[token.left_edge.i].text == "," else token.left_edge.i - 1
    right = token.right_edge.i if doc[token.right_edge.i].text == "," else token.right_edge.i + 1
    if head.left_edge.i >= left or doc[left].text != "," or right >= len(doc) or doc[right].text != ",":
        return None
    # a subject before the tag is cut from its verb by both commas; a fronted clause keeps its own
    subject_first = any(c.dep_ in SUBJECTS and c.i < left for c in head.children)
    return (left if subject_first else left + 1), right + 1


def _final_root_content(token: Token, sent: Span) -> tuple[int, int] | None:
    """The parser sometimes makes the reported clause a loose `dep` of a final "..., officials
    told reporters." The content is then what comes before the comma that sets the speaker off."""
    subj = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ == "mark" for c in token.children):
        return None
    left = subj.left_edge.i
    loose = [c for c in token.children if c.dep_ in ("dep", "parataxis") and c.i < left]
    if not loose or left - 1 <= sent.start or not is_mark(token.doc[left - 1]):
        return None
    return trim((sent.start, left - 1), sent)


def _quoted(token: Token, sent: Span) -> tuple[int, int] | None:
    """The quotation nearest to a cue outside it: '"We will respond," the minister said.'"""
    marks = [t.i for t in sent if t.text in QUOTES]
    pairs = list(zip(marks[0::2], marks[1::2], strict=False))
    outside = [(a, b) for a, b in pairs if not a < token.i < b and b - a > 1]
    if not outside:
        return None
    a, b = min(outside, key=lambda p: min(abs(token.i - p[0]), abs(token.i - p[1])))
    return trim((a + 1, b), sent)


def quote_opened_before(content: tuple[int, int] | None, cue: Token, sent: Span) -> int | None:
    """The opening quotation mark, in an earlier sentence of the paragraph, of a quotation
    that closes in this sentence before the cue and makes up the content. None otherwise."""
    if content is None or content[1] > cue.i:
        return None
    doc = sent.doc
    if quotes_between(doc, sent.start, cue.i) % 2 == 0:
        return None  # the quotation opens and closes in this sentence
    if any(not is_mark(t) for t in doc[sent.start:content[0]]):
        return None
    for i in range(sent.start - 1, max(-1, sent.start - QUOTE_REACH), -1):
        token = doc[i]
        if "\n" in token.text or "\n" in token.whitespace_:
            return None  # a new paragraph: no open quotation here
        if token.text in QUOTES:
            return i if token.text not in ("”", "»", "''") else None
    return None


def quote_closed_after(content: tuple[int, int] | None, cue: Token, sent: Span) -> int | None:
    """The closing quotation mark, in a later sentence of the paragraph, of a quotation that
    opens after the cue and makes up the content. None otherwise."""
    if content is None or content[0] < cue.i:
        return None
    doc = sent.doc
    if quotes_between(doc, cue.i, sent.end) % 2 == 0:
        return None  # closed in this sentence
    before, at = quote_marks(doc)
    last = at[before[sent.end] - 1]  # the last mark of the sentence (after the cue: the count is odd)
    if last >= content[0] or doc[last].text in ("”", "»", "''"):
        return None  # the content is not the quotation
    for i in range(sent.end, min(len(doc), sent.end + QUOTE_REACH)):
        token = doc[i]
        if token.text in QUOTES:
            return i
        if "\n" in token.text or "\n" in token.whitespace_:
            return None
    return None


#: Verbs whose passive with an infinitive says the clause is only held or expected ("are
#: thought to be", "is reported to have offered", "is expected to call").
_PASSIVE_HEDGES = frozenset({"think", "believe", "say", "report", "expect", "understand", "rumour", "rumor",
                             "suspect", "presume", "fear", "consider", "estimate"})


#: How many tokens a speaker tag may run after its verb before a quotation resumes
#: ('the spokesman said on Tuesday, "...').
_TAG_TAIL = 6


def split_quote(content: tuple[int, int] | None, cue: Token, sent: Span) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """'"The port was empty," the spokesman said, "and no civilians were hurt."': a quotation
    broken by its speaker tag goes on after it; what was said is both parts. The content from
    the first part to the end of the second, and the gap [start, end) of the tag between them
    (with its commas and marks); None when the content is no quotation closed before the tag
    or none opens right after it."""
    if content is None or content[1] > cue.i:
        return None
    doc = cue.doc
    if not any(doc[i].text in QUOTES for i in range(content[1], cue.i)):
        return None
    opening = next((i for i in range(cue.i + 1, min(cue.i + _TAG_TAIL + 2, sent.end))
                    if doc[i].text in QUOTES and doc[i - 1].text == ","), None)
    if opening is None or any(doc[i].text in QUOTES or doc[i].pos_ in ("VERB", "AUX")
                              for i in range(cue.i + 1, opening - 1)):
        return None
    closing = next((i for i in range(opening + 1, sent.end) if doc[i].text in QUOTES), sent.end)
    rest = trim((opening + 1, closing), sent)
    if rest is None:
        return None
    return (content[0], rest[1]), (content[1], opening + 1)


def _raised_passive(token: Token) -> bool:
    """'X is thought to be', 'is said to have fired': a passive of _PASSIVE_HEDGES over a
    to-infinitive (not 'was reported to the police', 'was told to leave')."""
    if token.tag_ != "VBN" or token.lemma_.lower() not in _PASSIVE_HEDGES:
        return False
    if not any(c.dep_ == "auxpass" for c in token.children):
        return False
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in token.children)


CONCESSIVE_MARKS = frozenset({"though", "although", "while"})
#: Verbs by which a speaker vouches for a claim; withheld ("stopped short of confirming",
#: "could not confirm") they leave it unvouched.
VOUCHING_VERBS = frozenset({"confirm", "verify", "corroborate", "endorse"})


def withheld_confirmation(clause: Token) -> bool:
    """Does `clause` say its subject did not vouch for something: "stopped short of confirming
    them", "could not confirm", "did not verify"? ("though it confirmed ..." vouches.)"""
    if clause.lemma_.lower() == "stop" and any(c.lower_ == "short" for c in clause.children):
        # whatever it stops short of ("of confirming them", "of saying who sent them")
        return any(t.i > clause.i and t.pos_ == "VERB" for t in clause.subtree)
    negated = any(c.dep_ == "neg" for c in clause.children)
    if clause.lemma_.lower() in VOUCHING_VERBS:
        return negated
    return negated and clause.lemma_.lower() in ("be",) and any(
        t.lemma_.lower() in VOUCHING_VERBS for t in clause.subtree)  # "was not able to confirm"


def ability_modal(modal: Token) -> bool:
    """Is `modal` ("could", "can") one of ability or sole right rather than of likelihood: its
    verb's subject narrowed by "only" ("only Niger's legitimate authorities could end the
    accords") or none at all ("no court can try him")? "The toll could rise" stays a hedge."""
    if modal.lower_ not in ("could", "can"):
        return False
    subj = next((c for c in modal.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if any(t.lower_ == "only" and t.dep_ in ("advmod", "amod", "det", "preconj") for t in subj.subtree):
        return True
    return subj.lower_ in ("nobody", "none") or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def _likeness(token: Token) -> bool:
    """'consistent with', 'in keeping with': the evidence matches something without showing it
    ("the fragments were consistent with Iranian designs"; not "a consistent policy")."""
    return token.lower_ in ("consistent", "compatible") and token.pos_ == "ADJ" \
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)


# Words for near-certainty that "almost" or "nearly" turn into a judgment of likelihood.
_CERTAIN = frozenset({"certainly", "certain", "surely", "sure", "definitely"})
_NEARLY = frozenset({"almost", "nearly"})
# Modals of a hypothetical: "would retaliate if Manila continued" is said only under a condition.
_HYPOTHETICAL_MODALS = frozenset({"would", "could", "might"})
_CONDITION_MARKS = frozenset({"if", "unless"})


def _condition(modal: Token) -> Span | None:
    """The "if" or "unless" clause of a hypothetical modal's verb ("would retaliate if Manila
    continued"), else None; "will ... if" is a firm threat or promise, not a hypothetical."""
    if modal.tag_ != "MD" or modal.lower_ not in _HYPOTHETICAL_MODALS:
        return None
    clause = next((c for c in modal.head.children if c.dep_ == "advcl"
                   and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)), None)
    return modal.doc[clause.left_edge.i:clause.right_edge.i + 1] if clause is not None else None


#: "too early to say", "premature to speculate": verbs of knowing or judging that a speaker says
#: cannot yet be done, which leaves what is said open (not "too early to harvest").
_JUDGING = frozenset({"say", "tell", "know", "determine", "conclude", "speculate", "judge", "assign", "blame",
                      "attribute", "establish", "confirm", "rule", "assess", "comment", "draw", "identify"})


def _too_soon(t: Token) -> str | None:
    """'it was too early to say whether ...', 'premature to speculate': the phrase, or None."""
    low = t.lower_
    if low not in ("early", "soon", "premature") or t.pos_ not in ("ADJ", "ADV"):
        return None
    if low != "premature" and not any(c.lower_ == "too" and c.dep_ == "advmod" for c in t.children):
        return None
    # the parser hangs the infinitive on the adjective or on the copula above it
    verb = next((c for h in (t, t.head) for c in h.children if c.dep_ == "xcomp" and c.i > t.i
                 and c.lemma_.lower() in _JUDGING), None)
    if verb is None:
        return None
    start = min([c.i for c in t.children if c.lower_ == "too"] + [t.i])
    return t.doc[start:verb.i + 1].text


def hedges_of(content: tuple[int, int] | None, cue_token: Token, cue: Cue | None, ctx: Context) -> tuple[str, ...]:
    """Hedge words in the content (modals, adverbs, verbs such as "appear"), on the cue, or the
    cue itself when it hedges ("suggest")."""
    out: list[str] = []
    if cue is not None and cue.hedge:
        out.append(cue_token.text)
    doc = cue_token.doc
    tokens: list[Token] = [c for c in cue_token.children if c.dep_ in ("advmod", "aux")]
    if cue_token.dep_ == "xcomp" and cue_token.head.lemma_.lower() in RAISING:
        tokens.append(cue_token.head)  # "appeared to show": the source only seems to say it
    # "Unconfirmed reports said ...": a source called unconfirmed hedges what it says
    tokens.extend(a for c in cue_token.children if c.dep_ in SUBJECTS for a in c.children if a.dep_ == "amod")
    if content is not None:
        tokens.extend(doc[content[0]:content[1]])
    # "said the allegations were credible, though it stopped short of confirming them": a
    # concession on the saying (the parser often hangs it on the said clause) withholds the
    # speaker's full word
    said = [cue_token] + [c for c in cue_token.children if c.dep_ == "ccomp" and c.i > cue_token.i]
    for clause in (c for h in said for c in h.children if c.dep_ == "advcl" and c.i > cue_token.i
                   and any(m.dep_ == "mark" and m.lower_ in CONCESSIVE_MARKS for m in c.children)):
        if withheld_confirmation(clause):
            out.append(doc[clause.left_edge.i:clause.right_edge.i + 1].text.rstrip(" .,;"))
    for t in tokens:
        low = t.lower_
        if t.tag_ == "MD" and ability_modal(t):
            continue  # "only the legitimate authorities could end the accords": a rule, no hedge
        marked = low in ctx.lex.hedges and (t.tag_ == "MD" or t.pos_ in ("ADV", "ADJ"))
        hedging_verb = t.pos_ == "VERB" and t.lemma_.lower() in ctx.lex.hedges and t.i != cue_token.i
        if marked or hedging_verb or (t.i != cue_token.i and _raised_passive(t)):
            out.append(t.text)
        elif _likeness(t):
            out.append(f"{t.text} with")
        elif (soon := _too_soon(t)) is not None:
            out.append(soon)
        elif low in _CERTAIN and (near := next((c for c in t.children if c.lower_ in _NEARLY), None)) is not None:
            out.append(f"{near.text} {t.text}")  # "almost certainly": likely, not certain
        if content is not None and (cond := _condition(t)) is not None and content[0] <= cond.start < content[1]:
            out.append(cond.text.rstrip(" .,;"))  # the condition makes the act a hypothetical
    seen: list[str] = []
    for word in out:
        if word not in seen:
            seen.append(word)
    return tuple(seen)
