"""Dates stage: find temporal expressions and normalise them against the publication date.

`find_dates(doc)` takes spaCy's DATE entities plus expressions the small model misses
("recently", "now", "on Monday", "earlier this month", "for over a year") and turns each into
a `TimeSpan`: an inclusive interval of days with a TimeML-style value (2023-09, 2024-W42,
PAST_REF), a precision, a kind (absolute, relative, duration, vague) and the rule used.
Expressions without a year or relative to "now" are resolved against the article's
publication date, using the tense of the clause ("on Monday" in past-tense reporting is the
most recent Monday; "June" in a future clause is the next June). Without a publication date
today's date stands in, and the rule says so. "overnight" is the night before the sentence's
day (the day it names, else publication); "within 48 hours" and a deadline given ("gave them
two days to leave") run from that day; "on the eve of <date>" is the day before that date.
A range of two days ("April 21 to May 9") is two dates, the first taking the year of the end
when only the end has one ("March 3 to April 12, 2024"); a range within one month ("from 3 to
5 March", "March 3-5, 2024") is its first day. "the following month", "the same month", "later
that year" count from the last month or year the story named; a day counted after a flashback
("In February 2019 ... the next day") lies in that month or year. The dateline's date is a
mention of its own ("BEIRUT, Aug 21 (Wire) -").

`event_date(doc, sent, trigger)` dates an event from its own clause, then its sentence, and
otherwise says it happened on or before publication (kind "publication", low precision). A date
that belongs to another noun ("Sunday's vote", "the 2021 ceasefire", "the arrest of X in March")
dates that noun, not the verbs around it. A sentence with no date that goes on with the
previous sentence's dated event in the same paragraph ("... a Greek tanker on Thursday. The ship
was hit ...", "Gunmen stormed ... The attackers abducted ...") takes that date, ruled
`carried:previous-sentence:<link>`, at lower confidence; not a sequel on a later day (a release
after an arrest) nor a sentence with its own cue of later time ("later", "weeks after").
Where the parse hangs a date phrase in the wrong clause (a fronted "In a video released on
Tuesday", a final "on Monday" after a dated relative clause) `date_scope` says whose it is. A
range ("between 2008 and 2011") dates an act over its whole length; an act reported again
without quotes ("said on Wednesday that rebels had shelled the market") keeps the day the
story told it before; "a week after X signed" counts from the day of that signing. A speech
told on in the next sentence by the same speaker ("said on Sunday that ... He added that ...")
dates what it reports by the day of the first. A year before a noun is a date even when the
model tags it EVENT or CARDINAL ("the 2020 war"); an act "since" such a noun runs from its year.
"""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tacitus.pipeline import doc_text, mentions_starting_in
from tacitus.pipeline.clauses import CLAUSAL_DEPS, clause_head, own_clause, verb_above
from tacitus.pipeline.date_scope import (
    act_verb,
    detached_tail,
    embedded_elsewhere,
    fronted_adjunct,
    fronted_participle,
    harm_participles,
    past_by_form,
    purpose_clause,
    since_back,
)
from tacitus.records import Mention, TimeSpan

log = logging.getLogger(__name__)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
           "thirty": 30, "forty": 40, "fifty": 50, "a few": 3, "few": 3, "several": 3, "a couple of": 2,
           "a couple": 2, "couple of": 2, "some": 3, "many": 5, "a dozen": 12, "dozens of": 24}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9), "winter": ("WI", 12)}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
UNITS = ("day", "week", "month", "year", "decade", "century")
UNIT_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE", "century": "CE"}

_M = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_WD = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUM = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|few|several|a couple of|a couple|couple of|some|many|a dozen|dozens of)"
_UNIT = r"(day|week|month|year|decade|centur(?:y|ie))s?"
_LEAD = re.compile(r"^(?:on|in|at|by|during|over|from|until|till|through|throughout|of|since|as of|before|after|around|about|"
                   r"circa|approximately|the|this past|only|just)\s+")
_MOD = r"(early|mid|middle of|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of)"

# Adverbs and phrases the small model does not tag as DATE.
_EXTRA = re.compile(
    r"\b(?:(?:earlier|later|early|late)\s+(?:this|last|next)\s+(?:week|month|year)"
    r"|(?:this|last|next|past|coming)\s+(?:week|month|year|weekend)"
    r"|(?:on|last|next|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|overnight(?:\s+(?:on|into|to)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?"
    r"|today|yesterday|tomorrow|tonight|recently|lately|currently|nowadays|presently|now"
    r"|within\s+(?:the\s+(?:next|coming)\s+)?" + _NUM + r"\s+(?:hour|day|week|month|year)s?"
    r"|in recent (?:days|weeks|months|years)|in the (?:coming|next|past|last) (?:few )?(?:days|weeks|months|years)"
    r"|the (?:following|next|previous|preceding) day(?! of)"  # the model misses some: counted from the story's day
    r"|(?:for|over) (?:(?:well )?over|more than|at least|nearly|almost|about|around|some|the past|the last)?\s*"
    + _NUM + r"\s+" + _UNIT + r")\b",
    re.IGNORECASE,
)


_YEAR_WORD = re.compile(r"(?:19|20)\d\d")

# "the night of March 3", "the early hours of Sunday": a part of the day before the day it names.
_PART_OF_DAY = re.compile(r"(?:the\s+)?(?:night|morning|afternoon|evening|early hours|small hours)\s+of\s+(?=\S)",
                          re.IGNORECASE)
_DAY_TIME = re.compile(r"\b(?:last night|tonight|overnight|this (?:morning|afternoon|evening)|yesterday|today|tomorrow|"
                       r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Ref:
    """The anchor: the publication date and where it came from."""

    day: date
    source: str  # "published" or "today"


def find_dates(doc: Doc) -> list[Mention]:
    """Normalised date mentions of `doc`, in text order.

    Args:
        doc: a parsed Doc; `doc._.tacitus_article.published` anchors relative dates.

    Returns:
        Mentions labelled DATE, each with `.date` set (a TimeSpan whose `rule` says how it
        was resolved). Durations that anchor nothing ("two hours") and expressions that
        cannot be resolved are left out.

    Example:
        >>> doc = nlp("Talks resumed last Tuesday.")   # published 2024-10-16
        >>> find_dates(doc)[0].date.start.isoformat()
        '2024-10-15'
    """
    ref = _reference(doc)
    spans: list[tuple[Span, str]] = []
    taken: set[int] = set()
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        ent = _extend_left(ent)
        if ent.label_ == "TIME" and (part := _PART_OF_DAY.match(ent.text)) is not None:
            # "the night of March 3" tagged TIME: the day it names
            day = ent.doc.char_span(ent.start_char + part.end(), ent.end_char, alignment_mode="contract")
            if day is not None and len(day) > 0:
                spans.append((day, "ner"))
                taken.update(range(day.start, day.end))
            continue
        if ent.label_ == "TIME" and not _DAY_TIME.search(ent.text) and ent[0].lower_ != "within" \
                and not _deadline_object(ent):
            continue  # a clock time ("5 p.m.") is not a date of its own; "within 48 hours" is a deadline
        for span in _split_range(ent):
            spans.append((span, "ner"))
            taken.update(range(span.start, span.end))
    text = doc_text(doc)
    dateline = _dateline_date(doc, text)
    if dateline is not None:  # the model tags "May 9" but only "21" of "Aug 21"
        spans = [(s, src) for s, src in spans if s.end <= dateline.start or s.start >= dateline.end]
        spans.append((dateline, "dateline"))
        taken.update(range(dateline.start, dateline.end))
    for m in _EXTRA.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is None or len(span) == 0 or any(i in taken for i in range(span.start, span.end)):
            continue
        if span.text.lower() == "now" and _not_temporal_now(span):
            continue
        if any(t.ent_type_ not in ("", "DATE", "TIME") for t in span) or text[span.end_char:span.end_char + 1] == "-":
            continue  # "Black Friday", "now-defunct"
        if span[0].lower_ in ("may",):
            continue
        spans.append((span, "pattern"))
        taken.update(range(span.start, span.end))
    for tok in doc:  # "the 2020 war", "a 2022 coup": the model tags the year EVENT or CARDINAL, if at all
        if tok.i not in taken and _YEAR_WORD.fullmatch(tok.text) and tok.ent_type_ in ("", "CARDINAL", "EVENT") \
                and tok.dep_ in ("nummod", "compound", "amod") and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
            spans.append((doc[tok.i:tok.i + 1], "pattern"))
            taken.add(tok.i)
    offsets: list[tuple[Span, str, _Offset]] = []  # "two days before the damage occurred": resolved last
    for m in _COUNT_BEFORE_MARK.finditer(text):  # "a week after Congo and Rwanda signed": no DATE to the model
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is None or len(span) == 0 or any(i in taken for i in range(span.start, span.end)):
            continue
        if (offset := _offset_of(span)) is not None:
            offsets.append((span, "pattern", offset))
            taken.update(range(span.start, span.end))
    sent_index = {s.start: i for i, s in enumerate(doc.sents)} if doc.has_annotation("SENT_START") else {}
    out: list[Mention] = []
    story: date | None = None  # the last day the story has named: "two days later" counts from it
    named: list[TimeSpan] = []  # the days, months and years it has named: "the following month" counts from them
    found: list[tuple[Span, str, str, TimeSpan]] = []  # (span, source, tense, TimeSpan)
    for span, source in sorted(spans, key=lambda s: s[0].start):
        if not _dated_use(span):
            continue
        tense = clause_tense(span)
        if tense == "present" and _ahead_of_now(span):
            tense = "future"  # "plans to keep the ships until the spring": the next spring
        if tense == "past" and span[0].lower_ == "within" and _looks_ahead(span):
            tense = "future"  # "expected a new round within 48 hours": a deadline all the same
        ts = anaphoric(span.text, story, ref.day, tuple(named)) if _story_first(span, tense) else None
        ts = ts or normalize(span.text, ref.day, tense)
        if ts is None and _month_may(span):
            ts = normalize(f"may {_pick_year(5, None, ref.day, tense)}", ref.day, tense)
            ts = ts and replace(ts, kind="relative", rule=f"month:year-from-publication({tense})", confidence=0.8)
        if ts is None and _deadline_object(span):
            ts = normalize(f"within {span.text}", ref.day, "future")
        if ts is None:
            ts = anaphoric(span.text, story, ref.day, tuple(named))
        if ts is None and (offset := _offset_of(span)) is not None:
            offsets.append((span, source, offset))
            continue
        while ts is None and source == "ner" and len(span) > 1 and not span[0].like_num:
            # the model took in a word before the date: "in full later this month"
            span = span[1:]
            ts = normalize(span.text, ref.day, tense) or anaphoric(span.text, story, ref.day, tuple(named))  # "later the same day"
        if ts is None:
            continue
        if ts.kind == "duration" and _closed_duration(span):
            continue  # "bombed Serbia for 78 days" (in 1999): a stretch that ended, not one running to now
        if tense == "past" and ts.kind != "duration" and ts.precision != "day" and ts.start is not None \
                and ts.end is not None and ts.start < ref.day < ts.end and "within" not in ts.rule:
            # "clashed in mid-September" told on September 19: a past act ends by publication
            ts = replace(ts, end=ref.day, rule=f"{ts.rule}:until-publication")
        ts = _month_pair_year(span, _range_year(span, ts))
        if ts.precision == "day" and ts.kind != "duration" and ts.start is not None:
            story = ts.start
        if ts.precision in ("day", "month", "year") and ts.kind != "duration" and ts.start is not None \
                and not _on_noun(span):
            named.append(ts)
        found.append((span, source, tense, ts))
    for span, source, ts in _reported_days(_sentence_anchored(found)):
        note = f"{source}:{ts.rule}" + ("" if ref.source == "published" else "; no publication date: anchored on today")
        ts = replace(ts, rule=note)
        out.append(Mention(
            text=span.text, start=span.start_char, end=span.end_char, label="DATE", date=ts,
            sentence=sent_index.get(span.sent.start) if sent_index else None, rule=note, confidence=ts.confidence,
        ))
    for span, source, offset in offsets:
        ts = _offset_day(doc, offset, out)
        if ts is not None:
            note = f"{source}:{ts.rule}"
            out.append(Mention(
                text=span.text, start=span.start_char, end=span.end_char, label="DATE", date=replace(ts, rule=note),
                sentence=sent_index.get(span.sent.start) if sent_index else None, rule=note, confidence=ts.confidence,
            ))
    return sorted(out, key=lambda m: m.start) if offsets else out


_DATELINE_DAY = re.compile(rf"\b{_M}\s+\d{{1,2}}\b(?:,\s+\d{{4}})?", re.IGNORECASE)


def _dateline_date(doc: Doc, text: str) -> Span | None:
    """The month and day of the article's dateline ("BEIRUT, Aug 21 (Wire) -"), as a span."""
    article = doc._.tacitus_article
    end = getattr(article, "body_start", 0) if article is not None else 0
    m = _DATELINE_DAY.search(text, 0, end) if end else None
    return doc.char_span(m.start(), m.end(), alignment_mode="expand") if m else None


def _on_noun(span: Span) -> bool:
    """A date that only premodifies a noun ("the 1960 water-sharing pact") names no time of the
    story that a later "the next day" could count from."""
    root = span.root
    return root.dep_ in ("nummod", "compound", "amod", "poss", "nmod") and root.head.pos_ in ("NOUN", "PROPN")


# --- "a day after X", "two days before the damage occurred" ----------------------------------
#
# A count of days set before or after another act times the governing act from that act's day:
# "suspended the talks on Wednesday, a day after the group was accused of attacking a base" (the
# attack, a day before Wednesday); "had left port two days before the damage occurred" (two
# days before the damage told earlier). The phrase "two days" dates the governing act.

_OFFSET_MARKS = ("after", "before")
_COUNT_BEFORE_MARK = re.compile(rf"\b{_NUM}\s+(?:day|week)s?(?=\s+(?:after|before)\b)", re.IGNORECASE)
_OFFSET_UNITS = {"day": 1, "week": 7}
# Verbs that only say an act took place: "before the damage occurred" is before the damage.
_HAPPENING = {"occur", "happen", "take", "begin", "start", "come", "break"}


@dataclass(frozen=True)
class _Offset:
    governor: Token  # the act the count dates ("left", "suspended")
    anchor: Token  # the verb of the clause counted from
    word: str  # after or before
    days: int


def _count_of(unit: Token) -> int | None:
    """Days in "a day", "two days", "three weeks" (None for a bare or vague count)."""
    days = _OFFSET_UNITS.get(unit.lemma_.lower())
    count = next((c for c in unit.children if c.dep_ == "nummod"), None) \
        or next((c for c in unit.children if c.dep_ == "det"), None)
    if days is None or count is None or unit.pos_ != "NOUN":
        return None
    n = int(count.text) if count.text.isdigit() else NUMBERS.get(count.lower_)
    return None if n is None or count.lower_ in ("some", "many", "several", "few") else n * days


def _offset_of(span: Span) -> _Offset | None:
    """The offset a bare count of days sets ("two days" before "before the damage occurred"),
    or None."""
    unit = span.root
    if (days := _count_of(unit)) is None or span.end >= len(span.doc):
        return None
    # the word right after the count, whatever the count hangs on ("left the depot two days
    # before ..." is often parsed with "two days" as the object)
    word = span.doc[span.end]
    if word.lower_ not in _OFFSET_MARKS:
        return None
    # ("two days after the raid", a noun, is the event's to count: `_from_earlier_event`)
    if word.dep_ == "mark" and word.head.dep_ == "advcl":  # "a day after the group was accused"
        return _Offset(word.head.head, word.head, word.lower_, days)
    return None


def _offset_clause(trigger: Token) -> tuple[Token, int] | None:
    """(the clause, days from its governor's day) for a trigger in a clause set a count of days
    before or after its governor: "a day after the group was accused of attacking" (-1)."""
    for tok in (trigger, *trigger.ancestors):
        if tok.dep_ == "advcl":
            mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in _OFFSET_MARKS), None)
            unit = tok.doc[mark.i - 1] if mark is not None and mark.i > 0 else None  # the count before the mark
            days = _count_of(unit) if unit is not None else None
            if mark is None or days is None:
                return None
            return tok, -days if mark.lower_ == "after" else days
        if tok.dep_ in ("ccomp", "relcl", "parataxis", "acl", "csubj", "ROOT"):
            return None
    return None


