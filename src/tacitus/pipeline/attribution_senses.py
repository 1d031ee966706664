"""Near-synonyms of conflict news, for scoring what an answer and a claim have in common.

A denial seldom repeats the words of the claim it answers: "denied that the siege had been
lifted" answers "the blockade is broken", "insisted the aircraft never left Malian territory"
answers "it had entered Algerian airspace". `sense(lemma)` folds each word of a small set of
such pairs onto one member, so the content words of an answer and of a claim (compared in
`attribution_answers`) meet. Used for that overlap only: it says nothing of what a word codes.

The groups are kept small and general: words that in news of fighting stand for the same thing
in either side's mouth, not words that are merely related.
"""

from __future__ import annotations

_GROUPS: tuple[tuple[str, ...], ...] = (
    ("siege", "blockade", "encirclement"),
    ("lift", "break", "end"),  # a siege or blockade lifted, broken or ended
    ("attack", "strike", "raid", "assault"),
    ("troop", "soldier", "force"),
    ("territory", "airspace", "soil"),
)

#: Each word of a group to the group's first word.
SENSES: dict[str, str] = {word: group[0] for group in _GROUPS for word in group}


def sense(lemma: str) -> str:
    """The word that stands for `lemma` when contents are compared ('blockade' -> 'siege');
    the lemma itself when it has no near-synonym here."""
    return SENSES.get(lemma, lemma)
