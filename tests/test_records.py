"""Records read back from their serialised form: `X.from_dict(to_dict(x)) == x`, for records
built at random from the field annotations and for what the real pipeline codes."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tacitus import records
from tacitus.records import Article, CodedArticle, DocumentError, Modality, TimeSpan, to_dict

RECORD_TYPES = sorted(
    (obj for obj in vars(records).values()
     if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == records.__name__),
    key=lambda cls: cls.__name__,
)

_SCALARS: dict[Any, st.SearchStrategy[Any]] = {
    str: st.text(max_size=12),
    int: st.integers(-(2**62), 2**62),
    float: st.floats(allow_nan=False),  # NaN != NaN: no record could equal itself
    bool: st.booleans(),
    date: st.dates(),
}


def values_of(tp: Any) -> st.SearchStrategy[Any]:
    """Random values of a record field's annotated type, records included (recursively)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(values_of(a) for a in typing.get_args(tp)))
    if tp is type(None):
        return st.none()
    if origin is tuple:
        return st.lists(values_of(typing.get_args(tp)[0]), max_size=2).map(tuple)
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        return st.builds(tp, **{f.name: values_of(hints[f.name]) for f in dataclasses.fields(tp)})
    return _SCALARS[tp]


def test_every_record_type_is_covered() -> None:
    names = {cls.__name__ for cls in RECORD_TYPES}
    assert {"Article", "Actor", "Place", "Mention", "Event", "Claim", "CodedArticle", "DocumentError"} <= names
    assert all(hasattr(cls, "from_dict") for cls in RECORD_TYPES)


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda cls: cls.__name__)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_from_dict_reads_back_to_dict(cls: type, data: st.DataObject) -> None:
    record = data.draw(values_of(cls))
    assert cls.from_dict(to_dict(record)) == record
    # through JSON text too: what the store's `record` column and the JSONL export hold
    assert cls.from_dict(json.loads(json.dumps(to_dict(record)))) == record


def test_coded_articles_round_trip(code) -> None:
    coded = code("Finland summoned the Russian ambassador on Tuesday after a drone crossed into its airspace "
                 "near Kotka. Moscow denied the claim, the foreign ministry in Helsinki said.")
    assert coded.events and coded.mentions  # something to round-trip
    assert CodedArticle.from_dict(json.loads(json.dumps(to_dict(coded)))) == coded
    # the output contract adds `ok` (and Modality `factual`): derived keys are ignored
    assert CodedArticle.from_dict(records.coded_article_to_dict(coded)) == coded


def test_dates_come_back_as_dates() -> None:
    span = TimeSpan.from_dict({"start": "2024-10-14", "end": date(2024, 10, 20), "precision": "week"})
    assert span == TimeSpan(date(2024, 10, 14), date(2024, 10, 20), precision="week")
    assert Modality.from_dict({"negated": True, "cues": ["not"], "factual": False}) == Modality(negated=True, cues=("not",))


def test_missing_optional_fields_take_their_defaults() -> None:
    assert Article.from_dict({"id": "a", "text": "x"}) == Article(id="a", text="x")
    assert DocumentError.from_dict({"id": "a", "error": "E", "message": "m"}).origin is None


def test_bad_input_is_refused() -> None:
    with pytest.raises(TypeError, match="mapping"):
        Article.from_dict(["a", "x"])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Article.from_dict({"text": "no id"})
    with pytest.raises(ValueError):
        Article.from_dict({"id": "a", "text": "x", "published": "16 October"})