def _offset_day(doc: Doc, offset: _Offset, mentions: list[Mention]) -> TimeSpan | None:
    """The day a count of days dates: the governing act's own day when its clause names one, else
    the anchor act's day (named in its clause, or that of the earlier act a definite noun takes
    up: "the damage" after "were damaged overnight") moved by the count."""
    sent = offset.governor.sent
    days = [(m, i) for m in mentions if m.date is not None and m.date.precision == "day" and m.date.kind != "duration"
            and (i := _token_of(doc, m)) is not None and sent.start <= i < sent.end]
    own = own_clause(offset.governor)
    here = [m for m, i in days if i in own]
    if len(here) == 1:
        ts = here[0].date
        return replace(ts, kind="relative", rule=f"offset:{offset.word}:governing-day; {ts.rule}",
                       confidence=round(ts.confidence * 0.9, 2))
    inside = {t.i for t in offset.anchor.subtree}
    there = [m.date for m, i in days if i in inside]
    base, how = (there[0], "anchor-day") if len(there) == 1 else (_earlier_act_day(doc, offset, mentions), "earlier-act")
    if base is None or base.start is None:
        return None
    shift = offset.days if offset.word == "after" else -offset.days
    conf = round(min(base.confidence, 0.85) * _EVENT_ANCHOR_CONFIDENCE, 2)
    # (a night counts from its evening: "2025-11-18TNI" is the night into the 19th)
    return _day(base.start + timedelta(days=shift), "relative", f"offset:{shift:+d}d-from-{how}; {base.rule}", conf)


