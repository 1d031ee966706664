"""Plain text: decoding checks shared by every reader, and dateline parsing.

A dateline is the wire-story preamble before the body: the publication date, the place,
the outlet and the distributor. Forms read here:

    date 2024-10-16 (MENAFN- The Rio Times) Body...        (MENAFN-style distributor line)
    MOSCOW, Oct 16 (Reuters) - Body...                      (wire style, year inferred)
    SEOUL, South Korea, Oct. 16, 2024 (AP) — Body...
    SEOUL, South Korea, Oct. 16, 2024 — Body...              (no outlet)
    KYIV (AFP) - Body...                                     (place and outlet only)
    KYIV - Body...                                           (a known place and a hyphen)
    October 16, 2024 - Body...                               (date only)

Text pasted from a web page often puts a headline and a byline above the dateline; a
dateline is therefore also looked for at the start of each of the first few paragraphs,
when every paragraph above it is short and unpunctuated like a headline or a byline.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from tacitus.errors import BinaryInputError, EmptyInputError, EncodingError, LanguageError, TooLargeError
from tacitus.records import Article

MAX_BYTES = 20 * 1024 * 1024

_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DASH = r"\s*(?:-{1,2}|–|—)\s*"
_OUTLET = r"\((?P<outlet>[A-Z][\w&.' -]{0,40}?)\)"
_UPPER = "A-ZÀ-ÖØ-Þ"  # "LOMÉ", "BOGOTÁ", "ASUNCIÓN"
# A joint dateline names two or three cities ("MOSCOW/KYIV, Aug 19 (Wire) -"): no one home.
_CITY = r"[" + _UPPER + r"][" + _UPPER + r".'\- ]{1,40}?"
_PLACE = (r"(?P<place>" + _CITY + r"(?:/" + _CITY + r"){0,2}(?:,\s+[" + _UPPER + r"][A-Za-zÀ-ÖØ-öø-ÿ.'\- ]{1,30}?)?)")

_MENAFN = re.compile(
    r"\s*date\s+(?P<iso>\d{4}-\d{2}-\d{2})\s*\((?P<distributor>[A-Za-z][\w&.]*)\s*-\s*(?P<outlet>[^)]{1,80})\)\s*"
)
_WIRE = re.compile(
    r"\s*" + _PLACE + r",\s+" + _MONTH + r"\s+(?P<day>\d{1,2})(?:,\s+(?P<year>\d{4}))?\s*(?:" + _OUTLET + r")?" + _DASH
)
_PLACE_OUTLET = re.compile(r"\s*" + _PLACE + r"\s*" + _OUTLET + _DASH)
# "NAIROBI, Kenya — " with no outlet: a capitalised place and a country, then a dash. A lone
# capitalised word before a dash is a dateline too ("KYIV — "), unless it is a rubric.
_PLACE_ONLY = re.compile(r"\s*" + _PLACE + r"\s*(?:--|–|—)\s*")  # not a hyphen: "NATO - Ukraine council"
# "KYIV - Russian forces ...": with a plain hyphen only a town of some size or a region the
# gazetteer knows, all in capitals, is a dateline; "NATO - Ukraine council" (a village of the
# Philippines) and "US - China talks" (a country) are not.
_PLACE_HYPHEN = re.compile(r"\s*" + _PLACE + r"\s+-\s+")
_DATELINE_LEVELS = ("admin1", "admin2", "region")
_DATELINE_TOWN_POP = 10_000
_RUBRICS = {"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "LIVE", "EDITORIAL",
            "CORRECTION", "FACTBOX", "EXPLAINER", "INSIGHT", "REVIEW", "COMMENT", "URGENT", "FLASH", "NOTE"}
_DATE_ONLY = re.compile(
    r"\s*" + _MONTH + r"\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})" + _DASH
)

# File signatures of formats people feed by mistake, with what to do about each.
_MAGIC = (
    (b"%PDF-", "a PDF document (extract its text first, e.g. pdftotext)"),
    (b"\x1f\x8b", "gzip-compressed (decompress it first; WARC archives must be named .warc.gz)"),
    (b"PK\x03\x04", "a ZIP archive or an Office document (unpack it or save it as text first)"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"BZh", "bzip2-compressed (decompress it first)"), (b"\xfd7zXZ\x00", "xz-compressed (decompress it first)"),
    (b"SQLite format 3\x00", "an SQLite database"), (b"PAR1", "a Parquet file"),
)

# UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

# Function words that make up a large share of any English running text.
_ENGLISH = frozenset(
    ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "by", "was", "it", "at", "from", "be", "has", "have", "are", "were", "said", "will", "an", "this", "its", "not", "which", "or", "but", "after", "their", "had", "who", "been", "they", "he", "she", "his", "her", "than"]
)

# Function words of other Latin-script languages (French, Spanish, Portuguese, Italian, German,
# Dutch, Scandinavian, Polish, Turkish) that English text does not use.
_FOREIGN = frozenset(
    ["de", "la", "le", "les", "des", "du", "et", "est", "une", "un", "los", "las", "del", "que", "y", "en", "por",
     "para", "con", "una", "der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "il", "che",
     "di", "della", "per", "non", "sono", "não", "uma", "com", "os", "da", "do", "het", "een", "van", "niet", "och",
     "att", "är", "på", "jest", "nie", "się", "na", "ve", "bir", "ile", "bu", "için", "au", "aux", "pas", "sur",
     "dans", "ont", "al", "lo", "su", "ha", "sich", "auf", "ein", "eine", "og", "er", "ikke", "med"]
)
SHORT_TEXT_WORDS = 20


@dataclass(frozen=True)
class Dateline:
    published: date | None
    outlet: str | None
    distributor: str | None
    location: str | None
    body_start: int
    year_inferred: bool = False
    headline: str | None = None


def decode(data: bytes, name: str = "input") -> str:
    """Decode bytes as UTF-8 text, refusing binary data and over-large input.

    Raises:
        EmptyInputError, BinaryInputError, EncodingError, TooLargeError
    """
    if len(data) > MAX_BYTES:
        raise TooLargeError(
            f"{name} is {len(data) / 1e6:.1f} MB, over the {MAX_BYTES // (1024 * 1024)} MB limit; split it into articles"
        )
    for magic, what in _MAGIC:  # say what the file is: "binary" alone does not tell what to do
        if data.startswith(magic):
            raise BinaryInputError(f"{name} is {what}, not text; give text, HTML or JSON Lines")
    for bom, codec in _BOMS:  # a byte-order mark names its encoding: UTF-16 from Windows tools
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise EncodingError(f"{name} starts as {codec.upper()} but is not valid {codec.upper()} "
                                    f"(byte {exc.start}); convert it to UTF-8") from exc
    if b"\x00" in data[:8192]:
        if order := _bomless_utf16(data[:8192]):
            raise EncodingError(f"{name} looks like UTF-16 without a byte-order mark; convert it, "
                                f"e.g. iconv -f utf-16{order} -t utf-8")
        raise BinaryInputError(f"{name} looks binary (NUL bytes); give text, HTML or JSON Lines")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(_encoding_message(data, exc, name)) from exc
    return text


def _bomless_utf16(head: bytes) -> str | None:
    """"le" or "be" when `head` reads as English UTF-16 without a byte-order mark: every other
    byte NUL and the bytes between them printable ASCII."""
    if len(head) < 32:
        return None
    even, odd = head[0::2], head[1::2]
    for order, text, zeros in (("le", even, odd), ("be", odd, even)):
        printable = sum(1 for b in text if 32 <= b < 127 or b in (9, 10, 13))
        if zeros.count(0) > 0.9 * len(zeros) and printable > 0.9 * len(text):
            return order
    return None


def _encoding_message(data: bytes, exc: UnicodeDecodeError, name: str) -> str:
    """What to do with bytes that are not UTF-8. Text that is UTF-8 elsewhere has a few broken
    bytes (converting it from Latin-1 would garble the rest); text with no UTF-8 sequence at
    all is in a single-byte encoding."""
    line = data.count(b"\n", 0, exc.start) + 1
    where = f"byte {exc.start}, line {line}"
    loose = data.decode("utf-8", "replace")
    broken = loose.count("\ufffd")
    if any(ord(ch) > 127 and ch != "\ufffd" for ch in loose):
        return (f"{name} is UTF-8 with {broken} invalid byte sequence(s) (the first at {where}); repair them, "
                "or drop them with iconv -c -f utf-8 -t utf-8")
    return (f"{name} is not UTF-8 (the first non-UTF-8 byte at {where}); it is probably Latin-1 or "
            "Windows-1252: convert it, e.g. iconv -f cp1252 -t utf-8")


def check_text(text: str, name: str = "input") -> str:
    """Check that `text` can be coded as an English article; return it unchanged.

    Raises:
        EmptyInputError, BinaryInputError, TooLargeError, LanguageError
    """
    if not text.strip():
        raise EmptyInputError(f"{name} is empty; nothing to code")
    if len(text) > MAX_BYTES:
        raise TooLargeError(f"{name} has {len(text)} characters, over the limit; split it into articles")
    controls = sum(1 for ch in text[:8192] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        raise BinaryInputError(f"{name} is mostly control characters; give text, HTML or JSON Lines")
    if script := _foreign_script(text[:20000]):
        raise LanguageError(f"{name} is mostly in {script} script, not English; tacitus codes English news only")
    # Lower-case words only: names are capitalised in English, and a short sentence of names
    # ("Kerry met Lavrov in Geneva") must not read as a foreign language.
    words = [w for w in re.findall(r"[^\W\d_]+", text[:20000]) if w[0].islower()]
    if len(words) >= 6:
        share = sum(1 for w in words if w in _ENGLISH) / len(words)
        foreign = sum(1 for w in words if w in _FOREIGN) / len(words)
        # A headline-like sentence can lack English function words ("jets using laser-guided
        # bombs struck positions near Hodeidah"): a short text is refused only on foreign ones.
        # Loan words ("in", "an", "a") lift a German or Dutch sentence over the share floor, so
        # a text whose foreign function words clearly outnumber English ones is refused too.
        if (share < 0.1 and (len(words) >= SHORT_TEXT_WORDS or foreign >= 0.2)) or (foreign >= 0.2 and foreign > 1.5 * share):
            raise LanguageError(f"{name} does not look like English text; tacitus codes English news only")
    return text


def _foreign_script(text: str) -> str | None:
    """The script most letters of `text` are written in when it is not Latin ("Arabic", "CJK"),
    else None. The function-word test below cannot see scripts without letter case (Arabic,
    Chinese, Hebrew, Thai...): none of their words is lower-case."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 20:
        return None
    foreign = Counter(unicodedata.name(ch, "OTHER ?").split()[0] for ch in letters if ch > "\u024f")
    if sum(foreign.values()) < 0.5 * len(letters):
        return None
    script = foreign.most_common(1)[0][0]
    return script if script == "CJK" else script.title()


