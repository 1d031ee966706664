"""Records that pass between stages: frozen dataclasses, serialised to the output contract.

Every record keeps its evidence: character offsets into the article text as given, the rule
that produced it and a confidence, so an analyst can see why any row exists.
`to_dict` turns any record into JSON-ready data (dates as ISO strings, tuples as lists);
`X.from_dict` reads it back: `Event.from_dict(to_dict(event)) == event` for every record type.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cache
from typing import Any, Self


class _Record:
    """Adds `from_dict` to the record dataclasses (no fields, no behaviour of its own)."""

    __slots__ = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build the record back from `to_dict` output (or from the same data with real
        dates and lists of dicts, as Arrow and DuckDB return it), recursively.

        Keys that are not fields are ignored: the derived ones `to_dict` and the output
        contract add (a Modality's `factual`, an article's `ok`). A missing field takes its
        default.

        Raises:
            TypeError: `data` is not a mapping, or a field without a default is missing.
            ValueError: a date is not an ISO date.

        Example:
            >>> span = TimeSpan(date(2024, 10, 16), date(2024, 10, 16), value="2024-10-16")
            >>> TimeSpan.from_dict(to_dict(span)) == span
            True
        """
        return _from_data(cls, data)


@dataclass(frozen=True)
class Article(_Record):
    """One input article. `text` is kept exactly as given; offsets everywhere index it.

    `body_start` is where the reporting text begins (after a dateline such as
    `MOSCOW, Oct 16 (Reuters) -`). `date_source` says where `published` came from:
    "dateline", "metadata", "override" or "missing".
    """

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    distributor: str | None = None
    location: str | None = None
    body_start: int = 0
    date_source: str = "missing"
    origin: str | None = None


@dataclass(frozen=True)
class Actor(_Record):
    """A resolved actor: who a mention stands for.

    `code` is the CAMEO actor code as GDELT's Actor1Code and PETRARCH write it (RUSGOV,
    PRKMIL, IGONAT, `---LEG` when the country is unknown). `kind` is one of country,
    government, person, organisation, igo, media, group, collective, weapon, unknown; as
    the source of a claim also anonymous ("officials who asked not to be named"), evidence
    (images, data, footage that show something) or publication (a report, a paper).
    """

    text: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    name: str | None = None
    kind: str = "unknown"
    kb_id: str | None = None
    role: str | None = None
    rule: str = ""
    confidence: float = 0.0

    def placed(self, country: str, **changes) -> Actor:
        """This actor as `country`'s, its code's country part replaced ("---MIL" -> "SDNMIL"),
        with `changes`. An officer or body of a body of states or other transnational actor
        ("IGOWAFWASGOV": no country, a code of its own) takes no country: returned as it is."""
        if self.country is None and self.code and not self.code.startswith("---"):
            return self
        return dataclasses.replace(self, country=country, code=country + (self.code or "---")[3:], **changes)


@dataclass(frozen=True)
class Place(_Record):
    """A geolocated place. `admin_level` is country, admin1, admin2, city or feature;
    `precision` says how exact the point is (city, admin1, country); `feature_kind` says what
    a natural feature is (river, lake, delta: its point is one spot on it), else None."""

    name: str
    lat: float
    lon: float
    country: str | None = None
    admin_level: str = "city"
    feature_id: str | None = None
    population: int | None = None
    precision: str = "city"
    rule: str = ""
    confidence: float = 0.0
    alternatives: tuple[PlaceAlternative, ...] = ()
    feature_kind: str | None = None


@dataclass(frozen=True)
class PlaceAlternative(_Record):
    name: str
    country: str | None
    lat: float
    lon: float
    feature_id: str | None
    score: float


@dataclass(frozen=True)
class TimeSpan(_Record):
    """A normalised time: an inclusive interval of days with a precision.

    `value` is the TimeML-style value (2023-09, 2024-W42, PAST_REF); `kind` is absolute,
    relative, duration, vague or publication; `precision` is day, week, month, quarter,
    year, decade or vague.
    """

    start: date | None
    end: date | None
    value: str | None = None
    precision: str = "day"
    kind: str = "absolute"
    rule: str = ""
    confidence: float = 0.0


