"""Claims, round 4: datelines without an outlet, pronoun speakers, quotations across
sentences, partitive and anonymous sources, unsupported claims, denials said in other words
and the claims they answer, and content spans that stop where the source's words stop.

Every sentence here is the project's own.
"""

from __future__ import annotations

from claim_checks import by_cue
from tacitus.ingest.text import parse_dateline
from tacitus.pipeline import code_text
from tacitus.records import Claim


def claims(nlp, text: str) -> list[Claim]:
    return list(code_text(text, published="2025-05-02", nlp=nlp).claims)


def only_claim(found: list[Claim]) -> Claim:
    assert len(found) == 1, [(c.cue, c.content) for c in found]
    return found[0]


# --- datelines with no outlet ------------------------------------------------------------


def test_dateline_without_an_outlet_is_read():
    line = parse_dateline("KHARKIV, Ukraine, May 2, 2025 — Power was cut to the city overnight.")
    assert str(line.published) == "2025-05-02"
    assert line.location and line.location.startswith("Kharkiv")
    assert line.outlet is None
    assert line.body_start == len("KHARKIV, Ukraine, May 2, 2025 — ")


def test_dateline_place_is_not_the_speaker(nlp):
    text = ("ADEN, Yemen, Jan. 4, 2025 — Yemen's coast guard accused Somali pirates of seizing a "
            "cargo ship off Socotra on Friday.")
    claim = by_cue(claims(nlp, text), "accused")
    assert "ADEN" not in claim.source[0].text
    assert "coast guard" in claim.source[0].text


def test_according_to_at_the_end_keeps_the_subject_of_the_first_sentence(nlp):
    text = ("KHARKIV, Ukraine, May 2, 2025 — A power station on the edge of the city burned for hours "
            "after what officials called a missile strike, according to the mayor.")
    claim = by_cue(claims(nlp, text), "according to")
    assert claim.content.startswith("A power station")
    assert "KHARKIV" not in claim.content


# --- pronoun speakers continue the last speaker -------------------------------------------


def test_he_continues_the_last_speaker_over_a_person_named_before(nlp):
    text = ("Lena Varga, a port engineer, said the cranes had been hit. "
            "The harbour master said the berths were closed. He said they would reopen next week.")
    found = claims(nlp, text)
    assert "harbour master" in by_cue(found, "said", 2).source[0].text


def test_it_continues_the_last_body_not_a_country_named_in_its_content(nlp):
    text = ("The coast guard administration said the trawler had been fishing in waters that Malta "
            "considers its own. It said the crew had been held for six hours.")
    found = claims(nlp, text)
    assert "administration" in by_cue(found, "said", 1).source[0].text


# --- quotations across sentences ---------------------------------------------------------


def test_quotation_opened_sentences_before_the_speaker_is_all_the_speakers(nlp):
    text = ('"The convoy carried only flour and medicine. Nobody on it was armed," '
            "the aid group's director said on Sunday.")
    coded = code_text(text, published="2025-05-02", nlp=nlp)
    claim = by_cue(list(coded.claims), "said")
    assert claim.content.startswith("The convoy carried only flour")
    assert claim.content.endswith("Nobody on it was armed")


def test_quotation_that_goes_on_after_the_speaker_is_still_his(nlp):
    text = ('"We will defend the strait," the defence minister said on Monday. '
            '"Nobody should doubt our resolve. The fleet may sail within days."')
    found = claims(nlp, text)
    continued = [c for c in found if c.rule == "attribution:quote-continued"]
    assert len(continued) == 1
    assert continued[0].content == "Nobody should doubt our resolve. The fleet may sail within days"
    assert "defence minister" in continued[0].source[0].text
    assert continued[0].hedged


def test_a_new_paragraph_ends_the_quoted_speaker(nlp):
    text = ('"We will defend the strait," the defence minister said.\n\n'
            '"Nobody believes him," an opposition leader replied later.')
    found = claims(nlp, text)
    assert not [c for c in found if c.rule == "attribution:quote-continued"]


def test_closing_quotation_mark_after_the_full_stop_stays_with_the_content(nlp):
    claim = by_cue(claims(nlp, 'The general said the army would strike "when the moment is right."'), "said")
    assert claim.content.endswith('right."')


# --- sources: partitives, anonymous descriptions, outlets that quoted -----------------------


def test_one_of_them_is_a_member_of_the_last_group(nlp):
    text = ("Three Western diplomats said the talks had stalled over the border line. "
            "One of them said a draft text was nearly ready.")
    found = claims(nlp, text)
    second = by_cue(found, "said", 1)
    assert second.source[0].text == "One of them"
    assert second.source[0].code == found[0].source[0].code


