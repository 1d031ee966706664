"""Event coding: CAMEO and PLOVER events from the dependency parse, with modality and evidence.

`code_events(doc)` walks the sentences that can report events (`reporting_sents`), finds
triggers (verbs and nominal triggers such as "attack", "talks", "treaty") in the verb-pattern
lexicon, picks the most specific lexicon entry (particles, prepositions and object heads
select the code), reads source and target actors from the parse (subject, passive agent,
object, prepositional and indirect objects, coordination, relative clauses, appositions,
light verbs such as "held talks"), and builds one Event per trigger with its date, place,
attribution, modality, rule id and confidence. Events in side clauses (`event_clauses`), with
no source, or nominal with one party are secondary: told only when the sentence reports
nothing better, with less confidence.

The lexicon is data (`tacitus/data/lexicon/`): our hand-written core (`verbs.core.txt`),
verb patterns derived from PETRARCH-2's CAMEO dictionary (`verbs.petrarch.jsonl`) and word
classes. `load_lexicon(path)` adds a user's own file (same text format, or JSON Lines), whose
entries win over the packaged ones.

Example:
    >>> from tacitus.pipeline import code_text
    >>> [e.cameo for e in code_text("Russia condemned Japan on Monday.", "2024-10-16").events]
    ['111']
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tacitus import ontology
from tacitus.errors import DataFileError
from tacitus.pipeline import doc_text
from tacitus.pipeline.actors import mentions_by_token
from tacitus.pipeline.attribution import attribution_for
from tacitus.pipeline.clauses import clause_head, conjoined_governor
from tacitus.pipeline.coref import groups_by_token
from tacitus.pipeline.dates import event_date
from tacitus.pipeline.event_clauses import alleged_by, background_phrase, conditioned_by_unless, side_clause
from tacitus.pipeline.modality import modality_of
from tacitus.pipeline.places import event_location
from tacitus.pipeline.segment import reporting_sents
from tacitus.records import Actor, Event, Mention, Plover
from tacitus.resources import iter_jsonl, read_json, read_text

log = logging.getLogger(__name__)

CORE_FILE = "lexicon/verbs.core.txt"
DERIVED_FILE = "lexicon/verbs.petrarch.jsonl"
CLASSES_FILE = "lexicon/verbs.classes.petrarch.json"

SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj"}
INDIRECT_DEPS = {"dative", "iobj"}
# Prepositions whose object is the target when the entry does not name one.
TARGET_PREPS = ("with", "against", "to", "on", "at", "into", "toward", "towards", "upon", "for", "over", "onto",
                "from", "in")
SOURCE_PREPS_OF_NOUNS = ("by", "from")
TARGET_PREPS_OF_NOUNS = ("on", "against", "with", "to", "at", "into", "toward", "towards", "upon", "for", "in")
# Verbs whose object noun carries the event: "held talks", "launched an attack", "signed a treaty".
LIGHT_VERBS = {"hold", "conduct", "launch", "carry", "stage", "sign", "make", "pay", "mount", "begin", "start",
               "resume", "have", "undertake", "wage", "perform", "organize", "organise", "host", "attend", "open",
               "initiate", "continue", "escalate", "intensify", "step", "unleash", "execute", "commit", "give",
               "offer", "provide", "deliver", "announce", "issue", "impose", "level", "file", "lodge", "express",
               "voice", "extend", "grant", "receive", "seek", "request", "demand", "reach", "conclude", "forge",
               "join", "enter", "take", "lead", "deploy", "order", "ratify", "finalize",
               "finalise", "formalize", "formalise", "complete", "secure", "win", "lend", "send", "suffer", "face",
               "see", "witness", "report", "record", "end", "break", "suspend", "cancel", "call", "propose",
               "institute", "introduce", "declare", "enforce", "tighten", "halt", "stop", "freeze", "postpone",
               "abandon", "scale", "increase", "boost", "ramp", "expand", "double"}
# A light verb with one of these lemmas turns the noun's event around (X received aid from Y).
RECEIVING_VERBS = {"receive", "suffer", "face", "see", "witness", "get", "accept", "obtain", "win", "secure"}
# Light verbs that stop the noun's act: cooperation stopped reduces relations (CAMEO 16),
# force stopped de-escalates (087); other acts stopped are not coded.
ENDING_VERBS = {"end", "suspend", "cancel", "halt", "stop", "freeze", "break", "postpone", "abandon"}
ENDING_CODES = {**dict.fromkeys(("03", "04", "05", "06", "07", "08"), "160"),
                **dict.fromkeys(("18", "19", "20"), "087")}
# A light verb whose subject asks for (not does) the noun's event: code becomes an appeal.
ASKING_VERBS = {"seek", "request", "demand", "call"}
# Epithets that refer back to another actor ("its new ally").
EPITHETS = {"ally", "allies", "partner", "partners", "neighbour", "neighbor", "neighbours", "neighbors", "rival",
            "rivals", "adversary", "adversaries", "enemy", "enemies", "counterpart", "counterparts", "foe",
            "foes", "backer", "patron", "client"}
PRONOUNS = {"he": "PERSON", "him": "PERSON", "his": "PERSON", "she": "PERSON", "her": "PERSON",
            "it": "NONPERSON", "its": "NONPERSON", "they": "ANY", "them": "ANY", "their": "ANY"}
# Codes whose compound parties act on each other when no separate target is named.
MUTUAL_ROOTS = {"03", "04", "06"}
MUTUAL_CODES = {"050", "057", "193", "0311", "0312", "0313", "0314", "046"}
# Codes whose "with" party is a counterpart doing the same ("held talks with", "clashed with"),
# unlike "ratified an agreement with", where only the subject acts.
WITH_MUTUAL_CODES = {"046", "193"}
# Object classes that name what is given (the theme), not who receives it.
THEME_CLASSES = {"@arms", "@troops", "@aid", "@money", "@humanitarian", "@evidence", "@weapon", "@military",
                 "@aerial", "@force", "@accord"}  # an accord is what is signed, not a party to it
# Determiners that make a nominal trigger refer back to an event already told.
ANAPHORIC_DETS = {"the", "this", "that", "these", "those", "such"}
# Communication verbs: a statement (CAMEO 01) when nothing else is coded in the sentence.
STATEMENT_VERBS = {"say": "010", "state": "010", "tell": "010", "announce": "010", "declare": "010",
                   "add": "010", "note": "010", "explain": "010", "stress": "010", "emphasize": "010",
                   "emphasise": "010", "insist": "010", "argue": "010", "claim": "010", "assert": "010",
                   "comment": "010", "remark": "010", "write": "010", "suggest": "010", "describe": "010",
                   "call": "010", "predict": "010", "estimate": "010", "warn": "130", "acknowledge": "015",
                   "admit": "015", "deny": "016", "express": "010", "reiterate": "010", "point": "010",
                   "confirm": "010", "report": "010", "indicate": "010", "believe": "010", "think": "010",
                   "hope": "010", "expect": "010", "fear": "012", "worry": "012"}
# Statement complements that name a mood: "expressed concern" (012), "optimism" (013).
STATEMENT_OBJECTS = {"concern": "012", "pessimism": "012", "fear": "012", "worry": "012", "doubt": "012",
                     "optimism": "013", "hope": "013", "confidence": "013", "condolence": "018",
                     "condolences": "018", "sympathy": "018", "sorrow": "018", "grief": "018", "regret": "018"}

# Frequent verbs whose PETRARCH-2 default code is too broad to use without a pattern.
NOISY_DEFAULTS = {"take", "give", "make", "get", "have", "go", "come", "leave", "join", "head", "plan", "contribute",
                  "hold", "put", "set", "keep", "bring", "seek", "help", "find", "see", "use", "work", "turn",
                  "run", "move", "follow", "play", "show", "try", "call", "ask", "tell", "say", "claim", "expand",
                  "counter", "continue", "start", "begin", "end", "open", "close", "carry", "lead", "hope",
                  "expect", "want", "need", "consider", "mark", "face", "meet", "receive", "pass", "provide",
                  "include", "offer", "enjoy", "resist", "remain", "stay", "let", "allow", "reach", "return",
                  "raise", "draw", "push", "drive", "step", "stand", "sit", "fall", "rise", "grow", "change",
                  "report", "announce", "state", "describe", "express", "prepare", "design", "build", "develop"}

_ID = re.compile(r"[^a-z0-9_.+@:-]+")


@dataclass(frozen=True)
class LexEntry:
    """One lexicon row: a trigger lemma with the constraints that select `code`.

    `code` None means "explicitly not an event" (a pattern that blocks the default).
    `roles` is "normal" (subject acts on object), "reverse" (the prepositional "from" object
    acts on the subject: "received arms from") or "mutual" (compound parties act on each other).
    """

    id: str
    lemma: str
    pos: str
    code: str | None
    obj: tuple[str, ...] = ()
    particle: str | None = None
    preps: tuple[tuple[str, str | None], ...] = ()
    roles: str = "normal"
    origin: str = "core"
    confidence: float = 0.8

    @property
    def specificity(self) -> int:
        return (1 if self.obj else 0) + (1 if self.particle else 0) + len(self.preps)


@dataclass
class Lexicon:
    """The verb-pattern lexicon: entries by (pos, lemma) and word classes (@weapon ...)."""

    entries: dict[tuple[str, str], list[LexEntry]] = field(default_factory=dict)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)

    def add(self, entry: LexEntry, first: bool = False) -> None:
        bucket = self.entries.setdefault((entry.pos, entry.lemma), [])
        if first:
            bucket.insert(0, entry)
        else:
            bucket.append(entry)

    def lookup(self, pos: str, lemma: str) -> list[LexEntry]:
        return self.entries.get((pos, lemma), [])

    def __len__(self) -> int:
        return sum(len(v) for v in self.entries.values())

    def __bool__(self) -> bool:  # `lexicon or default` without counting every entry
        return any(self.entries.values())


def parse_core(text: str, where: str, origin: str = "core") -> tuple[list[LexEntry], dict[str, set[str]]]:
    """Parse the text lexicon format.

    One entry per line: `POS LEMMA CODE [obj=a|b|@class] [prt=x] [prep=p[:head|@class]]...
    [roles=reverse|mutual|theme] [conf=0.8] [id=name]`, where POS is verb or noun and CODE is a
    CAMEO code or `-` (not an event). `class @name word word ...` defines a word class
    (multi-word members joined with `_`). `#` starts a comment.

    Raises:
        DataFileError: a line that cannot be read, or a code that is not CAMEO.
    """
    entries: list[LexEntry] = []
    classes: dict[str, set[str]] = {}
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if parts[0] == "class":
            if len(parts) < 3 or not parts[1].startswith("@"):
                raise DataFileError(f"{where}, line {lineno}: expected `class @name word ...`")
            classes.setdefault(parts[1].lower(), set()).update(w.lower().replace("_", " ") for w in parts[2:])
            continue
        if len(parts) < 3 or parts[0] not in ("verb", "noun"):
            raise DataFileError(f"{where}, line {lineno}: expected `verb|noun LEMMA CODE [key=value ...]`")
        pos, lemma, code = parts[0], parts[1].lower().replace("_", " "), parts[2]
        if code == "-":
            code_value = None
        elif ontology.is_code(code):
            code_value = code
        else:
            raise DataFileError(f"{where}, line {lineno}: {code!r} is not a CAMEO event code")
        kw: dict = {"obj": (), "particle": None, "preps": [], "roles": "normal", "confidence": 0.8, "id": None}
        for item in parts[3:]:
            key, _, value = item.partition("=")
            if key == "obj":
                kw["obj"] = tuple(v.lower().replace("_", " ") for v in value.split("|") if v)
            elif key == "prt":
                kw["particle"] = value.lower()
            elif key == "prep":
                p, _, head = value.partition(":")
                kw["preps"].append((p.lower(), head.lower().replace("_", " ") or None))
            elif key == "roles":
                if value not in ("normal", "reverse", "mutual", "theme"):
                    raise DataFileError(f"{where}, line {lineno}: roles must be normal, reverse, mutual or theme")
                kw["roles"] = value
            elif key == "conf":
                kw["confidence"] = float(value)
            elif key == "id":
                kw["id"] = value
            else:
                raise DataFileError(f"{where}, line {lineno}: unknown key {key!r}")
        suffix = "".join(
            [f"+{'|'.join(kw['obj'])}" if kw["obj"] else "", f"+{kw['particle']}" if kw["particle"] else ""]
            + [f"+{p}:{h}" if h else f"+{p}" for p, h in kw["preps"]]
        )
        rid = kw["id"] or _ID.sub("_", f"{origin}:{pos[0]}:{lemma}{suffix}")
        entries.append(LexEntry(id=rid, lemma=lemma, pos=pos, code=code_value, obj=kw["obj"],
                                particle=kw["particle"], preps=tuple(kw["preps"]), roles=kw["roles"],
                                origin=origin, confidence=kw["confidence"]))
    return entries, classes


def _entries_from_jsonl(rows: Iterable[dict], where: str, origin: str) -> list[LexEntry]:
    out = []
    for row in rows:
        code = row.get("code")
        if code is not None and not ontology.is_code(code):
            raise DataFileError(f"{where}: {code!r} is not a CAMEO event code (entry {row.get('id')})")
        out.append(LexEntry(
            id=row.get("id") or f"{origin}:{row['lemma']}",
            lemma=row["lemma"],
            pos=row.get("pos", "verb"),
            code=code,
            obj=tuple(row.get("obj") or ()),
            particle=row.get("particle"),
            preps=tuple((p, h) for p, h in (row.get("preps") or ())),
            roles=row.get("roles", "normal"),
            origin=origin,
            confidence=float(row.get("confidence", 0.6)),
        ))
    return out


@lru_cache(maxsize=4)
def load_lexicon(override: str | None = None) -> Lexicon:
    """Load the packaged lexicon (once), plus a user's file whose entries come first.

    Args:
        override: a path to a lexicon file in the core text format (`.txt`) or JSON Lines
            (`.jsonl`, the fields of LexEntry).

    Raises:
        DataFileError: a file is missing or has a bad row.
    """
    lex = Lexicon()
    classes: dict[str, set[str]] = {}
    for name, words in read_json(CLASSES_FILE).items():
        classes.setdefault(name, set()).update(words)
    core, core_classes = parse_core(read_text(CORE_FILE), CORE_FILE)
    for name, words in core_classes.items():
        classes.setdefault(name, set()).update(words)
    for entry in core:
        lex.add(entry)
    for entry in _entries_from_jsonl(iter_jsonl(DERIVED_FILE), DERIVED_FILE, "petrarch2"):
        lex.add(entry)
    if override:
        path = Path(override)
        if path.suffix == ".jsonl":
            user = _entries_from_jsonl(iter_jsonl(path.name, override), str(path), "user")
        else:
            user, user_classes = parse_core(read_text(path.name, override), str(path), origin="user")
            for name, words in user_classes.items():
                classes.setdefault(name, set()).update(words)
        for entry in reversed(user):
            lex.add(entry, first=True)
    lex.classes = {k: frozenset(v) for k, v in classes.items()}
    return lex


# ---------------------------------------------------------------------------------------------
# Matching triggers to entries


# Heads that pass their meaning to their "of" object: "a round of talks", "some of the equipment".
TRANSPARENT_NOUNS = {"round", "series", "wave", "number", "string", "spate", "batch", "set", "some", "part", "half",
                     "most", "all", "lot", "lots", "kind", "type", "range", "variety", "amount", "quantity", "ton",
                     "tons", "tonne", "tonnes", "worth", "consignment", "portion", "group", "team", "contingent",
                     "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
                     "scores", "tens", "couple", "handful", "shipment", "shipments", "cargo", "load", "delivery",
                     "deliveries", "delegation", "supply", "supplies", "stockpile", "arsenal", "fleet", "squadron",
                     "package"}


# Heads whose compound modifier says what they carry: "aid deliveries", "arms shipments".
COMPOUND_CARRIERS = {"delivery", "shipment", "consignment", "convoy", "package", "supply", "transfer", "donation",
                     "flight", "programme", "program", "payment", "sale", "deal"}


def _through_transparent(token: Token) -> Token:
    """The "of" object of a transparent head ("a round of talks" -> talks), else the token."""
    if token.lemma_.lower() in TRANSPARENT_NOUNS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return token


def _word_matches(lex: Lexicon, want: str, token: Token) -> bool:
    """Does `token` (a noun phrase head) satisfy `want` (a word or an @class)?"""
    inner = _through_transparent(token)
    if inner.i != token.i and _word_matches(lex, want, inner):
        return True
    words = {token.lower_, token.lemma_.lower()}
    if want == "@money" and token.ent_type_ == "MONEY":
        return True  # "$400 million", "€95 million"
    if want.startswith("@"):
        members = lex.classes.get(want, frozenset())
        if words & members:
            return True
        # "aid deliveries", "arms shipments": a noun compound names the class too.
        if any(c.dep_ == "compound" and c.i == token.i - 1 and c.lower_ in members for c in token.children) \
                and token.lemma_.lower() in COMPOUND_CARRIERS:
            return True
        phrase = " ".join(t.lower_ for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "amod")
                          or t.i == token.i)
        return any(phrase.endswith(m) for m in members if " " in m)
    if " " in want:
        phrase = " ".join(t.lower_ for t in token.subtree if t.i <= token.i)
        return phrase.endswith(want)
    return want in words


def _preps(token: Token) -> list[tuple[str, Token | None]]:
    """(preposition, its object) pairs attached to a trigger, including "by" agents."""
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.pos_ == "ADP":
            pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            out.append((child.lower_, pobj))
    return out


def _objects(token: Token) -> list[Token]:
    objs = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    if not objs:
        objs = [c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if not objs and token.dep_ == "acl" and token.tag_ == "VBN" and not any(c.dep_ == "prt" for c in token.children):
        objs = [token.head]
    return objs


def _particles(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "prt"}


def verb_lemma(lex: Lexicon, token: Token) -> str:
    """The lemma of a verb, mended where the tagger's lemma is no known verb but a regular
    reading of the surface form is ("staged" -> "stag" by the lemmatizer; "stage" here)."""
    lemma = token.lemma_.lower()
    if lex.lookup("verb", lemma) or lemma in LIGHT_VERBS:
        return lemma
    low = token.lower_
    stems = []
    for suffix in ("ed", "es", "s", "ing"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)]
            stems += [stem + "e", stem, stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem]
    return next((s for s in stems if lex.lookup("verb", s) or s in LIGHT_VERBS), lemma)


def match_entry(lex: Lexicon, token: Token, pos: str) -> LexEntry | None:
    """The most specific lexicon entry whose constraints `token`'s dependents satisfy."""
    lemma = verb_lemma(lex, token) if pos == "verb" else token.lemma_.lower()
    entries = []
    if pos == "noun":
        # "air strike", and "joint exercises" in "joint military exercises": the nearest modifier first.
        mods = sorted((c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i),
                      key=lambda c: -c.i)
        for mod in mods:
            entries = lex.lookup(pos, f"{mod.lower_} {lemma}") or lex.lookup(pos, f"{mod.lower_} {token.lower_}")
            if entries:
                break
    entries = entries or lex.lookup(pos, lemma)
    if not entries and pos == "noun" and token.lower_ != lemma:
        entries = lex.lookup(pos, token.lower_)
    if not entries:
        return None
    objs = _objects(token) if pos == "verb" else []
    # In our own entries an infinitival complement fills the object slot: "declined to comment".
    xobjs = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"] if pos == "verb" else []
    particles = _particles(token)
    preps = _preps(token)
    prep_words = {p for p, _ in preps}
    best: tuple[int, int, int, float, int] | None = None
    chosen: LexEntry | None = None
    for n, entry in enumerate(entries):
        if entry.origin == "petrarch2" and entry.specificity == 0 and (
                lemma in NOISY_DEFAULTS or (entry.code or "").startswith("01")):
            continue
        if entry.particle and entry.particle not in particles and entry.particle not in prep_words:
            continue
        cands = objs + xobjs if entry.origin in ("core", "user") else objs
        matched = [w for o in cands for w in entry.obj if _word_matches(lex, w, o)]
        if entry.obj and not matched:
            continue
        ok = True
        for p, head in entry.preps:
            # "called ... on Tuesday" is no "call on": a date does not fill a bare preposition.
            if not any(q == p and (pobj is None or pobj.ent_type_ not in ("DATE", "TIME") or head is not None)
                       and (head is None or (pobj is not None and _word_matches(lex, head, pobj)))
                       for q, pobj in preps):
                ok = False
                break
        if not ok:
            continue
        # A longer object phrase is the more specific match ("air strike" before "strike").
        words = max((len(w.split()) for w in matched), default=0)
        key = (entry.specificity, words, 1 if entry.origin in ("user", "core") else 0, entry.confidence, -n)
        if best is None or key > best:
            best, chosen = key, entry
    return chosen