def parse_dateline(text: str, today: date | None = None) -> Dateline:
    """Read the dateline at the start of `text`, or after a headline and byline above it.

    A month and day without a year get the latest such date not after `today` (the
    record says the year was inferred). When paragraphs stand above the dateline, the
    first is returned as the headline and the body starts after the dateline.
    """
    today = today or date.today()
    for pos, headline in _dateline_starts(text):
        line = _dateline_at(text, pos, today)
        if line is not None:
            return replace(line, headline=headline)
    return Dateline(None, None, None, None, 0)


#: How many short paragraphs (headline, standfirst, byline) may stand above a dateline.
_MAX_ABOVE = 4
_PARA_BREAK = re.compile(r"\n[ \t]*\n")


def _dateline_starts(text: str) -> list[tuple[int, str | None]]:
    """Offsets where a dateline may start: the text's start, then the start of each paragraph
    while every paragraph above it reads like a headline or byline (short, one line, no
    closing full stop), with the first such paragraph as the headline."""
    starts: list[tuple[int, str | None]] = [(0, None)]
    pos, headline = 0, None
    for _ in range(_MAX_ABOVE):
        brk = _PARA_BREAK.search(text, pos, min(len(text), pos + 400))
        para = text[pos:brk.start()].strip() if brk else ""
        if not para or "\n" in para or len(para.split()) > 30 or para.endswith((".", ";", ":")):
            break
        headline = headline or para
        pos = brk.end()
        starts.append((pos, headline))
    return starts


