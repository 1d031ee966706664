"""Round 6 of the event coder, on our own sentences through the real pipeline: a finite verb
the parser hangs on an appeal's infinitive is the asker's next act, money released is aid,
and a strike called is a strike."""

from __future__ import annotations


def summary(evs):
    return [(e.cameo, [a.code for a in e.source], [a.code for a in e.target], e.trigger) for e in evs]


# ------------------------------------------------- appeal, then a second act of the asker

def test_an_offer_after_an_appeal_is_the_askers_own_act(code):
    # spaCy hangs "offered" on "show" (the asked-for act); it is Chile's offer, not asked of Bolivia.
    evs = code("Chile urged Bolivia to show restraint and offered to host talks in Santiago.").events
    hosting = [e for e in evs if e.cameo.startswith("03")]
    assert len(hosting) == 1, summary(evs)
    assert [a.country for a in hosting[0].source] == ["CHL"], summary(evs)
    assert any(e.cameo.startswith("02") and e.trigger == "urged" for e in evs), summary(evs)


def test_a_summons_after_an_appeal_is_done_by_the_asker(code):
    # Parsed with "summoned" hung on "stop", as in the offer above.
    evs = code("Vietnam urged China to stop the drills and summoned its ambassador.").events
    summons = [e for e in evs if e.trigger == "summoned"]
    assert len(summons) == 1, summary(evs)
    assert [a.country for a in summons[0].source] == ["VNM"], summary(evs)
    assert not summons[0].modality.future, summary(evs)


def test_the_asked_for_act_itself_is_still_folded_into_the_appeal(code):
    evs = code("Chile urged Bolivia to withdraw its troops from the border.").events
    assert [e.trigger for e in evs] == ["urged"], summary(evs)


# ------------------------------------------------------------------- money, strikes

def test_releasing_a_loan_tranche_is_economic_aid(code):
    evs = code("The World Bank released a second loan tranche to Sri Lanka on Monday.").events
    assert [e.cameo for e in evs] == ["071"], summary(evs)


def test_releasing_prisoners_is_still_a_release_of_persons(code):
    evs = code("The junta released forty political prisoners on Monday.").events
    assert [e.cameo for e in evs] == ["0841"], summary(evs)


def test_a_party_calling_a_general_strike_strikes(code):
    evs = code("Nepal's main opposition party called a general strike on Sunday.").events
    assert [e.cameo for e in evs] == ["143"], summary(evs)


# ---------------------------------------------------------- "the agreement" told as agreed

def test_the_agreement_names_the_act_last_agreed_to_not_an_older_treaty(code):
    text = ("Washington said its defence treaty with Manila covers the coast guard. "
            "Fiji agreed to restructure its debt with Japan after long negotiations. "
            "The Asian Development Bank welcomed the agreement.")
    evs = code(text).events
    praise = [e for e in evs if e.trigger == "welcomed"]
    assert len(praise) == 1, summary(evs)
    assert [a.country for a in praise[0].target] == ["FJI"], summary(evs)