# ---------------------------------------------------------------------------------------------
# Actors from the parse


@dataclass
class _Ctx:
    doc: Doc
    index: dict[int, Mention]
    lex: Lexicon
    recent: list[Event] = field(default_factory=list)
    text: str = ""  # doc.text (see `doc_text`): sentence texts are sliced from it
    entries: dict[tuple[int, str], LexEntry | None] = field(default_factory=dict)
    place_roots: dict[int, Mention] | None = None
    groups: dict[int, tuple[Actor, ...]] = field(default_factory=dict)  # coref.actor_groups: "the two"

    def entry(self, token: Token, pos: str) -> LexEntry | None:
        """`match_entry` memoised per token: the coder asks about the same token several times."""
        key = (token.i, pos)
        if key not in self.entries:
            self.entries[key] = match_entry(self.lex, token, pos)
        return self.entries[key]


def _mention_actor(m: Mention) -> Actor | None:
    if m.actor is None or m.label == "WEAPON" or m.actor.kind == "weapon":
        return None
    return m.actor


def _dedupe(actors: Iterable[Actor]) -> tuple[Actor, ...]:
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


def _resolve_pronoun(ctx: _Ctx, token: Token) -> list[Actor]:
    kind = PRONOUNS.get(token.lower_)
    if kind is None:
        return []
    start = max(0, token.sent.start - 120)
    # An object pronoun never names its own clause's subject ("forces deployed to monitor them").
    bound: list[Mention] = []
    verb = token.head
    if token.dep_ in OBJECT_DEPS and verb.pos_ == "VERB":
        subj, passive = _subject_token(verb)
        if subj is not None and not passive and subj.i in ctx.index:
            bound.append(ctx.index[subj.i])
        if verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            # "deployed its forces to monitor them": the forces do the monitoring.
            bound += [ctx.index[o.i] for o in _objects(verb.head) if o.i in ctx.index]
    for i in range(token.i - 1, start - 1, -1):
        m = ctx.index.get(i)
        if m is None or any(m is b for b in bound):
            continue
        actor = _mention_actor(m)
        if actor is None:
            continue
        is_person = m.label == "PERSON" or actor.kind == "person"
        if kind == "PERSON" and is_person or kind == "NONPERSON" and not is_person or kind == "ANY":
            return [replace(actor, rule=(actor.rule + "+pronoun").lstrip("+"))]
    return []