def test_relative_clause_about_an_anonymous_source_is_not_its_name(nlp):
    text = ("Two officials familiar with the case, who spoke on condition of anonymity, told the "
            "Daily Herald that the minister had resigned.")
    claim = by_cue(claims(nlp, text), "told")
    assert claim.source[0].text == "Two officials familiar with the case"


def test_according_to_officials_quoted_by_an_outlet_names_the_outlet(nlp):
    text = ("The militia has rebuilt its drone workshops, according to European officials quoted "
            "by the Financial Times.")
    claim = by_cue(claims(nlp, text), "according to")
    assert [a.text for a in claim.via] == ["the Financial Times"]


def test_reported_citing_after_a_passive_clause_names_the_cited_source(nlp):
    text = "Iranian state media reported that five guards were wounded, citing hospital staff."
    claim = by_cue(claims(nlp, text), "reported")
    assert claim.content == "five guards were wounded"
    assert claim.source[0].text == "hospital staff"
    assert claim.via[0].code == "IRNGOVMED"  # a state outlet: the actor stage's code (Phoenix STATE_MEDIA)


# --- stance: unsupported claims and denials in other words ----------------------------------


def test_said_without_evidence_is_a_claim_with_its_clause(nlp):
    text = "The interior ministry said without offering evidence that the protests were funded from abroad."
    claim = by_cue(claims(nlp, text), "said")
    assert claim.stance == "claim"
    assert claim.content == "the protests were funded from abroad"


def test_said_the_reports_were_baseless_is_a_denial_of_them(nlp):
    text = ("Villagers reported that militia fighters had burned two houses near the river. "
            "The militia said the reports were baseless.")
    found = claims(nlp, text)
    denial = found[-1]
    assert denial.stance == "deny"
    assert denial.refers_to == (found[0].id,)


def test_said_the_claims_were_not_false_is_no_denial(nlp):
    text = ("Villagers reported that militia fighters had burned two houses. "
            "The governor said the claims were not false.")
    assert claims(nlp, text)[-1].stance != "deny"


# --- answers: which claims they answer -------------------------------------------------------


def test_denial_does_not_answer_its_own_sources_earlier_claim(nlp):
    text = ("The Free Hills Front said its fighters held the bridge at Dara. "
            "Residents reported that the Free Hills Front had shelled the market. "
            "The Free Hills Front said the claims were false.")
    found = claims(nlp, text)
    denial = found[-1]
    assert denial.stance == "deny"
    assert found[0].id not in denial.refers_to
    assert found[1].id in denial.refers_to


def test_a_refusal_inside_a_claim_does_not_answer_that_claim(nlp):
    text = ("The United Nations said it was alarmed by the fighting. A United Nations spokesperson "
            "said the organisation could not confirm the toll but that its staff had seen many wounded.")
    found = claims(nlp, text)
    outer = by_cue(found, "said", 1)
    refusal = by_cue(found, "confirm")
    assert refusal.stance == "decline"
    assert outer.id not in refusal.refers_to
    assert found[0].id not in refusal.refers_to  # the UN's own earlier word


def test_rejecting_the_ministrys_statement_answers_the_ministry(nlp):
    text = ("Villagers reported that soldiers had crossed into Niger at dawn. "
            "The foreign ministry said the inspectors had found fuel reaching the rebels through Niger. "
            "Residents said Niger's border posts were empty. "
            "Niger's government rejected the ministry's statement.")
    found = claims(nlp, text)
    ministry = next(c for c in found if "ministry" in c.source[0].text.lower())
    denial = found[-1]
    assert denial.stance == "deny"
    assert denial.refers_to == (ministry.id,)


# --- content spans -----------------------------------------------------------------------------


def test_dismissed_as_leaves_the_verdict_out_of_the_content(nlp):
    text = 'The spokesman dismissed claims that the dam had been sabotaged as "absurd".'
    claim = by_cue(claims(nlp, text), "dismissed")
    assert claim.stance == "deny"
    assert claim.content == "claims that the dam had been sabotaged"


def test_dismissed_the_reports_as_speculation_has_no_content_of_its_own(nlp):
    text = ("Local radio reported that the rebels had seized the airport. "
            "The army dismissed the reports as groundless speculation.")
    found = claims(nlp, text)
    assert found[-1].content == ""
    assert found[-1].refers_to == (found[0].id,)


def test_report_seen_by_an_outlet_names_the_outlet_as_via(nlp):
    text = ("The convoy was hit by drones made abroad, according to a report by a panel of "
            "U.N. experts seen by Reuters.")
    claim = by_cue(claims(nlp, text), "according to")
    assert claim.source[0].text == "a report by a panel of U.N. experts"
    assert [a.text for a in claim.via] == ["Reuters"]


