"""The gazetteer: countries, divisions, named regions and populated places with coordinates.

Loaded once (cached) from the packaged TSV files under `tacitus/data/gazetteer/` (built by
`scripts/build_gazetteer.py` from GeoNames data, plus a table of division and region
centres). `lookup` returns the candidate features for a name, ranked by population, admin
level, the countries and divisions of the article (context) and the level the text implies
("Donetsk province" is the oblast, not the city).

About 255,000 features load in about half a second: the rows stay as text until a lookup
needs one, and the packaged name index (`names-N.idx`, "key<TAB>row<TAB>kind" lines sorted
by key) is searched by bisection rather than built into a dict. Both are kept as UTF-8 bytes
with line offsets (`Lines`), not as 800,000 str objects: 40 MB instead of 80.

Example:
    >>> gaz = load_gazetteer()
    >>> gaz.lookup("Kyiv")[0].feature.country
    'UKR'
"""

from __future__ import annotations

import bisect
import logging
import math
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tacitus import resources
from tacitus.errors import DataFileError

log = logging.getLogger(__name__)

MANIFEST = "gazetteer/MANIFEST.json"
HEADER = "id\tname\talternates\tlat\tlon\tcountry\tlevel\tpopulation\tflags"
LEVELS = ("continent", "country", "admin1", "admin2", "region", "city")
# An alternate that starts with SHADOWED is a division's bare name that a city of the same
# country also has ("Kharkiv"): it is found only when the text implies a division.
SHADOWED = "~"
SHADOWED_FLAG = "shadowed"  # in flags: the feature's own name is shadowed too ("Sao Paulo" the state)

# Score = log10(population) + level bonus (+ context and implied-level bonuses in `lookup`).
_DEFAULT_POP = {"admin1": 10**6.8, "admin2": 10**5, "region": 10**6.5, "continent": 10**9, "country": 10**5,
                "city": 10**3}
# A seat of government (kind=seat: "the White House", "the Kremlin") scores as a large town:
# above a small namesake (White House, Tennessee) and a city's translated alternate ("White
# House" for Casablanca); its row gives no population, as nobody lives there.
_KIND_POP = {"seat": 10**6.7}
_LEVEL_BONUS = {"country": 2.5, "continent": 0.0, "admin1": 0.0, "admin2": -0.5, "region": 0.0, "city": 0.0}
CAPITAL_BONUS = 1.5
ALTERNATE_PENALTY = {"city": 1.5}  # GeoNames city alternates include old and foreign names
CONTEXT_BONUS = 3.0
# A town found only by its transliteration skeleton ("Qalqilya" for Qalqilyah): never when the
# name itself is known, only towns of VARIANT_MIN_POP or more (the build indexes no smaller),
# in a country of the article's context, or without context a town of VARIANT_PLAIN_POP.
VARIANT_MIN_POP = 1000
VARIANT_PLAIN_POP = 10_000
VARIANT_PENALTY = 2.0
WITHIN_BONUS = 2.0  # a place inside a division the article names ("Pandi, Bulacan")
LEVEL_HINT_BONUS = 5.0
ADMIN1_WORDS = ("oblast", "province", "region", "governorate", "state", "krai", "prefecture", "county",
                "district", "department", "parish")