def _resolve_epithet(ctx: _Ctx, token: Token, source: tuple[Actor, ...]) -> list[Actor]:
    """"its new ally": the most recent actor of another country than the source."""
    countries = {a.country for a in source if a.country}
    start = max(0, token.sent.start - 200)
    for i in range(token.sent.start - 1, start - 1, -1):
        m = ctx.index.get(i)
        if m is None:
            continue
        actor = _mention_actor(m)
        if actor is not None and actor.country and actor.country not in countries:
            return [replace(actor, rule=(actor.rule + "+epithet").lstrip("+"))]
    return []


def actors_of(ctx: _Ctx, token: Token | None, depth: int = 0, modifiers: bool = True) -> list[Actor]:
    """Actors named by the noun phrase headed by `token`: the head's own mention, its
    conjuncts and appositions, and (when the head is not an actor) actors among its
    modifiers ("North Korea's munitions", "leaders of the bloc")."""
    if token is None or depth > 3:
        return []
    out: list[Actor] = []
    m = ctx.index.get(token.i)
    if token.i in ctx.groups:  # "the two", "Qatari and Egyptian mediators": several actors at once
        out.extend(ctx.groups[token.i])
    elif m is not None and _mention_actor(m) is not None:
        out.append(_mention_actor(m))
    elif token.lower_ in PRONOUNS and token.pos_ == "PRON":
        out.extend(_resolve_pronoun(ctx, token))
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
        if len(out) == before:
            for child in token.children:
                if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
                    for p, pobj in _preps(child):
                        if p in ("to", "into", "with", "in"):
                            out.extend(actors_of(ctx, pobj, depth + 1))
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
                if own is not None and own is not m and _mention_actor(own) is not None and any(
                        c.dep_ == "conj" and ctx.index.get(c.i) is m for c in child.children):
                    out.append(_mention_actor(own))
            if child.dep_ in ("conj", "appos") and (m is None or ctx.index.get(child.i) is not m):
                extra = actors_of(ctx, child, depth + 1, modifiers=modifiers)
                # An apposition renames ("Sarkozy, the French president"), unless it opens a
                # list ("The US, Russia, and Switzerland").
                if child.dep_ == "appos" and out and not any(c.dep_ == "conj" for c in child.children):
                    continue
                out.extend(extra)
    return out


def _place_names_party(ctx: _Ctx, head: Token) -> bool:
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


MESSAGE_NOUNS = {"declaration", "statement", "letter", "resolution", "communique", "message", "note", "appeal",
                 "report", "decree", "order", "ultimatum"}


