"""The actor knowledge base: countries, name forms, capitals, people with dated offices,
organisations, media, armed groups, weapons and agent nouns, and the resolution of a
free-standing actor string.

Data (all under `tacitus/data/actors/`, see SOURCE.md there):

- `countries.jsonl`  built from CountryInfo and text_to_CAMEO: names, adjectival forms,
  capitals, major cities.
- `phoenix_people_*.jsonl`, `phoenix_orgs.jsonl`  built from the Phoenix dictionaries:
  people and institutions with dated CAMEO roles (coverage stops around 2015).
- `agents.jsonl`  Phoenix agent nouns -> CAMEO sector codes.
- `facts.yaml`  written by hand for this project: leaders and offices to 2026, seats of
  government, IGOs, media, armed groups, intelligence services, weapons, name forms and
  agent nouns. It has the same fields as a user's actor file (YAML or CSV) and wins over the
  Phoenix rows; a user's file wins over both.

Design choices (documented here because the pipeline relies on them):

- A country name or adjective ("Russia", "North Korean") resolves to the country with no
  sector (CAMEO code "RUS"), as PETRARCH codes it; the government reading is left to the
  event coder. A capital or seat of government ("Moscow", "the Kremlin") resolves to the
  government (RUSGOV) when it is asked about as an actor.
- People resolve through their office on the date asked (None -> today): the role whose
  term contains the date; after their last dated office they are ELI (former elite).
- Sectors are CAMEO/PLOVER agent codes (GOV, MIL, LEG, ...); `code` is the country code
  followed by the sector codes (RUSGOV, RUSGOVMIL); IGOs keep their CAMEO code (IGOWSTNAT)
  and have no country (a role in the code is their sector: IGOUNOJUDICJ -> JUD).
- Where CAMEO has no code, PLOVER's is used: PRE for partially recognised entities (with the
  claimant's country), PRM for pro-government paramilitaries, UNK for a generic person ("He",
  "two men"); OPP comes second (LEGOPP). A place the KB lacks is looked up in the gazetteer
  when it is the whole string or stands right before an agent noun ("Rakhine villagers").

Example:
    >>> from datetime import date
    >>> resolve_text("Vladimir Putin", date(2009, 6, 1)).role
    'prime minister'
    >>> resolve_text("Ukrainian officials").code
    'UKRGOV'
"""

from __future__ import annotations

import csv
import io
import logging
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from tacitus.errors import DataFileError
from tacitus.records import Actor
from tacitus.resources import iter_jsonl, read_text

log = logging.getLogger(__name__)

KB_VERSION = "tacitus.actor_kb.v1"

#: CAMEO / PLOVER agent (sector) codes the knowledge base may use.
SECTORS = frozenset({
    "GOV", "MIL", "LEG", "JUD", "OPP", "REB", "SPY", "MED", "BUS", "CVL", "IGO", "NGO", "COP", "ELI",
    "PTY", "REF", "HLH", "EDU", "AGR", "LAB", "CRM", "REL", "UAF", "ENV", "DEV", "HRI", "MOD", "RAD",
    "UNK", "PRM", "PRE", "SOC", "JRN", "INS", "SEP", "IMG", "MNC", "SET", "CHR", "MUS", "JEW", "BUD",
    "HIN", "SHI", "SUN", "CTH", "ORT", "PRO", "ALE", "ATH", "CON", "DRZ", "JAN", "SIK", "TAO", "ZRO",
    "MOS", "NGM", "ITP", "GEN", "YTH", "WOM", "SPT", "ENT", "TRN", "HRT", "CRW",
})
#: Region and collective codes CAMEO uses in the country position.
REGIONS = frozenset({
    "WST", "EUR", "AFR", "ASA", "MEA", "NAF", "SAF", "WAF", "EAF", "CAF", "SAM", "LAM", "NMR", "CRB",
    "SAS", "SEA", "EAS", "CAS", "BLK", "BAL", "SCN", "EEU", "PGS", "CAU", "NAM", "MDT", "KUR", "IGO",
    "NGO", "MNC", "INT", "UNO", "ARB", "CHE", "PSE", "XKX", "---",
})
#: Codes CAMEO writes in the country position that are not states.
NON_STATES = frozenset({
    "IGO", "NGO", "MNC", "IMG", "INT", "UNO", "WST", "EUR", "AFR", "ASA", "MEA", "NAF", "SAF", "WAF", "EAF",
    "CAF", "SAM", "LAM", "NMR", "CRB", "SAS", "SEA", "EAS", "CAS", "BLK", "BAL", "SCN", "EEU", "PGS", "CAU",
    "NAM", "MDT", "KUR", "ARB", "---",
})
KINDS = frozenset({
    "country", "government", "person", "organisation", "igo", "media", "group", "collective",
    "weapon", "demonym", "agent", "capital", "city",
})
#: Sectors of armed non-state groups: their officials and fighters are coded as the group.
ARMED_SECTORS = frozenset({"REB", "PRM", "UAF", "INS", "SEP", "RAD"})
_SOURCE_RANK = {"user": 0, "facts": 1, "countries": 2, "phoenix": 3}

_STEM_WORDS = ("the", "a", "an", "two", "three", "four", "five", "several", "some", "many", "dozens",
               "hundreds", "thousands", "of", "its", "their", "his", "her", "our", "your", "this", "that",
               "these", "those", "one", "both", "all", "numerous", "various", "other", "new", "current",
               "top", "senior", "largest", "biggest", "local", "unnamed", "anonymous")
_FORMER = ("former", "ex", "late")
#: "then-President X", "the then interior minister": the office held at the time told of (GOV), not
#: one left (ELI); the word is dropped like "former" but makes no elite.
_THEN = ("then", "now")
_SPLITTERS = ("of", "to", "for", "in", "at", "from", "with", "on", "against", "over", "and", "who", "which", "that")
_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "i", "you", "his", "its", "their"}
#: Words for a person or people that say nothing of who they are: PLOVER's UNK ("generic
#: unidentified actors"); Phoenix codes the same nouns PPL.
_GENERIC_PEOPLE = frozenset({"he", "she", "they", "him", "them", "man", "men", "person", "persons", "individual",
                             "individuals", "someone", "somebody", "stranger", "strangers", "unknown"})
#: Last words of a body's name: a Phoenix "person" row ending in one (the Syrian National Council)
#: is a group, and gives no surname ("the Council" is no person's).
_BODY_WORDS = frozenset({"council", "committee", "party", "front", "movement", "government", "assembly", "congress",
                         "union", "army", "court", "commission", "ministry", "authority", "office", "forces",
                         "alliance", "coalition", "organization", "organisation", "group", "league", "agency",
                         "brigade", "brigades", "board"})
#: Titles of a reigning monarch: "King Abdullah II" is also "King Abdullah" (kb.regnal_forms).
MONARCH_TITLES = frozenset({"king", "queen", "emperor", "empress", "emir", "sultan"})
_REGNAL_NUMERALS = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xvi"})
#: Countries whose people are named family name first in English text (Xi Jinping, Yoon Suk Yeol).
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "KOR", "PRK"})
#: Titles that head "<title> of <organisation>": the person takes the organisation's sector.
_TITLE_PHRASES = frozenset({"president", "chairman", "chairwoman", "chair", "chairperson", "head", "leader", "director",
                            "chief", "spokesman", "spokeswoman", "spokesperson", "member", "members", "founder",
                            "secretary general", "general secretary", "deputy head", "deputy director",
                            "vice president", "deputy leader", "executive director", "director general"})