@dataclass(frozen=True)
class Mention(_Record):
    """A span of the article: an actor, a place, a weapon or a date (or several at once:
    "Moscow" may be both a place and, as a metonym, the Russian government)."""

    text: str
    start: int
    end: int
    label: str
    actor: Actor | None = None
    place: Place | None = None
    date: TimeSpan | None = None
    sentence: int | None = None
    rule: str = ""
    confidence: float = 0.0


@dataclass(frozen=True)
class Modality(_Record):
    """How an event is held: marked events are kept but not counted as asserted facts."""

    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    uncertain: bool = False
    historical: bool = False
    cues: tuple[str, ...] = ()

    @property
    def factual(self) -> bool:
        return not (self.negated or self.hypothetical or self.future or self.uncertain)


@dataclass(frozen=True)
class Plover(_Record):
    event: str
    mode: str | None = None
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class Attribution(_Record):
    """The status an event has in the article and the sources behind it.

    `status` is asserted (the narrator's own), reported, claimed, alleged, denied or confirmed.
    """

    status: str = "asserted"
    source: tuple[Actor, ...] = ()
    claim_id: str | None = None


@dataclass(frozen=True)
class Event(_Record):
    id: str
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    cameo: str
    cameo_name: str = ""
    goldstein: float | None = None
    quad_class: int | None = None
    plover: Plover | None = None
    date: TimeSpan | None = None
    date_rule: str = ""
    location: Place | None = None
    attribution: Attribution | None = None
    modality: Modality = field(default_factory=Modality)
    rule: str = ""
    confidence: float = 0.0


@dataclass(frozen=True)
class Claim(_Record):
    """An attribution: who says what. `content_*` is the span of what is said; `content` is
    its text less any attribution aside inside it ("The strike, according to officials,
    killed nine" → "The strike killed nine"), so it can be shorter than the span. `events`
    lists the ids of events inside it; `refers_to` links denials, confirmations and
    corroborations to the earlier claims they answer."""

    id: str
    sentence: str
    sentence_start: int
    sentence_end: int
    source: tuple[Actor, ...]
    cue: str
    cue_start: int
    cue_end: int
    stance: str
    content: str = ""
    content_start: int | None = None
    content_end: int | None = None
    via: tuple[Actor, ...] = ()
    hedged: bool = False
    hedges: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    refers_to: tuple[str, ...] = ()
    rule: str = ""
    confidence: float = 0.0


@dataclass(frozen=True)
class DocumentError(_Record):
    """A per-article failure recorded by a batch run instead of stopping it."""

    id: str
    error: str
    message: str
    origin: str | None = None


@dataclass(frozen=True)
class CodedArticle(_Record):
    article: Article
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    pipeline: str = ""


def to_dict(record: Any) -> Any:
    """Return JSON-ready data for a record (recursively): dates as ISO strings, tuples as lists."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        out = {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
        if isinstance(record, Modality):
            out["factual"] = record.factual
        return out
    if isinstance(record, (list, tuple)):
        return [to_dict(item) for item in record]
    if isinstance(record, dict):
        return {str(k): to_dict(v) for k, v in record.items()}
    if isinstance(record, date):
        return record.isoformat()
    if isinstance(record, Enum):
        return record.value
    return record


@cache
def _field_types(cls: type) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls) if f.init)


def _from_data(cls: type, data: Any) -> Any:
    if isinstance(data, cls):
        return data
    if not isinstance(data, Mapping):
        raise TypeError(f"{cls.__name__}.from_dict needs a mapping, not {type(data).__name__}")
    return cls(**{name: _value(tp, data[name]) for name, tp in _field_types(cls) if name in data})


def _value(tp: Any, value: Any) -> Any:
    """`value` (JSON-ready or Arrow data) as the annotated type `tp` of a record field."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):  # `X | None`: the records use no other union
        kinds = [a for a in typing.get_args(tp) if a is not type(None)]
        return _value(kinds[0], value) if len(kinds) == 1 else value
    if origin is tuple:
        return tuple(_value(typing.get_args(tp)[0], item) for item in value)
    if dataclasses.is_dataclass(tp):
        return _from_data(tp, value)
    if tp is date and not isinstance(value, date):
        return date.fromisoformat(value)
    return value


def coded_article_to_dict(coded: CodedArticle) -> dict[str, Any]:
    """The output contract of one coded article (see README, "Output")."""
    data = to_dict(coded)
    data["article"]["ok"] = True
    return data
