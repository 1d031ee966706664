"""Round 8 actor rules: a PERSON tag inside an agent phrase ("Riot police"), goods that are not
arms, two modifiers listed on one noun, posts abroad and capitals as places, UN bodies named
by description, "X-led" compounds, a country named in passing, ship nouns, and head-of-state
titles at home. Every sentence here was written for these tests."""

from __future__ import annotations

from test_actors import actor_doc


def codes(doc) -> dict[str, str | None]:
    return {m.text: (m.actor.code if m.actor is not None else None) for m in doc._.tacitus_actors}


# ------------------------------------------------------------------ 1. "Riot police"
def test_riot_police_tagged_person_is_the_home_police(nlp):
    doc = actor_doc(nlp, "KISUMU, Kenya (AP) — Riot police fired tear gas at traders on Thursday.")
    found = codes(doc)
    assert found.get("Riot police") == "KENCOP"
    assert "Riot" not in found


def test_a_named_person_after_a_title_stays_a_person(nlp):
    doc = actor_doc(nlp, "Police spokesman Bashir Otieno said two officers were hurt.")
    assert any(m.label == "PERSON" and m.text == "Bashir Otieno" for m in doc._.tacitus_actors)


# ------------------------------------------------------------------ 2. goods are not arms
def test_goods_with_a_national_adjective_give_the_country_not_its_military(nlp):
    doc = actor_doc(nlp, "Brussels raised duties on Chinese electric vehicles. Hackers later targeted "
                         "Israeli water systems.")
    found = codes(doc)
    assert not any(code and code.endswith("MIL") for code in found.values()), found
    assert found.get("Chinese") == "CHN"
    assert found.get("Israeli") == "ISR"


def test_arms_words_still_make_systems_and_vehicles_military(nlp):
    doc = actor_doc(nlp, "Polish air defence systems tracked the drones, and Ukrainian armoured vehicles "
                         "crossed the river.")
    found = codes(doc)
    assert found.get("Polish air defence systems") == "POLMIL"
    assert found.get("Ukrainian armoured vehicles") == "UKRMIL"


# ------------------------------------------------------------------ 3. two modifiers on one noun
def test_a_country_and_a_group_listed_before_one_noun_are_two_actors(nlp):
    doc = actor_doc(nlp, "Israeli and Hamas negotiators resumed talks with Qatari mediators in Doha.")
    found = codes(doc)
    assert found.get("Israeli") == "ISRGOV"
    hamas = [m for m in doc._.tacitus_actors if m.text.startswith("Hamas")]
    assert hamas and hamas[0].actor.code.startswith("PSE")


def test_two_countries_before_one_noun_still_split(nlp):
    doc = actor_doc(nlp, "Danish and Swedish activists blocked the port.")
    found = codes(doc)
    assert found.get("Danish") == "DNKOPP"
    assert found.get("Swedish activists") == "SWEOPP"


# ------------------------------------------------------------------ 4. posts abroad, capitals as places
def test_an_embassy_in_a_capital_is_not_that_capitals_government(nlp):
    doc = actor_doc(nlp, "Norway shut the embassy in Bamako on Friday. Bamako called the move hostile.")
    mentions = [m for m in doc._.tacitus_actors if m.actor is not None and m.actor.code == "MLIGOV"]
    assert [m.text for m in mentions] == ["Bamako"]
    assert mentions[0].start > doc.text.index("Friday")  # the acting capital, not the embassy's seat


def test_officials_and_government_in_a_capital_keep_its_country(nlp):
    doc = actor_doc(nlp, "Officials in Kyiv said the talks had failed. The government in Bamako rejected it.")
    found = codes(doc)
    assert found.get("Officials in Kyiv") == "UKRGOV"
    assert found.get("government in Bamako") == "MLIGOV"


def test_protesters_at_an_embassy_abroad_are_not_the_datelines(nlp):
    doc = actor_doc(nlp, "OSLO, Norway (AP) — Norway shut the embassy in Bamako after protesters gathered "
                         "outside it.")
    assert codes(doc).get("protesters") == "---OPP"


# ------------------------------------------------------------------ 5. UN bodies by description
def test_un_agencies_named_by_description(nlp):
    doc = actor_doc(nlp, "The U.N. refugee agency counted 9,000 arrivals. The UN's food agency cut rations, "
                         "the UN children's agency opened schools and the U.N. human rights office asked "
                         "for access.")
    found = codes(doc)
    assert found.get("U.N. refugee agency") == "IGOUNOREFHCR"
    assert found.get("UN's food agency") == "IGOUNOAGR"
    assert found.get("UN children's agency") == "IGOUNOKID"
    assert found.get("U.N. human rights office") == "IGOUNOHRI"


def test_a_possessive_before_a_plain_noun_is_still_the_bodys_agent(nlp):
    doc = actor_doc(nlp, "The UN's envoy met Sudan's army chief.")
    found = codes(doc)
    assert found.get("The UN's envoy") == "IGOUNOGOV"
    assert found.get("Sudan's army chief") == "SDNMIL"


# ------------------------------------------------------------------ 6. "X-led" names a party of one noun
def test_a_led_compound_does_not_block_home_nouns(nlp):
    doc = actor_doc(nlp, "PORT-AU-PRINCE, Haiti (AP) — Gangs burned a market on Monday as the Kenyan-led "
                         "mission patrolled nearby. The police said four people died. The government "
                         "asked for more help.")
    found = codes(doc)
    assert found.get("police") == "HTICOP"
    assert found.get("government") == "HTIGOV"


