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


# "X responded in kind", "Y followed suit": the act told just before, done by the subject in
# turn; answered in kind it is aimed back at its doer, followed as suit at its same target.
ANSWERING_VERBS = {"respond", "reply", "retaliate", "reciprocate", "answer"}


def in_kind(verb: Token) -> str | None:
    """"back" when the verb answers an act in kind ("responded in kind"), "suit" when it
    follows another's act ("followed suit"), else None."""
    lemma = verb.lemma_.lower()
    if lemma in ANSWERING_VERBS and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lower_ == "kind" for g in c.children) for c in verb.children):
        return "back"
    if lemma == "follow" and any(c.dep_ == "dobj" and c.lower_ == "suit" for c in verb.children):
        return "suit"
    return None


def act_in_kind(ctx: Ctx, verb: Token, found: list[tuple]) -> tuple[str, list, list] | None:
    """The code, the doers and the target of the act answered or followed (see `in_kind`): the
    latest act with a doer told before the verb in its sentence, else in the sentences just
    before; None when there is none."""
    how = in_kind(verb)
    if how is None:
        return None
    here = [f for f in found if f[0].i < verb.i and f[3] and f[1][:2] not in ("01",)]
    if here:
        code, doers, target = here[-1][1], list(here[-1][3]), list(here[-1][4])
    else:
        prev = next((p for p in reversed(ctx.recent[-6:]) if p.source and not p.modality.negated
                     and p.cameo[:2] != "01"), None)
        if prev is None:
            return None
        code, doers, target = prev.cameo, list(prev.source), list(prev.target)
    return code, doers, (doers if how == "back" else target)
