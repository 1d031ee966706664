"""The verb-pattern lexicon: its text and JSON Lines formats, loading (the packaged files plus a
user's own, whose entries win), the word lists the coder shares, and matching a trigger to its
most specific entry.

The lexicon is data (`tacitus/data/lexicon/`): our hand-written core (`verbs.core.txt`), verb
patterns derived from PETRARCH-2's CAMEO dictionary (`verbs.petrarch.jsonl`) and word classes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from tacitus import ontology
from tacitus.errors import DataFileError
from tacitus.pipeline.event_clauses import objects_of, particles_of, preps_of
from tacitus.resources import iter_jsonl, read_json, read_text

CORE_FILE = "lexicon/verbs.core.txt"
DERIVED_FILE = "lexicon/verbs.petrarch.jsonl"
CLASSES_FILE = "lexicon/verbs.classes.petrarch.json"

# Verbs whose object noun carries the event: "held talks", "launched an attack", "signed a treaty".
LIGHT_VERBS = {"hold", "fly", "conduct", "launch", "carry", "stage", "sign", "make", "pay", "mount", "begin", "start",
               "resume", "have", "undertake", "wage", "perform", "organize", "organise", "host", "attend", "open",
               "initiate", "continue", "escalate", "intensify", "step", "unleash", "execute", "commit", "give",
               "offer", "provide", "deliver", "announce", "issue", "impose", "level", "file", "lodge", "express",
               "voice", "extend", "grant", "receive", "seek", "request", "demand", "reach", "conclude", "forge",
               "join", "enter", "take", "lead", "deploy", "order", "ratify", "finalize",
               "finalise", "formalize", "formalise", "complete", "secure", "win", "lend", "send", "suffer", "face",
               "see", "witness", "report", "record", "end", "break", "suspend", "cancel", "call", "propose",
               "institute", "introduce", "declare", "enforce", "tighten", "halt", "stop", "freeze", "postpone",
               "abandon", "scale", "increase", "boost", "ramp", "expand", "double", "apply", "reinstate", "renew",
               "unveil", "slap", "adopt", "levy", "reimpose", "enact"}
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
NOISY_DEFAULTS = {"add", "take", "give", "make", "get", "have", "go", "come", "leave", "join", "head", "plan", "contribute",
                  "hold", "put", "set", "keep", "bring", "seek", "help", "find", "see", "use", "work", "turn",
                  "run", "move", "follow", "play", "show", "try", "call", "ask", "tell", "say", "claim", "expand",
                  "counter", "continue", "start", "begin", "end", "open", "close", "carry", "lead", "hope",
                  "expect", "want", "need", "consider", "mark", "face", "meet", "receive", "pass", "provide",
                  "include", "offer", "enjoy", "resist", "remain", "stay", "let", "allow", "reach", "return",
                  "raise", "draw", "push", "drive", "step", "stand", "sit", "fall", "rise", "grow", "change",
                  "report", "announce", "state", "describe", "express", "prepare", "design", "build", "develop"}

# Verbs that begin with "re" but do not mean "do again": they never borrow the rows of what
# follows the "re" ("resign" is not "sign" again, "recall an envoy" not "call" again).
FALSE_RE_VERBS = frozenset({
    "react", "recall", "recede", "recite", "recollect", "recommend", "recount", "redress", "refine", "reform",
    "refund", "refuse", "regard", "rehash", "relay", "release", "remark", "remove", "repose", "represent",
    "repress", "reprove", "research", "reserve", "reside", "resign", "resort", "resound", "restrain", "retreat",
    "return", "review", "reward", "replace", "reproduce", "resolve", "respect", "restore", "retire", "reveal",
    "record", "recover", "report", "request", "relate", "remind", "resent", "retain", "repair"})

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

    One entry per line: `POS LEMMA CODE [obj=a|b|@class] [prt=x] [prep=p[:a|b|@class]]...
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
                kw["obj"] = tuple(_word(v) for v in value.split("|") if v)
            elif key == "prt":
                kw["particle"] = value.lower()
            elif key == "prep":
                p, _, head = value.partition(":")
                kw["preps"].append((p.lower(), "|".join(_word(h) for h in head.split("|")) or None))
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


def _word(value: str) -> str:
    """An entry's object or preposition word: `_` stands for a space, except in a class name."""
    value = value.lower()
    return value if value.startswith("@") else value.replace("_", " ")


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
                     "package",
                     # Containers and loads carry what they hold: "two planeloads of weapons".
                     "batches", "consignments", "cargoes", "loads", "quantities", "amounts", "planeload",
                     "planeloads", "truckload", "truckloads", "shipload", "shiploads", "boatload", "boatloads",
                     "carload", "carloads", "crate", "crates", "container", "containers", "pallet", "pallets",
                     "tranche", "tranches", "airlift", "airlifts", "kg", "kilogram", "kilograms", "kilo", "kilos",
                     "litre", "litres", "liter", "liters", "bag", "bags", "sack", "sacks", "box", "boxes", "kit", "kits",
                     # A stretch of time holds the act it measures: "began two days of drills".
                     "day", "days", "week", "weeks", "month", "months", "hour", "hours",
                     # A degree or a share of a thing is that thing: "the highest level of combat
                     # readiness", "every inch of its territory".
                     "level", "levels", "inch", "inches", "centimetre", "centimetres", "centimeter",
                     "centimeters", "metre", "metres", "meter", "meters", "millimetre", "millimetres"}


