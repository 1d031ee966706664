"""Per-document state of the actor resolver and the helpers its rules share.

`ResolverBase` holds the document as plain ints (token offsets, parts of speech, sentences),
the KB matches and the mentions found so far; the rule mixins (`actors_names`,
`actors_phrases`, `actors_entities`, `actors_descriptions`, `actors_roles`) add to it and
`tacitus.pipeline.actors._Resolver` puts them together.
"""

from __future__ import annotations

import logging
import re
import weakref
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from tacitus.kb import (
    DEFUNCT_STATES,
    ActorKB,
    Entry,
)
from tacitus.pipeline import coref
from tacitus.pipeline.actors_lexicon import (
    DISPUTE_PARTY_WORDS,
    OUTLET_ARTICLES,
    OUTLET_WORDS,
    PLACE_KINDS,
    RULE_REGIME_WORDS,
    SOURCE_BY_VERBS,
    TOKEN_ATTRS,
    TOP_OFFICES,
)
from tacitus.records import Actor, Mention

log = logging.getLogger(__name__)


def not_a_body(t: Token) -> bool:
    """An agent noun used for a state or a channel, not a body of people: "in exile", "into
    exile", "on social media"."""
    if t.lower_ == "exile":
        return t.dep_ == "pobj" and t.head.lower_ in ("in", "into", "from")
    if t.lower_ == "media":
        return any(c.lower_ == "social" for c in t.children)
    return rule_regime(t)


def rule_regime(t: Token) -> bool:
    """"the non-proliferation regime", "the sanctions regime": a system of rules, not a ruler."""
    return t.lower_ == "regime" and any(w.lower_ in RULE_REGIME_WORDS for w in t.doc[t.left_edge.i:t.i])


def is_peacekeepers(actor: Actor) -> bool:
    """An IGO's military: a peacekeeping mission (UNIFIL, MONUSCO: IGOUNOMIL)."""
    return (actor.code or "").startswith("IGO") and (actor.code or "").endswith("MIL")


def outlet_name(span: Span) -> bool:
    words = [t.lower_ for t in span]
    return len(words) >= 2 and words[0] in OUTLET_ARTICLES or bool(set(words) & OUTLET_WORDS)


def cited_as_source(span: Span) -> bool:
    """Is the name cited as where news came from: "obtained by X", "according to X", "told X",
    "in an interview with X", "X reported that ..."?"""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and doc[k].lower_ in ("the", "a", "an"):
        k -= 1
    before, word = (doc[k - 1], doc[k]) if k >= 1 else (None, None)
    if word is not None and (word.lower_ == "by" and before.lemma_.lower() in SOURCE_BY_VERBS \
            or word.lower_ == "to" and before.lower_ == "according" \
            or word.lower_ == "with" and before.lower_ in ("interview", "interviews")):
        return True
    root = span.root
    if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell":
        return True
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in ("report", "publish") and root.head.i > root.i


def unpossessed(text: str) -> str:
    return text.replace("'s", "").replace("’s", "")


def dispute_parties(t: Token) -> bool:
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
    return not any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.lower_ not in DISPUTE_PARTY_WORDS
                   for c in t.children)


def append_sector(code: str | None, sector: str) -> str:
    """An organisation's code followed by a role ("IGOUNO" + MIL), without repeating the role
    the code already ends with ("---REB" + REB stays "---REB")."""
    code = code or "---"
    return code if code.endswith(sector) else code + sector


def office_rank(entry: Entry, when: date) -> int:
    """0 for a head of state or government on `when`, 1 for another office."""
    role, past = entry.role_on(when)
    title = (role.title if role is not None and not past else "").lower()
    if any(w in title for w in ("vice", "deputy")):
        return 1
    # whole words: a "presidential aide" is not a president
    return 0 if any(re.search(rf"\b{t}\b", title) for t in TOP_OFFICES) else 1


def head_of_government(entry: Entry, when: date) -> int:
    """1 for a head of government that is not also head of state ("premier"), else 0."""
    role, past = entry.role_on(when)
    title = (role.title if role is not None and not past else "").lower()
    return int(any(re.search(rf"\b{t}\b", title) for t in ("prime minister", "premier", "chancellor")))


