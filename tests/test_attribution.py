"""The attribution stage: claims, sources, stance, hedges, answers and event status.

Every sentence here is the project's own. Tests that need a resolved country give the actor
mentions explicitly (real Mention and Actor records), so they check this stage's rules and
not the actor stage's coverage.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus.errors import DataFileError
from tacitus.pipeline.attribution import (
    attribution_for,
    claim_status,
    default_lexicon,
    find_claims,
    load_lexicon,
)
from tacitus.records import Actor, Claim, Mention


def claims_of(nlp, text: str, actors: dict[str, Actor] | None = None) -> list[Claim]:
    """Run the pipeline on `text`; when `actors` is given, use those mentions (phrase -> actor)
    as the actor stage's output instead and find the claims again."""
    doc = nlp(text)
    if actors is not None:
        doc._.tacitus_actors = mentions(text, actors)
        doc._.tacitus_claims = find_claims(doc)
    return list(doc._.tacitus_claims)


def mentions(text: str, actors: dict[str, Actor]) -> list[Mention]:
    out = []
    for phrase, actor in actors.items():
        start = 0
        while (start := text.find(phrase, start)) >= 0:
            out.append(Mention(text=phrase, start=start, end=start + len(phrase), label="NORP", actor=actor))
            start += len(phrase)
    return sorted(out, key=lambda m: m.start)


def only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, [(c.cue, c.content) for c in claims]
    return claims[0]


COUNTRY = {
    "Turkish": Actor(text="Turkish", country="TUR", kind="country", code="TUR"),
    "Peruvian": Actor(text="Peruvian", country="PER", kind="country", code="PER"),
    "Chile": Actor(text="Chile", country="CHL", kind="country", code="CHL"),
    "Bolivia": Actor(text="Bolivia", country="BOL", kind="country", code="BOL"),
    "Bolivian": Actor(text="Bolivian", country="BOL", kind="country", code="BOL"),
    "Ecuador": Actor(text="Ecuador", country="ECU", kind="country", code="ECU"),
    "Quito": Actor(text="Quito", country="ECU", sector="GOV", kind="government", code="ECUGOV"),
    "La Paz": Actor(text="La Paz", country="BOL", sector="GOV", kind="government", code="BOLGOV"),
}


# --- reporting verbs with a content clause ------------------------------------------------


def test_reporting_verb_with_that_clause(nlp):
    c = only(claims_of(nlp, "Iranian state media reported that two drones had struck a depot near Isfahan."))
    assert c.cue == "reported"
    assert c.stance == "report"
    assert "state media" in c.source[0].text
    assert c.content == "two drones had struck a depot near Isfahan"
    assert not c.hedged
    assert claim_status(c) == "reported"


def test_unnamed_outlet_is_media(nlp):
    c = only(claims_of(nlp, "Local newspapers reported that the bridge had been closed for repairs."))
    assert c.source[0].text == "Local newspapers"
    assert c.source[0].kind == "media" or c.source[0].sector == "MED"
    assert claim_status(c) == "reported"


def test_offsets_index_the_text(nlp):
    text = "Heavy rain fell all week.\n\nThe coast guard said that two ferries had sunk off the cape."
    c = only(claims_of(nlp, text))
    assert text[c.cue_start:c.cue_end] == c.cue == "said"
    assert text[c.content_start:c.content_end] == c.content == "two ferries had sunk off the cape"
    assert text[c.sentence_start:c.sentence_end] == c.sentence
    assert c.sentence.startswith("The coast guard said")


@pytest.mark.parametrize(
    ("sentence", "cue", "stance"),
    [
        ("The governor claimed that the dam had been sabotaged.", "claimed", "claim"),
        ("The minister insisted that the budget was balanced.", "insisted", "assert"),
        ("Investigators concluded that the bridge collapsed under its own weight.", "concluded", "report"),
        ("The mayor confirmed that the water supply had been cut.", "confirmed", "confirm"),
        ("The company denied that its trucks carried weapons.", "denied", "deny"),
        ("The opposition alleged that the ballots were forged.", "alleged", "allege"),
        ("The general warned that the offensive would resume.", "warned", "warn"),
        ("The ambassador stated that his country would not retaliate.", "stated", "assert"),
    ],
)
def test_stance_follows_the_cue(nlp, sentence, cue, stance):
    c = only(claims_of(nlp, sentence))
    assert (c.cue, c.stance) == (cue, stance)
    assert c.content and c.content in sentence


