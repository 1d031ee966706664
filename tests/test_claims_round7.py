"""Claims, round 7: denials made inside a quotation ('"We reject any attempt to blame us," the
ministry said'), verdicts the parser merges into one noun phrase ('labelled the allegations
groundless'), evidence called false ('dismissed the videos as staged'), a trailing attribution
after a first clause that names its own source, a speaker cut off from the verb by an aside,
and hedges on the source ('Unconfirmed reports said') or in the content ('is believed to').

Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue, sources
from tacitus.pipeline import code_text
from tacitus.records import CodedArticle


def coded(nlp, text: str) -> CodedArticle:
    return code_text(text, published="2026-11-20", nlp=nlp)


# --- denials inside a quotation ----------------------------------------------------------------


def test_quoted_rejection_of_an_attempt_to_blame_is_a_denial_linked_to_the_accusation(nlp):
    text = ("Kenya accused Somali forces of shelling a school in Mandera. \"We reject any attempt to blame "
            "us for this tragedy,\" Somalia's defence ministry said.")
    found = coded(nlp, text).claims
    accused = by_cue(found, "accused")
    reject = by_cue(found, "reject")
    assert reject.stance == "deny"
    assert sources(reject) == ["Somalia's defence ministry"]
    assert reject.refers_to == (accused.id,)
    # the attempt is not a speaker: no accusation by "any attempt"
    assert not [c for c in found if c.cue == "blame"]
    # the quotation as a whole stays the ministry's statement
    assert by_cue(found, "said", 0).stance == "assert"


def test_quoted_first_person_denial_takes_the_speaker_outside_the_quotation(nlp):
    text = ("Ukraine said Russian drones hit a hospital in Kharkiv. \"We categorically deny these "
            "fabrications,\" the Russian embassy said in a statement.")
    found = coded(nlp, text).claims
    deny = by_cue(found, "deny")
    assert deny.stance == "deny"
    assert sources(deny) == ["the Russian embassy"]
    assert deny.refers_to == (by_cue(found, "said", 0).id,)


def test_first_person_outside_a_quotation_is_still_no_source(nlp):
    found = coded(nlp, "We deny the claims made by the opposition.").claims
    assert not [c for c in found if c.cue == "deny"]


def test_infinitive_of_blame_after_a_noun_is_not_a_claim_by_that_noun(nlp):
    text = "The court rejected the request to blame the contractor for the collapse."
    assert not [c for c in coded(nlp, text).claims if c.cue == "blame"]


# --- verdicts of falsity ---------------------------------------------------------------------


def test_verdict_merged_into_one_noun_phrase_is_a_denial(nlp):
    text = "Residents said Sudanese paramilitaries looted the market. The RSF labelled the allegations groundless."
    found = coded(nlp, text).claims
    labelled = by_cue(found, "labelled")
    assert labelled.stance == "deny"
    assert labelled.refers_to == (by_cue(found, "said").id,)


def test_verdict_noun_with_a_claim_noun_modifier_is_a_denial(nlp):
    text = "Human Rights Watch said Egyptian police tortured detainees. Cairo branded the report unfounded nonsense."
    found = coded(nlp, text).claims
    assert by_cue(found, "branded").stance == "deny"
    assert by_cue(found, "branded").refers_to == (by_cue(found, "said").id,)


def test_account_called_groundless_answers_the_claim_of_that_country(nlp):
    text = ("Manila said a Chinese ship rammed a Philippine supply boat. Beijing said the boat had approached "
            "first. The Chinese envoy called the Philippine account groundless.")
    found = coded(nlp, text).claims
    called = by_cue(found, "called")
    assert called.stance == "deny"
    assert called.refers_to == (by_cue(found, "said", 0).id,)


def test_evidence_dismissed_as_staged_answers_what_it_was_said_to_show(nlp):
    text = ("Manila accused Beijing of harassing its sailors. Videos posted online showed Chinese personnel "
            "waving knives at the sailors. Beijing dismissed the videos as staged.")
    found = coded(nlp, text).claims
    dismissed = by_cue(found, "dismissed")
    assert dismissed.stance == "deny"
    assert dismissed.refers_to == (by_cue(found, "showed").id,)


def test_document_described_as_a_forgery_is_denied(nlp):
    text = ("An internal memo suggests that Ethiopian commanders had warned of an Eritrean build-up. "
            "The Ethiopian army described the memo as a forgery.")
    found = coded(nlp, text).claims
    described = by_cue(found, "described")
    assert described.stance == "deny"
    assert described.refers_to == (by_cue(found, "suggests").id,)


def test_evidence_described_without_a_verdict_of_falsity_is_no_denial(nlp):
    text = "The minister described the videos as disturbing. The army dismissed the commander."
    found = coded(nlp, text).claims
    assert not [c for c in found if c.stance == "deny"]


def test_verdict_that_is_not_falsity_is_no_denial(nlp):
    text = "Rights groups said police beat protesters. The minister called the report serious."
    assert not [c for c in coded(nlp, text).claims if c.stance == "deny"]


# --- a trailing attribution after a clause with its own source -------------------------------


def test_trailing_attribution_covers_only_the_clause_after_one_with_according_to(nlp):
    text = "The ferry sank near the harbour, according to the coast guard, and nine people drowned, Manila said."
    found = coded(nlp, text).claims
    according = by_cue(found, "according to")
    said = by_cue(found, "said")
    assert according.content == "The ferry sank near the harbour"
    assert said.content == "nine people drowned"
    assert not said.via and not according.via


def test_sentence_initial_according_to_keeps_to_its_own_clause(nlp):
    text = ("According to the regional governor, two workers were wounded, and repair crews were still at "
            "the site on Thursday, the energy ministry said.")
    found = coded(nlp, text).claims
    assert by_cue(found, "according to").content == "two workers were wounded"
    assert by_cue(found, "said").content == "repair crews were still at the site on Thursday"


def test_trailing_attribution_after_a_reported_first_clause(nlp):
    text = ("Amnesty said it had recorded the arrest of two students, and the students were later freed "
            "without charge, the group said.")
    found = coded(nlp, text).claims
    assert by_cue(found, "said", 0).content == "it had recorded the arrest of two students"
    assert by_cue(found, "said", 1).content == "the students were later freed without charge"
    assert not by_cue(found, "said", 0).via


def test_trailing_attribution_covers_the_whole_coordination_without_a_first_source(nlp):
    text = "The ferry sank near the harbour, and nine people drowned, Manila said."
    said = by_cue(coded(nlp, text).claims, "said")
    assert said.content == "The ferry sank near the harbour, and nine people drowned"


def test_according_to_without_a_trailing_attribution_is_unchanged(nlp):
    text = "The ferry sank near the harbour, according to the coast guard, and nine people drowned."
    according = by_cue(coded(nlp, text).claims, "according to")
    assert according.content.endswith("nine people drowned")


# --- the speaker cut off by an aside ---------------------------------------------------------


def test_speaker_before_an_aside_is_the_source_of_the_verb_after_it(nlp):
    text = ("Foreign ministry spokeswoman Lin Hua, asked about the collision, told reporters Beijing had "
            "lodged stern representations.")
    told = by_cue(coded(nlp, text).claims, "told")
    assert sources(told) == ["Foreign ministry spokeswoman Lin Hua"]
    assert told.content == "Beijing had lodged stern representations"


def test_inverted_spokeswoman_attribution(nlp):
    found = coded(nlp, "The patrol was routine and lawful, said spokeswoman Karin Olsen.").claims
    said = by_cue(found, "said")
    assert sources(said) == ["spokeswoman Karin Olsen"]
    assert said.content == "The patrol was routine and lawful"


def test_aside_without_a_reporting_verb_gives_no_claim(nlp):
    assert coded(nlp, "The minister, surprised by the question, laughed.").claims == ()


# --- hedges ----------------------------------------------------------------------------------


def test_unconfirmed_source_hedges_its_claim(nlp):
    said = by_cue(coded(nlp, "Unconfirmed reports said that troops had entered the town.").claims, "said")
    assert "Unconfirmed" in said.hedges and said.hedged


def test_believed_in_the_content_hedges_the_claim_and_its_event(nlp):
    article = coded(nlp, "Militants are believed to have kidnapped the engineers, police said.")
    said = by_cue(article.claims, "said")
    assert "believed" in said.hedges
    kidnap = next(e for e in article.events if e.trigger == "kidnapped")
    assert kidnap.modality.uncertain


def test_purportedly_hedges_the_claim_and_its_event(nlp):
    article = coded(nlp, "Protesters purportedly set fire to the governor's office, local media said.")
    assert "purportedly" in by_cue(article.claims, "said").hedges
    fire = next(e for e in article.events if e.trigger == "set")
    assert fire.modality.uncertain and fire.attribution.status == "reported"


def test_appeared_to_hedges_the_claim_and_its_event(nlp):
    article = coded(nlp, "The convoy appeared to have been struck by artillery, the monitor said.")
    assert "appeared" in by_cue(article.claims, "said").hedges
    assert next(e for e in article.events if e.trigger == "struck").modality.uncertain


def test_could_not_be_verified_hedges_the_outer_claim_not_the_nested_one(nlp):
    text = ("A NATO official said peacekeepers had found spent cartridges near the crossing. "
            "The claim could not be independently verified.")
    found = coded(nlp, text).claims
    said, verified = by_cue(found, "said"), by_cue(found, "verified")
    assert verified.refers_to == (said.id,)
    assert "could not be independently verified" in said.hedges


def test_caveat_on_the_narrators_own_clause_answers_no_earlier_claim(nlp):
    text = ("Diplomats said mediators had been asked to visit the area. Two soldiers were reportedly killed "
            "in the fighting, but the toll could not be independently verified.")
    found = coded(nlp, text).claims
    assert by_cue(found, "verified").refers_to == ()
    assert by_cue(found, "said").hedges == ()


def test_not_immediately_clear_whether_marks_the_event_uncertain(nlp):
    article = coded(nlp, "It was not immediately clear whether any of the gunmen had been arrested.")
    arrest = next(e for e in article.events if e.trigger == "arrested")
    assert arrest.modality.uncertain and not arrest.modality.hypothetical


def test_condition_with_if_stays_hypothetical(nlp):
    article = coded(nlp, "If the rebels attack the town, the army will respond.")
    attack = next(e for e in article.events if e.trigger == "attack")
    assert attack.modality.hypothetical


def test_plain_adjective_on_a_source_is_no_hedge(nlp):
    said = by_cue(coded(nlp, "Senior officials said that troops had entered the town.").claims, "said")
    assert said.hedges == ()


def test_free_relative_verdict_is_a_denial_by_the_subject_above(nlp):
    text = ("Pristina said Serbian gunmen opened fire on a patrol. Serbia's foreign ministry rejected what "
            "it called Pristina's lies.")
    found = coded(nlp, text).claims
    called = by_cue(found, "called")
    assert called.stance == "deny"
    assert sources(called) == ["Serbia's foreign ministry"]
    assert called.refers_to == (by_cue(found, "said").id,)


def test_free_relative_without_falsity_is_no_denial(nlp):
    found = coded(nlp, "The minister rejected what she called a dangerous idea.").claims
    assert not [c for c in found if c.stance == "deny"]


# --- a declined confirmation of a number -----------------------------------------------------


def test_unconfirmed_toll_answers_the_claim_that_gave_a_number(nlp):
    text = ("Sudan's army said paramilitary fighters had killed at least 40 civilians in a village. Refugees "
            "said the fighters burned the clinic. The United Nations said it was alarmed by the reports but "
            "could not confirm the death toll.")
    found = coded(nlp, text).claims
    assert by_cue(found, "confirm").stance == "decline"
    assert by_cue(found, "confirm").refers_to == (by_cue(found, "said", 0).id,)


def test_quotation_with_a_reported_first_clause_is_said_whole(nlp):
    text = '"The governor said he would come, and he did," the aide said.'
    said = by_cue(coded(nlp, text).claims, "said", 1)
    assert said.content == "The governor said he would come, and he did"


# --- "nothing to do with" and court filings ---------------------------------------------------


def test_nothing_to_do_with_it_is_a_denial_of_the_claim_just_made(nlp):
    text = ("A lawsuit filed by the pipeline operator accuses the militia of sabotage. \"We have nothing to do "
            "with this,\" a militia spokesman told the Interfax news agency.")
    found = coded(nlp, text).claims
    told = by_cue(found, "told")
    assert told.stance == "deny"
    assert told.refers_to == (by_cue(found, "accuses").id,)


def test_nothing_to_do_with_a_named_attack_answers_the_accusation_about_that_country(nlp):
    text = ("India accused Pakistan of sheltering the gunmen. \"Pakistan has nothing to do with this attack,\" "
            "the Pakistani foreign office said.")
    found = coded(nlp, text).claims
    said = by_cue(found, "said")
    assert said.stance == "deny"
    assert said.refers_to == (by_cue(found, "accused").id,)


def test_little_to_do_with_is_no_denial(nlp):
    said = by_cue(coded(nlp, "The ministry said the new rules have little to do with security.").claims, "said")
    assert said.stance == "assert"


def test_filing_speaks_for_its_filer(nlp):
    text = "A complaint filed by Ukraine at the International Court of Justice accuses Russia of genocide."
    accuses = by_cue(coded(nlp, text).claims, "accuses")
    assert [a.country for a in accuses.source] == ["UKR"]
    assert accuses.source[0].text == "A complaint filed by Ukraine at the International Court of Justice"


def test_unknown_filer_stays_in_the_source_text(nlp):
    text = "A lawsuit filed by the pipeline operator accuses the militia of sabotage."
    accuses = by_cue(coded(nlp, text).claims, "accuses")
    assert sources(accuses) == ["A lawsuit filed by the pipeline operator"]


# --- raised and relative speakers, declined verification by an outlet ------------------------


def test_appeared_to_show_takes_the_subject_above_and_hedges(nlp):
    text = "A video shared widely on social media appeared to show rescuers pulling bodies from the rubble."
    show = by_cue(coded(nlp, text).claims, "show")
    assert sources(show) == ["A video"]
    assert "appeared" in show.hedges
    assert show.content == "rescuers pulling bodies from the rubble"


def test_outlet_unable_to_verify_footage_answers_the_video_and_hedges_it(nlp):
    text = ("Rescuers said they pulled bodies from the rubble. A video shared widely on social media appeared "
            "to show rescuers pulling bodies from the rubble. Reuters was unable to verify the footage.")
    found = coded(nlp, text).claims
    verify, show = by_cue(found, "verify"), by_cue(found, "show")
    assert verify.stance == "decline"
    assert sources(verify) == ["Reuters"]
    assert verify.refers_to == (show.id,)
    assert "was unable to verify" in show.hedges
    assert by_cue(found, "said").hedges == ()


def test_failed_to_confirm_is_a_declined_confirmation(nlp):
    confirm = by_cue(coded(nlp, "The agency failed to confirm the arrests.").claims, "confirm")
    assert confirm.stance == "decline"


def test_able_to_confirm_is_a_confirmation(nlp):
    confirm = by_cue(coded(nlp, "The agency was able to confirm the arrests.").claims, "confirm")
    assert confirm.stance == "confirm"


def test_speaker_inside_a_relative_clause_reports_what_follows(nlp):
    article = coded(nlp, "An air strike hit a school in northern Gaza that medics said killed at least 15 people.")
    said = by_cue(article.claims, "said")
    assert sources(said) == ["medics"]
    assert said.content == "killed at least 15 people"


def test_relative_clause_without_a_second_subject_is_not_a_report(nlp):
    assert coded(nlp, "The drone that the army shot down was carrying explosives.").claims == ()


def test_named_person_with_a_description_keeps_the_name(nlp):
    text = '"There were only displaced families in the building," said Ahmed Nasser, a civil defence official in Gaza.'
    said = by_cue(coded(nlp, text).claims, "said")
    # (round 31: the actor stage resolves the person from the apposition; the source is his mention)
    assert sources(said) in (["Ahmed Nasser, a civil defence official in Gaza"], ["Ahmed Nasser"])
    assert said.source[0].country == "PSE"


def test_common_noun_with_named_appositions_takes_the_names(nlp):
    said = by_cue(coded(nlp, "Mediators Qatar and Egypt said the talks would resume.").claims, "said")
    assert [a.country for a in said.source] == ["QAT", "EGY"]


# --- a denial linked only through the speaker's own side -------------------------------------


def test_denial_linked_only_by_own_side_skips_a_claim_that_merely_names_it(nlp):
    text = ("Medics said the strike killed 15 people. Two U.S. officials said Washington had asked Israel for "
            "details of the strike. Israel's military spokesman denied that civilians had been targeted.")
    found = coded(nlp, text).claims
    denied = by_cue(found, "denied")
    assert by_cue(found, "said", 1).id not in denied.refers_to


def test_denial_linked_by_own_side_acting_in_the_claim(nlp):
    text = ("Peru said Bolivian soldiers had crossed the river near the border post. "
            "Bolivia denied that any soldiers had crossed the river.")
    found = coded(nlp, text).claims
    assert by_cue(found, "denied").refers_to == (by_cue(found, "said").id,)
