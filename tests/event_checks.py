"""Helpers shared by the event coder's round tests: a readable summary of events for assertion
messages, and the countries of an event side."""

from __future__ import annotations


def summary(evs):
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target], e.trigger, e.rule) for e in evs]


def countries(actors):
    return {a.country for a in actors}