def normalize(text: str) -> str:
    """The lookup key of a name: lower case, no accents, no possessive 's, no apostrophes,
    other punctuation as spaces ("Kim Jong-un" and "kim jong un" share a key)."""
    if text.isascii():
        if text.replace(" ", "").isalnum():  # plain words, most calls: the steps below only lower them
            return " ".join(text.lower().split())
    else:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("’", "'").replace("‘", "'")
    text = _POSSESSIVE.sub("", text.replace("`", "'").lower()).replace("'", "")
    return _NON_ALNUM.sub(" ", text).strip()


_POSSESSIVE = re.compile(r"'s\b")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """CAMEO actor code -> (country, sector): RUSGOVMIL -> (RUS, GOV); IGOWSTNAT -> (None, IGO)."""
    if not code:
        return None, None
    code = code.strip().upper()
    head = code[:3]
    if head in ("IGO", "NGO", "MNC"):
        return None, head
    if head in NON_STATES:  # regions and international groups: no country ("IMGMUSALQ" -> None, MUS)
        return None, code[3:6] or None
    if head == "---":
        return None, code[3:6] or None
    if head in SECTORS and head not in ("CHE",) and len(code) == 3:
        return None, head
    return head, code[3:6] or None


@dataclass(frozen=True)
class Role:
    """A dated office: the CAMEO code held from `start` to `end` (either may be open)."""

    code: str
    start: date | None = None
    end: date | None = None
    title: str = ""

    def active(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


@dataclass(frozen=True)
class Entry:
    """One knowledge-base row: a country, person, organisation, weapon, name form or agent noun."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    weapon_type: str | None = None
    source: str = "facts"
    parent: str | None = None  # the body a mission or branch belongs to ("KFOR" -> NATO): its code is the parent's

    def names(self) -> Iterator[str]:
        yield self.name
        yield from self.aliases

    def role_on(self, when: date) -> tuple[Role | None, bool]:
        """The office held on `when`, and whether the person is past all dated offices
        (then the caller codes them ELI)."""
        active = [r for r in self.roles if r.dated and r.active(when)]
        if active:
            return active[0], False
        undated = [r for r in self.roles if not r.dated]
        dated = [r for r in self.roles if r.dated]
        if dated and all(r.end is not None and r.end <= when for r in dated):
            return (max(dated, key=lambda r: r.end or date.min)), True
        if undated:
            return undated[0], False
        return None, False


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    capitals: tuple[str, ...] = ()


@dataclass
class Match:
    """A knowledge-base hit over token positions [start, end) of a token list."""

    start: int
    end: int
    key: str
    entries: list[Entry] = field(default_factory=list)
    agent: str | None = None

    @property
    def kind(self) -> str:
        return self.entries[0].kind if self.entries else "agent"


class ActorKB:
    """The actor knowledge base. Build with `load_kb()` (cached) or `ActorKB(entries, countries, agents)`."""

    def __init__(self, entries: Iterable[Entry], countries: Iterable[Country], agents: dict[str, str]):
        self.entries: list[Entry] = list(entries)
        self._igo_tails: dict[str, set[str]] | None = None
        self.countries: dict[str, Country] = {c.code: c for c in countries}
        self.agents: dict[str, str] = {k: v for k, v in agents.items() if _sector_of(v)}
        self._agent_source: dict[str, str] = {}
        self.index: dict[str, list[Entry]] = {}
        self.first_names: dict[str, list[Entry]] = {}
        self.surnames: dict[str, list[Entry]] = {}
        self.old_surnames: dict[str, list[Entry]] = {}
        for entry in self.entries:
            self._add(entry)
        self._add_regnal(self.entries)
        for bucket in self.index.values():
            bucket.sort(key=lambda e: _SOURCE_RANK.get(e.source, 9))
        self.max_words = min(10, max((len(k.split()) for k in self.index), default=1))
        # For begins_name, built on first use: the keys in order and every leading run of a key's words
        self._sorted_keys: list[str] | None = None
        self._word_prefixes: set[str] = set()
        self._agent_stems: set[str] | None = None  # for agent_sector: agent phrases without their last word

    def _add(self, entry: Entry) -> None:
        if entry.kind == "agent":
            # Hand-written and user agent nouns win over the Phoenix list, singular forms too.
            for name in entry.names():
                k = normalize(name)
                if k and entry.sector:
                    for form in _singulars(k):
                        if form == k or self._agent_source.get(form) != entry.source:
                            self.agents[form] = entry.sector
                            self._agent_source[form] = entry.source
                    self.agents[k] = entry.sector
                    self._agent_source[k] = entry.source
            return
        seen: set[str] = set()
        for name in entry.names():
            k = normalize(name)
            if k and k not in seen:
                seen.add(k)
                self.index.setdefault(k, []).append(entry)
        if entry.kind == "person":
            parts = normalize(entry.name).split()
            if entry.source not in ("facts", "user"):  # Phoenix people: surnames only, as a fallback
                # (a few rows filed as people are groups: "The Islamic State" has no surname "State")
                if len(parts) >= 2 and len(parts[-1]) >= 4 and parts[0] != "the" and parts[-1] not in _BODY_WORDS:
                    self.old_surnames.setdefault(parts[-1], []).append(entry)
                return
            if len(parts) >= 2 and len(parts[0]) >= 3:
                self.first_names.setdefault(parts[0], []).append(entry)
            if len(parts) >= 2 and len(parts[-1]) >= 4 and parts[-1] not in ("jr", "iii", "ii"):
                self.surnames.setdefault(parts[-1], []).append(entry)
            if len(parts) >= 2 and len(parts[0]) >= 3 and entry.country in _FAMILY_NAME_FIRST:
                self.surnames.setdefault(parts[0], []).append(entry)  # "Yoon" for Yoon Suk Yeol

    def _add_regnal(self, entries: Iterable[Entry]) -> None:
        """Index a monarch's name without its numeral: "King Felipe VI" is also "King Felipe"; where
        the bare name is already another monarch's key ("Abdullah", the Saudi king), the bare name
        instead, so that `pick` chooses between them by the story's countries and the date."""
        for entry in entries:
            for titled, bare in regnal_forms(entry):
                bucket = self.index.get(bare)
                if bucket and any(_is_monarch(e) for e in bucket):
                    if entry not in bucket:  # "King Abdullah": "Abdullah" names the Saudi king too
                        bucket.append(entry)
                elif not bucket and entry not in self.index.setdefault(titled, []):
                    self.index[titled].append(entry)

    def extend(self, entries: Iterable[Entry]) -> None:
        """Add entries (a user's file): they win over packaged rows with the same names."""
        entries = list(entries)
        for entry in entries:
            self.entries.append(entry)
            self._add(entry)
        self._add_regnal(entries)
        for bucket in self.index.values():
            bucket.sort(key=lambda e: _SOURCE_RANK.get(e.source, 9))
        self._sorted_keys = None
        self._agent_stems = None
        self._igo_tails = None

    # ------------------------------------------------------------------ lookup
    def lookup(self, name: str) -> list[Entry]:
        """Entries whose name or alias has the key of `name` (best source first)."""
        return list(self.index.get(normalize(name), ()))

    def igo_tails(self, code: str) -> set[str]:
        """The last words of the multi-word names of the IGO bodies coded `code` ("commission"
        for IGOEUREEC: the European Commission): what a capitalised short name of one of them
        ("the Commission") may be, once the article names any body with that code. Curated
        names only: Phoenix's IGO rows include officials ("Moon") and field missions."""
        if self._igo_tails is None:
            tails: dict[str, set[str]] = {}
            for entry in self.entries:
                if entry.kind == "igo" and entry.code and entry.source == "facts":
                    for name in entry.names():
                        words = normalize(name).split()
                        if len(words) > 1:
                            tails.setdefault(entry.code, set()).add(words[-1])
            self._igo_tails = tails
        return self._igo_tails.get(code, set())

    def begins_name(self, key: str, whole_words: bool = True) -> bool:
        """Whether some name key starts with the normalised `key`: at a word boundary when
        `whole_words` ("kim jong" begins "kim jong un"; "kim jo" does not), else anywhere
        ("kim jo" begins it too). Scans use it to stop lengthening a span no name can start with.
        """
        if self._sorted_keys is None:
            self._sorted_keys = sorted(self.index)
            self._word_prefixes = {" ".join(words[:n]) for words in map(str.split, self.index)
                                   for n in range(1, len(words) + 1)}
        if whole_words:
            return key in self._word_prefixes
        keys = self._sorted_keys
        k = bisect_left(keys, key)
        return k < len(keys) and keys[k].startswith(key)

    def agent_sector(self, phrase: str) -> str | None:
        """The sector code of an agent noun phrase ("military sources" -> MIL), plurals included."""
        k = normalize(phrase)
        if not k:
            return None
        if " " in k and k.rsplit(" ", 1)[1] in SPOKESPEOPLE and k not in self.agents:
            # "a police spokeswoman", "an army spokesman": the speaker is of the body named before
            body = self.agent_sector(k.rsplit(" ", 1)[0])
            if body is not None:
                return body
        if " " in k and k not in self.agents and k.rsplit(" ", 1)[1] in _LEADER_NOUNS:
            # "gang leader", "rebel commander": the head of a non-state body is of that body (as in resolve_text)
            body = self.agent_sector(k.rsplit(" ", 1)[0])
            if body is not None and body[:3] not in _STATE_SECTORS:
                return body
        if " " in k:  # the forms _singulars tries change only the last word: the others must lead an agent phrase
            if self._agent_stems is None:
                self._agent_stems = {a.rsplit(" ", 1)[0] for a in self.agents if " " in a}
            if k.rsplit(" ", 1)[0] not in self._agent_stems:
                return None
        for cand in _singulars(k):
            if cand in self.agents:
                code = self.agents[cand]
                if " " in cand and code[:3] in _RELIGIONS:
                    # "Muslim cleric": the head noun's role (REL) over the religion (MUS)
                    head = self.agent_sector(cand.rsplit(" ", 1)[1])
                    if head and head[:3] not in _RELIGIONS:
                        return head
                return code
        return None

    def by_surname(self, word: str, when: date, countries: Iterable[str] = ()) -> Entry | None:
        """The one hand-written or user person with this surname in office on `when`
        (preferring the given countries); None when there is not exactly one."""
        key = normalize(word)
        cands = [e for e in self.surnames.get(key, []) if any(r.dated and r.active(when) for r in e.roles)]
        if not cands and key not in self.surnames:  # then the Phoenix people (coverage to about 2015)
            cands = [e for e in self.old_surnames.get(key, []) if any(r.dated and r.active(when) for r in e.roles)]
        ctx = set(countries)
        if ctx and len(cands) > 1:
            local = [e for e in cands if e.country in ctx]
            cands = local or cands
        return cands[0] if len({e.id for e in cands}) == 1 else None

    def country_name(self, code: str | None) -> str | None:
        c = self.countries.get(code or "")
        return c.name if c else None

    def pick(self, entries: list[Entry], when: date, countries: Iterable[str] = ()) -> Entry | None:
        """Choose among entries sharing a name: best source, then one in office on `when`,
        then one from a country of the context."""
        if not entries:
            return None
        best_rank = _SOURCE_RANK.get(entries[0].source, 9)
        pool = [e for e in entries if _SOURCE_RANK.get(e.source, 9) == best_rank]
        people = [e for e in pool if e.kind == "person"]
        if people and all(min((r.start or date.min) for r in e.roles if r.dated) > when
                          for e in people if any(r.dated for r in e.roles)):
            # "Assad" in 1995: before the hand-written Bashar's first office; an older row may cover it
            older = [e for e in entries if e.kind == "person" and any(r.dated and r.active(when) for r in e.roles)]
            if older:
                pool = older
        if len(pool) == 1:
            return pool[0]
        ctx = set(countries)
        if ctx:
            local = [e for e in pool if e.country in ctx or any((r.code[:3] in ctx) for r in e.roles)]
            if local:
                pool = local
        in_office = [e for e in pool if any(r.dated and r.active(when) for r in e.roles)]
        if in_office:
            pool = in_office
        return pool[0]

    def scan(self, words: list[str], agents: bool = True) -> list[Match]:
        """Longest-first matches of names and agent phrases over normalised words."""
        out: list[Match] = []
        i = 0
        n = len(words)
        while i < n:
            found: Match | None = None
            for j in range(min(n, i + self.max_words), i, -1):
                k = " ".join(words[i:j])
                if k in self.index:
                    found = Match(i, j, k, entries=list(self.index[k]))
                    break
                if agents:
                    sector = self.agent_sector(k)
                    if sector:
                        found = Match(i, j, k, agent=sector)
                        break
            if found:
                out.append(found)
                i = found.end
            else:
                i += 1
        return out

    # ------------------------------------------------------------------ actors
    def actor_for(self, entry: Entry, text: str, when: date | None = None, rule: str = "kb",
                  confidence: float = 0.9, former: bool = False) -> Actor:
        """The Actor an entry stands for on `when` (None -> today)."""
        when = when or date.today()
        role_title = None
        country, sector, code = entry.country, entry.sector, entry.code
        kind = _ACTOR_KIND.get(entry.kind, entry.kind)
        if entry.roles:
            role, past = entry.role_on(when)
            if role is not None:
                r_country, r_sector = split_code(role.code)
                role_title = role.title or None
                if past or former:
                    country = r_country or country
                    sector = "ELI"
                    code = None
                    role_title = f"former {role.title}".strip() if role.title else "former"
                else:
                    country = r_country if r_country else (None if role.code[:3] in ("IGO", "NGO") else country)
                    sector = r_sector
                    code = role.code
                    if role.code.startswith(("IGO", "NGO")):
                        sector = role.code[:3]
            elif entry.kind == "person":
                sector = None
        if entry.kind in ("capital",):
            sector = "GOV"
        if sector is None and not entry.roles and (code or "").startswith("IGO"):
            sector = _igo_sector(code or "")
        if code is None or not entry.roles and sector and country and not code.startswith(country):
            code = _make_code(country, sector)
        return Actor(
            text=text, country=country, sector=sector, code=code, name=entry.name, kind=kind,
            kb_id=entry.id, role=role_title, rule=rule, confidence=confidence,
        )

    def resolve_text(self, text: str, date: date | None = None, context: str | None = None) -> Actor | None:
        """Resolve a free-standing actor string ("the Russian Defense Ministry", "Prime Minister
        of Russia", "Vladimir Putin") to an Actor, using the date for offices and the context
        (e.g. "German") for a country the string lacks. A pronoun or generic person noun is
        PLOVER's UNK actor; None when nothing is known.

        Example:
            >>> load_kb().resolve_text("North Korean soldiers").code
            'PRKMIL'
        """
        when = date or _today()
        raw = (text or "").strip()
        words = normalize(raw).split()
        if not words:
            return None
        former = any(w in _FORMER for w in words[:3])
        ctx_first = self._context_countries(context)
        whole = " ".join(words)
        if whole in self.index and words[0] in ("the", "a", "an"):  # "The Times", "The Hague"
            entry = self.pick(self.index[whole], when, ctx_first)
            if entry is not None and entry.kind != "city":
                return self._entry_actor(entry, raw, when, former, ctx_first, rule="kb:exact", confidence=0.95)
        words = [w for k, w in enumerate(words) if not (w in _THEN and k < 4 and k < len(words) - 1)]
        while words and (words[0] in _STEM_WORDS or words[0] in _FORMER or words[0].isdigit()):
            words = words[1:]
        if not words or (len(words) == 1 and words[0] in _PRONOUNS):
            return _generic(raw, words)
        ctx_countries = self._context_countries(context)
        full = " ".join(words)
        if full in self.index:
            entry = self.pick(self.index[full], when, ctx_countries)
            if entry is not None and entry.kind != "city":
                return self._entry_actor(entry, raw, when, former, ctx_countries, rule="kb:exact", confidence=0.95)
        matches = self.scan(words)
        if not matches:
            if len(words) == 1:  # a surname alone: "Scholz"
                entry = self.by_surname(words[0], when, ctx_countries)
                if entry is not None:
                    return self._entry_actor(entry, raw, when, former, ctx_countries, rule="kb:surname", confidence=0.7)
            # a town the KB lacks: "Puerto Penasco"; a name several countries share, the context's
            place = _gazetteer_country(full, min_population=50_000, context=ctx_countries)
            if place:
                return Actor(text=raw, country=place, sector=None, code=place, name=self.country_name(place),
                             kind="country", rule="gazetteer:place", confidence=0.5)
            return _generic(raw, words)
        head_end = len(words)
        for i, w in enumerate(words):
            inside = any(m.start <= i < m.end for m in matches)
            if w in _SPLITTERS and not inside and any(m.end <= i for m in matches):
                head_end = i
                break
        head = [m for m in matches if m.start < head_end]
        tail = [m for m in matches if m.start >= head_end]
        # A city gives a country only as the whole string or right before an agent noun
        # ("Shanghai police"), not inside a name ("Sen. ... Valencia").
        keep = []
        for m in head + tail:
            if m.entries and all(e.kind == "city" for e in m.entries) and len(matches) > 1:
                nxt = next((x for x in matches if x.start == m.end), None)
                if nxt is None or not nxt.agent:
                    continue
            keep.append(m)
        head = [m for m in keep if m.start < head_end]
        tail = [m for m in keep if m.start >= head_end]
        actor = self._compose(raw, words, head, tail, when, former, ctx_countries, head_end)
        return actor if actor is not None else _generic(raw, words)

    # ------------------------------------------------------------------ helpers
    def _context_countries(self, context: str | None) -> list[str]:
        if not context:
            return []
        out: list[str] = []
        for m in self.scan(normalize(context).split(), agents=False):
            c = _place_country(m.entries)
            if c and c not in out:
                out.append(c)
        return out

    def _place_before_agent(self, words: list[str], matches: list[Match]) -> str | None:
        """The country of a gazetteer place (a region, or a city of 100,000 or more) written
        right before an agent noun and not known to the KB: "Oxford University" -> GBR."""
        covered = {i for m in matches for i in range(m.start, m.end)}
        for m in matches:
            if not m.agent:
                continue
            start = m.start
            while start > 0 and start - 1 not in covered and words[start - 1] not in _STEM_WORDS \
                    and words[start - 1] not in _SPLITTERS and m.start - start < 3:
                start -= 1
            if start < m.start:
                place = _gazetteer_country(" ".join(words[start:m.start]), min_population=100_000)
                if place:
                    return place
        return None

    def _entry_actor(self, entry: Entry, raw: str, when: date, former: bool, ctx: list[str],
                     rule: str, confidence: float) -> Actor:
        if entry.kind in ("country", "demonym"):  # a breakaway region keeps its PRE sector
            return Actor(text=raw, country=entry.country, sector=entry.sector, code=_make_code(entry.country, entry.sector),
                         name=self.country_name(entry.country) or entry.name, kind="country",
                         kb_id=entry.id, rule=rule, confidence=confidence)
        if entry.kind == "collective":
            return Actor(text=raw, country=None, sector=None, code=entry.code, name=entry.name,
                         kind="collective", kb_id=entry.id, rule=rule, confidence=confidence)
        actor = self.actor_for(entry, raw, when, rule=rule, confidence=confidence, former=former)
        if actor.country is None and ctx and entry.kind in ("person", "organisation") and not (actor.code or "").startswith(("IGO", "NGO")):
            actor = _with(actor, country=ctx[0], code=_make_code(ctx[0], actor.sector))
        return actor

    def _compose(self, raw: str, words: list[str], head: list[Match], tail: list[Match], when: date,
                 former: bool, ctx: list[str], head_end: int) -> Actor | None:
        matches = head + tail
        head = [m for m in head if not (m.entries and alias_in_longer_name(
            m.entries, m.key, words[m.end] if m.end < len(words) else None))]
        named = [m for m in head if m.entries and m.kind in _NAMED] or [m for m in tail if m.entries and m.kind == "person"]
        places = [m for m in head if m.entries and m.kind in _PLACES] + [m for m in tail if m.entries and m.kind in _PLACES]
        head_agents = [m for m in head if m.agent]
        any_agents = head_agents or [m for m in matches if m.agent]
        titled = bool(tail) and " ".join(w for w in words[:head_end] if w not in _STEM_WORDS) in _TITLE_PHRASES
        if titled and not named:
            # "Chairman of the Joint Chiefs", "President of the Human Rights League": the
            # organisation (or the kind of body) after the title says who the person works for.
            named = [m for m in tail if m.entries and m.kind in _NAMED and m.kind not in ("person", "weapon")]
            tail_agents = [m for m in tail if m.agent]
            if not named and tail_agents:
                any_agents = tail_agents
        place_country = next((c for c in (_place_country(m.entries) for m in places) if c), None)
        if place_country is None:  # "Oxford University", "Rakhine Buddhists": a place the KB lacks
            place_country = self._place_before_agent(words, matches)
        if named and place_country and named[0].kind in ("organisation", "government", "igo"):
            m = named[0]
            generic = self.agent_sector(m.key)
            if generic and any(p.end <= m.start for p in places) and all(e.country != place_country for e in m.entries):
                # "Ukraine's Security Service", "Russia's Security Council": a generic name
                # after another country is that country's body, not the one the KB names so
                named = named[1:]
                any_agents = [*any_agents, Match(m.start, m.end, m.key, agent=generic)]
        collective = next((m for m in places if m.kind == "collective"), None)
        # The title or head noun: the longest agent phrase, the last of equals.
        best = max(any_agents, key=lambda m: (m.end - m.start, m.start)) if any_agents else None
        if best is not None and best.key in SPOKESPEOPLE:
            # "army spokesman", "police spokeswoman": the spokesperson speaks for the body before
            before = [m for m in any_agents if m.end <= best.start and m.key not in SPOKESPEOPLE]
            best = max(before, key=lambda m: (m.end - m.start, m.start)) if before else best
        if best is not None and best.key in _LEADER_NOUNS:
            # "gang leader", "union boss": the head of a non-state body is of that body's sector
            body = next((m for m in any_agents if m.end == best.start), None)
            if body is not None and (_sector_of(body.agent) or "GOV")[:3] not in _STATE_SECTORS:
                best = body
        agent = _sector_of(best.agent) if best else None
        if best is not None and best.key == "bank" and best.start == 0 and head_end == best.end \
                and len(places) == 1 and places[0].start == head_end + 1 and places[0].end == len(words) \
                and places[0].kind in ("country", "demonym"):
            agent = "GOV"  # "the Bank of Korea", "Bank of England": a country's central bank, a state body
        if agent != "PRE" and any(e.sector == "PRE" for m in places for e in m.entries[:1]):
            agent = (agent or "") + "PRE"  # a breakaway region's officials: GOVPRE
        if named:
            m = named[0]
            entry = self.pick(m.entries, when, [place_country] if place_country else ctx)
            if entry is not None:
                actor = self._entry_actor(entry, raw, when, former, ctx, rule="kb:name", confidence=0.85)
                if actor.country is None and place_country and not (actor.code or "").startswith(("IGO", "NGO")):
                    # "Chinese Foreign Ministry": a generic body takes the country of its modifier
                    actor = _with(actor, country=place_country, code=_make_code(place_country, actor.sector))
                after = [a for a in head_agents if a.start >= m.end]
                armed = entry.kind == "group" and (actor.sector or "")[:3] in ARMED_SECTORS
                if armed and after and (_sector_of(after[-1].agent) or "")[:3] in ("MIL", "GOV"):
                    after = []  # "Hamas official", "Hezbollah commander": the armed group itself
                if entry.kind != "person" and after:
                    sector = _sector_of(after[-1].agent) or ""
                    if actor.country:
                        code = _make_code(actor.country, sector)
                    else:  # "UN peacekeepers" -> IGOUNOMIL: the IGO's code, then the role (once)
                        code = actor.code or "---"
                        code = code if code.endswith(sector[:3]) else code + sector[:3]
                    actor = _with(actor, sector=sector[:3] or actor.sector, code=code, rule="kb:name+agent")
                if actor.country is None and place_country and entry.kind == "person":
                    actor = _with(actor, country=place_country, code=_make_code(place_country, actor.sector))
                return actor
        if not place_country:  # "the residence of the President of the United States"
            place_country = next((e.country for m in matches if m.entries for e in m.entries[:1]
                                  if e.kind in _NAMED and e.country), None)
        # A surname after a title: "Deputy Secretary Hicks", "President Macron".
        covered = {i for m in matches for i in range(m.start, m.end)}
        loose = [w for i, w in enumerate(words) if i not in covered and w not in _SPLITTERS and w not in _STEM_WORDS]
        if any_agents and len(loose) == 1:
            entry = self.by_surname(loose[0], when, [place_country] if place_country else ctx)
            if entry is not None:
                return self._entry_actor(entry, raw, when, former, ctx, rule="kb:title+surname", confidence=0.7)
        country = place_country or (ctx[0] if ctx else None)
        if agent is None and places and len(matches) == 1:
            only = places[0].entries[0]
            if only.kind == "capital":
                agent = "GOV"
        if agent is None and country and _generic(raw, words) is not None:
            agent = "CVL"  # "two Brazilian men": a country's people are its civilians ("two men" alone: UNK)
        if former and agent:
            agent = "ELI"
        if country is None and collective is not None:
            code = (collective.entries[0].code or "---") + (agent or "")
            return Actor(text=raw, country=None, sector=agent[:3] if agent else None, code=code,
                         name=collective.entries[0].name, kind="collective", kb_id=collective.entries[0].id,
                         rule="kb:collective+agent", confidence=0.7)
        if country is None and agent is None:
            return None
        sector = agent[:3] if agent else None
        kind = "government" if sector == "GOV" else ("country" if sector is None else "group")
        rule = "kb:country+agent" if country and agent else ("kb:agent" if agent else "kb:country")
        return Actor(text=raw, country=country, sector=sector, code=_make_code(country, agent),
                     name=self.country_name(country), kind=kind, kb_id=None, rule=rule,
                     confidence=0.75 if country and agent else 0.6)


#: Words for a spokesperson: one speaks for the body named with it ("army spokesman" is the army).
#: Capitals that, named as an actor, usually stand for an international body seated there rather
#: than their own state's government ("a rift with Brussels" is the EU's): capital -> the body's KB name.
IGO_SEATS = {"brussels": "European Union"}
#: Datelines where international bodies sit or regional news desks file stories about other
#: countries (general knowledge of wire practice): such a dateline says where the reporter was,
#: not whose parliament or ministry a story means, unless the story names the host country.
FILING_HUBS = frozenset({"geneva", "new york", "united nations", "brussels", "vienna", "the hague", "hague",
                         "strasbourg", "luxembourg", "london", "dubai"})
#: Country names that are also the short name of another country (general knowledge of usage):
#: key -> ((other country, whether the article's places and dateline may point to it), ...).
#: "Congo" is the Republic of Congo's name, but news about Kinshasa, Goma or M23 writes it for
#: the Democratic Republic; "Guinea" stands for Guinea-Bissau or Equatorial Guinea only after
#: the longer name (a story from Bissau may well speak of its neighbour Guinea).
#: States that no longer exist, with the days they began and ended (Phoenix codes the Soviet Union
#: SUN). Their names still mean them in any story ("In 1979, Soviet troops invaded ..."), but once a
#: state has ended, "former Soviet", "ex-Soviet", "post-Soviet" name its successors, not it.
DEFUNCT_STATES = {"SUN": (date(1922, 12, 30), date(1991, 12, 26))}
SHORT_FORMS = {"congo": (("COD", True),), "guinea": (("GNB", False), ("GNQ", False))}
#: The country a short name means in news when the article points to neither reading: wire copy
#: writes a bare "Congo" / "eastern Congo" for the Democratic Republic (the Republic is written
#: "Republic of Congo", "Congo-Brazzaville", "Congo Republic", which keep their own names).
USUAL_SHORT_FORMS = {"congo": "COD"}
#: Words that describe a country in a description noun phrase ("the island nation", "the kingdom",
#: "the Gulf state", "the Himalayan kingdom"): word -> the states it fits (general knowledge:
#: island and archipelago states, kingdoms, the Arab states of the Gulf, emirates, sultanates,
#: the Himalayan, Baltic and Caribbean states). Such a phrase refers back only to a state that fits.
_ISLANDS = ("TWN JPN PHL IDN LKA SGP CUB HTI DOM JAM BHS BRB TTO DMA GRD LCA VCT KNA ATG ISL IRL GBR MLT CYP "
            "MDG MUS SYC COM CPV STP MDV BHR NZL FJI PNG SLB VUT WSM TON KIR TUV NRU MHL FSM PLW TMP")
DESCRIBED_COUNTRIES: dict[str, frozenset[str]] = {word: frozenset(codes.split()) for word, codes in {
    "island": _ISLANDS, "archipelago": _ISLANDS,
    "kingdom": "SAU BHR JOR MAR GBR ESP NLD BEL SWE NOR DNK THA KHM BTN LSO SWZ TON",
    "gulf": "SAU KWT BHR QAT ARE OMN",
    "emirate": "ARE QAT KWT",
    "sultanate": "OMN BRN",
    "himalayan": "NPL BTN",
    "baltic": "EST LVA LTU",
    "caribbean": "CUB HTI DOM JAM BHS BRB TTO DMA GRD LCA VCT KNA ATG",
}.items()}
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"})
# Singular heads of a noun phrase that name one person ("the foreign secretary", "a researcher"):
# "it" never stands for them, and "he"/"she" may, whatever sector the KB gives them.
PERSON_NOUNS = frozenset({
    "minister", "secretary", "president", "spokesman", "spokeswoman", "spokesperson", "chief", "chairman",
    "chairwoman", "chair", "leader", "ambassador", "envoy", "commander", "general", "premier", "chancellor", "king",
    "queen", "prince", "emir", "governor", "mayor", "senator", "official", "diplomat", "negotiator", "prosecutor",
    "judge", "director", "head", "adviser", "advisor", "representative", "deputy", "lawmaker", "candidate", "pope",
    "cleric", "researcher", "analyst", "expert", "scholar", "academic", "aide", "officer", "journalist", "reporter",
    "correspondent", "witness", "resident", "doctor", "activist", "lawyer", "colonel", "editor", "publisher",
    "blogger", "writer", "author", "dissident"})
#: Head words of a body's name ("Front", "Movement", "Council"). A body's short alias followed by
#: one is part of another body's longer name: "the National Resistance Front" is not the
#: "Armed Forces of National Resistance" whose alias is "National Resistance".
ORG_NAME_HEADS = frozenset({"front", "party", "movement", "alliance", "congress", "army", "council", "coalition",
                            "brigade", "brigades", "union", "league"})


def alias_in_longer_name(entries: list[Entry], key: str, next_word: str | None) -> bool:
    """Is `key`, a body's alias of two or more words (not its own full name), followed by a
    name head word (ORG_NAME_HEADS)? Then the words name some other body."""
    return next_word is not None and normalize(next_word) in ORG_NAME_HEADS and " " in key \
        and bool(entries) and all(e.kind in ("organisation", "group") and normalize(e.name) != key for e in entries)


_NAMED = frozenset({"person", "organisation", "igo", "media", "group", "government", "weapon"})
_PLACES = frozenset({"country", "demonym", "capital", "city", "collective"})
#: Heads of a body ("gang leader", "rebel commander"): the body before them says the sector.
_LEADER_NOUNS = frozenset({"leader", "leaders", "boss", "bosses", "chief", "chiefs", "commander", "commanders"})
#: State sectors: "army chief", "police chief" keep the reading their phrases already have.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "ELI"})
_ACTOR_KIND = {"capital": "government", "city": "country", "demonym": "country"}


_RELIGIONS = frozenset({"MUS", "CHR", "JEW", "BUD", "HIN", "SHI", "SUN", "CTH", "ORT", "PRO", "ALE", "ATH",
                        "CON", "DRZ", "JAN", "SIK", "TAO", "ZRO", "MOS", "NGM", "ITP"})


def _is_monarch(entry: Entry) -> bool:
    """A hand-written or user person with a monarch's title among their offices."""
    return entry.kind == "person" and entry.source in ("facts", "user") \
        and any(r.title.split()[:1] and r.title.split()[0] in MONARCH_TITLES for r in entry.roles)


def regnal_forms(entry: Entry) -> list[tuple[str, str]]:
    """("king abdullah", "abdullah") for "King Abdullah II": a monarch's names that end in a
    regnal numeral, as the title and name without the numeral, and the name alone. Text often
    drops the numeral ("King Abdullah of Jordan"); the bare name is shared with other monarchs."""
    if not _is_monarch(entry):
        return []
    title = next(r.title.split()[0] for r in entry.roles if r.title.split()[:1]
                 and r.title.split()[0] in MONARCH_TITLES)
    out = []
    for name in entry.names():
        words = normalize(name).split()
        if len(words) < 2 or words[-1] not in _REGNAL_NUMERALS:
            continue
        words = words[:-1]
        if words[0] in MONARCH_TITLES:
            title, words = words[0], words[1:]
        if words:
            out.append((f"{title} {' '.join(words)}", " ".join(words)))
    return out


def _sector_of(code: str | None) -> str | None:
    """The role part of an agent code: GOVMIL -> GOVMIL; MUSREL -> REL (a religion code
    alone stays: BUD); codes outside the known sectors -> None."""
    if not code:
        return None
    groups = [code[i:i + 3] for i in range(0, len(code), 3)]
    if any(g not in SECTORS for g in groups):
        return None
    roles = [g for g in groups if g not in _RELIGIONS]
    if len(roles) > 1 and "OPP" in roles:  # PLOVER: opposition is a secondary code (LEGOPP, not OPPLEG)
        roles = [g for g in roles if g != "OPP"] + ["OPP"]
    return "".join(roles) if roles else groups[0]


def _igo_sector(code: str) -> str | None:
    """The role an IGO's CAMEO code names after its bloc: IGOUNOJUDICJ -> JUD (the ICJ is a
    court), IGOEURLEG -> LEG; None for a plain IGOUNO or IGOWSTNAT."""
    groups = [code[i:i + 3] for i in range(3, len(code), 3)]
    return next((g for g in groups if g in SECTORS and g not in ("IGO", "NGO")), None)


def _generic(raw: str, words: list[str]) -> Actor | None:
    """PLOVER's UNK actor for a pronoun or a generic person noun ("He", "two men"), else None."""
    if words and any(w in _GENERIC_PEOPLE for w in _singulars(words[-1])):
        return Actor(text=raw, country=None, sector="UNK", code="---UNK", kind="unknown", rule="kb:generic",
                     confidence=0.4)
    return None


def _gazetteer_country(name: str, min_population: int, context: Iterable[str] = ()) -> str | None:
    """The country of the best gazetteer feature named `name` (weighing the `context`
    countries, ISO-3) when it is a country, a region or a city of at least `min_population`;
    None otherwise or when the places data is missing."""
    try:
        from tacitus.gazetteer import load_gazetteer

        cands = load_gazetteer().lookup(name, context=list(context), limit=1)
    except Exception:  # the places data is optional for the KB
        log.debug("gazetteer unavailable for %r", name, exc_info=True)
        return None
    if not cands:
        return None
    f = cands[0].feature
    if f.level in ("country", "admin1", "region") or (f.population or 0) >= min_population:
        return f.country
    return None


def _place_country(entries: list[Entry]) -> str | None:
    for e in entries:
        if e.kind in ("country", "demonym", "capital", "city") and e.country:
            return e.country
    return None


def _make_code(country: str | None, sector: str | None) -> str | None:
    if not country and not sector:
        return None
    return (country or "---") + (sector or "")


def _with(actor: Actor, **changes: Any) -> Actor:
    from dataclasses import replace

    return replace(actor, **changes)


def _singulars(k: str) -> list[str]:
    out = [k]
    words = k.split()
    last = words[-1]
    stem = " ".join(words[:-1])

    def join(w: str) -> str:
        return f"{stem} {w}".strip()

    if last.endswith("ies") and len(last) > 4:
        out.append(join(last[:-3] + "y"))
    if last.endswith("men"):
        out.append(join(last[:-3] + "man"))
    if last.endswith("es") and len(last) > 3:
        out.append(join(last[:-2]))
    if last.endswith("s") and len(last) > 3 and not last.endswith("ss"):
        out.append(join(last[:-1]))
    return out


_STOP = frozenset({"and", "the", "that", "this", "with", "from", "have", "will", "more", "also", "said", "were",
                   "been", "into", "over", "after", "some", "such", "common", "chad", "georgia", "jordan", "china"})


#: Phoenix aliases that are ordinary English words (Tanzim's "Organization", a "Youth" wing):
#: matched in any name ("International Organization for Migration") they code the wrong body.
_GENERIC_ALIASES = frozenset({"organization", "organisation", "youth", "tigers", "falcon", "mavericks"})


def _today() -> date:
    return date.today()


# ---------------------------------------------------------------------- loading

def _parse_date(value: Any, where: str) -> date | None:
    if value in (None, "", "-"):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise DataFileError(f"{where}: bad date {value!r} (expected YYYY-MM-DD or -)") from None


def parse_role(value: Any, where: str) -> Role:
    """A role from "CODE START END title" (dates YYYY-MM-DD or -) or from a mapping."""
    if isinstance(value, dict):
        code = str(value.get("code") or "").strip().upper()
        start, end = value.get("start"), value.get("end")
        title = str(value.get("title") or "")
    elif isinstance(value, str):
        parts = value.split()
        if not parts:
            raise DataFileError(f"{where}: empty role")
        code = parts[0].upper()
        start = parts[1] if len(parts) > 1 else None
        end = parts[2] if len(parts) > 2 else None
        title = " ".join(parts[3:])
    else:
        raise DataFileError(f"{where}: a role must be a string 'CODE START END title' or a mapping")
    _check_code(code, where)
    role = Role(code=code, start=_parse_date(start, where), end=_parse_date(end, where), title=title)
    if role.start and role.end and role.end < role.start:
        raise DataFileError(f"{where}: role {code} ends ({role.end}) before it starts ({role.start})")
    return role


def _check_code(code: str, where: str) -> None:
    if not re.fullmatch(r"[A-Z-]{3}([A-Z0-9]{3})*", code or ""):
        raise DataFileError(f"{where}: bad CAMEO code {code!r} (three-letter country or region, then sector codes)")


def entry_from_row(row: dict[str, Any], where: str, source: str, number: int) -> Entry:
    """Validate one row of a facts or user file (a mapping with the documented fields).

    Raises:
        DataFileError: naming `where` (file and line) and what is wrong.
    """
    if not isinstance(row, dict):
        raise DataFileError(f"{where}: expected a mapping with at least 'name' and 'kind'")
    unknown = set(row) - {"id", "name", "aliases", "kind", "country", "sector", "code", "roles", "type", "origin",
                             "parent"}
    if unknown:
        raise DataFileError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    name = str(row.get("name") or "").strip()
    if not name:
        raise DataFileError(f"{where}: missing 'name'")
    kind = str(row.get("kind") or "").strip().lower() or "organisation"
    if kind == "organization":
        kind = "organisation"
    if kind not in KINDS:
        raise DataFileError(f"{where}: unknown kind {kind!r} (one of {', '.join(sorted(KINDS))})")
    country = str(row.get("country") or row.get("origin") or "").strip().upper() or None
    if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
        raise DataFileError(f"{where}: bad country {country!r} (an ISO-3 code such as RUS)")
    sector = str(row.get("sector") or "").strip().upper() or None
    if sector is not None and (sector[:3] not in SECTORS or len(sector) % 3):
        raise DataFileError(f"{where}: unknown sector {sector!r} (CAMEO agent codes such as GOV, MIL, LEG)")
    code = str(row.get("code") or "").strip().upper() or None
    if code is not None:
        _check_code(code, where)
    aliases = row.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in aliases.split("|") if a.strip()]
    if not isinstance(aliases, list):
        raise DataFileError(f"{where}: 'aliases' must be a list")
    roles_raw = row.get("roles") or []
    if isinstance(roles_raw, str):
        roles_raw = [r.strip() for r in roles_raw.split("|") if r.strip()]
    if not isinstance(roles_raw, list):
        raise DataFileError(f"{where}: 'roles' must be a list")
    roles = tuple(parse_role(r, where) for r in roles_raw)
    if kind == "agent" and not sector:
        raise DataFileError(f"{where}: an agent noun needs a 'sector'")
    if kind in ("demonym", "country", "capital", "city") and not country:
        raise DataFileError(f"{where}: a {kind} needs a 'country'")
    entry_id = str(row.get("id") or f"{source}:{normalize(name).replace(' ', '-')}")
    return Entry(id=entry_id, name=name, kind=kind, country=country, sector=sector, code=code,
                 aliases=tuple(str(a) for a in aliases), roles=roles,
                 weapon_type=str(row["type"]) if row.get("type") else None, source=source,
                 parent=str(row["parent"]).strip() if row.get("parent") else None)