def token_range(doc: Doc, m: Mention) -> tuple[int, int]:
    """The token positions [start, end) of a mention (empty when its offsets do not align)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


def is_office(token: Token, kb: ActorKB) -> bool:
    """`token` is a government office noun ("governor", "mayor"): its place is a division or town."""
    return (kb.agent_sector(token.text) or "")[:3] == "GOV"


def load_gazetteer_or_none():
    """The packaged gazetteer, or None when the places data cannot be loaded (it is optional
    here: without it the rules that consult it keep the model's and the KB's reading)."""
    try:
        from tacitus.gazetteer import load_gazetteer

        return load_gazetteer()
    except Exception:
        log.debug("gazetteer unavailable", exc_info=True)
        return None


def demonym_country(word: str) -> str | None:
    """The country whose demonym `word` is in the gazetteer ("nigerien" -> NER), else None."""
    gazetteer = load_gazetteer_or_none()
    return gazetteer.demonym(word) if gazetteer is not None else None


def known_place(name: str) -> bool:
    """A populated place or region of the gazetteer (used to overrule a PERSON tag)."""
    gazetteer = load_gazetteer_or_none()
    if gazetteer is None:
        return False
    cands = gazetteer.lookup(name, limit=3)
    return any(c.feature.level in ("country", "admin1", "region") or (c.feature.population or 0) >= 100_000
               for c in cands)


class KBMemo:
    """Results of pure KB lookups kept across documents: the same words recur from article to
    article, and each document used to key and look them up afresh."""

    __slots__ = ("keys", "begins", "sectors", "rejected")

    def __init__(self) -> None:
        self.keys: dict[str, str] = {}  # text -> kb.normalize(text)
        self.begins: dict[tuple[str, bool], bool] = {}  # (key, whole words) -> kb.begins_name
        self.sectors: dict[str, str | None] = {}  # text -> kb.agent_sector(text)
        # a token's text that is no name and begins none, [0] with no space after it, [1] with one
        self.rejected: tuple[set[str], set[str]] = (set(), set())

    def size(self) -> int:
        return len(self.keys) + len(self.begins) + len(self.sectors) + len(self.rejected[0]) + len(self.rejected[1])


MEMO_LIMIT = 300_000  # entries kept before a memo starts afresh (a long run meets ever new words)
_MEMOS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # ActorKB -> (its entry count, KBMemo)


def kb_memo(kb: ActorKB) -> KBMemo:
    """The memo of `kb`'s lookups, new when the KB has grown since (`ActorKB.extend` adds a
    user's names) or the memo has grown past MEMO_LIMIT."""
    held = _MEMOS.get(kb)
    if held is None or held[0] != len(kb.entries) or held[1].size() > MEMO_LIMIT:
        held = _MEMOS[kb] = (len(kb.entries), KBMemo())
    return held[1]