# Heads whose compound modifier says what they carry: "aid deliveries", "arms shipments".
COMPOUND_CARRIERS = {"delivery", "shipment", "consignment", "convoy", "package", "supply", "transfer", "donation",
                     "flight", "programme", "program", "payment", "sale", "deal"}


def through_transparent(token: Token) -> Token:
    """The "of" object of a transparent head ("a round of talks" -> talks), else the token."""
    if token.lemma_.lower() in TRANSPARENT_NOUNS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return token


# Classes of things given or sent; a verb complement never fills them.
GIVEN_CLASSES = frozenset({"@aid", "@money", "@humanitarian", "@arms", "@troops"})


@lru_cache(maxsize=512)
def _multiword(members: frozenset[str]) -> tuple[str, ...]:
    """A class's members of more than one word: the only ones a phrase can end with."""
    return tuple(m for m in members if " " in m)


def word_matches(lex: Lexicon, want: str, token: Token) -> bool:
    """Does `token` (a noun phrase head) satisfy `want` (a word or an @class)?"""
    inner = through_transparent(token)
    if inner.i != token.i and word_matches(lex, want, inner):
        return True
    words = {token.lower_, token.lemma_.lower()}
    hyphenated = _hyphenated(token)
    if hyphenated is not None:
        words.add(hyphenated)
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
        multiword = _multiword(members)
        if not multiword:
            return False
        phrase = _left_phrase(token, modifiers_only=True)
        return any(phrase.endswith(m) for m in multiword)
    if " " in want:
        phrase = _left_phrase(token, modifiers_only=False)
        if phrase.endswith(want):
            return True
        # "a state of emergency": the head opens the phrase and its "of" object ends it.
        return want.startswith(token.lower_ + " of ") and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and want == f"{token.lower_} of {g.lower_}"
                                                          for g in c.children)
            for c in token.children)
    return want in words


def _left_phrase(token: Token, *, modifiers_only: bool) -> str:
    """The words of `token`'s subtree up to the token itself (only its compounds and adjectives
    with `modifiers_only`), memoised per document: the lexicon tries many words and classes
    against the same head, and each walk of a subtree builds its Token objects anew."""
    memo = token.doc.user_data.setdefault("tacitus_left_phrases", ({}, {}))[modifiers_only]
    phrase = memo.get(token.i)
    if phrase is None:
        phrase = memo[token.i] = " ".join(
            t.lower_ for t in token.subtree
            if t.i <= token.i and (not modifiers_only or t.dep_ in ("compound", "amod") or t.i == token.i))
    return phrase