def test_anonymous_source_keeps_the_words_that_describe_it(nlp):
    text = "According to a person briefed on the negotiations, the ceasefire will start on Monday."
    claim = by_cue(claims(nlp, text), "according to")
    assert claim.source[0].text == "a person briefed on the negotiations"


# --- denials by verdict and by a relative clause ----------------------------------------------


def test_calling_the_allegations_propaganda_denies_them(nlp):
    text = ("Border police said armed men had crossed the river near Orsova. "
            'Bucharest called the allegations "crude propaganda."')
    found = claims(nlp, text)
    denial = by_cue(found, "called")
    assert denial.stance == "deny"
    assert denial.refers_to == (found[0].id,)


def test_branding_the_accusations_a_fabrication_denies_them(nlp):
    text = ("Border police said armed men had crossed the river near Orsova. "
            "Bucharest branded the accusations a fabrication.")
    assert by_cue(claims(nlp, text), "branded").stance == "deny"


def test_calling_for_calm_or_a_report_accurate_is_no_denial(nlp):
    text = ("Border police said armed men had crossed the river. The mayor called for calm. "
            "The minister described the report as accurate.")
    found = claims(nlp, text)
    assert [c.cue for c in found] == ["said"]


def test_which_moscow_denied_answers_the_claim_of_its_sentence(nlp):
    text = "Officials in Kyiv said that Russian units had used tear gas near Avdiivka, which Moscow has denied."
    found = claims(nlp, text)
    said, denied = by_cue(found, "said"), by_cue(found, "denied")
    assert said.content == "Russian units had used tear gas near Avdiivka"
    assert denied.stance == "deny"
    assert denied.refers_to == (said.id,)


def test_which_moscow_denied_after_the_narrators_clause_denies_that_clause(nlp):
    text = "Russian units used tear gas near Avdiivka, which Moscow has denied."
    denied = by_cue(claims(nlp, text), "denied")
    assert denied.content == "Russian units used tear gas near Avdiivka"


def test_state_news_agency_is_media_even_without_a_country(nlp):
    text = "A tanker was seized near the strait, the state news agency reported."
    claim = by_cue(claims(nlp, text), "reported")
    assert claim.source[0].kind == "media" and claim.source[0].sector == "GOVMED"  # Phoenix STATE_MEDIA


def test_figures_that_could_not_be_verified_hedge_the_claim_before(nlp):
    text = ("Local media reported that the militia had lost forty fighters near the dam. "
            "The figures could not be independently verified.")
    found = claims(nlp, text)
    caveat = by_cue(found, "verified")
    assert caveat.stance == "decline"
    assert caveat.source == ()
    assert caveat.refers_to == (found[0].id,)
    assert found[0].hedged
    assert "could not be independently verified" in found[0].hedges


def test_quotation_opened_after_the_cue_runs_on_to_its_closing_mark(nlp):
    text = ('The defence minister told reporters: "Our ships stayed in port. The drones came from '
            'somewhere else." The navy held drills on Friday.')
    claim = by_cue(claims(nlp, text), "told")
    assert claim.content == "Our ships stayed in port. The drones came from somewhere else"


def test_a_chain_of_pronoun_speakers_stays_with_the_first_named(nlp):
    text = ("The county magistrate said the ferry had been stopped. He said the crew were safe. "
            "He added that Judge Anna Kerr had ordered an inquiry. He said it would report within a month.")
    found = claims(nlp, text)
    assert [c.source[0].text for c in found] == ["The county magistrate"] * 4


def test_an_allegation_the_accused_rejected_is_cut_from_the_claim_and_answers_it(nlp):
    text = ("Hungarian officials have alleged that four members of the commission took part in the "
            "leak, an allegation the commission has rejected.")
    found = claims(nlp, text)
    alleged, rejected = by_cue(found, "alleged"), by_cue(found, "rejected")
    assert alleged.content == "four members of the commission took part in the leak"
    assert rejected.refers_to == (alleged.id,)


def test_though_officials_denied_answers_the_claim_of_the_sentence(nlp):
    text = ("Two people familiar with the matter said Ankara was weighing new tariffs, though "
            "officials publicly denied any such plans.")
    found = claims(nlp, text)
    said, denied = by_cue(found, "said"), by_cue(found, "denied")
    assert denied.refers_to == (said.id,)


def test_a_statement_speaks_for_its_owner(nlp):
    claim = only_claim(claims(nlp, "The ministry's statement said the attack targeted fuel stores."))
    assert claim.source[0].text == "The ministry's statement"
    assert claim.source[0].sector == "GOV"  # the ministry's, not an unknown document's