# The Arabic article as news transliterates it: a name not known with it is looked up without.
ARABIC_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "az", "an", "at")
# Where GeoNames writes a town with the article, often in its French form ("En Nâqoûra",
# "Ech Chouf"), news often drops it ("Naqoura"): in these countries the bare name is a name too.
ARABIC_NAMED = frozenset({"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN",
                          "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "ESH", "TCD"})
_INDEXED_ARTICLES = frozenset(ARABIC_ARTICLES) | {"en", "ed", "es", "et", "er", "ez", "ech", "esh", "ej"}
_KINDS = {b"P": (True, False), b"A": (False, False), b"S": (False, True)}  # (primary name, shadowed)
_CACHE_SIZE = 50_000  # lookups remembered per gazetteer (names, not articles: a few MB at most)


@dataclass(frozen=True)
class Feature:
    """One gazetteer entry. `level` is continent, country, admin1, admin2, region or city;
    `admin1`/`admin2` name the divisions a city (or an admin2 area) lies in, when known;
    `kind` says what a natural feature or a crossing is (river, lake, delta, crossing, bridge;
    "" for the rest); `countries` the countries it runs through or joins."""

    id: str
    name: str
    lat: float
    lon: float
    country: str | None
    level: str
    population: int | None = None
    capital: bool = False
    centre: str = ""
    admin1: str = ""
    admin2: str = ""
    kind: str = ""
    countries: tuple[str, ...] = ()  # a river's, lake's or crossing's countries (ISO-3), when curated
    neighbours: tuple[str, ...] = ()  # a country's: the countries it borders (ISO-3, GeoNames)


@dataclass(frozen=True)
class Candidate:
    """A feature that a name may refer to, with its ranking score and why."""

    feature: Feature
    score: float
    matched: str  # "name", "alternate" or "variant" (another transliteration: see `skeleton`)


SAMPLE_STEP = 64


class Lines(Sequence[bytes]):
    """Text lines held as one UTF-8 buffer with their offsets; item i is line i as bytes. Bytes
    compare as the str lines do (UTF-8 keeps code point order), so a sorted Lines is searched
    with `bisect` as the list of str was."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self._blob = b""
        self._starts = array("q", [0])
        self._sample: list[bytes] | None = None  # every SAMPLE_STEP-th line, for `bisect_left`

    def extend(self, lines: Iterable[str]) -> None:
        """Append lines (no line break inside any)."""
        kept = list(lines)
        if not kept:
            return
        import numpy  # here, not at import: `import tacitus` stays light

        part = ("\n".join(kept) + "\n").encode("utf-8")
        ends = numpy.flatnonzero(numpy.frombuffer(part, dtype=numpy.uint8) == ord("\n")) + (1 + self._starts[-1])
        self._starts.frombytes(ends.astype(numpy.int64).tobytes())
        self._parts.append(part)

    def freeze(self) -> Lines:
        """Join the appended pieces into the one buffer (call once, after the last extend)."""
        self._blob = b"".join([self._blob, *self._parts])
        self._parts = []
        self._sample = None
        return self

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, i):  # Sequence's signature: an int here (bisect and the loops pass one)
        return self._blob[self._starts[i]:self._starts[i + 1] - 1]

    def bisect_left(self, x: bytes) -> int:
        """`bisect.bisect_left(self, x)` for sorted lines: first among every SAMPLE_STEP-th line
        (a list, searched in C), then within that stretch, so a search decodes few lines."""
        if self._sample is None:
            self._sample = [self[i] for i in range(0, len(self), SAMPLE_STEP)]
        b = bisect.bisect_left(self._sample, x)  # line (b - 1) * STEP < x <= line b * STEP
        return bisect.bisect_left(self, x, max(0, (b - 1) * SAMPLE_STEP), min(len(self), b * SAMPLE_STEP))

    def text(self, i: int) -> str:
        """Line i as str."""
        return self[i].decode("utf-8")

    def containing(self, needle: str) -> Iterator[int]:
        """The lines in which `needle` (no line break in it) occurs, in order."""
        pat = needle.encode("utf-8")
        blob, starts, last = self._blob, self._starts, -1
        pos = blob.find(pat)
        while pos >= 0:
            i = bisect.bisect_right(starts, pos) - 1
            if i != last:
                yield i
                last = i
            pos = blob.find(pat, starts[i + 1])


class Gazetteer:
    """Features kept as TSV rows, parsed on first use, and a sorted index of normalised names
    (see `normalize_name` and `index_lines`), both as `Lines`."""

    def __init__(self, rows: Lines, index: Lines, origins: list[tuple[int, str]], variants: Lines | None = None) -> None:
        self._rows = rows
        self._index = index
        self._variants = variants if variants is not None else Lines().freeze()  # "skeleton<TAB>row", sorted
        self._origins = origins  # (first row, file name) per file, for error messages
        self._starts = [start for start, _ in origins]
        self._parsed: dict[int, Feature] = {}
        # Lookups are pure, and articles name the same places again and again: the scored hits
        # per (name, division reading), and whole answers of lookups without context.
        self._scored: dict[tuple[str, bool], list[tuple[int, Feature, bool, float]]] = {}
        self._answers: dict[tuple[str, str | None, int], list[Candidate]] = {}
        self._countries: dict[str, Feature] = {}
        self._demonyms: dict[str, str] = {}
        for i in rows.containing("\tcountry\t"):
            f = self.feature(i)
            if f.level == "country" and f.country:
                self._countries.setdefault(f.country, f)
                for dem in _flag(rows.text(i).rsplit("\t", 1)[-1], "demonyms").split(","):
                    if dem:
                        self._demonyms[normalize_name(dem)] = f.country

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def features(self) -> Iterator[Feature]:
        """Every feature (parses all rows: for tests and exports, not for lookups)."""
        return (self.feature(i) for i in range(len(self._rows)))

    def feature(self, idx: int) -> Feature:
        """The feature of row `idx` (parsed once)."""
        f = self._parsed.get(idx)
        if f is None:
            f = self._parsed[idx] = self._parse(idx)
        return f

    def lookup(self, name: str, context: Iterable[str] | dict[str, float] = (), level: str | None = None,
               limit: int = 8, within: Iterable[str] | dict[str, float] = ()) -> list[Candidate]:
        """Candidate features for `name`, best first.

        Args:
            name: a place name as written ("Donetsk province", "the U.S.", "Kiev").
            context: ISO-3 codes of the countries the article is about (a dict gives weights 0..1).
            level: the level the text implies (country, city, or a key of DIVISION_LEVELS), if any.
            limit: at most this many candidates.
            within: normalised names of divisions the article names; a place inside one of
                them gains WITHIN_BONUS (a dict gives each name its own bonus).

        Returns:
            Candidates sorted by score (highest first); empty when the name is unknown.
        """
        key = normalize_name(name)
        weights = context if isinstance(context, dict) else {c: 1.0 for c in context}
        inside = within if isinstance(within, dict) else dict.fromkeys(within, WITHIN_BONUS)
        plain = not weights and not inside
        if plain:
            answer = self._answers.get((key, level, limit))
            if answer is not None:
                return list(answer)
        hits = self._scored_hits(key, level in DIVISION_LEVELS)
        if not hits:
            return []
        if hits[0][2] == "variant":  # another spelling of a town: of the article's countries, or a large town
            hits = [h for h in hits if weights.get(h[1].country or "", 0) > 0
                    or not weights and (h[1].population or 0) >= VARIANT_PLAIN_POP]
        if inside and any(matched == "name" and f.level in ("country", "admin1", "continent", "region")
                          for _, f, matched, _ in hits):
            inside = {}  # the divisions named pick among towns; they do not make "California" a town
        best: dict[int, Candidate] = {}
        for idx, f, matched, score in hits:
            if f.country and weights.get(f.country):
                score += CONTEXT_BONUS * weights[f.country]
            elif not f.country and weights:  # an ocean or a continent is in no country: half the best bonus
                score += CONTEXT_BONUS * max(weights.values()) / 2
            if inside and (f.admin1 or f.admin2):  # inside the state and the county named: both count
                bonus = inside.get(normalize_name(f.admin1), 0.0) + inside.get(normalize_name(f.admin2), 0.0)
                score += 2 * bonus if f.level == "admin2" else bonus  # a county has no other evidence
            if level is not None and _level_matches(f.level, level):
                score += LEVEL_HINT_BONUS
            have = best.get(idx)
            if have is None or have.score < score:
                best[idx] = Candidate(f, round(score, 3), matched)
        answer = sorted(best.values(), key=lambda c: (-c.score, c.feature.id))[:limit]
        if plain:
            if len(self._answers) >= _CACHE_SIZE:
                self._answers.clear()
            self._answers[(key, level, limit)] = answer
            return list(answer)
        return answer

    def _scored_hits(self, key: str, division: bool) -> list[tuple[int, Feature, str, float]]:
        """(row, feature, how matched, score before the context and level bonuses) of each
        feature named `key`; with `division`, its suffixed names and shadowed ones too; when
        none is, the towns of the same skeleton (matched "variant")."""
        scored = self._scored.get((key, division))
        if scored is not None:
            return scored
        hits = self._hits(key)
        if not hits and key.split(" ", 1)[0] in ARABIC_ARTICLES:  # "Al-Minya" for Minya
            hits = self._hits(key.split(" ", 1)[-1])
        if not hits and " " in key:  # "Petion-Ville" for Pétionville: a hyphen news adds
            hits = self._hits(key.replace(" ", ""))
        if division:  # "Kharkiv" read as a division: its suffixed names
            for word in ADMIN1_WORDS:
                hits.extend(self._hits(f"{key} {word}"))
        scored = []
        for idx, primary, shadowed in hits:
            if shadowed and not division:
                continue
            f = self.feature(idx)
            prior = f.population or _KIND_POP.get(f.kind) or _DEFAULT_POP[f.level]
            score = math.log10(max(prior, 1000)) + _LEVEL_BONUS[f.level]
            if f.capital:
                score += CAPITAL_BONUS
            if not primary:
                score -= ALTERNATE_PENALTY.get(f.level, 0.3)
            scored.append((idx, f, "name" if primary else "alternate", score))
        if division and not any(f.level in ("admin1", "admin2", "region") for _, f, _, _ in scored):
            # "Taiz province" when only the town is spelt so: the division spelt "Ta'izz"
            for idx in self._variant_rows(key, division=True):
                f = self.feature(idx)
                score = math.log10(max(f.population or _DEFAULT_POP[f.level], 1000)) - VARIANT_PENALTY
                scored.append((idx, f, "variant", score))
        elif not scored:
            for idx in self._variant_rows(key):
                f = self.feature(idx)
                score = math.log10(max(f.population or 0, 1000)) - VARIANT_PENALTY + (CAPITAL_BONUS if f.capital else 0)
                scored.append((idx, f, "variant", score))
        if len(self._scored) >= _CACHE_SIZE:
            self._scored.clear()
        self._scored[(key, division)] = scored
        return scored

    def country(self, iso3: str) -> Feature | None:
        """The country feature for an ISO-3 code (its centre point), or None."""
        return self._countries.get(iso3)

    def demonym(self, word: str) -> str | None:
        """The ISO-3 code for a demonym or national adjective ("Russian" -> RUS), or None."""
        return self._demonyms.get(normalize_name(word))

    def knows(self, name: str) -> bool:
        """Whether `name` is a name (not only a shadowed bare division name) of some feature."""
        return any(not shadowed for _, _, shadowed in self._hits(normalize_name(name)))

    def _variant_rows(self, key: str, division: bool = False) -> list[int]:
        """The towns (VARIANT_MIN_POP or more; or with `division` the first-level
        divisions) with a name of the skeleton of `key`: from the variant index, and
        the index of names for a name that is its own skeleton."""
        skel = skeleton(key)
        if len(skel) < (4 if division else 5):  # "Tine", "Ain": too short to tell a spelling from another name
            return []  # (a division's level word, "Taiz province", is the evidence a town's name lacks)
        accept = _variant_division if division else _variant_town
        found = sorted(idx for idx in self._skeleton_rows(skel) if accept(self.feature(idx)))
        if not found and "e" in skel:  # "Kfar Kela" for Kfar Kila: Arabic-named towns only
            found = sorted(idx for idx in self._skeleton_rows(vowel_fold(skel))
                           if accept(self.feature(idx)) and self.feature(idx).country in ARABIC_NAMED)
        return found

    def _skeleton_rows(self, skel: str) -> set[int]:
        """The rows with a name that is `skel`, or with a name of that skeleton."""
        rows = {idx for idx, _, shadowed in self._hits(skel) if not shadowed}
        prefix = (skel + "\t").encode("utf-8")
        i = self._variants.bisect_left(prefix)
        while i < len(self._variants) and self._variants[i].startswith(prefix):
            rows.add(int(self._variants[i][len(prefix):]))
            i += 1
        return rows

    def _hits(self, key: str) -> list[tuple[int, bool, bool]]:
        prefix = (key + "\t").encode("utf-8")
        out = []
        i = self._index.bisect_left(prefix)
        while i < len(self._index) and self._index[i].startswith(prefix):
            _, idx, kind = self._index[i].split(b"\t")
            primary, shadowed = _KINDS[kind]
            out.append((int(idx), primary, shadowed))
            i += 1
        return out

    def _parse(self, idx: int) -> Feature:
        pos = bisect.bisect_right(self._starts, idx) - 1
        first, fname = self._origins[pos]
        where = f"gazetteer file {fname}, line {idx - first + 2}"
        cols = self._rows.text(idx).split("\t")
        if len(cols) != 9:
            raise DataFileError(f"{where}: expected 9 columns, found {len(cols)}")
        fid, name, _, lat, lon, country, level, pop, flags = cols
        if level not in LEVELS:
            raise DataFileError(f"{where}: unknown level {level!r}")
        try:
            return Feature(
                id=fid, name=name, lat=float(lat), lon=float(lon), country=country or None, level=level,
                population=int(pop) if pop else None, capital="capital" in flags.split(";"),
                centre=_flag(flags, "centre"), admin1=_flag(flags, "admin1"), admin2=_flag(flags, "admin2"),
                kind=_flag(flags, "kind"), countries=tuple(c for c in _flag(flags, "countries").split(",") if c),
                neighbours=tuple(c for c in _flag(flags, "neighbours").split(",") if c),
            )
        except ValueError as exc:
            raise DataFileError(f"{where}: bad number ({exc})") from exc


# What the level a text implies accepts: "X region" is a first-level division or a named
# region, "X province" may be either division level (the Philippines' provinces are GeoNames'
# second level), "X county" a second-level one (or a curated first-level county).
DIVISION_LEVELS = {"admin1": ("admin1", "region"), "province": ("admin1", "admin2", "region"),
                   "admin2": ("admin2", "admin1")}


def _level_matches(feature_level: str, wanted: str) -> bool:
    return feature_level in DIVISION_LEVELS.get(wanted, (wanted,))


# Latin letters that Unicode does not decompose into a base letter and an accent, written as
# English-language news writes them ("Puławy" -> "Pulawy", "Østfold" -> "Ostfold").
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                       "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ħ": "h",
                       "’": "'", "‘": "'", "–": "-", "‐": "-", "‑": "-"})
# Abbreviated first words, spelt out: "St. Marc" and "Saint-Marc", "Ft. Worth" and "Fort Worth".
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


@lru_cache(maxsize=65_536)  # pure, and called for every candidate of every lookup
def normalize_name(text: str) -> str:
    """Casefold, strip accents, dots and a leading "the"; a hyphen is a space and an abbreviated
    Saint, Fort or Mount is spelt out: "the U.S." -> "us", "Kraków" -> "krakow", "Kasai-Occidental"
    -> "kasai occidental", "St. Marc" -> "saint marc"."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    words = text.casefold().replace(".", "").replace("-", " ").strip(" ,;:'\"").split()
    if len(words) > 1 and words[0] in _ABBREVIATIONS:
        words[0] = _ABBREVIATIONS[words[0]]
    text = " ".join(words)
    return text[4:] if text.startswith("the ") else text


# Transliteration variants ("Deir al-Balah" / "Dayr al Balah", "Qalqilya" / "Qalqilyah",
# "Kyaukphyu" / "Kyaukpyu"): a name's skeleton folds the spellings news and GeoNames differ in,
# so two spellings of one town share it. Rewrites applied in order to each word, after
# normalize_name; the skeleton of a skeleton is itself.
_SKELETON_RULES = tuple((re.compile(p), r) for p, r in (
    (r"['`\u02bb\u02bc\u02be\u02bf]", ""),  # ayn and hamza marks: "Sa'dah", "Ma`arrat"
    (r"q", "k"), (r"tch", "ch"), (r"ch", "sh"),  # qaf as q or k; French "Chouf" for "Shouf"
    (r"(?<=[ptkbdg])h", ""),  # aspirates and Arabic digraphs: "Kyaukphyu", "Khiam"/"Kiam"
    (r"(iy+a|ie|iye|ia)h?$", "ia"),  # "-iyah", "-iya", "-ieh", "-iyeh": "Nabatieh" / "An Nabatiyah"
    (r"(?<=[aeiou])h$", ""),  # a final h after a vowel: "Qalqilyah", "Balah"
    (r"ee", "i"), (r"oo|ou", "u"), (r"y", "i"), (r"[ae]i", "ai"),  # "Deir" / "Dayr", "Younis" / "Yunis"
    (r"(?<=\w{3}[nvk])o$", "e"), (r"sko(i?e)?$", "ske"),  # Russian -o, -oye for Ukrainian -e
    (r"(.)\1+", r"\1"),  # doubled letters: "Jabaliyya", "Aaitaroun"
))
_GLUED_ARTICLE = re.compile(r"^[ae][ln]?(?=([tdrzsn])\1)")
# Common words of Levantine names, spelt several ways: "Tel"/"Tall", "Kfar"/"Kafr".
_SKELETON_WORDS = {"tel": "tal", "kfar": "kafr", "kefar": "kafr", "kfr": "kafr", "jebel": "jabal", "jbel": "jabal"}
# Arabic articles dropped from a skeleton (the French "ech", "ej" too): "Deir el-Balah" = "Deir al Balah".
_SKELETON_ARTICLES = frozenset(ARABIC_ARTICLES) | {"en", "ed", "es", "et", "er", "ez", "ech", "esh", "ej", "il", "l"}


@lru_cache(maxsize=65_536)
def skeleton(key: str) -> str:
    """The transliteration skeleton of a normalised name (see _SKELETON_RULES): "deir al balah"
    -> "dair bala", "qalqilyah" -> "kalkilia", "kyaukphyu" -> "kiaukpiu"."""
    out = []
    for n, word in enumerate(key.split()):
        if n:  # the article glued to a sun letter, which it doubles: "Deir Ezzor" for "Deir ez-Zor"
            word = _GLUED_ARTICLE.sub("", word)
        for _ in range(4):  # a rewrite can make another apply ("aeea" -> "aia" -> "ai"): to a fixed point
            was = word
            for pattern, repl in _SKELETON_RULES:
                word = pattern.sub(repl, word)
            if word == was:
                break
        if word:
            out.append(word)
    bare = [_SKELETON_WORDS.get(w, w) for w in out if w not in _SKELETON_ARTICLES]  # after the rewrites: "al'" is "al"
    return " ".join(bare if len(bare) else out)


def vowel_fold(skel: str) -> str:
    """A skeleton with e read as i: Levantine transliterations write one Arabic vowel either way
    ("Kfar Kela" / "Kfar Kila", "Hermel" / "Hirmil"). Indexed for the towns of ARABIC_NAMED
    countries only, and read only when the skeleton itself finds no town."""
    return skel.replace("e", "i")


def index_lines(idx: int, row: str) -> list[str]:
    """The name-index lines ("key<TAB>row<TAB>kind") of one TSV row: its name (P), the name
    before a bracket ("Georgia (U.S. state)" -> "Georgia", A), its alternates (A, or S when
    marked SHADOWED). Shared by the build script and by the loader for user files."""
    cols = row.split("\t")
    if len(cols) < 3:
        return []
    name, alts = cols[1], cols[2]
    own = "S" if len(cols) == 9 and SHADOWED_FLAG in cols[8].split(";") else "P"
    seen: dict[str, str] = {normalize_name(name): own}
    if "(" in name:
        seen.setdefault(normalize_name(name.split("(")[0]), "A" if own == "P" else "S")
    for alt in alts.split("|") if alts else ():
        kind = "S" if alt.startswith(SHADOWED) else "A"
        seen.setdefault(normalize_name(alt.lstrip(SHADOWED)), kind)
    if len(cols) > 5 and cols[5] in ARABIC_NAMED:
        for key, kind in list(seen.items()):
            article, _, bare = key.partition(" ")
            if article in _INDEXED_ARTICLES and len(bare) >= 4 and (
                    bare not in seen or kind == "P" and seen[bare] == "A"):  # the bare name itself
                seen[bare] = kind
    return [f"{key}\t{idx}\t{kind}" for key, kind in seen.items() if key]


def _variant_town(f: Feature) -> bool:
    return f.level == "city" and (f.population or 0) >= VARIANT_MIN_POP


def _variant_division(f: Feature) -> bool:
    return f.level == "admin1"


def variant_lines(idx: int, row: str) -> list[str]:
    """The variant-index lines ("skeleton<TAB>row") of one TSV row: a town of VARIANT_MIN_POP
    or more, each skeleton of its names that is not itself one of its names (those the name
    index finds). Shared by the build script and by the loader for user files."""
    cols = row.split("\t")
    if len(cols) != 9 or not (cols[6] == "admin1" or cols[6] == "city" and cols[7].isdigit()
                              and int(cols[7]) >= VARIANT_MIN_POP):
        return []
    keys = {line.split("\t", 1)[0] for line in index_lines(idx, row)}
    skels = {skeleton(k) for k in keys}
    if cols[5] in ARABIC_NAMED:
        skels |= {vowel_fold(k) for k in skels}
    return [f"{skel}\t{idx}" for skel in sorted(skels - keys) if skel]


def _flag(flags: str, key: str) -> str:
    for part in flags.split(";"):
        if part.startswith(key + "="):
            return part[len(key) + 1:]
    return ""


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Load the gazetteer once (cached).

    Args:
        path: a folder with the user's own gazetteer (a MANIFEST.json listing TSV files with the
            packaged files' columns; an "index" list is optional), or None for the packaged one.

    Returns:
        The Gazetteer.

    Raises:
        DataFileError: a file is missing or has a malformed row.
    """
    return _load_gazetteer(str(path) if path else None)


@lru_cache(maxsize=4)
def _load_gazetteer(path: str | None) -> Gazetteer:
    base = Path(path) if path is not None else None
    manifest = resources.read_json(MANIFEST, base / "MANIFEST.json" if base else None)
    rows = Lines()
    origins: list[tuple[int, str]] = []
    for fname in manifest.get("files", ()):
        lines = resources.read_text(f"gazetteer/{fname}", base / fname if base else None).splitlines()
        if not lines or lines[0] != HEADER:
            raise DataFileError(f"gazetteer file {fname}: missing the header row ({HEADER.replace(chr(9), ', ')})")
        origins.append((len(rows), fname))
        rows.extend(line for line in lines[1:] if line.strip())
    rows.freeze()
    index, variants = Lines(), Lines()
    if manifest.get("index"):
        for fname in manifest["index"]:
            index.extend(resources.read_text(f"gazetteer/{fname}", base / fname if base else None).splitlines())
        for fname in manifest.get("variants", ()):  # optional: without it, no variant spellings
            variants.extend(resources.read_text(f"gazetteer/{fname}", base / fname if base else None).splitlines())
        gaz = Gazetteer(rows, index.freeze(), origins, variants.freeze())
    else:  # a user's folder without an index: build it, and check every row now
        index.extend(sorted(line for i in range(len(rows)) for line in index_lines(i, rows.text(i))))
        variants.extend(sorted(line for i in range(len(rows)) for line in variant_lines(i, rows.text(i))))
        gaz = Gazetteer(rows, index.freeze(), origins, variants.freeze())
        for _ in gaz.features:
            pass
    log.info("gazetteer: %d features, %d names", len(rows), len(index))
    return gaz


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