def _hyphenated(token: Token) -> str | None:
    """The whole word when the tokenizer split a hyphenated one and the parser kept its last part
    as the head ("sit-in": sit / - / in), else None."""
    doc, i = token.doc, token.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].is_alpha:
        i -= 2
    return doc[i: token.i + 1].text.lower() if i < token.i else None


def repeated_base(lex: Lexicon, lemma: str) -> str | None:
    """The verb that a "re" verb repeats ("reimpose" -> "impose", "reopen" -> "open"), when the
    lexicon knows it; None for any other verb and for false friends ("resign")."""
    if not lemma.startswith("re") or lemma in FALSE_RE_VERBS:
        return None
    base = lemma[3:] if lemma.startswith("re-") else lemma[2:]
    if len(base) < 3 or not (lex.lookup("verb", base) or base in LIGHT_VERBS):
        return None
    return base


def _tested(lex: Lexicon, token: Token, lemma: str) -> str | None:
    """"test-fired", split by the tokenizer into "test", "-", "fired": the compound verb
    ("test-fire") when the lexicon knows it."""
    i = token.i
    if i < 2 or token.doc[i - 1].text != "-" or token.doc[i - 2].lower_ != "test":
        return None
    compound = f"test-{lemma}"
    return compound if lex.lookup("verb", compound) else None


def verb_lemma(lex: Lexicon, token: Token) -> str:
    """The lemma of a verb, mended where the tagger's lemma is no known verb but a regular
    reading of the surface form is ("staged" -> "stag" by the lemmatizer; "stage" here).
    A "re" verb the lexicon does not know reads as the verb it repeats ("reapplied" -> "apply")."""
    lemma = token.lemma_.lower()
    tested = _tested(lex, token, lemma)
    if tested is not None:
        return tested
    if lex.lookup("verb", lemma) or lemma in LIGHT_VERBS:
        return lemma
    low = token.lower_
    stems = []
    for suffix in ("ied", "ies", "ed", "es", "s", "ing"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)]
            if suffix in ("ied", "ies"):
                stems.append(stem + "y")
                continue
            stems += [stem + "e", stem, stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem]
    known = next((s for s in stems if lex.lookup("verb", s) or s in LIGHT_VERBS), None)
    if known is not None:
        return known
    return next((b for b in (repeated_base(lex, s) for s in [lemma, *stems]) if b is not None), lemma)