class ResolverBase:
    """The document, its KB matches and the mentions found so far; the helpers that add one."""

    def __init__(self, doc: Doc, kb: ActorKB):
        self.doc = doc
        self.kb = kb
        article = doc._.tacitus_article if Doc.has_extension("tacitus_article") else None
        self.when: date = (article.published if article is not None and article.published else None) or date.today()
        self.memo = kb_memo(kb)
        self.taken = [False] * len(doc)
        self.mentions: list[Mention] = []
        self._by_sentence: dict[int, list[int]] = {}
        self._by_sentence_key: tuple[int, int] | None = None
        # Token positions as plain ints: each doc[i] or `for t in doc` builds a Token object.
        # (The layout is shared with coref's views of the article, built as mentions are added.)
        self.layout = coref.Layout(doc)
        self.sent_of: dict[int, int] = self.layout.sent_of
        self.sents = self.layout.sents
        self.ents_by_token: dict[int, Span] = {}
        for ent in self.layout.ents:
            for k in range(ent.start, ent.end):
                self.ents_by_token[k] = ent
        self.text = self.layout.text  # Doc.text joins every token on each access: slice this instead
        self.rows = doc.to_array(TOKEN_ATTRS).tolist()  # IDX, LENGTH, SPACY, IS_PUNCT, IS_SPACE, LOWER, POS
        self.starts = [r[0] for r in self.rows]
        self.ends = [r[0] + r[1] for r in self.rows]
        # Lower-case words (Token.lower_ is the text lowered): token loops test them before building a Token.
        self.lowers = [self.text[r[0]:r[0] + r[1]].lower() for r in self.rows]
        self.pos = [r[6] for r in self.rows]  # part-of-speech ids: the token loops below skip most tokens by these
        self.dateline_end = 0
        for _start, end, why in (doc._.tacitus_skip or []) if Doc.has_extension("tacitus_skip") else []:
            if why == "dateline":
                self.dateline_end = max(self.dateline_end, end)
        self.dateline_end = max(self.dateline_end, self._dash_dateline())
        self.matches = self._family_names(self._state_namesakes(self._short_forms(self._not_features(
            self._kb_matches()))))
        # Matches do not overlap and come in text order: at most one starts or ends at a token.
        self.match_starts = [s for s, _, _ in self.matches]
        self.match_at_start = {m[0]: m for m in self.matches}
        self.match_at_end = {m[1]: m for m in self.matches}
        # Tokens of KB places: the small model's PERSON tag on them is wrong ("Kyiv residents")
        self.place_tokens = {k for s, e, entries in self.matches if entries[0].kind in PLACE_KINDS for k in range(s, e)}
        self.body_tokens = {k for s, e, entries in self.matches if entries[0].kind in ("group", "organisation", "igo")
                            for k in range(s, e)}
        self.article_countries = self._article_countries()
        self._context: str | None = None
        self.home_country = coref.HomeCountry(doc, self.kb, self.layout)  # one view of the article for its description nouns

    # -------------------------------------------------------------- helpers
    def _sector(self, text: str) -> str | None:
        """`kb.agent_sector(text)`, memoised across documents."""
        sectors = self.memo.sectors
        if text in sectors:
            return sectors[text]
        sector = sectors[text] = self.kb.agent_sector(text)
        return sector

    def _person(self, tok: Token) -> bool:
        """The model tagged the token PERSON and the KB does not know it as a place."""
        return tok.ent_type_ == "PERSON" and tok.i not in self.place_tokens

    def _free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def _add(self, start: int, end: int, label: str, actor: Actor | None, rule: str, confidence: float) -> Mention | None:
        if start >= end or not self._free(start, end):
            return None
        start_char, end_char = self.starts[start], self.ends[end - 1]
        text = self.text[start_char:end_char]  # (sliced: Span.text joins the tokens)
        m = Mention(text=text, start=start_char, end=end_char, label=label,
                    actor=replace(actor, text=text) if actor is not None else None,
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

    def _successors(self, start: int, country: str) -> bool:
        """A defunct state's name (from token `start`) after "former", "ex-" or "post-" in a
        story from after its end."""
        if self.when < DEFUNCT_STATES[country][1]:
            return False  # (in 1990 "the former Soviet leader" was still the USSR's)
        words = [t.lower_ for t in self.doc[max(0, start - 2):start]]
        if words and words[-1] == "-":
            words = words[:-1]
        return bool(words) and words[-1] in ("former", "ex", "post", "ex-", "post-")

    def _country_actor(self, entry: Entry, text: str, rule: str, confidence: float, sector: str | None = None) -> Actor:
        if entry.kind == "collective":
            return Actor(text=text, country=None, sector=sector, code=(entry.code or "---") + (sector or ""),
                         name=entry.name, kind="collective", kb_id=entry.id, rule=rule, confidence=confidence)
        code = entry.country
        return Actor(text=text, country=code, sector=sector, code=(code or "---") + (sector or ""),
                     name=self.kb.country_name(code) or entry.name,
                     kind="government" if sector == "GOV" else ("group" if sector else "country"), kb_id=entry.id,
                     rule=rule, confidence=confidence)

