"""Helpers shared by the event coder's round tests: a readable summary of events for assertion
messages, the countries of an event side, and the first event on a trigger word."""

from __future__ import annotations


def summary(evs):
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target], e.trigger, e.rule) for e in evs]


def countries(actors):
    return {a.country for a in actors}


def first_on(evs, trigger: str):
    """The first event whose trigger is `trigger`; fails listing the events found."""
    found = [e for e in evs if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {summary(evs)}"
    return found[0]