def _subject_token(verb: Token) -> tuple[Token | None, bool]:
    """The subject of `verb` (following control, coordination and relative clauses) and
    whether the clause is passive."""
    passive = any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children)
    cur = verb
    for _ in range(5):
        subj = next((c for c in cur.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS), None)
        if subj is not None:
            if subj.dep_ in PASSIVE_SUBJECT_DEPS and cur.i != verb.i:
                # "X is scheduled to attend": the governor's passive subject acts; "the man
                # was arrested and jailed": a conjoined passive keeps the passive roles.
                if verb.dep_ == "conj" and passive:
                    return subj, True
                return (subj, False) if verb.dep_ == "xcomp" else (None, passive)
            if passive and cur.i != verb.i:
                return subj, True  # "... imprisoned and were released by Putin": the shared subject is the patient
            return subj, passive and subj.dep_ in PASSIVE_SUBJECT_DEPS
        if cur.dep_ == "relcl":
            return cur.head, False
        if cur.dep_ == "acl":
            if cur.tag_ == "VBN" and not any(c.dep_ in OBJECT_DEPS for c in cur.children):
                return None, True  # "shells fired by X": a reduced passive
            noun = cur.head
            if noun.lemma_.lower() in MESSAGE_NOUNS and noun.dep_ in OBJECT_DEPS:
                cur = noun.head  # "issued a declaration demanding ...": who issued it demands
                continue
            return noun, False  # "forces carrying out strikes", or a misparsed main verb
        # "acomp": "it was ready to scale up aid" -> the subject of "was".
        if cur.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp") and cur.head.i != cur.i:
            if cur.dep_ in ("xcomp",):
                # "Obama wants Putin to attack": the object of the governing verb acts.
                obj = next((c for c in cur.head.children if c.dep_ in OBJECT_DEPS and c.i < cur.i), None)
                if obj is not None:
                    return obj, False
            if cur.dep_ == "ccomp":
                return None, passive
            cur = cur.head
            continue
        break
    return None, passive


def _place_actor(ctx: _Ctx, token: Token | None) -> list[Actor]:
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


def _roles_for_verb(ctx: _Ctx, verb: Token, entry: LexEntry) -> tuple[list[Actor], list[Actor], str]:
    subj, passive = _subject_token(verb)
    preps = _preps(verb)
    agent = next((pobj for p, pobj in preps if p == "by" and pobj is not None), None)
    source: list[Actor] = []
    target: list[Actor] = []
    how = "subject"
    if passive:
        source = actors_of(ctx, agent) if agent is not None else []
        target = actors_of(ctx, subj)
        how = "passive"
        if not source and entry.code and entry.code[:2] in CONFLICT_ROOTS:
            # "a mortar bomb was fired at it from the Gaza Strip": the place it came from acts.
            source = [a for p, pobj in preps if p == "from" for a in _place_actor(ctx, pobj)]
            if source:
                how = "passive+from-place"
        if not source:
            # "were killed in an air strike by government forces", "in Israeli shelling"
            for p, pobj in preps:
                if p in ("in", "during", "after", "from") and pobj is not None and \
                        ctx.entry(pobj, "noun") is not None:
                    nsrc, _ = _roles_for_noun(ctx, pobj)
                    if nsrc:
                        source, how = nsrc, "passive+instrument"
                        break
    else:
        source = actors_of(ctx, subj)
        if not _theme_object(entry):
            for obj in _objects(verb):
                target.extend(actors_of(ctx, obj))
    for dat in (c for c in verb.children if c.dep_ in INDIRECT_DEPS and c.pos_ != "ADP"):
        target.extend(actors_of(ctx, dat))
    if not target and not passive:
        for obj in _objects(verb):
            for p, pobj in _preps(obj):
                if p in ("with", "to", "against", "on", "for", "toward", "towards"):
                    target.extend(actors_of(ctx, pobj))
            if target:
                break
    wanted = [p for p, h in entry.preps if h is None]
    if not target or entry.roles == "reverse":
        order = wanted + [p for p in TARGET_PREPS if p not in wanted]
        for p in order:
            if entry.roles == "reverse" and p == "from":
                continue
            found = [a for q, pobj in preps if q == p for a in actors_of(ctx, pobj)]
            if found and not (passive and p == "by"):
                if not target:
                    target = found
                break
    if not target and _theme_object(entry):
        # "sending troops to support Russian forces": the purpose clause names the recipient.
        for child in verb.children:
            if child.dep_ in ("xcomp", "advcl") and child.pos_ == "VERB" \
                    and any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children):
                for obj in _objects(child):
                    target.extend(actors_of(ctx, obj))
    if entry.roles == "reverse":
        giver = [a for q, pobj in preps if q == "from" for a in actors_of(ctx, pobj)]
        if giver:
            source, target = giver, source
            how = "reverse"
    if not source and not passive and entry.code and (entry.code[:2] in SPEECH_ROOTS
                                                       or entry.code[:3] in SPEECH_CODES):
        speaker = _conjoined_speaker(verb)
        if speaker is not None:
            source = [a for a in actors_of(ctx, speaker) if a not in target]
            how = "subject+conjoined-speaker" if source else how
    return source, target, how


def _theme_object(entry: LexEntry) -> bool:
    """Does the entry's object name what is given or sent (arms, aid, "sent a delegation to X":
    roles=theme) rather than who receives it?"""
    return entry.roles == "theme" or bool(set(entry.obj) & THEME_CLASSES)


# Families of verbal acts a speaker performs alongside a statement ("denied ... and accused").
SPEECH_ROOTS = {"01", "02", "10", "11", "12", "13"}
SPEECH_CODES = {"050", "051"}


def _conjoined_speaker(verb: Token) -> Token | None:
    """The subject of the statement verb whose complement the parser hung this subjectless
    conjunct on ("Beijing denied that ... and accused Washington": Beijing accuses)."""
    governor = conjoined_governor(verb)
    if governor is None or governor.lemma_.lower() not in STATEMENT_VERBS:
        return None
    return next((c for c in governor.children if c.dep_ in SUBJECT_DEPS), None)


def _roles_for_noun(ctx: _Ctx, noun: Token) -> tuple[list[Actor], list[Actor]]:
    source: list[Actor] = []
    target: list[Actor] = []
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < noun.i:
            source.extend(actors_of(ctx, child, modifiers=False))
    preps = _preps(noun)
    for p, pobj in preps:
        if p == "between" and pobj is not None:
            parties = actors_of(ctx, pobj)
            if len(parties) >= 2:
                return parties, parties
    for p in SOURCE_PREPS_OF_NOUNS:
        found = [a for q, pobj in preps if q == p for a in actors_of(ctx, pobj)]
        if found and not source:
            source = found
    for p in TARGET_PREPS_OF_NOUNS:
        found = [a for q, pobj in preps if q == p for a in actors_of(ctx, pobj)]
        if found:
            target = found
            break
    if not target:
        for p, pobj in preps:
            if p == "of" and pobj is not None and source:
                target = actors_of(ctx, pobj)
                break
            if p == "of" and pobj is not None and not source:
                source = actors_of(ctx, pobj)
                break
    return source, target


# ---------------------------------------------------------------------------------------------
# The coder


def _sentence_has_membership(token: Token) -> bool:
    return token.lemma_.lower() in {"include", "comprise", "consist", "compose", "contain", "number"}


def _mutual(code: str, source: tuple[Actor, ...], target: tuple[Actor, ...], entry: LexEntry | None) -> bool:
    if target or len(source) < 2:
        return False
    return (entry is not None and entry.roles == "mutual") or code[:2] in MUTUAL_ROOTS or code in MUTUAL_CODES


def _with_party(ctx: _Ctx, trigger: Token, tgt: tuple[Actor, ...]) -> bool:
    """Is the target named by a "with" phrase of the trigger, its light verb or its object?"""
    owners = [trigger] + ([trigger.head] if trigger.dep_ in OBJECT_DEPS else []) + _objects(trigger)
    found = {a.code or a.text for o in owners for p, pobj in _preps(o) if p == "with" for a in actors_of(ctx, pobj)}
    return bool(found) and {a.code or a.text for a in tgt} <= found


def _context_parties(ctx: _Ctx, code: str) -> tuple[tuple[Actor, ...], tuple[Actor, ...], str] | None:
    """Actors of a nominal trigger that names none ("The meeting ..."): from the most recent
    event in the sentences before; mutual codes (meetings, treaties) take both parties."""
    for prev in reversed(ctx.recent[-6:]):
        if not prev.source and not prev.target:
            continue
        if code[:2] in MUTUAL_ROOTS or code in MUTUAL_CODES or code[:2] == "05" and code.startswith("057"):
            parties = _dedupe(prev.source + prev.target)
            if len(parties) >= 2:
                return parties, parties, "context:parties"
            continue
        if prev.cameo[:2] == code[:2]:
            return prev.source, prev.target, "context:same-family"
    return None


# Verdicts on an act (condemned, rejected, praised, welcomed the deal): aimed at whoever did it.
JUDGING_ROOTS = {"11", "12"}
JUDGING_CODES = {"050", "051"}