def _dateline_at(text: str, pos: int, today: date) -> Dateline | None:
    if m := _MENAFN.match(text, pos):
        return Dateline(_iso(m["iso"]), m["outlet"].strip(), m["distributor"], None, m.end())
    if m := _WIRE.match(text, pos):
        published, inferred = _month_day(m["month"], int(m["day"]), m["year"], today)
        outlet = m["outlet"].strip() if m["outlet"] else None  # "KYIV, Ukraine, March 3, 2025 — ": AP style names none
        return Dateline(published, outlet, None, _place(m["place"]), m.end(), inferred)
    if m := _DATE_ONLY.match(text, pos):
        published, _ = _month_day(m["month"], int(m["day"]), m["year"], today)
        return Dateline(published, None, None, None, m.end())
    if m := _PLACE_OUTLET.match(text, pos):
        return Dateline(None, m["outlet"].strip(), None, _place(m["place"]), m.end())
    if (m := _PLACE_ONLY.match(text, pos)) and _not_rubric(m["place"].split(",")[0]):
        return Dateline(None, None, None, _place(m["place"]), m.end())
    if (m := _PLACE_HYPHEN.match(text, pos)) and _known_places(m["place"]):
        return Dateline(None, None, None, _place(m["place"]), m.end())
    return None


def article_from_text(
    text: str,
    id: str | None = None,
    published: date | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    origin: str | None = None,
    today: date | None = None,
) -> Article:
    """Build an Article from plain text, reading its dateline. An explicit `published`
    wins over the dateline; `outlet` given by metadata wins too.

    Raises:
        InputError subclasses when the text cannot be coded (see `check_text`).
    """
    check_text(text, origin or id or "input")
    line = parse_dateline(text, today)
    date_source = "missing"
    when = line.published
    if published is not None:
        when, date_source = published, "override"
    elif when is not None:
        date_source = "dateline-year-inferred" if line.year_inferred else "dateline"
    return Article(
        id=id or content_id(text),
        text=text,
        published=when,
        title=title or line.headline,
        url=url,
        outlet=outlet or line.outlet,
        distributor=line.distributor,
        location=line.location,
        body_start=line.body_start,
        date_source=date_source,
        origin=origin,
    )


