"""Indexes kept by the actor roles must answer as the scans they replace: `_mention_at` is the
first mention (in list order) holding a token's start, however the list changed since."""

from __future__ import annotations

from dataclasses import replace

from tacitus.kb import load_kb
from tacitus.pipeline.actors import _Resolver


def _scan(resolver, token):
    return next((m for m in resolver.mentions if m.start <= token.idx < m.end), None)


def _agrees(resolver, doc) -> None:
    for t in doc:
        assert resolver._mention_at(t) is _scan(resolver, t), t.text


def test_mention_at_follows_the_list(parse):
    doc = parse("NAIROBI, Kenya (AP) - The National Liberation Army, known as the ELN, said Kenyan troops "
                "had shelled its camp near Garissa. Its spokesman said the soldiers fled.\n\n"
                "The government of Somalia said nothing.")
    resolver = _Resolver(doc, load_kb())
    resolver.run()
    _agrees(resolver, doc)
    # added since the last lookup
    free = next(t.i for t in doc if not resolver.taken[t.i] and t.is_alpha)
    assert resolver._add(free, free + 1, "ORG", None, "test", 0.5) is not None
    _agrees(resolver, doc)
    # a later mention over the same tokens: the earlier one is still the one found
    resolver.mentions.append(replace(resolver.mentions[0], rule="test:overlap"))
    _agrees(resolver, doc)
    # replaced in place: the new mention is the one found
    n = len(resolver.mentions) - 2
    resolver.mentions[n] = replace(resolver.mentions[n], rule="test:replaced")
    _agrees(resolver, doc)
    # moved to start earlier (as `_known_as` does, which drops the index)
    m = resolver.mentions[n]
    first = doc.char_span(m.start, m.end, alignment_mode="expand").start
    if first > 0:
        resolver.mentions[n] = replace(m, start=doc[first - 1].idx)
        resolver._at_list = None
        _agrees(resolver, doc)
    # a new list (as coref returns)
    resolver.mentions = sorted(resolver.mentions, key=lambda o: -o.start)
    _agrees(resolver, doc)
    resolver.mentions = resolver.mentions[:3]
    _agrees(resolver, doc)


def test_sole_army_counts_the_armies_named_before(parse):
    # soldiers after only Kenya's army are Kenya's; after a second army, anyone's
    doc = parse("The Kenyan army said its forces had crossed the border. Soldiers fired on a camp. "
                "The Ugandan army said it had sent troops too. Soldiers shelled a town.")
    soldiers = [m for m in doc._.tacitus_actors if m.text.lower() == "soldiers"]
    assert len(soldiers) == 2
    assert soldiers[0].actor is not None and soldiers[0].actor.country == "KEN"
    assert soldiers[1].actor is None or soldiers[1].actor.country is None