def _act_owners(ctx: _Ctx, noun: Token) -> tuple[Actor, ...]:
    """The actors of the act a nominal trigger names ("Iran's deliveries"; "the deliveries" told
    in an earlier sentence), or () when `noun` names no act."""
    entry = ctx.entry(noun, "noun")
    if entry is None or entry.code is None:
        return ()
    nsrc, _ = _roles_for_noun(ctx, noun)
    if nsrc:
        return tuple(nsrc)
    if any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in noun.children):
        # "the deliveries": the latest act of the same family told before, by whoever did it.
        for prev in reversed(ctx.recent[-6:]):
            if prev.cameo[:2] == entry.code[:2] and prev.source and not prev.modality.negated \
                    and not (prev.cameo[:2] in JUDGING_ROOTS or prev.cameo[:3] in JUDGING_CODES):
                mutual = prev.source == prev.target
                return prev.source if not mutual else _dedupe(prev.source + prev.target)
    return ()


def _find_actorless_parties(ctx: _Ctx, sent: Span) -> bool:
    return not any(ctx.index.get(t.i) is not None and _mention_actor(ctx.index[t.i]) is not None for t in sent)


def code_events(doc: Doc, lexicon: Lexicon | None = None) -> list[Event]:
    """Code the events of a parsed Doc (after the actor, place, date and attribution stages).

    Args:
        doc: a Doc that went through the pipeline up to tacitus_attribution.
        lexicon: the lexicon to use (the packaged one when omitted).

    Returns:
        The events in text order, with ids `<article id>:e<n>`.
    """
    lex = lexicon or load_lexicon(None)
    ctx = _Ctx(doc=doc, index=mentions_by_token(doc), lex=lex, text=doc_text(doc), groups=groups_by_token(doc))
    article = doc._.tacitus_article
    art_id = article.id if article is not None else "doc"
    published = article.published if article is not None else None
    events: list[Event] = []
    for sent in reporting_sents(doc):
        sent_events = _code_sentence(ctx, sent, published)
        for ev in sent_events:
            events.append(replace(ev, id=f"{art_id}:e{len(events) + 1}"))
        ctx.recent.extend(sent_events)
    return events


# Secondary readings (side clauses, no source, a nominal trigger with one party) are told only
# when the sentence reports nothing better, and then with less confidence.
SECONDARY_PENALTY = 0.15
KEEP_SECONDARY_ALONE = True


def _secondary(trigger: Token, src: tuple[Actor, ...], tgt: tuple[Actor, ...], how: str) -> str | None:
    """Why an event is a secondary reading of its sentence, or None."""
    side = side_clause(trigger) or (background_phrase(trigger) if trigger.pos_ in ("NOUN", "PROPN") else None)
    if side:
        return side.replace(" ", "-").replace("'", "")
    if not src:
        return "no-source"
    if how == "noun" and not tgt:
        return "noun-one-party"
    return None


def _code_sentence(ctx: _Ctx, sent: Span, published) -> list[Event]:
    lex = ctx.lex
    found: list[tuple[Token, str, LexEntry | None, list[Actor], list[Actor], str]] = []
    consumed: set[int] = set()
    tokens = list(sent)  # iterating a Span makes new Token objects each time: once per sentence
    if any(_sentence_has_membership(t) and t.dep_ == "ROOT" for t in tokens):
        membership_root = True
    else:
        membership_root = False
    # Verbs first (they consume the nouns they govern as light verbs).
    for token in tokens:
        if token.pos_ not in ("VERB", "AUX") or token.i in consumed:
            continue
        if token.pos_ == "AUX" and token.dep_ in ("aux", "auxpass"):
            continue
        entry = ctx.entry(token, "verb")
        noun = next((n for n in (_through_transparent(o) for o in _objects(token) if o.dep_ in OBJECT_DEPS)
                     if n.pos_ in ("NOUN", "PROPN") and n.i not in consumed
                     and ctx.entry(n, "noun") is not None), None)
        lemma = verb_lemma(lex, token)
        if noun is not None and any(c.dep_ == "oprd" for c in token.children):
            # "called the agreement a troubling development": a judgement of the act, not the act.
            consumed.add(noun.i)
            noun = None
        if noun is not None and lemma in LIGHT_VERBS and (entry is None or entry.specificity == 0
                                                          or entry.code is None):
            nentry = ctx.entry(noun, "noun")
            if nentry is not None and nentry.code is not None:
                source, target, how = _roles_for_verb(ctx, token, nentry)
                nsrc, ntgt = _roles_for_noun(ctx, noun)
                target = target or ntgt
                code = nentry.code
                if lemma in ENDING_VERBS:
                    # "suspended deliveries", "ended the offensive": the noun's act is stopped.
                    code = ENDING_CODES.get(code[:2])
                    if code is None:
                        consumed.add(noun.i)
                        continue
                if lemma in RECEIVING_VERBS:
                    giver = [a for q, pobj in _preps(token) if q == "from" for a in actors_of(ctx, pobj)]
                    source, target = (giver or nsrc), source
                elif lemma in ASKING_VERBS and code[:2] not in ("02", "10"):
                    code = "020"
                consumed.add(noun.i)
                found.append((noun, code, nentry, source, target, f"light:{lemma}"))
                continue
        if entry is None or entry.code is None:
            continue
        # "agreed to send", "pledged to expel": the embedded act is the event.
        if any(c.dep_ == "xcomp" and c.pos_ == "VERB" and ctx.entry(c, "verb") is not None
               and (ctx.entry(c, "verb").code is not None) for c in token.children) \
                and entry.specificity == 0:
            continue
        source, target, how = _roles_for_verb(ctx, token, entry)
        found.append((token, entry.code, entry, source, target, how))
        for o in _objects(token):
            consumed.add(o.i)
    # Nominal triggers.
    for token in tokens:
        if token.pos_ not in ("NOUN", "PROPN") or token.i in consumed or token.i in ctx.index:
            continue
        entry = ctx.entry(token, "noun")
        if entry is None or entry.code is None:
            continue
        source, target = _roles_for_noun(ctx, token)
        how = "noun"
        found.append((token, entry.code, entry, source, target, how))
    found = _appeals(ctx, tokens, found)
    found = _warnings(ctx, found)
    found = _musts(ctx, tokens, found)
    found = _accusations(ctx, found)
    found = _dedupe_found(found)
    events: list[tuple[Event, str | None]] = []
    for trigger, code, entry, source, target, how in found:
        if membership_root and code[:2] not in ("01",):
            continue
        src = _dedupe(source)
        tgt = _dedupe(a for a in target if not any(a is s or (a.text == s.text and a.code == s.code) for s in src))
        rule_note = how
        if not src and trigger.pos_ == "VERB" and how == "subject" and entry is not None \
                and entry.origin == "petrarch2" and entry.specificity == 0:
            continue
        if not src and how == "subject" and trigger.pos_ == "VERB":
            subj, _ = _subject_token(trigger)
            if subj is not None and subj.pos_ == "NOUN" and ctx.entry(subj, "noun") is not None:
                src = _dedupe(_roles_for_noun(ctx, subj)[0])  # "a roadside bombing by X killed ..."
            elif subj is not None and subj.pos_ == "NOUN" and subj.lower_ not in PRONOUNS and not tgt:
                continue  # "This evidence supports ...": the subject is named and is not an actor
        if trigger.dep_ == "acl" and entry is not None and entry.origin == "petrarch2" and entry.specificity == 0:
            continue
        if not src and not tgt and trigger.pos_ in ("NOUN", "PROPN"):
            if not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in trigger.children):
                continue
            got = _context_parties(ctx, code)
            if got is None:
                continue
            src, tgt, rule_note = got
        if not src and not tgt:
            continue
        if not tgt and trigger.pos_ == "VERB" and (code[:2] in JUDGING_ROOTS or code[:3] in JUDGING_CODES):
            owners = [a for o in _objects(trigger) for a in _act_owners(ctx, o)]
            tgt = _dedupe(a for a in owners if not _same_side([a], src))
            if tgt:
                rule_note += "+target:act-owner"
        if _mutual(code, src, tgt, entry):
            tgt = src
            rule_note += "+mutual"
        elif tgt and code in WITH_MUTUAL_CODES and _with_party(ctx, trigger, tgt):
            # "A held talks with B" is "A and B held talks": each is the other's counterpart.
            src = tgt = _dedupe(src + tgt)
            rule_note += "+mutual:with"
        if not tgt and (code[:3] in PLACE_TARGET_CODES or code[:2] in CONFLICT_ROOTS | PLACE_TARGET_ROOTS):
            place_tgt = _place_target(ctx, trigger)
            if place_tgt is not None:
                tgt = (place_tgt,)
                rule_note += "+place-target"
        weak = _secondary(trigger, src, tgt, rule_note)
        if weak == "reference":
            continue  # "under the deal": an act already in force frames the event, it is not one
        if weak:
            rule_note += f"+secondary:{weak}"
        event = _make_event(ctx, sent, trigger, code, entry, src, tgt, rule_note, published)
        if weak:
            event = replace(event, confidence=round(max(0.05, event.confidence - SECONDARY_PENALTY), 2))
        events.append((event, weak))
    primary = [e for e, weak in events if not weak]
    events = primary if primary or not KEEP_SECONDARY_ALONE else [e for e, _ in events]
    if not events:
        stmt = _statement_event(ctx, sent, published)
        if stmt is not None:
            events.append(stmt)
    return events