# --- sentence-final and parenthetical attributions ----------------------------------------


def test_sentence_final_attribution(nlp):
    text = "The border crossing was closed on Friday, Turkish officials said."
    c = only(claims_of(nlp, text, COUNTRY))
    assert c.cue == "said"
    assert c.content == "The border crossing was closed on Friday"
    assert c.source[0].text == "Turkish officials"
    assert c.source[0].country == "TUR"
    assert c.source[0].sector == "GOV"
    assert c.source[0].code == "TURGOV"


def test_sentence_final_attribution_when_the_report_is_a_loose_dependent(nlp):
    # The small model parses a long report before "..., officials told reporters" as a `dep`
    # of "told", not a ccomp; the content is still everything before the comma.
    text = ("Negotiations between Armenia and Azerbaijan over the border in Tavush stalled on Monday "
            "after Azerbaijani envoys rejected the other side's request for a new map, two Georgian "
            "diplomats told reporters.")
    c = only(claims_of(nlp, text))
    assert c.cue == "told"
    assert c.content.startswith("Negotiations between Armenia") and c.content.endswith("a new map")
    assert c.source[0].country == "GEO"


def test_every_conjunct_before_a_final_attribution_is_reported(code):
    # "... and arrested ...": a subjectless conjunct of the report, not the speaker's own act,
    # because the speaker comes after it.
    coded = code("Border guards turned back two lorries at the crossing on Sunday and arrested "
                 "their drivers, the customs service said.")
    claim = only(coded.claims)
    assert claim.content.endswith("arrested their drivers")
    arrested = next(e for e in coded.events if e.trigger == "arrested")
    assert arrested.attribution.claim_id == claim.id


def test_a_participle_of_saying_reports_for_the_subject_of_the_act(code):
    coded = code("Norway expelled three Belarusian diplomats on Friday, saying they had photographed a naval base.")
    claim = only(coded.claims)
    assert (claim.cue, claim.stance) == ("saying", "assert")
    assert claim.content == "they had photographed a naval base"
    assert [a.code for a in claim.source] == ["NOR"]
    # a participle with a subordinator is a time, not a report
    assert not code("The minister resigned after saying the war was lost.").claims


def test_a_conjoined_report_with_its_own_speaker_ends_the_first(code):
    # the parser hangs "accuse" on "cut", inside what the Red Cross warned
    coded = code("The Red Cross has warned that the floods could cut off thousands of families, "
                 "and local officials accuse the rebels of stealing fuel.")
    warned, accuse = coded.claims
    assert warned.content == "the floods could cut off thousands of families"
    assert accuse.stance == "accuse" and accuse.content.startswith("the rebels of stealing")
    event = next(e for e in coded.events if e.trigger == "accuse")
    assert event.attribution.claim_id != warned.id


def test_denying_reports_that_state_their_content_answers_only_a_matching_claim(code):
    text = ("Lithuanian officials said the frontier fence would be finished by May. "
            "Poland denied reports that it had sold rifles to Belarus.")
    coded = code(text)
    assert coded.claims[-1].stance == "deny" and coded.claims[-1].refers_to == ()
    text = ("Belarusian state media said Poland had sold rifles to Belarus. "
            "Poland denied reports that it had sold rifles to Belarus.")
    coded = code(text)
    assert coded.claims[-1].refers_to == (coded.claims[0].id,)


def test_the_time_of_saying_is_not_part_of_what_was_said(code):
    claim = only(code("Chad's army said on Saturday it had recaptured the airstrip near Faya.").claims)
    assert claim.content == "it had recaptured the airstrip near Faya"


def test_parenthetical_attribution_with_pronoun(nlp):
    c = only(claims_of(nlp, "The talks failed, he added, and the delegation left."))
    assert c.cue == "added"
    assert c.content == "The talks failed"
    assert c.source[0].kind == "person"


def test_pronoun_source_takes_the_last_person_named(nlp):
    text = "Maria Duarte chaired the hearing. She said the committee would publish its report in May."
    doc = nlp(text)
    maria = Actor(text="Maria Duarte", country="PRT", kind="person", code="PRTGOV")
    doc._.tacitus_actors = [Mention(text="Maria Duarte", start=0, end=12, label="PERSON", actor=maria)]
    c = only(find_claims(doc))
    assert c.source == (maria,)