def _inherit_parents(entries: list[Entry], known: list[Entry], name: str) -> list[Entry]:
    """Rows with a `parent` and no code take the parent's code followed by their own sector
    ("KFOR", parent NATO, sector MIL -> IGOWSTNATMIL): a mission is its parent body acting
    through its forces. The parent is looked up by name among `known` rows.

    Raises:
        DataFileError: a parent no row names, or one without a code.
    """
    by_name: dict[str, Entry] = {}
    for e in known:
        if e.code and e.kind in ("igo", "organisation", "government", "group"):
            for n in e.names():
                by_name.setdefault(normalize(n), e)
    out = []
    for e in entries:
        if e.parent and not e.code:
            parent = by_name.get(normalize(e.parent))
            if parent is None:
                raise DataFileError(f"{name}: {e.name}: parent {e.parent!r} is not a named body with a code")
            sector = e.sector or ""
            e = replace(e, code=parent.code if parent.code.endswith(sector) else parent.code + sector)
        out.append(e)
    return out


def read_actor_file(path: str | Path, source: str = "user") -> list[Entry]:
    """Read a YAML or CSV actor file (the fields of facts.yaml) into entries.

    Raises:
        DataFileError: the file is missing or unreadable, or a row is bad (naming its line).
    """
    path = Path(path)
    name = str(path)
    if source == "facts":
        text = read_text("actors/facts.yaml")
        name = "tacitus/data/actors/facts.yaml"
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise DataFileError(f"actor file {path} not found; check the path given to --actors") from None
        except UnicodeDecodeError:
            raise DataFileError(f"actor file {path} is not UTF-8 text") from None
    entries = _read_csv(text, name, source) if path.suffix.lower() == ".csv" else _read_yaml(text, name, source)
    if any(e.parent for e in entries):
        known = entries if source == "facts" else entries + read_actor_file("facts.yaml", source="facts")
        entries = _inherit_parents(entries, known, name)
    return entries