REPORTING_VERBS = {"say", "claim", "allege", "state", "tell", "report", "announce", "charge", "insist", "assert",
                   "maintain", "contend", "argue", "accuse", "declare", "add"}
# Reporting verbs that only attribute; after the clause they name the news source.
NEUTRAL_REPORTING_VERBS = {"say", "report", "tell", "add", "state", "announce", "declare"}
CONFLICT_ROOTS = {"17", "18", "19", "20"}
# A visit or a summit with no named host: the place's country is the target (CAMEO practice).
PLACE_TARGET_CODES = {"042", "043", "044"}
# Protests and shows of force with no named target are aimed at the place's country.
PLACE_TARGET_ROOTS = {"14", "15"}

Found = tuple  # (trigger, code, entry, source, target, how)


def _accusations(ctx: _Ctx, found: list[Found]) -> list[Found]:
    """A speaker who reports that another actor used force accuses it (112); one who reports
    its own use of force claims responsibility (015); whatever an alleging verb's complement
    tells ("alleged that X helped ...") is an accusation of its actor. A neutral verb after the clause ("..., officials
    said") names a news source, not an accuser. The reported event is kept after a neutral verb
    ("said that"), dropped after an accusatory one ("alleged that"): only the allegation is told."""
    extra: list[Found] = []
    alleged: set[int] = set()
    for trigger, code, _entry, source, target, _how in found:
        if not source or (code[:2] not in CONFLICT_ROOTS and not alleged_by(trigger)):
            continue
        if _governor(trigger) in INTENT_GOVERNORS | THREAT_GOVERNORS:
            continue  # "announced it is prepared to impose martial law": an intent, not a told act
        clause = clause_head(trigger)
        while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
            clause = clause_head(clause.head)
        if clause.dep_ != "ccomp":
            continue
        verb = clause.head
        if verb.lemma_.lower() not in REPORTING_VERBS:
            continue
        if verb.lemma_.lower() in NEUTRAL_REPORTING_VERBS and verb.i > trigger.i:
            continue  # "X attacked Y, officials said": a news source, not an accuser
        subj, passive = _subject_token(verb)
        if passive or subj is None:
            continue
        speaker = actors_of(ctx, subj)
        if not speaker:
            continue
        codes = {a.code for a in speaker}
        own = [a for a in source if a.code in codes or (a.country and a.country in {s.country for s in speaker})]
        if own and (subj.i < trigger.i) and any(t.lower_ in ("they", "we", "it") for t in clause.children
                                                   if t.dep_ == "nsubj"):
            extra.append((verb, "015", None, speaker, target, "claim-responsibility"))
        elif not own:
            extra.append((verb, "112", None, speaker, source, "accusation"))
            if verb.lemma_.lower() not in NEUTRAL_REPORTING_VERBS:
                alleged.add(trigger.i)  # "X alleged that Y attacked Z": only the allegation is told
    out = [f for f in found if f[0].i not in alleged and not alleged_by(f[0])]
    for e in extra:
        at = next((k for k, f in enumerate(out) if f[0].i == e[0].i), None)
        if at is None:
            out.append(e)
        elif out[at][1][:2] == "11" and not out[at][4] and e[1] == "112":
            out[at] = out[at][:4] + (e[4],) + out[at][5:]  # "X alleged that Y ...": Y is the accused
    return out


APPEAL_VERBS = {"ask": "02", "urge": "02", "call": "02", "appeal": "02", "want": "02", "request": "02",
                "invite": "02", "encourage": "02", "beg": "02", "implore": "02", "plead": "02", "persuade": "02",
                "press": "10", "pressure": "10", "pressurize": "10", "demand": "10", "order": "10",
                "force": "17", "compel": "17", "tell": "10", "instruct": "10", "push": "10", "warn": "13"}
# Appeal verbs that appeal only when what they ask for is itself an event.
WEAK_APPEAL_VERBS = {"want", "encourage", "tell"}
APPEAL_SUBCODES = {"02": {"03": "022", "05": "022", "04": "026", "06": "021", "07": "023", "08": "025", "_": "020"},
                   "10": {"03": "102", "05": "102", "04": "106", "06": "101", "07": "103", "08": "105", "_": "100"},
                   "17": {"_": "170"}, "13": {"_": "130"}}
# Cooperation announced for the future is an intent to cooperate (CAMEO 03; PLOVER AGREE).
INTENT_OF_CODE = {"040": "036", "041": "036", "042": "036", "043": "036", "044": "036", "045": "039",
                  "046": "036", "050": "032", "051": "032", "052": "032", "053": "032", "054": "032",
                  "055": "032", "056": "032", "057": "030", "060": "031", "061": "0311", "062": "0312",
                  "063": "0313", "064": "0314", "070": "033", "071": "0331", "072": "0332", "073": "0333",
                  "074": "0334", "075": "033", "080": "035", "081": "0351", "082": "0352", "083": "034",
                  "084": "0353", "085": "0354", "086": "0355", "087": "0356"}
INTENT_GOVERNORS = {"agree", "pledge", "promise", "vow", "offer", "commit", "plan", "intend", "decide",
                    "undertake", "resolve", "want", "wish", "seek", "aim", "ready", "willing", "eager",
                    "determined", "poised", "prepared"}
CONSIDER_GOVERNORS = {"consider", "mull", "weigh", "contemplate", "explore", "study", "debate"}
# Governors of a wish or plan (not a promise to a third party): with force, a threat.
WISH_GOVERNORS = {"want", "wish", "plan", "intend", "seek", "aim", "ready", "willing", "eager", "determined",
                  "poised", "prepared"}
FUTURE_AUX_CUES = {"will", "shall", "'ll", "going to", "wo", "would (reported future)"}
THREAT_GOVERNORS = {"threaten", "warn", "vow", "hesitate"}  # "hesitate" only negated (see _governor)
THREAT_OF_ROOT = {"16": "131", "17": "137", "18": "1383", "19": "138", "20": "1383", "14": "133", "15": "138"}
# Cooperation refused by the actor itself is coded as a rejection ("would not provide aid",
# "refused to sign"); a plain negated fact ("had not supplied arms") keeps its code, negated.
REJECT_OF_ROOT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "121", "08": "124"}
# Governors whose negation of the act is a refusal ("refused to send", "declined to meet",
# "failed to reach agreement").
REFUSAL_GOVERNORS = {"refuse", "decline", "reject", "oppose", "rule", "resist", "fail"}
# Cues of an act announced for the future ("will not", "won't", "said it would not").
REFUSAL_FUTURE_CUES = {"will", "shall", "'ll", "wo", "going to", "would (reported future)"}


def _refusal(modality) -> bool:
    """Is a negated act a refusal: governed by a refusal verb or announced as not to come
    ("will not provide aid"), rather than a negated fact ("had not supplied arms")?"""
    cues = set(modality.cues)
    return bool(cues & REFUSAL_GOVERNORS) or (modality.future and bool(cues & REFUSAL_FUTURE_CUES))