def test_quote_with_inverted_speaker(nlp):
    c = only(claims_of(nlp, '"The strikes will continue," said the defence minister.'))
    assert c.content == "The strikes will continue"
    assert c.source[0].text == "the defence minister"
    assert c.source[0].sector in ("GOV", "MIL")


def test_quote_told_reporters(nlp):
    c = only(claims_of(nlp, '"We will not retreat," the commander told reporters.'))
    assert c.content == "We will not retreat"
    assert c.source[0].text == "the commander"
    assert c.via == ()  # reporters are an audience, not an outlet


# --- according to ------------------------------------------------------------------------


def test_according_to_at_the_end(nlp):
    text = "Militants shelled the town overnight, according to Peruvian police sources."
    c = only(claims_of(nlp, text, COUNTRY))
    assert c.cue == "according to"
    assert c.content == "Militants shelled the town overnight"
    assert c.source[0].text == "Peruvian police sources"
    assert c.source[0].country == "PER"
    assert c.stance in ("claim", "report")


def test_according_to_at_the_start(nlp):
    c = only(claims_of(nlp, "According to Western diplomats, the talks collapsed after midnight."))
    assert c.cue == "According to"
    assert c.content == "the talks collapsed after midnight"
    assert c.source[0].text == "Western diplomats"


# --- unnamed, collective and nested sources -----------------------------------------------


def test_anonymous_sources(nlp):
    c = only(claims_of(nlp, "Sources familiar with the negotiations said a deal could be signed next week."))
    assert c.source[0].text == "Sources familiar with the negotiations"
    assert c.source[0].kind == "anonymous"
    assert c.source[0].country is None
    assert c.hedged and "could" in c.hedges


def test_collective_reports_that_suggest_are_hedged(nlp):
    c = only(claims_of(nlp, "Several reports suggest that the convoy was attacked twice."))
    assert c.source[0].text == "Several reports"
    assert c.source[0].kind == "collective"
    assert c.stance == "suggest"
    assert c.hedged and "suggest" in c.hedges


def test_nested_source_via_outlet(nlp):
    text = "Senior defence sources told The Guardian that Chinese engineers may be helping build the runway."
    c = only(claims_of(nlp, text))
    assert c.source[0].text == "Senior defence sources"
    assert c.source[0].kind == "anonymous"
    assert [a.text for a in c.via] == ["The Guardian"]
    assert c.hedged and "may" in c.hedges
    assert c.content.startswith("Chinese engineers")


def test_revealed_to_an_outlet(nlp):
    text = "Bolivian army sources revealed to the Daily Herald that two battalions might be moved north."
    c = only(claims_of(nlp, text, COUNTRY))
    assert c.source[0].country == "BOL"
    assert c.source[0].sector == "MIL"
    assert "Daily Herald" in c.via[0].text
    assert c.hedged


@pytest.mark.parametrize(
    "text",
    [
        "The ministry reported, citing local police, that three soldiers were killed.",
        "Three soldiers were killed, the agency reported, citing local police.",
    ],
)
def test_citing_makes_the_cited_the_source(nlp, text):
    c = only(claims_of(nlp, text))
    assert c.source[0].text == "local police"
    assert len(c.via) == 1
    assert c.content.lower() == "three soldiers were killed"


def test_passive_attribution_without_a_source(nlp):
    c = only(claims_of(nlp, "It was reported that the ambassador had been recalled."))
    assert c.source == ()
    assert c.content == "the ambassador had been recalled"
    c = only(claims_of(nlp, "The minister is said to have resigned."))
    assert c.source == ()
    assert "resigned" in c.content


def test_accusation(nlp):
    text = "Chile accused Bolivia of massing troops near the frontier."
    c = only(claims_of(nlp, text, COUNTRY))
    assert c.stance == "accuse"
    assert c.source[0].country == "CHL"
    assert "massing troops" in c.content


def test_claimed_infinitive(nlp):
    c = only(claims_of(nlp, "The rebels claimed to have shot down a transport helicopter."))
    assert c.stance == "claim"
    assert "shot down a transport helicopter" in c.content


# --- answers: denials, confirmations, corroboration ---------------------------------------


ANSWER_TEXT = (
    "Peruvian officials said Bolivian units had crossed into the valley. "
    "Quito said Peruvian patrols had fired on its fishing boats. "
    "La Paz and Quito have rejected these accusations."
)


