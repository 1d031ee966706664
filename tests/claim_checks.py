"""Helpers shared by the claim round tests: pick a claim by its cue, name its sources."""

from __future__ import annotations

from tacitus.records import Claim


def by_cue(found, cue: str, n: int = 0) -> Claim:
    """The n-th claim whose cue is `cue` (any case); fails listing the claims found."""
    hits = [c for c in found if c.cue.lower() == cue.lower()]
    assert len(hits) > n, [(c.cue, c.content) for c in found]
    return hits[n]


def sources(claim: Claim) -> list[str]:
    return [a.text for a in claim.source]