def _appeals(ctx: _Ctx, sent: list[Token], found: list[Found]) -> list[Found]:
    """"X asked/urged/pressed Y to do Z": X appeals to (or demands of, or coerces) Y; the
    code follows what Z is. Z itself stays, marked as not yet done by the modality stage."""
    out = list(found)
    for token in sent:
        family = APPEAL_VERBS.get(token.lemma_.lower())
        if family is None or token.pos_ != "VERB":
            continue
        xcomp = next((c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
        if family == "13" and _warning_clause(token) is not None:
            continue  # "warned that ...": a threat or a statement (_warnings), not an appeal
        subj, passive = _subject_token(token)
        preps = _preps(token)
        if passive:
            asker = [a for p, pobj in preps if p == "by" for a in actors_of(ctx, pobj)]
            asked = actors_of(ctx, subj)
        else:
            asker = actors_of(ctx, subj)
            obj = next((c for c in token.children if c.dep_ in OBJECT_DEPS), None)
            asked = actors_of(ctx, obj)
            if not asked:
                asked = [a for p, pobj in preps if p in ("on", "upon", "to") for a in actors_of(ctx, pobj)]
            if not asked and xcomp is not None:
                # "wants Putin to attack", "demanded that the US cancel ...": the complement's subject.
                inner_subj = next((c for c in xcomp.children if c.dep_ in SUBJECT_DEPS), None)
                asked = actors_of(ctx, inner_subj)
        asked = [a for a in asked if a.sector not in MEDIA_SECTORS]  # "officials told AFP": a news source
        if xcomp is None or xcomp.i < token.i or not asker or not asked \
                or {a.code or a.text for a in asked} & {a.code or a.text for a in asker}:
            continue
        if token.lemma_.lower() in WEAK_APPEAL_VERBS and not any(f[0].i == xcomp.i for f in found):
            continue  # "might want Obama to head back": a wish about no coded act
        inside = {t.i for t in xcomp.subtree}
        inner = next((f for f in found if f[0].i == xcomp.i), None)
        root = inner[1][:2] if inner else "_"
        table = APPEAL_SUBCODES[family]
        code = table.get(root, table["_"])
        # The asked-for act is what the appeal is about, not an event of its own.
        out = [f for f in out if f[0].i != token.i and f[0].i not in inside]
        out.append((token, code, None, asker, asked, f"appeal:{family}"))
    return out


# Confidence of events built from a clause structure rather than a lexicon entry: the
# speaker's own act (an appeal, a demand) is the sentence's main event.
DERIVED_CONFIDENCE = {"appeal": 0.85, "demand": 0.85, "claim-responsibility": 0.8, "accusation": 0.75}


# Verbs and nouns whose "that Y must do Z" complement is a demand on Y.
DEMAND_GOVERNORS = REPORTING_VERBS | {"reiterate", "demand", "insist", "stress", "conclude", "warn", "emphasize",
                                      "emphasise", "remind", "underline", "repeat"}
DEMAND_NOUNS = {"demand", "call", "reminder", "insistence", "ultimatum", "message", "warning", "statement"}


def _musts(ctx: _Ctx, sent: list[Token], found: list[Found]) -> list[Found]:
    """"X said that Y must do Z", "X's demand that Y ease ...": X demands Z of Y (CAMEO 10;
    PLOVER REQUEST). The code follows what Z is; Z itself is what is demanded, not an event."""
    out = list(found)
    for clause in sent:
        if clause.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ == "aux" and c.lower_ in ("must", "should") for c in clause.children):
            continue
        gov = clause.head
        if clause.dep_ == "ccomp" and gov.pos_ == "VERB" and gov.lemma_.lower() in DEMAND_GOVERNORS:
            subj, passive = _subject_token(gov)
            speaker = actors_of(ctx, subj) if subj is not None and not passive else []
        elif clause.dep_ in ("acl", "ccomp") and gov.pos_ == "NOUN" and gov.lemma_.lower() in DEMAND_NOUNS:
            speaker = [a for c in gov.children if c.dep_ == "poss" for a in actors_of(ctx, c)]
            if not speaker and gov.dep_ in OBJECT_DEPS:
                subj, passive = _subject_token(gov.head)
                speaker = actors_of(ctx, subj) if subj is not None and not passive else []
        else:
            continue
        if not speaker:
            continue
        inside = {t.i for t in clause.subtree}
        inner = next((f for f in found if f[0].i == clause.i), None)
        obligee = actors_of(ctx, next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None))
        asked = obligee or (list(inner[3] or inner[4]) if inner else [])
        code = APPEAL_SUBCODES["10"].get(inner[1][:2], "100") if inner else "100"
        out = [f for f in out if f[0].i not in inside and f[0].i != gov.i]
        out.append((gov, code, None, speaker, asked, "demand:must"))
    return out


def _same_side(actors: Iterable[Actor], others: Iterable[Actor]) -> bool:
    """Do any of `actors` stand for the same party as one of `others` (same code or country)?"""
    others = list(others)
    keys = {a.code for a in others if a.code} | {a.country for a in others if a.country}
    return any((a.code and a.code in keys) or (a.country and a.country in keys) for a in actors)


def _warnings(ctx: _Ctx, found: list[Found]) -> list[Found]:
    """"X warned that ...": a threat only when what is warned of is X's own act to come ("warned
    that it would not hesitate to use force if Taiwan declared independence": 138, aimed at the
    party of the condition). Warning of another party's act ("warned that Russian forces could
    begin using the missiles") is a statement whose content the claim layer carries: the
    warning is dropped and the act is kept as the told content. "Warned Seoul" (an addressee)
    stays a threat."""
    out = list(found)
    for f in found:
        warn = f[0]
        comp = _warning_clause(warn) if warn.pos_ == "VERB" else None
        if comp is None:
            continue
        speaker = f[3]
        inside = {t.i for t in comp.subtree}
        inner = [g for g in out if g[0].i in inside and g[0].i != warn.i and side_clause(g[0]) is None]
        if speaker and _warned_of_other(ctx, comp, speaker, [a for g in inner[:1] for a in g[3]]):
            out = [g for g in out if g[0].i != warn.i]  # another party's act: not the speaker's threat
            continue
        act = next((g for g in inner if g[1][:2] in THREAT_OF_ROOT and not modality_of(g[0]).negated), None)
        if act is None:
            continue
        if not speaker:
            # No parsed subject for the warning: "... and warned that it would ...", where "it"
            # (the act's subject) is the speaker itself.
            subj, _ = _subject_token(comp)
            if subj is None or subj.pos_ != "PRON" or not act[3]:
                continue
            speaker = act[3]
        target = list(act[4]) or _condition_party(ctx, comp)
        out = [g for g in out if g[0].i != warn.i and g[0].i != act[0].i]
        out.append((warn, THREAT_OF_ROOT[act[1][:2]], None, speaker, target, "threat:warn"))
    return out


def _warning_clause(warn: Token) -> Token | None:
    """The "that" clause of a warning verb with no addressee ("warned that ..."), or None."""
    if warn.lemma_.lower() != "warn" or any(c.dep_ in OBJECT_DEPS | INDIRECT_DEPS for c in warn.children):
        return None
    return next((c for c in warn.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)


def _warned_of_other(ctx: _Ctx, comp: Token, speaker, doers: list[Actor] | None = None) -> bool:
    """Does the warned-of clause `comp` tell another party's act (a country other than the speaker's)?"""
    subj, passive = _subject_token(comp)
    found = actors_of(ctx, subj) if subj is not None and not passive else []
    found = found or list(doers or [])
    return any(a.country for a in found) and not _same_side(found, speaker)


def _condition_party(ctx: _Ctx, clause: Token) -> list[Actor]:
    """The actor of an "if"/"unless" condition inside `clause` ("... if Taiwan declared
    independence"): whom a conditional threat is aimed at."""
    for t in clause.subtree:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "should") for c in t.children):
            subj, passive = _subject_token(t)
            if subj is not None and not passive:
                return actors_of(ctx, subj)
    return []


def _dedupe_found(found: list[Found]) -> list[Found]:
    """Drop an event that repeats another of the same sentence with less information: a
    purpose clause of the same family ("met to discuss"), then, for the same CAMEO root and
    source, one with no target of its own ("bombarded X, killing eight") or the same target."""
    def codes(actors) -> frozenset:
        return frozenset(a.code or a.text for a in actors)

    first: list[Found] = []
    for f in found:
        trig, code, _e, src, tgt, _how = f
        if trig.dep_ in ("xcomp", "advcl", "conj") and any(
                g[0].i == trig.head.i and g[1][:2] == code[:2] and codes(tgt) <= codes(g[3]) | codes(g[4])
                for g in found):
            continue
        first.append(f)
    out: list[Found] = []
    for i, f in enumerate(first):
        trig, code, _e, src, tgt, _how = f
        skip = False
        for j, g in enumerate(first):
            if i == j or g[1][:2] != code[:2] or codes(g[3]) != codes(src):
                continue
            if (not tgt and g[4]) or (codes(tgt) == codes(g[4]) and j < i):
                skip = True
        if not skip:
            out.append(f)
    return out


# A show of force or an attack "around Taiwan", "off the coast of X", "near the border" is aimed
# at the place's country.
VICINITY_PREPS = ("around", "near", "off", "along", "surrounding")


def _place_target(ctx: _Ctx, trigger: Token) -> Actor | None:
    """The country of a place in the trigger's clause, as an actor ("visited Beijing")."""
    lo, hi = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge)
    heads = {pobj.i for p, pobj in _preps(trigger) if pobj is not None and p in ("on", "against", "at", "to", "in",
                                                                                   "into", "toward", "towards")
             + VICINITY_PREPS}
    for o in _objects(trigger):
        heads.add(o.i)
        heads |= {c.i for c in o.children if c.dep_ == "compound"}  # "attend the Beijing Olympics"
        heads |= {pobj.i for p, pobj in _preps(o) if pobj is not None and p in ("in", "at", "on") + VICINITY_PREPS}
    # "off the coast of Japan", "near the border with Lebanon": the place named inside the phrase.
    heads |= {inner.i for t in [trigger, *_objects(trigger)] for p, pobj in _preps(t)
              if p in VICINITY_PREPS and pobj is not None
              for q, inner in _preps(pobj) if q in ("of", "with") and inner is not None}
    for m in ctx.doc._.tacitus_places or ():
        if m.place is None or not m.place.country or not (lo <= m.start < hi) or m.start < trigger.idx:
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.i not in heads:
            continue
        return Actor(text=m.text, country=m.place.country, code=m.place.country, kind="country",
                     rule="place-as-target", confidence=0.5)
    return None