def _earlier_act_day(doc: Doc, offset: _Offset, mentions: list[Mention]) -> TimeSpan | None:
    """The day (at most two days long: "overnight") of the earlier act a definite noun takes up
    in a clause that only says it happened ("before the damage occurred"), or that the clause
    tells again ("a week after Congo and Rwanda signed the deal"), or None."""
    if offset.anchor.lemma_.lower() not in _HAPPENING:
        ts = _retold_act_day(doc, offset.anchor, mentions)
        return ts if ts is not None and ts.end is not None and (ts.end - ts.start).days <= 1 else None
    noun = next((c for c in offset.anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun is None or not _has_definite(noun):
        return None
    lemma = noun.lemma_.lower()
    acts = _TAKES_UP.get(lemma, frozenset()) | {lemma}
    for earlier in _earlier_sents(doc, offset.governor.sent):
        for act in earlier:
            if act.lemma_.lower() not in acts or act.pos_ not in ("VERB", "NOUN") or act.dep_ == "amod" \
                    or act.pos_ == "NOUN" and (_has_definite(act) or doc[act.i - 1].lower_ in _DEFINITE):
                continue  # ("both damaged sites" describes; "the damage" takes up another)
            ts, _ = event_date(doc, earlier, act, 1, mentions)
            if ts is None or ts.kind == "publication" or ts.start is None or ts.end is None \
                    or (ts.end - ts.start).days > 1:
                return None
            return ts
    return None


def _arguments(verb: Token) -> set[str]:
    """Lemmas of the verb's subject and object heads and of the names joined to them."""
    out: set[str] = set()
    for arg in verb.children:
        if arg.dep_ in ("nsubj", "nsubjpass", "dobj") and arg.pos_ in ("NOUN", "PROPN"):
            out.add(arg.lemma_.lower())
            out |= {c.lemma_.lower() for c in arg.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")}
    return out


def _retold_act_day(doc: Doc, verb: Token, mentions: list[Mention], depth: int = 1) -> TimeSpan | None:
    """The date of the nearest earlier act of the same verb that shares a subject or object with
    `verb` ("Congo and Rwanda signed a deal on June 27" ... "after Congo and Rwanda signed the
    deal"), when the story dated it; else None. Only the nearest such act is looked at."""
    lemma, args = verb.lemma_.lower(), _arguments(verb)
    if verb.pos_ != "VERB" or not args:
        return None
    for earlier in _earlier_sents(doc, verb.sent):
        for act in earlier:
            if act.lemma_.lower() != lemma or act.pos_ != "VERB" or not (_arguments(act) & args):
                continue
            ts, _ = event_date(doc, earlier, act, depth, mentions)
            if ts is None or ts.kind == "publication" or ts.start is None:
                return None
            return ts
    return None


def _earlier_sents(doc: Doc, sent: Span) -> list[Span]:
    """The sentences before `sent`, nearest first (an empty span's `.sents` gives the first
    sentence, so the first sentence has none before it by this test)."""
    return [] if sent.start == 0 else list(reversed(list(doc[:sent.start].sents)))


def _ahead_of_now(span: Span) -> bool:
    """A date in a present-tense clause that can only lie ahead: "until the spring", or the
    infinitive of a plan ("plans to keep the ships there until the spring", "aims to finish in
    March")."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("until", "till"):
        return True
    verb = verb_above(root, 6)
    return verb is not None and verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and verb.head.lemma_.lower() in FORWARD_LEMMAS | _AHEAD \
        and verb.head.tag_ not in ("VBD", "VBN")  # "tried to kill him on Sunday": a plan of the past


# Verbs that report speech: a weekday or "tomorrow" in what they report counts from the day of
# the report when the sentence dates it ("said on Tuesday that the team would arrive on Wednesday").
REPORTING_LEMMAS = {"say", "tell", "announce", "state", "report", "add", "declare", "confirm", "warn", "claim",
                    "insist", "write", "explain", "predict", "promise", "pledge", "vow", "expect"}
# Normalisation rules that count from the reference day by weekday or by day.
_SPEECH_RELATIVE = ("weekday(", "today", "tomorrow", "yesterday", "day-before-yesterday")


def _reported_days(found: list[tuple[Span, str, str, TimeSpan]]) -> list[tuple[Span, str, TimeSpan]]:
    """(span, source, TimeSpan) for each found date, with a weekday or deictic day inside a
    reported clause read from the day the reporting verb is dated to, when its own clause has an
    explicit day ("said on Tuesday that ... would arrive on Wednesday": the Wednesday after that
    Tuesday, not after publication). Without such a day, nothing changes."""
    days = {span.root.i: ts.start for span, _, _, ts in found
            if ts.precision == "day" and ts.kind != "duration" and ts.start is not None}
    out: list[tuple[Span, str, TimeSpan]] = []
    for span, source, tense, ts in found:
        said = _reporting_day(span, days) if ts.rule.startswith(_SPEECH_RELATIVE) else None
        again = normalize(span.text, said, tense) if said is not None else None
        if again is not None and again.rule.startswith(_SPEECH_RELATIVE):
            ts = replace(again, rule=f"{again.rule}:from-reporting-day-{said.isoformat()}")
        out.append((span, source, ts))
    return out


# Rules that count from an anchoring day, which is the day the sentence names when it names one.
_ANCHORED = ("overnight:night", "within:")


def _sentence_anchored(found: list[tuple[Span, str, str, TimeSpan]]) -> list[tuple[Span, str, str, TimeSpan]]:
    """"overnight" and "within 48 hours" count from the day of their sentence when it names
    exactly one ("crossed the river overnight, the army said on Thursday": the night before
    that Thursday), not from publication. A day set apart by "after", "since" ... is another
    act's, not the sentence's time."""
    days: dict[int, set[date]] = {}
    for span, _, _, ts in found:
        if (ts.precision == "day" and ts.kind not in ("duration",) and ts.start is not None
                and not ts.rule.startswith(_ANCHORED + ("overnight:", "eve-of:", "anaphoric:"))
                and span.root.head.lower_ not in _APART):
            days.setdefault(span.sent.start, set()).add(ts.start)
    out = []
    for span, source, tense, ts in found:
        anchor = days.get(span.sent.start, set())
        if ts.rule.startswith(_ANCHORED) and len(anchor) == 1:
            text = f"within {span.text}" if ts.rule.startswith("within:") and span[0].lower_ != "within" else span.text
            again = normalize(text, next(iter(anchor)), "future" if text != span.text else tense)
            if again is not None:
                ts = replace(again, rule=f"{again.rule}:from-sentence-day-{next(iter(anchor)).isoformat()}")
        out.append((span, source, tense, ts))
    return out


def _reporting_day(span: Span, days: dict[int, date]) -> date | None:
    """The day of the report whose complement holds `span`, if the reporting clause names one."""
    verb = verb_above(span.root, 6)
    if verb is None:
        return None
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):  # "would arrive on Monday and leave on Friday"
        verb = verb.head
    reporter = verb.head
    if verb.dep_ != "ccomp" or reporter.i == verb.i or reporter.lemma_.lower() not in REPORTING_LEMMAS:
        return None
    own = own_clause(reporter)
    dated = [days[i] for i in own if i in days and i not in (t.i for t in span)]
    return dated[0] if len(dated) == 1 else None


def event_date(doc: Doc, sent: Span, trigger: Token, depth: int = 0,
               mentions: list[Mention] | None = None) -> tuple[TimeSpan | None, str]:
    """The date of the event triggered by `trigger` in `sent`, and the rule that chose it.

    Looks for date mentions in the trigger's own clause (its subtree without other verbs'
    clauses), then in the clause that governs it, then anywhere in the sentence (nearest
    first). "since March" gives a span from March to publication. Otherwise the event is
    dated on or before publication: start = end = the publication date, precision "vague",
    kind "publication". A point in time beats a duration in the same clause ("had frozen the
    process for several weeks in January": January); an act in a clause set a count of days
    after or before its governor ("on Wednesday, a day after X") is that many days from the
    governor's day. `mentions` stands in for the doc's date mentions (while they are found).

    Returns:
        (TimeSpan or None, rule). None only when there is no publication date and no date
        in the sentence cannot happen: today stands in for a missing publication date.
    """
    ref = _reference(doc)
    if mentions is None:
        mentions = doc._.tacitus_dates if doc._.tacitus_dates is not None else find_dates(doc)
        in_sent = [m for m in mentions_starting_in(doc, "dates", mentions, sent.start_char, sent.end_char)
                   if m.date is not None]
    else:
        in_sent = [m for m in mentions if m.date is not None and sent.start_char <= m.start < sent.end_char]
    offset = _offset_clause(trigger) if depth < CARRY_DEPTH else None
    if offset is not None:
        clause, shift = offset
        ts, rule = event_date(doc, sent, clause.head, depth + 1, mentions)
        if ts is not None and ts.kind != "publication" and ts.precision == "day" and ts.start is not None:
            conf = round(min(ts.confidence, 0.85) * _EVENT_ANCHOR_CONFIDENCE, 2)
            return (_day(ts.start + timedelta(days=shift), "relative", f"offset:{shift:+d}d-from-governor; {ts.rule}",
                         conf), f"offset-from-governor:{clause.head.text}:{rule}")
    if not in_sent:
        anchored = _from_earlier_event(doc, sent, trigger, depth, mentions) \
            or _hours_after_previous(doc, sent, trigger, depth, mentions)
        if anchored is not None:
            return anchored
        carried = _carried(doc, sent, trigger, ref, depth, mentions) \
            or _speech_continued(doc, sent, trigger, depth, mentions)
        if carried is not None:
            return carried
    # A date that belongs to a noun ("the 2021 ceasefire", "the arrest of X in March") dates
    # that noun, not the events of the verbs around it.
    tails, inside = _detached_tails(doc, in_sent, trigger) if in_sent else (set(), set())
    owned = [m for m in in_sent if _owned_by_other_noun(doc, m, trigger) and _token_of(doc, m) not in tails]
    in_sent = [m for m in in_sent if m not in owned]
    # A date inside an act told below the trigger ("accused X of bombing markets last week")
    # or a duration of a reported state ("said the siege had lasted for weeks") is not its time.
    in_sent = [m for m in in_sent if (i := _token_of(doc, m)) is None
               or not embedded_elsewhere(doc[i], trigger, m.date.kind == "duration")]
    # A deadline given ("gave Caracas 48 hours to withdraw") dates the act it limits, not the giving.
    in_sent = [m for m in in_sent if not (m.date is not None and "within:" in m.date.rule
                                          and _token_of(doc, m) in {c.i for c in trigger.children if c.dep_ == "dobj"})]
    # A quote's act is not dated by the day it was told ("'They shelled us at dawn,' he told
    # reporters on Wednesday"): when the story dated it before, that date goes on.
    # So with a reported act outside quotes ("told reporters on Wednesday that the rebels had
    # shelled the market") that the story told before with the same verb and a shared party.
    told = [m for m in in_sent if _speech_date(doc, sent, m, trigger)]
    reported = [m for m in in_sent if m not in told and _reported_date(doc, m, trigger)]
    if told or reported:
        alone = len(told) + len(reported) == len(in_sent)
        carried = _carried(doc, sent, trigger, ref, depth, mentions) if told and alone else None
        if carried is not None:
            return carried[0], f"{carried[1]}:past-speech-date"
        retold = _retold_act_day(doc, trigger, mentions, depth + 1) if alone and depth < CARRY_DEPTH else None
        if retold is not None:
            conf = round(min(retold.confidence, 0.85) * CARRY_CONFIDENCE, 2)
            return replace(retold, rule=f"retold; {retold.rule}", confidence=conf), "retold-act:past-speech-date"
        in_sent = [m for m in in_sent if m not in told] or in_sent
    if in_sent:
        # A phrase the parser took into a comma-set relative clause that has a date of its own
        # ("met X, who has ruled since a 2020 coup, at the palace on Monday") times the main verb.
        in_sent = [m for m in in_sent if _token_of(doc, m) not in inside]
        own = _with_participles(doc, own_clause(trigger))
        governing = _with_participles(doc, own_clause(clause_head(trigger))) | tails
        when = _temporal_clauses(clause_head(trigger))
        fronted = fronted_adjunct(trigger, _event_noun)
        purpose = purpose_clause(trigger)
        harm = {i for p in harm_participles(clause_head(trigger)) if p.i != trigger.i
                for c in (p, *(c for c in p.children if c.dep_ == "conj" and c.tag_ == "VBG")) for i in own_clause(c)}
        occasion = {i for p in fronted_participle(clause_head(trigger)) if p.i != trigger.i for i in own_clause(p)}
        for scope, name in ((own, "clause"), (governing, "governing-clause"), (when, "when-clause"),
                            (fronted, "fronted-adjunct"), (purpose, "purpose-clause"), (harm, "harm-participle"),
                            (occasion, "occasion-participle")):
            hits = [m for m in in_sent if _token_of(doc, m) in scope]
            if name == "purpose-clause":  # a past day of the purpose only: "to hold talks in May" is ahead
                hits = [m for m in hits if m.date is not None and m.date.end <= ref.day]
            hits = [m for m in hits if m.date.kind != "duration"] or hits
            hits = [m for m in hits if _on_verb(doc, m, trigger)] or hits
            if hits:
                best = min(hits, key=lambda m: abs(m.start - trigger.idx))
                return _event_span(doc, best, ref, trigger, in_sent), f"date:{name}:{best.text}"
        # Elsewhere in the sentence: only a date not inside another verb's clause of its own,
        # and none for the act of a named party told in a relative clause ("..., according to
        # Amnesty, which accused Cairo of ...": the accusation is not the deportation's day).
        others = [] if _party_relative(trigger) else [m for m in in_sent if not _in_other_clause(doc, m, trigger)]
        if others:
            best = min(others, key=lambda m: abs(m.start - trigger.idx))
            ts = _event_span(doc, best, ref, trigger, in_sent)
            if since_back(trigger) and ts.start is not None and ts.kind != "duration":
                return replace(ts, end=max(ref.day, ts.start), kind="duration", precision="vague",
                               rule=f"{ts.rule}; since then: until publication"), f"date:since-then:{best.text}"
            return ts, f"date:sentence:{best.text}"
    background = _background_year(doc, trigger, owned)
    if background is not None:
        ts = replace(background.date, confidence=round(background.date.confidence * 0.7, 2))
        return ts, f"date:background-year:{background.text}"
    rule = "publication:on-or-before" + ("" if ref.source == "published" else " (no publication date: today)")
    return TimeSpan(start=ref.day, end=ref.day, value=None, precision="vague", kind="publication",
                    rule=rule, confidence=0.3), rule


def _detached_tails(doc: Doc, in_sent: list[Mention], trigger: Token) -> tuple[set[int], set[int]]:
    """(tokens of detached final date phrases the trigger's clause verb hosts, those the trigger
    must not take because it sits in the relative clause they were parsed into)."""
    dated = {i for m in in_sent if (i := _token_of(doc, m)) is not None}
    head = clause_head(trigger)
    tails: set[int] = set()
    inside: set[int] = set()
    for i in dated:
        found = detached_tail(doc[i], dated)
        if found is None:
            continue
        rel, host = found
        if host.i == head.i:
            tails.add(i)
        elif any(t.i == trigger.i for t in rel.subtree):
            inside.add(i)
    return tails, inside


def _quoted(sent: Span, tok: Token) -> bool:
    """Is `tok` inside quotation marks within its sentence?"""
    inside = False
    for t in sent:
        if t.i >= tok.i:
            break
        if t.text in ('"', "''"):
            inside = not inside
        elif t.text in ("“", "``"):
            inside = True
        elif t.text == "”":
            inside = False
    return inside


def _speech_date(doc: Doc, sent: Span, mention: Mention, trigger: Token) -> bool:
    """Is `mention` the date of a reporting verb outside the quote that holds the trigger?"""
    i = _token_of(doc, mention)
    if i is None or not _quoted(sent, trigger) or _quoted(sent, doc[i]):
        return False
    verb = clause_head(doc[i])
    return (verb.lemma_.lower() in REPORTING_LEMMAS and verb.i != trigger.i and not _quoted(sent, verb)
            and any(t.i == trigger.i for t in verb.subtree))


def _reported_date(doc: Doc, mention: Mention, trigger: Token) -> bool:
    """Is `mention` the date of a reporting verb whose complement (a clause of its own, not a
    quote) holds the trigger, told in the past ("said on Wednesday that rebels had shelled")?"""
    i = _token_of(doc, mention)
    if i is None:
        return False
    verb = clause_head(doc[i])
    if verb.lemma_.lower() not in REPORTING_LEMMAS or verb.i == trigger.i or clause_tense(doc[verb.i:verb.i + 1]) != "past":
        return False
    return any(a.dep_ == "ccomp" and a.head.i == verb.i for a in (trigger, *trigger.ancestors)) \
        and clause_tense(doc[trigger.i:trigger.i + 1]) == "past"


def _background_year(doc: Doc, trigger: Token, owned: list[Mention]) -> Mention | None:
    """A year on the event noun a past relative clause acts on: "Qatar, which brokered the truce
    that ended the 2020 war": the brokering and the ending are background told in the year of
    that war, not acts of the day of publication. Only for a relative clause in simple past (a
    main clause's "condemned the 2020 coup" is a later answer to it)."""
    head = clause_head(trigger)
    if head.dep_ != "relcl" or not _simple_past(head):
        return None
    below = {t.i for t in head.subtree}
    for m in owned:
        i = _token_of(doc, m)
        if (i is not None and i in below and m.date is not None and m.date.precision == "year"
                and doc[i].head.pos_ == "NOUN"):
            return m
    # "after the 1999 war, when NATO bombed Serbia": a "when" clause on a dated noun tells
    # what happened at that noun's time
    if any(c.dep_ == "advmod" and c.lower_ == "when" for c in head.children):
        noun = {t.i for t in head.head.subtree} - below
        for m in owned:
            i = _token_of(doc, m)
            if i is not None and i in noun and m.date is not None and m.date.kind != "duration":
                return m
    return None


# --- a date counted in hours from the act told just before -----------------------------------
#
# "The court ordered the ship's release on Friday. The government rejected the order within
# hours.": an act "within hours" or "hours later" answers the previous sentence's act on the
# same day. Only with a day for that act; the count of days ("two days later") is a date
# mention of its own (see `anaphoric`).

_HOURS_CUE = re.compile(r"\b(?:within (?:a few |several |hours|minutes)|(?:hours|minutes) later)\b")


def _hours_after_previous(doc: Doc, sent: Span, trigger: Token, depth: int,
                          mentions: list[Mention] | None = None) -> tuple[TimeSpan, str] | None:
    if depth >= CARRY_DEPTH:
        return None
    verb = act_verb(trigger)  # "responded hours later by ordering ...": the ordering too
    scope = own_clause(verb)
    cue = _HOURS_CUE.search(" ".join(t.lower_ for t in sent if t.i in scope))
    if cue is None or not _simple_past(verb):
        return None
    prev = _previous_in_paragraph(doc, sent) or _lone_previous_paragraph(doc, sent)
    if prev is None:
        return None
    ts, rule = event_date(doc, prev, prev.root, depth + 1, mentions)
    if ts is None or ts.kind == "publication" or ts.precision != "day" or ts.start is None:
        return None
    conf = round(min(ts.confidence, 0.85) * CARRY_CONFIDENCE, 2)
    return replace(ts, rule=f"hours-after-previous; {ts.rule}", confidence=conf), f"hours-after-previous:{cue[0]}"


# --- a date carried over from the previous sentence ------------------------------------------
#
# "Houthi forces fired two missiles at a Greek tanker on Thursday. The ship was hit near its bow
# and caught fire.": a sentence with no date of its own, in simple past, whose main clause takes
# up what the previous sentence's dated event involved (a definite noun naming the same thing,
# "the attack" for the act itself, "it"/"they" for its actors) tells the same event and shares
# its day. Not across a paragraph, not from a publication default or a date still to come, not
# for a clause set in another time ("will", "had", "plans to").

CARRY_DEPTH = 3  # sentences a date is carried through: a paragraph telling one incident
CARRY_CONFIDENCE = 0.7  # times the anchor date's confidence
# Definite nouns that name the incident just told, not a longer or other affair ("the war").
_INCIDENT_NOUNS = {"attack", "strike", "airstrike", "raid", "assault", "ambush", "bombing", "blast", "explosion",
                   "shelling", "shooting", "incident", "clash", "clashes", "arrest", "arrests", "seizure",
                   "abduction", "hijacking", "detention", "killing", "killings"}
# General nouns that take up a more specific one in the sentence before ("a tanker ... the ship").
_KINDS = (
    frozenset({"ship", "vessel", "boat", "tanker", "freighter", "carrier", "frigate", "destroyer", "warship", "ferry"}),
    frozenset({"aircraft", "plane", "jet", "airliner", "helicopter", "drone", "fighter"}),
    frozenset({"vehicle", "convoy", "truck", "bus", "car", "lorry"}),
)
_DEFINITE = {"the", "this", "that", "these", "those"}
# Nouns for the doers of a violent act, taking up its subject in the sentence before.
_PERPETRATORS = {"attacker", "assailant", "gunman", "gunmen", "raider", "kidnapper", "abductor", "hijacker", "bomber",
                 "shooter", "perpetrator", "militant", "insurgent", "jihadist", "bandit", "rebel", "fighter",
                 "assailants", "attackers"}
# Governors that set the act ahead of its day: "plans to", "wants to", "threatened to".
_AHEAD = {"plan", "intend", "want", "aim", "seek", "threaten", "prepare", "hope", "try", "agree", "vow", "pledge",
          "promise", "expect", "propose", "consider", "decide", "order", "urge", "ask", "call", "demand"}


def _carried(doc: Doc, sent: Span, trigger: Token, ref: _Ref, depth: int,
             mentions: list[Mention] | None = None) -> tuple[TimeSpan, str] | None:
    """The previous sentence's event date for an undated event that continues it, else None."""
    if depth >= CARRY_DEPTH:
        return None
    prev, where = _previous_in_paragraph(doc, sent), "previous-sentence"
    if prev is None:
        prev, where = _lone_previous_paragraph(doc, sent), "previous-paragraph"
    chain = _main_chain(trigger, sent)
    if prev is None or not chain or not all(_simple_past(v) for v in chain) or _own_time_cue(sent):
        return None
    # Across a paragraph break only the doers, the act itself or its subject go on: "the ship"
    # may open another paragraph's topic, "the attackers" take up the act told just before.
    links = (pair for verb in chain for pair in _links(verb, prev, strong=where == "previous-paragraph"))
    for link, antecedent in links:
        if _sequel(chain[0], antecedent):
            continue
        ts, rule = event_date(doc, prev, antecedent, depth + 1, mentions)
        if ts is None or ts.kind == "publication" or ts.start is None or ts.start > ref.day:
            continue
        if not _simple_past(antecedent) and not rule.startswith("carried:"):
            continue
        conf = round(min(ts.confidence, 0.85) * CARRY_CONFIDENCE, 2)
        carried = replace(ts, rule=f"carried:{where}; {ts.rule}", confidence=conf)
        return carried, f"carried:{where}:{link}"
    return None


# --- a speech told on over two sentences ------------------------------------------------------
#
# "The army chief said on Sunday that the RSF had shelled the city. He added that the militia
# had looted the market.": the same speaker going on ("he", "the army chief") with a reporting
# verb and no date of its own speaks on the day the sentence before named for the speaking, and
# what the complement reports is dated as the first sentence's complement is.

_SPEAKER_PRONOUNS = {"he", "she", "it", "they"}


def _speech_continued(doc: Doc, sent: Span, trigger: Token, depth: int,
                      mentions: list[Mention]) -> tuple[TimeSpan, str] | None:
    """The speech day of the sentence before for an act reported (not quoted) by the same
    speaker's undated reporting verb, else None."""
    root = sent.root
    head = clause_head(trigger)
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    if head.dep_ != "ccomp" or head.head.i != root.i or _quoted(sent, trigger):
        return None
    ts, where = _speech_day(doc, sent, mentions, depth)
    if ts is None:
        return None
    conf = round(min(ts.confidence, 0.85) * CARRY_CONFIDENCE, 2)
    return replace(ts, rule=f"carried:speech-{where}; {ts.rule}", confidence=conf), f"carried:speech-{where}:{root.text}"


def _speech_day(doc: Doc, sent: Span, mentions: list[Mention], depth: int) -> tuple[TimeSpan | None, str]:
    """(the day `sent`'s reporting verb was told on, how): named in its own clause, or carried
    from the sentence before when the same speaker goes on there (`_same_speaker`)."""
    root = sent.root
    if root.lemma_.lower() not in REPORTING_LEMMAS or not _simple_past(root):
        return None, ""
    own = own_clause(root)
    days = [m.date for m in mentions if m.date is not None and sent.start_char <= m.start < sent.end_char
            and _token_of(doc, m) in own]
    if days:
        ts = days[0]
        ok = len(days) == 1 and ts.precision == "day" and ts.kind not in ("duration", "publication")
        return (ts, "own") if ok else (None, "")
    if depth >= CARRY_DEPTH:
        return None, ""
    prev, where = _previous_in_paragraph(doc, sent), "previous-sentence"
    if prev is None:
        prev, where = _lone_previous_paragraph(doc, sent), "previous-paragraph"
    if prev is None or not _same_speaker(root, prev.root):
        return None, ""
    ts, _ = _speech_day(doc, prev, mentions, depth + 1)
    return (ts, where) if ts is not None else (None, "")


def _same_speaker(verb: Token, earlier: Token) -> bool:
    """Is `verb`'s subject the speaker of `earlier` again: a pronoun, or a noun or name with the
    same head word ("He added", "The army chief added" after "Sudan's army chief said")?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    before = next((c for c in earlier.children if c.dep_ == "nsubj"), None)
    if subj is None or before is None or earlier.lemma_.lower() not in REPORTING_LEMMAS:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in _SPEAKER_PRONOUNS
    return subj.pos_ in ("NOUN", "PROPN") and subj.lower_ == before.lower_


# Words that set a sentence after the one before: "was later freed", "weeks after, ...".
_LATER_CUES = {"later", "afterwards", "afterward", "subsequently", "eventually", "thereafter", "since"}
# Acts that follow another and come on a later day: a release after a detention, a death
# after a wounding. "Gunmen stormed a prison. They freed 200 inmates" is one episode: the
# antecedent is no detention.
_SEQUELS = (
    (frozenset({"release", "free", "charge", "indict", "convict", "sentence", "acquit", "deport", "extradite",
                "bail", "jail", "try"}),
     frozenset({"arrest", "detain", "abduct", "kidnap", "capture", "hold", "seize", "jail", "imprison", "take"})),
    (frozenset({"die", "succumb"}), frozenset({"wound", "injure", "hurt", "shoot", "stab", "hospitalize", "hospitalise"})),
)


def _own_time_cue(sent: Span) -> bool:
    """Does the sentence set itself in time after the one before ("later", "since then",
    "weeks after")? "after" counts only without an object of its own."""
    for tok in sent:
        word = tok.lower_
        if word in _LATER_CUES and not (word == "since" and any(c.dep_ == "pobj" for c in tok.children)
                                        and not any(c.lower_ == "then" for c in tok.children)):
            return True
        if word == "after" and not any(c.dep_ in ("pobj", "pcomp") for c in tok.children) and tok.dep_ != "mark":
            return True
    return False


def _sequel(verb: Token, antecedent: Token) -> bool:
    later = verb.lemma_.lower()
    earlier = antecedent.lemma_.lower()
    return any(later in after and earlier in before for after, before in _SEQUELS)


def _previous_in_paragraph(doc: Doc, sent: Span) -> Span | None:
    """The sentence before `sent` when no paragraph break parts them."""
    i = sent.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or any("\n" in t.text or "\n" in t.whitespace_ for t in doc[i:sent.start]):
        return None
    return doc[i].sent


def _lone_previous_paragraph(doc: Doc, sent: Span) -> Span | None:
    """The previous paragraph when it is one sentence and `sent` opens a paragraph: wire copy
    puts each sentence in a paragraph of its own, so the paragraph break parts no topics there."""
    i = sent.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or _previous_in_paragraph(doc, sent) is not None:
        return None
    prev = doc[i].sent
    before = _previous_in_paragraph(doc, prev) if prev.start > 0 else None
    article = doc._.tacitus_article
    if before is not None and before.start_char >= (article.body_start if article is not None else 0):
        return None  # a paragraph of several sentences (a dateline is none): it may have moved on
    return prev


def _main_chain(trigger: Token, sent: Span) -> list[Token]:
    """The trigger's clause verb and the conjuncts above it up to the sentence's root ("The
    convoy was ambushed and three officers were killed"); empty for a trigger in a reported,
    adverbial or relative clause, or under a governor that sets it ahead ("planned an attack")."""
    if any(t.lemma_.lower() in _AHEAD for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")):
        return []
    verb = clause_head(trigger)
    chain = [verb]
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        chain.append(verb)
    if (verb.dep_ == "ccomp" and verb.head.i == sent.root.i and sent.root.lemma_.lower() in REPORTING_LEMMAS
            and _simple_past(sent.root)):
        # "The ministry said troops opened fire at dawn": the reported act goes on with the story
        return chain if verb.pos_ in ("VERB", "AUX") else []
    return chain if verb.i == sent.root.i and verb.pos_ in ("VERB", "AUX") else []


def _simple_past(verb: Token) -> bool:
    """Told in simple past ("fired", "was hit"), not perfect, modal or future."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("had", "has", "have", "'d") or a.tag_ == "MD" for a in auxes):
        return False
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)


def _links(verb: Token, prev: Span, strong: bool = False) -> list[tuple[str, Token]]:
    """(link, verb of the previous sentence) for each way `verb`'s subject or object takes up
    that sentence's event: a definite noun naming a thing it involved, a definite incident noun
    as subject for its act, "it"/"they" as subject for the subject of its main verb (agreeing
    in number). With `strong`, not the noun for a thing involved."""
    main = [prev.root, *(c for c in prev.root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    if prev.root.lemma_.lower() in REPORTING_LEMMAS:
        # "Gunmen ambushed a convoy on Sunday, officials said.": the reported act is the one told
        main += [c for c in prev.root.children if c.dep_ == "ccomp"]
    main = [v for v in main if v.pos_ in ("VERB", "AUX")]
    out: list[tuple[str, Token]] = []
    for arg in verb.children:
        if arg.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        part = _partitive(arg)
        if part is not None:  # "intercepted several of the missiles": the missiles taken up
            arg = part
        word = arg.lower_
        if word in ("he", "she") and arg.dep_ != "dobj":
            # "The envoy stopped in Guam last week. There he met ...": the same person goes on
            for v in main:
                subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and _one_person(subj):
                    out.append((word, v))
            continue
        if arg.pos_ == "PRON" and arg.dep_ != "expl" and word in ("it", "they") and arg.dep_ != "dobj":
            plural = word == "they"
            for v in main:
                subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)
                if subj is not None and (subj.tag_ in ("NNS", "NNPS") or subj.ent_type_ == "NORP") == plural:
                    out.append((word, v))
            continue
        party = _party_word(arg) if arg.dep_ != "dobj" else None
        if party is not None:
            # "Azerbaijani units opened fire" after "Armenian and Azerbaijani forces exchanged
            # fire on Tuesday": the same side's forces go on with the clash
            out.extend((f"same-party:{party}", v) for v in main if any(
                c.dep_ in ("nsubj", "nsubjpass") and party in {t.lower_ for t in c.subtree if t.i != c.i}
                for c in v.children))
            continue
        if arg.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in arg.children):
            continue
        lemma = arg.lemma_.lower()
        if arg.dep_ != "dobj" and (lemma in _PERPETRATORS or word in _PERPETRATORS):
            # "Gunmen stormed a village. The attackers abducted 40": the doers of the act told
            # just before, whatever noun named them there
            out.extend((f"the {word}", v) for v in main if any(
                c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in v.children))
            continue
        if lemma in _INCIDENT_NOUNS or word in _INCIDENT_NOUNS:
            # only as subject: "the attack killed six" goes on with it; "condemned the attack"
            # is someone's later answer to it
            if arg.dep_ != "dobj":
                out.extend((f"the {word}", v) for v in main)
            continue
        if strong:
            continue
        kind = next((k for k in _KINDS if lemma in k), frozenset({lemma}))
        for tok in prev:
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in kind:
                head = clause_head(tok)
                if head.pos_ in ("VERB", "AUX") and head.i in {v.i for v in main}:
                    out.append((f"the {word}", head))
    return out


# Nouns for a side's armed men, named by its nationality: "Azerbaijani units", "Russian troops".
_FORCES = {"unit", "force", "troop", "soldier", "army", "military", "serviceman", "fighter", "militia", "police",
           "guard", "jet", "drone", "warship", "artillery", "sniper"}


def _party_word(arg: Token) -> str | None:
    """The nationality word of a subject naming a side's forces ("Azerbaijani units"), else None."""
    if arg.pos_ != "NOUN" or arg.lemma_.lower() not in _FORCES:
        return None
    # the word, not its entity label: the small model tags "Azerbaijani" PERSON as often as NORP
    return next((c.lower_ for c in arg.children if c.dep_ in ("amod", "compound") and c.is_title
                 and c.ent_type_ in ("NORP", "PERSON", "GPE")), None)


# Words for a part of a set: "several of the missiles", "most of the drones".
_QUANTITIES = {"several", "some", "many", "most", "all", "few", "dozens", "scores", "part", "one", "none", "each"}


def _partitive(arg: Token) -> Token | None:
    """The noun of a partitive argument ("several of the missiles" -> "missiles"), else None."""
    if arg.lower_ not in _QUANTITIES and arg.tag_ != "CD":
        return None
    of = next((c for c in arg.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _one_person(subj: Token) -> bool:
    """A singular subject that can be "he" or "she": a person's name or a noun for one person
    (not a country, body or group)."""
    if subj.tag_ not in ("NN", "NNP") or subj.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "ORG", "DATE"):
        return False
    return subj.ent_type_ == "PERSON" or subj.pos_ == "NOUN" and subj.lemma_.lower() not in _GROUPS


# Singular nouns for groups and things, not one person.
_GROUPS = {"government", "army", "military", "ministry", "police", "group", "force", "team", "delegation",
           "committee", "council", "country", "state", "party", "company", "agency", "court", "parliament",
           "coalition", "alliance", "junta", "regime", "administration", "cabinet", "union", "bloc"}


# --- a day counted from an earlier event the article dated ----------------------------------
#
# "Militants attacked a post on Thursday. ... The day after the attack, troops raided a village":
# "the day after", "two days after", "a week before" or "on the eve of" a definite incident noun
# dates the act from the day of the earlier event that noun takes up, shifted by that many days.
# Without a dated event of that kind earlier in the article the phrase dates nothing.

# The acts an incident noun takes up, by verb or noun lemma ("the attack" after "ambushed").
_VIOLENT = frozenset({"attack", "ambush", "raid", "strike", "airstrike", "assault", "bomb", "bombing", "shell",
                      "shelling", "storm", "shoot", "shooting", "blast", "explosion", "explode", "detonate"})
_TAKES_UP = {
    "attack": _VIOLENT, "assault": _VIOLENT, "incident": _VIOLENT, "ambush": frozenset({"ambush", "attack"}),
    "raid": frozenset({"raid", "storm", "attack"}), "strike": frozenset({"strike", "airstrike", "bomb", "bombing", "shell"}),
    "airstrike": frozenset({"strike", "airstrike", "bomb", "bombing"}), "bombing": frozenset({"bomb", "bombing"}),
    "blast": frozenset({"blast", "explosion", "explode", "detonate", "bomb", "bombing"}),
    "explosion": frozenset({"blast", "explosion", "explode", "detonate", "bomb", "bombing"}),
    "shelling": frozenset({"shell", "shelling"}), "shooting": frozenset({"shoot", "shooting"}),
    "arrest": frozenset({"arrest", "detain"}), "abduction": frozenset({"abduct", "kidnap"}),
    "kidnapping": frozenset({"abduct", "kidnap"}), "killing": frozenset({"kill", "killing"}),
}
_UNIT_DAYS = {"day": 1, "week": 7, "hour": 0, "minute": 0}
_EVENT_ANCHOR_CONFIDENCE = 0.8  # times the earlier event's date confidence


def _from_earlier_event(doc: Doc, sent: Span, trigger: Token, depth: int,
                        mentions: list[Mention] | None = None) -> tuple[TimeSpan, str] | None:
    """The day of an act set "the day after the attack" (or before, or "on the eve of" it) from
    the earlier dated event that incident noun takes up, else None."""
    if depth >= CARRY_DEPTH:
        return None
    scope = own_clause(trigger) | own_clause(clause_head(trigger)) | {trigger.head.i}
    for tok in sent:
        if tok.i not in scope or tok.lower_ not in ("after", "before", "of") or tok.i == trigger.i:
            continue
        noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in _TAKES_UP or not _has_definite(noun):
            continue
        found = _shift_of(tok)
        if found is None:
            continue
        shift, first = found
        if noun.i == trigger.i:  # "a day after the strikes" with "strikes" the event: the earlier one
            shift, first = 0, noun.i
        for earlier in _earlier_sents(doc, sent):
            for act in earlier:
                if (act.lemma_.lower() not in _TAKES_UP[noun.lemma_.lower()] or act.pos_ not in ("VERB", "NOUN")
                        or act.pos_ == "NOUN" and _has_definite(act)):  # "repelled the attack" takes up another
                    continue
                # the nearest act of that kind is the one taken up: without a day, none
                ts, _ = event_date(doc, earlier, act, depth + 1, mentions)
                if ts is None or ts.kind == "publication" or ts.precision != "day" or ts.start is None:
                    return None
                day = ts.start + timedelta(days=shift)
                if day > _reference(doc).day and _simple_past(clause_head(trigger)):
                    return None  # a past act set after publication: the count is no day of this story
                phrase = doc[first:noun.i + 1].text
                conf = round(min(ts.confidence, 0.85) * _EVENT_ANCHOR_CONFIDENCE, 2)
                return (_day(day, "relative", f"from-earlier-event:{shift:+d}d; {ts.rule}", conf),
                        f"from-earlier-event:{phrase}:{act.text}")
    return None


def _has_definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def _shift_of(prep: Token) -> tuple[int, int] | None:
    """Days from the earlier event that a preposition's phrase sets ("the eve of" -1, "the day
    after" +1, "two days before" -2, "hours after" 0) and where the phrase starts; None for a
    plain "after the attack"."""
    head = prep.head
    if prep.lower_ == "of":
        return (-1, head.left_edge.i) if head.lemma_.lower() == "eve" else None
    # "the day after the attack" (the preposition under the noun) or "two days after the raid,
    # jets bombed" (the noun under the preposition)
    head = next((c for c in prep.children if c.dep_ == "npadvmod" and c.lemma_.lower() in _UNIT_DAYS), head)
    word = head.lemma_.lower()
    unit = _UNIT_DAYS.get(word)
    if unit is None or head.pos_ != "NOUN":
        return None
    count = next((c for c in head.children if c.dep_ in ("nummod", "det")), None)
    if count is None:  # "hours after": the same day; a bare "day after" is no count
        return (0, head.i) if unit == 0 else None
    n = NUMBERS.get(count.lower_, 1 if count.lower_ in ("the", "that") else None)
    if n is None and count.text.isdigit():
        n = int(count.text)
    if n is None:
        return None
    return (n if prep.lower_ == "after" else -n) * unit, head.left_edge.i


_TEMPORAL_MARKS = {"when", "as", "after", "while", "once", "since"}
# Zero-derived nouns of acts; nominalisations with these endings count too ("killing", "seizure").
_EVENT_NOUNS = {
    # violence and force
    "arrest", "attack", "raid", "strike", "airstrike", "assault", "ambush", "bombing", "blast", "explosion", "fire",
    "massacre", "murder", "death", "invasion", "incursion", "offensive", "counteroffensive", "operation", "battle",
    "clash", "clashes", "skirmish", "siege", "blockade", "coup", "mutiny", "uprising", "revolt", "rebellion", "riot",
    "unrest", "crackdown", "purge", "war", "capture", "abduction", "hijack", "seizure", "takeover", "annexation",
    "incident", "crash", "exercise", "drill", "manoeuvre", "maneuver", "deployment", "withdrawal", "pullout",
    "retreat", "surrender", "escape", "rescue", "evacuation", "ouster", "expulsion", "deportation",
    # politics and diplomacy
    "vote", "election", "referendum", "poll", "ballot", "runoff", "primary", "visit", "trip", "tour", "talks",
    "summit", "meeting", "conference", "session", "hearing", "trial", "verdict", "ruling", "speech", "address",
    "interview", "ceremony", "funeral", "parade", "rally", "march", "protest", "boycott", "walkout", "ban",
    "embargo", "deal", "accord", "pact", "treaty", "ceasefire", "truce", "swap", "handover", "launch", "test",
    "resignation", "arrival", "departure", "removal", "dismissal", "approval", "release", "decision",
    # disasters
    "earthquake", "quake", "flood", "storm", "hurricane", "cyclone", "typhoon", "eruption", "outbreak", "collapse",
}
_EVENT_SUFFIXES = ("tion", "sion", "ment", "ing", "ure", "ance", "ence")
# Prepositions that set a noun's act apart in time from the verb's: "since the election in May".
_APART = {"since", "after", "before", "following", "until", "over", "against"}


def _event_noun(tok: Token) -> bool:
    word = tok.lower_
    return tok.pos_ == "NOUN" and (word in _EVENT_NOUNS or tok.lemma_.lower() in _EVENT_NOUNS
                                   or (len(word) > 5 and word.endswith(_EVENT_SUFFIXES)))


# An accord named by its year ("the 2018 peace agreement") was made in that year: its signing
# is that year's, and so is the act whose object that signing is ("hosted the signing of ...").
_ACCORDS = {"agreement", "accord", "deal", "treaty", "pact", "ceasefire", "truce", "declaration", "protocol",
            "memorandum", "charter", "convention"}
_MAKING = {"signing", "conclusion", "inking", "brokering"}


def _signing_of(noun: Token, trigger: Token) -> bool:
    """Is `noun` an accord after "the signing of", where that signing is the trigger or the
    object of the trigger's verb? Only the making: "the collapse of the 2018 accord" is not 2018."""
    if noun.lemma_.lower() not in _ACCORDS or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    making = noun.head.head
    if making.lower_ not in _MAKING:
        return False
    return making.i == trigger.i or (making.dep_ in ("dobj", "obj") and making.head.i == clause_head(trigger).i)


def _owned_by_other_noun(doc: Doc, mention: Mention, trigger: Token) -> bool:
    """Does the date belong to a noun other than the trigger, or the subject or object of the
    trigger's verb (those tell the trigger's own act)? A year before a noun modifies it ("the 2021 ceasefire understanding",
    "the 2019 election results"); a date phrase right after an act told by a noun with its
    argument ("the arrest of Quintero in March", whether the parser hangs it on the noun or on
    the verb) or after an act set apart in time ("since the election in May") is that act's."""
    i = _token_of(doc, mention)
    if i is None:
        return False
    tok = doc[i]
    noun = None
    ts = mention.date
    if tok.dep_ == "poss" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > i:
        # "condemned Sunday's vote", "last week's exercises": the date is the noun's; the verb
        # whose subject is that act shares it ("Sunday's attack killed five soldiers")
        noun = tok.head
        if noun.i == trigger.i:
            return False
        return not (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i == clause_head(trigger).i
                    and _event_noun(noun))
    if (ts is not None and ts.precision in ("year", "decade", "century")
            and tok.dep_ in ("nummod", "compound", "amod", "nmod")
            and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > i):
        noun = tok.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:  # "2021 ceasefire understanding"
            noun = noun.head
        if trigger.i in range(i, noun.i + 1) or _signing_of(noun, trigger):
            return False
        # "killed four rebels in the 2021 offensive": the act happened within the noun's time;
        # "have shelled the villages since the 2020 war": it has gone on from the noun's time
        return not (noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during", "since")
                    and noun.head.head.i == clause_head(trigger).i)
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep":
        return False
    if prep.head.pos_ == "NOUN" and _event_noun(prep.head):
        noun = prep.head  # the parser hung the date on the noun
    elif prep.i > 0:
        # hung on the verb, but straight after "<act> of X": the act's
        before = doc[prep.i - 1]
        for cand in (before, *before.ancestors):
            if cand.i >= prep.i or cand.pos_ in ("VERB", "AUX"):
                break
            if _event_noun(cand) and cand.right_edge.i == prep.i - 1:
                noun = cand
                break
    if noun is None or noun.i == trigger.i:
        return False
    if noun.head.i == clause_head(trigger).i and noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return False  # "the attack on Tuesday killed", "carried out raids on Tuesday"
    has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    apart = noun.dep_ == "pobj" and noun.head.lower_ in _APART
    return has_of or apart


def _with_participles(doc: Doc, scope: set[int]) -> set[int]:
    """`scope` with the present participles that hang on its nouns: "arrested journalists
    covering a rally on Tuesday" - what was going on at the time of the act shares its day -
    and "starting in July" on its verb, which dates the act as "from July" would."""
    out = set(scope)
    for i in scope:
        for child in doc[i].children:
            if child.dep_ == "acl" and child.tag_ == "VBG" or (
                    child.dep_ == "advcl" and child.lower_ in FROM_PARTICIPLES):
                out |= own_clause(child)
    return out


# Participles that say from when, like "from": "will patrol the Black Sea starting in July".
FROM_PARTICIPLES = {"starting", "beginning", "effective"}


_PARTY_ENTS = {"PERSON", "ORG", "GPE", "NORP"}


def _party_relative(trigger: Token) -> bool:
    """Is the trigger's clause a relative clause on a named party ("Amnesty, which accused")?"""
    head = clause_head(trigger)
    return head.dep_ == "relcl" and head.head.ent_type_ in _PARTY_ENTS


def _temporal_clauses(head: Token) -> set[int]:
    """Tokens of adverbial clauses that time the event: "When X happened, Y warned ..."."""
    keep: set[int] = set()
    for child in head.children:
        if child.dep_ == "advcl" and (any(c.dep_ in ("mark", "advmod") and c.lower_ in _TEMPORAL_MARKS
                                          for c in child.children) or _offset_clause(child) is not None):
            keep |= own_clause(child)
    return keep


def _event_span(doc: Doc, mention: Mention, ref: _Ref, trigger: Token, in_sent: list[Mention] = ()) -> TimeSpan:
    """The mention's date as the time of the trigger's event: from a date after "since" on until
    publication, except for the act a "when" clause on that date tells ("the worst since 2019,
    when jets bombed a camp": the bombing is of 2019); the whole of a range whose first date it
    is ("between 2008 and 2011", "from March to May", "2014-2016"), which `find_dates` gives as
    two mentions."""
    ts = mention.date
    assert ts is not None
    first = _token_of(doc, mention)
    prev = doc[first - 1].lower_ if first is not None and first > 0 else ""
    if first is not None and _since_noun(doc[first]):
        prev = "since"  # "since the 2020 war": from that year on
    end = _range_end(doc, mention, in_sent)
    if end is not None and end.end is not None and ts.start is not None and end.end > ts.start:
        # (the value stays the first date's, where TimeML begins the range)
        return replace(ts, end=end.end, rule=f"{ts.rule}; range to {end.value or end.end.isoformat()}")
    if prev == "since" and ts.start is not None and ts.kind != "duration" and not _when_of(doc[first], trigger):
        return replace(ts, end=max(ref.day, ts.start), kind="duration", precision="vague",
                       rule=f"{ts.rule}; since: ongoing until publication")
    return ts


def _since_noun(tok: Token) -> bool:
    """Is `tok` a year on the object of "since" ("since the 2020 war", "since a 2021 coup")?"""
    noun = tok.head
    return tok.dep_ in ("nummod", "compound", "amod", "nmod") and noun.i > tok.i and noun.dep_ == "pobj" \
        and noun.head.lower_ == "since"


_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "attr", "appos"}
# "between 2008 and 2011", "from March to May", "2014-2016", "from 3 March until 12 April".
_RANGE_OPEN = {"between": ("and",), "from": ("to", "until", "till", "through", "-", "–")}
_RANGE_JOIN = re.compile(r"\s*(and|to|until|till|through|-|–)\s*")


def _range_end(doc: Doc, mention: Mention, in_sent: list[Mention]) -> TimeSpan | None:
    """The date of the mention that closes a range `mention` opens, else None. A bare "and"
    needs "between" before it: "in 2008 and 2011" are two years, not the years between."""
    first = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if first is None:
        return None
    m = _RANGE_JOIN.match(doc_text(doc), mention.end)
    if m is None:
        return None
    follow = next((o for o in in_sent if o.start == m.end() and o.date is not None), None)
    if follow is None:
        return None
    opener = doc[first.start - 1].lower_ if first.start > 0 else ""
    dash = m[1] in ("-", "–")
    if not (m[1] in _RANGE_OPEN.get(opener, ()) or dash and opener not in ("between",)):
        return None
    return follow.date


def _on_verb(doc: Doc, mention: Mention, trigger: Token) -> bool:
    """Does the date hang on the trigger itself, not inside one of its arguments? The parser
    may hang a date on the subject ("The M23, which seized Goma in January and captured Bukavu
    the following month": "in January" on "M23"); the date on the verb dates its act."""
    i = _token_of(doc, mention)
    tok = doc[i] if i is not None else None
    for _ in range(8):
        if tok is None or tok.i == trigger.i:
            return tok is not None
        if tok.dep_ in _ARGUMENTS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _when_of(date_tok: Token, trigger: Token) -> bool:
    """Is the trigger's clause a "when" relative clause on the date ("2019, when X happened")?"""
    head = clause_head(trigger)
    return head.dep_ == "relcl" and head.head.i == date_tok.i and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in head.children)


def _token_of(doc: Doc, mention: Mention) -> int | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root.i


def _in_other_clause(doc: Doc, mention: Mention, trigger: Token) -> bool:
    i = _token_of(doc, mention)
    if i is None:
        return False
    head = clause_head(doc[i])
    if head.dep_ == "acl" and head.tag_ == "VBG":
        head = clause_head(head.head)  # a present participle shares the time of its noun's verb
    own = clause_head(trigger)
    if head.i == own.i or trigger in head.subtree:
        return False
    if head.dep_ in CLAUSAL_DEPS:
        return True
    # A later conjunct of a reported clause is reported too: "said 37 people had died, and that
    # rescuers had pulled hundreds from rooftops over the weekend" does not date the saying.
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i != head.i and first.dep_ in CLAUSAL_DEPS and first.i != own.i and trigger not in first.subtree:
        return True
    # A conjoined verb of another tense tells another time: "does not recognise Kosovo's
    # independence, declared in 2008" (the parser's conj); "entered and seized on Monday" share it.
    return head.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and (
        clause_tense(doc[head.i:head.i + 1]) != clause_tense(doc[own.i:own.i + 1]))


# After _clean, which drops a leading "the"/"on": "the previous day" is "previous day".
_ANAPHORIC_DAY = {"previous day": -1, "day before": -1, "preceding day": -1, "next day": 1,
                  "following day": 1, "day after": 1, "same day": 0, "that day": 0, "that same day": 0,
                  "later that day": 0, "later the same day": 0, "earlier that day": 0, "earlier the same day": 0}
# A week, month or year told from the story's own time: "the following month", "the same
# month", "later that year", "the month before". "the next month" and "the previous year" are
# read from publication by `normalize`, except "the next month/year" in past-tense narrative
# (see `_story_first`).
_STORY_PERIOD = re.compile(r"(?:(later|earlier) )?(?:the )?(that|that same|same|following|next|previous|preceding) "
                           r"(week|month|year)")
_PERIOD_AROUND = re.compile(r"(week|month|year) (before|after|earlier|later)")
_PERIOD_STEP = {"that": 0, "that same": 0, "same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1,
                "before": -1, "earlier": -1, "after": 1, "later": 1}
# The precisions an anchor must have to count a unit from it: a month from a day or a month.
_ANCHOR_PRECISIONS = {"week": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}


def anaphoric(text: str, story: date | None, dct: date, named: tuple[TimeSpan, ...] = ()) -> TimeSpan | None:
    """A date counted from another event, not from publication: "two days earlier", "a week
    later", "the previous day", "the following month", "later that year". A day counts from
    the last day the article named before it (`story`); with none, a count of days earlier
    counts from the publication date, at lower confidence (the rule says so), and a later one
    or "the day before" is not resolved. `named` are the days, months and years the article named before it, in text
    order: a month or a year counts from the last one precise enough ("seized Goma in January
    and Bukavu the following month": February), and a day told just after a flashback to a
    month or year before the story's day ("In February 2019 jets bombed a camp. Pakistan shot
    down a jet the next day.") lies in that month or year, as precisely as it is known.

    Example:
        >>> anaphoric("two days later", date(2024, 5, 3), date(2024, 5, 9)).start.isoformat()
        '2024-05-05'
    """
    t = _clean(text)
    m = re.fullmatch(rf"(?:about |some |nearly |almost |more than |just |only )?{_NUM} {_UNIT} (earlier|before|later|after)", t)
    if m:
        n, unit = _number(m[1]), _unit(m[2])
        if n is None or unit not in ("day", "week", "month", "year"):
            return None
        n = -n if m[3] in ("earlier", "before") else n
    elif t in _ANAPHORIC_DAY:
        n, unit = _ANAPHORIC_DAY[t], "day"
    else:
        return _story_period(t, named)
    flashback = _flashback(story, dct, named) if unit in ("day", "week") else None
    if flashback is not None:
        what = flashback.value or flashback.precision
        return replace(flashback, kind="relative", rule=f"anaphoric:{n:+d}-{unit}s-within-story-{flashback.precision}-{what}",
                       confidence=round(0.6 * flashback.confidence, 2))
    if unit in ("month", "year") and (anchor_ts := _anchor(named, unit)) is not None and anchor_ts.start is not None:
        d = _shift(anchor_ts.start, n, unit)
        rule = f"anaphoric:{n:+d}-{unit}s-from-story-{anchor_ts.precision}"
        if unit == "month":
            return _month(d.year, d.month, "relative", rule, conf=0.65)
        return _year(d.year, "relative", rule, conf=0.65)
    if story is None and (n >= 0 or t in _ANAPHORIC_DAY):
        # "a day later" than an event the article has not dated, or "the day before" it: nothing
        # to count from ("three days earlier" still counts back from publication)
        return None
    anchor, how, conf = (story, "story", 1.0) if story is not None else (dct, "publication", 0.6)
    d = _shift(anchor, n, unit)
    rule = f"anaphoric:{n:+d}-{unit}s-from-{how}-day"
    if unit == "day":
        return _day(d, "relative", rule, round(0.75 * conf, 2))
    if unit == "week":
        return _week(d, "relative", rule, round(0.65 * conf, 2))
    if unit == "month":
        return _month(d.year, d.month, "relative", rule, conf=round(0.65 * conf, 2))
    return _year(d.year, "relative", rule, conf=round(0.65 * conf, 2))


def _anchor(named: tuple[TimeSpan, ...], unit: str) -> TimeSpan | None:
    """The last time named that is precise enough to count `unit`s from."""
    return next((ts for ts in reversed(named) if ts.precision in _ANCHOR_PRECISIONS[unit]), None)


def _flashback(story: date | None, dct: date, named: tuple[TimeSpan, ...]) -> TimeSpan | None:
    """The month or year named last, when it lies wholly before the story's day (publication
    when the story has named none): the time a day counted next is told in."""
    last = named[-1] if named else None
    if last is None or last.precision not in ("month", "year") or last.end is None:
        return None
    return last if last.end < (story or dct) else None


def _story_period(t: str, named: tuple[TimeSpan, ...]) -> TimeSpan | None:
    """"the following month", "that year", "later that month", "the year before": a week, month
    or year counted from the last time named precisely enough, else None."""
    m = _STORY_PERIOD.fullmatch(t)
    if m:
        mod, n, unit = m[1], _PERIOD_STEP[m[2]], m[3]
    elif m := _PERIOD_AROUND.fullmatch(t):
        mod, n, unit = None, _PERIOD_STEP[m[2]], m[1]
    else:
        return None
    if mod and n:
        return None  # "later the following year": no more than the year itself
    anchor = _anchor(named, unit)
    if anchor is None or anchor.start is None:
        return None
    d = _shift(anchor.start, n, unit)
    rule = f"anaphoric:{n:+d}-{unit}s-from-story-{anchor.precision}"
    if unit == "week":
        return _week(d, "relative", rule, 0.6)
    ts = _month(d.year, d.month, "relative", rule, conf=0.65) if unit == "month" else _year(d.year, "relative", rule, conf=0.65)
    if mod and anchor.precision == "day" and ts.start is not None and ts.end is not None:
        # "later that month" after a day of it: from that day on; "earlier that month": up to it
        ts = replace(ts, start=anchor.start, rule=f"{rule}+later") if mod == "later" else \
            replace(ts, end=anchor.start, rule=f"{rule}+earlier")
    return ts


def _story_first(span: Span, tense: str) -> bool:
    """"the next month", "the following year" or "the previous year" told in past-tense
    narrative counts from the story's time ("moved to Paris in 2019 and to Rome the next year";
    "was freed in 2019, having been seized the previous year"), not from publication."""
    return tense == "past" and bool(re.fullmatch(
        r"(?:in |during |over )?the (?:next|following|previous|preceding) (?:month|year)", span.text.lower()))


def _reference(doc: Doc) -> _Ref:
    article = doc._.tacitus_article
    published = getattr(article, "published", None) if article is not None else None
    if isinstance(published, date):
        return _Ref(published, "published")
    return _Ref(date.today(), "today")


_UNIT_OR_HOUR = r"\b(?:hour|day|week|month|year)s?\b"
_RELATIVE_YEAR = re.compile(r"^(?:of )?(?:last|next|this) year$", re.I)


def _extend_left(ent: Span) -> Span:
    """Take in a preceding "for" of a duration ("for" + "over a year") so it reads as ongoing,
    a preceding "within" of a deadline ("within" + "two weeks"), a preceding "the eve of"
    ("the eve of" + "Sunday"), a month the model left out of a relative year ("April" +
    "last year"), and the "before" or "after" it left out of a bare "The day before,"."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("for", "within") and re.search(_UNIT_OR_HOUR, ent.text.lower()):
        return doc[ent.start - 1:ent.end]
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("on", "into", "to") and ent.start > 1 \
            and doc[ent.start - 2].lower_ == "overnight":
        return doc[ent.start - 2:ent.end]  # "overnight into Tuesday"
    if ent.start > 0 and doc[ent.start - 1].lower_ == "overnight" and re.fullmatch(_WD, ent.text.lower()):
        return doc[ent.start - 1:ent.end]  # "overnight Tuesday"
    if ent.start > 1 and doc[ent.start - 2].lower_ == "eve" and doc[ent.start - 1].lower_ == "of":
        start = ent.start - 3 if ent.start > 2 and doc[ent.start - 3].lower_ == "the" else ent.start - 2
        return doc[start:ent.end]
    if ent.start > 0 and doc[ent.start - 1].lower_ in MONTHS and doc[ent.start - 1].is_title \
            and _RELATIVE_YEAR.match(ent.text):
        return doc[ent.start - 1:ent.end]
    if ent.text.lower() in ("the day", "that day") and ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("before", "after") \
            and doc[ent.end + 1].is_punct:
        return doc[ent.start:ent.end + 1]  # "The day" + "before," (not "the day before the vote")
    return ent


_RANGE = re.compile(r"^(?:between |from )?(\d{4})\s*(?:-|–|to|and|/)\s*(\d{2}|\d{4})$")


# Two days with their months: "April 21 to May 9", "from 3 March until 12 April 2025".
_MONTH_NAME = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY_OF = rf"(?:{_MONTH_NAME} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH_NAME})(?:,? \d{{4}})?"
_DAY_RANGE = re.compile(rf"^(?:between |from )?({_DAY_OF})\s*(?:-|–|to|and|until|till|through)\s*({_DAY_OF})$",
                        re.IGNORECASE)


def _split_range(span: Span) -> list[Span]:
    """"2009-2010", "between 2009 and 2010" and "April 21 to May 9" are two dates (as TimeML
    writes them): each is normalised alone, and the first dates an act the range spans."""
    m = _RANGE.match(span.text)
    one_token = True
    if not m:
        m = _DAY_RANGE.match(span.text)
        one_token = False
    if not m:
        return [span]
    doc = span.doc
    out = []
    for g in (1, 2):
        sub = doc.char_span(span.start_char + m.start(g), span.start_char + m.end(g), alignment_mode="expand")
        if sub is not None and (len(sub) == 1 or not one_token):
            out.append(sub)
    return out if len(out) == 2 else [span]


_RANGE_END = re.compile(rf"^\s*(?:-|–|to|until|till|through|and)\s+({_MONTH_NAME}) \d{{1,2}}(?:st|nd|rd|th)?,? (\d{{4}})\b"
                        rf"|^\s*(?:-|–|to|until|till|through|and)\s+\d{{1,2}}(?:st|nd|rd|th)? ({_MONTH_NAME}),? (\d{{4}})\b",
                        re.IGNORECASE)


def _range_year(span: Span, ts: TimeSpan) -> TimeSpan:
    """The first day of a range written without its year takes the year of the range's end:
    "from March 3 to April 12, 2024" (and "December 28 to January 3, 2024": the year before)."""
    if ts.precision != "day" or ts.start is None or "year-from-publication" not in ts.rule:
        return ts
    m = _RANGE_END.match(doc_text(span.doc)[span.end_char:span.end_char + 40])
    if not m:
        return ts
    month_word, year = (m[1], m[2]) if m[1] else (m[3], m[4])
    end_month = MONTHS.get(month_word.lower().rstrip("."))
    if end_month is None:
        return ts
    y = int(year) - (1 if ts.start.month > end_month else 0)
    try:
        return _day(ts.start.replace(year=y), "absolute", "month-day:year-from-range-end", ts.confidence)
    except ValueError:  # February 29 of another year
        return ts


_PAIR_END = re.compile(rf"\s+(?:and|to|through)\s+{_M}\s+(\d{{4}})\b", re.IGNORECASE)


def _month_pair_year(span: Span, ts: TimeSpan) -> TimeSpan:
    """A bare month joined to a month with its year ("in March and April 2024"), which the model
    tags apart: one interval from the first month to the end of the second, in that year."""
    if ts.precision != "month" or ts.start is None or "year-from-publication" not in ts.rule:
        return ts
    m = _PAIR_END.match(doc_text(span.doc)[span.end_char:span.end_char + 30])
    if not m:
        return ts
    end_month, year = MONTHS[m[1].lower().rstrip(".")], int(m[2])
    start_year = year if ts.start.month < end_month else year - 1
    start = date(start_year, ts.start.month, 1)
    return _span(start, _month_end(year, end_month), f"{start_year:04d}-{start.month:02d}", "month", "absolute",
                 "month-pair:year-from-second", ts.confidence)


# Verbs whose complement lies ahead of them, whatever their tense: "expected talks within a week".
FORWARD_LEMMAS = {"expect", "demand", "give", "order", "urge", "ask", "call", "plan", "promise", "vow", "pledge",
                  "warn", "threaten", "set", "agree", "aim", "hope", "intend", "want", "tell", "instruct", "require"}


def _looks_ahead(span: Span) -> bool:
    """Whether the clause of `span` looks ahead though its verb is past: a verb of expecting or
    demanding, an infinitive ("ordered them to leave within a week") or a modal ("must")."""
    verb = verb_above(span.root, 6)
    if verb is None:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.lemma_.lower() in FORWARD_LEMMAS or bool(auxes & {"to", "must", "should", "ought"}) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FORWARD_LEMMAS)


_SUDDENLY = {"almost", "virtually", "literally", "practically", "nearly", "seemingly", "not"}


def _dated_use(span: Span) -> bool:
    """Whether an "overnight" or "within ..." span dates anything: not "overnight" meaning
    suddenly ("changed almost overnight", "will not happen overnight") nor on a noun that is no
    act ("an overnight curfew"); not a deadline counted from a named act ("within 48 hours of
    the incursion": not from the sentence's day)."""
    first = span[0].lower_
    doc = span.doc
    if first == "overnight":
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        verb = verb_above(span[0], 3)
        negated = verb is not None and any(c.dep_ == "neg" for c in verb.children)
        if before in _SUDDENLY or negated:
            return False
        return not (span[0].dep_ == "amod" and not _event_noun(span[0].head))
    if first == "within":
        return not (span.end < len(doc) and doc[span.end].lower_ == "of")
    return True


# Prepositions that make a bare capitalised "May" the month, not the modal: "since May".
_MONTH_PREPS = {"since", "in", "until", "till", "by", "from", "before", "after", "through", "during"}


def _month_may(span: Span) -> bool:
    """A span that is the bare month "May" after a preposition of time ("encircled the city since
    May"); "may" alone is normalised to nothing, as it is most often the modal."""
    doc = span.doc
    return (len(span) == 1 and span[0].text == "May" and span[0].tag_ != "MD" and span.start > 0
            and doc[span.start - 1].lower_ in _MONTH_PREPS)


_DEADLINE_VERBS = {"give", "grant", "allow"}
_BARE_SPELL = re.compile(rf"{_NUM} (?:hour|day|week|month)s?", re.IGNORECASE)


def _deadline_object(span: Span) -> bool:
    """A span of time given as a deadline: "gave Caracas 48 hours to withdraw" (the object of
    give, grant or allow, with an infinitive after it)."""
    root = span.root
    return (bool(_BARE_SPELL.fullmatch(span.text)) and root.dep_ == "dobj"
            and root.head.lemma_.lower() in _DEADLINE_VERBS
            and any(c.dep_ in ("xcomp", "advcl", "acl", "relcl") and any(a.lower_ == "to" for a in c.children)
                    for c in (*root.head.children, *root.children)))


def _not_temporal_now(span: Span) -> bool:
    tok = span[0]
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in ("that",)


# Verbs of effort whose infinitive happens when they do ("tried to", "managed to", "failed to").
EFFORT_LEMMAS = {"try", "attempt", "seek", "manage", "fail", "begin", "start", "continue", "help", "dare", "struggle"}


def clause_tense(span: Span) -> str:
    """past, present or future: the tense of the clause a date expression sits in."""
    head = verb_above(span.root, 6)
    if head is None:
        return "present"
    while head.dep_ == "conj" and head.tag_ == "VBG" and head.head.tag_ == "VBG" \
            and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
        head = head.head  # "killing five and wounding ten on Friday": the first participle's tense
    # "arrested journalists covering a rally on Tuesday": a bare present participle on a noun
    # has the tense of the verb the noun hangs on; so has a bare gerund under a verb ("accused
    # Paris of meddling in a speech on Thursday": a Thursday past, as "accused" is)
    if (head.dep_ in ("acl", "pcomp", "advcl", "xcomp") and head.tag_ == "VBG"
            and not any(c.dep_ in ("aux", "auxpass") for c in head.children)):
        head = verb_above(head.head, 6) or head
    # "tried to kill a judge on Sunday": an attempt is made when it is, so its infinitive has the
    # tense of the effort (a plan's, "plans to visit on Sunday", still lies ahead)
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in EFFORT_LEMMAS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        head = head.head
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and head.dep_ == "conj" and head.tag_ == "VBN" and head.head.pos_ in ("VERB", "AUX"):
        # "left Lima in 2016 and settled in Quito": a bare participle in a conjunct (the tagger's
        # reading of a past form) has its first conjunct's tense
        return clause_tense(head.doc[head.head.i:head.head.i + 1])
    words = {a.lower_ for a in auxes}
    if words & {"will", "wo", "shall", "'ll"} or ("going" in words) or head.lower_ == "will":
        return "future"
    if head.tag_ == "MD" or words & {"would", "could", "might", "may", "should", "must", "can"}:
        return "future" if words & {"would", "could", "might", "may", "can"} and not _has_past_aux(auxes) else "past"
    if head.tag_ in ("VBD",) or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if head.tag_ == "VBN" and words & {"has", "have", "had", "was", "were", "having"}:
        return "past"  # "Having visited Kyiv in May, ...": a perfect participle is told as done
    if head.tag_ == "VBG" and words & {"was", "were"}:
        return "past"
    if head.tag_ == "VBN" and not auxes and any(c.dep_ == "nsubj" for c in head.children):
        return "past"  # a participle with a subject and no auxiliary is a finite past mistagged
    if past_by_form(head, lambda gov: clause_tense(gov.doc[gov.i:gov.i + 1])):
        return "past"  # "left the bloc, which the juntas quit in January": the last January
    return "present"


def _closed_duration(span: Span) -> bool:
    """"for 78 days" on a verb told in simple past ("bombed Serbia for 78 days", "held the town
    for three weeks"): the stretch ended at a time the text does not give, so it does not run up
    to publication as "have been flowing for over a year" does. A past perfect is often a
    reported present perfect ("said militias had besieged the town for five weeks") and keeps
    the old reading; so do "for the past two months" and "for N days now"."""
    if re.search(r"\b(?:past|last|now)\b", span.text.lower()):
        return False
    head = verb_above(span.root, 6)
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return False
    return _simple_past(head)


def _has_past_aux(auxes: list[Token]) -> bool:
    return any(a.lower_ in ("have", "had") for a in auxes)


# --- normalisation -----------------------------------------------------------------------

def normalize(text: str, dct: date, tense: str = "past") -> TimeSpan | None:
    """Normalise one temporal expression against the publication date `dct`.

    Args:
        text: the expression as written ("last Tuesday", "September 2023", "for over a year").
        dct: the publication (document creation) date.
        tense: past, present or future: the tense of its clause, used for dates without a year.

    Returns:
        A TimeSpan, or None when the expression is not a date we can place in time.

    Example:
        >>> normalize("September 2023", date(2024, 10, 16)).value
        '2023-09'
    """
    t = _clean(text)
    if not t:
        return None
    shared = _SHARED_MONTH_RANGE.fullmatch(t)
    if shared:
        # "3 to 5 march", "march 3-5, 2024": the first day dates the act, as in a split range
        start = f"{shared['d1']} {shared['m1']}" if shared["d1"] else f"{shared['m2']} {shared['d2']}"
        year = shared["y"] or ""
        ts = normalize(start + (f", {year}" if year else ""), dct, tense)
        return replace(ts, rule=f"{ts.rule}; range-start") if ts is not None and ts.precision == "day" else None
    for handler in _HANDLERS:
        ts = handler(t, dct, tense)
        if ts is not None:
            return ts
    return None


# A range of days within one month: "3 to 5 march", "3-5 march 2024", "march 3 to 5, 2024".
_SHARED_MONTH_RANGE = re.compile(
    rf"(?:between |from )?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|to|and|until|till|through)\s*\d{{1,2}}(?:st|nd|rd|th)?"
    rf" (?:of )?(?P<m1>{_M})|(?P<m2>{_M}) (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|to|and|until|till|through)\s*"
    rf"\d{{1,2}}(?:st|nd|rd|th)?)(?:,? (?P<y>\d{{4}}))?")


def _clean(text: str) -> str:
    t = text.lower().replace("’", "'").replace("\u2013", "-").replace("\u2014", "-")
    t = re.sub(r"\s+", " ", t).strip(" ,.;:")
    t = re.sub(r"\bmid-(?=[a-z0-9])", "mid ", t)
    t = re.sub(r"'s$", "", t)
    prev = None
    while prev != t:
        prev = t
        t = _LEAD.sub("", t)
    return t.strip()


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _span(start: date, end: date, value: str, precision: str, kind: str, rule: str, conf: float = 0.8) -> TimeSpan:
    return TimeSpan(start=start, end=end, value=value, precision=precision, kind=kind, rule=rule, confidence=conf)


def _day(d: date, kind: str, rule: str, conf: float = 0.85) -> TimeSpan:
    return _span(d, d, d.isoformat(), "day", kind, rule, conf)


def _month(y: int, m: int, kind: str, rule: str, mod: str | None = None, conf: float = 0.85) -> TimeSpan:
    start, end = date(y, m, 1), _month_end(y, m)
    start, end, tag = _apply_mod(start, end, mod)
    return _span(start, end, f"{y:04d}-{m:02d}", "month", kind, rule + tag, conf)


def _year(y: int, kind: str, rule: str, mod: str | None = None, conf: float = 0.85) -> TimeSpan:
    start, end, tag = _apply_mod(date(y, 1, 1), date(y, 12, 31), mod)
    precision = "year" if not tag else "month"
    return _span(start, end, f"{y:04d}", precision, kind, rule + tag, conf)


def _apply_mod(start: date, end: date, mod: str | None) -> tuple[date, date, str]:
    """early/mid/late and the beginning/end of a period: narrow the span to its first, middle
    or last third (a year's end is its last month)."""
    if not mod:
        return start, end, ""
    days = (end - start).days + 1
    third = max(1, days // 3)
    mod = mod.replace("the ", "").strip()
    if days > 300:  # a year: the end is December, the start January
        third = 31 if mod in ("end of", "beginning of", "start of") else days // 3
    if mod in ("early", "beginning of", "start of"):
        return start, start + timedelta(days=third - 1), f"+{mod.split()[0]}"
    if mod in ("late", "end of"):
        return end - timedelta(days=third - 1), end, f"+{mod.split()[0]}"
    if mod in ("mid", "middle of"):
        return start + timedelta(days=third), end - timedelta(days=third), "+mid"
    return start, end, ""


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _unit(word: str) -> str:
    word = word.rstrip("s")
    return "century" if word.startswith("centur") else word


def _shift(d: date, n: int, unit: str) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        return _add_months(d, n)
    if unit == "year":
        return _add_months(d, 12 * n)
    if unit == "decade":
        return _add_months(d, 120 * n)
    return _add_months(d, 1200 * n)


def _week(d: date, kind: str, rule: str, conf: float = 0.8) -> TimeSpan:
    monday = d - timedelta(days=d.weekday())
    iso = d.isocalendar()
    return _span(monday, monday + timedelta(days=6), f"{iso[0]:04d}-W{iso[1]:02d}", "week", kind, rule, conf)


def _pick_year(month: int, day: int | None, dct: date, tense: str) -> int:
    """The year of a month (and day) written without one: the nearest to publication, or the
    latest on or before it in past-tense text, or the next one in future-tense text."""
    def when(y: int) -> date:
        return date(y, month, min(day or 15, calendar.monthrange(y, month)[1]))

    options = [dct.year - 1, dct.year, dct.year + 1]
    if tense == "past":
        past = [y for y in options if when(y) <= dct + timedelta(days=0 if day else 15)]
        return max(past)
    if tense == "future":
        future = [y for y in options if when(y) >= dct - timedelta(days=0 if day else 15)]
        return min(future)
    return min(options, key=lambda y: abs((when(y) - dct).days))


def _h_iso(t: str, dct: date, tense: str) -> TimeSpan | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        try:
            return _day(date(int(m[1]), int(m[2]), int(m[3])), "absolute", "iso-date", 0.95)
        except ValueError:
            return None
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", t)
    if m:
        try:
            return _day(date(int(m[3]), int(m[1]), int(m[2])), "absolute", "us-numeric-date", 0.7)
        except ValueError:
            return None
    return None


def _h_full(t: str, dct: date, tense: str) -> TimeSpan | None:
    m = (re.fullmatch(rf"(?:{_WD},? )?{_M} (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})", t)
         or None)
    if m:
        mon, d, y = MONTHS[m[2]], int(m[3]), int(m[4])
    else:
        m = re.fullmatch(rf"(?:{_WD},? )?(?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_M},? (\d{{4}})", t)
        if not m:
            return None
        d, mon, y = int(m[2]), MONTHS[m[3]], int(m[4])
    try:
        return _day(date(y, mon, d), "absolute", "month-day-year", 0.95)
    except ValueError:
        return None


def _h_month_day(t: str, dct: date, tense: str) -> TimeSpan | None:
    m = re.fullmatch(rf"(?:{_WD},? )?{_M} (\d{{1,2}})(?:st|nd|rd|th)?", t)
    if m:
        mon, d = MONTHS[m[2]], int(m[3])
    else:
        m = re.fullmatch(rf"(?:{_WD},? )?(?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_M}", t)
        if not m:
            return None
        d, mon = int(m[2]), MONTHS[m[3]]
    y = _pick_year(mon, d, dct, tense)
    try:
        return _day(date(y, mon, d), "relative", f"month-day:year-from-publication({tense})", 0.8)
    except ValueError:
        return None


def _h_day_of_month(t: str, dct: date, tense: str) -> TimeSpan | None:
    """'the 24th' (after _clean: '24th'): a day of the publication month, or of the month
    before (past tense, a day after publication) or after (future tense, a day before it)."""
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", t)
    if not m:
        return None
    d = int(m[1])
    if not 1 <= d <= 31:
        return None
    year, month = dct.year, dct.month
    if tense == "past" and d > dct.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    elif tense == "future" and d < dct.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if d > calendar.monthrange(year, month)[1]:
        return None
    return _day(date(year, month, d), "relative", f"day-of-month:month-from-publication({tense})", 0.7)


_WEEK_OF = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}


def _h_week_of_month(t: str, dct: date, tense: str) -> TimeSpan | None:
    """'the first week of June', 'the last week of March 2024': seven days of that month (the
    last seven for 'last'); the value is the ISO week holding most of them."""
    m = re.fullmatch(rf"(first|second|third|fourth|last) week (?:of|in) {_M}(?:,? (\d{{4}}))?", t)
    if not m:
        return None
    month = MONTHS[m[2]]
    year = int(m[3]) if m[3] else _pick_year(month, None, dct, tense)
    n = _WEEK_OF[m[1]]
    first = date(year, month, 1) + timedelta(days=7 * n) if n >= 0 else _month_end(year, month) - timedelta(days=6)
    last = first + timedelta(days=6)
    iso = (first + timedelta(days=3)).isocalendar()
    kind = "absolute" if m[3] else "relative"
    return _span(first, last, f"{iso[0]:04d}-W{iso[1]:02d}", "week", kind, f"week-of-month:{m[1]}", 0.75)


def _h_month(t: str, dct: date, tense: str) -> TimeSpan | None:
    m = re.fullmatch(rf"(?:{_MOD} )?(?:(last|this|next) )?{_M}(?:,? (?:of )?(\d{{4}}))?", t)
    if not m or (m[3] == "may" and not m[4] and not m[1] and not m[2]):
        return None
    mod, rel, mon = m[1], m[2], MONTHS[m[3]]
    if m[4]:
        return _month(int(m[4]), mon, "absolute", "month-year", mod, 0.95)
    if rel == "last":
        y = dct.year if mon < dct.month else dct.year - 1
    elif rel == "next":
        y = dct.year if mon > dct.month else dct.year + 1
    elif rel == "this":
        y = dct.year
    else:
        y = _pick_year(mon, None, dct, tense)
    return _month(y, mon, "relative", f"month:year-from-publication({rel or tense})", mod, 0.8)


def _h_month_pair(t: str, dct: date, tense: str) -> TimeSpan | None:
    """"July and August", "March and April 2024": one interval from the first month to the
    second (a second month before the first runs into the next year)."""
    m = re.fullmatch(rf"{_M} (?:and|to|through|-) {_M},? ?(\d{{4}})?", t)
    if not m:
        return None
    first, second = MONTHS[m[1]], MONTHS[m[2]]
    if second == first:
        return None
    end_year = int(m[3]) if m[3] else _pick_year(second, None, dct, tense)
    start_year = end_year if first < second else end_year - 1
    start = date(start_year, first, 1)
    return _span(start, _month_end(end_year, second), f"{start_year:04d}-{first:02d}", "month",
                 "absolute" if m[3] else "relative", "month-pair" + ("" if m[3] else f":year-from-publication({tense})"),
                 0.85 if m[3] else 0.75)


def _h_month_of_relative_year(t: str, dct: date, tense: str) -> TimeSpan | None:
    """"April last year", "March of next year": that month of the year counted from publication."""
    m = re.fullmatch(rf"{_M},? (?:of )?(last|next|this) year", t)
    if not m:
        return None
    step = {"last": -1, "next": 1}.get(m[2], 0)
    return _month(dct.year + step, MONTHS[m[1]], "relative", f"month:year({m[2]})", None, 0.85)


def _h_year(t: str, dct: date, tense: str) -> TimeSpan | None:
    m = re.fullmatch(rf"(?:{_MOD} )?(?:fiscal |the fiscal year |fiscal year |calendar year |the year |year )?(\d{{4}})", t)
    if m and 1000 <= int(m[2]) <= 2200:
        return _year(int(m[2]), "absolute", "year", m[1], 0.9)
    m = re.fullmatch(r"(?:the )?(?:mid-|early |late )?(\d{3})0s", t)
    if m:
        y = int(m[1]) * 10
        return _span(date(y, 1, 1), date(y + 9, 12, 31), m[1], "decade", "absolute", "decade", 0.85)
    m = re.fullmatch(r"(?:the )?'?(\d)0s", t)
    if m:
        y = (dct.year // 100 - (1 if int(m[1]) * 10 > dct.year % 100 else 0)) * 100 + int(m[1]) * 10
        return _span(date(y, 1, 1), date(y + 9, 12, 31), str(y // 10), "decade", "absolute", "decade-short", 0.7)
    m = re.fullmatch(r"(?:the )?(?:early |late |mid-)?(\d{1,2})(?:st|nd|rd|th)[ -]century", t)
    if m:
        c = int(m[1])
        return _span(date((c - 1) * 100 + 1 if c > 1 else 1, 1, 1), date(c * 100, 12, 31), f"{c - 1:02d}",
                     "century", "absolute", "century", 0.85)
    return None


def _h_season(t: str, dct: date, tense: str) -> TimeSpan | None:
    m = re.fullmatch(r"(?:(early|late) )?(?:(last|this|next|the) )?(spring|summer|fall|autumn|winter)(?:,? (?:of )?(\d{4}))?", t)
    if not m:
        return None
    code, start_month = SEASONS[m[3]]
    if m[4]:
        y, kind = int(m[4]), "absolute"
    else:
        kind = "relative"
        this_start = date(dct.year, start_month, 1)
        if m[2] == "last":
            y = dct.year if _add_months(this_start, 3) <= dct else dct.year - 1
        elif m[2] == "next":
            y = dct.year if this_start > dct else dct.year + 1
        elif tense == "past" and this_start > dct:
            y = dct.year - 1
        elif tense == "future" and _add_months(this_start, 3) <= dct:
            y = dct.year + 1  # "will stay until the spring", said in November: the next spring
        else:
            y = dct.year
    start = date(y, start_month, 1)
    end = _add_months(start, 3) - timedelta(days=1)
    return _span(start, end, f"{y:04d}-{code}", "season", kind, f"season({m[2] or tense})", 0.75)


def _h_quarter(t: str, dct: date, tense: str) -> TimeSpan | None:
    m = re.fullmatch(r"(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th|last|this|next|past) (?:fiscal )?quarter(?: of (?:the year )?(\d{4}))?", t)
    if not m:
        m2 = re.fullmatch(r"q([1-4])(?: (\d{4}))?", t)
        if not m2:
            return None
        q, y = int(m2[1]), int(m2[2]) if m2[2] else dct.year
    else:
        cur = (dct.month - 1) // 3 + 1
        word = m[1]
        y = int(m[2]) if m[2] else dct.year
        if word in ORDINALS:
            q = ORDINALS[word]
        elif word in ("last", "past"):
            q, y = (cur - 1, y) if cur > 1 else (4, y - 1)
        elif word == "next":
            q, y = (cur + 1, y) if cur < 4 else (1, y + 1)
        else:
            q = cur
    start = date(y, 3 * (q - 1) + 1, 1)
    return _span(start, _month_end(y, 3 * q), f"{y:04d}-Q{q}", "quarter", "relative", "quarter", 0.8)


def _h_deictic(t: str, dct: date, tense: str) -> TimeSpan | None:
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening", "today's", "earlier today",
             "later today"):
        return _day(dct, "relative", "today", 0.9)
    if t in ("yesterday", "last night", "yesterday's", "yesterday morning", "yesterday afternoon",
             "yesterday evening"):
        return _day(dct - timedelta(days=1), "relative", "yesterday", 0.9)
    if t in ("tomorrow", "tomorrow's", "tomorrow night", "tomorrow morning", "tomorrow afternoon", "tomorrow evening"):
        return _day(dct + timedelta(days=1), "relative", "tomorrow", 0.9)
    if t in ("the day before yesterday",):
        return _day(dct - timedelta(days=2), "relative", "day-before-yesterday", 0.9)
    if t in ("now", "currently", "nowadays", "presently", "at present", "present", "these days", "right now",
             "at the moment", "at this time", "the present", "current"):
        return _span(dct, dct, "PRESENT_REF", "vague", "vague", "present", 0.7)
    m = re.fullmatch(r"(recently|lately|recent (?:days|weeks|months|years)|the past|previously|earlier|formerly)", t)
    if m:
        word = m[1]
        back = {"days": 10, "weeks": 30, "months": 120, "years": 3 * 365}.get(word.split()[-1], 90)
        if word in ("the past", "previously", "formerly"):
            back = 5 * 365
        return _span(dct - timedelta(days=back), dct, "PAST_REF", "vague", "vague",
                     f"past-ref:{word}:within-{back}-days-before-publication", 0.5)
    m = re.fullmatch(r"(soon|the future|the coming (?:days|weeks|months|years)|the next few (?:days|weeks|months|years)|coming (?:days|weeks|months))", t)
    if m:
        ahead = {"days": 10, "weeks": 30, "months": 120, "years": 3 * 365}.get(m[1].split()[-1], 90)
        return _span(dct, dct + timedelta(days=ahead), "FUTURE_REF", "vague", "vague", f"future-ref:{m[1]}", 0.5)
    return None


def _h_weekday(t: str, dct: date, tense: str) -> TimeSpan | None:
    # "late Monday", "early on Sunday": a part of the day, the day all the same
    t = re.sub(r"^(?:early|late)(?: on)? (?=\w+day\b)", "", t)
    m = re.fullmatch(rf"(?:(last|next|this|this past|this coming|coming|past) )?{_WD}(?: (morning|afternoon|evening|night))?(?:'s)?", t)
    if not m:
        return None
    rel, wd = m[1], WEEKDAYS[m[2]]
    back = (dct.weekday() - wd) % 7
    ahead = (wd - dct.weekday()) % 7
    if rel in ("last", "past", "this past"):
        d = dct - timedelta(days=back or 7)
    elif rel in ("next", "coming", "this coming"):
        d = dct + timedelta(days=ahead or 7)
    elif tense == "future" or tense == "present" and back > 1 and ahead <= 3:
        d = dct + timedelta(days=ahead)
    else:
        d = dct - timedelta(days=back)
    return _day(d, "relative", f"weekday({rel or tense})", 0.8)


def _h_relative_period(t: str, dct: date, tense: str) -> TimeSpan | None:
    m = re.fullmatch(
        r"(?:(earlier|later|early|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of|mid) )?"
        r"(?:(this|last|next|the past|past|the last|the previous|previous|the coming|coming|the following|the current|current|the same|the) )?"
        r"(week|weekend|month|year|fiscal year|decade|century)(?:'s)?", t)
    if not m:
        m2 = re.fullmatch(r"(?:the )?(year|month|week)[- ]end", t)
        if not m2:
            return None
        return _h_relative_period(f"the end of this {m2[1]}", dct, tense)
    mod, rel, unit = m[1], (m[2] or "").replace("the ", ""), m[3].replace("fiscal ", "")
    if rel == "the":
        rel = ""
    if not rel:
        if not mod and unit != "weekend":
            return None
        # "the end of the year" reads as this year's end in present or future text; the last
        # one that ended before publication in past-tense text
        rel = "this"
        if tense == "past" and mod and mod.replace("the ", "") in ("end of",) and unit == "year" and dct.month < 7:
            rel = "last"
    step = {"this": 0, "current": 0, "same": 0, "last": -1, "past": -1, "previous": -1,
            "next": 1, "coming": 1, "following": 1}.get(rel, 0)
    if unit == "weekend":
        sat = dct + timedelta(days=(5 - dct.weekday()) % 7)
        if step < 0 or (step == 0 and tense == "past" and sat > dct):
            sat -= timedelta(days=7)
        if step > 0:
            sat += timedelta(days=7) if sat <= dct else timedelta(0)
        iso = sat.isocalendar()
        return _span(sat, sat + timedelta(days=1), f"{iso[0]:04d}-W{iso[1]:02d}-WE", "weekend", "relative", "weekend", 0.75)
    anchor = _shift(dct, step, unit)
    if unit == "week":
        ts = _week(anchor, "relative", f"week({rel})")
    elif unit == "month":
        ts = _month(anchor.year, anchor.month, "relative", f"month({rel})")
    elif unit == "year":
        ts = _year(anchor.year, "relative", f"year({rel})")
    elif unit == "decade":
        y = anchor.year // 10 * 10
        ts = _span(date(y, 1, 1), date(y + 9, 12, 31), str(y // 10), "decade", "relative", f"decade({rel})", 0.7)
    else:
        c = anchor.year // 100
        ts = _span(date(c * 100, 1, 1), date(c * 100 + 99, 12, 31), f"{c:02d}", "century", "relative", f"century({rel})", 0.7)
    assert ts.start is not None and ts.end is not None
    if mod in ("earlier",) and step == 0:
        return replace(ts, end=min(ts.end, dct), rule=ts.rule + "+earlier:until-publication")
    if mod in ("later",) and step == 0:
        return replace(ts, start=max(ts.start, dct), rule=ts.rule + "+later:from-publication")
    if mod:
        start, end, tag = _apply_mod(ts.start, ts.end, mod if mod not in ("earlier", "later") else None)
        precision = ts.precision if unit != "year" else "month"
        return replace(ts, start=start, end=end, precision=precision, rule=ts.rule + tag)
    return ts


def _h_ago(t: str, dct: date, tense: str) -> TimeSpan | None:
    m = re.fullmatch(rf"(?:about |some |nearly |almost |more than |over |just |only )?{_NUM} {_UNIT} (ago|earlier|before|later|from now|hence)", t)
    if not m:
        m = re.fullmatch(rf"(?:in|within) {_NUM} {_UNIT}", t) if tense == "future" else None
        if not m:
            return None
        n, unit, sign = _number(m[1]), _unit(m[2]), 1
    else:
        n, unit = _number(m[1]), _unit(m[2])
        if m[3] in ("earlier", "before", "later") :
            return None  # relative to another event, not to publication
        sign = -1 if m[3] == "ago" else 1
    if n is None:
        return None
    d = _shift(dct, sign * n, unit)
    rule = f"{n}-{unit}s-{'ago' if sign < 0 else 'ahead'}"
    if unit == "day":
        return _day(d, "relative", rule, 0.8)
    if unit == "week":
        return _week(d, "relative", rule, 0.7)
    if unit == "month":
        return _month(d.year, d.month, "relative", rule, conf=0.7)
    if unit == "year":
        return _year(d.year, "relative", rule, conf=0.7)
    y = d.year // 10 * 10
    return _span(date(y, 1, 1), date(y + 9, 12, 31), str(y // 10), "decade", "relative", rule, 0.6)


def _h_duration(t: str, dct: date, tense: str) -> TimeSpan | None:
    """'for over a year', 'for the past two months': ongoing until publication, begun at least
    that long before it. Only with "for"/"over the past" (a bare "two hours" anchors nothing)."""
    m = re.fullmatch(rf"for (?:(well over|over|more than|at least|nearly|almost|about|around|some|close to|the past|the last|the better part of) )?{_NUM} {_UNIT}(?: now)?", t)
    if not m:
        m = re.fullmatch(rf"(?:(?:over|during|in) )?(?:the )?(?:past|last) {_NUM} {_UNIT}", t)
        if not m:
            return None
        qual, n, unit = "the past", _number(m[1]), _unit(m[2])
    else:
        qual, n, unit = m[1] or "", _number(m[2]), _unit(m[3])
    if n is None:
        return None
    start = _shift(dct, -n, unit)
    at_least = qual in ("well over", "over", "more than", "at least")
    rule = f"duration:{qual or 'for'}:{n}-{unit}s:" + ("began-on-or-before" if at_least else "began-about") + "-that-long-before-publication"
    value = f"P{n}{UNIT_CODE[unit]}"
    return _span(start, dct, value, "vague", "duration", rule, 0.6)


def _h_overnight(t: str, dct: date, tense: str) -> TimeSpan | None:
    """'overnight': the night before the anchoring day (the publication day, or the day the
    sentence names: "overnight, the army said on Thursday"), or the night after it in a future
    clause; "overnight into Tuesday" is the night that ends on that Tuesday."""
    m = re.fullmatch(r"overnight(?: (?:on|into|to))? (.+)", t)
    if m:
        day = normalize(m[1], dct, tense)
        if day is None or day.precision != "day" or day.kind == "duration" or day.start is None:
            return None
        end, rule = day.start, f"overnight:into-{day.rule}"
    elif t == "overnight":
        end = dct + timedelta(days=1) if tense == "future" else dct
        rule = f"overnight:{'night-after' if tense == 'future' else 'night-before'}-anchor"
    else:
        return None
    start = end - timedelta(days=1)
    return _span(start, end, f"{start.isoformat()}TNI", "day", "relative", rule, 0.8)


_HOURS_CODE = {"hour": "TH", **UNIT_CODE}


def _h_within(t: str, dct: date, tense: str) -> TimeSpan | None:
    """'within 48 hours', 'within the next two weeks': a deadline from the anchoring day (the
    publication day, or the day the sentence names) to that long after it. In a past clause the
    count runs from an act the phrase does not name ("left within 48 hours"): not resolved."""
    m = re.fullmatch(rf"within (?:the (?:next|coming) )?{_NUM} (hour|day|week|month|year)s?", t)
    if not m or tense == "past":
        return None
    n = _number(m[1])
    if n is None or n <= 0:
        return None
    unit = m[2]
    end = dct + timedelta(days=-(-n // 24)) if unit == "hour" else _shift(dct, n, unit)
    code = _HOURS_CODE[unit]
    value = f"PT{n}H" if unit == "hour" else f"P{n}{code}"
    return _span(dct, end, value, "vague", "relative", f"within:{n}-{unit}s-from-anchor", 0.6)


_EVE_WEEKDAY = re.compile(rf"{_WD}(?: (?:morning|afternoon|evening|night))?")


def _h_eve(t: str, dct: date, tense: str) -> TimeSpan | None:
    """'the eve of Sunday' ("on the eve of Sunday's vote"), 'the eve of March 8': the day before.
    A bare weekday reads as the nearest one: news writes "on the eve of" for what is close."""
    m = re.fullmatch(r"eve of (.+)", t)
    if not m:
        return None
    inner_text = _clean(m[1])
    day = normalize(inner_text, dct, "present" if _EVE_WEEKDAY.fullmatch(inner_text) else tense)
    if day is None or day.precision != "day" or day.kind == "duration" or day.start is None:
        return None
    return _day(day.start - timedelta(days=1), day.kind, f"eve-of:{day.rule}", round(day.confidence * 0.95, 2))


_HANDLERS = (_h_eve, _h_overnight, _h_within, _h_iso, _h_full, _h_month_day, _h_day_of_month, _h_week_of_month,
             _h_month_pair, _h_month, _h_month_of_relative_year, _h_year, _h_season, _h_quarter, _h_deictic,
             _h_weekday, _h_relative_period, _h_ago, _h_duration)


@Language.factory("tacitus_dates")
def make_dates(nlp: Language, name: str):
    """The `tacitus_dates` component: sets `doc._.tacitus_dates`."""
    def component(doc: Doc) -> Doc:
        doc._.tacitus_dates = find_dates(doc)
        return doc

    return component