def test_denial_refers_to_the_claims_about_the_deniers(nlp):
    claims = claims_of(nlp, ANSWER_TEXT, COUNTRY)
    assert [c.stance for c in claims] == ["assert", "assert", "deny"]
    denial = claims[-1]
    assert denial.cue == "rejected"
    assert {a.country for a in denial.source} == {"BOL", "ECU"}
    assert denial.content == ""
    # the first claim is about Bolivia; the second is Quito's own and is not "answered" by Quito
    assert denial.refers_to == (claims[0].id,)


def test_denial_without_resolved_actors_still_links_recent_claims(nlp):
    claims = claims_of(nlp, "The agency said hackers had breached the grid. The utility denied the report.")
    assert claims[-1].stance == "deny"
    assert claims[-1].refers_to == (claims[0].id,)


def test_corroboration_links_the_allegations(nlp):
    text = (
        "Bolivian officials alleged that Chilean drones had mapped the mine. "
        "Satellite imagery supports the allegations of Chilean surveillance."
    )
    actors = dict(COUNTRY, Chilean=Actor(text="Chilean", country="CHL", kind="country", code="CHL"))
    claims = claims_of(nlp, text, actors)
    assert [c.stance for c in claims] == ["allege", "corroborate"]
    assert claims[1].refers_to == (claims[0].id,)
    assert claims[1].source[0].text == "Satellite imagery"


def test_confirmation_with_a_clause_refers_to_claims_about_the_same_actors(nlp):
    text = (
        "Peruvian officials said Bolivian units had crossed into the valley. "
        "Ecuador said the harvest had failed. "
        "Bolivia confirmed that its units had entered the valley."
    )
    claims = claims_of(nlp, text, COUNTRY)
    assert [c.stance for c in claims] == ["assert", "assert", "confirm"]
    assert claims[2].refers_to == (claims[0].id,)


def test_relative_clause_denial_answers_the_accusation(nlp):
    text = "Chile has accused Bolivia of funding the protests, a charge that La Paz denies."
    claims = claims_of(nlp, text, COUNTRY)
    assert [c.stance for c in claims] == ["accuse", "deny"]
    accusation, denial = claims
    assert accusation.content == "Bolivia of funding the protests"
    assert denial.source[0].country == "BOL"
    assert denial.refers_to == (accusation.id,)


def test_contrastive_clause_is_not_part_of_the_content(nlp):
    text = "The army said it had destroyed two depots, while the rebels claimed responsibility for the raid."
    said, claimed = claims_of(nlp, text)
    assert said.content == "it had destroyed two depots"
    assert claimed.stance == "claim"
    doc = nlp(text)
    assert attribution_for(doc, token(doc, "claimed")).status == "asserted"
    assert attribution_for(doc, token(doc, "destroyed")).status == "claimed"


def test_claim_ids_are_numbered_per_article(code):
    coded = code("The court said the vote was valid. Opposition leaders claimed that the count was rigged.")
    assert [c.id for c in coded.claims] == ["t:c1", "t:c2"]


# --- sentences with no attribution ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Germany and France signed a trade agreement on Tuesday.",
        "No casualties were reported.",
        "This suggests that the ceasefire is holding.",
        "The alleged strike killed four people.",
        "The general told his troops to advance.",
        "Reports of the fighting reached the capital late on Sunday.",
        "Officials did not say when the road would reopen.",
        "The border guards denied entry to the journalists.",
        "The governor supports them financially.",
        "The flood reinforces why the dams must be repaired.",
        "Laboratory tests will confirm whether the samples were contaminated.",
    ],
)
def test_no_attribution_no_claim(nlp, text):
    assert claims_of(nlp, text) == []


# --- event attribution ---------------------------------------------------------------------


def token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("Rebels shelled the port, the governor said.", "shelled", "claimed"),
        ("Local media reported that rebels shelled the port.", "shelled", "reported"),
        ("The governor claimed that rebels shelled the port.", "shelled", "claimed"),
        ("The governor alleged that rebels shelled the port.", "shelled", "alleged"),
        ("The rebels denied that they shelled the port.", "shelled", "denied"),
        ("The navy confirmed that rebels shelled the port.", "shelled", "confirmed"),
        ("The rebels have reportedly shelled the port.", "shelled", "reported"),
        ("The rebels shelled the port on Monday.", "shelled", "asserted"),
    ],
)
def test_event_status(nlp, text, word, status):
    doc = nlp(text)
    assert attribution_for(doc, token(doc, word)).status == status