MEDIA_SECTORS = {"MED", "JRN"}


def _statement_event(ctx: _Ctx, sent: Span, published) -> Event | None:
    """A CAMEO 01 statement when a speaker is named and nothing else was coded."""
    for token in sent:
        if token.pos_ != "VERB":
            continue
        code = STATEMENT_VERBS.get(token.lemma_.lower())
        if code is None:
            continue
        for o in _objects(token):
            code = STATEMENT_OBJECTS.get(o.lemma_.lower(), code)
        subj, passive = _subject_token(token)
        if passive or subj is None:
            continue
        source = _dedupe(a for a in actors_of(ctx, subj) if a.sector not in MEDIA_SECTORS)
        if not source:
            continue  # "the official news agency said": a news source, not a speaker of record
        comp = _warning_clause(token)
        if comp is not None and _warned_of_other(ctx, comp, source):
            code = "010"  # "warned that Russian forces could ...": a statement about another's act
        target: list[Actor] = []
        for obj in _objects(token):
            target.extend(actors_of(ctx, obj))
        for p, pobj in _preps(token):
            if p in ("to", "with", "about", "on", "against", "for") and not target:
                target.extend(actors_of(ctx, pobj))
        tgt = _dedupe(a for a in target if a not in source)
        return _make_event(ctx, sent, token, code, None, source, tgt, "statement", published, confidence=0.3)
    return None


def _make_event(ctx: _Ctx, sent: Span, trigger: Token, code: str, entry: LexEntry | None,
                src: tuple[Actor, ...], tgt: tuple[Actor, ...], how: str, published,
                confidence: float | None = None) -> Event:
    doc = ctx.doc
    info = ontology.cameo(code)
    when, date_rule = event_date(doc, sent, trigger)
    place = event_location(doc, sent, trigger)
    attribution = attribution_for(doc, trigger)
    modality = modality_of(trigger, published=published, when=when)
    governor = _governor(trigger)
    # An intent to use force is a threat (CAMEO 13): "wants to attack", "will strike", "vowed to retaliate".
    clausal = trigger.pos_ == "VERB" or how.startswith("light")  # a verb, or the noun of "will impose a curfew"
    future_act = modality.future and clausal and bool(FUTURE_AUX_CUES & set(modality.cues))
    if code[:2] in ("17", "18") and _crowd(src) and not modality.negated:
        # Protesters who destroy property or attack people riot (CAMEO 145).
        code, info = "145", ontology.cameo("145")
        how += "+riot"
    if governor in CONSIDER_GOVERNORS and not modality.negated:
        # "is considering sending aid": a policy option weighed, not an act (CAMEO 014).
        code, info = "014", ontology.cameo("014")
        how += f"+consider:{governor}"
    elif future_act and not modality.negated and conditioned_by_unless(trigger):
        # "will withdraw its force unless ...": an ultimatum is a threat, whatever the act.
        code = THREAT_OF_ROOT.get(code[:2], "130")
        info = ontology.cameo(code)
        how += "+threat:unless"
    elif code[:2] in CONFLICT_ROOTS | {"14", "15", "16"} and not modality.negated and (
            governor in THREAT_GOVERNORS | WISH_GOVERNORS or future_act):
        governor = governor or "future"
        code = THREAT_OF_ROOT.get(code[:2], "130")
        info = ontology.cameo(code)
        how += f"+threat:{governor}"
        modality = _asserted_act(modality, governor)
    elif code[:3] in INTENT_OF_CODE and not modality.negated and (governor in INTENT_GOVERNORS or future_act):
        code = INTENT_OF_CODE[code[:3]]
        info = ontology.cameo(code)
        how += f"+intent:{governor or 'future'}"
        if governor in ASSERTED_INTENTS:
            modality = _asserted_act(modality, governor)
    if modality.negated and code[:2] in REJECT_OF_ROOT and src and not how.startswith("statement") \
            and trigger.pos_ == "VERB" and _refusal(modality):
        code = REJECT_OF_ROOT[code[:2]]
        info = ontology.cameo(code)
        modality = replace(modality, negated=False, future=False,
                           cues=modality.cues + ("refused cooperation coded as rejection",))
        how += "+negation-as-reject"
    if confidence is None:
        confidence = entry.confidence if entry is not None else DERIVED_CONFIDENCE.get(how.split(":")[0], 0.5)
        confidence += 0.05 * min(entry.specificity if entry else 0, 2)
        if not src:
            confidence -= 0.25
        if not tgt:
            confidence -= 0.1
        if how.startswith("context"):
            confidence -= 0.2
        confidence = round(max(0.05, min(confidence, 0.95)), 2)
    plover = None
    if info.plover_event:
        plover = Plover(event=info.plover_event, mode=info.plover_mode, context=info.plover_context)
    rule = (entry.id if entry is not None else f"statement:{trigger.lemma_.lower()}") + f"/{how}"
    text = ctx.text[sent.start_char:sent.end_char]  # sent.text, without rebuilding it from the tokens
    return Event(
        id="",
        sentence=text.strip(),
        sentence_start=sent.start_char + (len(text) - len(text.lstrip())),
        sentence_end=sent.start_char + len(text.rstrip()),
        trigger=trigger.text,
        trigger_start=trigger.idx,
        trigger_end=trigger.idx + len(trigger.text),
        source=src,
        target=tgt,
        cameo=code,
        cameo_name=info.name,
        goldstein=info.goldstein,
        quad_class=info.quad_class,
        plover=plover,
        date=when,
        date_rule=date_rule,
        location=place,
        attribution=attribution,
        modality=modality,
        rule=rule,
        confidence=confidence,
    )


# Verbs whose own act (the pledge, the threat) is asserted even though what they promise is not.
ASSERTED_INTENTS = {"agree", "pledge", "promise", "vow", "offer", "commit", "decide", "undertake", "resolve",
                    "threaten", "warn", "want", "wish", "seek", "aim", "ready", "willing", "eager",
                    "determined", "poised", "prepared"}


def _asserted_act(modality, governor: str):
    """The intent or threat itself happened: drop the future mark its governor set."""
    if not modality.future or any(c in ("will", "shall", "'ll", "going to") for c in modality.cues):
        return modality
    return replace(modality, future=False, cues=tuple(c for c in modality.cues if c != governor)
                   + (f"{governor}: the intent is asserted",))


CROWD_WORDS = {"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "rioter",
               "rioters", "mob", "mobs", "crowd", "crowds", "marchers"}


def _crowd(actors: tuple[Actor, ...]) -> bool:
    """Are the actors protesters or a crowd ("a Ukrainian protestor", "angry demonstrators")?"""
    heads = [(a.text or "").lower().split()[-1:] for a in actors]
    return bool(actors) and all(h and h[0] in CROWD_WORDS for h in heads)


def _governor(trigger: Token) -> str | None:
    """The lemma of the verb that controls the trigger's clause ("agreed to send" -> agree)."""
    cur = trigger
    if cur.pos_ in ("NOUN", "PROPN"):
        head = cur.head
        if cur.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        if cur.dep_ not in ("dobj", "pobj") or head.pos_ != "VERB":
            return None
        lemma = head.lemma_.lower()
        if lemma not in LIGHT_VERBS or lemma in INTENT_GOVERNORS | THREAT_GOVERNORS | CONSIDER_GOVERNORS:
            return lemma
        cur = head  # "threatened to impose a curfew": the light verb's own governor counts
    for _ in range(3):
        if cur.dep_ in ("xcomp",) or (cur.dep_ == "conj" and cur.head.dep_ == "xcomp"):
            cur = cur.head if cur.dep_ == "xcomp" else cur.head.head
            lemma = cur.lemma_.lower()
            if lemma in INTENT_GOVERNORS | THREAT_GOVERNORS | CONSIDER_GOVERNORS:
                return lemma
            if lemma == "hesitate" and any(c.dep_ == "neg" for c in cur.children):
                return "hesitate"  # "would not hesitate to strike": resolve to act, a threat with force
            continue
        break
    return None


@Language.factory("tacitus_events", default_config={"lexicon_path": None})
def make_events(nlp: Language, name: str, lexicon_path: str | None = None):
    """The tacitus_events component: sets doc._.tacitus_events (list[Event])."""
    lex = load_lexicon(lexicon_path)

    def component(doc: Doc) -> Doc:
        doc._.tacitus_events = code_events(doc, lex)
        return doc

    return component


def lexicon_rows(lex: Lexicon | None = None) -> list[dict]:
    """All lexicon entries as plain dicts (for `tacitus codebook --lexicon` and inspection)."""
    lex = lex or load_lexicon()
    return [json.loads(json.dumps(e.__dict__)) for bucket in lex.entries.values() for e in bucket]
