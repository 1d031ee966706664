"""Errors first seen on fresh wire stories (round 3), pinned with our own sentences through the
real pipeline: "re" verbs, the parties to a dispute, settlers, troops leaving a country, a
minister's country from the sentence before, and sea names that are no US towns."""

from __future__ import annotations

from datetime import date


def codes(actors) -> list[str]:
    return [a.code for a in actors]


def summary(evs):
    return [(e.cameo, codes(e.source), codes(e.target), e.rule) for e in evs]


# ----------------------------------------------------------------------------- "re" verbs

def test_a_re_verb_takes_the_patterns_of_the_verb_it_repeats(code):
    evs = list(code("The European Union on Monday reimposed sanctions on Belarus's potash industry.").events)
    assert [e for e in evs if e.cameo == "163" and "BLR" in {(a.code or "")[:3] for a in e.target}], summary(evs)


def test_a_re_verb_the_lexicon_lacks_reads_as_its_base(code):
    evs = list(code("Germany reapplied sanctions on Iranian banks last week.").events)
    assert [e for e in evs if e.cameo == "163" and codes(e.source) == ["DEU"]], summary(evs)


def test_a_re_verb_over_an_event_noun_is_a_light_verb(code):
    evs = list(code("Canada reinstated its arms embargo on Turkey.").events)
    assert [e for e in evs if e.cameo.startswith("16") and codes(e.source) == ["CAN"]], summary(evs)


def test_verbs_that_only_look_like_re_verbs_keep_their_own_meaning(nlp):
    from tacitus.pipeline.event_lexicon import load_lexicon, repeated_base

    lex = load_lexicon()
    assert repeated_base(lex, "reimpose") == "impose"
    assert repeated_base(lex, "redeploy") == "deploy"
    for false_friend in ("resign", "recall", "remove", "return", "represent", "react", "reject", "report"):
        assert repeated_base(lex, false_friend) is None, false_friend


def test_resigning_is_not_signing_again(code):
    evs = list(code("Armenia's foreign minister resigned on Friday.").events)
    assert not [e for e in evs if e.cameo.startswith("05")], summary(evs)
