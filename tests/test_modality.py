"""Modality from the parse: negation, hypothetical and counterfactual, future, uncertain, historical."""

from __future__ import annotations

from datetime import date

import pytest

from tacitus.pipeline.modality import modality_of
from tacitus.records import TimeSpan


def _trigger(nlp, text: str, word: str):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name.startswith("tacitus_") and name != "tacitus_segment":
            continue
        doc = proc(doc)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text,word,flag", [
    ("Germany did not sanction Iran last year.", "sanction", "negated"),
    ("Brazil never attacked its neighbours.", "attacked", "negated"),
    ("There was no meeting between the two leaders.", "meeting", "negated"),
    ("Chile refused to sign the accord.", "sign", "negated"),
    ("Laos did not agree to expel the envoys.", "expel", "negated"),
    ("The port will no longer accept Greek tankers.", "accept", "negated"),
    ("Spain would attack the rebels if it had the planes.", "attack", "hypothetical"),
    ("If Turkey invades the region, the alliance will respond.", "invades", "hypothetical"),
    ("Without Canadian money, the army would collapse.", "collapse", "hypothetical"),
    ("The deal could potentially drag Kenya into the war.", "drag", "hypothetical"),
    ("Mexico will send troops to the border.", "send", "future"),
    ("Egypt plans to host the talks in March.", "host", "future"),
    ("Finland is going to join the alliance.", "join", "future"),
    ("The brigade could join the offensive by the end of the year.", "join", "future"),
    ("Norway might expel the diplomats.", "expel", "uncertain"),
    ("Peru may recall its ambassador.", "recall", "uncertain"),
    ("Sudanese forces reportedly shelled the town.", "shelled", "uncertain"),
    ("Militias allegedly attacked the convoy.", "attacked", "uncertain"),
    ("Poland condemned the alleged attack on the pipeline.", "attack", "uncertain"),
    ("Analysts suggest Iran supplied the drones.", "supplied", "uncertain"),
])
def test_marked(nlp, text, word, flag):
    mod = modality_of(_trigger(nlp, text, word), published=date(2024, 10, 16))
    assert getattr(mod, flag), (text, mod)
    assert not mod.factual
    assert mod.cues


@pytest.mark.parametrize("text,word", [
    ("Mexico sent troops to the border on Monday.", "sent"),
    ("The president said that Chile signed the accord.", "signed"),
    ("Poland condemned the attack on the pipeline.", "attack"),
    ("Officials denied that Italy had attacked the ship, but Italy attacked it.", "attacked"),
    ("Bolivia did not refuse to meet the mediators.", "meet"),
])
def test_plain_assertions_are_factual(nlp, text, word):
    mod = modality_of(_trigger(nlp, text, word), published=date(2024, 10, 16))
    assert mod.factual, mod



def test_historical_needs_a_date_long_before_publication(nlp):
    token = _trigger(nlp, "Japan invaded Manchuria.", "invaded")
    old = TimeSpan(start=date(1931, 9, 18), end=date(1931, 9, 18))
    recent = TimeSpan(start=date(2024, 9, 1), end=date(2024, 9, 30))
    assert modality_of(token, published=date(2024, 10, 16), when=old).historical
    assert not modality_of(token, published=date(2024, 10, 16), when=recent).historical
    assert modality_of(token, published=date(2024, 10, 16), when=old).factual  # historical is not a hedge


def test_a_date_after_publication_is_future(nlp):
    token = _trigger(nlp, "Japan hosts the summit in December.", "hosts")
    later = TimeSpan(start=date(2024, 12, 1), end=date(2024, 12, 31))
    assert modality_of(token, published=date(2024, 10, 16), when=later).future


@pytest.mark.parametrize("text,word,hypothetical", [
    ("Israel announced it would free the prisoners.", "free", False),
    ("The minister said Chad would close the border.", "close", False),
    ("Spain would attack the rebels if it had the planes.", "attack", True),
    ("Without Canadian money, the army would collapse.", "collapse", True),
])
def test_would_after_a_speech_verb_is_the_future_of_the_past(nlp, text, word, hypothetical):
    mod = modality_of(_trigger(nlp, text, word), published=date(2024, 10, 16))
    assert mod.hypothetical is hypothetical, (text, mod)
    assert mod.future or mod.hypothetical


def test_not_hesitate_is_no_negation(nlp):
    mod = modality_of(_trigger(nlp, "Armenia will not hesitate to strike the depots.", "strike"))
    assert not mod.negated and mod.future, mod