def test_event_attribution_carries_the_claims_source(nlp):
    text = "Peruvian officials claim that Bolivian troops crossed the river."
    doc = nlp(text)
    doc._.tacitus_actors = mentions(text, COUNTRY)
    doc._.tacitus_claims = find_claims(doc)
    att = attribution_for(doc, token(doc, "crossed"))
    assert att.status == "claimed"
    assert att.source[0].country == "PER"
    assert att.claim_id == doc._.tacitus_claims[0].id
    # the cue itself is the speaker's act, not reported content
    assert attribution_for(doc, token(doc, "claim")).status == "asserted"


def test_claim_status_of_media_assertion_is_reported():
    media = Actor(text="The Evening Courier", kind="media", sector="MED")
    claim = Claim(id="x:c1", sentence="", sentence_start=0, sentence_end=0, source=(media,), cue="said",
                  cue_start=0, cue_end=4, stance="assert")
    assert claim_status(claim) == "reported"


# --- the lexicon ---------------------------------------------------------------------------


def test_packaged_lexicon():
    lex = default_lexicon()
    assert lex.verbs["say"].stance == "assert"
    assert lex.verbs["suggest"].hedge
    assert lex.verbs["reject"].frame == "answer"
    assert "allegation" in lex.claim_nouns
    assert lex.sources["source"][0] == "anonymous"


def test_user_lexicon_and_bad_lines(tmp_path: Path):
    good = tmp_path / "cues.tsv"
    good.write_text("# mine\nverb\tmurmur\tassert\tclause\nhedge\tconceivably\n", encoding="utf-8")
    lex = load_lexicon(good)
    assert set(lex.verbs) == {"murmur"}
    assert "conceivably" in lex.hedges
    bad = tmp_path / "bad.tsv"
    bad.write_text("verb\tmurmur\tassert\tsometimes\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="line 1"):
        load_lexicon(bad)
    with pytest.raises(DataFileError, match="line 1"):
        load_lexicon(_write(tmp_path / "short.tsv", "verb\tmurmur\n"))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- acceptance: the seed's claim checks ---------------------------------------------------


def test_seed_claim_checks_pass(shared, nlp):
    """Every claim check of ../shared/seed/score_seed.py passes (sources, stance, hedges, the
    denial's links)."""
    import importlib.util
    import json

    from tacitus.ingest import article_from_text
    from tacitus.pipeline import code_article
    from tacitus.records import coded_article_to_dict

    spec = importlib.util.spec_from_file_location("score_seed", shared / "seed" / "score_seed.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = json.loads((shared / "seed" / "seed.gold.json").read_text(encoding="utf-8"))
    text = (shared / "seed" / "seed-article.txt").read_text(encoding="utf-8")
    out = coded_article_to_dict(code_article(article_from_text(text, id="seed"), nlp))
    _, _, lines = scorer.score(out, gold, False)
    claim_lines = [line for line in lines if line[5:].startswith("claim ")]
    assert len(claim_lines) == len(gold["claims"])
    assert all(line.startswith("ok") for line in claim_lines), claim_lines


def test_conjoined_speech_act_keeps_the_speaker_and_leaves_the_denial(nlp):
    claims = claims_of(nlp, "Beijing denied that the patrols were aimed at any neighbour and accused Manila of "
                            "staging provocations near the reef.")
    by_cue = {c.cue: c for c in claims}
    assert by_cue["denied"].content == "the patrols were aimed at any neighbour"
    assert [a.text for a in by_cue["accused"].source] == ["Beijing"]


def test_misattached_second_speech_verb_shares_the_speaker(nlp):
    claims = claims_of(nlp, 'The Northern Fleet command said the manoeuvres were "a clear signal" to hostile forces '
                            "and warned that it would not hesitate to act if the strait were closed.")
    warned = next(c for c in claims if c.cue == "warned")
    assert warned.source and "command" in warned.source[0].text
    assert warned.content.startswith("it would not hesitate")


def test_a_condition_is_not_a_claim(nlp):
    claims = claims_of(nlp, "The army said it would respond if the province declared independence.")
    assert [c.cue for c in claims] == ["said"]


def test_apposition_names_a_generic_source(nlp):
    claims = claims_of(nlp, "The two sides agreed to a truce on Friday, mediators Norway and Kenya said.")
    assert [a.country for a in claims[0].source] == ["NOR", "KEN"]