def match_entry(lex: Lexicon, token: Token, pos: str, *, lemma: str | None = None,
                objects: list[Token] | None = None) -> LexEntry | None:
    """The most specific lexicon entry whose constraints `token`'s dependents satisfy. A caller
    that memoises a verb's `verb_lemma` and `objects_of` passes them in."""
    if lemma is None:
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
    if not entries:
        entries = lex.lookup(pos, lemma)
        base = repeated_base(lex, lemma) if pos == "verb" else None
        if base is not None:
            # "reimposed sanctions" is "imposed sanctions" again: the repeated verb's patterns
            # join the verb's own, which keep ties by coming first.
            entries = entries + lex.lookup(pos, base)
        if pos == "noun" and token.lower_ != lemma:
            # "exercises": the plural's own rows count beside the lemma's ("exercise ... prep=with").
            entries = entries + lex.lookup(pos, token.lower_)
    if not entries:
        return None
    objs = (objects_of(token) if objects is None else objects) if pos == "verb" else []
    if pos == "verb" and not objs and token.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in token.children):
        objs = [token.head]  # "a claim the junta rejected": the noun is the object the clause leaves out
    # Each conjunct is an object too ("deployed vehicles and several hundred soldiers"), though
    # an entry the head itself matches wins ("photographs and other intelligence").
    conjuncts = [c for o in objs for c in o.conjuncts if c.pos_ in ("NOUN", "PROPN") and c.i > o.i]
    # In our own entries an infinitival complement fills the object slot: "declined to comment".
    xobjs = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"] if pos == "verb" else []
    # A manner adverb fills the object slot of PETRARCH's patterns ("intervene militarily",
    # "reacted angrily", "attacked bitterly": its phrases take the next word).
    manner = [c for c in token.children if c.dep_ == "advmod" and c.lower_.endswith("ly")] if pos == "verb" else []
    particles = particles_of(token)
    preps = preps_of(token)
    if pos == "verb":
        # "summoned the ambassador over the remarks": the parser hangs the grievance on the
        # object; it is the verb's.
        preps = preps + [(p, pobj) for o in objs for p, pobj in preps_of(o) if p == "over"]
    prep_words = {p for p, _ in preps}
    own_cands, other_cands = objs + xobjs + manner, objs + manner
    best: tuple[int, int, int, int, int, int, float, int] | None = None
    chosen: LexEntry | None = None
    for n, entry in enumerate(entries):
        if entry.origin == "petrarch2" and entry.specificity == 0 and (
                lemma in NOISY_DEFAULTS or (entry.code or "").startswith("01")):
            continue
        if entry.particle and entry.particle not in particles and entry.particle not in prep_words:
            continue
        cands = own_cands if entry.origin in ("core", "user") else other_cands
        # A verb complement names an act, never a thing given: "offered to help" is no offer of aid (@aid).
        matched = [w for o in cands for w in entry.obj if word_matches(lex, w, o)
                   and not (w in GIVEN_CLASSES and o.pos_ == "VERB")] if entry.obj else []
        by_head = 1
        if entry.obj and not matched and conjuncts:
            matched, by_head = [w for o in conjuncts for w in entry.obj if word_matches(lex, w, o)], 0
        if entry.obj and not matched:
            continue
        ok = True
        head_words = 0
        # "drew a protest from Baku", "ordered the closure of two consulates": the phrase an
        # entry with an object asks for may hang on that object.
        entry_preps = preps + [pp for o in objs for pp in preps_of(o)] if entry.obj else preps
        for p, head in entry.preps:
            # "called ... on Tuesday" is no "call on": a date does not fill a bare preposition.
            if not any(q == p and (pobj is None or pobj.ent_type_ not in ("DATE", "TIME") or head is not None)
                       and (head is None or (pobj is not None and any(word_matches(lex, h, pobj) for h in head.split("|"))))
                       for q, pobj in entry_preps):
                ok = False
                break
            if head is not None:
                head_words = max([head_words] + [len(h.split()) for h in head.split("|") if any(
                    q == p and pobj is not None and word_matches(lex, h, pobj) for q, pobj in entry_preps)])
        if not ok:
            continue
        # A longer object phrase is the more specific match ("air strike" before "strike", "on
        # hunger strike" before "on strike").
        words = max([len(w.split()) for w in matched] + [head_words])
        # A word named in the entry beats a class that holds it ("ease restrictions" 081 over "ease @sanction").
        named = 1 if any(not w.startswith("@") for w in matched) else 0
        # A preposition whose object is named ("call for a ceasefire") beats the bare one ("call
        # for"), whichever lexicon each comes from.
        headed = sum(1 for _, head in entry.preps if head is not None)
        key = (entry.specificity, by_head, headed, words, 1 if entry.origin in ("user", "core") else 0, named,
               entry.confidence, -n)
        if best is None or key > best:
            best, chosen = key, entry
    return chosen


def lexicon_rows(lex: Lexicon | None = None) -> list[dict]:
    """All lexicon entries as plain dicts (for `tacitus codebook --lexicon` and inspection)."""
    lex = lex or load_lexicon()
    return [json.loads(json.dumps(e.__dict__)) for bucket in lex.entries.values() for e in bucket]