def test_a_country_that_acts_still_takes_the_government(nlp):
    doc = actor_doc(nlp, "PORT-AU-PRINCE, Haiti (AP) — Kenya sent 200 more officers on Monday. The "
                         "government said more would follow.")
    assert codes(doc).get("government") == "KENGOV"


# ------------------------------------------------------------------ 7. a country named in passing
def test_a_country_in_passing_does_not_take_the_government(nlp):
    doc = actor_doc(nlp, "MASERU, Lesotho (AP) — Lesotho's finance minister unveiled a budget on Monday after "
                         "meetings with bankers from South Africa. The World Bank welcomed the government's "
                         "plan.")
    assert codes(doc).get("government") == "LSOGOV"


def test_a_foreign_subject_still_takes_the_government(nlp):
    doc = actor_doc(nlp, "MASERU, Lesotho (AP) — Lesotho's finance minister unveiled a budget on Monday. South "
                         "Africa closed two border posts. The World Bank criticised the government.")
    assert codes(doc).get("government") == "ZAFGOV"


# ------------------------------------------------------------------ 8. ships
def test_merchant_ship_nouns_agree(nlp):
    doc = actor_doc(nlp, "Gunmen boarded a vessel off Somalia. A tanker and a cargo ship were diverted, and "
                         "a Maltese-flagged ship reported a drone.")
    found = codes(doc)
    assert found.get("vessel") == found.get("tanker") == found.get("cargo ship") == "---BUS"
    assert found.get("Maltese-flagged ship") == "MLTBUS"


def test_warships_and_owned_ships_stay_military(nlp):
    doc = actor_doc(nlp, "Indian naval vessels escorted the convoy while Chinese coast guard vessels watched, "
                         "and a warship fired flares.")
    found = codes(doc)
    assert found.get("Indian naval vessels") == "INDMIL"
    assert found.get("Chinese coast guard") == "CHNMIL"
    assert found.get("warship") == "---MIL"


# ------------------------------------------------------------------ head-of-state titles at home
def test_the_president_alone_in_a_datelined_story_is_the_home_president(nlp):
    doc = actor_doc(nlp, "PODGORICA, Montenegro (AP) — Prosecutors charged three men on Friday.\n\nThe "
                         "president summoned the security council.")
    assert codes(doc).get("president") == "MNEGOV"


def test_the_president_after_a_foreign_president_is_that_one(nlp):
    doc = actor_doc(nlp, "KYIV, Ukraine (AP) — The French president arrived on Monday. The president laid a "
                         "wreath.")
    assert codes(doc).get("president") == "FRAGOV"


def test_a_government_spokesman_at_home_is_the_home_governments(nlp):
    doc = actor_doc(nlp, "VICTORIA, Seychelles (AP) — The port will reopen on Monday, a government spokesman "
                         "said.")
    assert codes(doc).get("government spokesman") == "SYCGOV"


def test_a_government_spokesman_after_a_foreign_country_keeps_none(nlp):
    doc = actor_doc(nlp, "VICTORIA, Seychelles (AP) — India said the port would reopen, a government "
                         "spokesman said.")
    assert codes(doc).get("government spokesman") == "---GOV"


# ------------------------------------------------------------------ "its leader"
def test_its_leader_is_a_member_of_the_subject_body(nlp):
    doc = actor_doc(nlp, "Hamas rejected the proposal, and its leaders left Cairo on Sunday.")
    assert codes(doc).get("leaders") == "PSEREB"


def test_its_leader_of_a_country_subject_is_its_government(nlp):
    doc = actor_doc(nlp, "Belarus denied the report, and its leader accused Poland of lying.")
    assert codes(doc).get("leader") == "BLRGOV"


def test_a_leader_without_a_possessive_stays_uncoded(nlp):
    doc = actor_doc(nlp, "Hamas rejected the proposal, and a leader left Cairo on Sunday.")
    assert "leader" not in codes(doc)


# ------------------------------------------------------------------ a place name several countries share
def test_a_shared_region_name_takes_the_articles_country(nlp):
    doc = actor_doc(nlp, "Togolese soldiers patrolled the border. Aid groups said 8,000 people had fled the "
                         "northern Savanes region. Togo's president visited the camps.")
    savanes = [m for m in doc._.tacitus_actors if m.text == "Savanes"]
    assert savanes and savanes[0].actor.country == "TGO"


# ------------------------------------------------------------------ "the country's" body
def test_the_countrys_body_at_home_is_the_datelines(nlp):
    doc = actor_doc(nlp, "DILI, East Timor (AP) — Inflation slowed in October. The country's central bank "
                         "said prices would fall.")
    assert codes(doc).get("central bank") == "TMPGOV"


def test_the_countrys_body_after_a_named_country_is_that_countrys(nlp):
    doc = actor_doc(nlp, "DILI, East Timor (AP) — Australia sent aid on Monday. The country's navy will "
                         "patrol the coast.")
    assert codes(doc).get("navy") == "AUSMIL"


def test_the_countrys_body_without_a_dateline_keeps_none(nlp):
    doc = actor_doc(nlp, "The country's central bank said prices would fall.")
    assert codes(doc).get("central bank") == "---GOV"
