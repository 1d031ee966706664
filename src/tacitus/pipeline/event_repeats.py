"""An ask or a warning told again: "Aliyev repeated that demand", "Islamabad reiterated the
call". The noun points back at an act told in the sentences just before; repeating it is an
act of the same family (a demand 10, an appeal 02, a threat 13) aimed at the same party."""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.pipeline.event_roles import Ctx
from tacitus.records import Event

REPEATING_VERBS = {"repeat", "reiterate", "renew", "restate", "echo", "reaffirm", "reissue"}
# The families a pointer noun may name, the first preferred when both were told.
ASK_FAMILIES = {"demand": ("10",), "demands": ("10",), "ultimatum": ("10",),
                "call": ("02", "10"), "calls": ("02", "10"), "appeal": ("02", "10"), "appeals": ("02", "10"),
                "plea": ("02", "10"), "request": ("02", "10"), "requests": ("02", "10"),
                "warning": ("13",), "warnings": ("13",), "threat": ("13",), "threats": ("13",)}
POINTING_DETS = {"the", "that", "this", "its", "his", "her", "their", "these", "those"}
WINDOW = 3  # sentences back in which the act repeated may be told


def _pointer(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ASK_FAMILIES
                 and any(d.dep_ in ("det", "poss") and d.lower_ in POINTING_DETS for d in c.children)), None)


def repeated_act(ctx: Ctx, verb: Token) -> tuple[Event, Token] | None:
    """The earlier event (and the pointer noun) that "repeated/reiterated the demand" points at,
    the latest one of the noun's families told in the last few sentences; None when there is none
    ("repeated that the talks were going well" points at nothing)."""
    if verb.lemma_.lower() not in REPEATING_VERBS:
        return None
    noun = _pointer(verb)
    if noun is None:
        return None
    starts = [s.start_char for s in verb.doc.sents]
    here = max(i for i, st in enumerate(starts) if st <= verb.sent.start_char)
    earliest = starts[max(0, here - WINDOW)]
    recent = [prev for prev in ctx.recent if earliest <= prev.sentence_start < verb.sent.start_char
              and prev.source and not prev.modality.negated]
    for family in ASK_FAMILIES[noun.lower_]:
        prev = next((p for p in reversed(recent) if p.cameo[:2] == family), None)
        if prev is not None:
            return prev, noun
    return None
