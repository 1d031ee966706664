"""The attribution cue words: reporting verbs (stance, frame, whether they hedge), hedge words,
claim nouns, source nouns with their kind and sector, outlets, status adverbs ("reportedly"),
refusals and words that call a claim false.

They live in `data/lexicon/reporting_verbs.tsv`; `load_lexicon(path)` reads that file or a
user's file of the same format, `default_lexicon()` the packaged one, once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tacitus import resources
from tacitus.errors import DataFileError

LEXICON = "lexicon/reporting_verbs.tsv"
_FRAMES = frozenset({"clause", "object", "answer", "verdict"})


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
    holdings: frozenset[str] = frozenset()


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
    holdings: set[str] = set()
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
            elif kind == "holding":
                holdings.add(args[0].lower())
            else:
                raise ValueError(f"unknown entry kind {kind!r}")
        except (IndexError, ValueError) as exc:
            detail = exc if isinstance(exc, ValueError) else "too few tab-separated columns"
            raise DataFileError(f"{where}, line {lineno}: {detail}") from exc
    return Lexicon(
        verbs, frozenset(hedges), frozenset(claims), sources, sectors, frozenset(media), adverbs, frozenset(refusals),
        frozenset(falsity), frozenset(holdings),
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, read once per process."""
    return load_lexicon()
