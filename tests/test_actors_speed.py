"""The actor stage's shortcuts must not change what it finds: lookups memoised across
documents start afresh when the KB grows, and coref's token-aligned spans are
`Doc.char_span(..., alignment_mode="expand")`."""

from __future__ import annotations

from tacitus.kb import ActorKB, Entry
from tacitus.pipeline.actors import resolve_actors
from tacitus.pipeline.coref import Layout


def _kb_names(mentions) -> set[str]:
    """Names matched in the KB scan (rule 1), not those the model's ORG tag looked up later."""
    return {m.text for m in mentions if m.rule.startswith("kb:")}


def test_memo_starts_afresh_when_the_kb_is_extended(parse):
    kb = ActorKB([Entry(id="t1", name="Zorblax Institute", kind="organisation", code="NGO")], [], {})
    doc = parse("The Zorblax Institute and the Quuxian League met in a hall on Monday.")
    assert _kb_names(resolve_actors(doc, kb)) == {"Zorblax Institute"}
    # "Quuxian" began no name before: a memo kept from the first run would still skip it
    kb.extend([Entry(id="t2", name="Quuxian League", kind="organisation", code="NGO")])
    assert _kb_names(resolve_actors(doc, kb)) == {"Zorblax Institute", "Quuxian League"}


def test_layout_span_is_char_span_expand(parse):
    doc = parse("KYIV, Oct 3 (Reuters) - Ukraine's foreign minister said on Friday that Russian "
                "forces had shelled the city's port.\n\nThe U.N. called for restraint.")
    layout = Layout(doc)
    n = len(doc.text)
    offsets = [(t.idx, doc[j].idx + len(doc[j])) for t in doc for j in range(t.i, min(len(doc), t.i + 4))]
    offsets += [(s, e) for s in range(0, n, 7) for e in (s, s + 1, s + 5, s + 13) if e <= n]  # unaligned too
    for start, end in offsets:
        want = doc.char_span(start, end, alignment_mode="expand")
        got = layout.span(start, end)
        assert (got is None) == (want is None), (start, end)
        if want is not None:
            assert (got.start, got.end) == (want.start, want.end), (start, end)


def test_countries_everywhere_is_countries_named_over_every_sentence(parse):
    from dataclasses import replace

    from tacitus.kb import load_kb
    from tacitus.pipeline.coref import _Article

    doc = parse("NAIROBI, Kenya (AP) - Villagers fled after Ugandan soldiers shelled the area near Garissa. "
                "Residents said Somali civilians were wounded when police fired.\n\nFrance's envoy said so.")
    art = _Article(doc, list(doc._.tacitus_actors), load_kb(), None)
    every = set(range(len(art.sents)))
    for skip in (-1, *range(len(art.mentions))):
        assert art._countries_everywhere(skip) == art._countries_named(every, skip)
    for n, country in ((0, "KEN"), (1, "UGA"), (len(art.mentions) - 1, "ETH"), (0, "SOM")):
        art._replace(n, replace(art.mentions[n].actor, country=country), "test", 0.5)  # the counts follow
        for skip in (-1, *range(len(art.mentions))):
            assert art._countries_everywhere(skip) == art._countries_named(every, skip)