def content_id(text: str) -> str:
    """A stable id from normalised content, so the same story gets the same id."""
    norm = " ".join(text.split()).lower()
    return "sha1:" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _month_day(month: str, day: int, year: str | None, today: date) -> tuple[date | None, bool]:
    num = _MONTHS.get(month.lower()[:3])
    if num is None:
        return None, False
    try:
        if year:
            return date(int(year), num, day), False
        guess = date(today.year, num, day)
        if guess > today:
            guess = date(today.year - 1, num, day)
        return guess, True
    except ValueError:
        return None, False


def _not_rubric(head: str) -> bool:
    """Whether a lone capitalised head before a dash names places, not "BREAKING" or "UPDATE"."""
    cities = [city.strip() for city in head.split("/")]
    return all(len(city) >= 3 and city.upper() not in _RUBRICS for city in cities)


def _known_places(value: str) -> bool:
    """Whether the capitalised head of "KYIV, Ukraine - " names towns or regions the gazetteer
    knows, every one written in capitals."""
    from tacitus.gazetteer import load_gazetteer  # loaded only for this rare form

    gazetteer = load_gazetteer()
    cities = [city.strip() for city in value.split(",")[0].split("/")]
    def known(city: str) -> bool:
        best = gazetteer.lookup(city, limit=1)
        return bool(best) and (best[0].feature.level in _DATELINE_LEVELS or (
            best[0].feature.level == "city" and (best[0].feature.population or 0) >= _DATELINE_TOWN_POP))

    return _not_rubric("/".join(cities)) and all(city.isupper() and known(city) for city in cities)


def _place(value: str) -> str:
    """"NIAMEY, Niger" → "Niamey, Niger"; "MOSCOW/KYIV" → "Moscow/Kyiv"."""
    def tidy(part: str) -> str:
        return "/".join(city.strip().title() if city.strip().isupper() else city.strip() for city in part.split("/"))
    return ", ".join(tidy(part) for part in value.split(","))