def _read_yaml(text: str, name: str, source: str) -> list[Entry]:
    import yaml

    # One parse gives both the data and each row's line number (for errors that name it);
    # the libyaml loader is ten times faster than the pure-Python one when it is there.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f", line {mark.line + 1}" if mark is not None else ""
        raise DataFileError(f"{name}{line}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    finally:
        loader.dispose()
    if data is None:
        return []
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
        root = next((v for k, v in root.value if k.value == "actors"), None) if root is not None else None
    if not isinstance(data, list):
        raise DataFileError(f"{name}, line 1: expected a list of actors (or a mapping with an 'actors' list)")
    nodes = root.value if root is not None else []
    out = []
    for i, row in enumerate(data):
        line = nodes[i].start_mark.line + 1 if i < len(nodes) else 0
        out.append(entry_from_row(row, f"{name}, line {line}", source, i))
    return out


def _read_csv(text: str, name: str, source: str) -> list[Entry]:
    # strict: a stray or unterminated quote is an error, not a field that swallows the
    # lines after it into one garbled actor
    reader = csv.reader(io.StringIO(text), strict=True)
    header: list[str] | None = None
    out: list[Entry] = []
    while True:
        first = reader.line_num + 1  # the line this row starts on (a quoted field may span lines)
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise DataFileError(f"{name}, line {first}: not valid CSV ({exc}); check for an unterminated or stray "
                                "quote") from None
        where = f"{name}, line {first}"
        if any("\n" in v or "\r" in v for v in values):
            raise DataFileError(f"{where}: a quoted field runs over a line break; check for an unterminated quote")
        if header is None:
            header = [f.strip() for f in values]
            missing = [f for f in ("name", "kind") if f not in header]
            if missing:
                raise DataFileError(f"{where}: the header lacks {' and '.join(repr(f) for f in missing)}; a CSV "
                                    "actor file needs a header with at least 'name' and 'kind'")
            continue
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(header):
            raise DataFileError(f"{where}: more fields than the header has")
        clean = {k: v.strip() for k, v in zip(header, values, strict=False) if k and v.strip()}
        out.append(entry_from_row(clean, where, source, len(out)))
    if header is None:
        raise DataFileError(f"{name}, line 1: empty; a CSV actor file needs a header with at least 'name' and 'kind'")
    return out


def _phoenix_entries(name: str) -> Iterator[Entry]:
    for lineno, row in enumerate(iter_jsonl(f"actors/{name}"), start=1):
        where = f"tacitus/data/actors/{name}, row {lineno}"
        roles = []
        for r in row.get("roles", []):
            parts = r.split()
            start = parts[1] if len(parts) > 1 else None
            end = parts[2] if len(parts) > 2 else None
            try:
                roles.append(Role(code=parts[0], start=_parse_date(start, where), end=_parse_date(end, where)))
            except DataFileError:
                continue
        if not roles or all(len(r.code) == 3 for r in roles) or any(
                r.code[3:6] and r.code[3:6] not in SECTORS and r.code[:3] not in ("IGO", "NGO") for r in roles):
            continue  # historical country rows ("Ukraine" as USRUKR -> UKR), not actors of their own
            # (IGO and NGO codes name their body after the prefix: IGOUNO, IGOSAFDEVSAD)
        first = roles[0].code
        if first.startswith("IGO"):
            kind = "igo"
        elif any(r.dated for r in roles) and not first.startswith("NGO"):
            kind = "person"
        else:
            kind = "organisation"
        country, sector = split_code(first)
        yield Entry(id=row["id"], name=row["name"], kind=kind, country=country, sector=sector,
                    code=first if kind != "person" else None,
                    aliases=tuple(a for a in row.get("aliases", ()) if normalize(a) not in _GENERIC_ALIASES),
                    roles=roles_tuple(roles) if kind == "person" else (), source="phoenix")


def roles_tuple(roles: list[Role]) -> tuple[Role, ...]:
    """Phoenix lists roles in no fixed order: dated ones first by start, undated last."""
    dated = sorted((r for r in roles if r.dated), key=lambda r: r.start or date.min)
    return tuple(dated + [r for r in roles if not r.dated])


def _country_entries() -> tuple[list[Entry], list[Country]]:
    entries: list[Entry] = []
    countries: list[Country] = []
    for row in iter_jsonl("actors/countries.jsonl"):
        code = row["code"]
        countries.append(Country(code=code, name=row["name"], capitals=tuple(row.get("capitals", ()))))
        names = [a for a in row.get("aliases", []) if len(normalize(a)) > 3 and normalize(a) not in _STOP]
        entries.append(Entry(id=f"country:{code}", name=row["name"], kind="country", country=code,
                             aliases=tuple(names), source="countries"))
        for cap in row.get("capitals", []):
            if len(normalize(cap)) > 2:
                entries.append(Entry(id=f"capital:{code}:{normalize(cap).replace(' ', '-')}", name=cap,
                                     kind="capital", country=code, sector="GOV", source="countries"))
        for city in row.get("cities", []):
            if len(normalize(city)) > 3:
                entries.append(Entry(id=f"city:{code}:{normalize(city).replace(' ', '-')}", name=city,
                                     kind="city", country=code, source="countries"))
    return entries, countries


def load_kb(user_file: str | None = None) -> ActorKB:
    """The knowledge base (packaged data, then the user's file when given), loaded once per process.

    Raises:
        DataFileError: a packaged or user file is missing or has a bad row (naming its line).
    """
    return _load_kb(str(user_file) if user_file else None)


@lru_cache(maxsize=8)
def _load_kb(user_file: str | None) -> ActorKB:
    entries, countries = _country_entries()
    agents = {row["phrase"]: row["code"] for row in iter_jsonl("actors/agents.jsonl")}
    facts = read_actor_file("facts.yaml", source="facts")
    for name in ("phoenix_orgs.jsonl", "phoenix_people_a_l.jsonl", "phoenix_people_m_z.jsonl"):
        entries.extend(_phoenix_entries(name))
    kb = ActorKB(entries + facts, countries, agents)
    if user_file:
        kb.extend(read_actor_file(user_file, source="user"))
    log.info("actor KB loaded: %d entries, %d names, %d agent nouns", len(kb.entries), len(kb.index), len(kb.agents))
    return kb


def resolve_text(text: str, date: date | None = None, context: str | None = None) -> Actor | None:
    """Resolve a free-standing actor string with the default knowledge base.

    Args:
        text: the actor string ("Prime Minister of Russia", "Ukrainian officials").
        date: the date offices are read at (None -> today).
        context: nearby words that may supply a missing country ("German").

    Returns:
        The Actor, or None when the string names nothing the KB knows.

    Example:
        >>> from datetime import date
        >>> resolve_text("Vladimir Putin", date(2009, 1, 1)).sector
        'GOV'
    """
    return load_kb().resolve_text(text, date=date, context=context)
