"""Claims and dates, round 27: a postposed tag whose cue is an infinitive under "appear"
("..., drone footage released on Sunday appeared to show, raising ...") is a hedged claim of the
evidence; who reviewed or analysed the evidence is who it comes through; a date inside an act
told after "of/for/with" ("accused X of attacking camps last month") or a duration inside a
reported clause ("said the siege had lasted for five weeks") does not date the verbs above it;
"have not met since then" runs from the earlier date to publication.

Each rule has a case where it must not fire. Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2024-06-20", nlp=nlp)


def event(article: CodedArticle, trigger: str):
    return next(e for e in article.events if e.trigger == trigger)


# --- postposed evidence tags under a raising verb ---------------------------------------------


def test_long_postposed_evidence_tag_makes_a_hedged_claim(nlp):
    text = ("Ethiopia has massed thousands of soldiers and tanks along its frontier with Eritrea, drone "
            "footage released on Sunday appeared to show, raising concern of a new war.")
    article = coded(nlp, text)
    claim = by_cue(article.claims, "show")
    assert claim.source[0].text == "drone footage"
    assert claim.content.startswith("Ethiopia has massed thousands of soldiers")
    assert "appeared" in claim.hedges
    assert event(article, "massed").attribution.claim_id == claim.id


def test_short_postposed_evidence_tag_under_a_raising_root(nlp):
    claim = by_cue(coded(nlp, "The rebels seized the town, the footage seemed to show.").claims, "show")
    assert claim.content == "The rebels seized the town"
    assert "seemed" in claim.hedges


def test_raising_verb_inside_a_reported_clause_is_no_tag(nlp):
    found = coded(nlp, "The minister appeared to show little interest in the talks, officials said.").claims
    assert [c.cue for c in found] == ["said"]


# --- who vouches for the evidence -------------------------------------------------------------


def test_evidence_reviewed_by_a_group_comes_through_it(nlp):
    text = "Turkey shelled Kurdish positions in northern Iraq, according to drone footage reviewed by a British research group."
    claim = by_cue(coded(nlp, text).claims, "according to")
    assert claim.source[0].text == "drone footage"
    assert [a.code for a in claim.via] == ["GBR"]


def test_evidence_analysed_by_a_think_tank_comes_through_it(nlp):
    text = ("Satellite images analysed by the Washington-based Center for Strategic and International Studies "
            "showed new barracks near the border.")
    claim = by_cue(coded(nlp, text).claims, "showed")
    assert [a.code for a in claim.via] == ["USAELI"]


# --- dates of embedded acts -------------------------------------------------------------------


def test_date_of_a_charged_gerund_stays_with_it(nlp):
    text = ("Kagame denied that his troops had shelled villages and accused the Congolese army of attacking "
            "camps in Goma last month.")
    article = coded(nlp, text)
    assert event(article, "attacking").date.value == "2024-05"
    for trigger in ("denied", "shelled", "accused"):
        assert event(article, trigger).date.kind == "publication", trigger


def test_date_on_the_accusation_itself_still_dates_it(nlp):
    text = "Kagame on Monday accused the Congolese army of attacking camps in Goma."
    assert event(coded(nlp, text), "accused").date.value == "2024-06-17"


def test_duration_of_a_reported_state_does_not_date_the_saying(nlp):
    text = "The Red Cross said the siege of the town had lasted for four weeks."
    assert event(coded(nlp, text), "said").date.kind == "publication"


def test_duration_in_the_reported_clause_still_dates_its_own_act(nlp):
    text = "The World Food Programme said militias had besieged the town for five weeks."
    article = coded(nlp, text)
    assert event(article, "said").date.kind == "publication"
    assert event(article, "besieged").date.value == "P5W"


def test_not_met_since_then_runs_to_publication(nlp):
    text = ("Ruto and Museveni signed a border accord in Kampala in March 2023, but the two leaders have not "
            "met since then.")
    article = coded(nlp, text)
    met = event(article, "met")
    assert met.date.start.isoformat() == "2023-03-01"
    assert met.date.end.isoformat() == "2024-06-20"
    assert event(article, "signed").date.end.isoformat() == "2023-03-31"


# --- coordinated participles of speech ---------------------------------------------------------


def test_second_coordinated_participle_speaks_for_the_subject(nlp):
    text = ('Kigali rejected the accusations, calling them "pure lies" and saying it had sent only medical '
            'supplies to the region.')
    claim = by_cue(coded(nlp, text).claims, "saying")
    assert [a.code for a in claim.source] == ["RWAGOV"]
    assert claim.content == "it had sent only medical supplies to the region"


def test_coordinated_participle_without_a_clause_says_nothing(nlp):
    found = coded(nlp, "The general visited the troops, shaking hands and saying little.").claims
    assert found == ()


# --- which earlier claim an answer links to ----------------------------------------------------


def test_the_incident_links_one_claim_of_a_violent_act(nlp):
    text = ("Kenya's interior minister said Somali soldiers had fired on a police patrol near Mandera on Sunday, "
            "wounding two officers. A Nairobi newspaper reported that Somali officials had offered passports to "
            "residents of the border district. Somalia's army denied the incident took place.")
    found = coded(nlp, text).claims
    assert by_cue(found, "denied").refers_to == (by_cue(found, "said").id,)


def test_an_account_by_a_named_side_links_its_claim_on_the_topic(nlp):
    text = ("M23 leader Bertrand Bisimwa accused the Congolese army of bombing a market in Rutshuru. The United "
            "Nations said aid flights to Goma had been suspended. M23 said it was ready to attend talks in Luanda. "
            "Congolese officials said the army had not used drones in the Rutshuru raid, contradicting an account "
            "by M23.")
    found = coded(nlp, text).claims
    assert by_cue(found, "contradicting").refers_to == (by_cue(found, "accused").id,)
